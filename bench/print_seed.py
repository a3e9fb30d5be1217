# SPDX-License-Identifier: MIT
"""Benchmark: the print edition of the seed, median of several runs.

    python3 bench/print_seed.py [--runs 5]

Encodes the seed once, then builds its print edition ``--runs`` times (``build_print``, as
``edition build`` does) and prints the median time of each step: the XSLT (TEI to FO, run twice:
before and after the layout that finds the index's pages), FOP's layout run, FOP's PDF run, and
the whole. Each FOP run starts a JVM, which is most of its time.
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
from edition.render.fo import PrintSettings  # noqa: E402
from edition.render.pdf import build_print  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    encoded = encode_path(SEED)
    settings = PrintSettings(date="2000-01-01", pdf=True)
    steps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-print-") as out:
        for _ in range(args.runs):
            started = time.perf_counter()
            result = build_print(encoded.tree, encoded.name, Path(out), settings)
            steps.setdefault("whole", []).append(time.perf_counter() - started)
            for step, seconds in result.timings.items():
                steps.setdefault(step, []).append(seconds)
        size = result.fo.stat().st_size
    print(f"seed: {SEED.name}; FO {size} bytes; {args.runs} runs")
    for step in ("xslt", "fop layout", "fop pdf", "whole"):
        times = steps.get(step, [])
        if times:
            print(f"{step:<11} median {statistics.median(times) * 1000:7.0f} ms"
                  f"   (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")


if __name__ == "__main__":
    main()
