# SPDX-License-Identifier: MIT
"""Citations: each shape parsed into its parts, resolution to works cited, the listBibl, and the
seed's citations built into TEI without losing text — valid against TEI All."""

import pytest
from lxml import etree

from edition.editorial import load_editorial
from edition.markup.citations import BIBL_RANK, PART_RANK, SHAPES, bible_book, find_citations
from edition.markup.spans import build_inline
from edition.markup.works import WorksCited, title_key
from edition.tei.ns import E, SubE
from edition.text.blocks import split_blocks
from edition.text.source import read_source

from support import SEED, SEED_EDITORIAL, assert_valid, encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def one(text):
    found = find_citations(text)
    assert len(found) == 1, found
    return found[0]


def parts(citation):
    """tag -> (printed text, attributes) of the citation's parts."""
    return {s.tag: (citation.text[s.start - citation.start:s.end - citation.start], s.attrib)
            for s in citation.spans}


# ---------------------------------------------------------------- shapes

@pytest.mark.parametrize("text, kind, title, pages, edition, date, abbr", [
    ("(page 90, Stalin School of Falsification, Pioneer edition, 1962)", "full",
     "Stalin School of Falsification", ("90", "90"), "Pioneer edition", "1962", None),
    ("(Page 88-89 Revolution Betrayed, New Park edition)", "full",
     "Revolution Betrayed", ("88", "89"), "New Park edition", None, None),
    ("(Page 89, Revolution Betrayed)", "full",
     "Revolution Betrayed", ("89", "89"), None, None, None),
    ("(The Prophet Armed, Oxford edition, 1954, p. 12)", "full",
     "The Prophet Armed", ("12", "12"), "Oxford edition", "1954", None),
    ("(Op.Cit. page 90)", "op-cit", None, ("90", "90"), None, None, "Op.Cit."),
    ("(Op. Cit., Page 93)", "op-cit", None, ("93", "93"), None, None, "Op. Cit."),
    ("(Op Cit. pages 98-99)", "op-cit", None, ("98", "99"), None, None, "Op Cit."),
    ("(Op. Cit page 295)", "op-cit", None, ("295", "295"), None, None, "Op. Cit"),
    ("(Op. Cit. page 97)", "op-cit", None, ("97", "97"), None, None, "Op. Cit."),
    ("(Ibid)", "ibid", None, None, None, None, "Ibid"),
    ("(Ibid., p. 4)", "ibid", None, ("4", "4"), None, None, "Ibid."),
    ("(Page 94)", "page", None, ("94", "94"), None, None, None),
    ("(Page 98)", "page", None, ("98", "98"), None, None, None),
    ("(p. 12)", "page", None, ("12", "12"), None, None, None),
    ("(pp. 12–14)", "page", None, ("12", "14"), None, None, None),
    ("(pp. 123-5)", "page", None, ("123", "125"), None, None, None),  # abbreviated range
])
def test_shape_parts(text, kind, title, pages, edition, date, abbr):
    c = one(f"as he wrote.’ {text}. Next")
    assert (c.kind, c.text, c.title, c.pages, c.edition, c.date, c.abbr) == \
        (kind, text, title, pages, edition, date, abbr)
    got = parts(c)
    if title:
        assert got["title"] == (title, {"level": "m"})
    if pages:  # the words "page 90" stay inside the biblScope
        scope_text, scope = got["biblScope"]
        assert scope == {"unit": "page", "from": pages[0], "to": pages[1]}
        assert scope_text.split()[-1][0].isdigit() and scope_text.lower().startswith("p")
    if edition:
        assert got["edition"] == (edition, {})
    if date:
        assert got["date"] == (date, {"when": date})
    if abbr:
        assert got["abbr"] == (abbr, {})
    assert set(got) == {"title", "biblScope", "edition", "date", "abbr"} & {
        k for k, v in [("title", title), ("biblScope", pages), ("edition", edition),
                       ("date", date), ("abbr", abbr)] if v}
    assert all(s.rank == PART_RANK for s in c.spans)
    assert c.bibl_span().rank == BIBL_RANK


def test_author_date_several_in_one_pair_of_parentheses():
    text = "as shown (Smith, 2015; Jones 2019: 12) before"
    smith, jones = find_citations(text)
    # each reference is its own bibl; parentheses and separator stay outside, as text
    assert (smith.text, jones.text) == ("Smith, 2015", "Jones 2019: 12")
    assert text[smith.end:jones.start] == "; "
    assert (smith.kind, smith.author, smith.date, smith.pages) == \
        ("author-date", "Smith", "2015", None)
    assert (jones.author, jones.date, jones.pages) == ("Jones", "2019", ("12", "12"))
    assert parts(jones) == {"author": ("Jones", {}), "date": ("2019", {"when": "2019"}),
                            "biblScope": ("12", {"unit": "page", "from": "12", "to": "12"})}


def test_a_member_may_open_with_what_it_is_cited_for():
    # a species named before its reference, set off by commas; "review in" before another
    text = ("mills (water mills, Mola aquatica, Reed et al. 2013; wind mills, Mola venti, Cole 2001) "
            "and wheels (Rota magna, Hale and Ross\n1975) and a work's description is none "
            "(An Account of the Mills of the Valley, on the Charge of Idleness, Rochester, N.Y., 1874)")
    assert [(c.author, c.date) for c in find_citations(text)] == [
        ("Reed et al.", "2013"), ("Cole", "2001"), ("Hale and Ross", "1975")]


def test_what_works_are_cited_for_may_take_a_phrase_before_e_g():
    (c,) = find_citations("mills were counted (including work on counting wheels, e.g., Reed, 2007) twice")
    assert (c.text, c.author, c.date) == ("(including work on counting wheels, e.g., Reed, 2007)", "Reed", "2007")
    assert find_citations("(a long list of the things that we did not see at all, e.g. a mill)") == []


def test_author_date_single_keeps_its_parentheses():
    c = one("(Smith 2015, p. 4)")
    assert (c.text, c.author, c.date, c.pages) == \
        ("(Smith 2015, p. 4)", "Smith", "2015", ("4", "4"))
    assert parts(c)["biblScope"][0] == "p. 4"
    c = one("(Smith and Jones 2015a)")
    assert (c.author, c.date, c.part("date")) == ("Smith and Jones", "2015", "2015a")


def test_pages_apart_are_no_range():
    c = one("(Reed et al., 2020, pp. 8 and 14)")
    assert (c.author, c.date) == ("Reed et al.", "2020")
    assert parts(c)["biblScope"] == ("pp. 8 and 14", {"unit": "page"})
    # "and" before a year is the same author's next work, as before
    first, second = find_citations("(Reed 2015 and 2019)")
    assert (first.date, second.date) == ("2015", "2019")


def test_two_works_of_one_year_after_a_quotation():
    first, second = find_citations('asked them to "count the mills" (2015a, b, p. 51). Then')
    assert (first.text, first.year, first.pages) == ("(2015a", "2015a", None)
    assert (second.text, second.year, second.pages) == ("b, p. 51", "2015b", ("51", "51"))
    assert first.context == second.context == 'asked them to "count the mills" '


