# SPDX-License-Identifier: MIT
"""TEI files given to ``edition build``: checked before anything is built from them.

A TEI file we did not write is shipped in the web edition (its TEI download) and opened in
readers' browsers, where an XHTML ``<script>``, an SVG ``onload`` or an ``<?xml-stylesheet?>``
would run. So, in order:

1. it is parsed safely (``edition.xmlsafe``: no DTD, no entities, no network);
2. content outside the TEI namespace — any element or attribute not TEI's, bar ``xml:*``
   attributes — and processing instructions other than ``<?xml-model?>`` are refused, each
   located (``ForeignContentError``); with ``drop_foreign`` they are dropped instead, each
   reported as a warning;
3. it is validated with the project's schema (RELAX NG and Schematron, as ``edition encode``
   checks its own output). A file that schema refuses but TEI All accepts is hand-encoded TEI the
   project's encoding does not cover: it is built, with a warning. One TEI All refuses too is
   refused with TEI All's problems (``InvalidTEIError``). TEI All takes seconds to compile, so it
   is compiled only for such a file, once per process;
4. the TEI the site offers for download is this module's serialisation of the checked tree,
   never the input's bytes (no DOCTYPE, nothing the checks did not see).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.errors import EditionError, read_input
from edition.tei.ns import TEI_NS, XML_NS
from edition.validation import validate_tree
from edition.validation.problems import Locator
from edition.xmlsafe import parse_xml, safe_parser

ALLOWED_PI = "xml-model"  # how a TEI file names its schemas; inert in a browser
KINDS = ("rng", "sch")  # the project's schema, as the encoder checks its own output
SHOWN = 20  # located problems listed in one refusal; the rest are counted


@dataclass(frozen=True)
class Finding:
    """One located problem of a TEI input."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class RefusedTEIError(EditionError):
    """A TEI input refused before anything was built from it. The first finding is the error's
    location; the others follow it, one located line each."""

    def __init__(self, message: str, findings: list[Finding], hint: str | None = None):
        first = findings[0]
        more = len(findings) - 1
        if more:
            message += f" ({more} more below)"
        super().__init__(message, first.file, first.line, first.column, hint)
        self.findings = findings

    def __str__(self) -> str:
        rest = [f"  {finding}" for finding in self.findings[1:SHOWN]]
        if len(self.findings) > SHOWN:
            rest.append(f"  … and {len(self.findings) - SHOWN} more")
        return "\n".join([super().__str__(), *rest])


class ForeignContentError(RefusedTEIError):
    """Elements or attributes outside the TEI namespace, or processing instructions other than
    ``<?xml-model?>``."""


class InvalidTEIError(RefusedTEIError):
    """Neither the project's schema nor TEI All accepts the document."""


@dataclass
class TEIFile:
    """A TEI file read and parsed, not yet checked."""

    path: Path
    data: bytes
    tree: etree._ElementTree


@dataclass
class CheckedTEI:
    """A TEI input that passed the checks: its tree, the bytes to ship, what to warn about."""

    tree: etree._ElementTree
    tei: bytes  # serialise(tree): the TEI offered for download
    warnings: list[str] = field(default_factory=list)


def read_tei_file(path: Path) -> TEIFile:
    """The file at ``path`` parsed safely; an ``EditionError`` unless it is XML with a TEI root."""
    name = str(path)
    data = read_input(path, "file")
    if not data.strip():
        raise EditionError("empty file, not XML", name)
    tree = parse_xml(data, name)
    root = tree.getroot()
    if root.tag != f"{{{TEI_NS}}}TEI":
        raise EditionError(f"not a TEI document: the root element is {root.tag}, "
                           f"not {{{TEI_NS}}}TEI", name)
    return TEIFile(path, data, tree)


def check_tei(file: TEIFile, *, drop_foreign: bool = False) -> CheckedTEI:
    """Check a TEI file read by ``read_tei_file`` (see the module's docstring). Raises a
    ``RefusedTEIError`` for foreign content or invalid TEI. The tree is changed only by
    ``drop_foreign``."""
    tree, name = file.tree, str(file.path)
    locator = Locator(tree, name, file.data)
    warnings: list[str] = []
    foreign = find_foreign(tree, locator)
    if foreign and not drop_foreign:
        raise ForeignContentError(
            f"refused: {foreign[0].finding.message}", [item.finding for item in foreign],
            hint="a TEI input may hold only TEI elements and attributes, xml:* attributes and "
                 "<?xml-model?>; edition build --drop-foreign drops the rest, reporting each")
    for item in foreign:
        item.drop()
        warnings.append(str(Finding(item.finding.file, item.finding.line, item.finding.column,
                                    f"dropped {item.finding.message}")))
    if foreign:
        etree.cleanup_namespaces(tree)
    if tree.docinfo.doctype:  # its declarations (default attributes) would apply in a browser
        warnings.append(str(Finding(name, *_locate_doctype(locator), "DOCTYPE left out of the "
                                    "TEI the site offers: a TEI file needs none")))
    warnings += validate(tree, name, file.data)
    return CheckedTEI(tree, serialise(tree), warnings)


