# SPDX-License-Identifier: MIT
"""The editorial file: what the editor knows about one text, in TOML beside the source.

``seeds/article.txt`` has its editorial file in ``seeds/article.toml``. It holds the edition's
metadata (``[edition]``), overrides for the opening lines (``[source]``), registers of persons,
organisations, places, works and periodicals (``[[person]]`` …), and corrections and
normalisations (``[[correction]]``, ``[[normalisation]]``). TOML because editors can write it by
hand, comments included, and Python reads it with the standard library. Unknown keys are errors:
a misspelt key must not silently do nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, read_input

_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class Metadata:
    id: str | None = None
    language: str = "en"
    date: str | None = None  # the encoding's date (YYYY-MM-DD) for revisionDesc
    editor: str | None = None
    editor_id: str = "editor"
    publisher: str | None = None
    pub_place: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    principles: str | None = None  # extra editorial principles, one paragraph


@dataclass(frozen=True)
class SourceOverrides:
    author: str | None = None
    author_ref: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Entry:
    """A register entry: a person, organisation, place, work or periodical."""

    kind: str
    id: str
    name: str
    forms: tuple[str, ...] = ()  # how the text names it, longest matched first
    wikidata: str | None = None
    note: str | None = None
    extra: dict = field(default_factory=dict)  # kind-specific fields (author, level, edition, …)


@dataclass(frozen=True)
class Intervention:
    """A correction (``sic`` → ``corr``) or a normalisation (``orig`` → ``reg``)."""

    kind: str  # "correction" | "normalisation"
    source: str  # what the source prints
    target: str  # what the edition reads
    count: int = 1  # how many times ``source`` occurs where it applies; a mismatch is an error
    context: str | None = None  # a longer text around ``source`` that pins the place
    resp: str | None = None  # id of who made it; default: the editor, else the tool
    note: str | None = None


@dataclass(frozen=True)
class Editorial:
    path: Path | None = None
    metadata: Metadata = Metadata()
    source: SourceOverrides = SourceOverrides()
    registers: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    interventions: tuple[Intervention, ...] = ()

    def entries(self, kind: str) -> tuple[Entry, ...]:
        return self.registers.get(kind, ())

    def find(self, id_: str) -> Entry | None:
        for entries in self.registers.values():
            for entry in entries:
                if entry.id == id_:
                    return entry
        return None


EMPTY = Editorial()

REGISTER_KINDS = ("person", "org", "place", "work", "periodical")
_ENTRY_KEYS = {"id", "name", "forms", "wikidata", "note"}
_EXTRA_KEYS = {
    "person": {"occupation", "birth", "death"},
    "org": set(),
    "place": set(),
    "work": {"title", "author", "level", "edition", "date", "publisher"},
    "periodical": {"level"},
}
_INTERVENTION_KEYS = {"correction": ("sic", "corr"), "normalisation": ("orig", "reg")}


class _Reader:
    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, message: str) -> EditionError:
        return EditionError(f"{where}: {message}", str(self.path))

    def table(self, data, where: str, allowed: set[str]) -> dict:
        if not isinstance(data, dict):
            raise self.fail(where, "must be a table")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
        return data

    def string(self, data: dict, key: str, where: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing required key {key!r}")
            return None
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def ident(self, data: dict, key: str, where: str, required: bool = False) -> str | None:
        value = self.string(data, key, where, required)
        if value is not None and not _ID.match(value):
            raise self.fail(f"{where}.{key}", f"{value!r} is not a valid xml:id "
                            "(letters, digits, '-', '_', '.'; not starting with a digit)")
        return value


def load_editorial(path: str | Path) -> Editorial:
    """Read and check the editorial file at ``path``."""
    path = Path(path)
    raw = read_input(path, "editorial file")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise EditionError(f"editorial file is not UTF-8 (byte 0x{raw[err.start]:02X} at offset "
                           f"{err.start})", str(path)) from None
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise EditionError(f"not valid TOML: {msg}", str(path),
                           int(m.group(1)) if m else None, int(m.group(2)) if m else None) from None
    return _parse(data, _Reader(path))


def _parse(data: dict, r: _Reader) -> Editorial:
    top = {"edition", "source", *REGISTER_KINDS, *_INTERVENTION_KEYS}
    r.table(data, "top level", top)

    ed = r.table(data.get("edition", {}), "[edition]", {f for f in Metadata.__dataclass_fields__})
    metadata = Metadata(**{k: r.string(ed, k, "[edition]") for k in ed})
    if metadata.id is not None:
        r.ident(ed, "id", "[edition]")
    if metadata.date is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", metadata.date):
        raise r.fail("[edition].date", "must be a date, YYYY-MM-DD")
    if "editor_id" in ed:
        r.ident(ed, "editor_id", "[edition]")

    src = r.table(data.get("source", {}), "[source]", {"author", "author_ref", "title"})
    source = SourceOverrides(author=r.string(src, "author", "[source]"),
                             author_ref=r.ident(src, "author_ref", "[source]"),
                             title=r.string(src, "title", "[source]"))

    registers: dict[str, tuple[Entry, ...]] = {}
    seen: dict[str, str] = {}
    for kind in REGISTER_KINDS:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise r.fail(kind, f"write each entry as [[{kind}]]")
        entries = []
        for n, item in enumerate(items, start=1):
            where = f"[[{kind}]] #{n}"
            r.table(item, where, _ENTRY_KEYS | _EXTRA_KEYS[kind])
            id_ = r.ident(item, "id", where, required=True)
            if id_ in seen:
                raise r.fail(where, f"id {id_!r} already used by a {seen[id_]}")
            seen[id_] = kind
            name = r.string(item, "name", where) or r.string(item, "title", where)
            if name is None:
                raise r.fail(where, "needs a name (or, for a work, a title)")
            forms = item.get("forms", [])
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                raise r.fail(f"{where}.forms", "must be a list of non-empty strings")
            wikidata = r.string(item, "wikidata", where)
            if wikidata is not None and not re.match(r"^Q\d+$", wikidata):
                raise r.fail(f"{where}.wikidata", f"{wikidata!r} is not a Wikidata id (Q followed by digits)")
            extra = {k: v for k, v in item.items() if k in _EXTRA_KEYS[kind]}
            entries.append(Entry(kind, id_, name, tuple(forms), wikidata,
                                 r.string(item, "note", where), extra))
        registers[kind] = tuple(entries)

    interventions = []
    for kind, (src_key, dst_key) in _INTERVENTION_KEYS.items():
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise r.fail(kind, f"write each entry as [[{kind}]]")
        for n, item in enumerate(items, start=1):
            where = f"[[{kind}]] #{n}"
            r.table(item, where, {src_key, dst_key, "count", "context", "resp", "note"})
            count = item.get("count", 1)
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise r.fail(f"{where}.count", "must be a whole number, 1 or more")
            source_text = r.string(item, src_key, where, required=True)
            context = r.string(item, "context", where)
            if context is not None and source_text not in context:
                raise r.fail(f"{where}.context", f"must contain {source_text!r}")
            interventions.append(Intervention(
                kind, source_text, r.string(item, dst_key, where, required=True), count, context,
                r.ident(item, "resp", where), r.string(item, "note", where)))
    return Editorial(r.path, metadata, source, registers, tuple(interventions))


def default_editorial_path(source: Path) -> Path:
    """Where the editorial file of ``source`` lives by convention: beside it, ending ``.toml``."""
    return source.with_suffix(".toml")
