# SPDX-License-Identifier: MIT
"""The EPUB 3 edition of one TEI document: ``<name>.epub``.

``xslt/epub/edition.xsl`` makes every file of the publication in one run (package document,
navigation document, content documents, cover); this module adds the fonts (Linux Libertine, under
the OFL, whose text goes with them), the stylesheet and the container, places the print edition's
page breaks (``edition.render.epub_pages``) when the PDF was laid out in the same build, and
writes the zip: ``mimetype`` first and stored, then every file in a fixed order with a fixed time,
so that the same TEI gives the same bytes under ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.output import write_atomic
from edition.render.fo import edition_date
from edition.render.xslt import XSLT_DIR, stylesheet
from edition.settings import chosen_note_style, encoding_date

STYLESHEET = "epub/edition.xsl"
FILES_NS = "urn:x-edition:epub"
XHTML_NS = "http://www.w3.org/1999/xhtml"
EPUB_NS = "http://www.idpf.org/2007/ops"
READINGS = ("corrected", "printed")
# The faces the stylesheet (xslt/epub/epub.css) uses, from Debian's fonts-linuxlibertine.
FONT_DIR = Path("/usr/share/fonts/opentype/linux-libertine")
FONTS = ("LinLibertine_R.otf", "LinLibertine_RI.otf", "LinLibertine_RB.otf", "LinLibertine_RBI.otf")
FONT_LICENCE = XSLT_DIR / "epub" / "OFL.txt"
CSS = XSLT_DIR / "epub" / "epub.css"
CONTAINER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
             b'<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
             b'  <rootfiles>\n'
             b'    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>\n'
             b'  </rootfiles>\n'
             b'</container>\n')


@dataclass(frozen=True)
class EpubSettings:
    reading: str = "corrected"  # the reading of the text: the editor's, or the source's as printed
    date: str | None = None  # the edition's date (YYYY-MM-DD); None: see edition_date()
    pages: bool = True  # a page list of the print edition's pages, when its PDF is made
    note_style: str | None = None  # reference notes "short" or "full"; None: the house style, short

    def __post_init__(self):
        if self.reading not in READINGS:
            raise EditionError(f"unknown reading {self.reading!r} (corrected or printed)")
        chosen_note_style(self.note_style, None)  # refuses an unknown style

    def params(self, tree: etree._ElementTree | None = None) -> dict[str, str]:
        return {"reading.mode": self.reading, "edition.date": edition_date(self.date, tree),
                "note.style": chosen_note_style(self.note_style, None)}


@dataclass
class EpubResult:
    epub: Path
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def written(self) -> list[Path]:
        return [self.epub]


def modified(date: str | None = None, tree: etree._ElementTree | None = None) -> dt.datetime:
    """The publication's last modification: ``SOURCE_DATE_EPOCH`` (checked as the encoder checks
    it), else the start of the edition's date (``--date``, else the TEI's, else the day of the
    build), so that builds with one date give the same bytes; UTC."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        encoding_date(None, None)  # refuses a value that is not a time
        return dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.timezone.utc)
    day = dt.date.fromisoformat((edition_date(date, tree) + "-01-01")[:10])  # YYYY, YYYY-MM: day 1
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def font_dir() -> Path:
    folder = Path(os.environ.get("EDITION_FONT_DIR") or FONT_DIR)
    missing = [name for name in FONTS if not (folder / name).is_file()]
    if missing:
        raise EditionError(f"font file missing for the EPUB: {folder / missing[0]}",
                           hint="install the fonts with: sudo apt-get install fonts-linuxlibertine, "
                                "or set EDITION_FONT_DIR")
    return folder


def publication_uuid(tree: etree._ElementTree, name: str) -> str:
    """A urn:uuid: that stays the same for the same document: from its name and its source's
    checksum (else its title)."""
    root = tree.getroot()
    tei = "{http://www.tei-c.org/ns/1.0}"
    seed = (root.findtext(f".//{tei}sourceDesc//{tei}idno[@type='sha256']")
            or root.findtext(f".//{tei}titleStmt/{tei}title") or "")
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:x-edition:{name}:{' '.join(seed.split())}").urn


