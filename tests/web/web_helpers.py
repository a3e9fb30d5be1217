# SPDX-License-Identifier: MIT
"""What the web tests read from TEI and HTML: words of the reading, pages, links, requests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# A citation is a bibl in the text outside works-cited lists (and not in another bibl): on the
# page it is a numbered note (xslt/common/bibliography.xsl).
CITATIONS = ".//t:bibl[not(ancestor::t:listBibl or ancestor::t:bibl)]"


def words(text: str) -> list[str]:
    """Letters and digits, in order."""
    return re.findall(r"[^\W_]+", text)


def reading_words(element: etree._Element) -> list[str]:
    """The words of a TEI element as the corrected reading gives them: corrections and regular
    forms (not sic, orig), citations left out (they are notes)."""
    copy = etree.fromstring(etree.tostring(element, with_tail=False))
    for cut in copy.xpath(".//t:choice[t:corr or t:reg]/t:sic | .//t:choice[t:corr or t:reg]/t:orig"
                          " | " + CITATIONS, namespaces=NS):
        _drop(cut)
    return words("".join(copy.itertext()))


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
    return sorted(root.rglob("*.html"))


def requested(driver) -> list[str]:
    """The URLs the browser asked for since the last call (Chromium's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls
