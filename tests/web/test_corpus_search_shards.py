# SPDX-License-Identifier: MIT
"""The corpus's search over an index in shards, in Chromium: a query loads the first shard and,
only when a page of results wants more, the directory and the shards it names — so that what a
reader loads does not grow with the corpus; paging on finds every text holding the words, each
once; a search by filters alone loads one chunk of each shard it searches, not its whole index.

The corpus is the test site's five texts' digests repeated 240 times under new names (the
digests trick of test_corpus_browse.py), each title given a word of its own, indexed in shards
of 40 texts (6 shards): the real Pagefind, the real search page and script."""

from __future__ import annotations

import gzip
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from edition.render import pagefind_index
from edition.render.digest import DIGESTS, Digest
from edition.render.html import WebSettings
from edition.render.site import build_corpus

DATE = "2000-01-01"
SHARD = 40


def own_word(n: int) -> str:
    """A word only text n holds: three letters from n, none a prefix of another's."""
    return "quag" + "".join("abcdefghijklmnopqrstuvwxyz"[n // 26 ** i % 26] for i in (2, 1, 0))


def corpus(site_root: Path, out: Path, texts: int) -> list[Digest]:
    originals = [Digest.from_json(p.read_bytes())
                 for p in sorted((site_root / DIGESTS).glob("*.json"))]
    digests = []
    for n in range(texts):
        d = originals[n % len(originals)]
        digests.append(Digest(f"t{n:04d}-{d.name}", f"{d.title} {own_word(n)}", d.header,
                              d.persons, d.works, d.search, d.names))
    build_corpus(digests, out, WebSettings(date=DATE), search_shard=SHARD)
    return digests


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def sharded(site, tmp_path_factory) -> Iterator[tuple[str, list[Digest], Path]]:
    out = tmp_path_factory.mktemp("sharded")
    digests = corpus(site.root, out, 6 * SHARD)
    server, url = serve(out)
    try:
        yield url, digests, out
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def one_shard(site, tmp_path_factory) -> Iterator[str]:
    """The first shard's texts alone: a corpus of one shard."""
    out = tmp_path_factory.mktemp("one-shard")
    corpus(site.root, out, SHARD)
    server, url = serve(out)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def search(page, url: str, query: str) -> list[str]:
    """The articles found for ``query`` on the first page of results."""
    page.goto(f"{url}search.html?{query}")
    page.locator("#_search-status:not(:empty)").wait_for()
    return articles(page, url)


def articles(page, url: str) -> list[str]:
    return [a.get_attribute("href").removeprefix(url).split("/")[0]
            for a in page.locator("#_search-results > li > .search-document > a").all()]


def index_requests(page, url: str) -> list[str]:
    """The search index's files the page fetched, without their cache-busting query."""
    return [r.removeprefix(url).split("?")[0] for r in page.watched.requests
            if r.startswith(f"{url}{pagefind_index.FOLDER}/")]


def test_the_index_is_in_shards_with_a_directory_and_the_engine_once(sharded):
    url, digests, out = sharded
    folder = out / pagefind_index.FOLDER
    assert (folder / "pagefind.js").is_file() and (folder / "pagefind-worker.js").is_file()
    for shard in [*map(str, range(2, 7)), pagefind_index.DIRECTORY]:
        assert (folder / shard / "pagefind-entry.json").is_file(), shard
        assert not list((folder / shard).glob("*.js")), shard  # one engine, in the first folder
        assert not list((folder / shard).glob("wasm.*")), shard
    assert not (folder / "7").exists()
    assert not list(folder.glob("pagefind-ui*"))  # Pagefind's ready-made interfaces: unused
    assert 'data-shards="6"' in (out / "search.html").read_text(encoding="utf-8")


def test_a_word_every_text_holds_loads_the_first_shard_alone(page, sharded, one_shard):
    url, digests, _ = sharded
    found = search(page, url, "q=the")
    assert len(found) == 10 and all(int(name[1:5]) < SHARD for name in found)
    fetched = index_requests(page, url)
    assert not any(re.match(r"pagefind/(\d+|shards)/", f) for f in fetched), fetched
    status = page.locator("#_search-status").inner_text()
    assert re.match(r"40\+ articles found", status), status  # a floor: more shards not searched
    page.goto("about:blank")
    page.watched.requests.clear()
    search(page, one_shard, "q=the")  # the same query on a corpus of one shard: the same chunk
    assert page.locator("#_search-status").inner_text().startswith("40 articles found")  # whole
    # and fragments (named by their content; the metadata's name is not reproducible)
    assert sorted(f for f in index_requests(page, one_shard) if "/index/" in f
                  or "/fragment/" in f) == sorted(f for f in fetched if "/index/" in f
                                                  or "/fragment/" in f)


def test_a_word_of_the_last_text_loads_the_directory_and_its_shard_only(page, sharded):
    url, digests, _ = sharded
    last = len(digests) - 1
    assert search(page, url, f"q={own_word(last)}") == [digests[last].name]
    shards = {m[1] for f in index_requests(page, url)
              if (m := re.match(r"pagefind/(\d+|shards)/", f))}
    assert shards == {"shards", "6"}  # not shards 2 to 5
    assert page.locator("#_search-status").inner_text().startswith("One article found")
    assert page.locator("#_search-more").count() == 0


def test_paging_on_finds_every_text_holding_a_phrase_once(page, sharded):
    url, digests, _ = sharded
    holding = [d.name for d in digests if d.name.endswith("river-workers")]
    found = search(page, url, "q=%22heard+the+same+words%22")
    while page.locator("#_search-more").count():
        page.click("#_search-more")  # disabled until the next results are shown
        page.locator("#_search-more[disabled]").wait_for(state="detached")
        found = articles(page, url)
    assert sorted(found) == holding
    assert page.locator("#_search-status").inner_text().startswith(
        f"{len(holding)} articles found")  # every shard holding it searched: the count is whole


def test_a_search_by_filters_alone_loads_one_chunk_of_a_shard(page, sharded):
    url, digests, _ = sharded
    found = search(page, url, "person=Lev+Kamenev")
    naming = {d.name for d in digests if any(p[0] == "kamenev" for p in d.persons)}
    assert found and set(found) <= naming
    chunks = [f for f in index_requests(page, url) if f.endswith(".pf_index")]
    folders = [f.rsplit("/index/", 1)[0] for f in chunks]
    assert len(folders) == len(set(folders)), chunks  # of each shard searched, the chunk of
    # the word every text holds, not its whole index
    assert pagefind_index.EVERY not in page.locator("#_search-results").inner_text()


def shard_of(folder: Path, path: Path) -> str:
    """The shard of the index in ``folder`` a file belongs to ('1', '2' … or 'shards')."""
    first = path.relative_to(folder).parts[0]
    return first if re.fullmatch(rf"\d+|{pagefind_index.DIRECTORY}", first) else "1"


def test_a_rebuild_indexes_again_only_the_shards_whose_texts_changed(site, tmp_path):
    out = tmp_path / "site"
    digests = corpus(site.root, out, 3 * SHARD)
    folder = out / pagefind_index.FOLDER
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    last = digests[-1]
    digests[-1] = Digest(last.name, f"{last.title} quagzzz", last.header, last.persons,
                         last.works, last.search, last.names)
    build_corpus(digests, out, WebSettings(date=DATE), search_shard=SHARD)
    for path, written in before.items():  # the first two shards: not written again
        if shard_of(folder, path) in ("1", "2") and path.name != pagefind_index.STAMPS:
            assert path.stat().st_mtime_ns == written, path
    found = [gzip.decompress(p.read_bytes()) for p in (folder / "3" / "fragment").iterdir()]
    assert any(b"quagzzz" in f for f in found)  # the changed shard, indexed again
    assert any(b"quagzzz" in gzip.decompress(p.read_bytes())
               for p in (folder / pagefind_index.DIRECTORY / "index").iterdir())
    # and the shard indexed again holds its new files only, as a first build of it does: not
    # the old ones beside them (Pagefind names its files by their content), a filter's values
    # listed twice
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    build_corpus(digests, fresh, WebSettings(date=DATE), search_shard=SHARD)

    def shard_files(root: Path) -> list[str]:
        """The shard's files by folder and language (their names' hashes apart)."""
        shard = root / pagefind_index.FOLDER / "3"
        return sorted(re.sub(r"_[0-9a-f]{7,}\.", "_.", p.relative_to(shard).as_posix())
                      for p in shard.rglob("*") if p.is_file())
    assert shard_files(out) == shard_files(fresh)

    # a build staged beside the site (edition build's): the kept shards' files linked, the
    # changed one's made anew
    staged = out / ".edition-staging.test"
    staged.mkdir()
    digests[-1] = last
    build_corpus(digests, staged, WebSettings(date=DATE), search_shard=SHARD)
    entry = "pagefind-entry.json"
    assert (staged / "pagefind" / entry).samefile(folder / entry)
    assert (staged / "pagefind" / "2" / entry).samefile(folder / "2" / entry)
    assert not (staged / "pagefind" / "3" / entry).samefile(folder / "3" / entry)


def test_a_bundle_pagefind_left_with_an_empty_file_counts_as_incomplete(sharded, tmp_path):
    # (Pagefind's service is closed as soon as it answers; now and then the last file it wrote
    # was left empty, and build_index indexes that shard again)
    _, _, out = sharded
    bundle = tmp_path / "bundle"
    shutil.copytree(out / "pagefind" / "2", bundle)
    assert pagefind_index._incomplete(bundle) is None
    (bundle / "pagefind-entry.json").write_bytes(b"")
    assert pagefind_index._incomplete(bundle) == bundle / "pagefind-entry.json"
    (bundle / "pagefind-entry.json").write_bytes((out / "pagefind" / "2" / "pagefind-entry.json").read_bytes())
    chunk = next((bundle / "index").iterdir())
    chunk.write_bytes(b"")
    assert pagefind_index._incomplete(bundle) == chunk


def test_pagefinds_service_reads_each_answer_as_it_comes():
    # the service's reader slept a tenth of a second before each answer; the build's index
    # needs three: its asyncio, as the service sees it, now sleeps no polling interval
    import asyncio

    import pagefind.service as service
    from edition.render.pagefind_index import _POLL, _prompt_answers
    _prompt_answers()
    _prompt_answers()  # once is enough: no proxy of a proxy
    assert type(service.asyncio).__name__ == "_PromptAsyncio"
    assert service.asyncio._module is asyncio
    assert service.asyncio.create_subprocess_exec is asyncio.create_subprocess_exec
    # (a loop of its own, in a thread of its own: another test's browser may run one here)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, service.asyncio.sleep(_POLL, "answer")).result() == "answer"


def test_the_first_bundles_script_missing_or_cut_short_counts_as_incomplete(sharded, tmp_path):
    # (now and then a build's pagefind.js differed from another's of the same corpus: left short)
    _, _, out = sharded
    bundle = tmp_path / "bundle"
    shutil.copytree(out / "pagefind", bundle, ignore=shutil.ignore_patterns("[0-9]*", "shards"))
    assert pagefind_index._incomplete(bundle, engine=True) is None
    script = bundle / "pagefind.js"
    whole = script.read_text(encoding="utf-8")
    script.write_text(whole[: len(whole) // 2].rstrip(";}"), encoding="utf-8")
    assert pagefind_index._incomplete(bundle, engine=True) == script
    assert pagefind_index._incomplete(bundle) is None  # a shard's bundle has no script to check
    script.unlink()
    assert pagefind_index._incomplete(bundle, engine=True) == script
