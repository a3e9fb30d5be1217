# SPDX-License-Identifier: MIT
"""Fixtures of the print tests: the print editions of two TEI documents, built once per session
with the real Apache FOP (two FOP runs each: the layout for the index pages, then the PDF)."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main

DATA = Path(__file__).resolve().parent.parent / "data"
DOCUMENTS = {"sample": DATA / "sample.xml", "longer": DATA / "print-longer.xml"}
DATE = "2000-01-01"


@dataclass(frozen=True)
class Edition:
    tei: etree._ElementTree
    fo: Path
    pdf: Path
    seconds: float  # the whole build: XSLT twice, FOP twice


@pytest.fixture(scope="session")
def editions(tmp_path_factory) -> dict[str, Edition]:
    out = tmp_path_factory.mktemp("print")
    built = {}
    for key, source in DOCUMENTS.items():
        tei = etree.parse(str(source))
        name = tei.getroot().get("{http://www.w3.org/XML/1998/namespace}id")
        started = time.perf_counter()
        result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--date", DATE,
                                           "--pdf", "-q"])
        assert result.exit_code == 0, result.output
        built[key] = Edition(tei, out / f"{name}.fo", out / f"{name}.pdf",
                             time.perf_counter() - started)
        print(f"\nbuilt {key}: {built[key].seconds:.1f} s", file=sys.stderr)
    return built


@pytest.fixture(params=sorted(DOCUMENTS))
def edition(request, editions) -> Edition:
    return editions[request.param]
