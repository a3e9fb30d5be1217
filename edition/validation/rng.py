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

from edition.validation.problems import Locator, Problem
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
    kept = [e for e in entries if not _echo(e, entries)] or entries[:1]
    problems = []
    for path, line, message in kept:
        element = _element(tree, path)
        if element is None:
            element = _only(tree, message)
        problems.append(locator.problem("rng", element, _reword(message, element), line))
    return problems


def _specific(message: str) -> bool:
    return not (_EXTRA.match(message) or _GENERIC.match(message) or _NOTHING.match(message))


def _echo(entry, entries) -> bool:
    """Whether ``entry`` only repeats another error: a generic one beside a more telling one
    at the same element, or a parent's "extra content" because of an error inside it."""
    path, _, message = entry
    here = [m for p, _, m in entries if p == path and m != message]
    if _GENERIC.match(message):
        return bool(here)
    if _NOTHING.match(message):
        return any(_specific(m) for m in here)
    if _EXTRA.match(message) and path:
        parent = path.rsplit("/", 1)[0] + "/"
        return any(p and p.startswith(parent) and not _EXTRA.match(m) and (p, m) != (path, message)
                   for p, _, m in entries)
    return False


def _element(tree, path):
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


def _only(tree, message: str):
    """The element a message names, when the document has just one of that name: libxml2 gives
    no path for an element whose attributes fail."""
    m = re.match(r"^Element (\S+) ", message)
    if not m:
        return None
    found = tree.xpath("//*[local-name() = $name]", name=m.group(1))
    return found[0] if len(found) == 1 else None


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
