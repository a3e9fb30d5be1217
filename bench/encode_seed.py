# SPDX-License-Identifier: MIT
"""Benchmark: encoding the seed, median of several runs.

    python3 bench/encode_seed.py [--runs 15]

Prints the median time of ``encode_path`` (in process), of the ``edition encode`` command (a new
process, as an editor runs it), and, as a baseline measured in the same run, of parsing and
re-serialising the finished TEI with lxml alone — what any TEI tool pays just to read and write.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
sys.path.insert(0, str(ROOT))

from edition.encoder import encode_path  # noqa: E402
from run import median as median_of  # noqa: E402  (bench/run.py, beside this script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    encode_path(SEED)  # warm imports and caches
    tei = encode_path(SEED).tei
    in_process = median_of(lambda: encode_path(SEED), args.runs)
    baseline = median_of(lambda: etree.tostring(etree.fromstring(tei)), args.runs)
    command = median_of(lambda: subprocess.run(
        [sys.executable, "-m", "edition", "encode", str(SEED), "-q"], capture_output=True, check=True),
        max(3, args.runs // 3))
    print(f"seed: {SEED.name} ({SEED.stat().st_size} bytes) -> TEI {len(tei)} bytes")
    print(f"encode (in process)      median {in_process * 1000:8.1f} ms")
    print(f"edition encode (command) median {command * 1000:8.1f} ms")
    print(f"lxml parse + serialise   median {baseline * 1000:8.1f} ms  (baseline)")
    print(f"encode / baseline        {in_process / baseline:8.1f} x")


if __name__ == "__main__":
    main()
