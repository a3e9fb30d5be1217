# SPDX-License-Identifier: MIT
"""The web edition in a real browser (Debian's headless Chromium, driven by Playwright, one for
the session): no errors in the console, no network, the source's every word in order, the reading
switch, citations to their works, the persons index to its paragraphs, note popovers by keyboard,
the speaker picker, search, accessibility (axe-core), the text complete without JavaScript, a
layout that fits wide and narrow screens, a screenshot of the first screen to look at
(build/screenshots/), and the site served from a host."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from support import SEED
from web_helpers import CITATIONS, NS, SCREENSHOTS, XML_ID, text_words, words

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
# What is apparatus rather than reading text on the text page: paragraph numbers, note marks,
# the edition's statement, the contents, the controls, the editorial notes and the works cited.
APPARATUS = ".pnum, .note-ref, .edition-statement, .toc, .controls, #_notes, .works-cited"


def load(page, path: Path, query: str = ""):
    page.goto(path.as_uri() + query)


def shown(page, css: str) -> list[str]:
    """The text of the elements matching ``css`` that the reader can see."""
    return [element.inner_text() for element in page.locator(css).all() if element.is_visible()]


def reading_text(page) -> list[str]:
    """The words of the reading text as the page shows it, without the apparatus."""
    # Hidden through each element's style: the pages' Content-Security-Policy refuses an added
    # <style> (and add_style_tag hangs where scripts are off).
    page.evaluate("css => document.querySelectorAll(css).forEach("
                  "el => el.style.setProperty('display', 'none', 'important'))", APPARATUS)
    return words(page.inner_text("article.edition-text"))


def test_every_page_loads_without_errors_and_from_nothing_but_the_site(page, site):
    visited = sorted(p for p in site.folder.glob("*.html") if p.name != "review.html") + sorted(
        site.root.glob("*.html"))  # the reader's pages, not the editor's review
    for path in visited:
        load(page, path, "?q=stalin" if path.name == "search.html" else "")
        entries = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
        assert not [name for name in entries if not name.startswith("file:")], path
    requested = page.watched.requests
    assert requested and all(url.startswith("file://") for url in requested), \
        [url for url in requested if not url.startswith("file://")]
    loaded = {url.rsplit("/", 1)[-1].split("?")[0] for url in requested}
    assert {"edition.css", "edition.js", "search-index.js", "icon.svg"} <= loaded
    assert not page.watched.errors  # and the fixture checks again after every test


def test_the_printed_reading_holds_every_word_of_the_source_in_order(page, site):
    load(page, site.page())
    page.check("input[name='reading'][value='printed']")
    assert reading_text(page) == words(SEED.read_text(encoding="utf-8"))


def test_the_corrected_reading_differs_only_by_the_corrections(page, site):
    load(page, site.page())
    assert reading_text(page) == text_words(site.tei, "corrected")
    assert text_words(site.tei, "printed") == words(SEED.read_text(encoding="utf-8"))


def test_reading_switch_shows_the_source_or_the_corrections(page, site):
    load(page, site.page())
    assert "js" in page.get_attribute("html", "class").split()
    assert "1941" in shown(page, ".ed-corr") and "9141" not in shown(page, ".ed-sic")
    assert "Kamenev" in shown(page, ".ed-reg") and not shown(page, ".ed-orig")
    assert len(shown(page, ".ed-supplied")) == 7
    page.locator("input[name='reading'][value='corrected']").focus()
    page.keyboard.press("ArrowRight")  # a radio group: the keyboard works as well as the mouse
    assert page.locator("input[name='reading'][value='printed']").is_checked()
    assert "9141" in shown(page, ".ed-sic") and "1941" not in shown(page, ".ed-corr")
    assert "Kemenev" in shown(page, ".ed-orig") and not shown(page, ".ed-reg")
    assert not shown(page, ".ed-supplied")  # not in the source
    page.locator("input[name='reading'][value='corrected']").click()
    assert "1941" in shown(page, ".ed-corr") and "9141" not in shown(page, ".ed-sic")


def test_a_citation_leads_to_its_works_cited_entry_and_back(page, site):
    load(page, site.page())
    citation = page.locator("#b-1")
    assert citation.inner_text() == ("(page 90, Stalin School of Falsification, Pioneer edition, "
                                     "1962)")
    citation.click()  # the work's entry over the text (tests/web/test_web_popovers.py) …
    page.locator("#_popover .popover-goto").click()  # … and from it, the works cited
    assert page.url.endswith("#w-stalin-school")
    entry = page.locator("#w-stalin-school")
    assert entry.is_visible() and entry.evaluate("e => e.matches(':target')")
    assert "The Stalin School of Falsification" in entry.inner_text()
    assert in_view(page, "#w-stalin-school")
    page.locator("#w-stalin-school .cited-at a").click()
    assert page.url.endswith("#b-1") and in_view(page, "#b-1")
    # every citation of the text links to the entry of the work it cites
    for bibl in site.tei.xpath("//t:text" + CITATIONS[1:], namespaces=NS):
        href = page.get_attribute(f"#{bibl.get(XML_ID)}", "href")
        assert href == bibl.get("corresp"), bibl.get(XML_ID)


def test_the_persons_index_links_land_on_the_paragraph_naming_the_person(page, site):
    load(page, site.page("persons.html"))
    entries = page.evaluate("""[...document.querySelectorAll('.index-entry')].map(e => [e.id,
        [...e.querySelectorAll('.index-occurrences')].filter(p => p.textContent.startsWith('Named'))
        .flatMap(p => [...p.querySelectorAll('a')].map(a => a.getAttribute('href')))])""")
    assert len(entries) > 20
    first = entries[0]
    page.locator(f"#{first[0]} .index-occurrences a").first.click()  # a real click, once
    assert page.url.endswith(first[1][0]) and in_view(page, first[1][0].split("#")[1])
    # Each link goes to the paragraph that names the person (by its address, index.html#p-12),
    # or, outside paragraphs (the title page, a heading), to the name itself.
    landed = """([id, who]) => { const target = document.getElementById(id);
        const name = `.persname[data-ref='${who}']`;
        return target && (target.matches('p.p, li[data-locator]') && !!target.querySelector(name)
                          || target.matches(name) && !target.closest('p.p, li[data-locator]')); }"""
    paragraphs = 0
    for person, hrefs in entries:
        for href in hrefs:
            assert page.evaluate(landed, [href.split("#")[1], person]), (person, href)
            paragraphs += href.startswith("index.html#p-")
    assert paragraphs > 50


def test_note_popover_opens_by_keyboard_and_escape_returns_focus(page, site):
    load(page, site.page())
    mark = page.locator("#_nr-11")  # the note on 9141
    mark.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#_popover")
    assert popover.get_attribute("role") == "dialog"
    assert mark.get_attribute("aria-expanded") == "true"
    assert popover.evaluate("e => e === document.activeElement")
    assert "1941] the source prints 9141" in popover.inner_text()
    title = page.locator("#" + popover.get_attribute("aria-labelledby"))
    assert title.inner_text() == "Note 11"
    page.keyboard.press("Tab")  # into the note's actions
    assert page.evaluate("document.activeElement.className") == "popover-goto"
    page.keyboard.press("Escape")
    assert popover.count() == 0
    assert mark.evaluate("e => e === document.activeElement")
    assert mark.get_attribute("aria-expanded") == "false"


def test_speaker_on_focus_and_the_speaker_picker(page, site):
    load(page, site.page())
    said = page.locator("#q-2")
    said.focus()
    tooltip = said.evaluate("e => getComputedStyle(e, '::before').content")
    assert tooltip == '"Spoken by Y.G. Plimak"'
    picker = page.locator("#_speaker")
    assert picker.is_visible()
    picker.select_option("plimak")
    assert page.eval_on_selector_all(".said-picked", "es => es.map(e => e.id)") == ["q-2", "q-5"]
    assert page.inner_text("#_speaker-status") == "2 passages"
    page.click("#_speaker-next")
    page.click("#_speaker-next")
    assert page.get_attribute(".said-current", "id") == "q-5"
    assert page.inner_text("#_speaker-status") == "passage 2 of 2"


@pytest.mark.parametrize("query, paragraph", [("Lubianka cellars", "p-16"), ("Kemenev", "p-3"),
                                              ("trotsky's platform", "p-5")])
def test_search_finds_words_and_links_to_their_paragraph(page, site, query, paragraph):
    load(page, site.page("search.html"), "?q=" + query.replace(" ", "+"))
    results = page.locator("#_search-results li a")
    assert results.count(), page.inner_text("#_search-status")
    hrefs = [a.get_attribute("href") for a in results.all()]
    assert f"index.html#{paragraph}" in hrefs, hrefs
    results.nth(hrefs.index(f"index.html#{paragraph}")).click()
    assert page.url.endswith(f"#{paragraph}")
    first = query.split()[0].lower().replace("'", "’")
    assert first in page.locator(f"#{paragraph}").text_content().lower()


def test_search_finds_a_phrase(page, site):
    load(page, site.page("search.html"))
    page.fill("#_q", "October revolution")  # both words, anywhere in a paragraph
    either = page.locator("#_search-results li").count()
    page.fill("#_q", '"October Revolution"')  # the phrase
    found = page.locator("#_search-results li")
    assert 0 < found.count() < either
    assert page.inner_text("#_search-status").startswith(f"{found.count()} places found")
    for result in found.all():
        assert result.locator("mark").inner_text().lower() == "october revolution"


def test_typing_in_the_search_box_updates_the_results(page, site):
    load(page, site.page("search.html"))
    assert page.inner_text("#_search-status") == ""
    page.locator("#_q").press_sequentially("Zhukov")
    assert "places found for “Zhukov”" in page.inner_text("#_search-status")
    assert page.locator("#_search-results mark").count()


def test_served_from_a_host_the_cite_line_gives_the_page_address(page, site, served):
    url = f"{served}{site.name}/persons.html"
    page.goto(url)
    assert page.inner_text(".cite-page .cite-url") == url
    assert all(request.startswith(served) for request in page.watched.requests)


PAGE_TYPES = {"text": "index.html", "persons": "persons.html", "works": "works.html",
              "organisations": "organisations.html", "about": "about.html",
              "search": "search.html?q=stalin", "corpus": "../index.html"}


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_finds_no_serious_or_critical_violations(page, site, kind):
    file, _, query = PAGE_TYPES[kind].partition("?")
    # axe goes in as the page loads: added later as a <script>, the page's policy would refuse it
    page.add_init_script(path=str(AXE))
    load(page, site.folder / file, "?" + query if query else "")
    if kind == "text":  # the states the script makes, too: a picked speaker, the other reading
        page.locator("#_speaker").select_option("plimak")
        page.check("input[name='reading'][value='printed']")
    # preload off: axe would fetch the stylesheets again by XMLHttpRequest, which file:// forbids
    results = page.evaluate("axe.run(document, {resultTypes: ['violations'], preload: false})")
    serious = [f"{v['id']} ({v['impact']}): {v['help']}: "
               + "; ".join(node["target"][0] for node in v["nodes"][:5])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


def test_without_javascript_the_page_holds_every_word_of_the_source(page_without_js, site):
    page = page_without_js
    load(page, site.page())
    assert "no-js" in page.get_attribute("html", "class").split()
    assert not page.locator("#_controls").is_visible()
    source = words(SEED.read_text(encoding="utf-8"))
    assert set(source) <= set(words(page.inner_text("body")))  # every word, shown
    notes = page.inner_text("#_notes")  # what the source printed where the editor corrected
    for choice in site.tei.xpath("//t:text//t:choice[t:sic or t:orig]", namespaces=NS):
        printed = choice.xpath("string(t:sic | t:orig)", namespaces=NS)
        edited = choice.xpath("string(t:corr | t:reg)", namespaces=NS)
        note = rf"{re.escape(edited)}\] the source \w+ {re.escape(printed)}"
        assert re.search(note, notes), printed
    assert reading_text(page) == text_words(site.tei, "corrected")  # and one complete reading


def test_layout_fits_wide_and_narrow_screens_and_the_first_screen_is_kept(page, site):
    load(page, site.page())
    box = "e => e.getBoundingClientRect().toJSON()"
    paragraph = page.locator("#p-1").evaluate(box)
    assert 480 <= paragraph["width"] <= 720  # a readable measure
    assert page.locator("#p-1 .pnum").evaluate(box)["right"] <= paragraph["left"]  # in the margin
    assert in_view(page, "#_title") and in_view(page, "#p-1")  # the text starts on the first screen
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wide = SCREENSHOTS / "seed-first-screen.png"
    page.screenshot(path=str(wide))
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    load(page, site.page())
    overflow = page.evaluate("document.documentElement.scrollWidth - "
                             "document.documentElement.clientWidth")
    assert overflow <= 0
    narrow = SCREENSHOTS / "seed-first-screen-narrow.png"
    page.screenshot(path=str(narrow))
    print(f"\nfirst screen of the seed's text: {wide}, {narrow}", file=sys.stderr)


def in_view(page, selector: str) -> bool:
    """Whether the element's top is within the window (waiting a little: a browser scrolls to a
    link's target just after the page has loaded)."""
    selector = selector if selector[0] in "#." else f"#{selector}"
    try:
        page.wait_for_function("s => { const r = document.querySelector(s).getBoundingClientRect();"
                               " return r.top >= 0 && r.top < window.innerHeight; }",
                               arg=selector, timeout=2000)
    except PlaywrightTimeout:
        return False
    return True


