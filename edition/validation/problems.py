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

    Each line is read once, and the tree is indexed once, however many problems there are:
    a file with thousands of problems (on one line, or among thousands of siblings) is located
    in time proportional to its size.
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
        self._nth: dict | None = None  # element -> its rank among same-named ones on its line
        self._tags: dict[int, dict[str, list[int]]] = {}  # line -> local name -> columns
        self.index = TreeIndex(tree)

    def problem(self, kind: str, element, message: str, line: int | None = None) -> Problem:
        """A ``Problem`` at ``element`` (or at ``line`` alone when the element is unknown)."""
        column = None
        if element is not None and isinstance(element.tag, str):
            line, column = self.locate(element)
            if line is None:
                message += f" (at {self.index.path(element)})"
        return Problem(self.name, line or None, column, kind, message)

    def locate(self, element) -> tuple[int | None, int | None]:
        line = element.sourceline
        if line is None or self.lines is None:
            return line, None
        if self._nth is None:
            self._nth = {}
            seen: dict[tuple[int, str], int] = {}
            for el in self.tree.iter():
                if isinstance(el.tag, str) and el.sourceline is not None:
                    key = (el.sourceline, el.tag)
                    self._nth[el] = seen.get(key, 0)
                    seen[key] = self._nth[el] + 1
        nth = self._nth.get(element, 0)
        local = etree.QName(element).localname
        if 0 < line <= len(self.lines):
            found = self._columns(line, local)
            if nth < len(found):
                return line, found[nth]
        # A start tag spread over several lines: lxml gives the line where it ends.
        for back in range(line - 1, max(0, line - 20), -1):
            found = self._columns(back, local)
            if found:
                return back, found[-1]
        return line, None

    def _columns(self, line: int, local: str) -> list[int]:
        """The 1-based columns of every ``<local`` or ``<prefix:local`` on ``line``."""
        if not _NAME.fullmatch(local):  # a name the shared scan cannot see: look for it alone
            pattern = re.compile(rf"<(?:[\w.-]+:)?{re.escape(local)}(?=[\s/>]|$)")
            return [m.start() + 1 for m in pattern.finditer(self.lines[line - 1])]
        tags = self._tags.get(line)
        if tags is None:
            tags = self._tags[line] = {}
            for m in _START.finditer(self.lines[line - 1]):
                tags.setdefault(m.group(1), []).append(m.start() + 1)
        return tags.get(local, [])


# Any start tag's name, local part captured: one scan of a line finds the same tags as the
# pattern for one name would, for every name at once.
_NAME = re.compile(r"[\w.-]+")
_START = re.compile(r"<(?:[\w.-]+:)?([\w.-]+)(?=[\s/>]|$)")


class TreeIndex:
    """A tree's elements looked up by position, by path and by name, each parent's children
    counted once however many problems point into it (not once per problem, which grows with
    the square of a long run of siblings)."""

    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        self._elements: dict = {}  # parent -> its element children, in order
        self._rank: dict = {}  # element -> (its position among same-named siblings, how many)
        self._position: dict = {}  # element -> its position among its parent's elements
        self._named: dict[str, list] | None = None  # local name -> up to two such elements

    def children(self, parent) -> list:
        """The element children of ``parent`` (comments and processing instructions left out)."""
        found = self._elements.get(parent)
        if found is None:
            found = self._elements[parent] = [el for el in parent if isinstance(el.tag, str)]
        return found

    def position(self, element) -> int:
        """The 1-based position of ``element`` among its parent's element children."""
        found = self._position.get(element)
        if found is None:
            parent = element.getparent()
            if parent is None:
                return 1
            for position, child in enumerate(self.children(parent), 1):
                self._position[child] = position
            found = self._position.get(element, 1)
        return found

    def at(self, path: str | None):
        """The element at a libxml2 path (``/*/*[2]/*``, as ``xmlGetNodePath`` writes it for
        namespaced elements), or None; any other XPath is evaluated as such."""
        if not path:
            return None
        steps = path.split("/")
        if steps[0] != "" or not all(_STEP.fullmatch(step) for step in steps[1:]):
            return _xpath_element(self.tree, path)
        element = None
        for step in steps[1:]:
            position = int(step[2:-1]) if step != "*" else 1
            if element is None:
                element = self.tree.getroot() if position == 1 else None
            else:
                children = self.children(element)
                element = children[position - 1] if position <= len(children) else None
            if element is None:
                return None
        return element

    def only(self, local: str):
        """The element named ``local`` (in any namespace) when the tree has just one."""
        if self._named is None:
            self._named = {}
            for el in self.tree.getroot().iter():
                if isinstance(el.tag, str):
                    same = self._named.setdefault(etree.QName(el).localname, [])
                    if len(same) < 2:
                        same.append(el)
        same = self._named.get(local, [])
        return same[0] if len(same) == 1 else None

    def path(self, element) -> str:
        """A readable path: ``/TEI/text/body/div[2]/p[3]`` (positions among same-named
        siblings)."""
        steps = []
        while element is not None:
            name = etree.QName(element).localname
            parent = element.getparent()
            if parent is not None:
                if element not in self._rank:
                    self._count(parent)
                position, same = self._rank.get(element, (1, 1))
                if same > 1:
                    name += f"[{position}]"
            steps.append(name)
            element = parent
        return "/" + "/".join(reversed(steps))

    def _count(self, parent) -> None:
        by_tag: dict = {}
        for child in parent:
            by_tag.setdefault(child.tag, []).append(child)
        for same in by_tag.values():
            for position, child in enumerate(same, 1):
                self._rank[child] = (position, len(same))


_STEP = re.compile(r"\*(?:\[[1-9]\d*\])?")


def _xpath_element(tree, path: str):
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


def path_of(element) -> str:
    """A readable path: ``/TEI/text/body/div[2]/p[3]`` (positions among same-named siblings)."""
    return TreeIndex(element.getroottree()).path(element)
