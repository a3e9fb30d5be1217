# SPDX-License-Identifier: MIT
"""Rule "quotations": marks, apostrophes, nesting, run-on paragraphs, supplied marks."""

import pytest

from edition.markup.quotes import Unit, parse_quotations, tokenize


def units(*paragraphs):
    return [Unit(p, 0, len(p)) for p in paragraphs]


def spans(*paragraphs):
    """(depth, quoted text with supplied marks in brackets) for every quotation part."""
    us = units(*paragraphs)
    out = []
    for q in parse_quotations(us):
        for part in q.parts:
            text = us[part.unit].text[part.start:part.end]
            out.append((q.depth, f"[{part.supplied_start}]" * bool(part.supplied_start) + text
                        + f"[{part.supplied_end}]" * bool(part.supplied_end)))
    return out


@pytest.mark.parametrize("text", ["Trotsky’s works", "the 1930’s", "I’ll go", "don't", "1930's",
                                  "rock ’n’ roll", "'T is true, a fortnight passed. 'T was so.",
                                  "’T was long ago.",
                                  # a dialect's dropped h
                                  "'E isn't even goin' to put 'er name to it. 'Owever, 'e's 'ome.",
                                  # after a plain text's italics, between underscores or stars
                                  "A pleasant visit brought to an end the _Spray_’s stay.",
                                  "The *Spray*'s stay ended.",
                                  # "until", "against", "beneath" elided, as old print spells them
                                  "the horse-race, 'till a few years ago. The bells.--'Till within these "
                                  "few years, we were struck with it; 'gainst the wall, 'neath the tower."])
def test_apostrophes_are_not_quotation_marks(text):
    assert spans(text) == []


def test_a_decade_without_its_century_is_no_quotation():
    # "in the 'forties of the nineteenth century": an elision, though a quotation's mark follows
    assert spans("in the 'forties of the century, when 'the mill' was new") == [(0, "'the mill'")]
    assert spans("in the ‘sixties the mill was rebuilt, and ‘the weir’ too") == [(0, "‘the weir’")]


def test_curly_nested_quotations():
    assert spans("He wrote ‘the “theory” of it’ once.") == [
        (0, "‘the “theory” of it’"), (1, "“theory”")]


def test_straight_quotes_nested_and_with_apostrophes():
    assert spans('She said "it\'s the \'best\' day" and left.') == [
        (0, '"it\'s the \'best\' day"'), (1, "'best'")]


def test_a_paragraph_curled_by_halves_pairs_its_straight_and_curly_double_marks():
    assert spans('"I am not willing to give up the mill,” Tom said. “So I stopped choosing."') == [
        (0, '"I am not willing to give up the mill,”'), (0, '“So I stopped choosing."')]
    # a straight quotation inside a curly one is still its own
    assert spans('“He said "no" to me.”') == [(0, '“He said "no" to me.”'), (1, '"no"')]


def test_closing_mark_after_a_word_ending_in_s_apostrophe():
    assert spans("the ‘Andreyeva’s article’.") == [(0, "‘Andreyeva’s article’")]


def test_run_on_quotation_across_paragraphs():
    result = spans("‘First part.", "‘Second part.", "‘Last part.’", "Narrative.")
    assert result == [(0, "‘First part."), (0, "‘Second part."), (0, "‘Last part.’")]


def test_a_block_quotation_runs_on_into_its_next_paragraph_without_re_opening():
    def set_off(*paragraphs):
        us = [Unit(p, 0, len(p), set_off=True) for p in paragraphs]
        return [[(part.unit, part.supplied_start, part.supplied_end) for part in q.parts]
                for q in parse_quotations(us)]
    # one quotation over both paragraphs, no mark supplied
    assert set_off("“The North is offended.", "Steinberg has not talked publicly.”") == [
        [(0, None, None), (1, None, None)]]
    # a psalm's stanzas: the first opens, the last closes, those between have no mark
    assert set_off("“My Shepherd is the living Lord,", "He shall convert and glad my soul,",
                   "For there His guiding rod and staff\nDefend and comfort me.”") == [
        [(0, None, None), (1, None, None), (2, None, None)]]
    # a paragraph of the text between: the marks are supplied, as before
    assert spans("“The North is offended.", "Steinberg has not talked publicly.”") == [
        (0, "“The North is offended.[”]"), (0, "[“]Steinberg has not talked publicly.”")]


