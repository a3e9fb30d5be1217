# SPDX-License-Identifier: MIT
"""Endnotes and footnotes as real articles print them, and the references in them (invented
examples): edition/structure/notes.py and edition/markup/notes.py."""

from __future__ import annotations

import pytest

from edition.markup.notes import NoteMarkers, read_references
from edition.structure.notes import find_notes, note_id
from edition.text.blocks import split_blocks
from support import encode_text


def _notes(text: str):
    notes, used = find_notes(split_blocks(text))
    return [n.number for n in notes.notes] if notes else [], used


def test_bare_numbers_glued_in_the_text_are_notes():
    text = ("The dockers struck,1 and the port closed.\n\nIt stayed shut for weeks.\"2 Then it "
            "opened.\n\n1 Dock Workers' Bulletin, January 1972, page 3.\n\n2 Ibid., p. 14.\n")
    assert _notes(text) == (["1", "2"], 2)


def test_a_numbered_list_at_the_end_is_no_notes():
    text = "We ask for three things.\n\n1. Better pay.\n\n2. Shorter hours.\n\n3. Safe docks.\n"
    assert _notes(text) == ([], 0)
    text = "We ask for two things.\n\n1 Better pay for all.\n\n2 Shorter hours.\n"
    assert _notes(text) == ([], 0)


def test_an_excerpt_counts_on_from_any_number_when_the_text_marks_it():
    text = "A new novel, [6] and a romance. [7]\n\n[6] \"Tide.\" By Ann Lee.\n\n[7] \"Fog.\" By Tom Day.\n"
    assert _notes(text) == (["6", "7"], 2)
    assert _notes("Nothing marked here.\n\n[6] Some note.\n\n[7] Another.\n") == ([], 0)


def test_a_diarys_notes_numbered_on_from_its_earlier_volumes(tmp_path):
    # Project Gutenberg's Pepys numbers the notes through the whole diary: "[2956]"; a note that
    # sends the reader to another day cites no work
    text = ("Diary\n\nBy Samuel Pepys\n\nSeptember 2nd. The fire began in Pudding Lane,[2956] and "
            "my Lord Mayor[2957] came at last.\n\nNOTES\n\n[2956] Pudding Lane, leading from Eastcheap "
            "to Lower Thames Street.\n\n[2957] Sir Thomas Bludworth. See June 30th, 1666.\n")
    assert _notes(text.split("\n\n", 2)[2]) == (["2956", "2957"], 3)  # the heading and the notes
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-2956", "#note-2957"]
    assert not root.xpath("//t:note//t:bibl", namespaces=ns)


def test_notes_keyed_in_braces_by_their_page_as_an_etext_prints_them(tmp_path):
    # "{12a}": the first note of page 12, called by the same key in braces wherever it stands
    text = ("The dockers struck {11}, and the port closed {12a} and stayed shut {12b}.\n\n"
            "{11}  Vide Dock Gazette, Nov. 1842.\n\n{12a}  Bandinell, p. 222.\n\n{12b}  Ibid. p. 161.\n")
    assert _notes(text) == (["11", "12a", "12b"], 3)
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-11", "#note-12a", "#note-12b"]
    assert root.xpath("//t:body//t:ref/text()", namespaces=ns) == ["{11}", "{12a}", "{12b}"]
    # braces the text does not print as calls are no notes' keys
    assert _notes("Nothing called here.\n\n{6}  Some note.\n\n{7}  Another.\n") == ([], 0)


def test_page_and_note_markers_as_project_gutenberg_prints_them():
    # "[311:1]": the first note of page 311, marked wherever it stands (a heading's end too)
    text = ("THE DOCKS[311:1]\n\nThe port closed [313:1] and stayed shut.\n\nFOOTNOTES:\n\n"
            "[311:1] An address, 1910.\n\n[313:1] Van Hise, \"The Docks,\" p. 23.\n")
    assert _notes(text) == (["311:1", "313:1"], 3)
    assert note_id("311:1") == "note-311-1"  # an xml:id has no colon
    markers = NoteMarkers(find_notes(split_blocks(text))[0].notes, note_id, "g")
    assert [(s.start, s.attrib["target"]) for s in markers.spans("THE DOCKS[311:1]", 0, 16)] == [
        (9, "#note-311-1")]


def test_a_chapters_notes_numbered_by_chapter_and_called_in_brackets(tmp_path):
    # "1.1": chapter 1's first note, as a book's chapter prints it, called "[1.1]" (its section
    # headings numbered so too are no notes)
    text = ("Causes\n\nBy Ann Lee\n\nTwo mills may share a wheel.[1.1] Why they do is the question.\n\n"
            "1.1 How the mills began\n\nThe first mill stood by the river, where the water ran fast enough to turn "
            "a wheel in every season of the year, and the millers came from far to see it.[1.2]\n\nNotes\n\n"
            "1.1 If the two mills had one builder, the question is why.\n\n"
            "1.2 See Chapter 4, below.\n")
    assert _notes(text.split("\n\n", 2)[2]) == (["1.1", "1.2"], 3)
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-1.1", "#note-1.2"]


def test_notes_one_to_a_line_one_of_them_wrapped_with_a_hanging_indent(tmp_path):
    text = ("The Docks\n\nBy Ann Cole\n\nThe dockers struck.[1] The port closed.[2] It opened "
            "again.[3]\n\nNOTES\n\n"
            "1. _Dock Bulletin_, LXIV, p. 222.\n2. _Congressional Record_, 46th Congress, Vol. X, p.\n"
            "   104.\n3. _Ibid._, p. 105.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-1", "#note-2", "#note-3"]
    assert [n.get("n") for n in root.xpath("//t:back//t:note", namespaces=ns)] == ["1", "2", "3"]


