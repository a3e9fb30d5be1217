# SPDX-License-Identifier: MIT
"""What the corpus pages need of one document, taken out once, where the document is built.

A corpus of 10^5 articles cannot be indexed by one stylesheet over every TEI (the Muenchian
grouping over a teiCorpus of all of them grows with the square of its size), nor by a client that
re-reads every TEI. So each build of a text ends with its *digest*: its header, the persons its
text names and the works it holds, each with the number of places, and its search entries. The
corpus pages are reduced from the digests (``reduce``): one pass, linear in their number, in the
order of the sources, whatever order the builds finished in.

A digest is plain data (picklable, for worker processes and Dask) and is kept as JSON in the
output folder (``DIGESTS``), so that a rebuild that skips a text still has its part of the
corpus. A corpus build holds none of them: it is given the digests' files (``DigestFiles``),
reads each once to gather what the browsing pages, the catalogue and the archive need
(edition.render.holdings: a small record per text in memory, headers and register entries on
disk), and again, a shard at a time, when the search index is made; so what it holds grows by a
few hundred bytes a text. (A digest without its search entries and register names, ``light``,
is read whole again from its file by ``complete``.)
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.tei.ns import TEI_NS, XML_ID
from edition.xmlsafe import parse_xml

DIGESTS = ".edition-digests"  # under the output folder: one NAME.json per document
CORPUS_NS = "urn:x-edition:corpus"  # the reduced document's own elements (never published)
_NS = {"tei": TEI_NS}


@dataclass
class Digest:
    name: str  # the document's folder in the site
    title: str  # as its reading page shows it
    header: str  # its teiHeader, serialised
    persons: list[tuple[str, int, str]] = field(default_factory=list)  # id, places, <person>
    works: list[tuple[str, int, str]] = field(default_factory=list)  # id, places, <bibl>
    # entries of its reading page, and the register entries they name (search.py); None in a
    # light digest: left in its file (``complete``)
    search: list[dict] | None = field(default_factory=list)
    names: list[dict] | None = field(default_factory=list)

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> "Digest":
        fields = json.loads(data)
        fields.setdefault("names", [])  # a digest written before names were kept
        fields["persons"] = [tuple(p) for p in fields["persons"]]
        fields["works"] = [tuple(w) for w in fields["works"]]
        return cls(**fields)


def digest_path(out_dir: Path, name: str) -> Path:
    return out_dir / DIGESTS / f"{name}.json"


def light(digest: Digest) -> Digest:
    """``digest`` without its search entries and register names, which stay in its file."""
    return replace(digest, search=None, names=None)


def complete(digest: Digest, *folders: Path) -> Digest:
    """``digest`` with its search entries and register names, read from its file in the first
    of ``folders`` holding one if it is light (the other fields as ``digest`` has them)."""
    if digest.search is not None and digest.names is not None:
        return digest
    stored = read(digest.name, *folders)
    return replace(digest, search=stored.search, names=stored.names)


def read(name: str, *folders: Path) -> Digest:
    """The digest of the text ``name``, whole, from its file in the first of ``folders``
    holding one."""
    for folder in folders:
        path = digest_path(folder, name)
        if path.is_file():
            return Digest.from_json(path.read_bytes())
    raise EditionError(f"the digest of {name!r} is missing: rebuild the text "
                       "(edition build --force)", str(digest_path(folders[0], name))
                       if folders else None)


class DigestFiles(Sequence):
    """The digests of the texts ``names``, in that order, each read whole from its file (in
    the first of ``folders`` holding it) when it is asked for and not kept: what a corpus build
    gives the corpus pages, holding only the names."""

    def __init__(self, names: Iterable[str], *folders: Path):
        self.names, self.folders = list(names), folders

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return DigestFiles(self.names[index], *self.folders)
        return read(self.names[index], *self.folders)

    def __iter__(self):
        return (read(name, *self.folders) for name in self.names)


def by_name(digests: Sequence[Digest]) -> Sequence[Digest]:
    """``digests`` in the order of their names (files not read: their names are known)."""
    if isinstance(digests, DigestFiles):
        return DigestFiles(sorted(digests.names), *digests.folders)
    return sorted(digests, key=lambda d: d.name)


def names(digests: Sequence[Digest]) -> list[str]:
    """The names of ``digests``, without reading their files."""
    if isinstance(digests, DigestFiles):
        return digests.names
    return [d.name for d in digests]


def stored(folder: Path) -> list[Digest]:
    """The digests kept in ``folder`` (DIGESTS), light, in the order of their names."""
    return [light(Digest.from_json(path.read_bytes()))
            for path in sorted((folder / DIGESTS).glob("*.json"))]


def files(folder: Path) -> DigestFiles:
    """The digests kept in ``folder`` (DIGESTS), in the order of their names, as files (their
    names listed as strings: a Path each would be ten times their size)."""
    found = (entry.name for entry in os.scandir(folder / DIGESTS)
             if entry.name.endswith(".json") and not entry.name.startswith("."))
    return DigestFiles(sorted(name[:-len(".json")] for name in found), folder)


def take(tree: etree._ElementTree, name: str, title: str, search: list[dict],
         names: list[dict] | None = None) -> Digest:
    """The digest of one document (its TEI ``tree``), whose reading page has ``title``, the
    search entries ``search`` and the register ``names`` they name."""
    root = tree.getroot()
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    return Digest(name, title, _xml(header) if header is not None else "",
                  _persons(root), _works(root), search, names or [])


def _persons(root: etree._Element) -> list[tuple[str, int, str]]:
    """The register's persons the text names (a name in a list of works counts for being named,
    not for the number of places, as in the document's own index)."""
    named: Counter[str] = Counter()
    anywhere: set[str] = set()
    for name in root.iterfind(".//tei:text//tei:persName[@ref]", _NS):
        ref = name.get("ref")
        anywhere.add(ref)
        if not _in_list_of_works(name):
            named[ref] += 1
    return [(person.get(XML_ID), named[f"#{person.get(XML_ID)}"], _xml(person))
            for person in root.iterfind(".//tei:standOff//tei:person", _NS)
            if f"#{person.get(XML_ID)}" in anywhere]


