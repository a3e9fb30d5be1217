# SPDX-License-Identifier: MIT
"""Rule "footnotes-in-body": a note kept under the paragraph that calls it (``    [1] …`` after
the paragraph holding ``[1]``, as Project Gutenberg prints footnotes) is a ``note place="foot"``
where it stands, and the marker in the text a ``ref`` to it. Small invented texts, through the
whole encoder."""

from __future__ import annotations

from lxml import etree

from edition.text.source import Source
from edition.validation import validate_tree
from edition.verify import check_lossless
from support import encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
OPENING = "The Winter Lectures\n\nBy Ann Cole\n\n"


def _encode(tmp_path, body: str) -> etree._Element:
    text = OPENING + body
    root = encode_text(tmp_path, text)
    assert validate_tree(root, kinds=("rng", "sch")) == []
    assert check_lossless(Source(path=tmp_path / "article.txt", text=text, sha256="0" * 64),
                          root) is None
    return root


def _blocks(root) -> list[str]:
    """The body's blocks in order: ``p``, or ``note[n]`` for a note."""
    return [f"note[{el.get('n')}]" if el.tag.endswith("}note") else etree.QName(el).localname
            for el in root.xpath("//t:body/t:div/*", namespaces=NS)]


def _refs(root) -> dict[str, str]:
    """Each marker's target: {'[1]': '#note-1'}."""
    return {el.text: el.get("target") for el in root.xpath("//t:body//t:p//t:ref", namespaces=NS)}


def _footnotes(root) -> list[etree._Element]:
    return root.xpath("//t:body//t:note[@place='foot']", namespaces=NS)


def test_notes_under_the_paragraph_that_calls_them_stay_there_and_are_linked(tmp_path):
    root = _encode(tmp_path,
                   "The town kept its lectures in winter, as the old letters tell.[1] Many came to "
                   "hear them, and some stayed late, [2] and the custom spread in time.\n\n"
                   "    [1] The letters are kept at the town hall.\n\n"
                   "    [2] The hall closed at ten, and the keeper locked the doors.\n\n"
                   "Nobody doubted that the lectures did good to the town and to its people.\n")
    assert _blocks(root) == ["p", "note[1]", "note[2]", "p"]
    notes = _footnotes(root)
    assert [(n.get("n"), n.get(XML_ID)) for n in notes] == [("1", "note-1"), ("2", "note-2")]
    assert "".join(notes[0].itertext()) == "[1] The letters are kept at the town hall."
    assert _refs(root) == {"[1]": "#note-1", "[2]": "#note-2"}
    assert not root.xpath("//t:back//t:note", namespaces=NS)  # no endnotes


def test_a_letters_date_under_its_text_stands_between_it_and_its_notes(tmp_path):
    # "15 February." closes the letter, a line of its own: no note 15, and the notes under it
    # are the letter's, called from its paragraph
    root = _encode(tmp_path,
                   "I have told you the first proceedings; the legations were put off.[1] Then "
                   "Marcellus spoke, being called upon by me.[2]\n\n"
                   "15 February.\n\n"
                   "[1] The legations were heard in the month after.\n\n"
                   "[2] Marcellus was a candidate for the aedileship.\n\n"
                   "A second letter began with the news of the trial and of the verdict.\n")
    assert _blocks(root) == ["p", "p", "note[1]", "note[2]", "p"]
    assert _refs(root) == {"[1]": "#note-1", "[2]": "#note-2"}


def test_the_last_letters_notes_past_the_numbers_of_the_letter_before_are_notes_too(tmp_path):
    # each letter numbers its notes afresh; the last has three to the first's two, and its
    # notes close the text: its footnotes all, not a closing list from "[3]" on
    root = _encode(tmp_path,
                   "LETTER I\n\nThe legations were put off.[1] Marcellus spoke, being called "
                   "upon by me.[2]\n\n[1] They were heard in the month after.\n\n"
                   "[2] He was a candidate for the aedileship.\n\n"
                   "LETTER II\n\nSestius was acquitted.[1] Vatinius was in court,[2] and so was "
                   "the grammarian.[3]\n\n[1] On the fourteenth of March.\n\n"
                   "[2] The tribune of that year.\n\n[3] A Greek, a friend of the house.\n")
    notes = root.xpath("//t:body//t:note", namespaces=NS)
    assert [n.get("n") for n in notes] == ["1", "2", "1", "2", "3"]


def test_a_note_is_called_by_any_paragraph_since_the_last_note(tmp_path):
    root = _encode(tmp_path,
                   "The first lecture was on the rivers of the county.[1] It drew a crowd.\n\n"
                   "    [1] Given by the schoolmaster.\n\n"
                   "The second was on the old mills, and on the men who built them.[2]\n\n"
                   "The third, on the roads, was given twice over that winter.\n\n"
                   "    [2] The mills are gone now, all but one.\n\n"
                   "The fourth was never given, for the snow came early that year.\n")
    assert _blocks(root) == ["p", "note[1]", "p", "p", "note[2]", "p"]
    assert _refs(root) == {"[1]": "#note-1", "[2]": "#note-2"}


def test_lettered_and_bracketed_markers(tmp_path):
    root = _encode(tmp_path,
                   "The keeper rang the bell at nine every evening of the winter.[A]\n\n"
                   "    [A] A bell cast in the town in the year of the great flood.\n\n"
                   "The lecturer spoke for an hour(1) and then took questions from the hall.\n\n"
                   "    (1) Sometimes for two hours, when the subject was the mills.\n\n"
                   "In spring the lectures stopped, and the hall was let for dances.\n")
    assert _blocks(root) == ["p", "note[A]", "p", "note[1]", "p"]
    assert [n.get(XML_ID) for n in _footnotes(root)] == ["note-A", "note-1"]
    assert _refs(root) == {"[A]": "#note-A", "(1)": "#note-1"}


def test_a_bracketed_note_lettered_in_brackets_and_running_over_paragraphs(tmp_path):
    # "[Footnote (a): …" opens it, the paragraph that closes the bracket ends it; "an(a)" calls it
    root = _encode(tmp_path,
                   "The keeper rang the bell at nine, an(a) old custom of the town.\n\n"
                   "[Footnote (a): The custom is older than the hall. Some say it came with the mills.\n\n"
                   "The first keeper rang it at eight; the second at nine.]\n\n"
                   "In spring the lectures stopped, and the hall was let for dances.(b)\n\n"
                   "[Footnote (b): Twice a week, on Tuesdays and Saturdays.]\n\n"
                   "The dances ended at midnight, when the keeper locked the doors.\n")
    assert _blocks(root) == ["p", "note[a]", "p", "note[b]", "p"]
    first = _footnotes(root)[0]
    assert ["".join(p.itertext()) for p in first] == [
        "[Footnote (a): The custom is older than the hall. Some say it came with the mills.",
        "The first keeper rang it at eight; the second at nine.]"]
    assert _refs(root) == {"(a)": "#note-a", "(b)": "#note-b"}


