# SPDX-License-Identifier: MIT
"""The print edition as a press would set it, checked on the PDF itself (poppler) and on FOP's
intermediate format of the same FO (the pages as FOP laid them out), not on the FO:

  - at most two hyphenated line ends in a row;
  - a measure of 60 to 70 characters;
  - no page of the text or the index holding fewer than five lines;
  - index page ranges ("3–8"), never a run of consecutive pages one by one;
  - a tagged PDF, still PDF/A-1b, whose every font has a ToUnicode map;
  - reference notes in one house style: the first citation of a work in full, then author,
    short title and pages, "Ibid." for the work just cited; the source's own words of a
    citation in the text only.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from edition.render import fop
from print_helpers import (NS, REFERENCED, index_start, laid_lines, laid_out, page_boxes, page_count,
                           pdf_fonts, pdf_info, pdf_lines, pdf_text)


@pytest.fixture(scope="session")
def layouts(editions, tmp_path_factory):
    """FOP's intermediate format of each edition's final FO."""
    made = {}
    for key, edition in editions.items():
        out = tmp_path_factory.mktemp(f"layout-{key}") / "layout.if.xml"
        fop.render(edition.fo, out, intermediate=True)
        made[key] = out
    return made


def hyphen_runs(lines) -> list[int]:
    """The lengths of the runs of consecutive lines whose last word FOP hyphenated."""
    runs, run = [], 0
    for line in lines:
        if line[-1].hyphenated:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return runs + ([run] if run else [])


def test_no_more_than_two_hyphenated_line_ends_in_a_row(editions, layouts):
    for key in editions:
        lines = laid_lines(layouts[key])
        runs = hyphen_runs(lines)
        assert max(runs, default=0) <= 2, (key, runs)
    # The seed is hyphenated (the check has lines to check), at most one line in six.
    seed = laid_lines(layouts["seed"])
    hyphenated = sum(line[-1].hyphenated for line in seed)
    assert 10 <= hyphenated <= len(seed) / 6, (hyphenated, len(seed))


def test_pdftotext_agrees_on_the_hyphenated_line_ends(seed):
    # What a reader of the PDF's text sees: lines ending in a hyphen where the word goes on
    # (a letter before it, a lower-case letter opening the next line), never three in a row.
    # (A word hyphenated inside a name or a title reads without its hyphen: the tagged PDF
    # gives its text for screen readers; FOP's layout above counts those too.)
    columns = page_boxes(seed.fo)["columns"]  # the text column: no paragraph number after a line
    text = "".join(pdf_text(seed.pdf, page, page, layout=True, joined=False,
                            crop=columns["recto" if page % 2 else "verso"])
                   for page in range(3, index_start(seed.pdf)))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    ends = [bool(re.search(r"[^\W\d_]-$", a)) and bool(re.match(r"[a-z]", b))
            for a, b in zip(lines, lines[1:])]
    longest = max((len(m) for m in re.findall(r"1+", "".join("1" if e else "0" for e in ends))), default=0)
    assert 0 < sum(ends) and longest <= 2


def test_a_measure_of_60_to_70_characters(editions):
    # The full lines of the reading text (those ending at the column's right edge, which a
    # paragraph's last line does not), paragraph numbers in the margin left out.
    for key in ("seed", "longer"):
        edition = editions[key]
        lines = pdf_lines(edition.pdf)
        body = page_boxes(edition.fo)["body"]
        pages = range(3, index_start(edition.pdf))
        # a word of the reading text: the commonest height (a paragraph number's is smaller)
        size = Counter(round(w.height, 1) for p in pages for line in lines[p] for w in line).most_common(1)[0][0]
        counts = []
        for page in pages:
            text_lines = [[w for w in line if abs(w.height - size) < 0.05] for line in lines[page]
                          if line and body[1] < line[0].y_min < body[1] + body[3]]
            text_lines = [line for line in text_lines if len(line) > 1]
            if not text_lines:
                continue
            right = max(line[-1].x_max for line in text_lines)
            counts += [sum(len(w.text) for w in line) + len(line) - 1
                       for line in text_lines if abs(line[-1].x_max - right) < 1]
        average = sum(counts) / len(counts)
        print(f"{key}: {len(counts)} full lines, {average:.1f} characters on average")
        assert 60 <= average <= 70, (key, average)


def body_lines(edition, page: int) -> int:
    """Lines of text on a page, within the text area (no running head nor page number)."""
    text = pdf_text(edition.pdf, page, page, layout=True, crop=page_boxes(edition.fo)["body"])
    return sum(1 for line in text.splitlines() if line.strip())


def test_no_page_holds_fewer_than_five_lines(edition):
    # From the text's first page to the index's last: the last page of the text (the seed's
    # held the works cited alone, two lines) and of the index too.
    short = {page: body_lines(edition, page) for page in range(3, page_count(edition.pdf) + 1)
             if body_lines(edition, page) < 5}
    assert short == {}


def test_index_gives_page_ranges(seed):
    text = pdf_text(seed.pdf, index_start(seed.pdf), page_count(seed.pdf), layout=True)
    text = " ".join(text.split("Index of persons", 1)[1].split())
    assert re.search(r"\d–\d", text), text  # the seed's names run over pages: some ranges
    for first, second in re.findall(r"(\d+), (\d+)", text):
        assert int(second) != int(first) + 1, f"pages {first}, {second} listed, not as a range"


def test_the_pdf_is_tagged_pdf_a_and_every_font_maps_to_unicode(edition):
    assert re.search(r"^Tagged:\s+yes$", pdf_info(edition.pdf), re.M)
    meta = pdf_info(edition.pdf, "-meta")
    assert "<pdfaid:part>1</pdfaid:part>" in meta and "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    fonts = pdf_fonts(edition.pdf)
    assert fonts and [f["name"] for f in fonts if f["uni"] != "yes"] == []
    structure = pdf_info(edition.pdf, "-struct")
    for role in ("H1", "H2", "P", "Note", "Link"):
        assert re.search(rf"^\s*{role} ", structure, re.M), role


def test_the_text_reads_back_as_written(seed):
    # ToUnicode maps and no ligature glyphs without a character: "The", "after", "Left" read
    # back whole (FOP 2.8 maps a Th or ft ligature to nothing).
    text = " ".join(pdf_text(seed.pdf).split())
    for word in ("The pasting of labels", "eight months after", "the Left Opposition"):
        assert word in text, word


def reference_notes(runs) -> list[str]:
    """The reference notes as set, in order of their marks: "a Leon Trotsky, …"."""
    notes: dict[str, list[str]] = {}
    for run in runs:
        if run.owner.startswith("_c-"):
            notes.setdefault(run.owner, []).append(run.text)
    return [" ".join((parts[0] + " " + "".join(parts[1:])).split()) for parts in notes.values()]


def test_reference_notes_in_one_house_style(seed, layouts):
    notes = reference_notes(laid_out(layouts["seed"]))
    cited = seed.tei.xpath(REFERENCED, namespaces=NS)
    assert len(notes) == len(cited) == 11
    # The first citation of each work in full, pages last; then Ibid. for the work just cited,
    # with the pages where they change; never the source's own words ("Op. Cit.", "page 90").
    assert notes[0] == "a Leon Trotsky, The Stalin School of Falsification, Pioneer edition, 1962, p. 90."
    assert notes[1] == "b Leon Trotsky, The Revolution Betrayed, New Park edition, pp. 88–89."
    assert notes[2] == "c Ibid., p. 89."
    assert notes[8] == "i Ibid."  # the source's "(Ibid)": the same page as note h
    assert notes[10] == "k Ibid., pp. 98–99."
    for note in notes:
        assert not re.search(r"Op\.? ?Cit|[Pp]age ", note), note
    # The source's words stay in the text, once.
    text = " ".join(pdf_text(seed.pdf).split())
    assert text.count("(Op.Cit. page 90)") == 1
