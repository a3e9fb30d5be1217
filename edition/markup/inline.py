# SPDX-License-Identifier: MIT
"""The scholarly markup stage: runs the inline rules over a recognised document and hands the
TEI builder, for each block, its spans — and, for runs of paragraphs that are wholly a
quotation, the block-level ``quote``/``said`` that wraps them.

The inline rules, in the order they run:

\b
  quotations               ‘…’ “…” "…" '…', nested, run-on, supplied marks   (quotes.py)
  citations                (page 90, Title, …) (Op. Cit.) (Ibid) (Smith 2015)  (citations.py)
  register-names           persons, organisations, places, titles            (names.py)
  speech-and-writing       said / quote / q, speakers, cit                    (speech.py)
  editorial-interventions  sic/corr, orig/reg from the editorial file         (interventions.py)
  indented-block-quotes    paragraphs the structure rules found set off        (section.py)

section.py runs them over each section; result.py holds what they found, by block; article.py
what the whole article tells them (the works its notes cite, the book a review gives, old prose).
"""

from __future__ import annotations

import re

from edition.editorial import Editorial
from edition.markup.article import article_context
from edition.markup import interventions as iv
from edition.markup import notes as nt
from edition.markup import titles
from edition.markup.citations import grouped_numbers
from edition.markup.interview import interviewee
from edition.markup.names import NameMatcher
from edition.markup.quotes import Unit
from edition.markup.result import Markup
from edition.markup.spans import Span
from edition.markup.section import QUOTE_RANK, Ids, SectionMarkup, longer_names, lower_words, name_words, proper_words, sole_woman, titled_persons
from edition.structure import notes as nn
from edition.structure.headings import is_book_notice
from edition.structure.model import Document, ListBlock, Note, Paragraph, ReferenceList, node_blocks
from edition.structure.references import label_key
from edition.text.blocks import Block


VERSE_INDENT = 8  # columns: further in than a paragraph's first line is


def _units(content: list) -> list[Unit]:
    units = []
    for node in content:
        if isinstance(node, ReferenceList):
            units += [Unit(r.block.text, 0, len(r.block.text), key=r) for r in node.items]
            continue
        if isinstance(node, Paragraph):
            # (set off: a block quotation, or a line set in as far as verse is, "   ----“Magno
            # telluris amore" / "   Egressi … arena.”", a stanza's lines a block each)
            units.append(Unit(node.block.text, 0, len(node.block.text), key=node,
                              set_off=node.block_quote or node.block.indent_width >= VERSE_INDENT))
        elif isinstance(node, ListBlock):
            for item in node.items:
                units.append(Unit(item.block.text, item.item_start, len(item.block.text), key=item))
    return units