def test_bracketed_notes_marked_by_symbols_that_start_again_on_every_page(tmp_path):
    # an old pamphlet's "[Footnote *: …]" under the paragraph whose "absurd."* calls it; the
    # symbols start again, "*" the next page's first note too
    root = _encode(tmp_path,
                   "The keeper said the custom was \"more absurd than any.\"* Yet the town kept it, "
                   "and the hall rang at nine.† So it went on.\n\n"
                   "[Footnote *: The keeper's book, p. 90.]\n\n"
                   "[Footnote †: Page 97.]\n\n"
                   "In spring the lectures stopped, and the hall was let for dances.*\n\n"
                   "[Footnote *: Twice a week, on Tuesdays and Saturdays.]\n\n"
                   "The dances ended at midnight, when the keeper locked the doors.\n")
    assert _blocks(root) == ["p", "note[*]", "note[†]", "p", "note[*]", "p"]
    assert [el.get("target") for el in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == [
        "#note-star", "#note-dagger", "#note-star-s2"]


def test_a_note_that_cites_a_work_gives_its_reference(tmp_path):
    root = _encode(tmp_path,
                   "Mutual aid kept the town going through the hard winters.[1] So the elders "
                   "said, at least, and nobody argued with them.\n\n"
                   "    [1] P. Kropotkin, Mutual Aid (London: Heinemann, 1902), p. 12.\n\n"
                   "The lectures themselves were a kind of mutual aid, free to all who came.\n")
    note, = _footnotes(root)
    bibl, = note.xpath("t:bibl", namespaces=NS)
    assert bibl.xpath("string(t:title)", namespaces=NS) == "Mutual Aid"
    assert bibl.xpath("string(t:author)", namespaces=NS) == "P. Kropotkin"


def test_a_numbered_list_is_no_footnote(tmp_path):
    root = _encode(tmp_path,
                   "The hall sold three things at the door, listed in the order of item 1. on the "
                   "price board:\n\n"
                   "1. Apples\n\n2. Tea\n\n3. Candles\n\n"
                   "The apples sold best, the candles worst of all, every winter.\n")
    assert not _footnotes(root)
    assert root.xpath("//t:body//t:list", namespaces=NS)


def test_a_reference_list_under_its_heading_is_no_footnote(tmp_path):
    root = _encode(tmp_path,
                   "Lectures were common in the county, as two surveys show [1], [2].\n\n"
                   "References\n\n"
                   "[1] Smith J, Jones K. 2015. Winter lectures in the county. Local History 12:3-9.\n\n"
                   "[2] Brown A. 2019. Halls and their keepers. Local History 16:40-52.\n\n"
                   "Appendix\n\n"
                   "The surveys counted every hall that kept a lecture in the winter months.\n")
    assert not _footnotes(root)


def test_a_section_headed_literature_that_reviews_it_in_prose_keeps_its_footnotes(tmp_path):
    # an old report's "LITERATURE." is a survey of what was written before, its footnotes under
    # its paragraphs: not a reference list
    root = _encode(tmp_path,
                   "LITERATURE.\n\n"
                   "The first account of the graves of the valley was written by Mr. Merritt,[2] "
                   "who visited them in the spring of 1859, and a second by Mr. Bollaert,[3] who "
                   "reached them in the autumn of the same year; both describe the burial mounds "
                   "of the river plain and the vessels found in them, but neither saw the upland "
                   "cemeteries at all.\n\n"
                   "    [Footnote 2: J. King Merritt: Report on the huacals. Bulletin of the "
                   "Ethnological Society, 1860.]\n\n"
                   "    [Footnote 3: Bollaert: Antiquarian Researches in New Granada. London, 1860.]\n\n"
                   "THE GRAVES.\n\n" + LONG + "\n")
    assert [n.get("n") for n in _footnotes(root)] == ["2", "3"]
    assert _refs(root) == {"[2]": "#note-2", "[3]": "#note-3"}


def test_a_letters_heading_calls_the_footnote_under_its_paragraphs(tmp_path):
    # "Letter 52[40]" over the letter's superscription (a heading of its own), the note after
    # the letter's paragraphs
    root = _encode(tmp_path,
                   "                 Letter 52[40]\n\n"
                   "Philip Cole to his dear little Philip Reed\n\n" + LONG + "\n\n"
                   "[Footnote 40: This letter was originally written in Latin.]\n\n"
                   "                 Letter 53\n\n" + LONG + "\n")
    assert [n.get("n") for n in _footnotes(root)] == ["40"]
    assert root.xpath("//t:head//t:ref/@target", namespaces=NS) == ["#note-40"]


def test_notes_straight_under_the_headings_that_call_them_are_their_footnotes(tmp_path):
    # "TRANSLATION[107]" / "“MILLS”[108]" / "  [107] …" / "  [108] …": the headings' notes stand
    # under them before any paragraph; the heading's text stays the heading's
    root = _encode(tmp_path,
                   "TRANSLATION[7]\n\n“THE MILLS”[8]\n\n"
                   "  [7] The text used is the one the miller kept. [Tr.]\n\n"
                   "  [8] I have seen something of the miller's plan for the weir. [Tr.]\n\n"
                   + LONG + "\n\n" + LONG + "\n")
    assert [n.get("n") for n in _footnotes(root)] == ["7", "8"]
    assert root.xpath("//t:head//t:ref/@target", namespaces=NS) == ["#note-7", "#note-8"]
    # not a list's entries under a heading that calls none
    root = _encode(tmp_path,
                   "THE MILLS\n\n  [7] The text used is the one the miller kept.\n\n"
                   "  [8] I have seen something of the miller's plan.\n\n" + LONG + "\n")
    assert not _footnotes(root)


def test_a_set_in_footnotes_paragraphs_set_in_as_deep_are_the_notes(tmp_path):
    # "  [13] A miller thus answered …" / "  (This note is wanting in the second edition.) [Tr.]":
    # the note's second paragraph, set in as it is, no block quotation; so at the text's end
    root = _encode(tmp_path,
                   LONG + " The mill was never sold.[13]\n\n"
                   "  [13] A miller thus answered the lord who offered to buy the\n"
                   "  mill, not with money, but with land.\n\n"
                   "  (This note is wanting in the second edition. It is\n"
                   "  repeated in the third.) [Tr.]\n\n"
                   + LONG + " The weir was never sold.[14]\n\n"
                   "  [14] The weir had been the town's since the flood.\n\n"
                   "  I have wished here only by the way to draw the attention of\n"
                   "  millers to the weir.\n")
    assert [n.get("n") for n in _footnotes(root)] == ["13", "14"]
    assert not root.xpath("//t:quote", namespaces=NS)
    assert _blocks(root) == ["p", "note[13]", "p", "note[14]"]


def test_a_closing_run_is_no_footnote(tmp_path):
    # a closing run the rule "endnotes" does not take ([3] is called nowhere) is no footnotes
    root = _encode(tmp_path,
                   "The lectures were counted in the town's books [1] and in the county's, "
                   "which agree on most years.\n\n"
                   "[1] The town's books begin in the year of the flood.\n\n"
                   "[3] The county's are lost before the war.\n")
    assert not root.xpath("//t:note", namespaces=NS)
    assert _blocks(root) == ["p", "p", "p"]


def test_a_marker_the_text_does_not_carry_or_carries_elsewhere_is_no_call(tmp_path):
    root = _encode(tmp_path,
                   "The first lecture drew a crowd from all the villages around.[1]\n\n"
                   "Rivers\n\n"
                   "The rivers were the subject of the second lecture, given by the miller.\n\n"
                   "    [1] A crowd of two hundred, the keeper said.\n\n"
                   "    [2] The miller was a learned man for his trade.\n\n"
                   "The third lecture, on roads, was given twice.\n")
    assert not _footnotes(root)  # [1] is called in another section; [2] nowhere


def test_a_second_series_of_the_same_numbers_has_ids_of_its_own(tmp_path):
    # letters and chapters that number their footnotes afresh: each "[1]" calls its own note
    root = _encode(tmp_path,
                   "The first winter the hall was cold.[1] Nobody minded much.\n\n"
                   "    [1] The stove was broken.\n\n"
                   "The second winter the hall was warm.[1] Everybody came.\n\n"
                   "    [1] A new stove, paid for by the miller.\n\n"
                   "The third winter the hall burned down.\n")
    assert [(n.get("n"), n.get(XML_ID)) for n in _footnotes(root)] == [("1", "note-1"),
                                                                       ("1", "note-1-s2")]
    refs = [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)]
    assert refs == ["#note-1", "#note-1-s2"]


