# SPDX-License-Identifier: MIT
"""What validation finds, and where: a ``Problem`` per finding, located at line and column."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from lxml import etree

# The checks, in the order they run and are reported; "xml" is for a file that cannot be read
# or is not well-formed XML, so that no check could run.
KINDS = ("rng", "xsd", "sch")
ORDER = {"xml": 0, "rng": 1, "xsd": 2, "sch": 3}


@dataclass(frozen=True)
class Problem:
    """One finding. ``line`` and ``column`` are 1-based; ``None`` when not known."""

    file: str
    line: int | None
    column: int | None
    kind: str  # "rng" | "xsd" | "sch" | "xml"
    message: str

    def __str__(self) -> str:
        """``file:line:column: [kind] message``, the form editors and IDEs jump to; the line
        and column are left out when not known."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: [{self.kind}] {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.column or 0, ORDER[self.kind])


class Locator:
    """Finds the line and column of an element's start tag, for messages editors can act on.

    lxml knows an element's line (where its start tag ends) but not its column; when the source
    text is at hand the column is found by looking for the n-th ``<name`` on that line. A tree
    built in memory has no lines at all: then the element's path is put in the message instead.
    """

    def __init__(self, tree: etree._ElementTree, name: str, source: bytes | None = None):
        self.tree = tree
        self.name = name
        self.lines: list[str] | None = None
        if source is not None:
            encoding = tree.docinfo.encoding or "utf-8"
            try:
                self.lines = source.decode(encoding, errors="replace").split("\n")
            except LookupError:
                self.lines = None
        self._index: dict[tuple[int, str], list] | None = None

    def problem(self, kind: str, element, message: str, line: int | None = None) -> Problem:
        """A ``Problem`` at ``element`` (or at ``line`` alone when the element is unknown)."""
        column = None
        if element is not None and isinstance(element.tag, str):
            line, column = self.locate(element)
            if line is None:
                message += f" (at {path_of(element)})"
        return Problem(self.name, line or None, column, kind, message)

    def locate(self, element) -> tuple[int | None, int | None]:
        line = element.sourceline
        if line is None or self.lines is None:
            return line, None
        if self._index is None:
            self._index = {}
            for el in self.tree.iter():
                if isinstance(el.tag, str) and el.sourceline is not None:
                    self._index.setdefault((el.sourceline, el.tag), []).append(el)
        same = self._index.get((line, element.tag), [element])
        nth = next((i for i, el in enumerate(same) if el is element), 0)
        local = re.escape(etree.QName(element).localname)
        pattern = re.compile(rf"<(?:[\w.-]+:)?{local}(?=[\s/>]|$)")
        if 0 < line <= len(self.lines):
            found = list(pattern.finditer(self.lines[line - 1]))
            if nth < len(found):
                return line, found[nth].start() + 1
        # A start tag spread over several lines: lxml gives the line where it ends.
        for back in range(line - 1, max(0, line - 20), -1):
            found = list(pattern.finditer(self.lines[back - 1]))
            if found:
                return back, found[-1].start() + 1
        return line, None


def path_of(element) -> str:
    """A readable path: ``/TEI/text/body/div[2]/p[3]`` (positions among same-named siblings)."""
    steps = []
    while element is not None:
        name = etree.QName(element).localname
        parent = element.getparent()
        if parent is not None:
            same = [el for el in parent if el.tag == element.tag]
            if len(same) > 1:
                name += f"[{same.index(element) + 1}]"
        steps.append(name)
        element = parent
    return "/" + "/".join(reversed(steps))
