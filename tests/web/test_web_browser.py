# SPDX-License-Identifier: MIT
"""The web edition in a real browser (headless Chromium, one for the session): the reading
switch, note popovers by keyboard, the speaker picker and tooltips, search, no network, the
text complete without JavaScript, and a layout that fits wide and narrow screens."""

from __future__ import annotations

import re

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from web_helpers import CITATIONS, NS, XML_ID, reading_words, requested, words


def load(driver, path, query: str = ""):
    driver.get(path.as_uri() + query)
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def shown(driver, css: str) -> list[str]:
    """The text of the elements matching ``css`` that the reader can see."""
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def test_reading_switch_shows_the_source_or_the_corrections(page, site):
    load(page, site.page())
    assert "js" in page.find_element(By.TAG_NAME, "html").get_attribute("class").split()
    assert "1941" in shown(page, ".ed-corr") and "9141" not in shown(page, ".ed-sic")
    assert "Kamenev" in shown(page, ".ed-reg") and not shown(page, ".ed-orig")
    assert len(shown(page, ".ed-supplied")) == 7
    printed = page.find_element(By.CSS_SELECTOR, "input[name='reading'][value='printed']")
    printed.send_keys(Keys.SPACE)  # a radio button: the keyboard works as well as the mouse
    assert printed.is_selected()
    assert "9141" in shown(page, ".ed-sic") and "1941" not in shown(page, ".ed-corr")
    assert "Kemenev" in shown(page, ".ed-orig") and not shown(page, ".ed-reg")
    assert not shown(page, ".ed-supplied")  # not in the source
    page.find_element(By.CSS_SELECTOR, "input[name='reading'][value='corrected']").click()
    assert "1941" in shown(page, ".ed-corr") and "9141" not in shown(page, ".ed-sic")


def test_note_popover_opens_by_keyboard_and_escape_returns_focus(page, site):
    load(page, site.page())
    mark = page.find_element(By.ID, "b-1")  # the citation after Zinoviev's reply
    page.execute_script("arguments[0].focus()", mark)
    ActionChains(page).send_keys(Keys.ENTER).perform()
    popover = WebDriverWait(page, 5).until(lambda d: d.find_element(By.ID, "_popover"))
    assert popover.get_attribute("role") == "dialog"
    assert mark.get_attribute("aria-expanded") == "true"
    assert page.switch_to.active_element == popover
    assert "Stalin School of Falsification" in popover.text and "page 90" in popover.text
    title = page.find_element(By.ID, popover.get_attribute("aria-labelledby"))
    assert title.text == "Note 5"
    ActionChains(page).send_keys(Keys.TAB).perform()  # into the note: the link to the work
    link = page.switch_to.active_element
    assert link.get_attribute("class") == "work-link"
    assert link.get_attribute("href").endswith("#w-stalin-school")
    ActionChains(page).send_keys(Keys.ESCAPE).perform()
    assert not page.find_elements(By.ID, "_popover")
    assert page.switch_to.active_element == mark
    assert mark.get_attribute("aria-expanded") == "false"


def test_from_the_works_cited_back_to_the_citation(page, site):
    load(page, site.page())
    page.find_element(By.ID, "b-1").click()
    page.find_element(By.CSS_SELECTOR, "#_popover a.work-link").click()
    assert page.current_url.endswith("#w-stalin-school")
    assert not page.find_elements(By.ID, "_popover")
    page.find_element(By.CSS_SELECTOR, "#w-stalin-school .cited-at a").click()
    assert page.current_url.endswith("#b-1")


def test_speaker_on_focus_and_the_speaker_picker(page, site):
    load(page, site.page())
    said = page.find_element(By.ID, "q-2")
    page.execute_script("arguments[0].focus()", said)
    tooltip = page.execute_script("return getComputedStyle(arguments[0], '::before').content", said)
    assert tooltip == '"Spoken by Y.G. Plimak"'
    picker = page.find_element(By.ID, "_speaker")
    assert picker.is_displayed()
    page.execute_script("arguments[0].value = 'plimak';"
                        "arguments[0].dispatchEvent(new Event('change'))", picker)
    picked = page.find_elements(By.CSS_SELECTOR, ".said-picked")
    assert [e.get_attribute("id") for e in picked] == ["q-2", "q-5"]
    assert page.find_element(By.ID, "_speaker-status").text == "2 passages"
    page.find_element(By.ID, "_speaker-next").click()
    page.find_element(By.ID, "_speaker-next").click()
    assert page.find_element(By.CSS_SELECTOR, ".said-current").get_attribute("id") == "q-5"
    assert page.find_element(By.ID, "_speaker-status").text == "passage 2 of 2"


@pytest.mark.parametrize("query, paragraph", [("Lubianka cellars", "p-16"), ("Kemenev", "p-3"),
                                              ("trotsky's platform", "p-5")])
