# SPDX-License-Identifier: MIT
"""Nothing half-written: a build makes its files in a folder of its own and moves a text's
files into place only once all of them are made; a write that fails mid-build (here: the file
size limit, a real I/O error, EFBIG) leaves no partial site, a refused input leaves nothing, not
even the output folder it made; a name the site uses for its own files is refused."""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_runs import ARTICLES, DATE, ENV, articles, command
from edition.cli import main
from support import ROOT, SEED

TEI_NS = "http://www.tei-c.org/ns/1.0"
NAME = SEED.stem


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".edition-cache.json"}


def limited(limit: int):
    """For a child process: files may not grow past ``limit`` bytes (writes past it fail with
    EFBIG instead of the process being killed)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_write_failing_mid_build_leaves_no_partial_site(tmp_path):
    whole = tmp_path / "whole"
    assert run("build", SEED, "-o", whole, "--no-print", "--date", DATE).exit_code == 0
    sizes = {path: len(data) for path, data in files(whole).items()}
    limit = sizes[f"{NAME}.xml"] + 1  # the TEI, written first, fits; the reading page does not
    assert sizes[f"{NAME}/index.html"] > limit

    out = tmp_path / "new" / "site"
    failed = subprocess.run(command(SEED, "-o", out, "--no-print", "--date", DATE), cwd=ROOT,
                            env=ENV, capture_output=True, text=True, preexec_fn=limited(limit))
    assert failed.returncode == 1, failed.stderr
    assert "File too large" in failed.stderr
    assert not (tmp_path / "new").exists()  # nothing, not even the folders it made


def test_a_corpus_text_failing_to_write_leaves_its_last_build_in_place(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    shutil.copy(SEED, folder)
    out = tmp_path / "site"
    args = (folder, "-o", out, "--no-print", "--date", DATE, "--jobs", "2")
    assert subprocess.run(command(*args), cwd=ROOT, env=ENV, capture_output=True).returncode == 0
    before = files(out)
    text = folder / SEED.name
    text.write_text(text.read_text(encoding="utf-8") + "\nA last paragraph.\n", encoding="utf-8")
    failed = subprocess.run(command(*args), cwd=ROOT, env=ENV, capture_output=True, text=True,
                            preexec_fn=limited(len(before[f"{NAME}.xml"]) + 100))
    assert failed.returncode == 1, failed.stderr
    assert f"failed: {text}:" in failed.stderr and "File too large" in failed.stderr
    assert files(out) == before  # the last build, whole, not a mixture
    assert not [p for p in out.iterdir() if p.name.startswith(".edition-staging")]


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_a_refused_input_leaves_no_output_folder(tmp_path, jobs):
    bad = tmp_path / "texts" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"Title\n\nCaf\xe9 society.")
    out = tmp_path / "a" / "site"
    result = run("build", bad, "-o", out, "--no-print", *jobs)
    assert result.exit_code == 1 and "not valid utf-8" in result.stderr, result.output
    assert not (tmp_path / "a").exists()


def tei(tmp_path, name: str, xml_id: str | None):
    path = tmp_path / f"{name}.xml"
    ident = f' xml:id="{xml_id}"' if xml_id else ""
    path.write_text(f'<TEI xmlns="{TEI_NS}"{ident}><teiHeader><fileDesc><titleStmt><title>T'
                    '</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc>'
                    '<p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p></body>'
                    '</text></TEI>')
    return path


def text(tmp_path, stem: str, toml_id: str | None = None):
    path = tmp_path / f"{stem}.txt"
    path.write_text("A Title\n\nBy Ann Writer\n\nSome text here.\n")
    if toml_id:
        path.with_suffix(".toml").write_text(f'# ids\n[edition]\nid = "{toml_id}"\n')
    return path


@pytest.mark.parametrize("make, file, where", [
    (lambda d: text(d, "essay", "index.html"), "essay.toml", ":3"),
    (lambda d: text(d, "essay", "persons.html"), "essay.toml", ":3"),
    (lambda d: text(d, "essay", "assets"), "essay.toml", ":3"),
    (lambda d: text(d, "essay", "Schema"), "essay.toml", ":3"),
    (lambda d: text(d, "index"), "index.txt", ""),
    (lambda d: text(d, "search-index"), "search-index.txt", ""),
    (lambda d: tei(d, "works", None), "works.xml", ""),
    (lambda d: tei(d, "essay", "search"), "essay.xml", ""),
])
def test_a_name_the_site_uses_for_its_own_files_is_refused(tmp_path, make, file, where):
    src = tmp_path / "src"
    src.mkdir()
    source = make(src)
    out = tmp_path / "site"
    assert run("build", ARTICLES[0], "-o", out, "--no-print", "--date", DATE).exit_code == 0
    before = files(out)
    for extra in ([], ["--jobs", "2"]):
        result = run("build", source, "-o", out, "--no-print", "--date", DATE, *extra)
        assert result.exit_code == 1, result.output
        assert f"{src / file}{where}: " in result.stderr and "reserved" in result.stderr
        assert "internal error" not in result.stderr
        assert files(out) == before  # the site's own files untouched


def test_a_corpus_build_says_where_it_runs(tmp_path):
    folder = articles(tmp_path / "texts", 2)
    result = run("build", folder, "-o", tmp_path / "site", "--no-print", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "building 2 texts in this process" in result.stderr
    two = run("build", folder, "-o", tmp_path / "other", "--no-print", "--jobs", "2")
    assert "building 2 texts in 2 processes" in two.stderr


def test_an_internal_error_in_a_corpus_text_names_the_text(tmp_path):
    from edition.build import BuildSettings
    from edition.corpus import _build_one

    source = articles(tmp_path / "texts", 1) / "00-interview.txt"
    broken = BuildSettings(outputs=("web",), web=None)  # a bug's stand-in: no web settings
    (tmp_path / "site").mkdir()  # as the corpus build makes it, before its workers start
    outcome = _build_one(0, source, tmp_path / "site", broken, "key")
    assert outcome.status == "failed"
    assert outcome.reason.startswith(f"{source}: internal error: AttributeError"), outcome.reason
    assert not [p for p in (tmp_path / "site").iterdir()]  # and nothing of it stays


def test_a_fop_failure_writes_nothing_and_keeps_the_fo_it_refused_outside_the_site(tmp_path):
    from support import SAMPLE

    out = tmp_path / "site"
    failed = subprocess.run(command(SAMPLE, "-o", out, "--no-web", "--font-family", "Nope"),
                            cwd=ROOT, env=ENV, capture_output=True, text=True)
    assert failed.returncode == 1, failed.stderr
    assert not out.exists()
    kept = failed.stderr.split("edition: error: ")[1].split(": Apache FOP")[0]
    assert kept.endswith(".fo") and out not in Path(kept).parents
    assert Path(kept).read_bytes().startswith(b"<?xml")  # there, to look at
    shutil.rmtree(Path(kept).parent)
