# SPDX-License-Identifier: MIT
"""Rule "speech-and-writing": is a quotation speech (``said``), writing (``quote``) or a
quoted phrase (``q``)? Decided from its lead-in — the words of its sentence before it.

- a verb of saying ("said", "replied", "commented:", "had this to say:", "told") with a person
  named before it (or a pronoun standing for the person last in view) -> ``said who=…``;
- a verb that may be either ("explained that", "added", "concluded", "statement") -> ``said``
  unless a citation follows the quotation, which makes it writing;
- a verb of writing ("writes", "as follows", "describes", "continues") or a following
  citation -> ``quote``;
- none of these: a phrase introduced as "the question", "the heading", "called" … or a short
  quotation (fewer than ``PHRASE_WORDS`` words) -> ``q``; a longer one -> ``quote``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass

from edition.markup.masks import MASK

PHRASE_WORDS = 10
# how far after an inverted verb its speaker is looked for: "said White House Council on
# Environmental Quality Chair Brenda Mallory"
AFTER_VERB = 90
_SPEECH = r"say|says|said|saying|told|tells|tell|replied|replies|reply|commented|comments|quoth|" \
          r"laughed|joked|sighed|cried|answer|replyed|answer'd|answer’d|" \
          r"asked|asks|answered|answers|remarked|remarks|exclaimed|exclaim|spoke|speaks|shouted|shouts|" \
          r"inquired|inquires|enquired|enquires|queried|rejoined|" \
          r"whispered|interview|interjected|retorted|responded|declared|declares|chanted|chant|" \
          r"chants|yelled|screamed|muttered|murmured|called out|announced|announces|warned|" \
          r"warns|conceded|concedes|protested|pleaded|begged|urged|boasted|promised|vowed|" \
          r"predicted|observed|shrugged|smiled|grinned|roared|repeated|exclaims|cries|sang|sings|" \
          r"telling|asking|replying|answering|shouting|declaring|warning|adding|stating|" \
          r"explaining|noting|arguing|insisting|claiming|commenting|remarking|" \
          r"interrupted|interrupts|stammered|gasped|sobbed|snapped|growled|" \
          r"greeting|greeted|retort|rejoinder|exclamation|remark|ejaculated|demurred|drawled|" \
          r"sneered|stuttered|hollered|bellowed|bawled|chuckled|calling out|calls out|" \
          r"called to(?![\s\u00a0]+mind)|calling to(?![\s\u00a0]+mind)|" \
          r"crying out|cried out|cheered|cheering|returns|retorts|rejoins|" \
          r"scream|screams|shout|yell|yells|whisper|whispers|mutter|mutters|screeched|shrieked|" \
          r"hissed|grumbled|groaned|moaned|wailed|howled|blurted|" \
          r"resumed|resumes|uttered|utters|vouchsafed|" \
          r"ask['’]d|answer['’]d|reply['’]d|cry['’]d|accosted|" \
          r"thought to (?:my|him|her|our|your|them)sel(?:f|ves)|" \
          r"was like(?=,)|is like(?=,)|were like(?=,)|s like(?=,)|m like(?=,)"
# (words said inwardly; and talk's quotative "like": 'He was like, "You can't use WebKit."')
_EITHER = r"explained|explains|explain|added|adds|concluded|concludes|stated|" \
          r"insisted|insists|statement|recalled|recalls|argued|argues|noted|notes|admitted|admits|" \
          r"claimed|claims|stressed|emphasised|emphasized|acknowledged|suggested|suggests|" \
          r"pointed out|points out|maintained|maintains|added|confirmed|confirms|countered|" \
          r"puts it|put it|in the words of|continued|continuing|began|begins|went on|goes on"
_WRITING = r"writes|states|wrote|written|write|describes|described|continues|reported|" \
           r"reports|published|publishes|follows|following|analyse|analyses|analysed|heading|" \
           r"proceeds|quotes|quoted|demanded|demands|tweeted|posted|wrote in|reads|read"
# Each word list begins with a look-ahead for a letter: it changes no match (every word starts
# with one), and lets the regular expression engine skip to letters instead of trying the whole
# list at every offset — a few times faster over a long lead-in.
_LETTER = "(?=[a-z])"
MAX_SET_OFF_WORDS = 12  # words between a verb set off by its comma and the quotation it leads to ("said, in a circle of friends,")
SPEECH = re.compile(rf"{_LETTER}\b(?:{_SPEECH})\b", re.IGNORECASE)
EITHER = re.compile(rf"{_LETTER}\b(?:{_EITHER})\b", re.IGNORECASE)
WRITING = re.compile(rf"{_LETTER}\b(?:{_WRITING})\b", re.IGNORECASE)
# a phrase named rather than quoted: "the question ‘…’", "called ‘…’", "the heading ‘…’"
NAMING = re.compile(_LETTER + r"\b(?:question|heading|headline|title|titled|entitled|called|named|slogan|"
                    r"words?|phrase|term|motto|maxim|watchword|dictum|banner|so-called|toast|topic|theme|"
                    # (a letter's particulars: "It was dated, “Rugeley, Nov. the 16th,”")
                    r"subject|dated|headed|signed|addressed|endorsed|marked|labell?ed)\s*[,:.]?\s*$",
                    re.IGNORECASE)  # (a toast's title: "responded to the toast. “Our Nation.”")
# "its implicit motto is: “The good of all humanity.”", "the emblem, “Workers of the World Unite”": a
# motto, a legend, a device named, a sentence though it is — no one's words said or written
_A_SAYING_NAMED = re.compile(r"\b(?:motto|legend|maxim|emblem|watchword|slogan|device)(?:[\s\u00a0]+(?:is|was))?"
                             r"[\s\u00a0]*[,:]?[\s\u00a0]*$", re.IGNORECASE)
# (not one a person owns: "Nietzsche's memorable maxim, “When you go to woman …”", his words)
_OWNER_BEFORE = re.compile(r"[A-Z][\w\-]*[’']s[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){0,2}$")
OWNER_BEFORE = 40
# "The maxim of Jefferson, “Equal rights to all …,”": a saying named, whose it is after it
_MAXIM_OF = re.compile(r"\b(?:maxim|motto|slogan|watchword|dictum|adage)[\s\u00a0]+of[\s\u00a0]+"
                       r"(?:[A-Z][\w’'.\-]*[\s\u00a0]*){1,3},[\s\u00a0]*$")
NAMES_TITLE = re.compile(_LETTER + r"\b(?:heading|headline|headed|title|titled|entitled|called|named|toast|"
                         r"topic|theme|subject)\s*[,:.]?\s*$", re.IGNORECASE)
# a title named as one, a sentence or not ("read a paper entitled: “For What are We Sent?”")
_ENTITLED = re.compile(_LETTER + r"\b(?:titled|entitled)\s*[,:.]?\s*$", re.IGNORECASE)
# words that tell of a cry just before it: 'cries of "Kill the murderer!"', 'David called "All right!"'
_CRIED = re.compile(r"\b(?:cr(?:y|ies|ied)|shouts?|shouted|call(?:s|ed)?|exclaim\w*|exclamations?|heard|yell\w*|"
                    r"scream\w*|roar\w*|whisper\w*|greeting)\b(?:[\s\u00a0]+(?:of|out|the|a|his|her|their))?"
                    r"[\s\u00a0,:]*$", re.IGNORECASE)
# another quotation just before, joined by "and", "or" or a comma: 'shouts of "Hooroo!" and
# "Begorra!"' — the words before it tell of both
_ANOTHER_BEFORE = re.compile(rf"{MASK}+(?:[\s\u00a0]+(?:once|twice|thrice|again|repeatedly))?"
                             rf"[\s\u00a0,]*(?:(?:and|or)\b[\s\u00a0]*)?$")  # ('"…" twice, and "…" once')
# a sentence cried out, whatever ends it: "returned, crying “The strike is settled.”", "raised
# an outcry of “Rogues, rogues.”" (not "called", which names: what he called “A new start.”)
_CRYING = re.compile(r"\b(?:crying|cried|shouting|shouted|yelling|yelled|screaming|screamed|exclaiming|"
                     r"(?:(?:out)?cr(?:y|ies)|shouts?|murmurs?)[\s\u00a0]+of)(?:[\s\u00a0]+out)?[\s\u00a0,:]*$",
                     re.IGNORECASE)
# a crowd's cries named as many, in a report's brackets or its sentence: '[Cries of "Question,"
# "Hear him," …]', 'counter cries of "Phillips or nobody,"' — each what was cried, however it
# ends (not "the cry of “America for Americans,”", a slogan named)
_CRIES_OF = re.compile(r"(?<![Tt]he )(?<![Aa] )(?<![Tt]heir )\b(?:cries|shouts|calls|cheers)[\s\u00a0]+of[\s\u00a0]*$",
                       re.IGNORECASE)
# a verb of saying, then how or when the words were said, then a sentence of its own: 'exclaimed at
# this moment "Into thy hands, O God, I commit my spirit."', 'commands in a quiet undertone,
# “Larguez.”' — the words set off, no phrase of the author's sentence
# (not "said in answer to the question ‘…’": the words another put)
_SAID_SO = re.compile(rf"{_LETTER}\b(?:{_SPEECH})[\s\u00a0]+(?:at|in|with|under)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){{0,2}}"
                      r"(?!(?:question|words|answer|reply|phrase|name|title)\b)[a-z]+[\s\u00a0]*[,:]?[\s\u00a0]*$",
                      re.IGNORECASE)
# a hearer's verb right before the words: 'heard "All's well" twice' (not "heard of")
_HEARD = re.compile(r"\b(?:heard|hears|overheard)[\s\u00a0]*[,:]?[\s\u00a0]*$", re.IGNORECASE)
# a hyphen printed for a dash before a sentence quoted whole: "answered, in tones of deep
# determination-'I'll have my child again.'" sets the words off
_DASH_SETS_OFF = re.compile(r"[^\W\d_]-[\s\u00a0]*$")
# a sentence quoted after these is quoted words, not a phrase woven into the author's sentence
_WORDS_NAMED = re.compile(r"\b(?:words|saying|sentence|passage)[\s\u00a0]*[,:]?[\s\u00a0]*$", re.IGNORECASE)
# a verb of saying right before the quotation: "Stalin says, “…”" is speech however short
INTRODUCES = re.compile(rf"{_LETTER}\b(?:{_SPEECH})(?:[\s\u00a0]+(?:(?:him|her|them|me|us|you)(?:[\s\u00a0]+[a-z]{{2,12}}ly)?|[a-z]{{2,12}}ly"
                        r"|the[\s\u00a0]+[a-z]{2,8}))?[,:]?"  # "Says the elder, “Let's away,”"
                        r"[\s\u00a0]*$", re.IGNORECASE)  # "I told him “certainly,”", "answered us quietly, “In Virginny.”"
# the verb and the one spoken to just before the words: 'Another man said to the lantern-bearer,
# “It ain’t him”' — speech, however short
_SAID_TO = re.compile(r"\b(?:said|says|cried|called|shouted|whispered|replied|answered|exclaimed)[\s\u00a0]+to"
                      r"[\s\u00a0]+(?:(?:the|his|her|their|my)[\s\u00a0]+)?[\w’'\-]{2,24}(?:[\s\u00a0]+[A-Z][\w’'\-]+)?"
                      r",[\s\u00a0]*$")
SAID_TO_REACH = 60
PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)  # "they" are many: no one @who
# (a note's call glued after the stop ends the sentence too: "at times.222 Christie also told")
SENTENCE_END = re.compile(r"[.!?][’”\"')\]]?(?:\d{1,3}(?=\s))?\s+(?=[A-Z‘“\"'(…])")
# a full stop after these is not a sentence end: initials (Y.G. Plimak) and abbreviations
# forenames as old print cuts them short, their stop after them ("Wm. H. Seward", "Chas. Sumner")
SHORT_FORENAMES = r"Wm|Chas|Geo|Thos|Jas|Jno|Benj|Saml|Edw|Robt|Richd|Fredk|Danl|Nathl|Jos|Alex|Hy"
ABBREVIATION = (r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Op|Cit|No|Nos|Vol|pp?|cf|ed|eds|vs|etc|Gen|Col|"
                r"Capt|Lt|Sgt|Sen|Prof|Rev|Jr|Sr|"
                # forenames cut short: "said the late Wm. H. Seward"
                rf"{SHORT_FORENAMES}))")
_NOT_AN_END = re.compile(ABBREVIATION + "$")


_LONGEST_VERB = max(len(w) for w in f"{_SPEECH}|{_EITHER}|{_WRITING}".split("|"))


def _at_end(pattern: re.Pattern, text: str, longest: int, word: int = 0, marks: str = "") -> bool:
    """``pattern.search(text)`` for a pattern anchored at the end: a word of at most ``longest``
    characters, then perhaps another of ``word`` characters (``that``), then only white space
    and ``marks``. Only the end of ``text`` is searched, where a match must start: a lead-in may
    be long, and a list of words tried at each of its offsets is slow."""
    i = len(text)
    while i and (text[i - 1].isspace() or text[i - 1] in marks):
        i -= 1
    if word:
        i -= word
        while i > 0 and text[i - 1].isspace():
            i -= 1
    return pattern.search(text, max(0, i - longest - 1)) is not None


def ends_abbreviation(text: str, at: int) -> bool:
    """Whether the full stop at ``text[at]`` closes an initial or an abbreviation."""
    return bool(_NOT_AN_END.search(text, max(0, at - 6), at))


def has_verb(text: str) -> bool:
    """Whether ``text`` has a verb of saying or writing (an attribution, before or after)."""
    return bool(SPEECH.search(text) or EITHER.search(text) or WRITING.search(text))
FOLLOWING_AFTER_VERB = 30  # "Professor Reason tells me the following:"
MIN_SPEECH_WORDS = 4  # fewer words are a phrase (‘restructuring Stalinism’), not a speech
# words that make a reply, a greeting or a call on their own: quoted alone with a full stop
# (“Yes.”, “Aye.”, “How.”) each is a sentence, where another word so quoted is a title or a
# term (“Waverley.”)
REPLIES = frozenset("""yes no aye nay yea amen never certainly indeed exactly right agreed
thanks hello goodbye farewell welcome how hush silence enough nonsense think listen look wait
stop come go""".split())
# "X told the press", "asked Jones": the person after these verbs is spoken to, not speaking
_TO_LISTENER = re.compile(r"^(?:told|tells|tell|asked|asks|urged|warned|begged|promised)$",
                          re.IGNORECASE)
# The quotation continues the author's own sentence: its lead-in ends in a word that is not a
# verb of saying ("called it ‘…’", "said it was ‘…’", "that ‘…’"), with no comma or colon to
# set it off. Such a fragment is a quoted phrase however long.
_ENDS_IN_WORD = re.compile(r"[^\W_][’'\-]?[\s\u00a0]*$")
_SETS_OFF = re.compile(rf"{_LETTER}\b(?:(?:{_SPEECH}|{_EITHER}|{_WRITING})"
                       r"(?:[\s\u00a0]+(?:that|him|her|them|me|us|you|[a-z]+ly))?"
                       r"|(?:was|is|were|am|i[’']m)[\s\u00a0]+like,?)[\s\u00a0]*$",
                       re.IGNORECASE)  # "said ‘…’", "explained that ‘…’", "I told him “certainly,”",
# "to exclaim simultaneously “A cat!”", the talk's quotative "I was like, “how does …?”"


# "Krupskaya said, in a circle of friends, “if …”": the verb set off, the quotation its object
# the verb's subject is a common noun ("and the latter answers", "one steward shouted"): the
# speaker is not the name earlier in the sentence
# "a virile looking man around 40 saying" (not "an interesting way of explaining": no subject)
_COMMON_SUBJECT = re.compile(r"\b(?:the|a|an|one|another)[\s\u00a0]+"
                             r"(?:(?!(?:of|to|in|for|with|at|on|by|from)[\s\u00a0])[a-z0-9\-]+[\s\u00a0]+){1,5}$")
# the noun after a preposition, the verb of saying the second of the subject's ("Mr. Edison
# thought for a few seconds and answered:"): no common subject
_OBJECT_THEN_AND = re.compile(r"\b(?:for|in|at|on|with|from|after|into|to|over|about)[\s\u00a0]+(?:the|a|an|one|another)"
                              r"[\s\u00a0]+(?:[a-z0-9\-]+[\s\u00a0]+){1,4}and[\s\u00a0]+$")
# the noun of saying the object of a verb of making: "Judge Cradlebaugh made the following
# remarks …:", "gave these words" — no common subject, the sentence's own names the speaker
_MADE_REMARKS = re.compile(r"\b(?:made|makes|delivered|delivers|offered|offers|gave|gives|addressed|addresses)"
                           r"[\s\u00a0]+(?:the|these|those|some|a|an|his|her|their)[\s\u00a0]+(?:[a-z\-]+[\s\u00a0]+){0,2}$")
# the subject a common noun a name owns: "One of Mr. Wilkinson's little girls, about three or four
# years old, said," — his girl speaks, not he (but "Oakley’s voice called", "Master Oxford’s
# announcements shouted out": his own words)
_POSSESSOR_SUBJECT = re.compile(r"[A-Z][\w\-]*['’]s[\s\u00a0]+(?!(?:voice|voices|words|announcements?|cry|cries|"
                                r"shouts?|reply|answer|tones?|lips|message|letter|speech)\b)[a-z][^A-Z.;:!?]*$")
# inverted, a common noun: "says the author of the Epistle to Timothy" names no speaker
# a work the words are written in, next to the verb of saying
# what a writing is called: the words in which a text names a document it quotes ("in his book",
# "an article …, in which a paragraph … says", "the announcement … follows:")
WRITINGS = (r"(?:book|essay|letter|article|treatise|preface|paper|diary|memoirs?|pamphlet|history|"
            r"introduction|journal|report|message|(?:auto)?biography|reminiscences|recollections|"
            r"narrative|dispatch|despatch|editorial|review|chronicle|annals|memorandum|paragraph|"
            r"passage|chapter|announcement|statement|text|proclamation|telegram|resolution|notice)")
_IN_A_WORK = re.compile(r"[\s\u00a0,(]*\b(?:in|according[\s\u00a0]+to)[\s\u00a0]+(?:(?:his|her|their)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?"
                        # a title after a writer's "his": "in his _Ancient Society_", "in his first
                        # Voyage", "in his Principles", "in his “Four Lectures on Henrik Ibsen,”"
                        # (another quotation's characters masked: MASK)
                        r"(?-i:_[A-Z]|[A-Z][a-z]+\b|\u25a1)|"
                        r"(?:his|her|their|a|an|the|one)[\s\u00a0]+"
                        rf"(?:\w+[\s\u00a0]+)?(?:{WRITINGS}|will|work)\b)", re.IGNORECASE)
IN_A_WORK_BEFORE = 60
# a writing dated, however far its address puts the verb ("Governor Hobson in his letter to the
# Board of Trade, dated 1st October, 1753, says,"): a document, its words written
_IN_A_DATED_WORK = re.compile(rf"\bin[\s\u00a0]+(?:his|her|their|a|an|the)[\s\u00a0]+(?:\w+[\s\u00a0]+)?{WRITINGS}"
                              r"\b[^.;:!?]{0,80}\bdated\b[^.;:!?]{0,40}$"
                              # (or its writer's own, however far an apposition puts the verb:
                              # "Luther Martin, …, in his report to the Legislature of that State
                              # of the convention that framed the United States Constitution, said:")
                              rf"|(?<=,)[\s\u00a0]+in[\s\u00a0]+(?:his|her|their)[\s\u00a0]+(?:\w+[\s\u00a0]+)?{WRITINGS}"
                              r"\b[^.;:!?]{0,160},[\s\u00a0]*$", re.IGNORECASE)
_AS_AUTHOR_SAYS = re.compile(r"(?<![\w’'])[Aa]s[\s\u00a0]+(?:[A-Z][\w’'.\-]*[\s\u00a0]+){1,3}(?:[a-z]+ly[\s\u00a0]+)?"
                             r"(?:says|observes|remarks|(?:has|have)[\s\u00a0]+(?:observed|remarked|noted|written|"
                             r"argued|pointed[\s\u00a0]+out))[\s\u00a0]*[,:]?[\s\u00a0]*(?:—|--?)?[\s\u00a0]*$")
# the verb's subject a relative "who" after a comma, and the words "who" stands for before it
_RELATIVE_SUBJECT = re.compile(r"(?P<ante>[\w’'.\-]+(?:[\s\u00a0]+[\w’'.\-]+){0,2}),[\s\u00a0]+who[\s\u00a0]+"
                               r"(?:(?:were|was|is|are|had|have|has|been|all|then|also|now|still|at[\s\u00a0]+once)"
                               r"[\s\u00a0]+){0,3}$")
# a writer's present to the readers: '‘I had recommended two volumes,’ Cottle tells us', 'James
# tells us, “If any of you lack wisdom …”' — a book's words
_TELLS_US = re.compile(r"[\s\u00a0]+us\b")
_NAMED_TELLER = re.compile(r"(?<![\w’'])(?!(?:He|She|It|They)\b)[A-Z][\w’'\-]+[\s\u00a0]+$")  # (not "he tells us")
# a paper's author cited by year as the verb's subject: 'Kelsall (1968, p. 249) stated the
# following:', 'Reed et al. (2010) write that' — a work's words, not speech
_CITED_SUBJECT = re.compile(r"(?-i:[A-Z])[\w’'-]+(?:[\s\u00a0]+(?:and|&)[\s\u00a0]+(?-i:[A-Z])[\w’'-]+)?"
                            r"(?:,?[\s\u00a0]+_?et\.?[\s\u00a0]+al\b\.?_?)?[\s\u00a0]*"
                            r"\((?:[^()]{0,15}?[\s\u00a0])?\d{4}[a-z]?(?:[,:;][^()]{0,30})?\)[\s\u00a0]+"
                            r"(?:[a-z]+[\s\u00a0]+){0,2}$")
# '“Even the smoothest way,” says Hume, (_Of the Original Contract_) “by which …”': the work in
# italics in brackets after the writer's name
# the work's title in quotation marks (masked) just before the quotation: "… imitated directly
# from Cicero's "De Officiis": "Nam cum sint …"": its words, written
_FROM_A_TITLE = re.compile(r"(?:\bfrom|[A-Za-z][’']s)[\s\u00a0]+\u25a1{2,}[\s\u00a0]*[:,]?[\s\u00a0]*$")
_WORK_IN_BRACKETS = re.compile(r"\([ \u00a0]*_[A-Z][^()_]{1,80}_[ \u00a0]*\)"
                               # (in roman, a title with its small words: "says of them (Up the Rhine):")
                               r"|\((?!(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\b)(?:[A-Z][\w’'\-]*[ \u00a0]+)+"
                               r"(?:(?:the|of|and|in|on|to|a|an|upon)[ \u00a0]+)+[A-Z][\w’'\-]*"
                               r"(?:[ \u00a0]+[A-Z][\w’'\-]*)*\)[ \u00a0]*[,:]?[ \u00a0]*$")
# "We say to God, “…”": the one spoken to
# ("cried out to Captain Staple, “Bring him back …”": a particle between)
_TO_NAME_AFTER = re.compile(r"[\s\u00a0]+(?:(?:out|back|aloud|over|across|up|down)[\s\u00a0]+)?to[\s\u00a0]+[A-Z]")
# (not an epithet before a name: "said the late Wm. H. Seward", "replied the venerable Mr. Low")
_COMMON_AFTER = re.compile(r"[\s\u00a0,]*(?:the|a|an|one|another|some)[\s\u00a0]+(?!(?:late|lamented|venerable|"
                           r"gallant|learned|noble|reverend|illustrious|immortal|great|good|brave|"
                           r"eloquent|distinguished|celebrated|famous)[\s\u00a0]+[A-Z])[a-z]")
# a sentence that opens with a name set off by a comma, its subject: "Luther Martin, attorney-general …"
# "the colonel said", "said the judge": a title in place of a name (section.TITLES says whom)
_THE_TITLE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[\s\u00a0]+([A-Za-z][a-z]+)[\s\u00a0]+"
                               r"(?:(?:also|then|now|again|[a-z]+ly)[\s\u00a0,]+)*$")
# the subject a title the old print capitalises, right before the verb: "the King said," — the
# names before it in the sentence ("turning to Colonel Hacker, he said, “…:” But …, the King
# said,") are others', the titled one is who speaks (``titled``), else no one named
_THE_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[\s\u00a0]+[A-Z][a-z]+[\s\u00a0]+"
                                     r"(?:(?:also|then|now|again|[a-z]+ly)[\s\u00a0,]+)*$")
_THE_TITLE_OPENS = re.compile(r"[\s\u00a0]*The[\s\u00a0]+([A-Za-z][a-z]+)[\s\u00a0]+(?!of\b|and\b|who\b)[a-z]")
_THE_TITLE_AFTER = re.compile(r"[\s\u00a0,]*the[\s\u00a0]+([A-Za-z][a-z]+)\b")
# a pronoun is the verb's subject, not the name before it: "the Border Ruffians, he said,",
# "than Free State men …; for said he, “…”"
_PRONOUN_SUBJECT = re.compile(r"(?<![\w’'])(?:he|she|I|we|they)[\s\u00a0]+(?:(?:also|then|now|again|just|"
                              r"still|even|never|always|often|once|soon|[a-z]+ly)[\s\u00a0]+)*$")
# the verb of saying the last of the verbs of a pronoun that opens the sentence, the names
# between them its objects: "He then gave Captain Robinson his watch, …, and said,"
_PRONOUN_AND = re.compile(r"^[\s\u00a0]*(?:(?:And|Then|But|So)[\s\u00a0]+)?(?:He|She|They)[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+|then[\s\u00a0]+)?"
                          r"[a-z][^;:.!?“”\"]*[\s\u00a0,]and[\s\u00a0]+$")
# (or the main clause's, a clause before it, the pronoun's verbs run on without a comma or another
# pronoun: "Meeting Mr. Walter McFarlane …, he addressed him with a polite bow and said:--"; not
# "…, he was not a little surprised when she suddenly turned round and said")
_CLAUSE_THEN_PRONOUN_AND = re.compile(r"^[\s\u00a0]*[A-Z][^;:!?“”\"]{0,160},[\s\u00a0]+(?:he|she|they)[\s\u00a0]+"
                                      r"(?:(?!(?:he|she|they|I|we)\b)[a-z]+[\s\u00a0]+)+and[\s\u00a0]+$")
# a pronoun opening a clause of time after a name: "Lincoln felt when he said", "as she put it"
_WHEN_HE = re.compile(r"(?<![\w’'])(?:when|as|while|where)[\s\u00a0]+(?:he|she)[\s\u00a0]+"
                      r"(?:(?:also|then|now|once|[a-z]+ly)[\s\u00a0]+)?$")
WHEN_HE_BEFORE = 40  # characters before the clause that may hold the name
# a person's words named as such, the quotation after: "Lenin’s first words were,", "Haight’s
# answer was,"
# ("and the rejoinder was": whose, the quotation before says)
_THEIR_WORDS = re.compile(r"(?:(?P<name>(?:[A-Z][\w’'\-.]*[\s\u00a0]+){0,2}[A-Z][\w\-]+)[’']s|(?<![\w’'])the)[\s\u00a0]+"
                          r"(?:(?:first|last|only|whole|ready|prompt|instant)[\s\u00a0]+)?"
                          r"(?P<noun>words|reply|answer|remark|response|rejoinder|retort|greeting)[\s\u00a0]+"
                          r"(?:was|were)[\s\u00a0]*[,:]?[\s\u00a0]*$")
# "Mr. McGrorty thought that …, and he said:": the pronoun of a second clause stands for the
# sentence's subject, the name that opens it
_AND_HE = re.compile(r"(?<![\w’'])and(?:[\s\u00a0]+then)?[\s\u00a0]+(?:he|she)[\s\u00a0]+"
                     r"(?:(?:also|then|now|once|[a-z]+ly)[\s\u00a0]+)?$")
# the titles and words before a name that show it is one: "Mr. Cole", "Gov. Wells", "sister Vashti"
NAME_TITLES = (r"Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Madame|Mme|Monsieur|M|Herr|Frau|Comrade|Professor|"
               r"Prof|Gov|Gen|Col|Capt|Lt|Sgt|Sen|Rev|Hon|Rep|Maj|Adm|Governor|General|Colonel|Captain|"
               r"Senator|Judge|"
               r"[Ss]ister|[Bb]rother|[Uu]ncle|[Aa]unt|[Cc]ousin")  # a kinship's or a fellowship's word
_NAME_OPENS = re.compile(rf"[\s\u00a0“\"‘']*(?:(?:{NAME_TITLES})\.?[\s\u00a0]+)?[A-Z][\w’'\-]+(?:[\s\u00a0]+(?:[A-Z]\.[\s\u00a0]*)*[A-Z][\w’'\-]+){{0,2}}"
                         r"(?![\s\u00a0]+(?:and|or|&)[\s\u00a0])")  # (not "Mr. Cole and Mr. Reed": which?)
# a sentence opening with a clause whose subject is a name, then "he" and the verb: "When Hobson
# was asked if he expected to escape alive, he said:" — the pronoun stands for that name
_CLAUSE_OPENS = re.compile(rf"[\s\u00a0“\"‘']*(?:When|After|As|Before|Though|Although|While|If|Once|Since|Until)"
                           rf"[\s\u00a0]+(?P<name>(?:(?:{NAME_TITLES})\.?[\s\u00a0]+)?[A-Z][\w’'\-]+"
                           r"(?:[\s\u00a0]+[A-Z][\w’'\-]+){0,2})(?<![’']s)(?![\w’'])")  # (not "When Bakunin’s mother …")
_COMMA_HE = re.compile(r",[\s\u00a0]+(?:he|she)[\s\u00a0]+(?:(?:also|then|now|once|[a-z]+ly)[\s\u00a0]+)?$")
# ("said he," inverted; not "said he supposed …", the reported clause's subject and its verb)
_PRONOUN_AFTER = re.compile(r"[\s\u00a0]+(?:he|she|I|we|they)\b(?![\s\u00a0]+(?!(?:to|with|at|in|and|again|then|now|"
                            r"once|also|too|aloud|softly)\b|\w+ly\b)[a-z])")
_SUBJECT_IN_APPOSITION = re.compile(r"[\s\u00a0]*((?:[A-Z][\w.’'\-]*[\s\u00a0]+){0,3}[A-Z][\w’'\-]+),")
# (near the quotation: not "the words uttered, for he was indeed the true representative of a
# thief stealing onwards in the night, “with Tarquin's ravishing strides,”")
_VERB_AND_COMMA = re.compile(rf"{_LETTER}\b(?:{_SPEECH}|{_EITHER}|{_WRITING}),(?=(?:[\s\u00a0]+[^\s\u00a0]+){{0,{MAX_SET_OFF_WORDS}}}[\s\u00a0]*$)",
                             re.IGNORECASE)
_THAT = re.compile(r"\bthat[\s\u00a0]*$", re.IGNORECASE)
_ENDS_IN_DASH = re.compile(r"[^\W_](?:--|—|–)[\s\u00a0]*$")
_ENDS_IN_COMMA = re.compile(r"[^\W_][’'\-]?,[\s\u00a0]*$")


# "stated that the Communist Internationale, “is not …”": the clause's subject, set off by a comma,
# before the words
_THAT_SUBJECT = re.compile(r"\bthat(?:[\s\u00a0]+[\w’'.\-]+){1,16},[\s\u00a0]*$", re.IGNORECASE)


def indirect(own_lead: str, subject: bool = False) -> bool:
    """The lead-in ends in "that": what follows is reported, the object of its sentence;
    ``subject``: or in "that" and the reported clause's subject, the words its predicate."""
    return _THAT.search(own_lead) is not None or subject and _THAT_SUBJECT.search(own_lead) is not None


