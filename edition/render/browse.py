# SPDX-License-Identifier: MIT
"""Browsing a corpus of any size: the pages that list its articles, persons and works, each
page holding at most ``PAGE`` entries, whatever the number of texts.

The articles are listed in the order of the sources (the start page, then
``browse/articles-2.html`` …), by year, by author and by publication; the persons and works
across the articles on one page while they are few (``persons.html``, ``works.html``), else
split by letter (``browse/persons-a.html`` …). An entry naming more than ``IN_LIST`` articles
shows the first of them and leads to the search for the rest (its person or work filter).

Here the entries are grouped, sorted and cut into pages, from the corpus's holdings
(edition.render.holdings: what is known of every text, the headers on disk); each page is then
one small document (a ``teiCorpus`` holding only what that page shows, and an ``ed:browse``
element saying what the page is) that ``xslt/html/corpus.xsl`` renders. No page's transform
reads the whole corpus, so the work grows linearly with it, and what is held in memory by a
few hundred bytes a text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

from lxml import etree

from edition.render.digest import CORPUS_NS, Digest
from edition.tei.ns import TEI_NS, XML_ID
from edition.xmlsafe import parse_xml

if TYPE_CHECKING:
    from edition.render.holdings import Holdings

PAGE = 200  # entries a page lists, at most
IN_LIST = 20  # articles an entry of the persons or works names, at most; the rest by search
FOLDER = "browse"  # under the site's root: every page but the start page and the two indexes
_NS = {"t": TEI_NS}
_ED = f"{{{CORPUS_NS}}}"
_TEI = f"{{{TEI_NS}}}"


@dataclass(frozen=True)
class Facts:
    """What the lists and the catalogue say of one text, from its header."""

    name: str
    title: str
    authors: tuple[str, ...]
    publication: str  # the journal or book it was printed in ('' if the header names none)
    date: str  # as the source gives it: its @when, else its words
    year: str  # four digits, or ''


def facts(digest: Digest) -> Facts:
    header = _header(digest)
    if header is None:
        return Facts(digest.name, digest.title, (), "", "", "")
    authors = tuple(_text(a) for a in header.xpath("t:fileDesc/t:titleStmt/t:author", namespaces=_NS)
                    if _text(a))
    source = header.xpath("(t:fileDesc/t:sourceDesc/t:bibl[@type = 'source']"
                          " | t:fileDesc/t:sourceDesc/t:bibl)[1]", namespaces=_NS)
    publication = date = ""
    if source:
        titles = source[0].xpath("t:title[@level = 'j' or @level = 'm']", namespaces=_NS)
        publication = _text(titles[0]) if titles else ""
        dates = source[0].xpath("t:date", namespaces=_NS)
        if dates:
            date = dates[0].get("when") or _text(dates[0])
    year = re.search(r"\b(\d{4})\b", date)
    return Facts(digest.name, digest.title, authors, publication, date, year[1] if year else "")


# The lists a text is in, by what it says of itself: its year, each author, its publication.
GROUPS = (("year", lambda told: [told.year or ""]),
          ("author", lambda told: list(told.authors) or [""]),
          ("publication", lambda told: [told.publication]))


def _header(digest: Digest) -> etree._Element | None:
    if not digest.header:
        return None
    return parse_xml(digest.header.encode("utf-8"), "<digest>", collect_ids=False).getroot()


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


@dataclass
class Page:
    """One page to render: its file (relative to the site's root), the stylesheet's page, and
    the small document it is made from."""

    path: str
    page: str  # "corpus", "persons", "works" (the root's own files) or "browse"
    tree: etree._ElementTree
    params: dict[str, str] = field(default_factory=dict)


def pages(holdings: Holdings) -> Iterator[Page]:
    """Every browsing page of the corpus whose ``holdings`` are given (its texts in the order
    of the sources)."""
    texts = len(holdings)

    # the start page: what there is to browse, then the articles in the sources' order
    hubs = [("web.browse.years", f"{FOLDER}/years.html"),
            ("web.browse.authors", f"{FOLDER}/authors.html"),
            ("web.browse.publications", f"{FOLDER}/publications.html"),
            ("web.browse.persons", "persons.html"), ("web.browse.works", "works.html")]
    yield from _articles(holdings, range(texts), "index.html", f"{FOLDER}/articles",
                         "", texts, trail=[], hubs=hubs if texts > 1 else [], page="corpus")

    top = [("web.corpus", "index.html")]
    for kind, label, sort in (
            ("year", "web.browse.years", lambda key: key or "~"),
            ("author", "web.browse.authors", lambda key: _sort_name(key) or "~"),
            ("publication", "web.browse.publications", lambda key: _fold(key) or "~")):
        grouped = holdings.groups[kind]
        hub = f"{FOLDER}/{kind}s.html"
        keys = sorted(grouped, key=sort)
        files = _files(kind, keys)
        groups = [(_label(key, kind), f"{files[key]}.html", len(grouped[key])) for key in keys]
        trail = top + [(label, hub)]
        if kind == "author" and len(groups) > PAGE:  # many authors: by letter first
            letters = _by_letter(keys, lambda key: _sort_name(key))
            yield _groups_page(hub, label, "", top, [(letter, f"{FOLDER}/authors-{slug}.html",
                                                      len(members))
                                                     for letter, slug, members in letters], texts)
            for letter, slug, members in letters:
                chosen = [g for g, key in zip(groups, keys) if key in set(members)]
                yield from _chunked_groups(f"{FOLDER}/authors-{slug}", label, letter, trail,
                                           chosen, texts)
        else:
            yield from _chunked_groups(hub[:-len(".html")], label, "", top, groups, texts)
        for key in keys:
            yield from _articles(holdings, grouped[key], f"{files[key]}.html", files[key],
                                 _label(key, kind), texts, trail=trail)

    yield from _register(holdings, "person", texts)
    yield from _register(holdings, "work", texts)


def _label(key: str, kind: str) -> str:
    return key or {"year": "\0web.browse.undated"}.get(kind, "\0web.browse.unknown")


def _files(kind: str, keys: list[str]) -> dict[str, str]:
    """Each group's file stem under browse/: year-1988, author-o-neill-margaret, … (a number
    added where two groups fold to one name)."""
    taken: dict[str, str] = {}
    files = {}
    for key in keys:
        slug = _slug(_sort_name(key) if kind == "author" else key) or "none"
        stem, n = f"{FOLDER}/{kind}-{slug}", 1
        while stem.lower() in taken:
            n += 1
            stem = f"{FOLDER}/{kind}-{slug}-{n}"
        taken[stem.lower()] = key
        files[key] = stem
    return files


def _fold(text: str) -> str:
    """Lower case, accents dropped, quotation marks and the like gone: the key lists sort by."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w\s,-]", "", plain).lower().split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")[:60].strip("-")


