# SPDX-License-Identifier: MIT
"""The Tab key and names, in Chromium: the seed's text names people, organisations, places and
works some 245 times, each a link (to its index entry, with a popover); as Tab stops they would
make a keyboard reader press Tab 329 times to cross the text. So names are out of the Tab order
as the page comes (tabindex -1, with or without JavaScript), and still links: a pointer or a
screen reader opens them, Escape returns the focus to the name, and the index pages give every
place of every name. A reading option puts them back in the Tab order, kept across pages.
Citations, note marks and paragraph numbers stay Tab stops: they are few, and the apparatus.
"""

from __future__ import annotations

from collections import Counter

from web_helpers import html

NAMES = "a.name-link"
STOP = """() => { const e = document.activeElement;
  return [e.tagName.toLowerCase(), e.className || '', e.id || '', e.closest('.text-body') ? 'text' : '']; }"""


def tab_stops(page, limit: int = 1500) -> list[list[str]]:
    """Every element the Tab key stops at, from the top of the page to its end, in order."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.evaluate("window.scrollTo(0, 0)")
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop[0] == "body" or stops and stop == stops[0]:
            break
        stops.append(stop)
    return stops


def kind(stop: list[str]) -> str:
    classes = stop[1].split()
    if "name-link" in classes:
        return "name"
    return classes[0] if classes else stop[0]


def through_the_text(stops: list[list[str]]) -> Counter:
    """The kinds of stop in the text (its body: not the title page, notes or works cited)."""
    return Counter(kind(stop) for stop in stops if stop[3] == "text")


def test_names_are_no_tab_stops_and_the_option_puts_them_back(page, site):
    page.goto(site.page().as_uri())
    names = page.locator(NAMES).count()
    assert names > 200
    stops = tab_stops(page)
    before = next(i for i, stop in enumerate(stops) if kind(stop) == "pnum")
    text = through_the_text(stops)
    print(f"\nTab stops before the first paragraph number: {before}; through the text: "
          f"{sum(text.values())} {dict(text)}")
    assert text["name"] == 0 and not [s for s in stops if kind(s) == "name"]
    assert before < 30  # the skip link, site links, search, contents, reading options
    # the apparatus stays: every paragraph number, citation and note mark in the text
    assert text["pnum"] == page.locator("a.pnum").count()
    assert text["citation"] == page.locator(".text-body a.citation").count() > 5
    assert text["note-ref"] == page.locator(".text-body a.note-ref").count() > 5

    option = page.locator("#_name-tabs")
    assert option.is_visible() and not option.is_checked()
    assert page.locator("label[for='_name-tabs']").inner_text().strip() == "Tab key stops at names"
    option.check()
    restored = through_the_text(tab_stops(page))
    print(f"with names: {sum(restored.values())} {dict(restored)}")
    in_text = page.locator(f".text-body {NAMES}").count()
    assert restored["name"] == in_text > 200
    assert sum(restored.values()) == sum(text.values()) + in_text

    # the choice is kept for the other pages: the next text page opened has names as stops
    page.goto(site.page().as_uri())
    assert page.locator("#_name-tabs").is_checked()
    assert page.locator(NAMES).first.get_attribute("tabindex") is None
    page.locator("#_name-tabs").uncheck()
    assert page.locator(NAMES).evaluate_all("l => l.every(a => a.tabIndex === -1)")


def test_a_name_opened_by_pointer_gives_the_focus_back_on_escape(page, site):
    page.goto(site.page().as_uri())
    name = page.locator(f"#p-2 {NAMES}[data-ref='trotsky']").first
    assert name.get_attribute("tabindex") == "-1"
    name.click()
    assert page.locator("#_popover").evaluate("e => e === document.activeElement")
    page.keyboard.press("Escape")
    assert page.locator("#_popover").count() == 0
    assert name.evaluate("e => e === document.activeElement")
    # Tab from there goes on in the text, past the names, to the next stop of the apparatus
    page.keyboard.press("Tab")
    assert kind(page.evaluate(STOP)) in ("pnum", "citation", "note-ref", "said")


def test_without_javascript_names_are_links_out_of_the_tab_order(page_without_js, site):
    page = page_without_js
    page.goto(site.page().as_uri())
    stops = tab_stops(page)
    assert not [s for s in stops if kind(s) == "name"]
    assert not page.locator("#_name-tabs").is_visible()  # the option needs the script
    page.locator(f"#p-2 {NAMES}[data-ref='trotsky']").first.click()
    page.wait_for_url("**/persons.html#trotsky")


def test_the_index_pages_give_every_place_a_name_link_stands_at(site):
    # What the Tab key no longer reaches in the text is reached from the index: each name's
    # entry links to the paragraph (or other part of the text) it stands in.
    text = html(site.page())
    indexes = {}
    links = text.xpath("//a[contains(concat(' ', @class, ' '), ' name-link ')]")
    assert len(links) > 200
    for link in links:
        assert link.get("tabindex") == "-1"
        file, entry = link.get("href").split("#")
        index = indexes.setdefault(file, html(site.page(file)))
        places = {href.split("#", 1)[1] for href in index.get_element_by_id(entry).xpath(".//a/@href")
                  if href.startswith("index.html#")}
        around = {el.get("id") for el in link.iterancestors() if el.get("id")} | {link.get("id")}
        assert places & around, (link.text_content(), entry)
