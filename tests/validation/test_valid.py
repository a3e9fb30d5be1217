# SPDX-License-Identifier: MIT
"""What must pass: sample.xml, the valid test documents, and the editions the encoder makes of the
seed and of the test articles pass all three checks, and each is valid against TEI All too (our
schema is a subset of TEI)."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.encoder import encode_path
from edition.validation import validate_bytes, validate_path, validate_tree

from support import assert_valid
from .conftest import ARTICLES, VALID


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_documents_pass_every_check(path):
    assert validate_path(path) == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_documents_are_valid_tei_all(path, tei_all):
    assert_valid(tei_all, etree.parse(str(path)))


def test_seed_edition_passes_the_grammars(seed_edition):
    assert validate_tree(seed_edition.tree, "seed", kinds=("rng", "xsd")) == []


def test_seed_edition_grammar_valid_is_tei_all_valid(seed_edition, tei_all):
    assert validate_bytes(seed_edition.tei, "seed", kinds=("rng",)) == []
    assert_valid(tei_all, seed_edition.tree)


def test_seed_edition_passes_schematron(seed_edition):
    problems = validate_bytes(seed_edition.tei, "seed.xml", kinds=("sch",))
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_test_articles_editions_pass_every_check_and_tei_all(article, tei_all):
    result = encode_path(article)
    problems = validate_bytes(result.tei, article.name)
    assert problems == [], "\n".join(map(str, problems))
    assert_valid(tei_all, result.tree)
