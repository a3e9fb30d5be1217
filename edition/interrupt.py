# SPDX-License-Identifier: MIT
"""Stopping a build: SIGTERM (a service manager's, ``kill``'s) and SIGHUP (a closed terminal)
end it as Ctrl-C's SIGINT does, by an exception in the main thread, so that the same clean-up
runs whichever signal came: workers stopped, what finished recorded, temporaries removed. The
exit code is the shell's for a death by that signal: 128 + its number (130, 143, 129)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    """Stopped by ``signum``; a KeyboardInterrupt, so that whatever cleans up after Ctrl-C
    cleans up after it too (and no ``except Exception`` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def exit_code(stop: KeyboardInterrupt) -> int:
    """The exit code of a build stopped by ``stop``."""
    return 128 + getattr(stop, "signum", signal.SIGINT)


def _raise(signum, frame) -> None:
    raise Interrupted(signum)


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise ``Interrupted`` (where they are not ignored:
    ``nohup`` ignores SIGHUP, and that stays so)."""
    if threading.current_thread() is not threading.main_thread():  # only it can set handlers
        yield
        return
    previous = {}
    for signum in SIGNALS:
        if signal.getsignal(signum) == signal.SIG_DFL:
            previous[signum] = signal.signal(signum, _raise)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
