# SPDX-License-Identifier: MIT
"""Search that tells the truth, in Chromium: whole words (not "Trotsky" inside
"anti-Trotskyism"), a prefix only when asked (Trotsk*), any spelling of a registered name finding
every place that names it (and saying so, with its index entry), snippets cut at word boundaries
with every match marked; one search page for a text and for the corpus, reached from every search
box, from file:// and from a host."""

from __future__ import annotations

import re

import pytest

from edition.build import BuildSettings, build
from edition.render.html import WebSettings
from support import SEED
from web_helpers import NS, html, pages


def search(page, path, query: str) -> list[str]:
    """The links of the results ``query`` gives on the search page at ``path``."""
    page.goto(path.as_uri() + "?q=" + query.replace(" ", "+"))
    return [a.get_attribute("href") for a in page.locator("#_search-results li > a").all()]


def places_naming(site, ref: str) -> set[str]:
    """The reading page's blocks (paragraphs, list items) in which the text names ``ref``."""
    found = set()
    for name in site.tei.xpath(f"//t:body//*[@ref='#{ref}'][not(ancestor::t:bibl)]", namespaces=NS):
        block = name.xpath("ancestor::*[self::t:p or self::t:item][1]", namespaces=NS)
        if block:
            found.add("index.html#" + block[0].get("{http://www.w3.org/XML/1998/namespace}id"))
    return found


def test_whole_words_not_a_word_inside_another(page, site):
    trotsky = search(page, site.page("search.html"), "Trotsky")
    assert "index.html#p-3" not in trotsky  # p-3 says "anti-Trotskyism" and "Trotskyism" only
    assert "index.html#p-3" in search(page, site.page("search.html"), "anti-Trotskyism")
    prefixed = search(page, site.page("search.html"), "Trotsk*")  # a prefix, when asked for
    assert "index.html#p-3" in prefixed and set(trotsky) < set(prefixed)
    marks = page.locator("#_search-results mark").all_inner_texts()
    assert "Trotskyism" in marks and all(m.lower().startswith("trotsk") for m in marks)


@pytest.mark.parametrize("query", ["Kamenev", "Kemenev", "Lev Kamenev"])
def test_any_spelling_of_a_name_finds_every_place_naming_the_person(page, site, query):
    found = search(page, site.page("search.html"), query)
    places = places_naming(site, "kamenev")
    assert places and places <= set(found)
    assert "index.html#p-3" in found  # where the source spells him Kemenev
    line = page.locator("#_search-names p")
    assert line.count() == 1
    assert "Kamenev, Kemenev" in line.inner_text()  # the spellings searched
    assert line.locator("a").get_attribute("href") == "persons.html#kamenev"


def test_a_headword_finds_the_places_that_use_another_form(page, site):
    found = set(search(page, site.page("search.html"), "Vladimir Lenin"))
    assert found >= places_naming(site, "lenin")  # the text says "Lenin" there
    assert "Lenin" in page.locator("#_search-results mark").all_inner_texts()


def test_snippets_are_cut_at_word_boundaries_and_mark_every_match(page, site):
    search(page, site.page("search.html"), "bureaucracy")
    texts = {}
    for entry in page.evaluate("window.EDITION_SEARCH.entries"):
        texts[entry["href"]] = entry["text"]
    results = page.locator("#_search-results li").all()
    assert len(results) > 5
    for result in results:
        text = texts[result.locator("a").first.get_attribute("href")]
        snippet = result.locator(".search-snippet").inner_text()
        shown = snippet.removeprefix("… ").removesuffix(" …")
        assert shown in text  # a piece of the text …
        start = text.index(shown)
        assert start == 0 or text[start - 1] == " "  # … beginning with a whole word
        end = start + len(shown)
        assert end == len(text) or text[end] == " "  # … and ending with one
        assert snippet.startswith("… ") == (start > 0)
        marks = result.locator("mark").all_inner_texts()
        assert marks and all(m.lower() == "bureaucracy" for m in marks)
        assert len(marks) == len(re.findall(r"\bbureaucracy\b", shown, re.IGNORECASE))


