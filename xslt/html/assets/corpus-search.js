/* SPDX-License-Identifier: MIT
   The corpus's search page: the query and filters of the URL (search.html?q=…&person=…) run
   through Pagefind (pagefind/pagefind.js beside the page, written by edition build;
   edition/render/pagefind_index.py says what is indexed). Each result is an article, with its
   places: the paragraphs holding the words, each a link to its ¶ and an excerpt with the words
   marked. The forms a paragraph was indexed with but does not print (a name's other spellings,
   between ⸢ and ⸣) are cut out of the excerpts. Pagefind fetches its index, which browsers do
   not allow a page opened as a file (file://): the page then says how to serve the folder.
   Every word shown comes from the page (data attributes and labels), none from here. */
(function () {
  "use strict";
  var box = document.getElementById("_corpus-search");
  if (!box) return;
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

  import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
    return pagefind.options({ baseUrl: "/", excerptLength: 24 }).then(function () {
      return pagefind.search(query || null, { filters: filters });
    });
  }).then(function (search) {
    var results = search.results;
    var shown = 0;
    var q = query || Object.keys(filters).map(function (k) { return filters[k]; }).join(", ");
    function more() {
      var next = results.slice(shown, shown + PER_PAGE);
      shown += next.length;
      return Promise.all(next.map(function (r) { return r.data(); })).then(function (all) {
        all.forEach(function (data) { list.appendChild(render(data)); });
        var button = document.getElementById("_search-more");
        if (shown < results.length && !button) {
          button = document.createElement("button");
          button.id = "_search-more";
          button.type = "button";
          button.textContent = words("more", {});
          button.addEventListener("click", more);
          list.insertAdjacentElement("afterend", button);
        } else if (shown >= results.length && button) {
          button.remove();
        }
      });
    }
    return more().then(function () { // said once the first results are shown
      status.textContent = !results.length ? words("none", { q: q })
        : results.length === 1 ? words("found-one", { q: q })
        : words("found", { n: results.length, q: q });
    });
  }).catch(function (error) {
    status.textContent = String(error);
  });
})();