def test_a_repeated_number_no_paragraph_since_calls_is_no_note(tmp_path):
    root = _encode(tmp_path,
                   "The first winter the hall was cold.[1] Nobody minded much.\n\n"
                   "    [1] The stove was broken.\n\n"
                   "The second winter the hall was warm. Everybody came.\n\n"
                   "    [1] A new stove, paid for by the miller.\n\n"
                   "The third winter the hall burned down.\n")
    assert [n.get(XML_ID) for n in _footnotes(root)] == ["note-1"]


def test_an_unglued_parenthesised_number_in_prose_is_no_call(tmp_path):
    root = _encode(tmp_path,
                   "The hall had two rules: (1) no dogs, and (2) no singing after ten.\n\n"
                   "(1) Dogs were allowed at the spring fair, all the same.\n\n"
                   "The rules were kept, by and large, for fifty years.\n")
    assert not _footnotes(root)


def test_a_block_quotation_a_footnote_interrupts_goes_on_in_a_second_part(tmp_path):
    root = _encode(tmp_path,
                   "The keeper wrote to the council in the spring of that year:\n\n"
                   "“I have the honour to report that the hall is in a sorry state, and that the "
                   "roof lets in the rain at every storm.[1]\n\n"
                   "    [1] The roof was mended in the autumn, at the miller's cost.\n\n"
                   "“I beg the council to consider the matter at its next meeting, before the "
                   "lectures begin again.”\n\n"
                   "The council met and did nothing, as councils do.\n")
    assert _blocks(root) == ["p", "quote", "note[1]", "quote", "p"]
    first, second = root.xpath("//t:body//t:quote", namespaces=NS)
    assert first.get("next") == f"#{second.get(XML_ID)}"
    assert second.get("prev") == f"#{first.get(XML_ID)}"


def test_a_bracketed_footnote_as_project_gutenberg_prints_it(tmp_path):
    root = _encode(tmp_path,
                   "The serfs of the north were freed first, as the historians tell it;[A] those "
                   "of the south waited another forty years.\n\n"
                   "[Footnote A: See Gerebtzoff, Histoire de la Civilisation en Russie.]\n\n"
                   "The nobles of the south fought every plan of freedom that came before them.\n")
    assert _blocks(root) == ["p", "note[A]", "p"]
    note, = _footnotes(root)
    assert note.get(XML_ID) == "note-A"
    assert _refs(root) == {"[A]": "#note-A"}
    bibl, = note.xpath("t:bibl", namespaces=NS)  # read after "See", inside the brackets
    assert bibl.xpath("string(t:author)", namespaces=NS) == "Gerebtzoff"
    assert bibl.xpath("string(t:title)", namespaces=NS) == "Histoire de la Civilisation en Russie"



def test_a_bracketed_note_headed_note_rather_than_footnote(tmp_path):
    # "[Note 28: Extracts from a speech …]": some transcribers write "Note"
    root = _encode(tmp_path,
                   "The serfs of the north were freed first, as the historians tell it;[28] those "
                   "of the south waited another forty years.\n\n"
                   "[Note 28: See Gerebtzoff, Histoire de la Civilisation en Russie.]\n\n"
                   "The nobles of the south fought every plan of freedom that came before them.\n")
    assert _blocks(root) == ["p", "note[28]", "p"]
    assert _refs(root) == {"[28]": "#note-28"}

LONG = ("The mills of the valley were counted again in the spring, and the river rose all night; "
        "by morning the lower town was under water, and nobody had seen a flood like it.")


def test_notes_called_by_superscript_figures_under_their_paragraph_and_at_the_end(tmp_path):
    body = "\n\n".join([
        "The mills were counted by many writers¹ and the river rose all night;² " + LONG,
        "1. Quatrefages, 'Unité de l'Espèce Humaine,' 1861, p. 21.",
        "2. Reed, 'Dissertation on Mills,' 1837, p. 231.",
        "The council met at once, as Jaeger remarks³. " + LONG,
        "3. 'Die Mühle,' s. 101."])
    root = _encode(tmp_path, body)
    assert _blocks(root) == ["p", "note[1]", "note[2]", "p", "note[3]"]
    assert _refs(root) == {"¹": "#note-1", "²": "#note-2", "³": "#note-3"}
    # a quoted title in straight single quotes is the note's reference's title
    assert root.xpath("string(//t:note[@n='2']//t:bibl/t:title)", namespaces=NS) == "'Dissertation on Mills,'"