def make_files(tree: etree._ElementTree, name: str, settings: EpubSettings, when: dt.datetime,
               *, page_list: bool, source: str | None = None) -> dict[str, etree._Element]:
    """The stylesheet's files, by their path in the container: each a tree of its own."""
    params = settings.params(tree)
    params.update({
        "epub.modified": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "epub.uuid": publication_uuid(tree, name),
        "epub.page-list": "yes" if page_list else "no",
        "epub.fonts": " ".join(FONTS),
    })
    result = stylesheet(STYLESHEET).transform(tree, params, name=source)
    files = {}
    for file in result.tree.getroot().iterchildren(f"{{{FILES_NS}}}file"):
        root = _own_tree(file[0])
        files[file.get("href")] = root
    return files


def _own_tree(element: etree._Element) -> etree._Element:
    """``element`` as the root of a document of its own, declaring only the namespaces it uses."""
    copy = etree.fromstring(etree.tostring(element))
    etree.cleanup_namespaces(copy)
    return copy


def serialise(path: str, root: etree._Element) -> bytes:
    doctype = "<!DOCTYPE html>" if path.endswith(".xhtml") else None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", doctype=doctype) + b"\n"


def write_container(path: Path, files: dict[str, bytes], when: dt.datetime) -> None:
    """The EPUB's zip, made in memory and written atomically: ``mimetype`` first, stored, no extra
    field; the rest deflated, in the order given, all with the time ``when`` (zip keeps local
    times from 1980 on, to two seconds) and the same permissions."""
    import io

    stamp = max(when, dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, data in [("mimetype", b"application/epub+zip"), *files.items()]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zipped.writestr(info, data, compresslevel=9 if name != "mimetype" else None)
    write_atomic(path, buffer.getvalue())


def build_epub(tree: etree._ElementTree, name: str, out_dir: Path,
               settings: EpubSettings = EpubSettings(), *, fo: Path | None = None,
               fop_config: Path | None = None, why_no_pages: str | None = None,
               source: str | None = None, chosen: bool = False) -> EpubResult:
    """Write ``out_dir/<name>.epub``. ``fo`` is the print edition's FO, laid out in this build into
    the PDF: its pages become the page list. Without it (``why_no_pages`` says why) the EPUB has
    no page list, and the result warns so — unless ``chosen``: the user's own options (--no-print,
    --no-pdf) left the PDF out, and a warning would only repeat them."""
    from edition.render import epub_pages

    result = EpubResult(out_dir / f"{name}.epub")
    when = modified(settings.date, tree)
    pages = None
    if settings.pages and fo is not None:
        started = time.perf_counter()
        pages = epub_pages.print_pages(fo, out_dir, name, config=fop_config)
        result.timings["epub layout"] = time.perf_counter() - started
    elif settings.pages and not chosen:
        result.warnings.append(f"{name}.epub has no page list: {why_no_pages or 'no PDF was made'}"
                               " (its pages come from the print edition laid out in the same build)")
    started = time.perf_counter()
    files = make_files(tree, name, settings, when, page_list=pages is not None, source=source)
    if pages is not None:
        result.warnings += epub_pages.place(files, pages, name)
    fonts = font_dir()
    content = {path: serialise(path, root) for path, root in files.items()}
    ordered = {"META-INF/container.xml": CONTAINER, "OEBPS/package.opf": content.pop("OEBPS/package.opf")}
    ordered.update(content)
    ordered["OEBPS/css/epub.css"] = CSS.read_bytes()
    for font in FONTS:
        ordered[f"OEBPS/fonts/{font}"] = (fonts / font).read_bytes()
    ordered["OEBPS/fonts/OFL.txt"] = FONT_LICENCE.read_bytes()
    result.timings["epub xslt"] = time.perf_counter() - started
    started = time.perf_counter()
    write_container(result.epub, ordered, when)
    result.timings["epub zip"] = time.perf_counter() - started
    return result
