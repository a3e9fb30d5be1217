# SPDX-License-Identifier: MIT
"""The site's ``sitemap.xml`` (sitemaps.org 0.9): every corpus page and each text's pages.

A sitemap file holds at most ``PER_FILE`` addresses (the protocol allows 50,000; fewer keep each
file under 1 MB): a larger site's ``sitemap.xml`` is a sitemap index of ``sitemap-1.xml`` …
beside it. The addresses are absolute when the site's address is known (``--base-url``), as
crawlers need; else relative to the sitemap, which says so in a comment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from lxml import etree

SITEMAP = "sitemap.xml"
PER_FILE = 10_000
_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# The pages every text has (edition.render.site), and those it may have.
TEXT_PAGES = ("index.html", "about.html")
MAYBE_PAGES = ("persons.html", "works.html", "organisations.html")


def text_pages(name: str, *folders: Path) -> list[str]:
    """The pages of the text ``name`` the site holds, looked for in ``folders`` (a corpus
    build's finish writes in a staging folder inside the output folder, where its texts are)."""
    found = [f"{name}/{page}" for page in TEXT_PAGES]
    for page in MAYBE_PAGES:
        if any((folder / name / page).is_file() for folder in folders):
            found.append(f"{name}/{page}")
    return found


def sitemaps(paths: Iterable[str], base_url: str = "") -> dict[str, bytes]:
    """The sitemap files for the pages ``paths`` (relative to the site's root): file name ->
    content."""
    return dict(made(paths, base_url))


def made(paths: Iterable[str], base_url: str = "") -> Iterator[tuple[str, bytes]]:
    """The sitemap files for the pages ``paths``, one at a time (file name, content): the
    addresses of one file are held at once, not the site's."""
    paths = iter(paths)
    chunk, after = list(islice(paths, PER_FILE)), list(islice(paths, PER_FILE))
    if not after:
        yield SITEMAP, _file("urlset", "url", chunk, base_url)
        return
    files = []
    while chunk:
        files.append(f"sitemap-{len(files) + 1}.xml")
        yield files[-1], _file("urlset", "url", chunk, base_url)
        chunk, after = after, list(islice(paths, PER_FILE))
    yield SITEMAP, _file("sitemapindex", "sitemap", files, base_url)


def _file(root_name: str, item: str, paths: list[str], base_url: str) -> bytes:
    root = etree.Element(f"{{{_NS}}}{root_name}", nsmap={None: _NS})
    if not base_url:
        root.append(etree.Comment(" addresses relative to this file: build with the base-url option for "
                                  "the absolute addresses crawlers need "))
    for path in paths:
        etree.SubElement(etree.SubElement(root, f"{{{_NS}}}{item}"), f"{{{_NS}}}loc").text = \
            base_url + path
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
