# SPDX-License-Identifier: MIT
"""The losslessness rule (ENCODING.md): the source text is recoverable from the TEI.

Take the characters of ``text`` (front, body, and from ``back`` only the source's own endnotes),
choosing ``sic``/``orig``/``abbr`` in every ``choice`` and leaving out ``supplied``, ``corr``,
``reg``, editorial notes and everything else the edition added; count the start and end of every
block element as white space; fold every run of white space to one space. The result must equal the
source text folded the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from lxml import etree

from edition.errors import EditionError, LosslessnessError
from edition.tei.ns import TEI_NS, XML_ID
from edition.text.source import Source, read_source
from edition.xmlsafe import parse_xml_file


def _t(names: str) -> frozenset[str]:
    return frozenset(f"{{{TEI_NS}}}{n}" for n in names.split())


BLOCKS = _t("text front body back div head p ab note list listBibl item label byline dateline titlePage "
            "docAuthor docTitle titlePart docImprint docEdition lg l sp speaker table row cell "
            "opener closer salute signed epigraph argument")
# What the edition adds: never part of the source text.
ADDED = _t("supplied corr reg expan")
_CHOICE = f"{{{TEI_NS}}}choice"
_NOTE = f"{{{TEI_NS}}}note"
_BACK = f"{{{TEI_NS}}}back"
_DIV = f"{{{TEI_NS}}}div"
_BIBL = f"{{{TEI_NS}}}bibl"
_DOC_AUTHOR = f"{{{TEI_NS}}}docAuthor"
_BYLINE = f"{{{TEI_NS}}}byline"
_LIST_BIBL = f"{{{TEI_NS}}}listBibl"
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\S+")  # what folding leaves between single spaces


@dataclass(frozen=True)
class Difference:
    """Where the TEI's text first departs from the source's."""

    line: int
    column: int
    source_context: str
    tei_context: str
    tei_id: str | None  # xml:id of the nearest identified element of the TEI at that point

    def describe(self) -> str:
        where = f" (TEI near xml:id {self.tei_id!r})" if self.tei_id else ""
        return (f"the TEI does not hold the source text here{where}: source has "
                f"{self.source_context!r}, TEI has {self.tei_context!r}")


def _is_added(el: etree._Element, parent: etree._Element | None) -> bool:
    if el.tag in ADDED:
        return True
    if el.tag == _NOTE and el.get("type") == "editorial":
        return True
    if parent is not None and parent.tag == _BACK:
        return not (el.tag == _DIV and el.get("type") == "notes")
    return False


def tei_text_pieces(text_el: etree._Element) -> list[tuple[str, str | None]]:
    """The source text the TEI holds, as (characters, nearest xml:id) pieces in order."""
    return list(_pieces(text_el, None, None))


def _pieces(el: etree._Element, parent, current_id: str | None):
    if not isinstance(el.tag, str) or _is_added(el, parent):
        return  # comments and processing instructions are not text either
    current_id = el.get(XML_ID) or current_id
    # a reference list's entries are blocks; a citation's bibl in running text is not
    # (the author's name inside a byline runs on in its line: "By <docAuthor>N.</docAuthor>[1]")
    block = (el.tag in BLOCKS and not (el.tag == _DOC_AUTHOR and parent is not None and parent.tag == _BYLINE)) \
        or (el.tag == _BIBL and parent is not None and parent.tag == _LIST_BIBL)
    if block:
        yield " ", current_id
    if el.text:
        yield el.text, current_id
    for child in el:
        yield from _pieces(child, el, current_id)
        if child.tail:
            yield child.tail, current_id
    if block:
        yield " ", current_id


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` with white space runs folded to one space and ends stripped, and for each
    character of the result its offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _WS.finditer(text):
        for i in range(pos, match.start()):
            out.append(text[i])
            offsets.append(i)
        out.append(" ")
        offsets.append(match.start())
        pos = match.end()
    for i in range(pos, len(text)):
        out.append(text[i])
        offsets.append(i)
    folded = "".join(out)
    # strip the ends, keeping offsets aligned
    lead = len(folded) - len(folded.lstrip(" "))
    trail = len(folded.rstrip(" "))
    return folded[lead:trail], offsets[lead:trail]


def check_lossless(source: Source, tree) -> Difference | None:
    """``None`` when the TEI holds ``source`` exactly, else the first ``Difference``."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    if root.tag != f"{{{TEI_NS}}}TEI":
        raise EditionError(f"not a TEI document: the root element is {root.tag!r}, "
                           f"expected TEI in the namespace {TEI_NS}")
    text_el = root.find(f"{{{TEI_NS}}}text")
    # the folded texts alone first: the pieces' ids and an offset per character are wanted
    # only to locate a difference, and cost tens of bytes per character of the text
    tei_raw = "".join(p for p, _ in _pieces(text_el, None, None)) if text_el is not None else ""
    # folded texts are equal when their words are, compared as they come (no folded copies)
    if all(a is not None and b is not None and a.group() == b.group()
           for a, b in zip_longest(_WORD.finditer(source.text), _WORD.finditer(tei_raw))):
        return None
    pieces = tei_text_pieces(text_el) if text_el is not None else []
    src_folded, src_offsets = fold(source.text)
    tei_folded, tei_offsets = fold(tei_raw)
    i = next((k for k, (a, b) in enumerate(zip(src_folded, tei_folded)) if a != b),
             min(len(src_folded), len(tei_folded)))
    src_offset = src_offsets[i] if i < len(src_offsets) else len(source.text)
    line, column = source.line_col(src_offset)
    tei_id = None
    if i < len(tei_offsets):
        raw = tei_offsets[i]
        acc = 0
        for text, id_ in pieces:
            acc += len(text)
            if acc > raw:
                tei_id = id_
                break
    lo = max(0, i - 20)
    return Difference(line, column, src_folded[lo:i + 30], tei_folded[lo:i + 30], tei_id)


def verify_files(source_path: str | Path, tei_path: str | Path, encoding: str = "utf-8") -> None:
    """Raise ``LosslessnessError`` (located in the source) unless the TEI holds the source text."""
    source = read_source(source_path, encoding)
    tree = parse_xml_file(tei_path)
    try:
        diff = check_lossless(source, tree)
    except EditionError as err:
        err.path = str(tei_path)
        raise
    if diff is not None:
        raise LosslessnessError(diff.describe(), str(source_path), diff.line, diff.column)
