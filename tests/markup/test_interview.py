# SPDX-License-Identifier: MIT
"""Rule "interviewee": in an interview, speech the words around it do not attribute is the
interviewee's — the one person the writer says they interviewed or asked. Invented texts."""

from __future__ import annotations

import pytest

from edition.markup.interview import interviewee
from support import encode_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.mark.parametrize("text, expected", [
    ("We recently interviewed Ada Lund on how she runs the mill.", "Ada Lund"),
    ("I asked Mr. Lund if the mill would close. Later I asked Lund about the river.", "Lund"),
    ("In our interview with Dr. Ada Lund the miller spoke freely.", "Ada Lund"),
    ("For our fourth Q&A session we spoke with Ada Lund, miller at the Wear mill.", "Ada Lund"),
    # the question first, its asker and the one asked after it
    ("“And the insurance?” I asked Mr. Lund, after a brief talk on the mills.", "Lund"),
    # another's interview: the paper's, not the writer's
    ("The Courier completes the picture in an interview with Ada Lund.", None),
    # the reporters the writer follows, and whom they interview
    ("They had been waiting all morning to interview Reed, and they meant to do it.", "Reed"),
    ("The reporters crowded round and at last interviewed Mr. Ada Lund on the quay.", "Ada Lund"),
    # (not the writer's own wish, where a nickname may stand for the name the text gives him)
    ("I was not afraid to interview Mill Bill, says a writer in the Courier.", None),
    # the writer's "he has kindly favored us with the following interview": the person named
    # before it by a title and a surname
    ("The chairman is the Hon. Tom Reed. Mr. Reed came to Leeds when young. As our readers will wish "
     "to learn his errand, he has kindly favored us with the following interview:", "Reed"),
    # two people interviewed: neither is the interview's
    ("I asked Mr. Lund if it would close, and I asked Mrs. Reed whether it would not.", None),
    # telling is as often a book's as a talk's; asking someone to do a thing is no interview
    ("Strabo tells us of the mills. Lund told me so. I asked Reed to bring the key.", None),
])
def test_the_one_person_interviewed(text, expected):
    assert interviewee([text]) == expected


def test_a_cue_near_the_texts_end_is_a_memoirs_not_an_interviews():
    story = "We walked up the valley to the falls and back, talking all the way of the mills. " * 40
    assert interviewee([story, "When I asked Billy why he made his bed by the corral, he laughed."]) is None
    assert interviewee(["I asked Mr. Lund if the mill would close.", story]) == "Lund"


@pytest.mark.parametrize("texts, expected", [
    # a title that says so, the name as the body prints it
    (["A TALK WITH LUND", "It is easy to find Mr. Lund at the mill."], "Lund"),
    (["An Interview with Dr. Ada Lund", "Ada Lund runs the mill."], "Ada Lund"),
    (["AN INTERVIEW WITH MISS ADA LUND.", "Miss Lund runs the mill."], "Ada Lund"),  # "Miss": a title
    # (a name the body never prints is no one the text speaks with)
    (["A Talk with the Ancients", "The mill is old."], None),
    # only a whole title: not a sentence that speaks of a talk
    (["After a talk with Lund the workers went home, and Lund stayed."], None),
    # a book of a person's sayings, the person speaking in it ("Reminiscences of Leo
    # Nicolayevitch Tolstoi" / "“Oh, stop it,” said Leo Nicolayevitch")
    (["Reminiscences of Ada Lund", "“Oh, stop it,” said Ada, and Lund laughed at the mill."], "Ada Lund"),
    # (not the writer's own, nor a place's, where no one so named speaks)
    (["Reminiscences of Captain Lund", "by Captain Tom Lund", "I went to the mill in 1820."], None),
    (["RECOLLECTIONS OF OLD RIVERTON", "The mill at Riverton was old."], None),
    (["Reminiscences of My Life in Camp", "I was born in Camp Saxton."], None),
])
def test_the_one_person_interviewed_by_the_title(texts, expected):
    assert interviewee(texts) == expected


def test_an_interviews_questions_and_answers_a_paragraph_each(tmp_path):
    text = ("A TALK WITH LUND\n\nBy Tom Reed\n\n"
            "It is easy to find Mr. Lund, if one can first find the mill. I waited three weeks.\n\n"
            "“Mr. Lund is always glad to see a visitor,” said a clerk who works beside him.\n\n"
            "“Did you like the river as a boy?” I asked.\n\n"
            "“Not much,” he replied.\n\n"
            "“You were afraid of it?”\n\n"
            "“Yes, indeed, I could not swim a stroke until I was twenty.”\n")
    root = encode_text(tmp_path, text)
    assert _speakers(root) == [
        ("Mr. Lund is always g", None),  # someone the text does not name
        ("Did you like the riv", None),  # the interviewer
        ("Not much,", "Lund"),  # however short, the reply to the question before
        ("You were afraid of i", None),
        ("Yes, indeed, I could", "Lund")]


def _speakers(root):
    names = {p.get(XML_ID): "".join(p.xpath("t:persName//text()", namespaces=NS))
             for p in root.xpath("//t:listPerson/t:person", namespaces=NS)}
    return [(" ".join(s.xpath("string()").split()).strip("“”")[:20], names.get((s.get("who") or "")[1:]))
            for s in root.xpath("//t:body//t:said", namespaces=NS)]


