# SPDX-License-Identifier: MIT
"""Rule "statutes": the laws and orders a note cites, as American government reports and law
reviews print them — a title of the United States Code or of the Code of Federal Regulations
and its section or part (``47 U.S.C. §606(c)``, ``15 U.S.C. § 78u–6``, ``29 C.F.R. Part 1991``,
``29 Code of Federal Regulations Part 1991``), a public law (``Pub. L. No. 111-203``, ``Public
Law 116-25``), an executive order (``Executive Order (E.O.) 10312``, ``E.O. 11092``), an act by
its place in the Statutes at Large (``13 Stat. 351``). Each is a work, one however its subsections
are cited: ``§606`` and ``§606(c)`` are the one section.
"""

from __future__ import annotations

import re

from edition.markup.citations import PART_RANK, Citation
from edition.markup.spans import Span

RULE = "statutes"
_S = r"[ \t\n\u00a0]*"  # (a wrapped line may break a reference)
_CODE = re.compile(
    rf"(?<![\w.])(?P<title>(?P<volume>\d{{1,2}}){_S}(?P<code>U\.{_S}?S\.{_S}?C\.(?:A\.)?|C\.{_S}?F\.{_S}?R\.|"
    rf"United{_S}States{_S}Code|U\.S\.{_S}Code|Code{_S}of{_S}Federal{_S}Regulations)"
    rf"{_S}(?P<unit>§§?|[Ss]ec(?:tions?|s?\.)|[Pp]art|[Pp]t\.){_S}"
    rf"(?P<number>\d[\dA-Za-z]*(?:[.\-–]\d[\dA-Za-z]*)*))(?:\([a-zA-Z0-9]{{1,4}}\))*")
_PUBLIC_LAW = re.compile(rf"(?<![\w.])(?P<title>(?:Pub\.{_S}L\.|Public{_S}Law|P\.{_S}L\.)(?:{_S}No\.)?"
                         rf"{_S}(?P<number>\d{{2,3}}[-–]\d{{1,4}}))(?!\d)")
_ORDER = re.compile(rf"(?<![\w.])(?P<title>(?:Executive{_S}Order|E\.{_S}?O\.)(?:{_S}\(E\.{_S}?O\.\))?"
                    rf"(?:{_S}No\.)?{_S}(?P<number>\d{{4,5}}))(?!\d)")

_AT_LARGE = re.compile(rf"(?<![\w.])(?P<title>(?P<volume>\d{{1,3}}){_S}Stat\.{_S}(?P<number>\d{{1,5}}))(?![\d.]\d)")
# a public law's place in the Statutes at Large after it ("Pub. L. No. 110-55; 121 Stat. 552"):
# the one act cited twice over, not another work
_PARALLEL = re.compile(r"[,;]?[ \t\n\u00a0]*")


def _key(m: re.Match) -> str:
    """The work's name, the same however it is printed: "47 U.S.C. § 606"."""
    if m.re is _CODE:
        code = "C.F.R." if m["code"].startswith("C") else "U.S.C."
        unit = "Part" if m["unit"].lower().startswith(("part", "pt")) else "§"
        return f"{m['volume']} {code} {unit} {m['number'].replace('–', '-')}"
    if m.re is _PUBLIC_LAW:
        return f"Pub. L. {m['number'].replace('–', '-')}"
    if m.re is _AT_LARGE:
        return f"{m['volume']} Stat. {m['number']}"
    return f"E.O. {m['number']}"


def find_statutes(text: str, start: int, end: int) -> list[Citation]:
    """The statutes and orders cited in ``text[start:end]``, in text order, each once (a note
    citing "15 U.S.C. § 78u–6" and then its "§ 78u-6(a)(6)", or "(hereinafter E.O. 11092, …)",
    cites the one work)."""
    found = []
    for pattern in (_CODE, _PUBLIC_LAW, _ORDER, _AT_LARGE):
        for m in pattern.finditer(text, start, end):
            if any(c.start < m.end() and m.start() < c.end or c.title == _key(m) for c in found):
                continue
            law = max((c for c in found if c.title.startswith("Pub. L.") and c.end <= m.start()),
                      key=lambda c: c.end, default=None)
            if pattern is _AT_LARGE and law is not None and _PARALLEL.fullmatch(text, law.end, m.start()):
                law.end, law.text = m.end(), text[law.start:m.end()]
                continue
            span = Span(m.start("title"), m.end("title"), "title", {"level": "m"}, rank=PART_RANK, rule=RULE)
            found.append(Citation(m.start(), m.end(), "full", m.group(), RULE, title=_key(m),
                                  spans=[span]))
    return sorted(found, key=lambda c: c.start)
