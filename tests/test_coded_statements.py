# SPDX-License-Identifier: MIT
"""Rule "coded-statements": a qualitative study's participants' words, printed without
quotation marks and closed by the participant's code (``… (P1).``), are speech by the person the
code names. Invented texts through the whole encoder."""

from __future__ import annotations

import pytest

from edition.structure.statements import statements
from edition.text.source import Source
from edition.validation import validate_tree
from edition.verify import check_lossless
from support import assert_valid, encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
OPENING = "Learning to Listen in the Ward\n\nBy Ana Silva\n\n"
STUDY = (
    "The nurses found the booklet useful in their daily work with families:\n\n"
    "We had nothing written to give the parents before, and now we do (P2); It made the talks "
    "easier for me (N4).\n\n"
    "Others spoke of the time it took:\n\n"
    "I read it at home, because there was no time on the ward (Participant 7, night shift).\n\n"
    "The booklet was reprinted the next year.\n")


@pytest.mark.parametrize("text, expected", [
    ("We had it before (P2); It helped me (N4).", [(0, 16, "P2"), (23, 35, "N4")]),
    ("I read it at home (Participant 7, night shift).", [(0, 17, "Participant 7")]),
    ("We lose people every year (ERS2-4).", [(0, 25, "ERS2-4")]),  # a group and its member
    ("Trust raises the intention to use (H1) in every group we asked.", None),  # not at the end
    ("The intention to use rises with trust (H1).", [(0, 37, "H1")]),  # a shape only: the rule asks more
    ("No code here.", None),
])
def test_statements_are_read_up_to_their_codes(text, expected):
    assert statements(text) == expected


def test_each_statement_is_its_participants_said(tmp_path, tei_all):
    text = OPENING + STUDY
    root = encode_text(tmp_path, text)
    said = root.xpath("//t:body//t:said", namespaces=NS)
    assert ["".join(s.itertext()) for s in said] == [
        "We had nothing written to give the parents before, and now we do",
        "It made the talks easier for me",
        "I read it at home, because there was no time on the ward"]
    names = {p.get("{http://www.w3.org/XML/1998/namespace}id"): "".join(p.xpath("t:persName//text()", namespaces=NS))
             for p in root.xpath("//t:listPerson/t:person", namespaces=NS)}
    assert [names[s.get("who")[1:]] for s in said] == ["P2", "N4", "Participant 7"]
    assert validate_tree(root, kinds=("rng", "sch")) == []
    assert check_lossless(Source(path=tmp_path / "article.txt", text=text, sha256="0" * 64), root) is None
    assert_valid(tei_all, root)


def test_labels_that_are_no_participants_stay_text(tmp_path):
    # hypotheses' labels: no first person, no lead-in with a colon
    text = OPENING + ("Trust in the booklet raises the intention to use it (H1).\n\n"
                      "The intention to use it raises its use on the ward (H2).\n\n"
                      "Both held in the survey.\n")
    root = encode_text(tmp_path, text)
    assert root.xpath("//t:body//t:said", namespaces=NS) == []
    # one coded statement alone is no study's way of quoting
    text = OPENING + "They said so:\n\nWe had nothing to give them (P2).\n\nThat changed.\n"
    root = encode_text(tmp_path, text)
    assert root.xpath("//t:body//t:said", namespaces=NS) == []
