# SPDX-License-Identifier: MIT
"""Rule "speech-and-writing" on small texts, through the whole encoder."""

from pathlib import Path

import pytest
from lxml import etree

from edition.editorial import load_editorial
from edition.encoder import encode_source
from edition.text.source import Source

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
REGISTER = """
[[person]]
id = "ann"
name = "Ann Smith"
forms = ["Ann Smith", "Smith"]

[[person]]
id = "bob"
name = "Bob Jones"
forms = ["Jones"]
"""


def encode(tmp_path, text, editorial=REGISTER):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    ed = tmp_path / "article.toml"
    ed.write_text(editorial, encoding="utf-8")
    source = Source(path=path, text=text, sha256="0" * 64)
    return encode_source(source, load_editorial(ed))


def quotes(result):
    return [(etree.QName(e).localname, e.get("who"), "".join(e.itertext()).strip())
            for e in result.tree.getroot().xpath("//t:body//t:said|//t:body//t:quote|//t:body//t:q",
                                                 namespaces=NS)]


def _speakers(result, n: int) -> list[tuple[str | None, str]]:
    """Each ``said``: the name of its speaker's register entry (None without ``@who``) and its
    first ``n`` characters."""
    root = result.tree.getroot()
    names = {p.get(XML_ID): p.findtext("{http://www.tei-c.org/ns/1.0}persName")
             for p in root.xpath("//t:person", namespaces=NS)}
    return [(names.get(who[1:]) if who else None, words[:n]) for tag, who, words in quotes(result)
            if tag == "said"]


@pytest.mark.parametrize("lead_in", ["Smith had this to say: ", "Smith commented: ",
                                     "Smith replied, ", "Smith says, ", "Smith said that "])
def test_speech_verbs_make_said_with_who(tmp_path, lead_in):
    result = encode(tmp_path, f"{lead_in}‘We will win this fight in the end.’")
    assert quotes(result) == [("said", "#ann", "‘We will win this fight in the end.’")]


def test_explained_is_speech_unless_a_citation_follows(tmp_path):
    spoken = encode(tmp_path, "Smith explained: ‘we shall go on to the end of it.’")
    written = encode(tmp_path, "Smith explained: ‘we shall go on to the end of it.’ (page 4, A Book)")
    assert quotes(spoken)[0][:2] == ("said", "#ann")
    assert quotes(written)[0][:2] == ("quote", None)
    cit = written.tree.getroot().xpath("//t:cit", namespaces=NS)[0]
    assert [etree.QName(c).localname for c in cit] == ["quote", "bibl"]


def test_pronoun_takes_the_person_in_view(tmp_path):
    result = encode(tmp_path, "Jones came late. He said, ‘The train was slow again today.’")
    assert quotes(result)[0][:2] == ("said", "#bob")


def test_scare_quotes_and_named_phrases_are_q(tmp_path):
    result = encode(tmp_path, "The ‘blank spots’ remain. Smith answered the question ‘Could you "
                              "please say a few words about yourself today?’ with a smile.")
    assert [q[0] for q in quotes(result)] == ["q", "q"]


def test_a_name_defined_in_brackets_is_a_phrase(tmp_path):
    # a report's short name for a title, alone in brackets, after a verb of saying in the title
    result = encode(tmp_path, "See Smith Announces the Survey of the Mills of the Valley "
                              "(Dec. 21, 2013) (“Dec. 21 Smith Announcement”), at 4. The Board "
                              "adopted it (the “Survey Act”) in the spring.")
    assert quotes(result) == [("q", None, "“Dec. 21 Smith Announcement”"), ("q", None, "“Survey Act”")]


def test_interrupted_quotation_is_linked(tmp_path):
    result = encode(tmp_path, "Jones spoke. ‘It pains my ears’, he said, ‘when they call it a mistake.’")
    root = result.tree.getroot()
    first, second = root.xpath("//t:said", namespaces=NS)
    assert first.get("next") == "#" + second.get("{http://www.w3.org/XML/1998/namespace}id")
    assert second.get("prev") == "#" + first.get("{http://www.w3.org/XML/1998/namespace}id")
    assert first.get("who") == second.get("who") == "#bob"


def test_a_longer_reporting_clause_interrupts_speech_that_goes_on_in_lower_case(tmp_path):
    # '“…,” said the old lady, addressing the company …; “it mak’s a body …”': one speech
    result = encode(tmp_path, "Jones came in. \u201cPerhaps Mr Lloyd, the chemist, could oblige you,\u201d he "
                              "said, with the stiffness of one of his own swing-door hinges and the "
                              "chemist\u2019s manner; \u201cbut there isn\u2019t such a cob in the town.\u201d")
    first, second = result.tree.getroot().xpath("//t:said", namespaces=NS)
    assert first.get("next") == "#" + second.get("{http://www.w3.org/XML/1998/namespace}id")
    # a verb of writing there too
    result = encode(tmp_path, "Jones came in. \u201cIn his camp,\u201d as one has recently written, and as I have "
                              "myself heard him state many times over the years, \u201che permitted no "
                              "swearing at all.\u201d")
    first, second = result.tree.getroot().xpath("//t:said|//t:quote", namespaces=NS)
    assert first.get("next") == "#" + second.get("{http://www.w3.org/XML/1998/namespace}id")
    # a capital after it: another passage, however the clause reads
    result = encode(tmp_path, "Jones came in. \u201cPerhaps Mr Lloyd, the chemist, could oblige you,\u201d he "
                              "said, with the stiffness of one of his own swing-door hinges and the "
                              "chemist\u2019s manner; \u201cBut there isn\u2019t such a cob in the town.\u201d")
    first, second = result.tree.getroot().xpath("//t:said", namespaces=NS)
    assert first.get("next") is None


def test_a_cry_after_words_that_tell_of_it_is_quoted_words_not_a_phrase(tmp_path):
    text = ('Then followed cries of "Kill the miller!" from the crowd. The last cart came in, '
            'Tom called "All right!" and the wheel began to turn.')
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] in (["said", "said"], ["said", "quote"])
    # an exclamation woven into the author's sentence with no such word stays a phrase
    text = 'The mood went from "This is worthless" to "Wow, this is great!" in a year.'
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "q"]


@pytest.mark.parametrize("text", [
    # a sentence quoted whole after a hyphen printed for a dash
    "Ann heard her through, and after a moment's hesitation, answered, in tones of deep "
    "determination-'I'll have my mill again.' Then she went home.",
    # short speech after an inverted verb and its subject
    "I said that I would give them nothing. Says the elder, \"Let's away,\" and away they flew.",
    # an old spelling of a verb of saying
    "I was spoken to by a lady who was quite a stranger. She then ask\u2019d \u201cwhat is your name miss?\u201d",
])
def test_speech_set_off_by_a_dash_an_inverted_verb_or_an_old_spelling(tmp_path, text):
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_a_name_with_a_quoted_nickname_leads_in_the_next_paragraphs_speech(tmp_path):
    text = ("The resolutions were adopted.\n\nR. S. Haslan, \u201cPony Bob,\u201d said last night "
            "regarding the charges:\n\n\u201cThe colonel is at North Platte. There is no truth in it.\u201d")
    found = [q[:2] for q in quotes(encode(tmp_path, text, ""))]
    assert found[-1] == ("said", "#person-r-s-haslan")
    assert found[0] == ("q", None)  # the nickname: a phrase, no speech


def test_a_possessive_opening_the_sentence_names_no_speaker(tmp_path):
    text = ("We read it to My Cousin Jane. In entered a square old gentleman. He seated himself. My "
            "mother asked if he had any message for my father? \u201cNo, none.\u201d")
    assert [q[1] for q in quotes(encode(tmp_path, text, ""))] == [None]


def test_two_speakers_each_named_before_their_words_are_no_interruption(tmp_path):
    text = ("About three months ago, when Bill Cole said, \u201cSurely, Jane, I cannot stand this,\u201d Tom "
            "Wadden said, \u201cLet him come out here, I will see to him.\u201d")
    first, second = quotes(encode(tmp_path, text, ""))
    assert first[1] != second[1] and first[1] and second[1]


def test_words_said_to_one_and_the_answer_after_them_are_two_speeches(tmp_path):
    # 'on its being remarked, "…;" she replied, "…"': the first are another's, put to her
    text = ("Mary Cole was sinking fast. On the verse being repeated to her, “The crown is nearly "
            "won;” she emphatically replied, “Oh, I wish it were on!”")
    root = encode(tmp_path, text, "").tree.getroot()
    parts = root.xpath("//t:body//*[self::t:said or self::t:quote]", namespaces=NS)
    assert len(parts) == 2 and not any(p.get("next") or p.get("prev") for p in parts)
    # so with no verb of saying before the first: "on being reminded of that verse, “…,” she said, “…”"
    text = ("Mary Cole was sinking fast. On being reminded of that verse of Scripture, \u201cThy rod "
            "and thy staff they comfort me,\u201d she said, \u201cHe has been my staff.\u201d")
    root = encode(tmp_path, text, "").tree.getroot()
    parts = root.xpath("//t:body//*[self::t:said or self::t:quote or self::t:q]", namespaces=NS)
    assert len(parts) == 2 and not any(p.get("next") or p.get("prev") for p in parts)
    # told as one speech interrupted, the parts stay one passage
    root = encode(tmp_path, "Mary Cole was sinking fast. “The crown is nearly won,” she said, "
                            "“I wish it were on!”", "").tree.getroot()
    assert root.xpath("//t:body//t:said[@next]", namespaces=NS)


def test_titles_listed_back_to_back_the_first_a_question_are_no_question_and_answer(tmp_path):
    # 'novels, amongst which were "Under which Lord?" "Patricia Kemball," "The True Story …,"'
    text = ("Ann Cole wrote fifteen novels, amongst which were \u201cUnder which Mill?\u201d \u201cPatricia "
            "Reed,\u201d \u201cThe True Story of Tom Lund,\u201d and \u201cThe Weir.\u201d This last is the best.")
    assert not [q for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"]
    # a question and its answer back to back stay turns of speech
    text = "Ann Cole came in. \u201cWhere did you find the mill?\u201d \u201cIn the valley.\u201d"
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said", "said"]


def test_a_question_named_as_a_papers_title_is_a_title(tmp_path):
    text = ("Prof. Ann Cole, of Leeds, read a paper entitled: \u201cFor What are We Sent?\u201d Tom Reed "
            "read a paper on the mills.")
    result = encode(tmp_path, text, "")
    assert quotes(result) == []
    assert result.tree.getroot().xpath("string(//t:body//t:title)", namespaces=NS) == "\u201cFor What are We Sent?\u201d"
    # the question itself, asked, stays speech
    text = "Prof. Ann Cole, of Leeds, asked: \u201cFor What are We Sent?\u201d Tom Reed read a paper on the mills."
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_words_and_the_answer_upon_which_another_spoke_are_no_interruption(tmp_path):
    # '…to which he replied, "No, I do not serve …," upon which Washington said "that …"'
    text = ("General Tom Cole offered Mr. Reed a reward in money, to which he replied, \u201cNo, I do not "
            "serve my country for money,\u201d upon which Cole said \u201cthat he was a true patriot.\u201d")
    root = encode(tmp_path, text, "").tree.getroot()
    assert not root.xpath("//t:body//*[@next or @prev]", namespaces=NS)


def test_a_question_asked_in_the_authors_sentence_opening_with_if_is_a_phrase(tmp_path):
    text = ("When the mill burned, Mrs. Ann Cole quietly reminded her of her prophecies and asked "
            "\u201cif this was the stroke?\u201d")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("q", None)]
    # asked in words of their own, it is speech
    text = "When the mill burned, Mrs. Ann Cole asked, \u201cIs this the stroke you foretold?\u201d"
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_a_new_sentence_between_two_quotations_is_no_interruption(tmp_path):
    # '“…?” And I said, “…”': two speakers, two speeches, not one interrupted by "And I said"
    result = encode(tmp_path, "Dave Cole came too. Dave turned to me and said, “Do you want to "
                              "build a mill with me?” And I said, “Yes! That sounds amazing to me.”", "")
    root = result.tree.getroot()
    first, second = root.xpath("//t:said", namespaces=NS)
    assert first.get("next") is None and second.get("prev") is None
    assert first.get("who") == "#person-dave" and second.get("who") is None
    # a new sentence, a capital after it: two passages
    result = encode(tmp_path, "I would return them, saying, “I cannot read them, sir.” “Can you not?” he "
                              "replied; “then I must read them to you.” He always finished the reading "
                              "by asking, “Do you understand?”", "")
    said = result.tree.getroot().xpath("//t:said", namespaces=NS)
    assert said[-1].get("prev") is None and said[-2].get("next") is None
    # a new sentence leading in with a colon: two passages too
    result = encode(tmp_path, "They asked, “Why play another kind of sound so soon?” As they told "
                              "Amiot many years ago: “Our music goes through the ear to the heart.”", "")
    first, second = result.tree.getroot().xpath("//t:said", namespaces=NS)
    assert first.get("next") is None and second.get("prev") is None
    # ... or with a dash: two passages of a writer quoted
    result = encode(tmp_path, "Mr. Reed well observes--\"Though the best miller of his day, he had none "
                              "of the airs of milling.\" He continues--\"He was a proud man; not a proud "
                              "miller, or baker.\" His was the pride of ancestry.", "")
    quoted = result.tree.getroot().xpath("//t:quote|//t:said", namespaces=NS)
    assert len(quoted) == 2 and quoted[0].get("next") is None and quoted[1].get("prev") is None


