# SPDX-License-Identifier: MIT
"""Citing the web edition: every page's citation gives the edition's one date (the print's), a
version only where the header declares one, an absolute address (from --base-url or the
editorial file's [edition] url) or words saying the build had none (never a relative path), and
the reader's access date (written by the script; asked for without it); responsibility only as
the header gives it; the citation as CSL-JSON and BibTeX beside the pages, linked from the about
page; the about page's principles in a reader's words, the TEI's terms in an Encoding section."""

from __future__ import annotations

import datetime as dt
import json
import re

from lxml import etree

from edition.build import BuildSettings, build
from edition.encoder import encode_path
from edition.render.citation import bibtex, csl_json, item
from edition.render.html import WebSettings, render_page
from support import ROOT
from web_helpers import NS, html, pages

DATE = "2000-01-01"
ARTICLE = ROOT / "tests" / "data" / "articles" / "interview.txt"


def page_of(tree, page: str = "text", **settings) -> etree._Element:
    context = {"document.name": "doc", "tei.href": "doc.xml", "citation.href": "doc"}
    return etree.fromstring(render_page(tree, page, WebSettings(date=DATE, **settings),
                                        context=context), etree.HTMLParser())


def words(element) -> str:
    return " ".join("".join(element.itertext()).split())


def test_a_build_without_an_address_says_so_and_prints_no_path(site):
    for path in pages(site.root):
        cite = html(path).find_class("cite-page")[0]
        address = cite.find_class("cite-url")[0]
        assert address.tag == "span" and "no web address" in address.text_content(), path
        assert ".html" not in cite.text_content(), path


def test_an_address_from_the_build_or_from_the_editorial_file_is_absolute(tmp_path):
    tree = encode_path(ARTICLE).tree
    page = page_of(tree, "search", base_url="https://example.org/ed")
    assert page.xpath("//p[@class='cite-page']/a[@class='cite-url']/@href") == [
        "https://example.org/ed/doc/search.html"]
    text = tmp_path / "interview.txt"
    text.write_bytes(ARTICLE.read_bytes())
    (tmp_path / "interview.toml").write_text(
        '[edition]\npublisher = "P"\nurl = "https://example.org/press"\n', encoding="utf-8")
    tree = encode_path(text).tree  # the address travels in the TEI: a rebuild from it keeps it
    assert tree.xpath("//t:publicationStmt/t:idno[@type='URL']/text()", namespaces=NS) == [
        "https://example.org/press"]
    page = page_of(tree, "about")
    assert page.xpath("//p[@class='cite-as']/a/@href") == ["https://example.org/press/doc/index.html"]
    assert page.xpath("//link[@rel='canonical']/@href") == ["https://example.org/press/doc/about.html"]
    # the build's option wins over the file's
    page = page_of(tree, "about", base_url="https://mirror.example.net/")
    assert page.xpath("//p[@class='cite-as']/a/@href") == [
        "https://mirror.example.net/doc/index.html"]


def test_the_access_date_is_the_readers(page, page_without_js, site):
    page.goto(site.page().as_uri())
    today = page.evaluate("(() => { const d = new Date(); return [d.getDate(), d.getMonth() + 1, "
                          "d.getFullYear()]; })()")
    day = dt.date(today[2], today[1], today[0])
    cite = page.inner_text(".cite-page")
    assert cite.endswith(f", accessed {day.day} {day:%B} {day.year}.")
    page_without_js.goto(site.page().as_uri())
    assert page_without_js.inner_text(".cite-page").endswith(", accessed [the date you read it].")


def test_served_from_a_host_an_address_the_build_lacked_is_the_pages(page, site, served):
    url = f"{served}{site.name}/about.html"
    page.goto(url)
    assert page.inner_text(".cite-page .cite-url") == url
    assert page.get_attribute(".cite-as .cite-url", "href") == f"{served}{site.name}/index.html"


def test_no_one_is_named_editor_whom_the_header_does_not_name(site):
    text = html(site.page())
    statement = words(text.find_class("edition-statement")[0])
    assert statement.startswith("Encoded automatically by edition ")
    assert "no editor is named" in statement and "Edited by" not in statement
    for path in pages(site.root):
        assert "Edited by" not in html(path).text_content(), path
    about = html(site.page("about.html"))
    facts = dict(zip([words(dt_) for dt_ in about.xpath("//dl[@class='facts']/dt")],
                     [words(dd) for dd in about.xpath("//dl[@class='facts']/dd")]))
    assert facts["Editor"] == "none named: the encoding is automatic"
    assert facts["Date of this edition"] == "1 January 2000"


def test_an_editor_the_header_names_is_named(tmp_path):
    text = tmp_path / "interview.txt"
    text.write_bytes(ARTICLE.read_bytes())
    (tmp_path / "interview.toml").write_text('[edition]\neditor = "A. Editor"\n', encoding="utf-8")
    tree = encode_path(text).tree
    statement = words(page_of(tree).find(".//p[@class='edition-statement']"))
    assert statement.startswith("Edited by A. Editor. Web edition of 1 January 2000")
    cited = item(tree, "doc", DATE)
    assert cited["editor"] == [{"literal": "A. Editor"}]
    assert "editor = {{A. Editor}}" in bibtex(cited).decode()


