# SPDX-License-Identifier: MIT
"""Fixtures of the EPUB tests: the seed and two articles of the corpus built once per session,
with their PDFs (the page list's pages), under a fixed SOURCE_DATE_EPOCH; EPUBCheck (Debian's
epubcheck, run as the jar it is). The headless Chromium is tests/conftest.py's, shared with the
web tests."""

from __future__ import annotations

import os

import pytest

from epub_helpers import EPOCH, Edition, build_edition
from support import ROOT, SEED

CORPUS = ROOT / "tests" / "data" / "corpus"
TEXTS = {"seed": SEED,
         "kropotkin": CORPUS / "essay-kropotkin-mutual-aid.txt",
         "jtei": CORPUS / "report-jtei-presentation-myth.txt"}


@pytest.fixture(scope="session")
def editions(tmp_path_factory) -> dict[str, Edition]:
    """Each text of TEXTS built (TEI, PDF, EPUB; no web site) into a folder of its own."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        return {key: build_edition(source, tmp_path_factory.mktemp(f"epub-{key}"))
                for key, source in TEXTS.items()}
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.fixture(params=sorted(TEXTS))
def edition(request, editions) -> Edition:
    return editions[request.param]



@pytest.fixture
def page(browser):
    context = browser.new_context()
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
        assert not errors, errors
    finally:
        context.close()