def test_a_narrative_citation_may_print_forenames():
    text = "as Bruno Reed (1993) showed, and Hugh Cole and Brett Day-Elm (2017) argue"
    assert [c.author for c in find_citations(text, listed=lambda c: True)] == [
        "Bruno Reed", "Hugh Cole and Brett Day-Elm"]
    # only where the text's reference list has the work: "He read Revolution Betrayed (1936)"
    assert find_citations(text) == [] and find_citations(text, listed=lambda c: False) == []
    # words that open sentences are no forenames
    assert [c.author for c in find_citations("As Reed (2015) showed")] == ["Reed"]
    assert find_citations("The Treaty (1919) said so") == []


def test_undated_works_other_languages_and_and_a_comma_before_and():
    assert [(c.author, c.year) for c in find_citations("(Short, n.d.)")] == [("Short", "n.d.")]
    # a work not yet out: "(Baral et al. in prep.)", "(Reed in press)", with a dated one before
    assert [(c.author, c.year) for c in find_citations("(Reed 2015, Reed et al. in prep.)")] == [
        ("Reed", "2015"), ("Reed et al.", "in prep.")]
    assert [(c.author, c.year) for c in find_citations("(Cole in press)")] == [("Cole", "in press")]
    assert [(c.author, c.year) for c in find_citations("(Reed e Cole, 2018)")] == [("Reed e Cole", "2018")]
    assert [(c.author, c.year) for c in find_citations("(e.g. Reed and Cole 2011, and Day 2016)")] == [
        ("Reed and Cole", "2011"), ("Day", "2016")]


def test_and_others_as_the_survey_prints_et_al(tmp_path):
    assert [(c.author, c.year) for c in find_citations("(Scanlon and others, 2002)")] == [
        ("Scanlon and others", "2002")]
    assert [(c.author, c.year) for c in find_citations("as Hunt and others (2016) found")] == [
        ("Hunt and others", "2016")]
    assert [(c.author, c.year) for c in find_citations("as Schriks and co-workers (2007) found")] == [
        ("Schriks and co-workers", "2007")]
    # authors, not a title; a possessive is the author's
    assert [(c.author, c.pages) for c in find_citations("(Anderson and others, 2015, p. 232)")] == [
        ("Anderson and others", ("232", "232"))]
    assert [c.author for c in find_citations("in keeping with Healy's (2010) usage")] == ["Healy"]
    from support import encode_text
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nRecharge was counted before (Scanlon and "
                       "others, 2002), and again by Hunt and others (2016) in the valley.\n\n"
                       "References Cited\n\nHunt, R.J., Reed, T., and Day, A., 2016, Counting mills: "
                       "Mill Survey Report 12, 40 p.\n\nScanlon, B.R., Healy, R.W., and Cook, P.G., "
                       "2002, Choosing appropriate techniques: Hydrogeology Journal, v. 10, p. 18–39.")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [b.get("corresp") for b in root.xpath("//t:body//t:p//t:bibl", namespaces=ns)] == [
        "#ref-scanlon-2002", "#ref-hunt-2016"]


@pytest.mark.parametrize("body, references, expected", [
    # labels; a label the list lacks ("[Editor]") is no citation
    ("Wheels wear out [Wear], and millers know it [Policies] [Wear]; the [Editor] says nothing.",
     "References\n\n[Policies] Weir, Matt. \"Testing Mill Policies.\" In Proceedings of the Mill "
     "Society, 162–175. 2010.\n\n[Wear] Reed, Tom. \"Wheel Wear.\" Mill Journal, v. 27, pp. 379-423, 1948.",
     [("[Wear]", "#ref-reed-1948"), ("[Policies]", "#ref-weir-2010"), ("[Wear]", "#ref-reed-1948")]),
    # a standard's: labels with spaces and stops, cited with a hyphen or a space before the
    # bracket, the list grouped under headings of its own below "REFERENCES"
    ("The plan [OMB A-130] and the guide [SP 800-37 ] apply, as the directive [HSPD-7] says; "
     "[NOT LISTED] cites nothing.",
     "REFERENCES\n\nLAWS AND POLICIES\n\n[OMB A-130] Office of Mills Circular A-130, Managing Mills, "
     "July 2016.\nhttps://example.org/a130\n\n[HSPD 7] Mill Directive 7, Mill Protection, December "
     "2003.\n\nSTANDARDS\n\n[SP 800-37] Joint Mill Force (2018) Mill Management Framework. (Mill "
     "Institute, Boston), Mill Publication 800-37.",
     [("[OMB A-130]", "#ref-omb-a-130"), ("[SP 800-37 ]", "#ref-joint-2018"), ("[HSPD-7]", "#ref-hspd-7")]),
    # a journal's excerpt: superscripts glued to words and stops, a pair and a range, an exponent
    # that is none; the list keeps the original numbers, with gaps (no footnotes under it)
    ("The mill¹ ran 10⁵-fold faster than before². Wheels wear out¹⁰,¹¹ and rivers rise³⁸–⁴⁰.",
     "References\n\n1. Cole, A. & Reed, T. Mills. Mill J. 3, 1–9 (2007).\n\n2. Reed, T. Rivers. "
     "Mill J. 4, 2–8 (2008).\n\n10. Hale, B. Wheels. Mill J. 5, 3–7 (2009).\n\n11. Ross, C. et al. "
     "Wear. Mill J. 6, 1–2 (2010).\n\n38. Gray, D. Floods. Mill J. 7, 4–5 (2011).\n\n39. Gray, D. "
     "More floods. Mill J. 8, 1–3 (2012).\n\n40. Gray, D. Last floods. Mill J. 9, 2–4 (2013).\n\n"
     "5. Low, E. Powers. Mill J. 1, 1–2 (2001).",
     [("¹", "#ref-cole-2007"), ("²", "#ref-reed-2008"), ("¹⁰,¹¹", "#ref-hale-2009 #ref-ross-2010"),
      ("³⁸–⁴⁰", "#ref-gray-2011 #ref-gray-2012 #ref-gray-2013")]),
    # superscripts pasted with their brackets and dash superscript too (a SciELO page)
    ("The mills grew.⁽³⁾ Rivers rise.²⁾⁻⁽³ Wheels wear out.¹⁾,⁽² And fall.",
     "References\n\n1. Cole, A. & Reed, T. Mills. Mill J. 3, 1–9 (2007).\n\n2. Reed, T. Rivers. "
     "Mill J. 4, 2–8 (2008).\n\n3. Hale, B. Wheels. Mill J. 5, 3–7 (2009).",
     [("⁽³⁾", "#ref-hale-2009"), ("²⁾⁻⁽³", "#ref-reed-2008 #ref-hale-2009"),
      ("¹⁾,⁽²", "#ref-cole-2007 #ref-reed-2008")]),
    # a numbered list with entries the rule does not read (a code's section, a title first with
    # a quoted term in it) is still the list its numbers cite where those entries print a year
    ("Hemp was lawful in every state of the union¹ and then it was not²⁻⁴, until a court ruled on the "
     "matter and the growers went back to their fields.⁵",
     "References\n\n1. Cole A, Reed T. Mills. Mill J. 2007;3:1–9\n\n2. 21 U.S. Code § 801—Findings "
     "and declarations. In: @LIICornell; 2018\n\n3. Is hemp lawful under the new “extract” rule? "
     "Kight on Mills. 2018 Available at: https://example.org/hemp (last accessed May 2, 2018)\n\n"
     "4. Reed T. Rivers. Mill J. 2008;4:2–8\n\n5. Hale B. Wheels. Mill J. 2009;5:3–7",
     [("¹", "#ref-cole-2007"), ("²⁻⁴", "#ref-ref-2018 #ref-ref-2018-2 #ref-reed-2008"),
      ("⁵", "#ref-hale-2009")]),
    # an older list's entries, the year last after a month ("Mill Journal, October-November
    # 1913."), one with no year at all: the list its bracketed numbers cite, not endnotes
    ("The mills were studied before [2], and the rivers too [3]; the wheels [4] were left out, "
     "though both surveys agreed [2,4] on the matter.\n\nThe weirs [5] came last.",
     "REFERENCES\n\n[1] Cole.  On Mills.  Mill Journal, December, 1912-January, 1913.\n\n[2] Cole and "
     "Reed.  The Rivers of the Dale.  Mill Journal,\nOctober-November 1913.\n\n[3] Reed.  A Series of "
     "Wheels, Mill Review, No. 4, April 1913.\n\n[4] Reed and Hale.  Clinical Analysis of Wheels.\n\n"
     "[5] Hale.  The Weirs.  Mill Journal, June-July, 1914.",
     [("[2]", "#ref-cole-1913"), ("[3]", "#ref-reed-1913"), ("[4]", "#ref-ref-n-d"),
      ("[2,4]", "#ref-cole-1913 #ref-ref-n-d"), ("[5]", "#ref-hale-1914")]),
    # numbers in round brackets, not a scale's values nor an enumeration's
    ("Smoke harms the millers (1). Laws lower it (2,3), and the answers ranged from never (1), "
     "sometimes (2) to often (3). The rules were these: (1) close the mill, (2) open the windows.",
     "References\n\n1. Cole, A. & Reed, T. Mills. Mill J. 3, 1–9 (2007).\n\n2. Reed, T. Rivers. "
     "Mill J. 4, 2–8 (2008).\n\n3. Hale, B. Wheels. Mill J. 5, 3–7 (2009).",
     [("(1)", "#ref-cole-2007"), ("(2,3)", "#ref-reed-2008 #ref-hale-2009")]),
    # glued to the word, the closing mark or the bracket before them, as a SciELO page's
    # superscripts paste; a participant's code is no page
    ("Smoke harms the millers(1). The law says “close the mill”(2-3), as in Leeds (UK)(1,3). "
     "We closed it at once (P1).",
     "References\n\n1. Cole, A. & Reed, T. Mills. Mill J. 3, 1–9 (2007).\n\n2. Reed, T. Rivers. "
     "Mill J. 4, 2–8 (2008).\n\n3. Hale, B. Wheels. Mill J. 5, 3–7 (2009).",
     [("(1)", "#ref-cole-2007"), ("(2-3)", "#ref-reed-2008 #ref-hale-2009"),
      ("(1,3)", "#ref-cole-2007 #ref-hale-2009")]),
])
def test_a_reference_lists_numbers_and_labels_cite_its_entries(tmp_path, body, references, expected):
    from support import encode_text
    root = encode_text(tmp_path, f"Mills\n\nBy Ann Cole\n\n{body}\n\n{references}")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [(r.text, r.get("target")) for r in root.xpath("//t:body//t:p//t:ref", namespaces=ns)] == expected
    entries = [e for e in references.split("\n\n") if e.startswith(("[", *"0123456789"))]
    assert len(root.xpath("//t:listBibl[not(@xml:id)]/t:bibl", namespaces=ns)) == len(entries)
    assert not root.xpath("//t:body//t:note", namespaces=ns)


