# SPDX-License-Identifier: MIT
"""What the print tests read from TEI, FO and PDF: reading words, notes, pdftotext/pdffonts output.
What is read from a PDF is kept: the PDFs are built once per session and never change."""

from __future__ import annotations

import functools
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
FO = "http://www.w3.org/1999/XSL/Format"
NS = {"t": TEI, "fo": FO}
# A citation is a bibl in the text outside works-cited lists (and not in another bibl); it has
# a reference note (marked a, b, c …) when it cites a work of the works cited and stands outside
# the source's own notes. An editor's note (1, 2, 3 …, the web's numbers) is made by every choice
# with sic or orig outside lists of works (ENCODING.md; xslt/common/notes.xsl).
CITATIONS = "//t:text//t:bibl[not(ancestor::t:listBibl or ancestor::t:bibl)]"
REFERENCED = (CITATIONS + "[not(ancestor::t:note)][substring-after(@corresp, '#') = "
              "/t:TEI/t:text/t:back/t:listBibl/t:bibl/@xml:id]")
CORRECTIONS = "//t:text//t:choice[t:sic or t:orig][not(ancestor::t:listBibl)]"


def words(text: str) -> list[str]:
    """Letters and digits, case kept; hyphens dropped first, so that a word FOP hyphenated at a
    line end (and joined again by ``pdf_text``) compares equal to the TEI's."""
    return re.findall(r"[^\W\d_]+|\d+", text.replace("-", "").replace("\u00ad", ""))


def reading_words(tree: etree._ElementTree) -> list[str]:
    """The words a reader meets in the text, in order: front, body and the source's notes, with
    corrected and regular forms (not sic, orig), citations as the source printed them."""
    root = etree.fromstring(etree.tostring(tree))  # a copy to cut from
    for el in root.xpath("//t:choice/t:sic | //t:choice/t:orig", namespaces=NS):
        _remove_keeping_tail(el)
    text = root.find(f"{{{TEI}}}text")
    parts = text.xpath("t:front | t:body | t:back/t:div[@type='notes']", namespaces=NS)
    return words(" ".join(" ".join(part.itertext()) for part in parts))


def _remove_keeping_tail(el: etree._Element) -> None:
    parent, tail = el.getparent(), el.tail or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def first_missing(expected: list[str], found: list[str]) -> int | None:
    """Index of the first expected word not found, in order, in ``found``; None if all are.
    A note's mark follows its word directly, so after a number pdftotext gives one run of
    digits ("1923" and mark 2: "19232"), after a word one with the letter ("1962)a" reads
    "1962", "a"; "Ogonyok1" reads "Ogonyok", "1"): a number matches a run that starts with it.
    A word hyphenated in a name or a title (an inline of its own) reads as two: the tagged
    PDF's text of "Trot-" is "Trot" (its ActualText, for screen readers), so a word also
    matches two found ones that make it."""
    position = 0
    for index, word in enumerate(expected):
        while position < len(found) and not (
                found[position] == word
                or word.isdigit() and found[position].isdigit() and found[position].startswith(word)
                or found[position] + (found[position + 1] if position + 1 < len(found) else "") == word):
            position += 1
        if position == len(found):
            return index
        if found[position] != word and not found[position].isdigit():
            position += 1  # the word's second half
        position += 1
    return None


