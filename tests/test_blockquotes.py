# SPDX-License-Identifier: MIT
"""Rule "indented-block-quotations" on layouts of real articles (invented texts)."""

from __future__ import annotations

import textwrap

from edition.structure import recognise
from edition.structure.headings import COMPLIMENTARY_CLOSE
from edition.structure.model import Paragraph
from edition.text.blocks import split_blocks
from support import encode_text

BODY = "The author writes a paragraph of ordinary prose here, long enough to count as one."


def quoted(text: str) -> list[bool]:
    doc = recognise(split_blocks(text))
    return [n.block_quote for s in doc.sections for n in s.content if isinstance(n, Paragraph)]


def test_paragraphs_set_off_by_one_width_in_a_flush_article_are_quotations():
    text = "\n\n".join([BODY, "      All that exists is one, and the one is in all that exists here.",
                        BODY, BODY, "      Do not seek quiet and rest where delusions and desires are.",
                        BODY])
    assert quoted(text) == [False, True, False, False, True, False]


def test_numbered_verses_set_in_over_their_source_set_far_right_are_quoted_not_a_list():
    text = "\n\n".join([BODY, BODY, "    1. The LORD is my shepherd; I shall not want.",
                        "    2. He maketh me to lie down in green pastures.",
                        "                                     A PSALM OF DAVID.", BODY])
    doc = recognise(split_blocks(text))
    assert quoted(text) == [False, False, True, True, False, False]
    assert doc.sections[0].content[4].attribution == "under"
    # a letter's close over its signature is neither
    text = "\n\n".join([BODY, BODY, "          Your affectionate father,",
                        "                                        JOHN GRAHAM."])
    assert not any(quoted(text))


def test_indentation_of_varying_widths_is_noise_not_quotation():
    # the seed's layout: a few paragraphs indented at random by one to four U+00A0
    text = "\n\n".join([BODY, "\u00a0" + BODY, BODY, "\u00a0\u00a0\u00a0" + BODY,
                        "\u00a0\u00a0\u00a0\u00a0" + BODY, BODY])
    assert not any(quoted(text))


def test_a_single_indented_paragraph_needs_a_colon_lead_in():
    text = "\n\n".join([BODY, BODY, "    " + BODY, BODY])
    assert not any(quoted(text))
    text = "\n\n".join([BODY, BODY.rstrip(".") + " as follows:", "    " + BODY, BODY])
    assert quoted(text) == [False, False, True, False]


def test_a_single_indented_line_after_a_lead_in_with_no_stop_ending_in_its_verb_is_a_quotation():
    # "Chaucer has" / "    His swyn his hors his stoor and his pultreye." in a hard-wrapped text
    wrapped = BODY.replace(" long", "\nlong")
    text = "\n\n".join([wrapped, "The word had kept its old sense in the\ncountry, and Chaucer has",
                        "    His swyn his hors his stoor and his pultreye.", wrapped])
    assert quoted(text) == [False, False, True, False]
    # a paragraph broken off elsewhere is no lead-in
    text = "\n\n".join([wrapped, "The word had kept its old sense in the\ncountry, and in the",
                        "    His swyn his hors his stoor and his pultreye.", wrapped])
    assert not any(quoted(text))


def test_a_single_indented_paragraph_after_a_sentence_broken_off_by_a_dash_is_a_quotation():
    # "… where the miller, grasping his stick, exclaims—" / "    Who stopped this wheel?"
    wrapped = BODY + "\n" + BODY  # a hard-wrapped text's paragraph
    led = wrapped.rstrip(".") + ", where the miller, grasping his stick, exclaims—"
    text = "\n\n".join([wrapped, led, "    Who stopped this wheel in the night?", wrapped])
    assert quoted(text) == [False, False, True, False]
    assert quoted(text.replace("exclaims—", "beginning--")) == [False, False, True, False]
    # a sentence closed by its stop leads in to nothing
    assert not any(quoted(text.replace("exclaims—", "exclaims.")))


def test_a_wrapped_paragraph_set_in_by_one_space_after_a_colon_is_a_quotation():
    wrapped = "The mill stood by the river\nfor a hundred years and more,\nand the town grew round it."
    set_in = " " + wrapped.replace("\n", "\n ")
    text = "\n\n".join([wrapped, wrapped, "The court, speaking through the judge, said:", set_in, wrapped])
    assert quoted(text) == [False, False, False, True, False]
    # without the colon, one space is noise
    text = "\n\n".join([wrapped, wrapped, "The court spoke at length.", set_in, wrapped])
    assert not any(quoted(text))


def test_a_flush_paragraph_after_a_writing_that_follows_is_the_writing():
    text = "\n\n".join([BODY, BODY, "The mill owner's announcement of the new wages follows:",
                          "Every worker of the mill will be paid ten shillings more from Monday, the owner writes.",
                          BODY])
    assert quoted(text) == [False, False, False, True, False]
    text = "\n\n".join([BODY, BODY, "The author shows it by a number of quotations which he gives as "
                          "follows:\u2014", "In speaking of the mill the miller says that it was built in 1700.", BODY])
    assert quoted(text) == [False, False, False, True, False]
    # "as follows:" alone announces the author's own list as often
    text = "\n\n".join([BODY, BODY, "The wages were set as follows:",
                          "Every worker of the mill will be paid ten shillings more from Monday on.", BODY])
    assert not any(quoted(text))


def test_a_studys_own_hypotheses_set_off_are_no_quotations():
    # the same width as an extract elsewhere, but labelled as the author's hypothesis or question
    extract = "      All that exists is one, and the one is in all that exists here."
    text = "\n\n".join([BODY, extract, BODY, "      H1: Mills by rivers are more likely to be older than mills by roads.",
                        BODY, "      RQ2: Are there differences between the mills, and if so, what are they?", BODY])
    assert quoted(text) == [False, True, False, False, False, False, False]


