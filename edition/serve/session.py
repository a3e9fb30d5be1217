# SPDX-License-Identifier: MIT
"""The loop of ``edition serve``: build, serve, watch, build again what changed.

Every build is a corpus build (``edition.corpus.build_corpus``) in this process: the cache in the
output folder skips the texts whose inputs have not changed, each text's files are moved into
place only once all are made (so a failed build leaves the last good one), and the output
folder is held (its lock) while the build writes, as by any other build, and only then. FOP's
JVM, started by the first PDF, stays up for the next (``edition.render.fop_warm``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from edition.build import BuildSettings, check_outputs
from edition.corpus import Outcome, build_corpus, expand_sources
from edition.errors import EditionError, as_user_error, internal_error
from edition.runners import InProcess
from edition.serve.server import SiteServer
from edition.serve.state import State
from edition.serve.watch import Watched


@dataclass
class Report:
    """What one build did, for the terminal."""

    built: list[Outcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Session:
    """``sources`` built into ``out_dir`` and served on ``port`` (0: a free one), until stopped.

    ``say(message)`` hears what the terminal should show (without the ``edition:`` prefix)."""

    def __init__(self, sources: list[Path], out_dir: Path, settings: BuildSettings,
                 port: int = 0, say: Callable[[str], None] = print):
        if "web" not in settings.outputs:
            raise EditionError("edition serve shows the web edition: it cannot do without it")
        check_outputs(settings)
        self.sources = sources
        self.out_dir = out_dir
        self.settings = settings
        self.say = say
        self.watched = Watched(sources)  # every source there, before anything is built
        self.state = State()
        self.server = SiteServer(out_dir, self.state, port)  # the port is ours, or we stop here
        self.names: list[str] = []  # the texts' names, once built

    @property
    def url(self) -> str:
        """The page to open: the text's own, when there is one text."""
        if len(self.names) == 1:
            return f"{self.server.url}{self.names[0]}/"
        return self.server.url

    def build(self) -> Report:
        """Build what changed; the pages hear of it (reload, errors shown or gone)."""
        started = time.perf_counter()
        report = Report()
        try:
            texts = expand_sources(self.sources)
            if not texts:
                raise EditionError("no texts (*.txt) or TEI files (*.xml) to build",
                                   str(self.sources[0]))
            outcomes = build_corpus(texts, self.out_dir, self.settings, runner=InProcess(),
                                    on_wait=self.say)
        except EditionError as err:  # the output folder, the corpus pages: shown, not fatal
            report.errors.append(str(err))
            outcomes = []
        except Exception as err:  # noqa: BLE001 - a bug of ours must not end the editor's loop
            if os.environ.get("EDITION_DEBUG"):
                raise
            user = as_user_error(err)
            report.errors.append(str(user) if user else internal_error(err))
            outcomes = []
        for outcome in outcomes:
            if outcome.status == "failed":
                report.errors.append(outcome.reason or f"{outcome.source}: failed")
            elif outcome.status == "built":
                report.built.append(outcome)
                report.warnings += outcome.warnings
            self.watched.made.update(path.resolve() for path in outcome.written)
        names = [o.name for o in outcomes if o.kind == "text" and o.status != "failed"]
        if names:
            self.names = names
        report.seconds = time.perf_counter() - started
        self.state.publish(report.errors, built=bool(report.built))
        return report

    def run(self, on_built: Callable[[Report, list[Path]], None]) -> None:
        """Serve, build, and build again on every change, until interrupted (Ctrl-C: a
        ``KeyboardInterrupt``); ``on_built(report, changed)`` hears of each build (the first
        with no changed files). The server is stopped however it ends."""
        self.server.start()
        try:
            with self.watched.watch() as changes:
                on_built(self.build(), [])
                for changed in changes:
                    on_built(self.build(), changed)
        finally:
            self.server.stop()