def check_tei_file(path: Path, *, drop_foreign: bool = False) -> CheckedTEI:
    """``read_tei_file`` and ``check_tei`` in one."""
    return check_tei(read_tei_file(path), drop_foreign=drop_foreign)


# ------------------------------------------------------------------------ foreign content

@dataclass
class Foreign:
    """A node or attribute the TEI input may not hold, and how to take it out."""

    finding: Finding
    node: etree._Element
    attribute: str | None = None  # its Clark name, when an attribute is foreign

    def drop(self) -> None:
        if self.attribute is not None:
            del self.node.attrib[self.attribute]
        else:
            remove_keeping_tail(self.node)


def find_foreign(tree: etree._ElementTree, locator: Locator) -> list[Foreign]:
    """Every foreign element (with its content), foreign attribute and processing instruction
    other than ``<?xml-model?>``, in document order."""
    root = tree.getroot()
    found: list[Foreign] = []
    before = list(reversed(list(root.itersiblings(preceding=True))))
    after = list(root.itersiblings())
    for node in before:
        found += _foreign_node(node, locator)
    stack = [root]
    while stack:  # document order, without recursion; a foreign element's content goes with it
        node = stack.pop()
        here = _foreign_node(node, locator)
        found += here
        if here and here[0].attribute is None:
            continue
        if isinstance(node.tag, str):
            stack.extend(reversed(node))
    for node in after:
        found += _foreign_node(node, locator)
    return found


def _foreign_node(node: etree._Element, locator: Locator) -> list[Foreign]:
    name = locator.name
    if isinstance(node, etree._ProcessingInstruction):
        if node.target == ALLOWED_PI:
            return []
        line, column = _locate_pi(node, locator)
        return [Foreign(Finding(name, line, column,
                                f"processing instruction <?{node.target}?> (only <?xml-model?> "
                                "may stand in a TEI input)"), node)]
    if not isinstance(node.tag, str):  # comments: inert
        return []
    line, column = locator.locate(node)
    qname = etree.QName(node)
    if qname.namespace != TEI_NS:
        return [Foreign(Finding(name, line, column,
                                f"element <{_shown(node, qname)}> {_namespace(qname)}, not TEI"),
                        node)]
    found = []
    for key in node.attrib:
        attribute = etree.QName(key)
        if attribute.namespace in (None, XML_NS):
            continue
        at = _locate_attribute(attribute, line, column, locator)
        found.append(Foreign(Finding(name, *at, f"attribute {_shown(node, attribute)} "
                                     f"{_namespace(attribute)} on <{qname.localname}>, not TEI"),
                             node, key))
    return found


def _shown(node: etree._Element, qname: etree.QName) -> str:
    """The name as the file probably spells it: with the prefix bound to its namespace."""
    prefix = next((p for p, uri in node.nsmap.items() if uri == qname.namespace and p), None)
    return f"{prefix}:{qname.localname}" if prefix else qname.localname


def _namespace(qname: etree.QName) -> str:
    return f"in namespace {qname.namespace}" if qname.namespace else "in no namespace"


def _locate_pi(node: etree._ProcessingInstruction, locator: Locator) -> tuple[int | None, int | None]:
    line = node.sourceline
    if line is None or locator.lines is None or not 0 < line <= len(locator.lines):
        return line, None
    root = locator.tree.getroot()
    every = [*reversed(list(root.itersiblings(preceding=True))), *root.iter(etree.PI),
             *root.itersiblings()]
    same = [pi for pi in every if isinstance(pi, etree._ProcessingInstruction)
            and pi.sourceline == line and pi.target == node.target]
    nth = next((i for i, pi in enumerate(same) if pi is node), 0)
    found = list(re.finditer(rf"<\?{re.escape(node.target)}(?=[\s?]|$)", locator.lines[line - 1]))
    return (line, found[nth].start() + 1) if nth < len(found) else (line, None)


