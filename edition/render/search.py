# SPDX-License-Identifier: MIT
"""The web edition's search index, built from the reading page itself.

Every block the stylesheets mark with ``data-locator`` (paragraphs, list items, headings, notes)
becomes one entry: where it is (href, its citation form "¶ 12", its section) and its words as the
reader sees them; the words only the other reading has (sic, orig) are kept apart, so that a
search for a misprint finds its paragraph too. Taking the words from the HTML, not the TEI, means
the index can never disagree with the page. The index is written as a script
(``window.EDITION_SEARCH = {…}``) because browsers refuse to fetch JSON from file:// pages.
"""

from __future__ import annotations

import copy
import json

import lxml.html

# What the reader does not read as text: paragraph numbers, note marks, back links.
_APPARATUS = ("pnum", "note-ref", "note-back")


def entries(page: bytes, href: str = "index.html") -> list[dict[str, str]]:
    """One entry per located block of ``page``; links are ``href#id``."""
    doc = lxml.html.fromstring(page)
    found = []
    for block in doc.xpath("//main//*[@data-locator][@id]"):
        words, other = _words(block)
        entry = {"href": f"{href}#{block.get('id')}", "label": block.get("data-locator"),
                 "section": _section(block), "text": words}
        if other:
            entry["alt"] = other
        found.append(entry)
    return found


def _words(block) -> tuple[str, str]:
    """The block's text as shown, and the text of its forms hidden in this reading."""
    block = copy.deepcopy(block)
    for element in block.xpath(".//*[@class]"):
        if set(element.get("class").split()) & set(_APPARATUS):
            element.drop_tree()
    hidden = block.xpath(".//*[@hidden]")
    other = " ".join(element.text_content() for element in hidden)
    for element in hidden:
        element.drop_tree()
    return " ".join(block.text_content().split()), " ".join(other.split())


def _section(block) -> str:
    """The heading of the section the block stands in ('' before the first heading)."""
    heads = block.xpath("ancestor::section[1]/*[self::h2 or self::h3 or self::h4 or self::h5 "
                        "or self::h6][1]")
    return " ".join(heads[0].text_content().split()) if heads else ""


def page_title(page: bytes) -> str:
    """The title the page's h1 gives (the article's, on a reading page)."""
    heads = lxml.html.fromstring(page).xpath("//*[@id='_title']")
    return " ".join(heads[0].text_content().split()) if heads else ""


def index_script(found: list[dict[str, str]]) -> bytes:
    """The search-index.js a search page loads."""
    data = json.dumps({"entries": found}, ensure_ascii=False, indent=0, sort_keys=True)
    return f"/* The search index of edition.js, written by edition build. */\n" \
           f"window.EDITION_SEARCH = {data};\n".encode("utf-8")
