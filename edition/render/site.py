# SPDX-License-Identifier: MIT
"""The web edition as files: a static site that works from file:// and from any static host.

    DIR/assets/            the CSS, the script and the icon (xslt/html/assets), shared
    DIR/NAME/index.html    the reading text; persons, works, organisations, about, search .html
    DIR/NAME/NAME.xml      the TEI, for download, with the schemas its xml-model PIs name (schema/)
    DIR/NAME/NAME.csl.json, NAME.bib   the citation as data (CSL-JSON, BibTeX)
    DIR/NAME/search-index.js
    DIR/index.html         the start page: the list of articles (build_corpus), a page of it,
                           and the ways to browse them (DIR/browse/: by year, author,
                           publication; edition.render.browse); search.html, the search across
                           them (Pagefind: DIR/pagefind/, in shards); with several, also the
                           persons and works across them; all reduced from each document's digest
    DIR/corpus.tar.gz, catalogue.json, catalogue.csv   every text's TEI with a teiCorpus
                           header, and one record per text (edition.render.catalogue)
    DIR/sitemap.xml        every page (edition.render.sitemap)
    DIR/.edition-digests/NAME.json   what the corpus pages need of each document (digest.py),
                           read back as the corpus pages are made (edition.render.holdings)

Each file appears complete or not at all (``write_atomic``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from lxml import etree

from edition.output import STAGING_PREFIX, write_atomic
from edition.render import browse, catalogue, citation, pagefind_index, search, sitemap
from edition.render.digest import Digest, digest_path, take
from edition.render.holdings import Holdings
from edition.render.html import DOCUMENT_PAGES, WebSettings, page_file, render_page
from edition.render.xslt import XSLT_DIR
from edition.validation import install_schemas

ASSETS = XSLT_DIR / "html" / "assets"
ASSETS_FOLDER = "assets"  # under DIR; the stylesheets reach it through root.href
SEARCH_INDEX = "search-index.js"  # beside each search page (xslt/html/shell.xsl loads it)
# What the corpus pages add at the site's root, beside index.html, persons.html, works.html and
# search.html (a document cannot take these names: edition.build.RESERVED).
CORPUS_FILES = (browse.FOLDER, "pagefind", "sitemap.xml", "corpus.tar.gz", "catalogue.json",
                "catalogue.csv")


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
    cited = citation.item(tree, name, settings.params(tree)["edition.date"], settings.base_url)
    _write(result, folder / f"{name}.csl.json", citation.csl_json(cited))
    _write(result, folder / f"{name}.bib", citation.bibtex(cited))
    install_schemas(folder)  # where the TEI's <?xml-model?> PIs point
    registered = search.names(tree, found)
    _write(result, folder / SEARCH_INDEX, search.index_script(found, registered))
    result.written += copy_assets(out_dir)
    result.digest = take(tree, name, title, found, registered)
    _write(result, digest_path(out_dir, name), result.digest.to_json())
    return result


def build_corpus(digests: Sequence[Digest], out_dir: Path, settings: WebSettings = WebSettings(),
                 *, search_shard: int = pagefind_index.TEXTS_PER_SHARD) -> WebResult:
    """The pages across the documents whose ``digests`` are given (their sites already built in
    ``out_dir``), in that order: the list of articles and the pages browsing them, the search
    across them and, with several, persons and works. Each page is rendered from a small
    document holding what it shows (edition.render.browse); no TEI is read again. The search
    index holds ``search_shard`` texts a shard (edition.render.pagefind_index).

    ``digests`` may be their files (edition.render.digest.DigestFiles): each is then read once
    for the holdings (edition.render.holdings), whence the browsing pages, the catalogue, the
    archive and the sitemap, and once more when its shard of the search index is made."""
    result = WebResult()
    out_dir.mkdir(parents=True, exist_ok=True)
    with Holdings(digests, out_dir) as holdings:
        started = time.perf_counter()
        for page in browse.pages(holdings):
            html = render_page(page.tree, page.page, settings, context=page.params)
            if html is not None:
                _write(result, out_dir / page.path, html)
        result.timings["xslt corpus browse"] = time.perf_counter() - started
        shards = pagefind_index.shards(len(holdings), search_shard)
        html = render_page(browse.search_document(len(holdings)), "search", settings,
                           context={"root.href": "", "search.shards": str(shards),
                                    "search.every": pagefind_index.EVERY})
        _write(result, out_dir / page_file("search"), html)
        pages = [str(p.relative_to(out_dir)) for p in result.written]
        _catalogue(result, holdings, out_dir, settings)
        started = time.perf_counter()
        # the index as last built, whose unchanged shards are kept: beside a staging folder (a
        # build's files are made in one under the site's folder, edition.output.Staging), or here
        previous = out_dir.parent if out_dir.name.startswith(STAGING_PREFIX) else out_dir
        result.written += pagefind_index.build_index(digests, out_dir, shard_size=search_shard,
                                                     previous=previous,
                                                     folders=(out_dir, previous))
        result.timings["search index (Pagefind)"] = time.perf_counter() - started
        texts = (page for name in holdings.names
                 for page in sitemap.text_pages(name, out_dir, out_dir.parent))
        for file, data in sitemap.made(chain(pages, texts), settings.base_url):
            _write(result, out_dir / file, data)
    result.written += copy_assets(out_dir)
    return result


def _catalogue(result: WebResult, holdings: Holdings, out_dir: Path,
               settings: WebSettings) -> None:
    """The catalogue of the texts and the archive of their TEI (edition.render.catalogue),
    written a text at a time."""
    params = settings.params()
    title = params["site.title"] or "Articles"
    texts = (holdings.digest(n) for n in range(len(holdings)))
    result.written += catalogue.write(out_dir, texts, len(holdings), title,
                                      params["edition.date"], out_dir, out_dir.parent)


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
