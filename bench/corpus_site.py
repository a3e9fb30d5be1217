# SPDX-License-Identifier: MIT
"""The corpus site at scale: the search index in shards against one Pagefind index, in Chromium.

    python3 bench/corpus_site.py                         # 10^3 and 3·10^3 articles
    python3 bench/corpus_site.py --sizes 10000 --encoded /tmp/sites/encoded --json out.json
    python3 bench/corpus_site.py --sizes 1000,10000 --encoded DIR --memory-only --before 3d4917a

For each size, built from the same digests in the same run:

- the search index as edition build makes it (edition.render.pagefind_index: shards of
  TEXTS_PER_SHARD texts, each a run of Pagefind's binary, two at a time, and their directory),
  and the previous design, one Pagefind index of every text (the same pages, one shard): each
  in a fresh process, its wall time, CPU time (Pagefind's binaries; the Python side), the peak
  of the binaries' memory summed over the ones running at once (sampled every 0.1 s) and of the
  Python side's;
- the Python side's peak as edition build does it (the digests' files given, none held: each
  read once for the corpus's holdings, edition.render.holdings, and again when its shard is
  indexed), against --before REV's code as it did it (that commit's tree, from git, its own way:
  its light digests, stored()) and, with --whole, every digest whole in memory (the way before
  the digests were light; with REV's code if given), for the index alone and for all the corpus
  pages, each in a fresh process (--memory-only: these alone, no browser);
- all the corpus pages (browsing, catalogue, archive, the index, sitemap), as edition build;
  the index rebuilt with the last text changed (its shard and the directory indexed again);
- what a reader's browser loads, in Debian's headless Chromium over HTTP (a fresh cache each
  time, every response of the visit counted by its body): a one-word query (a word nearly every
  text holds), a name query (a register spelling), a word only the last text holds (the worst
  case of the shards: the directory is asked), and a person's filter alone (where the persons'
  index leads); bytes as served by a host that sends files as they are, and as one that gzips
  its text files (HTML, CSS, JS, JSON) would send them (Pagefind's own files are gzipped
  already); requests; the shards searched;
- the largest page, the number of files; staticSearch's reported figures as the anchor.

The articles are bench/run.py's generated ones (the seed's sentences), each with an editorial
file holding the seed's registers, so that names carry their spellings (Kamenev, Kemenev).
--encode N of them are encoded and built (--jobs 2), or --encoded DIR reuses an earlier run's
(kept with --keep: DIR/encoded); a larger size repeats their digests under new names, titles and
with their blocks in another order, so that no two texts give Pagefind the same places (the
digests trick of tests/web/test_corpus_browse.py: encoding 10^4 texts takes longer than the
corpus pages themselves), each text's folder hard-linked to the encoded one's.
Needs: pagefind[bin], playwright (pip) and chromium (Debian).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import http.server
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("EDITION_BENCH_CODE") or str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DATE = "2000-01-01"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-default-apps", "--disable-extensions"]
SINGLE = "single"  # under a site: the previous design, one index, with its own search page
TEXT_TYPES = (".html", ".css", ".js", ".json", ".svg")  # what a host that compresses gzips
# The Endings project's staticSearch, as reported: files, seconds, peak memory.
STATIC_SEARCH = ((1_820, 84, "1.3 GB"), (94_000, 8 * 60 + 53, "3.7 GB"))


# ---------------------------------------------------------------- memory of the children

def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def _rss(pid: int) -> int:
    """A Pagefind binary's resident memory (0 for another process: a child the Python side has
    forked counts the parent's pages until it runs the binary)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            lines = status.read().splitlines()
    except OSError:
        return 0
    if not lines or lines[0].split()[-1] != "pagefind":
        return 0
    return next((int(line.split()[1]) * 1024 for line in lines if line.startswith("VmRSS:")), 0)


