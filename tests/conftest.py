# SPDX-License-Identifier: MIT
"""Fixtures shared by every test. Shared constants and helpers live in support.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from edition.teiall import find_tei_all


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI All 4.3.0 compiled by lxml (about 6 s, so once per session). Never skipped:
    where ../shared is absent the schema is fetched (see edition.teiall)."""
    return etree.RelaxNG(etree.parse(str(find_tei_all())))


# Debian's Chromium, driven by Playwright, for the web and the EPUB tests alike: one session's
# browser, since Playwright's sync API runs one driver per thread (a second would find the first
# one's event loop running and refuse).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-default-apps", "--disable-extensions"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, once for the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the web and EPUB tests need Playwright for Python: pip install playwright "
                    "(its browser download is not needed: they use Debian's chromium)")
    if not Path(CHROMIUM).exists():
        pytest.fail("the web and EPUB tests need Chromium: sudo apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()