def test_a_reporters_words_in_square_brackets_set_off_are_no_quotation():
    extract = "      All that exists is one, and the one is in all that exists here."
    text = "\n\n".join([BODY, extract, BODY, "      [Here the miller read the deed in full. See pp. 8-17.]", BODY])
    assert quoted(text) == [False, True, False, False, False]
    # but inside a run of extracts the bracketed line is the extract's
    text = "\n\n".join([BODY, BODY.rstrip(".") + " as follows:", extract, "      [A copy from the rolls.]",
                        "      TOM REED, Clerk of the mill.", BODY])
    assert quoted(text) == [False, False, True, True, True, False]


def test_indented_lines_under_a_lead_in_without_a_blank_line_are_set_off():
    # "Olivier shares:" / "    At the time, …" pasted as one block
    assert quoted("\n\n".join([BODY, "Olivier shares:\n    " + BODY, BODY])) == [False, False, True, False]
    # a reference's hanging indent after a colon in its title stays one entry
    assert quoted("\n\n".join([BODY, "Huston MA. 2014. Disturbance, productivity, and diversity:\n"
                                "    empiricism vs. logic. Ecology 95:2382–2396.", BODY])) == [False, False, False]
    # a numbered entry whose year comes lines after the colon in its title stays one too
    assert quoted("\n\n".join([BODY, "[6] Reed W, Cole H, Hale SM, Lund A. Mill Resistance in Leeds:\n"
                                "    Clinical Impact and New Options. Mill Reviews. 2020; 72:\n"
                                "    606–638. https://doi.org/10.1124/pr.120.019539.", BODY])) == [False, False, False]


def test_a_wrapped_paragraph_indented_on_every_line_is_a_quotation():
    wrapped = "This is prose wrapped\nat a short width as\nplain text often is."
    extract = "    Eight men were hanged\n    since last Saturday, the\n    paper reported then."
    text = "\n\n".join([wrapped, extract, wrapped, wrapped])
    assert quoted(text) == [False, True, False, False]


def test_a_flush_extract_after_a_lead_in_with_a_verb_of_writing_is_a_quotation():
    # a blog round-up: the indentation lost, the lead-in's verb and colon still say it
    text = "\n\n".join([BODY, "Writing at her blog, a reader in Leeds adds:",
                        "Nothing in the plan was new to anyone who had read the minutes.",
                        BODY, "The council's critic wonders out loud about the venue:",
                        "Why hold it in a hall nobody can reach by bus on a Sunday?", BODY])
    assert quoted(text) == [False, False, True, False, False, True, False]


def test_a_flush_extract_after_an_old_printers_colon_and_dash_is_a_quotation():
    # ":—" announces an extract whatever the verb; "the following:—" a list of the author's
    text = "\n\n".join([BODY, "The author's opening statement is:—",
                        "The fact is but too apparent that the influence of the mill is on the wane.",
                        BODY, "These five arts are the following:—", "The art of the sense of taste.",
                        BODY])
    assert quoted(text) == [False, False, True, False, False, False, False]


def test_what_the_narrator_saw_after_an_old_printers_colon_and_dash_is_no_extract():
    # "they took us to a large church, and this is what we saw:—" / the narrator's account
    text = "\n\n".join([BODY, "They took us to the mill, and this is what we saw:—",
                        "The body of the mill is as large as a church, all built of hewn stone.",
                        BODY, "The miller's account of it is:—", "The mill is as large as a church.", BODY])
    assert quoted(text) == [False, False, False, False, False, True, False]


def test_names_and_offices_in_two_aligned_columns_after_a_colon_are_a_table_not_an_extract():
    table = ("  THE DUKE OF MILLBANK  Secretary for the Mills\n"
             "  SIR JAMES HALE        Secretary for the Weirs\n"
             "  LORD REED             Lord Chancellor")
    verse = "  The mill is old,   the wheel is still,\n  The miller sleeps beneath the hill,\n  And none will grind."
    text = "\n\n".join([BODY, "He must consult those whom he had named:", table, BODY,
                        "The miller wrote:", verse, BODY])
    assert quoted(text) == [False, False, False, False, False, True, False]


def test_a_flush_extract_that_goes_on_with_its_lead_ins_sentence_is_a_quotation():
    text = "\n\n".join([BODY, "Following this he very logically argues that",
                        "if the mill, town or county, has the right to close on a Sunday, it may "
                        "close on any day it likes.", BODY, "It is plain that",
                        "nobody reads the minutes any more.", BODY])
    assert quoted(text) == [False, False, True, False, False, False, False]


def test_a_flush_paragraph_after_the_following_amendment_or_read_as_follows_is_the_document():
    # a report on a bill's history: "offered the following amendment:", "It read as follows:",
    # "the following resolution, which was … agreed to:" — the document's words, flush
    text = "\n\n".join([BODY, "Mr. Reed offered the following amendment:",
                        "Strike out in the fourth line of the second section the word \"can\".", BODY,
                        "Nothing further was done with the bill. It read as follows:",
                        "_Be it enacted, etc._, That it shall be unlawful to close the mill.", BODY,
                        "The result can be put as follows:", BODY])
    assert quoted(text) == [False, False, True, False, False, True, False, False, False]