def test_a_second_starred_note_under_the_first_both_called_by_the_paragraph_above(tmp_path):
    text = ("The Mill\n\nBy Ann Cole\n\nThe mill was the pride of our time.* Its books are read by "
            "millions** of people in every town and village of the valley, and more.\n\n"
            "     * The mill stopped, November 28, 1859.\n\n"
            "     ** See its Life in the Dictionary of Mills, published lately at Leeds.\n\n"
            "The next paragraph of the text goes on about the mill and its wheel for a while.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [n.get("n") for n in root.xpath("//t:note", namespaces=ns)] == ["*", "**"]


def test_notes_printed_with_a_superscript_figure_as_the_text_calls_them(tmp_path):
    text = ("The Docks\n\nBy Ann Cole\n\nAs the process of research\u00b9 grew, the docks grew too, "
            "and others\u00b2 saw it.\n\nNotes\n\n\u00b9 We use the term \u201cresearch\u201d broadly.\n\n"
            "\u00b2 Providing recognition can have economic impact.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-1", "#note-2"]
    assert [n.get("n") for n in root.xpath("//t:back//t:note", namespaces=ns)] == ["1", "2"]


def test_lettered_notes_in_brackets():
    text = ("The port closed.[K] It stayed shut for weeks.[L]\n\n"
            "[K] In justice to the dockers it should be said.\n\n[L] The bill provided, it is true.\n")
    assert _notes(text) == (["K", "L"], 2)
    markers = NoteMarkers(find_notes(split_blocks(text))[0].notes, note_id, "l")
    assert [s.attrib["target"] for s in markers.spans(text, 0, text.index("\n"))] == ["#note-K", "#note-L"]


def test_symbols_glued_to_a_word():
    text = "Can you trust them?* I doubt it.†\n\n* A question.\n\n† An answer.\n"
    assert _notes(text) == (["*", "†"], 2)
    assert note_id("*") == "note-star" and note_id("†") == "note-dagger"


def test_notes_all_marked_by_one_symbol_under_a_heading_are_called_in_order(tmp_path):
    # an old print's marginal notes keyed "*" every one, set under "Notes": the k-th call the k-th
    # note, when the text calls "*" as many times as there are notes
    text = ("The Mills\n\nBy Ann Cole\n\nHe came into the* Chamber at noon. He spoke to the* Warden,\n"
            "and went down to the yard.\n\nThen he said,* \u201cStay.\u201d\n\nNotes\n\n"
            "* The little room next the hall.\n\n* Pointing to the Warden.\n\n* Thinking he would go.\n")
    notes, used = find_notes(split_blocks(text))
    assert [(n.number, n.key) for n in notes.notes] == [("*", "*"), ("*", "*-s2"), ("*", "*-s3")] and used == 4
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-star", "#note-star-s2", "#note-star-s3"]
    assert root.xpath("//t:note/@xml:id", namespaces=ns) == ["note-star", "note-star-s2", "note-star-s3"]
    # one call fewer than the notes: a list of bullets, no notes
    notes, used = find_notes(split_blocks(text.replace("said,*", "said,")))
    assert notes is None and used == 0


def test_a_bracketed_number_glued_to_its_notes_italics():
    # "[1]_Scott, Virgil E. Characteristics …_": the note's first words in a plain text's italics
    text = ("Text here (Scott, in press[1]). More (Scott[2]).\n\nFootnotes\n\n"
            "[1]_Scott, Virgil E. Characteristics of pine snags._\n\n[2]_Scott, Virgil E._ [_In prep._] _Bird response._\n")
    assert _notes(text) == (["1", "2"], 3)


def test_closing_notes_without_a_heading_run_on_over_unmarked_paragraphs(tmp_path):
    # an essay's notes closing it with no heading, the first (on the title) listing three books
    # a paragraph each; the title's marker calls it
    text = ("THE MILLS[1]\n\nBY ANN COLE\n\n(The Review, 1859)\n\n"
            "The mills of the valley were counted again in the spring, and the river rose.[2]\n\n"
            "[1] The Mills of the Valley. By Tom Day. London: Macmillan.\n\n"
            "An Account of the Mills. By Tom Day. London: Chapman.\n\n"
            "[2] Review of Day's Mills.\n")
    notes, used = find_notes(split_blocks(text))
    assert [(n.number, len(n.more)) for n in notes.notes] == [("1", 1), ("2", 0)] and used == 3
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:titlePart//t:ref/@target", namespaces=ns) == ["#note-1"]
    assert len(root.xpath("//t:note[@n='1']/t:p", namespaces=ns)) == 2
    # a paragraph that closes the text after its notes is no note's
    notes, used = find_notes(split_blocks(text + "\nLondon, 1859.\n"))
    assert notes is None and used == 0


def test_under_a_heading_numbers_rise_and_unmarked_blocks_continue_a_note():
    text = ("Text.(1) More text.(3)\n\nFootnotes\n\n(1) A note\nof two lines.\n\n"
            "    A quotation in the note.\n\n(3) Another note.\n")
    notes, used = find_notes(split_blocks(text))
    assert [n.number for n in notes.notes] == ["1", "3"] and used == 4
    assert len(notes.notes[0].more) == 1


@pytest.mark.parametrize("heading", ["Note", "NOTE.", "Notes", "Footnote:"])
def test_a_notes_heading_singular_or_plural(heading):
    # one note under "Note", as an essay with a single footnote prints it
    text = f"Text of the essay, as Mr. Cabot shows.[1]\n\n{heading}\n\n[1] A Memoir of the Mill; by Tom Reed. London, 1887.\n"
    notes, used = find_notes(split_blocks(text))
    assert [n.number for n in notes.notes] == ["1"] and used == 2


def test_footnotes_their_bracketed_number_glued_to_the_first_word_with_a_hanging_indent():
    # "[1]Hague, Arnold, Early Tertiary Volcanoes …" / "    Soc. Wash., …, 1899, p. 4."
    text = ("The plateau lays bare the structure of the vast mill.[1]\n\nIt was a forest once.[2]\n\n"
            "FOOTNOTES\n\n\n[1]Reed, Tom, Early Tertiary Mills of the Weir Range: Mill\n"
            "    Soc. Wash., Presidential Address, 1899, p. 4.\n\n"
            "[2]Cole, W. H., Twelfth Ann. Rept. U. S. Mill Surv. Terr.,\n    1878 (1883) p. 48.\n")
    assert _notes(text) == (["1", "2"], 3)
    # a bracketed number glued to a word in small letters opens no note
    assert _notes("Text.[1]\n\nFOOTNOTES\n\n[1]see the mill.\n") == ([], 0)


def test_a_numbered_reference_list_under_references_is_no_notes():
    entries = ("[1] T. Reed, A. B. Cole, et al., \u201cMills of the valley: a database,\u201d Mill Research, "
               "vol. 33, pp. D562\u2013D566, 2005.\n\n[2] A. V. Hale and H. W. Ross, \u201cA systematic "
               "approach to wheels,\u201d Mill Research, vol. 34, no. 1, p. e6, 2006.\n")
    assert _notes("Text [1] and more [2].\n\nReferences\n\n" + entries) == ([], 0)
    # notes of prose under the same heading stay notes
    prose = ("[1] For a good introduction to mills in general, see the articles on the valley.\n\n"
             "[2] Yet there are cases where the wheel might fail to turn in the dry months.\n")
    assert _notes("Text [1] and more [2].\n\nReferences\n\n" + prose) == (["1", "2"], 3)


def test_notes_heading_followed_by_another_heading_is_left_alone():
    text = "Text.1\n\nNotes\n\n1 A note.\n\nReferences\n\nSmith, J. 2015. A Book.\n"
    assert _notes(text) == ([], 0)


def _refs(text, title=lambda t: False, author=lambda n: False):
    return [(c.kind, c.title, c.author, {s.tag for s in c.spans})
            for c in read_references(text, 0, len(text), title, author)]


@pytest.mark.parametrize("text, title, author, tags", [
    ("P. Kropotkin, Mutual Aid (London: Heinemann, 1902), p. 12.", "Mutual Aid", "P. Kropotkin",
     {"author", "title", "pubPlace", "publisher", "date", "biblScope"}),
    ("Dock Workers' Bulletin, January 1972, page 3.", "Dock Workers' Bulletin", None,
     {"title", "date", "biblScope"}),
    # a body as the author, a title with its subtitle and its imprint in brackets after it
    ("Headquarters United States Dock Board, The Leeds Report: Fact vs. Fiction in the Mill Valley "
     "(Washington, D.C.: U.S. Government Printing Office, 1995), 20–22.",
     "The Leeds Report: Fact vs. Fiction in the Mill Valley", "Headquarters United States Dock Board",
     {"author", "title", "pubPlace", "publisher", "date", "biblScope"}),
    # an interview, its interviewee's name with an initial, its day
    ("Tom J. Reed, interview with Ann Cole and Ada Lund, January 27, 1990.", "interview with Ann Cole and Ada Lund",
     None, {"title", "date"}),
    # a few words after the part cited say which of it, ending the note
    ("Recollections of the Mill, Part II, Cole interview.", "Recollections of the Mill", None, {"title", "biblScope"}),
    # a note opening "In" a periodical's issue
    ("In The Mill Review, Vol. I, No. 4, Leeds, Feb. 15, 1845.", "The Mill Review", None,
     {"title", "biblScope", "pubPlace", "date"}),
    # a bimonthly's two months
    ("\"Contractors Ordering Mills,\" Mill Contractor, May/June 2002.", "Contractors Ordering Mills", None,
     {"title", "date"}),
    # a paper's name, no person's, its day, then its page
    ("Leeds Daily Record, July 9, 1947, 1.", "Leeds Daily Record", None, {"title", "date", "biblScope"}),
    # a bibliography's order, the surname first, then the forenames and a stop
    ("Reed, Thomas. “Mills and Their Rivers”. Mill Review 18 (1973): 319-328.", "Mills and Their Rivers",
     "Reed, Thomas", {"author", "title"}),
    ("Cole, Ada C. Jr. “Ancient Mills and Wheels”. In Mill History, ed. by Tom Reed. Leeds, 2001.",
     "Ancient Mills and Wheels", "Cole, Ada C. Jr", {"author", "title", "pubPlace", "date"}),
    ("Jones, The Docks, 1969.", "The Docks", "Jones", {"author", "title", "date"}),
    ("\"Low Tide.\" By Mary Ward. London: Smith and Sons.", "Low Tide", "Mary Ward",
     {"title", "author", "pubPlace", "publisher"}),
    ("A. B. Carter: The Harbour Years, 2nd edition, Leeds, 1931, pp. 4-9.", "The Harbour Years",
     "A. B. Carter", {"author", "title", "edition", "pubPlace", "date", "biblScope"}),
    # a title closed by its comma inside the marks, then the pages
    ("Van Hise, \"Conservation of the Docks,\" pp. 23, 24.", "Conservation of the Docks", "Van Hise",
     {"author", "title", "biblScope"}),
    # a journal article: quoted title, journal, volume, issue, date in brackets, pages
    ("Ann Cole, \u201cThe Weir and the Law,\u201d Dock Law Journal 77, no. 1 (March 1977): pp. 1\u201357;",
     "The Weir and the Law", "Ann Cole", {"author", "title", "date", "biblScope"}),
    # a volume in capitals before the page; pages running on; a translator's remark after them
    ("Primitive Docks, I, p. 424.", "Primitive Docks", None, {"title", "biblScope"}),
    ("Tom Reed, The Central Docks of the Renaissance, pp. 60, et seq.",
     "The Central Docks of the Renaissance", "Tom Reed", {"author", "title", "biblScope"}),
    ("Barth, The Docks of India, p. 110 (tr. by Wood).", "The Docks of India", "Barth",
     {"author", "title", "biblScope"}),
    # a bare page closing the sentence after the author's title
    ("Bastian, San Salvador, 104.", "San Salvador", "Bastian", {"author", "title", "biblScope"}),
    # the title, then its two authors after "by"
    ("The Native Docks of Central Wessex, by Tom\nReed and H. J. Cole, London, 1891.",
     "The Native Docks of Central Wessex", "Tom\nReed and H. J. Cole", {"author", "title", "pubPlace", "date"}),
    # an article's quoted title "in" a book, its editor's possessive before the book's italics,
    # the book's title wrapped over lines
    ("J. B. Cole, \"Tillage of docks,\" in L. H. Reed's _Cyclopedia\nof American docks_, New York, 1907, "
     "vol. 1, p. 389.", "Tillage of docks", "J. B. Cole", {"author", "title", "pubPlace", "date", "biblScope"}),
    # a long title in italics wrapped over lines; a title whose end is elided
    ("Leo Reed, _The introduction of dock machinery in its relation to\nthe productivity of labor in "
     "the docks of the United States during\nthe nineteenth century_, Berkeley, 1931, p. 33.",
     "_The introduction of dock machinery in its relation to\nthe productivity of labor in the docks of the "
     "United States during\nthe nineteenth century_", "Leo Reed", {"author", "title", "date", "biblScope"}),
    ("James M. Cole, _History of the docks in all ages_..., Philadelphia, 1892, pp. 390, 393.",
     "_History of the docks in all ages_", "James M. Cole", {"author", "title", "date", "biblScope"}),
    # a title in sentence case, as French titles print them, between the author and the pages
    ("A. von Gennep, La formation des docks, pp. 158-159.", "La formation des docks",
     "A. von Gennep", {"author", "title", "biblScope"}),
    ("Burnouf, Introduction \u00e0 l\u2019histoire des docks, sec. edit., p. 464.",
     "Introduction \u00e0 l\u2019histoire des docks", "Burnouf", {"author", "title", "edition", "biblScope"}),
    # author, year, title, each closed by a stop (a textbook's notes)
    ("Ann Cole, Tom Reed, and Mary Ward. 2000. Docks in State Legislatures. Ann Arbor: Mill Press.",
     "Docks in State Legislatures", "Ann Cole", {"author", "date", "title", "pubPlace", "publisher"}),
    ("National Conference of Dock Wardens. 13 March 2015. \u201cThe Dock-Limited States,\u201d "
     "http://www.example.org/docks.", "The Dock-Limited States",
     "National Conference of Dock Wardens", {"author", "date", "title", "ref"}),
    # a government history's notes: Congress and session, a volume with its imprint, where to
    # find it online; a journal's volume after its title
    ("Annals of the Docks, 2nd Cong., 1st Sess., April 4, 1792, pp. 535\u2013536.",
     "Annals of the Docks", None, {"title", "date", "biblScope"}),
    ("Reed to Cole, January 26, 1794, The Papers of Tom Reed, Vol. 15 (Charlottesville, Virginia: "
     "Mill Press, 2009), p. 130, available at the Mill Library website, http://example.org/reed.",
     "Reed to Cole", None, {"title", "date", "biblScope", "pubPlace", "publisher", "ref"}),
    ("Ann Cole, \u201cThe Recall of the Miller,\u201d Dock History, 18, no. 4 (Fall 1994): pp. 463\u2013488.",
     "The Recall of the Miller", "Ann Cole", {"author", "title", "biblScope", "date"}),
    # an unpublished paper: what it is and when, where it is to be had
    ("Tom R. Reed, \u201cMills in the Field of Intelligence,\u201d paper dated September 22, 1993, "
     "Central Mill Agency, Center for the Study of Mills website, https://example.org/mills.htm.",
     "Mills in the Field of Intelligence", "Tom R. Reed", {"author", "title", "date", "ref"}),
])
def test_free_form_references(text, title, author, tags):
    [(kind, t, a, found)] = _refs(text)
    assert (kind, t, a) == ("full", title, author) and found == tags


def test_a_chapter_in_an_edited_book_its_editor_and_imprint_in_brackets():
    text = 'Ann Cole, "Introduction," in Mills in the Digital Age, ed. Tom Reed (Routledge, 2013), 11.'
    [c] = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert (c.author, c.title, c.date) == ("Ann Cole", "Introduction", "2013")
    assert [(s.tag, s.attrib.get("level"), text[s.start:s.end]) for s in c.spans[1:]] == [
        ("title", "a", '"Introduction,"'), ("title", "m", "Mills in the Digital Age"), ("editor", None, "Tom Reed"),
        ("date", None, "2013"), ("biblScope", None, "11")]


def test_an_articles_long_title_in_a_newspaper_and_a_journals_volume_dated_and_a_short_form():
    text = ('Ann Cole, "Not Quite Your Average Mill: The Newly Restored Wheel at Leeds Runs to 62 '
            'Turns a Minute and, Says Ann Cole, Is a Thing of Wonder," The Sunday Courier, October 17, '
            '2004, sec. Review.')
    [c] = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert c.author == "Ann Cole" and c.title.startswith("Not Quite Your Average Mill") and c.date == "2004"
    assert [(s.tag, s.attrib, text[s.start:s.end]) for s in c.spans[2:]] == [
        ("title", {"level": "j"}, "The Sunday Courier"), ("date", {"when": "2004-10-17"}, "October 17, 2004")]
    assert c.spans[1].attrib == {"level": "a"}
    text = ('Tom Reed et al., "Mill Alert and Warning Literature Review in the USA: Identifying Gaps," '
            'Mill Hazards, vol. 117 (April 2023), pp. 1711-1744, https://doi.org/10.1007/s1 '
            '(hereinafter Reed et al., "Mill Alert").')
    [c] = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert (c.author, c.date) == ("Tom Reed et al.", "2023")
    assert [(s.tag, text[s.start:s.end]) for s in c.spans[2:]] == [
        ("title", "Mill Hazards"), ("biblScope", "vol. 117 (April 2023)"), ("biblScope", "pp. 1711-1744"),
        ("ref", "https://doi.org/10.1007/s1")]


def test_references_one_after_another_in_a_note_and_a_bare_page_after_a_quoted_title():
    text = '"Tyrannical Docks," 10-11; Reed, "Antislavery," 31-32; Cole, "The Weir," III, 62.'
    refs = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(c.author, c.title, c.pages) for c in refs] == [
        (None, "Tyrannical Docks", ("10", "11")), ("Reed", "Antislavery", ("31", "32")),
        ("Cole", "The Weir", ("62", "62"))]
    assert [s.attrib.get("unit") for s in refs[2].spans if s.tag == "biblScope"] == ["volume", "page"]


