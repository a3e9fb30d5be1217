# SPDX-License-Identifier: MIT
"""TEI -> XSL-FO for the print edition, and the settings that shape it.

The stylesheet is ``xslt/fo/edition.xsl``; ``PrintSettings.params()`` is the only place that names
its parameters (documented in ``xslt/fo/params.xsl`` and ``xslt/common/params.xsl``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition import __version__
from edition.errors import EditionError
from edition.render.xslt import Transformed, stylesheet
from edition.settings import chosen_note_style, encoding_date
from edition.tei.ns import TEI_NS

STYLESHEET = "fo/edition.xsl"
PAPER_SIZES = ("a5", "a4", "letter")  # as xslt/fo/params.xsl defines them
NOTE_PLACES = ("foot", "end")
DEFAULT_FONT = "Linux Libertine O"  # declared, with its faces, in xslt/fo/fop.xconf
INDEX_ANCHOR_PREFIX = "_ix-"  # ids of persName occurrences (xslt/common/index.xsl)
PARAGRAPH_ANCHOR_PREFIX = "_pn-"  # ids of paragraph numbers in the margin (xslt/fo/structure.xsl)

_LENGTH = re.compile(r"^\d+(\.\d+)?(mm|cm|in|pt|pc)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(?=$|T)")  # a date, or a moment's day


@dataclass(frozen=True)
class PrintSettings:
    paper: str = "a5"
    margins: tuple[str, str, str, str] | None = None  # top, outer, bottom, inner; None: by paper
    font_family: str = DEFAULT_FONT
    font_size: str | None = None  # None: 10pt on A5, 12pt on A4 and Letter
    notes: str = "foot"  # numbered notes as footnotes or as endnotes
    note_style: str | None = None  # reference notes "short" or "full"; None: the house style, short
    date: str | None = None  # the edition's date (YYYY-MM-DD); None: see edition_date()
    pdf: bool | None = None  # True: a PDF is required; False: FO only; None: PDF if FOP is found
    fop_config: Path | None = None  # None: xslt/fo/fop.xconf

    def __post_init__(self):
        if self.paper not in PAPER_SIZES:
            raise EditionError(f"unknown paper size {self.paper!r} (one of {', '.join(PAPER_SIZES)})")
        if self.notes not in NOTE_PLACES:
            raise EditionError(f"unknown notes placement {self.notes!r} (foot or end)")
        chosen_note_style(self.note_style, None)  # refuses an unknown style
        for length in (self.margins or ()) + ((self.font_size,) if self.font_size else ()):
            check_length(length)
        if self.date is not None and not _DATE.match(self.date):
            raise EditionError(f"date {self.date!r} is not YYYY-MM-DD")
        if not self.font_family.strip():
            raise EditionError("empty font family")

    def params(self, tree: etree._ElementTree | None = None) -> dict[str, str]:
        """The stylesheet parameters, as strings; the edition's date that of ``tree``'s TEI
        unless the settings fix one."""
        params = {
            "page.size": self.paper,
            "body.font.family": self.font_family,
            "notes.place": self.notes,
            "note.style": chosen_note_style(self.note_style, None),
            "edition.date": edition_date(self.date, tree),
            "edition.generator": f"edition {__version__}",
        }
        if self.margins:
            for side, length in zip(("top", "outer", "bottom", "inner"), self.margins):
                params[f"page.margin.{side}"] = length
        if self.font_size:
            params["body.font.size"] = self.font_size
        return params


def edition_date(given: str | None, tree: etree._ElementTree | None = None) -> str:
    """The edition's one date, which every output gives: given (``--date``), else the date the
    TEI ``tree`` declares for its edition (``declared_date``), else ``$SOURCE_DATE_EPOCH``'s,
    else today (UTC)."""
    return encoding_date(given, declared_date(tree) if tree is not None else None)


def declared_date(tree: etree._ElementTree) -> str | None:
    """The date a TEI header gives its edition: the editionStmt's, else the publicationStmt's,
    else the latest revision's (the encoder writes the editorial file's [edition] date in all
    three); None when it gives none."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    if header is None:
        return None
    ns = {"t": TEI_NS}
    for path in ("t:fileDesc/t:editionStmt/t:edition/t:date/@when",
                 "t:fileDesc/t:publicationStmt/t:date/@when"):
        dates = [m.group() for m in map(_DATE_PREFIX.match, header.xpath(path, namespaces=ns)) if m]
        if dates:
            return dates[0]
    revisions = [m.group() for m in map(_DATE_PREFIX.match, header.xpath(
        "t:revisionDesc//t:change/@when", namespaces=ns)) if m]
    return max(revisions) if revisions else None


def check_length(value: str) -> str:
    if not _LENGTH.match(value):
        raise EditionError(f"{value!r} is not a length such as 18mm, 0.75in or 10pt")
    return value


def parse_margins(text: str) -> tuple[str, str, str, str]:
    """Margins written as in CSS: one length (all sides), two (top and bottom, then the sides),
    or four (top, outer, bottom, inner; outer is the right on right-hand pages)."""
    parts = [check_length(part) for part in text.replace(",", " ").split()]
    if len(parts) == 1:
        return (parts[0],) * 4
    if len(parts) == 2:
        return (parts[0], parts[1], parts[0], parts[1])
    if len(parts) == 4:
        return tuple(parts)
    raise EditionError(f"margins {text!r}: give one, two or four lengths")


def to_fo(tree: etree._ElementTree, settings: PrintSettings = PrintSettings(), *,
          index_pages: Mapping[str, str] | None = None,
          paragraph_pages: Mapping[str, str] | None = None, name: str | None = None) -> Transformed:
    """The XSL-FO of ``tree`` (``bytes()`` of the result) and the stylesheet's warnings.
    ``index_pages`` maps each index anchor id to the page FOP put it on, ``paragraph_pages``
    each paragraph number's id (``edition.render.fop.landed_pages``); without the first the
    index cites every occurrence, without the second every paragraph number stands in the left
    margin (with it, in the outer one)."""
    params = settings.params(tree)
    for param, pages in (("index.pages", index_pages), ("paragraph.pages", paragraph_pages)):
        if pages:
            params[param] = " " + " ".join(f"{anchor}:{page}" for anchor, page in pages.items()) + " "
    return stylesheet(STYLESHEET).transform(tree, params, name=name)


def index_anchors(fo: bytes) -> bool:
    """Whether the FO has an index whose page numbers a first FOP run must find."""
    return f'id="{INDEX_ANCHOR_PREFIX}'.encode() in fo


def paragraph_anchors(fo: bytes) -> bool:
    """Whether the FO has paragraph numbers whose pages (so margins) a first FOP run must find."""
    return f'id="{PARAGRAPH_ANCHOR_PREFIX}'.encode() in fo
