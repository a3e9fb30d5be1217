# SPDX-License-Identifier: MIT
"""The block rules, in the order they run. Each is a small module with a ``rule(state)``.

\b
  opening-lines     author, title, source line             -> Opening
  section-headings  short title-cased lines                 -> Section.head
  sections          blocks grouped under their headings     -> Section, Paragraph
  ordered-lists     a) b) c) / 1. 2. 3. paragraph runs      -> ListBlock
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.structure import headings, lists
from edition.structure.model import Document, Opening, Paragraph, Section
from edition.structure.opening import find_opening
from edition.text.blocks import Block


@dataclass
class State:
    blocks: list[Block]
    title_hint: str | None = None
    author_hint: str | None = None
    opening: Opening = field(default_factory=Opening)
    body_blocks: list[Block] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    sections: list[Section] = field(default_factory=list)


def opening_rule(state: State) -> None:
    state.opening, used = find_opening(state.blocks, state.title_hint, state.author_hint)
    state.body_blocks = state.blocks[used:]


def sections_rule(state: State) -> None:
    """Text before the first heading makes a first section without a head."""
    sections: list[Section] = []
    for i, block in enumerate(state.body_blocks):
        if i in state.headings:
            sections.append(Section(head=block))
        else:
            if not sections:
                sections.append(Section(head=None))
            sections[-1].content.append(Paragraph(block))
    state.sections = sections


BLOCK_RULES = [
    ("opening-lines", opening_rule),
    ("section-headings", headings.rule),
    ("sections", sections_rule),
    ("ordered-lists", lists.rule),
]


def recognise(blocks: list[Block], title_hint: str | None = None,
              author_hint: str | None = None) -> Document:
    """Run every block rule over ``blocks`` and return what they found."""
    state = State(blocks, title_hint, author_hint)
    for _name, rule in BLOCK_RULES:
        rule(state)
    return Document(opening=state.opening, sections=state.sections)
