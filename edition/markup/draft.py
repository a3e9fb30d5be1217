# SPDX-License-Identifier: MIT
"""A starting editorial file drafted from a text: the names it prints, sorted into registers
(persons, organisations, places, works) with their variant spellings grouped, so that an
editor's first step is to prune a draft, not to type one (``edition names --toml``).

Sorting is by shape, and says so: a name is a person when the encoder took it for a speaker or
it reads like a personal name; an organisation when it holds a word such as "Party",
"Committee", "Ministry"; a place when the text puts it after "in", "at", "from" …; a work when a
citation gives it as a title. A single word that ends a full name (``Barker`` after ``Tom
Barker``) is one of that person's forms, not an entry of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict

from edition.markup.names import ORG_WORDS, NameMatcher, name_candidates
from edition.tei.ids import slugify

_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|into|across|of)[ \u00a0]+(?:the[ \u00a0]+)?)$")
# (a run of initials taken whole: "J.R.R. Tolkien"; cut anywhere, a long run cost exponential time)
_PERSON = re.compile(r"^(?:(?:[A-Z]\.)++[ \u00a0]?|[A-Z][a-z’'\-]+[ \u00a0])+(?:[A-Z][a-z’'\-]+)$")


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def draft_editorial(text: str, matcher: NameMatcher, speakers: list[str] = (),
                    titles: list[str] = (), source_name: str = "the text",
                    min_count: int = 1) -> str:
    """The TOML of a starting editorial file for ``text``. ``speakers``: names the encoder took
    for speakers; ``titles``: titles of the works its citations give."""
    candidates = [(c, o, n) for c, o, n in name_candidates(text, matcher) if n >= min_count]
    places_votes: dict[str, int] = defaultdict(int)
    for cand, _, _ in candidates:
        for m in re.finditer(rf"(?<![\w’']){re.escape(cand)}(?![\w])", text):
            if _PLACE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                places_votes[cand] += 1
    speakers = [s for s in speakers if s]
    full = [c for c, _, _ in candidates if " " in c and _PERSON.match(c)] + \
        [s for s in speakers if " " in s]
    registers: dict[str, dict[str, list[str]]] = {"person": {}, "org": {}, "place": {}}
    for cand, _, count in candidates:
        words = cand.split()
        if any(w in ORG_WORDS for w in words):
            registers["org"].setdefault(cand, [cand])
        elif places_votes[cand] * 2 > count and cand not in speakers:
            registers["place"].setdefault(cand, [cand])
        elif cand in speakers or (_PERSON.match(cand) and len(words) <= 4):
            registers["person"].setdefault(cand, [cand])
        elif len(words) == 1:
            owner = next((f for f in full if f.endswith(" " + cand)), None)
            if owner is not None:
                registers["person"].setdefault(owner, [owner]).append(cand)
            elif cand in speakers:
                registers["person"].setdefault(cand, [cand])
    # a single word that ends a full name is a form of it
    persons = registers["person"]
    for name in [n for n in persons if " " not in n]:
        owner = next((f for f in persons if f != name and f.endswith(" " + name)), None)
        if owner is not None:
            persons[owner] += [f for f in persons.pop(name) if f not in persons[owner]]
    out = [f"# A starting editorial file for {source_name}, drafted by `edition names --toml`.",
           "# Every entry was found by shape, not checked: delete what is not a name, move what",
           "# sits in the wrong register, merge spellings of one name into `forms`, add wikidata.",
           ""]
    ids: set[str] = set()

    def entry(kind: str, name: str, forms: list[str], key: str = "name") -> None:
        base = slugify(name, fallback=kind)
        id_, n = base, 1
        while id_ in ids:
            n += 1
            id_ = f"{base}-{n}"
        ids.add(id_)
        out.append(f"[[{kind}]]")
        out.append(f"id = {_quote(id_)}")
        out.append(f"{key} = {_quote(name)}")
        unique = list(dict.fromkeys(forms))
        out.append("forms = [" + ", ".join(_quote(f) for f in unique) + "]")
        out.append("")

    for kind in ("person", "org", "place"):
        for name, forms in sorted(registers[kind].items()):
            entry(kind, name, forms)
    for title in sorted(dict.fromkeys(t for t in titles if t)):
        entry("work", title, [title], key="title")
    return "\n".join(out)
