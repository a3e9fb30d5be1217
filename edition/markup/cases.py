# SPDX-License-Identifier: MIT
"""Rule "cases": the court decisions a note cites, as law reviews print them — the case's name
and where its report stands, volume, reporter and page (``Holden v. Hardy, 169 U. S. 366``,
``In re Morgan, 26 Col. 415``, ``People _v._ Williams, 189 N. Y. 131, 134``, Project
Gutenberg's italics kept), or the report alone, the case named in the text that calls the note
(``155 Ill. 98.``). Each case is one work however often it is cited: its name, or its report
where the note gives no name.
"""

from __future__ import annotations

import re

from edition.markup.citations import PART_RANK, Citation
from edition.markup.spans import Span

RULE = "cases"
_S = r"[ \t\n\u00a0]+"
_PARTY = r"[A-Z][\w.’'&\-]*(?:" + _S + r"(?:of|the|The|&|[A-Z][\w.’'&\-]*)){0,5}?"
_VERSUS = r"_?vs?\._?"
_NAME = (rf"(?P<name>(?:_?(?:[Ii]n{_S}re|[Ee]x{_S}parte)_?{_S}{_PARTY})|(?:{_PARTY}{_S}{_VERSUS}{_S}{_PARTY}))")
# a reporter's abbreviation: "U. S.", "N. Y.", "Ill.", "Col.", "Mass.", "N.E.", "F. Supp." (each
# word a capital and a stop)
_REPORTER = r"(?P<reporter>(?:[A-Z][a-z]{0,5}\.[ \t\n\u00a0]?){1,4})"
_REPORT = rf"(?P<report>(?P<volume>\d{{1,4}}){_S}{_REPORTER}[ \t\n\u00a0]*(?P<page>\d{{1,5}}))(?![\d\w])"
_CASE = re.compile(rf"(?<![\w.]){_NAME},{_S}{_REPORT}")
_REPORT_ALONE = re.compile(rf"(?<![\w.,]){_REPORT}")


def _plain(name: str) -> str:
    """The case's name as one work: italics' underscores and wrapping undone."""
    name = " ".join(name.replace("_", "").split())
    return name[:1].upper() + name[1:]  # ("in re Jacobs" after a semicolon: In re Jacobs)


def find_cases(text: str, start: int, end: int) -> list[Citation]:
    """The court decisions cited in ``text[start:end]``, in text order."""
    found: list[Citation] = []
    for m in _CASE.finditer(text, start, end):
        span = Span(m.start("name"), m.end("name"), "title", {"level": "m"}, rank=PART_RANK, rule=RULE)
        found.append(Citation(m.start(), m.end(), "full", m.group(), RULE, title=_plain(m["name"]),
                              spans=[span]))
    # the report alone opening the note ("155 Ill. 98."): the case the text named where it calls it
    m = _REPORT_ALONE.match(text, start, end)
    if m is not None and not any(c.start <= m.start() < c.end for c in found) \
            and not text[m.end():end].strip(" \t\n\u00a0.,;"):
        span = Span(m.start(), m.end(), "title", {"level": "m"}, rank=PART_RANK, rule=RULE)
        found.append(Citation(m.start(), m.end(), "full", m.group(), RULE, title=_plain(m.group()),
                              spans=[span]))
    return sorted(found, key=lambda c: c.start)