def continues_sentence(own_lead: str, lowercase: bool = False) -> bool:
    """Whether a quotation after ``own_lead`` (its sentence's words before it, in its own
    paragraph) is woven into the author's sentence rather than set off from it: after a word,
    or — when the quotation starts in lower case — after a comma (``the profile, “like
    Napoleon’s, is …”``); never right after a verb of saying."""
    if lowercase and _THAT.search(own_lead):
        return True  # "declares that “citizens of each State …”": indirect, the words woven in
    if not own_lead.strip() or _at_end(_SETS_OFF, own_lead.rstrip(", \u00a0"), _LONGEST_VERB, 14):
        return False
    return bool(_ENDS_IN_WORD.search(own_lead) or lowercase and _ENDS_IN_COMMA.search(own_lead)
                and not _VERB_AND_COMMA.search(own_lead)
                or lowercase and _ENDS_IN_DASH.search(own_lead))  # 'democracy--"government of …"


@dataclass(frozen=True, slots=True)
class Verdict:
    tag: str  # said | quote | q
    who: str | None = None  # a person id for said
    verb: str | None = None
    by: str = ""  # what decided it, for the fidelity report ("verb-of-saying", "woven-in" …)


# How far back a quotation's lead-in is read at most: a sentence runs to a few hundred
# characters (the longest before a quotation in the development corpus, 1,100); a "sentence"
# many times longer is no sentence — a run of marks, a list without stops — and reading it
# again for each of its quotations made such a paragraph cost the square of its length.
LEAD_IN_MAX = 2000


