# SPDX-License-Identifier: MIT
"""Benchmark: one FOP process per PDF against FOP kept warm in this process (JPype).

    python3 bench/fop_warm.py [--runs 10]

Makes the seed's FO once, then renders it to a PDF/A ``--runs`` times by each route: a ``fop``
process per PDF (``fop.render_process``), and FOP in this process's JVM
(``fop_warm.render``) after one render that starts the JVM and loads FOP, timed apart. Prints
the median per PDF of each route, their ratio, and the total of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
sys.path.insert(0, str(ROOT))

from edition.encoder import encode_path  # noqa: E402
from edition.render import fop, fop_warm  # noqa: E402
from edition.render.fo import PrintSettings, to_fo  # noqa: E402


def timed(render, fo: Path, out: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        render(fo, out)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-fop-") as tmp:
        fo, pdf = Path(tmp) / "seed.fo", Path(tmp) / "seed.pdf"
        fo.write_bytes(bytes(to_fo(encode_path(SEED).tree, PrintSettings(date="2000-01-01"))))
        process = timed(fop.render_process, fo, pdf, args.runs)
        first = timed(fop_warm.render, fo, pdf, 1)[0]
        warm = timed(fop_warm.render, fo, pdf, args.runs)
        size = fo.stat().st_size
    print(f"seed: FO of {size} bytes, {args.runs} PDFs per route")
    for label, times in (("process (a JVM per PDF)", process), ("warm (one JVM, JPype)", warm)):
        print(f"{label:<24} median {statistics.median(times) * 1000:6.0f} ms per PDF"
              f"   (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
              f"   total {sum(times):6.1f} s")
    print(f"{'warm: first render':<24}        {first * 1000:6.0f} ms (JVM start, FOP loaded)")
    print(f"{'process / warm':<24} {statistics.median(process) / statistics.median(warm):6.1f} x"
          f" per PDF; total with the first warm render "
          f"{sum(process):.1f} s vs {sum(warm) + first:.1f} s")


if __name__ == "__main__":
    main()