def test_a_pages_footnotes_one_to_a_line_after_a_list_or_a_later_heading(tmp_path):
    # a report's page footnotes pasted as lines ("1 An …" / "2 The …"), after the page's list,
    # and a page's notes standing after the next section's heading and paragraph
    body = "\n\n".join([
        "Mills¹ can hold many machines. ² " + LONG + " Millers should ask:",
        "- What is needed?\n- What is planned?³",
        "1 A mill is a set of machines [MILL A-1].\n2 The term miller means its keeper.\n"
        "3 [MILL A-1] defines the plan.",
        "The river rose all night.⁴ " + LONG,
        "1.1 PURPOSE",
        "This publication counts the mills of the valley. " + LONG,
        "4 The flood of 1792.",
        "References",
        "[MILL A-1] Office of Mills Circular A-1, Managing Mills, July 2016.\nhttps://example.org/a1"])
    root = _encode(tmp_path, body)
    assert [n.get("n") for n in root.xpath("//t:body//t:note", namespaces=NS)] == ["1", "2", "3", "4"]
    assert _refs(root) == {"¹": "#note-1", "²": "#note-2", "⁴": "#note-4"}
    assert root.xpath("//t:item//t:ref/@target", namespaces=NS) == ["#note-3"]
    # a label with a space and a hyphen cites the list's entry, named by it (no author read)
    assert [b.get("target") for b in root.xpath("//t:note//t:ref", namespaces=NS)] == [
        "#ref-mill-a-1", "#ref-mill-a-1"]


def test_starred_notes_set_under_their_paragraphs_last_line(tmp_path):
    # Project Gutenberg's shape with no blank line before the notes, "(*In" glued too
    root = _encode(tmp_path, "\n\n".join([
        "The mills spread over the valley, as Dr. Cole says,* and the river\nrose all night "
        "with them.** " + LONG + "\n(* See her Mills of the Valley.)\n(** Old people have "
        "told me so,\nand the miller too.)",
        "The chase is held by the crown,* as old records call it. " + LONG + "\n(*In 'Rot. "
        "Mill.,' 36, it is called Millholt.)", LONG]))
    assert _blocks(root) == ["p", "note[*]", "note[**]", "p", "note[*]", "p"]
    assert root.xpath("string(//t:note[@n='**'])", namespaces=NS).endswith("the miller too.)")


def test_a_pages_footnotes_one_to_a_line_called_by_figures_glued_to_words(tmp_path):
    # the calls pasted as plain figures glued to the word ("papers,10"), the last set off by a
    # space and so not found: the lines still count on by one, each its own footnote (the one
    # not called stays a line of text)
    body = "\n\n".join([
        "We make public the metadata of the papers,10 the citations dataset,11 the river "
        "counts,12 and the mill models 13 among others. " + LONG,
        "10 http://example.org/papers\n11 http://example.org/citations\n12 http://example.org/counts\n"
        "13 http://example.org/models",
        "The river rose again. " + LONG])
    root = _encode(tmp_path, body)
    assert [n.get("n") for n in root.xpath("//t:body//t:note", namespaces=NS)] == ["10", "11", "12"]
    assert _refs(root) == {"10": "#note-10", "11": "#note-11", "12": "#note-12"}


def test_lines_opening_with_numbers_no_superscript_calls_stay_a_paragraph(tmp_path):
    root = _encode(tmp_path, "\n\n".join([LONG, "1 mill on the river\n2 mills on the hill", LONG]))
    assert _blocks(root) == ["p", "p", "p"]


def test_a_numbered_list_no_superscript_calls_stays_a_list(tmp_path):
    root = _encode(tmp_path, "\n\n".join([LONG + " It founded twelve departments:",
                                          "1. The Department of Mills.", "2. The Mill School.", LONG]))
    assert _blocks(root) == ["p", "list", "p"]


def test_notes_printed_whole_in_brackets_closing_the_text(tmp_path):
    root = _encode(tmp_path, "\n\n".join([
        "The theory of nationality grew into a system.[329] " + LONG,
        "Mill says so too.[330] " + LONG,
        "[Footnote 329: Considerations on Representative Government, p. 298.]",
        "[Footnote 330: Mill's Considerations, p. 296.]"]))
    assert [n.get("n") for n in root.xpath("//t:back//t:note", namespaces=NS)] == ["329", "330"]
    assert set(_refs(root).values()) == {"#note-329", "#note-330"}


def test_a_note_in_brackets_run_on_over_paragraphs_closing_the_text(tmp_path):
    # "[Footnote A: …" without its bracket, then the paragraphs that go on with it, the last
    # closing it: one note at the text's end, every paragraph of it kept
    root = _encode(tmp_path, "\n\n".join([
        "The valley was settled early.[A] " + LONG, LONG,
        "[Footnote A: From a record of 1689 the river is called Ti-onon-dages.",
        "In an old map found among the papers the creek is called Ti-ononda-don.",
        "The prefix appears to have been common among the names.",
        "It may have no bearing on the word, but is given for what it may be worth.]"]))
    notes = root.xpath("//t:back//t:note", namespaces=NS)
    assert [n.get("n") for n in notes] == ["A"]
    assert [p.text.split()[:3] for p in notes[0].iterfind("t:p", NS)] == [
        ["[Footnote", "A:", "From"], ["In", "an", "old"], ["The", "prefix", "appears"],
        ["It", "may", "have"]]
    assert _refs(root) == {"[A]": "#note-A"}
    assert _blocks(root) == ["p", "p"]


def test_a_closing_run_of_notes_in_brackets_given_back_as_paragraphs_keeps_every_one(tmp_path):
    # the last note is called nowhere, so the closing run is no notes: the note run on over
    # three paragraphs before it goes back to being paragraphs, all three of them
    root = _encode(tmp_path, "\n\n".join([
        "The valley was settled early.[A] " + LONG, LONG,
        "[Footnote A: From a record of 1689 the river is called Ti-onon-dages.",
        "In an old map found among the papers the creek is called Ti-ononda-don.",
        "It is given for what it may be worth.]",
        "[Footnote B: An old map of the county.]"]))
    assert not root.xpath("//t:note", namespaces=NS)
    assert _blocks(root) == ["p"] * 6


