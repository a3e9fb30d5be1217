# SPDX-License-Identifier: MIT
"""What the print tests read from TEI, FO and PDF: reading words, notes, pdftotext/pdffonts output."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
FO = "http://www.w3.org/1999/XSL/Format"
NS = {"t": TEI, "fo": FO}
# A citation is a bibl in the text outside works-cited lists (and not in another bibl); a
# correction is a choice with sic or orig outside any bibl (ENCODING.md; xslt/common/notes.xsl).
CITATIONS = "//t:text//t:bibl[not(ancestor::t:listBibl or ancestor::t:bibl)]"
CORRECTIONS = "//t:text//t:choice[t:sic or t:orig][not(ancestor::t:bibl)]"


def words(text: str) -> list[str]:
    """Letters and digits, case kept; hyphens dropped first, so that a word FOP hyphenated at a
    line end (and joined again by ``pdf_text``) compares equal to the TEI's."""
    return re.findall(r"[^\W\d_]+|\d+", text.replace("-", "").replace("\u00ad", ""))


def reading_words(tree: etree._ElementTree) -> list[str]:
    """The words a reader meets in the text, in order: front, body and the source's notes, with
    corrected and regular forms (not sic, orig), without the citations (they are notes)."""
    root = etree.fromstring(etree.tostring(tree))  # a copy to cut from
    for el in root.xpath(f"{CITATIONS} | //t:choice/t:sic | //t:choice/t:orig", namespaces=NS):
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
    digits ("1923" and mark 2: "19232"): a number matches such a run that starts with it."""
    position = 0
    for index, word in enumerate(expected):
        while position < len(found) and not (
                found[position] == word
                or word.isdigit() and found[position].isdigit() and found[position].startswith(word)):
            position += 1
        if position == len(found):
            return index
        position += 1
    return None


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None, *,
             layout: bool = False, crop: tuple[float, float, float, float] | None = None) -> str:
    """pdftotext's text, with words hyphenated at line ends joined again. ``crop`` is
    (x, y, width, height) in points from the top left corner."""
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
    return re.sub(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])", "", text)


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


def index_entries(pdf: Path, body: tuple[float, float, float, float]) -> dict[str, list[int]]:
    """The index of persons as printed: name -> page numbers. ``body`` crops each page to the
    text area (no running heads); an entry's page numbers may wrap onto more lines."""
    text, pages = "", page_count(pdf)
    for page in range(1, pages + 1):
        page_text = pdf_text(pdf, page, page, layout=True, crop=body)
        if text or "Index of persons" in page_text:
            text += page_text
    entries: dict[str, list[int]] = {}
    current = None
    for line in text.split("Index of persons", 1)[1].splitlines():
        line = line.strip()
        entry = re.fullmatch(r"(?P<name>\D+?)\s+(?P<pages>\d+(?:,\s*\d+)*,?)", line)
        if entry:
            current = entry["name"]
            entries[current] = [int(p) for p in re.findall(r"\d+", entry["pages"])]
        elif current and re.fullmatch(r"\d+(?:,\s*\d+)*,?", line):
            entries[current] += [int(p) for p in re.findall(r"\d+", line)]
    return entries


_UNITS = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0}


def _points(length: str) -> float:
    number, unit = re.fullmatch(r"\(?([\d.]+)(mm|cm|in|pt)\)?.*", length.strip()).groups()
    return float(number) * _UNITS[unit]


def page_boxes(fo: Path) -> dict[str, tuple[float, float, float, float]]:
    """Crop boxes (x, y, width, height, in points) of a text page, from the FO's page master:
    'head', the top margin (where running heads stand), and 'body', the text area."""
    master = etree.parse(str(fo)).find(".//fo:simple-page-master[@master-name='text-recto']", NS)
    body = master.find("fo:region-body", NS)
    width, height = _points(master.get("page-width")), _points(master.get("page-height"))
    # The region's margins are written "(17mm) * 0.55": the length in brackets is the page's
    # whole margin, where the text area starts (xslt/fo/pages.xsl).
    top, bottom = _points(body.get("margin-top")), _points(body.get("margin-bottom"))
    return {"head": (0, 0, width, top - 1), "body": (0, top, width, height - top - bottom)}
