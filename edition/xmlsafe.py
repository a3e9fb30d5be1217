# SPDX-License-Identifier: MIT
"""Parsing XML we did not write: no DTD loading, no entity expansion, no network, no XInclude.

Every XML input (TEI files, editorial XML, stylesheets' inputs) goes through ``parse_xml`` so that
a hostile document (XXE, "billion laughs") is refused before anything reads its content.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.errors import EditionError, read_input


class UnsafeXMLError(EditionError):
    """The document declares entities or otherwise asks the parser for more than plain XML."""


def safe_parser(**extra) -> etree.XMLParser:
    """A parser that never resolves entities, never loads a DTD and never touches the network."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False,
                           **extra)


def parse_xml(data: bytes, name: str = "<input>", *, collect_ids: bool = True) -> etree._ElementTree:
    """Parse ``data`` safely; raise ``EditionError`` naming ``name``, line and column.

    ``collect_ids=False`` lets a document with a duplicate ``xml:id`` parse (libxml2 otherwise
    refuses it as if it were not well-formed), so that a validator can report the duplicate.
    """
    # Refuse entity declarations before libxml2 sees them: even unexpanded, an entity-laden
    # DOCTYPE is never part of a TEI document this project reads or writes.
    view = _ascii_view(data)
    head = view[:65536]
    if b"<!DOCTYPE" in head or b"<!doctype" in head:
        if b"<!ENTITY" in view or b"SYSTEM" in head or b"PUBLIC" in head:
            line = view[:view.find(b"<!")].count(b"\n") + 1 if b"<!" in view else None
            raise UnsafeXMLError("document has a DOCTYPE declaring entities or an external DTD; "
                                 "refused (XML entities are never loaded)", name, line, 1)
    try:
        tree = etree.ElementTree(etree.fromstring(data, safe_parser(collect_ids=collect_ids)))
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (None, None)
        msg = err.msg or str(err)
        # libxml2 appends ", line N, column M" to its messages; we print the position ourselves.
        msg = msg.split(", line ")[0]
        raise EditionError(f"not well-formed XML: {msg}", name, line, column) from None
    # Belt and braces, whatever the byte check above missed: no entities, no external DTD.
    dtd = tree.docinfo.internalDTD
    if (dtd is not None and any(True for _ in dtd.entities())) or tree.docinfo.system_url \
            or tree.docinfo.public_id:
        raise UnsafeXMLError("document has a DOCTYPE declaring entities or an external DTD; "
                             "refused (XML entities are never loaded)", name)
    return tree


def _ascii_view(data: bytes) -> bytes:
    """``data`` as ASCII-compatible bytes for the DOCTYPE check, even when it is UTF-16 or UTF-32
    (which hide ``<!ENTITY`` from a byte search); other encodings are ASCII-compatible already."""
    signatures = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
                  (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
                  (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"),
                  (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"))
    for signature, codec in signatures:
        if data.startswith(signature):
            return data.decode(codec, errors="replace").encode("utf-8")
    return data


def parse_xml_file(path: str | Path, *, collect_ids: bool = True) -> etree._ElementTree:
    """Read and safely parse the XML file at ``path`` (``collect_ids`` as for ``parse_xml``)."""
    path = Path(path)
    data = read_input(path, "file")
    if not data.strip():
        raise EditionError("empty file, not XML", str(path))
    return parse_xml(data, str(path), collect_ids=collect_ids)


def xslt_access_control() -> etree.XSLTAccessControl:
    """Stylesheets may read nothing and write nothing beyond the input tree and their own output."""
    return etree.XSLTAccessControl.DENY_ALL
