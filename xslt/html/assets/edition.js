/* SPDX-License-Identifier: MIT */
/* The web edition's enhancements. Every page reads completely without this script; it adds the
   reading switch, the speaker picker, note popovers and search. It loads nothing from the
   network: it reads the page, and on a search page the index that search-index.js (a plain
   script, so that file:// works) puts in window.EDITION_SEARCH. Every word it shows comes from
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

  /* ---- note popovers: a note's mark opens the note over the text; Escape, the close button,
     a click elsewhere or leaving it with Tab closes it, and focus returns to the mark ---- */

  var open = null;  /* {pop, ref} */

  function closeNote(returnFocus) {
    if (!open) return;
    var ref = open.ref;
    var pop = open.pop;
    open = null;  /* first: removing the popover fires its focusout */
    if (returnFocus) ref.focus();
    pop.remove();
    ref.setAttribute("aria-expanded", "false");
  }

  /* Below the mark, within the window; coordinates are those of the popover's offset parent. */
  function place(pop, ref) {
    var parent = pop.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var rect = ref.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left - 24, viewport - pop.offsetWidth - 8));
    pop.style.left = (left - base.left - parent.clientLeft) + "px";
    pop.style.top = (rect.bottom + 6 - base.top - parent.clientTop) + "px";
  }

  function openNote(ref, template) {
    closeNote(false);
    var note = byId(decodeURIComponent(ref.hash.slice(1)));
    if (!note) return false;
    var pop = template.content.firstElementChild.cloneNode(true);
    pop.id = "_popover";
    pop.querySelector(".popover-title").textContent = ref.getAttribute("aria-label");
    var body = (note.querySelector(".note-body") || note).cloneNode(true);
    body.removeAttribute("id");
    body.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    pop.querySelector(".popover-body").appendChild(body);
    pop.querySelector(".popover-goto").setAttribute("href", "#" + note.id);
    pop.querySelector(".popover-close").addEventListener("click", function () { closeNote(true); });
    pop.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closeNote(true); }
    });
    pop.addEventListener("click", function (event) {
      if (event.target.closest("a[href]")) closeNote(false);  /* the browser follows the link */
    });
    pop.addEventListener("focusout", function (event) {
      if (open && open.pop === pop && !pop.contains(event.relatedTarget)) closeNote(false);
    });
    ref.after(pop);  /* next in reading and Tab order: leaving it with Tab goes on in the text */
    place(pop, ref);
    ref.setAttribute("aria-expanded", "true");
    open = {pop: pop, ref: ref};
    pop.focus();
    return true;
  }

  function initNotes() {
    var template = byId("_popover-template");
    if (!template || !template.content) return;
    document.querySelectorAll("a.note-ref").forEach(function (ref) {
      ref.setAttribute("aria-haspopup", "dialog");
      ref.setAttribute("aria-expanded", "false");
    });
    document.addEventListener("click", function (event) {
      var ref = event.target.closest("a.note-ref");
      if (ref) {
        if (openNote(ref, template)) event.preventDefault();
      } else if (open && !open.pop.contains(event.target)) {
        closeNote(false);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && open) closeNote(true);
    });
    window.addEventListener("resize", function () { if (open) place(open.pop, open.ref); });
  }

  /* ---- search: every word of the query, in any order, accents and case aside; words in
     double quotes as a phrase ---- */

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
    return {text: out, map: map};
  }

  function snippet(entry, words) {
    var text = entry.text;
    var folded = fold(text);
    var first = -1;
    var length = 0;
    words.forEach(function (w) {
      var i = folded.text.indexOf(w);
      if (i >= 0 && (first < 0 || i < first)) { first = i; length = w.length; }
    });
    var p = document.createElement("p");
    p.className = "search-snippet";
    if (first < 0) {  /* matched in the other reading only */
      p.textContent = text.length > 160 ? text.slice(0, 160) + "…" : text;
      return p;
    }
    var start = folded.map[first];
    var end = folded.map[first + length - 1] + 1;
    var from = Math.max(0, start - 70);
    var to = Math.min(text.length, end + 90);
    p.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, start)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(end, to) + (to < text.length ? "…" : "")));
    return p;
  }

  /* The folded terms of a query: its words, and each "quoted phrase" whole. */
  function terms(query) {
    var found = [];
    fold(query).text.replace(/"([^"]*)"?|[^\s"]+/g, function (term, phrase) {
      term = (phrase === undefined ? term : phrase).trim().replace(/\s+/g, " ");
      if (term) found.push(term);
    });
    return found;
  }

  function initSearch() {
    var box = byId("_search");
    var index = window.EDITION_SEARCH;
    if (!box || !index) return;
    var input = byId("_q");
    var status = byId("_search-status");
    var list = byId("_search-results");
    index.entries.forEach(function (e) { e.folded = fold(e.text + " " + (e.alt || "")).text; });

    function run(query) {
      list.textContent = "";
      var words = terms(query);
      if (!words.length) { status.textContent = ""; return; }
      var hits = index.entries.filter(function (e) {
        return words.every(function (w) { return e.folded.indexOf(w) >= 0; });
      });
      var template = box.getAttribute(hits.length ? "data-found" : "data-none");
      status.textContent = template.replace("{n}", hits.length).replace("{q}", query.trim());
      hits.slice(0, 200).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e.href;
        a.textContent = e.label;
        li.appendChild(a);
        var where = [e.document, e.section].filter(function (s) { return s && s !== e.label; });
        if (where.length) li.appendChild(document.createTextNode(" — " + where.join(", ")));
        li.appendChild(snippet(e, words));
        list.appendChild(li);
      });
    }
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    run(query);
    input.addEventListener("input", function () { run(input.value); });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); run(input.value); });
  }

  /* ---- "cite this page": the page's own address, once it is served from somewhere (the page
     gives its path in the site, not knowing where that will be) ---- */

  function initCite() {
    if (!/^https?:$/.test(window.location.protocol)) return;
    document.querySelectorAll("a.cite-url").forEach(function (a) {
      if (!/^https?:/.test(a.getAttribute("href"))) a.textContent = a.href;
    });
  }

  function init() {
    var controls = byId("_controls");
    if (controls) controls.hidden = false;
    initReading();
    initSpeakers();
    initNotes();
    initSearch();
    initCite();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
}());
