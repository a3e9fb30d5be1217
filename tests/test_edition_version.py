# SPDX-License-Identifier: MIT
"""The edition's version and its note style in the editorial file ([edition] version,
[edition] note_style), and the version in the TEI header: editionStmt, with the edition's one
date."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.editorial import load_editorial
from edition.encoder import encode_path
from edition.errors import EditionError
from edition.validation import validate_tree

from support import ROOT, SEED

ARTICLE = ROOT / "tests" / "data" / "articles" / "interview.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def encoded(tmp_path, editorial: str) -> etree._ElementTree:
    text = tmp_path / "interview.txt"
    text.write_bytes(ARTICLE.read_bytes())
    (tmp_path / "interview.toml").write_text(editorial, encoding="utf-8")
    return encode_path(text).tree


def test_a_version_gives_an_edition_statement_with_the_editions_date(tmp_path):
    tree = encoded(tmp_path, '[edition]\npublisher = "A Press"\ndate = 2026-03-01\n'
                             'version = "2.1"\n')
    edition = tree.find(".//t:fileDesc/t:editionStmt/t:edition", NS)
    assert edition.get("n") == "2.1"
    assert "".join(edition.itertext()) == "Version 2.1, 1 March 2026"
    assert edition.find("t:date", NS).get("when") == "2026-03-01"
    # one date: the publication's and the revision's are the same
    assert tree.xpath("//t:publicationStmt/t:date/@when | //t:revisionDesc/t:change/@when",
                      namespaces=NS) == ["2026-03-01", "2026-03-01"]
    # in TEI's order: after titleStmt, before extent and publicationStmt
    assert [etree.QName(e).localname for e in tree.find(".//t:fileDesc", NS)][:3] == [
        "titleStmt", "editionStmt", "extent"]
    assert validate_tree(tree, "interview", kinds=("rng", "xsd", "sch")) == []


def test_no_version_no_edition_statement(tmp_path):
    tree = encoded(tmp_path, '[edition]\npublisher = "A Press"\ndate = 2026-03-01\n')
    assert tree.find(".//t:editionStmt", NS) is None


def test_the_seed_declares_version_one(tmp_path):
    tree = encode_path(SEED).tree
    assert tree.xpath("//t:editionStmt/t:edition/@n", namespaces=NS) == ["1.0"]


def test_version_and_note_style_are_read_as_given(tmp_path):
    path = tmp_path / "e.toml"
    path.write_text('[edition]\nversion = "1.10"\nnote_style = "full"\n', encoding="utf-8")
    meta = load_editorial(path).metadata
    assert (meta.version, meta.note_style) == ("1.10", "full")
    path.write_text('[edition]\nid = "a"\n', encoding="utf-8")
    meta = load_editorial(path).metadata
    assert (meta.version, meta.note_style) == (None, None)  # the build's default: short


# "»" marks where the message must point: the line and column of the value (or the key)
PLACED = [
    ('[edition]\nid = "a"\nversion = »1.0\n',
     '[edition].version: must be text in quotes, such as "1.0", not a number'),
    ('[edition]\nversion = »2\n', '[edition].version: must be text in quotes, such as "1.0", '
                                  'not a whole number'),
    ('[edition]\nversion = »"  "\n', "[edition].version: must not be empty"),
    ('[edition]\nversion = »"""1.0\nbeta"""\n', "[edition].version: must be one line"),
    ('[edition]\n»versoin = "1.0"\n', "[edition]: unknown key 'versoin' (did you mean 'version'?)"),
    ('[edition]\nnote_style = »"brief"\n',
     "[edition].note_style: 'brief' is not a note style: give one of 'short', 'full'"),
    ('[edition]\nnote_style = »true\n', "[edition].note_style: must be text in quotes, not true "
                                        "or false"),
    ('[edition]\n»notes_style = "full"\n', "did you mean 'note_style'?"),
]


@pytest.mark.parametrize("marked, message", PLACED)
def test_a_bad_value_is_an_error_at_its_line(tmp_path, marked, message):
    before = marked[:marked.index("»")]
    line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
    path = tmp_path / "e.toml"
    path.write_text(marked.replace("»", ""), encoding="utf-8")
    with pytest.raises(EditionError) as err:
        load_editorial(path)
    assert str(err.value).startswith(f"{path}:{line}:{column}: "), str(err.value)
    assert message in str(err.value)
