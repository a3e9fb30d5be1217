# SPDX-License-Identifier: MIT
"""The recognised document: what the rules found, before any TEI is built.

Every node holds the source blocks it came from, so positions survive to warnings and to TEI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.text.blocks import Block


@dataclass
class SourceLine:
    """The bibliographic line of the source, e.g. ``(Marxist Monthly, Vol. 1 No. 4, June 1988)``.

    Each field is the text of the line that gave it, with its offset in ``block.text`` (``None``
    where the line does not have it), so the title page can mark it up in place.
    """

    block: Block
    journal: tuple[int, str] | None = None
    volume: str | None = None
    issue: str | None = None
    date: tuple[int, str] | None = None
    when: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD


@dataclass
class Opening:
    """The opening lines: author, title and source line, each possibly missing."""

    author: Block | None = None
    title: Block | None = None
    source_line: SourceLine | None = None
    blocks: list[Block] = field(default_factory=list)  # in source order
    # the author's office or place set under the byline in its block ("By F. H. Knowlton," /
    # "_United States Geological Survey._"): a statement of responsibility of its own
    offices: list[Block] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        names = []
        if self.author is None:
            names.append("author")
        if self.title is None:
            names.append("title")
        if self.source_line is None:
            names.append("source line")
        return names


@dataclass(slots=True)  # (one per paragraph: no __dict__ each, issue 17's memory)
class Paragraph:
    block: Block
    block_quote: bool = False  # set by "indented-block-quotations": set off, with or without marks
    # set by "attribution-lines": names the block quotation "over" which or "under" which it stands
    attribution: str | None = None
    resp: str | None = None  # who decided block_quote, when the editor did ([[override]])
    # set by "lineation": the block quotation is set line by line (verse, an address), its line
    # breaks the source's, kept as ``lb``
    lineated: bool = False
    # set by "coded-statements": participants' words closed by their codes, "… (P1)." —
    # (start, end, code) in the block's text
    statements: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Separator:
    """A section break line (``* * *``, ``- - -``), kept as ``ab type="separator"``."""

    block: Block


@dataclass
class Dateline:
    block: Block


@dataclass
class Byline:
    block: Block


@dataclass
class Reference:
    """One entry of a reference list the source prints: ``author`` and ``year`` as printed."""

    block: Block
    id: str
    author: str
    year: str
    number: str | None = None  # "1" of "1. Smith J …" / "[1] Smith J …": what "[1]" cites


@dataclass
class ReferenceList:
    items: list[Reference]


@dataclass
class Note:
    """A note of the source: ``number`` as printed, ``block`` its first paragraph, marker
    included; ``more`` the paragraphs that continue it (a note of several paragraphs).

    An endnote stands with the others (``Notes``); a footnote kept under the paragraph that
    calls it (``place`` "foot") stands in its section's content, where the source prints it,
    and ``call`` says where the text calls it: the block and the marker's offsets in it."""

    number: str
    block: Block
    more: list[Block] = field(default_factory=list)
    place: str = "end"
    call: tuple[Block, int, int] | None = None
    series: int = 1  # footnotes numbered afresh (each letter's or chapter's "[1]"): the 2nd, 3rd …
    # set by "note-extracts": the paragraphs of ``blocks`` (by index) the note sets in line by
    # line, an extract it quotes (an epitaph's verse)
    extracts: frozenset[int] = frozenset()

    @property
    def key(self) -> str:
        """What names the note in its ``xml:id``: its number, and its series after the first."""
        return self.number if self.series == 1 else f"{self.number}-s{self.series}"

    @property
    def blocks(self) -> list[Block]:
        return [self.block, *self.more]


@dataclass
class Notes:
    """The source's endnotes, in ``back``; or, when another closing section follows them
    ("References" …), in the body where they stand: before ``Document.sections[at]``."""

    head: Block | None
    notes: list[Note]
    at: int | None = None
    # the part whose notes follow, on a line of its own under the heading ("Endnotes" /
    # "Chapter One"): the head's second line
    part: Block | None = None


@dataclass
class ListItem:
    label: str  # as it stands in the source, e.g. "a)"
    block: Block  # the whole paragraph, label included

    @property
    def item_start(self) -> int:
        """Offset in ``block.text`` where the item text begins, after label and space."""
        rest = self.block.text[len(self.label):]
        return len(self.label) + len(rest) - len(rest.lstrip())


@dataclass
class ListBlock:
    items: list[ListItem]
    type: str = "ordered"  # "unordered": items opened by a bullet ("- ", "• ", "* ")


@dataclass
class Section:
    head: Block | None
    content: list = field(default_factory=list)  # Paragraph | ListBlock | Note (a footnote) …
    head_resp: str | None = None  # who decided the head is one, when the editor did


def node_blocks(node) -> list[Block]:
    """The source blocks a section's content node holds, in order."""
    if isinstance(node, ListBlock):
        return [item.block for item in node.items]
    if isinstance(node, ReferenceList):
        return [ref.block for ref in node.items]
    if isinstance(node, Note):
        return node.blocks
    return [node.block]


@dataclass
class Document:
    opening: Opening
    sections: list[Section]
    notes: Notes | None = None

    @property
    def notes_in_body(self) -> bool:
        return self.notes is not None and self.notes.at is not None

    def sections_before_notes(self) -> list[Section]:
        """The sections the text runs through before its notes (all, for notes in ``back``)."""
        if self.notes_in_body:
            return self.sections[:self.notes.at]
        return self.sections

    def paragraphs(self) -> list[Paragraph]:
        return [c for s in self.sections for c in s.content if isinstance(c, Paragraph)]

    def footnotes(self) -> list[Note]:
        """The footnotes kept in the body, in source order."""
        return [c for s in self.sections for c in s.content if isinstance(c, Note)]

    def lists(self) -> list[ListBlock]:
        return [c for s in self.sections for c in s.content if isinstance(c, ListBlock)]