@functools.lru_cache(maxsize=None)  # a PDF does not change in a session
def pdf_text(pdf: Path, first: int | None = None, last: int | None = None, *,
             layout: bool = False, crop: tuple[float, float, float, float] | None = None,
             joined: bool = True) -> str:
    """pdftotext's text, with words hyphenated at line ends joined again (unless not
    ``joined``). ``crop`` is (x, y, width, height) in points from the top left corner."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    if crop:
        command += ["-r", "72"] + [arg for flag, value in zip(("-x", "-y", "-W", "-H"), crop)
                                   for arg in (flag, str(round(value)))]
    text = subprocess.run(command + [str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return _join_hyphenated(text) if joined else text


def _join_hyphenated(text: str) -> str:
    return re.sub(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])", "", text)


@functools.lru_cache(maxsize=None)  # a PDF does not change in a session
def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_info(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdfinfo", *options, str(pdf)], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, emb (embedded), sub, uni for each font."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        fields = line.split()
        # The type column may hold spaces ("Type 1C"): read the fixed columns from the right.
        rows.append({"name": fields[0], "emb": fields[-5], "sub": fields[-4], "uni": fields[-3]})
    return rows


def index_entries(pdf: Path, boxes: dict) -> dict[str, list[int]]:
    """The index of persons as printed: name -> page numbers. Each index page is read column by
    column, cropped to the text area (no running heads), as ``page_boxes`` gives them; an
    entry's page numbers may wrap onto more lines."""
    text, pages = "", page_count(pdf)
    for page in range(1, pages + 1):
        if not text and "Index of persons" not in pdf_text(pdf, page, page):
            continue
        for column in boxes["index columns"]["recto" if page % 2 else "verso"]:
            text += pdf_text(pdf, page, page, layout=True, crop=column)
    entries: dict[str, list[int]] = {}
    current = None
    pages = r"\d+(?:–\d+)?(?:,\s*\d+(?:–\d+)?)*,?"
    lines = [line.rstrip() for line in text.split("Index of persons", 1)[1].splitlines() if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in lines), default=0)
    for raw in lines:
        line = raw.strip()
        entry = re.fullmatch(rf"(?P<name>\D+?)(?:\s+(?P<pages>{pages}))?", line)
        if len(raw) - len(line) > margin and current:  # an entry's second line (hanging indent)
            if re.fullmatch(pages, line):
                entries[current] += index_pages(line)
            elif entry:  # the name goes on: "Zhukov, Georgy / Konstantinovich 7, 8"
                name = f"{current} {entry['name']}"
                entries[name] = entries.pop(current) + index_pages(entry["pages"] or "")
                current = name
        elif entry:
            current = entry["name"]
            entries[current] = index_pages(entry["pages"] or "")
    return entries


def index_pages(text: str) -> list[int]:
    """The pages an index entry's numbers stand for: "3–5, 8" -> [3, 4, 5, 8]."""
    pages = []
    for first, last in re.findall(r"(\d+)(?:–(\d+))?", text):
        pages += range(int(first), int(last or first) + 1)
    return pages


@functools.lru_cache(maxsize=None)  # a PDF does not change in a session
def index_start(pdf: Path) -> int:
    """The first page of the index of persons."""
    return min(page for page in range(1, page_count(pdf) + 1)
               if "Index of persons" in pdf_text(pdf, page, page))


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def height(self) -> float:
        return self.y_max - self.y_min


@functools.lru_cache(maxsize=None)  # a PDF does not change in a session
def pdf_lines(pdf: Path) -> dict[int, list[list[Word]]]:
    """Page number -> its lines as pdftotext reads them, each a list of words with their boxes
    (points, from the top left corner; a word's height is its font's size times a constant of
    the face)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         check=True).stdout
    pages = {}
    for number, page in enumerate(etree.fromstring(out).iter("{*}page"), start=1):
        pages[number] = [[Word(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
                          for w in line.iter("{*}word")]
                         for line in page.iter("{*}line")]
    return pages


def footnote_labels(pdf: Path, fo: Path) -> dict[int, list[Word]]:
    """The footnotes as printed: page -> the numbers at its foot (words with their boxes), in
    order. A footnote is found by its number: the first word of a line set in the notes' size
    (the FO's footnote font size, relative to the reading text's, whose size is the commonest
    word height of the text pages) that ends before the column where the notes' text starts."""
    tree = etree.parse(str(fo))
    bodies = tree.xpath("//fo:footnote-body/fo:list-block/@font-size", namespaces=NS)
    if not bodies:
        return {}
    ratio = _points(bodies[0]) / _points(tree.getroot().get("font-size"))
    box = page_boxes(fo)["body"]
    lines = pdf_lines(pdf)
    first_index_page = index_start(pdf)
    text_pages = [page for page in lines if 3 <= page < first_index_page]  # after title, colophon
    heights = Counter(round(word.height, 1) for page in text_pages for line in lines[page]
                      for word in line)
    note_height = heights.most_common(1)[0][0] * ratio
    found = {}
    for page in text_pages:
        notes = [line for line in lines[page] if line and box[1] <= line[0].y_min <= box[1] + box[3]
                 and abs(line[0].height / note_height - 1) < 0.01]
        if not notes:
            continue
        body_start = min(line[1].x_min for line in notes if len(line) > 1)
        labels = [line[0] for line in notes
                  if re.fullmatch(r"\d+|[a-z]+", line[0].text) and line[0].x_max < body_start]
        if labels:
            found[page] = labels
    return found


