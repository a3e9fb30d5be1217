# SPDX-License-Identifier: MIT
"""One settings object, made by the CLI (or a caller) and passed down through the pipeline."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from edition import __version__


@dataclass(frozen=True)
class EncodeSettings:
    encoding: str = "utf-8"  # the source text's character encoding
    date: str | None = None  # the encoding's date for revisionDesc; see encoding_date()
    version: str = __version__


def encoding_date(explicit: str | None, editorial: str | None) -> str:
    """The date written to ``revisionDesc``: given, else the editorial file's, else
    ``SOURCE_DATE_EPOCH`` (reproducible builds), else today (UTC)."""
    if explicit:
        return explicit
    if editorial:
        return editorial
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    return dt.datetime.now(dt.timezone.utc).date().isoformat()
