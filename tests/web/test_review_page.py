# SPDX-License-Identifier: MIT
"""review.html: the encoder's own decisions as a page of the web build, for the editor only."""

import subprocess
import sys

from lxml import html

from support import SEED


def test_the_web_build_of_a_text_has_a_review_page_no_page_links_to(tmp_path):
    out = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "edition", "build", str(SEED), "-o", str(out),
                    "--no-pdf", "--no-print", "-q"], check=True)
    folder = out / SEED.stem
    page = html.parse(str(folder / "review.html")).getroot()
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex, nofollow"]
    assert page.xpath("//meta[@http-equiv='Content-Security-Policy']")
    sections = [h.text_content() for h in page.xpath("//section/h2")]
    assert [s.split(" (")[0] for s in sections] == [
        "Section headings", "Block quotations", "Quotations", "Citations", "Supplied marks"]
    confirm = page.xpath("//section[@id='review-heading']//pre")[0].text_content()
    assert confirm == '[[override]]\nat = "Full Support For"\nheading = true'
    for other in out.rglob("*.html"):
        if other.name != "review.html":
            assert "review.html" not in other.read_text(encoding="utf-8"), other
