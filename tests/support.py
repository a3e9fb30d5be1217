# SPDX-License-Identifier: MIT
"""What tests share besides fixtures: paths of the seed and test data, assertions.

Import it as ``from support import SEED`` (not from ``conftest``: several folders have a
conftest.py, and which one ``import conftest`` finds depends on the order pytest loads them).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "healy-1988-how-stalin-betrayed-october.txt"
SEED_EDITORIAL = SEED.with_suffix(".toml")
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests" / "data" / "sample.xml"  # copy of ../shared/encoding/sample.xml


def assert_valid(schema: etree.RelaxNG, tree) -> None:
    """Assert ``tree`` is valid, showing every error with its line when not."""
    if not schema.validate(tree):
        errors = "\n".join(f"{e.line}:{e.column}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"not valid:\n{errors}")
