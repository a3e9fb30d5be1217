# SPDX-License-Identifier: MIT
"""One build per output folder at a time.

A build holds ``OUT/.edition-lock`` locked (``flock``) while it writes, and records in it who it
is (pid, host, command, start), for the message a second build gives. The kernel releases the
lock when its holder's process ends, however it ends, so a lock file left by a build that was
killed blocks nothing: it is only read for that message. Worker processes forked by the build do
not keep the lock (it is closed in them), so a holder that died cannot live on in its workers.
The file is removed when the build ends; a build that was waiting for it then takes a fresh one.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from edition.errors import EditionError

LOCK_FILE = ".edition-lock"
POLL = 0.2  # seconds between tries while waiting

_held: dict[int, Path] = {}  # fd -> lock file, the locks this process holds


class Busy(EditionError):
    """Another build holds the output folder."""


class FolderGone(Exception):
    """The output folder was removed while this build waited for it (by the build it waited
    for, which had made it and left nothing in it): make it again, and try again."""


def _close_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


def holder(out_dir: Path) -> str:
    """Who holds ``out_dir``, as its lock file says: 'pid 123 on host, since 12:00:03:
    edition build …'."""
    try:
        about = json.loads((out_dir / LOCK_FILE).read_text(encoding="utf-8"))
        return (f"pid {about['pid']} on {about['host']}, since {about['since']}: "
                f"{about['command']}")
    except (OSError, ValueError, KeyError, TypeError):
        return "a build that has not yet said who it is"


def _command() -> str:
    words = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"] + sys.argv[1:]
    if words[0] in ("__main__.py", "-m", "-c"):
        words[0] = "edition"
    return " ".join(words)


@contextmanager
def output_lock(out_dir: Path, wait: bool | float = True,
                on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold ``out_dir`` (which must exist) for the time of the block. Held by another build:
    ``wait`` True waits as long as it takes, a number waits that many seconds, False does not
    wait; then ``Busy``. ``on_wait(message)`` hears once that the build is waiting, and for whom."""
    path = out_dir / LOCK_FILE
    deadline = None if wait is True else time.monotonic() + (float(wait) if wait else 0.0)
    told = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except FileNotFoundError:
            raise FolderGone(str(out_dir)) from None
        except OSError as err:
            raise EditionError(f"cannot lock the output folder: {err.strerror or err}",
                               str(out_dir)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise EditionError(f"cannot lock the output folder: {err.strerror or err}",
                                   str(out_dir)) from None
            who = holder(out_dir)
            if deadline is not None and time.monotonic() >= deadline:
                raise Busy(f"another build is writing here ({who}); run again when it has "
                           "ended, or without --no-wait to wait for it", str(out_dir)) from None
            if not told and on_wait is not None:
                on_wait(f"{out_dir}: waiting for the build of {who}")
                told = True
            time.sleep(POLL)
            continue
        # The file may have been removed by the build that held it, between our open and our
        # lock: then we hold a file nobody else will see, and start again.
        try:
            now, held = os.stat(path), os.fstat(fd)
            same = (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
        except OSError:
            same = False
        if not same:
            os.close(fd)
            continue
        break
    _held[fd] = path
    try:
        about = {"pid": os.getpid(), "host": socket.gethostname(), "command": _command(),
                 "since": datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.write(fd, (json.dumps(about) + "\n").encode())
        yield path
    finally:
        _held.pop(fd, None)
        try:
            path.unlink()  # still ours: nobody else could lock it
        except OSError:
            pass
        os.close(fd)