def _works(root: etree._Element) -> list[tuple[str, int, str]]:
    """The works the document lists (its works cited, its register), each with the number of
    citations and titles that point at it."""
    cited: Counter[str] = Counter()
    for element in root.xpath(".//tei:text//tei:bibl[@corresp] | .//tei:text//tei:title[@ref]",
                              namespaces=_NS):
        if not _in_list_of_works(element):
            cited[element.get("corresp") or element.get("ref")] += 1
    works = root.xpath(".//tei:text//tei:listBibl/tei:bibl[@xml:id]"
                       " | .//tei:standOff//tei:listBibl[@type = 'works']/tei:bibl[@xml:id]",
                       namespaces=_NS)
    return [(work.get(XML_ID), cited[f"#{work.get(XML_ID)}"], _xml(work)) for work in works]


def _in_list_of_works(element: etree._Element) -> bool:
    return any(True for _ in element.iterancestors(f"{{{TEI_NS}}}listBibl"))


def _xml(element: etree._Element) -> str:
    return etree.tostring(element, encoding="unicode", with_tail=False)


def reduce(digests: list[Digest]) -> etree._ElementTree:
    """The corpus as xslt/html/corpus.xsl renders it: a teiCorpus of the documents' headers,
    then each person and work once (as the first document holding it has it), with the
    documents naming it, in the order of ``digests``."""
    corpus = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS, "ed": CORPUS_NS})
    persons: dict[str, etree._Element] = {}
    works: dict[str, etree._Element] = {}
    for digest in digests:
        tei = etree.SubElement(corpus, f"{{{TEI_NS}}}TEI")
        tei.set(XML_ID, digest.name)
        if digest.header:
            tei.append(_parse(digest.header))
        for register, kind, found in ((persons, "person", digest.persons),
                                      (works, "work", digest.works)):
            for ident, places, xml in found:
                entry = register.get(ident)
                if entry is None:
                    entry = register[ident] = etree.Element(f"{{{CORPUS_NS}}}{kind}", id=ident)
                    entry.append(_parse(xml))
                etree.SubElement(entry, f"{{{CORPUS_NS}}}in", document=digest.name,
                                 places=str(places))
    for kind, register in (("persons", persons), ("works", works)):
        etree.SubElement(corpus, f"{{{CORPUS_NS}}}{kind}").extend(register.values())
    return etree.ElementTree(corpus)


def _parse(xml: str) -> etree._Element:
    return parse_xml(xml.encode("utf-8"), "<digest>", collect_ids=False).getroot()
