# SPDX-License-Identifier: MIT
"""The print edition's pages in the EPUB: a page-break marker where each page of the PDF begins,
and the navigation document's page list.

The pages come from FOP's layout of the same FO the PDF was made from (its intermediate format,
as the print index's pages do: ``edition.render.fop``): the words of the reading text in the
order they were laid out, each with the page it begins on. The reading text is what the tagged
PDF's structure says it is: running heads are artifacts, and the paragraph numbers in the margin
(a list-item label of role Div) and the footnotes are left out. The EPUB's words are read the same
way from its content documents (not the footnotes, the note marks, the paragraph numbers), the
two word sequences aligned, and each page's first word found in the EPUB. A page without text
(a blank verso) is marked where the next page begins; a page whose first words the EPUB does not
have is left out, with a warning. No page is invented.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition.render import fop
from edition.xmlsafe import parse_xml_file

IF = f"{{{fop.IF_NS}}}"
FOI = "{http://xmlgraphics.apache.org/fop/internal}"
FO = "{http://www.w3.org/1999/XSL/Format}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB = "{http://www.idpf.org/2007/ops}"
SPINE = ("OEBPS/titlepage.xhtml", "OEBPS/text.xhtml", "OEBPS/index.xhtml")
NAV = "OEBPS/nav.xhtml"
# Elements whose edges part words (the rest are inline: "Stalin</span>’s" is one word).
BLOCKS = {f"{XHTML}{name}" for name in (
    "p", "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "aside", "br", "body", "nav")}
MAX_SKIP = 5  # words a page's first word may be off the aligned words (a word print spells apart)


@dataclass
class PrintPages:
    """The reading text of the print edition as laid out: its words (letters and digits, folded
    to lower case), the page each begins on (as printed), and every page in order."""

    words: list[str]
    word_pages: list[str]
    pages: list[str]


def words_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).casefold()


def print_pages(fo_file: Path, out_dir: Path, name: str, config: Path | None = None) -> PrintPages:
    """Lay ``fo_file`` out with FOP (the intermediate format) and read its pages' words."""
    with tempfile.TemporaryDirectory(prefix=f".{name}.", suffix=".fop", dir=out_dir) as tmp:
        layout = Path(tmp) / "epub-layout.if.xml"
        fop.render(fo_file, layout, intermediate=True, config=config)
        return read_layout(layout)


def read_layout(if_file: Path) -> PrintPages:
    root = parse_xml_file(if_file).getroot()
    outside = _outside_reading_text(root)
    words: list[str] = []
    word_pages: list[str] = []
    pages: list[str] = []
    current = ""  # the word being read
    current_page = ""
    line = None  # (page, viewport, y) of the last text read
    hyphenated = False

    def flush():
        nonlocal current
        word = words_of(current)
        if word:
            words.append(word)
            word_pages.append(current_page)
        current = ""

    for page in root.iter(f"{IF}page"):
        name = page.get("name")
        pages.append(name)
        for viewport_number, viewport in enumerate(page.iter(f"{IF}viewport")):
            for text in viewport.iter(f"{IF}text"):
                ref = text.get(f"{FOI}struct-ref")
                if ref is None or ref in outside:  # an artifact, a margin number, a footnote
                    continue
                place = (name, viewport_number, text.get("y"))
                if place != line and not hyphenated:
                    flush()  # a new line: a word ends, unless the last was hyphenated
                line = place
                string = text.text or ""
                hyphenated = text.get("hyphenated") == "true"
                if hyphenated and string.endswith(("-", "\u00ad", "\u2010")):
                    string = string[:-1]
                for ch in string:
                    if ch.isspace():
                        flush()
                    else:
                        if not current:
                            current_page = name
                        current += ch
    flush()
    return PrintPages(words, word_pages, pages)


def _outside_reading_text(root: etree._Element) -> set[str]:
    """The struct-ids of what is laid out but is not the reading text: footnotes (the EPUB has
    them after the text) and paragraph numbers (the EPUB has them in the text, as marks)."""
    outside = set()
    for tree in root.iter(f"{IF}structure-tree"):
        for element in tree.iter(f"{FO}footnote", f"{FO}list-item-label"):
            if element.tag == f"{FO}list-item-label" and element.get("role") != "Div":
                continue
            for marked in element.iter():
                ref = marked.get(f"{FOI}struct-id")
                if ref is not None:
                    outside.add(ref)
    return outside


@dataclass
class _Place:
    """Where a word of the EPUB begins: in ``element``'s text or tail, at ``offset``."""

    file: str
    element: etree._Element
    tail: bool
    offset: int


