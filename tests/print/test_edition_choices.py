# SPDX-License-Identifier: MIT
"""The editor's choices and the edition's one date, on the real seed, real XSLT and real FOP:

  - the note style: ``--note-style full`` gives every reference note the whole entry of its
    work (no "Ibid."), read from the PDF's text; the house style (``short``, the default) gives
    the second citation of a work in short; the editorial file's ``[edition] note_style``
    chooses where the command line does not, in print and in the EPUB;
  - one date: a build without ``--date`` gives the editorial file's ``[edition] date`` (the
    TEI's) as the edition's date on the PDF's title page, in the EPUB's colophon and on the
    web's About page and "Cite this page", with the version, and no other date of the edition
    (not today's, not ``SOURCE_DATE_EPOCH``'s).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from edition.cli import main
from edition.render.fo import PrintSettings, to_fo
from print_helpers import NS, REFERENCED, pdf_text
from support import SEED, SEED_EDITORIAL

EPOCH = "946684800"  # 2000-01-01: a date the edition must not take when its TEI gives one
EDITION_DATE = "25 November 2026"  # the seed's [edition] date, 2026-11-25
XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Built:
    folder: Path
    name: str
    output: str

    def file(self, suffix: str) -> Path:
        return self.folder / f"{self.name}{suffix}"

    @property
    def tei(self) -> etree._ElementTree:
        return etree.parse(str(self.file(".xml")))


def build(source: Path, out: Path, *options: str) -> Built:
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "-q", *options])
    assert result.exit_code == 0, result.output
    return Built(out, next(out.glob("*.xml")).stem, result.output)


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Built:
    """The seed's editions (TEI, PDF, EPUB, web) with --note-style full, built without --date
    under a SOURCE_DATE_EPOCH of 2000-01-01."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        return build(SEED, tmp_path_factory.mktemp("full"), "--note-style", "full", "--pdf")
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def mark(number: int) -> str:
    """A reference note's mark: 1 -> a, 26 -> z (common/notes.xsl citation.mark)."""
    return chr(ord("a") + number - 1)


def entry(work: etree._Element) -> str:
    return " ".join("".join(work.itertext()).split())


def full_note(citation: etree._Element) -> str:
    """What a reference note in full says: the work's entry, then the pages, "." at the end."""
    tei = citation.getroottree()
    work = tei.xpath("//t:back/t:listBibl/t:bibl[@xml:id = $id]", namespaces=NS,
                     id=citation.get("corresp")[1:])[0]
    scope = citation.find("t:biblScope[@unit='page']", NS)
    pages = ""
    if scope is not None and scope.get("from"):
        first, last = scope.get("from"), scope.get("to") or scope.get("from")
        pages = f", pp. {first}–{last}" if last != first else f", p. {first}"
    return f"{entry(work)}{pages}."


def page_text(pdf: Path) -> str:
    """The PDF's words as pdftotext lays them out, white space folded: a note's mark stands
    apart from the line above it (without -layout, poppler runs a footnote's first line into
    the text line it shares a baseline with)."""
    return " ".join(pdf_text(pdf, layout=True, joined=False).split())


def test_full_notes_give_the_whole_entry_in_every_note(full):
    citations = full.tei.xpath(REFERENCED, namespaces=NS)
    assert len(citations) == 11  # 2 works: one cited once, one cited ten times
    text = page_text(full.file(".pdf"))
    for number, citation in enumerate(citations, start=1):
        note = f"{mark(number)} {full_note(citation)}"
        assert re.search(rf"(?<!\S){re.escape(note)}", text), note
    assert "Ibid." not in text  # (the source's own "(Ibid)" stays in the text, as printed)
    assert text.count("(Ibid)") == 1


def test_short_notes_give_a_works_second_citation_in_short(seed):
    """The house style, the default (the print fixtures' build gives no --note-style)."""
    citations = seed.tei.xpath(REFERENCED, namespaces=NS)
    text = page_text(seed.pdf)
    first_of: dict[str, int] = {}
    for number, citation in enumerate(citations, start=1):
        work = citation.get("corresp")
        full = f"{mark(number)} {full_note(citation)}"
        if work not in first_of:  # the first citation of a work: in full
            first_of[work] = number
            assert re.search(rf"(?<!\S){re.escape(full)}", text), full
        else:  # later ones: short ("Ibid." for the work just cited), never the whole entry
            assert not re.search(rf"(?<!\S){re.escape(full)}", text), full
    second = sorted(n for n in range(1, len(citations) + 1) if n not in first_of.values())[0]
    assert second == 3 and re.search(r"(?<!\S)c Ibid\., p\. 89\.", text)


def test_short_notes_give_author_and_short_title_after_another_work(seed):
    """A work cited again after another: author and short title in the house style, the
    whole entry in full (the seed with its third citation pointed at the other work)."""
    tei = etree.fromstring(etree.tostring(seed.tei))
    citations = tei.xpath(REFERENCED, namespaces=NS)
    citations[2].set("corresp", citations[0].get("corresp"))  # c: The Stalin School …

    def notes(style: str) -> dict[str, str]:
        fo = etree.fromstring(bytes(to_fo(etree.ElementTree(tei), PrintSettings(
            date="2000-01-01", note_style=style))))
        return {body.getparent().getparent().get("id") or "": " ".join(
            "".join(body.itertext()).split()) for body in fo.iter(f"{{{NS['fo']}}}footnote-body")}

    short, full = notes("short"), notes("full")
    assert any(n == "cTrotsky, Stalin School of Falsification, p. 89." for n in short.values()), short
    assert any(n == "dTrotsky, Revolution Betrayed, p. 90." for n in short.values()), short
    assert any(n == "dLeon Trotsky, The Revolution Betrayed, New Park edition, p. 90."
               for n in full.values()), full
    assert not any("Ibid" in n or n.startswith("dTrotsky") for n in full.values()), full