def test_ibid_and_after_vide():
    assert _refs("Ibid., p. 14.") == [("ibid", None, None, {"abbr", "biblScope"})]
    # and the references after it and a semicolon
    assert _refs("Ibid., 43–44; Reed, \"Mill Glossary: the wheel,\" accessed November 19, 2010.") == [
        ("ibid", None, None, {"abbr"}), ("full", "Mill Glossary: the wheel", "Reed", {"author", "title", "date"})]
    [(kind, title, _, _)] = _refs("A queen, vide \"The Life of Nell.\"")
    assert title == "The Life of Nell"


@pytest.mark.parametrize("text", ["Madame de Somewhere.", "Worn by the bishops.",
                                  "The League of Ten, comprehending the Duke, the King.",
                                  "Mr. Smith was a labour leader.  It is plain.",
                                  "1848. – J.B.", "Mr. Wm. Brown, of Leeds."])
def test_prose_is_no_reference(text):
    assert _refs(text) == []


def test_a_short_title_or_an_author_alone_needs_a_work_cited_before():
    assert _refs("SAFE DOCKS.") == []
    assert _refs("SAFE DOCKS.", title=lambda t: t == "SAFE DOCKS")[0][1] == "SAFE DOCKS"
    assert _refs("Dr. Ann Lee.") == []
    assert _refs("Dr. Ann Lee.", author=lambda n: True)[0][2] == "Dr. Ann Lee"


