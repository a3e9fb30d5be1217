# SPDX-License-Identifier: MIT
"""Rule "reference-list": a section headed "References", "Bibliography", "Works cited" …
whose paragraphs all look like references (``Smith, J. (2015). Title …``) is the source's own
reference list. It stays where it stands, as ``listBibl`` of the source's ``bibl``s (ids
``ref-smith-2015``), and author–date citations point at them."""

from __future__ import annotations

import re

from edition.structure.model import Paragraph, Reference, ReferenceList
from edition.tei.ids import slugify

_HEADING = re.compile(r"^(?:references|bibliography|works cited|sources|literature|"
                      r"select bibliography|further reading)[.:]?$", re.IGNORECASE)
_ENTRY = re.compile(r"^(?P<author>[A-Z][\w’'\-]+),[^\n]*?\b(?P<year>1[5-9]\d\d[a-z]?|20\d\d[a-z]?)\b")


def rule(state) -> None:
    for section in state.sections:
        if section.head is None or not _HEADING.match(section.head.text.strip()):
            continue
        paragraphs = section.content
        if not paragraphs or not all(isinstance(p, Paragraph) and _ENTRY.match(p.block.text)
                                     for p in paragraphs):
            continue
        items, seen = [], set()
        for p in paragraphs:
            m = _ENTRY.match(p.block.text)
            base = "ref-" + slugify(f"{m.group('author')} {m.group('year')}", fallback="ref")
            id_, n = base, 1
            while id_ in seen:
                n += 1
                id_ = f"{base}-{n}"
            seen.add(id_)
            items.append(Reference(p.block, id_, m.group("author"), m.group("year")))
        section.content = [ReferenceList(items)]
