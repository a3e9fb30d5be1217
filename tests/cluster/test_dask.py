# SPDX-License-Identifier: MIT
"""Corpus builds on Dask (``--scheduler``): the same output as ``--jobs``, a bad text isolated,
a worker killed in the middle of a build survived with nothing lost, and an interrupted build
resumed where it stopped. Real LocalClusters of 2 worker processes, as CI runs them."""

from __future__ import annotations

import gzip
import re

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from edition.build import BuildSettings
from edition.cli import main
from edition.cluster import DaskRunner
from edition.corpus import build_corpus, expand_sources
from edition.errors import EditionError
from edition.render.html import WebSettings
from edition.validation import validate_path
from support import ROOT

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
DATE = "2000-01-01"


def _cbor(data: bytes, at: int = 0):
    """The CBOR item at ``at`` (the kinds Pagefind's filter files hold: numbers, strings,
    arrays, maps) and where it ends."""
    head = data[at]
    kind, info, at = head >> 5, head & 31, at + 1
    if info >= 24:
        size = 1 << (info - 24)
        info, at = int.from_bytes(data[at:at + size], "big"), at + size
    if kind == 0:
        return info, at
    if kind in (2, 3):
        raw = data[at:at + info]
        return (raw.decode() if kind == 3 else raw), at + info
    items = []
    for _ in range(info * (2 if kind == 5 else 1)):
        item, at = _cbor(data, at)
        items.append(item)
    return (dict(zip(items[::2], items[1::2])) if kind == 5 else items), at


def _filter_values(data: bytes) -> tuple:
    """A Pagefind filter file's name and each value with the number of pages it holds (the
    pages' numbers depend on the order they were indexed in)."""
    body = gzip.decompress(data)
    assert body.startswith(b"pagefind_dcd")
    (name, values), _ = _cbor(body, len(b"pagefind_dcd"))
    return name, sorted((value, len(pages)) for value, pages in values)


def files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, by its path — save the corpus search's filter and meta files, whose
    names and bytes Pagefind makes from its values in the order of a hash map (two builds of
    the same texts by the same process differ there); its index chunks and the fragments of the
    pages it indexed, and each filter's values with their pages counted, are compared."""
    found = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file()}
    unordered = [k for k in found if k.startswith("pagefind/") and (
        k.startswith("pagefind/filter/") or k.endswith(".pf_meta") or k.endswith("pagefind-entry.json"))]
    filters = sorted(_filter_values(found.pop(k)) for k in unordered if k.startswith("pagefind/filter/"))
    for k in unordered:
        found.pop(k, None)
    found["pagefind/filter values"] = repr(filters).encode()
    if ".edition-cache.json" in found:  # which lists those files by their names
        found[".edition-cache.json"] = re.sub(
            rb'\s*"pagefind/(?:filter/[^"]*|[^"]*\.pf_meta)",?', b"", found[".edition-cache.json"])
    return found


def many_texts(folder: Path, count: int) -> Path:
    """``count`` texts: the test articles again and again, each under its own name."""
    folder.mkdir()
    for n in range(count):
        article = ARTICLES[n % len(ARTICLES)]
        shutil.copy(article, folder / f"{n:04d}-{article.name}")
    return folder


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for article in ARTICLES:
        shutil.copy(article, folder)
    (folder / "broken.txt").write_bytes(b"Title\n\nCaf\xe9 society.")
    return folder


def test_a_dask_build_writes_what_a_jobs_build_writes_and_isolates_a_bad_text(
        corpus, tmp_path, monkeypatch):
    # PDFs carry the time they were made, unless SOURCE_DATE_EPOCH fixes it (FOP reads it);
    # the workers, started after this, inherit it
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    common = [str(corpus), "--date", DATE, "--pdf"]
    jobs = CliRunner().invoke(main, ["build", *common, "-o", str(tmp_path / "jobs"), "--jobs", "2"])
    dask = CliRunner().invoke(main, ["build", *common, "-o", str(tmp_path / "dask"),
                                     "--scheduler", "local:2"])
    for result in (jobs, dask):
        assert result.exit_code == 1  # the bad text failed …
        assert "4 built, 0 skipped (up to date), 1 failed" in result.stderr  # … alone
        assert "broken.txt:3:4: not valid utf-8" in result.stderr  # with its reason
    assert "with a local Dask cluster, 2 workers" in dask.stderr
    assert "Dask dashboard: http://127.0.0.1:" in dask.stderr
    built, other = files(tmp_path / "jobs"), files(tmp_path / "dask")
    assert sorted(built) == sorted(other)
    differ = {name: (built[name][:600], other[name][:600]) for name in built if built[name] != other[name]}
    assert differ == {}  # byte for byte (what differs shown: a filter's values, their counts)
    assert len([name for name in built if name.endswith(".pdf")]) == 4


