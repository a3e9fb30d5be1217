# SPDX-License-Identifier: MIT
"""Fixtures shared by every test. Shared constants and helpers live in support.py."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.teiall import find_tei_all


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI All 4.3.0 compiled by lxml (about 6 s, so once per session). Never skipped:
    where ../shared is absent the schema is fetched (see edition.teiall)."""
    return etree.RelaxNG(etree.parse(str(find_tei_all())))
