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

``write`` makes the three a text at a time (each text's record, its line in the listing and its
entry in ``corpus.xml`` written to spool files as it comes, the spools then set together), so
that a corpus of 10^5 texts is catalogued without its records or headers held in memory: the
same bytes as the whole trees and lists serialised at once.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile
from collections.abc import Iterable
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


def records(digests: Iterable[Digest], *folders: Path) -> list[tuple[dict, Facts, Path | None]]:
    """One record per text (``FIELDS``), its facts, and where its TEI file is."""
    return [record(digest, *folders) for digest in digests]


def record(digest: Digest, *folders: Path) -> tuple[dict, Facts, Path | None]:
    """One text's record (``FIELDS``), its facts, and where its TEI file is."""
    told = facts(digest)
    tei_path = f"{digest.name}/{digest.name}.xml"
    tei = located(tei_path, *folders)
    pdf = f"{digest.name}.pdf"
    found = {"id": digest.name, "title": told.title, "authors": list(told.authors),
             "source": told.publication, "date": told.date, "year": told.year,
             "tei": tei_path, "pdf": pdf if located(pdf, *folders) else None,
             "sha256": _sha256(tei) if tei else None}
    return found, told, tei


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def catalogue_json(found: list[tuple[dict, Facts, Path | None]]) -> bytes:
    return json.dumps({"fields": list(FIELDS), "texts": [record for record, _, _ in found]},
                      ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _json_parts() -> tuple[bytes, bytes, bytes]:
    """catalogue.json around its records: before the first, between two, after the last
    (each record's lines then indented by two spaces, as json.dumps indents them in the list)."""
    whole = json.dumps({"fields": list(FIELDS), "texts": []}, ensure_ascii=False, indent=1)
    before, _, after = whole.rpartition('"texts": []')
    return (f'{before}"texts": [\n  '.encode(), b",\n  ", f"\n ]{after}\n".encode())


def _json_record(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ").encode("utf-8")


def catalogue_csv(found: list[tuple[dict, Facts, Path | None]]) -> bytes:
    return b"".join([_csv_row(FIELDS), *(_csv_row(_csv_values(record))
                                         for record, _, _ in found)])


def _csv_values(record: dict) -> list[str]:
    return ["; ".join(record[f]) if f == "authors" else (record[f] or "") for f in FIELDS]


def _csv_row(values) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue().encode("utf-8")


def tei_corpus(found: list[tuple[dict, Facts, Path | None]], digests: list[Digest],
               title: str, date: str) -> bytes:
    """``corpus.xml``: the teiCorpus listing every text (see the module's doc)."""
    if not found:
        return _empty_corpus(title, date)
    head, between, close = _corpus_parts(len(found), title, date)
    return b"".join([head, *(_listed(record, told) for record, told, _ in found), between,
                     *(_entry(digest) for digest in digests), close])


def _corpus_header(count: int, title: str, date: str) -> tuple[etree._Element, etree._Element]:
    """The teiCorpus and its header's list of texts, empty."""
    corpus = etree.Element(f"{_T}teiCorpus", nsmap={None: TEI_NS})
    header = etree.SubElement(corpus, f"{_T}teiHeader")
    file_desc = etree.SubElement(header, f"{_T}fileDesc")
    etree.SubElement(etree.SubElement(file_desc, f"{_T}titleStmt"), f"{_T}title").text = title
    publication = etree.SubElement(file_desc, f"{_T}publicationStmt")
    etree.SubElement(publication, f"{_T}p").text = (
        f"The TEI of the {count} texts of this corpus, as its web edition of {date} "
        "offers them.")
    listed = etree.SubElement(etree.SubElement(file_desc, f"{_T}sourceDesc"), f"{_T}listBibl")
    return corpus, listed


def _empty_corpus(title: str, date: str) -> bytes:
    corpus, _ = _corpus_header(0, title, date)
    return etree.tostring(corpus, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# Each text's bibl and TEI is serialised alone, in wrappers like its ancestors in corpus.xml
# (so indented as there, the namespace declared above it), and set in: the same bytes as the
# whole tree's, without every header parsed in memory at once.
_PLACE = "edition-place"


def _corpus_parts(count: int, title: str, date: str) -> tuple[bytes, bytes, bytes]:
    """corpus.xml around its texts' bibls and TEIs: before the first bibl, between the last
    bibl and the first TEI, after the last TEI."""
    corpus, listed = _corpus_header(count, title, date)
    etree.SubElement(listed, f"{_T}{_PLACE}")
    etree.SubElement(corpus, f"{_T}{_PLACE}")
    whole = etree.tostring(corpus, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    head, between, close = whole.split(f"<{_PLACE}/>\n".encode())
    return head.rstrip(b" "), between.rstrip(b" "), close


def _alone(element: etree._Element, depth: int) -> bytes:
    """``element`` serialised as the child of ``depth`` nested elements, its lines only."""
    root = parent = etree.Element(f"{_T}teiCorpus", nsmap={None: TEI_NS})
    for _ in range(depth - 1):
        parent = etree.SubElement(parent, f"{_T}{_PLACE}")
    parent.append(element)
    whole = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    start = 0
    for _ in range(depth):
        start = whole.index(b"\n", start) + 1
    end = len(whole) - 1
    for _ in range(depth):
        end = whole.rindex(b"\n", 0, end)
    return whole[start:end + 1]


def _listed(record: dict, told: Facts) -> bytes:
    """A text's bibl in the corpus's header (teiCorpus/teiHeader/fileDesc/sourceDesc/listBibl)."""
    bibl = etree.Element(f"{_T}bibl", corresp=f"#c.{record['id']}")
    for author in told.authors:
        etree.SubElement(bibl, f"{_T}author").text = author
    etree.SubElement(bibl, f"{_T}title", level="a").text = told.title
    if told.publication:
        etree.SubElement(bibl, f"{_T}title", level="j").text = told.publication
    if told.date:
        etree.SubElement(bibl, f"{_T}date").text = told.date
    etree.SubElement(bibl, f"{_T}ptr", target=f"{record['id']}.xml")
    return _alone(bibl, 5)


def _entry(digest: Digest) -> bytes:
    return _alone(text_entry(digest), 1)


def write(out_dir: Path, texts: Iterable[Digest], count: int, title: str, date: str,
          *folders: Path) -> list[Path]:
    """catalogue.json, catalogue.csv and corpus.tar.gz of the ``count`` texts ``texts`` (their
    TEI in the first of ``folders`` holding it) in ``out_dir``, a text at a time (see the
    module's doc); each file in place complete or not at all. Returns their paths."""
    with tempfile.TemporaryDirectory(prefix=".edition-catalogue-", dir=out_dir) as spool:
        spool = Path(spool)
        parts = _json_parts()
        head, between, close = _corpus_parts(count, title, date)
        archived = []  # the texts whose TEI is there: their names
        with (spool / CATALOGUE).open("wb") as listing, \
                (spool / CATALOGUE_CSV).open("wb") as rows, \
                (spool / "bibls").open("wb") as bibls, (spool / "texts").open("wb") as entries:
            rows.write(_csv_row(FIELDS))
            bibls.write(head)
            for n, digest in enumerate(texts):
                found, told, tei = record(digest, *folders)
                listing.write(parts[1 if n else 0] + _json_record(found))
                rows.write(_csv_row(_csv_values(found)))
                bibls.write(_listed(found, told))
                entries.write(_entry(digest))
                if tei is not None:
                    archived.append(digest.name)
            listing.write(parts[2] if count else
                          json.dumps({"fields": list(FIELDS), "texts": []}, ensure_ascii=False,
                                     indent=1).encode("utf-8") + b"\n")
            entries.write(close)
        corpus = spool / "corpus.xml"
        if count:
            with corpus.open("wb") as out:
                for part, data in (("bibls", None), (None, between), ("texts", None)):
                    if data is not None:
                        out.write(data)
                        continue
                    with (spool / part).open("rb") as piece:
                        while block := piece.read(1 << 20):
                            out.write(block)
        else:
            corpus.write_bytes(_empty_corpus(title, date))
        texts_in = ((name, located(f"{name}/{name}.xml", *folders)) for name in sorted(archived))
        _archive(spool / ARCHIVE, corpus, spool / CATALOGUE, texts_in, date)
        placed = []
        for name in (CATALOGUE, CATALOGUE_CSV, ARCHIVE):
            _placed(spool / name, out_dir / name)
            placed.append(out_dir / name)
        return placed


def _placed(spooled: Path, path: Path) -> None:
    """``spooled`` (in a folder under ``path``'s) made ``path`` at once."""
    with spooled.open("rb") as file:
        os.fsync(file.fileno())
    os.chmod(spooled, 0o644)
    os.replace(spooled, path)


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
    _archive(path, corpus_xml, catalogue,
             ((record["id"], tei) for record, _, tei in sorted(found, key=lambda item: item[0]["id"])
              if tei is not None), date)


def _archive(path: Path, corpus_xml: bytes | Path, catalogue: bytes | Path,
             texts: Iterable[tuple[str, Path]], date: str) -> None:
    """The archive of ``corpus_xml``, ``catalogue`` and the ``texts`` (name, TEI file), in
    that order."""
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
        for name, tei in texts:
            _add(archive, f"corpus/{name}.xml", tei, when)


def _add(archive: tarfile.TarFile, name: str, data: bytes | Path, when: int) -> None:
    info = tarfile.TarInfo(name)
    info.mtime, info.mode = when, 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if isinstance(data, bytes):
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        return
    with data.open("rb") as file:  # read as tar copies it, not held whole
        info.size = os.fstat(file.fileno()).st_size
        archive.addfile(info, file)
