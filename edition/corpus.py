# SPDX-License-Identifier: MIT
"""Corpus builds: every text of a folder, in parallel processes, one failure never stopping the
others, and no work redone for texts whose inputs have not changed.

A source's *content key* hashes what its outputs depend on: its bytes, its editorial file, the
stylesheets and schemas, the edition's version and the build settings. The keys of the last
build live in ``OUT/.edition-cache.json``; a source whose key is unchanged and whose outputs are
all there is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from edition import __version__
from edition.build import BuildSettings, build_document, check_outputs, finish, unstaged
from edition.editorial import default_editorial_path
from edition.errors import EditionError
from edition.output import Staging, output_folder, write_atomic
from edition.render.digest import DigestFiles
from edition.render.pagefind_index import stale
from edition.runners import Runner, make_runner

CACHE = ".edition-cache.json"
SOURCE_SUFFIXES = (".txt", ".xml")
_REPO = Path(__file__).resolve().parent.parent


@dataclass
class Outcome:
    """What became of one source (picklable: it comes back from a worker process)."""

    source: Path
    name: str
    status: str  # "built" | "skipped" | "failed"
    key: str = ""
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reason: str | None = None
    seconds: float = 0.0
    kind: str = "text"  # "text", or "corpus" for the pages across all texts
    index: int = -1  # the source's place among the sources of the build


def expand_sources(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for its texts and TEI files (``*.txt``, ``*.xml``), sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES
                          and p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def _tree_digest(*folders: Path) -> str:
    """One hash over every file of the stylesheets and schemas: a change to any rebuilds all."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder.parent)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(source: Path, settings: BuildSettings, tools: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{settings!r}\0{tools}\0".encode())
    digest.update(source.read_bytes())
    editorial = default_editorial_path(source)
    if source.suffix.lower() == ".txt" and editorial.is_file():
        digest.update(b"\0editorial\0" + editorial.read_bytes())
    return digest.hexdigest()


def _build_one(index: int, source: Path, out_dir: Path, settings: BuildSettings,
               key: str) -> Outcome:
    """Runs in a worker: every output of one source, made in a staging folder and moved into
    place once all are made; its failure reported (naming the source), never raised.
    ``index`` is the source's place in the build, which the client puts it back at."""
    started = time.perf_counter()

    def failed(reason: str) -> Outcome:
        if not reason.startswith(f"{source}:"):  # every failure names its text
            reason = f"{source}: {reason}"
        return Outcome(source, source.stem, "failed", key, reason=reason,
                       seconds=time.perf_counter() - started, index=index)

    try:
        with Staging(out_dir) as stage:
            try:
                built, _ = build_document(source, stage.path, settings)
                stage.commit()
            except EditionError as err:
                return failed(str(unstaged(err, stage)))
            except Exception as err:  # a bug of ours must not take the other texts down with it
                return failed(stage.unstage(f"internal error: {type(err).__name__}: {err} (this "
                                            "is a bug in edition; please report it)"))
    except EditionError as err:  # no staging folder: the output folder cannot be written
        return failed(str(err))
    return Outcome(source, built.name, "built", key, [stage.final(p) for p in built.written],
                   [stage.unstage(message) for message in built.warnings],
                   seconds=time.perf_counter() - started, index=index)