def test_a_volume_in_small_roman_numerals_and_a_page():
    (c,) = find_citations("he resolved 'to live so' (i. 18). He pledges himself")
    assert (c.text, c.kind, c.rule) == ("(i. 18)", "page", "volume-page")
    (c,) = find_citations("the saint's story ('Rationalism,' i. 404) is told")
    assert (c.text, c.kind, c.title) == ("('Rationalism,' i. 404)", "full", "'Rationalism,'")
    assert find_citations("(I. 18)") == []  # capitals: a person's initial


@pytest.mark.parametrize("printed, volume, pages", [
    ("(I., p. 28.)", "I", ("28", "28")), ("(I. p. 32.)", "I", ("32", "32")),
    ("(II. p. 217.)", "II", ("217", "217")), ("(I, pp. 3-5)", "I", ("3", "5")),
    ("(I., p. 28.†)", "I", ("28", "28"))])  # a note's call inside the brackets
def test_a_volume_in_capitals_with_its_page_word(printed, volume, pages):
    """As a memoir cites the Life and Letters throughout ("the name of the plant could be
    discovered." (I., p. 28.)): a page of the work cited last."""
    c = one(f"he remembers \"that it could be discovered.\" {printed} The theory")
    assert (c.text, c.kind, c.rule, c.pages) == (printed, "page", "volume-page", pages)
    assert any(s.attrib == {"unit": "volume", "from": volume, "to": volume} for s in c.spans)


def test_a_dash_and_a_page_closing_a_quotation():
    # a review quoting the book it reviews: the page after the quotation's closing mark
    (c,) = find_citations("With the green world they live in.'--p. 8.")
    assert (c.text, c.kind, c.rule, c.pages) == ("--p. 8.", "page", "dash-page-after-quotation", ("8", "8"))
    (c,) = find_citations("    We have imagined for the mighty dead; &c. &c.'--pp. 3, 4.")
    assert (c.text, c.pages) == ("--pp. 3, 4.", ("3", "3"))
    assert parts(c)["biblScope"] == ("pp. 3, 4", {"unit": "page"})  # pages apart: no range
    # only where it closes the line, after a closing mark
    assert find_citations("the mill's wheel--p. 8.") == []
    assert find_citations("the mill.'--p. 8 of the report says more") == []
    # or where a new sentence follows it: '"… requires many observations"--p. 238. The …'
    (c,) = find_citations('"To justify it requires many observations"--p. 238. The chance he never had.')
    assert (c.text, c.pages) == ("--p. 238.", ("238", "238"))


def test_an_abbreviated_title_with_its_book_and_number_closing_an_extract_is_a_work_of_its_own():
    # '… nobis exemplar Ulyssem." Epist. I. 2.': Horace's Epistles, not the volume and page of
    # the book a review quotes ('… and madness. I, p. 92.')
    (c,) = find_citations('    Utile proposuit nobis exemplar Ulyssem." Epist. I. 2.')
    assert (c.text, c.kind, c.rule, c.title) == ("Epist. I. 2.", "full", "abbreviated-title-closing-extract", "Epist.")
    assert parts(c)["biblScope"] == ("I.", {"unit": "volume", "from": "I", "to": "I"})
    (c,) = find_citations("the despondency and madness. I, p. 92.")
    assert c.rule == "volume-page-closing-extract"


