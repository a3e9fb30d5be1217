# SPDX-License-Identifier: MIT
"""What the web tests read from TEI and HTML: words of the reading, pages."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from support import ROOT

SCREENSHOTS = ROOT / "build" / "screenshots"  # for people to look at (build/ is not committed)
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# A citation is a bibl in the text outside works-cited lists (and not in another bibl): on the
# page it stays in the text, a link to its work's entry (xslt/html/bibliography.xsl).
CITATIONS = ".//t:bibl[not(ancestor::t:listBibl or ancestor::t:bibl)]"


def words(text: str) -> list[str]:
    """Letters and digits, in order."""
    return re.findall(r"[^\W_]+", text)


def reading_words(element: etree._Element, reading: str = "corrected") -> list[str]:
    """The words of a TEI element as a reading gives them: the corrected one corrections and
    regular forms (not sic, orig) and supplied text; the printed one the source's own forms."""
    copy = etree.fromstring(etree.tostring(element, with_tail=False))
    if reading == "corrected":
        cut = ".//t:choice[t:corr or t:reg]/t:sic | .//t:choice[t:corr or t:reg]/t:orig"
    else:
        cut = (".//t:choice[t:sic or t:orig]/t:corr | .//t:choice[t:sic or t:orig]/t:reg"
               " | .//t:supplied")
    for element in copy.xpath(cut, namespaces=NS):
        _drop(element)
    return words("".join(copy.itertext()))


def text_words(tei: etree._ElementTree, reading: str = "corrected") -> list[str]:
    """The words of the text a reading gives: its front, body and the source's own notes (not
    the works-cited list the edition adds), as in the losslessness rule of docs/ENCODING.md."""
    parts = tei.xpath("//t:text/t:front | //t:text/t:body | //t:text/t:back/t:div[@type='notes']",
                      namespaces=NS)
    return [word for part in parts for word in reading_words(part, reading)]


def _drop(element: etree._Element) -> None:
    """Remove an element, keeping its tail text."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def html(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def pages(root: Path) -> list[Path]:
    """The reader's pages: not the editor's review.html (tests/web/test_review_page.py)."""
    return sorted(p for p in root.rglob("*.html") if p.name != "review.html")