def _read_cache(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def build_corpus(sources: list[Path], out_dir: Path, settings: BuildSettings = BuildSettings(),
                 jobs: int = 1, force: bool = False,
                 on_done: Callable[[Outcome, int, int], None] | None = None,
                 runner: Runner | None = None, wait: bool | float = True,
                 on_wait: Callable[[str], None] | None = None,
                 on_start: Callable[[], None] | None = None) -> list[Outcome]:
    """Build every source into ``out_dir`` with ``runner`` (default: ``jobs`` processes);
    ``on_done(outcome, done, total)`` hears of each as it ends. Returns the outcomes in the
    order of ``sources``, then the corpus pages' outcome (if any were made).

    Each text's files are moved into place once all of them are made, and what is done is
    recorded as it is done (every few seconds, and when the build is interrupted: the workers
    are stopped, and the texts they had finished recorded), so that a build started again
    redoes only the texts that did not finish. One build at a time writes to a folder: this
    one waits for another's end (``wait``; see ``edition.output.output_folder``), and
    ``on_start()`` hears when it has the folder."""
    check_outputs(settings)
    runner = runner or make_runner(jobs)
    with output_folder(out_dir, wait, on_wait):
        if on_start:
            on_start()
        return _build_corpus(sources, out_dir, settings, force, on_done, runner)


def _build_corpus(sources: list[Path], out_dir: Path, settings: BuildSettings, force: bool,
                  on_done: Callable[[Outcome, int, int], None] | None,
                  runner: Runner) -> list[Outcome]:
    tools = _tree_digest(_REPO / "xslt", _REPO / "schema")
    cache = {} if force else _read_cache(out_dir)
    entries = cache.get("sources", {})
    outcomes: dict[int, Outcome] = {}
    todo: list[tuple] = []
    for index, source in enumerate(sources):
        try:
            key = content_key(source, settings, tools)
        except OSError as err:
            outcomes[index] = Outcome(source, source.stem, "failed", index=index,
                                      reason=f"{source}: cannot read: {err.strerror or err}")
            continue
        entry = entries.get(str(source))
        written = [out_dir / p for p in entry["written"]] if entry else []
        if entry and entry["key"] == key and all(p.exists() for p in written):
            outcomes[index] = Outcome(source, entry["name"], "skipped", key, written, index=index)
        else:  # absolute paths: the worker may run elsewhere (a Dask worker on another host)
            todo.append((index, source.resolve(), out_dir.resolve(), settings, key))

    def lost(task: tuple, reason: str) -> Outcome:
        index = task[0]
        return Outcome(sources[index], sources[index].stem, "failed", task[4],
                       reason=f"{sources[index]}: {reason}", index=index)

    total, done = len(sources), 0
    for outcome in outcomes.values():
        done += 1
        if on_done:
            on_done(outcome, done, total)
    record = _Record(out_dir, {} if force else entries)

    def take(outcome: Outcome) -> None:
        nonlocal done
        outcome.source = sources[outcome.index]  # as given, not as sent
        outcome.written = [_inside(p, out_dir) for p in outcome.written]
        outcomes[outcome.index] = outcome
        record.done(outcome)
        done += 1
        if on_done:
            on_done(outcome, done, total)

    try:
        names = [task[1].stem for task in todo]
        for outcome in runner.run(_build_one, todo, names, lost):
            take(outcome)
    except BaseException:  # stopped (Ctrl-C, SIGTERM) or broken: no worker goes on
        for outcome in runner.stop():  # those finished, their files in place
            take(outcome)
        raise
    finally:
        record.save(force=True)

    ordered = [outcomes[i] for i in range(len(sources))]
    _refuse_shared_names(ordered)
    good = [o for o in ordered if o.status != "failed"]
    cache = {"version": __version__, "sources": {
        str(o.source): {"key": o.key, "name": o.name, "written": _relative(o.written, out_dir)}
        for o in good}}
    corpus_key = hashlib.sha256(json.dumps(sorted((o.name, o.key) for o in good)).encode()).hexdigest()
    corpus_done = _read_cache(out_dir).get("corpus")
    corpus_files = [out_dir / p for p in (corpus_done or {}).get("written", [])]
    if good and (force or not corpus_done or corpus_done.get("key") != corpus_key
                 or not all(p.exists() for p in corpus_files)):
        started = time.perf_counter()
        # every text's digest read from the file its build left (among its outputs, so a
        # missing one means the text was rebuilt), by the corpus pages, when they need it: a
        # corpus build holds none of them (edition.render.holdings)
        digests = DigestFiles([o.name for o in good] if "web" in settings.outputs else [],
                              out_dir)
        with Staging(out_dir) as stage:  # the corpus pages too: all in place, or none
            try:
                made = finish(digests, stage.path, settings)
                stage.commit()
            except EditionError as err:
                raise unstaged(err, stage) from None
        written = [stage.final(p) for built in made for p in built.written]
        for path in stale(out_dir, written):  # an earlier search index's chunks
            path.unlink(missing_ok=True)
        corpus = Outcome(out_dir, "corpus", "built", corpus_key, written,
                         seconds=time.perf_counter() - started, kind="corpus")
        ordered.append(corpus)
        corpus_files = written
    cache["corpus"] = {"key": corpus_key, "written": _relative(corpus_files, out_dir)}
    if good or (out_dir / CACHE).exists():  # a build that made nothing leaves nothing
        write_atomic(out_dir / CACHE, json.dumps(cache, indent=1, sort_keys=True).encode())
    return ordered


class _Record:
    """The cache of a build in progress: each text built is added, and the file is written
    again every ``EVERY`` seconds and at the end, whatever ended it."""

    EVERY = 5.0

    def __init__(self, out_dir: Path, entries: dict):
        self.out_dir = out_dir
        self.entries = dict(entries)
        self.saved = time.monotonic()
        self.changed = False

    def done(self, outcome: Outcome) -> None:
        if outcome.status == "built":
            self.entries[str(outcome.source)] = {
                "key": outcome.key, "name": outcome.name,
                "written": _relative(outcome.written, self.out_dir)}
            self.changed = True
        self.save()

    def save(self, force: bool = False) -> None:
        if self.changed and (force or time.monotonic() - self.saved > self.EVERY):
            cache = _read_cache(self.out_dir)
            cache.update({"version": __version__, "sources": self.entries})
            write_atomic(self.out_dir / CACHE,
                         json.dumps(cache, indent=1, sort_keys=True).encode())
            self.saved, self.changed = time.monotonic(), False


def _relative(paths: list[Path], out_dir: Path) -> list[str]:
    """Paths as the cache keeps them: relative to the output folder, which can then move."""
    return [str(_inside(p, out_dir).relative_to(out_dir)) for p in paths]


def _inside(path: Path, out_dir: Path) -> Path:
    """``path`` (made absolute by a worker) as a path under ``out_dir`` as the user gave it."""
    try:
        return out_dir / path.relative_to(out_dir.resolve())
    except ValueError:
        return path


def _refuse_shared_names(outcomes: list[Outcome]) -> None:
    """Two sources with one name wrote the same files: both are reported failed."""
    by_name: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.status != "failed":
            by_name.setdefault(o.name, []).append(o)
    for name, same in by_name.items():
        if len(same) > 1:
            for o in same:
                o.status = "failed"
                o.reason = (f"{o.source}: same name {name!r} as "
                            f"{', '.join(str(x.source) for x in same if x is not o)}: their "
                            "outputs overwrite each other; give one an [edition] id")


class Progress:
    """A progress bar on a terminal, plain lines otherwise (logs, CI)."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() and not os.environ.get("EDITION_NO_PROGRESS_BAR")
        self.quiet = quiet
        self.open = False  # a bar is drawn, its line not ended

    def __call__(self, outcome: Outcome, done: int, total: int) -> None:
        if self.quiet and outcome.status != "failed":
            return
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                              f"{outcome.status} {outcome.name[:40]:<40}")
            self.open = done != total
            if done == total:
                self.stream.write("\n")
        else:
            extra = f" ({outcome.seconds:.1f} s)" if outcome.status == "built" else ""
            self.stream.write(f"[{done}/{total}] {outcome.status} {outcome.source}{extra}\n")
        self.stream.flush()

    def end(self) -> None:
        """End the bar's line, if the build ended before the bar was full (interrupted)."""
        if self.open:
            self.stream.write("\n")
            self.stream.flush()
            self.open = False


def summary_line(outcomes: list[Outcome]) -> str:
    texts = [o for o in outcomes if o.kind == "text"]
    counts = {status: sum(o.status == status for o in texts) for status in ("built", "skipped", "failed")}
    line = (f"{counts['built']} built, {counts['skipped']} skipped (up to date), "
            f"{counts['failed']} failed")
    if counts["built"] == 0 and counts["failed"] == 0 and texts:
        line += ": nothing to do, every output is up to date"
    return line
