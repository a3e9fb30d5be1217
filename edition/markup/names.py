# SPDX-License-Identifier: MIT
"""Rule "register-names": persons, organisations, places, periodicals and works from the
editorial file's registers, found by the forms the text spells them in.

Longest form first, whole words only (a following ’s is fine: ``Trotsky’s``), case as written.
Titles of works and periodicals in running text become ``title level=…`` with ``@ref``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edition.editorial import Editorial
from edition.markup.spans import Span

RANK = 30  # inside quotations and citations, outside corrections
# register kind -> (TEI element, extra attributes)
ELEMENTS = {"person": ("persName", {}), "org": ("orgName", {}), "place": ("placeName", {}),
            "periodical": ("title", {"level": "j"}), "work": ("title", {})}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str
    id: str


class NameMatcher:
    """Finds register forms in text. Built once per editorial file."""

    def __init__(self, editorial: Editorial):
        self.editorial = editorial
        forms: dict[str, tuple[str, str]] = {}
        for kind in ELEMENTS:
            for entry in editorial.entries(kind):
                for form in (entry.name, *entry.forms):
                    forms.setdefault(form, (kind, entry.id))
        self._forms = forms
        ordered = sorted(forms, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, ordered)) + r")(?![^\W_])")
                         if ordered else None)

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        if self._pattern is None:
            return []
        end = len(text) if end is None else end
        out = []
        for m in self._pattern.finditer(text, start, end):
            kind, id_ = self._forms[m.group()]
            out.append(Mention(m.start(), m.end(), kind, id_))
        return out

    def span(self, mention: Mention) -> Span:
        tag, attrib = ELEMENTS[mention.kind]
        attrib = dict(attrib)
        if mention.kind == "work":
            entry = self.editorial.find(mention.id)
            attrib["level"] = str(entry.extra.get("level", "m")) if entry else "m"
        attrib["ref"] = f"#{mention.id}"
        return Span(mention.start, mention.end, tag, attrib, rank=RANK, rule="register-names")


# Words that make a name an organisation's ("Refugee Council", "Labour Party"), not a person's.
ORG_WORDS = frozenset("""
Party Committee Union Council Congress Ministry Department Office Court Association Society League
International Army Navy Bank University College Institute Company Corporation Government
Parliament Church School Federation Bureau Agency Commission Board Trust Foundation Group Assembly
Senate House Club Movement Front Opposition Soviet Soviets Press Police Service Services Museum
Library Archive Archives Review Times News Herald Journal Gazette Guardian Program Programme
Transcript Tribune Post Mail Telegraph Chronicle Courier Observer Express Globe Bulletin Magazine
Gallery Center Centre Festival Project Institution Hospital Station Network Studio Studios
Convention Conference Legislature Constitution Academy Council Cabinet Embassy Republic Kingdom
Guards Regiment Battalion Brigade Militia Meeting
""".split())

# Capitalised words that begin sentences or are common in articles: not name candidates alone.
_COMMON = frozenset("""
A An And As At But By For From He Her His However I If In It Its Later Mr Mrs Ms Neither No Not
Now Of On One Or Our She So Some Such That The Their Then There These They This Those Thus To
Under We What When Where Which While Whilst Who Why With Yes You Here Could Already Page Pages
Cit Op Ibid Vol No
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())
_CANDIDATE = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'\-.]*[\w]|[A-Z])(?:[ \u00a0](?:of the |of |de |von |van )?"
                        r"[A-Z][\w’'\-.]*[\w])*")


def name_candidates(text: str, matcher: NameMatcher) -> list[tuple[str, int, int]]:
    """Capitalised word runs the registers do not cover: (candidate, offset, count), most
    frequent first — for an editor extending the editorial file."""
    covered = [(m.start, m.end) for m in matcher.mentions(text)]
    counts: dict[str, list[int]] = {}
    for m in _CANDIDATE.finditer(text):
        words = m.group().rstrip(".").split()
        if len(words) == 1 and (words[0] in _COMMON or len(words[0]) < 3):
            continue
        while words and words[0] in _COMMON:
            words = words[1:]
        if not words:
            continue
        cand = " ".join(words)
        start = m.start() + m.group().index(words[0])
        if any(s <= start < e for s, e in covered):
            continue
        counts.setdefault(re.sub(r"[’']s$", "", cand), []).append(start)
    return sorted(((c, o[0], len(o)) for c, o in counts.items()), key=lambda t: (-t[2], t[1]))