def test_words_woven_into_the_authors_sentence_are_no_interrupted_speech(tmp_path):
    text = ("Here is the right of all men, and “consequently,” as the old preacher said, “of all "
            "women,” to a voice. We saw the “star in the east” which announced the birth, and the "
            "“light from heaven” over the road.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "q", "q", "q"]
    # a sentence of its own is quoted words, even where it seems to run on from the author's
    text = "I had gained five hours, almost half a day “Five hours to myself!” I said, “five huge hours!”"
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said", "said"]


def test_words_reported_after_that_stay_woven_in_over_several_sentences(tmp_path):
    text = ("Reed’s description of the mill says that “the wheel turns on the north side of a brook. "
            "Over it is the following inscription: Rota molendini, A.D. 1726.” The wheel is gone.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("q", None)]
    # with a reference after it, a work quoted
    text = ("Reed explains that ‘had the miller lived longer, the wheel would have turned. But as "
            "early as 1926 the mill was sold.’ (Page 94)")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["quote"]
    # set off by a colon, several sentences are quoted words
    text = ("Reed’s description of the mill says: “The wheel turns on the north side of a brook. "
            "Over it is the following inscription.” The wheel is gone.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] != ["q"]


def test_the_subject_set_off_by_a_comma_is_the_speaker_not_the_last_name_before_the_verb(tmp_path):
    # (in his speech: spoken; "in his report" makes the words written, see
    # test_a_writers_own_report_named_before_the_verb_however_far_makes_the_words_written)
    text = ("Luther Martin, in his speech to the Legislature on the report that startled Tom Reed, "
            "said: “Those who advocated the equality of suffrage took the matter up.”")
    assert quotes(encode(tmp_path, text, ""))[0][:2] == ("said", "#person-luther-martin")


@pytest.mark.parametrize("office, who", [("President J. M. GRANT", "#person-j-m-grant"),
                                         ("President J. M.", None)])
def test_a_surname_in_capitals_after_initials_is_part_of_the_name(tmp_path, office, who):
    # (initials alone after an office name no one: never a name cut in half)
    text = f"{office}, in a sermon delivered in 1856, said: “We have women here who like anything but the law.”"
    assert quotes(encode(tmp_path, text, ""))[0][:2] == ("said", who)


@pytest.mark.parametrize("work, tag", [("Speech of Mr. Reed, House of Delegates, Va., 1832.", "said"),
                                       ("Reed, Mills of the Valley, 1832.", "quote")])
def test_words_of_an_author_whose_cited_work_is_a_speech_are_spoken(tmp_path, work, tag):
    # an author's words quoted are his writing where the text cites a work of his, but not
    # where that work is a speech
    text = (f"The mills were closed by the law. ({work}) The millers were never asked. "
            "“I think I may safely assert,” says Mr. Reed, “that the mills were the valley's life.”")
    assert quotes(encode(tmp_path, text, ""))[0][0] == tag
def test_a_verb_of_saying_before_a_colon_after_a_quotation_leads_in_what_follows(tmp_path):
    # '”. Mr. Cole says: He saw her …' under an extract: no attribution of the words before,
    # which keep their own lead-in (Smith's)
    text = ("Mr. Smith, of Portland, says:\n\n    “She was the bravest of them all, and she got out by herself "
            "before the fire.” Mr. Cole says: He saw her standing on the ice.\n\nThe ice held.")
    said = [q for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"]
    assert [q[1] for q in said] == ["#person-smith"]


def test_a_body_is_no_speaker(tmp_path):
    text = ("In noticing the doings of another Convention, he thus congratulates himself on the "
            "liberty which the cause concedes to all:— “Denied a chance to speak elsewhere, they come here.”")
    assert quotes(encode(tmp_path, text, ""))[0][1] is None


def test_what_follows_a_verb_of_saying_is_said(tmp_path):
    for lead in ("Smith tells me the following: ", "Smith concluded as follows:— "):
        result = encode(tmp_path, lead + "“On a recent visit to the mill I counted the wheels.”")
        assert quotes(result)[0][:2] == ("said", "#ann")
    # "as follows" alone is writing, as before
    assert quotes(encode(tmp_path, "The rule reads as follows: “Every mill shall count its wheels.”"))[0][0] == "quote"


def test_a_forename_the_text_prints_in_a_full_name_is_a_speaker(tmp_path):
    # one word away from the verb names a speaker only where the text shows it is a name
    said = "Jane said nothing. Later Maple turned to me and said, “We will win this fight in the end.”"
    assert quotes(encode(tmp_path, "Maple Cole came. " + said, ""))[0][:2] == ("said", "#person-maple")
    assert quotes(encode(tmp_path, "Maple Street was quiet. " + said, ""))[0][:2] == ("said", None)


def test_a_title_in_place_of_a_name_is_the_one_person_the_text_gives_it(tmp_path):
    text = ("We met Colonel Hart and his manager, Major John Reed, at the fort.\n\n"
            "“Now,” said the colonel, “what do you want to know about the horses?”\n\n"
            "The major shook his head. The colonel said, “They are the finest in the county.”\n\n"
            "“It will rain before noon, and the roads will close,” the major added.")
    who = [q[1] for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"]
    assert who == ["#person-hart"] * 3 + ["#person-john-reed"]  # the first speech in two parts
    # the title capitalised, the sentence's subject further from the verb
    text = ("President Hayes spoke after General Reed.\n\nThe President looked at him curiously for "
            "a moment, and then said: “Can you wait a few minutes for the copy?”")
    assert [q[1] for q in quotes(encode(tmp_path, text, ""))] == ["#person-hayes"]
    # a title two people bear stands for neither; a listener is no speaker
    text = ("General Lee and General Grant met at the court house.\n\n"
            "“The war is over, and the men may go home now,” said the general.\n\n"
            "Colonel Hart rode up. I told the colonel, “The men are waiting for you at the river.”")
    assert [q[1] for q in quotes(encode(tmp_path, text, ""))] == [None, None]


def test_a_title_over_initials_alone_stands_for_no_one(tmp_path):
    # "Captain T.", a wrapped "Captain T. G." cut at its line's end: "the captain" is no "T."
    text = ("The ship was hailed at dusk. “Who commands?” “Captain T.\nG.” was the answer.\n\n"
            "The captain then said, “We are bound for the south and shall not stop.”")
    assert "#person-t" not in [q[1] for q in quotes(encode(tmp_path, text, ""))]
    # a doctor named by his initial and another by his name: "the Doctor" is neither
    text = ("We came upon the camp. \u201cWe must stop here,\u201d said Dr. C. \u201cThey don't let you ride in.\u201d\n\n"
            "Just then there came a crashing report. \u201cThey have been keeping that up all night,\u201d said "
            "the Doctor.\n\nAfter the party was off, we received Dr. Tripler, who dined with us.")
    assert "#person-tripler" not in [q[1] for q in quotes(encode(tmp_path, text, ""))]


def test_a_capitalised_word_after_the_same_names_no_speaker(tmp_path):
    # "on the same Date in the Hub:", the print's capital: a day, not a person who said it
    text = ("Worse was an editorial appearing on the same Date in the Valley Hub:\n\n"
            "“If the mill is left open to this menace, we will soon find ourselves at its mercy.”")
    assert "#person-date" not in [q[1] for q in quotes(encode(tmp_path, text, ""))]


def test_a_hail_and_its_answers_back_to_back_are_each_speech(tmp_path):
    # '"What ship?" "Doris." "Who commands?"': turns, however short, none the asker's
    text = ("At dusk the old miller called from the bank, \"What boat?\" \"Mary.\" \"Who steers?\" "
            "\"Captain Reed.\" \"Where bound?\" \"Down river.\" Then the boat went on.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)] * 6
    # words listed back to back with no question among them stay as they were
    text = "The signs read \"Mill Road\" \"Old Weir\" \"Ferry\" along the way."
    assert "said" not in [q[0] for q in quotes(encode(tmp_path, text, ""))]


def test_a_question_and_its_answer_back_to_back_are_each_speech_however_short(tmp_path):
    # '“Where did you find it?” “In the _Opium-eater_.”': the answer a turn of speech, though it
    # reads like a title's words
    text = ("“Whose is that?” I asked eagerly. “What is not Reed’s is Cole’s.” “Where did you find it?” "
            "“In the _Mill-wright_.” I remember cursing my memory because I had forgotten the passage.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))][-2:] == [("said", None), ("said", None)]
    # a two-word question is no talk's ('“Honest Indian?” “Talk enough …”' in a letter)
    text = "The signs read “Honest Miller?” “Old Weir Road” along the way."
    assert "said" not in [q[0] for q in quotes(encode(tmp_path, text, ""))]


def test_words_in_small_letters_after_as_one_says_go_on_with_the_authors_sentence(tmp_path):
    # 'appearing, as Mr. Reed says, "clear cut upon the water, …"': a phrase, no speech of Reed's
    text = ("The wheels appear double, a pair of fine lines exactly parallel and appearing, as Mr. "
            "Reed says, \"clear cut upon the water, its twin lines like the rails of a track.\" Both "
            "millers were surprised.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("q", None)]
    # a sentence of his own after it is his
    text = "The wheels turned, as Mr. Reed says, \"We never saw them turn so fast in all our years.\""
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] != ["q"]


def test_a_writer_says_in_the_present_in_a_text_that_cites_works(tmp_path):
    # notes citing authors: "Renan says, "…"" quotes his writing, no speech of his
    text = ("The mills of the valley are old.1 Of the mill Ernest Renan says, \"It is the great art of "
            "the valley to grind slowly and well.\" So it was.\n\n"
            "Notes\n\n1. Ann Cole, The Mills of the Valley (Leeds: Elm Press, 1880), p. 12.\n")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None)]
    # without works cited, a man who says so speaks
    text = "Of the mill Ernest Renan says, \"It is the great art of the valley to grind slowly and well.\""
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-ernest-renan")]


def test_an_inquest_witness_sworn_and_deposing_is_the_i_of_the_deposition(tmp_path):
    # "Ann Cole, being sworn, deposed—I am …, and I said, "…"": the witness's words
    text = ("Ann Cole, being sworn, deposed—I am a single woman, and live at the mill. When he came "
            "in late that night I said, \"Let me help you with the sacks.\" He would not.\n\n"
            "Tom Reed, miller, sworn and examined, deposed: I found the door open, and I called out, "
            "\"Who is there at this hour?\" Nobody answered.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", "#person-ann-cole"), ("said", "#person-tom-reed")]


def test_words_one_puts_in_a_work_named_in_marks_are_his_writing(tmp_path):
    # 'As Mr. Reed puts it in his "Four Lectures on Mills," "What is …"': the lecture's words
    text = ("As Mr. Reed puts it in his \"Four Lectures on Mills,\" \"What is it to be a miller? The "
            "river meant something when it made each one of us.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))][-1] == ("quote", None)


def test_a_sentence_after_words_naming_it_said_is_speech_in_the_authors_sentence(tmp_path):
    # 'She again repeated her question of "Is it true?" and I …': her words, not a phrase
    text = ("She again repeated her question of \"Is it true?\" and I again affected not to understand "
            "her at all.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]
    # words in the author's sentence with no such word before them stay a phrase
    text = "She again repeated that \"it is true\" and I again affected not to understand her."
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q"]


def test_says_one_in_his_book_after_the_name_marks_writing(tmp_path):
    # '"I have lived," says A. R. Cole in his _Mill Archipelago_ vol. ii. p. 460, "with …"': his
    # book's words; no speaker
    text = ("Of the valley men we know much. \"I have lived,\" says A. R. Cole in his _Mill Archipelago_ "
            "vol. ii. p. 460, \"with communities in the valley and the hills, who have no laws.\"")
    found = quotes(encode(tmp_path, text, ""))
    assert found[0][:2] == ("quote", None) and not [q for q in found if q[1]]


def test_says_according_to_his_memorandum_marks_writing(tmp_path):
    text = ("Mr. Warn says, according to his memorandum:\u2014\"On the 5th of September we encamped at the "
            "mill, and the next day we went on to the river.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None)]


def test_the_names_between_a_pronoun_that_opens_the_sentence_and_its_and_said_are_no_speakers(tmp_path):
    # "He then gave Captain Reed his watch, …, and said, "…"": he speaks, not Reed
    text = ("Whitworth fell on his knees. He then gave Captain Reed his watch, an envelope with some "
            "papers, and some money, and said, \"He has used me dreadfully these last days at the mill.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)]
    # a name that opens the sentence is its subject as before
    text = ("Whitworth fell on his knees. Captain Reed then gave him his watch, an envelope with some "
            "papers, and some money, and said, \"He has used me dreadfully these last days at the mill.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-reed")]
    # the pronoun opening the main clause after a clause naming the one he meets: "Meeting Mr.
    # Walter McFarlane in one of the houses …, he addressed him with a polite bow and said:--"
    text = ("The miller had left the mill. Meeting Mr. Tom Reed in one of the houses of the settlers, he "
            "addressed him with a polite bow and said:--\n\n\"Well, my man, you are a good-looking fellow.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)]


def test_quotations_listed_one_after_another_are_of_the_first_ones_kind(tmp_path):
    text = ("For a mill trained to say things, better statements might include “wheels turn in "
            "water”, “wheels are good for mills”, “many millers dislike rain”, and so on.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))][1:] == ["q", "q"]
    assert "said" not in [q[0] for q in quotes(encode(tmp_path, text, ""))]


def test_words_said_inwardly_are_speech(tmp_path):
    text = "When I was lifting him up he struggled, and I thought to myself “Oh, Bill, you are overcome.” He fell."
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_a_pronoun_subject_speaks_not_the_name_before_it(tmp_path):
    text = ("He spoke of the Border Ruffians, he said, rapidly paring away his speech, “They had a "
            "perfect right to be hung by the court.” He could meet more Border Ruffians than Free "
            "State men; for said he, “No little handful of men were willing to stand by us.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None), ("said", None)]


def test_a_transcripts_turns_set_off_together_are_one_quotation(tmp_path):
    prose = ("The committee heard the union's case in the spring, and the members asked who had\n"
             "written the bill that was before them.")
    turns = ["    MR. HALE: Who drew the bill?", "    MR. ROSS: Judge Gray, of the Steel Corporation.",
             "    MR. HALE: Judge Gray alone?", "    MR. ROSS: And two lawyers."]
    text = "\n\n".join([prose, *turns, prose, *turns[:2], prose])
    tags = [(tag, words.split("\n")[0]) for tag, _, words in quotes(encode(tmp_path, text, ""))]
    assert tags == [("quote", "MR. HALE: Who drew the bill?"), ("quote", "MR. HALE: Who drew the bill?")]
    quoted = encode(tmp_path, text, "").tree.getroot().xpath("//t:body//t:quote", namespaces=NS)
    assert [len(q.xpath("t:p", namespaces=NS)) for q in quoted] == [4, 2]


def test_a_plays_turns_set_off_together_are_one_quotation(tmp_path):
    # a page of a play quoted in a review, each turn a line under its speaker's name
    prose = ("The play was given at the Mill Theatre in the spring, and the second act holds the\n"
             "scene the critics quarrelled over, which I give as the translator has it:")
    turns = ["    Mrs. Hale: There is no happiness in milling for oneself, Tom.",
             "    Ross: No, no; that can never be.", "    Mrs. Hale: Is it too late?",
             "    Ross.--I am sure of it."]
    text = "\n\n".join([prose, *turns, prose.replace(":", "."), prose])
    quoted = encode(tmp_path, text, "").tree.getroot().xpath("//t:body//t:quote", namespaces=NS)
    assert [len(q.xpath("t:p", namespaces=NS)) for q in quoted] == [4]


@pytest.mark.parametrize("label, other", [("_Mr. Smith._ ", "_Mr. Jones._ "), ("MRS. SMITH: ", "JONES: "),
                                          ("Smith.— ", "Jones.— "), ("M. Smith.--", "M. Jones.--")])
def test_a_turn_in_its_own_marks_is_its_labels_speech(tmp_path, label, other):
    # a cross-examination printed a turn to a paragraph, each in its own marks after its label
    text = "\n\n".join([
        "The mill case was tried four times, and the cross-examination was long.",
        label + '"Which is your best ear?"', other + '"This."',
        label + '"Did you read the answer before you swore to it?"', other + '"I did, sir."',
        'Note. "The court adjourned at four."'])
    said = [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text))]
    assert said[:4] == [("said", "#ann"), ("said", "#bob"), ("said", "#ann"), ("said", "#bob")]
    assert said[4][1] is None  # one label alone, and no one's: no turn
    # a label that names no one: speech, no @who
    text = "\n\n".join(['Question: "Is the mill sold?"', 'Answer: "Not in fifty years."'])
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text))] == [("said", None)] * 2


def test_a_surname_that_is_a_nations_word_is_a_speaker_once_printed_in_full(tmp_path):
    # "Gen. Mark A. Welsh III" … "Welsh said": a surname; "Each Indian answered" no one's
    text = ("Air Force Chief of Staff Gen. Mark A. Welsh III held a town hall meeting at the base.\n\n"
            "\"I love what you do,\" Welsh said. \"Thanks for making me proud.\"\n\n"
            "The verger said \"Good morning, sir.\" Each Indian answered gravely, \"How.\"\n")
    said = [(who, words) for tag, who, words in quotes(encode(tmp_path, text, "")) if tag == "said"]
    assert said[:2] == [("#person-welsh", '"I love what you do,"'), ("#person-welsh", '"Thanks for making me proud."')]
    assert said[-1] == (None, '"How."')


def test_i_in_a_hearings_turn_is_the_turns_speaker(tmp_path):
    text = "\n\n".join([
        "Mr. HALE: Did you tell the judge about the mill that spring?",
        "Mr. ROSS: I honestly don't recall the whole conversation. When he asked me, "
        "\"Did the owner approve these,\" I told him, \"I guess he didn't,\" or something like it.",
        "And I could well have said to the judge, \"Oh, by the way, the owner knows\", but I did not.",
        "Mr. HALE: And did he say, \"Do not worry about the mill\"?"])
    saids = [(who, words) for tag, who, words in quotes(encode(tmp_path, text, "")) if tag == "said"]
    # "I told him", "I could well have said" in Mr. ROSS's turn, its second paragraph too; not
    # "he asked", nor "did he say" in another's turn
    assert saids == [(None, '"Did the owner approve these,"'), ("#person-ross", '"I guess he didn\'t,"'),
                     ("#person-ross", '"Oh, by the way, the owner knows"'), (None, '"Do not worry about the mill"')]


def test_i_in_a_witness_deposition_is_the_witness(tmp_path):
    # a trial's minutes: each witness's deposition opens with the name in capitals and a stop,
    # the words unquoted; "I said" in it is the witness's
    text = "\n\n".join([
        "ANN COLE. I am the miller's wife\u2014the prisoner came in and I said to him, \"Come out of the "
        "mill\"\u2014he said, \"Leave me alone\"\u2014I went out.",
        "TOM McREED. I am a carter\u2014I said, \"You had better go and see\"\u2014he went."])
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", "#person-ann-cole"), ("said", None), ("said", "#person-tom-mcreed")]
    # one such paragraph alone is no deposition: "NOTE. I said …" names no one
    text = "ANN COLE. I am the miller's wife\u2014I said to him, \"Come out of the mill\"\u2014he went."
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)]


def test_i_in_a_transcripts_turn_labelled_in_title_case_is_the_turns_speaker(tmp_path):
    text = "\n\n".join([
        "Ann Cole: Let's talk about the mill. What was it like in the very beginning?",
        "Tom Reed: Robert and I shared an office, and one day I turned my chair around and I said "
        "\"Hey, Robert, we should do something about this wheel.\" We talked for a few minutes.",
        "Ann Cole: And then?"])
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-tom-reed")]
    # one such line alone is no transcript: "Note: I said …" names no speaker
    text = "Tom Reed: one day I turned my chair around and I said \"Hey, we should do something about this.\""
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)]


def test_a_turn_goes_on_after_a_stage_direction_in_its_paragraph(tmp_path):
    # 'Mr. GILL.--"I hope … the compliment." (More laughter). "These youths were …?"'
    text = "\n\n".join([
        'Mr. REED.--"You are acquainted with the miller?"',
        'WITNESS.--"I am, and with his weir." (Laughter.)',
        'Mr. REED.--"I hope the miller will appreciate the compliment." (More laughter). '
        '"These millers were much inferior to you in station?"'])
    root = encode(tmp_path, text, "").tree.getroot()
    turns = root.xpath("//t:body//t:said", namespaces=NS)
    assert [(t.get("who"), t.get("prev") is not None) for t in turns] == [
        ("#person-reed", False), (None, False), ("#person-reed", False), ("#person-reed", True)]


def test_after_a_stage_direction_a_quotation_its_own_clause_attributes_is_anothers(tmp_path):
    # '"Hold on, there," said a man …, "… inside of him." [Laughter.] "Well," said the traveller,
    # "now I remember it …"': the traveller's words, no part of the man's
    text = ('"Hold on, there," said a man who had been listening, "by your way of reckoning, that last '
            'wolf must have had the rest of the pack inside of him." [Laughter.] "Well," said the '
            'traveller, "now I remember it, he did wobble a bit." [Laughter.]')
    root = encode(tmp_path, text, "").tree.getroot()
    turns = root.xpath("//t:body//t:said", namespaces=NS)
    assert [t.get("prev") is not None for t in turns] == [False, True, False, True]


def test_a_speech_over_paragraphs_interrupted_then_after_an_aside_goes_on(tmp_path):
    # '“They are a wonderful people. …' / '“I am also informed,” said my uncle, “but this I hardly
    # believe, …!” (This was his idea of taxation.) “I am sure we could not live under such a law.'
    text = "\n\n".join([
        "My uncle spoke of the millers that night.",
        "“They are a wonderful people. They have divided the day into hours, like the moons of the year.",
        "“I am also informed,” said my uncle, “but this I hardly believe, that their chief miller makes "
        "every man pay him for the water every year!” (This was his idea of a tax.) “I am sure we could not "
        "live under such a law.”"])
    root = encode(tmp_path, text, "").tree.getroot()
    found = [(etree.QName(e).localname, e.get("{http://www.w3.org/XML/1998/namespace}id"), e.get("prev"))
             for e in root.xpath("//t:body//t:said|//t:body//t:quote|//t:body//t:q", namespaces=NS)]
    assert found == [("said", "q-1", None), ("said", "q-1-2", "#q-1"), ("said", "q-2", "#q-1-2"),
                     ("said", "q-3", "#q-2")]


def test_cries_listed_after_words_that_tell_of_them_are_each_speech(tmp_path):
    # 'shouts of "Hooroo!" and "Begorra!" from the Scandinavian Society'
    text = ('She ceases, and amid wild cheers from the audience and shouts of "Hooroo!" and "Begorra!" '
            'from the millers, the flowers are brought in. Nobody read "Waverley" or "Ivanhoe" that night.')
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", None), ("said", None), ("q", None), ("q", None)]


def test_a_maxim_named_with_whose_it_is_is_a_phrase(tmp_path):
    # "The maxim of Jefferson, “Equal rights to all and special privileges to none,” and …"
    text = ("The maxim of Reed, “Equal mills to all and special weirs to none,” and the doctrine of Cole "
            "that this should be a town of millers, are both forgotten. The miller's motto, “Grind or go,” "
            "stands over the door.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "q"]


def test_an_answer_named_between_two_quotations_is_another_speech_not_an_interruption(tmp_path):
    # '"Bin round there yet--eh?" which elicited the answer "Yea, and comed whoam."'; '"…?" said
    # she next, and the rejoinder was "They arn't; …"'; '"Oh, never mind," uttered his interlocutor'
    text = ('The woman said "Been round the mill yet--eh?" which elicited the answer "Yes, and came home." '
            '"Mills aren\'t doing much now, are they?" said she next, and the rejoinder was "They aren\'t; '
            'been round by Riverton, and it is all alike." "Oh, never mind--go farther on," uttered his '
            'interlocutor, and he went.')
    found = quotes(encode(tmp_path, text, ""))
    assert [q[0] for q in found] == ["said"] * 5
    assert not any(q[1] for q in found)
    assert not encode(tmp_path, text, "").tree.getroot().xpath("//*[@prev or @next]")


def test_a_new_sentences_verb_before_the_next_quotation_attributes_that_one(tmp_path):
    # '“The mill is older than the town.” Then Reed said, “Come home now.”': "Reed said" leads
    # in the second; the first is none of his
    text = "Cole spoke first. “The mill is older than the town.” Then Reed said, “Come home now.”"
    assert [q[1] for q in quotes(encode(tmp_path, text, ""))] == [None, "#person-reed"]
    # an interrupted quotation keeps its attribution: '“Yes,” said Reed, “I will.”'
    assert [q[1] for q in quotes(encode(tmp_path, "“Yes,” said Reed, “I will come home.”", ""))] == [
        "#person-reed", "#person-reed"]


def test_as_an_author_says_cites_writing(tmp_path):
    # "As Faber poetically says:—“Death, after all, …”", "as Reed observes, “…”": the present of
    # citation; "Reed said, “…”" stays speech
    text = ("As Reed poetically says:—“Death, after all, is a darkening of those we love.” "
            "And as Cole observes, “The mill is older than the town.”\n\nThen Reed said, “Come home now.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("quote", None), ("quote", None), ("said", "#person-reed")]


def test_says_and_the_writers_work_in_brackets_after_the_name_is_writing(tmp_path):
    # '“Even the smoothest way,” says Hume, (_Of the Original Contract_) “by which …”'
    text = ("“Even the smoothest way,” says Reed, (_Of the Mill Contract_) “by which a town may receive a "
            "foreign miller is not extremely honourable for the town.” So the millers held.\n\n"
            "“Even the smoothest way,” says Reed, “is a long one for a miller.” So he told the town.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))][::2] == [("quote", None), ("said", "#person-reed")]


def test_a_turns_label_naming_an_office_names_no_one(tmp_path):
    # "The Attorney-General.--“…”" in a trial's record: whoever holds the office, not named there
    text = "\n\n".join([
        "The mill case was tried four times, and the cross-examination was long.",
        'M. Smith.--"Which is your best ear?"', 'The Attorney-General.--"I simply call attention to this."',
        'M. Smith.--"Did you read the answer before you swore to it?"'])
    assert [who for _, who, _ in quotes(encode(tmp_path, text))] == ["#ann", None, "#ann"]


def test_a_turns_label_of_common_nouns_names_a_role_not_a_person(tmp_path):
    # 'YOUNG MAN. "Dearest! …"' where the text writes "no young man can make …": a role, no @who;
    # 'CARRANZA. "…"' (never in small letters) names him
    text = "\n\n".join([
        "No young man can make his accompanying young lady hear a single word at the mill.",
        'YOUNG MAN. "Dearest! I wish you would not look at that fellow across the way."',
        'YOUNG LADY. "Hush! Do not bother. Here comes the miller."',
        'MR. REEDSON. "Then I shall go."'])
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", None), ("said", None), ("said", "#person-reedson")]


def test_a_sketchs_turns_labelled_by_roles_in_capitals_are_speech_without_who(tmp_path):
    # 'CRITIC, (who knows Mr. STEINWAY.) "…"', 'CHORUS OF RIVAL PIANO-MAKERS. "…"', 'CONNOISSEUR. "…"':
    # each turn speech; a role in capitals the register does not know names no one
    text = "\n\n".join([
        "The hall was full before the miller came on.",
        'CHORUS OF RIVAL MILL-MAKERS. "What a wretched wheel that poor fellow is made to turn."',
        'CRITIC, (who knows Mr. REED.) "Anybody can please people by grinding on a REED wheel."',
        'CONNOISSEUR. "Her voice is such a one as the mill must have had."',
        'CRITIC. _(Who sent for seats for his eight sisters and their\nfriends.)_ "There comes the Society."'])
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", None)] * 4


@pytest.mark.parametrize("text, expected", [
    # a one-word reply with its stop is speech, another word so quoted a title or a term
    ("Thowin answered again with the only word at her command, “No.” The chief said “How.” "
     "and left. Everyone had read “Waverley.”",
     [("said", "“No.”"), ("said", "“How.”"), ("q", "“Waverley.”")]),
    # a story's turn, its verb before its subject, is speech ("quoth" too)
    ("I wanted something to do, and I said so at home, where everyone heard me.\n\n"
     "“Write a book,” quoth the author of my being.\n\n“Try teaching again,” suggested my mother.\n\n"
     "The report, as the board suggested in its letter, was “too long by half.”",
     [("said", "“Write a book,”"), ("said", "“Try teaching again,”"), ("q", "“too long by half.”")]),
    # words woven in that make a clause, then ", he added, ": speech; a fragment stays a phrase
    ("The miller says it is the best valley in the county, and “it's a real shame,” he added, “for "
     "you not to see it.” The same Scriptures, “which,” he says, “are able to make thee wise,” were read.",
     [("said", "“it's a real shame,”"), ("said", "“for you not to see it.”"), ("q", "“which,”"),
      ("q", "“are able to make thee wise,”")]),
    # verbs of crying out in their other forms ("scream", "screeched")
    ("When the soldiers could fight no longer, how indignantly did this family scream “Cowards!” "
     "And when the engine screeched “Here we are,” I skipped into the car.",
     [("said", "“Cowards!”"), ("said", "“Here we are,”")]),
])
def test_what_kind_of_quotation_by_its_words_and_its_verb(tmp_path, text, expected):
    assert [(tag, words) for tag, _, words in quotes(encode(tmp_path, text, ""))] == expected


def test_a_hearings_witness_and_the_questions_and_answers_a_paragraph_each(tmp_path):
    text = "\n\n".join([
        "The Mill Inquiry", "By Ann Reed",
        "The committee met again in the afternoon to hear the officers of the mill company.",
        "J. B. Cole, the fourth miller, was then questioned.",
        '"Were there any drills before the mill opened?" he was asked.',
        '"Both," said the witness. "The men were mustered and the wheels turned."',
        '"How many wheels were turned?"',
        '"Just two, sir."',
        "The witness said he did not know whether the gear ran free.",
        '"Did the gear work at the test?"'])
    got = _speakers(encode(tmp_path, text, ""), 13)
    # the witness answers; the examiner, unnamed, asks (not the witness running on)
    assert got == [(None, '"Were there a'), ("J. B. Cole", '"Both,"'), ("J. B. Cole", '"The men were'),
                   (None, '"How many whe'), ("J. B. Cole", '"Just two, si'), (None, '"Did the gear')]


def test_an_examinations_answers_are_the_witness_one_of_them_names(tmp_path):
    # questions and answers take turns, a paragraph each, after a heading; the fourth answer
    # names the witness ("said Captain Harlow"): the answers before it are his too, and the
    # questions, set off by no verb, are speech all the same (the examiner's, unnamed)
    text = "\n\n".join([
        "The Harbour Inquest", "By Ann Reed", "(The Coast Weekly, Falmouth, May 14, 1915)",
        "The coroner then turned to the master of the schooner.", "THE LOOKOUT",
        "“Was a lookout kept that morning?”", "“Yes; two men were forward.”",
        "“Were you steering a straight course?”", "“No; the fog was thick by then.”",
        "“Could a boat have come near without being seen?”", "“Oh, yes, quite easily.”",
        "“Were the boats lowered in good order?”",
        "“Yes,” said Captain Harlow, “all but the last of them.”",
        "“How many were saved?”", "“I cannot say.”"])
    got = _speakers(encode(tmp_path, text, ""), 12)
    assert got == [(None, "“Was a looko"), ("Harlow", "“Yes; two me"), (None, "“Were you st"),
                   ("Harlow", "“No; the fog"), (None, "“Could a boa"), ("Harlow", "“Oh, yes, qu"),
                   (None, "“Were the bo"), ("Harlow", "“Yes,”"), ("Harlow", "“all but the"),
                   (None, "“How many we"), ("Harlow", "“I cannot sa")]


def test_she_is_the_one_woman_the_text_names_throughout(tmp_path):
    # a portrait of one woman: "she said", "she replied" are hers, though no paragraph near
    # names her; the narrator's "I asked" is no one's
    para = ("Madame Orlova works in a small room above the printing office, and Orlova answers "
            "every letter herself.")
    text = "\n\n".join(
        ["A Visit to the Bureau", "By Ann Reed", "(The Weekly Record, Boston, May 3, 1921)"]
        + [para] * 7 + [
            "Once she surprised me by saying, “Why do you not write about the schools?”",
            "“What good would it do?” I asked.",
            "“A great deal,” she replied. “Our teachers read everything.”"])
    got = _speakers(encode(tmp_path, text, ""), 12)
    assert got == [("Orlova", "“Why do you "), (None, "“What good w"), ("Orlova", "“A great dea"),
                   ("Orlova", "“Our teacher")]


def test_she_is_no_one_where_the_text_names_two_women(tmp_path):
    para = "Madame Orlova and Mrs. Hale work in a small room above the printing office."
    text = "\n\n".join(
        ["A Visit to the Bureau", "By Ann Reed", "(The Weekly Record, Boston, May 3, 1921)"]
        + [para] * 8 + ["“A great deal,” she replied. “Our teachers read everything.”"])
    assert _speakers(encode(tmp_path, text, ""), 12) == [(None, "“A great dea"), (None, "“Our teacher")]


def test_said_the_late_and_a_forename_cut_short_name_the_speaker(tmp_path):
    # "the late" an epithet before a name, not a common noun's article; "Wm." a forename cut
    # short, no sentence's end: the interrupted passage is one, and his
    text = ('How hard it is to be just. "John Brown," said the late Wm. H. Seward, "was justly '
            'hanged." "John Brown," said the venerable John A. Andrew, "was right."')
    got = _speakers(encode(tmp_path, text, ""), 20)
    assert got == [("Wm. H. Seward", '"John Brown,"'), ("Wm. H. Seward", '"was justly hanged."'),
                   ("John A. Andrew", '"John Brown,"'), ("John A. Andrew", '"was right."')]


def test_a_noun_after_a_preposition_before_and_and_the_verb_is_no_subject(tmp_path):
    # "for a few seconds and answered": the name opening the sentence answers; but "an
    # Irishman in the back part of the hall inquired" is the Irishman's, no name's
    text = ('Becoming reflective, Mr. Edison thought for a few seconds and answered: "Automatic '
            'machinery, and systems for the quantity production of houses."\n\n'
            'When Mr. Cooley mounted the platform an Irishman in the back part of the hall '
            'inquired, "Is that Cooley?"')
    assert _speakers(encode(tmp_path, text, ""), 12) == [("Edison", '"Automatic m'),
                                                          (None, '"Is that Coo')]


def test_vouchsafed_is_a_verb_of_saying(tmp_path):
    text = ('"I do not think this idea is very practical," vouchsafed Mr. Edison. "I think it '
            'would be too expensive."')
    assert _speakers(encode(tmp_path, text, ""), 12) == [("Edison", '"I do not th'),
                                                          ("Edison", '"I think it ')]


def test_a_clause_opening_with_a_possessive_names_no_speaker_for_he(tmp_path):
    # "When Bakunin's mother …, he said": the mother is the clause's subject, not Bakunin; "he"
    # is the Tsar, whom no rule names here: no @who rather than a wrong one
    text = ("When Bakunin’s mother succeeded in obtaining an interview with the new Tsar, he said "
            "to her, “Know, Madame, that so long as your son lives, he can never be free.”\n\n"
            "When Hobson was asked if he expected to escape alive, he said, “I hoped for the best "
            "and feared the worst.”")
    assert _speakers(encode(tmp_path, text, ""), 12) == [(None, "“Know, Madam"), ("Hobson", "“I hoped for")]


def test_he_said_after_a_sentence_whose_subject_is_a_name_is_that_names(tmp_path):
    # "He said: “…”" (or "On the way he said to me:") right after a sentence whose subject is
    # a name: his words; after the narrator's sentence, no one's
    text = ("Sheth Abdul Gani laughed at the story. He said: “This country is not for men like "
            "you at all.”\n\nI gave up the argument at last. Presently, he said to me: “What does "
            "your husband think of all this?”")
    assert _speakers(encode(tmp_path, text, ""), 12) == [("Sheth Abdul Gani", "“This countr"),
                                                          (None, "“What does y")]


def test_he_stands_for_the_name_before_the_sentences_whose_subject_he_is(tmp_path):
    # "Brum laughed …. He shook his head. “For,” said he, “…”": the sentences between the name
    # and the words have "he" for subject and name no one; "said he" inverted is "he said"; not
    # one asked: "Brum asked him which …" / "“Well,” he said" is the other's answer
    text = ("The road was long when Tom Brum reached the town.\n\n"
            "Brum laughed at this idea of mine. He shook his head slowly. “For,” said he, “the "
            "outskirts are best for men like us.”\n\n"
            "Brum laughed again. At once he shook his head. He looked at the map. “It is far,” he "
            "said.\n\nBrum asked him which of the roads was the shorter.\n\n“Well,” he said "
            "slowly, “I think the river road is.”")
    assert _speakers(encode(tmp_path, text, ""), 8) == [("Brum", "“For,”"), ("Brum", "“the out"),
                                                         ("Brum", "“It is f"), (None, "“Well,”"),
                                                         (None, "“I think")]


def test_block_quotation_run_is_one_said_around_paragraphs(tmp_path):
    text = ("Smith told us what happened.\n\n‘We waited every day.\n\n‘Then the call came.’\n\n"
            "After that, nothing.")
    result = encode(tmp_path, text)
    said = result.tree.getroot().xpath("//t:body/t:div/t:said", namespaces=NS)
    assert len(said) == 1 and said[0].get("who") == "#ann"
    assert len(said[0].xpath("t:p", namespaces=NS)) == 2


def test_unregistered_speaker_gets_a_converter_made_entry(tmp_path):
    result = encode(tmp_path, "Then Petrov replied, ‘Nobody here knows the answer to that.’", "")
    root = result.tree.getroot()
    who = root.xpath("//t:said/@who", namespaces=NS)
    assert who == ["#person-petrov"]
    person = root.xpath("//t:listPerson/t:person[@xml:id='person-petrov']", namespaces=NS)[0]
    assert person.get("resp") == "#edition" and person.get("cert") == "low"


def test_every_who_resolves_in_the_seed():
    from edition.encoder import encode_path
    from support import SEED
    root = encode_path(SEED).tree.getroot()
    ids = set(root.xpath("//@xml:id"))
    for who in root.xpath("//@who"):
        assert who[1:] in ids
    speakers = {w[1:] for w in root.xpath("//t:said/@who", namespaces=NS)}
    assert {"plimak", "zinoviev", "burlatsky", "temushkin", "gubanov", "zhukov", "stalin",
            "krupskaya", "shatrov"} <= speakers


def test_block_speech_with_a_citation_carries_no_source_pointer(tmp_path):
    # found by the property tests: said has no @source in TEI
    result = encode(tmp_path, "Smith told us this.\n\n‘We waited every single day for news.’ (page 9, A Book)")
    said = result.tree.getroot().xpath("//t:body/t:div/t:said", namespaces=NS)
    assert len(said) == 1 and said[0].get("source") is None


OPENING = "The Mill\n\nBy Ann Cole\n\n"


# Shapes from real articles (issue 12), invented here: no editorial file.
@pytest.mark.parametrize("text, expected", [
    # a fragment continuing the author's sentence stays q however long
    ("The minister called it “an expensive diversion of scarce money from the homes that need "
     "it”.", [("q", None)]),
    ("Cooper said it was “damning that the Home Office has still not cleared the backlog of "
     "cases”.", [("q", None)]),
    ("The authors give a side view, remarking that the profile, “like Napoleon’s, is superbly "
     "European!”", [("q", None)]),
    # ... but not after a verb set off by a comma
    ("In 1926 Krupskaya said, in a circle of friends, “if he were alive, he would be in "
     "prison.”", [("said", "Krupskaya")]),
    # "explained that" and words in lower case: indirect speech, the quoted words woven in
    ("Smith explained that ‘we shall go on to the end of it.’", [("q", None)]),
    # a spoken sentence is speech however short, with or without a named speaker
    ("“Nobody trusts the plan,” shouted one steward.", [("said", None)]),
    ("Outside, the crowd chanted “Jobs not cuts” for an hour.", [("said", None)]),
    # the speaker is the name after the office, not the office; not the place in the lead-in
    ("Shadow Home Secretary Yvette Cooper said: “Labour has a plan to clear the backlog now.”",
     [("said", "Yvette Cooper")]),
    ("Cynthia Thompson, a curator in Fayetteville, said: “These images serve as a record of "
     "the time.”", [("said", "Cynthia Thompson")]),
    # a sentence of its own is quoted words however short; a title in marks is not
    ("The old man looked up. “Sit!” The dog sat.", [("quote", None)]),
    ("I believe it. “A house divided against itself cannot stand.” I believe it still.",
     [("quote", None)]),
    ("Nobody reads “Uncle Tom.” Everybody knows it.", []),  # a title (test_titles.py)
    # a sentence named as a phrase is still quoted words; a comma may end it mid-sentence
    ("We leave him the famous phrase, “The social question is a question of the stomach.”",
     [("quote", None)]),
    ("He had made the phrase, “Catastrophes are the experiences of nations,” and it sufficed.",
     [("quote", None)]),
    ("They used the slogan “Jobs not cuts” for years.", [("q", None)]),
    # a name with accented letters is a name ("Krüger", "José")
    ("“The mill will not grind today,” said Krüger. The men went home.", [("said", "Krüger")]),
    ("“You don’t mean round the world,” said the president. Only the foolish call President Krüger "
     "dull.", [("said", "Krüger")]),
    # interrupted twice, named the first time, "he said" the second: one passage, the named speaker's
    ("Reed met us at the gate. “You don’t mean to grind today,” said Mr. Cole; “it is impossible! You mean "
     "tomorrow. Impossible!” he said, “impossible!” and not another word did he utter.",
     [("said", "Cole"), ("said", "Cole"), ("said", "Cole")]),
    ("José Martí came to the mill in May. At the gate Martí, who had walked all night from the coast, "
     "said: “We shall stay here until the mill is ours.”", [("said", "Martí")]),
    # a sentence opening with a clause whose subject is a name, then "he said": that name's words
    ("When Reed was asked if he expected to keep the mill, he said: “Well, I suppose the bank will "
     "make short work of it.”", [("said", "Reed")]),
    # after a bare clause with a verb of saying or writing, the same speaker's words go on
    ("We talked of mills. “The mills will get smaller,” he admitted. “They will be different. Yes, quite "
     "different.” That was all.", [("said", None), ("said", None)]),
    # a paper's author cited by year as the verb's subject: a work's words, not speech
    ("In discussing mills in flood, Reed (1968, p. 249) stated the following: “While mills will "
     "stand in water, they are rarely safe in it for long.”", [("quote", None)]),
    ("Reed and Cole (2010) said: “The mills of the valley were all rebuilt within ten years.”",
     [("quote", None)]),
    # a plea or a verdict named by its formula: the court's words, a phrase; a plea set off by a
    # comma is begging, speech
    ("To this information the miller has pleaded “Not guilty,” but we are ready to prove it.", [("q", None)]),
    ("The jury returned a verdict of “Guilty.” The court rose.", [("q", None)]),
    ("The miller pleaded, “Let me go home to my children!”", [("said", None)]),
    # "called to mind" recalls, it does not say: the Psalmist's written words
    ("As I was leaving the mill I called to mind the words of the Psalmist, and like him, “I glorified "
     "God in my heart, in whom I trusted.” These words rose in me.", [("quote", None)]),
    # a letter's particulars named: 'It was dated, “Rugeley, Nov. the 16th,” and in it Cook said …'
    ("The letter was read. It was dated, “Leeds, Nov. the 16th,” and in it Cole said it was of great "
     "importance to the mill.", [("q", None)]),
    # a quotation opening a sentence inside its paragraph: no lead-in from the paragraph before
    ("At the opening, Wikinews observed the crowds.\n\nHe was famous. “Pop art was about what people "
     "thought was important,” Kathryn Waters said.", [("said", "Kathryn Waters")]),
    # the attribution after a quotation that opens its paragraph beats the paragraph before
    ("The ministry then says the papers were not sensitive.\n\n“This government cannot keep "
     "a secret,” Dewar said.", [("said", "Dewar")]),
    # no attribution after it: the sentence before, in its own paragraph
    ("Ann Wilkins led the tour. Wilkins also said Warhol was a businessman. “As a way to sell his work, he made many "
     "prints of it.”", [("said", "Wilkins")]),
    # "he continued" is speech (the present "continues" stays a book's words); "he" names no
    # one without a register
    ("Professor Kessler spoke last. “All classes of animals,” he continued, “practise mutual "
     "aid.”", [("said", None), ("said", None)]),
    # an office before a single name says it is a person's
    ("She describes what Marshal Zhukov had told her: “In 1947 I waited every day for my "
     "arrest.”", [("said", "Zhukov")]),
    # a title's full stop in the attribution ends no sentence; both parts are one passage
    ("“Whenever a man’s life,” writes Mr. Nisbet, “is at once illustrious and recorded, "
     "he is a genius.”", [("quote", None), ("quote", None)]),
    # no one is named by initials alone, a pronoun, or a newspaper
    ("“The fourth what?” says I. He did not answer.", [("said", None)]),
    ("The next day the Boston Transcript said: “The speech was a triumph for the South.”",
     [("said", None)]),
    # a name after "column", "book", "newspaper" … is a work's, not a speaker's
    ("It began in the column Savage Love, which commented: “The word is ours now and for "
     "good.”", [("said", None)]),
    # a word after an article ("a Territory", "die Kunst") is no speaker, nor a name earlier
    # in the sentence when the verb's subject is a common noun ("the latter answers")
    ("Senator Brown, on the floor of the Senate, asked the leading advocate of the bill whether "
     "the people of a Territory could vote on it, and the latter answers: “That is a question "
     "for the courts to settle.”", [("said", None)]),
    ("Die Kunst des Tanzes—The art of dance (p. 177).\n\nDie Kunst des Singens—The art of song "
     "(p. 180).\n\nOf the first of these—die Kunst des Tanzes—he says: “It is the oldest art "
     "of all the arts.”", [("said", None)]),
    # "X told Sky News": the listener is no speaker
    ("Officials told Sky News: “The questionnaire will be sent to every applicant this "
     "month.”", [("said", None)]),
    # ... nor a common noun capitalised only by its place at a sentence's start
    ("Officials said: “The questionnaire will be sent to every applicant.”", [("said", None)]),
    # "inquired" is a verb of saying; "St. Paul" one name; an inverted common noun no speaker
    ("“Where do your men hold the fair?” Reed inquired.", [("said", "Reed")]),
    ("We read it every day. St. Paul said: “In everything give thanks to the millers.”",
     [("said", "St. Paul")]),
    ("“Bodily exercise profiteth little,” says the author of the Epistle to Timothy.",
     [("said", None)]),
    # woven into the author's sentence: a phrase, whatever attribution follows it
    ("That's why “we're particularly interested in the new mill,” he said.", [("q", None)]),
    ("They answered it by their famous phrase, “the consent of the governed.” That is to say, "
     "every man is born free, Reed said.", [("q", None)]),
    # in lower case after a dash, or running on over sentences with no verb in its sentence
    ("The other was the ideal of a democracy--“government of the mills, by the millers and for "
     "the valley.”", [("q", None)]),
    ("In 1907 “there were one and a quarter million sacks. This would feed two counties.” The "
     "mills worked on.", [("q", None)]),
    # a sentence quoted after "these words" is quoted words
    ("And he tells us, as the result of his life, these words “Behold, the river requirest "
     "truth in the inward parts.” It is one thing.", [("said", None)]),
    # a line of its own naming the speaker over the paragraph of speech
    ("Mayor Ann Cole of Millbridge, Leeds:\n\n“We stood to lose nearly two thousand jobs on the "
     "river if it were not for the fund.”", [("said", "Ann Cole")]),
    # but a line naming where the words were printed names no speaker
    ("From the Millbridge (Yorkshire) Courier:\n\n“The mills of the valley are making a desperate "
     "effort to clear the river of its weeds.”", [("quote", None)]),
    # a verb of saying with the one spoken to: speech however short
    ("He asked for food, and I told him “certainly,” and sent the wagons.", [("said", None)]),
    # one word in lower case, no stop or comma of its own, after a verb of saying: a word named
    ("The miller would not say “no” to anyone, and swore “hell” at the wheel.", [("q", None), ("q", None)]),
    # a paragraph of speech with its own attribution after it is that speaker's, not the one
    # whose speech ran to the end of the paragraph before; long offices before the name; a
    # surname with a hyphen is one name
    ("“The river is ours,” said Mayor Ann Cole. “We keep it clean.”\n\n“Our mills need the "
     "water too,” said Valley Council on Mills and Waters Chair Tom Reed-Smith. “We share it.”"
     "\n\n“We read every letter we were sent,” said Principal Deputy Secretary for Rivers and "
     "Mills Dr. Lucy Hart.",
     [("said", "Ann Cole")] * 2 + [("said", "Tom Reed-Smith")] * 2 + [("said", "Lucy Hart")]),
    # no speaker where the name is the one spoken to, a thing, a book's chapter; writing
    # the one spoken to is no speaker
    (OPENING + "Now we have a custom. We say to God, \"Although you have afflicted all the other mills, you "
     "have been good to us.\"", [("said", None)]),
    # a pronoun the subject before the verb: no name after it ('“…,” he gasped, and sank back in
    # the chair, while the guards carried Czolgosz out of his sight.')
    (OPENING + "The miller raised his hand and placed it on the wheel. \"Let no one hurt him,\" he gasped, and "
     "sank back in the chair, while the guards carried Tom Reed out of his sight.", [("said", None)]),
    # the verb and the one spoken to before short words: speech ('Another man said to the
    # lantern-bearer, “It ain’t him”;')
    (OPENING + "Another miller said to the lantern-bearer, \u201cIt ain\u2019t him\u201d; the next moment we "
     "were covered with two guns.", [("said", None)]),
    # ("The other men cried out to Captain Staple, “Bring him back …”": a particle between)
    (OPENING + "The other millers cried out to Captain Tom Reed, \"Bring him back and make him grind!\" "
     "The captain went down the stairs.", [("said", None)]),
    # (verses addressed to her are no words of hers)
    (OPENING + "The verses to Stella are altogether lovely:\n\n     \u2018But, Stella, say what evil tongue\n"
     "     Reports you are no longer young,\n     That Time sits with his scythe to mow\n"
     "     Where erst sat Cupid with his bow.\u2019", [("quote", None)]),
    # a thing in someone's possession is no one; a sentence's "Enough" is no name
    (OPENING + "(Flon\u2019s Axiom states, \"There is not now, nor has there ever been, any mill that cannot grind.\")",
     [("quote", None)]),
    (OPENING + "It was done better by the correspondent, \u201cBob Logic.\u201d Enough to say it was inspiring.",
     [("said", None)]),
    # a line may end inside a name and between "the" and a name-like word
    # (the words spoken: "As … has observed" cites a writer, test_as_an_author_has_observed_cites_writing)
    (OPENING + "If a miller is allowed no freedom, the implications are immense. Then Peter W.\nSinger "
     "shouted, \u201cThe mill's real-world record with things like the wheel is poor.\u201d",
     [("said", "Peter W. Singer")]),
    # a book of the Bible and its chapter is no one (and the clause "because …" goes on with the
    # author's sentence: a phrase)
    (OPENING + "Paul, who says, Gal. 2 : 11, that he withstood Peter to the face, \u201cbecause he was to be "
     "blamed.\u201d Paul forgot it.", [("q", None)]),
    # words said in a book or a letter are writing
    (OPENING + "Mr. Jones, of the Conservatory of Music at Leipsic, says in his book, The Nature of Mills, "
     "page 30\u2014\u201cThe wheel is formed, when the common stone has been heard.\u201d", [("quote", None)]),
    (OPENING + "Mrs. Cole, in a letter replying to one of mine, says: \"His home life and ways would hardly "
     "interest the public.\"", [("quote", None)]),
    # (the letter named far before the verb, its address and date between)
    (OPENING + "Governor Reed in his letter to the Board of Mills, dated 1st October, 1753, says, \"At Leeds "
     "there is a small mill well picketed in, and a detachment of millers to keep it.\"", [("quote", None)]),
    (OPENING + "President Jones said in his message: \u201cI renew my recommendation that the mills be "
     "counted again.\u201d", [("quote", None)]),
    (OPENING + "Mr. Cole, in his biography of the miller, says, 'The mill was well received, and duly "
     "praised by all the valley.'", [("quote", None)]),
    # but a surname the text prints in full elsewhere is a name after a body's possessive
    (OPENING + "Tom Jenkins runs the mill. \u201cI see it as a model for other mills that are looking at "
     "potential listings,\u201d said the Orianne Society\u2019s Jenkins.", [("said", "Jenkins")]),
    # a movement's members are no one person
    (OPENING + "On October 14th the official organ of the \u201cmoderate\u201d Socialists said: \u201cThe "
     "drama of the mills has two acts, and the first has lasted long enough.\u201d",
     [("q", None), ("said", None)]),
    # a title after the writer's "his" (in underscores of italics, or a capitalised word) is a work
    (OPENING + "Lewis Cole, who knew the millers well, says (in his _Ancient Mills_, p. 45), \"The mill ends "
     "with the production of grand millers.\" And so it was.", [("quote", None)]),
    (OPENING + "Captain Reed in his first Voyage says of the millers of the coast, \"We saw no idle wheel "
     "during our stay upon the river.\"", [("quote", None)]),
    # a pronoun subject with "only just" before its verb: no name from earlier in the sentence
    (OPENING + "I lived with my mother, Ann Cole, at 2, Mill Alley, Long Lane\u2014I lifted my mother up and "
     "she only just said, \"Never mind the wheel now\"\u2014and I went out.", [("said", None)]),
    # a quotation interrupted by a clause with no verb of saying, going on in lower case: one
    # passage of writing (not a figure's title and its page between two quotations)
    (OPENING + "Mrs. Cole wrote to her about the mill. \u201cI am afraid,\u201d her letter ended, \u201cwe "
     "should hardly be able to offer you anything of the kind this year.\u201d",
     [("quote", None), ("quote", None)]),
    (OPENING + "Sir B. Reed, after observing that the mill is old (\u2018Mill Enquiries,\u2019 1854, p. 192), "
     "asks the question, \u201cought not this to settle the disputed question as to the wheel?\u201d",
     [("q", None)]),  # (the title a title, the question named as a phrase)
    # a verb of saying and its adverb right before words however short: speech, not a title
    (OPENING + "The miller asked again. We heard her say feebly, \"No! No!\" and the wheel stopped.",
     [("said", None)]),
    # a turn opening with a conjunction goes on from the last: words, not a title
    (OPENING + "\"Rome\u2014oh, the people were like heathens there.\" \"And England\u2014\u2014?\" "
     "\"There is no place like England. It was as if we had come home.\"",
     [("quote", None), ("quote", None), ("quote", None)]),
    # a note's call glued after a stop ends the sentence: the lead-in starts after it, and the
    # sentence's first word is no name
    (OPENING + "Tom laughed and responded, \u201cNo way at all.\u201d222 Ann Cole also told the miller "
     "that he would never be able to get rid of Tom, \u201clike gum on the bottom of your shoe.\u201d223",
     [("said", None), ("q", None)]),
])
def test_real_article_shapes(tmp_path, text, expected):
    result = encode(tmp_path, text, "")
    root = result.tree.getroot()
    names = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.findtext(
        "{http://www.tei-c.org/ns/1.0}persName") for p in root.xpath("//t:person", namespaces=NS)}
    got = [(tag, names.get(who[1:]) if who else None) for tag, who, _ in quotes(result)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "“We are ready,” Ortiz said. “The strike starts on Monday.”",
    # the attribution one sentence, its "Mr." no sentence's end
    "“We are ready,” said Mr. Ortiz, as we quitted the beautiful hall for the house. “The strike starts "
    "on Monday.”",
])
def test_a_quotation_resumed_after_its_attribution_is_one_speech_in_two_parts(tmp_path, text):
    result = encode(tmp_path, text, "")
    said = result.tree.getroot().xpath("//t:said", namespaces=NS)
    assert [s.get("who") for s in said] == ["#person-ortiz"] * 2
    assert said[0].get("next") == "#" + said[1].get("{http://www.w3.org/XML/1998/namespace}id")
    assert said[1].get("prev") == "#" + said[0].get("{http://www.w3.org/XML/1998/namespace}id")


def test_the_seed_without_its_editorial_file_finds_every_speaker(tmp_path):
    from edition.encoder import encode_path
    from support import SEED
    text = tmp_path / "seed.txt"  # no editorial file beside it
    text.write_bytes(SEED.read_bytes())
    root = encode_path(text).tree.getroot()
    names = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.findtext(
        "{http://www.tei-c.org/ns/1.0}persName") for p in root.xpath("//t:person", namespaces=NS)}
    speakers = {names[w[1:]] for w in root.xpath("//t:said/@who", namespaces=NS)}
    assert speakers == {"Y.G. Plimak", "Zinoviev", "Leona Gubanov", "Burlatsky", "Temushkin",
                        "G.K.Zhukhov", "Stalin", "Krupskaya", "Mikhail Shatrov", "Trotsky"}


def test_turns_set_off_each_labelled_with_a_full_stop_two_speakers_taking_turns_are_one_quotation(tmp_path):
    # a record's examination quoted, one turn to a line, each label closed by a full stop
    # ("Magistrate. Pray, what ails these People?" / "Martin. I don't know.")
    prose = ("There was also an account given of what passed at the miller's first examination,\n"
             "and these among other passages between the magistrate and the miller:")
    turns = ["    Magistrate. What ails the mill?", "    Hale. I don't know.",
             "    Magistrate. But what do you think ails it?", "    Hale. Nothing at all."]
    text = "\n\n".join([prose, *turns, prose])
    quoted = encode(tmp_path, text, "").tree.getroot().xpath("//t:body//t:quote", namespaces=NS)
    assert [len(q.xpath("t:p", namespaces=NS)) for q in quoted] == [4]
    # short sentences set off one after another, one a word before its stop, are excerpts
    # each its own: "Yes." answers no one here, and one label alone takes no turns
    excerpts = ["    Yes. The mill is old.", "    Hale. It has a wheel.", "    Hale. The river turns it."]
    quoted = encode(tmp_path, "\n\n".join([prose, *excerpts, prose]), "").tree.getroot().xpath(
        "//t:body//t:quote", namespaces=NS)
    assert [len(q.xpath("t:p", namespaces=NS)) for q in quoted] == [1, 1, 1]


def test_short_excerpts_one_after_another_are_each_a_quotation(tmp_path):
    prose = ("The mills of the valley were built in the last century, and they have been\n"
             "working ever since, through floods and droughts, by day and by night.")
    text = "\n\n".join([prose] * 3 + [
        "Two of the millers we spoke to found the question hard:",
        "    I know what a mill is until someone asks me to define it.",
        "    It is a complicated question, and I am not sure I can answer it.",
        prose, "The other two were sure of themselves:",
        "    A mill grinds corn.\n    It has a wheel, and the river turns it for us.",
        "    We keep it clean.\n    And we keep it turning for the valley.", prose])
    tags = [(tag, words.split()[0]) for tag, _, words in quotes(encode(tmp_path, text, ""))]
    # two short one-line excerpts: two quotations; wrapped paragraphs run on: one
    assert tags == [("quote", "I"), ("quote", "It"), ("quote", "A")]
    # a clipping's headline in capitals heads the clipping: one quotation with its one-line paragraphs
    text = "\n\n".join([prose] * 3 + [
        "The following is a copy of a newspaper clipping on the mills:",
        "    MILL COMMITTEE DISBANDS.",
        "    At four o'clock this afternoon the wheel stopped at the lower mill.", prose])
    tags = [(tag, words.split()[0]) for tag, _, words in quotes(encode(tmp_path, text, ""))]
    assert tags == [("quote", "MILL")]


def test_wrapped_excerpts_each_closed_by_its_source_are_each_a_quotation(tmp_path):
    # a study's participants quoted one after another, each excerpt wrapped and closed by its
    # code in brackets: the code ends the quotation, the next is another's
    prose = ("The mills of the valley were built in the last century, and they have been\n"
             "working ever since, through floods and droughts, by day and by night.")
    text = "\n\n".join([prose] * 3 + [
        "    I thought the river would rise one day, but having worked the mill\n"
        "    here, you knew what you could do. That settled me. (Mill A, R4).",
        "    It was a great reassurance for me, anyway, personally, a great\n"
        "    confidence booster. And I am not afraid now. (Mill A, R1).",
        prose,
        "    A mill grinds corn, and it has a wheel that the river turns for us\n"
        "    all through the year.",
        "    We keep it clean, and we keep it turning for the valley, as our\n"
        "    fathers did before us.", prose])
    tags = [(tag, words.split()[0]) for tag, _, words in quotes(encode(tmp_path, text, ""))]
    # without a source closing them, wrapped paragraphs set off together run on: one
    assert tags == [("quote", "I"), ("quote", "It"), ("quote", "A")]


def test_words_going_on_with_a_that_clause_after_its_subject_are_a_phrase(tmp_path):
    # "stated that the Council, “is not … . . . . (and) will …”": the reported clause's subject
    # is the author's, its predicate quoted, however many stops the words hold
    body = ("The resolutions further stated that the Council, “is not simply the organization of "
            "the millers of the valley. . . . (and) will take immediate steps to hold a general "
            "congress of the mills,” and the millers agreed.\n")
    [(tag, who, _)] = quotes(encode(tmp_path, body, ""))
    assert (tag, who) == ("q", None)
    # after "that" and a full sentence of the speaker's own, a passage still
    body = ("The resolutions further stated that the Council met. “It is not simply the "
            "organization of the millers. It will hold a congress of the mills,” said Smith.\n")
    [(tag, _, _)] = quotes(encode(tmp_path, body, ""))
    assert tag == "said"


def test_one_name_after_a_governors_title_or_a_kinship_word_is_the_speaker(tmp_path):
    # "Gov. Wells said:", "said sister Vashti": the title, the kinship word shows the one word
    # is a person's name (no register names either)
    body = ("The mills of the valley were built long ago, and the family lived by the river.\n\n"
            "Gov. Wells said: \u201cIt is already known to you what the valley has done for the mills.\u201d\n\n"
            "\u201cTurn actress, and immortalize your name,\u201d said sister Vashti, striking an attitude.\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, body, ""))] == [
        ("said", "#person-wells"), ("said", "#person-vashti")]


def test_he_of_a_second_clause_is_the_name_that_opens_the_sentence(tmp_path):
    # "Mr. Cole thought that …, and he said:" — the sentence's subject speaks
    body = ("The mills of the valley were built long ago, and the family lived by the river.\n\n"
            "Mr. Cole thought that the valley ought at once to be put under the mill's law, and he said:\n\n"
            "\u201cThis may be the only way in which even partial order can be kept in the valley.\u201d\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, body, ""))] == [("said", "#person-cole")]
    # two people opening it: no guess
    body = body.replace("Mr. Cole thought", "Mr. Cole and Mr. Reed thought")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, body, ""))] == [("said", None)]


