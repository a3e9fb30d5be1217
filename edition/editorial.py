# SPDX-License-Identifier: MIT
"""The editorial file: what the editor knows about one text, in TOML beside the source.

``seeds/article.txt`` has its editorial file in ``seeds/article.toml``. It holds the edition's
metadata (``[edition]``), overrides for the opening lines (``[source]``), registers of persons,
organisations, places, works and periodicals (``[[person]]`` …), and corrections and
normalisations (``[[correction]]``, ``[[normalisation]]``). TOML because editors can write it by
hand, comments included, and Python reads it with the standard library. Unknown keys are errors:
a misspelt key must not silently do nothing. So are values of the wrong kind, dates not in the
calendar, and ids that name no one in the file: each is reported at the line and column of its
key or value (``edition.toml_places``), as TOML's own syntax errors are.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from edition import APP_ID
from edition.errors import EditionError, read_input
from edition.settings import NOTE_STYLES
from edition.toml_places import Places, places

_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")  # xs:language, as for xml:lang
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # XML 1.0 Char
_NOT_IN_URL = re.compile(r"[\s<>\"{}|\\^`]")
# TEI's title levels: analytic, monograph, journal, series, unpublished
LEVELS = ("a", "m", "j", "s", "u")


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
    url: str | None = None  # where the web edition is published (the site's folder), for citing
    version: str | None = None  # the edition's version ("1.0"), in its editionStmt and citations
    note_style: str | None = None  # citation notes: "short" (house style) or "full"; None: short


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
class Override:
    """``[[override]]``: the editor's decision in place of the encoder's, at the ``occurrence``-th
    line, passage or citation of its kind whose text opens with ``at`` (white space folded).
    Exactly one decision: ``heading``, ``block_quotation``, ``quotation`` (with ``who``),
    ``work`` or ``supplied``."""

    index: int  # its place among the [[override]] tables, from 0, for messages
    at: str
    occurrence: int = 1
    heading: bool | None = None  # this line is / is not a section heading
    block_quotation: bool | None = None  # this paragraph is / is not a block quotation
    quotation: str | None = None  # this quotation is "speech", "writing", a "phrase" or a "title"
    who: str | None = None  # ... spoken by this person of the register
    work: str | None = None  # this citation points at this work of the register
    supplied: bool | None = None  # False: supply no missing quotation mark here
    note: str | None = None

    @property
    def kind(self) -> str:
        """What it decides: "heading", "block_quotation", "quotation", "citation", "supplied"."""
        for kind in ("heading", "block_quotation", "quotation", "supplied"):
            if getattr(self, kind) is not None:
                return kind
        return "citation"


@dataclass(frozen=True)
class Editorial:
    path: Path | None = None
    metadata: Metadata = Metadata()
    source: SourceOverrides = SourceOverrides()
    registers: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    interventions: tuple[Intervention, ...] = ()
    overrides: tuple[Override, ...] = ()
    places: Places | None = field(default=None, compare=False, repr=False)

    def entries(self, kind: str) -> tuple[Entry, ...]:
        return self.registers.get(kind, ())

    def find(self, id_: str) -> Entry | None:
        for entries in self.registers.values():
            for entry in entries:
                if entry.id == id_:
                    return entry
        return None

    def mistake(self, at: tuple, message: str) -> EditionError:
        """An error about ``at`` in this file, a path such as ``("correction", 0, "count")``
        (the first ``[[correction]]``'s count): named by table and key, at its line and column."""
        line, column = self.places.of(at) if self.places else (None, None)
        return EditionError(f"{label(at)}: {message}", str(self.path) if self.path else None,
                            line, column)

    def path_of(self, id_: str) -> tuple | None:
        """Where the register entry ``id_`` is, as a path such as ``("person", 2, "id")``."""
        for kind, entries in self.registers.items():
            for n, entry in enumerate(entries):
                if entry.id == id_:
                    return (kind, n, "id")
        return None


EMPTY = Editorial()

REGISTER_KINDS = ("person", "org", "place", "work", "periodical")
_INTERVENTION_KEYS = {"correction": ("sic", "corr"), "normalisation": ("orig", "reg")}


def label(at: tuple) -> str:
    """How a message names the place of ``at``: ``[edition].date``, ``[[person]] #2.forms``."""
    if not at:
        return "top level"
    head, rest = at[0], list(at[1:])
    if rest and isinstance(rest[0], int):
        text = f"[[{head}]] #{rest.pop(0) + 1}"
    elif head in ("edition", "source"):
        text = f"[{head}]"
    else:
        text = head
    for key in rest:
        text += f", item {key + 1}" if isinstance(key, int) else f".{key}"
    return text


def _kind_of(value) -> str:
    """What a TOML value is, in the words of a message."""
    for kind, name in ((bool, "true or false"), (int, "a whole number"), (float, "a number"),
                       (dt.datetime, "a date and time"), (dt.date, "a date"), (dt.time, "a time"),
                       (list, "a list"), (dict, "a table"), (str, "text")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


class _Reader:
    """Checks values as it reads them; ``fail`` makes the error, placed in the file."""

    def __init__(self, path: Path, where: Places):
        self.path = path
        self.where = where

    def fail(self, at: tuple, message: str, *, key: bool = False) -> EditionError:
        """An error about the value at ``at``; with ``key``, about the key itself (named in
        ``message``), the message then naming the table that holds it."""
        line, column = self.where.of(at, value=not key)
        return EditionError(f"{label(at[:-1] if key else at)}: {message}", str(self.path),
                            line, column)

    def table(self, at: tuple, data, spec: dict) -> dict:
        """``data`` as a table with only the keys of ``spec``, each value checked by it."""
        if not isinstance(data, dict):
            raise self.fail(at, f"must be a table, not {_kind_of(data)}")
        checked = {}
        for key, value in data.items():
            if key not in spec:
                close = difflib.get_close_matches(key, spec, n=1)
                hint = (f"did you mean {close[0]!r}?" if close
                        else f"allowed: {', '.join(sorted(spec))}")
                raise self.fail(at + (key,), f"unknown key {key!r} ({hint})", key=True)
            checked[key] = spec[key](self, at + (key,), value)
        return checked

    def require(self, at: tuple, data: dict, key: str):
        if data.get(key) is None:
            raise self.fail(at, f"missing required key {key!r}")
        return data[key]

    def entries(self, data: dict, kind: str) -> list:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise self.fail((kind,), f"write each entry as [[{kind}]]")
        return items

    # value checks: (reader, path, value) -> the value as the edition uses it

    def text(self, at: tuple, value) -> str:
        if not isinstance(value, str):
            raise self.fail(at, f"must be text in quotes, not {_kind_of(value)}")
        if not value.strip():
            raise self.fail(at, "must not be empty")
        bad = _NOT_XML.search(value)
        if bad:
            raise self.fail(at, f"holds U+{ord(bad.group()):04X}, a character XML cannot hold")
        return value

    def ident(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if not _ID.match(value):
            raise self.fail(at, f"{value!r} is not a valid xml:id "
                            "(letters, digits, '-', '_', '.'; not starting with a digit)")
        return value

    def date(self, at: tuple, value) -> str:
        """A calendar date, as TOML's date or as text ``YYYY-MM-DD``."""
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if not isinstance(value, str) or not _DATE.match(value):
            shown = repr(value) if isinstance(value, str) else _kind_of(value)
            raise self.fail(at, f"must be a date, YYYY-MM-DD, not {shown}")
        try:
            dt.date.fromisoformat(value)
        except ValueError as err:  # "day is out of range for month"
            raise self.fail(at, f"{value!r} is not a date in the calendar ({err})") from None
        return value

    def year(self, at: tuple, value) -> str:
        """A year (a number), a date, or text such as "c. 1890"."""
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, str):
            return self.text(at, value)
        raise self.fail(at, f"must be a year, a date or text, not {_kind_of(value)}")

    def text_or_number(self, at: tuple, value) -> str:  # an edition: "2nd" or 2
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.text(at, value)

    def level(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if value not in LEVELS:
            raise self.fail(at, f"{value!r} is not a title level: give one of {', '.join(LEVELS)} "
                            "(analytic, monograph, journal, series, unpublished)")
        return value

    def language(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if not _LANGUAGE.match(value):
            raise self.fail(at, f"{value!r} is not a language tag such as 'en' or 'de-AT'")
        return value

    def url(self, at: tuple, value) -> str:
        value = self.text(at, value)
        bad = _NOT_IN_URL.search(value)
        if bad:
            raise self.fail(at, f"{value!r} is not a URL: {bad.group()!r} must be percent-encoded")
        return value

    def web_url(self, at: tuple, value) -> str:  # an address readers can go to
        value = self.url(at, value)
        if not re.match(r"^https?://[^/]+", value):
            raise self.fail(at, f"{value!r} is not an http:// or https:// address")
        return value

    def version(self, at: tuple, value) -> str:
        """A version as the editor writes it, "1.0": text, since TOML's 1.10 is the number 1.1."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            raise self.fail(at, f"must be text in quotes, such as \"1.0\", not {_kind_of(value)}")
        value = self.text(at, value)
        if "\n" in value or "\r" in value:
            raise self.fail(at, "must be one line")
        return value.strip()

    def note_style(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if value not in NOTE_STYLES:
            raise self.fail(at, f"{value!r} is not a note style: give one of "
                            f"{', '.join(map(repr, NOTE_STYLES))}")
        return value

    def wikidata(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if not re.match(r"^Q\d+$", value):
            raise self.fail(at, f"{value!r} is not a Wikidata id (Q followed by digits)")
        return value

    def forms(self, at: tuple, value) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(at, f"must be a list of non-empty strings, not {_kind_of(value)}")
        return tuple(self.text(at + (n,), form) for n, form in enumerate(value))

    def flag(self, at: tuple, value) -> bool:
        if not isinstance(value, bool):
            raise self.fail(at, f"must be true or false, not {_kind_of(value)}")
        return value

    def quotation(self, at: tuple, value) -> str:
        value = self.text(at, value)
        if value not in QUOTATION_KINDS:
            raise self.fail(at, f"must be one of {', '.join(map(repr, QUOTATION_KINDS))}")
        return value

    def count(self, at: tuple, value) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.fail(at, "must be a whole number, 1 or more")
        return value


_EDITION = {"id": _Reader.ident, "language": _Reader.language, "date": _Reader.date,
            "editor": _Reader.text, "editor_id": _Reader.ident, "publisher": _Reader.text,
            "pub_place": _Reader.text, "licence": _Reader.text, "licence_url": _Reader.url,
            "principles": _Reader.text, "url": _Reader.web_url, "version": _Reader.version,
            "note_style": _Reader.note_style}
_SOURCE = {"author": _Reader.text, "author_ref": _Reader.ident, "title": _Reader.text}
_ENTRY = {"id": _Reader.ident, "name": _Reader.text, "forms": _Reader.forms,
          "wikidata": _Reader.wikidata, "note": _Reader.text}
_EXTRA = {
    "person": {"occupation": _Reader.text, "birth": _Reader.year, "death": _Reader.year},
    "org": {},
    "place": {},
    "work": {"title": _Reader.text, "author": _Reader.text, "level": _Reader.level,
             "edition": _Reader.text_or_number, "date": _Reader.year, "publisher": _Reader.text},
    "periodical": {"level": _Reader.level},
}
_INTERVENTION = {"count": _Reader.count, "context": _Reader.text, "resp": _Reader.ident,
                 "note": _Reader.text}
QUOTATION_KINDS = ("speech", "writing", "phrase", "title")
_OVERRIDE = {"at": _Reader.text, "occurrence": _Reader.count, "heading": _Reader.flag,
             "block_quotation": _Reader.flag, "quotation": _Reader.quotation,
             "who": _Reader.ident, "work": _Reader.ident, "supplied": _Reader.flag,
             "note": _Reader.text}
# what an override decides, and what may go with it
_DECISIONS = {"heading": (), "block_quotation": (), "quotation": ("who",),
              "work": (), "supplied": ()}
_TOP = dict.fromkeys(("edition", "source", *REGISTER_KINDS, *_INTERVENTION_KEYS, "override"),
                     lambda r, at, value: value)  # each table is checked on its own


def load_editorial(path: str | Path) -> Editorial:
    """Read and check the editorial file at ``path``."""
    path = Path(path)
    raw = read_input(path, "editorial file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        raise EditionError(f"editorial file is not UTF-8 (byte 0x{raw[err.start]:02X} at offset "
                           f"{err.start})", str(path), line) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise EditionError(f"not valid TOML: {msg}", str(path),
                           int(m.group(1)) if m else None, int(m.group(2)) if m else None) from None
    return _parse(data, _Reader(path, places(text)))


def _parse(data: dict, r: _Reader) -> Editorial:
    r.table((), data, _TOP)
    metadata = Metadata(**r.table(("edition",), data.get("edition", {}), _EDITION))
    if metadata.url and not (metadata.publisher or metadata.editor):
        raise r.fail(("edition", "url"), "an edition published at an address has a publisher: "
                     "add publisher = \"…\" to [edition]")
    source = SourceOverrides(**r.table(("source",), data.get("source", {}), _SOURCE))

    # ids the TEI has besides the registers': a register id equal to one would be used twice
    ids: dict[str, tuple] = {APP_ID: ()}
    for key, used in (("id", True), ("editor_id", bool(metadata.editor))):
        value = getattr(metadata, key)
        if value and used:
            if value in ids:
                raise r.fail(("edition", key),
                             f"id {value!r} already used by {_user(ids[value], r)}")
            ids[value] = ("edition", key)
    registers: dict[str, tuple[Entry, ...]] = {}
    for kind in REGISTER_KINDS:
        entries = []
        for n, item in enumerate(r.entries(data, kind)):
            at = (kind, n)
            values = r.table(at, item, _ENTRY | _EXTRA[kind])
            id_ = r.require(at, values, "id")
            if id_ in ids:
                raise r.fail(at + ("id",), f"id {id_!r} already used by {_user(ids[id_], r)}")
            ids[id_] = at + ("id",)
            name = values.get("name") or values.get("title")
            if name is None:
                raise r.fail(at, "needs a name (or, for a work, a title)")
            extra = {k: v for k, v in values.items() if k in _EXTRA[kind]}
            entries.append(Entry(kind, id_, name, values.get("forms", ()), values.get("wikidata"),
                                 values.get("note"), extra))
        registers[kind] = tuple(entries)

    people = {e.id: e.kind for kind in ("person", "org") for e in registers[kind]}
    if source.author_ref is not None:
        _check_ref(r, ("source", "author_ref"), source.author_ref, people, registers)

    interventions = []
    for kind, (src_key, dst_key) in _INTERVENTION_KEYS.items():
        for n, item in enumerate(r.entries(data, kind)):
            at = (kind, n)
            values = r.table(at, item, {src_key: _Reader.text, dst_key: _Reader.text,
                                        **_INTERVENTION})
            source_text = r.require(at, values, src_key)
            target = r.require(at, values, dst_key)
            context = values.get("context")
            if context is not None and source_text not in context:
                raise r.fail(at + ("context",), f"must contain {source_text!r}")
            resp = values.get("resp")
            if resp is not None and not (resp == APP_ID or metadata.editor
                                         and resp == metadata.editor_id):
                if resp == metadata.editor_id:
                    raise r.fail(at + ("resp",), f"{resp!r} is the editor's id, but [edition] "
                                 "names no editor: add editor = \"…\" there")
                _check_ref(r, at + ("resp",), resp, people, registers)
            interventions.append(Intervention(kind, source_text, target, values.get("count", 1),
                                              context, resp, values.get("note")))
    overrides = _overrides(data, r, metadata, people, registers)
    return Editorial(r.path, metadata, source, registers, tuple(interventions), overrides,
                     r.where)


def _overrides(data: dict, r: _Reader, metadata: Metadata, people: dict,
               registers: dict) -> tuple[Override, ...]:
    found = []
    for n, item in enumerate(r.entries(data, "override")):
        at = ("override", n)
        values = r.table(at, item, _OVERRIDE)
        r.require(at, values, "at")
        decided = [k for k in _DECISIONS if k in values]
        if len(decided) != 1:
            raise r.fail(at, "must decide one thing: one of " + ", ".join(_DECISIONS)
                         + (f" (it has {', '.join(decided)})" if decided else ""))
        extra = [k for k in values if k in _OVERRIDE and k not in (
            "at", "occurrence", "note", decided[0], *_DECISIONS[decided[0]])]
        if extra:
            raise r.fail(at + (extra[0],), f"{extra[0]!r} does not go with {decided[0]!r}",
                         key=True)
        if "who" in values:
            if values.get("quotation") != "speech":
                raise r.fail(at + ("who",), "only speech has a speaker: quotation = \"speech\"")
            if registers and not any(e.id == values["who"] for e in registers.get("person", ())):
                _check_ref(r, at + ("who",), values["who"], people, registers)
        works = [e.id for e in registers.get("work", ())]
        if "work" in values and values["work"] not in works:
            # a work the encoder lists (w-…) or the text's reference list has (ref-…) is
            # checked where the override applies; a near miss of a register id is a slip
            close = difflib.get_close_matches(values["work"], works, n=1, cutoff=0.8)
            if close:
                raise r.fail(at + ("work",), f"{values['work']!r} names no [[work]] of this "
                                             f"file; did you mean {close[0]!r}?")
        if not metadata.editor:
            raise r.fail(at, "an override is the editor's decision: name the editor in "
                             "[edition] (editor = \"…\")")
        found.append(Override(n, **values))
    return tuple(found)


def _user(at: tuple, r: _Reader) -> str:
    """What an id is already used by, for a message: ``a person (line 4)``."""
    if not at:
        return "the tool itself (encodingDesc/appInfo/application)"
    line, _ = r.where.of(at)
    place = f" (line {line})" if line else ""
    if at[0] in REGISTER_KINDS:
        return f"a {at[0]}{place}"
    return f"{label(at)}{place}"


def _check_ref(r: _Reader, at: tuple, ref: str, people: dict, registers: dict) -> None:
    """``ref`` at ``at`` must be the id of a ``[[person]]`` or ``[[org]]`` of this file."""
    if ref in people:
        return
    other = next((kind for kind, entries in registers.items() for e in entries if e.id == ref),
                 None)
    if other is not None:
        raise r.fail(at, f"{ref!r} is a {other}, not a person or organisation")
    close = difflib.get_close_matches(ref, people, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise r.fail(at, f"{ref!r} names no one: no [[person]] or [[org]] in this file has that "
                     f"id{hint}")


def default_editorial_path(source: Path) -> Path:
    """Where the editorial file of ``source`` lives by convention: beside it, ending ``.toml``."""
    return source.with_suffix(".toml")
