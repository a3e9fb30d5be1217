# SPDX-License-Identifier: MIT
"""Rule "indented-block-quotations": a paragraph set off by indentation after a lead-in that ends
with a colon (``as follows:``, ``writes:-``) is a block quotation, quotation marks or not; so is
each following paragraph indented the same way.

Indentation alone is not enough: many texts indent paragraphs at random (the seed does, with one
to four U+00A0), so the lead-in's colon is what says a quotation follows.
"""

from __future__ import annotations

import re

from edition.structure.model import Paragraph

MIN_INDENT = 2
_LEAD_IN = re.compile(r"[:][-—–]?$")


def rule(state) -> None:
    for section in state.sections:
        previous = None
        run_indent = None
        for node in section.content:
            if not isinstance(node, Paragraph):
                previous, run_indent = None, None
                continue
            width = node.block.indent_width
            if run_indent is not None and width == run_indent:
                node.block_quote = True
            elif (width >= MIN_INDENT and isinstance(previous, Paragraph)
                  and _LEAD_IN.search(previous.block.text)):
                node.block_quote = True
                run_indent = width
            else:
                run_indent = None
            previous = node
