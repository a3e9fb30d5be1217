# SPDX-License-Identifier: MIT
"""``edition build``: help, a text source, and what happens without FOP or when FOP fails."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from edition.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample.xml"
SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
NAME = "healy-1988-how-stalin-betrayed-october"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["build", *args], env=env)


def without_fop(tmp_path: Path) -> dict:
    """An environment whose PATH has no fop (nor anything else: build needs nothing there)."""
    empty = tmp_path / "no-programs"
    empty.mkdir(exist_ok=True)
    return {"PATH": str(empty), "EDITION_FOP": None}


def test_help_has_an_example():
    result = run("--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "edition build" in result.output


def test_without_fop_the_fo_is_written_and_the_message_says_how_to_install(tmp_path):
    result = run(str(SAMPLE), "-o", str(tmp_path / "out"), "--no-web", "--no-epub",
                 env=without_fop(tmp_path))
    assert result.exit_code == 0, result.output
    assert "sudo apt-get install fop" in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{NAME}.fo"]
    etree.parse(str(tmp_path / "out" / f"{NAME}.fo"))  # complete and well-formed


def test_without_fop_asking_for_the_pdf_fails(tmp_path):
    result = run(str(SAMPLE), "-o", str(tmp_path / "out"), "--pdf", env=without_fop(tmp_path))
    assert result.exit_code != 0
    assert "Apache FOP is not installed" in result.output
    assert "sudo apt-get install fop" in result.output
    assert not (tmp_path / "out" / f"{NAME}.pdf").exists()


def test_when_fop_fails_no_pdf_and_no_temporary_file_is_left(tmp_path):
    broken = tmp_path / "broken.xconf"
    broken.write_text("<fop version='1.0'><renderers>")  # not well-formed: FOP stops at once
    out = tmp_path / "out"
    result = run(str(SAMPLE), "-o", str(out), "--no-web", "--fop-config", str(broken))
    assert result.exit_code == 1
    assert "Apache FOP" in result.output
    assert not out.exists()  # a failed build writes nothing (not even the FO)


def test_the_web_edition_made_beside_the_pdf_links_it_and_a_failed_pdf_writes_neither(tmp_path):
    # the web edition is made in a thread while FOP lays the PDF out (edition.build)
    out = tmp_path / "out"
    result = run(str(SAMPLE), "-o", str(out), "--no-epub")
    assert result.exit_code == 0, result.output
    assert (out / f"{NAME}.pdf").read_bytes().startswith(b"%PDF")
    assert f'href="../{NAME}.pdf"' in (out / NAME / "index.html").read_text(encoding="utf-8")
    broken = tmp_path / "broken.xconf"
    broken.write_text("<fop version='1.0'><renderers>")
    result = run(str(SAMPLE), "-o", str(tmp_path / "failed"), "--no-epub", "--fop-config", str(broken))
    assert result.exit_code == 1 and "Apache FOP" in result.output
    assert not (tmp_path / "failed").exists()  # neither edition, though the web's was made


def test_a_text_is_encoded_and_its_tei_written_beside_the_fo(tmp_path):
    result = run(str(SEED), "-o", str(tmp_path), "--no-pdf", "--date", "2000-01-01")
    assert result.exit_code == 0, result.output
    tei = etree.parse(str(tmp_path / f"{NAME}.xml"))
    assert tei.getroot().get("{http://www.w3.org/XML/1998/namespace}id") == NAME
    fo = etree.parse(str(tmp_path / f"{NAME}.fo")).getroot()
    assert fo.tag == "{http://www.w3.org/1999/XSL/Format}root"
    assert not (tmp_path / f"{NAME}.pdf").exists()


def test_no_print_builds_nothing_from_tei(tmp_path):
    result = run(str(SAMPLE), "-o", str(tmp_path), "--no-print", "--no-web", "--no-epub")
    assert result.exit_code == 0, result.output
    assert list(tmp_path.iterdir()) == []


def test_errors_are_one_line(tmp_path):
    not_tei = tmp_path / "article.xml"
    not_tei.write_text("<article/>")
    for args, message in [((str(not_tei),), "not a TEI document"),
                          ((str(tmp_path / "notes.md"),), "give a TEI file (.xml)"),
                          ((str(SAMPLE), "--margins", "wide"), "not a length"),
                          ((str(SAMPLE), str(SAMPLE)), "same name")]:
        result = run(*args, "-o", str(tmp_path / "out"), "--no-pdf")
        assert result.exit_code == 1, args
        last = result.output.splitlines()[-1]  # a source built before the error is reported
        assert last.startswith("edition: error: ") and message in last, result.output
        assert "Traceback" not in result.output


def test_the_long_dashes_of_old_print_are_printed_with_glyphs_the_fonts_have(tmp_path):
    # "A⸺" (two-em dash): the edition's fonts have no glyph for it; FOP warned and printed "#"
    text = ("The Town Compact\n\nBy Ann Cole\n\n(Mill Monthly, June 1870)\n\n"
            "Suppose the people of the town of A⸺, and of B⸻, agree to build a mill by the river, "
            "and let every miller of the valley bring his corn to it in the autumn.\n")
    source = tmp_path / "compact.txt"
    source.write_text(text, encoding="utf-8")
    result = run(str(source), "-o", str(tmp_path / "out"), "--no-web", "--no-epub")
    assert result.exit_code == 0, result.output
    assert "Glyph" not in result.output
    pdf = next((tmp_path / "out").glob("*.pdf"))
    import subprocess
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "A——, and of B———, agree" in " ".join(printed.split())
    tei = next((tmp_path / "out").glob("*.xml")).read_text(encoding="utf-8")
    assert "A⸺, and of B⸻" in tei  # the TEI keeps the characters
