# SPDX-License-Identifier: MIT
"""The web edition's search index, built from the reading page itself and the registers.

Every block the stylesheets mark with ``data-locator`` (paragraphs, list items, headings, notes)
becomes one entry: where it is (href, its citation form "¶ 12", its section), its words as the
reader sees them, and the register entries it names (``refs``: the ``data-ref`` of its names,
titles and citations); the words only the other reading has (sic, orig) are kept apart, so that a
search for a misprint finds its paragraph too. Taking the words from the HTML, not the TEI, means
the index can never disagree with the page.

Beside the entries stand the register's ``names``: each entry the text names, with every form it
is known by (headword and variants) and its index entry. ``assets/edition.js`` matches whole
words (a ``*`` at a word's end for a prefix); a query that is one of a name's forms finds every
place naming that person, whatever the spelling there, and leads to the index entry. One design
for a single text and for a corpus (whose index is the documents' entries and names together).

The index is written as a script (``window.EDITION_SEARCH = {…}``) because browsers refuse to
fetch JSON from file:// pages.
"""

from __future__ import annotations

import copy
import json

import lxml.html
from lxml import etree

from edition.tei.ns import TEI_NS, XML_ID

# What the reader does not read as text: paragraph numbers, note marks, back links.
_APPARATUS = ("pnum", "note-ref", "note-back")
_NS = {"t": TEI_NS}
# Register entries by kind, with the elements holding their forms and the page of their index
# entry (xslt/html/index.xsl).
_REGISTERS = (
    ("person", ".//t:standOff//t:person[@xml:id]", "t:persName", "persons.html"),
    ("org", ".//t:standOff//t:org[@xml:id]", "t:orgName", "organisations.html"),
    ("place", ".//t:standOff//t:place[@xml:id]", "t:placeName", "organisations.html"),
    ("periodical", ".//t:standOff//t:listBibl[not(@type = 'works')]/t:bibl[@xml:id]", "t:title",
     "organisations.html"),
    ("work", ".//t:standOff//t:listBibl[@type = 'works']/t:bibl[@xml:id]"
             " | .//t:text//t:listBibl/t:bibl[@xml:id]", "t:title", "works.html"),
)


def entries(page: bytes, href: str = "index.html") -> list[dict]:
    """One entry per located block of ``page``; links are ``href#id``."""
    doc = lxml.html.fromstring(page)
    found = []
    for block in doc.xpath("//main//*[@data-locator][@id]"):
        words, other = _words(block)
        entry = {"href": f"{href}#{block.get('id')}", "label": block.get("data-locator"),
                 "section": _section(block), "text": words}
        if other:
            entry["alt"] = other
        refs = sorted(set(block.xpath(".//@data-ref")))
        if refs:
            entry["refs"] = refs
        found.append(entry)
    return found


def names(tree: etree._ElementTree, found: list[dict]) -> list[dict]:
    """The register entries the ``found`` entries name: id, kind, headword, every form, and the
    page of its index entry (``href``, relative to the document's folder)."""
    named = {ref for entry in found for ref in entry.get("refs", ())}
    result = []
    for kind, path, form_path, page in _REGISTERS:
        for element in tree.getroot().xpath(path, namespaces=_NS):
            ident = element.get(XML_ID)
            if ident not in named:
                continue
            forms = [" ".join("".join(form.itertext()).split())
                     for form in element.xpath(form_path, namespaces=_NS)]
            forms = list(dict.fromkeys(form for form in forms if form))
            if forms:
                result.append({"id": ident, "kind": kind, "name": forms[0], "forms": forms,
                               "href": f"{page}#{ident}"})
    return result


def _words(block) -> tuple[str, str]:
    """The block's text as shown, and the text of its forms hidden in this reading."""
    block = copy.deepcopy(block)
    for element in block.xpath(".//*[@class]"):
        if set(element.get("class").split()) & set(_APPARATUS):
            element.drop_tree()
    hidden = block.xpath(".//*[@hidden]")
    other = " ".join(element.text_content() for element in hidden)
    for element in hidden:
        element.drop_tree()
    return " ".join(block.text_content().split()), " ".join(other.split())


def _section(block) -> str:
    """The heading of the section the block stands in ('' before the first heading)."""
    heads = block.xpath("ancestor::section[1]/*[self::h2 or self::h3 or self::h4 or self::h5 "
                        "or self::h6][1]")
    return " ".join(heads[0].text_content().split()) if heads else ""


def page_title(page: bytes) -> str:
    """The title the page's h1 gives (the article's, on a reading page)."""
    heads = lxml.html.fromstring(page).xpath("//*[@id='_title']")
    return " ".join(heads[0].text_content().split()) if heads else ""


def corpus_index(documents: list[tuple[str, str, list[dict], list[dict]]],
                 pages: frozenset[str] = frozenset()) -> tuple[list[dict], list[dict]]:
    """The entries and names of a corpus's search, from each document's (folder name, title,
    entries, names), in order: links lead into each document's folder; a name several documents
    hold is one name, its index entry the corpus page's when ``pages`` has that page (the
    persons and works across the articles), else the first document's."""
    found = [{**entry, "href": f"{name}/{entry['href']}", "document": title}
             for name, title, entries_, _ in documents for entry in entries_]
    merged: dict[tuple[str, str], dict] = {}
    for name, _, _, names_ in documents:
        for item in names_:
            key = (item["kind"], item["id"])
            if key in merged:
                merged[key]["forms"] = list(dict.fromkeys(merged[key]["forms"] + item["forms"]))
                continue
            page = item["href"].split("#")[0]
            href = item["href"] if page in pages else f"{name}/{item['href']}"
            merged[key] = {**item, "href": href}
    return found, list(merged.values())


def index_script(found: list[dict], registered: list[dict] | None = None) -> bytes:
    """The search-index.js a search page loads."""
    data = json.dumps({"entries": found, "names": registered or []}, ensure_ascii=False,
                      indent=0, sort_keys=True)
    return f"/* The search index of edition.js, written by edition build. */\n" \
           f"window.EDITION_SEARCH = {data};\n".encode("utf-8")