def test_endnotes_called_by_superscript_figures_under_a_references_heading(tmp_path):
    # a textbook's section, its notes numbered on from the chapter before ("65.", "66.")
    root = _encode(tmp_path, "\n\n".join([
        "The first mills were built in 1790.⁶⁵ " + LONG, "The river rose in 1792.⁶⁶ " + LONG,
        "References",
        "65. Ann Cole. 2015. The Mills of the Valley. Boston: Mill Press.",
        "66. See note 65."]))
    notes = root.xpath("//t:back/t:div[@type='notes']", namespaces=NS)
    assert len(notes) == 1 and notes[0].findtext("t:head", namespaces=NS) == "References"
    assert [n.get("n") for n in notes[0].iterfind("t:note", NS)] == ["65", "66"]
    assert _refs(root) == {"⁶⁵": "#note-65", "⁶⁶": "#note-66"}
    # "See note 65.": the work note 65 cites
    first, see = (n.find("t:bibl", NS) for n in notes[0].iterfind("t:note", NS))
    assert first.findtext("t:title", namespaces=NS) == "The Mills of the Valley"
    assert see.text == "See note 65" and see.get("corresp") == first.get("corresp")


def test_notes_in_brackets_after_a_star_under_the_paragraph_that_calls_them(tmp_path):
    # Project Gutenberg's shape for a book's starred footnotes, each "*" a note of its own
    root = _encode(tmp_path, "\n\n".join([
        "The mills spread over the valley and the plain south of the hills.* " + LONG,
        '     (* Ann Cole, "The Mills of the Valley" Mill Essays 1856.)',
        "The same people may have built the same mills in the dark before history.* " + LONG,
        '     (* Tom Reed, "Transactions of the Mill Society" volume 1.)',
        LONG]))
    assert _blocks(root) == ["p", "note[*]", "p", "note[*]", "p"]
    assert [n.get(XML_ID) for n in _footnotes(root)] == ["note-star", "note-star-s2"]
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == [
        "#note-star", "#note-star-s2"]