class Children:
    """The peak of the summed RSS of this process's descendants that are Pagefind's binaries
    (several at once), sampled: ru_maxrss gives only the largest one's, and counts a forked
    child's copy of the parent."""

    def __init__(self, every: float = 0.1):
        self.peak, self._stop, self._every = 0, threading.Event(), every
        self.cpu = 0.0  # the sampling's own CPU time, not the measured step's
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self._every):
            self.peak = max(self.peak, sum(_rss(pid) for pid in _descendants(me)))
        self.cpu = time.thread_time()

    def close(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


# ---------------------------------------------------------------- the children (measured alone)

def _digests(site: Path):
    """Every digest of ``site``, whole (search entries and names in memory)."""
    from edition.render.digest import DIGESTS, Digest
    return [Digest.from_json(p.read_bytes()) for p in sorted((site / DIGESTS).glob("*.json"))]


WHOLE = "-whole"  # a step's kind with the digests whole in memory: the way before
BEFORE = "-before"  # a step's kind as --before REV's code made it: its light digests
CODE = "EDITION_BENCH_CODE"  # in a child's environment: the tree whose edition it imports


def _child(kind: str, site: Path, target: Path) -> None:
    """One measured step in a fresh process; prints its figures as JSON."""
    from edition.render import pagefind_index
    from edition.render import digest as digest_files
    started = time.perf_counter()
    if kind.endswith(WHOLE):
        digests = _digests(site)
    elif kind.endswith(BEFORE) or kind == "rebuild":  # a list: the rebuild changes one
        digests = digest_files.stored(site)
    else:  # as edition build gives them: their files
        digests = digest_files.files(site)
    kind = kind.removesuffix(WHOLE).removesuffix(BEFORE)
    figures = {"load_s": time.perf_counter() - started, "texts": len(digests)}
    children = Children()
    cpu = time.process_time()
    started = time.perf_counter()
    if kind == "pages":  # every corpus page, as edition build makes them: browsing, catalogue,
        # archive, the search index in shards, sitemap
        from edition.render.html import WebSettings
        from edition.render.site import build_corpus
        figures["steps"] = build_corpus(digests, target, WebSettings(date=DATE)).timings
    elif kind == "index":  # the search index alone, in shards, as edition build makes it
        figures["files"] = len(pagefind_index.build_index(digests, target, folders=(site,)))
    elif kind == "single":  # the previous design: one index of every text (one shard)
        figures["files"] = len(pagefind_index.build_index(
            digests, target, shard_size=max(1, len(digests)), folders=(site,)))
    elif kind == "rebuild":  # the site's index again, the last text changed: its shard and the
        # directory indexed again, the others kept
        digests[-1] = replace(digests[-1], title=f"{digests[-1].title} rebuilt")
        figures["files"] = len(pagefind_index.build_index(digests, target, previous=target))
    figures["seconds"] = time.perf_counter() - started
    figures["rss_pagefind"] = children.close()
    figures["cpu_python"] = time.process_time() - cpu - children.cpu
    own = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures["cpu_pagefind"] = own.ru_utime + own.ru_stime
    figures["rss_python"] = _peak_rss()
    print(json.dumps(figures))


def _peak_rss() -> int:
    """This process's peak resident memory since it started its program (VmHWM): not
    ru_maxrss, which Linux carries over an exec from the fork, so that a child started by a
    larger parent (this bench, with its browser's driver) counts the parent's pages."""
    with open("/proc/self/status", encoding="ascii", errors="replace") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))


def measured(kind: str, site: Path, target: Path, code: Path | None = None) -> dict:
    """Step ``kind`` in a fresh process, with the edition of the tree ``code`` (default: this
    one)."""
    env = {**os.environ, CODE: str(code)} if code else None
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(site), str(target)],
                          capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"bench: the {kind} step failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


# ---------------------------------------------------------------- the corpus

def registers() -> str:
    """The seed's registers (persons … works) from its editorial file, without its corrections,
    which are the seed's own."""
    from run import SEED
    lines = SEED.with_suffix(".toml").read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, text in enumerate(lines) if text.startswith("[[person]]"))
    end = next(i for i, text in enumerate(lines) if text.startswith("[[correction]]"))
    return "# The seed's registers (bench/corpus_site.py)\n" + "".join(lines[start:end])