def test_a_page_closing_a_quoted_sentence_after_its_mark():
    # '… and loved her most in wrath." p. 79.', '… fieri non turpiter.’” pp. 82, 83.': the page
    # of the work cited last, ending the paragraph or its sentence
    (c,) = find_citations('    And loved the mill the most in wrath." p. 79.')
    assert (c.text, c.kind, c.rule, c.pages) == ("p. 79.", "page", "page-closing-quotation", ("79", "79"))
    (c,) = find_citations("it may not be done turpiter.’” pp. 82, 83. The author goes on.")
    assert (c.text, c.pages) == ("pp. 82, 83.", ("82", "82"))
    # a quoted title's page is the title's ('“The Mill,” p. 23.'), and a page in a sentence none
    assert find_citations('in his essay “The Mill,” p. 23.') == []
    assert find_citations('he wrote “the mill.” p. 23 of the report says more') == []


def test_a_pointer_to_the_list_and_a_narrative_citation_the_list_confirms(tmp_path):
    assert [(c.author, c.year) for c in find_citations("(see Géron 2019, 2 in the bibliography)")] == [
        ("Géron", "2019")]
    # "from Healy (2010)" has the shape of "from Moscow (1920)": a citation where the list has it
    assert find_citations("definitions from Healy (2010) are used") == []
    # nor "with Austria (1784)": a country, the year he served it (where the list has it, a citation)
    assert find_citations("took service with Austria (1784), with Prussia (1804)") == []
    assert [c.text for c in find_citations("consistent with Healy (2010)", listed=lambda c: True)] == ["Healy (2010)"]
    from support import encode_text
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nThe definitions from Healy (2010) are "
                       "used, not those from Moscow (1920). The river rose all night, and by morning the lower "
                       "town was under water; nobody had seen a flood like it.\n\nReferences\n\nHealy, R.W., 2010, "
                       "Estimating mill wheels: Mill Press, 245 p.")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert ["".join(b.itertext()) for b in root.xpath("//t:body//t:p//t:bibl", namespaces=ns)] == ["Healy (2010)"]


def test_a_name_and_a_year_after_a_comma_without_brackets_the_list_confirms(tmp_path):
    # "However, Stotsky, 1996 and Elson (2006) mention …": a citation where the list has the work
    text = "However, Healy, 2010 and Cole (2006) mention it; Burdin et al., 2014 find more. Paris, 1851 saw none."
    assert [c.text for c in find_citations(text)] == ["Cole (2006)"]
    assert [c.text for c in find_citations(text, listed=lambda c: c.author in ("Healy", "Burdin et al."))] == [
        "Healy, 2010", "Cole (2006)", "Burdin et al., 2014"]
    from support import encode_text
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nHowever, Healy, 2010 and Cole (2006) count the "
                       "wheels, not the weirs of Paris, 1851. The river rose all night, and by morning the lower "
                       "town was under water; nobody had seen a flood like it.\n\nReferences\n\nCole, A., 2006, "
                       "Weirs: Mill Press, 24 p.\n\nHealy, R.W., 2010, Estimating mill wheels: Mill Press, 245 p.")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert ["".join(b.itertext()) for b in root.xpath("//t:body//t:p//t:bibl", namespaces=ns)] == [
        "Healy, 2010", "Cole (2006)"]


def test_a_letters_date_line_set_right_is_no_attribution():
    # (a block's text has its first line's indentation taken off: the date sits far right)
    assert find_citations("THEBES,\n                              December 20, 1862.") == []
    assert [c.title for c in find_citations("Be still, and know.\n                         KRISHNA.")] == [
        "KRISHNA"]
    # a letter's signature under its close
    assert find_citations("Yours very affectionately,\n                                JANE.") == []
    # (an old close with no comma after its last words: "my dear Eliza, thine" / "PHI: V. FITHIAN.")
    assert find_citations("I am, however,\n                         my dear Ann, thine\n"
                          "                                                 TOM: R. REED.") == []


def test_an_authors_name_and_a_page(tmp_path):
    (c,) = find_citations("an ingenious writer says “there is no sound reason” (Hare, p. 280.) for it")
    assert (c.kind, c.rule, c.author, c.text) == ("page", "author-page", "Hare", "(Hare, p. 280.)")
    assert [c.rule for c in find_citations("(Smith, 2015, p. 4)")] == ["author-date"]
    (c,) = find_citations("(Smith, p. 4)")  # an author and a page, not a title
    assert (c.rule, c.title) == ("author-page", None)


def test_a_book_of_the_bible_its_chapter_and_verses(tmp_path):
    found = find_citations("as Paul says (Acts ii, 17, 18) and I Cor. xiv, 34, 35 shows; 1 Pet. 3 : 16.")
    assert [(c.text, c.rule, c.title) for c in found] == [
        ("(Acts ii, 17, 18)", "scripture", "Acts"), ("I Cor. xiv, 34, 35", "scripture", "I Cor."),
        ("1 Pet. 3 : 16", "scripture", "1 Pet.")]
    # a name and a number are no chapter and verse
    assert find_citations("Mark 4 of them, and John said 3, 4 more") == []
    # an old print's "Mat." and its verses run on by stops and a dash; a one-chapter book's
    # comma ("2 John, 10, 11"); not "John, 10 of them"
    found = find_citations("escape his curse. Gal. 1.9. 2 John, 10, 11. Let both grow, Mat. 13.30.38—41. But")
    assert [(c.text, c.title) for c in found] == [("Gal. 1.9", "Gal."), ("2 John, 10, 11", "2 John"),
                                                 ("Mat. 13.30.38—41", "Mat.")]
    assert find_citations("and to John, 10 of them came") == []
    from support import encode_text
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nThe women prophesied (Acts ii, 17, 18), and "
                       "again (Acts xxi, 9); the river rose all night and the lower town was under water.")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert {b.get("corresp") for b in root.xpath("//t:body//t:p//t:bibl", namespaces=ns)} == {"#w-acts"}
    # one book however its references abbreviate it ("Eccl." and "Eccles.", "II Cor." and "2 Cor."),
    # and the old abbreviations ("Ephes.")
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nThe wheel is vanity [Eccl. ix. 10.] and again "
                       "[Eccles. i. 2.]; the miller is darkened [2 Cor. iv. 5; Ephes. iv. 18.] and the "
                       "river [II Cor. v. 1.] rose all night, and the lower town was under water.")
    works = [b.get("corresp") for b in root.xpath("//t:body//t:p//t:bibl", namespaces=ns)]
    assert works[0] == works[1] and works[2] == works[4] and len(set(works)) == 3
    # the Song of Songs by its Latin name, as old diaries print it ("Cant. vi. 13")
    assert [(c.text, bible_book(c.title)) for c in find_citations("the text was Cant. vi. 13, and he preached")] == [
        ("Cant. vi. 13", "Canticles")]
    # an old print's "c." for the chapter, and a line wrapped between chapter and verse
    assert [c.text for c in find_citations("the fast (Ezek. c. xlvi. v. 2 and 3) and the light (Mark iv.\n21.) so")] == [
        "(Ezek. c. xlvi. v. 2 and 3)", "(Mark iv.\n21.)"]


