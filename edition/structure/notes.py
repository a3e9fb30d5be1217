# SPDX-License-Identifier: MIT
"""Rule "endnotes": the closing run of paragraphs numbered ``[1]``, ``(1)`` or ``1.``, often
under a heading such as "Notes", becomes ``back/div type="notes"``.

The numbers must run 1, 2, 3 … to the last block of the text. ``1.``-numbered paragraphs count as
notes only under a notes heading (else they are an ordered list); ``[1]``/``(1)`` ones also when
the text before them carries the same markers.
"""

from __future__ import annotations

import re

from edition.structure.model import Note, Notes
from edition.text.blocks import Block

_NUMBERED = re.compile(r"^(?:\[(?P<b>\d{1,3})\]|\((?P<p>\d{1,3})\)|(?P<d>\d{1,3})\.)(?=[\s\u00a0]|$)")
_HEADING = re.compile(r"^(?:end\s*notes|notes|footnotes|notes and references|references and notes|"
                      r"sources and notes)[.:]?$", re.IGNORECASE)


def _number(block: Block) -> tuple[str, str] | None:
    m = _NUMBERED.match(block.text)
    if not m:
        return None
    style = next(k for k in ("b", "p", "d") if m.group(k))
    return style, m.group(style)


def find_notes(blocks: list[Block]) -> tuple[Notes | None, int]:
    """The source's endnotes at the end of ``blocks`` and how many blocks they take."""
    run: list[tuple[str, str, Block]] = []
    for block in reversed(blocks):
        numbered = _number(block)
        if numbered is None:
            break
        run.append((*numbered, block))
    run.reverse()
    # the run must count 1, 2, 3 … in one style
    while run and not (all(style == run[0][0] for style, _, _ in run)
                       and [int(n) for _, n, _ in run] == list(range(1, len(run) + 1))):
        run = run[1:]
    if not run:
        return None, 0
    style = run[0][0]
    before = blocks[: len(blocks) - len(run)]
    head = before[-1] if before and before[-1].single_line and _HEADING.match(before[-1].text) else None
    if head is None:
        if style == "d":
            return None, 0
        marker = re.compile(r"\[1\]" if style == "b" else r"\(1\)")
        if not any(marker.search(b.text) for b in before):
            return None, 0
    notes = Notes(head, [Note(number, block) for _, number, block in run])
    return notes, len(run) + (1 if head else 0)
