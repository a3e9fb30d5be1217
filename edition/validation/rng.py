# SPDX-License-Identifier: MIT
"""RELAX NG validation against ``schema/edition.rng`` (libxml2, through lxml).

libxml2 reports one real error and several echoes of it (the parent "has extra content", the
element "failed to validate attributes", "expecting an element, got nothing"); the echoes are
dropped so that an editor reads each problem once.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

from edition.validation.problems import Locator, Problem, TreeIndex
from edition.validation.schemas import RNG, schema_file
from edition.xmlsafe import safe_parser


@functools.cache
def schema() -> etree.RelaxNG:
    """``edition.rng`` compiled once per process (a few milliseconds; TEI All takes seconds)."""
    return etree.RelaxNG(etree.parse(str(schema_file(RNG)), safe_parser()))


_EXTRA = re.compile(r"^Element \S+ has extra content: ")
_GENERIC = re.compile(r"^Element \S+ failed to validate (attributes|content)$")
_NOTHING = re.compile(r"^Expecting an element (\S*), got nothing$")
_ATTRIBUTE = re.compile(r"^Invalid attribute (\S+) for element (\S+)$")


def check(tree: etree._ElementTree, locator: Locator) -> list[Problem]:
    validator = schema()
    if validator.validate(tree):
        return []
    entries = list(dict.fromkeys((e.path, e.line, e.message) for e in validator.error_log))
    echoes = _echoes(entries)
    kept = [e for e in entries if e not in echoes] or entries[:1]
    problems = []
    for path, line, message in kept:
        element = locator.index.at(path)
        if element is None:
            element = _only(locator.index, message)
        problems.append(locator.problem("rng", element, _reword(message, element), line))
    return problems


def _specific(message: str) -> bool:
    return not (_EXTRA.match(message) or _GENERIC.match(message) or _NOTHING.match(message))


def _echoes(entries) -> set:
    """The entries that only repeat another error: a generic one beside a more telling one at
    the same element, or a parent's "extra content" because of an error inside it. Each entry
    is compared with indexes made in one pass, not with every other entry."""
    messages: dict = {}  # path -> the distinct messages there
    for path, _, message in entries:
        messages.setdefault(path, set()).add(message)
    specific = {path for path, found in messages.items() if any(map(_specific, found))}
    # Every "parent/" with an error other than "extra content" somewhere below it.
    inside: set[str] = set()
    for path, _, message in entries:
        if path and not _EXTRA.match(message):
            while "/" in path:
                path = path.rsplit("/", 1)[0]
                if path + "/" in inside:
                    break
                inside.add(path + "/")
    echoes = set()
    for entry in entries:
        path, _, message = entry
        if _GENERIC.match(message):
            echo = len(messages[path]) > 1
        elif _NOTHING.match(message):
            echo = path in specific
        elif _EXTRA.match(message) and path:
            echo = path.rsplit("/", 1)[0] + "/" in inside
        else:
            echo = False
        if echo:
            echoes.add(entry)
    return echoes


def _element(tree, path):
    """The element at a path of libxml2's error log (for callers holding no ``TreeIndex``)."""
    return TreeIndex(tree).at(path)


def _only(index: TreeIndex, message: str):
    """The element a message names, when the document has just one of that name: libxml2 gives
    no path for an element whose attributes fail."""
    m = re.match(r"^Element (\S+) ", message)
    return index.only(m.group(1)) if m else None


def _reword(message: str, element) -> str:
    """libxml2's words, made plain where they mislead."""
    m = _ATTRIBUTE.match(message)
    if m and element is not None and m.group(1) not in element.attrib:
        # libxml2 drops the prefix of xml:id and xml:lang.
        message = f"Invalid attribute xml:{m.group(1)} for element {m.group(2)}"
        if m.group(1) == "id":
            message += " (an xml:id must be a name, and unique)"
    m = _NOTHING.match(message)
    if m and element is not None:
        message = (f"content of <{etree.QName(element).localname}> is incomplete: an element "
                   + (f"(such as <{m.group(1)}>) " if m.group(1) else "") + "is missing at its end")
    if re.match(r"^Element \S+ failed to validate attributes$", message):
        message += " (a required attribute is missing, or one has a value not allowed)"
    return message
