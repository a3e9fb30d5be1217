# SPDX-License-Identifier: MIT
"""The corpus's search index, made by Pagefind (https://pagefind.app) through its Python API.

Pagefind splits its index into chunks of words, filters and one fragment per page, so that a
query loads the chunks holding its words and the fragments of the results it shows. What is
indexed is the search design of one text (edition.render.search), the same entries: each located
block of a reading page (paragraph, list item, heading, note) with its words, the words only the
other reading has (sic, orig), and the register entries it names. For each text one page is given
to Pagefind, made here from its digest and never published: every block is a section headed by
its place (``<h6 id="p-12">¶ 12</h6>``), so that Pagefind's sub-results lead to the paragraph
(``NAME/index.html#p-12``), not only to the article; after the words of a block come, between
``⸢`` and ``⸣``, every form the registers give the persons and works it names that its words do
not hold (a name's headword and every spelling), so that any of them finds the places naming the
person; corpus-search.js cuts them out of the excerpts it shows. The text's author, publication,
year, persons and works are its filters; its title, author, publication and date the result's
metadata.

**Shards.** Pagefind holds every page it indexes in memory until it writes the index, about
0.75 MB for an article of 3,000 words (bench/corpus_site.py), and a query loads a word's
places in every text of the index, and 9 bytes per text of its metadata. So the texts are
indexed in shards of ``TEXTS_PER_SHARD``, in the texts' order, each by a Pagefind run of its
own (two at a time): the first in ``pagefind/`` (with Pagefind's script and WebAssembly), the
n-th in ``pagefind/n/``. A query searches the first shard; only when it wants more results than
the shards searched so far hold does it ask the directory (``pagefind/shards/``, one more
Pagefind index, whose pages are the shards, each holding every word and filter value of its
texts once) which shards hold its words, and merges those, in order (corpus-search.js). What a
build holds in memory, and what a query loads, then grow with the shard, not with the corpus.

Pagefind has no update in place: a shard is indexed whole. The pages given to it are made from
the digests (no reading page is read again), and a digest of each shard's pages is kept
(``STAMPS``): a rebuild indexes again only the shards whose pages changed (a text added to a
corpus in the sources' order: the last shard and the directory), the others' files are kept.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.render.browse import facts, headword
from edition.render.digest import Digest, by_name, complete

FOLDER = "pagefind"  # under the site's root: the first shard, then n/ and the directory
DIRECTORY = "shards"  # under FOLDER: the directory of the shards
TEXTS_PER_SHARD = 500  # Pagefind's binary peaks at ~0.37 GB for 500 articles (bench)
PARALLEL = 2  # Pagefind runs at a time (each is one busy core)
WRITE_ATTEMPTS = 3  # Pagefind runs for one shard before its bundle counts as unwritable
STAMPS = ".edition-shards.json"  # under FOLDER: a digest of the pages each shard was made from
HIDDEN_OPEN, HIDDEN_CLOSE = "⸢", "⸣"  # around the forms a block's words do not hold
# A word every page holds once, hidden: what a search by filters alone searches for, since
# Pagefind answers a search with no words by loading every chunk of its index.
EVERY = "zzeditionevery"
# What a query needs of a Pagefind bundle: its entry, metadata and chunks; Pagefind's script,
# worker and WebAssembly only in the first shard's folder, which the browser loads them from.
_DATA = ("pagefind-entry.json", "*.pf_meta", "index", "fragment", "filter")
_ENGINE = ("pagefind.js", "pagefind-worker.js", "wasm.*.pagefind")


class _Page:
    """What Pagefind is given for one text: the page, its language, its filters, its words."""

    def __init__(self, digest: Digest):
        told = facts(digest)
        self.lang = _language(digest)
        forms = {item["id"]: [(form, f" {form.casefold()} ") for form in item["forms"]]
                 for item in digest.names}
        out = [f'<!DOCTYPE html><html lang="{_a(self.lang)}"><head><title>{_t(told.title)}'
               f'</title></head><body><main data-pagefind-body>'
               f'<h1 data-pagefind-meta="title">{_t(told.title)}</h1>'
               f'<p>{HIDDEN_OPEN}{EVERY}{HIDDEN_CLOSE}</p>']
        texts = [told.title, EVERY]
        meta = {"author": "; ".join(told.authors), "publication": told.publication,
                "date": told.date}
        for key, value in meta.items():
            if value:
                out.append(f'<span data-pagefind-meta="{key}:{_a(value)}"></span>')
        filters = [("author", a) for a in told.authors]
        filters += [("publication", told.publication), ("year", told.year)]
        filters += [("person", _headword("person", xml)) for _, _, xml in digest.persons]
        filters += [("work", _headword("work", xml)) for _, _, xml in digest.works]
        self.filters = [(key, value) for key, value in dict.fromkeys(filters) if value]
        out += [f'<span data-pagefind-filter="{key}:{_a(value)}"></span>'
                for key, value in self.filters]
        for entry in digest.search:
            ident = entry["href"].partition("#")[2]
            words = entry["text"]
            hidden = [entry["alt"]] if entry.get("alt") else []
            folded = f" {words.casefold()} "
            for ref in entry.get("refs", ()):
                hidden += [form for form, as_word in forms.get(ref.lstrip("#"), ())
                           if as_word not in folded]
            extra = (f" {HIDDEN_OPEN}{' · '.join(dict.fromkeys(hidden))}{HIDDEN_CLOSE}"
                     if hidden else "")
            out.append(f'<h6 id="{_a(ident)}">{_t(entry["label"])}</h6>'
                       f'<p>{_t(words)}{_t(extra)}</p>')
            texts += [entry["label"], words, extra]
        out.append("</main></body></html>")
        self.html = "".join(out)
        # the page's words as Pagefind reads them (split at white space), for the directory
        self.words = set(" ".join(texts).split())


def index_page(digest: Digest) -> str:
    """The page Pagefind indexes for one text (see the module's doc)."""
    return _Page(digest).html


def directory_page(shard: int, lang: str, words: set[str],
                   filters: dict[tuple[str, str], None]) -> str:
    """The directory's page for one shard (and language): every word and filter value of its
    texts once (``EVERY`` among them), and the shard's number as the filter ``shard``, whose
    counts a query of the directory asks for (they come without loading a page's fragment)."""
    spans = "".join(f'<span data-pagefind-filter="{key}:{_a(value)}"></span>'
                    for key, value in [*filters, ("shard", str(shard))])
    return (f'<!DOCTYPE html><html lang="{_a(lang)}"><head><title>{shard}</title></head><body>'
            f'<main data-pagefind-body>{spans}<p>{_t(" ".join(sorted(words)))}</p></main>'
            f'</body></html>')


@lru_cache(maxsize=4096)  # a corpus names the same register entries text after text
def _headword(kind: str, xml: str) -> str:
    return headword(kind, _parse(xml))


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


def shard_folder(out_dir: Path, shard: int) -> Path:
    """Where shard ``shard`` (1, 2, …) of the index is written."""
    return out_dir / FOLDER if shard == 1 else out_dir / FOLDER / str(shard)


def shards(count: int, size: int = TEXTS_PER_SHARD) -> int:
    """The number of shards ``count`` texts are indexed in."""
    return max(1, -(-count // size))


def build_index(digests: Sequence[Digest], out_dir: Path, *, shard_size: int = TEXTS_PER_SHARD,
                parallel: int = PARALLEL, previous: Path | None = None,
                folders: tuple[Path, ...] = ()) -> list[Path]:
    """Index every text of ``digests`` into ``out_dir/pagefind``, in shards of ``shard_size``
    texts (with a directory of them when there are several); returns the files written. A shard
    whose pages are those the index in ``previous`` (the site's folder as last built) was made
    from is not indexed again: its files are taken from there (``STAMPS``). A light digest's
    search entries are read from its file in the first of ``folders`` (default: ``out_dir``)
    holding it when its shard is made, and let go once the shard's pages are written; so is
    every digest of ``digests`` given as their files (edition.render.digest.DigestFiles)."""
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError:
        raise EditionError("the corpus search needs Pagefind: pip install 'pagefind[bin]'") \
            from None
    _prompt_answers()
    # in the texts' own order, whatever order their builds finished in (--jobs, Dask): Pagefind
    # names its files by their contents, which follow the order pages are given
    digests = by_name(digests)
    groups = [digests[i:i + shard_size] for i in range(0, len(digests), shard_size)] or [[]]
    earlier = _stamps(previous) if previous is not None else {}
    stamps: dict[str, str] = {}
    version = _pagefind_version()

    folders = folders or (out_dir,)

    class Pages:
        """The pages of shard (or directory) ``key``, written to a folder as they are made, and
        the digest of them that says whether the shard is to be indexed again."""

        def __init__(self, key: str, work: Path):
            self.key, self.folder = key, work / key
            self.stamp = hashlib.sha256(version.encode())
            self.folder.mkdir()

        def add(self, name: str, page: str) -> None:
            self.stamp.update(f"\0{name}\0{page}".encode())
            path = self.folder / name / "index.html"
            path.parent.mkdir(parents=True)
            path.write_text(page, encoding="utf-8")

        def changed(self) -> bool:
            """Whether the shard is to be indexed: else its pages are removed, and its files
            taken from the index in ``previous``."""
            stamps[self.key] = self.stamp.hexdigest()
            if earlier.get(self.key) == stamps[self.key] and _taken(previous, self.key, out_dir):
                shutil.rmtree(self.folder)
                return False
            return True

    def made(group: Sequence[Digest], key: str, work: Path) -> tuple[bool, dict]:
        """Shard ``key``'s pages, prepared; its words and filter values by language."""
        pages, found = Pages(key, work), {}
        for digest in group:
            page = _Page(complete(digest, *folders))
            pages.add(digest.name, page.html)
            words, filters = found.setdefault(page.lang, (set(), {}))
            words.update(page.words)
            filters.update(dict.fromkeys(page.filters))
        return pages.changed(), found

    async def index(key: str, work: Path, gate: asyncio.Semaphore) -> None:
        target = _folder(out_dir, key)
        async with gate:
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                # (a shard indexed afresh: the files of an earlier index of it, or of an attempt
                # left incomplete, go first — Pagefind names its files by their content, so they
                # would stay beside the new ones, a filter's values listed twice)
                _clear(target)
                # the pages written to a folder and indexed as one (Pagefind's --site): given one
                # at a time, each waits a tenth of a second for its answer (Pagefind's Python API)
                config = IndexConfig(output_path=str(target), keep_index_url=True)
                async with PagefindIndex(config=config) as found:
                    await found.add_directory(str(work / key))
                # Pagefind's service may be closed before its last file is on disk: now and
                # then a bundle's entry file was left empty (a search then fails to load it)
                if (broken := _incomplete(target, engine=key == "1")) is None:
                    break
                if attempt == WRITE_ATTEMPTS:
                    raise EditionError(f"Pagefind left {broken} incomplete, {attempt} times")
        shutil.rmtree(work / key)
        _needed(target, engine=key == "1", remove=True)

    async def run(work: Path) -> None:
        gate = asyncio.Semaphore(max(1, parallel))
        tasks = []
        directory = Pages(DIRECTORY, work)  # one page a shard and language
        for number, group in enumerate(groups, start=1):
            # made in a thread, so that the shards before are indexed meanwhile
            changed, found = await asyncio.to_thread(made, group, str(number), work)
            for lang, (words, filters) in found.items() if len(groups) > 1 else ():
                directory.add(f"{lang}-{number}", directory_page(number, lang, words, filters))
            if changed:
                tasks.append(asyncio.create_task(index(str(number), work, gate)))
        if len(groups) > 1 and await asyncio.to_thread(directory.changed):
            tasks.append(asyncio.create_task(index(DIRECTORY, work, gate)))
        await asyncio.gather(*tasks)

    failed: list[BaseException] = []

    def in_thread() -> None:  # its own event loop, whatever loop the caller may be running
        try:
            with tempfile.TemporaryDirectory(prefix="edition-pagefind-") as work:
                asyncio.run(run(Path(work)))
        except BaseException as err:  # noqa: BLE001 - handed to the caller
            failed.append(err)

    worker = threading.Thread(target=in_thread, name="pagefind")
    worker.start()
    worker.join()
    if failed:  # the binary missing or refusing: say so; the staged build is then dropped
        err = failed[0]
        raise EditionError(f"Pagefind could not index the corpus: {type(err).__name__}: {err}")
    record = out_dir / FOLDER / STAMPS
    record.write_text(json.dumps({"shards": stamps}, indent=1, sort_keys=True), encoding="utf-8")
    keys = [*map(str, range(1, len(groups) + 1)), *([DIRECTORY] if len(groups) > 1 else [])]
    return [record, *(path for key in keys
                      for path in _needed(_folder(out_dir, key), engine=key == "1"))]


class _PromptAsyncio:
    """The asyncio module as Pagefind's service sees it, save that the tenth of a second its
    reader sleeps before reading each answer (pagefind 1.5: ``PagefindService``'s
    ``await asyncio.sleep(0.1)``, then a read that waits for the answer anyway) is no sleep: three
    answers an index, 0.3 s of a one-text build's 0.8 s (``bench/toolchain.py``)."""

    def __init__(self, module):
        self._module = module

    def __getattr__(self, name: str):
        return getattr(self._module, name)

    async def sleep(self, delay: float, result=None):
        return await self._module.sleep(0 if delay == _POLL else delay, result)


_POLL = 0.1  # the service's polling interval, in pagefind 1.5


def _prompt_answers() -> None:
    """Pagefind's service reads its answers as they come (``_PromptAsyncio``); where its module
    is not laid out as in the version this was written for, it is left as it is."""
    import pagefind.service as service
    if getattr(service, "asyncio", None) is asyncio and hasattr(service.PagefindService, "_wait_for_responses"):
        service.asyncio = _PromptAsyncio(asyncio)


def _incomplete(folder: Path, engine: bool = False) -> Path | None:
    """A file of the Pagefind bundle in ``folder`` that is empty or, for its entry, not JSON;
    with ``engine``, also Pagefind's script and worker, missing or cut short (a script ends with
    a statement's ``;`` or ``}``: now and then a build's ``pagefind.js`` differed from another's,
    left short); None when the bundle is whole."""
    entry = folder / "pagefind-entry.json"
    try:
        json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return entry
    if engine:
        for name in _ENGINE[:2]:
            script = folder / name
            try:
                if not script.read_text(encoding="utf-8").rstrip().endswith((";", "}")):
                    return script
            except (OSError, ValueError):
                return script
    return next((p for pattern in _DATA[1:] for p in folder.glob(pattern)
                 for p in ([p] if p.is_file() else sorted(p.rglob("*")))
                 if p.is_file() and p.stat().st_size == 0), None)


def _clear(folder: Path) -> None:
    """Remove the index data of the Pagefind bundle in ``folder`` (not its shards' folders)."""
    for pattern in _DATA:
        for path in folder.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()


def _folder(site: Path, key: str) -> Path:
    return site / FOLDER if key == "1" else site / FOLDER / key


def _stamps(site: Path) -> dict[str, str]:
    try:
        return json.loads((site / FOLDER / STAMPS).read_text(encoding="utf-8"))["shards"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _taken(previous: Path, key: str, out_dir: Path) -> bool:
    """Shard ``key``'s files of the index in ``previous``, linked (or copied) into ``out_dir``'s
    (nothing to do when it is the same folder); False if they are not all there."""
    source, target = _folder(previous, key), _folder(out_dir, key)
    files = _needed(source, engine=key == "1") if source.is_dir() else []
    if not any(f.name == "pagefind-entry.json" for f in files):
        return False
    if source.resolve() == target.resolve():
        return True
    for path in files:
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, copy)
        except OSError:
            shutil.copy2(path, copy)
    return True


def _pagefind_version() -> str:
    """The version of Pagefind's binary: another makes another index of the same pages."""
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return ""


def _needed(folder: Path, *, engine: bool, remove: bool = False) -> list[Path]:
    """The files of a Pagefind bundle a query needs; with ``remove``, the others (its
    ready-made interfaces, and the engine in every folder but the first) removed."""
    keep = {p for pattern in _DATA + (_ENGINE if engine else ()) for p in folder.glob(pattern)}
    kept = []
    for path in sorted(folder.iterdir()):
        if path in keep:
            kept += [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        elif remove and path.is_file():
            path.unlink()
    return kept


def stale(out_dir: Path, written: list[Path]) -> list[Path]:
    """The files of an earlier index under ``out_dir/pagefind`` that this one does not have
    (Pagefind names its chunks by their content, so a new index leaves the old ones)."""
    keep = {p.resolve() for p in written}
    folder = out_dir / FOLDER
    return [p for p in folder.rglob("*") if p.is_file() and p.resolve() not in keep] \
        if folder.is_dir() else []

