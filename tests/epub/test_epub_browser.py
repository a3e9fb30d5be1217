# SPDX-License-Identifier: MIT
"""The content documents in headless Chromium: every word of the source in order, every note
mark leading to its footnote and back, every page of the page list where that page of the PDF
begins."""

from __future__ import annotations

import subprocess

from lxml import etree

from epub_helpers import letters, pdf_page_words, text_words, words

# What the reading text holds besides the source's words: the footnotes, the note marks, the
# paragraph numbers, the works cited (the edition's list).
READING_TEXT = """() => {
  const type = e => (e.getAttributeNS('http://www.idpf.org/2007/ops', 'type') || '').split(' ');
  [...document.querySelectorAll('*')]
    .filter(e => e.matches('.footnotes, .noteref, .pnum') || type(e).includes('bibliography'))
    .forEach(e => e.remove());
  return document.body.innerText;
}"""


def test_every_word_of_the_source_in_order(edition, page):
    page.goto((edition.unpacked / "OEBPS" / "text.xhtml").as_uri())
    shown = words(page.evaluate(READING_TEXT))
    assert shown == text_words(edition.tei)


def test_every_noteref_leads_to_its_footnote_and_back(edition, page):
    page.goto((edition.unpacked / "OEBPS" / "text.xhtml").as_uri())
    pairs = page.evaluate("""() => [...document.querySelectorAll('a')]
        .filter(a => a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'noteref')
        .map(a => {
          const note = document.getElementById(a.getAttribute('href').slice(1));
          const back = note && note.querySelector('a[role="doc-backlink"]');
          return [a.id, a.textContent,
                  note ? note.getAttributeNS('http://www.idpf.org/2007/ops', 'type') : null,
                  back ? back.getAttribute('href') : null, back ? back.textContent : null];
        })""")
    footnotes = page.evaluate("document.querySelectorAll('aside').length")
    assert len(pairs) == footnotes  # each footnote has its mark (the seed has 30 or so)
    if not pairs:
        return
    for ref_id, mark, note_type, back, back_mark in pairs:
        assert note_type == "footnote", ref_id
        assert back == f"#{ref_id}" and back_mark == mark, ref_id
    first = pairs[0][0]
    page.click(f"#{first}")
    assert page.evaluate("location.hash") == page.eval_on_selector(f"#{first}", "a => a.getAttribute('href')")
    page.click(f"{page.evaluate('location.hash')} a[role='doc-backlink']")
    assert page.evaluate("location.hash") == f"#{first}"


def page_list(edition) -> list[tuple[str, str]]:
    nav = etree.parse(str(edition.unpacked / "OEBPS" / "nav.xhtml"))
    links = nav.xpath("//h:nav[@e:type='page-list']//h:a", namespaces={
        "h": "http://www.w3.org/1999/xhtml", "e": "http://www.idpf.org/2007/ops"})
    return [(a.text, a.get("href")) for a in links]


WORDS_AFTER = """(id) => {
  const marker = document.getElementById(id);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: n =>
    n.parentElement.closest('.footnotes, .noteref, .pnum') ? NodeFilter.FILTER_REJECT
                                                          : NodeFilter.FILTER_ACCEPT});
  walker.currentNode = marker;
  let text = '';
  while (walker.nextNode() && text.length < 200) text += walker.currentNode.textContent + ' ';
  return text;
}"""


def test_every_page_of_the_pdf_is_in_the_page_list(edition):
    info = subprocess.run(["pdfinfo", str(edition.pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert [number for number, _ in page_list(edition)] == [str(n) for n in range(1, pages + 1)]


def test_every_page_list_entry_is_where_that_page_of_the_pdf_begins(edition, page):
    entries = page_list(edition)
    assert entries
    blank = 0
    for number, href in entries:
        file, marker = href.split("#")
        page.goto((edition.unpacked / "OEBPS" / file).as_uri())
        after = letters(page.evaluate(WORDS_AFTER, marker))[:8]
        printed = pdf_page_words(edition.pdf, number)
        if not printed:  # a blank page: marked where the next one begins
            blank += 1
            continue
        # The page's first words follow the marker. A word broken across the page: hyphenated,
        # the marker stands after it, before the page's first whole word; broken unhyphenated
        # (a URL), before it.
        opening, passage = "".join(printed[:3]), "".join(after)
        assert (passage.startswith("".join(printed[1:4])) or opening in passage[:len(opening) + 40]), (
            number, after, printed[:12])
    assert blank < len(entries)
