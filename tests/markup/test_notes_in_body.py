# SPDX-License-Identifier: MIT
"""Endnotes that another closing section follows ("Notes", then "References"): they stay in the
body where they stand, as ``div type="notes"`` of ``note``s, so that the text keeps its order
(invented examples): edition/structure/notes.py ``find_notes_before``, the endnotes rule,
the TEI builder, and the web and print stylesheets."""

from __future__ import annotations

from lxml import etree

from edition.encoder import encode_path
from edition.markup.notes import read_references
from edition.render.fo import to_fo
from edition.render.html import render_page
from edition.structure import recognise
from edition.structure.notes import find_notes, find_notes_before
from edition.text.blocks import split_blocks
from edition.validation import validate_tree
from edition.verify import check_lossless

from support import assert_valid

NS = {"t": "http://www.tei-c.org/ns/1.0"}

ARTICLE = """\
Harbour Lights and Shadows

By Ann Example

(Coastal Review, March 2011)

The dockers struck in the spring,1 and the port stood idle for a month (Smith 2015).

The strike ended when the owners gave way.2 Nobody had expected it.

Notes

1 Mary Ward, The Docks of Tyneside (London: Harbour Press, 1969), p. 12.

2 Ibid., p. 14.

References

Smith, John. 2015. The Long Strike. Leeds: River Books.
"""


def _write(tmp_path, text: str, name: str = "harbour.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return encode_path(path)


def _xp(result, path):
    return result.tree.getroot().xpath(path, namespaces=NS)


def test_notes_before_a_reference_list_are_found_where_they_stand():
    blocks = split_blocks(ARTICLE)
    assert find_notes(blocks) == (None, 0)  # not closing notes: the references follow
    notes, start, end = find_notes_before(blocks)
    assert [n.number for n in notes.notes] == ["1", "2"]
    assert blocks[start].text == "Notes" and blocks[end].text == "References"


def test_a_notes_section_in_the_middle_with_unmarked_numbers_is_no_notes():
    text = ("Our demands were plain.\n\nNotes\n\n1 Better pay for all.\n\n2 Shorter hours.\n\n"
            "The outcome\n\nWe won both in the end.\n")
    assert find_notes_before(split_blocks(text)) == (None, 0, 0)


def test_notes_marked_in_the_text_before_another_section_are_notes():
    text = ("We won.1 Then we lost.2\n\nNotes\n\n1 A first note.\n\n2 A second note.\n\n"
            "Acknowledgements\n\nThanks to the crew of the Mary Ann.\n")
    notes, start, end = find_notes_before(split_blocks(text))
    assert [n.number for n in notes.notes] == ["1", "2"] and end == start + 3


def test_the_document_keeps_the_notes_between_its_sections():
    doc = recognise(split_blocks(ARTICLE))
    assert doc.notes is not None and doc.notes.at is not None
    after = doc.sections[doc.notes.at]
    assert after.head is not None and after.head.text == "References"
    assert [n.number for n in doc.notes.notes] == ["1", "2"]


def test_tei_holds_the_notes_in_the_body_valid_and_lossless(tmp_path, tei_all):
    result = _write(tmp_path, ARTICLE)
    assert check_lossless(result.source, result.tree) is None
    assert validate_tree(result.tree, "harbour", kinds=("rng", "xsd", "sch")) == []
    assert_valid(tei_all, result.tree)
    # the notes stand in the body, before the reference list, which stays where it is
    divs = _xp(result, "//t:body/t:div")
    kinds = [d.get("type") or (d.findtext("t:head", namespaces=NS) or "") for d in divs]
    assert kinds[-2:] == ["notes", "References"]
    assert not _xp(result, "//t:back/t:div[@type='notes']")
    notes = _xp(result, "//t:body/t:div[@type='notes']/t:note")
    assert [(n.get("n"), n.get("xml:id") or n.get("{http://www.w3.org/XML/1998/namespace}id"))
            for n in notes] == [("1", "note-1"), ("2", "note-2")]
    assert _xp(result, "//t:body/t:div[@type='notes']/t:head/text()") == ["Notes"]
    # the markers in the text point at them, and the reference list keeps its entry
    assert _xp(result, "//t:p//t:ref/@target") == ["#note-1", "#note-2"]
    assert len(_xp(result, "//t:body//t:listBibl/t:bibl")) == 1


def test_references_in_notes_in_the_body_are_structured(tmp_path):
    result = _write(tmp_path, ARTICLE)
    [first] = _xp(result, "//t:note[@n='1']/t:bibl")
    parts = {etree.QName(el).localname: el.text for el in first}
    assert parts["author"] == "Mary Ward" and parts["title"] == "The Docks of Tyneside"
    assert parts["pubPlace"] == "London" and parts["publisher"] == "Harbour Press"
    assert first.get("corresp")
    [ibid] = _xp(result, "//t:note[@n='2']/t:bibl")
    assert ibid.get("corresp") == first.get("corresp")  # Ibid.: the work cited last


def test_closing_notes_still_go_to_back(tmp_path):
    text = ARTICLE[:ARTICLE.index("References")]
    result = _write(tmp_path, text, "closing.txt")
    assert _xp(result, "//t:back/t:div[@type='notes']/t:note/@n") == ["1", "2"]
    assert not _xp(result, "//t:body//t:note")


def test_a_long_quoted_passage_in_a_note_is_no_title():
    text = ("Town Gazette: “The fever took hold of the lower streets first, and within a week "
            "every house along the river had lost someone to it, or so the older people said.”")
    assert not any(c.title and c.title.startswith("The fever")
                   for c in read_references(text, 0, len(text), lambda t: False,
                                            lambda n: False))
    short = "“Low Tide.” By Mary Ward. London: Smith and Sons."
    [c] = read_references(short, 0, len(short), lambda t: False, lambda n: False)
    assert c.title == "Low Tide"


def test_web_and_print_render_the_notes_where_they_stand(tmp_path):
    result = _write(tmp_path, ARTICLE)
    html = render_page(result.tree, "text").decode("utf-8")
    page = etree.HTML(html)
    [notes] = page.xpath("//*[contains(@class, 'text-body')]//section[@class='source-notes']")
    assert [p.get("id") for p in notes.xpath(".//p[@class='note']")] == ["note-1", "note-2"]
    assert page.xpath("//a[@href='#note-1']")  # the marker links to its note
    fo = bytes(to_fo(result.tree))
    fo_root = etree.fromstring(fo)
    fo_ns = {"fo": "http://www.w3.org/1999/XSL/Format"}
    assert fo_root.xpath("//fo:block[@id='note-1']", namespaces=fo_ns)
    assert fo_root.xpath("//fo:basic-link[@internal-destination='note-1']", namespaces=fo_ns)


def test_a_number_glued_after_a_bracket_and_a_stop_is_a_marker():
    from edition.structure.notes import text_marker
    text = "as Smith showed (Smith 2015).3 Later work agrees."
    m = text_marker("3").search(text)
    assert m is not None and text[m.start():m.end()] == "3" and text[m.start() - 2] == ")"
    assert text_marker("3").search("a total of 1.3 million") is None
    assert text_marker("3").search("in (2015). 3 more") is None
