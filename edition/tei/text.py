# SPDX-License-Identifier: MIT
"""The ``text`` element: title page, sections, paragraphs and lists, with readable ids.

Block content is filled by an ``inline`` function ``(parent, block, start, end)`` that appends
``block.text[start:end]`` to ``parent`` — as plain text by default; the scholarly markup stage
passes one that adds quotations, names and citations.
"""

from __future__ import annotations

import re
from typing import Callable

from lxml import etree

from edition.structure.model import (Byline, Dateline, Document, ListBlock, Note, Notes, Opening,
                                     Paragraph, ReferenceList, Separator, SourceLine)
from edition.structure.notes import CALL_AT_END, note_id
from edition.structure.opening import byline_lead, byline_name, names_author
from edition.tei.ids import IdAllocator
from edition.tei.ns import XML_ID, E, SubE, append
from edition.text.blocks import Block

Inline = Callable[[etree._Element, Block, int, int], None]


def plain_inline(parent: etree._Element, block: Block, start: int, end: int) -> None:
    append(parent, block.text[start:end])


def build_text(doc: Document, *, author_ref: str | None = None, inline: Inline = plain_inline,
               wrapper=lambda block: None, back: list[etree._Element] = ()) -> etree._Element:
    """``wrapper(block)`` gives the block-level quotation (tag, attrib, key) a paragraph belongs
    to, if any; consecutive paragraphs with the same key share it. ``back`` goes into ``back``."""
    ids = IdAllocator()
    text = E("text")
    if doc.opening.blocks:
        text.append(E("front", build_title_page(doc.opening, author_ref, inline)))
    body = SubE(text, "body")
    for k, section in enumerate(doc.sections):
        if doc.notes is not None and doc.notes.at == k:  # notes another section follows
            body.extend(_notes(doc.notes, inline))
        div = SubE(body, "div", xml_id=ids.next("div"))
        if section.head is not None:
            head = SubE(div, "head", resp=section.head_resp) if section.head_resp else SubE(div, "head")
            inline(head, section.head, 0, len(section.head.text))
        open_wrapper = (None, None)  # (key, element)
        parts: dict[int, list[etree._Element]] = {}  # by key: a wrapper's parts so far
        for node in section.content:
            if isinstance(node, Paragraph):
                wrap = wrapper(node.block)
                container = div
                if wrap is not None:
                    if open_wrapper[0] != wrap.key:
                        open_wrapper = (wrap.key, _wrapper_part(div, wrap, parts.setdefault(wrap.key, [])))
                    container = open_wrapper[1]
                else:
                    open_wrapper = (None, None)
                p = SubE(container, "p", xml_id=ids.next("p"))
                if node.resp and not node.block_quote:  # the editor said: no heading, no quotation
                    p.set("resp", node.resp)
                inline(p, node.block, 0, len(node.block.text))
            elif isinstance(node, ListBlock):
                open_wrapper = (None, None)
                div.append(_list(node, ids, inline))
            elif isinstance(node, Note):  # a footnote, where the source prints it
                open_wrapper = (None, None)
                div.append(_note(node, inline))
            elif isinstance(node, ReferenceList):
                open_wrapper = (None, None)
                refs = SubE(div, "listBibl")
                for ref in node.items:
                    bibl = SubE(refs, "bibl", xml_id=ref.id)
                    inline(bibl, ref.block, 0, len(ref.block.text))
            elif isinstance(node, (Separator, Dateline, Byline)):
                open_wrapper = (None, None)
                tag, attrib = {Separator: ("ab", {"type": "separator"}), Dateline: ("dateline", {}),
                               Byline: ("byline", {})}[type(node)]
                el = SubE(div, tag, **attrib)
                inline(el, node.block, 0, len(node.block.text))
            else:  # pragma: no cover - a rule produced a node no builder knows
                raise TypeError(f"no TEI builder for {type(node).__name__}")
    back = list(back)
    if doc.notes is not None and doc.notes.at is None:
        for k, div in enumerate(_notes(doc.notes, inline)):
            back.insert(k, div)
    if back:
        text.append(E("back", *back))
    return text


def _wrapper_part(div: etree._Element, wrap, before: list[etree._Element]) -> etree._Element:
    """The block quotation around the next paragraphs. A footnote it runs past stands where the
    source prints it, outside (a block quotation holds paragraphs only): the quotation goes on
    in a second part, linked to the first by @next/@prev as a quotation broken off is."""
    attrib = dict(wrap.attrib)
    if before and "xml_id" in attrib:
        last = before[-1]
        attrib["xml_id"] = f"{wrap.attrib['xml_id']}-{len(before) + 1}"
        attrib["prev"] = f"#{last.get(XML_ID)}"
        if last.get("next") is not None:  # the quotation that follows: the last part's
            attrib["next"] = last.get("next")
        last.set("next", f"#{attrib['xml_id']}")
    part = SubE(div, wrap.tag, **attrib)
    before.append(part)
    return part