def test_unattributed_speech_in_an_interview_is_the_interviewees(tmp_path):
    text = ("The Mill at Low Water\n\nBy Tom Reed\n\n"
            "London, May 3. -- The mill on the Wear is to close. I sought Mr. Lund, its owner, at the "
            "counting-house to learn why.\n\n"
            "“The river has fallen every summer for ten years,” he said, “and the wheel cannot turn.”\n\n"
            "I asked Mr. Lund if the workers had been told.\n\n"
            "“Not yet. They will hear it from me on Monday, and not from the papers.”\n\n"
            "“Will the mill be sold?”\n\n"
            "“I would sooner see it fall down than sell it to the company.”\n")
    root = encode_text(tmp_path, text)
    assert _speakers(root) == [
        ("The river has fallen", "Lund"), ("and the wheel cannot", "Lund"),
        ("Not yet. They will h", "Lund"),
        ("Will the mill be sol", None),  # the interviewer's question
        ("I would sooner see i", "Lund")]


def test_words_of_their_own_are_the_interviewees_once_the_text_has_quoted_her(tmp_path):
    text = ("The Mill at Low Water\n\nBy Tom Reed\n\n"
            "We recently interviewed Ada Lund on how she runs the mill on the Wear.\n\n"
            "Her first mill was her father's. “I proceeded to buy the old mill at the ford,” she says. "
            "Luckily for Lund, the bank agreed. “I ended up rebuilding the whole wheel as a result.”\n\n"
            "At the Wear she keeps two stones: “We grind oats and barley for the farms around us.”\n")
    assert _speakers(encode_text(tmp_path, text)) == [
        ("I proceeded to buy t", "Ada Lund"), ("I ended up rebuildin", "Ada Lund"), ("We grind oats and ba", "Ada Lund")]
    # quoted words before the text has quoted her are no speech of hers
    first = text.replace("\u201cI proceeded to buy the old mill at the ford,\u201d she says. ", "")
    assert [who for _, who in _speakers(encode_text(tmp_path, first))] == []


def test_an_interviews_reply_by_he_within_a_paragraph_and_around_its_clause(tmp_path):
    text = ("The Mill at Low Water\n\nBy Tom Reed\n\n"
            "We recently interviewed Ada Lund on how she runs the mill on the Wear.\n\n"
            "We walked by the race. \u201cI can always think better whilst I walk,\u201d she explained "
            "to me; \u201cindeed, I have had the path made longer.\u201d\n\n"
            "\u201cAnd the future of the mill?\u201d I queried. \u201cYes,\u201d she replied, "
            "\u201cit will grind for another hundred years.\u201d\n")
    assert _speakers(encode_text(tmp_path, text)) == [
        ("I can always think b", "Ada Lund"), ("indeed, I have had t", "Ada Lund"),
        ("And the future of th", None), ("Yes,", "Ada Lund"), ("it will grind for an", "Ada Lund")]


def test_the_answer_after_i_asked_him_is_anothers_the_askers_own_words_go_on_after_i_inquired(tmp_path):
    # '“…?” I asked him. “Decidedly not. …”': the second quotation answers the first, a speech
    # of its own (the interviewee's), no part of the question; '“How is that?” I inquired. “Are
    # they afraid …?”': the asker goes on
    text = ("The Mill at Low Water\n\nBy Tom Reed\n\n"
            "We recently interviewed Ada Lund on how she runs the mill on the Wear.\n\n"
            "“Of course you do not regard the wheel as the mill’s main part?” I asked her. “Decidedly "
            "not. The stones and the miller are the first essentials.”\n\n"
            "“How is that?” I inquired. “Are the stones not worn out by now?”\n")
    assert _speakers(encode_text(tmp_path, text)) == [
        ("Of course you do not", None), ("Decidedly not. The s", "Ada Lund"),
        ("How is that?", None), ("Are the stones not w", None)]
    root = encode_text(tmp_path, text)
    said = root.xpath("//t:body//t:said", namespaces=NS)
    assert said[0].get("next") is None and said[1].get("prev") is None
    assert said[2].get("next") == "#" + said[3].get(XML_ID)


def test_a_sentence_of_its_own_leading_in_to_anothers_speech_after_one_that_ended(tmp_path):
    # '“… set off.” Mr. Lund, as he came in again, remarked: “I don’t mind …”': no interruption
    # of the first, a new speech, Lund's; '“There they come!” said the miller: “let’s go …”'
    # goes on in small letters, one speech interrupted
    text = ("The Mill at Low Water\n\nBy Tom Reed\n\n"
            "It is easy to find Mr. Lund, if one can first find the mill. I waited three weeks.\n\n"
            "His clerk’s comment was, “It is the wheel that makes the mill: a wheel so old and so "
            "well kept that no mill was ever better set off.” Mr. Lund, as he came in again, remarked: "
            "“I don’t mind telling you that I built the wheel myself.”\n\n"
            "“There they come!” said the miller: “let’s go and see how they get through the race.”\n")
    root = encode_text(tmp_path, text)
    quoted = root.xpath("//t:body//t:said | //t:body//t:quote", namespaces=NS)
    assert [(" ".join(s.xpath("string()").split()).strip("“”")[:14], s.get("prev") is not None) for s in quoted] == [
        ("It is the whee", False), ("I don’t mind t", False), ("There they com", False), ("let’s go and s", True)]
    assert ("I don’t mind telling", "Lund") in _speakers(root)