def test_a_table_of_three_columns_set_in_is_no_quotation():
    # "has a nice table with good and bad example names:" / "    good name    good alternative    avoid"
    table = "\n".join(["    good name          good alternative    avoid",
                       "    Max_temp_C         MaxTemp             Maximum Temp (°C)",
                       "    Precipitation_mm   Precipitation       precmm",
                       "    sex                sex                 M/F"])
    text = "\n\n".join([BODY, "The lesson has a nice table with good and bad example names:", table, BODY])
    assert quoted(text) == [False, False, False, False]
    # verse set in after a colon stays an extract
    verse = "\n".join(["    The mill will never grind again", "    With water that is past."])
    assert quoted("\n\n".join([BODY, "The miller wrote:", verse, BODY])) == [False, False, True, False]


def test_a_table_whose_rows_open_with_a_figure_in_a_column_of_its_own_is_no_quotation():
    # a board of health's return: "      1   No. 94 Dillwyn street, N. L.        1", most rows
    # without the last column's figure
    table = "\n".join(["      1   No. 94 Mill street, N. L.                       1",
                       "      1   No. 1 Weir street, Moyamensing.",
                       "      1   Corner of Race and Tenth streets, City.",
                       "      2   South side of Cedar above Twelfth street.         1",
                       "      1   Parham's Alley, Southwark.",
                       "     --                                                    --",
                       "      6                                                     2"])
    text = "\n\n".join([BODY, "The cases reported since the last return:", table, BODY])
    assert quoted(text) == [False, False, False, False]


def test_a_chapters_synopsis_set_in_under_its_title_is_no_quotation():
    # "KNOWLEDGE AND MILLS" / "    Hungry for Knowledge--Borrowing Books--Paternal\n    Opposition--…"
    synopsis = "\n".join(["    Hungry for Knowledge--Borrowing Books--Paternal",
                          "    Opposition--Snatched Moments--The Cellar Workshop--A Neighbor's Advice."])
    text = "\n\n".join([BODY, "KNOWLEDGE AND MILLS", synopsis, BODY, BODY, "The miller wrote:",
                        "    The mill will never grind again--\n    With water that is past.", BODY])
    assert quoted(text) == [False, False, False, False, False, True, False]


def test_a_flush_paragraph_after_the_authors_own_colon_stays_prose():
    # "as follows:" and a colon without a verb of writing announce the author's own words;
    # a paragraph with its own quotation marks is left to them
    text = "\n\n".join([BODY, "The result can be put as follows:", BODY,
                        "There were three reasons for this:", BODY,
                        "The secretary writes:", "“We shall meet again in May,” she promised.",
                        BODY])
    assert not any(quoted(text))


def attributions(text: str) -> list[tuple[str, str | None, bool]]:
    doc = recognise(split_blocks(text))
    return [(n.block.text.split("\n")[0], n.attribution, n.block_quote)
            for s in doc.sections for n in s.content if isinstance(n, Paragraph)]


def test_a_capitals_line_over_each_extract_is_split_off_as_its_attribution():
    # passages set side by side, each headed by its author in capitals inside its block
    text = "\n\n".join([BODY, "The two may be compared:",
                        "    OSSIAN.\n    O thou that rollest above, round as the shield.\n"
                        "    Whence are thy beams, O Sun!",
                        "    WALT WHITMAN.\n    Thou orb aloft full-dazzling, thou hot noon!",
                        BODY])
    assert attributions(text) == [
        (BODY, None, False), ("The two may be compared:", None, False),
        ("OSSIAN.", "over", False), ("O thou that rollest above, round as the shield.", None, True),
        ("WALT WHITMAN.", "over", False), ("Thou orb aloft full-dazzling, thou hot noon!", None, True),
        (BODY, None, False)]


def test_a_reference_line_over_a_sermons_text_is_split_off_as_its_citation(tmp_path):
    # "2 PET. iii. 15, 16." over the verses set in: the verses' source, the book in capitals
    text = "\n\n".join([BODY, "The text is this:", "    2 PET. iii. 15, 16.\n    EVEN AS OUR BELOVED BROTHER PAUL ALSO HATH WRITTEN UNTO YOU;\n"
                        "    AS ALSO IN ALL HIS EPISTLES.", BODY, BODY])
    assert attributions(text)[2:4] == [("2 PET. iii. 15, 16.", "over", False),
                                      ("EVEN AS OUR BELOVED BROTHER PAUL ALSO HATH WRITTEN UNTO YOU;", None, True)]
    root = encode_text(tmp_path, "The Sermon\n\nBy Ann Cole\n\n" + text)
    bibl = root.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}bibl")
    assert "".join(bibl.itertext()) == "2 PET. iii. 15, 16" and bibl.get("corresp") == "#w-work-2-peter"
    quote = root.find(".//{http://www.tei-c.org/ns/1.0}quote")
    assert quote.get("source") == "#" + bibl.get("{http://www.w3.org/XML/1998/namespace}id")
    # a line of words over the verses is none
    text = "\n\n".join([BODY, "The text is this:", "    Peter wrote it. In part.\n    EVEN AS OUR BELOVED BROTHER PAUL ALSO.", BODY, BODY])
    assert attributions(text)[2][1] is None


def test_a_line_set_far_right_under_extracts_is_their_attribution():
    text = "\n\n".join([BODY, "Thus the old book says:", "      " + BODY, "      " + BODY,
                        "                              THE OLD BOOK.", BODY])
    assert [a for _, a, _ in attributions(text)] == [None, None, None, None, "under", None]


