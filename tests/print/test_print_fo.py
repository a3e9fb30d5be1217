# SPDX-License-Identifier: MIT
"""The XSL-FO the stylesheets make (no FOP here): the golden file, the parameters, the runner.

The golden file is the FO of tests/data/sample.xml with a fixed date. After an intended change,
look at the diff the failure prints, then accept the new output with:

    EDITION_ACCEPT=1 python -m pytest tests/print -k golden
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from lxml import etree

from edition.errors import EditionError
from edition.render.fo import PrintSettings, parse_margins, to_fo
from edition.render.xslt import Stylesheet, stylesheet
from print_helpers import CORRECTIONS, NS, REFERENCED, letters

DATA = Path(__file__).resolve().parent.parent / "data"
GOLDEN = Path(__file__).resolve().parent / "expected" / "sample.fo"
ACCEPT = "EDITION_ACCEPT=1 python -m pytest tests/print -k golden"


@pytest.fixture(scope="module")
def sample():
    return etree.parse(str(DATA / "sample.xml"))


def fo_of(tree, **settings) -> etree._Element:
    return etree.fromstring(bytes(to_fo(tree, PrintSettings(date="2000-01-01", **settings))))


def test_golden_fo_of_sample(sample):
    params = PrintSettings(date="2000-01-01").params()
    params["edition.generator"] = "edition (test)"  # the version would change it at each release
    fo = bytes(stylesheet("fo/edition.xsl").transform(sample, params))
    if os.environ.get("EDITION_ACCEPT") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(fo)
    expected = GOLDEN.read_bytes() if GOLDEN.exists() else b""
    if fo != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.decode().splitlines(True), fo.decode().splitlines(True),
            str(GOLDEN), "new output"))[:80])
        pytest.fail(f"the FO of sample.xml differs from {GOLDEN.name}:\n{diff}\n"
                    f"If the change is intended, accept it with:\n    {ACCEPT}")


def test_endnotes_instead_of_footnotes(sample):
    fo = fo_of(sample, notes="end")
    notes = len(sample.xpath(CORRECTIONS, namespaces=NS))
    references = len(sample.xpath(REFERENCED, namespaces=NS))
    assert fo.xpath("count(//fo:footnote)", namespaces=NS) == 0
    endnotes = fo.xpath("//fo:block[@id='_endnotes']/fo:list-block", namespaces=NS)
    assert [n.get("id") for n in endnotes] == [f"_n-{i}" for i in range(1, notes + 1)]
    marks = fo.xpath("//fo:basic-link[starts-with(@internal-destination, '_n-')]", namespaces=NS)
    assert len(marks) == notes
    cited = fo.xpath("//fo:block[@id='_references']/fo:list-block", namespaces=NS)
    assert [n.get("id") for n in cited] == [f"_c-{letters(i)}" for i in range(1, references + 1)]


@pytest.mark.parametrize("paper, width, height, size", [
    ("a5", "148mm", "210mm", "10pt"), ("a4", "210mm", "297mm", "12pt"),
    ("letter", "8.5in", "11in", "12pt")])
def test_paper_sizes(sample, paper, width, height, size):
    fo = fo_of(sample, paper=paper)
    masters = fo.xpath("//fo:simple-page-master", namespaces=NS)
    assert {(m.get("page-width"), m.get("page-height")) for m in masters} == {(width, height)}
    assert fo.get("font-size") == size


def test_margins_font_and_size(sample):
    fo = fo_of(sample, margins=parse_margins("20mm 15mm"), font_family="Linux Biolinum O",
               font_size="9.5pt")
    recto = fo.find(".//fo:simple-page-master[@master-name='text-recto']", NS)
    verso = fo.find(".//fo:simple-page-master[@master-name='text-verso']", NS)
    assert (recto.get("margin-left"), recto.get("margin-right")) == ("15mm", "15mm")
    assert recto.find("fo:region-body", NS).get("margin-top") == "(20mm) * 0.55"
    assert verso.get("margin-left") == "15mm"
    assert (fo.get("font-family"), fo.get("font-size")) == ("Linux Biolinum O", "9.5pt")
    assert parse_margins("1in") == ("1in",) * 4
    assert parse_margins("17mm 15mm 19mm 18mm") == ("17mm", "15mm", "19mm", "18mm")
    with pytest.raises(EditionError):
        parse_margins("1cm 2cm 3cm")


@pytest.mark.parametrize("settings", [{"paper": "b5"}, {"notes": "side"}, {"font_size": "big"},
                                      {"margins": ("1cm", "1cm", "1cm", "1 cm")},
                                      {"date": "yesterday"}])
def test_bad_settings_are_refused(settings):
    with pytest.raises(EditionError):
        PrintSettings(**settings)


def test_parameters_are_strings_never_xpath(sample):
    # A value with quotes and XPath syntax reaches the FO as the characters it is.
    family = "O'Brien \"Serif\" | concat(1,2)"
    assert fo_of(sample, font_family=family).get("font-family") == family


def test_a_stylesheets_own_message_becomes_an_error(sample):
    params = dict(PrintSettings().params(), **{"page.size": "b5"})
    with pytest.raises(EditionError, match="unknown page.size 'b5'") as err:
        stylesheet("fo/edition.xsl").transform(sample, params, name="sample.xml")
    assert str(err.value).startswith("sample.xml: ")


def test_not_a_tei_document():
    with pytest.raises(EditionError, match="not a TEI document"):
        to_fo(etree.ElementTree(etree.fromstring("<article><p>Hi</p></article>")))


def test_stylesheets_can_read_no_file(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text("<secret>do not read</secret>")
    xsl = tmp_path / "reader.xsl"
    xsl.write_text(f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:template match="/"><out><xsl:value-of select="document('{secret.as_uri()}')"/></out></xsl:template>
    </xsl:stylesheet>""")
    with pytest.raises(EditionError, match="read rights"):
        Stylesheet(xsl).transform(etree.ElementTree(etree.fromstring("<x/>")))


