# SPDX-License-Identifier: MIT
"""The editor's overrides (``[[override]]`` in the editorial file), applied where the rules
decide: each names the line, passage or citation it decides by its opening words and, where
several open so, by its occurrence among those of its kind, so that it survives small edits to
the source. Every override must apply exactly once: one that finds nothing (the source changed,
or a typing slip) is an error at its line in the editorial file, never a silent no-op.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edition.editorial import Editorial, Override
from edition.errors import EditionError

_SPACE = re.compile(r"\s+")
# what a quotation's text may open with before its words: marks, brackets, an ellipsis
_LEADING = "‘’“”\"'`«»„‚([ \u00a0…"


# the words a place keeps for the review, which addresses it by its first few (review.MAX_WORDS)
PLACE_WORDS = 16
_OPENING = re.compile(rf"(?:\S+ ){{0,{PLACE_WORDS - 1}}}\S*")


def fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(slots=True)  # (one per candidate place: many, issue 17's memory)
class Place:
    """A place the rules decide (every candidate of its kind, in the order overrides count
    them): what was decided there and by what — for ``edition review``."""

    kind: str  # as Override.kind
    text: str  # the place's opening words (``PLACE_WORDS``), white space folded
    offset: int | None  # in the source
    override: Override | None = None  # the editor's decision, if any
    value: str | None = None  # what was decided ("yes", "said #steward", "#w-smith-2015" …)
    rule: str | None = None  # the rule that decided it, when the editor did not


class Overrides:
    """The overrides of one encode, each taken where it applies, counted, then checked; and the
    places the rules decided, which the review lists."""

    def __init__(self, editorial: Editorial, keep_places: bool = True):
        self.editorial = editorial
        self.keep_places = keep_places  # (else only the last, for the rule to say what it decided)
        self._last: Place | None = None
        self._scratch = Place("", "", None)  # where a rule says what it decided, when no one reads it
        self.pending = {o.index: o for o in editorial.overrides}
        self.seen = dict.fromkeys(self.pending, 0)  # places of its kind that open with ``at``
        self.applied: list[tuple[Override, int | None]] = []  # (override, source offset)
        self.places: list[Place] = []

    @property
    def resp(self) -> str:
        return f"#{self.editorial.metadata.editor_id}"

    def take(self, kind: str, text: str, offset: int | None = None) -> Override | None:
        """The override of ``kind`` for the place whose text is ``text``, if one decides it.
        Call it once per candidate place of that kind, in source order."""
        if not self.keep_places and not any(o.kind == kind for o in self.pending.values()):
            # (no review asks for the place and no override of its kind is left: nothing to keep)
            self._last = self._scratch
            return None
        words = fold(self.words(kind, text))
        place = Place(kind, _OPENING.match(words).group(), offset)  # (not the whole paragraph)
        if self.keep_places:
            self.places.append(place)
        self._last = place
        # every override of this kind counts the place, whichever of them decides it
        for index, o in list(self.pending.items()):
            if o.kind != kind or not words.startswith(fold(o.at)):
                continue
            self.seen[index] += 1
            if self.seen[index] == o.occurrence and place.override is None:
                del self.pending[index]
                self.applied.append((o, offset))
                place.override = o
        return place.override

    @staticmethod
    def words(kind: str, text: str) -> str:
        """The text an override's ``at`` is matched against: a quotation's without its marks."""
        return text.lstrip(_LEADING) if kind in ("quotation", "supplied") else text

    @property
    def last(self) -> Place:
        """The place ``take`` was last asked about, for the caller to say what was decided."""
        return self._last

    def check(self) -> None:
        """Every override applied, else an error at the first that did not."""
        for index, o in sorted(self.pending.items()):
            found = self.seen[index]
            what = {"heading": "line", "block_quotation": "paragraph", "quotation": "quotation",
                    "supplied": "quotation", "citation": "citation"}[o.kind]
            raise self.editorial.mistake(
                ("override", index, "at"),
                f"no {what} opens with {o.at!r}" if not found else
                f"{found} {what}(s) open with {o.at!r}, not {o.occurrence}: fix at or occurrence")


def no_overrides() -> Overrides:
    return Overrides(Editorial())