def annotate(doc: Document, editorial: Editorial, works, overrides=None,
             provenance: bool = False) -> Markup:
    """Run every inline rule over ``doc``. ``works`` resolves citations (``WorksCited``);
    ``overrides`` (``edition.overrides.Overrides``) holds the editor's decisions; with
    ``provenance``, the markup keeps which rule made each quotation and citation."""
    markup = Markup(provenance)
    if overrides is not None:
        markup.overrides = overrides
    matcher = NameMatcher(editorial)
    resp = iv.default_resp(editorial)

    # editorial interventions are counted over the whole text, opening lines included
    # (in source order: notes kept in the body stand between the sections around them)
    before = doc.sections_before_notes()
    all_blocks = list(doc.opening.blocks) + [b for s in before for b in _section_blocks(s)]
    if doc.notes is not None:
        all_blocks += [b for b in (doc.notes.head, doc.notes.part) if b is not None] + [
            b for n in doc.notes.notes for b in n.blocks]
    all_blocks += [b for s in doc.sections[len(before):] for b in _section_blocks(s)]
    for site in iv.find_sites([b.text for b in all_blocks], editorial, resp):
        markup.add(all_blocks[site.block], iv.span(site, resp))
        if site.intervention.kind == "correction":
            markup.report.corrections += 1
        else:
            markup.report.normalisations += 1

    ids = Ids()
    names = name_words(b.text for b in all_blocks)
    markup.longer_names = longer_names(b.text for b in all_blocks)
    proper = proper_words(b.text for b in all_blocks)
    lower = lower_words(b.text for b in all_blocks)  # "YOUNG MAN." a role where "no young man …"
    # (not from the headings or the title page: title case there makes any word look a name,
    # "The President Discusses Flynn with …")
    # (but the source line names the work as its title page prints it: "… Conversations of the
    # Emperor Napoleon")
    source_line = doc.opening.source_line.block if doc.opening.source_line is not None else None
    heads = {id(s.head) for s in doc.sections if s.head is not None} | {
        id(b) for b in doc.opening.blocks if b is not source_line}
    titled = titled_persons(b.text for b in all_blocks if id(b) not in heads)
    woman = sole_woman(b.text for b in all_blocks if id(b) not in heads)
    interviewed = interviewee(b.text for b in all_blocks)
    grouped = grouped_numbers(b.text for b in all_blocks)
    notes = doc.notes.notes if doc.notes is not None else []
    note_numbers = {note.number for note in notes}
    if notes and all(nn.note_style(note) == "u" for note in notes):
        # notes printed by their superscript figures ("¹ We use …") are called by them alone
        # ("data¹"): a "[1]" is the reference list's, as a number cited with others is
        grouped |= note_numbers
    numbered_lists = _numbered_lists(doc)
    reference_numbers = {n: ref_id for _, numbers in numbered_lists for n, ref_id in numbers.items()}

    by_note: dict[str, str] = {}  # the work each note cites first: "See note 65."
    article = article_context(doc)
    works.article = article

    def note_markup(note: Note) -> None:
        """One note at a time: an Ibid. means the work its note cited last."""
        units = [Unit(b.text, 0, len(b.text), key=note if b is note.block else b)
                 for b in note.blocks]
        SectionMarkup(markup, matcher, works, units, ids, note_numbers, headings=True,
                      name_words=names, proper=proper, titled=titled,
                      reference_numbers=reference_numbers, grouped=grouped).run()  # "4 [OMB A-130] defines …"
        nt.note_references(markup, note, works, ids, by_note)
        _note_extracts(note, markup, ids)

    carry = None
    for s, section in enumerate(doc.sections):
        works.article = article.for_section(section)
        if section.head is not None:
            head = Unit(section.head.text, 0, len(section.head.text), key=section.head)
            # (a book notice's heading is sentences: its quoted titles are read as a paragraph's;
            # it describes a book, it cites none: "Briefe aus Philadelphia (1876) an eine …")
            notice = is_book_notice(section.head.text)
            SectionMarkup(markup, matcher, works, [head], ids, note_numbers, headings=not notice,
                          name_words=names, proper=proper, titled=titled, cites=not notice).run()
        body = SectionMarkup(markup, matcher, works, _units(section.content), ids, note_numbers,
                             name_words=names, proper=proper, titled=titled,
                             reference_numbers=_list_cited(numbered_lists, s, reference_numbers),
                             interviewee=interviewed, grouped=grouped, lower=lower, carry=carry,
                             woman=woman)
        body.run()
        carry = body.carried  # a passage left open at the section's end, a cross-head inside it
        for node in section.content:  # footnotes in the body, after the text that calls them
            if isinstance(node, Note):
                note_markup(node)
    nt.footnote_calls(markup, doc.footnotes(), nn.note_id)
    if notes:
        _note_markers(doc, markup)
        for note in notes:
            note_markup(note)
    titles.same_title_throughout(markup, all_blocks)
    _line_beginnings(doc, markup)
    return markup


LB_RANK = 90  # an empty element: where it stands, inside whatever holds the line's end


def _note_extracts(note: Note, markup: Markup, ids: Ids) -> None:
    """Rule "note-extracts": an extract a note sets in line by line (``Note.extracts``) is a
    ``quote`` around its paragraph's words, each line after the first opening with ``lb`` (a
    note holds paragraphs, not block quotations)."""
    for k in sorted(note.extracts):
        block = note.blocks[k]
        ids.q += 1
        markup.add(block, Span(0, len(block.text), "quote", {"xml_id": f"q-{ids.q}"},
                               rank=QUOTE_RANK - 1, rule="note-extracts"))
        markup.trace(block.text, "quote:note-extract")
        markup.report.quotations += 1
        _lines(block, markup)


def _line_beginnings(doc: Document, markup: Markup) -> None:
    """Rule "lineation": each line of a block quotation set line by line begins, after the
    first, with an ``lb`` (at the line break, so that it stands where the line ends)."""
    for section in doc.sections:
        for node in section.content:
            if isinstance(node, Paragraph) and node.lineated:
                _lines(node.block, markup)


def _lines(block: Block, markup: Markup) -> None:
    """An ``lb`` at each of ``block``'s line breaks."""
    for at in (i for i, c in enumerate(block.text) if c == "\n"):
        markup.add(block, Span(at, at, "lb", rank=LB_RANK, rule="lineation"))


