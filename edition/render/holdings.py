# SPDX-License-Identifier: MIT
"""What the corpus pages know of every text, gathered in one pass over the digests, so that a
corpus of 10^5 texts is browsed, catalogued and archived without holding their digests.

In memory, for each text: its name, where its title and header are on disk, and its number in
the lists of its year, its authors and its publication (some fifty bytes and its name); for each register entry (a person, a
work) across the texts, however many texts name it: its sort key, where its XML is on disk, the
first ``browse.IN_LIST`` texts naming it (an entry lists no more) and how many do. On disk, in
one spool file that is gone once the holdings are closed: each text's title and header, and each register
entry's XML once, as the first text holding it has it (the digests repeat it in every text that
names the entry). The pages then read back, a page at a time, the few headers they show.
"""

from __future__ import annotations

import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from edition.render.browse import GROUPS, IN_LIST, facts, register_key
from edition.render.digest import Digest, DigestFiles
from edition.xmlsafe import parse_xml

KINDS = ("person", "work")  # the registers across the texts


class Entry:
    """A register entry across the texts: its sort key, where its XML is in the spool, the
    first texts naming it (text number, places; ``IN_LIST`` of them at most) and their count."""

    __slots__ = ("key", "at", "size", "count", "held")

    def __init__(self, key: str, at: int, size: int):
        self.key, self.at, self.size, self.count = key, at, size, 0
        self.held = array("q")  # text number, places, text number, places …

    def holders(self) -> list[tuple[int, int]]:
        return list(zip(self.held[::2], self.held[1::2]))


class Holdings:
    """The holdings of the texts of ``digests``, in that order (see the module's doc); the
    spool file is made in ``folder`` (default: the system's temporary folder). Close it, or use
    it as a context manager."""

    def __init__(self, digests: Iterable[Digest], folder: Path | None = None):
        self._spool = tempfile.TemporaryFile(prefix=".edition-holdings-", dir=folder)
        self.names: list[str] = []
        self._texts = array("q")  # each text's title and header in the spool: offset, length
        # each list's texts by its key (year, author, publication), keys in order of first use
        self.groups: dict[str, dict[str, array]] = {kind: {} for kind, _ in GROUPS}
        self.registers: dict[str, dict[str, Entry]] = {kind: {} for kind in KINDS}
        # the names of digests given as files are those the files are read by: not copied
        given = digests.names if isinstance(digests, DigestFiles) else None
        try:
            for number, digest in enumerate(digests):
                same = given is not None and given[number] == digest.name
                self._add(digest, given[number] if same else digest.name)
        except BaseException:
            self.close()
            raise

    def _add(self, digest: Digest, name: str) -> None:
        number = len(self.names)
        self.names.append(name)
        self._texts.extend((*self._store(digest.title), *self._store(digest.header)))
        told = facts(digest)
        for kind, keys in GROUPS:
            for key in dict.fromkeys(keys(told)):
                self.groups[kind].setdefault(key, array("l")).append(number)
        for kind, found in (("person", digest.persons), ("work", digest.works)):
            register = self.registers[kind]
            for ident, places, xml in found:
                entry = register.get(ident)
                if entry is None:
                    key = register_key(kind, etree.fromstring(xml.encode("utf-8")))
                    entry = register[ident] = Entry(key, *self._store(xml))
                entry.count += 1
                if entry.count <= IN_LIST:
                    entry.held.extend((number, places))

    def _store(self, xml: str) -> tuple[int, int]:
        data = xml.encode("utf-8")
        at = self._spool.seek(0, 2)
        self._spool.write(data)
        return at, len(data)

    def _load(self, at: int, size: int) -> bytes:
        self._spool.seek(at)
        return self._spool.read(size)

    def __len__(self) -> int:
        return len(self.names)

    def _text(self, number: int, field: int) -> bytes:
        at = 4 * number + 2 * field
        return self._load(self._texts[at], self._texts[at + 1])

    def title(self, number: int) -> str:
        return self._text(number, 0).decode("utf-8")

    def header(self, number: int) -> str:
        """Text ``number``'s teiHeader, serialised ('' if it has none)."""
        return self._text(number, 1).decode("utf-8")

    def header_element(self, number: int) -> etree._Element | None:
        data = self._text(number, 1)
        return parse_xml(data, "<digest>", collect_ids=False).getroot() if data else None

    def digest(self, number: int) -> Digest:
        """Text ``number``'s digest as far as the holdings keep it: name, title, header."""
        return Digest(self.names[number], self.title(number), self.header(number))

    def entry(self, entry: Entry) -> etree._Element:
        """A register entry's element (``person``, ``bibl``), as the first text naming it has it."""
        return etree.fromstring(self._load(entry.at, entry.size))

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> "Holdings":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