class SentenceEnds:
    """The sentence ends of one text (a block's), found once, so that the start of each
    quotation's sentence is a lookup rather than a reading of the paragraph from its start."""

    def __init__(self, text: str):
        self.text = text
        found = list(SENTENCE_END.finditer(text))
        self._starts = [m.start() for m in found]
        self._ends = [m.end() for m in found]  # in order too: the matches never overlap
        # a full stop after an initial or an abbreviation ends no sentence
        self._abbreviation = [bool(_NOT_AN_END.search(text, max(0, m.start() - 6), m.start()))
                              for m in found]

    def lead_in_start(self, lower: int, quote_start: int, masked: Container[int]) -> int:
        """Start of the sentence that contains ``quote_start`` (looking no further back than
        ``lower``, nor than ``LEAD_IN_MAX`` characters), ignoring sentence ends inside other
        quotations (offsets ``in masked``)."""
        lower = max(lower, quote_start - LEAD_IN_MAX)
        # the latest end at or before the quotation (its own mark may open the next sentence)
        i = bisect.bisect_right(self._ends, quote_start) - 1
        while i >= 0 and self._starts[i] >= lower:
            at = self._starts[i]
            abbreviation = (self._abbreviation[i] if at - 6 >= lower else
                            bool(_NOT_AN_END.search(self.text, lower, at)))
            # an end inside another quotation counts where that quotation ends with it
            # ("alive.’ Here")
            if not abbreviation and self._ends[i] not in masked:
                return self._ends[i]
            i -= 1
        return lower


