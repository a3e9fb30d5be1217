# SPDX-License-Identifier: MIT
"""Serialising TEI: UTF-8, indented where white space carries no meaning, nowhere else."""

from __future__ import annotations

from lxml import etree

from edition.tei.ns import TEI_NS

# Inside ``text``, only these containers are indented: their white space between children is
# insignificant. Everything else there is (or may be) mixed content and is left as built.
_STRUCTURAL = {f"{{{TEI_NS}}}{name}" for name in (
    "TEI text front body back div titlePage docTitle list listBibl listPerson listOrg listPlace "
    "person org place standOff"
).split()}
_TEXT = f"{{{TEI_NS}}}text"
_HEADER = f"{{{TEI_NS}}}teiHeader"


def _indent(el: etree._Element, level: int, in_header: bool) -> None:
    if not len(el):
        return
    if (el.text and el.text.strip()) or any(c.tail and c.tail.strip() for c in el):
        return  # mixed content: leave it exactly as built
    if not in_header and el.tag not in _STRUCTURAL and not _all_blocks(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        child.tail = pad
        _indent(child, level + 1, in_header or child.tag == _HEADER)
    el[-1].tail = "\n" + "  " * level


def _all_blocks(el: etree._Element) -> bool:
    """A block quotation or speech (``quote``/``said`` holding only ``p``s) may be indented too."""
    return el.tag in (f"{{{TEI_NS}}}quote", f"{{{TEI_NS}}}said") and all(
        c.tag == f"{{{TEI_NS}}}p" for c in el)


def _line_ends(root: etree._Element) -> None:
    """CRLF and CR line ends inside the text become LF: XML readers would turn a literal CR into
    LF anyway, and an escaped one (``&#13;``) is noise. Line ends are white space to the
    losslessness rule, so nothing is lost."""
    for el in root.iter():
        if el.text and "\r" in el.text:
            el.text = el.text.replace("\r\n", "\n").replace("\r", "\n")
        if el.tail and "\r" in el.tail:
            el.tail = el.tail.replace("\r\n", "\n").replace("\r", "\n")


def serialize(root: etree._Element, processing_instructions: list[etree._ProcessingInstruction] = ()) -> bytes:
    """The document as bytes: XML declaration, processing instructions, indented TEI, final newline."""
    _line_ends(root)
    _indent(root, 0, False)
    out = [b'<?xml version="1.0" encoding="UTF-8"?>\n']
    for pi in processing_instructions:
        out.append(etree.tostring(pi, encoding="UTF-8") + b"\n")
    out.append(etree.tostring(root, encoding="UTF-8", xml_declaration=False))
    out.append(b"\n")
    return b"".join(out)