def test_markers_in_the_text_in_order():
    class N:
        def __init__(self, number):
            self.number = self.key = number
    markers = NoteMarkers([N("1"), N("2")], note_id, "s")
    text = "In the docks,1 the port (p. 2) closed.2 Later 2 ships."
    spans = markers.spans(text, 0, len(text))
    assert [(text[s.start:s.end], s.attrib["target"]) for s in spans] == [
        ("1", "#note-1"), ("2", "#note-2")]
    assert spans[0].start == text.index(",1") + 1


def test_numbered_notes_the_text_marks_in_brackets_take_no_glued_numbers(tmp_path):
    text = ("Mills and Rivers\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n"
            "We ask two questions. RQ1. How many mills? RQ2. Who owned them? The Academy [1] "
            "and the Network [2] counted them for years, and their counts still stand today.\n\n"
            "Notes\n\n1. https://example.org/academy\n2. https://example.org/network\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [r.text for r in root.xpath("//t:body//t:ref", namespaces=ns)] == ["[1]", "[2]"]
    assert [n.get("n") for n in root.xpath("//t:note[@place='end']", namespaces=ns)] == ["1", "2"]


def test_a_note_marker_after_the_title_points_at_its_note(tmp_path):
    text = ("THE MILL AT LEEDS.*\n\n(The Mill Gazette, January 25, 1889, p. 3)\n\n"
            "The mill stood by the river for a hundred years, and the town grew up around it.\n\n"
            "* \"The Mill.\" By Ann Cole. (Leeds: Elm Press, 1880.)\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:titlePart/t:ref/@target", namespaces=ns) == ["#note-star"]
    assert root.xpath("//t:note[@place='end']/@n", namespaces=ns) == ["*"]


def test_an_authors_op_cit_is_the_work_of_that_author_cited_before():
    assert _refs("Burnouf, op. cit., p. 117.") == []  # no work of his cited before
    [(kind, title, author, tags)] = _refs("Burnouf, op. cit., p. 117.", author=lambda n: n == "Burnouf")
    assert (kind, title, author, tags) == ("full", None, "Burnouf", {"author", "abbr", "biblScope"})


@pytest.mark.parametrize("text", ["Smith, It was late. The docks, p. 4.", "Ann Cole, in the docks, p. 4."])
def test_a_sentence_that_runs_on_is_no_title_in_sentence_case(text):
    assert [t for _, t, _, _ in _refs(text)] != ["It was late"] and _refs(text) == []


def test_titles_in_project_gutenbergs_italics_with_volumes_in_small_roman_numerals():
    text = "_Dock Gazette_, Nos. 197, 198, 199; _Hist. Dock._ xxviii. 301-5; _Deux Docks_, x. 368-374."
    refs = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(c.title, c.pages) for c in refs] == [
        ("_Dock Gazette_", None), ("_Hist. Dock._", ("301", "5")), ("_Deux Docks_", ("368", "374"))]
    assert [(s.attrib.get("unit"), text[s.start:s.end]) for s in refs[0].spans if s.tag == "biblScope"] == [
        ("issue", "Nos. 197, 198, 199")]
    assert [s.attrib.get("unit") for s in refs[1].spans if s.tag == "biblScope"] == ["volume", "page"]
    # after a full stop, an italic title opens the next reference
    text = "_Procès de Dock_, &c. _Hist. Dock._ xxviii. 311-338."
    assert [c.title for c in read_references(text, 0, len(text), lambda t: False, lambda n: False)] == [
        "_Hist. Dock._"]


def test_a_reference_after_a_colon_or_a_quotation_when_it_shows_itself_one():
    text = ("Of the newer literature, see the following articles by Professor Tom Reed: "
            "“Do we need Docks?” Dock Law Review, Vol. V, p. 339; “Mechanical Docks,” Dock Law "
            "Review, Vol. VIII, p. 605.")
    refs = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [c.pages for c in refs] == [("339", "339"), ("605", "605")]
    text = "What Reed has said of Cole is true: “A popular author must take the maxims.” Dock Essays, Vol. I, p. 272."
    [c] = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert (c.title, c.pages) == ("Dock Essays", ("272", "272"))
    # a sentence after a quotation, a volume or a page nowhere: no reference
    text = "He wrote: “The docks are closed.” The Harbour Board met in March, and all was well."
    assert read_references(text, 0, len(text), lambda t: False, lambda n: False) == []


def test_a_reference_after_see_the_introduction_to():
    [(kind, title, author, _)] = _refs("See the introduction to Cole, Docks in England.")
    assert (title, author) == ("Docks in England", "Cole")


