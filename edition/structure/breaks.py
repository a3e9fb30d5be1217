# SPDX-License-Identifier: MIT
"""Rule "section-breaks": a line of spaced dashes, asterisks or similar (``- - -``, ``* * *``,
``***``, ``#``) ends a section; the next begins without a head. The line is kept as
``ab type="separator"`` at the end of the section it closes."""

from __future__ import annotations

import re

from edition.text.blocks import Block

_BREAK = re.compile(r"^(?:(?:[-*_=~•·—–][ \t\u00a0]*){3,}|[*#§~•][ \t\u00a0]*)$")


def is_break(block: Block) -> bool:
    return block.single_line and bool(_BREAK.match(block.text))
