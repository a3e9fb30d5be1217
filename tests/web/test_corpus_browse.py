# SPDX-License-Identifier: MIT
"""Browsing a large corpus: lists paged (by the sources' order, year, author, publication),
persons and works by letter, no page over 1 MB or over a few hundred entries, every page a
few clicks from the start page and in the sitemap; the corpus for harvesters: the catalogue
and the archive of every text's TEI with a teiCorpus header, valid TEI, the same bytes twice.

The large corpus here is made of digests (what a text's build leaves for the corpus pages),
written for 650 texts, so that the corpus pages are built without encoding 650 texts."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag

import lxml.html
import pytest
from lxml import etree

from edition.render import browse, catalogue
from edition.render.digest import DIGESTS, Digest
from edition.render.html import WebSettings
from edition.render.site import build_corpus
from web_helpers import html

TEXTS = 650
T = "http://www.tei-c.org/ns/1.0"


def header(n: int) -> str:
    author = f"Author{n % 420:03d} Surname{'ABCDEFGHIJ'[n % 10]}{n % 420:03d}"
    return (f'<teiHeader xmlns="{T}"><fileDesc><titleStmt><title type="main">Article {n}</title>'
            f'<author>{author}</author></titleStmt><publicationStmt><p>x</p></publicationStmt>'
            f'<sourceDesc><bibl type="source"><author>{author}</author>'
            f'<title level="a">Article {n}</title><title level="j">Journal {n % 7}</title>'
            f'<date when="{1900 + n % 3}-05">May {1900 + n % 3}</date></bibl></sourceDesc>'
            f'</fileDesc></teiHeader>')


def person(n: int) -> tuple[str, int, str]:
    return (f"p{n}", 2, f'<person xmlns="{T}" xml:id="p{n}"><persName>Forename{n} '
                        f'{"KLMNOPQRST"[n % 10]}urname{n}</persName></person>')


def digests(count: int = TEXTS) -> list[Digest]:
    # 500 persons, person 1 named in every text (more than an entry lists)
    return [Digest(f"text-{n:04d}", f"Article {n}", header(n),
                   persons=[person(1), person(n % 500)] if n % 500 != 1 else [person(1)],
                   works=[(f"w{n % 30}", 1, f'<bibl xmlns="{T}" xml:id="w{n % 30}"><title>Work '
                                            f'{n % 30}</title></bibl>')])
            for n in range(count)]


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("big")
    build_corpus(digests(), out, WebSettings(date="2000-01-01"))
    return out


def corpus_pages(root: Path) -> list[Path]:
    return sorted([*root.glob("*.html"), *(root / browse.FOLDER).glob("*.html")])


def test_no_page_is_over_a_megabyte_or_lists_more_than_a_page_of_entries(big):
    pages = corpus_pages(big)
    assert len(pages) > 20
    for path in pages:
        assert path.stat().st_size < 1_000_000, path
        page = html(path)
        for entries in ("//li[@class='corpus-entry']", "//li[@class='index-entry']",
                        "//ul[@class='browse-groups']/li"):
            assert len(page.xpath(entries)) <= browse.PAGE, (path, entries)
        for entry in page.xpath("//p[@class='index-occurrences']"):
            assert len(entry.xpath("a[not(@class)]")) <= browse.IN_LIST, path


def test_every_article_is_listed_in_each_way_of_browsing(big):
    listed = {"all": [], "year": [], "author": [], "publication": []}
    for path in corpus_pages(big):
        name = path.name
        kind = ("all" if name == "index.html" or name.startswith("articles") else
                next((k for k in ("year", "author", "publication") if name.startswith(f"{k}-")),
                     None))
        if kind:
            listed[kind] += [a.split("/")[-2] for a in html(path).xpath(
                "//li[@class='corpus-entry']/h2/a/@href")]
    for kind, names in listed.items():
        assert sorted(names) == [f"text-{n:04d}" for n in range(TEXTS)], kind


def test_every_page_is_a_few_clicks_from_the_start_page(big):
    pages = {p.resolve() for p in corpus_pages(big)}
    depth = {(big / "index.html").resolve(): 0}
    todo = deque(depth)
    while todo:
        path = todo.popleft()
        for href in html(path).xpath("//a/@href"):
            target = (path.parent / urldefrag(href)[0]).resolve()
            if target in pages and target not in depth:
                depth[target] = depth[path] + 1
                todo.append(target)
    assert set(depth) == pages, sorted(str(p) for p in pages - set(depth))[:5]
    assert max(depth.values()) <= 5


def test_persons_are_split_by_letter_and_a_much_named_one_leads_to_the_search(big):
    hub = html(big / "persons.html")
    letters = hub.xpath("//ul[@class='browse-groups']/li/a")
    assert [a.text for a in letters] == list("KLMNOPQRST")
    assert hub.xpath("//ul[@class='browse-groups']/li/a/@href")[0] == "browse/persons-k.html"
    k = html(big / "browse" / "persons-k.html")
    names = [" ".join(s.text_content().split()) for s in k.xpath("//li[@class='index-entry']//strong")]
    assert names and all(name.startswith("Kurname") for name in names)
    assert names == sorted(names, key=str.casefold)
    more = html(big / "browse" / "persons-l.html").xpath("//li[@id='p1']//a[@class='index-more']")
    assert more and more[0].get("href") == "../search.html?person=Forename1%20Lurname1"
    assert f"and {TEXTS - browse.IN_LIST} more" in more[0].text_content()


def test_the_sitemap_lists_every_page(big):
    sitemap = etree.parse(str(big / "sitemap.xml"))
    locs = set(sitemap.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}))
    assert {str(p.relative_to(big)) for p in corpus_pages(big)} <= locs
    assert {f"text-{n:04d}/index.html" for n in range(TEXTS)} <= locs


def test_a_long_pager_reaches_far_pages_in_few_steps():
    assert browse._window(1, 500) == [1, 2, 3, 4, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500]


def test_the_catalogue_has_one_record_per_text_with_its_checksum(site):
    data = json.loads((site.root / catalogue.CATALOGUE).read_bytes())
    names = sorted(p.stem for p in (site.root / DIGESTS).glob("*.json"))
    assert sorted(r["id"] for r in data["texts"]) == names
    for record in data["texts"]:
        tei = site.root / record["tei"]
        assert hashlib.sha256(tei.read_bytes()).hexdigest() == record["sha256"]
        assert set(record) == set(catalogue.FIELDS)
    seed = next(r for r in data["texts"] if r["id"] == site.name)
    assert seed["title"] == "How Stalin Betrayed October" and seed["year"] == "1988"
    assert seed["authors"] == ["Gerry Healy"] and seed["source"] == "Marxist Monthly"
    rows = (site.root / catalogue.CATALOGUE_CSV).read_text(encoding="utf-8").splitlines()
    assert rows[0].split(",") == list(catalogue.FIELDS) and len(rows) == len(names) + 1


def test_the_archive_holds_every_text_and_a_valid_tei_corpus_listing_them(site, tei_all,
                                                                           tmp_path):
    with tarfile.open(site.root / catalogue.ARCHIVE) as archive:
        members = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}
    names = sorted(p.stem for p in (site.root / DIGESTS).glob("*.json"))
    assert {f"corpus/{n}.xml" for n in names} <= set(members)
    for name in names:
        assert members[f"corpus/{name}.xml"] == (site.root / name / f"{name}.xml").read_bytes()
    corpus = etree.parse(io.BytesIO(members["corpus/corpus.xml"]))
    assert tei_all.validate(corpus), tei_all.error_log
    listed = corpus.xpath("/t:teiCorpus/t:teiHeader//t:listBibl/t:bibl/t:ptr/@target",
                          namespaces={"t": T})
    assert sorted(listed) == [f"{n}.xml" for n in names]
    assert len(corpus.xpath("/t:teiCorpus/t:TEI", namespaces={"t": T})) == len(names)
    # the same texts and date: the same bytes
    found = catalogue.records([Digest.from_json(p.read_bytes())
                               for p in sorted((site.root / DIGESTS).glob("*.json"))], site.root)
    for attempt in ("a", "b"):
        catalogue.write_archive(tmp_path / f"{attempt}.tar.gz", found, b"<x/>", b"{}", "2000-01-01")
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()


def test_the_start_page_leads_to_every_way_of_browsing_and_the_downloads(site):
    start = lxml.html.parse(str(site.root / "index.html")).getroot()
    hrefs = start.xpath("//ul[@class='browse-hubs']//a/@href")
    assert hrefs == ["browse/years.html", "browse/authors.html", "browse/publications.html",
                     "persons.html", "works.html"]
    assert start.xpath("//ul[@class='browse-downloads']//a/@href") == [
        "corpus.tar.gz", "catalogue.json"]
    for href in hrefs:
        assert (site.root / href).is_file()