_SOMEONE_AFTER = re.compile(r"[\s\u00a0,]*(?:a|an|one|another|some)[\s\u00a0]+[a-z]")
_SOMEONE_BEFORE = re.compile(r"\b(?:a|an|one|another|some)[\s\u00a0]+(?:[a-z\-]+[\s\u00a0]+){1,3}$", re.IGNORECASE)
_ALSO_NOUNS = frozenset("reply replies answer answers comment comments tell".split())  # "came the ready reply"


def by_someone_unnamed(attribution: str) -> bool:
    """The verb of saying in ``attribution`` (the words after a quotation, or before it) has
    for its subject someone the text does not name: "said a gentleman who …", "an assistant
    said" (not "said the artist", who may be the one person the text is about)."""
    for m in (*SPEECH.finditer(attribution), *EITHER.finditer(attribution)):
        if m.group().lower() in _ALSO_NOUNS:
            continue
        if (_SOMEONE_AFTER.match(attribution, m.end()) and not _TO_LISTENER.match(m.group())  # "tells a story"
                or _SOMEONE_BEFORE.search(attribution, 0, m.start())):
            return True
    return False


# words that name what follows as said: "such easy and cordial salutations as “Hello, Jack!”",
# "her question of “Is it true?”", "accosted me with “…”" — a sentence of its own after them is
# speech, however the author's sentence goes on
_UTTERANCE_NAMED = re.compile(r"\b(?:(?:salutations?|greetings?|questions?|exclamations?|cries|cry|shouts?|"
                              r"remarks?|replies|reply|answers?|inquir(?:y|ies)|quer(?:y|ies)|toasts?)"
                              r"[\s\u00a0]+(?:such[\s\u00a0]+)?(?:as|of)"
                              r"|(?:accost|greet|hail|welcom|salut)\w*[\s\u00a0]+(?:\w+[\s\u00a0]+){0,2}with)[\s\u00a0]*$",
                              re.IGNORECASE)
