# SPDX-License-Identifier: MIT
"""``--timeout SECONDS``: a text that takes longer fails alone, with the file and the limit in
its reason; its worker (and whatever the worker started) is stopped and replaced, and the
other texts are built."""

from __future__ import annotations

import os
import shutil
import time

from build_runs import ARTICLES, DATE, ENV, session, start
from edition.runners import Processes


def nap(seconds: float) -> str:
    time.sleep(seconds)
    return f"slept {seconds}"


def test_a_task_past_the_timeout_is_lost_alone_and_its_worker_replaced():
    runner = Processes(1, timeout=3)
    tasks = [(600,), (0,), (0,), (0,)]  # one worker: the rest wait for the slow one's end
    results = list(runner.run(nap, tasks, ["slow", "a", "b", "c"],
                              lambda task, reason: f"lost: {reason}"))
    runner.close()
    assert results[0].startswith("lost: stopped after 3 s (--timeout 3)"), results
    assert sorted(results[1:]) == ["slept 0"] * 3
    assert runner.started == 2  # the first worker, and the one that replaced it


def test_a_corpus_text_past_the_timeout_fails_alone(tmp_path):
    """FOP that never ends for one text (a wrapper around the real one): that text fails,
    its FOP with it, and the others get their PDFs."""
    folder = tmp_path / "texts"
    folder.mkdir()
    for article in ARTICLES[:2]:
        shutil.copy(article, folder)
    shutil.copy(ARTICLES[2], folder / "hangs-here.txt")
    fop = tmp_path / "fop"
    fop.write_text('#!/bin/sh\ncase "$*" in *hangs-here*) exec sleep 600;; esac\n'
                   f'exec {shutil.which("fop")} "$@"\n')
    fop.chmod(0o755)
    env = {**ENV, "EDITION_FOP": str(fop), "EDITION_FOP_MODE": "process"}
    out = tmp_path / "site"
    # one worker: the text that hangs comes first, the others after it, in its replacement;
    # 30 s: three times what the others take here
    build = start(folder, "-o", out, "--pdf", "--jobs", "1", "--timeout", "30", "--date", DATE,
                  env=env)
    stderr = build.communicate(timeout=600)[1]
    assert build.returncode == 1, stderr
    assert "2 built, 0 skipped (up to date), 1 failed" in stderr, stderr
    assert (f"failed: {folder / 'hangs-here.txt'}: stopped after 30 s (--timeout 30); its "
            "worker was replaced" in stderr), stderr
    assert session(build.pid) == []  # its FOP too
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(
        f"{a.stem}.pdf" for a in ARTICLES[:2])
    assert not os.path.exists(out / "hangs-here.pdf")