def test_missing_closing_mark_is_supplied_at_paragraph_end():
    assert spans("As he reported, ‘Intended for hours.", "Next paragraph.") == [
        (0, "‘Intended for hours.[’]")]


def test_missing_closing_mark_goes_before_a_closing_citation():
    assert spans("‘The meaning was dark. (Page 98)") == [(0, "‘The meaning was dark.[’]")]


def test_missing_opening_mark_is_supplied_after_the_colon():
    assert spans("Plimak had this to say: I consider him no simple figure.’") == [
        (0, "[‘]I consider him no simple figure.’")]


def test_missing_opening_mark_without_colon_opens_the_paragraph():
    assert spans("… The young bureaucracy grew.’ (Op. Cit. page 90)") == [
        (0, "[‘]The young bureaucracy grew.’")]


def test_missing_opening_mark_never_opens_before_a_whole_quotation_of_its_kind():
    # nor before the words the paragraph quotes so elsewhere: the "Mormon" it quoted before
    assert spans("The “Mill” Church is a bloody church; the people called “Millers,” whose business "
                 "it is to kill any person, Mill” or Gentile, who comes.") == [
        (0, "“Mill”"), (0, "“Millers,”"), (0, "[“]Mill”")]
    assert spans("The people called “Millers,” whose business it is to kill. Any person” came.") == [
        (0, "“Millers,”"), (0, "[“]whose business it is to kill. Any person”")]


def test_a_straight_mark_after_a_comma_and_before_a_space_opens_when_none_is_open():
    assert spans('Cole said," [the miller] liked the way the wheel turned". She left.') == [
        (0, '" [the miller] liked the way the wheel turned"')]
    assert spans('"The wheel turned," Cole said, "and then it stopped."') == [
        (0, '"The wheel turned,"'), (0, '"and then it stopped."')]


def test_unclosed_inner_quotation_is_closed_before_the_outer_one():
    assert spans("‘He said “stop now.’ Then") == [(0, "‘He said “stop now.’"), (1, "“stop now.[”]")]


def test_warnings_carry_positions():
    us = units("As he reported, ‘Intended for hours.")
    (q,) = parse_quotations(us)
    assert q.warnings == [(0, len(us[0].text), "quotation has no closing mark; supplied ’ here")]


def test_tokens():
    roles = [(t.mark, t.role) for t in tokenize("‘a’ b’s “c”", 0, 11)]
    assert roles == [("‘", "open"), ("’", "close"), ("’", "apostrophe"), ("“", "open"), ("”", "close")]


def test_a_year_with_its_century_left_out_is_no_closing_mark():
    text = "the Constitution of ’65 and the black code of ’66, and the ’90s"
    assert [t.role for t in tokenize(text, 0, len(text))] == ["apostrophe"] * 3
    assert parse_quotations(units(text)) == []


def test_a_grave_accent_opens_a_quotation_and_is_an_apostrophe_between_letters():
    from edition.encoder import encode_source
    from edition.text.source import decode_source
    text = ("A Title Here\n\nBy Ann Writer\n\nThe so-called `scientific' reason was `the law of "
            "history’ decided. They can`t see it.\n")
    root = encode_source(decode_source(text.encode(), "grave.txt")).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert ["".join(q.itertext()) for q in root.iterfind(".//t:body//t:q", ns)] == [
        "`scientific'", "`the law of history’"]


def test_epigraphs_each_closed_by_its_attribution_are_quotations_of_their_own():
    from edition.encoder import encode_source
    from edition.text.source import decode_source
    body = "The author writes a paragraph of ordinary prose here, long enough to count as one."
    text = "\n\n".join([
        "A Title Here", "By Ann Writer",
        "      All that exists is One. People only call this One by different names.\n"
        "                              THE VEDAS.",
        "      God is love, and he that abideth in love abideth in God, and God in him.\n"
        "                              I JOHN iv. 16.",
        body, body, body])
    root = encode_source(decode_source(text.encode(), "epigraphs.txt")).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    quotes = root.findall(".//t:body//t:quote[@rend='indent']", ns)
    assert len(quotes) == 2
    for quote in quotes:  # each points at its attribution
        bibl = quote.find(".//t:bibl", ns)
        assert quote.get("source") == "#" + bibl.get("{http://www.w3.org/XML/1998/namespace}id")