def footnote_numbers(pdf: Path, fo: Path) -> dict[int, list[str]]:
    """Page -> the marks of the footnotes at its foot, in order ("1", "a" …; see
    ``footnote_labels``)."""
    return {page: [label.text for label in labels]
            for page, labels in footnote_labels(pdf, fo).items()}


def letters(number: int) -> str:
    """A reference note's mark: 1 -> a, 26 -> z, 27 -> aa (xsl:number format="a")."""
    mark = ""
    while number:
        number, rest = divmod(number - 1, 26)
        mark = chr(ord("a") + rest) + mark
    return mark


def reading_text(pdf: Path, fo: Path) -> str:
    """The text as a reader reads it, page after page: the text column of each page without its
    running head, page number, paragraph numbers (in the margin) and footnotes, in layout mode
    (line by line: the raw mode reads a list's labels as a column of their own); words
    hyphenated at a line's or a page's end are joined again."""
    columns = page_boxes(fo)["columns"]
    labels = footnote_labels(pdf, fo)
    pages = []
    for page in range(1, page_count(pdf) + 1):
        x, y, width, height = columns["recto" if page % 2 else "verso"]
        if page in labels:
            height = labels[page][0].y_min - 1 - y  # down to the first footnote
        pages.append(pdf_text(pdf, page, page, layout=True, crop=(x, y, width, height)).strip())
    return _join_hyphenated("\n".join(pages))


_UNITS = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0}


def _points(length: str) -> float:
    """A length of the FO in points: "17mm", "(17mm) * 0.55" (the length in brackets), or
    "10pt * 0.82" (the product)."""
    number, unit, factor = re.fullmatch(r"\(?([\d.]+)(mm|cm|in|pt)\)?(?:\s*\*\s*([\d.]+))?",
                                        length.strip()).groups()
    points = float(number) * _UNITS[unit]
    return points if length.strip().startswith("(") else points * float(factor or 1)


def page_boxes(fo: Path) -> dict:
    """Crop boxes (x, y, width, height, in points) of a text page, from the FO's page masters:
    'head', the top margin (where running heads stand), 'body', the text area with the side
    margins (where paragraph numbers stand), and 'foot', the bottom margin; 'columns': the
    text column alone, of right-hand ('recto') and left-hand ('verso') pages of the text; and
    'index columns': for right-hand and left-hand pages of the index, a box for each of its
    columns (the page cut in the middle of each gap between them); a short index is set on the
    text's masters, in one column."""
    tree = etree.parse(str(fo))
    index = tree.xpath("//fo:page-sequence[@id='_index-pages']/@master-reference", namespaces=NS)
    masters = "text" if index == ["index-short"] else "index"
    master = tree.find(".//fo:simple-page-master[@master-name='text-recto']", NS)
    body = master.find("fo:region-body", NS)
    width, height = _points(master.get("page-width")), _points(master.get("page-height"))
    # The region's margins are written "(17mm) * 0.55": the length in brackets is the page's
    # whole margin, where the text area starts (xslt/fo/pages.xsl).
    top, bottom = _points(body.get("margin-top")), _points(body.get("margin-bottom"))
    boxes = {"head": (0, 0, width, top - 1), "body": (0, top, width, height - top - bottom),
             "foot": (0, height - bottom + 1, width, bottom - 1), "columns": {}, "index columns": {}}
    for side in ("recto", "verso"):
        text = tree.find(f".//fo:simple-page-master[@master-name='text-{side}']", NS)
        left, right = _points(text.get("margin-left")), _points(text.get("margin-right"))
        boxes["columns"][side] = (left, top, width - left - right, height - top - bottom)
    for side in ("recto", "verso"):
        master = tree.find(f".//fo:simple-page-master[@master-name='{masters}-{side}']", NS)
        if master is None:
            continue
        region = master.find("fo:region-body", NS)
        count = int(region.get("column-count", "1"))
        gap = _points(region.get("column-gap", "0pt"))
        left, right = _points(master.get("margin-left")), _points(master.get("margin-right"))
        column = (width - left - right - (count - 1) * gap) / count
        cuts = [0] + [left + i * (column + gap) - gap / 2 for i in range(1, count)] + [width]
        boxes["index columns"][side] = [(cuts[i], top, cuts[i + 1] - cuts[i], height - top - bottom)
                                        for i in range(count)]
    return boxes