def test_a_persons_words_named_as_such_are_theirs(tmp_path):
    # "Lenin’s first words were, “…”": speech, the one whose words they are
    body = ("The mills of the valley were built long ago, and the family lived by the river.\n\n"
            "It was twelve minutes past three, and Tom Barker\u2019s first words were, \u201cI am glad to "
            "meet you, and I apologize for keeping you waiting.\u201d\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, body, ""))] == [("said", "#person-tom-barker")]


def test_says_with_a_note_after_the_quotation_is_a_books_words(tmp_path):
    # the scholar's present "says", the note giving the book: writing, not speech
    notes = "\n\nNotes\n\n[1] Smith, The Mills of the Valley, p. 110.\n"
    body = ("As Smith says, \u201cIt is a moral system without a god and without a mill, "
            "and so it stands apart from the rest.\u201d[1] Nobody disputed it.\n")
    [(tag, who, _)] = quotes(encode(tmp_path, body + notes))
    assert (tag, who) == ("quote", None)
    # no note after it: what she says is speech (but "As Smith says" cites her writing: see
    # test_as_an_author_says_cites_writing)
    [(tag, who, _)] = quotes(encode(tmp_path, body.replace("[1]", "").replace("As Smith says", "Smith says")))
    assert (tag, who) == ("said", "#ann")
    # "remarks:", "observes" in the same present, a note after the words: the book's too
    # ("Capt. Jonathan Carver, …, in speaking of the Winnebago Indians remarks: “…”[8]")
    body = ("Ann Smith, who walked through the valley in 1766, in speaking of the mills remarks: “The land "
            "along the river is very fertile, and the mills grind all the corn of the valley.”[1] Nobody disputed it.\n")
    [(tag, who, _)] = quotes(encode(tmp_path, body + notes))
    assert (tag, who) == ("quote", None)


MILL = "Jones came into the mill at noon, and found Smith at her bench, as he had expected.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a dialogue's own verbs: "interrupted Smith" is hers, not the last speaker's turn running on
    ("\u201cNo matter,\u201d replied Jones; \u201cthe name alone has come down to us.\u201d\n\n"
     "\u201cAll?\u201d interrupted Smith. \u201cAll except the noble resistance of the mill.\u201d\n",
     [("said", "#bob"), ("said", "#bob"), ("said", "#ann"), ("said", "#ann")]),
    # two speakers taking turns, a paragraph each
    (MILL + "\u201cWhat are you about, now?\u201d said Jones.\n\n"
     "\u201cI am at work upon my mill,\u201d said Smith.\n\n"
     "\u201cAll the worse. You are wrong to tire yourself with mills.\u201d\n\n"
     "\u201cBut these mills are so many heroes of the valley.\u201d\n",
     [("said", "#bob"), ("said", "#ann"), ("said", "#bob"), ("said", "#ann")]),
    # "asked Jones" after the quotation is the speaker; "asked Jones" before it, the listener
    (MILL + "\u201cWhat are you about, now?\u201d asked Jones.\n\n"
     "Smith asked Jones, \u201cWhy do you always come at noon, when the wheel is stopped?\u201d\n",
     [("said", "#bob"), ("said", "#ann")]),
    # the hatter is no one the register names; "he said" is the one named before
    ("The miller came to the door. \u201cBuy the mill!\u201d exclaimed Smith in surprise.\n\n"
     "\u201cYour name is Miss Wheeler, I believe,\u201d said the hatter, who was annoyed.\n\n"
     "Jones said the mill had never been for sale, not in fifty years.\n\n"
     "\u201cI was fortunate to have the mill at all, and a good wheel with it,\u201d he said.\n",
     [("said", "#ann"), ("said", None), ("said", "#bob")]),
    # interrupted by what it was: a greeting; old prose's verbs and nouns of saying
    (MILL + "\"Well,\" was the cheery greeting, \"you couldn't wait until eight for your mill, could you?\"\n",
     [("said", None), ("said", None)]),
    ("The inn was full that night. \u201cWhat's your hurry?\u201d I greeted him. \u201cI've just had "
     "one,\u201d he demurred.\n\nThe miller made only the sententious remark, \"Cabbages.\"\n",
     [("said", None), ("said", None), ("said", None)]),
    # a common noun of several words as the subject names no speaker ("an interesting way of
    # explaining" is no subject)
    ("Smith reinforces her message with magazine ads, such as one featuring a tired looking "
     "miller around 40 saying, \u201cA lot of millers have occasional trouble with the wheel.\u201d\n\n"
     "Jones has an interesting way of explaining to friends what he does. \u201cImagine changing "
     "the stones of a very large mill while it is grinding.\u201d\n",
     [("said", None), ("said", "#bob")]),
    # a new paragraph of speech after a turn with its own attribution is the other's turn
    (MILL + "\u201cI never gave you any, sir,\u201d said Smith; for it was her voice that we heard.\n\n"
     "\u201cThat is not what I ask you. Will you ever be impudent to me again?\u201d\n",
     [("said", "#ann"), ("said", None)]),
    # a crowd calling out, a driver calling to his horses
    ("The great mass of the people were simply curious spectators, though men were sprinkled "
     "through the crowd calling out, \"Hurrah for the Mill!\" and others were abusive.\n\n"
     "Jones's cheery voice rang out as he called to the weary horses, \"Come on, Tom! Hup there, Dan!\"\n",
     [("said", None), ("said", "#bob")]),
    # interrupted by "he began", "went on", "returns the man"
    ("The crowd listened for the last accents of the darling of the people. \u201cI shall say "
     "little,\u201d Jones began. \u201cI come here, not to speak, but to grind my corn.\u201d\n\n"
     "\u201cYes,\u201d Smith went on, \u201cand I am ashamed of it, for you have made me see the mill.\u201d\n",
     [("said", "#bob"), ("said", "#bob"), ("said", "#ann"), ("said", "#ann")]),
    ("Do the mills lie beyond the sphere of his care? \"Leave them,\" says the dull disciple. "
     "\"I cannot,\" returns the miller. \"Not only does my peace of mind depend upon the "
     "answers, but my conduct itself must correspond to them.\"\n",
     [("said", None), ("said", None), ("said", None)]),
])
def test_dialogue_shapes(tmp_path, text, expected):
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text))] == expected


