# SPDX-License-Identifier: MIT
"""What the tests of real ``edition build`` processes share: a folder of texts, the command,
and the processes a build left behind (read from /proc: psutil is not a dependency)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from support import ROOT, SEED

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
DATE = "2000-01-01"
ENV = {**os.environ, "EDITION_NO_PROGRESS_BAR": "1"}


def texts(folder: Path, count: int, source: Path = SEED) -> Path:
    """``count`` copies of ``source`` (without its editorial file: each is named by its file)."""
    folder.mkdir(parents=True)
    for n in range(count):
        shutil.copy(source, folder / f"{n:02d}-{source.name}")
    return folder


def articles(folder: Path, count: int) -> Path:
    """``count`` of the small test articles, again and again, each under its own name."""
    folder.mkdir(parents=True)
    for n in range(count):
        article = ARTICLES[n % len(ARTICLES)]
        shutil.copy(article, folder / f"{n:02d}-{article.name}")
    return folder


def command(*args) -> list[str]:
    return [sys.executable, "-m", "edition", "build", *map(str, args)]


def start(*args, env: dict | None = None) -> subprocess.Popen:
    """A build in a session of its own, as a terminal or a service manager starts one: its
    session id is its pid, which every process it starts keeps."""
    return subprocess.Popen(command(*args), cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            env=env or ENV, start_new_session=True)


def session(sid: int) -> list[str]:
    """The live processes of session ``sid`` (zombies, already dead, left out), as
    ``pid command`` lines."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:  # ended meanwhile
            continue
        state, _ppid, _pgrp, session_id = stat.rsplit(")", 1)[1].split()[:4]
        if int(session_id) == sid and state != "Z":
            words = cmdline.replace(b"\0", b" ").decode(errors="replace")
            found.append(f"{entry} {words}")
    return found