# ---- FOP's intermediate format (IF): the laid-out pages as FOP made them for the PDF ----------

IF_NS = "http://xmlgraphics.apache.org/fop/intermediate"


@dataclass(frozen=True)
class Laid:
    """A run of text FOP set: its page (from 1), position in the text area (millipoints, from
    its top left corner), size (points), text, the id of the element it belongs to (the
    paragraph's xml:id, a note's id …), whether FOP hyphenated the word it ends with, and the
    width of the text area (millipoints), beyond which, or before 0, the margins lie."""
    page: int
    x: int
    y: int
    size: float
    text: str
    owner: str
    hyphenated: bool
    width: int

    @property
    def in_margin(self) -> bool:
        """Set in a margin, left or right of the text area: a paragraph number."""
        return self.x < 0 or self.x >= self.width


@functools.lru_cache(maxsize=None)  # an IF file does not change in a session
def laid_out(if_file: Path) -> list[Laid]:
    """Every run of text of the text areas (region-body: the flow and the footnotes), in the
    order FOP set them; running heads and page numbers (the other regions) left out."""
    runs = []
    for number, page in enumerate(etree.parse(str(if_file)).iter(f"{{{IF_NS}}}page"), start=1):
        viewports = list(page.iter(f"{{{IF_NS}}}viewport"))
        body = max(viewports, key=lambda v: int(v.get("height", "0")))
        size, owner = 0.0, ""
        for el in body.iter(f"{{{IF_NS}}}font", f"{{{IF_NS}}}id", f"{{{IF_NS}}}text"):
            name = etree.QName(el).localname
            if name == "font" and el.get("size"):
                size = int(el.get("size")) / 1000
            elif name == "id":
                owner = el.get("name", "")
            elif name == "text":
                runs.append(Laid(number, int(el.get("x", "0")), int(el.get("y", "0")), size,
                                 el.text or "", owner, el.get("hyphenated") == "true",
                                 int(body.get("width"))))
    return runs


def laid_lines(if_file: Path) -> list[list[Laid]]:
    """The lines of the text areas, in order: the runs on one page at one baseline (a note's
    mark with its line), the paragraph numbers in the margin left out."""
    lines: list[list[Laid]] = []
    for run in laid_out(if_file):
        if run.in_margin:
            continue
        # a note's mark stands a little above its line's baseline
        if lines and lines[-1][0].page == run.page and abs(lines[-1][0].y - run.y) < 5000:
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


# The smallest FO a test renders: one page, one block of the given content.
SMALL_FO = """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Linux Libertine O">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="page" page-width="100mm" page-height="80mm">
      <fo:region-body margin="10mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="page">
    <fo:flow flow-name="xsl-region-body">
      {block}
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""


def small_fo(folder: Path, name: str, block: str) -> Path:
    """``folder/name.fo`` holding ``block`` as the page's one block."""
    path = folder / f"{name}.fo"
    path.write_text(SMALL_FO.format(block=block), encoding="utf-8")
    return path
