# SPDX-License-Identifier: MIT
"""The corpus site at scale: Pagefind's index against our old own-format index, in Chromium.

    python3 bench/corpus_site.py                        # 10^3 and 3·10^3 articles (~15 min)
    python3 bench/corpus_site.py --sizes 1000,10000 --keep /tmp/sites --json out.json

For each size: the search index's build time and peak memory (the Python process and
Pagefind's binary, each a child process measured by its own maximum RSS), the index's total size,
the bytes a reader's browser loads for a one-word query and for a name query (a register
spelling), counted in Debian's headless Chromium over HTTP, a fresh cache each time, every
response of the visit to search.html?q=…; the largest page and the number of files. Beside them,
built in the same run from the same digests, the old own-format index (one search-index.js,
edition.render.search.corpus_index), which a query loads whole, and the same index made by
Pagefind's command line from the same pages written to files. Then a projection to 10^5
articles from the growth between the two largest sizes: a fitted exponent, not a measurement.

The default sizes are 10^3 and 3·10^3, not 10^4: Pagefind's Python API (1.5.2) waits 0.1 s
before it reads each answer of its binary (pagefind/service/__init__.py, _wait_for_responses),
so the index of 10^4 texts alone takes over a quarter of an hour however few cores are busy.

The articles are bench/run.py's generated ones (the seed's sentences), each with an editorial
file holding the seed's registers, so that names carry their spellings (Kamenev, Kemenev).
--encode N of them are encoded and built (--jobs 2); a larger size repeats their digests under
new names, authors and titles (the digests trick of tests/web/test_corpus_browse.py: encoding
10^4 texts takes longer than the corpus pages themselves), each text's folder hard-linked to
the encoded one's. The corpus pages are built from the digests, as `edition build` does.
Needs: pagefind[bin], playwright (pip) and chromium (Debian).
"""

from __future__ import annotations

import argparse
import http.server
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DATE = "2000-01-01"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-default-apps", "--disable-extensions"]
OLD = "old-search"  # under a site: a text's search page over the old corpus index
PROJECT_TO = 100_000
# The Endings project's staticSearch, as reported: files, seconds, peak memory.
STATIC_SEARCH = ((1_820, 84, "1.3 GB"), (94_000, 8 * 60 + 53, "3.7 GB"))


# ---------------------------------------------------------------- the children (measured alone)

def _digests(site: Path):
    from edition.render.digest import DIGESTS, Digest
    return [Digest.from_json(p.read_bytes()) for p in sorted((site / DIGESTS).glob("*.json"))]


def _child(kind: str, site: Path, target: Path) -> None:
    """One measured step in a fresh process; prints its figures as JSON. Its own maximum RSS
    is the Python side's peak; its children's is Pagefind's binary (its only child)."""
    started = time.perf_counter()
    digests = _digests(site)
    figures = {"load_s": time.perf_counter() - started, "texts": len(digests)}
    started = time.perf_counter()
    if kind == "pages":  # every corpus page, as edition build makes them: browsing, catalogue,
        # archive, the search index (Pagefind's Python API), sitemap
        from edition.render.html import WebSettings
        from edition.render.site import build_corpus
        figures["steps"] = build_corpus(digests, target, WebSettings(date=DATE)).timings
    elif kind == "cli":  # the same pages indexed by Pagefind's command line, from files
        from edition.render.pagefind_index import index_page
        for digest in digests:
            page = target / "pages" / digest.name / "index.html"
            page.parent.mkdir(parents=True)
            page.write_text(index_page(digest), encoding="utf-8")
        figures["pages_s"] = time.perf_counter() - started
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(target / "pages"),
                        "--output-path", str(target / "pagefind"), "--keep-index-url",
                        "--quiet"], check=True)
        figures["bytes"] = sum(p.stat().st_size for p in (target / "pagefind").rglob("*")
                               if p.is_file())
    elif kind == "old":  # the own-format index: one script of every entry and name
        from edition.render.search import corpus_index, index_script
        found, names = corpus_index([(d.name, d.title, d.search, d.names) for d in digests],
                                    frozenset({"persons.html", "works.html"}))
        target.mkdir(parents=True, exist_ok=True)
        (target / "search-index.js").write_bytes(index_script(found, names))
    figures["seconds"] = time.perf_counter() - started
    figures["rss_python"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    figures["rss_pagefind"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps(figures))


def measured(kind: str, site: Path, target: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(site), str(target)],
                          capture_output=True, text=True)
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
    """``digest`` as the n-th text of a larger corpus: its name, author and title its own."""
    from edition.render.digest import Digest
    old = re.search(r"\d+$", digest.name).group()

    def own(text: str) -> str:
        text = re.sub(rf"\bNumber{int(old)}\b", f"Number{n}", text)
        return re.sub(rf"\bArticle {int(old)}\b", f"Article {n}", text)

    return Digest(name, own(digest.title), own(digest.header), digest.persons, digest.works,
                  digest.search, digest.names)


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