def test_a_capitals_name_set_in_under_an_epigraph_is_its_attribution():
    # the epigraph first under its heading, its poet set in under it (as far in as the verses);
    # a speaker's label set in under a later extract is none (a play's dialogue quoted)
    epigraph = "         'I behold\n   The House, the Brotherhood austere--\n   And what am I?'"
    body = textwrap.fill(" ".join([BODY] * 3), 70)  # hard-wrapped: the verses stand set in
    text = "\n\n".join(["A TITLE", "by Ann Cole", "OUR LADY OF THE MILLS", epigraph, "   MATTHEW ARNOLD.",
                        "THE MILL", body, body, epigraph, "   PRINCE HENRY.", body])
    assert [(a, q) for _, a, q in attributions(text)] == [
        (None, True), ("under", False), (None, False), (None, False), (None, True), (None, False), (None, False)]


def test_no_attribution_from_a_first_line_in_lower_case_or_a_sentence():
    for first in ("    O thou that rollest above.", "    OSSIAN SAID IT. AND MORE."):
        text = "\n\n".join([BODY, "The two may be compared:",
                            first + "\n    Whence are thy beams, O Sun! thy light?", BODY])
        assert [a for _, a, _ in attributions(text)] == [None, None, None, None]


def test_a_letters_date_line_close_signature_and_kept_footnotes_are_no_quotations():
    text = "\n\n".join([
        "   Portsmouth (N. H.), 15 December, 1777.", BODY, BODY, BODY, "   Passy, in France, 12 April, 1778.",
        "   Your affectionate PORTIA.", BODY,
        "      [2] Seneca the Rhetorician, Controversies, book five.",
        "      All that exists is one, and the one is in all that exists here.", BODY])
    assert quoted(text) == [False, False, False, False, False, False, False, False, True, False]
    # a speaker's name over his verse is a line of the extract
    text = "\n\n".join([BODY, BODY, BODY, "   PRINCE HENRY.",
                        "   As thou standest there thou seemest to me like the angel of the night.",
                        "   ELSIE.", "   Then tell it to me, but first come hither and lay the flowers down."])
    assert quoted(text)[-4:] == [True, True, True, True]


def test_a_close_and_its_signature_each_a_block_are_no_quotation():
    # (the letter's last sentence runs on into its close: "I am,\nwith inexpressible affection")
    # an article that sets its extracts off by the width the letters' closes stand at
    extract = "   All that exists is one, and the one is in all that exists here and now."
    text = "\n\n".join([BODY, extract, BODY, extract, BODY + " I am,\nwith inexpressible affection",
                        "   Yours, yours,", "   JOHN ADAMS.", BODY, BODY + " I am ever\nyour",
                        "   Your affectionate", "   PORTIA.", BODY])
    assert quoted(text) == [False, True, False, True] + [False] * 8


def test_a_close_over_its_signature_set_far_right_is_no_quotation():
    wrapped = "This is prose wrapped\nat a short width as\nplain text often is."
    close = "                    Yours very affectionately,\n                              JANE."
    extract = "    Eight men were hanged\n    since last Saturday, the\n    paper reported then."
    assert quoted("\n\n".join([wrapped, extract, wrapped, wrapped, close])) == [False, True, False, False, False]


def test_a_letter_quoted_whole_after_a_lead_in_its_date_line_first():
    text = "\n\n".join([
        BODY, "On the night of Saturday, April 6th, I received the following dispatch:",
        "Washington, April 6,1861.", "Major Tom Reed:",
        "Will you accept the chief clerkship of the Mill Department? We will make you assistant miller when the council meets.",
        "Ann Cole, Postmistress.", BODY,
        "I addressed the following letter to the Secretary:", "May 8,1881.", "Hon. Ann Cole, Secretary.",
        "I hold myself now, as always, prepared to serve the mill in the capacity for which I was trained.",
        "Yours truly,", "Tom Reed.", BODY])
    assert quoted(text) == [False, False, True, True, True, False, False,
                            False, True, True, True, True, False, False]
    # after a lead-in with no date line under it, a flush paragraph is the author's own
    assert not any(quoted("\n\n".join([BODY, "The mills were these:", "Ann Cole.", BODY, BODY])))


def test_a_letters_close_quoted_with_it_and_whom_it_went_to_under_its_signature():
    # "     Very sincerely, yours," / "     WILLIAM C. BULLITT." / "     To the honorable WOODROW
    # WILSON," / "     President of the United States." under a letter read into a hearing
    letter = textwrap.indent(textwrap.fill("I was one of the millions who trusted confidently and "
                                           "implicitly in your leadership of the mill and the weir.", 60), "     ")
    text = "\n\n".join([
        BODY, "Mr. REED. It is as follows:", "     PARIS, May 17, 1919.", "     My dear Mr. President:", letter,
        "     Very sincerely, yours,", "     TOM REED.",
        "     To the honorable ANN COLE,\n     President of the Mill.", BODY])
    assert quoted(text) == [False, False, True, True, True, True, False, False, False]


def test_a_journal_entry_set_in_under_its_date_line_ends_at_the_next_flush_paragraph():
    # "The first entry is as follows:" / "     JULY 31st, 1794." / the entry set in: the
    # writer's own paragraphs after it, flush, are no part of it (there is no signature)
    entry = textwrap.indent(textwrap.fill("\"It is forty years this date since I was ordained a "
                                          "miller to the valley, in the old mill house.\"", 60), "     ")
    text = "\n\n".join([BODY, BODY.rstrip(".") + ". The first entry is as follows:", "     JULY 31st, 1794.",
                         entry, textwrap.fill("This entry may serve to show what kind of man this early "
                                              "miller was, and the deep interest then felt in the mills.", 60),
                         BODY])
    assert quoted(text) == [False, False, True, True, False, False]


