# SPDX-License-Identifier: MIT
"""Fixtures of the print tests: the print editions of two TEI documents and of the seed article,
built once per session with the real Apache FOP (two FOP runs each: the layout for the index
pages, then the PDF), and one more FOP run on the seed's final FO, whose log is checked."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main
from edition.render import fop
from support import ROOT, SEED

DATA = ROOT / "tests" / "data"
DOCUMENTS = {"sample": DATA / "sample.xml", "longer": DATA / "print-longer.xml", "seed": SEED}
DATE = "2000-01-01"


@dataclass(frozen=True)
class Edition:
    tei: etree._ElementTree  # a text source's TEI as the build wrote it
    fo: Path
    pdf: Path
    seconds: float  # the whole build: encoding (a text), XSLT twice, FOP twice


@pytest.fixture(scope="session")
def editions(tmp_path_factory) -> dict[str, Edition]:
    built = {}
    for key, source in DOCUMENTS.items():
        out = tmp_path_factory.mktemp(f"print-{key}")  # sample.xml has the seed's xml:id
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--date", DATE,
                                           "--pdf", "--no-web", "-q"])
        assert result.exit_code == 0, result.output
        seconds = time.perf_counter() - started
        tei_path = source if source.suffix == ".xml" else out / f"{source.stem}.xml"
        tei = etree.parse(str(tei_path))
        name = tei.getroot().get("{http://www.w3.org/XML/1998/namespace}id")
        built[key] = Edition(tei, out / f"{name}.fo", out / f"{name}.pdf", seconds)
        print(f"\nbuilt {key}: {seconds:.1f} s", file=sys.stderr)
    return built


@pytest.fixture(params=sorted(DOCUMENTS))
def edition(request, editions) -> Edition:
    return editions[request.param]


@pytest.fixture(scope="session")
def seed(editions) -> Edition:
    return editions["seed"]


@pytest.fixture(scope="session")
def seed_fop_run(seed, tmp_path_factory) -> fop.FopRun:
    """FOP run once more on the seed's final FO, as the build runs it (strict validation, FOP's
    default), to read its whole log."""
    return fop.render(seed.fo, tmp_path_factory.mktemp("fop-log") / "seed.pdf")