def test_a_firm_is_no_speaker(tmp_path):
    # without a register: "& Co." names a firm, not the one who speaks
    text = ("The miller showed us round. \u201cLook at this little wheel,\u201d she said, handing me "
            "a model by Stephens & Co., of Leeds. \u201cThat was given to me by the makers.\u201d\n")
    assert [who for _, who, _ in quotes(encode(tmp_path, text, editorial=""))] == [None, None]


def test_a_verb_of_saying_an_adverb_away_and_a_crowd_that_speaks(tmp_path):
    # "to exclaim simultaneously “A cat!”": speech set off by its verb, an adverb between; "both
    # Indians" are no one's name
    text = ("The miller's wife came in. The loud mewing that preceded the entrance of the Black Cat "
            "caused both Indians to exclaim simultaneously \"A cat!\" Reed laughed outright when "
            "the miller ran.\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text, editorial=""))] == [("said", None)]


def test_a_line_end_between_the_and_a_capitalised_word(tmp_path):
    # Tyler's Amherst: "… town in the" / "Middle States, where trade … demand, but …": no speaker
    lines = (Path(__file__).parents[1] / "data/corpus/hpk-tyler-amherst-connecticut-valley.txt"
             ).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "Dr. Dwight finds this beauty" in line)
    end = next(i for i, line in enumerate(lines) if "at the bottom of the court-yard" in line)
    text = "\n".join(lines[start:end + 4])
    assert [who for _, who, _ in quotes(encode(tmp_path, text, editorial=""))] == [None]


