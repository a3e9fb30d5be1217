# SPDX-License-Identifier: MIT
"""Benchmark: what the EPUB adds to a build, against the same build without it, in one run.

    python3 bench/epub_cost.py [--runs 5] [SOURCE.txt|TEI.xml ...]

For each source (default: the seed and two articles of the corpus), encodes it once, then builds
its editions ``--runs`` times with and without the EPUB, alternating, in this process (FOP kept
warm as ``edition build`` keeps it), each time the TEI's print edition (FO and PDF), web edition
and, in the first, the EPUB: ``build_document`` as ``edition build`` runs it. Prints the median
of each and their ratio, and the EPUB's own steps (its FOP layout for the page list, its XSLT,
its zip).
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

from edition.build import BuildSettings, build_document  # noqa: E402
from edition.render.epub import EpubSettings  # noqa: E402
from edition.render.fo import PrintSettings  # noqa: E402
from edition.render.html import WebSettings  # noqa: E402

DEFAULT = [ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt",
           ROOT / "tests" / "data" / "corpus" / "essay-kropotkin-mutual-aid.txt",
           ROOT / "tests" / "data" / "corpus" / "report-jtei-presentation-myth.txt"]


def settings(outputs: tuple[str, ...]) -> BuildSettings:
    date = "2000-01-01"
    return BuildSettings(outputs=outputs, print=PrintSettings(date=date, pdf=True),
                         web=WebSettings(date=date), epub=EpubSettings(date=date))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("sources", nargs="*", type=Path, default=DEFAULT)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")
    with_epub, without = settings(("print", "web", "epub")), settings(("print", "web"))
    print(f"{'text':<40} {'without':>9} {'with':>9} {'ratio':>6}   EPUB steps (median ms)")
    for source in args.sources:
        times: dict[str, list[float]] = {"with": [], "without": []}
        steps: dict[str, list[float]] = {}
        with tempfile.TemporaryDirectory(prefix="bench-epub-") as out:
            build_document(source, Path(out), without)  # warm: the JVM, the stylesheets
            for _ in range(args.runs):
                for label, chosen in (("without", without), ("with", with_epub)):
                    started = time.perf_counter()
                    built, _ = build_document(source, Path(out), chosen)
                    times[label].append(time.perf_counter() - started)
                    if label == "with":
                        for step, seconds in built.timings.items():
                            if step.startswith("epub"):
                                steps.setdefault(step, []).append(seconds)
        plain, epub = statistics.median(times["without"]), statistics.median(times["with"])
        shown = ", ".join(f"{step[5:]} {statistics.median(s) * 1000:.0f}" for step, s in steps.items())
        print(f"{source.name[:40]:<40} {plain:8.2f}s {epub:8.2f}s {epub / plain:6.2f}   {shown}")


if __name__ == "__main__":
    main()
