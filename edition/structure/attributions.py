# SPDX-License-Identifier: MIT
"""Rule "attribution-lines": a line naming whom a block quotation is by, on a line of its own
next to the quotation, is the quotation's source, not a paragraph of the text:

- over an extract, as the first line of its indented block (``OSSIAN.`` / ``WALT WHITMAN.``
  heading passages set side by side): the line is split off the block as a paragraph of its
  own, so that the quotation holds only the quoted words;
- under an extract, as a block of its own set further right than the quotation
  (``                THE HINDU KURAL.``), or opening with a dash (``—Statute, April 30, 1790``).

Such a line is short, closes with a full stop and is set in capitals (over an extract, where
nothing else marks it) or mostly capitalised words (under one, where its place does). An
attribution at the end of the quotation's own block (``— Jane Smith, Letters``) is the
citations' rule ``find_attribution``.
"""

from __future__ import annotations

import re

from edition.structure.headings import FAR_RIGHT_ATTRIBUTION, SCRIPTURE_REFERENCE, whole_quotation
from edition.structure.model import Paragraph
from edition.structure.notes import CALL_AFTER_STOP
from edition.structure.opening import name_score
from edition.text.blocks import Block

MAX_WORDS = 6
MAX_DASHED_WORDS = 12
_DASHED = re.compile(r"^(?:—|–|―|--)[ \u00a0]?[A-Z]")  # "—Statute, April 30, 1790, Section 1."
FAR_RIGHT = 8  # columns further in than the quotation above
_WORDS = re.compile(r"[^\W\d_][\w’'\-]*")


def over_its_source(run: list[Block], line: Block) -> bool:
    """``run``, blocks set in, stands over ``line``, set far to the right of them, or opening with a
    dash, and naming a source (``    1. The LORD is my shepherd …`` / ``    2. He maketh me …`` /
    ``              A PSALM OF DAVID.``): verses or an extract quoted with their source."""
    if not run or not line.single_line or not all(b.indent_width > 0 for b in run):
        return False
    if _label(line.text, capitals=False) and line.indent_width >= max(b.indent_width for b in run) + FAR_RIGHT:
        return True
    # or opening with a dash, set in as far as they are at the least (``    There are some
    # defeats more triumphant than victories.`` / ``    --MONTAIGNE.``)
    dashed = _DASHED.match(line.text)
    return (dashed is not None and line.indent_width >= min(b.indent_width for b in run)
            and len(line.text.split()) <= MAX_WORDS and _label(line.text[dashed.end() - 1:], capitals=False))


def _label(text: str, capitals: bool) -> bool:
    """``OSSIAN.``, ``WALT WHITMAN.``; under an extract also ``The Hindu Kural.``."""
    text = text.strip()
    words = _WORDS.findall(text)
    if not text.endswith(".") or not words or len(text.split()) > MAX_WORDS:
        return False
    if re.search(r"(?<!\b[A-Z])[.!?;:][ \u00a0]+\S", text):
        return False  # a sentence or two, not a name (an initial's stop apart: "R. W. EMERSON.")
    if capitals:
        return all(w.isupper() for w in words) and any(len(w) > 1 for w in words)
    return text[0].isupper() and sum(w[0].isupper() for w in words) * 2 >= len(words)


def _split_first_line(block: Block) -> tuple[Block, Block] | None:
    """The first line of ``block`` and the rest, each a block of its own."""
    text = block.text
    newline = text.find("\n")
    if newline < 0:
        return None
    head = text[:newline].rstrip()
    rest = text[newline + 1:]
    indent = rest[: len(rest) - len(rest.lstrip())]
    rest = rest.lstrip()
    if not rest:
        return None
    first = Block(head, block.start, block.start + len(head), block.indent, 1)
    start = block.end - len(rest)
    return first, Block(rest, start, block.end, indent.split("\n")[-1], block.lines - 1)


# a letter's salutation: the line set far under a letter quoted whole is its signature, not
# the source of an extract ("    DEAR SIR,—I am not blind …" / "          R. W. EMERSON.")
_SALUTATION = re.compile(r"^(?:(?:my[ \u00a0]+)?dear|sir|madam)\b[^.!?\n]{0,40}?(?:,|:)", re.IGNORECASE)


def _letter_quoted(content: list) -> bool:
    """The run of block quotations ending ``content`` opens with a salutation."""
    k = len(content)
    while k and isinstance(content[k - 1], Paragraph) and content[k - 1].block_quote:
        k -= 1
    return k < len(content) and _SALUTATION.match(content[k].block.text.lstrip()) is not None


def rule(state) -> None:
    for section in state.sections:
        content = []
        for node in section.content:
            previous = content[-1] if content else None
            if isinstance(node, Paragraph) and node.block_quote and node.block.lines >= 2:
                parts = _split_first_line(node.block)
                if parts is not None and (_label(parts[0].text, capitals=True)
                                          or SCRIPTURE_REFERENCE.match(parts[0].text)):
                    # ("2 PET. iii. 15, 16." over a sermon's text: the verses it quotes)
                    content.append(Paragraph(parts[0], attribution="over"))
                    content.append(Paragraph(parts[1], block_quote=True))
                    continue
            if (isinstance(node, Paragraph) and node.block.single_line and isinstance(previous, Paragraph)
                    and previous.block_quote and _DASHED.match(node.block.text)
                    and len(node.block.text.split()) <= MAX_DASHED_WORDS):
                node.attribution, node.block_quote = "under", False  # "—Statute, April 30, 1790"
                content.append(node)
                continue
            if (isinstance(node, Paragraph) and node.block.single_line and node.block.indent_width > 0
                    and isinstance(previous, Paragraph) and previous.block_quote and len(content) == 1
                    and (_label(node.block.text, capitals=True)
                         or CALL_AFTER_STOP.search(node.block.text.rstrip())
                         and _label(CALL_AFTER_STOP.sub("", node.block.text.rstrip()), capitals=False))):
                # "   MATTHEW ARNOLD." set in under an epigraph's verses (the first thing under a
                # heading): its poet, in capitals (or in title case with a note's call after its
                # stop: "Old Couplet.(32)")
                node.attribution, node.block_quote = "under", False
                content.append(node)
                continue
            if (isinstance(node, Paragraph) and not node.block_quote and node.block.single_line
                    and isinstance(previous, Paragraph) and (
                        previous.block_quote and node.block.indent_width >= previous.block.indent_width + FAR_RIGHT
                        or whole_quotation(previous.block.text)
                        and node.block.indent_width >= previous.block.indent_width + FAR_RIGHT_ATTRIBUTION)
                    and (_label(node.block.text, capitals=False)
                         or name_score(node.block.text.strip()) > 1 and not node.block.text.isupper())
                    and not (previous.block_quote and _letter_quoted(content))):
                node.attribution = "under"  # ("WASHINGTON'S FAREWELL ADDRESS." far under an epigraph;
                # a name without its stop, "Leo Tolstoy")
            content.append(node)
        section.content = content
