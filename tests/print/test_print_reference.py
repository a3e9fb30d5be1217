# SPDX-License-Identifier: MIT
"""One reference system for both editions: "¶ 34, n. 6" is the same place in print and on the
web. Each text is built as `edition build` builds it (web pages and PDF); the print side is read
from FOP's intermediate format of the final FO (the pages as FOP set them for the PDF), the web
side from the text page's HTML.

  - every paragraph number in the print margin stands before the paragraph the web numbers so:
    the same words begin it, and it is the same TEI paragraph (its xml:id, the web's anchor);
  - every editor's note has the same number in both, its mark in the same paragraph, its words
    the same;
  - the colophon says how to cite a place, with a place of the text as its example.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from lxml import etree, html

from edition.cli import main
from edition.render import fop
from print_helpers import laid_out, words
from support import ROOT, SEED

CORPUS = ROOT / "tests" / "data" / "corpus"
TEXTS = {"seed": SEED, "sample": ROOT / "tests" / "data" / "sample.xml",
         "kropotkin": CORPUS / "essay-kropotkin-mutual-aid.txt",
         "jtei": CORPUS / "report-jtei-presentation-myth.txt"}
LEAD = 4  # words compared at the start of a paragraph


@pytest.fixture(scope="module", params=sorted(TEXTS))
def both(request, tmp_path_factory):
    """(the web text page, the print edition's laid-out runs) of one text."""
    source = TEXTS[request.param]
    out = tmp_path_factory.mktemp(f"reference-{request.param}")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "--date", "2000-01-01",
                                       "--pdf", "-q"])
    assert result.exit_code == 0, result.output
    fo_file = next(out.glob("*.fo"))
    layout = out / "layout.if.xml"
    fop.render(fo_file, layout, intermediate=True)
    page = html.parse(str(out / fo_file.stem / "index.html")).getroot()
    return page, laid_out(layout)


def web_paragraphs(page) -> dict[str, tuple[str, list[str]]]:
    """Paragraph number -> (the element's id, its first words), as the web page numbers them."""
    found = {}
    for number in page.xpath("//a[@class='pnum']"):
        block = number.getparent()
        text = " ".join(block.xpath("./node()[not(self::a[@class='pnum'])]//text() | "
                                    "./text()[preceding-sibling::a[@class='pnum']]"))
        found[number.text] = (block.get("id"), words(text)[:LEAD])
    return found


def print_paragraphs(runs) -> dict[str, tuple[str, list[str]]]:
    """Paragraph number -> (the xml:id of the paragraph it stands before, its first words), as
    the print margin numbers them: a number beside the text area, then the paragraph's runs
    (each knows the element it belongs to: the paragraph, or a name in it)."""
    found, current = {}, None
    for run in runs:
        if run.in_margin and run.text.strip().isdigit():
            current = run.text.strip()
            found[current] = ("", [])
        elif current is not None:
            owner, lead = found[current]
            if not owner and run.owner.startswith("p-"):
                owner = run.owner
            found[current] = (owner, (lead + words(run.text))[:LEAD])
    return found


def test_every_paragraph_number_is_the_same_paragraph_in_print_and_on_the_web(both):
    page, runs = both
    web, printed = web_paragraphs(page), print_paragraphs(runs)
    assert web, "the web page numbers no paragraph"
    assert list(printed) == list(web)  # the same numbers, in the same order
    for number, (element, lead) in web.items():
        owner, printed_lead = printed[number]
        # A list item's label ("a)") stands before its words in both; a note's mark glued to
        # a word reads as one more word in print: compare the words as far as both go.
        assert printed_lead[:2] == lead[:2], f"¶ {number}: print {printed_lead}, web {lead}"
        if element.startswith("p-"):
            assert owner == element, f"¶ {number}: print {owner}, web {element}"


def web_notes(page) -> dict[str, tuple[str, str]]:
    """Editor's note number -> (the web paragraph number its mark stands in, the note's words)."""
    notes = {}
    for mark in page.xpath("//a[contains(concat(' ', @class, ' '), ' note-ref ')]"):
        number = mark.text_content().strip()
        paragraph = mark.xpath("ancestor::*[a[@class='pnum']][1]/a[@class='pnum']/text()")
        body = page.xpath(f"//*[@id='_n-{number}']//*[@class='note-body']")[0].text_content()
        notes[number] = (paragraph[0] if paragraph else "", " ".join(body.split()))
    return notes


def print_notes(runs) -> dict[str, tuple[str, str]]:
    """Editor's note number -> (the print paragraph number its mark stands in, the note's
    words): a mark is a number set small in the text area; a note is the runs of its id
    (_n-N), its number first."""
    notes, paragraph, bodies = {}, "", {}
    for run in runs:
        text = run.text.strip()
        if run.in_margin and text.isdigit():
            paragraph = text
        elif run.owner.startswith("_n-"):
            bodies.setdefault(run.owner[3:], []).append(text)
        elif text.isdigit() and run.size < 7:  # a mark: 0.65 of the text's 10pt (or 9pt)
            notes[text] = paragraph
    return {number: (notes.get(number, ""), " ".join(" ".join(body[1:]).split()))
            for number, body in bodies.items()}


def test_every_note_number_is_the_same_note_in_print_and_on_the_web(both):
    page, runs = both
    web, printed = web_notes(page), print_notes(runs)
    assert printed == web


def test_the_colophon_says_how_to_cite_a_place_of_the_text(both):
    page, runs = both
    colophon = " ".join(" ".join(run.text for run in runs if run.page == 2).split())
    cited = re.search(r"How to cite.*?e\.g\. ¶ (\d+)(?:, n\. (\d+))?\.", colophon)
    assert cited, colophon
    paragraph, note = cited.groups()
    assert paragraph in web_paragraphs(page)
    if note:
        assert web_notes(page)[note][0] == paragraph
