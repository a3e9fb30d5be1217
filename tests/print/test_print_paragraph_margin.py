# SPDX-License-Identifier: MIT
"""Paragraph numbers stand in the outer margin of a two-sided book: right of the text on a
right-hand (odd) page, left of it on a left-hand (even) one, never in the gutter. FOP cannot put a
block's number "outside" by itself (its side floats go left or right and wrap the text), so the
build lays the FO out once, reads each number's page and makes the FO again
(edition.render.pdf); the stylesheet's side of it is checked without FOP, the result on the
PDF's own words (pdftotext -bbox) of the sample, a longer document and the seed.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from edition.render.fo import PrintSettings, to_fo
from print_helpers import NS, _points, index_start, page_boxes, pdf_lines
from support import SAMPLE

MM = 72 / 25.4


@pytest.fixture(scope="module")
def sample_tei():
    return etree.parse(str(SAMPLE))


def labels(fo: etree._Element) -> dict[str, etree._Element]:
    """Paragraph number -> the list item label that holds it."""
    return {block.get("id")[4:]: block.getparent()
            for block in fo.xpath("//fo:list-item-label/fo:block[starts-with(@id, '_pn-')]",
                                  namespaces=NS)}


def test_the_stylesheet_sets_each_number_in_the_outer_margin_of_the_page_it_landed_on(sample_tei):
    # As if FOP had set ¶ 1 on page 3 (right-hand), ¶ 2 on page 4 (left-hand); ¶ 3 and on
    # unknown (no such page reported): left, as every number is without a layout.
    fo = etree.fromstring(bytes(to_fo(sample_tei, PrintSettings(date="2000-01-01"),
                                      paragraph_pages={"_pn-1": "3", "_pn-2": "4"})))
    found = labels(fo)
    assert len(found) > 3
    right = (found["1"].get("start-indent"), found["1"].get("end-indent"), found["1"].get("text-align"))
    left = (found["2"].get("start-indent"), found["2"].get("end-indent"), found["2"].get("text-align"))
    assert right == ("100% + 3mm", "-12mm", "start")  # beyond the column's end, flush to it
    assert left == ("-12mm", "100% + 3mm", "end")  # before the column's start, flush to it
    assert {(l.get("start-indent"), l.get("end-indent")) for n, l in found.items()
            if n not in ("1", "2")} == {left[:2]}
    plain = labels(etree.fromstring(bytes(to_fo(sample_tei, PrintSettings(date="2000-01-01")))))
    assert {l.get("start-indent") for l in plain.values()} == {"-12mm"}


def columns(fo_path) -> dict[str, tuple[float, float]]:
    """'recto'/'verso' -> the text column's left and right edges (points from the paper's left
    edge), from the FO's page masters of the text."""
    tree = etree.parse(str(fo_path))
    edges = {}
    for side in ("recto", "verso"):
        master = tree.find(f".//fo:simple-page-master[@master-name='text-{side}']", NS)
        width = _points(master.get("page-width"))
        edges[side] = (_points(master.get("margin-left")), width - _points(master.get("margin-right")))
    return edges


def margin_numbers(edition) -> list[tuple[int, str, float, float]]:
    """The numbers printed beside the text column on the text's pages, in reading order:
    (page, number, x_min, x_max). Anything set in a side margin of the text area is one."""
    edges, body = columns(edition.fo), page_boxes(edition.fo)["body"]
    found = []
    lines = pdf_lines(edition.pdf)
    for page in range(3, index_start(edition.pdf)):
        left, right = edges["recto" if page % 2 else "verso"]
        words = sorted((w for line in lines[page] for w in line
                        if body[1] <= w.y_min <= body[1] + body[3]
                        and (w.x_max < left - 0.5 or w.x_min > right + 0.5)),
                       key=lambda w: (w.y_min, w.x_min))
        found += [(page, w.text, w.x_min, w.x_max) for w in words]
    return found


def test_every_paragraph_number_stands_in_the_outer_margin_of_its_page(edition):
    fo = etree.parse(str(edition.fo))
    expected = fo.xpath("//fo:block[starts-with(@id, '_pn-')]/@id", namespaces=NS)
    found = margin_numbers(edition)
    assert [text for _, text, _, _ in found] == [i[4:] for i in expected]  # every one, in order
    edges, gap, width = columns(edition.fo), 3 * MM, 12 * MM
    sides = set()
    for page, number, x_min, x_max in found:
        left, right = edges["recto" if page % 2 else "verso"]
        if page % 2:  # right-hand page: the outer margin is the right one
            assert abs(x_min - (right + gap)) < 0.5 and x_max < right + width, (page, number, x_min)
        else:
            assert abs(x_max - (left - gap)) < 0.5 and x_min > left - width, (page, number, x_max)
        sides.add(page % 2)
    if len({page for page, *_ in found}) > 1:
        assert sides == {0, 1}  # both kinds of page were seen


def test_the_outer_margin_is_the_wide_one(seed):
    # The numbers' room (12 mm) fits the outer margin with room to spare before the paper's
    # edge; the inner one (the gutter) is narrower and holds nothing.
    edges = columns(seed.fo)
    width = _points(etree.parse(str(seed.fo)).find(".//fo:simple-page-master", NS).get("page-width"))
    outer, inner = width - edges["recto"][1], edges["recto"][0]
    assert (outer, inner) == pytest.approx((edges["verso"][0], width - edges["verso"][1]))  # mirrored
    assert outer > inner and outer - 12 * MM >= 10 * MM


def test_a_number_is_on_the_baseline_of_its_paragraphs_first_line(seed):
    # Beside the first line, not above or below it: the number's box ends where the words of
    # a line of the reading text on the same page do, give or take the smaller figures.
    lines = pdf_lines(seed.pdf)
    edges = columns(seed.fo)
    for page, number, x_min, _ in margin_numbers(seed):
        left, right = edges["recto" if page % 2 else "verso"]
        mark = next(w for line in lines[page] for w in line if w.text == number and w.x_min == x_min)
        text = [w for line in lines[page] for w in line if left - 0.5 <= w.x_min and w.x_max <= right + 0.5
                and re.search(r"[^\W\d_]", w.text)]
        nearest = min(text, key=lambda w: abs(w.y_max - mark.y_max))
        assert abs(nearest.y_max - mark.y_max) < 2.5, (page, number)