def test_a_worker_killed_in_the_middle_of_a_build_loses_nothing(tmp_path):
    texts = expand_sources([many_texts(tmp_path / "texts", 200)])
    out = tmp_path / "site"
    settings = BuildSettings(outputs=("web",), web=WebSettings(date=DATE))
    runner = DaskRunner("local:2")
    killed = []

    def on_done(outcome, done, total):
        if done == 20:  # one worker dies with tasks in hand; Dask runs them again elsewhere
            pids = runner.client.run(os.getpid)
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    try:
        outcomes = build_corpus(texts, out, settings, on_done=on_done, runner=runner)
        alive = set(runner.client.run(os.getpid).values())
    finally:
        runner.close()
    assert killed and killed[0] not in alive  # it did die (its nanny started another)
    statuses = [o.status for o in outcomes if o.kind == "text"]
    assert statuses == ["built"] * 200, [o.reason for o in outcomes if o.status == "failed"]
    for outcome in outcomes[:200]:
        page = out / outcome.name / "index.html"
        assert lxml.html.parse(str(page)).getroot().xpath("//main")  # whole, not truncated
        assert validate_path(out / f"{outcome.name}.xml", kinds=("rng", "sch")) == []
    assert not [p for p in out.rglob(".*.part")]  # nothing half-written left
    corpus = lxml.html.parse(str(out / "index.html")).getroot()
    assert len(corpus.xpath("//ul[@class='corpus']/li")) == 200


def test_an_interrupted_build_redoes_only_what_did_not_finish(tmp_path):
    texts = many_texts(tmp_path / "texts", 60)
    out = tmp_path / "site"
    command = [sys.executable, "-m", "edition", "build", str(texts), "-o", str(out), "--no-print",
               "--date", DATE, "--scheduler", "local:2"]
    env = {**os.environ, "EDITION_NO_PROGRESS_BAR": "1"}
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    finished = 0
    for line in first.stderr:
        if " built " in line:
            finished += 1
        if finished == 10:
            first.send_signal(signal.SIGINT)  # as Ctrl-C does
            break
    first.communicate(timeout=120)
    assert first.returncode != 0
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    summary = again.stderr.strip().splitlines()[-1]
    built, skipped = (int(summary.split(" built")[0].split()[-1]),
                      int(summary.split(" skipped")[0].split()[-1]))
    assert skipped >= 10 and built + skipped == 60, summary  # nothing done twice, nothing lost
    assert len(lxml.html.parse(str(out / "index.html")).getroot().xpath(
        "//ul[@class='corpus']/li")) == 60


@pytest.mark.parametrize("address, message", [
    ("local:0", "at least one worker"),
    ("nowhere", "give a scheduler's address"),
    ("tcp://127.0.0.1:9", "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
])
def test_a_bad_scheduler_address_is_a_clear_error(address, message, tmp_path):
    with pytest.raises(EditionError, match=message):
        DaskRunner(address)
    result = CliRunner().invoke(main, ["build", str(ARTICLES[0]), "-o", str(tmp_path / "out"),
                                       "--scheduler", address])
    assert result.exit_code != 0 and message in result.stderr


def test_jobs_and_scheduler_together_are_refused(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ARTICLES[0]), "-o", str(tmp_path),
                                       "--jobs", "2", "--scheduler", "local:2"])
    assert result.exit_code == 2 and "not both" in result.stderr


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_running_scheduler_and_its_workers_as_the_readme_starts_them(corpus, tmp_path):
    """``dask scheduler`` and ``dask worker`` started apart, as on several hosts."""
    (corpus / "broken.txt").unlink()
    dask = shutil.which("dask") or str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port",
                                  address.rsplit(":", 1)[1], "--dashboard-address",
                                  f"127.0.0.1:{free_port()}"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = subprocess.Popen([dask, "worker", address, "--nworkers", "2", "--nthreads", "1",
                                "--no-dashboard"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        common = [str(corpus), "--date", DATE, "--no-print"]
        remote = CliRunner().invoke(main, ["build", *common, "-o", str(tmp_path / "remote"),
                                           "--scheduler", address])
        local = CliRunner().invoke(main, ["build", *common, "-o", str(tmp_path / "jobs"),
                                          "--jobs", "2"])
    finally:
        workers.terminate()
        scheduler.terminate()
        workers.wait(30)
        scheduler.wait(30)
    assert remote.exit_code == 0, remote.output
    assert f"with the Dask scheduler {address}, 2 workers" in remote.stderr
    assert "Dask dashboard: http://127.0.0.1:" in remote.stderr
    assert files(tmp_path / "remote") == files(tmp_path / "jobs")
