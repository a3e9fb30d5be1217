# SPDX-License-Identifier: MIT
"""Rule "citations": parenthetical references in a block's text, parsed into ``bibl`` spans.

ENCODING.md, "Bibliography": a citation becomes a ``bibl`` that keeps its parentheses and words
as text inside it, with ``title``, ``biblScope unit="page"``, ``edition``, ``date``, ``abbr``
(and ``author`` for author–date references) around the parts. Which work a citation points at
(``@corresp``) is decided by ``edition.markup.works.WorksCited``, in document order.

Every shape recognised is a named pattern in ``SHAPES`` below, tried in that order; an earlier
shape wins where two would cover the same text. The first full citation of a work names its
title; ``Op. Cit.``, ``Ibid`` and a bare page reference name none (``WorksCited`` resolves
them). What is deliberately NOT a citation:

- a bare year, ``(1924)``: after a title it is the title's date, elsewhere just a year;
- a name, ``(Stalin)``, a date range, ``(19 to 26 March)``, an aside in brackets;
- a title alone without pages, ``(Revolution Betrayed)``: too like a name or an aside;
- a one-word "title" with pages, ``(Smith, p. 4)``: more likely an author, and no year to say so;
- a month or season with a year, ``(June 1988)``: a date, not an author and a year;
- ``[1]`` at the very start of a block: that is an endnote's own marker (the notes rule's), not
  a reference to it.

Known limit: a place with a year, ``(Moscow 1937)``, reads as an author–date reference; the
rule has no register to tell a place from an author.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition.markup.spans import Span

BIBL_RANK = 20  # the bibl (or ref) itself: outside its parts
PART_RANK = 21  # title, biblScope, edition, date, abbr, author inside it

KINDS = ("full", "op-cit", "ibid", "page", "author-date", "numbered")

# ---------------------------------------------------------------- building blocks
# "page", "Page", "pages", "p.", "pp." — then a number or a range "88-89", "12–14", "12 to 14".
_PAGE_WORD = r"(?i:pages?|pp?\.)"
_RANGE = r"(?P<pfrom>\d+)(?:\s*(?:[-–—]|(?i:to)\b)\s*(?P<pto>\d+))?"
_PAGES = rf"(?P<pages>{_PAGE_WORD}\s*{_RANGE})"
_YEAR = r"(?:1[5-9]|20)\d\d"
_DATE = rf"(?P<date>(?P<when>{_YEAR})[a-z]?)"  # "2015a": a second work of that year
# A title as printed: starts with a capital (or an opening quote), no digits, commas or brackets.
_TITLE = r"(?P<title>[A-Z‘“'\"][^,;()\[\]\d]*[^,;:()\[\]\d\s])"
# "Pioneer edition", "New Park edition", "2nd edition", "2nd ed."
_EDITION = (r"(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
            r"\s+(?i:edition\b|ed\.))")
_OP_CIT = r"(?P<abbr>(?i:op\.?\s*cit\b\.?))"  # "Op.Cit.", "Op. Cit.", "Op Cit.", "Op. Cit"
_IBID = r"(?P<abbr>(?i:ibid\b\.?))"
# Author–date: a surname (with a particle), "A and B", "A et al."; not a month or a season.
_NOT_AUTHOR = (r"(?!(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|Spring|Summer|Autumn|Fall|Winter)\b)")
_SURNAME = rf"(?:(?:van|von|de|der|da|di|du|le|la)\s+)?{_NOT_AUTHOR}[A-Z][\w'’-]+"
_AUTHOR = rf"(?P<author>{_SURNAME}(?:\s+(?:and|&)\s+{_SURNAME})*(?:\s+et\s+al\.)?)"
# "Smith, 2015", "Jones 2019: 12", "Smith 2015, p. 4"; the biblScope holds "12" or "p. 4".
_REFERENCE = (rf"{_AUTHOR}(?:\s*,\s*|\s+){_DATE}"
              rf"(?:(?:\s*:\s*|\s*,\s*)(?P<pages>(?:{_PAGE_WORD}\s*)?{_RANGE}))?")
_REFERENCE_NO_GROUPS = re.sub(r"\(\?P<\w+>", "(?:", _REFERENCE)


@dataclass(frozen=True)
class Shape:
    """A named citation pattern. ``each``: the pattern matches a list of references (in group
    ``refs``) and every ``each`` match inside it is one citation."""

    name: str
    kind: str
    pattern: re.Pattern
    each: re.Pattern | None = None
    check: Callable[[re.Match], bool] | None = None  # False rejects a match


SHAPES: tuple[Shape, ...] = (
    # Op. Cit. and Ibid first: unmistakable, and "Op. Cit." must not pass for a title.
    # (Op.Cit. page 90)  (Op. Cit., Page 93)  (Op Cit. pages 98-99)  (Op. Cit page 295)
    Shape("op-cit", "op-cit", re.compile(rf"\(\s*{_OP_CIT}(?:[\s,]*{_PAGES})?\s*\)")),
    # (Ibid)  (Ibid., p. 4)
    Shape("ibid", "ibid", re.compile(rf"\(\s*{_IBID}(?:[\s,]*{_PAGES})?\s*\)")),
    # (page 90, Stalin School of Falsification, Pioneer edition, 1962)
    # (Page 88-89 Revolution Betrayed, New Park edition)  (Page 89, Revolution Betrayed)
    Shape("full-pages-first", "full", re.compile(
        rf"\(\s*{_PAGES}(?:\s*,\s*|\s+){_TITLE}(?:\s*,\s*{_EDITION})?(?:\s*,\s*{_DATE})?\s*\)")),
    # (The Prophet Armed, Oxford edition, 1954, p. 12) — a title of two words or more, so that
    # "(Smith, p. 4)" is not read as a title
    Shape("full-title-first", "full", re.compile(
        rf"\(\s*{_TITLE}\s*,\s*(?:{_EDITION}\s*,\s*)?(?:{_DATE}\s*,\s*)?{_PAGES}\s*\)"),
        check=lambda m: " " in m["title"].strip("‘’“”'\"")),
    # (Page 94)  (p. 12)  (pp. 12–14)
    Shape("page", "page", re.compile(rf"\(\s*{_PAGES}\s*\)")),
    # (Smith, 2015; Jones 2019: 12)  (Smith 2015, p. 4)
    Shape("author-date", "author-date", re.compile(
        rf"\(\s*(?P<refs>{_REFERENCE_NO_GROUPS}(?:\s*;\s*{_REFERENCE_NO_GROUPS})*)\s*\)"),
        each=re.compile(_REFERENCE)),
    # [3] — not at the start of a block (there it is an endnote's own marker)
    Shape("numbered", "numbered", re.compile(r"\[(?P<number>\d{1,3})\]"),
          check=lambda m: m.start() > 0),
)


@dataclass
class Citation:
    """One reference: ``text[start:end]`` of a block (parentheses included, except for one of
    several author–date references in a pair of parentheses, which stay outside).

    ``spans`` are its parts (rank ``PART_RANK``); ``bibl_span()`` is the element around them.
    ``corresp`` (a works-cited id) is set by ``WorksCited.cite``; ``xml_id`` by the encoder.
    """

    start: int
    end: int
    kind: str  # one of KINDS
    text: str  # as printed
    rule: str  # the shape that found it
    title: str | None = None
    pages: tuple[str, str] | None = None  # (from, to); a single page is (n, n)
    edition: str | None = None
    date: str | None = None  # ISO (a year)
    author: str | None = None  # author–date: the name(s) as printed
    abbr: str | None = None  # "Op. Cit.", "Ibid" as printed
    number: str | None = None  # numbered: "3"
    spans: list[Span] = field(default_factory=list)
    corresp: str | None = None
    xml_id: str | None = None

    def bibl_span(self) -> Span:
        """The ``bibl`` around the citation (``@xml:id``, ``@corresp`` as set so far). A numbered
        reference is a ``ref`` to its note (ENCODING.md: ``[1]`` → ``ref target="#note-1"``)."""
        if self.kind == "numbered":
            attrib = {"target": f"#{self.corresp or f'note-{self.number}'}"}
            return Span(self.start, self.end, "ref", attrib, rank=BIBL_RANK, rule=self.rule)
        attrib = {}
        if self.xml_id:
            attrib["xml_id"] = self.xml_id  # ``E`` turns xml_id into xml:id
        if self.corresp:
            attrib["corresp"] = f"#{self.corresp}"
        return Span(self.start, self.end, "bibl", attrib, rank=BIBL_RANK, rule=self.rule)

    def all_spans(self) -> list[Span]:
        """The bibl and its parts, ready for ``build_inline``."""
        return [self.bibl_span(), *self.spans]

    def part(self, tag: str) -> str | None:
        """The printed text of the part ``tag`` (``"date"`` → ``"2015a"``), or None."""
        for span in self.spans:
            if span.tag == tag:
                return self.text[span.start - self.start:span.end - self.start]
        return None

    def set_title_level(self, level: str) -> None:
        """The register knows better than the default ``m`` (e.g. ``a`` for an article)."""
        for span in self.spans:
            if span.tag == "title":
                span.attrib["level"] = level


def find_citations(text: str) -> list[Citation]:
    """The citations in ``text`` (one block's text), in text order."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for shape in SHAPES:
        for m in shape.pattern.finditer(text):
            if shape.check and not shape.check(m):
                continue
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue  # an earlier shape already read this text
            taken.append((m.start(), m.end()))
            found.extend(_citations(shape, m, text))
    return sorted(found, key=lambda c: c.start)


def _citations(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    if shape.each is None:
        return [_citation(shape, m, m.start(), m.end(), text)]
    base = m.start("refs")
    refs = list(shape.each.finditer(m["refs"]))
    if len(refs) == 1:  # one reference: the parentheses belong to its bibl, as for the others
        return [_citation(shape, refs[0], m.start(), m.end(), text, base)]
    return [_citation(shape, r, base + r.start(), base + r.end(), text, base) for r in refs]


# group -> (TEI element, attributes from the match)
_PARTS = {
    "title": ("title", lambda m: {"level": "m"}),
    "pages": ("biblScope", lambda m: {"unit": "page", "from": m["pfrom"],
                                      "to": _page_to(m["pfrom"], m["pto"])}),
    "edition": ("edition", lambda m: {}),
    "date": ("date", lambda m: {"when": m["when"]}),
    "abbr": ("abbr", lambda m: {}),
    "author": ("author", lambda m: {}),
}


def _citation(shape: Shape, m: re.Match, start: int, end: int, text: str,
              base: int = 0) -> Citation:
    """A citation covering ``text[start:end]`` from match ``m`` (whose offsets are relative to
    ``base``)."""
    groups = m.groupdict()
    spans = [Span(base + m.start(g), base + m.end(g), tag, attrib(m), rank=PART_RANK,
                  rule=shape.name)
             for g, (tag, attrib) in _PARTS.items() if groups.get(g) is not None]
    pages = (m["pfrom"], _page_to(m["pfrom"], m["pto"])) if groups.get("pfrom") else None
    return Citation(start, end, shape.kind, text[start:end], shape.name,
                    title=groups.get("title"), pages=pages, edition=groups.get("edition"),
                    date=groups.get("when"), author=groups.get("author"),
                    abbr=groups.get("abbr"), number=groups.get("number"), spans=spans)


def _page_to(first: str, last: str | None) -> str:
    """The last page of a range; an abbreviated one is completed: ``123-5`` → ``125``."""
    if last is None:
        return first
    if len(last) < len(first):
        full = first[: len(first) - len(last)] + last
        if int(full) > int(first):
            return full
    return last