def _note_works(root):
    """Each note's bibls (by the note's number), every note bibl's work, the works cited's titles."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    by_note = {n.get("n"): ["".join(b.itertext()) for b in n.xpath(".//t:bibl", namespaces=ns)]
               for n in root.xpath("//t:back//t:note", namespaces=ns)}
    corresp = [b.get("corresp") for b in root.xpath("//t:back//t:note//t:bibl", namespaces=ns)]
    titles = [t.text for t in root.xpath("//t:listBibl[@xml:id='works-cited']/t:bibl/t:title", namespaces=ns)]
    return by_note, corresp, titles


def test_laws_and_orders_a_note_cites_are_works_each_once(tmp_path):
    text = ("Mill Alerts\n\nBy Ann Cole\n\n"
            "The President may order the mills closed.1 The owners must warn their workers.2 The "
            "board hears the complaints.3 The same law still holds.4\n\n"
            "Notes\n\n"
            "1. 47 U.S.C. §606(c). A mill is a works \"engaged in grinding for hire.\" See also 47 "
            "U.S.C. §153(11) and E.O. 11092 of February 26, 1963 (hereinafter E.O. 11092).\n\n"
            "2. Pub. L. No. 111-203, § 922 (2010); 29 Code of Federal\nRegulations Part 1991.\n\n"
            "3. 47 U.S.C. § 606.\n\n"
            "4. Id.\n")
    by_note, corresp, titles = _note_works(encode_text(tmp_path, text))
    assert by_note == {"1": ["47 U.S.C. §606(c)", "47 U.S.C. §153(11)", "E.O. 11092"],
                       "2": ["Pub. L. No. 111-203", "29 Code of Federal\nRegulations Part 1991"],
                       "3": ["47 U.S.C. § 606"], "4": ["Id."]}
    # a section and its subsection are one work; "Id." the work cited last
    assert corresp[0] == corresp[5] == corresp[6]
    assert titles == ["47 U.S.C. § 606", "47 U.S.C. § 153", "E.O. 11092", "Pub. L. 111-203", "29 C.F.R. Part 1991"]


def test_a_notes_court_decisions_are_works_by_their_names(tmp_path):
    # as a law review prints them, italics kept; the report alone names the case the text named
    text = ("The Mill Laws\n\nBy Ann Cole\n\nThe courts upheld the law.[1] Later they struck it down "
            "in Ritchie _v._ The People.[2] And once more they upheld one.[3]\n\n"
            "Notes\n\n[1] Holden _v._ Hardy, 169 U. S. 366; _in re_ Jacobs, 98 N. Y.\n98.\n\n"
            "[2] 155 Ill. 98.\n\n[3] Holden _v._ Hardy, 169 U. S. 366, 371.\n")
    by_note, corresp, titles = _note_works(encode_text(tmp_path, text))
    assert by_note == {"1": ["Holden _v._ Hardy, 169 U. S. 366", "_in re_ Jacobs, 98 N. Y.\n98"],
                       "2": ["155 Ill. 98"], "3": ["Holden _v._ Hardy, 169 U. S. 366"]}
    assert corresp[0] == corresp[3] and len(set(corresp)) == 3
    assert titles == ["Holden v. Hardy", "In re Jacobs", "155 Ill. 98"]


def test_notes_labelled_on_a_line_of_their_own_over_their_text(tmp_path):
    # an editor's notes to a diary: "NOTE 34." over the note's paragraphs, the text calling "[34]"
    text = ("The Mill Diary\n\nBy Ann Cole\n\n"
            "Jan. 11th.--It cost me a pistoreen[34] to nurse Eaton for two cakes.[35] I heard a sermon.\n\n"
            "NOTES.\n\nNOTE 34.\n\nA pistareen was a Spanish coin worth about seventeen cents.\n\n"
            "NOTE 35.\n\nThere exists in New England a tradition of groaning cake.\n\n"
            "It was always customary to give vails to the nurse.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    notes = root.xpath("//t:back//t:note", namespaces=ns)
    assert [(n.get("n"), len(n)) for n in notes] == [("34", 2), ("35", 3)]  # the label, its paragraphs
    assert [(r.text, r.get("target")) for r in root.xpath("//t:body//t:ref", namespaces=ns)] == [
        ("[34]", "#note-34"), ("[35]", "#note-35")]
    assert not root.xpath("//t:body//t:head", namespaces=ns)  # no label a heading


def test_a_reference_ends_at_a_colon_that_leads_in_another_and_see_for_example_leads_one_in():
    # "Hening, "Statutes at Large," iii, p. 204: cf. …": the colon ends the first reference
    found = _refs('Reed, "Statutes of the Mill," iii, p. 204: cf. Cole, "The Valley," p. 9.')
    assert [(title, author) for _, title, author, _ in found] == [
        ('Statutes of the Mill', "Reed"), ("The Valley", "Cole")]
    # "See, for example, Massachusetts Colony Records, v, 79; Green, …"
    found = _refs('See, for example, Cole, "Mill Records," v, 79; Green, "The Weir," p. 39.')
    assert [(title, author) for _, title, author, _ in found] == [("Mill Records", "Cole"), ("The Weir", "Green")]


def test_a_journal_or_an_archive_named_with_a_small_letter_first():
    # "arXiv", "bioRxiv", "eLife": a name, not prose, in a Chicago note
    found = _refs("Ann Reed et al., “Counting Mills by Their Wheels,” arXiv, Dec. 8, 2021, "
                  "https://arxiv.org/abs/2112.04426v1.")
    assert [(title, author) for _, title, author, _ in found] == [
        ("Counting Mills by Their Wheels", "Ann Reed et al.")]


def test_a_notes_web_page_after_see_and_a_talk_in_marks_before_its_address(tmp_path):
    # "7. See, for example: https://…" cites the page; 'John Allspaw, "How to …": https://…'
    # names the talk and its author, the address after a colon
    text = ("Mills and Rivers\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n"
            "The mills were counted for years,1 and their keepers spoke about it at length.2\n\n"
            "Notes\n\n1. See, for example: https://example.org/mills/count/\n"
            "2. Ann Reed, \"How to keep your mill running day after day\": https://example.org/talk?t=295\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    notes = root.xpath("//t:note[@place='end']", namespaces=ns)
    assert [n.xpath("string(t:bibl/t:ref/@target)", namespaces=ns) for n in notes] == [
        "https://example.org/mills/count/", "https://example.org/talk?t=295"]
    assert notes[1].xpath("string(t:bibl/t:author)", namespaces=ns) == "Ann Reed"
    assert notes[1].xpath("string(t:bibl/t:title)", namespaces=ns) == "\"How to keep your mill running day after day\""


def test_a_reports_notes_citing_government_documents_by_issuer_kind_title_and_date():
    # "CIA, SEIB, “…,” Feb. 6, 2001; CIA cable, “…,” Mar. 30, 2001": a document each, its date
    # closing it; a title unquoted before the date; an interview dated in brackets
    text = (
        "See MIB, Mill Brief, “Weirs Growing,” Feb. 6, 2001; MIB cable, “Mill Threat Advisory,” "
        "Mar. 30, 2001. See MIB email, Reed to Cole, Briefing on Weir Avenue, Mar. 23, 2001. "
        "See Cole interview (Dec. 11, 2003). For counts, see MIB memo, Reed for Cole, "
        "“Notes for a Meeting,” undated (appears to be from April 2001).")
    found = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(c.title, c.author, c.date, c.level) for c in found] == [
        ("Weirs Growing", "MIB", "2001", "a"), ("Mill Threat Advisory", None, "2001", "a"),
        ("Briefing on Weir Avenue", None, "2001", "u"), ("Cole interview", None, "2003", "m"),
        ("Notes for a Meeting", None, None, "a")]
    # prose that ends in a date is no document
    assert _refs("The mill was counted in a report, and the count was read on May 3, 2001.") == []
    assert _refs("In a memo to Cole, Reed warned of floods, May 29, 2001.") == []


def test_a_law_reports_short_forms_supra_and_its_pin_cites_after_at():
    found = _refs("2008 Reed Decl., supra, at ¶ 38 & n.20.")
    assert found == [("full", "2008 Reed Decl", None, {"title", "abbr", "biblScope"})]
    (c,) = read_references("Cole 2/13/19 302, at 2–3.", 0, 25, lambda t: False, lambda n: False)
    assert (c.title, c.pages) == ("Cole 2/13/19 302", ("2", "3"))
    (c,) = read_references("See S. Rep. No. 110-209, at 5.", 0, 30, lambda t: False, lambda n: False)
    assert c.title == "S. Rep. No. 110-209" and c.pages == ("5", "5")


def test_an_old_books_parts_in_a_note_part_book_chapter_and_section():
    # "Harris, _Money and Coins_, pt. i, §§ 19, 20.", "Montesquieu, _Esprit des lois_, liv. xxii,
    # chap i, note.": the parts the note cites, each a biblScope
    text = "Reed, _Mills and Weirs_, pt. i, §§ 19, 20."
    (c,) = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert (c.title, c.author) == ("_Mills and Weirs_", "Reed")
    assert [(text[s.start:s.end], s.attrib["unit"]) for s in c.spans if s.tag == "biblScope"] == [
        ("pt. i", "part"), ("§§ 19, 20", "part")]
    text = "Cole, _Esprit des moulins_, liv. xxii, chap i, note."
    (c,) = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(text[s.start:s.end], s.attrib["unit"]) for s in c.spans if s.tag == "biblScope"] == [
        ("liv. xxii", "part"), ("chap i", "chapter")]


def test_an_author_and_a_title_in_italics_wherever_a_note_names_them():
    # "… a close resemblance to Harris, _Money and Coins_, pt. i, §§ 19, 20.", "Aristotle,
    # _Politics_, 1257a 38–41; quoted by Pufendorf, _De Jure …_, lib. v": a reference each
    text = "The paragraph has a close resemblance to Reed, _Mills and Weirs_, pt. i, §§ 19, 20."
    assert [(c.author, c.title) for c in read_references(text, 0, len(text), lambda t: False, lambda n: False)] == [
        ("Reed", "_Mills and Weirs_")]
    text = "Cole, _Politics of Mills_, 1257a 38–41; quoted by Reed, _De Molendinis_, lib. v, cap. i, § 12."
    assert [(c.author, c.title) for c in read_references(text, 0, len(text), lambda t: False, lambda n: False)] == [
        ("Cole", "_Politics of Mills_"), ("Reed", "_De Molendinis_")]
    # a name and a comma over prose in italics for emphasis is none
    text = "As Reed said, the mill was _very_ old."
    assert read_references(text, 0, len(text), lambda t: False, lambda n: False) == []
    # the title in italics wrapped over a line, as a hard-wrapped note sets it
    text = "The miller's conduct is exposed by B. Reed, _Allgemeine\n    Mühlen Biographie_, vol. XLIV, p. 611.--ED."
    assert [(c.author, c.title) for c in read_references(text, 0, len(text), lambda t: False, lambda n: False)] == [
        ("Reed", "_Allgemeine\n    Mühlen Biographie_")]


def test_a_notes_web_addresses_each_cite_a_page_or_close_the_reference_before_them(tmp_path):
    text = ("Mills Policy\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n"
            "The petitions are online.1 The order was signed.2 The guidance says so.3\n\n"
            "Notes\n\n"
            "1. “Mill People” petitions are accessible at https://petitions.example.org/. The source "
            "code for “Mill People” is available at https://example.org/mills/petitions.\n"
            "2. E.O. 10312 of December 10, 1951, \"Providing for Control over Certain Mill Stations "
            "Engaged in Grinding or Weaving of Corn,\" 16 Mill Register 12452, December 12, 1951, "
            "https://example.org/register/1951.pdf.\n"
            "3. Tom Reed, Clarifying Guidance Regarding Mills (Leeds: Mill Press, 2009). “The continuous "
            "and broad review of the mills supports their reliability and their keepers' efforts.” "
            "https://example.org/guidance.pdf.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    notes = root.xpath("//t:note[@place='end']", namespaces=ns)
    assert [len(n.xpath("t:bibl", namespaces=ns)) for n in notes] == [2, 1, 1]
    assert notes[1].xpath("t:bibl/t:ref/@target", namespaces=ns) == ["https://example.org/register/1951.pdf"]
    assert notes[1].xpath("t:bibl/t:title[@level='a']/text()", namespaces=ns)[0].startswith('"Providing for')
    assert notes[2].xpath(".//t:ref", namespaces=ns) == []  # a passage quoted between: left as it is


def test_an_author_then_a_colon_and_the_title_in_italics_is_a_reference():
    # "(Leibniz: _Letter to Grimarest_, quoted above, p. 37)", "See Vattel: _Law of Nations_, II."
    assert [(r[2], r[1]) for r in _refs("I have seen his plan. (Reed: _Letter to Cole_, quoted above, "
                                        "p. 37, note 44.) [Tr.]")] == [("Reed", "_Letter to Cole_")]
    assert [(r[2], r[1]) for r in _refs("See Reed: _Law of Mills_, II. Ch. IV. § 55. No mill may close.")] \
        == [("Reed", "_Law of Mills_")]
    # "See" is no author's name
    assert [r[2] for r in _refs("See Reed, _Law of Mills_, II. Ch. IV. § 55.")] == ["Reed"]


def test_a_reference_after_a_quotation_in_a_note_its_page_before_a_dash_and_another_quotation():
    # '“…,” Andrew Lang, Secret of the Totem, p. 27.—“Nowhere …,” p. 29.': the page closes the
    # reference, the dash after its stop opens what follows
    # (the quotation, more than twenty words of prose, is no title)
    text = ("\u201cBy the nature of the case, as the origin of the mill lies far beyond our powers of "
            "historical examination, we must have recourse as regards this matter to conjecture,\u201d Tom\nReed, "
            "Secret of the Mill, p. 27.\u2014\u201cNowhere do we see a mill in the making,\u201d p. 29.")
    assert _refs(text) == [("full", "Secret of the Mill", "Tom\nReed", {"author", "title", "biblScope"})]


def _titles_cited(tmp_path, text):
    """The title of the work each citation of the text's paragraphs points at."""
    from support import encode_text
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    works = {w.get("{http://www.w3.org/XML/1998/namespace}id"): w.xpath("string(t:title)", namespaces=ns)
             for w in root.xpath("//t:listBibl[@xml:id='works-cited']/t:bibl", namespaces=ns)}
    return [works.get(c[1:]) for c in root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=ns)]


