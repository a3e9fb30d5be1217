# SPDX-License-Identifier: MIT
"""Markup the schema refuses where it lands is left plain, with a warning — never the article
refused (edition/tei/unmark.py)."""

from __future__ import annotations

from lxml import etree

from edition.encoder import encode_source
from edition.tei.ns import tei
from edition.tei.unmark import unmark_refused
from edition.text.source import decode_source
from edition.validation import validate_tree
from edition.verify import check_lossless

TEXT = """Counting the Uncounted

By Ada Okafor

Print culture was never counted well (Okafor 2009).

References

Okafor, Ada. 2009. Counting the Uncounted. Quarterly Review of Print Culture 41.2, 201-219.
"""


def _encoded():
    source = decode_source(TEXT.encode(), "okafor.txt")
    return source, encode_source(source)


def test_a_quotation_inside_a_reference_entrys_title_is_unwrapped_and_its_text_kept():
    source, result = _encoded()
    tree = result.tree
    entry = tree.find(f".//{tei('listBibl')}/{tei('bibl')}")
    before = "".join(entry.itertext())
    # what a quotation rule would make of the quoted words of a title there: q with a supplied
    # closing mark, inside the title, where the schema allows none (libxml2 then also says the
    # entry "has extra content: author": the author stays marked)
    title = entry.find(tei("title"))
    q = etree.SubElement(title, tei("q"))
    q.text, title.text = title.text, None
    supplied = etree.SubElement(q, tei("supplied"), reason="omitted-in-source", resp="#edition")
    supplied.text = "”"
    assert validate_tree(tree, kinds=("rng",))  # the schema refuses it

    unmarked = unmark_refused(tree)

    assert [(u.tag, u.text) for u in unmarked] == [("q", "Counting the Uncounted”")]
    assert "no <q> inside <title>" in unmarked[0].reason
    assert "".join(entry.itertext()) == before  # the supplied mark went with its quotation
    assert validate_tree(tree, kinds=("rng", "sch")) == []
    assert check_lossless(source, tree) is None


def test_an_article_whose_reference_list_quotes_a_title_is_encoded():
    text = TEXT.replace("Ada. 2009. Counting the Uncounted. Quarterly Review of Print Culture 41.2,",
                        'Ada, "Counting the Uncounted," Quarterly Review of Print Culture 41.2 '
                        '(Winter 2009),')
    source = decode_source(text.encode(), "okafor.txt")
    result = encode_source(source)  # once refused: "internal error … the schema rejects"
    assert check_lossless(source, result.tree) is None
    assert validate_tree(result.tree, kinds=("rng", "sch"), source=result.tei) == []
