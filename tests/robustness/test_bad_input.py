# SPDX-License-Identifier: MIT
"""Bad input, for every command: a clear one-line message, the right exit code, no traceback,
no partial output, nothing read or written outside what the command was given."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from edition.cli import main

from support import SEED

TEI_NS = "http://www.tei-c.org/ns/1.0"
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
       f'<TEI xmlns="{TEI_NS}"><text><body><p>&x;</p></body></text></TEI>\n')
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10))
          + f']>\n<TEI xmlns="{TEI_NS}"><text><body><p>&lol9;</p></body></text></TEI>\n')


def make(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / ("input.xml" if kind in ("malformed", "namespace", "xxe", "laughs") else "input.txt")
    if kind == "missing":
        return path
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "latin1":
        path.write_bytes(b"Title\n\nCaf\xe9 society.")
    elif kind == "huge":
        with path.open("wb") as f:  # 50 MB, sparse: refused by size before it is read
            f.truncate(50 * 1024 * 1024)
    elif kind == "malformed":
        path.write_text(f'<TEI xmlns="{TEI_NS}">\n<text><body><p>x</body></text></TEI>')
    elif kind == "namespace":
        path.write_text("<TEI><text><body><p>Text.</p></body></text></TEI>")
    elif kind == "xxe":
        path.write_text(XXE)
    elif kind == "laughs":
        path.write_text(LAUGHS)
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


EXPECTED = {  # input kind -> (text the message must contain)
    "missing": "no such file", "directory": "is a directory", "empty": "empty file",
    "latin1": "--encoding", "huge": "too large", "malformed": "not well-formed",
    "namespace": "not a TEI document", "xxe": "entities", "laughs": "entities",
}
TEXT_KINDS = ["missing", "directory", "empty", "latin1", "huge"]
TEI_KINDS = ["missing", "directory", "empty", "malformed", "namespace", "xxe", "laughs"]


def assert_clean_failure(result, code: int, message: str, out: Path | None = None) -> None:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.output and "root:x:" not in result.output
    if out is not None:
        assert not out.exists() or not any(out.iterdir()), list(out.iterdir())


@pytest.mark.parametrize("kind", TEXT_KINDS)
def test_encode(tmp_path, kind):
    out = tmp_path / "out"
    result = run("encode", make(tmp_path, kind), "-o", out / "x.xml")
    assert_clean_failure(result, 1, EXPECTED[kind], out)


@pytest.mark.parametrize("kind", TEXT_KINDS)
def test_names(tmp_path, kind):
    assert_clean_failure(run("names", make(tmp_path, kind)), 1, EXPECTED[kind])


# a folder given to build stands for the texts in it: an empty one has none
BUILD_EXPECTED = {**EXPECTED, "directory": "no texts"}


@pytest.mark.parametrize("kind", TEXT_KINDS)
def test_build_from_text(tmp_path, kind):
    out = tmp_path / "site"
    result = run("build", make(tmp_path, kind), "-o", out, "--no-print")
    assert_clean_failure(result, 1, BUILD_EXPECTED[kind], out)


@pytest.mark.parametrize("kind", TEI_KINDS)
def test_build_from_tei(tmp_path, kind):
    out = tmp_path / "site"
    result = run("build", make(tmp_path, kind), "-o", out, "--no-print")
    assert_clean_failure(result, 1, BUILD_EXPECTED[kind], out)


@pytest.mark.parametrize("kind", TEI_KINDS)
def test_verify_bad_tei(tmp_path, kind):
    assert_clean_failure(run("verify", SEED, make(tmp_path, kind)), 1, EXPECTED[kind])


@pytest.mark.parametrize("kind", TEXT_KINDS)
def test_verify_bad_source(tmp_path, kind):
    tei = tmp_path / "seed.xml"
    tei.write_text(f'<TEI xmlns="{TEI_NS}"><text><body><p>x</p></body></text></TEI>')
    assert_clean_failure(run("verify", make(tmp_path, kind), tei), 1, EXPECTED[kind])


@pytest.mark.parametrize("kind", TEI_KINDS)
def test_validate(tmp_path, kind):
    result = run("validate", make(tmp_path, kind))
    if kind == "namespace":  # well-formed XML, just not ours: invalid, exit 1
        assert result.exit_code == 1 and "[rng]" in result.output
    else:
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and "root:x:" not in result.output


def test_a_document_name_cannot_escape_the_output_folder(tmp_path):
    evil = tmp_path / "evil.xml"
    evil.write_text(f'<TEI xmlns="{TEI_NS}" xml:id="../../escaped"><text><body><p>x</p></body></text></TEI>')
    out = tmp_path / "a" / "b" / "site"
    result = run("build", evil, "-o", out, "--no-print")
    assert_clean_failure(result, 1, "not an NCName")  # the parser refuses such an id
    # without an xml:id the file name is the name, and it must be a plain word too
    odd = tmp_path / "..escaped.xml"
    odd.write_text(f'<TEI xmlns="{TEI_NS}"><text><body><p>x</p></body></text></TEI>')
    assert_clean_failure(run("build", odd, "-o", out, "--no-print"), 1, "cannot be a file name")
    assert not [p for p in tmp_path.rglob("*escaped*") if p != odd]


def test_parameters_are_strings_not_paths(tmp_path):
    out = tmp_path / "site"
    result = run("build", SEED, "-o", out, "--no-print", "--site-title", "../../escaped")
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.rglob("escaped*"))
    assert all(out in p.parents for p in out.rglob("*"))
    bad_url = run("build", SEED, "-o", tmp_path / "other", "--no-print", "--base-url", "../../escaped/")
    assert_clean_failure(bad_url, 1, "not an http:// or https:// URL")


@pytest.mark.parametrize("command", ["encode", "build"])
def test_output_folder_that_cannot_be_written(tmp_path, command):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "sub"
    args = ["encode", SEED, "-o", out / "x.xml"] if command == "encode" else \
        ["build", SEED, "-o", out, "--no-print"]
    result = run(*args)
    assert result.exit_code == 1 and "edition: error:" in result.stderr, result.output
    assert blocker.read_text() == "not a folder"


def test_a_text_that_fails_while_fops_jvm_starts_ends_its_process(tmp_path):
    # the JVM for its PDF starts as the build begins, in a thread of its own; a text refused
    # meanwhile must still end the process, at once, with its located error (it hung at exit,
    # the JVM's shutdown waiting on the thread that started it)
    import subprocess
    import sys

    from support import ROOT
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not a text")
    done = subprocess.run([sys.executable, "-m", "edition", "build", str(bad), "-o", str(tmp_path / "site"),
                           "--no-web", "--no-epub"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "bad.txt:1:1: not valid utf-8" in done.stderr and "fatal error" not in done.stderr