def test_says_i_ends_its_sentence_unless_the_words_go_on_in_lower_case(tmp_path):
    def parts(text):
        root = encode(tmp_path, "The Mill\n\nBy Ann Cole\n\n" + text + "\n", editorial="").tree.getroot()
        return [(e.text[:12], e.get("next") is not None)
                for e in root.xpath("//t:body//t:said", namespaces={"t": "http://www.tei-c.org/ns/1.0"})]
    # another's answer after "says I.": a passage of its own
    assert parts('"I will be rowed home," says he. "We will not row you," says I. "You must, or stay '
                 'all night on the water," says he.') == [
        ('"I will be r', False), ('"We will not', False), ('"You must, o', False)]
    # the same speaker's words going on in lower case: one passage in two parts
    assert parts('I called to her: "You are very late." said I. "what is the reason of it?"') == [
        ('"You are ver', True), ('"what is the', False)]


def test_a_quoted_name_that_opens_the_sentence_is_not_the_first_part_of_a_speech(tmp_path):
    text = ("The Mill\n\nBy Ann Cole\n\nCheerfulness prevailed. \u201cBill Arp\u201d struck the key-note "
            "when he said: \u201cWell, I killed as many of them as they did of me, and now I\u2019m going "
            "to work.\u201d\n")
    root = encode(tmp_path, text, editorial="").tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    speech = root.xpath("//t:body//t:said", namespaces=ns)
    well = [e for e in speech if "".join(e.itertext()).startswith("\u201cWell,")]
    assert len(well) == 1 and well[0].get("prev") is None  # a passage of its own


@pytest.mark.parametrize("cited, listed", [
    # the notes cite a work of his, or the reference list does
    ("mill.[1]", "Notes\n\n[1] Barth, The Religions of the Mill, p. 30."),
    ("mill (Barth 1882).", "References\n\nBarth, A. (1882). The Religions of the Mill. London: Mill Press."),
])
def test_an_author_the_article_cites_says_in_writing(tmp_path, cited, listed):
    text = ("The Mill\n\nBy Ann Cole\n\nThe two doctrines have nearly the same conception of the "
            f"{cited} \u201cLike the millers,\u201d says Barth, \u201cthe wheelwrights are atheists of "
            "the river.\u201d\n\n\u201cI have seen the wheel,\u201d says Jones, who keeps the mill.\n\n"
            f"{listed}\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text, editorial=""))] == [
        ("quote", None), ("quote", None), ("said", "#person-jones")]


def test_a_debates_interjections_in_brackets_are_speech_by_whom_they_came_from(tmp_path):
    text = ("The mill is known to be anti-confederate [\"No, no,\" from Mr. Reed] —of Leeds. I think it "
            "hard. [\" Hear, hear,\"\nfrom Mr. Reed.] I scout the idea. (\"No, no,\" from Hons. Cole\nand "
            "Dove.) I judge. [\"Hear, hear.\"] The mill stands.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", "#person-reed"), ("said", "#person-reed"), ("said", None), ("said", None)]
    # a question set in brackets, a name, a defined term: no interjection
    text = ("The survey's one item (\"Do you prefer A or B?\") ran twice. The founder (\"J.J.\") and the "
            "Environmental Mill Agency (\"EMA\") agreed.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))][1:] == ["q", "q"]
    assert "said" not in [q[0] for q in quotes(encode(tmp_path, text, ""))]


def test_a_speakers_town_after_of_is_no_speaker(tmp_path):
    text = ("City Attorney Reed of Council Bluffs, Ia., said: “I came along with the millers to tell "
            "you how we feel about this exposition.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-reed")]


@pytest.mark.parametrize("text, who", [
    # the pronoun opening a clause of time stands for the name just before it
    ("I think I understand how Anna Reed felt when he said, “I have been driven many times to the "
     "mill by the conviction that I had nowhere else to go.”", "#person-anna-reed"),
    # another name between, or the clause cut by a comma: nobody guessed
    ("Anna Reed met Tom Cole when he said, “I have been driven many times to the mill by the "
     "conviction that I had nowhere else to go.”", None),
    ("Anna Reed was there, and when he said, “I have been driven many times to the mill by the "
     "conviction that I had nowhere else to go,” they laughed.", None),
])
def test_a_pronoun_opening_a_clause_after_a_name_is_the_names(tmp_path, text, who):
    found = quotes(encode(tmp_path, text, ""))
    assert [q[:2] for q in found] == [("said", who)]


@pytest.mark.parametrize("text", [
    "Smith said “that such prodigious floods never happen in our days.”",
    "Smith asked “whether the mill would be open on Sunday, as it was last year.”",
    "Smith told the court “because the wheel was broken, and nobody would mend it.”",
])
def test_a_clause_the_verb_governs_is_the_authors_sentence_going_on(tmp_path, text):
    assert [q[0] for q in quotes(encode(tmp_path, text))] == ["q"]


def test_resumed_between_the_two_parts_of_a_speech(tmp_path):
    text = "“My advice is,” resumed Smith, “that we unload; for I’ll bet five pounds we stick fast.”"
    assert [q[:2] for q in quotes(encode(tmp_path, text))] == [("said", "#ann"), ("said", "#ann")]


def test_a_sentences_opening_adverb_is_no_speaker(tmp_path):
    # "Furthermore, …, we are told": no one named "Furthermore"
    text = ("The miller's book gives reasons for peace between the towns. “Because most mixed, "
            "therefore most largely human, and as a consequence more vitally related.” Furthermore, "
            "both towns are noted for their love of peace, we are told, each having fought only when "
            "war was thrust upon it.")
    assert all(who is None for _, who, *rest in quotes(encode(tmp_path, text, "")))


def test_two_taking_turns_the_one_unnamed_is_not_the_other_running_on(tmp_path):
    text = ("Senator Reed said: “Red Cloud, I want to hear what you have to say.”\n\n"
            "“How,” said the old man, as he arose and took the senator's hand.\n\n"
            "“I believe you,” said Reed, as he took the hand of the chief. “Now, tell me what you "
            "are here for.”\n\n"
            "“I am 76 years old and cannot see very well. The light hurts my eyes.”")
    found = quotes(encode(tmp_path, text, ""))
    assert [q[:2] for q in found][-1] == ("said", None)  # the old man's, not Reed's run on


def test_asked_the_colonel_after_the_question_names_its_speaker(tmp_path):
    # "the colonel" is Colonel Cody, the text's one colonel ("If I were Colonel Cody I …": the
    # pronoun after his name is no part of it)
    text = ("Colonel Cody met us at the mill. “If I were Colonel Cody I wouldn't answer that,” "
            "said the major.\n\n"
            "“Why shouldn't women prefer men that are brave and strong?” asked the colonel; “my boys "
            "have to be brave.”")
    found = quotes(encode(tmp_path, text, ""))
    assert [q[:2] for q in found][-1] == ("said", "#person-cody")


def test_the_president_is_the_one_the_text_names_president_not_one_in_apposition(tmp_path):
    # "Senior Advisor to the President Jared Kushner" names another man; "the President." ends a
    # sentence; the headings' title case names no one
    text = ("The President Discusses the Mill with Director Reed\n\n"
            "The miller met Senior Advisor to the President Ann Cole at lunch. They spoke of the President. "
            "He was away. At one point the President said, \u201cNow that we fired Tom, the wheel is over.\u201d\n\n"
            "President Trump said later that he had said nothing of the kind at the mill.")
    found = quotes(encode(tmp_path, text, ""))
    assert [q[:2] for q in found] == [("said", "#person-trump")]


def test_a_quotation_that_says_whose_it_is_in_brackets_is_its_own_passage(tmp_path):
    # "'…,' cried Davies. '…'" would be Davies's running on, but the second says "(said I)"
    text = ("I said to Davies, 'Don't tell where I come from.'--'From Scotland,' cried Davies "
            "roguishly. 'Mr. Johnson, (said I) I do indeed come from Scotland, but I cannot help it.' "
            "And then 'Sir, (said Davies) he is a miller of the valley and knows it well.'")
    found = quotes(encode(tmp_path, text, ""))
    assert [q[:2] for q in found] == [("said", None), ("said", "#person-davies"), ("said", None),
                                      ("said", "#person-davies")]


def test_words_broken_off_then_a_new_sentence_are_two_passages(tmp_path):
    text = ('I heard him saying, "I love my little mills more than anything -- -- " And I said to '
            'myself, "Oh, no, don\'t. You can\'t -- don\'t say that." But he went on.')
    root = encode(tmp_path, text, "").tree.getroot()
    saids = root.xpath("//t:body//t:said", namespaces=NS)
    assert len(saids) == 2 and not any(s.get("next") or s.get("prev") for s in saids)


def test_he_said_after_the_narrators_turn_is_the_one_the_narrator_answered(tmp_path):
    text = ("The court sat late that day, and the room was full of people waiting for their turn.\n\n"
            "“Come here, girl, and lift your veil,” called out Judge Hale, in tones which surprised me.\n\n"
            "“Who are you speaking to?” I inquired, in my stateliest manner.\n\n"
            "“Come here, my dear, and lift your veil,” he said, very kindly.\n\n"
            "“Who are you?” a man asked.\n\n"
            "“I am the clerk of the mill,” he said.")
    found = quotes(encode(tmp_path, text, ""))
    whos = [who for _, who, _ in found]
    assert whos[0] and whos[2] == whos[0]
    assert whos[1] is None and whos[4] is None  # (after a turn not the narrator's: no guess)


@pytest.mark.parametrize("lead", ["He came back from the mill, crying ", "The miller raised an outcry of ",
                                  "There were some murmurs of ", "The crowd in the yard shouted "])
def test_a_sentence_cried_out_is_a_passage_whatever_ends_it(tmp_path, lead):
    # quoted words of their own, not a phrase woven into the author's sentence
    [(tag, _, _)] = quotes(encode(tmp_path, lead + "“The strike is settled.” Nobody believed it.", ""))
    assert tag in ("said", "quote")


def test_what_someone_called_a_sentence_stays_a_phrase(tmp_path):
    [(tag, _, _)] = quotes(encode(tmp_path, "It was what the miller called “A new start.” Nobody believed it.", ""))
    assert tag == "q"


def test_verse_set_in_a_line_to_a_block_is_one_quotation_from_its_first_mark_to_its_last(tmp_path):
    # a couplet quoted under a paragraph that leads into it with no colon, each line a block
    text = ("The procession wound along the shore towards the mill, and the banners showed and\n"
            "hid again among the trees.\n\n"
            "                   ----“Magno telluris amore\n\n"
            "               Egressi optatâ Troes potiuntur arena.”\n\n"
            "I had determined not to go down to the river that day.")
    root = encode(tmp_path, text, "").tree.getroot()
    first, last = root.xpath("//t:body//t:quote", namespaces=NS)  # one quotation, a part a block
    assert first.get("next") == f"#{last.get(XML_ID)}" and last.get("prev") == f"#{first.get(XML_ID)}"
    assert "".join(first.itertext()).startswith("“Magno") and "".join(last.itertext()).endswith("arena.”")
    assert not root.xpath("//t:body//t:supplied", namespaces=NS)  # no mark supplied


def test_a_speaker_addressed_by_two_of_the_three_names_the_text_prints_is_that_person(tmp_path):
    text = ("I met Pavel Ivanovich Melnikov, the historian, at his house by the mill.\n\n"
            "\"What should we do?\" I asked.\n\n"
            "\"First of all, keep the wheel turning,\" answered Pavel Ivanovich.\n\n"
            "\"The river will not wait,\" said Melnikov.")
    whos = [who for tag, who, _ in quotes(encode(tmp_path, text, "")) if tag == "said"]
    assert whos[1] is not None and whos[1] == whos[2]  # one person, not two


def test_i_in_a_trials_answer_is_the_witness_the_record_swore_last(tmp_path):
    # "_Mr. Tom Reed sworn._" / "_Q._ …" / "_A._ … I said "…"": the witness's words, however many
    # questions and answers stand between
    qa = ["_Q._ Did you see the gentleman at the mill that morning?", "_A._ Yes, I saw him come in."] * 30
    text = "\n\n".join([
        "     _Mr. Tom Reed sworn._", "     _Examined by Mr. Cole._", *qa,
        "_A._ He came into the mill; when he got there I said \"I am led to suppose you bring news,\" and he went.",
        "     _Ann Ames sworn._",
        "_A._ He told me to keep it. I said, \"Yes, Sir, I will.\" He then went.",
        "_Q._ And what did he say? I said \"nothing\" to the clerk."])
    saids = [(who, words) for tag, who, words in quotes(encode(tmp_path, text, "")) if tag == "said"]
    assert saids[:2] == [("#person-tom-reed", '"I am led to suppose you bring news,"'),
                         ("#person-ann-ames", '"Yes, Sir, I will."')]


def test_a_common_noun_a_name_owns_speaks_not_the_owner(tmp_path):
    # "One of Mr. Reed's little girls, about three years old, said, '…'": the girl speaks, no
    # one the text names; "Cole's voice called a warning, '…'": his own words
    text = ("A little after eight every person got up. One of Mr. Reed's little girls, about three or four "
            "years old, said, “Papa, must my kisses and cakes go to the custom-house?” Tom Cole came up "
            "behind. At the same moment Cole’s voice called a warning from the hill, “Look out! You are "
            "close on the weir now.”")
    said = [q for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"]
    assert [q[1] for q in said] == [None, "#person-cole"]


def test_words_in_small_letters_far_after_a_verb_and_its_comma_go_on_with_the_authors_sentence(tmp_path):
    # 'the words uttered, for he was indeed the true representative of a thief stealing onwards
    # in the night, "with a miller's ravishing strides,"': the verb set off by its comma is far
    # back, the words woven into the author's sentence
    text = ("And fully did the amateur give the expression to one sense of the words uttered, for he was "
            "indeed the true representative of a thief stealing onwards in the night, \"with a miller's "
            "ravishing strides,\" and disguising his face as if he were thoroughly ashamed of it.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q"]
    # near it, they are the verb's object: 'Cole said, in a circle of friends, "if …"'
    text = ("Ann Cole said, in a circle of friends, \"if the mill were ours we would grind for the "
            "whole valley and ask nothing for it.\"")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_the_reviewed_books_author_says_in_the_review_his_writing(tmp_path):
    # under a notice "… By Francis Parkman. Boston: …", '"In their eyes," says Mr. Parkman, "…"'
    # quotes the book under review: writing, no speech of his
    text = ("LITERATURE OF THE DAY.\n\n(Mill Magazine, Vol. XX, No. 33, November 1877)\n\n"
            "Count Reed and the New Mill under Louis XIV. By Tom Cole. Riverton: Little, Weir & Co.\n\n"
            "In this volume Mr. Cole has made a long step toward the culminating point of his series of "
            "histories of the mills of the valley.\n\n"
            "He well understood the character of the millers. \"In their eyes,\" says Mr. Cole, \"Reed was "
            "by far the greatest of the masters of the mills of the valley.\"\n")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None), ("quote", None)]
    from edition.structure.headings import reviewed_author
    assert reviewed_author("THE MILL. By TOM REED. Ticknor & Fields. Boston. Price, 75 cts.") == "Reed"
    assert reviewed_author("Briefe aus Riverton (1876). Von Ann Cole. Wien.") == "Cole"
    assert reviewed_author("The Mill. By Tom Reed, M.A., F.R.S. John Murray.") == "Reed"