def test_bare_references_go_to_the_work_a_note_says_they_are_all_to(tmp_path):
    # "    † The references throughout this notice are to the Life and Letters, unless …": "(I.,
    # p. 28.)" and "(I., p. 20)" cite that work, no work cited before them
    text = ("MILLER OBITUARY\n\nBy Tom Reed\n\n(Mill Society, 1888)\n\n"
            "His boyhood was spent by the weir, and he formed a theory of the mill early. \"I think "
            "I was a very good little boy at the mill.\" (I., p. 28.†)\n\n"
            "    † The references throughout this notice are to the Life and Letters of the Miller, unless "
            "the contrary is stated.\n\n"
            "He left the school for the university in the autumn, and read little there. (I., p. 20)\n")
    assert _titles_cited(tmp_path, text) == ["Life and Letters of the Miller"] * 2


def test_bare_references_in_a_review_go_to_the_book_its_notice_gives(tmp_path):
    # "_Poems_, in Two Volumes. By W. WORDSWORTH. London, 1807." opening a review: its "I, p. 92."
    # cite that book, as do those under a notice heading its section
    text = ("ANONYMOUS ON THE MILLER\n\n[From _The Mill Review_, October, 1807]\n\n"
            "_Mills_, in Two Volumes. By T. REED. London, 1807.\n\n"
            "This author is known to belong to a certain brotherhood of millers, who have haunted for "
            "some years about the weirs of the valley. (I, p. 92.)\n\n"
            "The next piece is no better, and the one after it is worse still. (I, p. 97.)\n")
    assert _titles_cited(tmp_path, text) == ["Mills, in Two Volumes"] * 2


