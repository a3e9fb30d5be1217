# SPDX-License-Identifier: MIT
"""A corpus build holds no digest: it is given the digests' files, gathers the holdings (a small
record per text; headers and register entries on disk, each entry once) and writes the
catalogue, the archive and the sitemap a text, or a file, at a time. The files are those the
digests held whole in memory make, byte for byte."""

from __future__ import annotations

import shutil

import pytest

from edition.errors import EditionError
from edition.render import browse, catalogue, sitemap
from edition.render.digest import DIGESTS, Digest, DigestFiles, files
from edition.render.holdings import Holdings
from edition.render.html import WebSettings
from edition.render.site import build_corpus
from test_corpus_browse import digests as made_up

CORPUS_PAGES = ("index.html", "persons.html", "works.html", "search.html", "sitemap.xml",
                catalogue.CATALOGUE, catalogue.CATALOGUE_CSV, catalogue.ARCHIVE)


def test_the_pages_from_the_digests_files_are_those_from_the_digests_whole(site):
    """The site was built as edition build does (the digests' files); built again from every
    digest whole in memory, beside it, every corpus page is the same."""
    whole = [Digest.from_json(p.read_bytes()) for p in sorted((site.root / DIGESTS).glob("*.json"))]
    assert len(whole) > 4 and [d.name for d in whole] == files(site.root).names
    again = site.root / ".whole-check"
    try:
        build_corpus(whole, again, WebSettings(date="2000-01-01"))
        made = [*CORPUS_PAGES, *(f"{browse.FOLDER}/{p.name}"
                                 for p in sorted((site.root / browse.FOLDER).glob("*.html")))]
        assert len(made) > len(CORPUS_PAGES)
        for page in made:
            assert (again / page).read_bytes() == (site.root / page).read_bytes(), page
    finally:
        shutil.rmtree(again, ignore_errors=True)


def test_a_register_entry_is_held_once_with_its_first_texts_and_their_count(tmp_path):
    texts = made_up(60)  # person 1 named in every text, person n in text n
    with Holdings(texts, tmp_path) as holdings:
        assert holdings.names == [d.name for d in texts] and len(holdings) == 60
        first = holdings.registers["person"]["p1"]
        assert first.count == 60
        assert first.holders() == [(n, 2) for n in range(browse.IN_LIST)]
        assert holdings.entry(first).findtext("{*}persName") == "Forename1 Lurname1"
        assert holdings.digest(7) == Digest(texts[7].name, texts[7].title, texts[7].header)
        assert list(holdings.groups["year"]) == ["1900", "1901", "1902"]
        assert list(holdings.groups["year"]["1901"]) == list(range(1, 60, 3))
    assert not list(tmp_path.iterdir())  # the spool is gone with them


def test_the_catalogue_written_a_text_at_a_time_is_the_whole_lists_serialised(site, tmp_path):
    texts = files(site.root)
    found = catalogue.records(texts, site.root)
    written = catalogue.write(tmp_path, iter(texts), len(texts), "Articles", "2000-01-01",
                              site.root)
    assert [p.name for p in written] == [catalogue.CATALOGUE, catalogue.CATALOGUE_CSV,
                                         catalogue.ARCHIVE]
    assert (tmp_path / catalogue.CATALOGUE).read_bytes() == catalogue.catalogue_json(found)
    assert (tmp_path / catalogue.CATALOGUE_CSV).read_bytes() == catalogue.catalogue_csv(found)
    listed = catalogue.catalogue_json(found)
    corpus = catalogue.tei_corpus(found, texts, "Articles", "2000-01-01")
    catalogue.write_archive(tmp_path / "whole.tar.gz", found, corpus, listed, "2000-01-01")
    assert (tmp_path / catalogue.ARCHIVE).read_bytes() == (tmp_path / "whole.tar.gz").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [catalogue.CATALOGUE, catalogue.CATALOGUE_CSV, catalogue.ARCHIVE, "whole.tar.gz"])


def test_the_catalogue_of_no_text_is_the_empty_lists(tmp_path):
    catalogue.write(tmp_path, [], 0, "Articles", "2000-01-01")
    assert (tmp_path / catalogue.CATALOGUE).read_bytes() == catalogue.catalogue_json([])
    assert (tmp_path / catalogue.CATALOGUE_CSV).read_bytes() == catalogue.catalogue_csv([])


def test_the_sitemap_made_a_file_at_a_time_splits_as_the_protocol_wants():
    paths = [f"text-{n}/index.html" for n in range(2 * sitemap.PER_FILE + 1)]
    assert list(sitemap.sitemaps(paths[:sitemap.PER_FILE])) == [sitemap.SITEMAP]
    made = sitemap.sitemaps(paths)
    assert list(made) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", sitemap.SITEMAP]
    assert made["sitemap-3.xml"].count(b"<loc>") == 1
    assert made[sitemap.SITEMAP].count(b"<loc>sitemap-") == 3


def test_a_digest_file_that_is_gone_is_an_error_naming_it_when_read(tmp_path):
    gone = DigestFiles(["gone"], tmp_path)
    assert len(gone) == 1 and gone[:1].names == ["gone"]
    with pytest.raises(EditionError, match="digest of 'gone' is missing") as err:
        list(gone)
    assert err.value.path == str(tmp_path / DIGESTS / "gone.json")