def test_a_letter_over_its_note_in_brackets_called_by_star_and_letter(tmp_path):
    # another of Project Gutenberg's shapes: the note's letter alone on a line over the note in
    # brackets, the text calling it "*p" set off by spaces; the note printed "*" is called "**";
    # a letter in a word of the text ("p" in "plain") is no call
    root = _encode(tmp_path, "\n\n".join([
        "The mills spread over the plain in 1650. *p The builders *q began with the dams. " + LONG,
        "p\n[ Code of 1650, p. 28; Hartford, 1830.]",
        "q\n[ See also in “Cole’s History,” vol. i. p. 435.]",
        "The same people built the same mills, ** and the dams. " + LONG,
        "*\n[ This was not peculiar to the valley.]",
        LONG]))
    assert _blocks(root) == ["p", "note[p]", "note[q]", "p", "note[*]", "p"]
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == [
        "#note-p", "#note-q", "#note-star"]
    assert [r.text for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == ["*p", "*q", "**"]
    # the note's reference reads after "See also in": the title, not "See also in …"
    titles = root.xpath("//t:note[@n='q']//t:bibl/t:title/text()", namespaces=NS)
    assert titles == ["“Cole’s History,”"]


def test_a_note_reference_names_its_author_in_the_possessive(tmp_path):
    root = _encode(tmp_path, "\n\n".join([
        "The mills spread over the plain in 1650. *p The builders began with the dams. " + LONG,
        "p\n[ Mather’s “Magnalia of the Mills,” vol. ii. p. 13. This speech was made by Tom Reed.]",
        LONG]))
    bibl = root.xpath("//t:note[@n='p']//t:bibl", namespaces=NS)[0]
    assert bibl.xpath("t:author/text()", namespaces=NS) == ["Mather"]
    assert bibl.xpath("t:title/text()", namespaces=NS) == ["“Magnalia of the Mills,”"]


def test_fn_markers_under_the_rule_that_sets_a_page_s_notes_off(tmp_path):
    # older etexts' "[FN-1]" and "[FN]" ("footnote"), the notes under "* * * * *" after the page's
    # paragraphs; the numbering restarts with each page
    root = _encode(tmp_path,
                   "The brook was known by many names, as the old maps show. [FN-1] The scouts "
                   "called it otherwise. [FN-2]\n\n"
                   "* * * * *\n\n"
                   " [FN-1] The map is kept in the State Library at Albany.\n\n"
                   " [FN-2] Possibly a corruption of the founder's name.\n\n"
                   "A block house stood at the crossing, as the late Dr. Holden [FN] tells us "
                   "in his history of the town.\n\n"
                   "* * * * *\n\n"
                   " [FN] The historian of the town.\n\n"
                   "Nothing more is known of the house until the war.\n")
    notes = _footnotes(root)
    assert [n.get(XML_ID) for n in notes] == ["note-FN-1", "note-FN-2", "note-FN"]
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == [
        "#note-FN-1", "#note-FN-2", "#note-FN"]


def test_a_rule_between_paragraphs_is_no_note_s_place_without_its_marker(tmp_path):
    # a numbered paragraph after a section break, which the text before never calls: text
    root = _encode(tmp_path,
                   "The brook was known by many names, as the old maps show.\n\n"
                   "* * * * *\n\n"
                   "[FN-1] was the label the printer forgot to remove from the proofs.\n")
    assert not _footnotes(root)


def test_a_starred_note_under_the_paragraph_whose_word_the_star_is_glued_to(tmp_path):
    root = _encode(tmp_path, "The wheel was brought to the mill of a daughter* in the spring, and "
                   "it turned all the summer long.\n\n* The present Countess of Mill\n\n"
                   "Coffee was served in china, with gold _soucoups_*\n\n* Saucers.\n\n"
                   "The wheel turned on.\n\n* apples from the mill\n\n* pears from the mill\n\n"
                   "And so the year went round at the mill, as it always had.")
    # the two stars each call the note under their paragraph; a bulleted line under a paragraph
    # with no star glued to a word is no note (nor a heading)
    assert _blocks(root)[:4] == ["p", "note[*]", "p", "note[*]"]
    assert "note" not in " ".join(_blocks(root)[4:])
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    targets = [el.get("target") for el in root.xpath("//t:body//t:p//t:ref", namespaces=NS)]
    notes = ["#" + el.get(XML_ID) for el in root.xpath("//t:body//t:note", namespaces=NS)]
    assert targets == notes and len(set(notes)) == 2


def test_a_footnote_by_a_bare_number_called_by_figures_glued_to_the_text(tmp_path):
    # a report pasted from its PDF: the superscript calls lost their raise ("Christie.215",
    # "over.”216"), each page's notes under the paragraph, a bare number opening each
    root = _encode(tmp_path, "On February 14 the miller had lunch at the mill with Ann Reed.215 "
                   "According to Reed, the miller said, \u201cNow that we fired Tom, the wheel is over.\u201d216 "
                   "It was 1861.\n\n215 Reed 2/13/19 302, at 2\u20133.\n\n216 Reed 2/13/19 302, at 3.\n\n"
                   "The wheel turned on, and the year went round at the mill as it always had.")
    assert _blocks(root) == ["p", "note[215]", "note[216]", "p"]
    assert _refs(root) == {"215": "#note-215", "216": "#note-216"}


def test_a_note_that_is_a_web_address_alone_cites_that_page(tmp_path):
    root = _encode(tmp_path, "The mill's own page says so.[1] Another says less.[2]\n\nNotes\n\n"
                   "[1] https://mill.example.org/about/wheels/\n\n[2] See the mill's records, www.mill.example.org.")
    bibls = root.xpath("//t:note//t:bibl", namespaces=NS)
    assert [b.xpath("string(t:ref/@target)", namespaces=NS) for b in bibls] == [
        "https://mill.example.org/about/wheels/"]


def test_a_starred_note_called_from_the_title_and_the_next_note_after_it(tmp_path):
    # "OBITUARY*": the title calls the first starred note, set under the text's second
    # paragraph; the dagger note after it is called from the paragraph before the star's
    text = ("THE MILLER*\n\n[1888]\n\nThomas Reed was the fifth son of a miller of the valley. " + LONG + "\n\n"
            "He remembered the flood (I., p. 28.†) and " + LONG + "\n\n"
            "    * From the Notices of the Mill Society, vol. 44.\n\n"
            "    † The references throughout are to the Life of Reed.\n\n" + LONG + "\n")
    root = encode_text(tmp_path, text)
    assert validate_tree(root, kinds=("rng", "sch")) == []
    assert _blocks(root) == ["p", "p", "note[*]", "note[†]", "p"]
    assert root.xpath("//t:titlePart//t:ref/@target", namespaces=NS) == ["#note-star"]
    assert _refs(root) == {"†": "#note-dagger"}


def test_a_pages_short_footnotes_are_no_numbered_headings_and_carry_over_a_page(tmp_path):
    # a report's page foot pasted under its paragraphs, each note a block: short ones ("17 See
    # Mill Survey, supra.", "23 1792 Survey, at 4.") are notes called by superscript figures, not
    # numbered headings; a note the paragraph before the last notes called ("… all night.¹⁸")
    # stands at the next page's foot
    body = "\n\n".join([
        "The mills were counted in the survey.¹⁶ The river rose all night.¹⁷ " + LONG + " It "
        "was the worst flood of the century.¹⁸",
        "16 See Mill Survey of the Valley (1792) (“Mill Survey”), at 3.",
        "17 See Mill Survey, supra.",
        "The council met at once.¹⁹ " + LONG,
        "18 Report of the County Engineer, at 12 (1793).",
        "19 1792 Survey, at 4.",
        "The millers rebuilt the weirs in the spring. " + LONG])
    root = _encode(tmp_path, body)
    assert _blocks(root) == ["p", "note[16]", "note[17]", "p", "note[18]", "note[19]", "p"]
    assert _refs(root) == {"¹⁶": "#note-16", "¹⁷": "#note-17", "¹⁸": "#note-18", "¹⁹": "#note-19"}
    assert not root.xpath("//t:body//t:head", namespaces=NS)


def test_a_numbered_heading_after_a_units_power_stays_a_heading(tmp_path):
    # "km²" over "2 Study area": a unit's power, no note's call
    body = "\n\n".join([
        "1 Introduction",
        "The valley covers 40 km² of meadow and wood. " + LONG,
        "2 Study area",
        "The mills stand on the lower river. " + LONG])
    root = _encode(tmp_path, body)
    assert root.xpath("//t:body//t:head/text()", namespaces=NS) == ["1 Introduction", "2 Study area"]


def test_a_pages_short_footnotes_called_by_plain_figures_after_a_stop_are_no_headings(tmp_path):
    # a PDF's copy: the calls plain figures glued to a stop or a closing mark ("Framework,5",
    # "(MSA).6"); the page's short notes under the paragraphs are notes, not numbered headings
    body = "\n\n".join([
        "1 Introduction",
        "The mills follow the Valley Management Framework,5 where it applies. " + LONG,
        "The council adopted the Mill Safety Act (MSA).6 " + LONG,
        "5 Introduction to Mill Management (M3), Valley Shared Services.",
        "6 State of the Mills Report, Public Release Version 1.0.",
        "2 Study area",
        "The emissions of CO2 were small. " + LONG,
        "3 Results",
        "The mills stand on the lower river. " + LONG])
    root = _encode(tmp_path, body)
    assert [n.get("n") for n in root.xpath("//t:body//t:note", namespaces=NS)] == ["5", "6"]
    assert _refs(root) == {"5": "#note-5", "6": "#note-6"}
    # "CO2": a figure glued to letters calls nothing, and "3 Results" stays a heading
    assert root.xpath("//t:body//t:head/text()", namespaces=NS) == ["1 Introduction", "2 Study area",
                                                                     "3 Results"]


def test_a_numbered_heading_under_a_paragraph_that_calls_its_number_is_a_heading_where_the_note_stands_near(tmp_path):
    # the abstract ends in "benchmark.1", the page's notes one to a line under the section
    # ("1 https://…" / "2 MILLS: …" / "3 https://…"): "1 Introduction" and "2 Model" (over
    # "2.1 Overview") are headings, the notes the lines that read as notes
    body = "\n\n".join([
        "Abstract",
        "The mills were counted on the benchmark.1 " + LONG,
        "1 Introduction",
        "Our system, MILLS,2 counts the weirs. " + LONG,
        "We release the weirs' data3 with it. " + LONG,
        "1 https://example.org/mills\n2 MILLS: Mill Inventory of Lower Leeds Sluices\n3 https://example.org/weirs",
        "2 Model",
        "2.1 Overview",
        "The mills stand on the lower river. " + LONG])
    root = _encode(tmp_path, body)
    assert root.xpath("//t:body//t:head/text()", namespaces=NS) == ["Abstract", "1 Introduction", "2 Model",
                                                                     "2.1 Overview"]
    assert [n.get("n") for n in root.xpath("//t:body//t:note", namespaces=NS)] == ["1", "2", "3"]


def test_a_numbered_paragraphs_notes_one_to_a_line_by_small_letters_are_its_footnotes(tmp_path):
    # an old sermon's page notes: each numbered head's paragraph with its notes under it, one to
    # a line, lettered "[a]" afresh on every page
    root = _encode(tmp_path,
                   "1. The first preachers spoke in the open, \"[a] go ye into all the world,\" as "
                   "the text bade them, and the people heard them gladly in every town.[b]\n\n"
                   "[a] Mark xvi. 15.\n[b] Acts ii. 41.\n\n"
                   "2. In later years the churches were built, as St. Luke[a] tells, and the "
                   "preaching moved within their walls for good and for ill.\n\n"
                   "[a] Acts xix. 9.\n\n"
                   "Such changes ask for care in what we read of the first days of the faith.\n")
    assert _blocks(root) == ["p", "note[a]", "note[b]", "p", "note[a]", "p"]
    assert [n.get(XML_ID) for n in _footnotes(root)] == ["note-a", "note-b", "note-a-s2"]
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == \
        ["#note-a", "#note-b", "#note-a-s2"]


def test_two_pages_notes_lettered_afresh_under_one_run_each_called_by_its_own_marker(tmp_path):
    # the notes of two pages set together under the second page's paragraph ("[a]", "[b]" /
    # "[a]", "[b]", "[c]"): the first series called in the paragraph before, the second in this
    # one — each marker once, in the order it stands
    root = _encode(tmp_path,
                   "The first preachers were \"[a] elect,\" and they were \"[b] in Christ\" as the "
                   "text bade them, and the people heard them gladly in every town.\n\n"
                   "These names are common to all converts, e. g. \"[a] dare any of you go to law?\" "
                   "\"[b] is any man called?\"—\"[c] the church that is at Babylon saluteth you.\"\n\n"
                   "[a] Rom. viii. 33.\n[b] viii. 1.\n[a] 1 Cor. vi. 1.\n[b] vii. 18.\n[c] 1 Pet. v. 13.\n\n"
                   "Such changes ask for care in what we read of the first days of the faith.\n")
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=NS)] == [
        "#note-a", "#note-b", "#note-a-s2", "#note-b-s2", "#note-c"]


