# SPDX-License-Identifier: MIT
"""The ``teiHeader``: everything an archive needs to ingest the edition without asking."""

from __future__ import annotations

import re

from lxml import etree

from edition import APP_ID
from edition.editorial import Editorial
from edition.structure.model import Document
from edition.tei.ns import E, SubE
from edition.text.source import Source

LANGUAGES = {"en": "English", "de": "German", "fr": "French", "ru": "Russian", "es": "Spanish",
             "it": "Italian"}

EDITORIAL_DECL = {
    "correction": "Typographical errors are corrected only where the editorial file lists them; "
                  "each correction is encoded as choice/sic/corr, keeps what the source printed "
                  "in sic, and names who made it in corr/@resp.",
    "normalization": "Spellings (chiefly of names) are regularised only where the editorial file "
                     "lists them, as choice/orig/reg, keeping the source's spelling in orig.",
    "quotation": "Quotation marks are kept as characters of the text, exactly as the source "
                 "prints them; renderings add none of their own.",
    "segmentation": "Paragraphs, section headings and list items follow the blank-line structure "
                    "of the source; its opening lines (author, title, source line) form the title "
                    "page. Indentation and the white space between blocks are not kept; every "
                    "other character of the source is.",
    "interpretation": "Text not in the source (a missing quotation mark, for instance) is marked "
                      "as supplied, with the reason and who supplied it.",
}

_WORD = re.compile(r"\S+")


def build_header(doc: Document, source: Source, editorial: Editorial, *, title: str,
                 author: str | None, author_ref: str | None, date: str, version: str) -> etree._Element:
    meta = editorial.metadata
    header = E("teiHeader")
    file_desc = SubE(header, "fileDesc")

    title_stmt = SubE(file_desc, "titleStmt", E("title", title, type="main"))
    if author:
        SubE(title_stmt, "author", author, ref=f"#{author_ref}" if author_ref else None)
    if meta.editor:
        SubE(title_stmt, "editor", meta.editor, xml_id=meta.editor_id)
    SubE(title_stmt, "respStmt", E("resp", "TEI encoding"),
         E("name", f"edition {version}", ref=f"#{APP_ID}"))
    if meta.version:
        file_desc.append(_edition_stmt(meta.version, date))

    words = sum(1 for _ in _WORD.finditer(source.text))  # (no list of every word: issue 17's peak)
    SubE(file_desc, "extent", E("measure", f"{words} words", unit="words", quantity=str(words)))
    file_desc.append(_publication_stmt(editorial, date))
    file_desc.append(E("sourceDesc", _source_bibl(doc, source, title, author)))

    encoding_desc = SubE(header, "encodingDesc")
    if meta.principles:
        SubE(encoding_desc, "projectDesc", E("p", meta.principles))
    SubE(encoding_desc, "appInfo", E("application", E("label", "edition"), ident="edition",
                                     version=version, xml_id=APP_ID))
    decl = SubE(encoding_desc, "editorialDecl")
    for part, text in EDITORIAL_DECL.items():
        el = SubE(decl, part, E("p", text), marks="all" if part == "quotation" else None)
        if part == "interpretation" and editorial.overrides:
            SubE(el, "p", _overrides_text(editorial))

    language = meta.language
    SubE(header, "profileDesc", E("langUsage", E("language", LANGUAGES.get(language, language),
                                                 ident=language)))
    SubE(header, "revisionDesc", E("change", f"Encoded from the plain-text source "
                                   f"{source.path.name} (sha256 {source.sha256}) by edition {version}.",
                                   when=date, who=f"#{APP_ID}"))
    return header


_OVERRIDE_NOUNS = {"heading": "section headings", "block_quotation": "block quotations",
                   "quotation": "quotations", "citation": "citations",
                   "supplied": "supplied marks"}


def _overrides_text(editorial: Editorial) -> str:
    """The editor's overrides, counted by kind, for the editorial declaration."""
    counts: dict[str, int] = {}
    for o in editorial.overrides:
        counts[o.kind] = counts.get(o.kind, 0) + 1
    parts = [f"{n} on {_OVERRIDE_NOUNS[k]}" for k, n in counts.items()]
    total = len(editorial.overrides)
    return (f"The editor overrode the encoder's rules in {total} place{'s' if total != 1 else ''} "
            f"(the editorial file's overrides): {', '.join(parts)}; each element "
            f"so decided names the editor in @resp.")


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _edition_stmt(version: str, date: str) -> etree._Element:
    """The edition's version and its one date (the publicationStmt's and the revision's), as
    readers say them: "Version 1.0, 25 November 2026"."""
    year, month, day = (int(part) for part in date.split("-"))
    edition = E("edition", f"Version {version}, ", n=version)
    SubE(edition, "date", f"{day} {MONTHS[month - 1]} {year}", when=date)
    return E("editionStmt", edition)


def _publication_stmt(editorial: Editorial, date: str) -> etree._Element:
    meta = editorial.metadata
    stmt = E("publicationStmt")
    if not (meta.publisher or meta.licence or meta.editor):
        SubE(stmt, "p", "Unpublished digital edition.")
        return stmt
    if meta.publisher:
        SubE(stmt, "publisher", meta.publisher)
    else:
        SubE(stmt, "authority", meta.editor)
    if meta.pub_place:
        SubE(stmt, "pubPlace", meta.pub_place)
    SubE(stmt, "date", date, when=date)
    if meta.licence:
        SubE(stmt, "availability", E("licence", meta.licence, target=meta.licence_url))
    if meta.url:  # where the web edition is published: its pages cite themselves there
        SubE(stmt, "idno", meta.url, type="URL")
    return stmt


def _source_bibl(doc: Document, source: Source, title: str, author: str | None) -> etree._Element:
    bibl = E("bibl", type="source")
    if author:
        SubE(bibl, "author", author)
    SubE(bibl, "title", title, level="a")
    line = doc.opening.source_line
    if line is not None:
        if line.journal:
            SubE(bibl, "title", line.journal[1], level="j")
        if line.volume:
            SubE(bibl, "biblScope", line.volume, unit="volume")
        if line.issue:
            SubE(bibl, "biblScope", line.issue, unit="issue")
        if line.date:
            SubE(bibl, "date", line.date[1], when=line.when)
    SubE(bibl, "idno", source.sha256, type="sha256")
    return bibl
