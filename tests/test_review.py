# SPDX-License-Identifier: MIT
"""``edition review``: every decision the encoder took on its own, with the [[override]] lines
that confirm or change it; confirmed, a decision is the editor's and leaves the review."""

import shutil
import subprocess
import sys

import pytest
from lxml import etree

from edition.encoder import encode_path
from edition.review import KINDS, as_toml, review, speakers_made
from support import SEED

CORPUS = SEED.parents[1] / "tests" / "data" / "corpus"
ARTICLES = [SEED, CORPUS / "news-warhol-polaroids.txt", CORPUS / "hob-labriola-communist-manifesto.txt",
            CORPUS / "report-jtei-presentation-myth.txt"]


def body_without_resp(result) -> bytes:
    """The body but for @resp, and for the persons' names the register now marks (the
    confirmation declares the speakers the encoder found as [[person]]s)."""
    body = result.tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}body")
    body = etree.fromstring(etree.tostring(body))
    etree.strip_tags(body, "{http://www.tei-c.org/ns/1.0}persName")
    for el in body.iter():
        el.attrib.pop("resp", None)
    return etree.tostring(body)


def test_the_review_lists_each_kind_of_judgement_on_the_seed():
    items = review(encode_path(SEED, places=True))
    assert {i.kind for i in items} == set(KINDS)
    for item in items:  # each at its place in the source, its words there
        line = SEED.read_text(encoding="utf-8").splitlines()[item.line - 1]
        assert " ".join(line[item.column - 1:].split()).lstrip("‘’“”\"'(").startswith(
            item.at.split()[0].lstrip("‘’“”\"'("))


def test_the_places_are_kept_only_when_asked_and_a_review_without_them_is_refused():
    # (issue 17: a place for every candidate, two to a paragraph of quotations, is a quarter of
    # an encode's memory; `edition encode` and the fidelity report need none)
    assert encode_path(SEED).places is None
    with pytest.raises(ValueError, match="places=True"):
        review(encode_path(SEED))
    assert encode_path(SEED, places=True).places


@pytest.mark.parametrize("source", ARTICLES, ids=lambda p: p.stem)
def test_confirming_every_decision_empties_the_review_and_changes_no_decision(tmp_path, source):
    before = encode_path(source, places=True)
    items = review(before)
    assert items
    text = tmp_path / source.name
    shutil.copy(source, text)
    editorial = source.with_suffix(".toml")
    head = editorial.read_text(encoding="utf-8") if editorial.exists() else "[edition]\n"
    if "\neditor = " not in head:  # overrides are an editor's: one who confirms names herself
        head = head.replace("[edition]\n", '[edition]\neditor = "Jo Reed"\n', 1)
    text.with_suffix(".toml").write_text(
        head + "\n" + as_toml(items, speakers_made(before)), encoding="utf-8")
    after = encode_path(text, places=True)
    # what is left is a question, not a decision: a citation that refers to no work
    assert [(i.kind, i.value) for i in review(after)] == [
        ("citation", None) for i in items if i.kind == "citation" and i.value is None]
    assert body_without_resp(after) == body_without_resp(before)
    assert after.tree.getroot().xpath("//t:body//*[@resp='#editor']",
                                      namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_review_command(tmp_path):
    out = subprocess.run([sys.executable, "-m", "edition", "review", str(SEED), "--kind", "heading"],
                         capture_output=True, text=True, check=True).stdout
    assert "== Section headings (6)" in out and "heading = false" in out
    assert "== Quotations" not in out
