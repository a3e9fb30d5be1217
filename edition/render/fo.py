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
from edition.settings import encoding_date

STYLESHEET = "fo/edition.xsl"
PAPER_SIZES = ("a5", "a4", "letter")  # as xslt/fo/params.xsl defines them
NOTE_PLACES = ("foot", "end")
DEFAULT_FONT = "Linux Libertine O"  # declared, with its faces, in xslt/fo/fop.xconf
INDEX_ANCHOR_PREFIX = "_ix-"  # ids of persName occurrences (xslt/common/index.xsl)

_LENGTH = re.compile(r"^\d+(\.\d+)?(mm|cm|in|pt|pc)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class PrintSettings:
    paper: str = "a5"
    margins: tuple[str, str, str, str] | None = None  # top, outer, bottom, inner; None: by paper
    font_family: str = DEFAULT_FONT
    font_size: str | None = None  # None: 10pt on A5, 12pt on A4 and Letter
    notes: str = "foot"  # numbered notes as footnotes or as endnotes
    date: str | None = None  # the edition's date (YYYY-MM-DD); None: see edition_date()
    pdf: bool | None = None  # True: a PDF is required; False: FO only; None: PDF if FOP is found
    fop_config: Path | None = None  # None: xslt/fo/fop.xconf

    def __post_init__(self):
        if self.paper not in PAPER_SIZES:
            raise EditionError(f"unknown paper size {self.paper!r} (one of {', '.join(PAPER_SIZES)})")
        if self.notes not in NOTE_PLACES:
            raise EditionError(f"unknown notes placement {self.notes!r} (foot or end)")
        for length in (self.margins or ()) + ((self.font_size,) if self.font_size else ()):
            check_length(length)
        if self.date is not None and not _DATE.match(self.date):
            raise EditionError(f"date {self.date!r} is not YYYY-MM-DD")
        if not self.font_family.strip():
            raise EditionError("empty font family")

    def params(self) -> dict[str, str]:
        """The stylesheet parameters, as strings."""
        params = {
            "page.size": self.paper,
            "body.font.family": self.font_family,
            "notes.place": self.notes,
            "edition.date": edition_date(self.date),
            "edition.generator": f"edition {__version__}",
        }
        if self.margins:
            for side, length in zip(("top", "outer", "bottom", "inner"), self.margins):
                params[f"page.margin.{side}"] = length
        if self.font_size:
            params["body.font.size"] = self.font_size
        return params


def edition_date(given: str | None) -> str:
    """The date printed as the edition's: given, else ``$SOURCE_DATE_EPOCH``'s, else today (UTC)."""
    return encoding_date(given, None)


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
          index_pages: Mapping[str, str] | None = None, name: str | None = None) -> Transformed:
    """The XSL-FO of ``tree`` (``bytes()`` of the result) and the stylesheet's warnings.
    ``index_pages`` maps each index anchor id to the page FOP put it on
    (``edition.render.fop.landed_pages``); without it the index cites every occurrence."""
    params = settings.params()
    if index_pages:
        params["index.pages"] = " " + " ".join(f"{anchor}:{page}"
                                               for anchor, page in index_pages.items()) + " "
    return stylesheet(STYLESHEET).transform(tree, params, name=name)


def index_anchors(fo: bytes) -> bool:
    """Whether the FO has an index whose page numbers a first FOP run must find."""
    return f'id="{INDEX_ANCHOR_PREFIX}'.encode() in fo
