# SPDX-License-Identifier: MIT
"""Rule "reference-list": a section headed "References", "Bibliography", "Works cited" …
whose paragraphs all look like references is the source's own reference list. It stays where it
stands, as ``listBibl`` of the source's ``bibl``s (ids ``ref-smith-2015``), and author–date
citations point at them (``edition.markup.works``).

An entry looks like a reference when it opens with a name (or a quoted title) and gives a year
(or ``n.d.``) — in any of the common styles:

- ``Smith, J. (2015). Title …`` (APA), ``Smith J, Jones K. 2015. Title …`` (Vancouver, eLife),
- ``Smith, Jane, and Ken Jones. 2015. Title …`` (Chicago author–date),
- ``Okafor, Ada, "Counting the Uncounted," Quarterly Review 41.2 (Winter 2009), 201-219.``
  (Chicago notes–bibliography: the year comes late),
- ``World Health Organization. 2011. Title …`` (a corporate author).

``Reference.author`` holds the author part as printed (the text before the year, or before a
quoted title); ``edition.markup.works`` matches citations against it.
"""

from __future__ import annotations

import re

from edition.structure.model import Paragraph, Reference, ReferenceList
from edition.tei.ids import slugify
from edition.text.blocks import Block

_HEADING = re.compile(r"^(?:references|bibliography|works cited|sources|literature|"
                      r"select bibliography|further reading|references cited|literature cited)"
                      r"[.:]?$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[*•·]|[-–](?=\s))\s+")
_SAME_AUTHOR = re.compile(r"^(?:[—–-]{2,}|_{3,})[.,]?")  # "———. 2016b." the author above
_OPENS = re.compile(r"^(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)?[A-Z\u00c0-\u024f‘“\"']")
_YEAR = re.compile(r"(?<![\d/.:-])(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?![\d])"
                   r"|\bn\.\s?d\.|\b(?:[Ff]orthcoming|[Ii]n press)\b")
_TITLE_MARK = re.compile(r"[‘“\"]")
_URL = re.compile(r"\bhttps?://|\bwww\.")
# what closes the author part: "(2015", ". 2015", ", 2015", a quoted title
_AUTHOR_END = re.compile(r"[\s.,(]*$")


def entry(text: str, previous: str | None = None) -> tuple[str, str] | None:
    """``(author part, year)`` of a reference-list entry, or None when ``text`` is not one.
    ``previous``: the author part of the entry before, for ``———. 2016b.``"""
    text = text[_BULLET.match(text).end():] if _BULLET.match(text) else text
    same = _SAME_AUTHOR.match(text)
    if not (same or _OPENS.match(text)):
        return None
    year = _YEAR.search(text)
    mark = _TITLE_MARK.search(text, 1)
    if year is None and mark is None and not _URL.search(text):
        return None  # a paragraph of prose, not a reference
    printed = (year.group("year") or "n.d.") if year is not None else "n.d."
    if same:
        return previous or "", printed
    cut = min(m.start() for m in (year, mark) if m is not None) if (year or mark) else len(text)
    if _TITLE_MARK.match(text):  # a title first: no author
        return "", printed
    author = text[:cut]
    author = author[:_AUTHOR_END.search(author).start()]
    return author, printed


def _entry_lines(block: Block) -> list[Block]:
    """A paragraph of entries one to a line, without blank lines between them, is cut into one
    block per line (the line ends count as the white space between blocks); a paragraph whose
    lines are not each an entry with a year — an entry wrapped over lines — stays whole."""
    lines = block.text.split("\n")
    if len(lines) < 2 or not all(line[:1].strip() and _YEAR.search(line) and entry(line)
                                 for line in (ln.rstrip() for ln in lines)):
        return [block]
    pieces, offset = [], 0
    for line in lines:
        text = line.rstrip()
        pieces.append(Block(text, block.start + offset, block.start + offset + len(text), "", 1))
        offset += len(line) + 1
    return pieces


def rule(state) -> None:
    for section in state.sections:
        if section.head is None or not _HEADING.match(section.head.text.strip()):
            continue
        paragraphs = section.content
        if not paragraphs or not all(isinstance(p, Paragraph) for p in paragraphs):
            continue
        blocks = [line for p in paragraphs for line in _entry_lines(p.block)]
        entries, previous = [], None
        for block in blocks:
            found = entry(block.text, previous)
            if found is None:
                break
            entries.append(found)
            previous = found[0]
        if len(entries) < len(blocks):
            continue
        items, seen = [], set()
        for block, (author, year) in zip(blocks, entries):
            first = re.split(r"[\s,.]+", author.strip("‘“\"'"))[0] or "ref"
            base = "ref-" + slugify(f"{first} {year}", fallback="ref")
            id_, n = base, 1
            while id_ in seen:
                n += 1
                id_ = f"{base}-{n}"
            seen.add(id_)
            items.append(Reference(block, id_, author, year))
        section.content = [ReferenceList(items)]