def encode(work: Path, count: int, jobs: int) -> tuple[Path, float]:
    """``count`` generated articles with registers, built (web) into work/encoded."""
    from run import generate_corpus
    from scale import WEB, timed_build
    texts = generate_corpus(work / "texts", count)
    editorial = registers()
    for text in texts:
        text.with_suffix(".toml").write_text(editorial, encoding="utf-8")
    seconds, _ = timed_build(texts, work / "encoded", WEB, jobs=jobs)
    return work / "encoded", seconds


def renamed(digest, n: int, name: str):
    """``digest`` as the n-th text of a larger corpus: its name and title its own, its blocks
    in another order (so that the places of its words are not another text's)."""
    from edition.render.digest import Digest
    old = re.search(r"\d+$", digest.name).group()

    def own(text: str) -> str:
        text = re.sub(rf"\bNumber{int(old)}\b", f"Number{n}", text)
        return re.sub(rf"\bArticle {int(old)}\b", f"Article {n}", text)

    blocks = list(digest.search)
    random.Random(n).shuffle(blocks)
    return Digest(name, own(digest.title), own(digest.header), digest.persons, digest.works,
                  blocks, digest.names)


def make_site(encoded: Path, site: Path, size: int) -> None:
    """The texts of a corpus of ``size``: each a hard-linked copy of an encoded text's folder
    (and TEI), and its digest, renamed where the encoded texts are repeated."""
    from edition.render.digest import DIGESTS
    sources = _digests(encoded)
    (site / DIGESTS).mkdir(parents=True)
    for n in range(size):
        source = sources[n % len(sources)]
        name = f"article-{n:05d}" if n >= len(sources) else source.name
        digest = source if name == source.name else renamed(source, n, name)
        (site / DIGESTS / f"{name}.json").write_bytes(digest.to_json())
        folder = site / name
        for path in (encoded / source.name).rglob("*"):
            target = folder / path.relative_to(encoded / source.name)
            if path.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            if path.name == f"{source.name}.xml":
                target = folder / f"{name}.xml"
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
        os.link(encoded / f"{source.name}.xml", site / f"{name}.xml")


def single_search_page(site: Path) -> None:
    """The corpus's search page over the one index (site/single/pagefind): a copy of the site's,
    told the index is one shard, with the assets beside it."""
    page = (site / "search.html").read_text(encoding="utf-8")
    page = re.sub(r'data-shards="\d+"', 'data-shards="1"', page)
    (site / SINGLE / "search.html").write_text(page, encoding="utf-8")
    shutil.copytree(site / "assets", site / SINGLE / "assets")


# ---------------------------------------------------------------- the site's files

def published(site: Path) -> list[Path]:
    """The site's files, without the build's own (digests, cache) and the one-index variant."""
    return [p for p in site.rglob("*") if p.is_file()
            and not any(part.startswith(".") or part == SINGLE
                        for part in p.relative_to(site).parts)]


def sizes_of(site: Path) -> dict:
    files = published(site)
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    index = [p for p in files if p.relative_to(site).parts[0] == "pagefind"]
    found = {"files": len(files), "pages": len(pages), "largest_page": largest.stat().st_size,
             "largest_page_path": str(largest.relative_to(site)),
             "index_bytes": sum(p.stat().st_size for p in index), "index_files": len(index),
             "largest_index_file": max(p.stat().st_size for p in index)}
    single = [p for p in (site / SINGLE / "pagefind").rglob("*") if p.is_file()]
    if single:
        found |= {"single_index_bytes": sum(p.stat().st_size for p in single),
                  "single_largest_index_file": max(p.stat().st_size for p in single)}
    return found


# ---------------------------------------------------------------- Chromium