# a plea or a verdict named by its formula, the verb running into it with no comma: 'has pleaded
# “Not guilty,”', 'returned a verdict of “Guilty.”' — the court's words, a phrase (not 'he
# pleaded, “Let me go!”', begging)
_PLEA = re.compile(r"\b(?:plead(?:ed|s)?|pled|verdict[\s\u00a0]+(?:of|was))[\s\u00a0]*$", re.IGNORECASE)
# the present of a scholar's "says", with a note or a citation after the quotation: the words
# of a book ("Buddhism, says Burnouf, “…”[37]"), not speech
_SAYS = re.compile(r"^(?:says|say|remarks|observes)$", re.IGNORECASE)


# "say" or "speak" in a set phrase, no verb of saying: "that is to say, “…”" (namely), "so to
# speak", "needless to say", "strange to say"
_IDIOM_BEFORE = re.compile(r"\b(?:that[\s\u00a0]+is|so|needless|strange|sad|suffice[\s\u00a0]+it)[\s\u00a0]+to[\s\u00a0]+$"
                           # a writing's noun, no verb: "the following letter in answer to my
                           # enquiries" (not "In reply to another query Mr. Kreisler …": he answers)
                           r"|\b(?:letter|note|paper|memorandum|statement|report)[\s\u00a0]+in[\s\u00a0]+$",
                           re.IGNORECASE)
