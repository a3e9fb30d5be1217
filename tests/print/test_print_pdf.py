# SPDX-License-Identifier: MIT
"""The PDF of the print edition, read back with poppler (pdftotext, pdffonts, pdfinfo): of two TEI
documents and of the seed article, encoded from its text as ``edition build`` does."""

from __future__ import annotations

import re

from lxml import etree

from print_helpers import (CORRECTIONS, NS, REFERENCED, TEI, first_missing, footnote_numbers,
                           index_entries, index_start, letters, page_boxes, pdf_fonts, pdf_info,
                           pdf_text, reading_text, reading_words, words)


def test_every_word_of_the_reading_text_is_in_the_pdf_in_order(edition):
    expected = reading_words(edition.tei)
    found = words(reading_text(edition.pdf, edition.fo))  # without running heads and footnotes
    missing = first_missing(expected, found)
    assert missing is None, (f"word {missing} {expected[missing]!r} not found in order; context: "
                             f"{' '.join(expected[max(0, missing - 8):missing + 8])}")


def test_every_font_is_embedded(edition):
    fonts = pdf_fonts(edition.pdf)
    assert fonts, "no fonts listed"
    assert [f["name"] for f in fonts if f["emb"] != "yes"] == []


def test_one_footnote_per_citation_and_correction(edition):
    # The rule (xslt/common/notes.xsl): an editor's note, numbered, for every intervention that
    # keeps what the source printed (a choice with sic or orig: corrections and normalisations
    # alike, in a citation too); a reference note, lettered, for every citation (a bibl in the
    # text, not in a works-cited list nor in another bibl nor in the source's notes) of a work
    # in the works cited.
    tei = edition.tei
    citations = tei.xpath(REFERENCED, namespaces=NS)
    corrections = tei.xpath(CORRECTIONS, namespaces=NS)
    total = len(citations) + len(corrections)
    assert etree.parse(str(edition.fo)).xpath("count(//fo:footnote)", namespaces=NS) == total > 0
    # In the PDF: the numbers at the pages' feet are 1, 2, 3 … and the letters a, b, c …, each
    # once, in page order.
    printed = footnote_numbers(edition.pdf, edition.fo)
    marks = [mark for page in sorted(printed) for mark in printed[page]]
    assert [m for m in marks if m.isdigit()] == [str(n) for n in range(1, len(corrections) + 1)]
    assert [m for m in marks if not m.isdigit()] == [letters(n) for n in range(1, len(citations) + 1)]
    # A correction's note says what the source printed.
    flat = " ".join(pdf_text(edition.pdf).split())
    for choice in corrections:
        shown = "".join(choice.xpath("t:corr//text() | t:reg//text()", namespaces=NS))
        source = "".join(choice.xpath("t:sic//text() | t:orig//text()", namespaces=NS))
        verb = "prints" if choice.find(f"{{{TEI}}}sic") is not None else "spells"
        assert f"{shown}] the source {verb} {source}" in flat


def test_the_seeds_footnotes_are_its_citations_and_choices(seed):
    # On the seed the count is the plain one: footnotes = bibls in the text outside the works
    # cited + choices; no choice or bibl there falls under the rule's exceptions.
    count = lambda xpath: int(seed.tei.xpath(f"count({xpath})", namespaces=NS))  # noqa: E731
    bibls = count("//t:text//t:bibl[not(ancestor::t:listBibl)]")
    choices = count("//t:text//t:choice")
    assert count("//t:text//t:bibl//t:bibl | //t:text//t:bibl//t:choice") == 0
    assert count("//t:text//t:choice[not(t:sic or t:orig)]") == 0
    assert (bibls, choices) == (11, 14)  # the seed's; if the encoder changes, check them anew
    printed = footnote_numbers(seed.pdf, seed.fo)
    assert sum(len(marks) for marks in printed.values()) == bibls + choices
    assert len(printed) > 5, printed  # at the feet of many pages, not gathered at the end


