# SPDX-License-Identifier: MIT
"""What the corpus's search page loads besides Pagefind: its own script alone (edition.js's
reading tools have nothing to work on there: it was a tenth of a query's bytes), which does
what edition.js did on it — the class saying scripts run, "Cite this page" with the page's
address when served and the reader's date — and from file:// says how to serve the folder."""

from __future__ import annotations

import datetime as dt

from web_helpers import html


def today(page) -> str:
    day = page.evaluate("(() => { const d = new Date(); return [d.getFullYear(), "
                        "d.getMonth() + 1, d.getDate()]; })()")
    day = dt.date(*day)
    return f"{day.day} {day:%B} {day.year}"


def test_the_search_page_loads_its_own_script_and_not_the_reading_pages(site):
    scripts = html(site.root / "search.html").xpath("//script/@src")
    assert scripts == ["assets/corpus-search.js"]
    assert "assets/edition.js" in html(site.root / "index.html").xpath("//script/@src")


def test_served_the_search_page_cites_its_address_and_the_readers_date(page, site, served):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{served}search.html?q=stalin")
    page.locator("#_search-status:not(:empty)").wait_for()
    assert page.locator("#_search-results > li").count() > 0
    classes = page.evaluate("document.documentElement.className").split()
    assert "js" in classes and "no-js" not in classes
    assert page.inner_text(".cite-page .cite-url") == f"{served}search.html"
    assert page.inner_text(".cite-page").endswith(f", accessed {today(page)}.")
    assert not [url for url in requested if url.endswith("edition.js")]


def test_from_a_file_the_search_page_says_to_serve_it_and_still_dates_its_citation(page, site):
    page.goto((site.root / "search.html").as_uri() + "?q=stalin")
    assert page.locator("#_search-file").is_visible()
    assert "edition serve" in page.inner_text("#_search-file")
    assert page.inner_text(".cite-page").endswith(f", accessed {today(page)}.")
    assert "no web address" in page.inner_text(".cite-page .cite-url")


def test_each_filter_field_stands_under_its_own_label_at_any_width(page, site):
    # (at 1280 px the labels ran into the fields before them, "Year" ending a line apart from
    # its field)
    for width in (1280, 800, 400):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto((site.root / "search.html").as_uri())
        for name in ("author", "publication", "year", "person", "work"):
            label = page.locator(f"label[for='_f-{name}']").bounding_box()
            field = page.locator(f"#_f-{name}").bounding_box()
            assert abs(label["x"] - field["x"]) < 2, (width, name)  # flush with its field
            assert label["y"] + label["height"] <= field["y"] + 1, (width, name)  # above it
            assert field["width"] >= 120, (width, name)
