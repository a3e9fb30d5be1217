# SPDX-License-Identifier: MIT
"""Fixtures of the web tests: one site built once per session (the seed, encoded with the real
encoder, and the four test articles, so that there is a corpus), and one headless Chromium.

Chromium is Debian's (``chromium``), driven by Playwright for Python (a test dependency; its own
browser download is never used), with no network features: the machine has no internet, and the
site must need none. Each test gets a fresh browser context (cheap) in the one browser (a launch
costs seconds of two shared cores); pages load from file://, as a reader opening the folder would,
and once from a server on localhost (``served``), as from a web host.
"""

from __future__ import annotations

import http.server
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree

from edition.build import BuildSettings, build
from edition.encoder import encode_path
from edition.render.html import WebSettings
from support import ROOT, SEED

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
DATE = "2000-01-01"
WIDE = {"width": 1280, "height": 800}


@dataclass(frozen=True)
class Site:
    root: Path  # DIR: the corpus pages, assets/
    name: str  # the seed's folder under root
    tei: etree._ElementTree  # the seed's TEI, as the encoder made it
    tei_file: bytes  # the TEI file the site was built from
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
    return Site(out, encoded.name, encoded.tree, encoded.tei, timings)


@pytest.fixture(scope="session")
def served(site) -> Iterator[str]:
    """The site served over HTTP on localhost, as from any static host: its root URL."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site.root), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()



@dataclass
class Watched:
    """What a page told its console and the requests it made, since it was opened."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _open(browser, **options):
    context = browser.new_context(viewport=WIDE, reduced_motion="reduce", **options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    watched = Watched()
    def console(message):
        if message.type in ("error", "warning"):
            watched.errors.append(f"console {message.type}: {message.text} ({page.url})")

    page.on("console", console)
    page.on("pageerror", lambda error: watched.errors.append(f"page error: {error} ({page.url})"))
    page.on("request", lambda request: watched.requests.append(request.url))
    page.watched = watched
    return context, page


@pytest.fixture
def page(browser) -> Iterator:
    """A page with scripts on, in a fresh context, motion reduced (no smooth scrolling to wait
    for). Whatever the test does, the page may log no error or warning and throw nothing."""
    context, page = _open(browser)
    try:
        yield page
        assert not page.watched.errors, page.watched.errors
    finally:
        context.close()


@pytest.fixture
def page_without_js(browser) -> Iterator:
    """A page in a context with JavaScript disabled."""
    context, page = _open(browser, java_script_enabled=False)
    try:
        yield page
    finally:
        context.close()