def _locate_attribute(attribute: etree.QName, line: int | None, column: int | None,
                      locator: Locator) -> tuple[int | None, int | None]:
    """Where a prefixed attribute stands in its element's start tag (which may span lines)."""
    if line is None or column is None or locator.lines is None:
        return line, column
    pattern = re.compile(rf"[\w.-]+:{re.escape(attribute.localname)}\s*=")
    start = column - 1
    for number in range(line, min(line + 50, len(locator.lines)) + 1):
        text = locator.lines[number - 1]
        end = text.find(">", start)
        m = pattern.search(text, start, end if end >= 0 else len(text))
        if m:
            return number, m.start() + 1
        if end >= 0:
            break
        start = 0
    return line, column


def _locate_doctype(locator: Locator) -> tuple[int | None, int | None]:
    for number, text in enumerate(locator.lines or [], 1):
        if "<!DOCTYPE" in text:
            return number, text.index("<!DOCTYPE") + 1
    return None, None


def remove_keeping_tail(node: etree._Element) -> None:
    """Take ``node`` (and its content) out of the tree; the text after it stays."""
    parent = node.getparent()
    if parent is None:  # before or after the root element: no text there to keep
        _remove_sibling_of_root(node)
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _remove_sibling_of_root(node: etree._Element) -> None:
    # lxml cannot remove a top-level sibling directly; moving it under a scratch element does.
    etree.Element("scratch").append(node)


# ------------------------------------------------------------------------ validation

def validate(tree: etree._ElementTree, name: str, data: bytes) -> list[str]:
    """Warnings for a tree valid under TEI All only; nothing for one the project's schema
    accepts. Raises ``InvalidTEIError`` when TEI All refuses it too."""
    problems = validate_tree(tree, name, kinds=KINDS, source=data)
    if not problems:
        return []
    try:
        schema = tei_all()
    except EditionError as err:  # TEI All cannot be had: the project's schema decides alone
        raise InvalidTEIError(
            "not valid against the project's schema, and TEI All, which hand-encoded TEI is "
            f"checked against, is not available ({err.message})",
            [Finding(p.file, p.line, p.column, f"[{p.kind}] {p.message}") for p in problems],
            hint="set EDITION_TEI_ALL to a copy of tei_all.rng") from None
    if schema.validate(tree):
        first = problems[0]
        many = f"; {len(problems)} problems in all" if len(problems) > 1 else ""
        return [str(Finding(first.file, first.line, first.column,
                            f"not valid against the project's schema ([{first.kind}] "
                            f"{first.message}{many}; edition validate lists them) but valid TEI "
                            "All: built as hand-encoded TEI, which the editions may not show in "
                            "full"))]
    findings = _tei_all_findings(schema, tree, name, data)
    raise InvalidTEIError("not valid TEI (refused by the project's schema and by TEI All): "
                          + findings[0].message, findings)


@functools.cache
def tei_all() -> etree.RelaxNG:
    """TEI All compiled once per process, when a document first needs it (it takes seconds)."""
    from edition.teiall import find_tei_all

    return etree.RelaxNG(etree.parse(str(find_tei_all()), safe_parser()))


def _tei_all_findings(schema: etree.RelaxNG, tree: etree._ElementTree, name: str,
                      data: bytes) -> list[Finding]:
    locator = Locator(tree, name, data)
    findings = []
    for entry in dict.fromkeys((e.path, e.line, e.message) for e in schema.error_log):
        path, line, message = entry
        element = _at(tree, path)
        column = None
        if element is not None:
            line, column = locator.locate(element)
        findings.append(Finding(name, line or None, column, f"[TEI All] {message}"))
    return findings or [Finding(name, None, None, "[TEI All] the document does not match")]


def _at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


# ------------------------------------------------------------------------ serialisation

def serialise(tree: etree._ElementTree) -> bytes:
    """The checked tree as a TEI file: XML declaration, what stands before the root (the
    ``<?xml-model?>`` PIs, comments), the root, what stands after it. UTF-8 whatever the input's
    encoding; no DOCTYPE. A TEI file this project wrote comes out byte for byte as it went in."""
    root = tree.getroot()
    out = [b'<?xml version="1.0" encoding="UTF-8"?>\n']
    for node in reversed(list(root.itersiblings(preceding=True))):
        out.append(etree.tostring(node, encoding="UTF-8", with_tail=False) + b"\n")
    out.append(etree.tostring(root, encoding="UTF-8", xml_declaration=False, with_tail=False))
    out.append(b"\n")
    for node in root.itersiblings():
        out.append(etree.tostring(node, encoding="UTF-8", with_tail=False) + b"\n")
    return b"".join(out)