def test_the_author_of_the_book_a_reviews_title_gives_says_his_writing(tmp_path):
    # the review's title is the book's notice ("The Descent of Man …. By Charles Darwin, M.A.,
    # F.R.S. John Murray."): "'That these ornaments,' says Mr. Darwin, '…'" quotes the book
    text = ("The Mills of the Valley and Selection in Relation to Water. By Thomas Reed, M.A., F.R.S. John Murray.\n\n"
            "(The Mill Quarterly Review, Vol. LIII, April 1871: Contemporary Literature)\n\n"
            "The pleasure of reading Mr. Reed's long-promised volumes is at length gratified.\n\n"
            "It offers a striking example of the force of selection. 'That these wheels,' says Mr. Reed, "
            "'should have been formed by the selection of many variations is astonishing.'\n")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None), ("quote", None)]


def test_many_words_in_small_letters_with_no_lead_in_of_their_own_are_a_phrase(tmp_path):
    # '"to be nailed to a continuation … to be free" was what she feared': one sentence in small
    # letters, however long, woven into the author's; not after a colon, not with a note or a
    # citation after it, not a question
    text = ("The mill was quiet. \"to be nailed to a continuation and exaggeration of my present life in "
            "the mill, to put it out of my power ever to be free\" was what she feared.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q"]
    text = ("He accepted the fatherhood of the miller and the brotherhood of the weir: \"we are strangely "
            "affected by the clothes we wear at the mill on every day of the week\" was his word.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] != ["q"]
    text = ("According to Reed et al. (2022, p. 1), \"in 2019, the valley's grain output increased by "
            "48.1% compared with that in 2005 and the mills kept pace\". However, that is not all.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] != ["q"]


def test_an_apostles_words_in_the_present_are_his_epistles(tmp_path):
    # 'St. Paul tells us one thing …: "Children, obey your parents in all things …"': writing,
    # no speech of his; in the past, "St. Paul said to the elders" is speech
    text = ("We may please Him now, while we are soldiers. St. Paul tells us one thing in which you may "
            "please Him: \"Children, obey your parents in all things: for this is well pleasing unto the Lord.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None)]
    text = ("At Miletus St. Paul said to the elders of the mill: \"I have coveted no man's silver, or gold, "
            "or apparel, in all my days at the mill.\"")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_a_name_after_a_preposition_before_the_verb_is_no_speaker(tmp_path):
    # "my worthy captain …, finding that the bent of my mind was towards London, said to me, '…'":
    # London is where his mind was bent, not who spoke
    text = ("So that my worthy captain and his owner, my late master, finding that the bent of my mind was "
            "towards Leeds, said to me, “We hope you won’t leave us, but that you will still be with the mill.”")
    said = [q for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"]
    assert [q[1] for q in said] == [None]


def test_words_in_small_letters_going_on_from_a_long_that_clause_are_the_authors_sentence(tmp_path):
    # 'Harris declares that King Leopold’s regime meant the death of twelve million natives, “but
    # what we … felt most keenly was …. The invasion of family life …”': the reported clause runs
    # on into the quoted words, several sentences though they are
    text = ("Reed declares that the miller’s new weir meant the ruin of every mill below the town, “but what we "
            "who lived by the river felt most keenly was the loss of the fish. The weir shut them out of the "
            "upper reaches for good, and the boys who fished there went to the factories.”")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q"]


def test_a_that_clause_quoted_in_capitals_the_authors_sentence_going_on_after_it_is_a_phrase(tmp_path):
    # 'When he says that “Nature’s intention is to strengthen the body before exercising the mind”
    # he hardly states the fact fairly': one clause, no stop of its own, the sentence going on —
    # the object of "says that"; with its own stop, a sentence quoted
    text = ("When Reed says that “The miller’s intention is to strengthen the weir before the flood” he "
            "hardly states the fact fairly. Reed said that “The mill is closed for the winter.” Then he left.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "said"]


def test_words_spoken_after_a_sentence_whose_subject_is_a_named_person_are_his(tmp_path):
    # 'Lenin appeared enthusiastic. “That is a great idea, and you shall have all the help you
    # want.”': words of their own, no verb of their own, spoken ("you"), after a sentence whose
    # subject is one named person; a book's sentence in the third person after a place, no one's
    text = ("The Mill\n\nBy Ann Cole\n\nI met Tom Reed at the weir. To organise a society for the mills was my "
            "plan. Reed appeared enthusiastic. “That is a great idea, and you shall have all the help you want.”\n\n"
            "The valley has its own customs, and the books say so. Gippsland keeps them best. “Some children of "
            "the valley in playing at mills will build a wheel of reeds.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-reed"), ("quote", None)]
    # "he" the subject of the sentence between, naming no one: still his
    text = ("The Mill\n\nBy Ann Cole\n\nCaptain Tom Reed, of the lower mill, drove to the weir. He said the first message "
            "came at midnight. “I gave the order to stop the wheel at once.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-tom-reed")]


def test_speech_reported_in_the_third_person_with_its_tense_put_back_is_a_phrase(tmp_path):
    # 'at which the deceased said, “he did not wonder, as what with the weather …”': the reporter's
    # words for what was said; 'Reed said, “he is a noble fellow.”' keeps the speaker's tense
    text = ("The Mill\n\nBy Ann Cole\n\nTom Reed felt a cramp in his limbs, at which the miller said, “he did "
            "not wonder, as what with the weather and the work they had had a hard time of it.” Later Tom Reed "
            "said, “he is a noble fellow, and the mill is his.”")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "said"]


def test_a_motto_or_an_emblem_named_is_a_phrase_a_sentence_though_it_is(tmp_path):
    # 'a world whose implicit motto is: “The good of all humanity.”', 'the socialist emblem, “Workers
    # of the World Unite”'; not a maxim a person owns: 'Reed's memorable maxim, "When you go …"'
    text = ("The Mill\n\nBy Ann Cole\n\nIt is a valley whose implicit motto is: “The good of every mill.” The "
            "paper once carried the millers' emblem, “Millers of the Valley Unite.” Tom Reed's memorable maxim, "
            "“When you go to the mill, take the sack along,” is still quoted.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q", "q", "quote"]


def test_talks_quotative_like_leads_in_speech(tmp_path):
    # 'Jobs hated this. He was like, "You can't use WebKit."', 'I was like, "how does this …?"':
    # words said, as talk reports them; "words like "freedom"" names a word
    text = ("The Mill\n\nBy Ann Cole\n\nTom Reed hated this. He was like, \"You can not use my wheel. "
            "That is my own mill.\" Then I was like, \"how does this wheel turn?\" Words like \"weir\" "
            "matter to millers.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-tom-reed"), ("said", None),
                                                                   ("q", None)]


def test_a_verbs_word_capitalised_in_a_name_is_no_verb_and_said_he_supposed_is_no_inversion(tmp_path):
    # "Mr. Bowker said he supposed we did not rightly recognize … in the United States libraries …"
    # over his paragraph of speech: "said" is the verb (not the "States" of a name), and "said he
    # supposed" reports what he said, the name before it the speaker's
    text = ("Mr. Reed said he supposed we did not rightly recognize the millers of the valley in the "
            "United States libraries, because they were so thoroughly a part of the valley.\n\n"
            "\"It is a significant coincidence that on this very day there goes into operation a law which "
            "recognizes the mills of the valley. It is interesting to some of us that this should be so.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-reed")]


def test_a_title_of_address_inside_words_woven_in_ends_no_sentence(tmp_path):
    # 'he will not long possess it exclusively, as his “highly distinguished countryman, Mr.
    # Prescott, has also been proposed.”': one sentence, going on with the writer's
    text = ("Reed says the society is very old and that he is the first miller upon whom it has been "
            "conferred, but that he will not long possess it exclusively, as his “highly distinguished "
            "countryman, Mr. Cole, has also been proposed.”")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == ["q"]


def test_states_in_the_present_gives_written_words(tmp_path):
    # a report's '“It is scarcely conceivable,” Dr. Arnott states, “that …”': his evidence as
    # written, no speech; and "Mr. Reed said he supposed": not "said he", inverted
    text = ("The dust is as destructive to the lungs of the millers. “It is scarcely conceivable,” Dr. Cole "
            "states, “that the immense quantities of dust pounded by the wheels are not injurious.”")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("quote", None), ("quote", None)]
    text = ("Mr. Reed said he supposed we did not rightly know the millers of the valley, because they were "
            "so thoroughly a part of it.\n\n\"It is a significant coincidence that on this very day there goes "
            "into operation a law for the mills of the valley. It is interesting to some of us.\"")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-reed")]


def test_a_passage_reopened_after_a_cross_head_goes_on_past_it(tmp_path):
    # a reporter's account, each paragraph reopened, a cross-head printed inside it ("“… about 1200
    # inhabitants." / "MANY TOWNS DEMOLISHED." / "“The residence portion …"): one passage in two
    # parts, linked by @next and @prev; a paragraph its own clause attributes after the cross-head
    # is a new one ('"The Titanic's equipment was …," said the witness.')
    report = ("The first news came in the following account from an eye-witness:\n\n"
              "“The storm that raged along the valley on Saturday wrecked the mill and the weir. The "
              "wheel was carried two miles down the river.\n\n"
              "“The miller reports that not a building is left standing by the river. The town of "
              "Leeds is about 1200 inhabitants.\n\n"
              "                         MANY MILLS DEMOLISHED\n\n"
              "“The upper town presents a dilapidated appearance, but the damage there has not been "
              "so great as in the lower.\n\n"
              "“The train which left here at 7.55 was wrecked at a point about two miles north of the "
              "mill.”\n\nThe worst was feared in all parts of the county, and it was realized.")
    root = encode(tmp_path, report).tree.getroot()
    first, second = root.xpath("//t:body//t:quote", namespaces=NS)
    assert second.get("prev") == "#" + first.get(XML_ID) and first.get("next") == "#" + second.get(XML_ID)
    assert not first.xpath(".//t:supplied", namespaces=NS)  # left open as the source leaves it
    # (a list's item after the cross-head is no paragraph of the passage)
    listed = report.replace("“The upper town presents a dilapidated appearance, but the damage there has not "
                            "been so great as in the lower.\n\n", "1. “Weirs” and races, both lost.\n\n"
                            "2. “Wheels” and stones, both saved.\n\n")
    root = encode(tmp_path, listed).tree.getroot()
    assert not root.xpath("//t:body//*[@prev]", namespaces=NS)
    said = report.replace("“The upper town presents a dilapidated appearance, but the damage there has not "
                          "been so great as in the lower.\n\n", "“The upper town was spared,” said the miller.\n\n")
    root = encode(tmp_path, said).tree.getroot()
    assert [e.get("prev") for e in root.xpath("//t:body//t:quote|//t:body//t:said", namespaces=NS)] == [None] * 3


def test_i_in_a_witnesss_evidence_is_the_witness_the_record_names_as_examined(tmp_path):
    # "George Read, examined by Mr. BODKIN: I live in Victoria-street. … I said, “What is the use of
    # examining a glass which is empty?”": the witness's "I"
    text = ("Tom Cole, examined by Mr. BODKIN: I live in Mill-street, near the market. I keep a house "
            "frequented by millers. Reed handed me the glass after it had been emptied. I said, “What is "
            "the use of examining a glass which is empty?” He said nothing to that.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [("said", "#person-tom-cole")]


def test_a_second_utterance_after_but_and_its_own_verb_is_no_interruption(tmp_path):
    # 'she remarked …, "I feel the truth of these remarks;" but, after a pause, she said, "I have
    # tried to do my duty …"': two speeches; a clause in lower case after it goes on with the first
    text = ("Ann Smith remarked with much emotion, “I feel the truth of these remarks;” but, after a pause, "
            "she said, “I have tried to do my duty as a wife and as a mother.”")
    result = quotes(encode(tmp_path, text))
    assert [q[0] for q in result] == ["said", "said"]
    prevs = [e.get("prev") for e in encode(tmp_path, text).tree.getroot().xpath("//t:body//t:said", namespaces=NS)]
    assert prevs == [None, None]
    text = ("Ann Smith said fervently, “Yes, it is sufficient,” and then solemnly lifting her hand, she "
            "added, “and there is nothing else!”")
    prevs = [e.get("prev") for e in encode(tmp_path, text).tree.getroot().xpath("//t:body//t:said", namespaces=NS)]
    assert prevs[0] is None and prevs[1] is not None


def test_an_exchange_in_one_paragraph_each_turn_labelled_is_speech_by_its_labels_person(tmp_path):
    # "the following conversation with Dr. Burney:--BURNEY. 'How does poor Smart do, Sir?'
    # JOHNSON. 'It seems …'"; "Coppée: “It would seem …” Cabaner, after a silence: “Is it …?”"
    text = ("He had the following conversation with Dr. Cole:--COLE. 'How does poor Reed do, Sir; is he "
            "likely to recover?' JOHNSON. 'It seems as if his mind had ceased to struggle with the mill.' "
            "COLE. 'Perhaps, Sir, that may be from want of exercise.'")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", "#person-cole"), ("said", "#person-johnson"), ("said", "#person-cole")]
    # one label alone before a quotation is no exchange ("Again: “…”" reads on as before)
    text = ("Ann Smith wrote a great deal about the mill. Again: “The wheel is the heart of the valley, "
            "and the weir its lungs.”")
    assert [q[0] for q in quotes(encode(tmp_path, text))] != ["said"]


@pytest.mark.parametrize("year, tag", [("1850", "quote"), ("2015", "said")])
def test_says_over_sentences_in_old_prose_quotes_writing(tmp_path, year, tag):
    # 'Dr. Rush says: “It is impossible to calculate the mischief …. …”' in a text printed in 1850
    # quotes his book (the present of citation); a modern report's "says" is speech
    text = (f"On Mills\n\nBy Tom Reed\n\n(The Mill Review, Vol. 2, March {year})\n\n"
            "The mills of the valley were many. Dr. Cole says: “It is impossible to calculate the mischief "
            "the weirs have done. They stop the fish and flood the meadows.” So it was.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == [tag]


def test_an_answer_opening_with_a_reply_in_old_prose_is_speech_whatever_the_verb(tmp_path):
    # '“Yes,” says Colonel Field, “I am glad to make the acquaintance of your father, …”': the
    # narrator's present, talk answered, not a writer's sentences
    text = ("On Mills\n\nBy Tom Reed\n\n(The Mill Review, Vol. 2, March 1850)\n\n"
            "I went to the mill. “Yes,” says Colonel Cole, “I am glad to see the mill. "
            "Also, I would like to stay and take dinner here.” So it was.")
    assert [q[:2] for q in quotes(encode(tmp_path, text, ""))] == [
        ("said", "#person-cole"), ("said", "#person-cole")]


@pytest.mark.parametrize("words, tag", [
    # one long sentence stated: the book's ('Speaking of the Kaffirs, J. G. Wood says, “Their
    # state of health enables them to survive injuries …”')
    ("“Their state of health enables them to survive injuries which would kill a white man "
     "within a few days of the accident.”", "quote"),
    # an old maxim's "thy" addresses every reader
    ("“Eat and drink such an exact quantity as suits the constitution of thy body, in reference to its services.”",
     "quote"),
    # a short one, a question, or words said to someone ("you") are speech
    ("“The weir is old.”", "said"),
    ("“Will the weir hold through the whole of the winter floods that are coming down the valley now?”", "said"),
    ("“You exercise control, and do not allow the man to pay more than five pounds for the whole vessel.”", "said")])
def test_says_before_one_long_sentence_in_old_prose_quotes_writing(tmp_path, words, tag):
    text = (f"On Mills\n\nBy Tom Reed\n\n(The Mill Review, Vol. 2, March 1850)\n\n"
            f"The mills of the valley were many. Speaking of the millers, Dr. Cole says, {words} So it was.")
    assert [q[0] for q in quotes(encode(tmp_path, text, ""))] == [tag]


def test_a_speakers_title_and_name_broken_across_a_wrapped_line_are_one_name(tmp_path):
    # '"I must summon the Cabinet," said Lord' / 'Melbourne, at half-past nine.'
    text = ("The Miller's Journal\n\nI told the miller that I feared I had stopped the wheel, and he\n"
            "saw it. \"I must summon the millwrights,\" said Lord\nHale, at half-past nine. "
            "\"It may have very serious consequences.\"\n")
    who = {w for tag, w, _ in quotes(encode(tmp_path, text, "")) if tag == "said"}
    assert who == {"#person-lord-hale"}


def test_this_and_a_capitalised_noun_is_a_role_not_a_name(tmp_path):
    # an old record capitalises its nouns: "Whereupon this Deponent said, “Dost thou …?”" names
    # no one; "this Hale", a name the text gives in full, and "Upon this Hale said" are Hale's
    text = ("The Tryal of John Hale\n\nJohn Hale was a miller at the weir.\n\n"
            "The miller threatened the wheel. Whereupon this Deponent said, “Dost thou threaten the mill?”\n\n"
            "Upon this Hale said to me, “Put on your things and let us out.”\n")
    who = [w for tag, w, _ in quotes(encode(tmp_path, text, "")) if tag == "said"]
    assert who == [None, "#person-hale"]


def test_a_name_after_a_verb_in_ing_is_its_object_not_the_speaker(tmp_path):
    # "the Queen, during a talk with Sir Arthur Bigge, after eulogising Sir Robert Peel, said:"
    text = ("The Miller's Letters\n\nYears later the miller, during a talk with his clerk, after praising "
            "Tom Reed, said: “I was very young then, and I should act differently now.”\n")
    who = [w for tag, w, _ in quotes(encode(tmp_path, text, "")) if tag == "said"]
    assert who == [None]
    # "one evening Hale said" and "the thing Hale said" keep their subject
    text = "The Mill\n\nJohn Hale kept the mill. One evening Hale said, “The wheel is stopped for good.”\n"
    assert [w for tag, w, _ in quotes(encode(tmp_path, text, "")) if tag == "said"] == ["#person-hale"]


def test_words_borrowed_as_another_put_them_interrupted_by_as_he_said_are_a_phrase(tmp_path):
    # '… thought; “furiously earnest,” as Monckton Milnes said, “on both sides of every
    # question”; he was …': words the author's sentence borrows, a phrase
    text = ("The Miller\n\nHe did not box the compass of thought; “furiously earnest,” as Tom Reed said, "
            "“on both sides of every question”; he was a consistent miller.\n\n"
            "The boys had no benches. “For want of these seats,” as he put it, “we know not where to sit.”\n")
    tags = [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))]
    # the speaker's own "we" is speech all the same
    assert tags == ["q", "q", "said", "said"]


