# SPDX-License-Identifier: MIT
"""XML Schema validation against ``schema/edition.xsd`` (the ``xmlschema`` package).

The schema imports ``xml.xsd`` from beside it; the loader may read only files in ``schema/``
(``allow="sandbox"``), never the network, and instance documents are validated as in-memory
trees with no access to anything (``allow="none"``, no location hints).
"""

from __future__ import annotations

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


def check(tree: etree._ElementTree, locator: Locator) -> list[Problem]:
    import xmlschema
    resource = xmlschema.XMLResource(tree, allow="none", defuse="always")
    problems = []
    for error in schema().iter_errors(resource, use_location_hints=False):
        element = error.elem if isinstance(error.elem, etree._Element) else None
        reason = _plain(error.reason or error.message)
        m = _CHILD.match(reason)
        if m and element is not None and int(m.group(1)) <= len(element):
            # Point at the unexpected child itself, not at its parent.
            parent = etree.QName(element).localname
            element = [el for el in element if isinstance(el.tag, str)][int(m.group(1)) - 1]
            reason = f"<{etree.QName(element).localname}> not allowed here, in <{parent}>" + \
                reason[m.end():]
        elif element is not None:
            reason = f"<{etree.QName(element).localname}>: {reason}"
        problems.append(locator.problem("xsd", element, reason.strip()))
    return problems


def _plain(text: str) -> str:
    """Names as an editor writes them: ``p`` and ``xml:id``, not ``{http://…}p``."""
    text = text.replace(f"{{{TEI_NS}}}", "").replace(f"{{{XML_NS}}}", "xml:")
    text = re.sub(r"^'([^']+)' attribute not allowed for element$",
                  r"attribute '\1' is not allowed", text)
    # Prefixes xmlschema makes up for the TEI namespace: tei: when parsed, ns0: when built.
    return re.sub(r"'(?:tei|ns\d+):(\w+)'", r"'\1'", text)
