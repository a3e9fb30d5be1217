# SPDX-License-Identifier: MIT
"""An epigraph's or an extract's attribution at the end of its block is a citation of what it
names (edition/markup/citations.py, find_attribution). Invented examples."""

from __future__ import annotations

import pytest

from edition.markup.citations import find_attribution


@pytest.mark.parametrize("text, cited", [
    ("All that exists is One.\n                        THE VEDAS.", "THE VEDAS."),
    ("“Behold, thou requirest truth.”—Psalm li. 6.", "—Psalm li. 6."),
    ("The sea was calm that night,\nand no one slept.\n— Jane Smith, Collected Letters",
     "— Jane Smith, Collected Letters"),
    # a source in square brackets after a dash, closing a quoted extract
    ("'The mills commend themselves to every class.'--[Mill Repository, vol. i. p. 67.]",
     "--[Mill Repository, vol. i. p. 67.]"),
])
def test_attributions(text, cited):
    found = find_attribution(text)
    assert found is not None and found.text == cited
    assert found.title == cited.lstrip("—–- [").rstrip(".]")


def test_a_handle_and_the_title_of_the_piece_quoted():
    found = find_attribution("    The mill is ours to keep. (...) Keep it well.\n"
                             "    \u2014 @millwright, \u201cGrowing a mill\u2019s community\u201d")
    assert found is not None and found.title == "Growing a mill\u2019s community" and found.level == "a"
    assert [s.tag for s in found.spans] == ["title"]
    # a handle and what the words were about: no work
    assert find_attribution("    The mill is ours to keep.\n    \u2014 @millwright on the mill's future") is None


def test_idem_in_square_brackets_is_the_work_cited_last():
    found = find_attribution("'our belief is the same as theirs.'--[Idem, p. 227.]")
    assert (found.kind, found.text) == ("ibid", "--[Idem, p. 227.]")
    assert find_attribution("It rained--[then] it stopped.") is None


@pytest.mark.parametrize("text", [
    "‘Orphans of October’ – Vanguard of the Political",  # a heading: a dash after a space
    "He came home late—Tuesday, I think.",  # a dash inside the author's sentence
    "— Jane Smith",  # a line of its own
    "The first line of a paragraph,\n    and its second, indented a little.",
    "One line\n                        and then a long line of ordinary prose that goes on and "
    "on well past ten words of it.",
])
def test_not_attributions(text):
    assert find_attribution(text) is None


def test_the_last_line_of_a_verse_set_in_is_no_attribution():
    text = "“Thanks, thanks to thee, my worthy friend,\n      For the lesson thou hast taught,'"
    assert find_attribution(text) is None


def test_a_dashed_line_under_an_indented_extract_is_its_attribution():
    from edition.structure import recognise
    from edition.structure.model import Paragraph
    from edition.text.blocks import split_blocks

    prose = ("The mills of the valley were built in the last century, and they have been\n"
             "working ever since, through floods and droughts, by day and by night.")
    text = ((prose + "\n\n") * 3 + "The law reads as follows, and it has not changed since.\n\n"
            "    “If any person shall levy war against the mills, such person shall be\n"
            "    adjudged guilty, and shall suffer a fine.”\n\n"
            "    —Statute, April 30, 1790, Section 1.\n\n"
            "It would be a sufficient answer to this enactment to say that it is void.\n\n" + prose)
    paragraphs = [n for s in recognise(split_blocks(text)).sections for n in s.content
                  if isinstance(n, Paragraph)]
    line = next(p for p in paragraphs if p.block.text.startswith("—"))
    assert (line.attribution, line.block_quote) == ("under", False)


def test_a_signature_with_a_quoted_nickname_keeps_its_marks_and_the_quotation_its_source(tmp_path):
    from support import encode_text
    from edition.validation import validate_tree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("Mills\n\nBy Ann Cole\n\nThe navigators changed the work of the mill, and its site "
            "lead put it in a sentence we keep on the wall:\n\n"
            "    Adding capacity means adding a dish to a bowl to catch the overflow of the mill.\n\n"
            "    – Kate “Jet” Reed, Mill Site Lead\n\n"
            "The mill has kept the navigators on since, and the valley has gained by it.\n")
    root = encode_text(tmp_path, text)
    assert validate_tree(root, kinds=("rng", "xsd", "sch")) == []
    bibl, = root.xpath("//t:body//t:p/t:bibl", namespaces=ns)
    assert bibl.xpath("string(t:q)", namespaces=ns) == "“Jet”"
    quote, = root.xpath("//t:body//t:quote", namespaces=ns)
    assert quote.get("source") == "#" + bibl.get("{http://www.w3.org/XML/1998/namespace}id")