def test_words_interrupted_again_after_quotations_nested_in_them_go_on_as_one_passage(tmp_path):
    # '"The next morning," Porcupine continues, "I saw … He said: 'I am …' … I have returned to
    # my tribe," said Porcupine, "to tell all this."': three parts of one passage, one speaker
    text = ("The Mill\n\nJohn Hale made a statement to the magistrate. \"The next morning,\" Hale continues, "
            "\"I saw the miller again. He said: 'I am the man who built the wheel.' The river was high. "
            "I have returned to my mill,\" said Hale, \"to tell all this.\" In his statement Hale says nothing "
            "of the weir.\n")
    root = encode(tmp_path, text, "").tree.getroot()
    outer = root.xpath("//t:body//t:p/t:said", namespaces=NS)
    assert [s.get("who") for s in outer] == ["#person-hale"] * 3
    assert [s.get("prev") for s in outer] == [None, "#" + outer[0].get("{http://www.w3.org/XML/1998/namespace}id"),
                                              "#" + outer[1].get("{http://www.w3.org/XML/1998/namespace}id")]


def test_an_answer_after_a_question_or_after_and_he_replied_is_another_speech_not_its_second_part(tmp_path):
    text = ("The Mill\n\nTom Reed made a statement. \"I asked him,\" says Tom Reed, \"what he meant by the wheel,\" "
            "and he replied, \"if grinding will not do, we must use force.\"\n\n"
            "In reply to a question put by Tom Reed to John Hale, ‘Could you tell me whether the "
            "“wheel” would have stopped?’, John Hale replied, ‘Yes, indeed, it served only as a pretext.’\n\n"
            "I would return the notes, saying, “I can’t read them, sir.” “Can’t you?” he replied; "
            "“then I must read them to you.”\n")
    said = encode(tmp_path, text, "").tree.getroot().xpath("//t:body//t:p/t:said", namespaces=NS)
    by_words = {s.xpath("string()")[:12]: (s.get("who"), s.get("prev")) for s in said}
    assert by_words["\"I asked him"][0] == "#person-tom-reed"
    assert by_words["\"if grinding"][1] is None  # Hale's answer, no part of Reed's words
    assert by_words["‘Yes, indeed"][1] is None
    assert by_words["“then I must"][1] is not None  # the reply going on after "he replied;"


def test_a_name_joined_by_and_to_a_place_or_a_title_is_no_speaker(tmp_path):
    # '"To will is to have to will," says his Maximus in Emperor and Galilean.': "Galilean" is
    # the play's title's, as "Emperor" is
    text = "The Mill\n\nHe feels the claim. \"To grind is to have to grind,\" says his Hale in Mill and Weir. This is the key.\n"
    assert [w for tag, w, _ in quotes(encode(tmp_path, text, "")) if tag == "said"] == [None]


def test_without_a_register_the_name_opening_the_sentence_just_before_is_hes(tmp_path):
    text = "\n\n".join([
        "The Mill Talk", "By Ann Reed",
        "Bucharin, editor of the mill paper, found me at a table in the Metropole.",
        "Bucharin took the map and looked at it.",
        '"Idiotism, rank idiotism!" he said.',
        'I said the mill would stop. Bucharin laughed. "You old miller!" he said. "That would be all true."',
        '"And is the poor mill railway to feed Leeds?"',
        '"Before then the river will have risen."',
        'Reed met Cole and Bucharin in the yard. "We are late," he said.'])
    got = _speakers(encode(tmp_path, text, ""), 12)
    # the question after his words, unattributed, is the narrator's; the answer after it his
    # again; where a sentence names several, no guess
    assert got == [("Bucharin", '"Idiotism, r'), ("Bucharin", '"You old mil'), ("Bucharin", '"That would '),
                   (None, '"And is the '), ("Bucharin", '"Before then'), (None, '"We are late')]


def test_a_name_in_the_possessive_after_an_inverted_verb_owns_the_speaker_it_is_not_one(tmp_path):
    # '"We are only the children who might have been," murmured Lamb's dream babes to him'
    text = ("The Mill Dreams\n\nBy Ann Reed\n\nI hail the mill. \"We are only the children who might have "
            "been,\" murmured Cole's dream babes to him. \"The wheel is old,\" said Cole's brother. "
            "Hale's answer was, \"It is too late.\"")
    got = [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text, ""))]
    assert got == [("said", None), ("said", None), ("said", "#person-hale")]


def test_a_verb_that_reports_what_follows_it_attributes_no_words_before_it(tmp_path):
    # '"…" Smith points out that this …': the verb reports the clause after it
    result = encode(tmp_path, "The old rhyme runs: “The wheel goes round and the corn comes down.” Smith "
                              "points out that this rhyme is older than the mill itself.")
    assert _speakers(result, 12) == []
    # said after the words, they are hers
    result = encode(tmp_path, "“The wheel of the county is older than the mill itself,” Smith points out, "
                              "and the town agrees with her.")
    assert _speakers(result, 12) == [("Ann Smith", "“The wheel o")]


def test_words_after_the_title_of_the_work_they_come_from_are_written(tmp_path):
    # '… taken from Cicero's "De Officiis": "Nam cum …"': the work's words, not the speaker's
    result = encode(tmp_path, "Smith points out that the mill's motto is taken straight from Cato’s "
                              "“De Agri Cultura”: “Prima adulescentia patrem familiae agrum conserere "
                              "studere oportet.”")
    assert _speakers(result, 12) == []
    assert [tag for tag, who, words in quotes(result)][-1] == "quote"


def test_one_turn_set_off_by_a_dash_after_a_name_with_its_office_or_title(tmp_path):
    # 'Judge Lawrence—"Put in the card of lace."' between a witness's evidence: the judge's words
    result = encode(tmp_path, "The witness said the sluice was broken on the Wednesday.\n\n"
                              "Judge Reed—“Put in the sluice gate.”\n\n"
                              "Mr. Cole—“I have it here, my lord.”\n\n"
                              "Note.—“The gate was never found.”", "")
    speakers = _speakers(result, 12)
    assert [who for who, words in speakers] == ["Judge Reed", "Cole"]


def test_a_turn_set_off_by_a_dash_after_the_title_the_text_gives_one_person(tmp_path):
    # 'The General--"Sir, you appear …"' / 'Mr. Minshull--"Well, Sir, …"': the title stands for
    # the one the text names by it ("General Sarsfield Lucan"); an office no one holds by name,
    # no one's ("The Judge--", no judge named)
    result = encode(tmp_path, "General Tom Lucan came before the magistrate, Mr. Minshull.\n\n"
                              "Mr. Minshull--\"Were you ever confined?\"\n\n"
                              "The General--\"Sir, you appear to me to be talking in a queer way.\"\n\n"
                              "Mr. Minshull--\"Well, Sir, I will speak as plainly as you do.\"\n\n"
                              "The Judge--\"The court will rise at four.\"", "")
    assert _speakers(result, 10) == [("Minshull", "\"Were you "), ("Tom Lucan", "\"Sir, you "),
                                     ("Minshull", "\"Well, Sir"), (None, "\"The court")]


def test_a_name_its_title_shows_after_a_full_name_is_the_speaker(tmp_path):
    # "Lord Monk accosted him …, and Mr. Scully replied:--" / "'…'": Scully's words, not Monk's
    result = encode(tmp_path, "Mr. Weir kept the lower mill, and was a very amusing man.\n\n"
                              "Tom Reed met him one night at the weir, and Mr. Weir replied:--\n\n"
                              "‘If you have taken the water, my friend, it is no reason you should take mine.’", "")
    assert _speakers(result, 12) == [("Weir", "‘If you have")]


def test_a_participle_after_a_determiner_is_no_verb_of_saying(tmp_path):
    # "… the declared Will of God: which is … demonstrated by the prophet Jeremiah …" / "“Woe …”":
    # "declared" qualifies a noun; no one's words
    result = encode(tmp_path, "This proves that the freedom of the mill was the declared Will of the town: "
                              "which is more clearly shown by the old charter of the weir.\n\n"
                              "“Woe be to him that useth his neighbour’s water without paying, and giveth him "
                              "not for his work.”", "")
    assert _speakers(result, 12) == []
    # a verb still: "the town declared"
    result = encode(tmp_path, "Smith declared: “Woe be to him that useth his neighbour’s water without paying.”")
    assert _speakers(result, 12) == [("Ann Smith", "“Woe be to h")]


def test_cries_named_as_many_are_what_was_cried_however_they_end(tmp_path):
    # "[Cries of "Question," "Hear him," …]", "counter cries of "Phillips or nobody,"": speech
    result = encode(tmp_path, 'We have met to discuss these resolutions. [Cries of "Question," "Hear him," '
                              '"Go on," etc.] I hope I shall be heard. Applause, and counter cries of '
                              '"Smith or nobody," went on a while.', "")
    assert [(tag, words) for tag, _, words in quotes(result)] == [
        ("said", '"Question,"'), ("said", '"Hear him,"'), ("said", '"Go on,"'), ("said", '"Smith or nobody,"')]
    # a cry the sentence names with "the" is a slogan named, a phrase
    result = encode(tmp_path, 'As to the cry of "Mills for the millers," the mayor summons up the old charter '
                              'of the town for a drubbing.', "")
    assert [tag for tag, _, _ in quotes(result)] == ["q"]


def test_a_question_with_its_askers_verb_answered_by_another_named_is_two_speeches(tmp_path):
    # 'called out, "who's there?" the prisoner answered "it's Ned."': the prisoner's answer, in
    # lower case, no part of the question
    result = encode(tmp_path, 'Smith went to the door of the mill, and called out, "who\'s there?" the prisoner '
                              'answered "it\'s Ned." Smith then went down.')
    assert _speakers(result, 8) == [("Ann Smith", '"who\'s t'), (None, '"it\'s Ne')]
    assert 'next=' not in result.tei.decode()


def test_words_heard_or_named_as_the_answer_are_speech_however_short(tmp_path):
    # 'heard "All's well" twice, and "Do your duty" once', 'the answer was, "Ned,"'
    result = encode(tmp_path, 'Smith called again, and the answer was, "Ned," in a low voice. He afterwards '
                              'heard "All\'s well" twice, and "Do your duty" once. He heard "a great noise" below.', "")
    assert [(tag, words) for tag, _, words in quotes(result)] == [
        ("said", '"Ned,"'), ("said", '"All\'s well"'), ("said", '"Do your duty"'), ("q", '"a great noise"')]


def test_a_sentence_after_a_verb_of_saying_and_when_or_how_it_was_said_is_speech(tmp_path):
    # 'Each of them exclaimed at this moment "Into thy hands, O God, I commit my spirit."'
    result = encode(tmp_path, 'The men stood still at the weir. Each of them exclaimed at this moment "Into thy '
                              'hands, O God, I commit my spirit." They went on.', "")
    assert [tag for tag, _, _ in quotes(result)] == ["said"]
    # a phrase in small letters after it stays the author's
    result = encode(tmp_path, 'He said in his book "the mill of the town" was old.', "")
    assert [tag for tag, _, _ in quotes(result)] == ["q"]


def test_a_writer_who_tells_us_is_quoted_from_a_book_and_never_is_no_name(tmp_path):
    # "‘I had recommended two volumes,’ Cottle tells us, ‘but …’": the writer's book, no speech
    result = encode(tmp_path, "The mill was old. ‘I had recommended two volumes,’ Smith tells us, ‘but one was "
                              "fixed on at last.’ Then Jones told us, “We shall go home now.”")
    assert [(tag, who) for tag, who, _ in quotes(result)] == [("quote", None), ("quote", None), ("said", "#bob")]
    # "Never said to Garton, ‘Now you may swear …’": a sentence opening with "Never", no speaker
    result = encode(tmp_path, "Never had any dispute with the miller. Never said to Garton, ‘Now you may swear "
                              "to the miller, for he is the man.’ Never went there.", "")
    assert "who=" not in result.tei.decode().split("<body>")[1]


def test_a_place_or_a_body_of_men_is_no_speaker_nor_the_name_before_a_relative_who(tmp_path):
    # "15,000 persons, most of them National Guards …, shouting, “Vive la Commune!”": a body
    result = encode(tmp_path, "Before the mill there stood some hundreds of men, most of them National Guards "
                              "from the town, shouting, “Down with the mill!” Then they went home.", "")
    assert _speakers(result, 8) == [(None, "“Down wi")]
    # "… or if it were not North and South America. …; “it may be we shall touch the Happy Isles.”"
    result = encode(tmp_path, 'The millers looked out from the weir, and knew not whether the land might be Leeds, '
                              'or if it were not North and South America. "It may be that the weir will wash us '
                              'down," said Tom (thinking of what millers call the "getting-off place"); "it may be '
                              'we shall touch the mill." And so on.', "")
    assert "South America" not in [who for who, _ in _speakers(result, 8)]
    # "Trochu … was haranguing some battalions of the Mobiles, who were shouting “Vive Trochu!”"
    result = encode(tmp_path, "There Smith, his coat torn, was haranguing some battalions of the Guards, who were "
                              "shouting “Long live Smith!” Other battalions went by.")
    assert _speakers(result, 8) == [(None, "“Long li")]



def test_a_title_of_scripture_before_a_name_then_who_said(tmp_path):
    # "Rahere saw the Apostle Bartholomew, who said to him such words as these:—“Build …”":
    # the name after the title is the speaker's (the article before it no bar)
    result = encode(tmp_path, "In a dream Tom saw the Apostle Bartholomew, who said to him such words as these:"
                              "—\"Build not only a mill but also a weir, and build them by the river.\" So Tom "
                              "went home.", "")
    assert _speakers(result, 8) == [("Bartholomew", '"Build n')]

def test_a_work_named_in_roman_in_brackets_after_the_verb_makes_its_words_writing(tmp_path):
    # "hear what Thomas Hood says of them (Up the Rhine): “For a musical people …”"
    result = encode(tmp_path, 'Meanwhile, hear what Smith says of them (Up the Mill Race): "For a musical people '
                              'they are the most noisy I ever met with." So be it. Then the chairman (Mr. Jones of '
                              'Leeds) said: "We shall go home now."')
    assert [(tag, who) for tag, who, _ in quotes(result)] == [("quote", None), ("said", "#bob")]


def test_as_an_author_has_observed_cites_writing(tmp_path):
    # "As Peter W. Singer has observed, “the Pentagon's real-world record …”"
    result = encode(tmp_path, "The implications are immense. As Smith has observed, “the mill's real-world record "
                              "with new machines is mixed at best.” We agree.")
    assert [(tag, who) for tag, who, _ in quotes(result)] == [("quote", None)]


def test_the_subject_after_a_clause_opening_the_sentence_before_is_whom_he_stands_for(tmp_path):
    # "When they had thus embraced, Brandreth addressed his fellow sufferer." / "“Well,” he said"
    result = encode(tmp_path, "When they had thus embraced at the gate, Reed turned to his fellow sufferer.\n\n"
                              "“Well,” he said, “we shall now soon be above the mill.”", "")
    assert [who for who, _ in _speakers(result, 8)] == ["Reed", "Reed"]


def test_a_short_sentence_of_what_the_speaker_did_between_the_words_leaves_them_the_speakers(tmp_path):
    # '"…," Miss Reed hastened to reassure me. "…"', '"…?" I demanded. "…"': the same speaker's
    # words, one speech where the sentence says them; not where its subject is others
    text = ("A Visit\n\nBy Ann Lund\n\n\"Of course,\" said Miss Reed, \"that is only one day.\"\n\n"
            "\"Doesn't she ever rest?\" I demanded. \"Even prisoners rest.\"\n\n"
            "\"Oh, yes,\" Miss Reed hastened to reassure me. \"Every Sunday she is at home.\"\n\n"
            "\"Yes,\" replied the clerk, \"the mill.\" We expressed our sympathy. \"Oh, that is all right.\"\n")
    got = quotes(encode(tmp_path, text, ""))
    assert got[2:6] == [("said", None, "\"Doesn't she ever rest?\""), ("said", None, "\"Even prisoners rest.\""),
                        ("said", "#person-reed", "\"Oh, yes,\""),
                        ("said", "#person-reed", "\"Every Sunday she is at home.\"")]
    assert got[8] == ("quote", None, "\"Oh, that is all right.\"")


def test_the_speaker_who_made_the_following_remarks_is_the_sentences_subject(tmp_path):
    # "Judge Cradlebaugh made the following remarks …:": "the following remarks" is what he made,
    # no common subject of a verb of saying; not the name after it ("issued by Governor Cumming")
    text = ("The Court\n\nBy Ann Lund\n\nJudge Reed made the following remarks in regard to the "
            "Proclamation lately issued by Governor Cole:\n\n    \"I have received a document from the "
            "Governor of this Territory, which purports to be a Proclamation.\"\n\nTime was requested.\n")
    assert quotes(encode(tmp_path, text, ""))[0][:2] == ("said", "#person-reed")


def test_that_is_to_say_names_what_follows_no_one_says_it(tmp_path):
    # an indictment's "according to the tenor and effect following, that is to say, “…”": "say"
    # in a set phrase is no verb of saying, and the names before it speak nothing
    text = ("The Trial\n\nBy Ann Lund\n\nThe defendant did publish, in the reign of our lady Victoria, "
            "Queen, a scandalous libel of and concerning the Mill Act, according to the tenor and effect "
            "following, that is to say, \"What wretched stuff this Act is, to be sure! Burn it.\"\n\n"
            "The jury heard it, so to speak, \"with horror and amazement, as all men should.\"\n")
    got = quotes(encode(tmp_path, text, ""))
    assert [(kind, who) for kind, who, _ in got] == [("quote", None), ("q", None)]


def test_a_things_name_wrapped_over_a_line_names_no_speaker(tmp_path):
    # "the articles … which it is claimed the Fugitive\nSlave Law is designed to carry out":
    # "Slave Law" after the break goes on from "the Fugitive", a thing, no one's name
    text = ("The Speech\n\nBy Ann Lund\n\nI have a word to say upon the articles which it is claimed the Mill\n"
            "Closure Law is designed to carry out.\n\n     \"No person held to labour in one mill shall\n"
            "     be delivered up.\"\n\nThat is the article.\n")
    got = quotes(encode(tmp_path, text, ""))
    assert [who for _, who, _ in got] == [None]


def test_a_meeting_named_after_its_cause_is_no_speaker(tmp_path):
    # "made a speech at a Union Meeting, in which he deprecates …; asking—“…”": "Union" is a
    # body's word and "Meeting" no person after it; the speaker is the one "he" stands for
    text = ("The Sermons\n\nBy Ann Lund\n\nThe Rev. Dr. Reed, a clergyman of Bath, made a speech at a Union "
            "Meeting, in which he deprecates the agitation on the law; asking—“Is that law contrary to the "
            "law of Nature? I have not been able to discover it.”\n")
    assert quotes(encode(tmp_path, text, ""))[0][:2] == ("said", "#person-reed")


def test_words_a_noun_after_them_names_said(tmp_path):
    # '“Hit it with the sticks!” was the cry.', '“Ready,” came the answer': the noun after the
    # words names them said, by no one named; the cry goes on after it
    text = ("The Fire\n\nBy Ann Lund\n\nThe hands grasped the long sticks used in their work.\n\n"
            "“Hit it with the sticks!” was the cry. “Beat it out!”\n\n"
            "“Ready,” came the answer from the mill, and the wheel turned.\n")
    assert [(kind, who) for kind, who, _ in quotes(encode(tmp_path, text, ""))] == [
        ("said", None), ("said", None), ("said", None)]


def test_a_letter_in_answer_to_enquiries_is_writing_and_a_thing_named_after_a_body_no_speaker(tmp_path):
    # "has favoured me with the following letter in answer to my enquiries, …:—": "answer" after
    # a letter's "in" is no verb, the letter is written; "the Slaughter House Cases said": a
    # body's word and the noun after it, a case, no one — the judge before it speaks
    text = ("The Mills\n\nBy Ann Lund\n\nThe Rev. Tom Reed, vicar of Otley, has favoured me with the following "
            "letter in answer to my enquiries, and I must crave indulgence for inserting it whole:—\n\n"
            "“I duly received your letter of the 22nd ult., which contained such statements about the "
            "mills of this parish. I have known this neighbourhood well for twenty years.”\n\n"
            "Mr. Justice Lund in rendering the decision in the Mill House Cases said: \"The process of "
            "restoring the mills to their owners was long, and it is not over yet.\"\n")
    got = quotes(encode(tmp_path, text, ""))
    assert [(kind, who) for kind, who, _ in got] == [("quote", None), ("said", "#person-lund")]