def test_a_notice_set_in_after_a_colon_and_two_hyphens_is_a_quotation():
    # the old printer's ":--" (as ":—") leads in what is set in under it
    text = "\n\n".join([BODY, BODY.rstrip(".") + ". Over the mill door was printed a notice:--",
                         "    PLEASE DO NOT SHOOT THE\n    MILLER.\n    HE IS DOING HIS BEST.", BODY])
    assert quoted(text) == [False, False, True, False]
    # a trial's turn after it, flush under its label, is the report's own: no extract
    text = "\n\n".join([BODY, "The counsel went over the statements, and then continued:--",
                         "_Mr. Cole._ \"Everything you did after that was to gain time, was it not?\"", BODY])
    assert quoted(text) == [False, False, False, False]
    assert quoted(text.replace("continued:--", "then asked the witness:")) == [False, False, False, False]


def test_a_description_set_in_under_run_in_heads_in_italics_is_no_quotation():
    # a new taxon's description: "_Type._--…", "_Specimens examined._--…", set in as the
    # article sets its extracts, are the author's own
    extract = "    " + BODY + "\n    " + BODY
    text = "\n\n".join([BODY, BODY.rstrip(".") + " as the survey says:", extract, BODY,
                         "    _Type._--Adult female, skin and skull, from the mill.\n    " + BODY,
                         "    _Comparisons._--From the other mills it differs.\n    " + BODY,
                         "    From the lower mill (paratypes), it differs in size.\n    " + BODY,
                         "    _Specimens examined._--Total 49, from the mill.\n    " + BODY, BODY])
    assert quoted(text) == [False, False, True, False, False, False, False, False, False]


def test_a_pictures_caption_in_project_gutenbergs_brackets_is_no_quotation():
    text = "\n\n".join([BODY, BODY, "[Illustration:", "  Post office, Leeds, Yorkshire", "]", BODY,
                        BODY.rstrip(".") + " as follows:", "    " + BODY, BODY])
    assert quoted(text) == [False, False, False, False, False, False, False, True, False]


def test_a_table_with_dot_leaders_and_a_dedication_in_capitals_are_no_quotations():
    text = "\n\n".join([BODY, BODY.rstrip(".") + " from the mills:",
                        "    Wheels.....226\n    Stones....220\n    Sacks......854", BODY])
    assert quoted(text) == [False, False, False, False]
    text = "\n\n".join(["  TO ALL MILLERS,\n  AND ESPECIALLY TO THE\n  MILLERS OF LEEDS,\n  THIS ADDRESS",
                        BODY, BODY.rstrip(".") + " as follows:", "    " + BODY, BODY])
    assert quoted(text) == [False, False, False, True, False]


def test_a_schedule_of_sums_and_an_accounts_columns_set_in_are_no_extracts():
    lead = "The fund pays the miller's family a yearly sum, settled by the trustees, thus:"
    sums = ["  £100 a-year to Richard Miller or his heirs,", "  £100 a-year to William or his heirs.",
            "  100 marks, or £66 13s. 4d. a-year to Humphrey or his heirs.", "  £50 a-year to Ann Yates or her heirs."]
    account = ("                     £       s.      d.\nMillbrook              17      02       04\n"
               "Little Weir            10      04       06\nHighbridge             03      13      06½\n"
               "                      £31      01       7½")
    assert quoted("\n\n".join([BODY, lead, *sums, BODY, lead, account, BODY])) == [False] * 10
    # two sums after a lead-in are still an extract
    assert quoted("\n\n".join([BODY, lead, *sums[:2], BODY])) == [False, False, True, True, False]


def test_a_roll_of_names_set_in_is_no_quotation():
    # the witnesses called, the jury sworn: names a line, a role after a comma
    roll = "    Timothy Hart,\n    Jacob Reed,\n    John A. Cole,\n    Ann Miller, Foreman."
    assert quoted("\n\n".join([BODY, BODY.rstrip(".") + " as follows:", roll, BODY])) == [False, False, False, False]
    # verse set in, its words in small letters too, stays a quotation
    verse = "    The mill is old,\n    The wheel is cold,\n    The Miller sleeps."
    assert quoted("\n\n".join([BODY, BODY.rstrip(".") + " as follows:", verse, BODY])) == [False, False, True, False]


def test_a_lead_in_announcing_the_authors_own_words_introduces_no_extract():
    # "let us truthfully say:" / the author's own paragraph, flush
    own = "Some four or five years since, when keeping a mill in this town, we employed him for months."
    assert quoted("\n\n".join([BODY, "Of the harsher part of the above sketch, let us truthfully say:", own, BODY])) == [
        False, False, False, False]
    # another's words after such a lead-in stay an extract
    assert quoted("\n\n".join([BODY, "Of the harsher part of the above sketch, the paper wrote:", own, BODY])) == [
        False, False, True, False]


def test_a_programs_lines_set_in_are_no_extract_and_cite_nothing(tmp_path):
    # "    def count_mills(n):" / "        return n * count_mills(n - 1)  # fails" under a colon: a
    # program, not a quotation; "(5)" in it calls a function, whatever entry [5] the list has
    from support import encode_text
    code = ("    def count_mills(n):\n        if n < 2:\n            return 1\n"
            "        return n * count_mills(n - 1)  # fails with NameError\n    print count_mills(5)")
    refs = "\n\n".join(f"[{n}] Counting mills, part {n} (Ann Cole) https://example.org/mills/2006-July/{n}.html"
                       for n in range(1, 7))
    root = encode_text(tmp_path, "Mills and Code\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n"
                       "The mills were counted [1] in a program [2], like this:\n\n" + code
                       + "\n\nThe count failed [3].\n\nReferences\n\n" + refs + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:quote", namespaces=ns) == []
    assert [r.get("target") for r in root.xpath("//t:body//t:p//t:ref", namespaces=ns)] == [
        "#ref-ann-2006", "#ref-ann-2006-2", "#ref-ann-2006-3"]
    # verse set in, each line closed by a semicolon, stays an extract
    verse = "    Stern miller! yet thou dost wear\n      The river's most benignant grace;\n    Flowers laugh before thee on their beds;"
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\nHe wrote:\n\n" + verse
                       + "\n\nAnd so it was.\n")
    assert len(root.xpath("//t:quote", namespaces=ns)) == 1


