# SPDX-License-Identifier: MIT
"""The corpus's search index, made by Pagefind (https://pagefind.app) through its Python API.

Pagefind splits its index into chunks of words, filters and one fragment per page, so that a
query loads the chunks holding its words and the fragments of the results it shows: what a
reader's browser loads grows with the query's results, not with the corpus. The engine runs in
the browser as WebAssembly (``pagefind/pagefind.js``), driven by ``assets/corpus-search.js``.

What is indexed is the search design of one text (edition.render.search), the same entries:
each located block of a reading page (paragraph, list item, heading, note) with its words, the
words only the other reading has (sic, orig), and the register entries it names. For each text
one page is given to Pagefind, made here from its digest and never published: every block is a
section headed by its place (``<h6 id="p-12">¶ 12</h6>``), so that Pagefind's sub-results lead
to the paragraph (``NAME/index.html#p-12``), not only to the article; after the words of a block
come, between ``⸢`` and ``⸣``, every form the registers give the persons and works it names
that its words do not hold (a name's headword and every spelling), so that any of them finds the
places naming the person; corpus-search.js cuts them out of the excerpts it shows. The text's
author, publication, year, persons and works are its filters; its title, author, publication
and date the result's metadata.

Pagefind writes the whole index at each build of the corpus pages (it has no update in place);
the pages given to it are made from the digests, so no reading page is read again.
"""

from __future__ import annotations

import asyncio
import html
import tempfile
import threading
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.render.browse import facts, headword
from edition.render.digest import Digest

FOLDER = "pagefind"  # under the site's root
HIDDEN_OPEN, HIDDEN_CLOSE = "⸢", "⸣"  # around the forms a block's words do not hold


def index_page(digest: Digest) -> str:
    """The page Pagefind indexes for one text (see the module's doc)."""
    told = facts(digest)
    lang = _language(digest)
    forms = {item["id"]: item["forms"] for item in digest.names}
    out = [f'<!DOCTYPE html><html lang="{_a(lang)}"><head><title>{_t(told.title)}</title></head>'
           f'<body><main data-pagefind-body>'
           f'<h1 data-pagefind-meta="title">{_t(told.title)}</h1>']
    meta = {"author": "; ".join(told.authors), "publication": told.publication,
            "date": told.date}
    for key, value in meta.items():
        if value:
            out.append(f'<span data-pagefind-meta="{key}:{_a(value)}"></span>')
    filters = [("author", a) for a in told.authors]
    filters += [("publication", told.publication), ("year", told.year)]
    filters += [("person", headword("person", _parse(xml))) for _, _, xml in digest.persons]
    filters += [("work", headword("work", _parse(xml))) for _, _, xml in digest.works]
    for key, value in dict.fromkeys(filters):
        if value:
            out.append(f'<span data-pagefind-filter="{key}:{_a(value)}"></span>')
    for entry in digest.search:
        ident = entry["href"].partition("#")[2]
        words = entry["text"]
        hidden = [entry["alt"]] if entry.get("alt") else []
        folded = f" {words.casefold()} "
        for ref in entry.get("refs", ()):
            hidden += [form for form in forms.get(ref.lstrip("#"), ())
                       if f" {form.casefold()} " not in folded]
        extra = f" {HIDDEN_OPEN}{' · '.join(dict.fromkeys(hidden))}{HIDDEN_CLOSE}" if hidden else ""
        out.append(f'<h6 id="{_a(ident)}">{_t(entry["label"])}</h6><p>{_t(words)}{_t(extra)}</p>')
    out.append("</main></body></html>")
    return "".join(out)


def _language(digest: Digest) -> str:
    if digest.header:
        found = _parse(digest.header).xpath(
            "string(.//*[local-name() = 'langUsage']/*[local-name() = 'language'][1]/@ident)")
        if found:
            return found
    return "en"


def _parse(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode("utf-8"))


def _t(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def build_index(digests: list[Digest], out_dir: Path) -> list[Path]:
    """Index every text of ``digests`` into ``out_dir/pagefind``; returns the files written."""
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError:
        raise EditionError("the corpus search needs Pagefind: pip install 'pagefind[bin]'") \
            from None
    target = out_dir / FOLDER
    # in the texts' own order, whatever order their builds finished in (--jobs, Dask): Pagefind
    # names its files by their contents, which follow the order pages are given
    digests = sorted(digests, key=lambda d: d.name)

    async def run() -> None:
        config = IndexConfig(output_path=str(target), keep_index_url=True)
        # the pages written to a folder and indexed as one (Pagefind's --site): given one at a
        # time, each waits a tenth of a second for its answer (111 ms a text, bench/corpus_site.py)
        with tempfile.TemporaryDirectory(prefix="edition-pagefind-") as pages:
            for d in digests:
                page = Path(pages) / d.name / "index.html"
                page.parent.mkdir()
                page.write_text(index_page(d), encoding="utf-8")
            async with PagefindIndex(config=config) as index:
                await index.add_directory(pages)

    failed: list[BaseException] = []

    def in_thread() -> None:  # its own event loop, whatever loop the caller may be running
        try:
            asyncio.run(run())
        except BaseException as err:  # noqa: BLE001 - handed to the caller
            failed.append(err)

    worker = threading.Thread(target=in_thread, name="pagefind")
    worker.start()
    worker.join()
    if failed:  # the binary missing or refusing: say so; the staged build is then dropped
        err = failed[0]
        raise EditionError(f"Pagefind could not index the corpus: {type(err).__name__}: {err}")
    return sorted(p for p in target.rglob("*") if p.is_file())


def stale(out_dir: Path, written: list[Path]) -> list[Path]:
    """The files of an earlier index under ``out_dir/pagefind`` that this one does not have
    (Pagefind names its chunks by their content, so a new index leaves the old ones)."""
    keep = {p.resolve() for p in written}
    folder = out_dir / FOLDER
    return [p for p in folder.rglob("*") if p.is_file() and p.resolve() not in keep] \
        if folder.is_dir() else []
