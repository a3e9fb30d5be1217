# SPDX-License-Identifier: MIT
"""Running the project's XSLT 1.0 stylesheets (``xslt/``) safely.

Each stylesheet is compiled once per process (``stylesheet()`` caches it). Parameters reach it only
through ``XSLT.strparam``, so a value is always a string and never an XPath expression. The
transform may read and write no file (``edition.xmlsafe.xslt_access_control``). A terminating
``xsl:message`` or a libxslt error becomes an ``EditionError``; other messages are returned.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.xmlsafe import safe_parser, xslt_access_control

XSLT_DIR = Path(__file__).resolve().parent.parent.parent / "xslt"
MESSAGE_PREFIX = "edition: "  # how the stylesheets start the messages meant for the user


@dataclass(frozen=True)
class Transformed:
    tree: etree._XSLTResultTree
    messages: tuple[str, ...]  # xsl:message output that did not stop the transform

    def __bytes__(self) -> bytes:
        return bytes(self.tree)  # serialised as the stylesheet's xsl:output says


class Stylesheet:
    """A compiled stylesheet; call ``transform`` as often as needed."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            doc = etree.parse(str(self.path), safe_parser())
            self._xslt = etree.XSLT(doc, access_control=xslt_access_control())
        except OSError as err:
            raise EditionError(f"cannot read stylesheet: {err}", str(self.path)) from None
        except (etree.XMLSyntaxError, etree.XSLTParseError) as err:
            raise EditionError(f"stylesheet does not compile: {err}", str(self.path)) from None

    def transform(self, tree: etree._ElementTree, params: Mapping[str, str] | None = None,
                  *, name: str | None = None) -> Transformed:
        """Apply to ``tree``; ``name`` (the input's file) locates errors the stylesheet reports."""
        strparams = {key: etree.XSLT.strparam(str(value)) for key, value in (params or {}).items()}
        try:
            result = self._xslt(tree, **strparams)
        except etree.XSLTApplyError as err:
            messages = _messages(self._xslt.error_log) or [str(err)]
            raise EditionError("; ".join(messages), name) from None
        return Transformed(result, tuple(_messages(self._xslt.error_log)))


def _messages(log: etree._ListErrorLog) -> list[str]:
    return [entry.message.strip().removeprefix(MESSAGE_PREFIX) for entry in log
            if entry.message.strip()]


@functools.lru_cache(maxsize=None)
def stylesheet(relative: str) -> Stylesheet:
    """The stylesheet at ``xslt/<relative>``, e.g. ``stylesheet("fo/edition.xsl")``, compiled once."""
    return Stylesheet(XSLT_DIR / relative)
