# SPDX-License-Identifier: MIT
"""The editor's overrides (``[[override]]`` in the editorial file), applied where the rules
decide: each names the line, passage or citation it decides by its opening words and, where
several open so, by its occurrence among those of its kind, so that it survives small edits to
the source. Every override must apply exactly once: one that finds nothing (the source changed,
or a typing slip) is an error at its line in the editorial file, never a silent no-op.
"""

from __future__ import annotations

import re

from edition.editorial import Editorial, Override
from edition.errors import EditionError

_SPACE = re.compile(r"\s+")
# what a quotation's text may open with before its words: marks, brackets, an ellipsis
_LEADING = "‘’“”\"'`«»„‚([ \u00a0…"


def fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class Overrides:
    """The overrides of one encode, each taken where it applies, counted, then checked."""

    def __init__(self, editorial: Editorial):
        self.editorial = editorial
        self.pending = {o.index: o for o in editorial.overrides}
        self.seen = dict.fromkeys(self.pending, 0)  # places of its kind that open with ``at``
        self.applied: list[tuple[Override, int | None]] = []  # (override, source offset)

    @property
    def resp(self) -> str:
        return f"#{self.editorial.metadata.editor_id}"

    def take(self, kind: str, text: str, offset: int | None = None) -> Override | None:
        """The override of ``kind`` for the place whose text is ``text``, if one decides it.
        Call it once per candidate place of that kind, in source order."""
        if not self.pending:
            return None
        words = fold(text.lstrip(_LEADING) if kind in ("quotation", "supplied") else text)
        for index, o in list(self.pending.items()):
            if o.kind != kind or not words.startswith(fold(o.at)):
                continue
            self.seen[index] += 1
            if self.seen[index] == o.occurrence:
                del self.pending[index]
                self.applied.append((o, offset))
                return o
        return None

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