def test_an_old_prints_work_by_its_abbreviated_title_and_where_in_it(tmp_path):
    found = find_citations("the mill is free (Reg. et Cons. c. 4. p. 12. b.) and the weir (2 Comm. p. 88) "
                           "and the leat (Hal. Abr. 317.) and the race (See Cod. Lib. 3. tit. 9.) and "
                           "(Bracton, 3d edit. p. 7.) and (Abr. of the Laws of Mills, p. 40.)")
    assert [(c.text, c.title, c.kind) for c in found] == [
        ("(Reg. et Cons. c. 4. p. 12. b.)", "Reg. et Cons.", "full"), ("(2 Comm. p. 88)", "2 Comm.", "full"),
        ("(Hal. Abr. 317.)", "Hal. Abr.", "full"), ("(See Cod. Lib. 3. tit. 9.)", "Cod.", "full"),
        ("(Bracton, 3d edit. p. 7.)", "Bracton", "full"), ("(Abr. of the Laws of Mills, p. 40.)",
                                                            "Abr. of the Laws of Mills", "full")]
    # not a bill, initials and a year, a volume, a figure, a name and a number
    for text in ("(H. R. 921)", "(M. C. Dunn & Bos, 2016)", "(I., p. 20)", "(II. p. 217.)", "(Fig. 3)",
                 "(Vol. 2, p. 3)", "(Smith 12)", "(Mr. Dunn, p. 4)"):
        assert all(c.rule != "abbreviated-title-locus" for c in find_citations(text)), text
    # one work however often cited, its place in it a biblScope
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = encode_text(tmp_path, "Mills\n\nBy Ann Cole\n\nThe mill is free (Reg. et Cons. c. 4. p. 12.) and the "
                       "weir is free (Reg. et Cons. c. 9. p. 30.); the river rose all night and the lower town "
                       "was under water.")
    bibls = root.xpath("//t:body//t:p//t:bibl", namespaces=ns)
    assert len(bibls) == 2 and bibls[0].get("corresp") == bibls[1].get("corresp")
    assert [b.xpath("string(t:biblScope)", namespaces=ns) for b in bibls] == ["c. 4. p. 12.", "c. 9. p. 30."]


def test_a_web_page_a_quotation_is_from_by_its_address():
    (c,) = find_citations("“men over 40 have difficulties” (http://www.mill.example/ed/index.asp) and")
    assert (c.kind, c.title) == ("full", "http://www.mill.example/ed/index.asp")
    assert c.spans == []  # (the project's ref points inside the text only)
    # an address after a name links to the thing named: no citation
    assert find_citations("written in Twine (http://twinery.org/) and Ink") == []


def test_numbered_reference():
    c = one("as the Party said.[3] Then")
    assert (c.kind, c.text, c.number) == ("numbered", "[3]", "3")
    assert c.bibl_span().tag == "ref" and c.bibl_span().attrib == {"target": "#note-3"}
    # at the start of a block it is the note's own marker, not a reference to it
    assert find_citations("[3] Trotsky, The Revolution Betrayed.") == []


def test_numbered_references_in_one_pair_of_brackets_parted_by_a_semicolon():
    # "… generated by the study [5;6]. Open-source …", as some journals print a group
    c = one("generated by the study [5;6]. Then")
    assert (c.kind, c.text, c.numbers) == ("numbered", "[5;6]", ["5", "6"])


@pytest.mark.parametrize("text", [
    "Presently, the Lessons of October, (1924), is the only book",  # a date after a title
    "He (Stalin) crushed into this iron mangle",
    "In its issue No. 12, (19 to 26 March) Ogonyuk",
    "through inefficiency (and to begin with the charge was formulated differently, that he "
    "was almost an agent of the Germans), that the front",
    "(Marxist Monthly, Vol. 1 No. 4, June 1988)",  # the source line: the header's business
    "(June 1988)",
    "(Revolution Betrayed)",
    "in [1917] and [sic]",
])
def test_not_citations(text):
    assert find_citations(text) == []


def test_every_shape_is_named_and_of_a_known_kind():
    names = [s.name for s in SHAPES]
    assert len(names) == len(set(names))
    assert {s.kind for s in SHAPES} == {"full", "op-cit", "ibid", "page", "author-date", "numbered"}


# ---------------------------------------------------------------- resolution

def test_resolution_to_the_work_cited_last():
    works = WorksCited()
    text = ("(Ibid) (page 3, The Prophet Armed, 1954) (Op. Cit. page 4) (Page 5) "
            "(Page 1, Prophet Outcast) (Ibid) (Smith 2015: 3) (p. 9) [2]")
    got = [works.cite(c) for c in find_citations(text)]
    assert got == [None, "w-prophet-armed", "w-prophet-armed", "w-prophet-armed",
                   "w-prophet-outcast", "w-prophet-outcast", "w-smith-2015", "w-smith-2015", None]
    # Ibid before any full citation: reported with its offset; [2] is a note, not unresolved
    assert [(offset, c.text) for offset, c in works.unresolved] == [(0, "(Ibid)")]
    assert list(works.works) == ["w-prophet-armed", "w-prophet-outcast", "w-smith-2015"]
    assert all(w.converter_made for w in works.works.values())


def test_title_matching_ignores_case_quotes_and_the():
    assert title_key("The  Stalin school of Falsification") == \
        title_key("‘Stalin School of Falsification’")
    editorial = load_editorial(SEED_EDITORIAL)
    works = WorksCited(editorial)
    c = one("(page 1, ‘The Stalin school of falsification’)")
    assert works.cite(c) == "w-stalin-school"
    assert c.bibl_span().attrib == {"corresp": "#w-stalin-school"}


def test_register_level_replaces_the_default(tmp_path):
    toml = tmp_path / "e.toml"
    toml.write_text('[[work]]\nid = "w-cwp"\ntitle = "I Cannot Waive Principles"\nlevel = "a"\n'
                    'date = 1988-03-13\n', encoding="utf-8")
    works = WorksCited(load_editorial(toml))
    c = one("(page 3, I Cannot Waive Principles)")
    assert works.cite(c) == "w-cwp"
    assert parts(c)["title"][1] == {"level": "a"}
    bibl = works.list_bibl().find("t:bibl", NS)
    assert bibl.find("t:date", NS).get("when") == "1988-03-13"  # a TOML date, made ISO


def test_converter_made_id_never_takes_an_editorial_id(tmp_path):
    toml = tmp_path / "e.toml"
    toml.write_text('[[person]]\nid = "w-smith-2015"\nname = "Odd Id"\n', encoding="utf-8")
    works = WorksCited(load_editorial(toml))
    assert works.cite(one("(Smith 2015)")) == "w-smith-2015-2"


# ---------------------------------------------------------------- the seed

@pytest.fixture(scope="module")
def seed():
    """(blocks, citations per block, works) for the seed, resolved in document order."""
    blocks = split_blocks(read_source(SEED).text)
    works = WorksCited(load_editorial(SEED_EDITORIAL))
    found = []
    for block in blocks:
        citations = find_citations(block.text)
        for c in citations:
            works.cite(c, block.start)
        found.append(citations)
    return blocks, found, works