IDIOM_BEFORE = 24


def classify(lead_in: str, persons, followed_by_citation: bool, words: int,
             pronoun_person: str | None, own_lead: str = "", sentence: bool = False,
             lowercase: bool = False, titled=None, noted: bool = False, word_alone: bool = False,
             opens_clause: bool = False, cry: bool = False, runs_on: bool = False) -> Verdict:
    """``lead_in`` is the text of the sentence before the quotation, other quotations blanked;
    ``persons(start, end)`` gives the person ids named in ``lead_in[start:end]``; ``own_lead``
    the part of it in the quotation's own paragraph; ``sentence``: the quotation is a sentence
    of its own (a capital first, a full stop, ``?`` or ``!`` last) — quoted words, not a
    phrase, however short (``“Sit!”``, ``“A house divided against itself cannot stand.”``).
    ``titled(noun)``: the person a title stands for ("the colonel"), or None; ``noted``: a
    note's marker or a citation follows the quotation; ``word_alone``: the quotation is one word
    in lower case with no stop or comma of its own (``to say "no"``), a word named;
    ``opens_clause``: it opens with "that", "whether" … in lower case, the clause the lead-in's
    verb governs (``said “that such events never happen”``): the author's sentence goes on in it;
    ``cry``: words of their own that end with "!", cried (after words that say so, ``_CRIED``,
    they are no phrase); ``runs_on``: one clause, no stop of its own, the author's sentence going
    on after it in small letters (``says that “Nature’s intention is …” he hardly states``)."""
    if _at_end(NAMING, lead_in, 9, 0, ",:") and (not sentence or _at_end(_ENTITLED, lead_in, 9, 0, ",:")) \
            or _MAXIM_OF.search(lead_in) or (saying := _A_SAYING_NAMED.search(lead_in)) and not _OWNER_BEFORE.search(
                lead_in, max(0, saying.start() - OWNER_BEFORE), saying.start()):  # "the phrase, “The social question is …”"
        # is quoted words: a sentence of its own. A title's name ("entitled", "the toast,") may
        # name a title, a phrase's ("the phrase", "the slogan") a phrase only
        named = "named-as-title" if _at_end(NAMES_TITLE, lead_in, 9, 0, ",:") else "named-as-phrase"
        return Verdict("q", by=named)
    if _PLEA.search(lead_in):
        return Verdict("q", by="named-as-phrase")
    told = _ANOTHER_BEFORE.sub("", own_lead)  # (past a quotation listed before: "… of “Hooroo!” and")
    if not lowercase and _CRIES_OF.search(told):
        return Verdict("said", None, "cries", "cries-of")
    if not lowercase and _HEARD.search(told):
        return Verdict("said", None, "heard", "heard")  # 'He afterwards heard "All's well" twice'
    # (words of their own after the words that name them said: 'the answer was, "Ned,"': speech,
    # however short)
    announced = not lowercase and _THEIR_WORDS.search(own_lead) is not None
    if continues_sentence(own_lead, lowercase or runs_on and bool(_THAT.search(own_lead))) and not announced and not (sentence and (
            _WORDS_NAMED.search(own_lead) or cry and _CRIED.search(told) or _CRYING.search(told)
            or _DASH_SETS_OFF.search(own_lead) or _UTTERANCE_NAMED.search(told) or _SAID_SO.search(own_lead)
            or _THEIR_WORDS.search(own_lead))):
        # (but "he tells us these words “Behold, …”", and a cry of its own after words that
        # tell of it: 'cries of "Kill the murderer!"', 'called "All right!"')
        return Verdict("q", by="woven-in")
    if opens_clause and not _nearest_verb_writes(lead_in):
        return Verdict("q", by="woven-in")  # (not "demanded ‘that a special law be written …’")
    if words < MIN_SPEECH_WORDS and not _at_end(INTRODUCES, lead_in, _LONGEST_VERB, 14, ",:") \
            and not _SAID_TO.search(lead_in, max(0, len(lead_in) - SAID_TO_REACH)) \
            and not sentence and not announced:
        return Verdict("q", by="short")
    if word_alone:
        return Verdict("q", by="short")  # 'to say "no"', 'swore "hell" and "damnation"': a word named
    if (m := _THEIR_WORDS.search(lead_in)) is not None:
        # "Lenin’s first words were, “…”", "Haight’s answer was, “…”": the one whose words they are
        named = persons(m.start("name"), m.end("name")) if m["name"] else []
        return Verdict("said", named[0] if len(named) == 1 else None, m.group("noun"), "verb-of-saying")
    verbs = [(m.start(), kind, m.group()) for kind, pattern in (("speech", SPEECH), ("either", EITHER),
                                                                ("writing", WRITING))
             for m in pattern.finditer(lead_in) if not _a_name_in_the_sentence(lead_in, m.start())
             and not _IDIOM_BEFORE.search(lead_in, max(0, m.start() - IDIOM_BEFORE), m.start())
             and not (_PARTICIPLE.fullmatch(m.group())
                      and _DETERMINER_BEFORE.search(lead_in, max(0, m.start() - 8), m.start()))]
    if verbs:
        offset, kind, verb = max(verbs)  # the verb nearest the quotation governs it
        earlier = [v for v in verbs if v[0] < offset and v[1] != "writing"]
        if verb.lower() in ("follows", "following") and earlier and \
                offset - max(earlier)[0] <= FOLLOWING_AFTER_VERB and \
                not lead_in[offset + len(verb):].strip(" \u00a0:,—–-"):
            # "tells me the following:", "concluded as follows:" — what is to follow, said
            # (not "In reply to the following question …, ‘…’")
            offset, kind, verb = max(earlier)
        if kind == "speech" and noted and _SAYS.match(verb):
            return Verdict("quote", None, verb, "verb-of-writing")
        if _CITED_SUBJECT.search(lead_in, 0, offset):
            return Verdict("quote", None, verb, "verb-of-writing")
        if verb.lower() in ("tells", "tell") and _TELLS_US.match(lead_in, offset + len(verb)) \
                and _NAMED_TELLER.search(lead_in, 0, offset):
            return Verdict("quote", None, verb, "verb-of-writing")
        if _AS_AUTHOR_SAYS.search(lead_in):
            # "As Faber poetically says:—“Death, after all, …”": an author cited, the present
            # of citation
            return Verdict("quote", None, verb, "verb-of-writing")
        if kind in ("speech", "either") and (_IN_A_WORK.match(lead_in, offset + len(verb))
                                 or _FROM_A_TITLE.search(lead_in, offset + len(verb))
                                 or _IN_A_WORK.search(lead_in, max(0, offset - IN_A_WORK_BEFORE), offset)
                                 or _IN_A_DATED_WORK.search(lead_in, 0, offset)
                                 # ('"…," says A. R. Wallace in his _Malay Archipelago_': the name between)
                                 or _IN_A_WORK.search(lead_in, offset + len(verb),
                                                      offset + len(verb) + IN_A_WORK_BEFORE)
                                 or _WORK_IN_BRACKETS.search(lead_in, offset + len(verb),
                                                             offset + len(verb) + IN_A_WORK_BEFORE)):
            # "says in his book, The Nature of Harmony, page 30—", "Mrs. Coues, in a letter
            # replying to one of mine, says:": writing
            return Verdict("quote", None, verb, "verb-of-writing")
        if kind == "speech" or (kind == "either" and not followed_by_citation):
            if m := _RELATIVE_SUBJECT.search(lead_in, 0, offset):
                # "Trochu … was haranguing some battalions of the Mobiles, who were shouting
                # “Vive Trochu!”": the speakers are those "who" stands for, the words before it
                named = persons(m.start("ante"), m.end("ante"))
                return Verdict("said", named[-1] if named else None, verb, "verb-of-saying")
            before = [] if (_COMMON_SUBJECT.search(lead_in, 0, offset) and not _MADE_REMARKS.search(lead_in, 0, offset)
                            and not _OBJECT_THEN_AND.search(lead_in, 0, offset)
                            or _POSSESSOR_SUBJECT.search(lead_in, 0, offset)
                            or _THE_CAPITALISED_BEFORE.search(lead_in, 0, offset)
                            or _PRONOUN_SUBJECT.search(lead_in, 0, offset)
                            or _PRONOUN_AND.search(lead_in, 0, offset)
                            or _CLAUSE_THEN_PRONOUN_AND.search(lead_in, 0, offset)
                            or _PRONOUN_AFTER.match(lead_in, offset + len(verb))) else persons(0, offset)
            who = before[-1] if before else None
            if len(before) > 1 and (m := _SUBJECT_IN_APPOSITION.match(lead_in, 0, offset)) \
                    and lead_in[:offset].rstrip(" \u00a0").endswith(",") \
                    and persons(m.start(1), m.end(1))[:1] == before[:1]:
                # "Luther Martin, attorney-general of Maryland, in his report to the
                # Legislature …, said:": the sentence's subject, not the last name before the verb
                who = before[0]
            if who is None and titled and (m := _THE_TITLE_BEFORE.search(lead_in, 0, offset)
                                           or _THE_TITLE_OPENS.match(lead_in, 0, offset)):
                # "the colonel said", "The President looked at him …, and then said:"
                who = titled(m.group(1))
            # (after the quotation, the verb first, the name after it is the speaker's even for
            # "asked", "urged": '“What are you about?” asked Jones', '“Why …?” asked the colonel')
            first = not lead_in[:offset].strip(" \u00a0,;:—–-")
            if who is None and titled and (first or not _TO_LISTENER.match(verb)) and (
                    m := _THE_TITLE_AFTER.match(lead_in, offset + len(verb))):
                who = titled(m.group(1))  # "said the colonel"
            if who is None and (first or not _TO_LISTENER.match(verb)) and not _COMMON_AFTER.match(
                    lead_in, offset + len(verb)) and not _TO_NAME_AFTER.match(lead_in, offset + len(verb)) \
                    and not _PRONOUN_SUBJECT.search(lead_in, 0, offset):
                # inverted: "said Tom Barker", "replied the chairman" (not '“…,” he gasped, and sank
                # back, while the guards carried Czolgosz out': the pronoun is the subject)
                after = persons(offset + len(verb), min(len(lead_in), offset + len(verb) + AFTER_VERB))
                who = after[0] if after else None
            # "he added", and inverted, "said he"
            spoken_by_someone = PRONOUN.search(lead_in[:offset]) is not None or bool(
                (after_he := _PRONOUN_AFTER.match(lead_in, offset + len(verb))) and PRONOUN.search(after_he.group()))
            if who is None and (m := _WHEN_HE.search(lead_in, 0, offset)):
                # "Abraham Lincoln felt when he said,", "voiced by William Penn when he said:":
                # the pronoun stands for the name just before it in its clause
                clause = max(lead_in.rfind(c, 0, m.start()) for c in ".,;:!?—()") + 1
                named = persons(max(clause, m.start() - WHEN_HE_BEFORE), m.start())
                who = named[-1] if len(named) == 1 else None
            if who is None and _AND_HE.search(lead_in, 0, offset) and (m := _NAME_OPENS.match(lead_in)):
                named = persons(0, m.end())
                who = named[0] if len(named) == 1 else None
            if who is None and _COMMA_HE.search(lead_in, 0, offset) and (m := _CLAUSE_OPENS.match(lead_in)):
                named = persons(m.start("name"), m.end("name"))
                who = named[0] if len(named) == 1 else None
            if who is None and spoken_by_someone:
                who = pronoun_person
            if who is not None or kind == "speech" or spoken_by_someone:
                # a speaker the text does not name ("shouted one steward", "he continued"
                # with no one of the register in view): said, no @who
                return Verdict("said", who, verb, "verb-of-saying")
        if verbs:
            return Verdict("quote", None, verb, "verb-of-writing")
    if followed_by_citation:
        return Verdict("quote", by="citation-after")
    if sentence:
        return Verdict("quote", by="sentence-of-its-own")
    return Verdict("q", by="short") if words < PHRASE_WORDS else Verdict("quote", by="long")


