# SPDX-License-Identifier: MIT
"""What the inline rules found, by block: spans, block-level wrappers, the report — what the TEI
builder reads while it builds."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from edition.markup.spans import Span, build_inline
from edition.overrides import no_overrides
from edition.tei.ids import slugify
from edition.text.blocks import Block

@dataclass
class Wrapper:
    """A block-level quotation around whole paragraphs."""

    tag: str
    attrib: dict[str, str]
    key: int  # paragraphs with the same key share one wrapper


@dataclass
class Report:
    quotations: int = 0
    speeches: int = 0
    phrases: int = 0
    citations: int = 0
    unresolved: int = 0
    names: int = 0
    corrections: int = 0
    normalisations: int = 0
    supplied: int = 0
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (source offset, message)


class Markup:
    """What the inline rules found, by block."""

    def __init__(self) -> None:
        self.spans: dict[int, list[Span]] = {}  # id(block) -> spans
        self.wrappers: dict[int, Wrapper] = {}  # id(block) -> wrapper
        self.works_cited: etree._Element | None = None
        self.speakers: dict[str, str] = {}  # converter-made person id -> name
        self.report = Report()
        self.overrides = no_overrides()  # the editor's decisions, taken where the rules decide
        # which rule made each quotation and citation, by its text (white space folded), in
        # document order: for the fidelity report's figures per rule (edition.fidelity)
        self.provenance: dict[str, list[str]] = {}

    def trace(self, text: str, rule: str) -> None:
        self.provenance.setdefault(" ".join(text.split()), []).append(rule)

    def speaker(self, name: str) -> str:
        """The id of a converter-made person entry for a speaker the register lacks."""
        for id_, known in self.speakers.items():
            if known == name:
                return id_
        if " " not in name:  # "Barker" after "Tom Barker": one person
            for id_, known in self.speakers.items():
                if known.endswith(" " + name):
                    return id_
        base = "person-" + slugify(name)
        id_, n = base, 1
        while id_ in self.speakers:
            n += 1
            id_ = f"{base}-{n}"
        self.speakers[id_] = name
        return id_

    def add(self, block: Block, span: Span) -> None:
        self.spans.setdefault(id(block), []).append(span)

    def fill(self, parent: etree._Element, block: Block, start: int, end: int) -> None:
        dropped = build_inline(parent, block.text, start, end, self.spans.get(id(block), []))
        for span in dropped:
            if span.tag in ("quote", "said", "q", "cit", "bibl", "choice"):
                self.report.warnings.append(
                    (block.start + span.start,
                     f"{span.tag} dropped: it would cross another element ({span.rule})"))

    def wrapper(self, block: Block) -> Wrapper | None:
        return self.wrappers.get(id(block))
