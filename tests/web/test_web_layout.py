# SPDX-License-Identifier: MIT
"""Every page at a phone's width (390 px) and a desktop's (1280 px), in Chromium: nothing wider
than the window (no sideways scrolling: the about page's SHA-256, long addresses), a list item's
label beside its paragraph number, not over it, and the search page's form in the text column.
Screenshots of each page at both widths go to build/screenshots/ for people to look at."""

from __future__ import annotations

import pytest

from web_helpers import SCREENSHOTS

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
DOCUMENT_PAGES = ["index.html", "persons.html", "works.html", "organisations.html", "about.html",
                  "search.html"]


def pages_of(site) -> list:
    return [site.page(name) for name in DOCUMENT_PAGES] + [site.root / "index.html",
                                                           site.root / "search.html"]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_no_page_is_wider_than_the_window(page, site, width):
    page.set_viewport_size(width)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in pages_of(site):
        page.goto(path.as_uri() + ("?q=Trotsky" if path.name == "search.html" else ""))
        overflow = page.evaluate("document.documentElement.scrollWidth"
                                 " - document.documentElement.clientWidth")
        wide = page.evaluate(f"""[...document.querySelectorAll('main *, footer *')]
            .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > {width['width']} + 1)
            .slice(0, 3).map(e => e.tagName + '.' + e.className)""")
        assert overflow <= 0 and not wide, (path, overflow, wide)
        name = "corpus" if path.parent == site.root else "seed"
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{path.stem}-{width['width']}.png"))


def test_list_labels_stand_beside_their_paragraph_numbers_on_a_phone(page, site):
    page.set_viewport_size(PHONE)
    page.goto(site.page().as_uri())
    pairs = page.evaluate("""[...document.querySelectorAll('.labelled > li')].map(li => {
        const n = li.querySelector(':scope > .pnum').getBoundingClientRect();
        const l = li.querySelector(':scope > .label').getBoundingClientRect();
        return [n.left, n.right, n.top, n.bottom, l.left, l.right, l.top, l.bottom]; })""")
    assert len(pairs) >= 3
    for n_left, n_right, n_top, n_bottom, l_left, l_right, l_top, l_bottom in pairs:
        apart = l_left >= n_right or l_right <= n_left or l_top >= n_bottom or l_bottom <= n_top
        assert apart and l_left >= n_right - 0.5  # after the number, on its line


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_the_search_form_stands_in_the_text_column(page, site, width):
    page.set_viewport_size(width)
    # a text's search page, and the corpus's (Pagefind's: its own results box)
    for path, box_id in ((site.page("search.html"), "#_search"),
                         (site.root / "search.html", "#_corpus-search")):
        page.goto(path.as_uri())
        box = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }"
        heading = page.locator("main h1").evaluate(box)
        form = page.locator("main form.search-form").evaluate(box)
        results = page.locator(box_id).evaluate(box)
        assert abs(form[0] - heading[0]) <= 1 and abs(form[0] - results[0]) <= 1, (path, form)
        assert form[1] <= results[1] + 1, (path, form, results)
