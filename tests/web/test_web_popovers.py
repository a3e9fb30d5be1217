# SPDX-License-Identifier: MIT
"""Popovers over the reading text, in Chromium: a citation shows the entry of the work it cites
and the pages, a name its register entry with the way to its index entry; both by keyboard, as a
dialog a screen reader announces, Escape returning the focus to the link; without JavaScript,
each is a plain link to where the popover would lead. Also the note marks (after the punctuation,
never inside a link, set as plain superscript figures) and the speech tint a reader can turn
off."""

from __future__ import annotations

import re
from pathlib import Path

from web_helpers import NS, XML_ID, html


def load(page, path, query: str = ""):
    page.goto(path.as_uri() + query)


def focused(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.className")


def test_a_citation_shows_the_work_it_cites_and_the_pages(page, site):
    load(page, site.page())
    citation = page.locator("#b-1")
    assert citation.get_attribute("aria-haspopup") == "dialog"
    citation.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#_popover")
    assert popover.get_attribute("role") == "dialog"
    assert citation.get_attribute("aria-expanded") == "true"
    assert popover.evaluate("e => e === document.activeElement")
    assert page.locator("#" + popover.get_attribute("aria-labelledby")).inner_text() == "Work cited"
    body = popover.locator(".popover-body").inner_text()
    assert "Leon Trotsky, The Stalin School of Falsification, Pioneer edition, 1962" in body
    assert popover.locator(".popover-pages").inner_text() == "p.\u00a090"
    assert "Cited at" not in body  # the entry, not the list's way back
    goto = popover.locator(".popover-goto")
    assert goto.get_attribute("href") == "#w-stalin-school"
    assert goto.inner_text() == "Show in the works cited"
    page.keyboard.press("Escape")
    assert popover.count() == 0 and focused(page) == "b-1"
    assert citation.get_attribute("aria-expanded") == "false"
    # "Op. Cit., Page 93": which work that is, and the pages, without leaving the text
    for bibl in site.tei.xpath("//t:text//t:bibl[@corresp][starts-with(normalize-space(), '(Op')]",
                               namespaces=NS)[:1]:
        page.locator(f"#{bibl.get(XML_ID)}").click()
        assert "The Revolution Betrayed" in page.inner_text("#_popover .popover-body")
        assert page.inner_text("#_popover .popover-pages").startswith("p")
        page.mouse.click(5, 5)  # a click elsewhere closes it
        assert page.locator("#_popover").count() == 0


def test_a_name_shows_its_register_entry_and_leads_to_its_index_entry(page, site):
    load(page, site.page())
    name = page.locator("#p-2 a.name-link[data-ref='trotsky']").first
    assert name.inner_text() == "Trotsky" and name.get_attribute("href") == "persons.html#trotsky"
    name.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#_popover")
    assert popover.evaluate("e => e === document.activeElement")
    body = popover.locator(".popover-body")
    assert body.locator("strong").inner_text() == "Leon Trotsky"  # the register's headword
    assert "also Trotsky" in body.inner_text()
    assert body.locator("a.wikidata").get_attribute("href") == "https://www.wikidata.org/wiki/Q33391"
    page.keyboard.press("Escape")
    assert popover.count() == 0
    assert name.evaluate("e => e === document.activeElement")  # focus back on the name
    page.keyboard.press("Enter")
    for _ in range(3):  # Tab through the entry to its way out: Wikidata, the index, Close
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className") == "popover-goto":
            break
    goto = page.locator("#_popover .popover-goto")
    assert goto.inner_text() == "Go to the index entry"
    page.keyboard.press("Enter")
    page.wait_for_url("**/persons.html#trotsky")
    entry = page.locator("#trotsky")
    assert entry.evaluate("e => e.matches(':target')")
    # and the index entry leads back to each place, this one among them
    assert "index.html#p-2" in [a.get_attribute("href") for a in entry.locator("a").all()]


def test_an_organisation_a_periodical_and_a_work_show_their_entries(page, site):
    load(page, site.page())
    for ref, words in (("cpsu", "Communist Party of the Soviet Union"), ("ogonyok", "Ogonyok"),
                       ("w-lessons-of-october", "Lessons of October")):
        link = page.locator(f"a.name-link[data-ref='{ref}']").first
        link.click()
        popover = page.locator("#_popover")
        assert words in popover.inner_text(), ref
        assert popover.locator(".popover-goto").get_attribute("href") == link.get_attribute("href")
        page.keyboard.press("Escape")
        assert popover.count() == 0


def test_without_javascript_citations_and_names_are_plain_links(page_without_js, site):
    page = page_without_js
    load(page, site.page())
    page.locator("#b-1").click()
    assert page.url.endswith("#w-stalin-school")
    page.locator("#p-2 a.name-link[data-ref='trotsky']").first.click()
    page.wait_for_url("**/persons.html#trotsky")


def test_every_registered_name_is_a_link_to_its_index_entry_and_has_its_entry(site):
    page = html(site.page())
    entries = set(page.xpath("//template[@id='_register']//*[@class='register-entry']/@data-ref")
                  or page.xpath("//template[@id='_register']/div/@data-ref"))
    persons = {p.get(XML_ID) for p in site.tei.xpath("//t:standOff//t:person", namespaces=NS)}
    links = page.xpath("//a[contains(concat(' ', @class, ' '), ' name-link ')]")
    assert len(links) > 100
    for link in links:
        ref = link.get("data-ref")
        assert ref in entries, ref
        assert link.get("href").endswith(f"#{ref}"), link.get("href")
        if ref in persons:
            assert link.get("href") == f"persons.html#{ref}"
    named = site.tei.xpath("//t:text//t:persName[@ref][not(ancestor::t:bibl)]", namespaces=NS)
    assert len(page.xpath("//a[contains(@class, 'persname')]")) == len(named)
    assert not page.xpath("//a//a"), "a link inside a link"


def test_note_marks_follow_the_punctuation_and_stand_outside_links(site):
    source = site.page().read_text(encoding="utf-8")
    marks = re.findall(r'<a class="note-ref"[^>]*><sup>\d+</sup></a>(.)', source)
    assert len(marks) == len(site.tei.xpath("//t:text//t:choice[t:sic or t:orig]", namespaces=NS))
    assert not [after for after in marks if after in ".,;:!?’”)"]  # "April 5.⁵", not "April 5⁵."
    assert "April 5</span>" in source and re.search(r"April5</span>\.<a class=\"note-ref\"", source)
    page = html(site.page())
    assert not page.xpath("//a//a[@class='note-ref']")


def test_note_marks_are_plain_superscript_figures_of_the_text(page, site):
    load(page, site.page())
    style = page.locator("#_nr-5 sup").evaluate("""e => { const s = getComputedStyle(e);
        const body = getComputedStyle(document.body);
        return [s.fontWeight, s.fontFamily === body.fontFamily, s.verticalAlign,
                getComputedStyle(e.parentElement).paddingLeft]; }""")
    assert style == ["400", True, "super", "0px"]


def test_the_speech_tint_can_be_turned_off_and_stays_off(page, site):
    load(page, site.page())
    said = page.locator("#q-2")
    tinted = said.evaluate("e => getComputedStyle(e).backgroundColor")
    assert tinted != "rgba(0, 0, 0, 0)"
    box = page.locator("#_speech-tint")
    assert box.is_visible() and box.is_checked()
    box.uncheck()
    assert said.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    load(page, site.page())  # the reader's choice is kept for the next page
    assert not page.locator("#_speech-tint").is_checked()
    assert said.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.locator("#_speech-tint").check()
    assert said.evaluate("e => getComputedStyle(e).backgroundColor") == tinted


AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"


def test_axe_finds_nothing_serious_with_a_popover_open(page, site):
    page.add_init_script(path=str(AXE))  # as the page loads: its policy refuses a later script
    load(page, site.page())
    for opener in ("#b-1", "#p-2 a.name-link[data-ref='trotsky']"):
        page.locator(opener).first.click()
        assert page.locator("#_popover").count() == 1
        results = page.evaluate("axe.run(document, {resultTypes: ['violations'], preload: false})")
        serious = [f"{v['id']}: {v['help']}" for v in results["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert not serious, (opener, serious)
        page.keyboard.press("Escape")