def test_a_numbered_list_of_web_pages_each_title_author_in_brackets_and_address():
    from edition.structure.references import web_entry
    assert web_entry("[2] Extended Mill syntax (Just van Cole) https://example.org/pipermail/2003-February/032764.html") == (
        "Just van Cole", "2003")
    assert web_entry("[13] Explicit Mill Scoping (pre-PEP?) (Talin) https://example.org/2006-July/1.html") == ("Talin", "2006")
    assert web_entry("[21] Sky pie: a \"var\" mill (a thread started by Ann Cole) https://example.org/x") == ("", "n.d.")
    assert web_entry("[4] Ann Cole. Mills. Leeds, 2001.") is None


def test_an_epigraphs_author_far_right_under_its_verses_without_a_stop(tmp_path):
    # "            Happy mills are all alike; every" / … / "                    Ann Cole": the
    # epigraph's author, no heading, a citation of it
    from support import encode_text
    verses = "            Happy mills are all alike; every\n            unhappy mill is unhappy in its own\n            way."
    root = encode_text(tmp_path, "Mill Data\n\nTom Reed\n\n(Journal of Mills, May 2014)\n\n2. Defining mill data\n\n"
                       + verses + "\n\n                                  Ann Cole\n\n" + textwrap.fill(BODY * 3, 72)
                       + "\n\n" + textwrap.fill(BODY * 3, 72) + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:head/text()", namespaces=ns) == ["2. Defining mill data"]
    assert root.xpath("//t:bibl[not(ancestor::t:teiHeader)]/descendant-or-self::text()", namespaces=ns)[:1] == ["Ann Cole"]


def test_a_grammars_rules_and_a_list_of_files_set_in_are_no_extract():
    from edition.structure.blockquotes import program_code
    assert program_code(["mill_stmt ::=", '"mill" identifier ("," identifier)*', '| "mill" identifier augop expression_list'])
    assert program_code(["cgi.py", "dummy_thread.py", "idlelib/PyShell.py"])
    assert not program_code(["Happy mills are all alike; every", "unhappy mill is unhappy in its own", "way."])
    # a call's name is read from its first letter: a word of 200,000 letters is no call, and no
    # reading of it from each of its letters (73 s before, a fraction of a second now)
    assert program_code(["make_mill(n):", "    grind(n)", "    return n"])
    assert not program_code(["x" * 200000])


def test_a_memos_header_fields_their_values_at_one_column_are_no_extract_and_cite_nothing(tmp_path):
    from support import encode_text
    header = ("FROM:     Tom Reed\n          United States Chief Miller\n\n"
              "          Ann Cole\n          United States Chief Weir Officer\n\n"
              "SUBJECT:  Mill Policy: Achieving Efficiency,\n          and Weirs through Open Mills")
    root = encode_text(tmp_path, "Mill Policy\n\n(Office of Mills, Memorandum M-16-21, August 8, 2016)\n\n"
                       + header + "\n\n" + textwrap.fill(BODY * 3, 70) + "\n\n" + textwrap.fill(BODY * 3, 70) + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:quote | //t:body//t:bibl", namespaces=ns) == []


def test_an_epigraph_set_in_between_a_chapters_title_and_its_label(tmp_path):
    # "The miller" / "        The Kingdom of Mills is within you" / "I" / the text: the title
    # a heading, the line set in its epigraph, no heading
    from support import encode_text
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\nThe miller\n\n"
                       "        The Kingdom of Mills is within you\n\nI\n\n" + textwrap.fill(BODY * 3, 70)
                       + "\n\nII\n\n" + textwrap.fill(BODY * 3, 70) + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body//t:head/text()", namespaces=ns) == ["The miller", "I", "II"]
    assert [" ".join(q.xpath("string()").split()) for q in root.xpath("//t:body//t:quote", namespaces=ns)] == [
        "The Kingdom of Mills is within you"]


def test_lines_set_in_where_the_texts_paragraphs_are_a_line_each_are_extracts(tmp_path):
    # paragraphs a line each, flush: "    Vox et praeterea nihil." / "    A sound, and nothing
    # else." set in among them is verse or an extract, without a colon before it
    from support import encode_text
    para = BODY * 3
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\n(Mill Review, May 2001)\n\n" + para + "\n\n" + para
                       + "\n\n    Vox et praeterea nihil.\n    A sound, and nothing else.\n\n" + para
                       + "\n\n     Non tanti mola est, non tanti judicis ostrum.\n\n" + para + "\n\n"
                       # a letter's place and date, its close, an account's rows set in: none
                       + "    Mill House, Leeds,\n    December 1, 1883.\n\n" + para + "\n\n"
                       + "    I am, dear Sir, Yours ever,\n\n"
                       + "  Lodging                               0        1      6\n"
                       + "  Servants' lodging                     0        0      6\n\n" + para + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [" ".join(q.xpath("string()").split()) for q in root.xpath("//t:body//t:quote", namespaces=ns)] == [
        "Vox et praeterea nihil. A sound, and nothing else.", "Non tanti mola est, non tanti judicis ostrum."]


def test_a_close_opening_i_am_over_its_signature_set_far_right_is_no_quotation():
    # "I am, however," / "my dear Eliza, thine" over "PHI: V. FITHIAN."
    close = "                            I am, however,\n                         my dear Ann, thine"
    signature = "                                                 TOM REED."
    assert quoted("\n\n".join([BODY, BODY, close, signature, BODY])) == [False] * 5


def test_a_witnesss_evidence_after_the_records_lead_in_is_no_quotation():
    # "the following witnesses were called in support of the prosecution:--" / "ISMAEL FISHER,
    # examined by Mr. E. JAMES: I am a wine merchant …": the record itself, not an extract
    lead = "Upon their return the following witnesses were called in support of the prosecution:--"
    evidence = ("TOM REED, examined by Mr. E. COLE: I am a miller at 4 Victoria-street. I knew the "
                "deceased for about two years before his death.")
    assert quoted("\n\n".join([BODY, lead, evidence, BODY])) == [False] * 4
    # the lead-in with an extract after it
    extract = "The mill shall be open to every farmer of the parish on the days of the harvest."
    assert quoted("\n\n".join([BODY, "He read the notice:--", extract, BODY])) == [False, False, True, False]


def test_a_table_set_in_further_inside_a_run_of_extracts_is_the_extracts():
    # an examination's answers set in two spaces, a little table set further in between two of
    # them ("was—" / "Seconds." / "Along a straight line 90" / "The Commissioners …"): one run
    answer = ("  Are there any other defects you have noticed in the mills?—Yes, the\n"
              "  prevalent practice is to join the races at right angles, and the time\n  taken was—")
    table = ("                                              Seconds.\n"
             "                  Along a straight line             90\n"
             "                  With a turn at right angles      140")
    after = ("  The Commissioners of the valley agreed to require that the races\n"
             "  shall be formed with a radius of not less than twenty feet.")
    prose = "This is prose wrapped\nat a short width as\nplain text often is."
    assert quoted("\n\n".join([prose, prose, answer, table, after, prose])) == [
        False, False, True, True, True, False]


def test_an_orators_address_after_the_records_as_follows_is_the_record_not_an_extract():
    # a collection of speeches: "The Senator spoke as follows:" / the speech, opened by its address
    text = "\n\n".join([BODY, "The Senator spoke as follows:",
                        "_Mr. President and Gentlemen of the Mill Club_--I feel that I am at home here.",
                        BODY, "The miller spoke as follows:", "The mill is as large as a church.", BODY])
    assert quoted(text) == [False, False, False, False, False, True, False]


def test_a_sittings_place_and_date_set_in_a_line_each_are_no_extract():
    caption = "              HOUSE OF COMMONS,\n                   COMMITTEE ON MILLS,\n                        Tuesday, March 17, 1914"
    verse = "              The mill is as large as a church,\n              and older than the town."
    text = "\n\n".join([BODY, BODY, BODY, caption, BODY, verse, BODY])
    # (a wrapped paragraph set in on every line is one)
    assert quoted(text) == [False, False, False, False, False, True, False]


def test_paragraphs_set_in_under_a_bulleted_term_are_its_text_not_quotations():
    # "* copyleft" / "    Some licenses …": a glossary's terms, each with its paragraphs set in
    text = "\n\n".join([BODY, "* the mill race", "    " + BODY, "    " + BODY, "* the weir",
                        "    " + BODY, BODY, "    " + BODY, BODY, "    " + BODY, BODY])
    assert quoted(text) == [False, False, False, False, False, False, False, True, False, True, False]
    # a list of sentences, then a passage set in at the text's width: a quotation still
    text = "\n\n".join([BODY, "* Keep the race clear of weed.\n* Open the sluice at dawn.",
                        "    Every mill is the work of its water, and the miller its servant.\n"
                        "    — Ann Cole, \"The Mills of the County\"", BODY, "    " + BODY, BODY])
    assert quoted(text)[1] is True


def test_a_quotation_set_in_that_no_paragraph_after_its_first_reopens_is_one_passage(tmp_path):
    # '    "I have received a document …' / '    In this document, …' / …: one quotation over the
    # paragraphs set in, its closing mark on the last (a pair of marks quoting words inside one
    # of them closes nothing) or, where none has it, supplied where the run ends
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    middle = [f"    In paragraph {n} the Governor speaks of soldiers stationed near the mill." for n in range(9)]
    middle[4] = '    The Presidents of "stakes" and the Bishops of the valley were among the jurors.'
    for last, supplied in ((["    He also says that the soldiers terrify the valley.\""], 0),
                           (["    He also says that the soldiers terrify the valley."], 1)):
        text = "\n\n".join(["The Mill Court", "By Ann Reed", BODY,
                            "Judge Reed made the following remarks in open Court:",
                            '    "I have received a document from the Governor, which purports to be a proclamation.',
                            *middle, *last, BODY])
        root = encode_text(tmp_path, text)
        wrappers = root.xpath("//t:body//t:div/t:quote | //t:body//t:div/t:said", namespaces=ns)
        assert [len(w.xpath("t:p", namespaces=ns)) for w in wrappers] == [11]
        marks = root.xpath("//t:body//t:supplied", namespaces=ns)
        assert len(marks) == supplied
        if supplied:  # at the end of the passage, not of its first paragraph
            assert marks[0].getparent() is wrappers[0].xpath("t:p", namespaces=ns)[-1]


def test_a_close_over_its_signatures_set_in_a_line_each_is_no_quotation():
    close = ("                With much respect,\n                           ANN REED,\n"
             "                           TOM LUND,\n                           JOHN I. COLE.\n"
             "  In behalf of the Valley Mill Society,")
    wrapped = textwrap.fill(BODY * 3, 70)
    assert quoted("\n\n".join([wrapped, wrapped, close])) == [False, False, False]
    # "With respect to …" opens a sentence, no close
    assert COMPLIMENTARY_CLOSE.match("With respect to the mill, the owner said nothing.") is None
    assert COMPLIMENTARY_CLOSE.match("With much respect,")


def test_god_bless_you_over_initials_set_in_is_a_letters_close():
    wrapped = textwrap.fill(BODY * 3, 70)
    assert quoted("\n\n".join([wrapped, "     God bless you,\n       A. B.", wrapped])) == [False, False, False]


def test_a_review_made_of_extracts_a_letters_signature_far_under_it_neither_heading_nor_source():
    # a review whose extracts, set in, outweigh its own flush paragraphs: the line far to the right
    # under an extract is no heading; under a letter quoted whole it is the letter's signature,
    # not an extract's source
    extract = ("    The mill is the most extraordinary piece of work the valley has yet\n"
               "    made. I am very happy in reading of it, as great power makes us happy,\n"
               "    and I find incomparable things said incomparably well in every line.")
    for first, attribution in (("    DEAR SIR,—I am not blind to the worth of the wonderful mill.", None),
                               ("    The river gave the valley its mill and the mill its wheel.", "under")):
        text = "\n\n".join([BODY, f"{first}\n{extract}", extract, extract,
                            "                                        R. W. MILLER.", BODY, extract, extract])
        doc = recognise(split_blocks(text))
        assert [s.head for s in doc.sections] == [None]
        node = next(n for n in doc.sections[0].content if n.block.text.strip() == "R. W. MILLER.")
        assert node.attribution == attribution


def test_centred_display_lines_are_no_extract():
    # "                  _A DIALOGUE_.  _Persons_: _Cyril and_" / "              _Vivian_.  _Scene_: …" /
    # "                       _house in Nottinghamshire_.": a play's persons centred under its title
    display = ("                  _A DIALOGUE_.  _Persons_: _Tom and_\n"
               "              _Ann_.  _Scene_: _the Library of a country_\n"
               "                       _house in Millshire_.")
    text = "\n\n".join([BODY, display, BODY, BODY])
    assert quoted(text) == [False, False, False, False]
    # verses at one margin after their first line are an extract still
    verse = ("    _Á la mode_ Millorum,\n        With her sentimentalibus lachrymæ roar 'em,\n"
             "        And bathos and pathos delightful to see--")
    assert quoted("\n\n".join([BODY, "As the old song has it:", verse, BODY, BODY]))[2] is True


def test_the_authors_numbered_list_set_in_under_the_sentence_naming_it_is_no_extract():
    # "The following list indicates the variety of records which were made:--" / "     1-3. The
    # story of how …" / "     4. A collection of …" / "     6, 7. An old tale …"
    items = ["     1-3. The story of how the miller reduced the size of the wheel.",
             "     4. A collection of words used at the mill.", "     6, 7. An old tale of a flood.",
             "     8. Song of the mill-race."]
    text = "\n\n".join([BODY, BODY, "The following list indicates the variety of records which were made:--",
                        *items, BODY])
    assert not any(quoted(text))
    # (numbered paragraphs set in after a lead-in that names no list are the extract they were)
    text = text.replace("The following list indicates the variety of records which were made:--",
                        "The miller wrote in his book:--")
    assert quoted(text)[3:7] == [True] * 4


def test_a_letters_place_day_close_and_name_set_far_right_are_no_extract():
    # "                                   Wendesesday morning, Bardwell House, Rutland" / "July 24
    # [1855]" over "My dear Mother," … "Good bye Mother and all the rest" / "Han"
    far = " " * 35
    text = "\n\n".join([BODY, BODY, f"{far}Wednesday morning, Mill House, Riverton\n{far}July 24 [1855]",
                        "My dear Mother,", BODY, BODY, BODY, f"{far}Good bye Mother and all the rest", f"{far}Han"])
    assert not any(quoted(text))
    # the place a line a part over the day ("54 Manchester Road," / "Bolton." / "England" / "Nov 18th 1891")
    text = "\n\n".join([BODY, BODY, f"{far}54 Mill Road,\n{far}Riverton.\n{far}England\n{far}Nov 18th 1891",
                        "Dear Walt", BODY, BODY, BODY])
    assert not any(quoted(text))
    # (inside an extract set in, a deed's signature far right is the deed's: "Robert King." /
    # "    Signed, sealed, and delivered …")
    text = "\n\n".join([BODY, BODY, "I shall present it at full length:",
                        "    Know ye, that I the aforesaid Tom Reed set free the miller, forever, and hereby give him all.",
                        f"{' ' * 40}Tom Reed.", "    Signed, sealed, and delivered in the presence of Ann Cole.",
                        BODY, BODY])
    assert quoted(text)[3:6] == [True, True, True]


def test_an_epigraph_over_its_author_opening_with_a_dash_set_in_as_far_as_it_is(tmp_path):
    # "    There are some defeats more triumphant than victories." / "    --MONTAIGNE.": the line
    # set in under the text's first words, its author under it as far in, a dash before him
    from support import encode_text
    root = encode_text(tmp_path, "Mill Defeat\n\nBy Ann Cole\n\n    There are some mills more triumphant than weirs.\n\n"
                       "    --MONTAIGNE.\n\n" + textwrap.fill(BODY * 3, 72) + "\n\n" + textwrap.fill(BODY * 3, 72) + "\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [" ".join(q.xpath("string()").split()) for q in root.xpath("//t:body//t:quote", namespaces=ns)] == [
        "There are some mills more triumphant than weirs."]
    assert root.xpath("//t:body//t:bibl//text()", namespaces=ns)[:1] == ["--MONTAIGNE."]
