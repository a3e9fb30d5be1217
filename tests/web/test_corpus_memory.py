# SPDX-License-Identifier: MIT
"""What a corpus build holds in memory does not grow with the corpus's text: it keeps each
text's digest light (no search entries, no register names: read again from the digest's file
when the text's shard is indexed), and the archive's teiCorpus is written a text at a time.
Whatever it holds, the files it makes are those the whole digests make, byte for byte."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from edition.errors import EditionError
from edition.render import catalogue, pagefind_index
from edition.render.digest import DIGESTS, Digest, complete, light, stored


def whole(site) -> list[Digest]:
    return [Digest.from_json(p.read_bytes()) for p in sorted((site.root / DIGESTS).glob("*.json"))]


def test_light_digests_are_read_back_whole_from_their_files(site):
    digests = whole(site)
    kept = stored(site.root)
    assert [d.search for d in kept] == [None] * len(digests)
    assert [complete(d, site.root / "elsewhere", site.root) for d in kept] == digests


def test_a_light_digest_whose_file_is_gone_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(EditionError, match="digest of 'gone' is missing") as err:
        complete(light(Digest("gone", "Gone", "")), tmp_path)
    assert err.value.path == str(tmp_path / DIGESTS / "gone.json")


def test_light_digests_give_pagefind_the_pages_whole_ones_give(site, tmp_path):
    """Three shards of two texts and their directory: every page given to Pagefind the same
    (the digests of them it keeps, STAMPS; Pagefind's own files differ from run to run)."""
    digests = whole(site)
    assert len(digests) > 4
    stamps = []
    for kind, given in (("whole", digests), ("light", [light(d) for d in digests])):
        pagefind_index.build_index(given, tmp_path / kind, shard_size=2, folders=(site.root,))
        stamps.append(json.loads((tmp_path / kind / pagefind_index.FOLDER
                                  / pagefind_index.STAMPS).read_text(encoding="utf-8")))
    assert sorted(stamps[0]["shards"]) == ["1", "2", "3", pagefind_index.DIRECTORY]
    assert stamps[1] == stamps[0]


def test_the_corpus_file_is_the_whole_tree_serialised(site):
    """corpus.xml, written a text at a time, is what the teiCorpus built whole would be."""
    digests = stored(site.root)
    found = catalogue.records(digests, site.root)
    written = catalogue.tei_corpus(found, digests, "Articles", "2000-01-01")
    expected = etree.fromstring(catalogue.tei_corpus(found, [], "Articles", "2000-01-01"),
                                etree.XMLParser(remove_blank_text=True))  # its header alone
    for digest in digests:
        expected.append(catalogue.text_entry(digest))
    assert written == etree.tostring(expected, xml_declaration=True, encoding="UTF-8",
                                     pretty_print=True)
    assert written.count(b"<TEI ") == len(digests)