def _epub_words(files: dict[str, etree._Element]) -> tuple[list[str], list[_Place]]:
    words: list[str] = []
    places: list[_Place] = []
    state = {"word": "", "place": None}

    def flush():
        word = words_of(state["word"])
        if word:
            words.append(word)
            places.append(state["place"])
        state["word"] = ""

    def read(string: str | None, file: str, element, tail: bool):
        for offset, ch in enumerate(string or ""):
            if ch.isspace():
                flush()
            else:
                if not state["word"]:
                    state["place"] = _Place(file, element, tail, offset)
                state["word"] += ch

    def walk(element, file):
        if _skipped(element):
            return
        block = element.tag in BLOCKS
        if block:
            flush()
        read(element.text, file, element, False)
        for child in element:
            walk(child, file)
            if child.tail:
                read(child.tail, file, child, True)
        if block:
            flush()

    for file in SPINE:
        if file in files:
            walk(files[file].find(f"{XHTML}body"), file)
            flush()
    return words, places


def _skipped(element) -> bool:
    """Not the reading text: the footnotes, the note marks, the paragraph numbers."""
    if not isinstance(element.tag, str):
        return True
    classes = (element.get("class") or "").split()
    return bool({"footnotes", "noteref", "pnum"} & set(classes)) or element.get(f"{EPUB}type") == "footnote"


def place(files: dict[str, etree._Element], pages: PrintPages, name: str) -> list[str]:
    """Mark each page of ``pages`` in the EPUB's content documents (``files``, changed in place)
    and list them in the navigation document's page list; return the warnings."""
    words, places = _epub_words(files)
    matcher = difflib.SequenceMatcher(None, pages.words, words, autojunk=False)
    aligned: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            aligned[block.a + k] = block.b + k
    first_word: dict[str, int] = {}
    for index, page in enumerate(pages.word_pages):
        first_word.setdefault(page, index)

    found: dict[str, int] = {}  # page -> index of its first word in the EPUB
    for page in pages.pages:
        index = first_word.get(page)
        if index is None:
            continue
        for skip in range(MAX_SKIP + 1):
            if index + skip in aligned and (index + skip >= len(pages.words)
                                            or pages.word_pages[index + skip] == page):
                found[page] = max(aligned[index + skip] - skip, 0)
                break
    placed: list[tuple[str, int]] = []
    unplaced: list[str] = []
    later = None
    for page in reversed(pages.pages):  # a page without words: where the next one begins
        if page in found:
            later = found[page]
        elif page not in first_word and later is not None:
            found[page] = later
        if page in found:
            placed.append((page, found[page]))
        else:
            unplaced.append(page)
    placed.reverse()
    unplaced.reverse()
    # Markers go in from the last, so that the offsets of the earlier ones stay true.
    for page, index in reversed(placed):
        _mark(places[index], page)
    _page_list(files[NAV], [(page, places[index].file) for page, index in placed])
    warnings = []
    if unplaced:
        warnings.append(f"{name}.epub: page{'s' * (len(unplaced) > 1)} "
                        f"{', '.join(unplaced)} of the print edition not found in the EPUB's text: "
                        "left out of its page list")
    return warnings


def page_id(page: str) -> str:
    return "page-" + re.sub(r"[^A-Za-z0-9_.-]", "_", page)


def _mark(where: _Place, page: str) -> None:
    marker = etree.Element(f"{XHTML}span", {f"{EPUB}type": "pagebreak", "role": "doc-pagebreak",
                                            "id": page_id(page), "aria-label": page})
    element = where.element
    if where.tail:
        marker.tail = element.tail[where.offset:]
        element.tail = element.tail[:where.offset]
        element.addnext(marker)
    else:
        marker.tail = element.text[where.offset:]
        element.text = element.text[:where.offset]
        element.insert(0, marker)


def _page_list(nav: etree._Element, pages: list[tuple[str, str]]) -> None:
    listed = nav.find(f".//{XHTML}nav[@{EPUB}type='page-list']")
    if listed is None:
        return
    if not pages:  # an empty list is not allowed: no page list at all
        listed.getparent().remove(listed)
        return
    ol = listed.find(f"{XHTML}ol")
    for page, file in pages:
        li = etree.SubElement(ol, f"{XHTML}li")
        link = etree.SubElement(li, f"{XHTML}a", href=f"{file.removeprefix('OEBPS/')}#{page_id(page)}")
        link.text = page
