/* SPDX-License-Identifier: MIT */
/* The web edition's enhancements. Every page reads completely without this script; it adds the
   reading switch, the speech tint switch, the speaker picker, the option of Tab stops at names,
   popovers over the text (notes, citations, names), search, and the address and access date
   of "cite this page". It loads
   nothing from the network: it reads the page, and on a search page the index that
   search-index.js (a plain script, so that file:// works) puts in window.EDITION_SEARCH. Every word it shows comes from
   the page (labels in data attributes or templates), so that it needs no translation. */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function byId(id) { return document.getElementById(id); }

  /* ---- reading switch: the forms of the other reading are hidden (the hidden attribute, as
     the page comes, so that the switch works even where the CSS did not load) ---- */

  function setReading(reading) {
    document.querySelectorAll("[data-reading]").forEach(function (el) {
      el.hidden = el.getAttribute("data-reading") !== reading;
    });
    root.classList.remove("reading-corrected", "reading-printed");
    root.classList.add("reading-" + reading);
  }

  function initReading() {
    document.querySelectorAll('input[name="reading"]').forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (radio.checked) setReading(radio.value);
      });
    });
  }

  /* ---- speaker picker: mark every passage of one speaker, step through them ---- */

  function initSpeakers() {
    var select = byId("_speaker");
    if (!select) return;
    var next = byId("_speaker-next");
    var status = byId("_speaker-status");
    var picked = [];
    var at = -1;

    function say(template, values) {
      status.textContent = template.replace(/\{(\w)\}/g, function (_, key) { return values[key]; });
    }
    select.addEventListener("change", function () {
      picked.forEach(function (el) { el.classList.remove("said-picked", "said-current"); });
      picked = [];
      if (select.value) {
        picked = Array.prototype.filter.call(document.querySelectorAll(".said[data-who]"), function (el) {
          return el.getAttribute("data-who").split(" ").indexOf(select.value) >= 0;
        });
      }
      picked.forEach(function (el) { el.classList.add("said-picked"); });
      at = -1;
      next.disabled = picked.length === 0;
      if (picked.length) say(status.getAttribute("data-template"), {n: picked.length});
      else status.textContent = "";
    });
    next.addEventListener("click", function () {
      if (!picked.length) return;
      if (at >= 0) picked[at].classList.remove("said-current");
      at = (at + 1) % picked.length;
      picked[at].classList.add("said-current");
      picked[at].scrollIntoView({block: "center"});
      say(status.getAttribute("data-at"), {i: at + 1, n: picked.length});
    });
  }

  /* ---- speech tint: on as the page comes; a reader may turn it off, and the choice is kept
     for the other pages (where the browser keeps anything for file:// pages) ---- */

  var TINT = "edition.speech-tint";

  function initSpeechTint() {
    var box = byId("_speech-tint");
    var stored = null;
    try { stored = window.localStorage.getItem(TINT); } catch (e) { /* storage refused */ }
    function apply(on) {
      root.classList.toggle("speech-plain", !on);
      if (box) box.checked = on;
    }
    apply(stored !== "off");
    if (!box) return;
    box.addEventListener("change", function () {
      apply(box.checked);
      try { window.localStorage.setItem(TINT, box.checked ? "on" : "off"); } catch (e) { /* as above */ }
    });
  }

  /* ---- names and the Tab key: a name link comes out of the Tab order (tabindex -1, as the
     page comes: a text names hundreds, and a keyboard reader would pass each to get anywhere);
     a reader who wants to reach them by Tab turns the option on, and the choice is kept for
     the other pages as the speech tint's is. Focus still returns to a name its popover was
     opened from. ---- */

  var NAME_TABS = "edition.name-tabs";

  function initNameTabs() {
    var box = byId("_name-tabs");
    if (!box) return;
    var stored = null;
    try { stored = window.localStorage.getItem(NAME_TABS); } catch (e) { /* storage refused */ }
    function apply(on) {
      document.querySelectorAll("a.name-link").forEach(function (a) {
        if (on) a.removeAttribute("tabindex");
        else a.setAttribute("tabindex", "-1");
      });
      box.checked = on;
    }
    apply(stored === "on");
    box.addEventListener("change", function () {
      apply(box.checked);
      try { window.localStorage.setItem(NAME_TABS, box.checked ? "on" : "off"); } catch (e) { /* as above */ }
    });
  }

  /* ---- popovers over the text: a note's mark opens its note, a citation the entry of the work
     it cites (and the pages), a name the register's entry (with the link to the index). The
     link stays a link: without this script, or with a modifier key, it is followed. Escape, the
     close button, a click elsewhere or leaving it with Tab closes it, and focus returns to the
     link that opened it. ---- */

  var open = null;  /* {pop, ref} */

  function closePopover(returnFocus) {
    if (!open) return;
    var ref = open.ref;
    var pop = open.pop;
    open = null;  /* first: removing the popover fires its focusout */
    if (returnFocus) ref.focus();
    pop.remove();
    ref.setAttribute("aria-expanded", "false");
  }

  /* Below the link, within the window; coordinates are those of the popover's offset parent. */
  function place(pop, ref) {
    var parent = pop.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var rect = ref.getClientRects()[0] || ref.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left - 24, viewport - pop.offsetWidth - 8));
    pop.style.left = (left - base.left - parent.clientLeft) + "px";
    pop.style.top = (rect.bottom + 6 - base.top - parent.clientTop) + "px";
  }

  /* A copy of an element's content to show elsewhere: no ids (they would be doubled), and
     without the parts given ($drop: a CSS selector). */
  function copyOf(element, drop) {
    var copy = element.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    if (drop) copy.querySelectorAll(drop).forEach(function (el) { el.remove(); });
    return copy;
  }

  /* What the link ``ref`` shows over the text: {title, body (nodes), goto (href), label}, or
     null when the page has nothing to show for it (then the link is followed). */
  function contentFor(ref, template) {
    var words = template.content.firstElementChild;
    var target = ref.hash ? byId(decodeURIComponent(ref.hash.slice(1))) : null;
    if (ref.classList.contains("note-ref")) {
      if (!target) return null;
      return {title: ref.getAttribute("aria-label"), body: [copyOf(target.querySelector(".note-body") || target)],
              goto: "#" + target.id, label: words.getAttribute("data-goto-note")};
    }
    if (ref.classList.contains("citation")) {
      if (!target) return null;
      var entry = document.createElement("p");  /* the entry's words, not its list item */
      entry.className = "popover-entry";
      Array.prototype.slice.call(copyOf(target, ".cited-at").childNodes).forEach(function (node) {
        entry.appendChild(node);
      });
      var body = [entry];
      var pages = ref.getAttribute("data-pages");
      if (pages) {
        var p = document.createElement("p");
        p.className = "popover-pages";
        p.textContent = pages;
        body.push(p);
      }
      return {title: words.getAttribute("data-title-citation"), body: body, goto: "#" + target.id,
              label: words.getAttribute("data-goto-citation")};
    }
    var register = byId("_register");
    var id = ref.getAttribute("data-ref") || (ref.querySelector("[data-ref]") || ref).getAttribute("data-ref");
    var entry = register && register.content.querySelector('[data-ref="' + id + '"]');
    if (!entry) return null;
    return {title: words.getAttribute("data-title-name"), body: [copyOf(entry)],
            goto: ref.getAttribute("href"), label: words.getAttribute("data-goto-name")};
  }

  function openPopover(ref, template) {
    closePopover(false);
    var content = contentFor(ref, template);
    if (!content) return false;
    var pop = template.content.firstElementChild.cloneNode(true);
    pop.id = "_popover";
    pop.querySelector(".popover-title").textContent = content.title;
    var body = pop.querySelector(".popover-body");
    content.body.forEach(function (node) { body.appendChild(node); });
    var goto = pop.querySelector(".popover-goto");
    goto.setAttribute("href", content.goto);
    goto.textContent = content.label;
    pop.querySelector(".popover-close").addEventListener("click", function () { closePopover(true); });
    pop.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); closePopover(true); }
    });
    pop.addEventListener("click", function (event) {
      if (event.target.closest("a[href]")) closePopover(false);  /* the browser follows the link */
    });
    pop.addEventListener("focusout", function (event) {
      if (open && open.pop === pop && !pop.contains(event.relatedTarget)) closePopover(false);
    });
    ref.after(pop);  /* next in reading and Tab order: leaving it with Tab goes on in the text */
    place(pop, ref);
    ref.setAttribute("aria-expanded", "true");
    open = {pop: pop, ref: ref};
    pop.focus();
    return true;
  }

  var POPOVER_LINKS = "a.note-ref, a.citation, a.name-link";

  function initPopovers() {
    var template = byId("_popover-template");
    if (!template || !template.content) return;
    document.querySelectorAll(POPOVER_LINKS).forEach(function (ref) {
      ref.setAttribute("aria-haspopup", "dialog");
      ref.setAttribute("aria-expanded", "false");
    });
    document.addEventListener("click", function (event) {
      var ref = event.target.closest(POPOVER_LINKS);
      if (ref && (ref.closest(".popover") || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) ref = null;
      if (ref) {
        if (ref === (open && open.ref)) { event.preventDefault(); closePopover(true); }
        else if (openPopover(ref, template)) event.preventDefault();
      } else if (open && !open.pop.contains(event.target)) {
        closePopover(false);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && open) closePopover(true);
    });
    window.addEventListener("resize", function () { if (open) place(open.pop, open.ref); });
  }

  /* ---- search: whole words, in any order, accents and case aside; a word ending in * for
     every word it begins; words in double quotes as a phrase. A query that is a form of a
     register entry's name (its headword or a variant) finds every place naming that entry,
     whatever the spelling there: the places whose names point to it (refs), and the text's
     other spellings of it. One design for a text and for a corpus (search-index.js). ---- */

  var WORD = /[\p{L}\p{N}]+/gu;

  /* Fold one character for matching: no accents, lower case, one kind of apostrophe. */
  function foldChar(ch) {
    var folded = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (folded === "\u2019" || folded === "\u2018") return "'";
    if (folded === "\u201c" || folded === "\u201d") return "\"";
    return folded;
  }
  /* The folded text, and for each of its characters the index of the original one. */
  function fold(text) {
    var out = "";
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var f = foldChar(text[i]);
      for (var j = 0; j < f.length; j++) map.push(i);
      out += f;
    }
    map.push(text.length);
    return {text: out, map: map};
  }
  /* The words of a text, folded, each with where it stands in the original text. */
  function tokens(text) {
    var folded = fold(text);
    var found = [];
    folded.text.replace(WORD, function (word, at) {
      found.push({w: word, start: folded.map[at], end: folded.map[at + word.length - 1] + 1});
    });
    return found;
  }
  function wordsOf(text) { return tokens(text).map(function (t) { return t.w; }); }

  /* The terms of a query: {words, prefix} for each word, hyphenated word or "quoted phrase". */
  function parse(query) {
    var terms = [];
    query.replace(/"([^"]*)"?|[^\s"]+/g, function (term, phrase) {
      var quoted = phrase !== undefined;
      var words = wordsOf(quoted ? phrase : term);
      if (words.length) terms.push({words: words, prefix: !quoted && /\*$/.test(term), ids: [], alts: [words]});
    });
    return terms;
  }

  /* Where the word sequence ``words`` stands in ``toks`` (the last word a prefix if ``prefix``):
     [first token, last token] pairs. */
  function find(toks, words, prefix) {
    var at = [];
    for (var i = 0; i + words.length <= toks.length; i++) {
      var ok = true;
      for (var j = 0; j < words.length && ok; j++) {
        var w = toks[i + j].w;
        ok = (prefix && j === words.length - 1) ? w.indexOf(words[j]) === 0 : w === words[j];
      }
      if (ok) at.push([i, i + words.length - 1]);
    }
    return at;
  }

  function initSearch() {
    var box = byId("_search");
    var index = window.EDITION_SEARCH;
    if (!box || !index) return;
    var input = byId("_q");
    var status = byId("_search-status");
    var namesBox = byId("_search-names");
    var list = byId("_search-results");
    index.entries.forEach(function (e) {
      e.toks = tokens(e.text);
      e.altToks = tokens(e.alt || "");
      e.refSet = e.refs || [];
    });
    /* the register's names by each of their forms, folded: "leon trotsky" -> [name] */
    var byForm = {};
    (index.names || []).forEach(function (n) {
      n.formWords = n.forms.map(wordsOf);
      n.formWords.forEach(function (words) {
        var key = words.join(" ");
        (byForm[key] = byForm[key] || []).push(n);
      });
    });

    /* A term naming register entries finds them by id and by every form of theirs. */
    function widen(term, names) {
      names.forEach(function (n) {
        term.ids.push(n.id);
        n.formWords.forEach(function (words) { term.alts.push(words); });
      });
      return term;
    }
    function termsOf(query) {
      var terms = parse(query);
      var plain = terms.every(function (t) { return !t.prefix; });
      var whole = terms.map(function (t) { return t.words.join(" "); }).join(" ");
      if (plain && byForm[whole]) {  /* the query is a name: one term */
        var all = [].concat.apply([], terms.map(function (t) { return t.words; }));
        return {terms: [widen({words: all, prefix: false, ids: [], alts: [all]}, byForm[whole])],
                names: byForm[whole]};
      }
      var named = [];
      terms.forEach(function (t) {
        var names = !t.prefix && byForm[t.words.join(" ")];
        if (names) { widen(t, names); named = named.concat(names); }
      });
      return {terms: terms, names: named};
    }
    function matches(term, e) {
      if (term.ids.some(function (id) { return e.refSet.indexOf(id) >= 0; })) return true;
      return term.alts.some(function (words, k) {
        var prefix = term.prefix && k === 0;
        return find(e.toks, words, prefix).length || find(e.altToks, words, prefix).length;
      });
    }

    /* The entry's words around its first match, cut at word boundaries, every match in them
       marked. */
    function snippet(e, terms) {
      var ranges = [];
      terms.forEach(function (term) {
        term.alts.forEach(function (words, k) {
          find(e.toks, words, term.prefix && k === 0).forEach(function (at) {
            ranges.push([e.toks[at[0]].start, e.toks[at[1]].end]);
          });
        });
      });
      ranges.sort(function (a, b) { return a[0] - b[0]; });
      var text = e.text;
      var p = document.createElement("p");
      p.className = "search-snippet";
      var first = ranges.length ? ranges[0] : [0, 0];
      var from = Math.max(0, first[0] - 70);
      var to = Math.min(text.length, Math.max(first[1] + 110, from + 180));
      /* whole words only: start after a space, end before one */
      if (from > 0) { var space = text.indexOf(" ", from); from = space >= 0 && space < first[0] ? space + 1 : first[0]; }
      if (to < text.length) { var back = text.lastIndexOf(" ", to); to = back > first[1] ? back : Math.max(to, first[1]); }
      var at = from;
      if (from > 0) p.appendChild(document.createTextNode("… "));
      ranges.forEach(function (r) {
        if (r[0] < at || r[1] > to) return;
        p.appendChild(document.createTextNode(text.slice(at, r[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(r[0], r[1]);
        p.appendChild(mark);
        at = r[1];
      });
      p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? " …" : "")));
      return p;
    }

    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
    }

    /* "Every place naming Leon Trotsky is listed, in any spelling: Leon Trotsky, Trotsky." with
       the name a link to its index entry. */
    function nameLine(n) {
      var p = document.createElement("p");
      var parts = box.getAttribute("data-name").split("{name}");
      p.appendChild(document.createTextNode(fill(parts[0], {forms: n.forms.join(", ")})));
      var a = document.createElement("a");
      a.href = n.href;
      a.textContent = n.name;
      p.appendChild(a);
      p.appendChild(document.createTextNode(fill(parts.slice(1).join(n.name), {forms: n.forms.join(", ")})));
      return p;
    }

    var LIMIT = 200;
    function run(query) {
      list.textContent = "";
      namesBox.textContent = "";
      var more = byId("_search-more");
      if (more) more.remove();
      var parsed = termsOf(query);
      if (!parsed.terms.length) { status.textContent = ""; return; }
      var hits = index.entries.filter(function (e) {
        return parsed.terms.every(function (t) { return matches(t, e); });
      });
      var key = hits.length === 0 ? "data-none" : hits.length === 1 ? "data-found-one" : "data-found";
      status.textContent = fill(box.getAttribute(key), {n: hits.length, q: query.trim()});
      var seen = {};
      parsed.names.forEach(function (n) {
        if (seen[n.kind + " " + n.id]) return;
        seen[n.kind + " " + n.id] = true;
        namesBox.appendChild(nameLine(n));
      });
      hits.slice(0, LIMIT).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e.href;
        a.textContent = e.label;
        li.appendChild(a);
        var where = [e.document, e.section].filter(function (s) { return s && s !== e.label; });
        if (where.length) li.appendChild(document.createTextNode(" — " + where.join(", ")));
        li.appendChild(snippet(e, parsed.terms));
        list.appendChild(li);
      });
      if (hits.length > LIMIT) {
        more = document.createElement("p");
        more.id = "_search-more";
        more.textContent = fill(box.getAttribute("data-more"), {n: LIMIT});
        list.after(more);
      }
    }
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    run(query);
    input.addEventListener("input", function () { run(input.value); });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); run(input.value); });
  }

  /* ---- "cite this page": the date the reader reads it (the page cannot know it), and, where
     the build knew no address for the site, the page's own once it is served from somewhere
     (from file:// there is none to give, and the page says so) ---- */

  function initCite() {
    var now = new Date();
    document.querySelectorAll(".cite-accessed[data-months]").forEach(function (span) {
      var months = span.getAttribute("data-months").split(/\s+/);
      if (months.length === 12) {
        span.textContent = now.getDate() + " " + months[now.getMonth()] + " " + now.getFullYear();
      }
    });
    if (!/^https?:$/.test(window.location.protocol)) return;
    document.querySelectorAll("span.cite-no-address").forEach(function (span) {
      var url = new URL(span.getAttribute("data-file") || "", window.location.href);
      url.search = "";
      url.hash = "";
      var a = document.createElement("a");
      a.className = "cite-url";
      a.href = url.href;
      a.textContent = url.href;
      span.replaceWith(a);
    });
  }

  function init() {
    var controls = byId("_controls");
    if (controls) controls.hidden = false;
    initReading();
    initSpeakers();
    initSpeechTint();
    initNameTabs();
    initPopovers();
    initSearch();
    initCite();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
}());