def _sort_name(name: str) -> str:
    """A name as an index sorts it, "surname, forenames" (xslt/common/index.xsl's index.name):
    a name written inverted stays; else its last word first."""
    name = " ".join(name.split())
    if "," in name or " " not in name:
        return _fold(name)
    first, last = name.rsplit(" ", 1)
    return _fold(f"{last}, {first}")


def _letter(key: str) -> tuple[str, str]:
    """The letter a sort key files under, and its slug: A-Z, or # for the rest."""
    first = key[:1].upper()
    return (first, first.lower()) if "A" <= first <= "Z" else ("#", "other")


def _by_letter(keys: list, sort_key) -> list[tuple[str, str, list]]:
    letters: dict[tuple[str, str], list] = {}
    for key in sorted(keys, key=sort_key):
        letters.setdefault(_letter(sort_key(key)), []).append(key)
    return [(letter, slug, members) for (letter, slug), members in
            sorted(letters.items(), key=lambda item: (item[0][0] == "#", item[0][0]))]


def _chunks(items: list, size: int = PAGE) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _page_file(stem: str, n: int) -> str:
    return f"{stem}.html" if n == 1 else f"{stem}-{n}.html"


def _document(page_path: str, label: str, heading: str, trail, pager: tuple[str, int, int] | None,
              texts: int) -> tuple[etree._Element, etree._Element]:
    """A page's document: the teiCorpus, and its ed:browse saying what the page is."""
    root = etree.Element(f"{_TEI}teiCorpus", nsmap={None: TEI_NS, "ed": CORPUS_NS})
    root.set(f"{_ED}texts", str(texts))
    browse = etree.SubElement(root, f"{_ED}browse", path=page_path, label=label)
    if heading.startswith("\0"):
        browse.set("heading-label", heading[1:])
    elif heading:
        browse.set("heading", heading)
    for key, href in trail:
        etree.SubElement(browse, f"{_ED}up", label=key, href=href)
    if pager and pager[2] > 1:
        stem, current, count = pager
        pages_ = etree.SubElement(browse, f"{_ED}pages", current=str(current), count=str(count))
        for n in _window(current, count):
            etree.SubElement(pages_, f"{_ED}page", n=str(n), href=_page_file(stem, n))
    return root, browse