class Served:
    """The site over HTTP on localhost (no compression: a body's bytes are its file's)."""

    def __init__(self, root: Path):
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(root), **kwargs)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def gzipped(site: Path, path: str, size: int) -> int:
    """What a host that gzips its text files sends for ``path`` (``size`` bytes as it is)."""
    local = site / path.split("?")[0]
    if path.startswith("search.html"):
        local = site / "search.html"
    if local.suffix in TEXT_TYPES and local.is_file():
        return len(gzip.compress(local.read_bytes(), 6))
    return size


def loaded(browser, site: Path, url: str, path: str) -> dict:
    """What a visit to ``url + path`` loads, in a fresh context (an empty cache), once the
    search has said what it found and the network is idle: bytes of every response body."""
    context = browser.new_context()
    context.set_default_timeout(300_000)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        started = time.perf_counter()
        page.goto(url + path)
        page.locator("#_search-status:not(:empty)").wait_for(state="attached")
        page.wait_for_load_state("networkidle")
        seconds = time.perf_counter() - started
        status = page.locator("#_search-status").inner_text()
        results = page.locator("#_search-results > li").count()
        files = []
        for response in responses:
            # the body itself: Chromium reports no size for a worker's script (pagefind-worker.js)
            try:
                size = len(response.body())
            except Exception:  # noqa: BLE001 - a body the browser no longer holds
                size = response.request.sizes()["responseBodySize"]
            files.append((response.url.removeprefix(url), size))
        root = path.split("/")[0] + "/" if "/" in path.split("?")[0] else ""
        index = [(f, s) for f, s in files if f.startswith(f"{root}pagefind/")]
        searched = {re.match(rf"{root}pagefind/(?:(\d+|shards)/)?", f)[1] or "1" for f, _ in index}
        return {"bytes": sum(size for _, size in files),
                "gzip_bytes": sum(gzipped(site, f, size) for f, size in files),
                "index_bytes": sum(size for _, size in index), "requests": len(files),
                "shards": sorted(searched, key=lambda s: (not s.isdigit(), int(s) if
                                                           s.isdigit() else 0)),
                "seconds": seconds, "results": results, "status": " ".join(status.split()),
                "errors": errors, "files": files}
    finally:
        context.close()


def queries(browser, site: Path, asked: dict[str, str], single: bool) -> dict:
    served = Served(site)
    try:
        found = {}
        for label, query in asked.items():
            found[label] = loaded(browser, site, served.url, f"search.html?{query}")
            if single:
                found[f"single_{label}"] = loaded(browser, site, served.url,
                                                  f"{SINGLE}/search.html?{query}")
        return found
    finally:
        served.close()


# ---------------------------------------------------------------- the report

def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n / 1e3:,.1f} KB"


QUERIES = ("word", "name", "rare", "filter")
ROWS = (  # label, key, unit
    ("search index in shards (as edition build), wall s", "index_s", "s"),
    ("  per article, wall ms", "index_ms", "ms"),
    ("  per article, CPU ms: Pagefind's binaries", "index_cpu_pagefind_ms", "ms"),
    ("  per article, CPU ms: Python (pages for Pagefind, directory)", "index_cpu_python_ms", "ms"),
    ("  peak RSS, Pagefind's binaries (summed over those running)", "index_rss_pagefind", "bytes"),
    ("  peak RSS, Python side (the digests' files)", "index_rss_python", "bytes"),
    ("  peak RSS, Python side, --before's code (its light digests)", "index_before_rss_python",
     "bytes"),
    ("  peak RSS, Python side, the digests whole", "index_whole_rss_python", "bytes"),
    ("  rebuilt, the last text changed, wall s", "rebuild_s", "s"),
    ("one index (the previous design), wall s", "single_s", "s"),
    ("  per article, wall ms", "single_ms", "ms"),
    ("  per article, CPU ms: Pagefind's binary", "single_cpu_pagefind_ms", "ms"),
    ("  peak RSS, Pagefind's binary", "single_rss_pagefind", "bytes"),
    ("all corpus pages (browse, catalogue, archive, index, sitemap), s", "pages_s", "s"),
    ("  peak RSS, Python side (the digests' files)", "pages_rss_python", "bytes"),
    ("  peak RSS, Python side, --before's code (its light digests)", "pages_before_rss_python",
     "bytes"),
    ("  wall s, --before's code", "pages_before_s", "s"),
    ("  peak RSS, Python side, the digests whole", "pages_whole_rss_python", "bytes"),
    ("  wall s, the digests whole", "pages_whole_s", "s"),
    ("index in shards, total", "index_bytes", "bytes"),
    ("  its files", "index_files", "n"),
    ("  largest file", "largest_index_file", "bytes"),
    ("one index, total", "single_index_bytes", "bytes"),
    ("  largest file", "single_largest_index_file", "bytes"),
    *(row for key, label in (("word", "one-word query"), ("name", "name query"),
                             ("rare", "the last text's word"), ("filter", "person filter"))
      for row in ((f"{label}, browser loads: in shards", f"{key}_bytes", "bytes"),
                  ("  in shards, from a host gzipping text files", f"{key}_gzip_bytes", "bytes"),
                  ("  one index", f"single_{key}_bytes", "bytes"),
                  ("  one index, from a host gzipping text files", f"single_{key}_gzip_bytes",
                   "bytes"))),
    ("largest page", "largest_page", "bytes"),
    ("files in the site", "files", "n"),
)