def old_search_page(site: Path) -> None:
    """A text's search page (edition.js) beside the old corpus index, at a text's depth."""
    first = next(p for p in sorted(site.iterdir()) if (p / "search.html").is_file()
                 and p.name != OLD)
    shutil.copyfile(first / "search.html", site / OLD / "search.html")


# ---------------------------------------------------------------- the site's files

def published(site: Path) -> list[Path]:
    """The site's files, without the build's own (digests, cache) and the old index's page."""
    return [p for p in site.rglob("*") if p.is_file()
            and not any(part.startswith(".") or part == OLD
                        for part in p.relative_to(site).parts)]


def sizes_of(site: Path) -> dict:
    files = published(site)
    pages = [p for p in files if p.suffix == ".html"]
    corpus = [p for p in pages if p.parent == site or p.parent.name == "browse"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    largest_corpus = max(corpus, key=lambda p: p.stat().st_size)
    index = [p for p in files if p.relative_to(site).parts[0] == "pagefind"]
    return {"files": len(files), "pages": len(pages), "corpus_pages": len(corpus),
            "largest_page": largest.stat().st_size, "largest_page_path": str(largest.relative_to(site)),
            "largest_corpus_page": largest_corpus.stat().st_size,
            "largest_corpus_page_path": str(largest_corpus.relative_to(site)),
            "index_bytes": sum(p.stat().st_size for p in index), "index_files": len(index),
            "largest_index_file": max(p.stat().st_size for p in index),
            "old_index_bytes": (site / OLD / "search-index.js").stat().st_size}


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


def loaded(browser, url: str, done: str) -> dict:
    """What a visit to ``url`` loads, in a fresh context (an empty cache), once ``done`` (a CSS
    selector) is on the page and the network is idle: bytes of every response body."""
    context = browser.new_context()
    context.set_default_timeout(300_000)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        started = time.perf_counter()
        page.goto(url)
        page.locator(done).first.wait_for(state="attached")
        page.wait_for_load_state("networkidle")
        seconds = time.perf_counter() - started
        status = page.locator("#_search-status").inner_text() if page.locator(
            "#_search-status").count() else ""
        results = page.locator("#_search-results > li").count()
        files = []
        for response in responses:
            # the body itself: Chromium reports no size for a worker's script (pagefind-worker.js)
            try:
                size = len(response.body())
            except Exception:  # noqa: BLE001 - a body the browser no longer holds
                size = response.request.sizes()["responseBodySize"]
            files.append((response.url.split("/", 3)[-1], size))
        return {"bytes": sum(size for _, size in files),
                "index_bytes": sum(size for url, size in files if url.startswith("pagefind/")
                                   or url.split("?")[0].endswith("search-index.js")),
                "requests": len(files), "seconds": seconds, "results": results,
                "status": " ".join(status.split()), "errors": errors, "files": files}
    finally:
        context.close()


def queries(browser, site: Path, word: str, name: str) -> dict:
    served = Served(site)
    try:
        found = {}
        for label, query in (("word", word), ("name", name)):
            found[label] = loaded(browser, f"{served.url}search.html?q={query}",
                                  "#_search-status:not(:empty)")
            found[f"old_{label}"] = loaded(browser, f"{served.url}{OLD}/search.html?q={query}",
                                           "#_search-results li, #_search-status:not(:empty)")
        return found
    finally:
        served.close()


# ---------------------------------------------------------------- the report

def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n / 1e3:,.1f} KB"


