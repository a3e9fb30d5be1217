# SPDX-License-Identifier: MIT
"""The corpus for harvesters: one record per text (``catalogue.json``, ``catalogue.csv``) and
the whole corpus's TEI as one archive (``corpus.tar.gz``).

A record says what the text is (title, authors, the publication and date of its source) and
where its files are (its TEI, its PDF if the print edition was built), with the SHA-256 of the
TEI file, so that a harvester can tell what changed since its last visit. The archive holds
``corpus/NAME.xml`` for every text, the catalogue, and ``corpus/corpus.xml``: a ``teiCorpus``
whose header lists every text (a ``bibl`` each, pointing at its file), then one ``TEI`` per text
holding that text's own header (its ``xml:id``s prefixed with the text's name, so that they stay
unique in one document) and a pointer to the text's file: valid TEI, small, and without the
texts twice. The archive is the same byte for byte for the same texts and date: members sorted,
their times the edition's date, no owner, and gzip's header without a time or name.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import io
import json
import tarfile
from pathlib import Path

from lxml import etree

from edition.render.browse import Facts, facts
from edition.render.digest import Digest
from edition.tei.ns import TEI_NS, XML_ID
from edition.xmlsafe import parse_xml

CATALOGUE = "catalogue.json"
CATALOGUE_CSV = "catalogue.csv"
ARCHIVE = "corpus.tar.gz"
FIELDS = ("id", "title", "authors", "source", "date", "year", "tei", "pdf", "sha256")
_T = f"{{{TEI_NS}}}"


def located(path: str, *folders: Path) -> Path | None:
    """``path`` (relative to the site's root) in the first of ``folders`` holding it: a corpus
    build's last step writes in a staging folder inside the output folder, where its texts
    already stand; a build of a few texts stages them with it."""
    for folder in folders:
        if (folder / path).is_file():
            return folder / path
    return None


def records(digests: list[Digest], *folders: Path) -> list[tuple[dict, Facts, Path | None]]:
    """One record per text (``FIELDS``), its facts, and where its TEI file is."""
    found = []
    for digest in digests:
        told = facts(digest)
        tei_path = f"{digest.name}/{digest.name}.xml"
        tei = located(tei_path, *folders)
        pdf = f"{digest.name}.pdf"
        record = {"id": digest.name, "title": told.title, "authors": list(told.authors),
                  "source": told.publication, "date": told.date, "year": told.year,
                  "tei": tei_path, "pdf": pdf if located(pdf, *folders) else None,
                  "sha256": _sha256(tei) if tei else None}
        found.append((record, told, tei))
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def catalogue_json(found: list[tuple[dict, Facts, Path | None]]) -> bytes:
    return json.dumps({"fields": list(FIELDS), "texts": [record for record, _, _ in found]},
                      ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def catalogue_csv(found: list[tuple[dict, Facts, Path | None]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for record, _, _ in found:
        writer.writerow(["; ".join(record[f]) if f == "authors" else (record[f] or "")
                         for f in FIELDS])
    return out.getvalue().encode("utf-8")


def tei_corpus(found: list[tuple[dict, Facts, Path | None]], digests: list[Digest],
               title: str, date: str) -> bytes:
    """``corpus.xml``: the teiCorpus listing every text (see the module's doc)."""
    corpus = etree.Element(f"{_T}teiCorpus", nsmap={None: TEI_NS})
    header = etree.SubElement(corpus, f"{_T}teiHeader")
    file_desc = etree.SubElement(header, f"{_T}fileDesc")
    etree.SubElement(etree.SubElement(file_desc, f"{_T}titleStmt"), f"{_T}title").text = title
    publication = etree.SubElement(file_desc, f"{_T}publicationStmt")
    etree.SubElement(publication, f"{_T}p").text = (
        f"The TEI of the {len(found)} texts of this corpus, as its web edition of {date} "
        "offers them.")
    listed = etree.SubElement(etree.SubElement(file_desc, f"{_T}sourceDesc"), f"{_T}listBibl")
    for record, told, _ in found:
        bibl = etree.SubElement(listed, f"{_T}bibl", corresp=f"#c.{record['id']}")
        for author in told.authors:
            etree.SubElement(bibl, f"{_T}author").text = author
        etree.SubElement(bibl, f"{_T}title", level="a").text = told.title
        if told.publication:
            etree.SubElement(bibl, f"{_T}title", level="j").text = told.publication
        if told.date:
            etree.SubElement(bibl, f"{_T}date").text = told.date
        etree.SubElement(bibl, f"{_T}ptr", target=f"{record['id']}.xml")
    # each text's TEI serialised alone, in a root like the corpus's (so indented as its
    # child, the namespace declared above it), and set in: the same bytes as the whole tree's,
    # without every header parsed in memory at once
    head = etree.tostring(corpus, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    close = b"</teiCorpus>\n"
    parts = [head.removesuffix(close)]
    for digest in digests:
        root = etree.Element(f"{_T}teiCorpus", nsmap={None: TEI_NS})
        root.append(text_entry(digest))
        alone = etree.tostring(root, encoding="UTF-8", pretty_print=True)
        parts.append(alone[alone.index(b">\n") + 2:].removesuffix(close))
    return b"".join([*parts, close])


def text_entry(digest) -> etree._Element:
    """One text in the corpus file: its header (ids made unique) and a pointer to its TEI."""
    tei = etree.Element(f"{_T}TEI")
    tei.set(XML_ID, f"c.{digest.name}")
    if digest.header:
        tei.append(_prefixed(parse_xml(digest.header.encode("utf-8"), "<digest>",
                                       collect_ids=False).getroot(), f"{digest.name}."))
    body = etree.SubElement(etree.SubElement(tei, f"{_T}text"), f"{_T}body")
    paragraph = etree.SubElement(body, f"{_T}p")
    paragraph.text = "The text: "
    etree.SubElement(paragraph, f"{_T}ptr", target=f"{digest.name}.xml")
    return tei


def _prefixed(header: etree._Element, prefix: str) -> etree._Element:
    """The header with its ``xml:id``s, and the pointers to them (``#id``), made unique."""
    ids = set()
    for element in header.iter():
        ident = element.get(XML_ID)
        if ident:
            ids.add(ident)
            element.set(XML_ID, prefix + ident)
    for element in header.iter():
        for name, value in element.attrib.items():
            if name != XML_ID and "#" in value:
                words = [f"#{prefix}{w[1:]}" if w.startswith("#") and w[1:] in ids else w
                         for w in value.split()]
                element.set(name, " ".join(words))
    return header


def write_archive(path: Path, found: list[tuple[dict, Facts, Path | None]], corpus_xml: bytes,
                  catalogue: bytes, date: str) -> None:
    """``corpus.tar.gz`` at ``path``: the same bytes for the same texts and ``date``."""
    try:  # the edition's date (YYYY-MM-DD), midnight UTC
        day = datetime.date.fromisoformat(date)
        when = int(datetime.datetime(day.year, day.month, day.day,
                                     tzinfo=datetime.timezone.utc).timestamp())
    except ValueError:
        when = 0
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                               mtime=0) as packed, \
            tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as archive:
        members = [("corpus/corpus.xml", corpus_xml), (f"corpus/{CATALOGUE}", catalogue)]
        for name, data in members:
            _add(archive, name, data, when)
        for record, _, tei in sorted(found, key=lambda item: item[0]["id"]):
            if tei is not None:
                _add(archive, f"corpus/{record['id']}.xml", tei.read_bytes(), when)


def _add(archive: tarfile.TarFile, name: str, data: bytes, when: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), when, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    archive.addfile(info, io.BytesIO(data))
