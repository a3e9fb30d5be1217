# SPDX-License-Identifier: MIT
"""The command line: help everywhere, outputs, bad input with clear messages and exit codes."""

import subprocess
import sys

import pytest
from click.testing import CliRunner

from edition.cli import main

from support import SEED

TEXT = "A Title Of Sorts\n\nBy Some Body\n\nFirst paragraph here. It ends.\n\nSecond paragraph.\n"


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return invoke


def test_every_command_has_help(run):
    result = run("--help")
    assert result.exit_code == 0
    for name, command in main.commands.items():
        sub = run(name, "--help")
        assert sub.exit_code == 0, name
        assert "Example" in sub.output or "Usage" in sub.output
        assert command.help, name


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "edition", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "0.1.0" in out.stdout


def test_encode_to_stdout_and_to_file_are_identical(run, tmp_path):
    out = tmp_path / "seed.xml"
    to_file = run("encode", SEED, "-o", out)
    assert to_file.exit_code == 0, to_file.output
    assert "6 headings" in to_file.stderr
    to_stdout = run("encode", SEED, "-q")
    assert to_stdout.stdout_bytes == out.read_bytes()
    assert run("verify", SEED, out).exit_code == 0


def test_editorial_file_defaults_to_the_one_beside_the_source(run, tmp_path):
    source = tmp_path / "piece.txt"
    source.write_text(TEXT, encoding="utf-8")
    (tmp_path / "piece.toml").write_text('[edition]\nid = "my-piece"\ndate = "2020-01-02"\n')
    result = run("encode", source, "-q")
    assert b'xml:id="my-piece"' in result.stdout_bytes and b'when="2020-01-02"' in result.stdout_bytes
    other = tmp_path / "other.toml"
    other.write_text('[edition]\nid = "other-id"\n')
    assert b'xml:id="other-id"' in run("encode", source, "-e", other, "-q").stdout_bytes


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no such file"),
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: p.write_bytes(b""), "empty file"),
    (lambda p: p.write_bytes(b"Title\n\nna\xefve text"), "byte 0xEF at offset 9"),
])
def test_bad_sources_fail_cleanly_and_write_nothing(run, tmp_path, setup, message):
    source = tmp_path / "in.txt"
    setup(source)
    out = tmp_path / "out" / "result.xml"
    result = run("encode", source, "-o", out)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one clear line, no traceback
    assert result.stderr.startswith("edition: error: ")
    assert not out.exists()
    assert not list(tmp_path.glob("out/*"))


def test_non_utf8_suggests_encoding_and_encoding_option_works(run, tmp_path):
    source = tmp_path / "cp.txt"
    source.write_bytes("A Short Title\n\nBy Ann Author\n\nCaf\u00e9 \u201cquoted\u201d text.".encode("cp1252"))
    failed = run("encode", source)
    assert "--encoding" in failed.stderr and f"{source}:5:4:" in failed.stderr
    ok = run("encode", source, "--encoding", "cp1252", "-q")
    assert ok.exit_code == 0
    from lxml import etree
    text = "".join(etree.fromstring(ok.stdout_bytes).find(".//{*}body").itertext())
    assert "Café “quoted” text." in text


def test_text_without_opening_lines_is_encoded_with_a_warning(run, tmp_path, tei_all):
    from lxml import etree
    source = tmp_path / "bare.txt"
    source.write_text("Just a paragraph of text, nothing else. It goes on.\n\nAnd another.\n")
    out = tmp_path / "bare.xml"
    result = run("encode", source, "-o", out)
    assert result.exit_code == 0
    assert "warning" in result.stderr and "no author, no title, no source line" in result.stderr
    assert f"{source}:1:1:" in result.stderr
    tree = etree.parse(str(out))
    assert tei_all.validate(tree), tei_all.error_log
    assert run("verify", source, out).exit_code == 0


def test_usage_errors_exit_2(run):
    assert run("encode").exit_code == 2
    assert run("encode", SEED, "--no-such-option").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_output_that_cannot_be_written(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("encode", SEED, "-o", blocker / "out.xml")
    assert result.exit_code == 1 and "cannot write" in result.stderr
    result = run("encode", SEED, "-o", tmp_path)
    assert result.exit_code == 1 and "is a directory" in result.stderr


def test_bad_editorial_file_names_line_and_column(run, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[edition]\nid = "x"\npublisher = \n')
    result = run("encode", SEED, "-e", bad)
    assert result.exit_code == 1 and f"{bad}:3:" in result.stderr and "not valid TOML" in result.stderr


def test_verify_reports_difference_and_exit_code(run, tmp_path):
    out = tmp_path / "seed.xml"
    run("encode", SEED, "-o", out)
    out.write_bytes(out.read_bytes().replace(b"Historian", b"Historians"))
    result = run("verify", SEED, out)
    assert result.exit_code == 1 and f"{SEED}:10:" in result.stderr


def test_names_toml_drafts_an_editorial_file_that_loads_and_encodes(tmp_path):
    from edition.editorial import load_editorial
    from edition.encoder import encode_path
    from support import ROOT
    text = tmp_path / "river.txt"
    text.write_bytes((ROOT / "tests" / "data" / "articles" / "river-workers.txt").read_bytes())
    result = CliRunner().invoke(main, ["names", str(text), "--toml"])
    assert result.exit_code == 0, result.output
    draft = tmp_path / "river.toml"
    draft.write_text(result.stdout, encoding="utf-8")
    editorial = load_editorial(draft)  # strict: unknown keys would be errors
    persons = {p.name: p.forms for p in editorial.entries("person")}
    assert persons["Tom Barker"] == ("Tom Barker", "Barker")  # the surname grouped with it
    assert "Sir Henry Pole" in persons
    encoded = encode_path(text)  # the draft beside the text is its editorial file now
    who = encoded.tree.getroot().xpath("//t:said/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert "#tom-barker" in who
