# SPDX-License-Identifier: MIT
"""Articles in other styles (tests/data/articles/), encoded without an editorial file: valid,
lossless TEI with their quotations and references found; and each layout rule on its own."""

from pathlib import Path

import pytest

from edition.encoder import encode_path
from edition.structure import recognise
from edition.structure.model import Dateline, Paragraph, Separator
from edition.text.blocks import split_blocks
from edition.verify import check_lossless

from support import assert_valid

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def xp(result, path):
    return result.tree.getroot().xpath(path, namespaces=NS)


@pytest.fixture(scope="module")
def encoded():
    return {p.stem: encode_path(p) for p in sorted(ARTICLES.glob("*.txt"))}


def test_every_article_is_valid_lossless_and_deterministic(encoded, tei_all):
    assert len(encoded) == 4
    for name, result in encoded.items():
        assert result.editorial.path is None, name  # no editorial file
        assert_valid(tei_all, result.tree)
        assert check_lossless(result.source, result.tree) is None, name
        assert encode_path(result.source.path).tei == result.tei, name


def test_straight_quotes_interrupted_speech_breaks_and_endnotes(encoded):
    r = encoded["river-workers"]
    said = xp(r, "//t:said")
    # "Barker replied", after "Tom Barker" earlier: the same person, not a second entry
    assert [s.get("who") for s in said] == (["#person-tom-barker"] * 2 + ["#person-sir-henry-pole"]
                                            + ["#person-tom-barker"] * 2)
    assert said[0].get("next") == "#q-2" and said[1].get("prev") == "#q-1"
    assert xp(r, "//t:ab[@type='separator']/text()") == ["* * *"]
    assert len(xp(r, "//t:body/t:div")) == 2
    assert xp(r, "//t:back/t:div[@type='notes']/t:note/@xml:id") == ["note-1", "note-2"]
    assert xp(r, "//t:body//t:ref/@target") == ["#note-1", "#note-2"]
    assert xp(r, "//t:dateline/text()") == ["LONDON, 14 February 1972 —"]
    assert xp(r, "//t:titlePage/t:byline/t:docAuthor//text()") == ["Margaret O'Neill"]
    assert xp(r, "//t:sourceDesc//t:date/@when") == ["1972-03"]
    assert r.warnings == []  # '67 is an elision, not an opening mark


def test_author_date_references_and_indented_block_quotation(encoded):
    r = encoded["old-letters"]
    assert xp(r, "//t:titleStmt/t:title/text()") == ["Reading Old Letters"]
    assert xp(r, "//t:titleStmt/t:author/text()") == ["Anna Berg"]
    # the source prints its own reference list: it stays in the body and citations point at it
    assert xp(r, "//t:body//t:p//t:bibl/@corresp") == [
        "#ref-smith-2015", "#ref-jones-2019", "#ref-berg-2001", "#ref-berg-2001", "#ref-smith-2015"]
    assert xp(r, "//t:body/t:div[t:head='References']/t:listBibl/t:bibl/@xml:id") == [
        "ref-berg-2001", "ref-jones-2019", "ref-smith-2015"]
    assert xp(r, "//t:back") == []  # nothing for the edition to add
    block = xp(r, "//t:body/t:div/t:quote[@rend='indent']")
    assert len(block) == 1 and len(block[0]) == 2  # two indented paragraphs, no quotation marks
    assert xp(r, "//t:cit/t:quote/text()") == ['"the post was the only thread"']


def test_citation_shapes_nested_quotes_and_numbered_list(encoded):
    r = encoded["party-history"]
    assert xp(r, "//t:said/@who") == ["#person-vera-lind"]
    assert len(xp(r, "//t:cit")) == 2
    assert xp(r, "//t:quote//t:q/text()") == ["‘reforms’"]
    assert xp(r, "//t:supplied/text()") == ["’"]
    assert xp(r, "//t:body//t:bibl/@corresp") == ["#w-years-of-struggle"] * 4
    assert xp(r, "//t:list/t:label/text()") == ["1.", "2.", "3."]


def test_interview_speech_and_apostrophes(encoded):
    r = encoded["interview"]
    # "he laughed": the interviewee's ("We asked Sam Ortiz … about the trade"), the one person
    # the "Ortiz said" before names
    assert [s.get("who") for s in xp(r, "//t:said")] == ["#person-ortiz"] * 3
    assert xp(r, "//t:said//t:q/text()") == ["'wrong'"]
    assert xp(r, "//t:ab[@type='separator']/text()") == ["- - -"]
    assert xp(r, "//t:docImprint/t:docDate/@when") == ["1985-06-03"]


def blocks_of(text):
    return recognise(split_blocks(text))


@pytest.mark.parametrize("line", ["* * *", "- - - -", "***", "#", "~~~", "—  —  —"])
def test_section_break_lines(line):
    doc = blocks_of(f"First paragraph here.\n\n{line}\n\nSecond paragraph here.")
    assert len(doc.sections) == 2
    assert isinstance(doc.sections[0].content[-1], Separator)


def test_numbered_paragraphs_are_notes_only_under_a_heading_or_with_markers():
    with_heading = blocks_of("Text here.\n\nNotes\n\n1. First note.\n\n2. Second note.")
    assert [n.number for n in with_heading.notes.notes] == ["1", "2"]
    plain = blocks_of("Text here.\n\n1. First point.\n\n2. Second point.")
    assert plain.notes is None
    markers = blocks_of("Text here.[1] More.[2]\n\n[1] A note.\n\n[2] Another.")
    assert markers.notes.head is None and len(markers.notes.notes) == 2
    no_markers = blocks_of("Text here.\n\n[1] A note.\n\n[2] Another.")
    assert no_markers.notes is None


def test_indentation_alone_is_not_a_block_quotation():
    doc = blocks_of("Flush paragraph.\n\n   Indented paragraph, no lead-in.\n\nThen: \n\n    Quoted.")
    paragraphs = [c for c in doc.sections[0].content if isinstance(c, Paragraph)]
    assert [p.block_quote for p in paragraphs] == [False, False, False, True]


def test_byline_and_dateline_in_the_body():
    doc = blocks_of("By Ann Writer\n\nPARIS, June 3, 1988\n\nThe story begins. It goes on.")
    assert doc.opening.author.text == "By Ann Writer"  # a byline at the top is an opening line
    assert [type(c) for c in doc.sections[0].content] == [Dateline, Paragraph]
    later = blocks_of("A lede paragraph comes first. It sets the scene.\n\nBy Ann Writer\n\nText.")
    assert [type(c) for c in later.sections[0].content] == [Paragraph, Paragraph, Paragraph]
    body = blocks_of("Some Title\n\nMOSCOW, 3 June 1988 —\n\nBy Ann Writer\n\nThe text. It goes on.")
    assert Dateline in [type(c) for c in body.sections[0].content]


def test_a_sentence_opening_adverb_is_no_part_of_a_speaker_name(tmp_path):
    text = tmp_path / "meeting.txt"
    text.write_text("The Meeting\n\nBy Ann Writer\n\nThe hall was full. Suddenly Jones says, "
                    "“Everyone who wants to speak will get the chance to speak tonight.” "
                    "Nobody moved.\n", encoding="utf-8")
    result = encode_path(text)
    names = xp(result, "//t:standOff//t:person/t:persName/text()")
    assert names == ["Jones"]
    assert xp(result, "//t:said/@who") == ["#person-jones"]