def test_index_with_pages_lists_each_page_once_and_warns_of_an_anchor_without_one(sample):
    # As if FOP had put Healy (_ix-1) and Plimak (_ix-2) on page 3 and reported no page for
    # Trotsky (_ix-3): his entry has no number, and a warning says so.
    result = to_fo(sample, PrintSettings(date="2000-01-01"),
                   index_pages={"_ix-1": "3", "_ix-2": "3", "_ix-4": "4"})
    fo = etree.fromstring(bytes(result))
    entries = {"".join(b.itertext()).split("\u2002")[0]: b
               for b in fo.xpath("//fo:block[@id='_index-entries']/fo:block", namespaces=NS)}
    links = {name: [(a.text, a.get("internal-destination"))
                    for a in block.xpath("fo:basic-link", namespaces=NS)]
             for name, block in entries.items()}
    assert links == {"Healy, Gerry": [("3", "_ix-1")], "Plimak, Y.G.": [("3", "_ix-2")],
                     "Trotsky, Leon": [], "Zhukov, Georgy Konstantinovich": [("4", "_ix-4")]}
    assert result.messages == ("index of persons: no page for Trotsky, Leon (anchor _ix-3)",)


def test_reference_notes_first_full_then_short_then_ibid():
    # Work A, work B, A again (short: surname, title without its article, pages), A again
    # (Ibid., new pages), and again on the same page (Ibid. alone); a citation of no work in the
    # works cited has no note: its words in the text say all there is.
    tei = etree.fromstring("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
      <titleStmt><title>T</title></titleStmt><publicationStmt><p/></publicationStmt>
      <sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <standOff><listPerson><person xml:id="lt"><persName>Leon Trotsky</persName></person>
      </listPerson></standOff>
      <text><body><div>
        <p>One <bibl corresp="#a">(<biblScope unit="page" from="5" to="5">p. 5</biblScope>)</bibl>
           two <bibl corresp="#b">(<biblScope unit="page" from="7" to="9">7-9</biblScope>)</bibl>
           three <bibl corresp="#a">(Op. Cit. <biblScope unit="page" from="6" to="6">6</biblScope>)</bibl>
           four <bibl corresp="#a">(<biblScope unit="page" from="8" to="8">8</biblScope>)</bibl>
           five <bibl corresp="#a">(Ibid)</bibl> six <bibl>(nobody, 1900)</bibl></p>
      </div></body><back><listBibl>
        <bibl xml:id="a"><author ref="#lt">Leon Trotsky</author>, <title level="m">The Revolution
          Betrayed</title>, New Park edition</bibl>
        <bibl xml:id="b"><author>Jane Roe</author> and <author>Max Poe</author>, <title
          level="m">A History</title></bibl>
      </listBibl></back></text></TEI>""")
    fo = etree.fromstring(bytes(to_fo(etree.ElementTree(tei), PrintSettings(date="2000-01-01"))))
    notes = [" ".join("".join(body.itertext()).split())
             for body in fo.xpath("//fo:footnote-body", namespaces=NS)]
    assert notes == ["aLeon Trotsky, The Revolution Betrayed, New Park edition, p. 5.",
                     "bJane Roe and Max Poe, A History, pp. 7–9.",
                     "cTrotsky, Revolution Betrayed, p. 6.",
                     "dIbid., p. 8.",
                     "eIbid."]
    # the short title in italics, as the title is
    assert fo.xpath("//fo:footnote-body[.//fo:block[starts-with(., 'c')]]"
                    "//fo:inline[@font-style='italic']/text()", namespaces=NS) == ["Revolution Betrayed"]


def test_the_title_page_prints_a_translators_line_that_names_no_author(tmp_path):
    from support import encode_text
    body = ("The mill was built in the spring, and it ground corn for the whole valley for fifty "
            "years after, until the river changed its course.")
    tei = encode_text(tmp_path, "\n\n".join([
        "THE MILLER'S LETTERS.", "TRANSLATED BY LADY COLE.",
        "(From the collection of Dr. Tom Reed; Boston: Mill & Co.; Vol. II, May 1823)", body, body]))
    fo = fo_of(etree.ElementTree(tei))
    title_page = fo.xpath("//fo:page-sequence[@id='_titlepage']",
                          namespaces={"fo": "http://www.w3.org/1999/XSL/Format"})[0]
    words = " ".join("".join(title_page.itertext()).split())
    assert "TRANSLATED BY LADY COLE." in words
    assert "From the collection" not in words  # no journal's name: where the letters are from


def test_a_gutenberg_footnotes_wrapper_gives_way_to_its_number_in_print_and_on_the_web():
    # "[Footnote 2: …]" kept under its paragraph: the reader sees "2" and the note; the TEI keeps
    # the wrapper as printed
    from edition.encoder import encode_source
    from edition.render.html import WebSettings, render_page
    from edition.text.source import decode_source

    text = ("Mill Notes\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n"
            "The mill stood by the river for a hundred years and more.[2] The wheel turned all day long.\n\n"
            "[Footnote 2: Tom Reed, Mills of the Valley (Leeds: Mill Press, 1902), 12.]\n\n"
            "The miller kept his books in the loft, and the books are there still.\n")
    tei = encode_source(decode_source(text.encode(), "mill.txt")).tree
    note = tei.find(".//{http://www.tei-c.org/ns/1.0}note")
    assert "".join(note.itertext()).startswith("[Footnote 2: ") and "".join(note.itertext()).endswith("12.]")
    fo = fo_of(tei)
    block = fo.xpath("//fo:block[fo:inline[@font-weight='bold'] = '2']", namespaces=NS)
    assert block and "".join(block[0].itertext()).strip().startswith("2 Tom Reed")
    assert "[Footnote" not in "".join(fo.itertext()) and "1902), 12.]" not in "".join(fo.itertext())
    page = etree.fromstring(render_page(tei, "text", WebSettings(date="2000-01-01")), etree.HTMLParser())
    (p,) = page.xpath("//p[contains(@class, 'footnote')]")
    assert p.xpath("span[@class='note-label']/text()") == ["2"]
    assert "".join(p.itertext()).strip() == "2 Tom Reed, Mills of the Valley (Leeds: Mill Press, 1902), 12."
