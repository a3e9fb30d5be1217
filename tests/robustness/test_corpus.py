# SPDX-License-Identifier: MIT
"""Corpus builds: a folder in parallel processes, failures isolated, content-hash skipping."""

from __future__ import annotations

import gzip

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from edition.cli import main

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("river-workers", "interview", "party-history"):
        shutil.copy(ARTICLES / f"{name}.txt", folder)
    (folder / "broken.txt").write_bytes(b"Title\n\nCaf\xe9 society.")
    (folder / "notes.md").write_text("not a source")  # ignored: neither .txt nor .xml
    return folder


def mtimes(folder: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_parallel_build_isolates_failures_and_skips_what_is_up_to_date(corpus, tmp_path):
    out = tmp_path / "site"
    first = run("build", corpus, "-o", out, "--jobs", "2", "--no-print")
    assert first.exit_code == 1  # one text failed …
    assert "3 built, 0 skipped (up to date), 1 failed" in first.stderr
    assert "broken.txt:3:4: not valid utf-8" in first.stderr  # … with its reason
    for name in ("river-workers", "interview", "party-history"):  # … and the others were built
        assert (out / name / "index.html").is_file() and (out / f"{name}.xml").is_file()
    assert "[4/4]" in first.stderr  # plain progress lines when not on a terminal
    corpus_page = (out / "index.html").read_text(encoding="utf-8")
    assert corpus_page.count("/index.html") >= 3

    (corpus / "broken.txt").unlink()
    before = mtimes(out)
    again = run("build", corpus, "-o", out, "--jobs", "2", "--no-print")
    assert again.exit_code == 0, again.output
    assert "0 built, 3 skipped (up to date), 0 failed: nothing to do" in again.stderr
    after = mtimes(out)
    changed = [p for p in after if before.get(p) != after[p] and p.name != ".edition-cache.json"]
    assert changed == []  # no work, no file touched

    text = corpus / "interview.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nA last line.\n", encoding="utf-8")
    third = run("build", corpus, "-o", out, "--jobs", "2", "--no-print")
    assert "1 built, 2 skipped" in third.stderr
    assert "A last line." in (out / "interview.xml").read_text(encoding="utf-8")
    # the corpus pages, reduced from one new digest and two kept ones, are a fresh build's
    fresh = run("build", corpus, "-o", tmp_path / "fresh", "--jobs", "1", "--no-print")
    assert fresh.exit_code == 0, fresh.output
    for page in ("index.html", "persons.html", "works.html", "search.html", "catalogue.json"):
        assert (out / page).read_bytes() == (tmp_path / "fresh" / page).read_bytes(), page
    # the corpus search (Pagefind) re-indexed the changed text: its fragments are gzipped JSON
    fragments = [gzip.decompress(f.read_bytes()) for f in (out / "pagefind" / "fragment").iterdir()]
    assert any(b"A last line." in f for f in fragments)

    settings_changed = run("build", corpus, "-o", out, "--jobs", "2", "--no-print",
                           "--site-title", "Another Title")
    assert "3 built, 0 skipped" in settings_changed.stderr

    forced = run("build", corpus, "-o", out, "--jobs", "1", "--no-print", "--force")
    assert "3 built, 0 skipped" in forced.stderr


def test_two_texts_with_one_name_both_fail(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Some Title\n\nBy Ann Writer\n\nText here.\n")
        (folder / f"{name}.toml").write_text('[edition]\nid = "same-id"\n')
    result = run("build", folder, "-o", tmp_path / "out", "--no-print", "--jobs", "2")
    assert result.exit_code == 1
    assert "0 built, 0 skipped (up to date), 2 failed" in result.stderr
    assert "same name 'same-id'" in result.stderr


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("build", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "no texts" in result.stderr


def test_a_worker_process_killed_in_a_jobs_build_loses_nothing(tmp_path):
    import multiprocessing
    import os
    import signal

    from edition.build import BuildSettings
    from edition.corpus import build_corpus, expand_sources
    from edition.render.html import WebSettings
    from edition.runners import Processes

    folder = tmp_path / "texts"
    folder.mkdir()
    articles = sorted(ARTICLES.glob("*.txt"))
    for n in range(40):
        shutil.copy(articles[n % len(articles)], folder / f"{n:02d}-{articles[n % len(articles)].name}")
    killed = []

    def on_done(outcome, done, total):
        if done == 8:  # a worker dies with a text in hand: the pool breaks, the rest run again
            victim = multiprocessing.active_children()[0].pid
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    out = tmp_path / "site"
    outcomes = build_corpus(expand_sources([folder]), out,
                            BuildSettings(outputs=("web",), web=WebSettings(date="2000-01-01")),
                            on_done=on_done, runner=Processes(2))
    assert killed
    texts = [o for o in outcomes if o.kind == "text"]
    assert [o.status for o in texts] == ["built"] * 40, [o.reason for o in texts if o.reason]
    assert all((out / o.name / "index.html").is_file() for o in texts)
    assert not list(out.rglob(".*.part"))