def shown(value: float, unit: str) -> str:
    if unit == "bytes":
        return mb(value)
    if unit == "n":
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def flatten(size: int, pages: dict, index: dict, single: dict | None, files: dict,
            browser: dict) -> dict:
    row = {"index_s": index["seconds"], "index_ms": index["seconds"] * 1000 / size,
           "index_cpu_pagefind_ms": index["cpu_pagefind"] * 1000 / size,
           "index_cpu_python_ms": index["cpu_python"] * 1000 / size,
           "index_rss_pagefind": index["rss_pagefind"], "index_rss_python": index["rss_python"],
           "pages_s": pages["seconds"], "pages_rss_python": pages["rss_python"], **files}
    if single:
        row |= {"single_s": single["seconds"], "single_ms": single["seconds"] * 1000 / size,
                "single_cpu_pagefind_ms": single["cpu_pagefind"] * 1000 / size,
                "single_rss_pagefind": single["rss_pagefind"]}
    for label in QUERIES:
        for which in (label, f"single_{label}"):
            if which in browser:
                for key in ("bytes", "gzip_bytes", "index_bytes", "requests"):
                    row[f"{which}_{key}"] = browser[which][key]
    return row


def report(rows: dict[int, dict], details: dict[int, dict]) -> None:
    sizes = sorted(rows)
    print(f"{'':<68}" + "".join(f"{n:>14,}" for n in sizes))
    for label, key, unit in ROWS:
        if all(key not in rows[n] for n in sizes):
            continue
        values = [shown(rows[n][key], unit) if key in rows[n] else "-" for n in sizes]
        print(f"{label:<68}" + "".join(f"{v:>14}" for v in values))
    print("== what the browser loads (Chromium, empty cache): bytes as served / gzipped by the "
          "host / of which the index; requests; shards searched")
    for n in sizes:
        for label in QUERIES:
            for which in (label, f"single_{label}"):
                seen = details[n]["browser"].get(which)
                if not seen:
                    continue
                design = "one index " if which.startswith("single") else "in shards "
                print(f"  {n:>6,} {design}{label:<7} {mb(seen['bytes']):>10} / "
                      f"{mb(seen['gzip_bytes']):>9} / {mb(seen['index_bytes']):>9}; "
                      f"{seen['requests']:>3} requests; shards {','.join(seen['shards'])}; "
                      f"{seen['results']} shown, {seen['seconds']:.1f} s; {seen['status'][:70]}"
                      + (f"; page errors: {seen['errors']}" if seen["errors"] else ""))
        print(f"  {n:,}: largest page {details[n]['files']['largest_page_path']}")


