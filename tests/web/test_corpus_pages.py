# SPDX-License-Identifier: MIT
"""The corpus pages are reduced from each document's digest: one entry per person or work across
the documents, each document linked with its number of places, in the order of the sources."""

from __future__ import annotations

import lxml.html
import pytest

from edition.build import BuildSettings, build
from edition.encoder import encode_path
from edition.render.digest import Digest, digest_path, reduce
from edition.render.html import WebSettings
from edition.tei.ns import XML_ID
from support import SEED


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    """The seed's TEI under two names: every person and work is in both documents."""
    encoded = encode_path(SEED)
    sources = tmp_path_factory.mktemp("tei")
    for name in ("first", "second"):
        tree = encoded.tree.getroot().getroottree()
        tree.getroot().set(XML_ID, name)
        (sources / f"{name}.xml").write_bytes(lxml.etree.tostring(tree, encoding="UTF-8"))
    out = tmp_path_factory.mktemp("site")
    build([sources / "first.xml", sources / "second.xml"], out,
          BuildSettings(outputs=("web",), web=WebSettings(date="2000-01-01")))
    return out


def entry(page, ident):
    element = page.get_element_by_id(ident)
    return [(a.get("href"), (a.tail or "").rstrip(", ")) for a in element.xpath(".//p[@class='index-occurrences']/a")]


def test_a_person_in_two_documents_is_one_entry_linking_both(twice):
    persons = lxml.html.parse(str(twice / "persons.html")).getroot()
    assert len(persons.xpath("//li[@id='stalin']")) == 1
    assert entry(persons, "stalin") == [("first/persons.html#stalin", " (47)"),
                                       ("second/persons.html#stalin", " (47)")]
    names = [" ".join(li.xpath("string(.//strong)").split())
             for li in persons.xpath("//li[@class='index-entry']")]
    assert names == sorted(names, key=str.casefold)  # by the index name: surname first
    assert names[0].startswith("Andreyeva") and "Stalin, Joseph" in names


def test_a_work_in_two_documents_is_one_entry_linking_both(twice):
    works = lxml.html.parse(str(twice / "works.html")).getroot()
    links = entry(works, "w-stalin-school")
    assert [href for href, _ in links] == ["first/works.html#w-stalin-school",
                                           "second/works.html#w-stalin-school"]


def test_digests_are_kept_and_read_back_equal(twice):
    digest = Digest.from_json(digest_path(twice, "first").read_bytes())
    assert digest.name == "first" and digest.title == "How Stalin Betrayed October"
    assert ("stalin", 47) in [(ident, places) for ident, places, _ in digest.persons]
    assert digest.search and all(not e["href"].startswith("first/") for e in digest.search)
    assert Digest.from_json(digest.to_json()) == digest
    corpus = reduce([digest, digest]).getroot()
    assert len(corpus) == 4  # two TEI headers, the persons, the works
