# SPDX-License-Identifier: MIT
"""Scale benchmarks: corpus builds with --jobs and on Dask, FOP per process and kept warm,
libxslt (lxml) against Saxon (SaxonC-HE, in process), and a projection to 10^5 articles.

    python3 bench/scale.py                          # 1,000 articles, web and print (long)
    python3 bench/scale.py --texts 200 --print-texts 40

Every figure is measured in this one run, beside its alternative. Corpus builds run in this
process through edition.corpus.build_corpus (the work `edition build DIR` does, without Python's
start-up), each into a fresh folder; "local:2" includes starting and closing the LocalCluster.
Needs: fop (Debian), pip saxonche, jpype1, distributed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import SEED, generate_corpus, median  # noqa: E402

from edition.build import BuildSettings, finish  # noqa: E402
from edition.corpus import build_corpus  # noqa: E402
from edition.encoder import encode_path  # noqa: E402
from edition.render.digest import DIGESTS, Digest  # noqa: E402
from edition.render.fo import PrintSettings, to_fo  # noqa: E402
from edition.render.html import WebSettings, render_page  # noqa: E402
from edition.runners import make_runner  # noqa: E402

DATE = "2000-01-01"
WEB = BuildSettings(outputs=("web",), web=WebSettings(date=DATE))
PRINT = BuildSettings(outputs=("print",), print=PrintSettings(date=DATE, pdf=True))


def line(label: str, seconds: float, other_label: str = "", other: float | None = None,
         unit: str = "s") -> None:
    scale = 1000 if unit == "ms" else 1
    text = f"{label:<44} {seconds * scale:9.2f} {unit}"
    if other is not None:
        text += f"   {other_label:<28} {other * scale:9.2f} {unit}   {other / seconds:6.2f}x"
    print(text, flush=True)


def timed_build(texts: list[Path], out: Path, settings: BuildSettings, *, jobs: int = 1,
                scheduler: str | None = None) -> tuple[float, list]:
    started = time.perf_counter()
    runner = make_runner(jobs, scheduler)
    try:
        outcomes = build_corpus(texts, out, settings, runner=runner, force=True)
    finally:
        runner.close()
    seconds = time.perf_counter() - started
    failed = [o.reason for o in outcomes if o.status == "failed"]
    if failed:
        sys.exit(f"bench: {len(failed)} texts failed, first: {failed[0]}")
    return seconds, outcomes


def xslt_engines(runs: int) -> None:
    """Our stylesheets on the seed: libxslt through lxml against SaxonC-HE, both in process,
    stylesheet compiled once, input parsed once: the transform alone."""
    from saxonche import PySaxonProcessor

    encoded = encode_path(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        tei = Path(tmp) / "seed.xml"
        tei.write_bytes(encoded.tei)
        with PySaxonProcessor(license=False) as saxon:
            xslt = saxon.new_xslt30_processor()
            node = saxon.parse_xml(xml_file_name=str(tei))
            for label, sheet, ours, params in (
                    ("web XSLT, text page", "html/edition.xsl",
                     lambda: render_page(encoded.tree, "text", WEB.web), {"page": "text"}),
                    ("FO XSLT", "fo/edition.xsl",
                     lambda: to_fo(encoded.tree, PRINT.print), {})):
                executable = xslt.compile_stylesheet(
                    stylesheet_file=str(ROOT / "xslt" / sheet))
                for name, value in params.items():
                    executable.set_parameter(name, saxon.make_string_value(value))

                def theirs(executable=executable):
                    executable.transform_to_string(xdm_node=node)

                ours(), theirs()  # warm: compiled, caches filled, JIT run
                line(f"{label}: lxml (in process)", median(ours, runs),
                     f"{saxon.version.split(' from')[0]} (in process)", median(theirs, runs), "ms")


def fop_routes(runs: int) -> None:
    """One PDF of the seed's FO: a FOP process per PDF against the JVM kept warm."""
    from edition.render import fop

    encoded = encode_path(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        fo = Path(tmp) / "seed.fo"
        fo.write_bytes(bytes(to_fo(encoded.tree, PRINT.print)))
        times = {}
        for mode in ("process", "warm"):
            os.environ["EDITION_FOP_MODE"] = mode
            fop.render(fo, Path(tmp) / f"warm-up-{mode}.pdf")  # the warm route starts its JVM
            times[mode] = median(lambda: fop.render(fo, Path(tmp) / f"{mode}.pdf"), runs)
        del os.environ["EDITION_FOP_MODE"]
        line("FOP per PDF (seed): warm JVM", times["warm"], "one FOP process per PDF",
             times["process"], "ms")


def reduction(out: Path, sizes: list[int]) -> dict[int, float]:
    """The corpus pages reduced from ``size`` digests (read from the files a build left)."""
    digests = [Digest.from_json(p.read_bytes()) for p in sorted((out / DIGESTS).glob("*.json"))]
    seconds = {}
    for size in sizes:
        part = (digests * (size // len(digests) + 1))[:size]
        renamed = [Digest(f"{d.name}-{i}", d.title, d.header, d.persons, d.works, d.search)
                   for i, d in enumerate(part)]
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            finish(renamed, Path(tmp), WEB)
            seconds[size] = time.perf_counter() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=1000, help="articles in the web builds")
    parser.add_argument("--print-texts", type=int, default=1000, help="articles in the PDF builds")
    parser.add_argument("--runs", type=int, default=7, help="runs per median")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    workers = args.workers
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = generate_corpus(work / "texts", max(args.texts, args.print_texts))

        n = args.texts
        print(f"== web edition of {n} generated articles")
        jobs, _ = timed_build(texts[:n], work / "web-jobs", WEB, jobs=workers)
        dask, outcomes = timed_build(texts[:n], work / "web-dask", WEB,
                                     scheduler=f"local:{workers}")
        line(f"--scheduler local:{workers}", dask, f"--jobs {workers}", jobs)
        corpus = next(o for o in outcomes if o.kind == "corpus")
        per_text = statistics.median(o.seconds for o in outcomes if o.kind == "text")
        line("  per text (median, in a worker)", per_text, unit="ms")
        line("  corpus pages (reduction + XSLT)", corpus.seconds)

        m = args.print_texts
        print(f"== print edition (FO + PDF) of {m} generated articles, --jobs {workers}")
        routes = {}
        for mode in ("process", "warm"):
            os.environ["EDITION_FOP_MODE"] = mode
            routes[mode], _ = timed_build(texts[:m], work / f"print-{mode}", PRINT, jobs=workers)
        os.environ["EDITION_FOP_MODE"] = "warm"
        routes["dask"], _ = timed_build(texts[:m], work / "print-dask", PRINT,
                                        scheduler=f"local:{workers}")
        del os.environ["EDITION_FOP_MODE"]
        line(f"FOP warm, --jobs {workers}", routes["warm"], "FOP per process", routes["process"])
        line(f"FOP warm, --scheduler local:{workers}", routes["dask"], f"--jobs {workers}",
             routes["warm"])

        print("== the reduction (corpus pages from digests) as the corpus grows")
        sizes = [n // 10 or 1, n, n * 10]
        grown = reduction(work / "web-jobs", sizes)
        for size in sizes:
            line(f"  {size} texts", grown[size], unit="s")
        slope = (grown[sizes[-1]] - grown[sizes[0]]) / (sizes[-1] - sizes[0])
        print(f"  growth: {slope * 1000:.3f} ms per text (linear fit, {sizes[0]}..{sizes[-1]})")

        # Last: a JVM (FOP's, Saxon's) in this process would be inherited by the
        # forked workers of the builds above, which then fall back to FOP processes.
        print("== XSLT engines, the seed, in process (medians)")
        xslt_engines(args.runs)
        print("== FOP, the seed's FO (medians)")
        fop_routes(args.runs)

        print("== projection: 10^5 articles, web + print")
        web_cost = jobs * workers / n  # worker-seconds per text, parallel losses included
        print_cost = routes["warm"] * workers / m
        big = 100_000
        reduce_big = grown[sizes[0]] + slope * (big - sizes[0])
        for nodes in (2, 16, 64, 256):
            total = big * (web_cost + print_cost) / nodes + reduce_big
            print(f"  {nodes:>4} workers: {total / 60:8.1f} min "
                  f"(per text {web_cost + print_cost:.2f} worker-s; reduction {reduce_big:.0f} s)")


if __name__ == "__main__":
    main()
