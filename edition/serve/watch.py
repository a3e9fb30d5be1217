# SPDX-License-Identifier: MIT
"""What ``edition serve`` watches, and its changes.

A text's build depends on its source, its editorial file (``X.toml`` beside ``X.txt``) and, for
a TEI input, the file itself; a folder given as a source stands for the texts and TEI files in it
(``edition.corpus.expand_sources``), so a text added there is built too. The folders holding
them are watched, not the files, because editors save by writing a new file and renaming it over
the old one. The watching is the operating system's (inotify on Linux), through watchfiles.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from edition.corpus import SOURCE_SUFFIXES
from edition.editorial import default_editorial_path
from edition.errors import EditionError

EDITORIAL_SUFFIX = ".toml"
STEP_MS = 30  # a change is reported once no other has come for this long (one save: a few)
# Seconds the main thread waits for changes at a time. A signal (Ctrl-C) is handled only when
# the main thread runs, and the kernel may deliver it to the watcher's or the server's thread,
# which leaves a main thread blocked for good in a wait without end.
SIGNAL_CHECK = 0.2


class Watched:
    """The files the builds of ``sources`` (files and folders, as given) depend on."""

    def __init__(self, sources: list[Path]):
        self.files: set[Path] = set()  # given one by one, with their editorial files
        self.folders: set[Path] = set()  # given as sources: every text in them
        for source in sources:
            if source.is_dir():
                self.folders.add(source.resolve())
            elif source.is_file():
                path = source.resolve()
                self.files.add(path)
                if path.suffix.lower() == ".txt":
                    self.files.add(default_editorial_path(path))
            else:
                raise EditionError("no such file or folder", str(source))
        self.made: set[Path] = set()  # what the builds wrote: never a reason to build again

    def roots(self) -> list[Path]:
        """The folders to watch (not their subfolders)."""
        return sorted(self.folders | {path.parent for path in self.files})

    def matters(self, path: Path) -> bool:
        """Whether a change to ``path`` can change a build."""
        if path in self.files:
            return True
        return (path.parent in self.folders and path not in self.made
                and not path.name.startswith(".")
                and path.suffix.lower() in (*SOURCE_SUFFIXES, EDITORIAL_SUFFIX))

    def watch(self) -> Changes:
        """Start watching now (a change made while the first build runs is not missed)."""
        return Changes(self)


class Changes:
    """The files that matter, each time some have changed, from a watcher in a thread of its
    own: the main thread waits in Python, where a signal (Ctrl-C, SIGTERM) raises as it should,
    and what changed while it was building comes to it at once, in one batch."""

    def __init__(self, watched: Watched):
        import watchfiles  # only serve needs it

        self._found: queue.Queue[set[Path] | BaseException] = queue.Queue()
        self._stop = threading.Event()

        def run() -> None:
            try:
                for changes in watchfiles.watch(
                        *watched.roots(), stop_event=self._stop, recursive=False,
                        watch_filter=lambda change, path: watched.matters(Path(path)),
                        step=STEP_MS, rust_timeout=500, raise_interrupt=False):
                    self._found.put({Path(path) for _, path in changes})
            except BaseException as err:  # noqa: BLE001 - the main thread raises it
                self._found.put(err)

        self._thread = threading.Thread(target=run, name="edition-watch", daemon=True)
        self._thread.start()

    def __iter__(self) -> Changes:
        return self

    def __next__(self) -> list[Path]:
        while True:
            try:  # in short waits: a signal that reached another thread is handled between
                batch = [self._found.get(timeout=SIGNAL_CHECK)]
                break
            except queue.Empty:
                continue
        while not self._found.empty():  # what came while the caller was busy: one batch
            batch.append(self._found.get_nowait())
        changed: set[Path] = set()
        for found in batch:
            if isinstance(found, BaseException):
                raise EditionError(f"cannot watch the sources any more: {found}")
            changed |= found
        return sorted(changed)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def __enter__(self) -> Changes:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