def anchors(rows: dict[int, dict]) -> None:
    print("== anchor: the Endings project's staticSearch (reported figures, another machine)")
    for files, seconds, memory in STATIC_SEARCH:
        print(f"  {files:>7,} files in {seconds // 60} min {seconds % 60:2d} s using {memory}: "
              f"{seconds * 1000 / files:6.1f} ms per file (a quarter: "
              f"{seconds * 250 / files:.1f} ms)")
    for n, row in sorted(rows.items()):
        line = (f"  ours, {n:>6,} articles in shards: {row['index_ms']:6.1f} ms per article "
                f"(CPU {row['index_cpu_pagefind_ms']:.1f} ms Pagefind + "
                f"{row['index_cpu_python_ms']:.1f} ms Python), peak "
                f"{mb(row['index_rss_pagefind'])} (Pagefind) + {mb(row['index_rss_python'])} "
                f"(Python)")
        if "single_s" in row:
            line += (f"; one index: {row['single_ms']:.1f} ms per article, peak "
                     f"{mb(row['single_rss_pagefind'])}")
        print(line)


def before_tree(rev: str, work: Path) -> Path:
    """The tree of commit ``rev`` (git archive), whose edition the --before steps import."""
    tree = work / f"before-{rev}"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def checksums(site: Path) -> dict[str, str]:
    """The published files but the search index's (Pagefind's own differ from run to run):
    path -> SHA-256."""
    import hashlib
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in published(site) if p.relative_to(site).parts[0] != "pagefind"}