def test_search_finds_a_word_and_links_to_its_paragraph(page, site, query, paragraph):
    load(page, site.page("search.html"), "?q=" + query.replace(" ", "+"))
    results = page.find_elements(By.CSS_SELECTOR, "#_search-results li a")
    assert results, page.find_element(By.ID, "_search-status").text
    hrefs = [a.get_attribute("href") for a in results]
    assert any(href.endswith(f"index.html#{paragraph}") for href in hrefs), hrefs
    first = query.split()[0].lower().replace("'", "’")
    link = next(a for a in results if a.get_attribute("href").endswith(f"#{paragraph}"))
    link.click()
    target = page.find_element(By.ID, paragraph)
    assert page.current_url.endswith(f"#{paragraph}")
    assert first in target.get_attribute("textContent").lower()


def test_search_across_the_corpus(page, site):
    load(page, site.root / "search.html", "?q=dockers")
    results = page.find_elements(By.CSS_SELECTOR, "#_search-results li")
    assert results and results[0].find_element(By.TAG_NAME, "a").get_attribute("href").endswith(
        "/river-workers/index.html#p-1")
    assert "The River Workers' Strike" in results[0].text  # which article


def test_typing_in_the_search_box_updates_the_results(page, site):
    load(page, site.page("search.html"))
    assert page.find_element(By.ID, "_search-status").text == ""
    page.find_element(By.ID, "_q").send_keys("Zhukov")
    assert "places found for “Zhukov”" in page.find_element(By.ID, "_search-status").text
    assert page.find_elements(By.CSS_SELECTOR, "#_search-results mark")


def test_no_network_requests(page, site):
    requested(page)  # forget what came before
    visited = [path for path in sorted(site.folder.glob("*.html"))] + [site.root / "index.html"]
    urls = []
    for path in visited:
        load(page, path, "?q=stalin" if path.name == "search.html" else "")
        urls += requested(page)
        entries = page.execute_script("return performance.getEntries().map(e => e.name)")
        assert not [name for name in entries if name.startswith(("http:", "https:", "ws"))]
    assert urls and all(url.startswith("file://") for url in urls), \
        [url for url in urls if not url.startswith("file://")]
    loaded = {url.rsplit("/", 1)[-1].split("?")[0] for url in urls}
    assert {"edition.css", "edition.js", "print.css", "search-index.js"} <= loaded  # icon: cached


def test_without_javascript_every_word_of_the_text_is_there(browser, site):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        load(browser, site.page())
        assert "no-js" in browser.find_element(By.TAG_NAME, "html").get_attribute("class").split()
        assert not browser.find_element(By.ID, "_controls").is_displayed()
        # What the reader sees, without the paragraph numbers and note marks.
        browser.execute_script("document.querySelectorAll('.pnum, .note-ref, .label')"
                               ".forEach(e => e.remove())")
        blocks = site.tei.xpath("//t:text/t:body//t:p[@xml:id] | //t:text/t:body//t:item[@xml:id]",
                                namespaces=NS)
        for block in blocks:
            visible = browser.find_element(By.ID, block.get(XML_ID)).text
            assert words(visible) == reading_words(block), block.get(XML_ID)
        notes = browser.find_element(By.ID, "_notes").text
        note_words = words(notes)
        for citation in site.tei.xpath("//t:text" + CITATIONS[1:], namespaces=NS):
            assert is_subsequence(reading_words(citation), note_words), citation.get(XML_ID)
        for sic in site.tei.xpath("//t:text//t:choice/t:sic | //t:text//t:choice/t:orig",
                                  namespaces=NS):
            assert "the source" in notes and sic.text in notes
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_layout_fits_wide_and_narrow_screens(page, site, tmp_path):
    load(page, site.page())
    box = "return document.querySelector(arguments[0]).getBoundingClientRect()"
    width = page.execute_script(box, "#p-1")["width"]
    assert 480 <= width <= 720  # a readable measure
    number = page.execute_script(box, "#p-1 .pnum")["right"]
    left = page.execute_script(box, "#p-1")["left"]
    assert number <= left  # in the margin
    page.save_screenshot(str(tmp_path / "seed-wide.png"))
    try:
        page.set_window_size(500, 900)  # Chromium's narrowest window
        load(page, site.page())
        overflow = page.execute_script("return document.documentElement.scrollWidth - "
                                       "document.documentElement.clientWidth")
        assert overflow <= 0
        page.save_screenshot(str(tmp_path / "seed-narrow.png"))
    finally:
        page.set_window_size(1280, 1000)


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(word in it for word in needle)


# Every element with text of its own: its colour, and the first opaque background behind it.
COLOURS = """
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
"""


def luminance(css: str) -> float:
    r, g, b = (float(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
    return sum(k * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
               for k, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))


@pytest.mark.parametrize("file", ["index.html", "persons.html", "about.html"])
def test_text_contrast_is_at_least_4_5(page, site, file):
    load(page, site.page(file))
    if file == "index.html":  # the highlighted states too
        page.execute_script("const s = document.getElementById('_speaker'); s.value = 'plimak';"
                            "s.dispatchEvent(new Event('change'))")
    pairs = page.execute_script(COLOURS)
    assert len(pairs) > 20
    for element, colour, background in pairs:
        lighter, darker = sorted((luminance(colour), luminance(background)), reverse=True)
        ratio = (lighter + 0.05) / (darker + 0.05)
        assert ratio >= 4.5, f"{element}: {colour} on {background} is {ratio:.1f}:1"
