# SPDX-License-Identifier: MIT
"""The growth exponent both growth benchmarks fit (growth_encode.py, growth_validate.py)."""

from __future__ import annotations

import math


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(size): 1 is linear growth, 2 quadratic."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