def one_size(n: int, work: Path, encoded: Path, args, code: Path | None, browser):
    """Every figure of a corpus of ``n`` texts: its row and its details."""
    from urllib.parse import quote_plus

    from edition.render.digest import DIGESTS
    site = work / f"site-{n}"
    make_site(encoded, site, n)
    before, same = {}, None
    if code:  # --before's code first, into the site: then this code's pages over its own
        before["pages"] = measured(f"pages{BEFORE}", site, site, code)
        earlier = checksums(site)
        shutil.rmtree(site / "pagefind")  # not taken over: indexed again
    pages = measured("pages", site, site)
    if code:
        now = checksums(site)
        same = {"files": len(now), "differ": sorted(k for k in now.keys() | earlier.keys()
                                                    if now.get(k) != earlier.get(k))}
    index = measured("index", site, work / f"index-{n}")
    shutil.rmtree(work / f"index-{n}")
    if code:
        before["index"] = measured(f"index{BEFORE}", site, work / f"index-{n}", code)
        shutil.rmtree(work / f"index-{n}")
    whole = {}
    if args.whole:  # every digest whole in memory: the way before they were light
        whole["index"] = measured(f"index{WHOLE}", site, work / f"index-{n}", code)
        shutil.rmtree(work / f"index-{n}")
        # inside the site, as a staged build's are: the texts' TEI beside it
        whole["pages"] = measured(f"pages{WHOLE}", site, site / ".whole", code)
        shutil.rmtree(site / ".whole")
    single = None
    if browser is not None and n <= args.single_up_to:
        single = measured("single", site, site / SINGLE)
        single_search_page(site)
    files = sizes_of(site)
    seen, asked, rebuild = {}, {}, None
    if browser is not None:
        last = json.loads(max((site / DIGESTS).glob("*.json")).read_bytes())
        last = last["title"].split()[-1]  # the last text's own word: NumberN
        asked = {"word": f"q={quote_plus(args.word)}", "name": f"q={quote_plus(args.name)}",
                 "rare": f"q={quote_plus(last)}",
                 "filter": f"person={quote_plus(args.person)}"}
        seen = queries(browser, site, asked, single is not None)
        rebuild = measured("rebuild", site, site)  # after the queries: it changes
    details = {"pages": pages, "index": index, "single": single, "rebuild": rebuild,
               "files": files, "browser": seen, "asked": asked, "whole": whole,
               "before": before, "same_bytes": same}
    row = flatten(n, pages, index, single, files, seen)
    if rebuild:
        row["rebuild_s"] = rebuild["seconds"]
    for kind, measured_ in (("whole", whole), ("before", before)):
        for step, figures in measured_.items():
            row[f"{step}_{kind}_rss_python"] = figures["rss_python"]
            row[f"{step}_{kind}_s"] = figures["seconds"]
    other = lambda step: " / ".join(mb(m[step]["rss_python"]) for m in (before, whole) if m)
    print(f"  index {index['seconds']:.1f} s, peak {mb(index['rss_pagefind'])}; "
          f"Python side's peak, the digests' files / before / whole: index "
          f"{mb(index['rss_python'])} / {other('index') or '-'}, all pages "
          f"{mb(pages['rss_python'])} / {other('pages') or '-'}"
          + (f"; the same bytes as --before's: {same['files'] - len(same['differ'])} of "
             f"{same['files']} files" + (f" (differ: {same['differ'][:5]})" if same["differ"]
                                         else "") if same else ""), flush=True)
    return row, details


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000", help="articles, comma-separated")
    parser.add_argument("--encode", type=int, help="articles encoded (default: the smallest "
                                                   "size); larger sizes repeat their digests")
    parser.add_argument("--encoded", type=Path, help="reuse these encoded articles (an earlier "
                                                     "run's DIR/encoded) instead of encoding")
    parser.add_argument("--jobs", type=int, default=2, help="processes encoding the articles")
    parser.add_argument("--single-up-to", type=int, default=10**9,
                        help="build the one-index comparison only up to this size (it holds "
                             "~0.8 MB an article in memory)")
    parser.add_argument("--whole", action=argparse.BooleanOptionalAction, default=True,
                        help="measure the Python side with every digest whole in memory too "
                             "(the way before they were light)")
    parser.add_argument("--before", metavar="REV", help="measure the Python side with the code "
                        "of commit REV too, its own way, in the same run")
    parser.add_argument("--memory-only", action="store_true",
                        help="the Python side's and Pagefind's figures alone: no browser, no "
                             "one-index comparison, no rebuild")
    parser.add_argument("--word", default="bureaucracy", help="the one-word query")
    parser.add_argument("--name", default="Kemenev", help="the name query (a register spelling)")
    parser.add_argument("--person", default="Lev Kamenev", help="the person filter")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep the sites")
    parser.add_argument("--json", type=Path, help="write the figures to FILE")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    count = args.encode or sizes[0]
    if not args.memory_only and not Path(CHROMIUM).exists():
        sys.exit("bench: Chromium is missing (sudo apt-get install chromium)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            sys.exit(f"bench: {args.keep} is not empty")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        if args.encoded:
            encoded, seconds = args.encoded, 0.0
            count = len(_digests(encoded))
            print(f"== {count:,} generated articles encoded earlier ({encoded})")
        else:
            print(f"== {count:,} generated articles with the seed's registers, encoded and "
                  f"built (web, --jobs {args.jobs})", flush=True)
            encoded, seconds = encode(work, count, args.jobs)
            print(f"  {seconds:.1f} s")
        rows, details = {}, {}
        code = before_tree(args.before, work) if args.before else None
        with contextlib.ExitStack() as stack:
            browser = None
            if not args.memory_only:
                from playwright.sync_api import sync_playwright
                playwright = stack.enter_context(sync_playwright())
                browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                     args=CHROMIUM_FLAGS)
                stack.callback(browser.close)
            for n in sizes:
                print(f"== {n:,} articles" + (f" (the {count:,} encoded repeated)"
                                              if n > count else ""), flush=True)
                rows[n], details[n] = one_size(n, work, encoded, args, code, browser)
        print(f"== the corpus site (the word: '{args.word}'; the name: '{args.name}', a "
              f"register spelling of Lev Kamenev; the last text's word; the person filter "
              f"'{args.person}'; Chromium, empty cache, over HTTP)")
        report(rows, details)
        anchors(rows)
        if args.json:
            args.json.write_text(json.dumps(
                {"sizes": sizes, "encoded": count, "encode_seconds": seconds, "rows": rows,
                 "details": details}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