_SPACED_CALL_AT_END = re.compile(r"(?<=[.!?])[ \u00a0]+(?P<call>\((?P<n>\d{1,3})\))$")


def _note_markers(doc: Document, markup: Markup) -> None:
    """Rule "note-markers" (markup/notes.py) over the text before the notes, in order (not the
    sections after notes kept in the body: a reference list's numbers are no markers)."""
    style = nn.note_style(doc.notes.notes[0])
    title = doc.opening.title if doc.opening is not None else None
    if title is not None:  # "THE GOSPEL ACCORDING TO WALT WHITMAN.*": the title's own note
        # (a "[11]" there too: the title is no paragraph the citations rule reads)
        # ("JOAN OF ARC[1]" over "[NOTE 1.": a labelled note called by its number in brackets)
        # (the byline's too: "by Robert D. Jones, Jr., and G. Vernon Byrd[1]", the authors' address)
        in_title = nt.NoteMarkers(doc.notes.notes, nn.note_id, "g" if style in ("b", "o") else style)
        for block in doc.opening.blocks:
            if block is title or block is doc.opening.author:
                spans = in_title.spans(block.text, 0, len(block.text))
                if (not spans and block is title and in_title.next < len(in_title.notes)
                        and (m := _SPACED_CALL_AT_END.search(block.text)) is not None
                        and m["n"] == in_title.notes[in_title.next]):
                    # "JOHN BUNYAN. (1)": the title's call set apart by a space, as an old
                    # edition prints it over the review its note names the book of
                    spans = [Span(m.start("call"), m.end("call"), "ref",
                                  {"target": f"#{nn.note_id(in_title.keys[in_title.next])}"},
                                  rank=20, rule="note-markers")]
                    in_title.next += 1
                for span in spans:
                    markup.add(block, span)
    if style == "b":
        return  # [1] is a numbered reference: the citations rule's
    sections = list(doc.sections_before_notes())
    text = "\n".join(b.text for section in sections for b in _section_blocks(section, notes=False))
    if style in ("s", "d") and all(nn.call_pattern("p", note.number).search(text) for note in doc.notes.notes):
        style = "p"  # "32 This couplet is quoted …" called "Staveley(33)": in brackets, glued
    if style not in nn.AS_PRINTED and style != "u" and all(f"[{note.number}]" in text for note in doc.notes.notes):
        # (not a note printed "¹ …": it is called "data¹", whatever "[1]" cites)
        if not grouped_numbers([text]) - {note.number for note in doc.notes.notes}:
            return  # "1. https://…" notes marked "[1]" in the text: no "RQ1" is a marker
        # the text cites "[2,3]", "[4–6]" that no note has: its "[1]" is the reference list's
        # too, and its notes are called by superscript figures ("data¹"), nothing else
        style = nn.SUPERSCRIPT_ONLY
    markers = nt.NoteMarkers(doc.notes.notes, nn.note_id, style)
    if title is not None:
        markers.next = in_title.next  # the text's markers come after the title's
    for section in sections:
        for block in _section_blocks(section, notes=False):  # not a footnote's own text
            for span in markers.spans(block.text, 0, len(block.text)):
                markup.add(block, span)


def _section_blocks(section, notes: bool = True) -> list[Block]:
    """The section's blocks in order; ``notes``: with its footnotes' too."""
    blocks = [section.head] if section.head is not None else []
    for node in section.content:
        if notes or not isinstance(node, Note):
            blocks += node_blocks(node)
    return blocks


def _numbered_lists(doc) -> list[tuple[int, dict[str, str]]]:
    """Each numbered reference list with the index of its section: its numbers' entry ids."""
    return [(s, {label_key(ref.number): ref.id for ref in node.items if ref.number})
            for s, section in enumerate(doc.sections) for node in section.content
            if isinstance(node, ReferenceList) and any(ref.number for ref in node.items)]


def _list_cited(lists: list[tuple[int, dict[str, str]]], s: int, every: dict[str, str]) -> dict[str, str]:
    """The numbers section ``s`` cites by. Where each chapter or section has a reference list of
    its own numbered from 1 (PDQ summaries, a book's chapters), "[1]" means the first entry of
    the list that follows the section, else of the last one before it; where numbers do not
    repeat, every list's numbers at once."""
    if sum(len(numbers) for _, numbers in lists) == len(every):
        return every
    after = [numbers for at, numbers in lists if at >= s]
    return after[0] if after else lists[-1][1]
