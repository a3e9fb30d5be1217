# SPDX-License-Identifier: MIT
"""The seed's print edition as FOP and a reader meet it: FOP's log, the set page, and images of
two pages for people to look at; and what the build makes of FOP's log."""

from __future__ import annotations

import re
import subprocess
from collections import Counter

from lxml import etree

from edition.render import fop
from print_helpers import NS, index_start, pdf_lines
from support import ROOT

SCREENSHOTS = ROOT / "build" / "screenshots"  # for people to look at (build/ is not committed)
FOP_LEVELS = re.compile(r"^\[(WARN|WARNING|SEVERE|ERROR|FATAL)\]", re.M)


def test_fop_finds_nothing_to_report_in_the_seeds_fo(seed, seed_fop_run):
    # FOP validates strictly unless told otherwise (-r, or <strict-validation>false in the
    # configuration): invalid FO is an error then, and a property it cannot honour a warning.
    # The seed has what FO made from TEI usually breaks on: footnotes in quotations and in a
    # list, notes with inline markup (titles, links).
    config = etree.parse(str(ROOT / "xslt" / "fo" / "fop.xconf"))
    assert config.findtext("strict-validation", "true").strip() == "true"
    fo = etree.parse(str(seed.fo))
    for inside in ("fo:block[@margin-left]", "fo:list-block", "fo:inline"):  # quotation, list
        assert fo.xpath(f"//{inside}//fo:footnote", namespaces=NS), inside
    assert fo.xpath("//fo:footnote-body//fo:inline[@font-style] | //fo:footnote-body//fo:basic-link",
                    namespaces=NS)
    assert FOP_LEVELS.findall(seed_fop_run.log) == [], seed_fop_run.log


def test_the_seeds_text_is_set_as_a_book_page(seed):
    # Justified: the lines of the reading text end at the right edge of the text area, but for
    # a paragraph's last; hyphenated; and evenly spaced: within a block, the baselines of a page
    # are one line-height (1.35 x 10pt) apart, whatever italics or note marks a line holds.
    lines = pdf_lines(seed.pdf)
    pages = range(3, index_start(seed.pdf))
    heights = Counter(round(w.height, 1) for p in pages for line in lines[p] for w in line)
    body = heights.most_common(1)[0][0]  # a word of the reading text, in roman
    reading = {p: [line for line in lines[p] if any(abs(w.height - body) < 0.05 for w in line)]
               for p in pages}
    at_edge = sum(abs(line[-1].x_max - max(end.x_max for end in (l[-1] for l in reading[p]))) < 0.5
                  for p in pages for line in reading[p])
    assert at_edge > 0.75 * sum(len(reading[p]) for p in pages)
    hyphenated = sum(line[-1].text.endswith("-") and line[-1].text[-2:-1].isalpha()
                     for p in pages for line in reading[p])
    assert hyphenated >= 10
    pitches = Counter()
    for p in pages:
        baselines = [max(w.y_max for w in line if abs(w.height - body) < 0.05) for line in reading[p]]
        pitches.update(round(b - a, 2) for a, b in zip(baselines, baselines[1:]))
    # 13.5: the next line of the same block (or of the next paragraph); 15.5 or more: a space
    # or another block lies between (a heading, a list, a block quotation). FOP's default
    # stacking made lines with italics 14.06 apart, with a note's mark 13.61 (see styles.xsl).
    assert {pitch for pitch in pitches if 0 < pitch < 15.5 and pitch != 13.5} == set(), pitches


def test_pages_rendered_for_people_to_look_at(seed, capsys):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    written = []
    # The title page, and a left-hand page of the text: running head, a heading, footnotes.
    for page in (1, 4):
        stem = SCREENSHOTS / f"print-seed-page-{page}"
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(page), "-l", str(page),
                        "-singlefile", str(seed.pdf), str(stem)], check=True)
        png = stem.with_suffix(".png")
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000, png
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert abs(height / width - 210 / 148) < 0.01 and width > 600  # A5, 110 dpi
        written.append(png)
    with capsys.disabled():
        print("\nprint edition of the seed, pages 1 and 4: "
              + ", ".join(str(p.relative_to(ROOT)) for p in written))


def test_what_fop_logs_and_goes_on_after_is_reported():
    # FOP drops a property whose value it cannot read, logs an ERROR and makes the PDF anyway:
    # the build reports it with the warnings, without the Java around it.
    log = ("[warning] /usr/bin/fop: JVM flavor 'sun' not understood\n"
           "[INFO] FOUserAgent - Rendered page #1.\n"
           '[ERROR] FOUserAgent - Invalid property value encountered in text-align="middle": '
           "org.apache.fop.fo.expr.PropertyException: file:/x.fo:4:77: No conversion defined "
           "middle; property:'text-align' (See position 5:51) <org.apache.fop.fo.expr."
           "PropertyException: file:/x.fo:4:77: No conversion defined middle>org.apache…\n"
           "\tat org.apache.fop.fo.properties.PropertyMaker.make(PropertyMaker.java:446)\n"
           "[WARN] FOUserAgent - The contents of fo:block line 1 exceed the available area in the "
           "inline-progression direction by 1234 millipoints. (See position 3:4)\n")
    assert fop._warnings(log) == [
        'Invalid property value encountered in text-align="middle": file:/x.fo:4:77: No '
        "conversion defined middle; property:'text-align' (See position 5:51)",
        "The contents of fo:block line 1 exceed the available area in the inline-progression "
        "direction by 1234 millipoints. (See position 3:4)"]


def test_a_long_title_and_many_authors_keep_the_running_heads_to_one_line(tmp_path):
    from click.testing import CliRunner
    from edition.cli import main
    from print_helpers import pdf_text
    body = "\n\n".join(["The mills of the valley were counted again this year, and the count was "
                        "longer than any before it, for the river had risen and new wheels "
                        "had been built along both of its banks, from the weir to the sea."] * 40)
    text = ("Unique Environmental Effects on the Mills of a River Valley Participation: A Twin Study"
            "\n\nAnn Cole, Tom Reed, Lucy Hart, Bob Lund, Jane Moss, Ada Okafor\n\n"
            "(Mill Review 3: e20, 16 April 2008)\n\n" + body + "\n")
    source = tmp_path / "mills.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"),
                                       "--no-web", "--no-epub", "--pdf"])
    assert result.exit_code == 0, result.output
    assert "region-before" not in result.output  # no running head overflows its band
    heads = [pdf_text(tmp_path / "out" / "mills.pdf", page, page, layout=True).splitlines()[0]
             for page in (5, 4)]
    assert heads[0].split()[:3] == ["Unique", "Environmental", "Effects"] and "…" in heads[0]
    assert heads[1].split()[1:] == ["Ann", "Cole", "et", "al."]


def test_a_byline_of_many_names_taken_as_one_person_may_break_across_lines(tmp_path):
    from click.testing import CliRunner
    from edition.cli import main
    source = ROOT / "tests" / "data" / "corpus" / "report-elife-impact-factor.txt"
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"),
                                       "--no-web", "--no-epub", "--pdf"])
    assert result.exit_code == 0, result.output
    assert "exceed the available area" not in result.output  # no line sticks into the margin