# Every element with text of its own: its colour, and the first opaque background behind it.
COLOURS = """() => {
const parse = c => c.match(/[\\d.]+/g).map(Number);
const found = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.checkVisibility()) continue;
  let bg = el, colour = 'rgba(0, 0, 0, 0)';
  while (bg) {
    colour = getComputedStyle(bg).backgroundColor;
    if (parse(colour)[3] !== 0) break;
    bg = bg.parentElement;
  }
  found.push([el.tagName + '.' + el.className, getComputedStyle(el).color,
              bg ? colour : 'rgb(255, 255, 255)']);
}
return found;
}"""


def luminance(css: str) -> float:
    r, g, b = (float(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
    return sum(k * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
               for k, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))


@pytest.mark.parametrize("file", ["index.html", "persons.html", "about.html"])
def test_text_contrast_is_at_least_4_5(page, site, file):
    load(page, site.page(file))
    if file == "index.html":  # the highlighted states too
        page.locator("#_speaker").select_option("plimak")
    pairs = page.evaluate(COLOURS)
    assert len(pairs) > 20
    for element, colour, background in pairs:
        lighter, darker = sorted((luminance(colour), luminance(background)), reverse=True)
        ratio = (lighter + 0.05) / (darker + 0.05)
        assert ratio >= 4.5, f"{element}: {colour} on {background} is {ratio:.1f}:1"