def test_endnotes_labelled_note_and_a_number_are_called_by_their_label_or_number(tmp_path):
    # "[NOTE 1." / … / "… printers.]" called "[1]"; "Note 2." called "[Note 2]"
    root = _encode(tmp_path,
                   LONG + " The mill was sold.[1]\n\n" + LONG + " The weir was kept. [Note 2] It stands.\n\n"
                   "NOTES.\n\n[NOTE 1.\n\nThe mill was sold to the town in the year of the flood, as the "
                   "miller's book says.]\n\nNote 2.\n\nThe weir is older than the mill.\n")
    assert [n.get("n") for n in root.xpath("//t:back//t:note", namespaces=NS)] == ["1", "2"]
    assert sorted(root.xpath("//t:body//t:ref/@target", namespaces=NS)) == ["#note-1", "#note-2"]


def test_a_labelled_endnote_called_from_the_title_is_linked_there(tmp_path):
    # "JOAN OF ARC[1]" over the text, "[NOTE 1." under "NOTES.": the title's call is the note's
    text = ("THE MILLS OF RIVERTON[1]\n\nBy Ann Cole\n\n" + LONG + "\n\n" + LONG + " The weir was kept.[2]\n\n"
            "NOTES.\n\n[NOTE 1.\n\nThe mills were counted in the year of the flood.]\n\n[NOTE 2.\n\n"
            "The weir is older than the mill.]\n")
    root = encode_text(tmp_path, text)
    assert root.xpath("//t:titlePage//t:ref/@target", namespaces=NS) == ["#note-1"]
    assert root.xpath("//t:body//t:ref/@target", namespaces=NS) == ["#note-2"]


def test_each_letters_footnote_under_it_the_last_closing_the_text_stays_a_footnote(tmp_path):
    # a collection's letters, each with its note "[1] To Mevrouw …" under it; the last letter's
    # note closes the text but is that letter's footnote, no endnote
    letter = LONG + " The mill was sold.[1]\n\n[1] To Mr. and Mrs. Reed.\n\n"
    root = _encode(tmp_path, "LXIX\n\n" + letter + "LXX\n\n" + letter + "LXXI\n\n" + letter.rstrip() + "\n")
    assert [n.get("n") for n in _footnotes(root)] == ["1", "1", "1"]
    assert not root.xpath("//t:back//t:note", namespaces=NS)


def test_a_starred_note_in_brackets_under_the_paragraph_that_calls_it(tmp_path):
    # "… in the Socorro area.[8][*]" / "  [*] Socorro, N.M. is …": a report's starred footnote
    body = ("The mill stood in the Leeds area.[*] Nobody had seen it since the fire of that year, and "
            "the council met at once.\n\n  [*] Leeds is situated at the boundary of the county.\n\n"
            "The river rose again that night.[*] By morning the lower town was under water.\n\n"
            "  [*] From 1961 until 1965 the river rose every spring.\n\n"
            "The council met again in the spring, and nothing was done about the mill or the river.\n")
    root = _encode(tmp_path, body)
    assert _blocks(root) == ["p", "note[*]", "p", "note[*]", "p"]
    targets = [el.get("target") for el in root.xpath("//t:body//t:p//t:ref", namespaces=NS)]
    ids = root.xpath("//t:body//t:note/@xml:id", namespaces=NS)
    assert targets == ["#" + i for i in ids] and len(set(ids)) == 2


def test_a_blocks_notes_a_line_each_its_lines_set_in_are_notes_each(tmp_path):
    # "        [1] Heures, prayers." / "        [2] Float." under the verses that call them
    body = ("      The birds sang their hours[1]\n      Within their curtains green,\n"
            "      While all in balm did branche and leavis fleit.[2]\n\n"
            "        [1] Hours, prayers.\n        [2] Float.\n\n"
            "The council met again in the spring, and nothing was done about the mill or the river.\n\n"
            "The river rose again that night, and by morning the lower town was under water again.\n")
    root = _encode(tmp_path, body)
    notes = root.xpath("//t:body//t:note", namespaces=NS)
    assert [(n.get("n"), "".join(n.itertext())) for n in notes] == [("1", "[1] Hours, prayers."), ("2", "[2] Float.")]
    assert _refs(root) == {"[1]": "#note-1", "[2]": "#note-2"}


def test_endnotes_under_a_parts_line_below_their_heading(tmp_path):
    # "Endnotes" / "Chapter One" / "1. …": the chapter's notes, called by superscript figures
    body = ("The mill burned in the night, and nobody was hurt.¹ The council met in the morning "
            "and the miller spoke to it at length about the fire.²\n\n"
            "The river rose again that night, and by morning the lower town was under water.\n\n"
            "Endnotes\n\nChapter One\n\n1. Testimony of Tom Reed, Hearing before the Mill Board, "
            "July 22, 2010, 15.\n\n2. Leeds Daily Record, July 23, 2010, 1.\n")
    root = _encode(tmp_path, body)
    divs = root.xpath("//t:back/t:div[@type='notes']", namespaces=NS)
    assert [d.xpath("string(t:head)", namespaces=NS) for d in divs] == ["Endnotes", "Chapter One"]
    assert [n.get("n") for n in divs[1].xpath("t:note", namespaces=NS)] == ["1", "2"]
    assert sorted(_refs(root).values()) == ["#note-1", "#note-2"]


