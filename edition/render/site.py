# SPDX-License-Identifier: MIT
"""The web edition as files: a static site that works from file:// and from any static host.

    DIR/assets/            the CSS, the script and the icon (xslt/html/assets), shared
    DIR/NAME/index.html    the reading text; persons, works, organisations, about, search .html
    DIR/NAME/NAME.xml      the TEI, for download, with the schemas its xml-model PIs name (schema/)
    DIR/NAME/search-index.js
    DIR/index.html         the list of articles (build_corpus); with several, also the persons,
                           works and search across them

Each file appears complete or not at all (``write_atomic``).
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.output import write_atomic
from edition.render import search
from edition.render.html import CORPUS_PAGES, DOCUMENT_PAGES, WebSettings, page_file, render_page
from edition.render.xslt import XSLT_DIR
from edition.tei.ns import TEI_NS, XML_ID
from edition.validation import install_schemas

ASSETS = XSLT_DIR / "html" / "assets"
ASSETS_FOLDER = "assets"  # under DIR; the stylesheets reach it through root.href
SEARCH_INDEX = "search-index.js"  # beside each search page (xslt/html/shell.xsl loads it)


@dataclass
class WebResult:
    written: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, for reports


def build_site(tree: etree._ElementTree, name: str, out_dir: Path,
               settings: WebSettings = WebSettings(), *, tei: bytes, pdf: str | None = None,
               corpus: bool = True, source: str | None = None) -> WebResult:
    """Write the pages of one document to ``out_dir/name/`` and the assets to ``out_dir/assets``.

    ``tei`` is the TEI file offered for download; ``pdf`` the print edition's file name in
    ``out_dir``, if there is one; ``corpus``: a list of articles stands at ``out_dir/index.html``.
    """
    folder = out_dir / name
    context = {"root.href": "../", "document.name": name, "tei.href": f"{name}.xml",
               "pdf.href": f"../{pdf}" if pdf else "", "corpus.index": "1" if corpus else ""}
    result = WebResult()
    found: list[dict[str, str]] = []
    for page in DOCUMENT_PAGES:
        started = time.perf_counter()
        html = render_page(tree, page, settings, context=context, name=source)
        result.timings[f"xslt {page}"] = time.perf_counter() - started
        if html is None:
            continue
        _write(result, folder / page_file(page), html)
        if page == "text":
            found = search.entries(html)
    _write(result, folder / f"{name}.xml", tei)
    install_schemas(folder)  # where the TEI's <?xml-model?> PIs point
    _write(result, folder / SEARCH_INDEX, search.index_script(found))
    result.written += copy_assets(out_dir)
    return result


def build_corpus(documents: list[tuple[str, etree._ElementTree]], out_dir: Path,
                 settings: WebSettings = WebSettings()) -> WebResult:
    """The pages across ``documents`` (name and TEI of each, their sites already built in
    ``out_dir``): the list of articles and, with several, persons, works and search."""
    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS})
    for name, tree in documents:
        tei = copy.deepcopy(tree.getroot())  # the documents' own trees stay as they are
        tei.set(XML_ID, name)  # the folder the corpus pages link to
        corpus.append(tei)
    result = WebResult()
    for page in CORPUS_PAGES:
        started = time.perf_counter()
        html = render_page(etree.ElementTree(corpus), page, settings, context={"root.href": ""})
        result.timings[f"xslt corpus {page}"] = time.perf_counter() - started
        if html is not None:
            _write(result, out_dir / page_file(page), html)
    if len(documents) > 1:
        found = []
        for name, _ in documents:
            text = (out_dir / name / "index.html").read_bytes()
            title = search.page_title(text)
            for entry in search.entries(text, f"{name}/index.html"):
                found.append({**entry, "document": title})
        _write(result, out_dir / SEARCH_INDEX, search.index_script(found))
    result.written += copy_assets(out_dir)
    return result


def copy_assets(out_dir: Path) -> list[Path]:
    """Copy the shipped assets to ``out_dir/assets``; a file already there, the same, is left."""
    written = []
    for asset in sorted(ASSETS.iterdir()):
        if not asset.is_file():
            continue
        target = out_dir / ASSETS_FOLDER / asset.name
        data = asset.read_bytes()
        if target.is_file() and target.read_bytes() == data:
            continue
        write_atomic(target, data)
        written.append(target)
    return written


def _write(result: WebResult, path: Path, data: bytes) -> None:
    write_atomic(path, data)
    result.written.append(path)
