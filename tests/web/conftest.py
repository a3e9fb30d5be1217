# SPDX-License-Identifier: MIT
"""Fixtures of the web tests: one site built once per session (the seed, encoded with the real
encoder, and the four test articles, so that there is a corpus), and one headless Chromium.

Chromium runs with no network features and a fresh profile; the machine has no internet, and the
site must need none. Chromium and its driver are Debian's (``chromium``, ``chromium-driver``);
Python drives them with ``selenium`` (a test dependency).
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from edition.build import BuildSettings, build
from edition.encoder import encode_path
from edition.render.html import WebSettings
from support import ROOT, SEED

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
DATE = "2000-01-01"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-default-apps", "--disable-extensions", "--window-size=1280,1000")


@dataclass(frozen=True)
class Site:
    root: Path  # DIR: the corpus pages, assets/
    name: str  # the seed's folder under root
    tei: etree._ElementTree  # the seed's TEI, as the encoder made it
    timings: dict[str, float]  # seconds per XSLT page run, for the seed

    @property
    def folder(self) -> Path:
        return self.root / self.name

    def page(self, file: str = "index.html") -> Path:
        return self.folder / file


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    encoded = encode_path(SEED)
    sources = tmp_path_factory.mktemp("tei")
    tei_file = sources / f"{encoded.name}.xml"
    tei_file.write_bytes(encoded.tei)  # built from its TEI file, the way a user rebuilds
    out = tmp_path_factory.mktemp("site")
    settings = BuildSettings(outputs=("web",), web=WebSettings(date=DATE))
    built = build([tei_file, *ARTICLES], out, settings)
    seed = built[0]
    timings = {step: seconds for step, seconds in seed.timings.items() if step.startswith("xslt")}
    shown = ", ".join(f"{step[5:]} {seconds * 1000:.0f} ms" for step, seconds in timings.items())
    print(f"\nweb edition of the seed, XSLT per page: {shown}", file=sys.stderr)
    return Site(out, encoded.name, encoded.tree, timings)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """One headless Chromium for the session (each launch costs seconds of two shared cores),
    logging its network requests (see ``requested``)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("the web tests need selenium: pip install selenium")
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail("the web tests need Chromium and its driver: "
                    "sudo apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser):
    """The browser with scripts on, motion reduced (no smooth scrolling to wait for)."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    return browser
