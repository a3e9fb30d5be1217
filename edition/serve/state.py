# SPDX-License-Identifier: MIT
"""What the builds tell the served pages: which build they show (a page served before the last
one reloads) and the errors of the last build, shown over the last good pages."""

from __future__ import annotations

import os
import threading
import time


class State:
    """Shared by the build loop (which publishes) and the server's threads (which wait).

    ``version`` names the site as it now is: a new one after every build that changed a file
    and every change of the errors. It begins with the server's start, so that a page left open
    across a restart of ``edition serve`` reloads too."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._start = f"{os.getpid():x}{time.time_ns():x}"
        self._count = 0
        self._errors: tuple[str, ...] = ()
        self._closed = False

    @property
    def version(self) -> str:
        with self._changed:
            return f"{self._start}-{self._count}"

    @property
    def errors(self) -> tuple[str, ...]:
        with self._changed:
            return self._errors

    def snapshot(self) -> tuple[str, tuple[str, ...]]:
        """The version and its errors, read together."""
        with self._changed:
            return f"{self._start}-{self._count}", self._errors

    def publish(self, errors: tuple[str, ...] | list[str] = (), built: bool = True) -> None:
        """A build ended: ``built`` if it changed files, with ``errors`` (none: it is all good).
        The pages hear of it unless nothing changed for them."""
        errors = tuple(errors)
        with self._changed:
            if not built and errors == self._errors:
                return
            self._errors = errors
            self._count += 1
            self._changed.notify_all()

    def wait(self, seen: str | None, timeout: float) -> str | None:
        """The version, once it is not ``seen`` or ``timeout`` seconds have passed; None once
        the server is closing."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._closed or f"{self._start}-{self._count}" != seen, timeout)
            return None if self._closed else f"{self._start}-{self._count}"

    def close(self) -> None:
        """The server is stopping: every waiting page's stream ends."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
