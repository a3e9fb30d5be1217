# SPDX-License-Identifier: MIT
"""The EPUB in the build: the same bytes from two builds under one SOURCE_DATE_EPOCH, none with
--no-epub, no page list without the PDF (a warning only when FOP is missing, not when the user
left the PDF out), one per text in a corpus."""

from __future__ import annotations

import re
import zipfile

from lxml import etree

from epub_helpers import build_edition, epubcheck
from support import ROOT, SEED

ARTICLES = ROOT / "tests" / "data" / "articles"


def test_two_builds_under_one_source_date_epoch_give_the_same_bytes(editions, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    again = build_edition(SEED, tmp_path)
    assert again.epub.read_bytes() == editions["seed"].epub.read_bytes()


def test_no_epub_writes_none(tmp_path):
    built = build_edition(SEED, tmp_path, "--no-epub", "--no-print")
    assert not list(tmp_path.glob("*.epub"))
    assert ".epub" not in built.output and "page list" not in built.output


def test_without_the_pdf_the_epub_has_no_page_list(tmp_path):
    built = build_edition(SEED, tmp_path, "--no-pdf")
    assert "page list" not in built.output  # the user's own choice: no warning repeats it
    with zipfile.ZipFile(built.epub) as zipped:
        nav = zipped.read("OEBPS/nav.xhtml").decode()
        text = zipped.read("OEBPS/text.xhtml").decode()
    assert "page-list" not in nav and "pagebreak" not in text


def test_a_corpus_build_writes_one_epub_per_text(tmp_path):
    texts = sorted(ARTICLES.glob("*.txt"))[:2]
    folder = tmp_path / "texts"
    folder.mkdir()
    for text in texts:
        (folder / text.name).write_bytes(text.read_bytes())
    from click.testing import CliRunner
    from edition.cli import main

    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--jobs", "2",
                                       "--no-print", "--no-web", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(path.stem for path in out.glob("*.epub")) == sorted(
        path.stem for path in out.glob("*.xml"))
    assert len(list(out.glob("*.epub"))) == len(texts)


def test_the_printed_reading_gives_the_sources_own_forms_and_supplies_nothing(tmp_path):
    def text_of(out, *options):
        built = build_edition(SEED, out, "--no-print", *options)
        with zipfile.ZipFile(built.epub) as zipped:
            text = zipped.read("OEBPS/text.xhtml").decode()
        return re.sub(r"<aside\b.*?</aside>", "", text, flags=re.S)  # the reading, not the notes
    corrected, printed = text_of(tmp_path / "c"), text_of(tmp_path / "p", "--reading", "printed")
    # the seed's editorial file corrects "April5"; the encoder supplies missing quotation marks
    assert "April 5" in corrected and "April5" not in corrected
    assert "April5" in printed and "April 5" not in printed
    assert "⟨" in corrected and "⟨" not in printed


def test_verse_quoted_keeps_its_lines_and_epubcheck_finds_nothing(tmp_path):
    # a block quotation set line by line: its lb, a line break in the EPUB's XHTML
    source = tmp_path / "poem.txt"
    source.write_text("The Mill Poems\n\nBy Ann Cole\n\nThe miller's daughter wrote these lines on the "
                      "wall of the mill in the year the river rose, and they are there still:\n\n"
                      "    Ye Wheels! that far below me turn and pause,\n"
                      "      Whose patient march no flood may now control!\n"
                      "    Ye Waters! that wheresoe'er ye roll,\n"
                      "      Yield homage only to the miller's laws!\n\n"
                      "The lines were painted over in the end, but the miller knew them by heart.\n",
                      encoding="utf-8")
    edition = build_edition(source, tmp_path / "out", "--no-pdf")
    with zipfile.ZipFile(edition.epub) as zipped:
        texts = [zipped.read(n) for n in zipped.namelist() if n.endswith(".xhtml")]
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    quoted = [q for t in texts for q in etree.fromstring(t).xpath("//h:blockquote", namespaces=ns)
              if "Ye Wheels" in "".join(q.itertext())]
    assert len(quoted) == 1 and len(quoted[0].xpath(".//h:br", namespaces=ns)) == 3
    report = epubcheck(edition.epub, tmp_path / "report.json")
    assert [m["ID"] for m in report["messages"] if m["severity"] in ("FATAL", "ERROR", "WARNING")] == []
