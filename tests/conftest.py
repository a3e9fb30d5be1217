# SPDX-License-Identifier: MIT
"""Fixtures shared by every test: the seed, its editorial file, TEI All."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.teiall import find_tei_all

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "healy-1988-how-stalin-betrayed-october.txt"
SEED_EDITORIAL = SEED.with_suffix(".toml")
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests" / "data" / "sample.xml"  # copy of ../shared/encoding/sample.xml


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI All 4.3.0 compiled by lxml (about 6 s, so once per session). Never skipped:
    where ../shared is absent the schema is fetched (see edition.teiall)."""
    return etree.RelaxNG(etree.parse(str(find_tei_all())))


def assert_valid(schema: etree.RelaxNG, tree) -> None:
    """Assert ``tree`` is valid, showing every error with its line when not."""
    if not schema.validate(tree):
        errors = "\n".join(f"{e.line}:{e.column}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"not valid:\n{errors}")
