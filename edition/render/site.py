# SPDX-License-Identifier: MIT
"""The web edition as files: a static site that works from file:// and from any static host.

    DIR/assets/            the CSS, the script and the icon (xslt/html/assets), shared
    DIR/NAME/index.html    the reading text; persons, works, organisations, about, search .html
    DIR/NAME/NAME.xml      the TEI, for download, with the schemas its xml-model PIs name (schema/)
    DIR/NAME/NAME.csl.json, NAME.bib   the citation as data (CSL-JSON, BibTeX)
    DIR/NAME/search-index.js
    DIR/index.html         the list of articles (build_corpus) and search.html, the search across
                           them; with several, also the persons and works across them, reduced
                           from each document's digest
    DIR/.edition-digests/NAME.json   what the corpus pages need of each document (digest.py)

Each file appears complete or not at all (``write_atomic``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.output import write_atomic
from edition.render import citation, search
from edition.render.digest import Digest, digest_path, reduce, take
from edition.render.html import CORPUS_PAGES, DOCUMENT_PAGES, WebSettings, page_file, render_page
from edition.render.xslt import XSLT_DIR
from edition.validation import install_schemas

ASSETS = XSLT_DIR / "html" / "assets"
ASSETS_FOLDER = "assets"  # under DIR; the stylesheets reach it through root.href
SEARCH_INDEX = "search-index.js"  # beside each search page (xslt/html/shell.xsl loads it)


@dataclass
class WebResult:
    written: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, for reports
    digest: Digest | None = None  # what the corpus pages need of the document


def build_site(tree: etree._ElementTree, name: str, out_dir: Path,
               settings: WebSettings = WebSettings(), *, tei: bytes, pdf: str | None = None,
               corpus: bool = True, source: str | None = None) -> WebResult:
    """Write the pages of one document to ``out_dir/name/`` and the assets to ``out_dir/assets``.

    ``tei`` is the TEI file offered for download; ``pdf`` the print edition's file name in
    ``out_dir``, if there is one; ``corpus``: a list of articles stands at ``out_dir/index.html``.
    """
    folder = out_dir / name
    context = {"root.href": "../", "document.name": name, "tei.href": f"{name}.xml",
               "pdf.href": f"../{pdf}" if pdf else "", "corpus.index": "1" if corpus else "",
               "citation.href": name}
    result = WebResult()
    found: list[dict] = []
    title = ""
    for page in DOCUMENT_PAGES:
        started = time.perf_counter()
        html = render_page(tree, page, settings, context=context, name=source)
        result.timings[f"xslt {page}"] = time.perf_counter() - started
        if html is None:
            continue
        _write(result, folder / page_file(page), html)
        if page == "text":
            found = search.entries(html)
            title = search.page_title(html)
    _write(result, folder / f"{name}.xml", tei)
    cited = citation.item(tree, name, settings.params()["edition.date"], settings.base_url)
    _write(result, folder / f"{name}.csl.json", citation.csl_json(cited))
    _write(result, folder / f"{name}.bib", citation.bibtex(cited))
    install_schemas(folder)  # where the TEI's <?xml-model?> PIs point
    registered = search.names(tree, found)
    _write(result, folder / SEARCH_INDEX, search.index_script(found, registered))
    result.written += copy_assets(out_dir)
    result.digest = take(tree, name, title, found, registered)
    _write(result, digest_path(out_dir, name), result.digest.to_json())
    return result


def build_corpus(digests: list[Digest], out_dir: Path,
                 settings: WebSettings = WebSettings()) -> WebResult:
    """The pages across the documents whose ``digests`` are given (their sites already built in
    ``out_dir``), in that order: the list of articles, the search across them and, with several,
    persons and works. The digests are reduced to one small document; no TEI is read again."""
    corpus = reduce(digests)
    result = WebResult()
    made = set()
    for page in CORPUS_PAGES:
        started = time.perf_counter()
        html = render_page(corpus, page, settings, context={"root.href": ""})
        result.timings[f"xslt corpus {page}"] = time.perf_counter() - started
        if html is not None:
            _write(result, out_dir / page_file(page), html)
            made.add(page_file(page))
    found, registered = search.corpus_index(
        [(digest.name, digest.title, digest.search, digest.names) for digest in digests],
        frozenset(made))
    _write(result, out_dir / SEARCH_INDEX, search.index_script(found, registered))
    result.written += copy_assets(out_dir)
    return result


def copy_assets(out_dir: Path) -> list[Path]:
    """Copy the shipped assets to ``out_dir/assets``; a file already there, the same, is left.
    Returns every asset's path, copied now or not: what a page needs, whichever build of a
    corpus happened to copy it first (so the list does not depend on the order of builds)."""
    targets = []
    for asset in sorted(ASSETS.iterdir()):
        if not asset.is_file():
            continue
        target = out_dir / ASSETS_FOLDER / asset.name
        data = asset.read_bytes()
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
        targets.append(target)
    return targets


def _write(result: WebResult, path: Path, data: bytes) -> None:
    write_atomic(path, data)
    result.written.append(path)
