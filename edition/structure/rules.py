# SPDX-License-Identifier: MIT
"""The block rules, in the order they run. Each is a small module with a ``rule(state)``.

\b
  opening-lines                author, title, source line              -> Opening
  endnotes                     closing [1] (1) 1. run, "Notes" heading -> Notes
                               (before "References" …: in the body)
  section-headings             short lines heading a paragraph: Title,  -> Section.head
                               CAPS, 2. Numbered, Sentence case
  heading-overrides            [[override]] heading = true/false       -> Section.head
  sections                     blocks under their headings; * * * breaks -> Section, Separator
  bylines-and-datelines        By Name / MOSCOW, June 3, 1988          -> Byline, Dateline
  lists                        a) b) c) / 1. 2. 3. / - - - runs        -> ListBlock
  footnotes-in-body            [1] (1) [A] under the paragraph that     -> Note (place "foot")
                               calls it, where it stands
  indented-block-quotations    indented after a colon lead-in          -> Paragraph.block_quote
  attribution-lines            OSSIAN. over an extract, KURAL. under  -> Paragraph.attribution
  block-quotation-overrides    [[override]] block_quotation = …        -> Paragraph.block_quote
  lineation                    a block quotation set line by line      -> Paragraph.lineated
  note-extracts                verse a note sets in, line by line      -> Note.extracts
  coded-statements             participants' words closed by "(P1)."   -> Paragraph.statements
  reference-list               "References" section of Smith, J. (2015) -> ReferenceList
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.structure import (attributions, blockquotes, datelines, headings, lineation, lists,
                                references, statements)
from edition.structure.breaks import is_break
from edition.structure.model import Document, Notes, Opening, Paragraph, Section, Separator
from edition.structure.notes import find_footnotes, find_notes, find_notes_before
from edition.structure.opening import find_opening
from edition.overrides import Overrides, no_overrides
from edition.text.blocks import Block


@dataclass
class State:
    blocks: list[Block]
    title_hint: str | None = None
    author_hint: str | None = None
    overrides: Overrides = field(default_factory=no_overrides)
    decided_heads: dict[int, bool] = field(default_factory=dict)  # by the editor's overrides
    opening: Opening = field(default_factory=Opening)
    body_blocks: list[Block] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    sections: list[Section] = field(default_factory=list)
    notes: Notes | None = None
    notes_at: int | None = None  # notes kept in the body: the body block they stood before


def opening_rule(state: State) -> None:
    """A text must keep a body: opening lines that would leave none are read as body text."""
    opening, used = find_opening(state.blocks, state.title_hint, state.author_hint)
    if used < len(state.blocks):
        state.opening, state.body_blocks = opening, state.blocks[used:]
    else:
        state.body_blocks = list(state.blocks)
    state.body_blocks = headings.unstack(state.body_blocks)  # "CHAPTER IV." / "EARLY EXPLORATIONS."


def endnotes_rule(state: State) -> None:
    """Closing notes go to ``back``; notes another closing section follows ("References" …)
    stay where they stand, in the body, so that the text keeps its order."""
    title = state.opening.title
    notes, used = find_notes(state.body_blocks, (title,) if title is not None else ())
    if used and used < len(state.body_blocks):
        state.notes, state.body_blocks = notes, state.body_blocks[:-used]
        return
    notes, start, end = find_notes_before(state.body_blocks)
    if notes is not None and start > 0:
        state.notes, state.notes_at = notes, start
        state.body_blocks = state.body_blocks[:start] + state.body_blocks[end:]


def footnotes_rule(state: State) -> None:
    """Footnotes kept under the paragraph that calls them stay where they stand, as notes; their
    numbers must be none of the endnotes' (one id each)."""
    taken = {note.number for note in state.notes.notes} if state.notes is not None else set()
    title = state.opening.title
    find_footnotes(state.sections, taken, (title,) if title is not None else ())


def heading_overrides(state: State) -> None:
    """The editor's ``[[override]] heading = true/false``, over what the shapes said."""
    for i, block in enumerate(state.body_blocks):
        decided = state.overrides.take("heading", block.text, block.start)
        if decided is not None:
            (state.headings.add if decided.heading else state.headings.discard)(i)
            state.decided_heads[i] = decided.heading
        state.overrides.last.value = "heading" if i in state.headings else None
        state.overrides.last.rule = "section-headings"


def block_quotation_overrides(state: State) -> None:
    """The editor's ``[[override]] block_quotation = true/false``, over the layout rules."""
    for section in state.sections:
        for node in section.content:
            if isinstance(node, Paragraph):
                decided = state.overrides.take("block_quotation", node.block.text, node.block.start)
                if decided is not None:
                    node.block_quote = decided.block_quotation
                    node.resp = state.overrides.resp
                state.overrides.last.value = "block quotation" if node.block_quote else None
                state.overrides.last.rule = "indented-block-quotations"


def sections_rule(state: State) -> None:
    """Text before the first heading makes a first section without a head; a break line closes
    its section and the next one starts without a head."""
    sections: list[Section] = []
    after_notes = None  # the first section after notes kept in the body
    for i, block in enumerate(state.body_blocks):
        if i == state.notes_at:  # the heading that ended the notes ("References") opens a section
            sections.append(Section(head=block))
            after_notes = sections[-1]
            continue
        if i in state.headings:
            resp = state.overrides.resp if state.decided_heads.get(i) else None
            sections.append(Section(head=block, head_resp=resp))
            continue
        if not sections:
            sections.append(Section(head=None))
        if is_break(block):
            sections[-1].content.append(Separator(block))
            sections.append(Section(head=None))
        else:  # a line the editor says is no heading carries their name
            resp = state.overrides.resp if state.decided_heads.get(i) is False else None
            sections[-1].content.append(Paragraph(block, resp=resp))
    state.sections = [s for s in sections if s.head is not None or s.content]
    if state.notes is not None and state.notes_at is not None:
        state.notes.at = next(k for k, s in enumerate(state.sections) if s is after_notes)


BLOCK_RULES = [
    ("opening-lines", opening_rule),
    ("endnotes", endnotes_rule),
    ("section-headings", headings.rule),
    ("heading-overrides", heading_overrides),
    ("sections", sections_rule),
    ("bylines-and-datelines", datelines.rule),
    ("lists", lists.rule),
    ("footnotes-in-body", footnotes_rule),
    ("indented-block-quotations", blockquotes.rule),
    ("attribution-lines", attributions.rule),
    ("block-quotation-overrides", block_quotation_overrides),
    ("lineation", lineation.rule),
    ("note-extracts", lineation.note_rule),
    ("coded-statements", statements.rule),
    ("reference-list", references.rule),
]


def recognise(blocks: list[Block], title_hint: str | None = None,
              author_hint: str | None = None, overrides: Overrides | None = None) -> Document:
    """Run every block rule over ``blocks`` and return what they found; ``overrides``: the
    editor's decisions, taken where they apply."""
    state = State(blocks, title_hint, author_hint, overrides or no_overrides())
    for _name, rule in BLOCK_RULES:
        rule(state)
    return Document(opening=state.opening, sections=state.sections, notes=state.notes)
