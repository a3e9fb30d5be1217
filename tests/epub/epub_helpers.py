# SPDX-License-Identifier: MIT
"""What the EPUB tests share: building a text's editions, EPUBCheck, words of the TEI, the PDF
and the EPUB."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from edition.cli import main

EPOCH = "946684800"  # 2000-01-01T00:00:00Z
DATE = "2000-01-01"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}


@dataclass
class Edition:
    folder: Path
    name: str
    output: str  # what the build said

    @property
    def epub(self) -> Path:
        return self.folder / f"{self.name}.epub"

    @property
    def pdf(self) -> Path:
        return self.folder / f"{self.name}.pdf"

    @property
    def tei(self) -> etree._ElementTree:
        return etree.parse(str(self.folder / f"{self.name}.xml"))

    @property
    def unpacked(self) -> Path:
        """The EPUB unzipped beside it (once), for a browser to open its documents."""
        folder = self.folder / f"{self.name}.unpacked"
        if not folder.is_dir():
            with zipfile.ZipFile(self.epub) as zipped:
                zipped.extractall(folder)
        return folder


def build_edition(source: Path, out: Path, *options: str) -> Edition:
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--date", DATE,
                                       "--no-web", *options])
    assert result.exit_code == 0, result.output
    name = next(out.glob("*.xml")).stem
    return Edition(out, name, result.output)


def epubcheck_command() -> list[str]:
    """Debian's /usr/bin/epubcheck is a jar, run by binfmt where the kernel has it: run it by
    java, which needs nothing of the kernel."""
    jar = shutil.which("epubcheck") or "/usr/bin/epubcheck"
    java = shutil.which("java")
    assert Path(jar).exists() and java, "the EPUB tests need EPUBCheck: sudo apt-get install epubcheck"
    return [java, "-jar", jar]


def epubcheck(epub: Path, report: Path) -> dict:
    """EPUBCheck's JSON report on ``epub``."""
    run = subprocess.run([*epubcheck_command(), str(epub), "--json", str(report)],
                         capture_output=True, text=True)
    assert report.is_file(), run.stdout + run.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def words(text: str) -> list[str]:
    """Letters and digits, in order."""
    return re.findall(r"[^\W_]+", text)


def letters(text: str) -> list[str]:
    """Words without their digits (a note mark the PDF's text sets against its word), the
    words of digits only dropped (paragraph numbers, note marks)."""
    return [w for w in (re.sub(r"\d", "", word).casefold() for word in words(text)) if w]


def text_words(tei: etree._ElementTree) -> list[str]:
    """The words of the text in the corrected reading: its front, body and the source's own
    notes, corrections and regular forms in, the source's forms out."""
    parts = tei.xpath("//t:text/t:front | //t:text/t:body | //t:text/t:back/t:div[@type='notes']",
                      namespaces=TEI)
    found = []
    for part in parts:
        copy = etree.fromstring(etree.tostring(part, with_tail=False))
        for cut in copy.xpath(".//t:choice[t:corr or t:reg]/t:sic | .//t:choice[t:corr or t:reg]/t:orig",
                              namespaces=TEI):
            cut.getparent().remove(cut) if not cut.tail else _drop(cut)
        found += words("".join(copy.itertext()))
    return found


def _drop(element) -> None:
    parent, previous = element.getparent(), element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + element.tail
    else:
        parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def pdf_page_words(pdf: Path, page: str) -> list[str]:
    """The words of one page of the PDF, without its running head (the first line)."""
    text = subprocess.run(["pdftotext", "-f", page, "-l", page, "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and re.match(r"^\s*(\d+\s{3,}\S.*|\S.*\s{3,}\d+)\s*$", lines[0]):
        lines = lines[1:]
    return letters("\n".join(lines))
