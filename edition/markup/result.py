# SPDX-License-Identifier: MIT
"""What the inline rules found, by block: spans, block-level wrappers, the report — what the TEI
builder reads while it builds."""

from __future__ import annotations

import bisect
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

    def __init__(self, provenance: bool = False) -> None:
        self.spans: dict[int, list[Span]] = {}  # id(block) -> spans
        self.wrappers: dict[int, Wrapper] = {}  # id(block) -> wrapper
        self.works_cited: etree._Element | None = None
        self.speakers: dict[str, str] = {}  # converter-made person id -> name
        self._speaker_ids: dict[str, str] = {}  # name -> the first id made for it
        self._by_last_word: dict[str, str] = {}  # last word of a full name -> its first id
        self.longer_names: dict[str, str] = {}  # "Pavel Nikolayevich" -> the full name the text prints
        self._next_number: dict[str, int] = {}  # id base -> the number to try next
        self._by_start: dict[int, tuple[list[int], list[tuple[int, Span]]]] = {}  # see _within
        self.report = Report()
        self.overrides = no_overrides()  # the editor's decisions, taken where the rules decide
        # which rule made each quotation and citation, by its text (white space folded), in
        # document order: for the fidelity report's figures per rule (edition.fidelity); kept
        # only when asked (issue 17: a long text's is a tenth of what the markup holds)
        self.provenance: dict[str, list[str]] = {}
        self._tracing = provenance

    def release(self) -> None:
        """Forget the spans once the tree holds them (issue 17: a long text's spans are the most
        of what the markup keeps); the report, the speakers and the provenance stay."""
        self.spans.clear()
        self.wrappers.clear()
        self._by_start.clear()

    def trace(self, text: str, rule: str) -> None:
        if self._tracing:
            self.provenance.setdefault(" ".join(text.split()), []).append(rule)

    def speaker(self, name: str) -> str:
        """The id of a converter-made person entry for a speaker the register lacks."""
        name = self.longer_names.get(name, name)
        if name in self._speaker_ids:
            return self._speaker_ids[name]
        if " " not in name and name in self._by_last_word:  # "Barker" after "Tom Barker": one
            return self._by_last_word[name]  # person
        base = "person-" + slugify(name)
        id_, n = base, self._next_number.get(base, 1)
        if n > 1:
            id_ = f"{base}-{n}"
        while id_ in self.speakers:
            n += 1
            id_ = f"{base}-{n}"
        self._next_number[base] = n
        self.speakers[id_] = name
        self._speaker_ids.setdefault(name, id_)
        if " " in name:
            self._by_last_word.setdefault(name.rsplit(" ", 1)[1], id_)
        return id_

    def known_speaker(self, name: str) -> str | None:
        """The id ``speaker`` has given ``name`` (or the full name it ends), None if none yet."""
        name = self.longer_names.get(name, name)
        return self._speaker_ids.get(name) or (self._by_last_word.get(name) if " " not in name else None)

    def has_speaker(self, name: str) -> bool:
        """A converter-made person entry has been made for ``name``."""
        return self.longer_names.get(name, name) in self._speaker_ids

    def add(self, block: Block, span: Span) -> None:
        self.spans.setdefault(id(block), []).append(span)
        self._by_start.pop(id(block), None)

    def _within(self, block: Block, start: int, end: int) -> list[Span]:
        """The block's spans starting in ``start`` … ``end``, in the order they were added (which
        decides between equals): a list block is filled item by item."""
        if id(block) not in self._by_start:
            spans = sorted(enumerate(self.spans.get(id(block), [])), key=lambda t: t[1].start)
            self._by_start[id(block)] = ([s.start for _, s in spans], spans)
        starts, spans = self._by_start[id(block)]
        found = spans[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]
        return [s for _, s in sorted(found, key=lambda t: t[0])]

    def fill(self, parent: etree._Element, block: Block, start: int, end: int) -> None:
        dropped = build_inline(parent, block.text, start, end, self._within(block, start, end))
        for span in dropped:
            if span.tag in ("quote", "said", "q", "cit", "bibl", "choice"):
                self.report.warnings.append(
                    (block.start + span.start,
                     f"{span.tag} dropped: it would cross another element ({span.rule})"))

    def wrapper(self, block: Block) -> Wrapper | None:
        return self.wrappers.get(id(block))