def test_seed_citations_found_and_resolved(seed):
    blocks, found, works = seed
    citations = [c for cs in found for c in cs]
    # counted by reading the text: 3 full, 5 Op. Cit., 1 Ibid, 2 bare pages
    assert [c.text for c in citations] == [
        "(page 90, Stalin School of Falsification, Pioneer edition, 1962)",
        "(Page 88-89 Revolution Betrayed, New Park edition)",
        "(Page 89, Revolution Betrayed)",
        "(Op.Cit. page 90)",
        "(Op. Cit., Page 93)",
        "(Page 94)",
        "(Op. Cit page 295)",
        "(Op. Cit. page 97)",
        "(Ibid)",
        "(Page 98)",
        "(Op Cit. pages 98-99)",
    ]
    assert works.unresolved == []
    assert [c.corresp for c in citations] == ["w-stalin-school"] + ["w-revolution-betrayed"] * 10


def test_seed_works_cited(seed):
    _, found, works = seed
    listbibl = works.list_bibl()
    assert listbibl.get("{http://www.w3.org/XML/1998/namespace}id") == "works-cited"
    bibls = listbibl.findall("t:bibl", NS)
    ids = [b.get("{http://www.w3.org/XML/1998/namespace}id") for b in bibls]
    assert ids == ["w-stalin-school", "w-revolution-betrayed"]  # one per work, first cited first
    assert {c.bibl_span().attrib["corresp"] for cs in found for c in cs} == {f"#{i}" for i in ids}
    first = bibls[0]
    assert first.find("t:author", NS).get("ref") == "#trotsky"
    assert first.find("t:author", NS).text == "Leon Trotsky"
    assert first.find("t:title", NS).text == "The Stalin School of Falsification"
    assert first.find("t:edition", NS).text == "Pioneer edition"
    assert first.find("t:date", NS).get("when") == "1962"
    assert all(b.get("resp") is None for b in bibls)  # both from the register


def test_seed_spans_build_without_losing_text(seed):
    blocks, found, _ = seed
    for block, citations in zip(blocks, found):
        if not citations:
            continue
        p = E("p")
        spans = [s for c in citations for s in c.all_spans()]
        assert build_inline(p, block.text, 0, len(block.text), spans) == []  # nothing dropped
        assert "".join(p.itertext()) == block.text
        assert len(p.findall(".//t:bibl", NS)) == len(citations)


# ---------------------------------------------------------------- TEI All

def test_bibl_and_list_bibl_valid_against_tei_all(tei_all):
    works = WorksCited(load_editorial(SEED_EDITORIAL))
    text = ("‘Quoted.’ (page 90, Stalin School of Falsification, Pioneer edition, 1962) and "
            "(Op. Cit., Page 93), (Ibid) (pp. 12–14) also (The Prophet Armed, Oxford edition, "
            "1954, p. 12) (Smith, 2015; Jones 2019: 12) and (Smith 2015a, p. 4).")
    citations = find_citations(text)
    for n, c in enumerate(citations, start=1):
        works.cite(c)
        c.xml_id = f"b-{n}"  # as the encoder will number them
    assert not works.unresolved

    tei = E("TEI", xml_lang="en")
    header = SubE(tei, "teiHeader")
    file_desc = SubE(header, "fileDesc")
    SubE(SubE(file_desc, "titleStmt"), "title", "Citations")
    SubE(SubE(file_desc, "publicationStmt"), "p", "Test.")
    SubE(SubE(file_desc, "sourceDesc"), "p", "Test.")
    app = SubE(SubE(SubE(header, "encodingDesc"), "appInfo"), "application",
               ident="edition", version="0", xml_id="edition")  # the target of @resp="#edition"
    SubE(app, "label", "edition")
    body_text = SubE(tei, "text")
    p = SubE(SubE(body_text, "body"), "p")
    assert build_inline(p, text, 0, len(text), [s for c in citations for s in c.all_spans()]) == []
    SubE(body_text, "back").append(works.list_bibl())
    assert "".join(p.itertext()) == text
    assert [b.get("{http://www.w3.org/XML/1998/namespace}id") for b in p.iter("{*}bibl")] == \
        [f"b-{n}" for n in range(1, len(citations) + 1)]
    made = works.list_bibl().findall("t:bibl[@resp='#edition']", NS)
    assert {b.get("{http://www.w3.org/XML/1998/namespace}id") for b in made} == \
        {"w-prophet-armed", "w-smith-2015", "w-jones-2019", "w-smith-2015a"}
    assert_valid(tei_all, etree.ElementTree(tei))


def test_a_citation_with_forenames_points_at_the_entry_listed_with_initials(tmp_path):
    text = ("Mills\n\nBy Ann Cole\n\nAs Bruno Reed (1993) showed, and Hugh Day and Brett Elm-Stone (2017) "
            "confirmed, the valley had more mills than anyone had counted before the survey.\n\n"
            "References\n\nReed, B. (1993) A count of mills. Leeds: Mill Press.\n\n"
            "Day, H. and Elm-Stone, B. (2017) Mills again. Mill Rev 4: 1-9.\n")
    root = encode_text(tmp_path, text)
    assert root.xpath("//t:body//t:p//t:bibl/@corresp", namespaces=NS) == [
        "#ref-reed-1993", "#ref-day-2017"]


def test_a_book_of_the_bible_after_an_epigraphs_dash_is_its_attribution_dash_and_all():
    assert [(c.text, c.title) for c in find_citations('   "Chosen to be a miller."--2 Tim. ii. 4.')] == [
        ("--2 Tim. ii. 4", "2 Tim.")]
    # the chapter on the next line of a hard-wrapped text
    assert [c.text for c in find_citations('"That he may please the miller."--2 Tim.\n   ii. 4.')] == [
        "--2 Tim.\n   ii. 4"]


def test_a_book_of_the_bible_its_chapter_a_stop_and_a_comma_and_verses_joined_by_and():
    assert [c.text for c in find_citations("[57] 1 Sam. xxi., 6.")] == ["1 Sam. xxi., 6"]
    assert [c.text for c in find_citations("[59] Deut. xxii., 10 and 11.")] == ["Deut. xxii., 10 and 11"]


def test_a_paragraph_of_an_online_article_after_the_year():
    [c] = find_citations("as argued (Burgess and Reed 2011:¶11), the mills stood.")
    assert c.text == "(Burgess and Reed 2011:¶11)"
    assert [(s.tag, s.attrib) for s in c.spans if s.tag == "biblScope"] == [
        ("biblScope", {"unit": "paragraph", "from": "11", "to": "11"})]


def _paragraph_refs(root) -> list[tuple[str, str]]:
    """Each ``ref`` in the body's paragraphs: its words and its target."""
    return [(" ".join(r.xpath("string()").split()), r.get("target"))
            for r in root.xpath("//t:body//t:p//t:ref", namespaces={"t": "http://www.tei-c.org/ns/1.0"})]


