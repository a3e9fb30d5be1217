# SPDX-License-Identifier: MIT
"""Rule "bylines-and-datelines": at the head of the text, a ``By Name`` line the opening lines did
not take becomes ``byline``, and a line like ``MOSCOW, June 3, 1988`` or ``London, 1 May 1990 —``
becomes ``dateline``. They stay where they stand, never dropped."""

from __future__ import annotations

from edition.structure.dates import is_dateline
from edition.structure.model import Byline, Dateline, Paragraph
from edition.structure.opening import is_byline
from edition.text.blocks import Block

MAX_LOOK = 3


def classify(block: Block) -> type | None:
    if not block.single_line or len(block.text) > 80:
        return None
    if is_byline(block.text):
        return Byline
    if is_dateline(block.text):
        return Dateline
    return None


def rule(state) -> None:
    if not state.sections:
        return
    content = state.sections[0].content
    for i, node in enumerate(content[:MAX_LOOK]):
        if not isinstance(node, Paragraph):
            break
        kind = classify(node.block)
        if kind is None:
            break
        content[i] = kind(node.block)