def reference_notes_of(built: Built) -> tuple[list[str], list[str]]:
    """The reference notes (marked a, b, c …) of the FO's footnotes and of the EPUB's."""
    fo = etree.parse(str(built.file(".fo")))
    printed = [" ".join("".join(b.itertext()).split())
               for b in fo.iter(f"{{{NS['fo']}}}footnote-body")]
    with zipfile.ZipFile(built.file(".epub")) as epub:
        text = etree.fromstring(epub.read("OEBPS/text.xhtml"))
    footnotes = [" ".join("".join(a.itertext()).split()) for a in text.iter(f"{XHTML}aside")
                 if (a.get("id") or "").startswith("_c-")]
    return [n for n in printed if n[:1].isalpha()], footnotes


def test_the_editorial_file_chooses_the_note_style_and_the_command_line_wins(tmp_path):
    source = tmp_path / "text" / SEED.name
    source.parent.mkdir()
    shutil.copy(SEED, source)
    editorial = SEED_EDITORIAL.read_text(encoding="utf-8")
    assert 'version = "1.0"' in editorial
    source.with_suffix(".toml").write_text(
        editorial.replace('version = "1.0"', 'version = "1.0"\nnote_style = "full"', 1),
        encoding="utf-8")
    # FO and EPUB only: the XSLT decides the notes' words (the PDF sets them: tests above)
    chosen = build(source, tmp_path / "file", "--no-pdf", "--no-web")
    printed, footnotes = reference_notes_of(chosen)
    assert len(printed) == len(footnotes) == 11
    assert not any("Ibid" in note for note in printed + footnotes)
    assert all("Leon Trotsky, The" in note for note in printed + footnotes)
    overridden = build(source, tmp_path / "option", "--no-pdf", "--no-web", "--note-style", "short")
    printed, footnotes = reference_notes_of(overridden)
    assert printed[2] == "cIbid., p. 89." and footnotes[2] == "c Ibid., p. 89."


def test_a_bad_note_style_is_refused_by_the_command_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(tmp_path / "out"),
                                       "--note-style", "brief"])
    assert result.exit_code == 2 and "'brief' is not one of 'short', 'full'" in result.output
    assert not (tmp_path / "out").exists()


def test_one_date_of_the_edition_with_its_version_in_every_output(full):
    # the TEI: the editorial file's date, in the edition statement with the version
    tei = full.tei
    assert tei.xpath("//t:editionStmt/t:edition/@n", namespaces=NS) == ["1.0"]
    assert tei.xpath("//t:editionStmt//t:date/@when | //t:publicationStmt/t:date/@when",
                     namespaces=NS) == ["2026-11-25", "2026-11-25"]
    # the PDF: its title page, and no other date of an edition anywhere
    pdf = " ".join(pdf_text(full.file(".pdf")).split())
    assert f"Print edition, version 1.0, {EDITION_DATE}" in pdf
    assert re.findall(r"\d{1,2} [A-Z][a-z]+ 20\d\d|20\d\d-\d\d-\d\d", pdf) == [EDITION_DATE]
    # the EPUB: title page and colophon, and its package
    with zipfile.ZipFile(full.file(".epub")) as epub:
        titlepage = etree.fromstring(epub.read("OEBPS/titlepage.xhtml"))
        package = epub.read("OEBPS/package.opf").decode("utf-8")
    words = " ".join("".join(titlepage.itertext()).split())
    assert words.count(f"EPUB edition, version 1.0, {EDITION_DATE}") == 2  # title page, colophon
    assert re.findall(r"\d{1,2} [A-Z][a-z]+ 20\d\d|20\d\d-\d\d-\d\d", words) == [EDITION_DATE] * 2
    assert "<dc:date>2026-11-25</dc:date>" in package
    # the web: About, how to cite, and the citation data
    about = html.parse(str(full.folder / full.name / "about.html")).getroot()
    facts = {" ".join(dt.text_content().split()): " ".join(dt.getnext().text_content().split())
             for dt in about.xpath("//dl[@class='facts']/dt")}
    assert facts["Date of this edition"] == EDITION_DATE and facts["Version"] == "1.0"
    for cited in about.xpath("//p[@class='cite-as'] | //p[@class='cite-page']"):
        assert f"Web edition of {EDITION_DATE}, version 1.0." in " ".join(
            cited.text_content().split())
    assert about.xpath("//time[@class='edition-date']/@datetime") == ["2026-11-25"] * 3
    data = json.loads((full.folder / full.name / f"{full.name}.csl.json").read_text("utf-8"))
    assert data[0]["available-date"] == {"date-parts": [[2026, 11, 25]]}
    assert data[0]["version"] == "1.0"
