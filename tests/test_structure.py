# SPDX-License-Identifier: MIT
"""The block rules: opening lines, headings, sections, lists — on the seed and on other layouts."""

import pytest

from edition.structure import ListBlock, recognise
from edition.structure.dates import parse_date
from edition.structure.headings import is_heading
from edition.text.blocks import Block, split_blocks
from edition.text.source import read_source

from support import SEED


def doc_of(text):
    return recognise(split_blocks(text))


@pytest.fixture(scope="module")
def seed_doc():
    return doc_of(read_source(SEED).text)


def test_seed_opening_lines(seed_doc):
    opening = seed_doc.opening
    assert opening.author.text == "Gerry Healy"
    assert opening.title.text == "How Stalin Betrayed October"
    line = opening.source_line
    assert (line.journal[1], line.volume, line.issue, line.date[1], line.when) == (
        "Marxist Monthly", "1", "4", "June 1988", "1988-06")


def test_seed_headings_indented_and_flush_left(seed_doc):
    heads = [s.head.text for s in seed_doc.sections if s.head is not None]
    assert heads == [
        "Full Support For Stalin",
        "Who Was Stalin? Some Historical Confusion",
        "A Chronicle of Bureaucratic Brutality",
        "Stalin and the ‘Cult of the Individual’",
        "‘Orphans of October’ – Vanguard of the Political",
        "‘Leninist Levy’ Strengthens the Bureaucracy",
    ]
    assert seed_doc.sections[0].head is None  # the text before the first heading
    flush = [s.head for s in seed_doc.sections if s.head is not None and not s.head.indent]
    assert [h.text for h in flush] == ["Who Was Stalin? Some Historical Confusion"]


def test_seed_paragraph_blocks_and_list(seed_doc):
    items = [i for lst in seed_doc.lists() for i in lst.items]
    assert len(seed_doc.paragraphs()) + len(items) == 49
    assert [i.label for i in items] == ["a)", "b)", "c)"]
    assert items[0].block.text[items[0].item_start:].startswith("The revolution got no direct help")


@pytest.mark.parametrize("line, heading", [
    ("Full Support For Stalin", True),
    ("Who Was Stalin? Some Historical Confusion", True),
    ("‘Orphans of October’ – Vanguard of the Political", True),
    ("Notes", True),
    ("Trotsky explains further:-", False),
    ("Then a process of external retardations set in. These were as follows,", False),
    ("This process developed in the following way, as Trotsky describes:", False),
    ("It was a shame.", False),
    ("a) The Revolution Got No Help", False),
    ("the lower-case start of a line", False),
])
def test_heading_shapes(line, heading):
    assert is_heading(Block(line, 0, len(line), "", 1)) is heading


def test_title_then_byline_then_dateline_article():
    doc = doc_of("The Coming Storm\n\nBy Jane Q. Writer\n\nIt was a dark night. The rain fell.\n\n"
                 "  Aftermath  \n\nMorning came.\n")
    assert doc.opening.title.text == "The Coming Storm"
    assert doc.opening.author.text == "By Jane Q. Writer"
    assert doc.opening.source_line is None
    assert [s.head.text if s.head else None for s in doc.sections] == [None, "Aftermath"]


def test_source_line_with_full_date_and_no_volume():
    doc = doc_of("Anna Smith\n\nOn Rivers\n\n(The Weekly Review, March 13, 1988)\n\nRivers run. They do.")
    line = doc.opening.source_line
    assert line.journal[1] == "The Weekly Review" and line.when == "1988-03-13"
    assert line.volume is None and line.issue is None
    assert doc.opening.author.text == "Anna Smith"


def test_text_without_opening_lines():
    doc = doc_of("This text starts straight away with a paragraph. It has no title.\n\nSecond one.")
    assert doc.opening.blocks == [] and doc.opening.missing == ["author", "title", "source line"]
    assert len(doc.paragraphs()) == 2


def test_numbered_list_and_a_lone_numbered_paragraph():
    doc = doc_of("1. First point.\n\n2. Second point.\n\nPlain.\n\n1. Not a list alone.")
    content = doc.sections[0].content
    assert isinstance(content[0], ListBlock) and [i.label for i in content[0].items] == ["1.", "2."]
    assert not isinstance(content[-1], ListBlock)


@pytest.mark.parametrize("text, iso", [
    ("June 1988", "1988-06"), ("March 13, 1988", "1988-03-13"), ("13 March 1988", "1988-03-13"),
    ("1924", "1924"), ("Sept. 1, 1939", "1939-09-01"), ("Smarch 1988", None), ("June 32, 1988", None),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_numbered_lines_inside_one_block_are_a_list():
    from edition.structure.model import ListBlock
    doc = doc_of("A Title Here\n\nBy Ann Writer\n\nThe results were as follows:\n\n"
                 "1. The motion was carried.\n2. The minority walked out.\n3. The paper was "
                 "closed.\n\nThat was the end of it, and everyone went home after a long day.\n")
    lists = [n for s in doc.sections for n in s.content if isinstance(n, ListBlock)]
    assert [[i.label for i in lst.items] for lst in lists] == [["1.", "2.", "3."]]
    assert lists[0].items[1].block.text == "2. The minority walked out."


def test_a_wrapped_paragraph_whose_lines_are_not_labelled_in_order_stays_a_paragraph():
    from edition.structure.model import ListBlock
    doc = doc_of("A Title Here\n\nBy Ann Writer\n\n1. The motion was carried and the\n"
                 "3. minority walked out of the hall in anger.\n")
    assert not [n for s in doc.sections for n in s.content if isinstance(n, ListBlock)]


def test_bulleted_lines_and_paragraphs_make_an_unordered_list():
    from edition.structure.model import ListBlock

    body = "The author writes a paragraph of ordinary prose here, long enough to count as one."
    for text in ("- The Mill Portal: https://example.org\n- Source code for the portal\n- The standards",
                 "• The Mill Portal\n\n• Source code for the portal\n\n• The standards"):
        doc = recognise(split_blocks(body + "\n\n" + text + "\n\n" + body))
        lists = [n for s in doc.sections for n in s.content if isinstance(n, ListBlock)]
        assert [(x.type, [i.label for i in x.items]) for x in lists] == [("unordered", [text[0]] * 3)]
    # one bullet line is a paragraph; an em dash opens no item; mixed bullets make no list
    for text in ("- Only one item here", "— Jane Smith, Letters\n— John Doe, Essays",
                 "- The Mill Portal\n* Source code"):
        doc = recognise(split_blocks(body + "\n\n" + text + "\n\n" + body))
        assert not [n for s in doc.sections for n in s.content if isinstance(n, ListBlock)]