def test_no_speaker_from_a_citations_names_nor_from_half_a_name(tmp_path):
    # "as the ancient said,--[Cicero, Pro Ligar. c. 12.]--I should have …, as Darius, who …
    # ordered one of his pages … to repeat in his ear, “Sir, remember the Athenians”": the
    # citation's words name no speaker, and the window after "said" that ends inside "Darius"
    # reads no "Da"
    body = ("I the less remember the injuries I have received; insomuch that, as the ancient said,--[Tully, "
            "Pro Millo.\nc. 12.]--I should have a register of injuries, or a prompter, as Darius,\nwho, that he "
            "might not forget the offence he had received from those of\nAthens, so oft as he sat down to dinner, "
            "ordered one of his pages three\ntimes to repeat in his ear, \u201cSir, remember the Athenians\u201d;--[Herod., v.\n"
            "105.]--and then, again, the mills I revisit still smile upon me.\n")
    result = encode(tmp_path, body, "")
    assert [(tag, who) for tag, who, _ in quotes(result)] == [("said", None)]
    assert result.tree.getroot().xpath("//t:listPerson", namespaces=NS) == []


def test_an_examinations_questions_are_the_examiners_the_answers_the_witnesss(tmp_path):
    # "The Coroner asked the captain whether …. Captain Turner replied that he had not." over
    # the questions and answers, a paragraph each: the coroner's questions (not the captain's,
    # whose answer the paragraph before reports), the captain's answers
    body = ("The mills of the valley were built long ago, and the family lived by the river.\n\n"
            "The inquest was conducted by Coroner Tom Reed at the mill.\n\n"
            "Captain Ann Lund, the miller, was the chief witness.\n\n"
            "The Coroner asked the captain whether she had received a message about the flood. "
            "Captain Lund replied that she had not.\n\n"
            "\u201cDid you receive any special instructions as to the sluices?\u201d\n\n"
            "\u201cYes, sir.\u201d\n\n"
            "\u201cAre you at liberty to tell us what they were?\u201d\n\n"
            "\u201cNo, sir.\u201d\n")
    assert [who for _, who, _ in quotes(encode(tmp_path, body, ""))] == [
        "#person-tom-reed", "#person-ann-lund", "#person-tom-reed", "#person-ann-lund"]
    # a request is no examination: "asked him to walk in"
    body = body.replace("asked the captain whether she had received a message about the flood",
                        "asked the captain to walk in and sit by the fire")
    assert "#person-tom-reed" not in [who for _, who, _ in quotes(encode(tmp_path, body, ""))]


def test_a_writers_own_report_named_before_the_verb_however_far_makes_the_words_written(tmp_path):
    # "Luther Martin, attorney-general of Maryland, in his report to the Legislature of that
    # State of the convention that framed the United States Constitution, said:" — writing
    body = ("The mills of the valley were built long ago, and the family lived by the river.\n\n"
            "Tom Reed, surgeon of the Mill Volunteers, in his report to the Board of the Mill Company of the "
            "valley that built the weirs and the races, June 1, 1863, remarks, \u201cMy confidence in this remedy "
            "is greater than ever, and the men agree with me.\u201d\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, body, ""))] == [("quote", None)]
    # his speech is no writing
    body = body.replace("in his report to", "in his speech to")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, body, ""))] == ["said"]


@pytest.mark.parametrize("title", ["Coroner", "Alderman", "Count", "Duke", "Queen"])
def test_more_titles_in_place_of_a_name(tmp_path, title):
    # "Count Leo Tolstoy … “…,” said the count": as the colonel and the major
    text = (f"We met {title} Tom Reed at the mill, where the wheel was turning.\n\n"
            f"“Now,” said the {title.lower()}, “what do you want to know about the mill?”")
    # (one speech in two parts)
    assert [q[1] for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"] == ["#person-tom-reed"] * 2


def test_a_rank_with_the_before_it_and_the_source_line_name_the_titled_person(tmp_path):
    # "(Memoirs … and Conversations of the Emperor Napoleon, Vol. II …)" / "“He is hideous,” said
    # the Emperor": the emperor is Napoleon (the President before a name is another's office)
    text = ("The Mill Journal\n\nBy Ann Cole\n\n(Memoirs and Conversations of the Emperor Tom, Vol. II. "
            "London: Mill Press, 1836)\n\nThe wheel was turning when we came to the mill, and the river "
            "was high.\n\n“He is hideous,” said the Emperor, “but we must not decide too hastily.”\n")
    assert [q[1] for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"] == ["#person-tom"] * 2
    text = ("The Mill Journal\n\nBy Ann Cole\n\n(Memoirs and Conversations of Tom Reed, Vol. II. "
            "London: Mill Press, 1836)\n\nAn adviser to the President Tom Weir came to the mill, and the "
            "river was high.\n\n“He is hideous,” said the President, “but we must not decide too hastily.”\n")
    assert [q[1] for q in quotes(encode(tmp_path, text, "")) if q[0] == "said"] == [None] * 2


def test_a_paragraph_answering_the_question_that_closed_the_last_ones_speech_is_anothers(tmp_path):
    # "“…,” said Einstein, “but you do not seriously think that it would lead to anything?”" /
    # "“It would not be a true explanation …”": the answer is not Einstein's running on
    text = ("We talked of the mill in the evening, and the river was high.\n\n"
            "“This would be merely following the sketchy method of a magazine,” said Tom Reed, “but you do "
            "not seriously think that it would lead to anything?”\n\n"
            "“It would not be a true explanation, which is reserved for the millers themselves.”\n")
    said = [(who, words[:12]) for who, words in _speakers(encode(tmp_path, text, ""), 12)]
    assert said[2] == (None, "“It would no")
    # a statement closing the last speech: the same speaker's paragraph runs on
    text = text.replace("lead to anything?”", "lead to anything.”")
    said = [(who, words[:12]) for who, words in _speakers(encode(tmp_path, text, ""), 12)]
    assert said[2] == ("Tom Reed", "“It would no")


def test_sayings_offered_one_after_another_joined_by_or_are_alike_spoken(tmp_path):
    # 'will say “I am tired of being a Puritan; I want to be a Pagan,” or “Beyond this dark
    # probation …”': each a saying, not the second a phrase of the author's
    text = ("The mill was old and the river ran low all that summer.\n\n"
            "No miller says “I am tired of this wheel; I want some weir,” or “The only thing for this "
            "flood is a few dry summers,” or “Through this dark season of rain I see the shining mill.”\n\n"
            "I must say ‘O my Lord’ or ‘Tom Reed.’ That is how they speak.\n")
    found = [(tag, words[:12]) for tag, _, words in quotes(encode(tmp_path, text, ""))]
    assert found[:3] == [("said", "“I am tired "), ("said", "“The only th"), ("said", "“Through thi")]
    # names of address are no sayings
    assert ("said", "‘Tom Reed.’") not in [(tag, words) for tag, _, words in quotes(encode(tmp_path, text, ""))]


def test_words_going_on_after_continuing_are_one_speech(tmp_path):
    # 'She would then say, “Take that, you black gip!” continuing, “If you don’t move faster, I’ll
    # move you!”': one passage, the clause between no new one
    text = ("The mill was old and the river ran low all that summer.\n\n"
            "She would then say, “Take that, you idle miller!” continuing, “If you don’t move faster, "
            "I’ll move you!” And so the wheel went round.\n")
    result = encode(tmp_path, text, "")
    said = result.tree.getroot().xpath("//t:body//t:said", namespaces=NS)
    assert len(said) == 2 and said[0].get("next") == "#" + said[1].get(XML_ID)
    assert result.tree.getroot().xpath("//t:body//t:quote", namespaces=NS) == []


def test_the_writers_aside_on_whom_the_words_mean_leaves_one_speech(tmp_path):
    # '“…, nor would our friend here,” meaning me, “venture to say to the Athenians …”'
    text = ("The mill was old and the river ran low all that summer.\n\n"
            "Then this miller clapped his hands and said, “But, Tom, it will never do for you to tell the people "
            "that, nor would our friend here,” meaning me, “venture to say to the millers that the wheel is "
            "good.” And we went home.\n")
    result = encode(tmp_path, text, "")
    said = result.tree.getroot().xpath("//t:body//t:said", namespaces=NS)
    assert len(said) == 2 and said[0].get("next") == "#" + said[1].get(XML_ID)


def test_what_the_speaker_did_in_brackets_between_the_words_leaves_one_speech(tmp_path):
    # '"… a child would draw a circle like this O" (L. N. made the circle with his finger on the
    # table). "And the child is more in the right …"'
    text = ("The mill was old and the river ran low all that summer.\n\n"
            "Speaking of mills, T. R. said:\n\n"
            "\"If a miller was asked to draw a wheel, he would draw a straight line; a child would draw a circle "
            "like this O\" (T. R. made the circle with his finger on the table). \"And the child is more in the "
            "right, because he draws what he sees.\"\n\n"
            "I said \"I served your mother this morning.\" (The boys were so like the woman that I could not be "
            "mistaken.) \"O!\" says the elder, \"you could not serve my mother.\"\n")
    result = encode(tmp_path, text, "")
    parts = {"".join(el.itertext())[:8]: el for el in result.tree.getroot().xpath(
        "//t:body//t:said|//t:body//t:quote", namespaces=NS)}
    assert parts['"If a mi'].get("next") == "#" + parts['"And the'].get(XML_ID)
    # a sentence of the narrator's in the brackets, its stop inside: another's words after it
    assert parts['"I serve'].get("next") is None


def test_a_dialogues_turns_each_a_paragraph_of_words_alone_pass_to_the_other(tmp_path):
    # "With another sigh, Scotty rejoined:" / "“Why you see … next door.”" / "“I am the shepherd
    # in charge of the flock …”": the minister's answer, not Scotty's running on
    text = ("The committee of one called on the new minister that morning.\n\n"
            "With another sigh and a half-sob, Tom Reed rejoined:\n\n"
            "“Why you see we are in a bit of trouble, and the boys thought maybe you would give us a lift.”\n\n"
            "“I am the shepherd in charge of the flock whose fold is next door.”\n\n"
            "“The which?”\n")
    said = _speakers(encode(tmp_path, text, ""), 12)
    assert said == [("Tom Reed", "“Why you see"), (None, "“I am the sh"), ("Tom Reed", "“The which?”")]


@pytest.mark.parametrize("verb", ["replyed", "answer'd"])
def test_old_spellings_of_replied_and_answered_are_verbs_of_saying(tmp_path, verb):
    # "I requested her to tell me the cause …, she replyed “They brought me away …”": she spoke,
    # not the landlord named before
    text = ("The tavern stood in F street, and the woman had leaped from the garret window in the night.\n\n"
            "I asked permission of Mr Tom Reed (the landlord) to see the woman which, being granted, I asked "
            f"the cause of her jumping, and she {verb} “They brought me away with two of my children.”\n")
    assert quotes(encode(tmp_path, text, "")) == [
        ("said", None, "“They brought me away with two of my children.”")]


def test_lines_listed_back_to_back_each_closed_by_its_comma_are_phrases(tmp_path):
    # 'Lines, again, like “Pierced her, and odour full of arrows was,” “Realizes all the uncoloured
    # dawn,” “Yet followed a riddled memorable flag,” are, no doubt, extreme instances'
    text = ("The poet's faults are many, and his merits are more.\n\n"
            "Lines, again, like “Pierced her, and odour full of arrows was,”\n“Realizes all the uncoloured "
            "dawn,” “Yet followed a riddled memorable\nflag,” are, no doubt, extreme instances of bad lines.\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["q", "q", "q"]
    # (not a passage after a title so closed: '“Four Lectures on Henrik Ibsen,” “What is it …”')
    text = ("The poet's faults are many, and his merits are more.\n\n"
            "As Mr. Reed puts it in his “Four Lectures on the Mill,” “What is it to be one's self? God meant "
            "something when He made each one of us, and the miller knows it as well as anyone does.”\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))][-1] == "quote"


def test_a_verbs_infinitive_in_quotation_marks_goes_on_with_the_authors_sentence(tmp_path):
    # 'of the sheik Babani, who, he says, continued “to watch over him with the solicitude of a father.”'
    text = ("He set out in the spring with a guide and two camels.\n\n"
            "He also speaks of the sheik Tom Reed, who, he says, continued “to watch over him with the "
            "solicitude of a father.” Shortly after, reports reached the coast.\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["q"]
    # (not a cry after a verb of saying: 'declaring "to hell with the Constitution, the club is …"')
    text = text.replace("continued “to watch over him with the solicitude of a father.”",
                        "declaring “to hell with the mill, the river is the mill.”")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["said"]


def test_lines_listed_as_examples_after_a_colon_are_phrases_the_houses_cries_speech(tmp_path):
    # 'Take a few out of very many: “A bleak magnificence of endless hope,” “That common trivial
    # face, of endless needs,” “The mystic river, floating wan,” …'
    text = ("The poet's faults are many, and his merits are more.\n\n"
            "Take a few out of very many: “A bleak magnificence of endless hope,” “That common trivial "
            "face, of endless needs,” “The mystic river, floating wan,” “That palest rose sweet on the "
            "night of life.” How noble is the rhythm.\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["q"] * 4


def test_her_majesty_is_a_style_of_address_no_persons_name(tmp_path):
    # '“What,” exclaimed her Majesty, “two of my men dismissed for conscience sake!”': no
    # person "Majesty"
    text = ("She was told by the Bishop that two millers had refused to attend on Sunday.\n\n"
            "“What,” exclaimed her Majesty, “two of my men dismissed for conscience sake! They shall be "
            "reinstated.” And she kept her word.\n")
    assert [(tag, who) for tag, who, _ in quotes(encode(tmp_path, text, ""))] == [("said", None), ("said", None)]


def test_a_catchword_in_a_chapters_synopsis_is_a_phrase(tmp_path):
    # "… Death of Lieutenant Egerton--"My cricketing days are over"--Under the enemy's guns--"A
    # shell in my room"--Colonials in action--The sacrifice of valuable lives."
    text = ("The Mill Besieged\n\nBy Ann Cole\n\n"
            "     The exodus of the millers--Communications threatened--Death of\n"
            "     Tom Reed--\"My milling days are over\"--Under the enemy's guns--\"A\n"
            "     shell in my mill\"--Colonials in action--The sacrifice of lives.\n\n"
            "For two whole days after the battle there was absolute cessation of hostilities, and the lull "
            "was turned to account. \"My milling days are over now,\" Tom Reed said, with a plucky smile.\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["q", "q", "said"]


def test_the_capitalised_title_right_before_the_verb_is_its_subject_not_a_name_before_it(tmp_path):
    # 'Then turning to Colonel Hacker, he said, “…:” But then a Gentleman coming neer the Ax, the
    # King said, “Take heed of the Ax.”': the King speaks, not Colonel Hacker (the sentence runs on
    # past the colon that ends the first quotation)
    text = ("The Mill\n\nBy Ann Cole\n\n"
            "The King came to the yard at noon. Then turning to Colonel Hacker, he said, “Take care that they do "
            "not put Me to pain:” But then a Gentleman coming neer the Ax, the King said, “Take heed of the Ax, "
            "pray take heed of the Ax.” Then he spoke no more.\n")
    found = quotes(encode(tmp_path, text, ""))
    assert found[1][0] == "said" and found[1][1] is None


def test_an_interruption_closed_by_a_comma_may_run_long_its_verb_first(tmp_path):
    # '"Well," she said after a pause in which she had looked at me in some displeasure, "I will
    # try to tell you. …"': one passage, interrupted; not with another clause in it ('said one;
    # and … a poor blind man dies with the prayer upon his lips, "…"')
    text = ("The Mill\n\nBy Ann Cole\n\nMrs. Reed relented slightly.\n\n"
            "\"Well,\" she said after a pause in which she had looked at me in some displeasure, \"I will "
            "try to tell you. A mill is a place where corn is ground.\"\n")
    root = encode(tmp_path, text, "").tree.getroot()
    said = root.xpath("//t:body//t:said", namespaces=NS)
    assert [s.get("next") is not None or s.get("prev") is not None for s in said] == [True, True]
    text = ("The Mill\n\nBy Ann Cole\n\n\"If only mother was here we should all be happy,\" said one; and on "
            "his miserable bed, amidst squalor and want and pain, a poor blind man dies with the prayer upon his "
            "lips, \"Jesus, lover of my soul, Let me to Thy bosom fly.\"\n")
    said = encode(tmp_path, text, "").tree.getroot().xpath("//t:body//t:said", namespaces=NS)
    assert len(said) == 2 and all(s.get("next") is None and s.get("prev") is None for s in said)


def test_words_going_on_in_small_letters_past_a_clause_with_no_verb_of_saying_are_one_passage(tmp_path):
    # '"… But," and his voice had a key-note of sadness, "contact with the white men has …"'; not
    # the object of another verb: 'intitled, "An act for …," recites that, "notwithstanding …"'
    text = ("The Scout\n\nBy Ann Cole\n\nHe looked away. \"Fifty years ago there was not a finer race of men "
            "than the millers. But,\" and his voice had a key-note of sadness, \"contact with the town has "
            "completely changed them for the worse. I have always got along with them.\"\n")
    root = encode(tmp_path, text, "").tree.getroot()
    parts = root.xpath("//t:body//t:quote|//t:body//t:said", namespaces=NS)
    assert len(parts) == 2 and parts[0].get("next") == "#" + parts[1].get(XML_ID)
    text = ("The Act\n\nBy Ann Cole\n\nThe Act of 1696, intitled, \"An act for preventing frauds, and regulating "
            "abuses in the mill trade,\" recites that, \"notwithstanding diverse acts, &c. great abuses are daily "
            "committed.\"\n")
    root = encode(tmp_path, text, "").tree.getroot()
    assert all(e.get("next") is None for e in root.xpath("//t:body//*[@xml:id]", namespaces=NS))


def test_an_interjection_opening_the_sentence_is_no_speakers_name(tmp_path):
    # '"Well," Smiley says, "…" … Well, that stranger looked mighty sad, and he said, "I am only a
    # stranger …"': no person "Well"
    text = ("The Frog\n\nBy Ann Cole\n\nReed had a frog in a box. \"Well,\" Reed says, \"it ain't anything "
            "particular, it's only just a frog,\" \"Well,\" he says, \"What is he good for?\" \"Well,\" Reed says, "
            "\"I don't know, but I think he is good enough.\" \"Oh,\" Reed said, \"It may be that you understand "
            "frogs.\" Well, that stranger looked mighty sad, mighty sorrowful \u2014 grieved, and he said, \"I am "
            "only a stranger in camp and I ain't got no frog.\"\n")
    root = encode(tmp_path, text, "").tree.getroot()
    assert "Well" not in [" ".join(p.xpath("string()").split()) for p in root.xpath("//t:person/t:persName", namespaces=NS)]
    assert root.xpath("//t:body//t:said[last()]/@who", namespaces=NS) != ["#person-well"]


def test_short_words_after_a_verb_of_saying_its_listener_and_an_adverb_are_speech(tmp_path):
    # '"Where were you raised?" The creature answered us quietly, "In Virginny."': an answer,
    # speech however short (not a title, not a phrase)
    text = ("The Girl\n\nBy Ann Cole\n\nWe said, quite seriously, \"Where were you raised?\" The girl answered us "
            "quietly, \"In Leeds.\" She is a full, well grown girl.\n")
    assert [tag for tag, _, _ in quotes(encode(tmp_path, text, ""))] == ["said", "said"]