def test_a_starred_note_closing_the_body_above_the_endnotes_is_its_paragraphs(tmp_path):
    # "… more fully later.*" / "* The precise content … is disputed." / "Endnotes" / "1. …"
    body = ("The mill burned in the night, and nobody was hurt.¹ The council met in the morning "
            "and the miller spoke to it at length about the fire.²\n\n"
            "The river rose again that night, and the miller told the council what he had seen.*\n\n"
            "* The precise content of this conversation is disputed.\n\n"
            "Endnotes\n\n1. Testimony of Tom Reed, Hearing before the Mill Board, July 22, 2010, 15.\n\n"
            "2. Leeds Daily Record, July 23, 2010, 1.\n")
    root = _encode(tmp_path, body)
    assert _blocks(root) == ["p", "p", "note[*]"]
    assert _refs(root)["*"] == "#note-star"
    assert root.xpath("string(//t:back/t:div[@type='notes']/t:head)", namespaces=NS) == "Endnotes"


def test_a_starred_note_in_brackets_under_the_paragraph_that_calls_it(tmp_path):
    # "(*)" as an etext prints a translator's footnotes, every one starred, each under its paragraph
    root = _encode(tmp_path,
                   "The keeper rang the bell at nine every evening,(*) and the hall was shut.\n\n"
                   "     (*) A bell cast in the town in the year of the great flood, and\n"
                   "     rung by hand until the new clock came.\n\n"
                   "The lecturer spoke for an hour(*) and then took questions from the hall.\n\n"
                   "     (*) Sometimes for two hours, when the subject was the mills.\n\n"
                   "In spring the lectures stopped, and the hall was let for dances.\n")
    assert _blocks(root) == ["p", "note[*]", "p", "note[*]", "p"]
    notes = _footnotes(root)
    assert len({n.get(XML_ID) for n in notes}) == 2
    refs = root.xpath("//t:body//t:p//t:ref", namespaces=NS)
    assert [r.text for r in refs] == ["(*)", "(*)"]
    assert [r.get("target") for r in refs] == [f"#{n.get(XML_ID)}" for n in notes]


def test_the_titles_note_under_the_opening_and_the_authors_offices_over_the_source(tmp_path):
    # "DATA CONCERNING …[*]" / "E. E. SOUTHARD, M. D." / (offices, wrapped) / "(The Journal …)" /
    # "[*] Presented in abstract …": the name is the author, the offices a byline of their own,
    # the note under the opening the title's, called by its "[*]"
    text = ("NOTES ON THE MILLS OF THE DALE.[*]\n\nA. B. COLE, M. D.\n\n"
            "Surveyor, Board of Mills, Yorkshire; Director, Mill\nMuseum, Leeds, and Professor of "
            "Milling, Leeds\nSchool of Mines.\n\n(The Mill Journal, Volume X, 1915. Leeds: Mill Press.)\n\n"
            "[*] Read at the meeting of the Mill Society, held in Leeds, May 5, 1915.\n\n"
            + LONG + "\n\n" + LONG + "\n")
    root = encode_text(tmp_path, text)
    assert validate_tree(root, kinds=("rng", "sch")) == []
    page = root.xpath("//t:titlePage", namespaces=NS)[0]
    assert page.xpath("string(t:docAuthor)", namespaces=NS) == "A. B. COLE, M. D."
    assert page.xpath("string(t:byline)", namespaces=NS).startswith("Surveyor, Board of Mills")
    assert page.xpath("t:docImprint", namespaces=NS)
    assert page.xpath("t:docTitle//t:ref/@target", namespaces=NS) == ["#note-star"]
    assert [n.get("n") for n in _footnotes(root)] == ["*"]
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "NOTES ON THE MILLS OF THE DALE."


def test_a_starred_note_called_by_the_star_set_before_its_word_as_old_print_sets_it(tmp_path):
    # "to carry the *Bishop from the Castle": the sign before the word it glosses calls the note
    # under the paragraph
    root = _encode(tmp_path, "In a short time I was set at liberty, and ordered to carry the *Miller from "
                   "the Castle to the mill, for which he receives large sums.\n\n"
                   "* He is carried in a large chair lined with velvet.\n\n"
                   "The wheel turned on, and the year went round at the mill as it always had.")
    assert _blocks(root) == ["p", "note[*]", "p"]
    targets = [el.get("target") for el in root.xpath("//t:body//t:p//t:ref", namespaces=NS)]
    assert targets == ["#" + root.xpath("//t:body//t:note", namespaces=NS)[0].get(XML_ID)]


def test_an_epigraphs_source_with_a_notes_call_and_notes_numbered_bare_called_in_brackets(tmp_path):
    # "    Old Couplet.(32)" under an epigraph's verses, "Staveley(33)" in the text, and the notes
    # at the end printed "   32 This couplet is quoted …": the calls are the notes', the line
    # the epigraph's source, no heading
    root = _encode(tmp_path,
                   "    “Many a mile have I gone, and many did I walk,\n"
                   "    But never saw a holier man than Tom of the Mill”.\n\n"
                   "    Old Couplet.(32)\n\n"
                   "The millers of the valley soon became more Irish than the Irish themselves, the\n"
                   "Reeds and the Staveleys(33) among them, as the old histories tell it.\n\n"
                   "In the vigorous tenacity of their attachment to the mill some of these families\n"
                   "have ever remained as Irish as the Irish themselves, and the river with them.\n\n"
                   "FOOTNOTES\n\n"
                   "   32 This couplet is quoted by Prince in his Worthies of the Mill.\n\n"
                   "   33 The Staveleys came from the north.\n")
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert _refs(root) == {"(32)": "#note-32", "(33)": "#note-33"}
    bibl, = root.xpath("//t:body//t:p/t:bibl[not(ancestor::t:note)]", namespaces=NS)
    assert bibl.text == "Old Couplet."


def test_a_name_alone_set_far_right_under_a_letters_last_paragraph_is_its_signature(tmp_path):
    # "                                        Walt." between the letter's last paragraph and its
    # postscript: no heading, no extract
    para = ("Now, you boys, don't you think I have done the handsome thing by writing this astounding, "
            "magnificent letter, certainly the longest I ever wrote in my life?")
    root = _encode(tmp_path,
                   "Dear Tom and Ann: I got your letter on Monday, and it was welcome as the rain on the mill.\n\n"
                   "The river is high this week, and the wheel turns all night; the millers sleep by turns.\n\n"
                   f"{para}\n\n" + " " * 40 + "Walt.\n\n"
                   "Address me, care Major Reed, paymaster, Mill Street, Leeds. How is the weir?\n")
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:body//t:quote", namespaces=NS) == []