def corpus_search(page, served: str, query: str) -> list[str]:
    """The links of the places the corpus's search (Pagefind, over HTTP) finds for ``query``."""
    page.goto(f"{served}search.html?{query}")
    page.locator("#_search-status:not(:empty)").wait_for()  # said once results are shown
    return [a.get_attribute("href").removeprefix(served)
            for a in page.locator("#_search-results .search-places a").all()]


def test_the_corpus_search_is_reached_from_the_list_of_articles(page, site, served):
    page.goto(f"{served}index.html")
    page.fill("#_site-q", "dockers")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search.html?q=dockers")
    page.locator("#_search-status:not(:empty)").wait_for()  # said once results are shown
    first = page.locator("#_search-results > li").first
    assert first.locator(".search-places a").first.get_attribute("href") == \
        f"{served}river-workers/index.html#p-1"  # the paragraph, not only the article
    assert "The River Workers' Strike" in first.inner_text()
    assert all(request.startswith(served) for request in page.watched.requests)


def test_a_spelling_of_a_name_in_the_register_finds_the_places_of_the_corpus(page, site, served):
    found = corpus_search(page, served, "q=Kemenev")  # the source's misspelling, once
    places = {f"{site.name}/{href}" for href in places_naming(site, "kamenev")}
    assert places and places <= set(found)
    assert f"{site.name}/index.html#p-3" in found


def test_a_phrase_in_quotation_marks_finds_only_its_words_side_by_side(page, site, served):
    words = corpus_search(page, served, "q=same+words")  # both words, anywhere in a text
    phrase = corpus_search(page, served, "q=%22heard+the+same+words%22")
    assert phrase and set(phrase) <= set(words)
    assert any(href.startswith("river-workers/index.html#p-") for href in phrase)
    apart = corpus_search(page, served, "q=%22dockers+employers%22")  # in one text, not side by side
    assert apart == []


def test_a_filter_narrows_the_corpus_search(page, site, served):
    everywhere = corpus_search(page, served, "q=the")
    narrowed = corpus_search(page, served, "q=the&author=Margaret+O%27Neill")
    assert narrowed and set(narrowed) < set(everywhere)
    assert all(href.startswith("river-workers/") for href in narrowed)


def test_the_corpus_search_from_a_file_says_how_to_serve_the_folder(page, site):
    page.goto((site.root / "search.html").as_uri() + "?q=dockers")
    message = page.locator("#_search-file")
    message.wait_for(state="visible")
    assert "python3 -m http.server" in message.inner_text()
    assert "edition serve" in message.inner_text()


def test_every_search_box_leads_to_a_search_page(site):
    for path in pages(site.root):
        for action in html(path).xpath("//form[@role='search']/@action"):
            assert (path.parent / action).is_file(), f"{path}: {action}"


def test_a_site_of_one_text_has_its_corpus_search_too(tmp_path):
    build([SEED], tmp_path, BuildSettings(outputs=("web",), web=WebSettings(date="2000-01-01")))
    index = html(tmp_path / "index.html")
    assert index.xpath("//form[@role='search']/@action") == ["search.html"]
    assert (tmp_path / "search.html").is_file()
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert "Search the articles" in index.xpath("string(//form[@role='search']/label)")


def test_search_works_from_a_host(page, site, served):
    page.goto(f"{served}{site.name}/search.html?q=Ogonyuk")  # the source's spelling
    found = [a.get_attribute("href") for a in page.locator("#_search-results li > a").all()]
    assert "index.html#p-1" in found
    assert page.locator("#_search-names a").get_attribute("href") == "organisations.html#ogonyok"
    assert all(request.startswith(served) for request in page.watched.requests)


def test_the_corpus_search_works_without_its_worker(page, site, served):
    # a slow machine: Pagefind's worker does not answer in time (here: never starts), and the
    # search runs in the page itself, which the page's policy must let compile its WebAssembly
    page.route("**/pagefind/pagefind-worker.js", lambda route: route.abort())
    found = corpus_search(page, served, "q=Kemenev")
    assert f"{site.name}/index.html#p-3" in found
    expected = [e for e in page.watched.errors if "pagefind-worker.js" in e or "falling back to main thread" in e]
    assert expected  # Pagefind says it fell back; nothing else may go wrong
    page.watched.errors[:] = [e for e in page.watched.errors if e not in expected]
