# SPDX-License-Identifier: MIT
"""Rule "lineation": a block quotation set line by line (verse, an address) keeps its line breaks
as ``lb``, which the web, print and EPUB editions render as line breaks; a wrapped block
quotation runs on. Invented texts through the whole encoder and the real stylesheets."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.render.fo import to_fo
from edition.render.html import render_page
from edition.structure.lineation import set_by_line
from edition.text.source import Source
from edition.validation import validate_tree
from edition.verify import check_lossless
from support import assert_valid, encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
OPENING = "The Mill Poems\n\nBy Ann Cole\n\n"
LEAD = ("The miller's daughter, who had read every book in the valley, wrote these lines on the "
        "wall of the mill in the year the river rose, and they are there still:")
VERSE = ("    Ye Wheels! that far below me turn and pause,\n"
         "      Whose patient march no flood may now control!\n"
         "    Ye Waters! that wheresoe'er ye roll,\n"
         "      Yield homage only to the miller's laws!")
WRAPPED = ("    The mill stood at the bend of the river for two hundred years, and in all that\n"
           "    time it never once stopped turning, save in the great frost, when the wheel\n"
           "    froze fast and the miller went down to the town for the winter.")


@pytest.mark.parametrize("text, expected", [
    (VERSE, True),
    (WRAPPED, False),
    ("Miss COLE,\nThe Mill House,\nLeeds.", True),  # an address
    ("One line only", False),
])
def test_lines_set_one_by_one_are_told_from_wrapped_lines(text, expected):
    assert set_by_line(text) is expected


def _encode(tmp_path, block: str):
    text = f"{OPENING}{LEAD}\n\n{block}\n\nThe lines were painted over in the end, but the miller knew them by heart.\n"
    root = encode_text(tmp_path, text)
    assert validate_tree(root, kinds=("rng", "sch")) == []
    assert check_lossless(Source(path=tmp_path / "article.txt", text=text, sha256="0" * 64), root) is None
    return root


def test_verse_keeps_its_lines_as_lb_valid_tei_all_and_lossless(tmp_path, tei_all):
    root = _encode(tmp_path, VERSE)
    p, = root.xpath("//t:body//t:quote/t:p", namespaces=NS)
    assert len(p.xpath(".//t:lb", namespaces=NS)) == 3  # each line after the first
    assert p.xpath("t:lb[1]/preceding-sibling::text()", namespaces=NS)[-1].endswith("pause,")
    assert_valid(tei_all, root)
    # wrapped lines run on: no lb
    root = _encode(tmp_path, WRAPPED)
    assert root.xpath("//t:body//t:quote", namespaces=NS) and not root.xpath("//t:lb", namespaces=NS)


def test_the_editions_break_the_line_where_the_source_did(tmp_path):
    root = _encode(tmp_path, VERSE)
    tree = etree.ElementTree(root)
    html = etree.HTML(render_page(tree, "text"))
    quote, = html.xpath("//blockquote")
    assert len(quote.xpath(".//br")) == 3
    fo = etree.fromstring(bytes(to_fo(tree)))
    ns = {"fo": "http://www.w3.org/1999/XSL/Format"}
    lines = fo.xpath("//fo:block[fo:block[not(node())]][contains(., 'Ye Wheels')]", namespaces=ns)
    assert len(lines) == 1 and len(lines[0].xpath("fo:block[not(node())]", namespaces=ns)) == 3