def test_a_declared_version_is_cited_with_the_date(site):
    tree = etree.ElementTree(etree.fromstring(etree.tostring(site.tei)))
    file_desc = tree.find(".//{http://www.tei-c.org/ns/1.0}fileDesc")
    for declared in file_desc.findall("{http://www.tei-c.org/ns/1.0}editionStmt"):
        file_desc.remove(declared)  # the seed's own, version 1.0
    stmt = etree.Element("{http://www.tei-c.org/ns/1.0}editionStmt")
    etree.SubElement(stmt, "{http://www.tei-c.org/ns/1.0}edition", n="2.1").text = "Second"
    file_desc.insert(1, stmt)
    page = page_of(tree)
    assert "Web edition of 1 January 2000, version 2.1." in words(page.find(".//p[@class='cite-page']"))
    assert item(tree, "doc", DATE)["version"] == "2.1"


def test_citation_data_beside_the_pages_linked_from_the_about_page(site):
    about = html(site.page("about.html"))
    links = about.xpath("//p[@class='cite-data']/a/@href")
    assert links == [f"{site.name}.csl.json", f"{site.name}.bib"]
    data = json.loads((site.folder / f"{site.name}.csl.json").read_text(encoding="utf-8"))
    assert data == [{
        "id": site.name, "type": "article-journal", "title": "How Stalin Betrayed October",
        "author": [{"family": "Healy", "given": "Gerry"}], "container-title": "Marxist Monthly",
        "volume": "1", "issue": "4", "issued": {"date-parts": [[1988, 6]]},
        "medium": "Web edition", "available-date": {"date-parts": [[2000, 1, 1]]},
        "version": "1.0",  # the seed's editorial file declares it
        "publisher": "The edition project", "language": "en"}]  # no URL: none was given
    entry = (site.folder / f"{site.name}.bib").read_text(encoding="utf-8")
    assert entry.startswith(f"@article{{{site.name},\n")
    fields = dict(re.findall(r"^  (\w+) = (.*?),?$", entry, re.MULTILINE))
    assert fields["author"] == "{Healy, Gerry}" and fields["journal"] == "{Marxist Monthly}"
    assert fields["year"] == "1988" and fields["month"] == "jun"
    assert fields["note"] == "{Web edition of 2000-01-01, version 1.0}" and "editor" not in fields
    assert entry.count("{") == entry.count("}")


def test_citation_data_escapes_and_gives_the_address(site):
    tree = etree.ElementTree(etree.fromstring(etree.tostring(site.tei)))
    title = tree.xpath("//t:titleStmt/t:title", namespaces=NS)[0]
    title.text = "Profits & Losses: 50% of {everything} #1"
    cited = item(tree, "doc", DATE, "https://example.org/ed/")
    assert cited["URL"] == "https://example.org/ed/doc/index.html"
    assert json.loads(csl_json(cited))[0]["title"] == title.text
    entry = bibtex(cited).decode()
    assert r"title = {Profits \& Losses: 50\% of \{everything\} \#1}" in entry
    assert "  url = {https://example.org/ed/doc/index.html}" in entry


def test_the_principles_speak_to_readers_and_the_tei_terms_stand_apart(site):
    about = html(site.page("about.html"))
    principles = words(about.xpath("//section[@aria-labelledby='_about-principles']")[0])
    edition = words(about.xpath("//section[@aria-labelledby='_about-edition']")[0])
    for prose in (principles, edition):
        assert not re.search(r"\b(choice|sic|corr|orig|reg)\b|@resp|encoded as", prose), prose
        assert "diplomatic" not in prose
    assert "Misprints are corrected only where the editorial file lists them" in principles
    encoding = words(about.xpath("//section[@aria-labelledby='_about-encoding']")[0])
    assert encoding.startswith("Encoding For readers who want them")
    assert "choice/sic/corr" in encoding and "corr/@resp" in encoding
    # a place of the text, cited as print cites it
    example = about.xpath("string(//p[@class='cite-place']/span[@class='cite-example'])")
    assert re.fullmatch(r"¶ \d+, n\. \d+", example)


def test_a_one_text_site_has_its_citation_files(tmp_path):
    build([ARTICLE], tmp_path, BuildSettings(outputs=("web",), web=WebSettings(date=DATE)))
    assert (tmp_path / "interview" / "interview.csl.json").is_file()
    data = json.loads((tmp_path / "interview" / "interview.csl.json").read_text(encoding="utf-8"))
    assert data[0]["container-title"] == "Workers' Weekly"
    assert data[0]["issued"] == {"date-parts": [[1985, 6, 3]]} and "author" not in data[0]