def exponent(xs: list[int], ys: list[float]) -> float:
    """The growth exponent between the two largest sizes (y = c·n^b)."""
    (x1, y1), (x2, y2) = sorted(zip(xs, ys))[-2:]
    return math.log(y2 / y1) / math.log(x2 / x1) if y1 > 0 and y2 > 0 else float("nan")


ROWS = (  # label, key, unit
    ("index build (Pagefind's Python API, as edition build), s", "index_s", "s"),
    ("  per article, ms", "index_ms_per_text", "ms"),
    ("  peak RSS, Python side (all corpus pages)", "rss_python", "bytes"),
    ("  peak RSS, Pagefind binary", "rss_pagefind", "bytes"),
    ("all corpus pages (browse, catalogue, archive, index, sitemap), s", "pages_s", "s"),
    ("same pages by Pagefind's CLI from files (pages written + CLI), s", "cli_s", "s"),
    ("  per article, ms", "cli_ms_per_text", "ms"),
    ("  peak RSS, Pagefind binary", "cli_rss", "bytes"),
    ("  its index, total", "cli_bytes", "bytes"),
    ("Pagefind index, total", "index_bytes", "bytes"),
    ("  its files", "index_files", "n"),
    ("  largest file", "largest_index_file", "bytes"),
    ("one-word query, browser loads", "word_bytes", "bytes"),
    ("  of which the index", "word_index_bytes", "bytes"),
    ("name query, browser loads", "name_bytes", "bytes"),
    ("  of which the index", "name_index_bytes", "bytes"),
    ("largest page", "largest_page", "bytes"),
    ("largest corpus page", "largest_corpus_page", "bytes"),
    ("files in the site", "files", "n"),
    ("old own-format index (one script), build s", "old_s", "s"),
    ("  its peak RSS", "old_rss", "bytes"),
    ("  its size", "old_index_bytes", "bytes"),
    ("  one-word query, browser loads", "old_word_bytes", "bytes"),
    ("  name query, browser loads", "old_name_bytes", "bytes"),
    ("  index size: old / Pagefind", "ratio_index", "x"),
    ("  one-word query: old / Pagefind", "ratio_word", "x"),
    ("  name query: old / Pagefind", "ratio_name", "x"),
)


def shown(value: float, unit: str) -> str:
    if unit == "bytes":
        return mb(value)
    if unit == "n":
        return f"{value:,.0f}"
    if unit == "x":
        return f"{value:,.1f}x"
    return f"{value:,.2f}"


def flatten(size: int, pages: dict, cli: dict, old: dict, files: dict, browser: dict) -> dict:
    index = pages["steps"]["search index (Pagefind)"]
    row = {"index_s": index, "index_ms_per_text": index * 1000 / size,
           "rss_python": pages["rss_python"], "rss_pagefind": pages["rss_pagefind"],
           "pages_s": pages["seconds"], "cli_s": cli["seconds"],
           "cli_ms_per_text": cli["seconds"] * 1000 / size, "cli_rss": cli["rss_pagefind"],
           "cli_bytes": cli["bytes"], "old_s": old["seconds"], "old_rss": old["rss_python"],
           **files}
    for label in ("word", "name"):
        row[f"{label}_bytes"] = browser[label]["bytes"]
        row[f"{label}_index_bytes"] = browser[label]["index_bytes"]
        row[f"old_{label}_bytes"] = browser[f"old_{label}"]["bytes"]
        row[f"ratio_{label}"] = row[f"old_{label}_bytes"] / row[f"{label}_bytes"]
    row["ratio_index"] = row["old_index_bytes"] / row["index_bytes"]
    return row


def report(rows: dict[int, dict], details: dict[int, dict]) -> dict:
    sizes = sorted(rows)
    head = f"{'':<66}" + "".join(f"{n:>14,}" for n in sizes)
    projecting = len(sizes) >= 2
    if projecting:
        head += f"{PROJECT_TO:>14,} (projected)  exponent"
    print(head)
    projection = {}
    for label, key, unit in ROWS:
        values = [rows[n][key] for n in sizes]
        text = f"{label:<66}" + "".join(f"{shown(v, unit):>14}" for v in values)
        if projecting and unit != "x":
            b = exponent(sizes, values)
            projected = values[-1] * (PROJECT_TO / sizes[-1]) ** b
            projection[key] = {"value": projected, "exponent": b}
            text += f"{shown(projected, unit):>14}{'':14}{b:6.2f}"
        print(text)
    for n in sizes:
        for label in ("word", "name"):
            for which in (label, f"old_{label}"):
                seen = details[n]["browser"][which]
                print(f"  {n:,} {which}: {seen['requests']} requests, {seen['results']} results "
                      f"shown, {seen['seconds']:.1f} s; {seen['status'] or '(no status)'}"
                      + (f"; page errors: {seen['errors']}" if seen["errors"] else ""))
        files = details[n]["files"]
        print(f"  {n:,} largest page {files['largest_page_path']}, largest corpus page "
              f"{files['largest_corpus_page_path']}")
    return projection


