# SPDX-License-Identifier: MIT
"""ISO Schematron validation against ``schema/edition.sch`` (lxml.isoschematron, XSLT 1.0).

The messages are written in the schema for editors; here each failed assertion is located at
its element through the XPath the report gives.
"""

from __future__ import annotations

import functools

from lxml import etree

from edition.validation.problems import Locator, Problem
from edition.validation.schemas import SCH, schema_file
from edition.xmlsafe import safe_parser

SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}


@functools.cache
def schema():
    """``edition.sch`` compiled to XSLT once per process (a few milliseconds)."""
    # Imported here, not at the top: lxml.isoschematron compiles its own stylesheets when it
    # is imported, and a libxslt stylesheet compiled in one thread and run in another breaks
    # XSLT in that thread ("Variable … has not been declared"); a Dask worker imports a
    # task's modules in its main thread and runs the task in another.
    from lxml.isoschematron import Schematron

    return Schematron(etree.parse(str(schema_file(SCH)), safe_parser()), store_report=True)


def check(tree: etree._ElementTree, locator: Locator) -> list[Problem]:
    validator = schema()
    if validator.validate(tree):
        return []
    problems = []
    for failure in validator.validation_report.xpath(
            "//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL):
        message = " ".join(failure.findtext("svrl:text", "", SVRL).split())
        problems.append(locator.problem("sch", _element(tree, failure.get("location")), message))
    return problems


def _element(tree, location: str | None):
    if not location:
        return None
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None
    if not found:
        return None
    node = found[0]
    if not isinstance(node, etree._Element):  # an attribute's value: its element
        node = node.getparent() if hasattr(node, "getparent") else None
    return node
