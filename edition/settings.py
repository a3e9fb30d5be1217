# SPDX-License-Identifier: MIT
"""One settings object, made by the CLI (or a caller) and passed down through the pipeline."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

from edition import __version__
from edition.errors import EditionError

# How a citation's reference note gives its work (xslt/common/bibliography.xsl): "short", the
# house style (first citation in full, then author and short title, "Ibid."), or "full", the
# whole entry in every note.
NOTE_STYLES = ("short", "full")
DEFAULT_NOTE_STYLE = "short"


@dataclass(frozen=True)
class EncodeSettings:
    encoding: str = "utf-8"  # the source text's character encoding
    date: str | None = None  # the encoding's date for revisionDesc; see encoding_date()
    version: str = __version__
    # which rule made each quotation and citation (EncodeResult.provenance), for the fidelity
    # report's figures per rule; kept only when asked: a long text's is a tenth of the markup
    provenance: bool = False
    # the places the rules decided (EncodeResult.places), for a review of them (`edition review`,
    # a build's review page); kept only when asked: two to a paragraph of quotations, a quarter
    # of an encode's memory
    places: bool = False


def encoding_date(explicit: str | None, editorial: str | None) -> str:
    """The date written to ``revisionDesc``: given, else the editorial file's, else
    ``SOURCE_DATE_EPOCH`` (reproducible builds), else today (UTC)."""
    if explicit:
        return checked_date(explicit)
    if editorial:
        return editorial  # checked where the editorial file is read, at its line
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        if not epoch.strip().isdigit():  # as reproducible-builds.org asks: stop, do not guess
            raise EditionError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds "
                               "since 1970-01-01 UTC", hint="unset it, or give --date YYYY-MM-DD")
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
        except (ValueError, OverflowError, OSError):
            raise EditionError(f"SOURCE_DATE_EPOCH={epoch!r} is past the year 9999",
                               hint="unset it, or give --date YYYY-MM-DD") from None
    return dt.datetime.now(dt.timezone.utc).date().isoformat()


def checked_date(value: str) -> str:
    """``value`` if it is a date of the calendar written ``YYYY-MM-DD``; else an error that
    says which of the two it is not."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        raise EditionError(f"date {value!r} is not YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as err:
        raise EditionError(f"date {value!r} is not in the calendar ({err})") from None
    return value


def chosen_note_style(explicit: str | None, editorial: str | None) -> str:
    """The style of the reference notes: given (the command line), else the editorial file's
    (checked where it is read), else the house style."""
    style = explicit or editorial or DEFAULT_NOTE_STYLE
    if style not in NOTE_STYLES:
        raise EditionError(f"unknown note style {style!r} (one of {', '.join(NOTE_STYLES)})")
    return style
