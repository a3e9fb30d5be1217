# SPDX-License-Identifier: MIT
"""Cutting a text into blocks: runs of non-blank lines separated by blank lines.

A line holding only white space (spaces, tabs, U+00A0, ...) is blank. Each block keeps its
position in the source, so that every later stage can say where a thing came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def columns(indent: str) -> int:
    """The columns white space at a line's start takes, a tab counting as 8."""
    return sum(8 if c == "\t" else 1 for c in indent)


def line_indent(line: str) -> int:
    """The columns of ``line``'s own indentation (spaces, tabs, U+00A0)."""
    return columns(line[:len(line) - len(line.lstrip(" \t\u00a0"))])


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the source: ``text`` without its leading indentation and trailing white space.

    ``start``/``end`` are offsets of ``text`` in the source; ``indent`` is the white space that
    preceded it on its first line (spaces, tabs, U+00A0), ``lines`` how many lines it spans.
    """

    text: str
    start: int
    end: int
    indent: str
    lines: int

    @property
    def indent_width(self) -> int:
        """Indentation in columns, a tab counting as 8."""
        return columns(self.indent)

    @property
    def single_line(self) -> bool:
        return self.lines == 1


# a line ended by a carriage return alone (old Mac files): read as a line feed, one character for
# one, so that every offset stays the source's and the rules, which read lines by "\n", see lines
_LONE_CR = re.compile(r"\r(?!\n)")


def split_blocks(text: str) -> list[Block]:
    """The blocks of ``text`` in order."""
    text = _LONE_CR.sub("\n", text)
    blocks: list[Block] = []
    current: list[tuple[int, str]] = []  # (offset, line without its line end)

    def flush() -> None:
        if not current:
            return
        first_offset, first = current[0]
        last_offset, last = current[-1]
        stripped = first.lstrip()
        indent = first[: len(first) - len(stripped)]
        start = first_offset + len(indent)
        end = last_offset + len(last.rstrip())
        blocks.append(Block(text[start:end], start, end, indent, len(current)))
        current.clear()

    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group().rstrip("\r\n")
        if line.strip():
            current.append((match.start(), line))
        else:
            flush()
    flush()
    return blocks


def line_blocks(block: Block) -> list[Block]:
    """The lines of ``block``, each a block of its own (its line end counts as the white space
    between blocks): entries or notes one to a line, without blank lines between them. A line set
    in keeps its indentation as its own, out of its text, as a block's."""
    pieces, offset = [], 0
    for line in block.text.split("\n"):
        text = line.strip(" \t\u00a0").rstrip()
        lead = len(line) - len(line.lstrip(" \t\u00a0")) if text else 0
        indent = line[:lead] if offset else block.indent
        start = block.start + offset + lead
        pieces.append(Block(text, start, start + len(text), indent, 1))
        offset += len(line) + 1
    return pieces


def cut_lines(block: Block, at: list[int]) -> list[Block]:
    """``block`` cut before each of its lines numbered ``at`` (0-based, rising): the pieces,
    each a block of its own, its first line's indentation its own."""
    lines = block.text.split("\n")
    pieces, offset = [], 0
    for first, last in zip([0, *at], [*at, len(lines)]):
        raw = "\n".join(lines[first:last])
        text = raw.lstrip(" \t\u00a0").rstrip()
        lead = len(raw) - len(raw.lstrip(" \t\u00a0"))
        start = block.start + offset + lead
        indent = raw[:lead] if first else block.indent
        pieces.append(Block(text, start, start + len(text), indent, text.count("\n") + 1))
        offset += len(raw) + 1
    return pieces


def stripped_lines(block: Block) -> list[Block]:
    """The lines of ``block``, each a block of its own with its own indentation taken off (a
    title page's lines stacked in one block, a chapter's label over its title)."""
    out = []
    for m in re.finditer(r"[^\r\n]+", block.text):
        line = m.group()
        stripped = line.lstrip()
        if not stripped.strip():
            continue
        start = block.start + m.start() + len(line) - len(stripped)
        text = stripped.rstrip()
        out.append(Block(text, start, start + len(text), line[: len(line) - len(stripped)], 1))
    return out