def anchors(rows: dict[int, dict]) -> None:
    print("== anchor: the Endings project's staticSearch (reported figures, another machine)")
    for files, seconds, memory in STATIC_SEARCH:
        print(f"  {files:>7,} files in {seconds // 60} min {seconds % 60:2d} s using {memory}: "
              f"{seconds * 1000 / files:6.1f} ms per file")
    for n, row in sorted(rows.items()):
        print(f"  ours, {n:>6,} articles: {row['index_ms_per_text']:6.1f} ms per article, peak "
              f"{mb(row['rss_python'])} (Python) + {mb(row['rss_pagefind'])} (Pagefind); "
              f"Pagefind's CLI {row['cli_ms_per_text']:.1f} ms per article, "
              f"{mb(row['cli_rss'])}")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000", help="articles, comma-separated")
    parser.add_argument("--encode", type=int, help="articles encoded (default: the smallest "
                                                   "size); larger sizes repeat their digests")
    parser.add_argument("--jobs", type=int, default=2, help="processes encoding the articles")
    parser.add_argument("--word", default="bureaucracy", help="the one-word query")
    parser.add_argument("--name", default="Kemenev", help="the name query (a register spelling)")
    parser.add_argument("--keep", type=Path, help="build in DIR and keep the sites")
    parser.add_argument("--json", type=Path, help="write the figures to FILE")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    count = args.encode or sizes[0]
    if not Path(CHROMIUM).exists():
        sys.exit("bench: Chromium is missing (sudo apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        if any(args.keep.iterdir()):
            sys.exit(f"bench: {args.keep} is not empty")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        print(f"== {count:,} generated articles with the seed's registers, encoded and built "
              f"(web, --jobs {args.jobs})", flush=True)
        encoded, seconds = encode(work, count, args.jobs)
        print(f"  {seconds:.1f} s")
        for n in sizes:
            if n > count:
                print(f"  {n:,} articles: the {count:,} encoded articles' digests repeated "
                      f"{n / count:g} times under new names, authors and titles")
        rows, details = {}, {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            try:
                for n in sizes:
                    print(f"== {n:,} articles", flush=True)
                    site = work / f"site-{n}"
                    make_site(encoded, site, n)
                    pages = measured("pages", site, site)
                    cli = measured("cli", site, work / f"cli-{n}")
                    shutil.rmtree(work / f"cli-{n}")
                    old = measured("old", site, site / OLD)
                    old_search_page(site)
                    files = sizes_of(site)
                    seen = queries(browser, site, args.word, args.name)
                    details[n] = {"pages": pages, "cli": cli, "old": old, "files": files,
                                  "browser": seen}
                    rows[n] = flatten(n, pages, cli, old, files, seen)
                    print(f"  index {rows[n]['index_s']:.1f} s, pages {pages['seconds']:.1f} s, "
                          f"word query {mb(rows[n]['word_bytes'])}, name query "
                          f"{mb(rows[n]['name_bytes'])}", flush=True)
            finally:
                browser.close()
        print(f"== the corpus site (the query: '{args.word}'; the name: '{args.name}', "
              f"a register spelling of Lev Kamenev; Chromium, empty cache, over HTTP)")
        projection = report(rows, details)
        if projection:
            print(f"  (the {PROJECT_TO:,} column is a projection from the growth between the "
                  f"two largest sizes, not a measurement)")
        anchors(rows)
        if args.json:
            args.json.write_text(json.dumps(
                {"sizes": sizes, "encoded": count, "encode_seconds": seconds, "rows": rows,
                 "details": details, "projection": projection, "projected_to": PROJECT_TO},
                indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