def test_verse_a_note_sets_in_line_by_line_is_a_quotation_in_the_note(tmp_path):
    # "{88}  Claudy Phillips … the following lines upon him:—" / "    Phillips, whose touch
    # harmonious could remove" / "    The pangs of guilty power …": the note quotes the epitaph
    text = ("The Mill\n\nThe miller Tom Reed {1} played the fiddle at the inns.\n\nNOTES\n\n"
            "{1}  Tom Reed was a man of considerable genius, and the following lines upon him\n"
            "were engraved on his tablet:—\n\n"
            "    Reed, whose touch harmonious could remove\n    The pangs of guilty power and hapless love,\n"
            "    Rest here! distrest by poverty no more.\n\n"
            "    John Hale,\n    Tom Weir,\n    Ann Cole.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    quoted, = root.xpath("//t:note//t:quote", namespaces=ns)
    assert quoted.xpath("string()").startswith("Reed, whose touch harmonious could remove")
    assert len(quoted.xpath("t:lb", namespaces=ns)) == 2
    # the names under it, one to a line, are a roll, no extract
    assert "John Hale" not in quoted.xpath("string()")


def test_references_in_an_old_essays_notes_quoted_titles_and_their_sources_in_brackets():
    def titles(text):
        return [(t, a) for _, t, a, _ in _refs(text)]
    # a title first and its "last edition"
    assert titles("“Principles of Milling,” last edition, 1865, p. 477 (quoting from Cole.)") == [
        ("Principles of Milling", None)]
    # a quotation's source in brackets after it
    assert titles("“The new forms _must_ grow out of the old” (H. M. Reed, “Historical Basis of Milling,” "
                  "1883, p. 305).") == [("Historical Basis of Milling", "H. M. Reed")]
    # where a paper was printed, in brackets after its title, and a clause about it after that
    assert titles("See “Milling in England” (Mill Association, vol. iv, part 2, May, 1889), in which a "
                  "portion of this essay has been embodied.") == [("Milling in England", None)]
    # "noticed by" an author, and the author's second title after "and"
    assert titles("This was noticed by Reed, “Principles of the Weir,” p. 225; see also Prof. Tom Cole, "
                  "“History of Mills,” and “Six Centuries of Wheels.”") == [
        ("Principles of the Weir", "Reed"), ("History of Mills", "Prof. Tom Cole"), ("Six Centuries of Wheels", None)]
    # words quoted one after another are no titles
    assert not any("anything" in (t or "") for t, _ in titles(
        "Remarks by Tom Reed, Mill House (Feb. 16, 2017). Reed said the miller was just "
        "“doing the job,” and “if anything, he did something right.”"))


def test_notes_lettered_in_brackets_under_their_heading_called_glued_to_a_word(tmp_path):
    # an old report's "NOTES." / "(a) As it was thought …", the text calling "water(a)"
    from support import encode_text
    text = ("Proposals for the Mill\n\nBy the Mill Society\n\n"
            "The miller commonly inspires water(a). Its wheel turns in the frost as well(b).\n\n"
            "The weir holds the river back in every season of the year, as it always did.\n\n"
            "NOTES.\n\n(a) As it was thought of consequence, a cat was immersed.\n\n(b) Animal Oeconomy, p. 121.\n")
    assert _notes(text.split("\n\n", 4)[-1]) == (["a", "b"], 3)
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=ns)] == ["#note-a", "#note-b"]
    # a list lettered so under a paragraph is no notes
    assert _notes("The mill has three parts:\n\n(a) the wheel\n\n(b) the weir\n\n(c) the race\n")[0] == []


def test_a_note_that_is_a_title_in_italics_and_no_more_cites_that_work():
    # "[1] _First Principles_ (The Reconciliation).": the work, its part in brackets
    assert [r[1] for r in _refs("_First Principles_ (The Reconciliation).")] == ["_First Principles_"]
    # one word in italics, or words going on after it, are no reference
    assert _refs("_Sic_.") == _refs("_The mill at night_ was his word for it.") == []


def test_a_work_after_see_and_what_it_is_cited_for():
    # "See, for Japanese text and translation, _A Romanized Japanese Reader_, by Professor …"
    refs = _refs("See, for the text and a translation, _A Reader of the Mill_, by Professor B. H. Weir.")
    assert [r[1:3] for r in refs] == [("_A Reader of the Mill_", "Professor B. H. Weir")]


def test_notes_numbered_afresh_in_an_appendix_and_called_as_printed(tmp_path):
    # "[B3-1]": appendix B3's first note, as a report that numbers its notes afresh in each
    # appendix prints it, in the text and before the note alike
    text = ("Ferries on the Wey\n\nBy Ann Lee\n\nThe first ferry crossed the river in the spring of 1802, when the "
            "mill owners paid for a boat and a man to work it.[B3-1] A second ferry followed within ten years, "
            "further down the river, where the road from the town met the water.[B3-2]\n\n"
            "Footnotes\n\n[B3-1] T. Marsh, “The Wey Ferries” 12 (1950).\n\n[B3-2] Marsh at 14-15.\n")
    assert _notes(text.split("\n\n", 2)[2]) == (["B3-1", "B3-2"], 3)
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:ref/@target", namespaces=ns) == ["#note-B3-1", "#note-B3-2"]


def test_legal_citations_page_then_year_short_forms_at_a_page_acts_and_reports(tmp_path):
    # as a government report's notes print them (the Bluebook's forms): the author, the quoted
    # title, the page and the year in brackets; later the author's surname "at" a page, "Id. at"
    # a page; an act by its place in the Statutes at Large, a report of Congress
    text = ("The Wey Ferries\n\nBy Ann Lee\n\n"
            "The first ferry crossed the river in the spring of 1802, when the mill owners paid for a "
            "boat and a man to work it.1 A second ferry followed within ten years.2 The toll was fixed "
            "by law.3 The ferrymen struck twice.4 Then the bridge came.5\n\n"
            "Notes\n\n"
            "1. T. Marsh, “The Wey Ferries” 12-14 (1950); R. G. Cole “Boats of the South” 265 footnote 5 "
            "(facsimile ed. 1960).\n\n"
            "2. Marsh at 20-22, 31; Cole at 270.\n\n"
            "3. 13 Stat. 351; H.R. Rept. No. 104, 39th Cong., 1st sess. (1865); Pub. L. No. 110-55; 121 Stat. 552 "
            "(2007).\n\n"
            "4. Id. at 40-41; J. Reed, “Strikes on the River” 301 (1935): CE 2550, p. 37.\n\n"
            "5. Holm. “Bridges of the Wey” 4-19 (1949).\n")
    root = encode_text(tmp_path, text)
    by_note, corresp, titles = _note_works(root)
    assert by_note == {
        "1": ["T. Marsh, “The Wey Ferries” 12-14 (1950)", "R. G. Cole “Boats of the South” 265 footnote 5 "
              "(facsimile ed. 1960)"],
        "2": ["Marsh at 20-22, 31", "Cole at 270"],
        # (the act's place in the Statutes at Large after it: the one act)
        "3": ["13 Stat. 351", "H.R. Rept. No. 104, 39th Cong., 1st sess. (1865)", "Pub. L. No. 110-55; 121 Stat. 552"],
        "4": ["Id. at 40-41", "J. Reed, “Strikes on the River” 301 (1935)", "CE 2550, p. 37"],
        "5": []}
    assert corresp[0] == corresp[2] and corresp[1] == corresp[3]
    assert corresp[7] == corresp[6]  # "Id.": the work cited last
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    first = root.xpath("//t:back//t:note[@n='1']//t:bibl", namespaces=ns)[0]
    assert [(el.tag.split("}")[1], el.text, el.get("from"), el.get("to")) for el in first] == [
        ("author", "T. Marsh", None, None), ("title", "“The Wey Ferries”", None, None),
        ("biblScope", "12-14", "12", "14"), ("date", "1950", None, None)]
    at = root.xpath("//t:back//t:note[@n='2']//t:bibl", namespaces=ns)[0]
    assert [(el.tag.split("}")[1], el.text, el.get("from"), el.get("to")) for el in at] == [
        ("author", "Marsh", None, None), ("biblScope", "20-22, 31", "20", "31")]
    # a quoted title with its page and year after it is a title, whoever the reference reads
    assert root.xpath("//t:back//t:note[@n='5']//t:title/text()", namespaces=ns)[-1] == "“Bridges of the Wey”"
    assert titles == ["The Wey Ferries", "Boats of the South", "13 Stat. 351", "H.R. Rept. No. 104", "Pub. L. 110-55",
                      "Strikes on the River", "CE 2550"]