def _window(current: int, count: int) -> list[int]:
    """The pages a pager links: the first, the last, three either side of this one, and every
    tenth and hundredth page near it, so that any page of a long list is a few clicks away."""
    near = set(range(max(1, current - 3), min(count, current + 3) + 1))
    for step in (10, 100):
        base = current - current % step
        near |= {base + k * step for k in range(-4, 6)}
    return sorted(n for n in near | {1, count} if 1 <= n <= count)


def _page(path: str, page: str, root: etree._Element) -> Page:
    folder, _, file = path.rpartition("/")
    params = {"root.href": "../" * (path.count("/")), "page.href": file if folder else ""}
    if folder:
        params["document.name"] = folder
    return Page(path, page, etree.ElementTree(root), params)


def _articles(holdings: Holdings, numbers: Sequence[int], first: str, stem: str, heading: str,
              texts: int, *, trail, hubs=(), page: str = "browse") -> Iterator[Page]:
    """The pages listing the articles ``numbers`` (of the holdings): the first at ``first``,
    the next at ``stem-2.html`` …; each page's TEI headers, in order."""
    chunks = _chunks(numbers)
    for n, chunk in enumerate(chunks, 1):
        path = first if n == 1 else _page_file(stem, n)
        pager_stem = stem
        root, browse = _document(path, "web.corpus", heading, trail,
                                 (pager_stem, n, len(chunks)), texts)
        if len(chunks) > 1:  # the first page's own file may be another name (index.html)
            for link in browse.iterfind(f"{_ED}pages/{_ED}page"):
                if link.get("n") == "1":
                    link.set("href", first)
        for key, href in hubs:
            etree.SubElement(browse, f"{_ED}hub", label=key, href=href)
        for number in chunk:
            root.append(_tei(holdings, number))
        yield _page(path, page, root)


def _tei(holdings: Holdings, number: int) -> etree._Element:
    tei = etree.Element(f"{_TEI}TEI")
    tei.set(XML_ID, holdings.names[number])
    header = holdings.header_element(number)
    if header is not None:
        tei.append(header)
    return tei


def _groups_page(path: str, label: str, heading: str, trail, groups, texts: int,
                 pager=None) -> Page:
    root, browse = _document(path, label, heading, trail, pager, texts)
    for text, href, count in groups:
        group = etree.SubElement(browse, f"{_ED}group", href=href, count=str(count))
        if text.startswith("\0"):
            group.set("label", text[1:])
        else:
            group.text = text
    return _page(path, "browse", root)


def _chunked_groups(stem: str, label: str, heading: str, trail, groups, texts: int) -> Iterator[Page]:
    chunks = _chunks(groups)
    for n, chunk in enumerate(chunks, 1):
        yield _groups_page(_page_file(stem, n), label, heading, trail, chunk, texts,
                           (stem, n, len(chunks)))