def index_name(tei: etree._ElementTree, occurrence: etree._Element) -> str:
    """The index's name for a persName: its register entry's main name, else its own words, as
    "Surname, Forenames" (a structured name's parts, else the last word first)."""
    ref = (occurrence.get("ref") or "").removeprefix("#")
    names = tei.xpath("//t:person[@xml:id = $id]/t:persName", namespaces=NS, id=ref)
    main = [n for n in names if n.get("type") in (None, "main", "full")] or names or [occurrence]
    name = main[0]
    if name.find(f"{{{TEI}}}surname") is not None:
        forenames = " ".join(" ".join(f.itertext()).strip()
                             for f in name.findall(f"{{{TEI}}}forename"))
        surname = " ".join(name.findtext(f"{{{TEI}}}surname").split())
        return f"{surname}, {forenames}" if forenames else surname
    plain = " ".join("".join(name.xpath(".//text()[not(parent::t:sic or parent::t:orig)]",
                                        namespaces=NS)).split())
    first, _, last = plain.rpartition(" ")
    return f"{last}, {first}" if first else last


def test_index_lists_every_person_the_text_names(edition):
    entries = index_entries(edition.pdf, page_boxes(edition.fo))
    occurrences = edition.tei.xpath("//t:text//t:persName[not(ancestor::t:listBibl)]",
                                    namespaces=NS)
    assert sorted(entries) == sorted({index_name(edition.tei, o) for o in occurrences})


def test_index_pages_are_pages_that_show_the_name(edition):
    boxes = page_boxes(edition.fo)
    entries = index_entries(edition.pdf, boxes)
    for name, pages in entries.items():
        assert pages == sorted(set(pages)), f"{name}: {pages} (each page once, in order)"
        surname = name.split(",")[0]
        for page in pages:
            shown = " ".join(pdf_text(edition.pdf, page, page, crop=boxes["body"]).split())
            assert surname in shown, f"index: {name} on page {page}, which does not show it"


def pages_showing(edition, name: str) -> list[int]:
    """The text pages (after the title page and colophon, before the index) whose text area
    shows ``name``."""
    body = page_boxes(edition.fo)["body"]
    return [page for page in range(3, index_start(edition.pdf))
            if name in " ".join(pdf_text(edition.pdf, page, page, crop=body).split())]


def test_index_lists_every_page_a_name_is_on(editions):
    # Weber is named only in the running text of the longer document, never in a running head,
    # a note or the works cited: the pages that show her name are exactly her index entry's.
    edition = editions["longer"]
    entries = index_entries(edition.pdf, page_boxes(edition.fo))
    assert entries["Weber, Anna"] == pages_showing(edition, "Weber")


def test_the_seeds_index_is_right_for_names_spot_checked(seed):
    # Names of the seed that every mention in the text marks as a person, and no note, head or
    # works-cited entry repeats: the pages that show the name are exactly the index's.
    entries = index_entries(seed.pdf, page_boxes(seed.fo))
    for name, surname in [("Andreyeva, Nina", "Andreyeva"), ("Burlatsky, Fyodor", "Burlatsky"),
                          ("Temushkin", "Temushkin"), ("Krupskaya, Nadezhda", "Krupskaya")]:
        assert entries[name] == pages_showing(seed, surname), name
    assert len(entries["Stalin, Joseph"]) > 5  # named all through


def test_title_page_has_no_running_head(edition):
    head = page_boxes(edition.fo)["head"]
    for page in (1, 2):  # the title page and its verso, the colophon
        assert pdf_text(edition.pdf, page, page, crop=head).strip() == ""
    author = edition.tei.findtext(".//t:titleStmt/t:author", namespaces=NS)
    assert pdf_text(edition.pdf, 1, 1).split()[:len(author.split())] == author.split()
    # The text's first page has its number at the foot only; the next page a running head:
    # the number at the outer edge, the author on a left-hand page, the title on a right-hand one.
    assert pdf_text(edition.pdf, 3, 3, crop=head).strip() == ""
    assert pdf_text(edition.pdf, 3, 3, crop=page_boxes(edition.fo)["foot"]).split() == ["3"]
    assert pdf_text(edition.pdf, 4, 4, crop=head).split() == ["4"] + author.split()
    title = edition.tei.findtext(".//t:titleStmt/t:title[@type='main']", namespaces=NS)
    assert pdf_text(edition.pdf, 5, 5, crop=head).split() == title.split() + ["5"]


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