def test_a_reference_list_titles_first_its_numbers_cited_with_others_and_footnotes_by_superscripts(tmp_path):
    # Distill's shape: the references cited "[1, 6,\n7]" (a line may end in the brackets) and
    # "[2]", the notes called by superscripts; each entry its title first, its authors under it
    from support import encode_text
    text = ("Mills and Their Millers\n\nBy Ann Cole\n\n"
            "Mills are learned from human preferences[1] and from the river itself[2, 3]. The wheel¹ is\n"
            "older than most of them, and its learning is limited to simple tasks[1, 2,\n3] and "
            "to the river's moods².\n\n"
            "Footnotes\n\n1. By a wheel we mean the whole machine.\n\n2. Moods are seasons.\n\n"
            "References\n\n"
            "1. Deep learning from millers' preferences\n   Cole, A., Reed, T. and Hale, B., 2017. "
            "Advances in Milling, pp. 4299–4307.\n\n"
            "2. Judgment under water: heuristics and biases\n   Reed, T. and Cole, A., 1974. Science, "
            "Vol 185(4157), pp. 1124–1131.\n\n"
            "3. Intergroup wheels\n   Hale, B., Reed, T. and Cole, A., 2002. Annual Review of Mills, "
            "Vol 53(1), pp. 575–604.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    refs = _paragraph_refs(root)
    assert refs == [("[1]", "#ref-cole-2017"), ("[2, 3]", "#ref-reed-1974 #ref-hale-2002"),
                    ("¹", "#note-1"), ("[1, 2, 3]", "#ref-cole-2017 #ref-reed-1974 #ref-hale-2002"),
                    ("²", "#note-2")]
    # no entry a heading; each its title, then its authors and year
    assert root.xpath("//t:body//t:head/text()", namespaces=ns) == ["Footnotes", "References"]
    entry = root.xpath("//t:listBibl/t:bibl[@xml:id='ref-cole-2017']", namespaces=ns)[0]
    assert [(e.tag.split("}")[1], " ".join(e.xpath("string()").split())) for e in entry] == [
        ("title", "Deep learning from millers' preferences"), ("author", "Cole, A., Reed, T. and Hale, B."),
        ("date", "2017")]


def test_a_first_reference_cited_alone_is_the_lists_where_its_groups_cite_past_the_notes(tmp_path):
    # an MDPI paper: "2010 [1]" its first reference, never cited in a group; "[2,3]", "[4–6]" no
    # note has; its one footnote called by "¹"
    from support import encode_text
    text = (
        "Mills and Their Millers\n\nBy Ann Cole\n\n1. Introduction\n\n"
        "Some mills are expected by mid-century, relative to 2010 [1]. Nine-tenths\nare in valleys [2,3], "
        "near rivers [3]. The millers' data¹ across the\nvalleys show it.\n\n"
        "A second paragraph tells of the rivers and their mills, cited as before\n[2], and of the weirs.\n\n"
        "Notes\n\n1 The term data means the millers' own data, gathered by the millers\nthemselves.\n\n"
        "References\n\n1. Cole, A. Mills of the Future; Mill Agency: Leeds, 2013.\n\n"
        "2. Reed, T. Valleys. Mill Review 1974, 185, 1124–1131.\n\n"
        "3. Hale, B. Rivers. Annual Review of Mills 2002, 53, 575–604.\n")
    root = encode_text(tmp_path, text)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    refs = _paragraph_refs(root)
    assert refs == [("[1]", "#ref-cole-2013"), ("[2,3]", "#ref-reed-1974 #ref-hale-2002"),
                    ("[3]", "#ref-hale-2002"), ("¹", "#note-1"), ("[2]", "#ref-reed-1974")]
    # (its one note, under "Notes" over the references, marked by "¹" alone: an endnote)
    assert root.xpath("//t:note/@place", namespaces=ns) == ["end"]


def test_brackets_cite_the_reference_list_where_the_notes_are_printed_in_superscript_figures(tmp_path):
    # a Manubot paper: "[1]", "[2]" cite references 1 and 2, one bracket each, never grouped; its
    # notes printed "¹ …" and called "data¹": a note printed by its figure is called by it alone
    from support import encode_text
    text = (
        "Mills and Their Millers\n\nBy Ann Cole\n\n1 Introduction\n\n"
        "Mills are expected by mid-century [1]. They stand in valleys [2], near rivers [3]. "
        "The millers' data¹ across the valleys show it.\n\n"
        "Notes\n\n¹ The term data means the millers' own data.\n\n"
        "References\n\n1. Cole, A. Mills of the Future; Mill Agency: Leeds, 2013.\n\n"
        "2. Reed, T. Valleys. Mill Review 1974, 185, 1124–1131.\n\n"
        "3. Hale, B. Rivers. Annual Review of Mills 2002, 53, 575–604.\n")
    root = encode_text(tmp_path, text)
    assert _paragraph_refs(root) == [("[1]", "#ref-cole-2013"), ("[2]", "#ref-reed-1974"),
                                     ("[3]", "#ref-hale-2002"), ("¹", "#note-1")]


def test_a_year_after_a_quoted_title_is_its_date_where_no_reference_list_cites_it():
    text = ("He wrote stories for children, “Seven Little People and their Friends” (New York, "
            "1862), and edited two volumes, “American Poems” (1879) and “Mill Songs” (1880).")
    assert find_citations(text, reference_list=False) == []
    # with a reference list, the year cites the work of that year by the author named before
    assert [c.text for c in find_citations(text)] == ["(New York, 1862)", "(1879)", "(1880)"]
    # a quotation's words, not a title, are cited by the year after them all the same
    assert [c.text for c in find_citations("to “count the mills” (2015) at night",
                                           reference_list=False)] == ["(2015)"]


def test_a_biographys_dated_titles_encode_without_citations(tmp_path):
    root = encode_text(tmp_path, "\n\n".join([
        "Ann Cole", "By John Smith",
        "She edited two volumes, “American Mills” (1879) and "
        "“Valley Songs” (1880), and wrote “Mills and their Keepers” (Boston, 1882).",
        "She died in the spring of 1902 at her house by the mill."]))
    assert root.xpath("//t:body//t:bibl", namespaces=NS) == []
    assert root.xpath("//t:body//t:title/text()", namespaces=NS) == [
        "“American Mills”", "“Valley Songs”", "“Mills and their Keepers”"]


def test_op_cit_in_italics_with_its_page_after_a_colon():
    # "(_op. cit._:92-94)", as an author–date paper prints its short form
    [c] = find_citations("as Hooper noted (_op. cit._:92-94) the mice")
    assert (c.text, c.kind, c.pages) == ("(_op. cit._:92-94)", "op-cit", ("92", "94"))
    # the old shapes as before; a bare figure after it is no page
    [c] = find_citations("(Op. Cit., Page 93)")
    assert c.pages == ("93", "93")
    assert find_citations("(Op. Cit. 93)") == []


def test_a_journals_bracketed_entry_line_repeating_the_day_below_it_cites_nothing():
    # "[Reed, August 17, 1804]" / "17th August 1804. a fine morning …": the editor's line over
    # a journal's entry, the writer and the day, no work cited
    for entry in ("[Reed, August 17, 1804]\n17th August 1804. a fine morning, the wind from the S. E.",
                  "[Reed, August 19, 1804]\n19th of August Sunday 1804 a fine morning",
                  "[Reed, August 22, 1804]\nAugust 22nd 1804 Set out early"):
        assert find_citations(entry) == []
    # the same line over a text of another day, or inside a paragraph, cites its source
    assert [c.text for c in find_citations("[Mill Herald, August 17, 1804]\nSIR,-Thanks to Mr. Reed.")] == [
        "[Mill Herald, August 17, 1804]"]
    assert len(find_citations("[Reed, August 17, 1804]\n18th August 1804. a fine morning")) == 1


def test_see_and_a_web_address_in_brackets_cites_the_page():
    # "(see http://…)", "(See the related comic,\nhttps://…)": "see" sends the reader to the page
    c = one("Dates are stored as numbers (see http://example.org/mill-dates). They count days.")
    assert (c.text, c.title, c.rule) == ("(see http://example.org/mill-dates)", "http://example.org/mill-dates",
                                         "see-address")
    c = one("Write dates as 2013-02-27. (See the related mill comic,\nhttps://example.org/1179.)")
    assert c.title == "https://example.org/1179"
    # an address alone after a name is a link to it, no citation
    assert find_citations("The mills are listed in Twine (http://example.org/twine) and elsewhere.") == []


def test_a_list_of_persons_each_with_what_they_are_and_the_year_cites_nothing():
    # "such as Guido van Rossum (creator of Python, 2006), …, Alex Martelli (Google, 2008)"
    text = ("The meeting drew speakers such as Tom van Reed (creator of Millpy, 2006), Ann Colé (One Mill per "
            "Child, 2007), Jo Ames (Google, 2008), and Kit Marlow (Google Research, 2009).")
    assert find_citations(text) == []
    # one name alone before a group is no such list: the group cites
    assert [c.text for c in find_citations("The drought was mapped by the Drought Monitor (Svoboda et al., 2002).")] \
        == ["(Svoboda et al., 2002)"]


def test_a_bills_number_in_brackets_is_no_authors_year():
    # "introduced a bill (H. R. 1689) to tax …": initials alone are no author
    assert find_citations("Mr. Reed introduced a bill (H. R. 1689) to tax the mills, and (S. 1719) and "
                          "(H.R. 1728) too.") == []
    assert [c.author for c in find_citations("The mills were taxed (Reed 1689).")] == ["Reed"]


def test_authors_whose_names_open_with_an_accented_capital_are_cited():
    # "(McKenzie and Özler 2020)", "Łukasz (2019)"
    assert [c.text for c in find_citations("The mills held (Reed and Özler 2020). As Łukasz (2019) showed, "
                                           "they did.")] == ["(Reed and Özler 2020)", "Łukasz (2019)"]


def test_a_source_in_square_brackets_set_off_by_dashes_inside_the_sentence():
    # Cotton's Montaigne: "as the ancient said,--[Cicero, Pro Ligar.\nc. 12.]--I should …"
    text = ("I the less remember the injuries I have received; insomuch that, as the ancient said,--[Tully, Pro Mill.\n"
            "c. 12.]--I should have a register of injuries, as Darius had,--[Herod., v.\n105.]--and then the mills.")
    found = [(c.text, c.title, c.rule) for c in find_citations(text)]
    assert found == [("[Tully, Pro Mill.\nc. 12.]", "Tully, Pro Mill. c. 12", "dashed-bracketed-source"),
                     ("[Herod., v.\n105.]", "Herod., v. 105", "dashed-bracketed-source")]
    # an editor's word in brackets between dashes, no source: none
    assert find_citations("the miller,--[the elder, that is,]--came down to the mill in the rain.") == []


def test_a_communication_named_with_its_sender_is_a_source():
    text = ("She made them from childhood, forty thousand a year (Communication from Mrs. Ann Reed). "
            "The molds came from the mill (Personal letter from Dr. Tom G. Lund of Otley, and his son).")
    assert [(c.text, c.title, c.rule) for c in find_citations(text)] == [
        ("(Communication from Mrs. Ann Reed)", "Communication from Mrs. Ann Reed", "communication-from"),
        ("(Personal letter from Dr. Tom G. Lund of Otley, and his son)",
         "Personal letter from Dr. Tom G. Lund of Otley, and his son", "communication-from")]
    # a letter from a place, in small letters, is none: "(a letter from the mill)"
    assert find_citations("They wrote back at once (a letter from the mill) and said so.") == []
    # the letter's addressee first, then its sender
    letter = "(letter to Tom Reed, Governor of Mills, from Ann S. Cole, Secretary, Mill Company, Inc.)"
    assert [(c.text, c.title, c.rule) for c in find_citations(f"The eagles came {letter} that year.")] == [
        (letter, letter[1:-2], "communication-from")]


def test_a_bodys_unpublished_records_are_a_source():
    # "(unpublished records of the Aleutian Islands National Wildlife Refuge)"
    records = "(unpublished records of the Riverton Mill Company)"
    assert [(c.text, c.title, c.rule) for c in find_citations(f"The mills failed {records} in 1930.")] == [
        (records, records[1:-1], "unpublished-records")]
    assert find_citations("The mills failed (unpublished, as it happens) in 1930.") == []


def test_a_newspapers_day_and_a_possessive_work_sent_to_by_see():
    # "(see the Morning Chronicle of May 26,)", "(see Sir John Sinclair's History of the Revenue,
    # page 6 of the Appendix,)": an old pamphlet's sources in brackets
    text = ("Mr. ADAM, in his Speech, (see the Mill Chronicle of May 26,) says so. The list alone, "
            "(see Sir Tom Reed's\nHistory of the Mills, page 6 of the Appendix,) is long.")
    assert [(c.text, c.rule, c.title, c.author) for c in find_citations(text)] == [
        ("(see the Mill Chronicle of May 26,)", "periodical-day", "Mill Chronicle", None),
        ("(see Sir Tom Reed's\nHistory of the Mills, page 6 of the Appendix,)", "see-possessive-title-page",
         "History of the Mills", "Sir Tom Reed")]
    # a thing of a day, no paper: none
    assert find_citations("the feast (the Fair of May 26) came round again") == []


def test_a_page_line_closing_a_reviews_extract_in_verse():
    # "    Yet remains ?—a dark eternity!" / "    Pp. 5,6.": the pages of the book under review
    for line, pages in (("Pp. 5,6.", ("5", "5")), ("Pp.7,8", ("7", "7")), ("Pp 14,15", ("14", "14")),
                        ("Pp. 8-10", ("8", "10"))):
        text = f"    If lost the mill which empires could not buy,\n    Yet turns the wheel!\n    {line}"
        assert [(c.text, c.rule, c.pages) for c in find_citations(text)] == [
            (line, "page-line-closing-extract", pages)]
    # a wrapped note's last line, "p." in small letters, is its sentence's
    assert [c.rule for c in find_citations("See the Papers of the Mill, notes on\np. 169.")] != [
        "page-line-closing-extract"]
