# SPDX-License-Identifier: MIT
"""ISO Schematron validation against ``schema/edition.sch`` (the ISO skeleton for XSLT 1.0 that
lxml.isoschematron ships, run by libxslt).

The messages are written in the schema for editors; here each failed assertion is located at
its element. The skeleton's own ``location`` (an XPath counting each ancestor's preceding
siblings, for every failure) grows with the square of a long run of siblings; it is replaced by
a call back into Python that hands over the element itself and writes its path from an index
made once.
"""

from __future__ import annotations

import functools
import threading

from lxml import etree

from edition.validation.problems import Locator, Problem, TreeIndex
from edition.validation.schemas import SCH, schema_file
from edition.xmlsafe import safe_parser

SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
CALLBACK_NS = "urn:x-edition:validation"


def _failures(report) -> list:
    return report.xpath("//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL)


class Validator:
    """The compiled schema: ``validate(tree)``, then ``validation_report`` (SVRL), as
    lxml.isoschematron.Schematron has them; ``located`` maps each failure's ``location`` to
    its element (an attribute's failure to the attribute's element)."""

    def __init__(self, xslt: etree.XSLT):
        self._xslt = xslt
        self.validation_report = None
        self.located: dict[str, etree._Element] = {}

    def validate(self, tree) -> bool:
        _run.index = TreeIndex(tree if isinstance(tree, etree._ElementTree)
                               else tree.getroottree())
        _run.located = {}
        try:
            self.validation_report = self._xslt(tree)
            self.located = _run.located
        finally:
            _run.index = _run.located = None
        return not _failures(self.validation_report)


# The validation under way in this thread, for the call back (an XSLT has no other context).
_run = threading.local()


def _where(context, nodes) -> str:
    """The failing node's element as an XPath (``/*[1]/*[2]/*[5]``), remembered for ``check``."""
    node = nodes[0] if nodes else None
    if node is not None and not isinstance(node, etree._Element):
        node = node.getparent() if hasattr(node, "getparent") else None  # an attribute
    if node is None or not isinstance(node.tag, str):
        return ""
    steps = []
    element = node
    while element is not None:
        steps.append(f"*[{_run.index.position(element)}]")
        element = element.getparent()
    path = "/" + "/".join(reversed(steps))
    _run.located[path] = node
    return path


@functools.cache
def schema() -> Validator:
    """``edition.sch`` compiled to XSLT once per process (a few milliseconds)."""
    # Imported here, not at the top: lxml.isoschematron compiles its own stylesheets when it
    # is imported, and a libxslt stylesheet compiled in one thread and run in another breaks
    # XSLT in that thread ("Variable … has not been declared"); a Dask worker imports a
    # task's modules in its main thread and runs the task in another.
    from lxml.isoschematron import iso_abstract_expand, iso_dsdl_include, iso_svrl_for_xslt1

    source = etree.parse(str(schema_file(SCH)), safe_parser())
    # (no svrl:fired-rule for every node a rule's context matches: the report would hold one
    # per quotation and name of a long text, issue 17's memory; failures are all it is read for)
    compiled = iso_svrl_for_xslt1(iso_abstract_expand(iso_dsdl_include(source)),
                                  **{"generate-fired-rule": "'false'"})
    stylesheet = compiled.getroot()
    for template in stylesheet.findall(f"{{{XSL_NS}}}template[@mode='schematron-get-full-path']"):
        stylesheet.remove(template)
    template = etree.SubElement(stylesheet, f"{{{XSL_NS}}}template",
                                match="node() | @*", mode="schematron-get-full-path",
                                nsmap={"where": CALLBACK_NS})
    etree.SubElement(template, f"{{{XSL_NS}}}value-of", select="where:element(.)")
    return Validator(etree.XSLT(compiled, extensions={(CALLBACK_NS, "element"): _where}))


def check(tree: etree._ElementTree, locator: Locator) -> list[Problem]:
    validator = schema()
    if validator.validate(tree):
        return []
    problems = []
    for failure in _failures(validator.validation_report):
        message = " ".join(failure.findtext("svrl:text", "", SVRL).split())
        location = failure.get("location")
        element = validator.located.get(location)
        if element is None:
            element = _element(tree, location)
        problems.append(locator.problem("sch", element, message))
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
