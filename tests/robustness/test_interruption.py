# SPDX-License-Identifier: MIT
"""An interrupted ``--jobs`` build: Ctrl-C (SIGINT to the process group, as a terminal sends it)
and SIGTERM (to the main process, as a service manager sends it) stop every worker and FOP with
it, record every text that finished, leave no temporaries, exit 130 / 143; a rerun builds the
rest and only the rest."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess

import pytest

from build_runs import DATE, ENV, articles, command, session, start, texts
from support import ROOT

BUILT = re.compile(r"^\[\d+/\d+\] built ")


def interrupt(build, how: str, after: int) -> tuple[list[str], list[str]]:
    """Send the signal once ``after`` texts are built; every line the build printed, and the
    processes of its session still running once it ended (killed then, not to run on)."""
    lines = []
    for line in build.stderr:
        lines.append(line)
        if sum(bool(BUILT.match(seen)) for seen in lines) == after:
            if how == "ctrl-c":
                os.killpg(build.pid, signal.SIGINT)  # the terminal's foreground group
            else:
                os.kill(build.pid, signal.SIGTERM)  # the main process only
            break
    build.wait(timeout=300)
    left = session(build.pid)
    for process in left:  # they hold its stderr open: kill them, or reading it never ends
        os.kill(int(process.split()[0]), signal.SIGKILL)
    lines += build.stderr.readlines()
    return lines, left


def leftovers(out) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*")
                  if p.name.startswith((".edition-staging", ".edition-lock"))
                  or p.name.endswith((".part", ".fop")))


@pytest.mark.parametrize("how, code", [("ctrl-c", 130), ("sigterm", 143)])
def test_an_interrupted_jobs_build_stops_its_workers_and_a_rerun_finishes(tmp_path, how, code):
    folder = texts(tmp_path / "texts", 8)
    out = tmp_path / "site"
    args = (folder, "-o", out, "--no-print", "--jobs", "2", "--date", DATE)
    build = start(*args)
    lines, left = interrupt(build, how, after=2)
    assert left == []  # no worker left running
    assert build.returncode == code, "".join(lines)
    assert "interrupted" in lines[-1]
    done = sum(bool(BUILT.match(line)) for line in lines)
    assert 2 <= done < 8
    cache = json.loads((out / ".edition-cache.json").read_text(encoding="utf-8"))
    assert len(cache["sources"]) == done  # every text that finished, recorded
    assert leftovers(out) == []

    again = subprocess.run(command(*args), cwd=ROOT, capture_output=True, text=True, env=ENV,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{8 - done} built, {done} skipped (up to date), 0 failed" in again.stderr


def test_sigterm_stops_the_fop_processes_of_a_print_build(tmp_path):
    folder = articles(tmp_path / "texts", 4)
    out = tmp_path / "site"
    env = {**ENV, "EDITION_FOP_MODE": "process"}  # FOP as child processes of the workers
    build = start(folder, "-o", out, "--pdf", "--jobs", "2", "--date", DATE, env=env)
    lines, left = interrupt(build, "sigterm", after=1)
    assert left == []  # no worker, no FOP JVM
    assert build.returncode == 143, "".join(lines)
    assert leftovers(out) == []
