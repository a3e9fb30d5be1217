# SPDX-License-Identifier: MIT
"""Where each key and value of a TOML text stands, for messages: ``tomllib`` gives the values
and no places.

``places(text)`` reads a text that ``tomllib`` has already accepted, and maps each path of the
parsed data to the line and column (1-based) of its key and of its value. A path is the keys
from the top, with a number (from 0) for each element of an array, ``[[person]]`` tables
included: ``("person", 1, "id")`` is the ``id`` of the second ``[[person]]``. A table opened
by a header is placed at its header. It is a reader of places only: it trusts the text to be
valid TOML and does not check it again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

Path = tuple  # of str keys and int indexes

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SPACE = re.compile(r"[ \t]*")
_SPACE_AND_LINES = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")
_SCALAR_END = re.compile(r"[,\]}\n#]|\r\n|$")


@dataclass(frozen=True)
class Place:
    key: tuple[int, int]  # line, column of the key (of the header, for a table)
    value: tuple[int, int]  # line, column of the value (of the header, for a table)


class Places:
    """The places of one text, found when first asked for: most files have no mistake to place
    (finding them costs twice what ``tomllib`` takes to read the file)."""

    def __init__(self, text: str):
        self._text = text
        self._places: dict[Path, Place] | None = None

    def of(self, path: Path, value: bool = True) -> tuple[int | None, int | None]:
        """The line and column of ``path``'s value (or key), else of the nearest table or
        key that holds it, else ``(None, None)``."""
        if self._places is None:
            try:
                self._places = _Reader(self._text).read()
            except (IndexError, AttributeError, ValueError):  # a shape it cannot place: no
                self._places = {}  # lines in the messages, but the same messages
        path = tuple(path)
        while path:
            place = self._places.get(path)
            if place is not None:
                return place.value if value else place.key
            path = path[:-1]
        return None, None


def places(text: str) -> Places:
    """The places of ``text``'s keys and values (see the module's docstring)."""
    return Places(text)


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.places: dict[Path, Place] = {}
        self.arrays: dict[Path, int] = {}  # [[table]] paths (indexes resolved) -> how many so far

    def where(self, pos: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, pos)
        return line, pos - self.starts[line - 1] + 1

    def mark(self, path: Path, key: int, value: int) -> None:
        self.places.setdefault(path, Place(self.where(key), self.where(value)))

    def skip(self, pattern: re.Pattern) -> None:
        self.pos = pattern.match(self.text, self.pos).end()

    def read(self) -> dict[Path, Place]:
        table: Path = ()
        while True:
            self.skip(_SPACE_AND_LINES)
            if self.pos >= len(self.text):
                return self.places
            if self.text[self.pos] == "[":
                table = self.header()
            else:
                self.key_value(table)

    def header(self) -> Path:
        start = self.pos
        double = self.text.startswith("[[", start)
        self.pos += 2 if double else 1
        keys = self.keys()
        self.skip(_SPACE)
        self.pos += 2 if double else 1
        path: Path = ()
        for n, key in enumerate(keys):
            path += (key,)
            last = n == len(keys) - 1
            if last and double:
                index = self.arrays.get(path, 0)
                self.arrays[path] = index + 1
                self.mark(path, start, start)
                path += (index,)
            elif path in self.arrays:  # [person.sub] after [[person]]: the last person's
                path += (self.arrays[path] - 1,)
            self.mark(path, start, start)
        return path

    def keys(self) -> list[str]:
        """A dotted key, the spaces around it skipped."""
        keys = []
        while True:
            self.skip(_SPACE)
            keys.append(self.key())
            self.skip(_SPACE)
            if not self.text.startswith(".", self.pos):
                return keys
            self.pos += 1

    def key(self) -> str:
        char = self.text[self.pos]
        if char in "\"'":
            return self.string()
        m = _BARE_KEY.match(self.text, self.pos)
        self.pos = m.end()
        return m.group()

    def key_value(self, table: Path) -> None:
        start = self.pos
        keys = self.keys()
        self.pos += 1  # "="
        self.skip(_SPACE)
        for n in range(1, len(keys)):  # a dotted key opens its tables where it stands
            self.mark(table + tuple(keys[:n]), start, start)
        self.value(table + tuple(keys), start)

    def value(self, path: Path, key_start: int) -> None:
        self.mark(path, key_start, self.pos)
        char = self.text[self.pos]
        if char == "[":
            self.pos += 1
            n = 0
            while True:
                self.skip(_SPACE_AND_LINES)
                if self.text[self.pos] == "]":
                    self.pos += 1
                    return
                self.value(path + (n,), self.pos)
                n += 1
                self.skip(_SPACE_AND_LINES)
                if self.text[self.pos] == ",":
                    self.pos += 1
        elif char == "{":
            self.pos += 1
            while True:
                self.skip(_SPACE)
                if self.text[self.pos] == "}":
                    self.pos += 1
                    return
                start = self.pos
                keys = self.keys()
                self.pos += 1  # "="
                self.skip(_SPACE)
                for n in range(1, len(keys)):
                    self.mark(path + tuple(keys[:n]), start, start)
                self.value(path + tuple(keys), start)
                self.skip(_SPACE)
                if self.text[self.pos] == ",":
                    self.pos += 1
        elif char in "\"'":
            self.string()
        else:  # a number, a boolean, a date or time: up to what may follow a value
            self.pos = _SCALAR_END.search(self.text, self.pos).start()
            # a date and a time may be separated by one space: "1979-05-27 07:32:00"
            self.pos = len(self.text[:self.pos].rstrip(" \t"))

    def string(self) -> str:
        """A string of any of TOML's four kinds; its text (escapes left as written: a key
        with escapes is too rare in an editorial file to decode here)."""
        text, start = self.text, self.pos
        quote = text[start]
        if text.startswith(quote * 3, start):
            end = start + 3
            while not text.startswith(quote * 3, end):
                end += 2 if quote == '"' and text[end] == "\\" else 1
            while text.startswith(quote, end + 3):  # up to two quotes may end the content
                end += 1
            self.pos = end + 3
            return text[start + 3:end]
        at = start + 1
        while text[at] != quote:
            at += 2 if quote == '"' and text[at] == "\\" else 1
        self.pos = at + 1
        return text[start + 1:at]
