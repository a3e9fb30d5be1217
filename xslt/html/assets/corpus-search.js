/* SPDX-License-Identifier: MIT
   The corpus's search page: the query and filters of the URL (search.html?q=…&person=…) run
   through Pagefind (pagefind/pagefind.js beside the page, written by edition build;
   edition/render/pagefind_index.py says what is indexed). Each result is an article, with its
   places: the paragraphs holding the words, each a link to its ¶ and an excerpt with the words
   marked. The forms a paragraph was indexed with but does not print (a name's other spellings,
   between ⸢ and ⸣) are cut out of the excerpts. Pagefind fetches its index, which browsers do
   not allow a page opened as a file (file://): the page then says how to serve the folder.
   A large corpus is indexed in shards (data-shards on the page): the first is searched; when a
   page of results wants more than the shards searched hold, the directory (pagefind/shards/)
   says which shards hold the query, and those are merged into the search one at a time, so
   that a query loads what it shows, not the corpus. Until every shard holding it is searched,
   the count found is a floor ("499+"). Every word shown comes from the page (data attributes
   and labels), none from here. */
(function () {
  "use strict";
  var box = document.getElementById("_corpus-search");
  if (!box) return;
  cite();
  var FILTERS = ["author", "publication", "year", "person", "work"];
  var PER_PAGE = 10;
  var status = document.getElementById("_search-status");
  var list = document.getElementById("_search-results");
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();
  var filters = {};
  document.getElementById("_q").value = query;
  FILTERS.forEach(function (name) {
    var value = (params.get(name) || "").trim();
    document.getElementById("_f-" + name).value = value;
    if (value) filters[name] = value;
  });

  if (window.location.protocol === "file:") {
    document.getElementById("_search-file").hidden = false;
    return;
  }
  if (!query && !Object.keys(filters).length) return;

  var scriptUrl = document.currentScript ? document.currentScript.src : "";
  var root = new URL("../", scriptUrl || window.location.href); // assets/ is under the root

  /* The page's only script (edition.js's reading tools have nothing to work on here), so it does
     what edition.js does on every page: the class saying scripts run, and "Cite this page"
     completed — today's date as the access date, the page's own address when it is served
     (edition.js's initCite: the same markup, xslt/html/cite.xsl). */
  function cite() {
    document.documentElement.classList.remove("no-js");
    document.documentElement.classList.add("js");
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

  function words(name, values) {
    var text = box.getAttribute("data-" + name) || "";
    Object.keys(values).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  }

  function href(url) { // Pagefind's URLs are the site's paths: resolved against its root
    return new URL(url.replace(/^\/+/, ""), root).href;
  }

  function excerpt(html, label) { // Pagefind's excerpt (escaped text, <mark>) as nodes, forms cut
    var template = document.createElement("template");
    html = html.replace(/\s*⸢[^⸣]*⸣/g, "").replace(/\s*⸢[^⸣]*$/, "").replace(/^[^⸢]*⸣\s*/, "");
    if (label && html.indexOf(label + ". ") === 0) html = html.slice(label.length + 2); // its ¶
    template.innerHTML = html;
    var out = document.createElement("span");
    out.className = "search-snippet";
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function filterLink(name, value) {
    var url = new URL(window.location.href);
    url.searchParams.set(name, value);
    var a = document.createElement("a");
    a.href = url.href;
    a.textContent = value;
    return a;
  }

  function render(data) {
    var li = document.createElement("li");
    var head = document.createElement("p");
    head.className = "search-document";
    var title = document.createElement("a");
    title.href = href(data.url);
    title.textContent = data.meta.title || data.url;
    head.appendChild(title);
    var about = document.createElement("span");
    about.className = "search-about";
    var bits = [];
    (data.meta.author || "").split("; ").forEach(function (a) { if (a) bits.push(filterLink("author", a)); });
    if (data.meta.publication) bits.push(filterLink("publication", data.meta.publication));
    if (data.filters && data.filters.year && data.filters.year[0]) bits.push(filterLink("year", data.filters.year[0]));
    bits.forEach(function (bit) { about.appendChild(document.createTextNode(" · ")); about.appendChild(bit); });
    head.appendChild(about);
    li.appendChild(head);
    var places = document.createElement("ul");
    places.className = "search-places";
    (data.sub_results || []).forEach(function (sub) {
      if (sub.url.indexOf("#") < 0) return; // the article's head, not a paragraph
      var item = document.createElement("li");
      var a = document.createElement("a");
      a.href = href(sub.url);
      a.textContent = sub.title;
      item.appendChild(a);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(excerpt(sub.excerpt, sub.title));
      places.appendChild(item);
    });
    if (!places.children.length) {
      var whole = document.createElement("li");
      whole.appendChild(excerpt(data.excerpt));
      places.appendChild(whole);
    }
    li.appendChild(places);
    return li;
  }

  var shards = parseInt(box.getAttribute("data-shards") || "1", 10) || 1;
  var TEXT = { part: "text" }, DIRECTORY = { part: "shards" }; // told apart when merged
  var ALL = { any: [] }; // every shard's number: asked for, the directory counts them
  for (var n = 1; n <= shards; n++) ALL.any.push(String(n));
  // a search by filters alone looks for the word every text holds (Pagefind answers a search
  // with no words by loading its whole index)
  var every = box.getAttribute("data-every") || null;

  function narrowed(extra) {
    var out = {};
    Object.keys(filters).forEach(function (k) { out[k] = filters[k]; });
    if (shards > 1) Object.keys(extra).forEach(function (k) { out[k] = extra[k]; });
    return out;
  }

  import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
    var folder = new URL("pagefind/", root).pathname;
    var waiting = shards > 1 ? null : []; // shards holding the query, not searched yet (null: not asked)
    var shownIds = {}, unshown = [], total = 0, shown = 0;

    function search() { // every shard merged so far; the results not shown yet, in rank
      return pagefind.search(query || every, { filters: narrowed(TEXT) }).then(function (found) {
        total = found.results.length;
        unshown = found.results.filter(function (r) { return !shownIds[r.id]; });
      });
    }

    function ask() { // the directory: which shards hold the words (side by side or not) and filters
      return pagefind.mergeIndex(folder + "shards/", { mergeFilter: DIRECTORY, baseUrl: "/" }).then(function () {
        var words = query.replace(/"/g, " ").trim();
        var asked = narrowed(DIRECTORY);
        asked.shard = ALL;
        return pagefind.search(words || every, { filters: asked });
      }).then(function (found) {
        var held = (found.filters && found.filters.shard) || {};
        waiting = Object.keys(held).filter(function (n) { return held[n] > 0 && n !== "1"; })
          .map(Number).sort(function (a, b) { return a - b; });
      });
    }

    function fill() { // enough results for a page, or every shard holding the query searched
      if (unshown.length >= PER_PAGE || (waiting && !waiting.length)) return Promise.resolve();
      return (waiting ? Promise.resolve() : ask()).then(function () {
        if (!waiting.length) return undefined;
        var shard = waiting.shift();
        return pagefind.mergeIndex(folder + shard + "/", { mergeFilter: TEXT, baseUrl: "/" })
          .then(search).then(fill);
      });
    }

    function more() {
      return fill().then(function () {
        var next = unshown.splice(0, PER_PAGE);
        next.forEach(function (r) { shownIds[r.id] = true; });
        shown += next.length;
        return Promise.all(next.map(function (r) { return r.data(); }));
      }).then(function (all) {
        all.forEach(function (data) { list.appendChild(render(data)); });
        var whole = waiting && !waiting.length; // every shard holding the query searched
        var done = whole && !unshown.length;
        var q = query || Object.keys(filters).map(function (k) { return filters[k]; }).join(", ");
        var n = whole ? String(total) : total + "+";
        status.textContent = !shown ? words("none", { q: q })
          : whole && total === 1 ? words("found-one", { q: q })
          : words("found", { n: n, q: q });
        var button = document.getElementById("_search-more");
        if (!done && !button) {
          button = document.createElement("button");
          button.id = "_search-more";
          button.type = "button";
          button.textContent = words("more", {});
          button.addEventListener("click", function () {
            button.disabled = true;
            more().then(function () { button.disabled = false; }, function (error) {
              status.textContent = String(error);
              button.remove();
            });
          });
          list.insertAdjacentElement("afterend", button);
        } else if (done && button) {
          button.remove();
        }
      });
    }

    var options = { baseUrl: "/", excerptLength: 24 };
    if (shards > 1) options.mergeFilter = TEXT;
    return pagefind.options(options).then(search).then(more);
  }).catch(function (error) {
    status.textContent = String(error);
  });
})();
