# SPDX-License-Identifier: MIT
"""XML Schema validation against ``schema/edition.xsd`` (the ``xmlschema`` package).

The schema imports ``xml.xsd`` from beside it; the loader may read only files in ``schema/``
(``allow="sandbox"``), never the network, and instance documents are validated as in-memory
trees with no access to anything (``allow="none"``, no location hints).
"""

from __future__ import annotations

import copy
import functools
import re
from typing import TYPE_CHECKING

from lxml import etree

from edition.validation.problems import Locator, Problem
from edition.validation.schemas import XML_XSD, XSD, schema_file

if TYPE_CHECKING:
    import xmlschema

XML_NS = "http://www.w3.org/XML/1998/namespace"
TEI_NS = "http://www.tei-c.org/ns/1.0"


@functools.cache
def schema() -> xmlschema.XMLSchema10:
    """``edition.xsd`` built once per process (about a quarter of a second)."""
    # Imported here, not at the top: it takes 0.15 s, and every CLI command imports this package.
    import xmlschema
    return xmlschema.XMLSchema10(
        str(schema_file(XSD)), allow="sandbox", defuse="always", use_fallback=False,
        locations={XML_NS: str(schema_file(XML_XSD))})


_CHILD = re.compile(r"^Unexpected child with tag '[^']*' at position (\d+)\.")
_NOT_ALLOWED = "%r attribute not allowed for element"  # xmlschema's words, before _plain
_NAMED = re.compile(r"^(?:'([^']+)' attribute not allowed for element$|attribute ([^=\s]+)=)")
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
# An element with more attributes than this is checked with its attributes that no element
# declares left to us (edition.xsd declares at most 10 on any element): xmlschema writes out
# every attribute of the element in each of its errors, which grows with the square of their
# number (5,000 on one element took minutes).
CROWDED = 16


def check(tree: etree._ElementTree, locator: Locator) -> list[Problem]:
    import xmlschema
    checked, original, undeclared = _uncrowded(tree)
    resource = xmlschema.XMLResource(checked, allow="none", defuse="always")
    problems = []
    about: list[tuple] = []  # for each problem: its element and the attribute it names
    for error in schema().iter_errors(resource, use_location_hints=False):
        element = error.elem if isinstance(error.elem, etree._Element) else None
        element = original.get(element, element)
        raw = error.reason or error.message
        reason = _plain(raw)
        m = _CHILD.match(reason)
        children = locator.index.children(element) if m and element is not None else []
        if m and int(m.group(1)) <= len(children):
            # Point at the unexpected child itself, not at its parent.
            parent = etree.QName(element).localname
            element = children[int(m.group(1)) - 1]
            reason = f"<{etree.QName(element).localname}> not allowed here, in <{parent}>" + \
                reason[m.end():]
        elif element is not None:
            reason = f"<{etree.QName(element).localname}>: {reason}"
        problems.append(locator.problem("xsd", element, reason.strip()))
        named = _NAMED.match(raw) if element in undeclared else None
        about.append((element, (named.group(1) or named.group(2)) if named else None))
    return _with_undeclared(problems, about, undeclared, locator) if undeclared else problems


@functools.cache
def _declared() -> frozenset[str] | None:
    """Every attribute name the schema declares on some element; None when a wildcard lets
    an element take attributes it does not name."""
    import xmlschema
    if any(isinstance(c, xmlschema.validators.XsdAnyAttribute)
           for c in schema().iter_components()):
        return None
    return frozenset(str(a.name) for a in schema().maps.iter_components()
                     if isinstance(a, xmlschema.validators.XsdAttribute) and a.name)


def _uncrowded(tree: etree._ElementTree) -> tuple[etree._ElementTree, dict, dict]:
    """``tree``, or a copy of it in which each crowded element keeps the attributes some
    element declares and the first that none does; the copy's elements mapped to the
    originals; and, for each crowded original, the attributes left out, with their positions.
    Every attribute left out is one xmlschema would refuse with the same words anywhere."""
    declared = _declared()
    crowded = [el for el in tree.iter() if isinstance(el.tag, str) and len(el.attrib) > CROWDED]
    if declared is None or not crowded:
        return tree, {}, {}
    checked = copy.deepcopy(tree)
    original = dict(zip(checked.getroot().iter(), tree.getroot().iter()))
    copies = {o: c for c, o in original.items()}
    undeclared = {}
    for element in crowded:
        names = [(position, name) for position, name in enumerate(element.attrib)
                 if name not in declared and not name.startswith(f"{{{XSI_NS}}}")]
        if len(names) > 1:
            attributes = copies[element].attrib
            for _, name in names[1:]:
                del attributes[name]
            undeclared[element] = (names[0][1], names[1:])
    return checked, original, undeclared


def _with_undeclared(problems: list[Problem], about: list[tuple], undeclared: dict,
                     locator: Locator) -> list[Problem]:
    """``problems`` with one for each attribute left out of the check, in the order xmlschema
    gives an element's attribute problems: by the attribute's position in its start tag."""
    merged = []
    i = 0
    while i < len(problems):
        element, name = about[i]
        merged.append(problems[i])
        i += 1
        if element not in undeclared or name != undeclared[element][0]:
            continue
        # The first attribute none declares: those left out follow, merged by position with
        # the element's later attribute problems.
        position = {key: n for n, key in enumerate(element.attrib)}
        local = etree.QName(element).localname
        extra = [(p, locator.problem("xsd", element,
                                     f"<{local}>: {_plain(_NOT_ALLOWED % name)}".strip()))
                 for p, name in undeclared[element][1]]
        later = []
        while i < len(problems) and about[i][0] is element and about[i][1] in position:
            later.append((position[about[i][1]], problems[i]))
            i += 1
        merged += [problem for _, problem in sorted(extra + later, key=lambda pair: pair[0])]
    return merged


def _plain(text: str) -> str:
    """Names as an editor writes them: ``p`` and ``xml:id``, not ``{http://…}p``."""
    text = text.replace(f"{{{TEI_NS}}}", "").replace(f"{{{XML_NS}}}", "xml:")
    text = _UNDECLARED.sub(r"attribute '\1' is not allowed", text)
    return _MADE_UP_PREFIX.sub(r"'\1'", text)


_UNDECLARED = re.compile(r"^'([^']+)' attribute not allowed for element$")
# Prefixes xmlschema makes up for the TEI namespace: tei: when parsed, ns0: when built.
_MADE_UP_PREFIX = re.compile(r"'(?:tei|ns\d+):(\w+)'")