def test_extracts_each_closed_by_a_dash_and_its_authors_name_are_quotations_of_their_own():
    # "… pure works of art.--Prof. Lounsbury." closes one critic's words; the next block is another's
    from edition.encoder import encode_source
    from edition.text.source import decode_source
    body = "The author writes a paragraph of ordinary prose here, long enough to count as one."
    text = "\n\n".join([
        "A Title Here", "By Ann Writer", body,
        "          The defects in both of these tales are comparatively slight.\n"
        "          They were pure works of art.--Prof. Tom Lounsbury.",
        "          The five tales reveal an extraordinary fulness of invention.\n"
        "          One of the very greatest characters in fiction.--Prof. Ann Matthews.",
        body, body])
    root = encode_source(decode_source(text.encode(), "extracts.txt")).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert len(root.findall(".//t:body//t:quote[@rend='indent']", ns)) == 2


@pytest.mark.parametrize("text", [
    "I see by his eye he judged he had 'em. He had already won two tricks.",
    "Mr. and Mrs. A. P. C. came to dinner. The C.'s were very bright people.",
    # a name left out in dashes, its possessive after them
    "There was something painful to me in ----'s standing while we all knelt on the earth.",
    # a curly possessive after an abbreviation's stop
    "To make the distinction between Reed et al.\u2019s framework and ours clear, we use other terms.",
])
def test_straight_elisions_and_possessives_of_initials_are_no_quotations(text):
    from edition.markup.quotes import Unit, parse_quotations
    assert parse_quotations([Unit(text, 0, len(text))]) == []


def test_attribution_lines_are_the_sources_of_the_extracts_beside_them(tmp_path):
    # rule "attribution-lines" through the encoder: a bibl of its own, the quotation's @source
    from edition.encoder import encode_source
    from edition.editorial import Editorial
    from edition.text.source import Source

    body = "The author writes a paragraph of ordinary prose here, long enough to count as one."
    text = "\n\n".join(["The two may be compared:",
                        "    OSSIAN.\n    O thou that rollest above, round as the shield.",
                        "    WALT WHITMAN.\n    Thou orb aloft full-dazzling, thou hot noon!",
                        body, "So says the book:", "      " + body,
                        "                              THE OLD BOOK.", body])
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    root = encode_source(Source(path=path, text=text, sha256="0" * 64), Editorial()).tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    quotes = root.xpath("//t:body//t:quote", namespaces=ns)
    assert ["".join(q.itertext()).split()[0] for q in quotes] == ["O", "Thou", "The"]
    for q, name in zip(quotes, ["OSSIAN.", "WALT WHITMAN.", "THE OLD BOOK."]):
        bibl = root.xpath("//t:bibl[@xml:id=$id]", id=q.get("source")[1:], namespaces=ns)
        assert [b.text for b in bibl] == [name]


def test_a_straight_single_mark_glued_to_a_name_and_never_closed_is_an_elided_name():
    # '"prodigals and raw souls," as 'Siah said, …, as Uncle Sam remarked, "they say …"': where the
    # text quotes with double marks, 'Siah is Josiah cut short; the quotation inside stays, a level up
    assert spans('The new members, "prodigals and raw souls," as \'Siah said, came. As Uncle Sam '
                 'remarked, "they say there is joy."') == [(0, '"prodigals and raw souls,"'),
                                                           (0, '"they say there is joy."')]
    # a single-marked quotation the text never closes, where it quotes with single marks, is one
    assert spans("He said, 'Come home now.") == [(0, "'Come home now.[']")]


def test_a_quotation_re_opened_line_by_line_is_one_quotation_nested_in_nothing():
    letter = "\n".join(["“Write to me soon and often. Julia wears black. I had forgotten to"]
                       + [f"“answer that part of your letter, line {n} of it," for n in range(40)]
                       + ["“Your affectionate Brother.”"])
    assert spans(letter) == [(0, letter)]
    # a line opening with a mark after a line that did not is a quotation of its own
    text = "and Rome—oh, the people were like heathens there, \"\n\"And England——?\" \"There is none.\""
    assert (1, '"And England——?"') in spans(text)