def _register(holdings: Holdings, kind: str, texts: int) -> Iterator[Page]:
    """The persons (or works) across the articles: each once, with the articles naming it
    (the first ``IN_LIST``; the rest found by the search's filter). On ``persons.html`` while
    they fit one page, else by letter under browse/, persons.html listing the letters."""
    if texts < 2:
        return
    entries = holdings.registers[kind]
    hub = f"{kind}s.html"
    label = f"web.corpus.{kind}s"
    ordered = sorted(entries, key=lambda ident: (entries[ident].key, ident))
    if len(ordered) <= PAGE:
        yield _register_page(hub, kind, label, "", [], ordered, holdings, texts,
                             page=f"{kind}s")
        return
    letters = _by_letter(ordered, lambda ident: entries[ident].key)
    root, browse = _document(hub, label, "", [], None, texts)
    for letter, slug, members in letters:
        etree.SubElement(browse, f"{_ED}group", href=f"{FOLDER}/{kind}s-{slug}.html",
                         count=str(len(members))).text = letter
    yield _page(hub, f"{kind}s", root)
    trail = [("web.corpus", "index.html"), (label, hub)]
    for letter, slug, members in letters:
        chunks = _chunks(members)
        stem = f"{FOLDER}/{kind}s-{slug}"
        for n, chunk in enumerate(chunks, 1):
            yield _register_page(_page_file(stem, n), kind, label, letter, trail, chunk,
                                 holdings, texts, pager=(stem, n, len(chunks)))


def register_key(kind: str, element: etree._Element) -> str:
    """What a register entry (``person``, ``bibl``) sorts by in the persons' or works' index."""
    if kind == "person":
        names = element.xpath("t:persName[not(@type) or @type = 'main' or @type = 'full']"
                              " | t:persName", namespaces=_NS)
        if not names:
            return ""
        name = names[0]
        surname = name.xpath("t:surname", namespaces=_NS)
        if surname:
            forenames = " ".join(_text(f) for f in name.xpath("t:forename", namespaces=_NS))
            return _fold(f"{_text(surname[0])}, {forenames}")
        return _sort_name(_text(name))
    authors = element.xpath("t:author", namespaces=_NS)
    titles = element.xpath("t:title", namespaces=_NS)
    title = _text(titles[0]) if titles else ""
    head = _sort_name(_text(authors[0])) if authors else _fold(title)
    return f"{head} | {_fold(title)}"


def headword(kind: str, element: etree._Element) -> str:
    """The name a register entry goes by in the search's filter: a person's first name as the
    register writes it, a work's first title."""
    path = "t:persName" if kind == "person" else "t:title"
    found = element.xpath(path, namespaces=_NS)
    return _text(found[0]) if found else (element.get(XML_ID) or "")


def _register_page(path: str, kind: str, label: str, heading: str, trail, idents,
                   holdings: Holdings, texts: int, *, page: str = "browse", pager=None) -> Page:
    root, browse = _document(path, label, heading, trail, pager, texts)
    shown: dict[int, None] = {}
    register = etree.SubElement(root, f"{_ED}{kind}s")
    for ident in idents:
        found = holdings.registers[kind][ident]
        element = holdings.entry(found)
        entry = etree.SubElement(register, f"{_ED}{kind}", id=ident)
        entry.append(element)
        for number, places in found.holders():  # the first IN_LIST
            etree.SubElement(entry, f"{_ED}in", document=holdings.names[number],
                             places=str(places))
            shown[number] = None
        if found.count > IN_LIST:
            entry.set("more", str(found.count - IN_LIST))
            entry.set("search", f"search.html?{kind}={quote(headword(kind, element))}")
    for number in shown:  # the titles of the articles named
        register.addprevious(_tei(holdings, number))
    return _page(path, page, root)


def search_document(texts: int) -> etree._ElementTree:
    """What the corpus's search page is made from: the corpus, its texts counted (the page's
    filters and results come from the search index)."""
    root = etree.Element(f"{_TEI}teiCorpus", nsmap={None: TEI_NS, "ed": CORPUS_NS})
    root.set(f"{_ED}texts", str(texts))
    return etree.ElementTree(root)
