# SPDX-License-Identifier: MIT
"""Reading an article's truth file (format: ``tests/data/corpus/README.md``).

One fact a line, ``kind: value``, fields separated by `` | ``. A malformed line is an error with
its file and line, never skipped: a truth that silently loses a line would flatter the encoder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError

KINDS = ("article-title", "article-author", "article-source", "heading", "quote", "speech",
         "phrase", "quoted-title", "cite", "work", "note")


@dataclass(frozen=True)
class Passage:
    """A quotation passage (``quote:``/``speech:``), a phrase or a quoted title, by its opening
    words; ``speaker`` is ``None`` for writing, ``"-"`` for an unnamed speaker."""

    kind: str  # quote | speech | phrase | quoted-title
    words: str
    speaker: str | None
    line: int


@dataclass(frozen=True)
class CitationGroup:
    text: str  # as printed, brackets included
    keys: tuple[str, ...]  # one work key per reference, in order
    line: int


@dataclass(frozen=True)
class Note:
    marker: str
    keys: tuple[str, ...]
    line: int


@dataclass
class Truth:
    path: Path
    opening: dict[str, str] = field(default_factory=dict)  # title | author | source -> line
    headings: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    citations: list[CitationGroup] = field(default_factory=list)
    works: dict[str, str] = field(default_factory=dict)  # key -> opening words of its entry
    notes: list[Note] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Passage]:
        return [p for p in self.passages if p.kind in kinds]

    @property
    def speaker_names(self) -> list[str]:
        return [p.speaker for p in self.passages if p.speaker not in (None, "-")]


def _keys(value: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in value.split(";"))
    return () if keys == ("-",) else keys


def read_truth(path: str | Path) -> Truth:
    path = Path(path)
    truth = Truth(path)
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, value = line.partition(":")
        kind, value = kind.strip(), value.strip()
        if not sep or kind not in KINDS or not value:
            raise EditionError(f"not a truth line (expected one of {', '.join(KINDS)}, "
                               f"then ': value'): {raw!r}", str(path), n, 1)
        fields = [f.strip() for f in value.split(" | ")]

        def need(count: int) -> None:
            if len(fields) != count or not all(fields):
                raise EditionError(f"{kind}: takes {count} field(s) separated by ' | ', "
                                   f"got {len(fields)}: {raw!r}", str(path), n, 1)

        if kind.startswith("article-"):
            truth.opening[kind[len("article-"):]] = value
        elif kind == "heading":
            truth.headings.append(value)
        elif kind in ("quote", "phrase", "quoted-title"):
            truth.passages.append(Passage(kind, value, None, n))
        elif kind == "speech":
            need(2)
            truth.passages.append(Passage(kind, fields[0], fields[1], n))
        elif kind == "cite":
            # the group may itself hold " | "? no: printed citations never do; keys come last
            text, _, keys = value.rpartition(" | ")
            if not text or not keys.strip():
                need(2)
            truth.citations.append(CitationGroup(text.strip(), _keys(keys), n))
        elif kind == "work":
            need(2)
            truth.works[fields[0]] = fields[1]
        elif kind == "note":
            need(2)
            truth.notes.append(Note(fields[0], _keys(fields[1]), n))
    return truth
