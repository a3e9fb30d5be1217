# SPDX-License-Identifier: MIT
"""TEI -> the pages of the web edition (``xslt/html/edition.xsl``), and the settings shaping them.

The stylesheet makes one page per run, chosen by its ``page`` parameter, from a TEI document or
from a ``teiCorpus`` of several. ``WebSettings.params()`` is the only place that names the
publisher's parameters (documented in ``xslt/html/params.xsl`` and ``xslt/common/params.xsl``);
``render_page`` adds the ones that locate a page in the site.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from edition import __version__
from edition.errors import EditionError
from edition.render.fo import edition_date
from edition.render.xslt import stylesheet

STYLESHEET = "html/edition.xsl"
READINGS = ("corrected", "printed")  # as xslt/html/params.xsl defines reading.mode
DOCUMENT_PAGES = ("text", "persons", "works", "organisations", "about", "search")
CORPUS_PAGES = ("corpus", "persons", "works", "search")

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class WebSettings:
    site_title: str = ""  # '' = the document's title
    base_url: str = ""  # where the site will be published (http or https); '' = relative links only
    reading: str = "corrected"  # the reading pages open with, and the one without JavaScript
    lang: str = ""  # language of the labels; '' = the document's xml:lang
    date: str | None = None  # the edition's date (YYYY-MM-DD); None: see edition_date()

    def __post_init__(self):
        if self.reading not in READINGS:
            raise EditionError(f"unknown reading {self.reading!r} (corrected or printed)")
        if self.base_url:
            if not re.match(r"^https?://[^\s/]+", self.base_url):
                raise EditionError(f"base URL {self.base_url!r} is not an http:// or https:// URL")
            if not self.base_url.endswith("/"):  # the folder holding the site
                object.__setattr__(self, "base_url", self.base_url + "/")
        if self.lang and not _LANG.match(self.lang):
            raise EditionError(f"language {self.lang!r} is not a language tag such as en or en-GB")
        if self.date is not None and not _DATE.match(self.date):
            raise EditionError(f"date {self.date!r} is not YYYY-MM-DD")

    def params(self, tree: etree._ElementTree | None = None) -> dict[str, str]:
        """The stylesheet parameters, as strings; the edition's date that of ``tree``'s TEI
        unless the settings fix one."""
        return {
            "site.title": self.site_title.strip(),
            "base.url": self.base_url,
            "reading.mode": self.reading,
            "l10n.lang": self.lang,
            "edition.date": edition_date(self.date, tree),
            "edition.generator": f"edition {__version__}",
        }


def page_file(page: str) -> str:
    """The file of a page: index.html for the text (or the corpus list), else <page>.html
    (the rule xslt/html/shell.xsl's page.file follows for its links)."""
    return "index.html" if page in ("text", "corpus") else f"{page}.html"


def render_page(tree: etree._ElementTree, page: str, settings: WebSettings = WebSettings(), *,
                context: Mapping[str, str] | None = None, name: str | None = None) -> bytes | None:
    """The HTML of ``page`` for ``tree`` (a TEI document or a teiCorpus), or None when the
    document has nothing for that page (no organisations, say). ``context`` adds the parameters
    that place the page in a site (root.href, tei.href, …: see xslt/html/params.xsl)."""
    params = settings.params(tree)
    params.update(context or {})
    params["page"] = page
    result = stylesheet(STYLESHEET).transform(tree, params, name=name)
    if result.tree.getroot() is None:
        return None
    return bytes(result)
