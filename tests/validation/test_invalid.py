# SPDX-License-Identifier: MIT
"""What must fail: each document in tests/data/invalid/ breaks one rule, and says at its end
what `edition validate` reports (``expect: LINE:COLUMN KIND MESSAGE``). The report must be
exactly that: the right rule, at the right place, in the words an editor reads; and a
Schematron case is valid against both grammars (only its rule fails)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.validation import validate_path
from edition.validation.schemas import SCH, SCHEMATRON_NS as SCHEMATRON

from .conftest import INVALID

EXPECT = re.compile(r"^\s*expect: (\d+):(\d+) (rng|xsd|sch) (.*?)(?: -->)?$", re.M)


def expectations(path):
    return [(int(line), int(col), kind, message.replace("- -", "--"))
            for line, col, kind, message in EXPECT.findall(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_document_reports_what_it_expects(path):
    expected = expectations(path)
    assert expected, f"{path.name} states no expectation"
    found = [(p.line, p.column, p.kind, p.message) for p in validate_path(path)]
    assert found == expected


@pytest.mark.parametrize("path", [p for p in INVALID if p.stem.startswith("sch-")
                                  and p.stem != "sch-duplicate-id"], ids=lambda p: p.stem)
def test_schematron_cases_are_grammar_valid(path):
    assert validate_path(path, kinds=("rng", "xsd")) == []


@pytest.mark.parametrize("path", [p for p in INVALID if p.stem.startswith("rng-")],
                         ids=lambda p: p.stem)
def test_grammar_cases_fail_both_grammars_at_the_same_place(path):
    problems = validate_path(path)
    places = {kind: {(p.line, p.column) for p in problems if p.kind == kind}
              for kind in ("rng", "xsd")}
    assert places["rng"] and places["rng"] == places["xsd"]


def test_every_schematron_pattern_has_a_failing_document():
    """Each pattern of edition.sch is exercised by some document in tests/data/invalid/."""
    patterns = etree.parse(str(SCH)).getroot().findall(f"{{{SCHEMATRON}}}pattern")
    failing = {kind for path in INVALID for (_, _, kind, _) in expectations(path)}
    assert failing == {"rng", "xsd", "sch"}
    messages = " ".join(m for path in INVALID for (*_, m) in expectations(path))
    # One distinctive phrase of each pattern's messages, so that a new pattern needs a document.
    phrase = {"unique-ids": "is already used", "who": "@who=", "ref": "@ref=",
              "corresp": "@corresp=", "source": "@source=", "target": "@target=",
              "resp": "@resp=", "next": "@next=", "prev": "@prev=", "cit": "cit has no",
              "choice": "choice holds", "intervention-resp": "has no @resp",
              "source-digest": "sha256", "edition-date": "one date",
              "no-empty-p": "empty paragraph"}
    assert {p.get("id") for p in patterns} == set(phrase)
    for pattern, words in phrase.items():
        assert words in messages, pattern
