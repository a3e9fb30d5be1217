# SPDX-License-Identifier: MIT
"""One build per output folder at a time: a second build waits for the first (saying whose it
is) or, with ``--no-wait``, fails at once saying the same; a lock left by a build that died does
not block."""

from __future__ import annotations

import json
import subprocess
import sys

import lxml.html
import pytest
from click.testing import CliRunner

from build_runs import DATE, ENV, start, texts
from edition.cli import main
from edition.errors import EditionError
from edition.lock import LOCK_FILE, Busy, output_lock
from support import ROOT, SEED


def wait_for(build, words: str) -> list[str]:
    lines = []
    for line in build.stderr:
        lines.append(line)
        if words in line:
            return lines
    raise AssertionError("".join(lines))


def test_a_second_build_into_the_same_folder_waits_or_says_who_holds_it(tmp_path):
    folder = texts(tmp_path / "texts", 6)
    out = tmp_path / "site"
    args = (folder, "-o", out, "--no-print", "--jobs", "2", "--date", DATE)
    first = start(*args)
    wait_for(first, "building 6 texts")  # it holds the folder from before it says so
    second = start(*args)
    refused = CliRunner().invoke(main, ["build", *map(str, args), "--no-wait"])
    first_err = first.communicate(timeout=300)[1]
    second_err = second.communicate(timeout=300)[1]

    assert refused.exit_code == 1, refused.output
    assert f"{out}: another build is writing here" in refused.stderr
    assert f"pid {first.pid}" in refused.stderr and "edition build" in refused.stderr
    assert first.returncode == 0, first_err
    assert "6 built" in first_err
    assert second.returncode == 0, second_err
    assert f"waiting for the build of pid {first.pid}" in second_err
    assert "0 built, 6 skipped (up to date)" in second_err  # it found the first one's work
    page = lxml.html.parse(str(out / "index.html")).getroot()
    assert len(page.xpath("//ul[@class='corpus']/li")) == 6  # no article lost
    cache = json.loads((out / ".edition-cache.json").read_text(encoding="utf-8"))
    assert len(cache["sources"]) == 6
    assert not (out / LOCK_FILE).exists()


def test_a_lock_left_by_a_build_that_was_killed_does_not_block(tmp_path):
    out = tmp_path / "site"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from edition.lock import output_lock\n"
         f"out = Path({str(out)!r}); out.mkdir()\n"
         "with output_lock(out, wait=False):\n"
         "    print('held', flush=True); time.sleep(600)\n"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    with pytest.raises(Busy, match=f"pid {holder.pid}"):  # alive: it holds the folder
        with output_lock(out, wait=False):
            pass
    holder.kill()
    holder.wait()
    assert str(holder.pid) in (out / LOCK_FILE).read_text()  # its lock file stays, stale
    result = subprocess.run([sys.executable, "-m", "edition", "build", str(SEED), "-o", str(out),
                             "--no-print", "--no-wait"], cwd=ROOT, env=ENV,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (out / "index.html").is_file() and not (out / LOCK_FILE).exists()


def test_one_process_cannot_take_a_folder_twice(tmp_path):
    with output_lock(tmp_path, wait=False):
        with pytest.raises(Busy) as refused:
            with output_lock(tmp_path, wait=False):
                pass
    assert isinstance(refused.value, EditionError)
    with output_lock(tmp_path, wait=False):  # released: free again
        pass


def test_a_build_waiting_for_one_that_removes_the_folder_it_made_makes_it_again(tmp_path):
    """The first build made the folder and wrote nothing (its input was refused): it removes
    the folder as it ends, while the second waits for it; the second makes it again."""
    import threading

    from edition.output import output_folder

    out = tmp_path / "new" / "site"
    held, waiting = threading.Event(), threading.Event()

    def first():
        with output_folder(out, wait=False):
            held.set()
            waiting.wait(60)

    thread = threading.Thread(target=first)
    thread.start()
    held.wait(60)
    with output_folder(out, on_wait=lambda message: waiting.set()) as folder:
        assert waiting.is_set()  # it did wait …
        assert folder.is_dir() and (folder / LOCK_FILE).is_file()  # … and holds a folder
    thread.join()
    assert not (tmp_path / "new").exists()  # made by it, left empty: removed
