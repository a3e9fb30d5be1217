# SPDX-License-Identifier: MIT
"""Rule "lineation": a block quotation set line by line — verse, an address, names one to a
line — keeps its line breaks. Its ``Paragraph`` is ``lineated``, and the markup gives each line
after the first an ``lb`` (ENCODING.md), which the editions render as a line break; a wrapped
one runs on as the source's paragraph did.

Set line by line, not wrapped: no line is empty, and most lines leave room for the next line's
first word within the block's longest line (a wrapped paragraph's lines never do: the wrapping
moved that word down because it did not fit), or — verse of even lines — three lines or more
each begin with a capital, as a wrapped paragraph's lines hardly ever all do.
"""

from __future__ import annotations

from edition.structure.blockquotes import OPENING_MARK, table_or_dedication
from edition.structure.model import Note, Paragraph


def set_by_line(text: str) -> bool:
    """The lines of ``text`` were set one by one, not wrapped."""
    lines = [line.strip() for line in text.split("\n")]
    if len(lines) < 2 or not all(lines):
        return False
    width = max(len(line) for line in lines)
    room = sum(len(line) + 1 + len(after.split()[0]) <= width for line, after in zip(lines, lines[1:]))
    if 2 * room >= len(lines) - 1:
        return True
    return len(lines) >= MIN_CAPITALISED_LINES and all(_first_letter(line).isupper() for line in lines)


MIN_CAPITALISED_LINES = 3


def _first_letter(line: str) -> str:
    return next((c for c in line if c.isalpha()), "")


def rule(state) -> None:
    for section in state.sections:
        for node in section.content:
            if isinstance(node, Paragraph) and node.block_quote and set_by_line(node.block.text):
                node.lineated = True


def note_rule(state) -> None:
    """Rule "note-extracts": a note's later paragraph set in further than the note, line by
    line (``{88}  Claudy Phillips … tablet:`` / ``    Phillips, whose touch harmonious could
    remove`` / ``    The pangs of guilty power …``), is an extract the note quotes — not words in
    marks of their own (the quotations rule's), a roll of names or a table set in."""
    notes = [*(state.notes.notes if state.notes is not None else []),
             *(node for section in state.sections for node in section.content if isinstance(node, Note))]
    for note in notes:
        note.extracts = frozenset(
            k for k, block in enumerate(note.blocks)
            if k and block.indent_width >= note.block.indent_width + NOTE_SET_IN and set_by_line(block.text)
            and not OPENING_MARK.match(block.text) and not table_or_dedication(Paragraph(block)))


NOTE_SET_IN = 2  # columns further in than the note's first paragraph