def test_a_named_authors_article_in_a_paper_of_a_day():
    # "[9] Prof. Kelley Miller, article in “Washington Star,” Nov. 14, 1898.": the author, the
    # paper his article is in, the day
    (ref,) = _refs('Prof. Anna Reed, article in "Mill Star," Nov. 14, 1898.')
    assert ref[1:3] == ("Mill Star", "Prof. Anna Reed")


def test_short_references_one_after_another_each_after_its_page_and_stop():
    # "Winthrop, ii. 307. Stiles, Ancient Windsor, i. 447.": two works, the second read from its
    # own author, no further than the next one
    text = "Reed, ii. 307. Stiles, Ancient Mills, i. 447. Hutchinson, ii. 10."
    assert [c.text for c in read_references(text, 0, len(text), lambda t: False, lambda n: False)] == [
        "Reed, ii. 307", "Stiles, Ancient Mills, i. 447", "Hutchinson, ii. 10"]
    # after a year, a place: the same work's imprint
    text = "Proceedings at the Opening of the Mill, December 4, 1895. Riverton, 1895."
    assert len(read_references(text, 0, len(text), lambda t: False, lambda n: False)) <= 1
    # a semicolon inside the brackets of one work's parts: no new reference there
    text = "See Pictet, Origines des Moulins (Paris, 1878, T. II. pp. 372-6; T. III. pp. 5-8), for the mills."
    found = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [c.author for c in found] == ["Pictet"]


@pytest.mark.parametrize("text, cited", [
    # a note's short author–date references, without brackets, as art history and classics
    # print them: each where a reference may stand, its lead-in words left out
    ("Kramer 1837, 101.", [("Kramer", "1837")]),
    ("See Stewart 1990; Rolley 1994; the span is also called a transition (Richter 1951).",
     [("Stewart", "1990"), ("Rolley", "1994")]),  # (the bracketed one is the citations rule's)
    ("Ridgway 1970, 12. Already Poulsen 1937, 116.", [("Ridgway", "1970"), ("Poulsen", "1937")]),
    ("Athens, Acropolis Museum, inv. 631: Stewart 1990, 129; Berlin, Staatliche Museen, inv. 7470: "
     "Adornato 2010, 318-20.", [("Stewart", "1990"), ("Adornato", "2010")]),
    ("In general, see La Rocca 1979. On the statue: von Steuben 1990; in general, Franciosi 2003 "
     "(with bibliography), to be read with the assessments of Di Cesare 2003.",
     [("La Rocca", "1979"), ("von Steuben", "1990")]),
    # not a sentence that names a year, nor a place and its year closing an imprint, nor a month
    ("The mill was sold in 1990, 12 men having left.", []),
    ("Mill Stones of the North. Paris, 1878.", []),
    ("Written in March 1851.", []),
])
def test_short_author_date_references_in_a_note(text, cited):
    found = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(c.author, c.year) for c in found if c.kind == "author-date"] == cited


def test_notes_numbered_with_a_stop_the_text_calls_in_brackets(tmp_path):
    # a web page's speech: "today.[1]" calls "1. The views …", the notes after a break, no heading
    text = ("Uncertainty and the Mills\n\nBy Ann Cole\n\nThank you for the welcome.[1] The mills turned "
            "slower last year.[2]\n\nThe wheels are mended now.\n\n* * *\n\n1. The views are my own.\n\n"
            "2. See Annie Reed (2023), \"The Unexpected Compression: Competition at Work in the Low Wage "
            "Mill Market,\" Mill Paper Series 31010 (Leeds: Mill Press, March).\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:note/@n", namespaces=ns) == ["1", "2"]
    assert root.xpath("//t:p//t:ref/@target", namespaces=ns) == ["#note-1", "#note-2"]
    # the title after its author and year in brackets: a title, no quotation
    assert not root.xpath("//t:note//t:quote", namespaces=ns)
    assert root.xpath("//t:note[@n='2']//t:title/text()", namespaces=ns) == [
        "\"The Unexpected Compression: Competition at Work in the Low Wage Mill Market,\""]


def test_the_next_reference_after_a_semicolon_and_and():
    # "…, Leipzig, 1876; and Maximilian Perty’s …": "and" leads the next work in
    text = "See Anna Reed, The Mills, London, 1870; and Tom Cole, The Wheels, Leeds, 1871."
    found = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert [(c.author, c.title) for c in found] == [("Anna Reed", "The Mills"), ("Tom Cole", "The Wheels")]
    # (not "and" before a word of the sentence: "; and Huxley committed the opposite error")
    text = "See Anna Reed, The Mills, London, 1870; and Huxley committed the opposite error."
    assert len(read_references(text, 0, len(text), lambda t: False, lambda n: False)) == 1


def test_a_titles_call_set_apart_by_a_space_points_at_its_note(tmp_path):
    # "JOHN BUNYAN. (1)" / … / "(1) The Pilgrim’s Progress, with a Life of John Bunyan. …"
    text = ("THE MILLER. (1)\n\nBy Ann Cole\n\n(Mill Review, December 1830.)\n\n"
            "This is an eminently beautiful edition of a book which well deserves all that the printer "
            "can do for it.\n\nThe life of the miller is told in excellent English.\n\n"
            "     (1) The Miller’s Progress, with a Life of the Miller. By Tom Reed. London: 1830.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:titlePart/t:ref/@target", namespaces=ns) == ["#note-1"]
    assert root.xpath("string(//t:titlePart/t:ref)", namespaces=ns) == "(1)"


def test_a_long_starred_note_set_in_under_its_paragraph(tmp_path):
    # "… at the instance of a Mr. Reeves*, came to …" / "    * One of the runners has since called
    # on Mr. Spence …" (some eighty words, set in under its paragraph)
    note = " ".join(["One of the runners has since called on the miller and told him all."] * 6)
    text = ("The Mill\n\nBy Ann Cole\n\nThe miller went to the market on a Monday, as was his custom.\n\n"
            "On Thursday two runners, at the instance of a Mr. Reeves*, came to the stall, and bought a book.\n\n"
            f"    * {note}\n\nOn Monday two men came to the mill and took the miller away at once.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:note[@place='foot']/@n", namespaces=ns) == ["*"]
    assert root.xpath("//t:p//t:ref/@target", namespaces=ns) == ["#note-star"]


def test_an_articles_title_in_quotation_marks_then_its_journal_in_italics():
    # '[9] Derek J. Price, "Clockwork before the clock," _Horological Journal_, 1955, vol. 97, p. 810'
    text = 'Ann Cole, "Mills before the mill," _Millers\' Journal_, 1955, vol. 97, p. 810.'
    (c,) = read_references(text, 0, len(text), lambda t: False, lambda n: False)
    assert (c.author, c.title) == ("Ann Cole", "Mills before the mill")
    assert [(s.tag, s.attrib.get("level")) for s in c.spans if s.tag == "title"] == [("title", "a"), ("title", "j")]
    # (a sentence quoted, then its source in italics, is no article in a journal)
    text = "'I will laugh like a miller, and that when thou art inclined to sleep.'\n_A.Y.L._, iv. 1."
    assert all(c.title != "I will laugh like a miller, and that when thou art inclined to sleep."
               for c in read_references(text, 0, len(text), lambda t: False, lambda n: False))
