# SPDX-License-Identifier: MIT
"""What both growth benchmarks share (growth_encode.py, growth_validate.py): their common
options and the growth exponent they fit."""

from __future__ import annotations

import argparse
import math
from pathlib import Path


def growth_parser(description: str, shapes, sizes) -> argparse.ArgumentParser:
    """The options both benchmarks take: which shapes and sizes, a checkout to measure beside
    this one, a time limit, and the hidden --one a child process is run with."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shapes", nargs="+", choices=shapes, default=list(shapes))
    parser.add_argument("--sizes", nargs="+", type=int, default=list(sizes))
    parser.add_argument("--before", type=Path, help="another checkout to measure beside this one")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds before a measurement is given up (default 300)")
    parser.add_argument("--one", nargs=3, metavar=("ROOT", "SHAPE", "N"), help=argparse.SUPPRESS)
    return parser


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(size): 1 is linear growth, 2 quadratic."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
