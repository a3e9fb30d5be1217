# SPDX-License-Identifier: MIT
"""The PDF of the print edition, read back with poppler (pdftotext, pdffonts, pdfinfo)."""

from __future__ import annotations

import re

from lxml import etree

from print_helpers import (CITATIONS, CORRECTIONS, NS, first_missing, index_entries, page_boxes,
                           page_count, pdf_fonts, pdf_info, pdf_text, reading_words, words)


def test_every_word_of_the_reading_text_is_in_the_pdf_in_order(edition):
    expected = reading_words(edition.tei)
    # Layout mode: line by line, as a reader reads (the raw mode reads a list's labels as a
    # column of their own).
    found = words(pdf_text(edition.pdf, layout=True))
    missing = first_missing(expected, found)
    assert missing is None, (f"word {missing} {expected[missing]!r} not found in order; context: "
                             f"{' '.join(expected[max(0, missing - 8):missing + 8])}")


def test_every_font_is_embedded(edition):
    fonts = pdf_fonts(edition.pdf)
    assert fonts, "no fonts listed"
    assert [f["name"] for f in fonts if f["emb"] != "yes"] == []


def test_one_footnote_per_citation_and_correction(edition):
    tei = edition.tei
    citations = tei.xpath(CITATIONS, namespaces=NS)
    corrections = tei.xpath(CORRECTIONS, namespaces=NS)
    footnotes = etree.parse(str(edition.fo)).xpath("//fo:footnote", namespaces=NS)
    assert len(footnotes) == len(citations) + len(corrections) > 0
    # In the PDF: each number opens a note at a page's foot, and a correction's note says what
    # the source printed.
    text = pdf_text(edition.pdf, layout=True)
    for number in range(1, len(footnotes) + 1):
        assert re.search(rf"^\s*{number} \S", text, re.M), f"no footnote {number}"
    flat = " ".join(pdf_text(edition.pdf).split())
    for choice in corrections:
        shown = "".join(choice.xpath("t:corr//text() | t:reg//text()", namespaces=NS))
        source = "".join(choice.xpath("t:sic//text() | t:orig//text()", namespaces=NS))
        verb = "prints" if choice.find("{http://www.tei-c.org/ns/1.0}sic") is not None else "spells"
        assert f"{shown}] the source {verb} {source}" in flat


def test_index_pages_are_pages_that_show_the_name(edition):
    boxes = page_boxes(edition.fo)
    entries = index_entries(edition.pdf, boxes["body"])
    persons = {p.get("ref") for p in edition.tei.xpath("//t:text//t:persName", namespaces=NS)}
    assert len(entries) == len(persons), entries
    for name, pages in entries.items():
        assert pages == sorted(set(pages)), f"{name}: {pages} (each page once, in order)"
        surname = name.split(",")[0]
        for page in pages:
            shown = " ".join(pdf_text(edition.pdf, page, page, crop=boxes["body"]).split())
            assert surname in shown, f"index: {name} on page {page}, which does not show it"


def test_index_lists_every_page_a_name_is_on(editions):
    # Weber is named only in the running text of the longer document, never in a running head,
    # a note or the works cited: the pages that show her name are exactly her index entry's.
    edition = editions["longer"]
    boxes = page_boxes(edition.fo)
    entries = index_entries(edition.pdf, boxes["body"])
    index_start = min(p for p in range(1, page_count(edition.pdf) + 1)
                      if "Index of persons" in pdf_text(edition.pdf, p, p))
    showing = [p for p in range(3, index_start)
               if "Weber" in pdf_text(edition.pdf, p, p, crop=boxes["body"])]
    assert entries["Weber, Anna"] == showing


def test_title_page_has_no_running_head(edition):
    head = page_boxes(edition.fo)["head"]
    for page in (1, 2):  # the title page and its verso, the colophon
        assert pdf_text(edition.pdf, page, page, crop=head).strip() == ""
    author = edition.tei.findtext(".//t:titleStmt/t:author", namespaces=NS)
    assert pdf_text(edition.pdf, 1, 1).split()[:len(author.split())] == author.split()
    # The text's first page has its number at the foot only; the next page a running head.
    assert pdf_text(edition.pdf, 3, 3, crop=head).strip() == ""
    assert pdf_text(edition.pdf, 3, 3).split()[-1] == "3"
    assert pdf_text(edition.pdf, 4, 4, crop=head).split() == ["4"] + author.split()


def test_pdf_claims_pdf_a_1b_and_carries_the_headers_metadata(edition):
    meta = pdf_info(edition.pdf, "-meta")
    assert "<pdfaid:part>1</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    info = dict(line.split(":", 1) for line in pdf_info(edition.pdf).splitlines() if ":" in line)
    header = edition.tei.find(".//t:teiHeader", NS)
    assert info["Title"].strip() == header.findtext(".//t:titleStmt/t:title[@type='main']", namespaces=NS)
    assert info["Author"].strip() == header.findtext(".//t:titleStmt/t:author", namespaces=NS)
    journal = header.findtext(".//t:sourceDesc/t:bibl/t:title[@level='j']", namespaces=NS)
    assert info["Subject"].strip().startswith(journal)
    assert info["Keywords"].strip()

