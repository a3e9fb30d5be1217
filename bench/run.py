# SPDX-License-Identifier: MIT
"""Benchmarks: the seed and a generated corpus, against the standard Java toolchain.

    python3 bench/run.py                 # seed + a 1,000-article corpus (several minutes)
    python3 bench/run.py --corpus 100    # a quicker corpus

Each figure is the median of --runs runs, measured in this one run of the script beside the
alternative doing the same work: jing (validation against our RELAX NG and against TEI All),
Saxon HE 9.9 (Debian libsaxonhe-java) and xsltproc running our own stylesheets, each as the
whole process a user would start. Needs: fop, jing, libsaxonhe-java, xsltproc (Debian).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from edition.encoder import encode_path  # noqa: E402
from edition.render.fo import PrintSettings, to_fo  # noqa: E402
from edition.render.fop import render as fop_render  # noqa: E402
from edition.render.html import WebSettings, render_page  # noqa: E402
from edition.render.pdf import build_print  # noqa: E402
from edition.teiall import find_tei_all  # noqa: E402
from edition.validation import validate_tree  # noqa: E402

SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
SAXON = "/usr/share/java/Saxon-HE.jar"
WEB_XSL = ROOT / "xslt" / "html" / "edition.xsl"
FO_XSL = ROOT / "xslt" / "fo" / "edition.xsl"


def median(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process(args: list[str]):
    return lambda: subprocess.run(args, capture_output=True, check=True)


def row(label: str, ours: float, other_label: str | None = None, other: float | None = None) -> None:
    text = f"{label:<46} {ours * 1000:9.1f} ms"
    if other is not None:
        text += f"   {other_label:<30} {other * 1000:9.1f} ms   {other / ours:7.1f}x"
    print(text)


def seed_benchmarks(work: Path, runs: int) -> None:
    result = encode_path(SEED)
    tei_path = work / "seed.xml"
    tei_path.write_bytes(result.tei)
    tree = result.tree
    print(f"== seed: {SEED.name}")
    row("encode (in process)", median(lambda: encode_path(SEED), runs))
    ours_rng = median(lambda: validate_tree(tree, kinds=("rng",)), runs)
    jing_ours = median(process(["jing", str(ROOT / "schema" / "edition.rng"), str(tei_path)]), runs)
    jing_all = median(process(["jing", str(find_tei_all()), str(tei_path)]), max(3, runs // 2))
    row("validate: our RELAX NG (in process)", ours_rng, "jing, our RELAX NG", jing_ours)
    row("validate: our RELAX NG (in process)", ours_rng, "jing, TEI All", jing_all)
    row("validate: RNG + XSD + Schematron", median(lambda: validate_tree(tree), runs),
        "jing, TEI All", jing_all)
    web = median(lambda: render_page(tree, "text", WebSettings()), runs)
    saxon_web = median(process(["java", "-cp", SAXON, "net.sf.saxon.Transform", f"-s:{tei_path}",
                                f"-xsl:{WEB_XSL}", f"-o:{work / 'saxon.html'}", "page=text"]), runs)
    xp_web = median(process(["xsltproc", "--stringparam", "page", "text", "-o",
                             str(work / "xp.html"), str(WEB_XSL), str(tei_path)]), runs)
    row("web XSLT, text page (lxml, in process)", web, "Saxon HE (process)", saxon_web)
    row("web XSLT, text page (lxml, in process)", web, "xsltproc (process)", xp_web)
    fo_settings = PrintSettings(date="2026-11-25")
    fo = median(lambda: to_fo(tree, fo_settings), runs)
    saxon_fo = median(process(["java", "-cp", SAXON, "net.sf.saxon.Transform", f"-s:{tei_path}",
                               f"-xsl:{FO_XSL}", f"-o:{work / 'saxon.fo'}"]), runs)
    xp_fo = median(process(["xsltproc", "-o", str(work / "xp.fo"), str(FO_XSL), str(tei_path)]), runs)
    row("FO XSLT (lxml, in process)", fo, "Saxon HE (process)", saxon_fo)
    row("FO XSLT (lxml, in process)", fo, "xsltproc (process)", xp_fo)
    fo_path = work / "seed.fo"
    fo_path.write_bytes(bytes(to_fo(tree, fo_settings)))
    # The PDF with its index against one FOP run, by each FOP route (edition.render.fop):
    # a FOP process per run, and FOP kept warm in this process (its JVM started beforehand).
    for mode in ("process", "warm"):
        os.environ["EDITION_FOP_MODE"] = mode
        fop_render(fo_path, work / "warm-up.pdf")
        fop_once = median(lambda: fop_render(fo_path, work / "seed.pdf"), max(3, runs // 2))
        pdf = median(lambda: build_print(tree, "seed", work / "print", fo_settings),
                     max(3, runs // 2))
        row(f"FOP, one run ({mode})", fop_once)
        row(f"PDF with its index ({mode}: two FOP runs + XSLT)", pdf)
        print(f"{'   = times one FOP run (target at most 2.2)':<46} {pdf / fop_once:9.2f} x")
    del os.environ["EDITION_FOP_MODE"]
    whole = median(process([sys.executable, "-m", "edition", "build", str(SEED), "-o",
                            str(work / "whole"), "--no-pdf", "-q"]), runs)
    row("edition build seed: TEI + web + FO, no FOP", whole)


SENTENCES = None


def article(rng: random.Random, n: int) -> str:
    """A generated article in the seed's layout, made of the seed's own sentences."""
    global SENTENCES
    if SENTENCES is None:
        body = SEED.read_text(encoding="utf-8").split("\n\n", 3)[3]
        SENTENCES = [s.strip() + "." for s in body.replace("\n", " ").split(". ") if len(s) > 20]
    paragraphs = []
    for _ in range(rng.randint(8, 30)):
        paragraphs.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 7))))
        if rng.random() < 0.15:
            paragraphs.append(f"  Section Heading Number {rng.randint(1, 99)}")
    paragraphs[-1] = paragraphs[-1].lstrip()
    head = [f"Author Number{n}", f"Generated Article {n}",
            f"(Marxist Monthly, Vol. {rng.randint(1, 9)} No. {rng.randint(1, 12)}, June 1988)"]
    return "\n\n".join(head + paragraphs) + "\n"


def generate_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` generated articles in ``folder`` (the same ones in every run)."""
    folder.mkdir(parents=True)
    rng = random.Random(1988)
    for n in range(count):
        (folder / f"article-{n:05d}.txt").write_text(article(rng, n), encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def corpus_benchmarks(work: Path, count: int) -> None:
    texts = work / "corpus"
    generate_corpus(texts, count)
    print(f"== corpus: {count} generated articles, web edition (--no-print)")
    for jobs in (1, 2):
        out = work / f"out-{jobs}"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "edition", "build", str(texts), "-o", str(out),
                        "--no-print", "--jobs", str(jobs), "-q"], check=True, capture_output=True)
        row(f"edition build --jobs {jobs}", time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "edition", "build", str(texts), "-o", str(work / "out-2"),
                    "--no-print", "--jobs", "2", "-q"], check=True, capture_output=True)
    row("rebuild with no change (--jobs 2)", time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--corpus", type=int, default=1000, help="articles (0: no corpus)")
    args = parser.parse_args()
    for tool in ("jing", "xsltproc", "java", "fop"):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} is missing (sudo apt-get install jing xsltproc libsaxonhe-java fop)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        etree.RelaxNG  # noqa: B018 - lxml loaded before timing
        seed_benchmarks(work, args.runs)
        if args.corpus:
            corpus_benchmarks(work, args.corpus)


if __name__ == "__main__":
    main()