# a participle after a determiner is an adjective, no verb: "the declared Will of God", "the said
# John Mill", "his stated aim"
_PARTICIPLE = re.compile(r"(?i:[a-z]+ed|said|told|spoken|written)")
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|his|her|its|their|our|this|that)[\s\u00a0]+$", re.IGNORECASE)


def _a_name_in_the_sentence(text: str, at: int) -> bool:
    """A verb's word capitalised within its sentence is a name's ("the United States
    libraries", "Notes and Queries"), no verb."""
    before = text[:at].rstrip(" \u00a0\n")
    return text[at].isupper() and before[-1:].isalpha()


def _nearest_verb_writes(lead_in: str) -> bool:
    """The verb nearest the quotation is one of writing ("demanded", "wrote")."""
    nearest = max([(m.start(), False) for m in SPEECH.finditer(lead_in)]
                  + [(m.start(), False) for m in EITHER.finditer(lead_in)]
                  + [(m.start(), True) for m in WRITING.finditer(lead_in)], default=(0, False))
    return nearest[1]


def says(verb: str) -> bool:
    """The verb tells of writing as often as of speech ("says", "said", "remarks", "exclaims" …)."""
    return _OF_EITHER.match(verb) is not None


_OF_EITHER = re.compile(r"^(?:says|say|said|remarks|remarked|observes|observed|exclaims|asks|adds|"
                        r"declares|continues|tells)$", re.IGNORECASE)
