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
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from edition import __version__
from edition.build import BuildSettings, build_document, check_outputs, finish, make_output_dir
from edition.editorial import default_editorial_path
from edition.errors import EditionError
from edition.output import write_atomic
from edition.render.digest import Digest, digest_path

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
    digest: Digest | None = None  # what the corpus pages need of it (web builds)
    kind: str = "text"  # "text", or "corpus" for the pages across all texts


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


def _build_one(source: Path, out_dir: Path, settings: BuildSettings, key: str) -> Outcome:
    """Runs in a worker: every output of one source, its failure reported, never raised."""
    started = time.perf_counter()
    try:
        built, _ = build_document(source, out_dir, settings)
    except EditionError as err:
        return Outcome(source, source.stem, "failed", key, reason=str(err),
                       seconds=time.perf_counter() - started)
    except Exception as err:  # a bug of ours must not take the other texts down with it
        return Outcome(source, source.stem, "failed", key,
                       reason=f"internal error: {type(err).__name__}: {err}",
                       seconds=time.perf_counter() - started)
    return Outcome(source, built.name, "built", key, built.written, built.warnings,
                   seconds=time.perf_counter() - started, digest=built.digest)


def _digest(outcome: Outcome, out_dir: Path) -> Digest:
    """A built text's digest came back with it; a skipped one's is read from where its build
    left it (a file among its outputs, so a missing one means the text was rebuilt)."""
    if outcome.digest is not None:
        return outcome.digest
    return Digest.from_json(digest_path(out_dir, outcome.name).read_bytes())


def _read_cache(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def build_corpus(sources: list[Path], out_dir: Path, settings: BuildSettings = BuildSettings(),
                 jobs: int = 1, force: bool = False,
                 on_done: Callable[[Outcome, int, int], None] | None = None) -> list[Outcome]:
    """Build every source into ``out_dir`` with ``jobs`` processes; ``on_done(outcome, done,
    total)`` hears of each as it ends. Returns the outcomes in the order of ``sources``, then
    the corpus pages' outcome (if any were made)."""
    check_outputs(settings)
    make_output_dir(out_dir)
    tools = _tree_digest(_REPO / "xslt", _REPO / "schema")
    cache = {} if force else _read_cache(out_dir)
    entries = cache.get("sources", {})
    outcomes: dict[Path, Outcome] = {}
    todo: list[tuple[Path, str]] = []
    for source in sources:
        try:
            key = content_key(source, settings, tools)
        except OSError as err:
            outcomes[source] = Outcome(source, source.stem, "failed",
                                       reason=f"{source}: cannot read: {err.strerror or err}")
            continue
        entry = entries.get(str(source))
        if entry and entry["key"] == key and all(Path(p).exists() for p in entry["written"]):
            outcomes[source] = Outcome(source, entry["name"], "skipped", key,
                                       [Path(p) for p in entry["written"]])
        else:
            todo.append((source, key))

    total, done = len(sources), 0
    for outcome in outcomes.values():
        done += 1
        if on_done:
            on_done(outcome, done, total)
    for outcome in _run(todo, out_dir, settings, jobs):
        outcomes[outcome.source] = outcome
        done += 1
        if on_done:
            on_done(outcome, done, total)

    ordered = [outcomes[s] for s in sources]
    _refuse_shared_names(ordered)
    good = [o for o in ordered if o.status != "failed"]
    cache = {"version": __version__, "sources": {
        str(o.source): {"key": o.key, "name": o.name, "written": [str(p) for p in o.written]}
        for o in good}}
    corpus_key = hashlib.sha256(json.dumps(sorted((o.name, o.key) for o in good)).encode()).hexdigest()
    corpus_done = _read_cache(out_dir).get("corpus")
    corpus_files = [Path(p) for p in (corpus_done or {}).get("written", [])]
    if good and (force or not corpus_done or corpus_done.get("key") != corpus_key
                 or not all(p.exists() for p in corpus_files)):
        started = time.perf_counter()
        digests = [_digest(o, out_dir) for o in good if "web" in settings.outputs]
        written = [p for built in finish(digests, out_dir, settings) for p in built.written]
        corpus = Outcome(out_dir, "corpus", "built", corpus_key, written,
                         seconds=time.perf_counter() - started, kind="corpus")
        ordered.append(corpus)
        corpus_files = written
    cache["corpus"] = {"key": corpus_key, "written": [str(p) for p in corpus_files]}
    write_atomic(out_dir / CACHE, json.dumps(cache, indent=1, sort_keys=True).encode())
    return ordered


def _run(todo: list[tuple[Path, str]], out_dir: Path, settings: BuildSettings, jobs: int):
    if jobs <= 1 or len(todo) <= 1:
        for source, key in todo:
            yield _build_one(source, out_dir, settings, key)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_build_one, source, out_dir, settings, key) for source, key in todo]
        for future in as_completed(futures):
            yield future.result()


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

    def __call__(self, outcome: Outcome, done: int, total: int) -> None:
        if self.quiet and outcome.status != "failed":
            return
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                              f"{outcome.status} {outcome.name[:40]:<40}")
            if done == total:
                self.stream.write("\n")
        else:
            extra = f" ({outcome.seconds:.1f} s)" if outcome.status == "built" else ""
            self.stream.write(f"[{done}/{total}] {outcome.status} {outcome.source}{extra}\n")
        self.stream.flush()


def summary_line(outcomes: list[Outcome]) -> str:
    texts = [o for o in outcomes if o.kind == "text"]
    counts = {status: sum(o.status == status for o in texts) for status in ("built", "skipped", "failed")}
    line = (f"{counts['built']} built, {counts['skipped']} skipped (up to date), "
            f"{counts['failed']} failed")
    if counts["built"] == 0 and counts["failed"] == 0 and texts:
        line += ": nothing to do, every output is up to date"
    return line