def _notes(notes: Notes, inline: Inline) -> list[etree._Element]:
    """The source's own endnotes (in ``back``, or in the body where they stand when another
    closing section follows them); each note keeps its marker ("[1]") as text. Under the
    heading, a part's line ("Endnotes" / "Chapter One") heads a division of its own that holds
    the notes, the heading's division holding only the heading (a division has one head)."""
    div = E("div", type="notes")
    divs = [div]
    if notes.head is not None:
        inline(SubE(div, "head"), notes.head, 0, len(notes.head.text))
    if notes.part is not None:
        div = E("div", type="notes")
        divs.append(div)
        inline(SubE(div, "head"), notes.part, 0, len(notes.part.text))
    for note in notes.notes:
        div.append(_note(note, inline))
    return divs


def _note(note: Note, inline: Inline) -> etree._Element:
    """One note of the source, its marker kept as text: ``place`` "end", or "foot" for a
    footnote kept in the body under the paragraph that calls it."""
    el = E("note", place=note.place, n=note.number, xml_id=note_id(note.key))
    if not note.more:
        inline(el, note.block, 0, len(note.block.text))
        return el
    for block in note.blocks:  # a note of several paragraphs: one p each
        inline(SubE(el, "p"), block, 0, len(block.text))
    return el


def _list(node: ListBlock, ids: IdAllocator, inline: Inline) -> etree._Element:
    el = E("list", type=node.type, xml_id=ids.next("list"))
    for item in node.items:
        SubE(el, "label", item.label)
        it = SubE(el, "item", xml_id=ids.next("item"))
        inline(it, item.block, item.item_start, len(item.block.text))
    return el


def build_title_page(opening: Opening, author_ref: str | None, inline: Inline) -> etree._Element:
    """The opening lines in source order: docAuthor (or byline), docTitle, docImprint."""
    page = E("titlePage")
    for block in opening.blocks:
        if block is opening.author:
            page.append(_author(block, author_ref, inline))
        elif opening.source_line is not None and block is opening.source_line.block:
            page.append(_imprint(opening.source_line))
        elif any(block is office for office in opening.offices):
            office = E("byline")
            inline(office, block, 0, len(block.text))
            if len(office) == 0:  # the works the author is named for, quoted: titles, as the imprint's are
                office = _with_quoted_titles("byline", block.text)
            page.append(office)
        else:
            kind = "main" if block is opening.title else "sub"
            part = E("titlePart", type=kind)
            inline(part, block, 0, len(block.text))
            page.append(E("docTitle", part))
    return page


def _author(block: Block, author_ref: str | None, inline: Inline) -> etree._Element:
    text = block.text
    if not names_author(text):  # "TRANSLATED BY LADY WALLACE.": a name, not the author's
        lead = byline_lead(text)
        return E("byline", text[:lead], E("persName", text[lead:]))
    name_start, name_end = byline_name(text)
    # a note's call glued to the name ("… and G. Vernon Byrd[1]") is the note's, not the name's
    call = CALL_AT_END.search(text, name_start, name_end)
    if call:
        name_end = call.start()
    name = E("persName", ref=f"#{author_ref}" if author_ref else None)
    name.text = text[name_start:name_end].rstrip(",;")
    # (the comma after the name, the author's office on the next line, is no part of it; nor
    # the semicolon before a translator's clause)
    name.tail = text[name_start + len(name.text):name_end] or None
    if name_start or name_end < len(text):  # "By", a pseudonym after: the byline's words
        author = E("docAuthor", name)
        byline = E("byline", text[:name_start], author)
        inline(byline, block, name_end, len(text))
        return byline
    return E("docAuthor", name)


_QUOTED_IN_SOURCE = re.compile(r"[\"“][A-Z][^\"“”]{1,80}[\"”]")


def _with_quoted_titles(tag: str, text: str) -> etree._Element:
    """``text`` in the element ``tag``, each title in quotation marks in it a ``title``
    ("Author of \"The Dual Alliance v. The Triple Entente,\" and …")."""
    el = E(tag)
    pos = 0
    for m in _QUOTED_IN_SOURCE.finditer(text):
        append(el, text[pos:m.start()])
        el.append(E("title", m.group()))
        pos = m.end()
    append(el, text[pos:])
    return el


def _imprint(line: SourceLine) -> etree._Element:
    """The source line with its journal title and date marked where they stand."""
    text = line.block.text
    spans = []
    if line.journal:
        offset, value = line.journal
        spans.append((offset, offset + len(value), E("title", value, level="j")))
    if line.date:
        offset, value = line.date
        spans.append((offset, offset + len(value), E("docDate", value, when=line.when)))
    # a title in quotation marks inside it: 'A New Series of "The Scots Magazine" 2 (March 1818)'
    for m in _QUOTED_IN_SOURCE.finditer(text):
        if not any(m.start() < end and start < m.end() for start, end, _ in spans):
            spans.append((m.start(), m.end(), E("title", m.group())))
    imprint = E("docImprint")
    pos = 0
    for start, end, el in sorted(spans, key=lambda s: s[0]):
        append(imprint, text[pos:start])
        imprint.append(el)
        pos = end
    append(imprint, text[pos:])
    return imprint
