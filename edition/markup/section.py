# SPDX-License-Identifier: MIT
"""The inline rules over one section's paragraphs: quotations, citations, names, speech and
writing, block quotations. ``annotate`` (inline.py) runs one ``SectionMarkup`` per section."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from edition.markup.citations import Citation, attribution_line, find_citations
from edition.markup.masks import MASK, NO_MASK, Mask, Masks, PersonsInView
from edition.markup.names import ORG_WORDS, Mention, NameMatcher
from edition.markup.notes import read_references
from edition.markup.quotes import NestingTooDeep, Quotation, Unit, parse_quotations, _LEADING
from edition.markup.result import Markup, Wrapper
from edition.markup.roles import ROLES
from edition.markup.spans import Span
from edition.markup.titles import AFTER_TITLE, PERFORMING, after_work_noun, cited_after, quoted_title
from edition.structure.blockquotes import topics_run_on
from edition.structure.headings import ADDRESSED, FUNCTION_WORDS
from edition.structure.turns import (ANSWER_LABEL, DEPOSITION_LABEL, HEARING_LABEL, NAMED_LABEL, ROLE_LABEL,
                                    SWORN_LABEL, SWORN_RECORD, TURN_LABEL)
from edition.markup import speech
from edition.markup.speech import (ABBREVIATION, MIN_SPEECH_WORDS, PHRASE_WORDS, SENTENCE_END, SPEECH, Verdict,
                                   SentenceEnds, classify, has_verb)
from edition.structure.model import Note, Paragraph, Reference
from edition.structure.references import entry_spans
from edition.text.blocks import Block

CIT_RANK, QUOTE_RANK = 5, 10
# a quotation of writing found by its shape alone, no verb or citation: may be a quoted title
# a source set in the author's sentence by the way, between commas: ", as Swift puts it, ", ",
# as Mr. Lowell says, "
_AS_ONE_SAYS = re.compile(r",[ \u00a0\n]+as[ \u00a0\n]+(?:[A-Z][\w’'.-]*[ \u00a0\n]+){1,4}(?:\w+[ \u00a0\n]+)?"
                          r"(?:says|said|puts[ \u00a0\n]+it|put[ \u00a0\n]+it|writes|wrote|observes|remarks|expresses[ \u00a0\n]+it)"
                          r"[ \u00a0\n]*,[ \u00a0\n]*$")
# the verbs of saying or writing in the present tense a scholar cites a writer by
_PRESENT_OF_EITHER = re.compile(r"^(?:says|remarks|observes|exclaims|adds|declares|continues|tells)$", re.IGNORECASE)
MIN_EXCHANGE = 3  # quotations back to back: a hail and its answers
_SAINT = re.compile(r"(?:St\.|Saint)[ \u00a0]+[A-Z]")
MIN_QUESTION_WORDS = 3  # a question answered back to back: "Where did you find it?", not "Honest Indian?"
# between quoted titles listed one after another: '“…;” and “…;” including “…,” “…,” and a “…”'
# (not "or": '"Quonecticut," or "Long River,"' names one thing twice)
_LISTED_TITLES = re.compile(r"[ \u00a0\n]*[,;]?[ \u00a0\n]*(?:(?:and|including|as[ \u00a0]well[ \u00a0]as)[ \u00a0\n]+)?"
                            r"(?:(?:an?|the)[ \u00a0\n]+)?")
TITLE_CASED = 0.75  # of a title's words not "of", "the" …, those capitalised
# a lead-in's colon, its dash, a source named before a comma: "of God:", "religions:--",
# "According to Chen et al. (2022, p. 1),", "(2022, p. 1),"
_LEADS_IN = re.compile(r"(?::|:?[ \u00a0]*(?:--|—)|\b[Aa]ccording[ \u00a0]+to\b[\s\S]{0,80},"
                       r"|\([^()]{0,40}\b(?:1[5-9]|20)\d\d\b[^()]{0,40}\),)[\s\u00a0]*\Z")
_LISTED = re.compile(r"[ \u00a0]*(?:,|;|,?[ \u00a0]+(?:and|or|nor))[ \u00a0]*")
_ASIDE = re.compile(r"[ \u00a0\n]*,?[ \u00a0\n]*meaning[ \u00a0\n]+[^,;:.!?“”\"]{1,40},[ \u00a0\n]*")
# what the speaker did between the words, in brackets: '"… a circle like this O" (L. N. made the
# circle with his finger on the table). "And the child is more in the right …"'
# (not a sentence of the narrator's in its brackets, its stop inside: '(The boys were so like the
# woman … .) "O!" says the elder')
_BRACKETED_ASIDE = re.compile(r"[ \u00a0\n]*\([^()“”\"]{3,200}(?<![.!?])\)[.,;]?[ \u00a0\n]*")
_GOING_ON = re.compile(r"[ \u00a0\n]*,?[ \u00a0\n]*(?:continuing|continued|going[ \u00a0]+on|adding)[ \u00a0\n]*[,:]?[ \u00a0\n]*")
_INFINITIVE_OPENS = re.compile(r"to[ \u00a0\n]+[a-z]")
# a verb whose object is an infinitive, right before the marks ("continued “to watch …”")
_INFINITIVE_VERB_BEFORE = re.compile(r"\b(?:continued|continues|continue|promised|promises|undertook|undertakes|agreed|"
                                     r"hoped|wished|tried|resolved|began|ceased|seemed|appeared|wanted|intended|"
                                     r"refused|offered|proposed|threatened|vowed|pledged|managed|failed|expected|"
                                     r"desired|determined|endeavou?red|attempted|decided|chose|ought)[ \u00a0\n]*$")
_TOPIC_BEFORE = re.compile(r"(?<=\S)(?:--|—)$")
_TOPIC_AFTER = re.compile(r"(?:--|—)(?=\S)|\.?$")
_BACK_TO_BACK = re.compile(r"[ \u00a0\n]+")
MIN_LISTED_LINES = 3
MIN_LINE_WORDS = 4  # a line of verse, an epithet (not the house's cries: "Question," "Hear him,")
MAX_LISTED_WORDS = 12  # a line or an epithet listed, not a passage after a title ("“Four Lectures …,” “What is …”")
_LISTED_OR = re.compile(r"[ \u00a0]*,?[ \u00a0]+or[ \u00a0]+")  # '“…,” or “…”
# a paragraph that is one quotation and nothing else, closed ("“The which?”")
_WHOLLY_QUOTED = re.compile(r"[ \u00a0]*“[^“”]*”[ \u00a0]*|[ \u00a0]*\"[^\"]*\"[ \u00a0]*")
_SHAPE_ONLY = frozenset({"short", "long", "sentence-of-its-own", "verb-of-writing"})
# How far after a quotation its attribution is read: '“…,” said Principal Deputy Assistant
# Secretary for Land and Minerals Management Dr. Steve Feldgus.'
TAIL_MAX = 120
SPEAKER_LABEL_MAX = 100  # "Mayor Sylvester Turner of Houston, TX:"
EXCERPT_MAX = 160  # two lines of print: an interviewee's remark, not a letter's paragraph
VERB_AFTER_MAX = 50
_HONORIFICS = frozenset("Dr Mr Mrs Ms Miss".split())  # not "Sir Henry Pole": part of the name
# A name the register lacks, as a speaker: capitalised words, not at a sentence's start alone.
# "Plimak", "Y.G.", "G.K.Zhukhov", "McCarthy", "O’Brien", "Stone-Manning" (not cut in half)
# "St. Paul" is one name, not "St"
# (letters with accents too: "Krüger", "Müller", "José", "Ångström")
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# ("Wm. H. Seward", "Chas. Sumner": a forename cut short, with its stop, is the name's)
_SHORT_FORENAME = rf"(?:{speech.SHORT_FORENAMES})\."
_NAME_WORD = (rf"(?:{_SHORT_FORENAME}|(?:St\.[ \u00a0])?(?:[A-Z]\.)*(?:O[’'])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
              r"|(?:[A-Z]\.)+)")
# (a hard-wrapped line may break a name after an initial or a title: "said Lord" / "Melbourne")
_SPEAKER_NAME = re.compile(rf"(?<![\w’'.]){_NAME_WORD}(?:(?:[ \u00a0]|(?:(?<=[A-Z]\.)|(?<=\bLord)|(?<=\bLady)|(?<=\bSir))\n)"
                           rf"{_NAME_WORD})*"
                           # "President J. M. GRANT": a surname in capitals after initials
                           r"(?:(?<=[A-Z]\.)[ \u00a0][A-Z][A-Z’'\-]+(?![\w’']))?"
                           r"(?=[’']s\b|(?![\w’']))")  # "Y.G. Plimak", "Trotsky’s remarks"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
EDITOR_TAGS = {"speech": "said", "writing": "quote", "phrase": "q", "title": "q"}  # [[override]] quotation = …
NEW = "\0"  # marks a name the register lacks, in person lists
_NOT_NAMES = frozenset("""
Nobody Everybody Somebody Anybody Everyone Someone Anyone Nothing Everything
Him Whom Thee Thou Thy Thine My Your Says Said Asked Replied
A An And As At But By For From He Her His However I If In It Its Later Meanwhile Mr Mrs Ms Dr
Neither No Not Now Of On One Or Our She So Some Such That The Their Then There These They This
Those Thus To Under We What When Where Which While Whilst Who Why With Yes You Opening Further
Following Historian Professor General Marshal Comrade President Minister Secretary
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Suddenly Finally Recently Afterwards Eventually Today Yesterday Tomorrow Indeed Also Only Even Enough
Still Yet Perhaps Here Again Once Clearly Obviously Apparently Naturally Instead Nevertheless
After Before During Since Until Upon Whereupon Although Though Because Unless Whether Whenever
Furthermore Moreover Besides Likewise Similarly Consequently Accordingly Therefore Hence Otherwise
Nonetheless Regardless Additionally Alternatively Conversely Ultimately Overall Certainly Surely
Never Always Often Sometimes Seldom Rarely Usually Soon Well Oh Ah Alas
Majesty Highness Excellency Lordship Ladyship Holiness Worship
""".split())  # sentence-opening words that are no part of a speaker's name ("Suddenly Stalin says")
# nations' and faiths' adjectives ("many eminent American historical writers: “…”"), unless the
# text prints one as the surname of a full name ("Gen. Mark A. Welsh III" … "Welsh said")
_NATIONS = frozenset("""
American English British French German Italian Spanish Russian Irish Scottish Welsh Dutch Greek
Roman Chinese Japanese Indian European African Asian Canadian Australian Mexican Christian
""".split())
_NOT_NAMES |= _NATIONS
_ADVERBS = re.compile(r"(?:(?:also|then|later|again|still|once|further|too|now|[a-z]+ly)"
                      r"[ \u00a0,]*)*")  # between a speaker and the verb: "Wilkins also said"
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w’'])(?:{speech.NAME_TITLES})\.?[ \u00a0]+$")
# a name after these is no speaker: "in Fayetteville", "the Constitution", "at Westminster"
_CHAPTER_AFTER = re.compile(r"\.?[ \u00a0]*\d")
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z][’']s[ \u00a0]+$")
# ("this Deponent", not "Upon this Bill said to me": "this" the thing, the name the subject)
_THIS_BEFORE = re.compile(r"(?:(?<![\w’'])(?P<word>[A-Za-z]+)[ \u00a0]+)?(?<![\w’'])this[ \u00a0]+$")
_THIS_A_THING_AFTER = frozenset("upon after at on with of to by for from like".split())
# a name after a verb in -ing is its object: "after eulogising Sir Robert Peel, said:" (not
# "the thing Smith said", "one evening Smith said")
_GERUND_BEFORE = re.compile(r"(?<![\w’'])(?!(?:\w*thing|king|ring|spring|evening|morning|during|ceiling|building|"
                            r"wedding|meeting|hearing|sitting|being)\b)[a-z]{2,}ing[ \u00a0]+$")
# a name joined by "and" to a word no person's ("in Emperor and Galilean": a title's, a place's)
_JOINED_AFTER_PLACE = re.compile(r"(?<![\w’'])(?:in|of|from|at|on)[ \u00a0]+[A-Z][\w’'-]*[ \u00a0]+(?:and|&)[ \u00a0]+$")
_OF_BEFORE = re.compile(r"(?<![\w’'])of[ \u00a0]+\Z")
_NO_PERSON_BEFORE = re.compile(r"(?<![\w’'])(?:&|both|all|several|many|to|the|a|an|same|these|those|every|each|whole|die|der|das|le|la|les|"  # "Stephens & Co."
                               r"in|at|from|near|of|on|into|across|for|with|towards?|unto|upon|against|"
                               r"through|beyond|among|amongst|behind|around|"
                               r"by|like|within|throughout|outside|inside|via|column|newspaper|"
                               r"magazine|book|novel|journal|show|programme|program|film|paper|"
                               r"song|poem|play|website|blog)\s+$", re.IGNORECASE)  # (a line may end between: "in the\nMiddle States")
# a name's first word at the end of the line before ("the Fugitive\nSlave Law"): the thing
# "the" names goes on over the break, no one
_WRAPPED_WORD_BEFORE = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]+\n$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an)[ \u00a0]+$", re.IGNORECASE)
_BETWEEN_QUOTE_AND_CITATION = re.compile(r"^[\s\u00a0]*$")
_NOTE_CALL_AFTER = re.compile(r"[.,;:]?(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?P<n>\d{1,3})(?![\d,.]\d))")
_BETWEEN_QUOTE_AND_LATE_CITATION = re.compile(r"^[\s\u00a0.,;:]{0,3}$")
# between the two parts of an interrupted quotation: ", he said, " — short, no sentence end
# a full stop after a title or an initial ends no sentence: "writes Mr. Nisbet", "says Dr. Lee"
_REPORTING_CLAUSE = re.compile(rf"^,?[\s\u00a0]+(?:{ABBREVIATION}\.|[^‘’“”\".!?]){{1,60}}?[,:]?[\s\u00a0]*$")
# a clause the author's sentence goes on in, its own verb of saying after a conjunction: a
# second utterance, no interruption of the first
_CONJOINED_CLAUSE = re.compile(rf"^[,;]?[\s\u00a0]+(?:but|and|then|yet)\b[^‘’“”\"]*"
                               rf"\b(?:{speech._SPEECH}|{speech._EITHER})\b", re.IGNORECASE)
_LONG_REPORTING_CLAUSE = re.compile(rf"^,?[\s\u00a0]+(?:{ABBREVIATION}\.|[^‘’“”\".!?]|(?<=\w)[’'](?=\w))"
                                    r"{1,240}?[,:;]?[\s\u00a0]*$")  # (an apostrophe: "the chemist’s boy")
# ("says I." ends its sentence, the pronoun no initial: the next words are another's, unless
# they go on in lower case: '"You are very late." said I. "what is the reason of it?"')
# an interrupted quotation's first part stops with a mark, inside its quotation marks or after
# them ('“I shall say little,” Jones began'); one that does not, with a colon leading in to the
# next ('“Bill Arp” struck the key-note when he said: “Well, …”'), is the sentence's name or phrase
_BROKEN_OFF = re.compile(r"[,.;:!?—–\-…][’”\"']+$")
# a clause that answers the words before it, its speaker named: "upon which Washington said", "to
# which he replied" (in small letters: mid-sentence; not "to which was added")
_IN_REPLY = re.compile(r"^,?[\s\u00a0]+(?:(?:upon|to|on|at)[\s\u00a0]+which|whereupon|whereat)[\s\u00a0]+(?:he|she|they|[A-Z])")
_SAYS_I = re.compile(r"\bI\.[\s\u00a0]*$")
# a quotation that says whose it is in brackets near its start, as old books print it: "'Mr.
# Johnson, (said I) I do indeed …'", "'Sir, (said he, with a stern look,) I …'"
_OWN_ATTRIBUTION = re.compile(r"[‘“'\"][^()‘’“”\"]{0,60}?\([\s\u00a0]*(?P<verb>said|says|cried|replied|answered|"
                              r"added|continued|quoth)[\s\u00a0]+(?P<who>I|he|she|[A-Z][\w’'-]+(?:[\s\u00a0]+[A-Z][\w’'-]+)?)"
                              r"\b[^()]{0,60}\)")
# a quotation that ends its sentence, then a new one — opening with a conjunction, or a
# capital with a capital after it, or leading in with a colon: '“…?” And I said, “…”', '“…”
# He always finished by asking, “Do you …?”', '“…?” As they told Amiot: “…”' are two
# speeches, not one interrupted by its attribution ('“Why?” Jones asked, “do you …”' is one)
_OPENS_SENTENCE = (r"(?:And|But|Then|So|Yet|Or|Now|As|When|While|After|Before|If|Though|Although|"
                   r"Later|Again)\b")
_NEW_SENTENCE = re.compile(rf"[.!?][’”\"']+[\s\u00a0]+(?:{_OPENS_SENTENCE}|[^.!?]*:[\s\u00a0]*$"
                           # ('…authorship." He continues--"He was …': a dash leads in too)
                           r"|[A-Z][^.!?]*(?:[\s\u00a0]|—|--)[‘“\"'][\s\u00a0]*[A-Z])")
_OPENS_SENTENCE_AT = re.compile(_OPENS_SENTENCE)
# a lead-in that puts words to someone, not in their mouth: "on its being remarked,", "On the
# passage of Scripture being repeated,", "on being reminded of that verse,"
_SAID_TO_THEM = re.compile(r"\b(?:being|been)[\s\u00a0]+(?:\w+ly[\s\u00a0]+)?(?:said|repeated|remarked|read|quoted|"
                           r"asked|told|observed|mentioned|sung|recited|reminded|suggested)\b[^.!?]*$", re.IGNORECASE)
_ATTRIBUTION_OF_MASKED = re.compile(rf"{MASK}[ \u00a0,]*$")  # '“…,” said Sam': the verb right after one
# a name whose possessive opens the subject after an inverted verb: "murmured Lamb’s dream babes"
_POSSESSOR_OF_SUBJECT = re.compile(r"[’']s[ \u00a0]+[a-z]")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0\n]+$")
# a sentence opening with a name and its verb: "Bucharin laughed.", "Walter took the map and …"
_SUBJECT_VERB = re.compile(rf"[ \u00a0\n]*(?P<name>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,2}})[ \u00a0]+"
                           r"(?:[a-z]+ly[ \u00a0]+)?(?:[a-z]+ed|took|sat|stood|rose|came|went|made|gave|shook|"
                           r"held|threw|drew|broke|got|turned|laughed|smiled|paused)\b")
# a sentence of a pronoun and its verb of saying alone before the quotation, a few words of time
# or place before them ("He said: “", "On the way he said to me: “", "Presently, he said to me: “")
_PRONOUN_SAYS = re.compile(rf"[ \u00a0\n]*(?:(?:[A-Z][a-z]+(?:[ \u00a0][a-z]+){{0,3}}),?[ \u00a0]+)?(?:[Hh]e|[Ss]he)[ \u00a0]+"
                           rf"(?:[a-z]+ly[ \u00a0]+|then[ \u00a0]+)?(?:{speech._SPEECH})(?:[ \u00a0]+to[ \u00a0]+(?:me|us|him|her))?"
                           r"[ \u00a0]*[:,]?[ \u00a0]*")
# a sentence's subject, a name, and its verb: "Ketch flung", "Massasoit, himself, felt", "Alfred P.
# Wright, an old friend of Mr. Warren, was grieved" (a word of time before it: "Presently, Bass slipped")
_SENTENCE_SUBJECT = re.compile(rf"[ \u00a0\n]*(?:(?:Presently|Then|Now|Once|Here|There|Suddenly|Finally|Again|"
                            rf"At[ \u00a0]+(?:last|once|length)),?[ \u00a0]+)?"
                            rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,3}})(?:,[^,.;:!?“”\"]{{1,80}},)?[ \u00a0]+"
                            r"(?!(?:of|and|or|in|the|a|an|with|to|for|at|from|on|by|who|which|that|whose|as|if)\b)"
                            r"[a-z]{2,}\b")
# words one speaks to another: "I", "you", "we" (not a book's third person)
_SPOKEN = re.compile(r"(?<![\w’'])(?:I|[Yy]ou|[Ww]e|[Mm]e|[Mm]y|[Yy]our|[Oo]ur|[Uu]s)(?![\w’'])")
# a sentence whose subject is "he" or "she", a few words of time before ("At once he launched")
_PRONOUN_SUBJECT = re.compile(r"[ \u00a0\n]*(?:[A-Z][a-z]+(?:[ \u00a0][a-z]+){0,2},?[ \u00a0]+)?(?:[Hh]e|[Ss]he)[ \u00a0]+[a-z]")
# the subject's verb a question's: "he" who answers is the one asked
_ASKS = re.compile(r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:asked|inquired|enquired|questioned|demanded)\b")
# sentences at the most whose subject is that pronoun, between its name and the quotation
PRONOUN_SENTENCES = 2
# a sentence opening with a clause of time or manner, its comma, then its subject
_CLAUSE_FIRST = re.compile(r"[ \u00a0\n]*(?:When|As|After|While|Whilst|Before|Having|On)\b[^,.;:!?“”\"‘’]{1,80},")
_STOP = re.compile(rf"[.!?:;]|{MASK}")  # where an attribution after a quotation ends
# a quotation opening the clause its lead-in's verb governs: "that …", "whether …" (not "if",
# "how": as often words of their own)
_CLAUSE_OPENING = re.compile(r"(?:that|whether|because|lest)\b")
# speech reported: "he", "she", "they" in small letters and a verb in the past ("he had no heart")
_REPORTED_PAST = re.compile(r"(?:he|she|they)[ \u00a0\n]+(?:(?:never|not|then|also)[ \u00a0\n]+)?"
                            r"(?:was|were|had|did|could|would|should|might|knew|thought|[a-z]+ed)\b")
_SMALL_LETTERS_AFTER = re.compile(r"[ \u00a0\n]*[a-z]")  # the author's sentence going on
_ASKED_IF = re.compile(r"\b(?:asked|asks|inquired|enquired|wondered|demanded)(?:[\s\u00a0]+(?:him|her|them|me|us))?"
                       r"[\s\u00a0,]*$")
# a writing that says the words led in ("an article …, in which a paragraph … says:—"): no
# interviewee's words
_A_WRITING = re.compile(rf"\b{speech.WRITINGS}\b[^.!?]{{0,80}}?\b(?:says|said|reads|runs|states)\b")
# the interviewer speaking ("I asked", "we said"): no interviewee's words
_NAME_BEFORE_COMMA = re.compile(r"(?:^|[ \u00a0])(?:[A-Z]\.[ \u00a0])*[A-Z][a-z’'\-]+,[ \u00a0]+$")
_UNSAID = frozenset({"sentence-of-its-own", "long"})  # quoted words no verb leads in
_ASKER = re.compile(r"(?<![\w’'])(?:I|we|We)(?![\w’'])")


@dataclass(frozen=True, slots=True)
class Carry:
    """A passage a section leaves open at its end: its quotation, its verdict, and the
    attributes and id of the element of its last part (a phrase-level part's or the block
    quotation's), for the links to the part that goes on after the cross-head."""
    quotation: Quotation
    verdict: Verdict
    attrib: dict[str, str]
    last_id: str
    closing: Span | None  # the span that supplies its closing mark, which it needs no more
    warning: tuple[int, str] | None  # and the report's warning of it


class Ids:
    def __init__(self) -> None:
        self.q = 0
        self.b = 0
        self.wrapper = 0


# A transcript's turn, its speaker's label first: 'MR. LOW: Victor Morawetz.', 'Q. Were you
# there?' — turns one after another are one exchange, one quotation (not each an excerpt)
_TURN = re.compile(r"[ \u00a0\t]*(?:(?:(?:MR|MRS|MS|DR|MISS|SENATOR|JUDGE)\.?[ \u00a0])?[A-Z][A-Z’'\-]+"
                   r"(?:[ \u00a0][A-Z][A-Z’'\-]+){0,2}:|[QA][.:])[ \u00a0]")


MIN_CLAUSE_WORDS = 3
STATEMENT_WORDS = 15
MAX_BARE_CLAUSE_WORDS = 4
THIS_WINDOW = 24  # characters before a name: "Whereupon this "  # ", said Porcupine, ", ", he said, "
# ', he said', ' she asked': the attribution of a pronoun and its verb
_HE_SAID = re.compile(rf"[ \u00a0\n]*,?[ \u00a0\n]*(?:he|she)[ \u00a0\n]+(?:{speech._SPEECH}|{speech._EITHER})\b")
# a paragraph of the narrator's speech: '“Who are you speaking to?” I inquired', '“No,” said I'
_NARRATOR_TURN = re.compile(r"[ \u00a0]*[“\"‘'][^”\"’\n]{1,300}[”\"’'][ \u00a0\n]*(?:I[ \u00a0\n]+[a-z]+|"
                            r"(?:said|says|asked|replied|answered|cried|inquired)[ \u00a0\n]+I)\b")
# characters: a turn of dialogue, its words and who said them ("“Who …?” I inquired, in my …")
SHORT_TURN = 160
# "she" the subject of a verb of saying: before the quotation, or just after it
# (a few words between, no other pronoun: "she very greatly surprised me by saying, “")
_SHE_SAYS = re.compile(rf"(?<![\w’'])[Ss]he(?:[ \u00a0\n]+(?!(?:he|I|they|we|who)\b)[a-z]+,?){{0,6}}?[ \u00a0\n]+"
                       rf"(?:{speech._SPEECH}|{speech._EITHER})\b[^.!?]*\Z")
_SHE_SAID = re.compile(rf"[ \u00a0\n]*,?[ \u00a0\n]*she[ \u00a0\n]+(?:{speech._SPEECH}|{speech._EITHER})\b")
# times at the least the one woman must be named for "she" to be hers
WOMAN_NAMED = 8
# a woman's title before her name ("Madame Kollontai", "Mrs. Coues"): not "Mother", "Sister",
# a nun's or a figure's as often as a woman's
_WOMANS_TITLE = re.compile(r"(?<![\w’'])(?:Mrs|Miss|Ms|Mme|Madame|Mademoiselle|Mlle|Lady|Queen|Princess|"
                           r"Duchess|Countess|Baroness)\.?[ \u00a0]+(" + _NAME_WORD + r"(?:[ \u00a0]"
                           + _NAME_WORD + r")*)(?![\w’'])")
# paragraphs of questions and answers taking turns, at the least, for an examination's run
_EXAMINATION_RUN = 4
# a turn set off by its shape alone, no verb leading it in: speech where the run is an exchange
_TURN_BY_SHAPE = frozenset({"sentence-of-its-own", "whole-paragraph"})
# a hearing's report naming whom it examines next, and how far back "the witness" is looked for
_EXAMINED = re.compile(r"\b(?:was|were)[ \u00a0\n]+(?:then[ \u00a0\n]+|next[ \u00a0\n]+|again[ \u00a0\n]+|now[ \u00a0\n]+)?"
                       r"(?:questioned|examined|cross-examined|recalled|sworn)\b|\b(?:testified|took[ \u00a0\n]+the[ \u00a0\n]+stand)\b")
WITNESS_PARAGRAPHS = 40
SWORN_PARAGRAPHS = 300  # a witness's evidence, question and answer, runs on from the line that swears them
_MOVEMENT = re.compile(r"[A-Z][a-z]+ists?")  # Socialists, Methodists, a Communist


def _pronoun_clause(pronouns: str) -> re.Pattern:
    """', he added, ': a reporting clause of a pronoun and its verb alone."""
    return re.compile(rf"[ \u00a0\n]*,?[ \u00a0\n]*(?:{pronouns})[ \u00a0\n]+(?:{speech._SPEECH}|"
                      rf"{speech._EITHER})[ \u00a0\n]*,[ \u00a0\n]*")


_PRONOUN_CLAUSE = _pronoun_clause("he|she|I|we|they")
_HE_OR_SHE_CLAUSE = _pronoun_clause("he|she")  # a third person's: '“…!” he said, “…”'
# a short sentence between a speaker's words saying what the speaker did, its subject first (a
# pronoun or a name), a few words after it: "I demanded.", "Miss Fligelman hastened to reassure me."
# (one speaker: not "They kissed.", "We expressed our sympathy.")
_SPEAKER_ACTS = re.compile(r"[\s\u00a0]*(?P<who>I|[Hh]e|[Ss]he|(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?[\s\u00a0]+)?"
                           r"[A-Z][\w’'-]+(?:[\s\u00a0]+[A-Z][\w’'-]+)?)"
                           r"(?:[\s\u00a0]+[a-z][\w’'-]*){1,4}[.][\s\u00a0]*")
_SUBJECT_PRONOUNS = {"I", "he", "He", "she", "She"}
_ASSURED = re.compile(r"\b(?:re)?assur(?:e|ed|es|ing)\b")  # "hastened to reassure me"
MAX_ACT_WORDS = 6
# a bare clause between two quotations, its verb of saying or writing last, no object: '“…,” he
# admitted. “They will be different.”' (not '"…" Blount admitted it. "You had …"')
_BARE_CLAUSE = re.compile(rf"[\s\u00a0]*(?:[A-Z][\w’'.-]*|he|she|they|we)(?:[\s\u00a0]+[A-Z][\w’'.-]*)?[\s\u00a0]+"
                          rf"(?:{speech._SPEECH}|{speech._EITHER})[.][\s\u00a0]*")
# how far back a hearing's turn may run from its label ('Mr. NORTH: I honestly …')
TURN_PARAGRAPHS = 6
# a transcript's turn in its own marks after its speaker's label (structure.turns)
_TURN_BY_LABEL = re.compile(TURN_LABEL + r"\Z")  # the label alone before the quotation
# a debate's interjection, the quotation the whole of a bracket, with whom it came from after it:
# '["No, no," from Mr. DeCosmos]', '(" Hear, hear.")' (not a defined term: '("EPA")')
_INTERJECTION_OPEN = re.compile(r"[\[(][ \u00a0]*\Z")
_INTERJECTION_CLOSE = re.compile(r"\s*(?:from\s+(?P<by>[^\[\]()]{1,80}?))?\.?[\])]")
# after a verb of performing (titles.PERFORMING) the words in marks may be the song's title
# ('The quartette sang "The Star Spangled Banner"'), not words sung, unless they are set off
# by a comma or a colon, or stop like a sentence: 'sang, "We shall …!"'
_SET_OFF_BEFORE = re.compile(r"[,:][ \u00a0\n]*\Z")
# words that stop inside their closing mark: a sentence's, not a title's; a debate's
# interjection stops so too ('["No, no," from …]')
_STOP_INSIDE_END = re.compile(r"[.,;:!?][’”\"']\Z")
# what a house calls out, where the report does not say who
_INTERJECTIONS = frozenset("hear no yes aye nay oh shame order question cheers".split())
_LABELLED_TURN = re.compile(TURN_LABEL + "[\"“‘']")  # a paragraph opening with a label and a mark
# an exchange reported in one paragraph, each turn its speaker's label before its marks ("…
# conversation with Dr. Burney:--BURNEY. 'How does poor Smart do, Sir?' JOHNSON. 'It seems …'",
# "Coppée: “It would seem …” Cabaner, after a silence: “Is it always the Prussians?”")
_INLINE_TURN = re.compile(r"(?:^|(?<=[.!?:;”’\"'—-]))[\s\u00a0]*"
                          r"(?P<name>(?:(?:Mr|Mrs|Dr)\.[ \u00a0])?[A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){0,2})(?:,[ \u00a0]+[a-z][^,“”\"‘’':.\n]{0,40})?[.:]"
                          r"[ \u00a0]*(?:--|—)?[ \u00a0]*\Z")
MIN_INLINE_TURNS = 2  # labelled quotations in one paragraph: an exchange, not one "Note:" before a quotation
_OFFICE_DASH_LABEL = re.compile(r"[ \u00a0\t]*(?P<name>(?P<office>[A-Z][a-z]{1,12}\.?)[ \u00a0][A-Z][\w’'\-]+"
                                r"(?:[ \u00a0][A-Z][\w’'\-]+)?)[ \u00a0]*(?:—|--)[ \u00a0]*\Z")
_PERSONAL_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady"))
# 'The General--"Sir, you appear …"': a title alone, the one person the text gives it (titled_persons)
_THE_OFFICE_DASH_LABEL = re.compile(r"[ \u00a0\t]*(?P<name>The[ \u00a0](?P<office>[A-Z][a-z]{2,14}))[ \u00a0]*(?:—|--)[ \u00a0]*\Z")
_CAPS_TURN_BY_LABEL = re.compile(ROLE_LABEL + r"\Z")  # a sketch's role in capitals (structure/turns.py)
_CAPS_LABELLED_TURN = re.compile(ROLE_LABEL + "[\"“‘']")
# labels of turns that name no one: 'Question: "…"' / 'Answer: "…"'
_TURN_ROLES = frozenset(("question", "answer", "reply", "response", "note", "comment", "interviewer",
                         "voice", "voices", "chorus", "all", "both", "witness", "the witness", "the court"))
# the words between two quotations name the second another's answer to the first ("which elicited
# the answer", "said she next, and the rejoinder was")
_ANSWER_NAMED = re.compile(r"\b(?:the|his|her|their|an?)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?"
                           r"(?:answer|reply|rejoinder|retort|response)[\s\u00a0]+(?:was[\s\u00a0]*[,:]?[\s\u00a0]*)?$")
# who asked whom between a question and its answer: " I asked him. ", " I inquired of the
# violinist. "
_ASKED_WHOM = re.compile(r"[\s\u00a0]*I[\s\u00a0]+(?:asked|inquired|enquired)(?:[\s\u00a0]+(?:of[\s\u00a0]+)?"
                         r"(?:him|her|them|the[\s\u00a0]+[a-z]+))?[.,][\s\u00a0]*")
# a verb that answers: the words after it reply to a question before it
_ANSWERING = re.compile(r"\b(?:replied|replies|answered|answers|rejoined|retorted|responded)\b")
_REPLIED = r"(?:replied|answered|rejoined|retorted|responded)\b"
# a subject of its own, not a pronoun: "the prisoner answered", "Mr. Cole replied"
_NAMED_SUBJECT = re.compile(r"\b(?:the[\s\u00a0]+[a-z]+|[A-Z][\w’'.-]+)[\s\u00a0]+" + _REPLIED)
_AND_ANSWERED = re.compile(r"[\s\u00a0,]*(?:and|but)[\s\u00a0]+(?:he|she|they|[A-Z][\w’'.-]+(?:[\s\u00a0][A-Z][\w’'.-]+){0,2})"
                           r"[\s\u00a0]+" + _REPLIED)
_CLOSING_MARKS = "’”\"'"
_OPENING_MARKS = "‘“\"'"
_ANSWER_OPENS = re.compile(r"(?:Yes|No|Not|Certainly|Decidedly|Assuredly|Surely|Never|Indeed|Of[\s\u00a0]+course|"
                           r"By[\s\u00a0]+no[\s\u00a0]+means|Absolutely)\b")
_ENDS_SENTENCE_INSIDE = re.compile(r"[.!?][’”\"']\Z")  # '“… the town.”'
# a stage direction between two parts of a turn: " (More laughter). ", " [Applause.] "
_STAGE_DIRECTION = re.compile(r"[\s\u00a0.,]*[(\[][A-Z][^()\[\]\n]{0,40}[)\]][\s\u00a0.,]*")
_TITLE_BEFORE = re.compile(r"^[A-Z][A-Za-z]{1,9}\.[ \u00a0]")  # "Mr. " before a label's name
# a full reference in square brackets after a word or a stop: '[Rational Therapeutics. A Prize
# Essay. By Worthington Hooker, M. D., of New Haven. Boston. 1857.]' — an author ("By …") or a
# year in it, not a stage direction ('[laughs]') nor an editor's word ('[sic]')
_BRACKETED_REFERENCE = re.compile(r"(?<=[^\s\[][ \u00a0\n])\[(?=[A-Z])(?=[^\[\]]*(?:\bBy[ \u00a0\n]+[A-Z]|"
                                  r"\b1[5-9]\d\d\b))[^\[\]]{20,400}\]")
# the clause that interrupts words borrowed into the author's sentence: ", as Lord Bacon says, "
_AS_SAID = re.compile(rf"[ \u00a0\n]*,?[ \u00a0\n]*as[ \u00a0\n]+[^,;:.!?“”\"]{{1,60}}?[ \u00a0\n]+"
                      rf"(?:{speech._SPEECH}|{speech._EITHER}|puts[ \u00a0\n]+it|put[ \u00a0\n]+it|has[ \u00a0\n]+it)"
                      r"[ \u00a0\n]*[,;]?[ \u00a0\n]*")
# the speaker's own person in words: "we know not where to sit", "it dawned on my mind"
_SPEAKERS_OWN = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b", re.IGNORECASE)
_COMMA_CLOSES = re.compile(r",[’”\"']$")  # a quotation's first part closed by its comma inside the marks
# a label naming where the words under it were printed, not who spoke them: "From the Leavenworth
# (Kansas) Commercial:", "In the Times of May 3:"
_FROM_A_SOURCE = re.compile(r"(?:From|In)[ \u00a0]+(?:the|an?)[ \u00a0]")
# "I told him, ", "I could well have said to …": the speaker is the one who speaks the turn
_FIRST_PERSON = re.compile(r"\bI(?:[ \u00a0\n]+(?:could|would|may|might|should|must|had|have|then|well|"
                           r"also|just|never|only|did|certainly|probably))*[ \u00a0\n]+\Z")
_REPORTS_THAT = re.compile(r"[ \u00a0\n]+that\b")  # "points out that …": reported, not attributed
# after the words, a noun that names them said: '“Hit it with the sticks!” was the cry.', '“No,”
# came the answer.'
_NAMED_SAID_AFTER = re.compile(r"[ \u00a0\n,]*(?:was|were|came)[ \u00a0\n]+(?:the|his|her|their)[ \u00a0\n]+"
                               r"(?:[a-z]+[ \u00a0\n]+)?(?:cry|cries|shout|shouts|answer|reply|response|retort|"
                               r"rejoinder|call|order|command|greeting|exclamation)\b")


# a play's speaker and a colon or a dash: "Mrs. Linden: There's no …", "Solveig.--Been?"
_PLAY_TURN = re.compile(r"[ \u00a0\t]*(?:[A-Z][a-z]{1,4}\.[ \u00a0])?[A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){0,2}"
                        r"(?::|\.--|\.—)[ \u00a0]*\S")


# a turn's label closed by a full stop, one or two capitalised words ("Magistrate. Pray, …"):
# a turn only where two such labels take turns (SectionMarkup._dotted_turns)
_DOTTED_TURN = re.compile(r"[ \u00a0\t]*(?P<label>[A-Z][a-z’'\-]+(?:[ \u00a0][A-Z][a-z’'\-]+)?)\.[ \u00a0]+[A-Z“\"‘']")


def _turn(text: str) -> bool:
    """A transcript's or a play's turn, opened by its speaker's label."""
    return bool(_TURN.match(text) or _PLAY_TURN.match(text))


_IN_CAPITALS = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*")


def _opening_subject(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern`` (a subject and its verb) opening the sentence ``text[start:end]``, or its main
    clause after the clause that opens it ("When they had thus embraced, Brandreth addressed …")."""
    m = pattern.match(text, start, end)
    if m is None and (clause := _CLAUSE_FIRST.match(text, start, end)):
        m = pattern.match(text, clause.end(), end)
    return m


def _excerpt(block: Block) -> bool:
    """A block quotation of one short unwrapped line ending a sentence: of a run of these each
    is a quotation of its own (``I know what [data] are …`` / ``It is a complicated question
    …``, two interviewees'), where a letter's paragraphs or verse's stanzas run on."""
    # (not a headline in capitals: "RELIEF COMMITTEE DISBANDS." heads the clipping under it)
    return block.single_line and len(block.text) <= EXCERPT_MAX and bool(
        re.search(r"[.!?][’”\"')\]]*$", block.text)) and not _IN_CAPITALS.fullmatch(block.text)


# an excerpt's source in brackets after its last sentence, closing its block: "… before I took
# the course. (Centre A, R1)." — the next block quotation is another's
_SOURCE_CLOSING = re.compile(r"[.!?…][’”\"']?[ \u00a0\n]+\([^()\n]{1,40}\)\.?$")


# "(“TSP”)", "(hereinafter “the Act”)", "(the “Protect America Act”)": a name defined in brackets
_DEFINED_BEFORE = re.compile(r"\((?:(?:hereinafter|hereafter|the|or|also)[ \u00a0]+)?$", re.IGNORECASE)
MAX_DEFINED_WORDS = 8


class SectionMarkup:
    def __init__(self, markup: Markup, matcher: NameMatcher, works, units: list[Unit], ids: Ids,
                 note_numbers: set[str], headings: bool = False,
                 name_words: frozenset[str] = frozenset(), proper: frozenset[str] = frozenset(),
                 reference_numbers: dict[str, str] | None = None,
                 titled: dict[str, str] | None = None, interviewee: str | None = None,
                 grouped: frozenset[str] = frozenset(), lower: frozenset[str] = frozenset(),
                 cites: bool = True, carry: "Carry | None" = None, woman: str | None = None):
        self.m, self.matcher, self.works, self.units, self.ids = markup, matcher, works, units, ids
        # a quotation the section before left open at its end, reopened by this one's first
        # paragraph: see _runs_past_heading; and what this section leaves open (run's end)
        self.carry, self.carried = carry, None
        # id(quotation) -> its last part's attributes, and the span supplying its closing mark
        self._last_parts: dict[int, tuple[dict[str, str], Span | None]] = {}
        self._inline_turns: dict[int, set[int]] | None = None  # unit -> ids of its labelled turns (_inline_turn)
        self._openers: dict[int, str | None] = {}  # unit -> whoever's said opens it (see run)
        # "[3]" cites note 3, else entry 3 of a numbered reference list ("3. Smith J …")
        self.note_numbers, self.reference_numbers = note_numbers, reference_numbers or {}
        self.grouped = grouped  # numbers cited with others ("[1, 6, 7]"): references, not notes
        self._grouped_past_notes = bool(grouped - set(note_numbers or ()))
        self.name_words = name_words  # words of the full names the text prints that stand alone
        self.proper = proper  # words the text capitalises where no sentence starts
        self.lower = lower  # words the text writes in small letters
        self.titled = titled or {}  # "colonel" -> "Cody": see titled_persons
        self.woman = woman  # the one woman the text names by her title: see sole_woman
        self.interviewee = interviewee  # the one person an interview is with (markup/interview.py)
        self.headings = headings
        self.cits: list = []  # (unit, cit span, its quotation's span, its citation)
        self.places: dict = {}  # id(quotation) -> its Place among the overrides' (the review's)
        self._sentence_ends: dict[int, SentenceEnds] = {}  # by unit, found when first needed
        self.blocks = [self._block(u) for u in units]
        self.mentions: list[list[Mention]] = [matcher.mentions(u.text, u.start, u.end) for u in units]
        # a numbered reference ([3]) is one only where the text has note 3
        self.citations: list[list[Citation]] = [
            [attribution_line(u.text)] if isinstance(u.key, Paragraph) and u.key.attribution
            else [c for c in find_citations(u.text, works.lists, self.reference_numbers,
                                            bool(works.source_references),
                                            u.key.block.indent_width if isinstance(u.key, Paragraph) else 0)
                  if u.start <= c.start and c.end <= u.end
                  and (c.kind != "numbered" or self._numbered_target(c) is not None)]
            if cites and not isinstance(u.key, Reference) else []  # an entry is a bibl: none inside it
            for u in units]
        for u, unit in enumerate(units):
            if isinstance(unit.key, Paragraph) and not unit.key.attribution:
                self.citations[u] = sorted(self.citations[u] + self._bracketed_references(u),
                                           key=lambda c: c.start)

    def _bracketed_references(self, u: int) -> list[Citation]:
        """Rule "bracketed-reference": a work's full reference in square brackets in the text,
        as Project Gutenberg sets a book's footnotes inline ('that remarkable discourse, [On
        Self-Limited Diseases. A Discourse delivered … 1835. By Jacob Bigelow, M. D.] which
        …'): the reference as a note's reader reads it, where it gives an author or a year and no
        other citation stands there."""
        unit = self.units[u]
        text, taken = unit.text, self.citations[u]
        found = []
        for m in _BRACKETED_REFERENCE.finditer(text, unit.start, unit.end):
            if any(c.start < m.end() and m.start() < c.end for c in taken):
                continue
            read = read_references(text, m.start() + 1, m.end() - 1, self.works.knows_title,
                                   lambda name: self.works.work_by_author(name) is not None)
            if read and read[0].start == m.start() + 1 and read[0].kind == "full" and read[0].title:
                found += read
        return found

    def _numbered_target(self, c: Citation) -> str | None:
        """What a numbered citation points at: "" for its note (a single number the notes
        have), the ids of the reference-list entries it numbers (space-separated), or None."""
        numbers = c.numbers or [c.number]
        if c.rule == "superscript" and self.grouped and all(n in self.note_numbers for n in numbers):
            return None  # "¹" where the references are cited "[1, 6, 7]": a footnote's call
        if len(numbers) == 1 and numbers[0] in self.note_numbers and not (
                numbers[0] in self.reference_numbers and (
                    numbers[0] in self.grouped or c.rule != "superscript" and self._grouped_past_notes)):
            # (the text cites numbers in brackets together that no note has, "[2,3]", "[4–6]":
            # its "[1]" is the reference list's first entry too, its note called otherwise, "¹")
            return ""
        if all(n in self.reference_numbers for n in numbers):
            return " ".join(self.reference_numbers[n] for n in numbers)
        return None

    @staticmethod
    def _block(unit: Unit) -> Block:
        key = unit.key
        return key if isinstance(key, Block) else key.block

    def run(self) -> None:
        report = self.m.report
        for u, cits in enumerate(self.citations):
            for c in cits:
                self.ids.b += 1
                c.xml_id = f"b-{self.ids.b}"
                decided = self.m.overrides.take("citation", c.text, self.blocks[u].start + c.start)
                if decided is not None:  # the editor's [[override]] work = …
                    c.corresp, c.resp = self.works.cite_entry(c, decided.work), self.m.overrides.resp
                    if c.corresp is None:
                        raise self.m.overrides.editorial.mistake(
                            ("override", decided.index, "work"),
                            f"{decided.work!r} is no [[work]] of this file, no entry of the text's "
                            f"reference list, and not the work the encoder finds for {c.text!r}: "
                            f"add it as a [[work]]")
                elif c.kind == "numbered":
                    c.corresp = self._numbered_target(c) or None  # "" for a note: note-N
                else:
                    c.corresp = self.works.cite(c)
                place = self.m.overrides.last
                place.value = f"#{c.corresp}" if c.corresp else None
                place.rule = f"citation:{c.rule}" + ("" if c.kind in ("full", "author-date")
                                                     else " (the work cited last)")
                report.citations += 1
                if c.corresp is None and c.kind != "numbered":
                    report.unresolved += 1
                    report.warnings.append((self.blocks[u].start + c.start,
                                            f"citation {c.text!r} refers to no work cited before it"))
        # a reference-list entry is a bibl: its quotation marks are its titles' (references.py);
        # so are the marks of a quoted title in a citation (citations.py)
        titled: dict[int, list[tuple[int, int]]] = {}
        for u, cits in enumerate(self.citations):
            titled[u] = [(s.start, s.end) for c in cits for s in c.spans if s.tag == "title"]
        try:
            parsed = parse_quotations(self.units)
        except NestingTooDeep as err:  # located in the source from here on
            raise NestingTooDeep(err.unit, self.blocks[err.unit].start + err.offset) from None
        quotations = [q for q in parsed
                      if not any(isinstance(self.units[p.unit].key, Reference)
                                 or any(a <= p.start and p.end <= b for a, b in titled[p.unit])
                                 for p in q.parts)]
        self.masks = Masks(quotations)
        self.persons_in_view = PersonsInView(self.mentions, quotations)
        for u, unit in enumerate(self.units):
            if isinstance(unit.key, Reference):
                for span in entry_spans(unit.text):
                    self.m.add(self.blocks[u], span)
        quotations = self._unsupplied(quotations)
        for q in quotations:
            for unit, offset, message in q.warnings:
                report.warnings.append((self.blocks[unit].start + offset, message))
                report.supplied += 1
        verdicts = self._classify(quotations)
        title_spans = self._names(quotations)
        self._emit(quotations, verdicts, title_spans)
        self._indented_block_quotations()
        self._coded_statements()
        bibls = {}
        self.carried = self._left_open(quotations, verdicts)
        for u, cits in enumerate(self.citations):
            for c in cits:
                bibl, *parts = c.all_spans()
                self.m.add(self.blocks[u], bibl)
                self.m.trace(c.text, f"citation:{c.rule}")
                for part in parts:
                    part.requires = (bibl,)
                    self.m.add(self.blocks[u], part)
                bibls[id(c)] = bibl
        for u, cit_span, quote_span, c in self.cits:
            cit_span.requires = (quote_span, bibls[id(c)])
            self.m.add(self.blocks[u], cit_span)

    def _left_open(self, quotations: list[Quotation], verdicts: dict[int, Verdict]) -> "Carry | None":
        """The passage the section's last paragraph leaves open, its closing mark supplied at the
        section's end (a reporter's paragraphs each reopened, a cross-head between two of them):
        the next section's first paragraph, reopened, goes on with it."""
        if not quotations or not self.units:
            return None
        q = max(quotations, key=lambda q: (q.last.unit, q.last.end))
        unit = self.units[-1]
        if (q.depth == 0 and q.parent is None and verdicts[id(q)].tag in ("quote", "said")
                and isinstance(unit.key, Paragraph)
                and q.last.unit == len(self.units) - 1 and q.last.supplied_end
                and not q.first.supplied_start and id(q) in self._last_parts
                and not unit.text[q.last.end:unit.end].strip()
                # (no closing mark of the source's own ends the paragraph: 'Command’g.”' closes
                # a letter, whatever its marks left open inside)
                and unit.text[unit.start:unit.end].rstrip()[-1:] not in "”’\"'»"):
            attrib, closing = self._last_parts[id(q)]
            warning = next(((self.blocks[u].start + at, message) for u, at, message in q.warnings
                            if u == q.last.unit and "no closing mark" in message), None)
            return Carry(q, verdicts[id(q)], attrib, attrib["xml_id"], closing, warning) \
                if "xml_id" in attrib else None
        return None

    def _continues_carry(self, q: Quotation) -> bool:
        return self.carry is not None and q.prev is self.carry.quotation

    def _runs_past_heading(self, q: Quotation) -> bool:
        """The section's first paragraph reopens the passage the section before left open."""
        unit = self.units[q.first.unit]
        if not (self.carry is not None and q.depth == 0 and q.parent is None and q.first.unit == 0
                and isinstance(unit.key, Paragraph) and not q.first.supplied_start and q.kind == self.carry.quotation.kind
                and q.first.start <= _LEADING.match(unit.text, unit.start, unit.end).end()):
            return False
        # (not one its own clause attributes: '"The Titanic's equipment was …," said the witness.')
        tail = self._tail(q)[0][:VERB_AFTER_MAX]
        return not (SPEECH.search(tail) or speech.EITHER.search(tail))

    def _decided(self, q: Quotation, value: str, rule: str) -> None:
        place = self.places.get(id(q))
        if place is not None:
            place.value, place.rule = value, rule

    def _unsupplied(self, quotations: list[Quotation]) -> list[Quotation]:
        """Quotations with a supplied mark the editor refused (``[[override]] supplied =
        false``) are none: their one mark stays a character of the text, nothing is supplied."""
        refused = set()
        for q in sorted(quotations, key=lambda q: (q.first.unit, q.first.start)):
            if any(p.supplied_start or p.supplied_end for p in q.parts):
                decided = self.m.overrides.take("supplied", text_of(self.units[q.first.unit].text,
                                                                    q.first),
                                                self.blocks[q.first.unit].start + q.first.start)
                if decided is not None and decided.supplied is False:
                    refused.add(id(q))
                place = self.m.overrides.last
                place.value, place.rule = (None if id(q) in refused else "supplied"), "quotations"
        if not refused:
            return quotations
        kept = []
        for q in quotations:
            if id(q) in refused:
                continue
            while q.parent is not None and id(q.parent) in refused:  # nested: one level up
                q.parent, q.depth = q.parent.parent, q.depth - 1
            kept.append(q)
        return kept

    # -- names -----------------------------------------------------------------------------
    def _names(self, quotations: list[Quotation]) -> dict[tuple[int, int, int], Span]:
        """Name spans, outside citations; returns title spans by (unit, start, end)."""
        titles = {}
        for u, mentions in enumerate(self.mentions):
            inside = [(c.start, c.end) for c in self.citations[u]]
            for mention in mentions:
                if any(a <= mention.start < b for a, b in inside):
                    continue  # a citation's title is the citation's
                span = self.matcher.span(mention)
                self.m.add(self.blocks[u], span)
                self.m.report.names += 1
                if span.tag == "title":
                    titles[(u, mention.start, mention.end)] = span
        return titles

    # -- speech and writing ----------------------------------------------------------------
    def _masked(self, u: int, keep: Quotation) -> Mask:
        return self.masks.around(u, keep)

    def _lead_in_start(self, u: int, lower: int, quote_start: int, masked: Mask) -> int:
        if u not in self._sentence_ends:
            self._sentence_ends[u] = SentenceEnds(self.units[u].text)
        return self._sentence_ends[u].lead_in_start(lower, quote_start, masked)

    def _person_ids(self, u: int, start: int, end: int) -> list[str | None]:
        """The ids of the persons named in ``units[u].text[start:end]``, as ``@who`` gives them
        (None for a name no speaker has been made for)."""
        return [p if not p.startswith(NEW) else self.m.known_speaker(p[len(NEW):])
                for p in self._persons(u, start, end, NO_MASK)]

    def _persons(self, u: int, start: int, end: int, masked, strict: bool = True) -> list[str]:
        """Persons named in ``units[u].text[start:end]`` outside ``masked``: ids from the
        register, else names the register lacks as ``NEW + name`` (made into entries only when
        one is chosen as a speaker, so that every ``@who`` resolves). ``strict``: a single word must show it is a name
        (``_one_word_name``); else any capitalised word not opening a sentence will do."""
        found = [m.id for m in self.mentions[u] if m.kind == "person" and start <= m.start < end
                 and m.start not in masked]
        if found:
            return found
        text = self.units[u].text
        mentions = self.mentions[u]
        while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end -= 1  # a window that ends inside a word reads none of it ("as Da|rius"), no half name
        cited = [(c.start, c.end) for c in self.citations[u] if c.kind == "full"]

        def covered(at: int) -> bool:
            # (a name inside a source's citation is its author's or its work's, no speaker:
            # "--[Cicero, Pro Ligar. c. 12.]--")
            return at in masked or any(m.start <= at < m.end for m in mentions) \
                or any(a <= at < b for a, b in cited)
        made = []
        titled: set[str] = set()
        for m in _SPEAKER_NAME.finditer(text, start, end):
            words = m.group().split()
            roles = [i for i, w in enumerate(words) if w.rstrip(".") in ROLES or w in ORG_WORDS
                     or w in _HONORIFICS]  # "… Minerals Management Dr. Steve Feldgus"
            if roles:  # "Shadow Home Secretary Yvette Cooper", "the Refugee Council Enver
                words = words[roles[-1] + 1:]  # Solomon", "Marshal Zhukov": the name after the
                words = [w for w in words if w not in _NOT_NAMES]  # office or body is a person's
                if made and _OF_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "City Attorney Hazelton of Council Bluffs": the person's town
                if len(words) == 1 and m.group().split()[roles[-1]] in ORG_WORDS \
                        and _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                    continue  # "the Slaughter House Cases said": a thing named after a body, no one
                if words and not covered(m.start()) and not all(_INITIALS.fullmatch(w) for w in words):
                    made.append(NEW + " ".join(words))
                continue
            if words[0] == "The":
                continue  # "The Voice answers", "The Age": a paper or a body, not a person
            if _POSSESSOR_OF_SUBJECT.match(text, m.end()) and (verb := _LAST_WORD.search(text, max(0, m.start() - 30), m.start())) \
                    and (SPEECH.fullmatch(verb[1]) or speech.EITHER.fullmatch(verb[1])):
                continue  # '“…,” murmured Lamb’s dream babes to him': the babes speak, not Lamb
            if _CHAPTER_AFTER.match(text, m.end()):
                continue  # "who says, Gal. 2 : 11, that …": a book and its chapter, no one
            # (a surname the text prints in a full name is one: "Gen. Mark A. Welsh" … "Welsh said")
            words = [w for w in words if w not in _NOT_NAMES or w in _NATIONS and w in self.name_words]
            if not words or covered(m.start()):
                continue
            if all(_INITIALS.fullmatch(w) for w in words):
                continue  # initials alone ("says I.") name no one
            if len(words) > 1 and words[0] in _COMPASS:
                continue  # "North and South America", "New York": a place
            if len(words) == 1 and _MOVEMENT.fullmatch(words[0]):
                continue  # "the “moderate” Socialists said": a movement's members, no one person
            wrapped = _WRAPPED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if _NO_PERSON_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                    or wrapped and _ARTICLE_BEFORE.search(text, max(0, wrapped.start() - 5), wrapped.start()) \
                    or _GERUND_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _JOINED_AFTER_PLACE.search(text, max(0, m.start() - 40), m.start()) or (
                    len(words) == 1 and words[0] not in self.name_words
                    and (_POSSESSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                         or self._this_names_a_role(text, m.start()))):
                # ("this Deponent said": an old record's noun capitalised, a role; "this Martin",
                # a name the text gives in full elsewhere, is hers)
                # "in Fayetteville", "the Constitution", "Flon’s Axiom": a place or a thing (not
                # "the Orianne Society’s Jenkins", a surname the text gives in full elsewhere)
                continue
            # next to the verb: its subject ("Jones says", "Jones also said") or, inverted,
            # "said Jones"
            next_to_verb = (_ADVERBS.fullmatch(text[m.end():end].strip(" \u00a0,’'s"))
                            or not text[start:m.start()].strip(" \u00a0,")
                            and not _sentence_start(text, m.start()))
            opens = _sentence_start(text, m.start())
            if (len(words) == 1 and (not next_to_verb and (strict or opens)
                                     or opens and words[0] not in self.proper)
                    and not self._one_word_name(words[0], text, m.start())):
                continue  # "Officials said", "How …": capitalised only by their place
            made.append(NEW + " ".join(words))
            if _HONORIFIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                titled.add(made[-1])  # "Mr. Scully": a name its title shows is one
        if strict and len(made) > 1 and " " not in made[-1] and made[-1][1:] not in self.name_words \
                and made[-1] not in titled:  # ("Tom Reed met him, and Mr. Scully replied": Scully)
            # "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said":
            # the full name, not the last word of an apposition
            full = [name for name in made if " " in name]
            if full:
                return full
        return made

    @staticmethod
    def _this_names_a_role(text: str, at: int) -> bool:
        """"this" right before ``at`` makes the word there a role ("Whereupon this Deponent
        said"), unless "this" is the thing a preposition governs ("Upon this Bill said to me")."""
        m = _THIS_BEFORE.search(text, max(0, at - THIS_WINDOW), at)
        return m is not None and (m["word"] or "").lower() not in _THIS_A_THING_AFTER

    def _the_titled(self, noun: str, u: int | None = None, q: Quotation | None = None) -> str | None:
        """The person "the colonel" stands for: the register's, else a name the register lacks;
        "the witness" in paragraph ``u``: the person last named as examined before it (who
        answers: a question ``q`` is the examiner's)."""
        if noun.lower() == "witness" and u is not None:
            return None if q is not None and self._asks(q) else self._witness(u)
        name = self.titled.get(noun.lower())
        if name is None:
            return None
        known = [m.id for m in self.matcher.mentions(name, 0, len(name)) if m.kind == "person"]
        return known[0] if known else NEW + name

    def _witness(self, u: int) -> str | None:
        """The person a hearing's report last names as examined, up to paragraph ``u``: "J. B.
        Boxhall, the fourth officer, was then questioned." (the subject of the sentence that
        says so, the name nearest its verb)."""
        for k in range(u, max(-1, u - WITNESS_PARAGRAPHS), -1):
            unit = self.units[k]
            for m in reversed(list(_EXAMINED.finditer(unit.text, unit.start, unit.end))):
                start = self._lead_in_start(k, unit.start, m.start(), NO_MASK)  # its sentence's
                found = self._persons(k, start, m.start(), NO_MASK, strict=False)
                if found:
                    return found[0]
        return None

    def _one_word_name(self, word: str, text: str, at: int) -> bool:
        """A single capitalised word away from the verb is a speaker's name only where the text
        shows it is one: after a title (``Mr Barker``) or as the last word of a full name it
        prints elsewhere (``Tom Barker`` … ``Barker, who …, said``). Not "Colorado",
        "Congress", "the Union" somewhere in the lead-in. (Next to the verb, ``Jones says``,
        it is the subject.)"""
        if _HONORIFIC_BEFORE.search(text, max(0, at - 12), at):
            return True
        return word in self.name_words

    def _described(self, q: Quotation | None, name: str) -> bool:
        """The quotation's paragraph tells who ``name`` is, as a reporter does of a living
        informant ("says Jones, who keeps the mill", "Jones, a miller, says")."""
        if q is None:
            return False
        text = self.units[q.first.unit].text
        return re.search(rf"\b{re.escape(name.split()[-1])},[ \u00a0\n]+(?:who|a|an|the|one)\b", text) is not None

    def _speaker(self, verdict: Verdict, q: Quotation | None = None) -> Verdict:
        if (verdict.tag == "said" and verdict.who and verdict.who.startswith(NEW) and verdict.verb
                and speech.says(verdict.verb) and self.works.cites_author(verdict.who[len(NEW):])
                and not self.works.spoken_by(verdict.who[len(NEW):])):
            # "Barth says" where the article (its reference list, its notes) cites a work of
            # Barth's: his writing
            return Verdict("quote", None, verdict.verb, "author-of-a-work")
        if (verdict.tag == "said" and verdict.who and verdict.who.startswith(NEW) and verdict.verb
                and _PRESENT_OF_EITHER.match(verdict.verb) and (self.works.source_references or self.works.article.note_authors
                                                                  or self.works.article.old_prose and q is not None
                                                                  and (self._several_sentences(q) or self._a_statement(q))
                                                                  and not self._replies(q))
                and not self._described(q, verdict.who[len(NEW):])):
            # in a text that cites works (a reference list, notes citing authors), "Renan says",
            # "Jephson observes" in the present tense quote writing: the scholar's present of
            # citation, not a report of speech (but "says Jones, who keeps the mill": a living
            # informant the text describes); so does old prose's over sentences of another's
            # ("Dr. Rush says: “It is impossible …. …”")
            return Verdict("quote", None, verdict.verb, "present-of-citation")
        if (verdict.tag == "said" and verdict.who and verdict.who.startswith(NEW) and verdict.verb
                and _PRESENT_OF_EITHER.match(verdict.verb) and _SAINT.match(verdict.who[len(NEW):])):
            # "St. Paul tells us …: "Children, obey your parents …"", "St. Peter says": an
            # apostle's words in the present are his epistle's, writing
            return Verdict("quote", None, verdict.verb, "scripture")
        if verdict.who and verdict.who.startswith(NEW):
            return replace(verdict, who=self.m.speaker(verdict.who[len(NEW):]))
        return verdict

    def _tail(self, q: Quotation) -> tuple[str, int] | None:
        """The words after a quotation to its sentence's end, when they are few: ``"…," Ortiz
        said.`` attributes the quotation after it."""
        part = q.last
        unit = self.units[part.unit]
        end = min(unit.end, part.end + TAIL_MAX)
        tail = self._masked(part.unit, q).blank(unit.text, part.end, end)
        stop = next((m for m in _STOP.finditer(tail) if not (
            m.group() == "." and speech.ends_abbreviation(unit.text, part.end + m.start()))), None)
        return (tail[:stop.start()] if stop else tail), part.end

    def _note_after(self, q: Quotation) -> bool:
        """A note's marker right after the quotation: ``”[38]``, ``”³⁸``, ``”38`` (a number of
        the source's notes)."""
        part = q.last
        m = _NOTE_CALL_AFTER.match(self.units[part.unit].text, part.end)
        return m is not None and (m["n"] is None or m["n"] in self.note_numbers)

    def _citation_after(self, q: Quotation, pattern: re.Pattern) -> Citation | None:
        part = q.last
        for c in self.citations[part.unit]:
            if c.kind != "numbered" and c.start >= part.end and pattern.match(self.units[part.unit].text[part.end:c.start]):
                return c
        return None

    def _classify(self, quotations: list[Quotation]) -> dict[int, Verdict]:
        verdicts: dict[int, Verdict] = {}
        last_speaker: dict[int, str] = {}  # unit -> speaker of a said that ran to its end
        turns: dict[int, str] = {}  # unit -> speaker of a said that opens it (a dialogue's turn)
        self._openers: dict[int, str | None] = {}  # unit -> whoever's said opens it, named or not
        self._examiners: dict[int, tuple] = {}  # unit -> (examiner, witness) from it on
        asked: set[int] = set()  # units opened by a question whose asker the text does not name
        self._quotes_interviewee = False  # speech the text has given its interviewee by a verb
        by_unit_start = sorted(quotations, key=lambda q: (q.first.unit, q.first.start))
        exchange = self._exchanges(by_unit_start)
        listed_lines = self._listed_lines(by_unit_start)
        leads: dict[int, str] = {}  # id(q) -> its lead-in, masked
        for i, q in enumerate(by_unit_start):
            u = q.first.unit
            unit = self.units[u]
            text = unit.text
            lower = unit.start
            if q.parent is not None and q.parent.last.unit == u:
                lower = q.parent.last.start + 1
            masked = self._masked(u, q)
            start = self._lead_in_start(u, lower, q.first.start, masked)
            lead = masked.blank(text, start, q.first.start)
            leads[id(q)] = lead
            lead_offset = start
            lead_u = u
            own_lead = lead.strip(" \u00a0" + MASK)
            if q.parent is None and q.depth == 0 and (who := self._inline_turn(q, by_unit_start, i)) is not None:
                # a turn of an exchange in one paragraph, its label's person's (rule said:turn-label)
                self._settle(q, self._speaker(Verdict("said", who or None, None, "turn-label")),
                             None, verdicts, last_speaker, turns, asked)
                continue
            if i == 0 and self._runs_past_heading(q):
                q.prev = self.carry.quotation  # one passage, a cross-head printed inside it
                self._settle(q, replace(self.carry.verdict, by="runs-past-heading"), None, verdicts,
                             last_speaker, turns, asked)
                continue
            if q.parent is None and q.depth == 0 and ((m := _TURN_BY_LABEL.match(text, unit.start, q.first.start)
                                                       or _CAPS_TURN_BY_LABEL.match(text, unit.start, q.first.start))
                                                      and self._in_labelled_turns(u)
                                                      or ((m := _THE_OFFICE_DASH_LABEL.match(text, unit.start, q.first.start))
                                                          or (m := _OFFICE_DASH_LABEL.match(text, unit.start, q.first.start)))
                                                      and (m["office"].rstrip(".") in ROLES
                                                           or m["office"].rstrip(".") in _PERSONAL_TITLES)):
                # (one turn alone where its label names a person by office or title and a dash
                # sets it off: 'Judge Lawrence—"Put in the card of lace."')
                # '_Mr. Choate._ "Which is your best ear?"' / '_Mr. Sage._ "This."': speech,
                # the label's person's (rule said:turn-label); a label in capitals without a
                # title that the register does not know is a sketch's role ("RURAL PERSON.",
                # "CONNOISSEUR."), no one the text names
                who = self._the_titled(m["office"]) if m.re is _THE_OFFICE_DASH_LABEL else self._label_speaker(u, m)
                if (m.re is _CAPS_TURN_BY_LABEL or m["name"].isupper() and not _TITLE_BEFORE.match(m["name"])) \
                        and who is not None and who.startswith(NEW):
                    who = None
                self._settle(q, self._speaker(Verdict("said", who, None, "turn-label")),
                             None, verdicts, last_speaker, turns, asked)
                continue
            prev_q = by_unit_start[i - 1] if i else None
            if q.parent is None and q.depth == 0 and prev_q is not None and prev_q.parent is None \
                    and prev_q.last.unit == u \
                    and getattr(verdicts.get(id(prev_q)), "tag", None) == "said" \
                    and _STAGE_DIRECTION.fullmatch(text, prev_q.last.end, q.first.start) \
                    and not SPEECH.search(self._tail(q)[0][:VERB_AFTER_MAX]):
                # (not where its own clause says whose it is: '… him." [Laughter.] "Well," said the
                # traveller, "…"')
                # 'Mr. GILL.--"I hope … the compliment." (More laughter). "These youths …?"': the
                # turn goes on after the house's laughter, the same speaker's
                q.prev, prev_q.next = prev_q, q
                self._settle(q, verdicts[id(prev_q)], prev_q, verdicts, last_speaker, turns, asked)
                continue
            if q.depth == 0 and (self._nickname(q) or self._defined_name(q)):
                # 'R. S. Haslan, “Pony Bob,” said …': the name a person goes by, in apposition
                self._settle(q, Verdict("q", by="named-as-phrase"), None, verdicts, last_speaker, turns, asked)
                continue
            if q.parent is None and q.first.unit == q.last.unit and (interjection := self._interjection(q)):
                self._settle(q, self._speaker(interjection), None, verdicts, last_speaker, turns, asked)
                continue
            # a quotation that opens its paragraph takes its lead-in from the paragraph before;
            # one that opens a sentence inside its paragraph has none there ("…", Waters said.)
            opens_paragraph = q.first.start <= _LEADING.match(text, unit.start, unit.end).end()
            if not lead.strip(" \u00a0…-." + MASK) and q.parent is None and u > 0 and opens_paragraph:
                prev = self.units[u - 1]
                attributed = bool(SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0))
                if self.interviewee and not attributed and q.depth == 0 and (
                        self._asks(q) or u - 1 in asked):
                    # rule "interviewee", an interview's turns a paragraph each: a question no
                    # words attribute is the interviewer's; the answer after it, the interviewee's
                    # ('“You were anxious to learn?”' / '“Yes, indeed, I attempted …”')
                    self._settle(q, self._speaker(Verdict(
                        "said", None if self._asks(q) else self._the_interviewee(), None, "interviewee")),
                        None, verdicts, last_speaker, turns, asked)
                    continue
                if not attributed and q.depth == 0 and not self._asks(q) and u - 1 in turns \
                        and (pair := self._examination(u))[0] is not None and pair[1] is not None \
                        and turns[u - 1] == self._speaker(Verdict("said", pair[0])).who:
                    # the answer to the examiner's question, alone in its paragraph: the witness's
                    # ("The Coroner asked the captain …" / "“Did you …?”" / "“Yes, sir.”")
                    self._settle(q, self._speaker(Verdict("said", pair[1], None, "examined")),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                if not attributed and q.depth == 0 and self._qa_turn(q, u, asked, last_speaker, turns):
                    # an examination's questions and answers, a paragraph each: the question
                    # after X's answer is the unnamed examiner's, not X's running on; the answer
                    # after it is X's again ("“Both,” said the witness." / "“How many boats were
                    # lowered?”" / "“Just two, sir.”")
                    answer = not self._asks(q)
                    self._settle(q, self._speaker(Verdict("said", (turns.get(u - 2) or last_speaker.get(u - 2)) if answer
                                                          else self._examiner(u), None, "question-answer")),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                other, last = turns.get(u - 2), turns.get(u - 1)
                if other and last and other != last and not (
                        SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0)):
                    # two speakers taking turns, a paragraph each: the one before the last
                    # ("“What are you about?” demanded Bonaparte." / "“I am at work,” said
                    # David." / "“All the worse.”" is Bonaparte's)
                    self._settle(q, Verdict("said", other, None, "turn-taking"),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                if ((u - 1 in last_speaker or len(prev.text) <= SHORT_TURN)
                        and u - 2 in self._openers and u - 1 in self._openers
                        and self._openers[u - 2] != self._openers[u - 1] and not (
                            SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0))):
                    # the same, the one before the last unnamed ("“How,” said the old man." /
                    # "“I believe you,” said the senator." / "“I am 76 years old …”"): his
                    self._settle(q, Verdict("said", self._openers[u - 2], None, "turn-taking"),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                if u - 1 in last_speaker and last_speaker[u - 1] and not self._asks(q) \
                        and _ASKING_END.search(prev.text, prev.start, prev.end) \
                        and not (SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0)):
                    # the last paragraph's speech ends asking, this one answers: another's turn
                    # ("“…,” said Einstein, “but you do not seriously think that it would lead to
                    # anything?”" / "“It would not be a true explanation …”": not Einstein's)
                    self._settle(q, Verdict("said", None, None, "answer"),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                if u - 1 in last_speaker and last_speaker[u - 1] and _WHOLLY_QUOTED.fullmatch(prev.text, prev.start, prev.end) \
                        and _WHOLLY_QUOTED.fullmatch(unit.text, unit.start, unit.end) \
                        and not (SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0)):
                    # a dialogue's turns, each paragraph its words alone, closed: the last was
                    # one speaker's, this the other's ("“…the doxology-works next door.”" (Scotty's)
                    # / "“I am the shepherd in charge of the flock …”": the minister's)
                    self._settle(q, Verdict("said", None, None, "turn-taking"),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                if u - 1 in last_speaker and not (SPEECH.search(tail0 := self._tail(q)[0]) or speech.EITHER.search(tail0)):
                    # (a paragraph of speech whose own attribution follows it, '“…,” said
                    # John Podesta', is that speaker's, not the last one's)
                    self._settle(q, Verdict("said", last_speaker[u - 1], "continues", "speaker-runs-on"),
                                 None, verdicts, last_speaker, turns, asked)
                    continue
                pmask = self._masked(u - 1, q)
                pstart = self._lead_in_start(u - 1, prev.start, prev.end, pmask)
                lead, lead_offset, lead_u = pmask.blank(prev.text, pstart, prev.end), pstart, u - 1
            followed = self._citation_after(q, _BETWEEN_QUOTE_AND_LATE_CITATION) is not None
            noted = followed or self._note_after(q)
            words = sum(len(text_of(self.units[p.unit].text, p).split()) for p in q.parts)
            several = self._several_sentences(q)
            pronoun = self._pronoun_person(u, q)
            verdict = classify(
                lead, lambda a, b, lu=lead_u, lo=lead_offset: self._persons(
                    lu, lo + a, lo + b, self._masked(lu, q)),
                followed, words, pronoun,
                # (several sentences are words of their own, save those in lower case that go on
                # with a sentence that has no verb of saying: 'In 1907 "there were … Maine."')
                # nor those after "that" with no reference after them: 'says that “the spring
                # arises … . Over it is …”', the words the object of the author's own sentence;
                # 'explains that ‘had Lenin lived … Thermidor.’ (Page 94)' quotes a work)
                own_lead if lead_u == u and (not several or self._lowercase(q) and (
                    not has_verb(lead) or speech.indirect(own_lead, subject=True) and not noted)) else "",
                self._a_sentence(q), self._lowercase(q), titled=lambda noun, u=u, q=q: self._the_titled(noun, u, q), noted=noted,
                word_alone=self._word_alone(q), opens_clause=self._opens_clause(q, lead), cry=self._cries(q),
                runs_on=self._runs_on(q))
            if verdict.by == "long" and self._lowercase(q) and not several and not noted \
                    and not _LEADS_IN.search(lead) and not self._asks(q) and not self._cries(q):
                # 'the Kansas City Star said …, was "to provide (I quote the exact words) the best
                # possible …"': many words in small letters, one sentence, no lead-in of their
                # own — a fragment woven into the author's sentence, however long (not after a
                # colon: 'of God: "we are strangely affected by …"'; not with a note or a citation
                # after it: '“you only duck a little while the shot whizzes past.”[655]')
                verdict = Verdict("q", by="long-in-small-letters")
            if verdict.tag == "said" and verdict.by == "verb-of-saying" and q.parent is None and not q.depth \
                    and _REPORTED_PAST.match(text_of(text, q.first).lstrip(_OPENING_MARKS)):
                # 'the deceased said, “he did not wonder, as …”', 'saying, "she knew not how it
                # was …"': speech reported in the third person, its tense put back — the
                # reporter's words for what was said, a phrase
                verdict = Verdict("q", by="reported-speech")
            if lead_u == u and verdict.tag != "q" and self._lowercase(q) and _INFINITIVE_OPENS.match(
                    text_of(text, q.first).lstrip(_OPENING_MARKS)) and _INFINITIVE_VERB_BEFORE.search(own_lead):
                # 'who, he says, continued “to watch over him with the solicitude of a father.”',
                # 'promised “to do all in his power”': the verb's own infinitive, the author's
                # sentence going on in the words
                verdict = Verdict("q", by="woven-in")
            if lead_u == u and q.parent is None and _AS_ONE_SAYS.search(own_lead) and self._lowercase(q):
                # 'appearing, as Mr. Lowell says, "clear cut upon the disc, …"': another's words
                # that go on with the author's sentence, its source set in it by the way
                verdict = Verdict("q", by="woven-in")
            if lead_u != u and verdict.tag == "said" and verdict.who and verdict.verb \
                    and _ATTRIBUTION_OF_MASKED.search(lead, 0, max(0, lead.rfind(verdict.verb))) \
                    and not lead.rstrip(" \u00a0").endswith(":"):
                # the paragraph before attributes its own quotation ('“I never gave you any,
                # sir,” said Sam; …'): a new paragraph of speech is another turn, not Sam's (but
                # 'R. S. Haslan, “Pony Bob,” said last night …:' leads in the next with a colon)
                verdict = Verdict("said", None, verdict.verb, verdict.by)
            if lead_u != u and verdict.tag != "said" and (label := self._speaker_label(u - 1)):
                verdict = Verdict("said", label, None, "speaker-label")
            # "…," Dewar said: after a quotation that opens its sentence, the attribution
            # that follows it names the speaker better than any lead-in from before
            opens_sentence = not own_lead
            woven = verdict.by in ("woven-in", "named-as-phrase", "named-as-title", "listed")  # the author's own sentence
            if not woven and (verdict.verb is None and verdict.tag != "q" or verdict.tag == "q" and words >= 2
                              or opens_sentence and (verdict.who is None or lead_u != u)):
                tail, at = self._tail(q)
                # ('”. Mr. C. E. Torris says: He saw her …': a colon after the verb leads in what
                # follows, no attribution of the words before)
                after_tail = self.units[q.last.unit].text[at + len(tail):at + len(tail) + 1]
                leads_on = after_tail == ":" or (
                    # ('“The mill is older than the town.” Then Reed said, “Come home.”': a new
                    # sentence whose verb leads in the next quotation, not this one's attribution)
                    _ENDS_SENTENCE_INSIDE.search(text_of(self.units[q.last.unit].text, q.last)) is not None
                    and re.match(r"[\s\u00a0]*[A-Z]", tail) is not None and tail.rstrip().endswith((",", ":"))
                    and after_tail != "" and after_tail in "“‘\"'")
                verb = SPEECH.search(tail, 0, VERB_AFTER_MAX) or speech.EITHER.search(tail, 0, VERB_AFTER_MAX)
                if verdict.tag != "said" and not leads_on and (named := _NAMED_SAID_AFTER.match(tail)):
                    verdict = Verdict("said", None, named.group().split()[-1], "attribution-after")
                # ('"striving for mastery." Mr Burd points out that this passage …': a verb that
                # reports what follows it, no attribution of the words before)
                if not leads_on and verb is not None and not _REPORTS_THAT.match(tail, verb.end()):
                    # the verb near, the speaker may be further
                    after = classify(tail, lambda a, b: self._persons(u, at + a, at + b, NO_MASK),
                                     False, max(words, MIN_SPEECH_WORDS), pronoun,
                                     titled=lambda noun, u=u, q=q: self._the_titled(noun, u, q))
                    if after.tag == "quote" and speech.EITHER.match(tail.lstrip(" \u00a0,;:—–-")) \
                            and not followed:
                        # the verb first, its subject after it: a story's turn ('“Try teaching
                        # again,” suggested my mother'), not a writer's words
                        after = Verdict("said", None, after.verb, after.by)
                    # (its own attribution names the speaker, or a role the paragraph before
                    # does not: '“…,” said the hatter' is not that paragraph's speaker's)
                    if after.tag == "said" and (after.who or verdict.tag != "said" or lead_u != u
                                                and not speech.PRONOUN.search(tail, 0, VERB_AFTER_MAX)):
                        verdict = replace(after, by="attribution-after")
                    elif after.tag == "quote" and after.by == "verb-of-writing" and verdict.tag == "q" \
                            and re.search(r"\s[a-z]", text_of(text, q.first)):  # (not a title: "Marshe’s Journal")
                        # '"I have lived," says A. R. Wallace in his _Malay Archipelago_': the
                        # words of his book, however short
                        verdict = replace(after, by="attribution-after")
            if (verdict.tag == "said" and verdict.who is None and q.depth == 0 and q.parent is None
                    and opens_paragraph and u >= 2 and _HE_SAID.match(self._tail(q)[0])
                    and u - 1 in self._openers and self._openers[u - 1] is None
                    and _NARRATOR_TURN.match(self.units[u - 1].text, self.units[u - 1].start)
                    and self._openers.get(u - 2)):
                # a dialogue's turns, the narrator's between: "he said" is the one the narrator
                # answered ("“Come here, girl …,” called out Judge Duffy" / "“Who are you
                # speaking to?” I inquired" / "“Come here, my dear …,” he said"): his
                verdict = Verdict("said", self._openers[u - 2], verdict.verb, "turn-taking")
            # an interrupted quotation: ‘…’, he said, ‘…’ — both parts take the second's verdict
            prev_q = by_unit_start[i - 1] if i else None
            if prev_q is not None and prev_q.depth > q.depth:
                # (the one before at its depth, past the quotations nested in it, where a bare
                # reporting clause stands between: '"… 'make it better.' He said … I have
                # returned to my tribe," said Porcupine, "to tell all this."')
                j = i - 1
                while j >= 0 and by_unit_start[j].depth > q.depth:
                    j -= 1
                outer = by_unit_start[j] if j >= 0 else None
                if outer is not None and outer.last.unit == u and len(
                        text[outer.last.end:q.first.start].split()) <= MAX_BARE_CLAUSE_WORDS:
                    prev_q = outer
            if (prev_q is not None and prev_q.last.unit == u and prev_q.depth == q.depth
                    and prev_q.parent is q.parent
                    and not self._answered(prev_q, verdicts, text[prev_q.last.end:q.first.start],
                                           text[prev_q.last.start:prev_q.last.end], text[q.first.start:q.first.end])
                    # (not a sentence of its own leading in to another speech after one that ended:
                    # '“… set off.” Mr. Kreisler, as he came in again, remarked: “I don’t mind …”';
                    # but '“There they come!” said the captain: “let’s go …”' goes on)
                    and not (_ENDS_SENTENCE_INSIDE.search(text, prev_q.last.start, prev_q.last.end)
                             and text[prev_q.last.end:q.first.start].rstrip(" \u00a0\n").endswith(":")
                             and text[q.first.start:q.first.end].lstrip(_OPENING_MARKS)[:1].isupper())
                    and self._reporting_clause_between(text, prev_q, q)):
                clause = text[prev_q.last.end:q.first.start]
                opening = prev_q
                while opening.prev is not None:
                    opening = opening.prev
                # (the pronoun stands for whom the words before the passage's first part name:
                # 'Brum laughed at this idea. “For,” said he, “the outskirts …”')
                v2 = classify(clause, lambda a, b, at=prev_q.last.end: self._persons(
                    u, at + a, at + b, NO_MASK), followed, max(words, MIN_SPEECH_WORDS),
                    self._pronoun_person(u, opening) if opening.first.unit == u else pronoun,
                    titled=lambda noun, u=u, q=q: self._the_titled(noun, u, q), noted=noted)
                if verdicts[id(prev_q)].by in ("woven-in", "named-as-phrase", "named-as-title", "listed") \
                        and not self._a_sentence(prev_q) and not (
                            verdicts[id(prev_q)].by == "woven-in" and _PRONOUN_CLAUSE.fullmatch(clause)
                            and len(text_of(text, prev_q.first).split()) >= MIN_CLAUSE_WORDS):
                    # (but a bare reporting clause, its subject a pronoun, interrupts speech
                    # after words that make a clause: 'and "it's a real shame," he added, "for
                    # you not to see it."', not 'Scriptures, "which," he says, "are able …"')
                    # words woven into the author's sentence stay so, and so do the words that
                    # go on with them: the "star in the east" which announced …; "consequently,"
                    # as the preacher said, "of all women" (not "Five hours to myself!" I said,
                    # "…"; not 'idea “for months”, and said it was … “The Home Secretary …”')
                    if self._lowercase(q):
                        verdict = verdicts[id(prev_q)]
                elif _AS_SAID.fullmatch(clause) and not any(
                        _SPEAKERS_OWN.search(text_of(text, part)) for part in (prev_q.first, q.first)):
                    # '“furiously earnest,” as Monckton Milnes said, “on both sides of every
                    # question”', '"Undress," as George Herbert says, "your soul at night,"': words
                    # the author's sentence borrows "as" another put them, a phrase (not '"For want
                    # of these seats," as he put it, "we know not where …"': the speaker's own "we")
                    verdict = Verdict("q", by="woven-in")
                    verdicts[id(prev_q)] = verdict
                elif v2.verb and (verdicts[id(prev_q)].by == "verb-of-saying"
                                  and v2.who is not None and verdicts[id(prev_q)].who not in (None, v2.who)
                                  or _SAID_TO_THEM.search(leads.get(id(prev_q), ""))):
                    # 'when Bill said, "Surely, Jane, I cannot stand this," Wadden said, "Let him
                    # come out here …"': the first had its speaker before it; the clause names
                    # another's — a new speech, no interruption; so where the first was said to
                    # the one who answers ('on its being remarked, "The crown is nearly won;" she
                    # replied, "Oh, I wish it were on!"')
                    verdict = replace(v2, by="verb-of-saying")
                elif v2.verb:
                    before = verdicts[id(prev_q)]
                    # (a clause with "he" leaves an interview's first part to its interviewee: '"I
                    # can always think better whilst I walk," he explained to me; "indeed, …"')
                    # (and "he said" between leaves the words to the speaker named after or
                    # before their first part: '“You don’t mean round the world,” said the
                    # president; “… Impossible!” he said, “impossible!”')
                    who = before.who if v2.who is None and v2.tag == "said" and (
                        before.by == "interviewee" or _HE_OR_SHE_CLAUSE.fullmatch(clause)
                        and before.by in ("attribution-after", "interrupted")) else v2.who
                    if before.tag == "said" and v2.tag != "said" and _GOING_ON.fullmatch(clause):
                        # ('“Take that, you black gip!” continuing, “If you don’t move faster …”':
                        # the speaker going on, no one's writing)
                        v2, who = replace(v2, tag="said"), before.who
                    verdict = replace(v2, who=who, by="interrupted")
                    verdicts[id(prev_q)] = verdict
                    q.prev = prev_q
                    prev_q.next = q
                elif verdicts[id(prev_q)].tag == "said" and (
                        _ASIDE.fullmatch(clause) and self._lowercase(q) or _BRACKETED_ASIDE.fullmatch(clause)):
                    # '“…, nor would our friend here,” meaning me, “venture to say …”': the
                    # writer's aside on whom the words mean, the speech going on
                    verdict = replace(verdicts[id(prev_q)], by="interrupted")
                    verdicts[id(prev_q)] = verdict
                    q.prev = prev_q
                    prev_q.next = q
                elif (verdicts[id(prev_q)].tag in ("said", "quote") and self._lowercase(q)
                      and _COMMA_CLOSES.search(text, prev_q.last.start, prev_q.last.end)
                      and clause.rstrip(" \u00a0\n").endswith(",") and not re.search(r"[()\[\]\d]|\bthat\b", clause)):
                    # (not the object of another verb: 'intitled, "An act for …," recites that,
                    # "notwithstanding …"')
                    # '"… But," and his voice had a key-note of sadness, "contact with the white men
                    # has …"': a passage closed by a comma in its marks, a clause of the writer's
                    # with no verb of saying, the words going on in lower case — one passage
                    verdict = replace(verdicts[id(prev_q)], by="interrupted")
                    verdicts[id(prev_q)] = verdict
                    q.prev = prev_q
                    prev_q.next = q
                elif (verdicts[id(prev_q)].by == "short" and not self._lowercase(prev_q) and self._lowercase(q)
                      and _COMMA_CLOSES.search(text, prev_q.last.start, prev_q.last.end)
                      and len(text_of(text, prev_q.first).split()) + words >= PHRASE_WORDS
                      and not re.search(r"[()\[\]\d]", clause)):  # (not "‘Enquiries,’ 1854, p. 192), asks")
                    # '“I am afraid,” her letter ended, “we should hardly …”', '“Self-renunciation,”
                    # he came to the conclusion, “is the foundation …”': a clause with no verb of
                    # saying interrupts the words, which go on in lower case — one passage
                    verdict = Verdict("quote", by="interrupted")
                    verdicts[id(prev_q)] = verdict
                    q.prev = prev_q
                    prev_q.next = q
            # 'Mr. NORTH: … I told him, "I guess he didn't,"': "I" is the turn's speaker (both
            # parts of an interrupted quotation, ‘…,’ I said, ‘…’)
            if verdict.tag == "said" and verdict.who is None and verdict.verb and lead_u == u and (
                    own := self._turn_speaker(u, lead, verdict.verb)):
                shared = q.prev is not None and verdicts.get(id(q.prev)) is verdict
                verdict = Verdict("said", own, verdict.verb, "turn-speaker")
                if shared:
                    verdicts[id(q.prev)] = verdict
            # "rain falls from clouds", "rain is good for plants", "many people dislike rain":
            if q.depth == 0 and q.first.unit == q.last.unit and _TOPIC_BEFORE.search(text, 0, q.first.start) \
                    and _TOPIC_AFTER.match(text, q.last.end) and topics_run_on(text[unit.start:unit.end]):
                # a chapter's synopsis, its topics run on with dashes ("Death of Lieutenant
                # Egerton--"My cricketing days are over"--Under the enemy's guns--…"): the words
                # a topic's catchword, the author's, a phrase
                verdict = Verdict("q", by="listed")
            if i in listed_lines and not self._cries(q):
                # 'Take a few out of very many: “A bleak magnificence of endless hope,” “That common
                # trivial face, of endless needs,” “The mystic river, floating wan,” …': lines or
                # epithets listed as examples, the author's, each a phrase
                verdict = Verdict("q", by="listed")
            # quotations listed one after another are of one kind, the first's
            if (prev_q is not None and prev_q.last.unit == u and prev_q.depth == q.depth
                    and verdicts.get(id(prev_q), Verdict("said")).tag == "q"
                    and (_LISTED.fullmatch(text, prev_q.last.end, q.first.start)
                         # (or its comma inside the marks: 'like “Pierced her, …,” “Realizes all
                         # the uncoloured dawn,”')
                         or _COMMA_CLOSES.search(text, prev_q.last.start, prev_q.last.end)
                         and _BACK_TO_BACK.fullmatch(text, prev_q.last.end, q.first.start)
                         and words <= MAX_LISTED_WORDS)):
                verdict = replace(verdicts[id(prev_q)], by="listed")
            # 'will say “I am tired of being a Puritan; …,” or “Beyond this dark probation …”':
            # sayings offered one after another, each a sentence of its own, are alike spoken
            elif (prev_q is not None and prev_q.last.unit == u and prev_q.depth == q.depth == 0
                    and verdict.tag == "q" and verdicts.get(id(prev_q), Verdict("q")).tag == "said"
                    and verdicts[id(prev_q)].by in ("verb-of-saying", "listed")
                    and _LISTED_OR.fullmatch(text, prev_q.last.end, q.first.start) and not self._lowercase(q)
                    and words >= MIN_SPEECH_WORDS  # (not names of address: "say ‘O my Lord’ or ‘Abou Maurice.’")
                    and text_of(text, q.first).lstrip(_OPENING_MARKS)[:1].isupper()):
                verdict = replace(verdicts[id(prev_q)], by="listed")
            # '… Neptune hailed, "What ship?" "Doris." "Who commands?" "Captain T. G."': a
            # hail and its answers back to back, nothing between them: each a turn of speech,
            # the answer no one's the text names (not the asker's), however short
            if i in exchange:
                verdict = Verdict("said", verdict.who if verdict.tag == "said" and self._asks(q) else None,
                                  None, "exchange")
            elif verdict.tag != "said" and q.parent is None and q.depth == 0 and prev_q is not None \
                    and prev_q.last.unit == u and not text[prev_q.last.end:q.first.start].strip(" \u00a0\n") \
                    and self._asked_and_answered(prev_q, q):
                # '“Where did you find it?” “In the _Opium-eater_.”': a question, and back to back
                # its answer, turns of speech however short (words said around them say whose)
                verdict = Verdict("said", None, None, "exchange")
                if verdicts[id(prev_q)].tag != "said":
                    verdicts[id(prev_q)] = verdict
            if q.parent is None and (own_attribution := _OWN_ATTRIBUTION.match(text, q.first.start, q.first.end)):
                # "'Mr. Johnson, (said I) I do indeed …'": its own brackets say whose it is
                a, b = own_attribution.span("who")
                named = self._persons(u, a, b, NO_MASK, strict=False) \
                    if own_attribution["who"] not in ("I", "he", "she") else []
                who = named[0] if named else pronoun if own_attribution["who"] in ("he", "she") else None
                verdict = Verdict("said", who, own_attribution["verb"], "attribution-inside")
            # "…," Ortiz said. "…" — the next quotation is the same speaker's (unless it says
            # whose it is itself: "'Mr. Johnson, (said I) …'")
            if (verdict.tag != "said" and prev_q is not None and prev_q.last.unit == u
                    and not _OWN_ATTRIBUTION.match(text, q.first.start, q.first.end)
                    and prev_q.depth == q.depth and not own_lead
                    and verdicts.get(id(prev_q), Verdict("q")).tag == "said"):
                between = text[prev_q.last.end:q.first.start]
                # '“…,” said Doug Miell, a consultant for the Chamber. “…”': the attribution is
                # one sentence between the two, its verb of saying first or after the name
                # (a stop after "Mr." or an initial ends no sentence)
                stripped = between.rstrip(" \u00a0")
                one_sentence = all(m.group().startswith(".") and speech.ends_abbreviation(stripped, m.start())
                                   for m in SENTENCE_END.finditer(stripped))
                if self._answered(prev_q, verdicts, between, text[prev_q.last.start:prev_q.last.end],
                                  text[q.first.start:q.first.end]):
                    # '“… equipment?” I asked him. “Decidedly not. …”': the answer, spoken (in an
                    # interview, the interviewee's: rule "interviewee" below)
                    verdict = Verdict("said", None, None, "answer")
                elif (len(between.split()) <= 6 or len(between.split()) <= 40 and one_sentence
                        and SPEECH.search(between, 0, 40)) and (
                            SPEECH.search(between)
                            # (a verb of saying or writing once the words before were said: '“…,”
                            # he admitted. “They will be different.”')
                            or _BARE_CLAUSE.fullmatch(between)):
                    verdict = replace(verdicts[id(prev_q)], by="same-speaker")
                    if prev_q.next is None:
                        q.prev = prev_q  # one speech, two parts
                        prev_q.next = q
                elif _NAMED_SAID_AFTER.fullmatch(between.rstrip(" \u00a0.")):
                    # ('“Hit it with the sticks!” was the cry. “Beat it out!”': the cry goes on
                    # after the noun that names it)
                    verdict = replace(verdicts[id(prev_q)], by="same-speaker")
                elif (len(between.split()) <= MAX_ACT_WORDS and one_sentence
                      and (act := _SPEAKER_ACTS.fullmatch(between))
                      and (act["who"] in _SUBJECT_PRONOUNS or verdicts[id(prev_q)].who is not None
                           and self._person_ids(u, prev_q.last.end + act.start("who"),
                                                prev_q.last.end + act.end("who")) == [verdicts[id(prev_q)].who])):
                    # '"Oh, yes," Miss Fligelman hastened to reassure me. "Every Sunday …"', '"…?" I
                    # demanded. "Even prisoners …"': a short sentence of what the speaker did between
                    # the words, its subject the speaker (by name or a pronoun) — the same speaker's
                    # words; one speech where the sentence says them ('"…" I turned square around.
                    # "Did you ever …?"': another)
                    verdict = replace(verdicts[id(prev_q)], by="same-speaker")
                    if prev_q.next is None and (SPEECH.search(between) or speech.EITHER.search(between)
                                                or speech.WRITING.search(between) or _ASSURED.search(between)):
                        q.prev = prev_q
                        prev_q.next = q
            # "Wilkins also said it was so. “As a way …”": no attribution after it, the
            # sentence before it in its own paragraph may name the speaker
            if (opens_sentence and not opens_paragraph and verdict.tag != "said" and q.parent is None
                    and not has_verb(self._tail(q)[0])):
                before = self._lead_in_start(u, unit.start, max(unit.start, start - 1), masked)
                if before < start:
                    earlier = classify(masked.blank(text, before, start),
                                       lambda a, b, lo=before: self._persons(u, lo + a, lo + b, masked),
                                       followed, words, pronoun, "", self._a_sentence(q),
                                       titled=lambda noun, u=u, q=q: self._the_titled(noun, u, q))
                    if earlier.tag == "said" and earlier.who:
                        verdict = replace(earlier, by="sentence-before")
                    elif verdict.by == "sentence-of-its-own" and _SPOKEN.search(
                            " ".join(text_of(self.units[p.unit].text, p) for p in q.parts)) and (
                            who := self._subject_of(u, before, start, masked)) is not None:
                        # "Ketch flung down the axe with a curse. “…”", "Randy Albertson, who
                        # retired …, agreed that …. “…”": words of their own, no verb of their
                        # own, after a sentence whose subject is one named person: his
                        verdict = self._speaker(Verdict("said", who, None, "subject-before"))
            if (self.interviewee and (verdict.tag == "said" or verdict.tag == "quote" and verdict.by in _UNSAID
                                      and self._quotes_interviewee)
                    and verdict.who is None and q.parent is None
                    and (words >= MIN_SPEECH_WORDS or verdict.verb and speech.PRONOUN.search(
                        self._tail(q)[0], 0, VERB_AFTER_MAX) and (opens_paragraph and u - 1 in asked or (
                            prev_q is not None and prev_q.last.unit == u and self._asks(prev_q)
                            and verdicts.get(id(prev_q), Verdict("q")).who is None)))
                    and not self._asks(q)
                    and not (verdict.verb or "").endswith(" like")  # (talk's "He's like, "…"": told, not replied)
                    and not _ASKER.search(own_lead) and not _ASKER.search(self._tail(q)[0], 0, VERB_AFTER_MAX)
                    and not speech.by_someone_unnamed(lead)
                    and not (lead_u != u and _A_WRITING.search(lead))
                    and not speech.by_someone_unnamed(self._tail(q)[0][:VERB_AFTER_MAX])):
                # rule "interviewee": speech no words around it attribute, in an interview, is
                # the interviewee's (not a question: the interviewer's, or another's to them;
                # not someone's the text leaves unnamed, "said a gentleman"; however short, a
                # reply "he" gives to the question the paragraph before asks: '“Not much,” he
                # replied'; not led in by a paragraph before that speaks of a writing: 'an
                # article …, in which a paragraph … says:—')
                # (and words of their own, no verb leading them in, where the text has quoted
                # the interviewee already: what the interviewee said, not words a transcript's
                # unquoted answers quote, 'He was like, "You can't use WebKit."')
                verdict = Verdict("said", self._the_interviewee(), verdict.verb, "interviewee")
            if (verdict.tag == "said" and q.parent is None and q.depth == 0 and opens_paragraph
                    and lead_u != u and self._asks(q) and not own_lead.strip(" \u00a0" + MASK)
                    and not lead.rstrip(" \u00a0\n").endswith((":", ",", "—", "--"))
                    and not (SPEECH.search(tail0 := self._tail(q)[0][:VERB_AFTER_MAX]) or speech.EITHER.search(tail0))
                    and (examiner := self._examiner(u)) is not None and verdict.who != examiner):
                # a question alone in its paragraph, after the words that say who examines whom
                # ("The Coroner asked the captain whether …"): the examiner's, not the one whose
                # answer the paragraph before reported ("Captain Turner replied that he had not.")
                verdict = Verdict("said", examiner, verdict.verb, "examiner")
            self._settle(q, self._speaker(verdict, q), prev_q, verdicts, last_speaker, turns, asked)
            if self.interviewee and verdict.tag == "said" and verdict.verb and self._is_interviewee(verdicts[id(q)].who):
                self._quotes_interviewee = True
        self._examination_turns(by_unit_start, verdicts)
        if self.woman is not None:
            self._hers(by_unit_start, verdicts, leads)
        return verdicts

    def _hers(self, ordered: list[Quotation], verdicts: dict[int, Verdict], leads: dict[int, str]) -> None:
        """Speech "she" says ('“A great deal,” she replied', 'she rushed into a room … and
        exclaimed: “…”'), no one named: the one woman the text names by her title (sole_woman)."""
        who = None
        for q in ordered:
            verdict = verdicts[id(q)]
            if verdict.tag != "said" or verdict.who is not None or q.parent is not None or q.depth:
                continue
            tail = self._tail(q)[0]
            if not (_SHE_SAYS.search(leads[id(q)]) or _SHE_SAID.match(tail)):
                continue
            if who is None:
                who = self._speaker(Verdict("said", NEW + self.woman)).who
            hers = replace(verdict, who=who, by="her-words")
            part = q
            while part is not None and verdicts.get(id(part)) is verdict:  # every part of the passage
                verdicts[id(part)] = hers
                part = part.next

    def _examination_turns(self, ordered: list[Quotation], verdicts: dict[int, Verdict]) -> None:
        """An examination's questions and answers, a paragraph each, taking turns: where one of
        the answers names whose they are ('“Yes,” said Captain Turner, “owing to the listing of
        the ship.”'), every answer of the run is his, those before it too (the rules above read
        forwards only); so are the questions the examiner's where one of them names him."""
        by_unit: dict[int, list[Quotation]] = {}
        for q in ordered:
            if q.parent is None and q.depth == 0:
                by_unit.setdefault(q.first.unit, []).append(q)
        turns = sorted(u for u, qs in by_unit.items() if self._a_turn(qs, verdicts))
        run: list[int] = []
        for u in turns + [None]:
            if u is not None and run and u == run[-1] + 1:
                run.append(u)
                continue
            if len(run) >= _EXAMINATION_RUN:
                self._name_the_turns([by_unit[v] for v in run], verdicts)
            run = [u] if u is not None else []

    def _a_turn(self, qs: list[Quotation], verdicts: dict[int, Verdict]) -> bool:
        """Whether a paragraph is one turn of speech: one passage of ``said``, opening it, its
        parts joined by their reporting clauses, nothing after it but the clause's stop."""
        first, last = qs[0], qs[-1]
        unit = self.units[first.first.unit]
        text = unit.text
        return (isinstance(unit.key, Paragraph) and all(
                    verdicts[id(q)].tag == "said" or verdicts[id(q)].by in _TURN_BY_SHAPE for q in qs)
                and all(b.prev is a for a, b in zip(qs, qs[1:]))
                and first.first.start <= _LEADING.match(text, unit.start, unit.end).end()
                and last.last.unit == first.first.unit
                and not text[last.last.end:unit.end].strip(" \u00a0\n.,"))

    def _name_the_turns(self, run: list[list[Quotation]], verdicts: dict[int, Verdict]) -> None:
        asking = [self._asks(qs[-1]) for qs in run]
        for parity in (0, 1):
            if all(asking[parity::2]) and not any(asking[1 - parity::2]):
                break
        else:
            return  # not questions and answers taking turns
        if not any(verdicts[id(qs[0])].who for qs in run):
            return  # (no one named: words set off by shape alone stay quotations)
        for side in (run[parity::2], run[1 - parity::2]):
            named = {verdicts[id(qs[0])].who for qs in side} - {None}
            # (no one named, or two: whose the unnamed turns are, the text does not say)
            who = named.pop() if len(named) == 1 else None
            for qs in side:
                first = verdicts[id(qs[0])]
                if first.tag != "said" or first.who is None and who is not None:
                    for q in qs:  # speech, a turn of the exchange, not words set off by shape
                        verdicts[id(q)] = replace(verdicts[id(q)], tag="said",
                                                  who=verdicts[id(q)].who or who, by="question-answer")

    def _examiner(self, u: int) -> str | None:
        """Who examines the witness in the questions from paragraph ``u`` on: the person the
        paragraphs before name as asking another ("The Coroner asked the captain whether …",
        "Senator Smith then asked Mr. Ismay …"), the last so named; None where none is, or where
        the asker is no one the text names (the narrator's "I asked him")."""
        return self._examination(u)[0]

    def _examination(self, u: int) -> tuple[str | None, str | None]:
        """(examiner, witness) from the last words before paragraph ``u`` that say who asks
        whom; each None where the text does not name the person."""
        if u not in self._examiners:
            found: tuple[str | None, str | None] = (None, None)
            # back over the turns of the examination to the paragraph of narrative before them
            for k in range(u - 1, -1, -1):
                if k in self._examiners:
                    found = self._examiners[k]
                    break
                if k in self._openers:
                    continue  # a turn
                cues = list(_EXAMINES.finditer(self.units[k].text, self.units[k].start, self.units[k].end))
                if cues:
                    m = cues[-1]
                    found = (self._examined_person(k, m, "title", "asker"),
                             self._examined_person(k, m, "wtitle", "witness"))
                break
            self._examiners[u] = found
        return self._examiners[u]

    def _examined_person(self, k: int, m: re.Match, title: str, name: str) -> str | None:
        if m[title]:
            return self._the_titled(m[title].lower())  # "the captain": the one titled so
        if not m[name]:
            return None  # "him", "her"
        named = self._persons(k, m.start(name), m.end(name), NO_MASK)
        return named[0] if len(named) == 1 else None

    def _the_interviewee(self) -> str:
        """The person the interview is with: the register's, else a name the register lacks."""
        name = self.interviewee
        known = [m.id for m in self.matcher.mentions(name, 0, len(name)) if m.kind == "person"]
        if known:
            return known[0]
        surname = name.split()[-1]  # "Ortiz said" before: "Sam Ortiz" is that speaker
        return NEW + (surname if self.m.has_speaker(surname) else name)

    def _is_interviewee(self, who: str | None) -> bool:
        """``who`` (a person's id) is the interviewee (made no entry for asking)."""
        name = self._the_interviewee()
        if not name.startswith(NEW):
            return who == name
        name = name[len(NEW):]
        return who is not None and self.m.has_speaker(name) and self.m.speaker(name) == who

    def _settle(self, q: Quotation, verdict: Verdict, prev_q: Quotation | None,
                verdicts: dict[int, Verdict], last_speaker: dict[int, str],
                turns: dict[int, str], asked: set[int]) -> None:
        """The quotation's verdict, the editor's override first, whichever rule decided it; what
        the next quotations read of it (the speaker who ran on, the turn, the question)."""
        u = q.first.unit
        unit = self.units[u]
        decided = self.m.overrides.take("quotation", text_of(unit.text, q.first),
                                        self.blocks[u].start + q.first.start)
        if self.m.overrides.keep_places:  # (what is decided there, for a review: see _emit)
            self.places[id(q)] = self.m.overrides.last
        if decided is not None:  # the editor's [[override]] quotation = …, who = …
            verdict = Verdict(EDITOR_TAGS[decided.quotation], decided.who, None,
                              "editor-title" if decided.quotation == "title" else "editor")
        if prev_q is not None and id(prev_q) in verdicts and q.prev is prev_q:
            # every part before it, however often the words were interrupted ('"The next
            # morning," Porcupine continues, "I saw …, I have returned to my tribe," said
            # Porcupine, "to tell all this."'): one passage, one verdict
            part = prev_q
            while part is not None and id(part) in verdicts:
                verdicts[id(part)] = verdict
                part = part.prev
        verdicts[id(q)] = verdict
        self._remember(q, verdict, last_speaker, turns)
        if verdict.tag == "said" and verdict.who is None and q.depth == 0 and self._asks(q) \
                and q.first.start <= _LEADING.match(unit.text, unit.start, unit.end).end():
            asked.add(u)

    def _nickname(self, q: Quotation) -> bool:
        """A name of one to three capitalised words in its marks, set in apposition after a
        person's name and closed by its comma (``Haslan, “Pony Bob,” said``)."""
        first, last = q.first, q.last
        if first.unit != last.unit or first.supplied_start or last.supplied_end:
            return False
        text = self.units[first.unit].text
        words = text[first.start + 1:last.end - 1].rstrip(",").split()
        return (0 < len(words) <= 3 and all(w[:1].isupper() for w in words)
                and text[last.end - 2:last.end - 1] == ","
                and _NAME_BEFORE_COMMA.search(text, max(0, first.start - 40), first.start) is not None)

    def _defined_name(self, q: Quotation) -> bool:
        """A name the text defines for what it has just named, alone in brackets: a report's
        short name for a title, a body or a law (``(“Dec. 21 DNI Announcement”)``, ``(the
        “Protect America Act”)``), no sentence's end in it."""
        first, last = q.first, q.last
        if first.unit != last.unit or first.supplied_start or last.supplied_end:
            return False
        text = self.units[first.unit].text
        words = text[first.start + 1:last.end - 1]
        return (_DEFINED_BEFORE.search(text, max(0, first.start - 12), first.start) is not None
                and text[last.end:last.end + 1] == ")" and 0 < len(words.split()) <= MAX_DEFINED_WORDS
                and not words.rstrip().endswith((".", "!", "?")))

    def _cries(self, q: Quotation) -> bool:
        """The quotation's words, two or more, end with "!": a cry."""
        last = q.last
        return self.units[last.unit].text[last.start:last.end].rstrip("’”\"' \u00a0").endswith("!") \
            and len(self._words(q).split()) >= 2

    def _exchanges(self, quotations: list[Quotation]) -> set[int]:
        """The indices of quotations in runs back to back, nothing but spaces between them, three
        or more with two questions among them: a hail and its answers ('"What ship?" "Doris."
        "Who commands?" "Captain T. G."'), each a turn of speech however short."""
        found: set[int] = set()
        run: list[int] = []
        for i, q in enumerate([*quotations, None]):
            prev = quotations[run[-1]] if run else None
            if q is not None and prev is not None and q.parent is None and q.depth == 0 \
                    and prev.last.unit == q.first.unit \
                    and not self.units[q.first.unit].text[prev.last.end:q.first.start].strip(" \u00a0\n"):
                run.append(i)
                continue
            if len(run) >= MIN_EXCHANGE and sum(self._asks(quotations[k]) for k in run) >= 2:
                found.update(run)
            run = [i] if q is not None and q.parent is None and q.depth == 0 and q.first.unit == q.last.unit else []
        return found

    def _listed_lines(self, quotations: list[Quotation]) -> set[int]:
        """The indices of quotations listed back to back in one paragraph, three or more, each a
        few words (four or more) closed by its comma inside the marks (the last by its stop),
        none asking: lines or epithets given as examples."""
        found: set[int] = set()
        run: list[int] = []
        for i, q in enumerate([*quotations, None]):
            prev = quotations[run[-1]] if run else None
            if q is not None and prev is not None and q.parent is None and q.depth == 0 \
                    and prev.last.unit == q.first.unit and self._ends_with_comma(prev) \
                    and _BACK_TO_BACK.fullmatch(self.units[q.first.unit].text, prev.last.end, q.first.start) \
                    and MIN_LINE_WORDS <= len(self._words(q).split()) <= MAX_LISTED_WORDS and not self._asks(q):
                run.append(i)
                continue
            if len(run) >= MIN_LISTED_LINES:
                found.update(run)
            run = [i] if q is not None and q.parent is None and q.depth == 0 and q.first.unit == q.last.unit \
                and MIN_LINE_WORDS <= len(self._words(q).split()) <= MAX_LISTED_WORDS and not self._asks(q) else []
        return found

    def _asked_and_answered(self, question: Quotation, answer: Quotation) -> bool:
        """A question of a sentence of a few words, then back to back an answer that asks
        nothing, both opening with a capital: two turns of a talk."""
        after = self.units[answer.last.unit].text[answer.last.end:answer.last.end + 3].lstrip(" \u00a0\n")
        return (self._asks(question) and not self._asks(answer)
                and len(self._words(question).split()) >= MIN_QUESTION_WORDS
                and all(self._words(q)[:1].isupper() for q in (question, answer))
                # (not titles listed back to back: '"Under which Lord?" "Patricia Kemball," "…,"')
                and not (self._ends_with_comma(answer) and after[:1] in _OPENING_MARKS))

    def _ends_with_comma(self, q: Quotation) -> bool:
        """The quotation's words end with a comma inside its marks: an item of a list."""
        last = q.last
        return self.units[last.unit].text[last.start:last.end].rstrip("’”\"' \u00a0").endswith(",")

    def _replies(self, q: Quotation) -> bool:
        """The words open with a reply set off by its comma or stop (``“Yes,” says Colonel
        Field, “I am glad …”``): an answer in talk, not a writer's sentence."""
        while q.prev is not None:
            q = q.prev  # (the words the attribution interrupted open with it)
        m = re.match(r"[\W_]*([^\W\d_]+)[,.!]", text_of(self.units[q.first.unit].text, q.first))
        return m is not None and m[1].lower() in speech.REPLIES

    def _asks(self, q: Quotation) -> bool:
        """The quotation is a question: its words end with a question mark."""
        last = q.last
        return self.units[last.unit].text[last.start:last.end].rstrip("’”\"' \u00a0").endswith("?")

    def _qa_turn(self, q: Quotation, u: int, asked: set[int], last_speaker: dict[int, str],
                 turns: dict[int, str]) -> bool:
        """A quotation opening paragraph ``u`` alone is a turn of an examination: a question
        after a named person's answer that ran to its paragraph's end, or an answer after an
        unnamed question that followed that person's answer."""
        if self._asks(q):
            return last_speaker.get(u - 1) is not None and u - 1 not in asked
        return u - 1 in asked and turns.get(u - 1) is None and (turns.get(u - 2) or last_speaker.get(u - 2)) is not None

    def _label_speaker(self, u: int, label: re.Match) -> str | None:
        """Whom a turn's label (its group ``name``, in paragraph ``u``) names: the register's
        person (``MR. SMITH`` is Smith), else a name the register lacks; None for a label that
        names no one (``Question:``). Both kinds of turn read their label so: a turn in its own
        marks (``_Mr. Sage._ "…"``) and a hearing's (``Mr. NORTH: … I told him, "…"``)."""
        name = label["name"]
        if name.casefold() in _TURN_ROLES or self._common_nouns(u, name) or name.startswith(("The ", "The\u00a0")):
            return None  # (nor "The Attorney-General.--", an office: whoever holds it is not named)
        named = [m.id for m in self.mentions[u] if m.kind == "person" and label.start("name") <= m.start < label.end("name")]
        if named:
            return named[0]
        bare = _TITLE_BEFORE.sub("", name)
        bare = bare.title() if bare.isupper() else bare
        known = [m.id for m in self.matcher.mentions(bare, 0, len(bare)) if m.kind == "person"]
        return known[0] if known else NEW + bare

    def _inline_label(self, q: Quotation, before: Quotation | None) -> re.Match | None:
        """The label right before ``q`` inside its paragraph (``BURNEY.``, ``Cabaner, after a
        silence:``), read from the end of the quotation ``before`` it in the paragraph, else at
        most a sentence back."""
        unit = self.units[q.first.unit]
        lo = before.last.end if before is not None and before.last.unit == q.first.unit else \
            max(unit.start, q.first.start - 80)
        return _INLINE_TURN.search(unit.text[lo:q.first.start])

    def _inline_turn(self, q: Quotation, ordered: list[Quotation], i: int) -> str | None:
        """The speaker ("" for none the label names) of a turn of an exchange set in one
        paragraph, each turn labelled; None for a quotation that is no such turn."""
        u = q.first.unit
        if self._inline_turns is None:  # every paragraph's, in one pass (no reading of all per paragraph)
            labelled: dict[int, set[int]] = {}
            for k, r in enumerate(ordered):
                if r.depth == 0 and r.parent is None and self._inline_label(r, ordered[k - 1] if k else None):
                    labelled.setdefault(r.first.unit, set()).add(id(r))
            self._inline_turns = {unit: ids for unit, ids in labelled.items() if len(ids) >= MIN_INLINE_TURNS}
        if id(q) not in self._inline_turns.get(u, ()):
            return None
        m = self._inline_label(q, ordered[i - 1] if i else None)
        name = m["name"]
        if not (name.isupper() or name in self.proper or name in self.name_words
                or any(x.kind == "person" for x in self.matcher.mentions(name, 0, len(name)))):
            return None  # ("Then:", "Again:": a word, no one's label)
        return self._label_speaker(u, m) or ""

    def _common_nouns(self, u: int, label: str) -> bool:
        """A label in capitals whose every word the text uses in small letters too ("YOUNG
        MAN." where "no young man can make …"; "CRITIC."): a role, no one's name; not one with
        a title ("MR. WHITE.")."""
        if label.isupper() and re.search(r"\s(?:OF|THE|AND)\s", label):
            return True  # "CHORUS OF RIVAL PIANO-MAKERS.", "NINE TENTHS OF THE AUDIENCE."
        return label.isupper() and not _TITLE_BEFORE.match(label) \
            and all(w.lower() in self.lower for w in label.split())

    def _interjection(self, q: Quotation) -> Verdict | None:
        """A debate's interjection in brackets, a sentence in its own marks ('["No, no," from
        Mr. DeCosmos]', '[" Hear, hear."]'): speech, the person's it came "from" when the
        bracket names one (rule said:interjection); else None."""
        u, text = q.first.unit, self.units[q.first.unit].text
        if not _INTERJECTION_OPEN.search(text[max(self.units[u].start, q.first.start - 3):q.first.start]):
            return None
        close = _INTERJECTION_CLOSE.match(text, q.last.end)
        if close is None or not _STOP_INSIDE_END.search(text, 0, q.last.end):
            return None
        words = re.findall(r"\w+", text[q.first.start:q.last.end].lower())
        if not close["by"] and not set(words) <= _INTERJECTIONS:
            return None  # ('("Do you prefer A or B?")', '("J.J.")': a question set, a name)
        who = None
        if close["by"] and not re.search(r"\band\b|&|,", close["by"]):  # (not "Hons. A and B")
            named = self._persons(u, close.start("by"), close.end("by"), self._masked(u, q))
            who = named[0] if len(named) == 1 else None
        return Verdict("said", who, None, "interjection")

    def _in_labelled_turns(self, u: int) -> bool:
        """Paragraph ``u`` stands in a run of labelled turns: the paragraph before or after it
        opens with a speaker's label and a quotation mark too (one label alone is no transcript:
        'Note.—"…"')."""
        for k in (u - 1, u + 1):
            if 0 <= k < len(self.units) and isinstance(self.units[k].key, Paragraph):
                unit = self.units[k]
                if _LABELLED_TURN.match(unit.text, unit.start, unit.end) \
                        or _CAPS_LABELLED_TURN.match(unit.text, unit.start, unit.end):
                    return True
        return False

    def _speaker_label(self, u: int) -> str | None:
        """A line of its own naming whom the quotation under it is by: ``Mayor Sylvester Turner
        of Houston, TX:`` over a paragraph of quoted speech (a statement's, a round-up's). The
        name, not the office or the place; None when the line is not such a label."""
        unit = self.units[u]
        line = unit.text[unit.start:unit.end].strip()
        if not (isinstance(unit.key, Paragraph) and "\n" not in line and line.endswith(":")
                and len(line) <= SPEAKER_LABEL_MAX and not has_verb(line)
                and not SENTENCE_END.search(line)) or _FROM_A_SOURCE.match(line):
            return None
        persons = self._persons(u, unit.start, unit.end, NO_MASK, strict=False)
        return persons[0] if persons else None

    @staticmethod
    def _answered(prev_q: Quotation, verdicts, clause: str, first: str = "", second: str = "") -> bool:
        """The words between two quotations report an answer to the first, not an interruption
        of it: the first has a lead-in of its own with its verb, and "I" speaks the second
        ('When he asked me, "…," I told him, "…"'); the first asks a question, the words between
        say only who asked whom, and the second opens as an answer does ('“… equipment?” I asked
        him. “Decidedly not. …”', not '“How is that?” I inquired. “Are they afraid …”')."""
        before = verdicts.get(id(prev_q))
        if _ANSWER_NAMED.search(clause):
            return True  # '"Bin round there yet--eh?" which elicited the answer "Yea, …"'
        if first.rstrip(_CLOSING_MARKS).endswith("?") and _ANSWERING.search(clause) \
                and not second.lstrip(_OPENING_MARKS)[:1].islower():
            # '‘Could you please tell me …?’, Zinoviev replied, ‘Yes, indeed, …’' (not '“Can’t
            # you?” he replied; “then I must read them to you.”', the reply going on)
            return True
        if _AND_ANSWERED.match(clause):
            return True  # '"… what he meant by being alive," and he replied, "if petitioning …"'
        if first.rstrip(_CLOSING_MARKS).endswith("?") and _ANSWERING.search(clause) \
                and before is not None and before.by == "verb-of-saying" and before.verb is not None \
                and _NAMED_SUBJECT.search(clause):
            # a question with its asker's verb before it, answered by another the clause names:
            # 'called out, "who's there?" the prisoner answered "it's Ned."' (in lower case too)
            return True
        if _ASKED_WHOM.fullmatch(clause) and first.rstrip(_CLOSING_MARKS).endswith("?") \
                and _ANSWER_OPENS.match(second.lstrip(_OPENING_MARKS)):
            return True
        return (before is not None and before.by == "verb-of-saying" and before.verb is not None
                and re.match(r"[\s,]*I\b", clause) is not None)

    def _turn_speaker(self, u: int, lead: str, verb: str) -> str | None:
        """Who "I" is in a transcript's turn: the label's ('Mr. NORTH: … I told him, "I guess he
        didn't,"'), read from the paragraph's own label or the label of the turn it goes on; None
        when the reporting verb's subject is not "I" or no label stands there."""
        at = lead.rfind(verb)
        if at < 0 or not _FIRST_PERSON.search(lead[:at]):
            return None
        for k in range(u, max(-1, u - TURN_PARAGRAPHS), -1):
            unit = self.units[k]
            if not isinstance(unit.key, Paragraph):
                return None
            m = HEARING_LABEL.match(unit.text, unit.start, unit.end)
            if m is None and (m := NAMED_LABEL.match(unit.text, unit.start, unit.end)) \
                    and not self._in_transcript(k):
                m = None  # "Rob Pike: … I said “…”" only among other turns so labelled
            if m is None and (m := DEPOSITION_LABEL.match(unit.text, unit.start, unit.end)) \
                    and not self._in_transcript(k, DEPOSITION_LABEL):
                m = None  # "ELLEN McCARTHY. I live at …": only among other depositions so opened
            if m is None:
                m = SWORN_LABEL.match(unit.text, unit.start, unit.end)  # "Jane Smith, being sworn, deposed—"
            if m is not None:
                return self._label_speaker(k, m)
            if ANSWER_LABEL.match(unit.text, unit.start, unit.end):
                return self._sworn_witness(k)  # "_A._ … I said "…"": the witness sworn last
        return None

    def _sworn_witness(self, u: int) -> str | None:
        """The witness the record names last before paragraph ``u`` ("_Mr. William Wright
        sworn._"), whose answers the "_A._" turns are; None when no such line stands near."""
        for k in range(u - 1, max(-1, u - SWORN_PARAGRAPHS), -1):
            unit = self.units[k]
            if isinstance(unit.key, Paragraph) and (m := SWORN_RECORD.match(unit.text, unit.start, unit.end)):
                return self._label_speaker(k, m)
        return None

    def _in_transcript(self, u: int, label: re.Pattern = NAMED_LABEL) -> bool:
        """A paragraph near ``u`` opens with a speaker's ``label`` too: turns of a transcript
        ('Carmen Andoh: …' / 'Rob Pike: …'), depositions of a trial."""
        return any(0 <= k < len(self.units) and isinstance(self.units[k].key, Paragraph)
                   and label.match(self.units[k].text, self.units[k].start, self.units[k].end)
                   for k in (u - 2, u - 1, u + 1, u + 2))

    def _word_alone(self, q: Quotation) -> bool:
        """One word in lower case with no stop or comma of its own (“no”): after a verb of
        saying, a word named, not words said."""
        words = " ".join(text_of(self.units[p.unit].text, p) for p in q.parts)
        return len(words.split()) == 1 and self._lowercase(q) and not re.search(r"[,.;:!?…]", words)

    def _words(self, q: Quotation) -> str:
        """The quotation's first part from its first word: its marks, brackets and ellipsis
        before it left out."""
        first = q.first
        return self.units[first.unit].text[first.start:first.end].lstrip("‘’“”\"'`([ \u00a0…")

    def _lowercase(self, q: Quotation) -> bool:
        head = self._words(q)
        return bool(head) and head[0].islower()

    def _opens_clause(self, q: Quotation, lead: str = "") -> bool:
        """The quotation opens with a conjunction in lower case: the clause a verb of the
        author's sentence governs (``said “that such prodigious events never happen”``), or
        the question asked ``asked “if this was the stroke?”``."""
        words = self._words(q)
        return _CLAUSE_OPENING.match(words) is not None or (
            words.startswith("if ") and _ASKED_IF.search(lead) is not None)

    def _runs_on(self, q: Quotation) -> bool:
        """One clause in one part, no stop of its own, the author's sentence going on after its
        closing mark in small letters: 'says that “Nature’s intention is to strengthen the body
        before exercising the mind” he hardly states the fact fairly'."""
        if len(q.parts) > 1 or q.last.supplied_end:
            return False
        text = self.units[q.last.unit].text
        inner = text[q.last.start:q.last.end].rstrip("‘’“”\"'` \u00a0")
        return not inner.endswith((".", "!", "?", ":")) and not self._several_sentences(q) \
            and _SMALL_LETTERS_AFTER.match(text, q.last.end) is not None

    def _a_sentence(self, q: Quotation) -> bool:
        """The quotation is a sentence of its own: a capital first, ``.``, ``?``, ``!`` last."""
        last = q.last
        head = self._words(q)
        tail = self.units[last.unit].text[last.start:last.end].rstrip("‘’“”\"'` \u00a0)")
        words = re.findall(r"[^\W\d_][\w’'\-]*", " ".join(
            text_of(self.units[p.unit].text, p) for p in q.parts))
        # a comma last, when the author's sentence goes on: "“Catastrophes are the
        # experiences of nations,” and that sufficed"
        if not (head and head[0].isupper() and (tail.endswith((".", "?", "!"))
                                                or tail.endswith(",") and len(words) >= 5)):
            return False
        if len(words) == 1:  # “Sit!”, not “Waverley.”; a reply is one with its stop (“No.”)
            return not tail.endswith(".") or words[0].casefold() in speech.REPLIES
        if words[0] in ("And", "But", "Or", "Nor", "Yet"):
            return True  # "And England——?": a turn going on from the last, never a title
        # a title in marks ("Uncle Tom.", "WHY WAS I BORN?") is no sentence
        content = [w for w in words if w.lower() not in FUNCTION_WORDS]
        return sum(w[0].isupper() for w in content) < 0.8 * len(content)

    def _a_statement(self, q: Quotation) -> bool:
        """A long sentence stated, not asked nor cried, nor said to someone ("you"): a writer's,
        as a book states it (an old maxim's "thy" addresses every reader: 'Franklin says …:—
        “Eat and drink such an exact quantity as suits the constitution of thy body …”')."""
        text = " ".join(text_of(self.units[p.unit].text, p) for p in q.parts).rstrip("’”\"' \u00a0")
        return len(text.split()) >= STATEMENT_WORDS and text.endswith((".", ";", ":")) \
            and not ADDRESSED.search(text)

    def _several_sentences(self, q: Quotation) -> bool:
        """A quotation that runs on past a sentence of its own is a passage, even when it
        begins inside the author's sentence (``explains that ‘had Lenin lived … But …’``)."""
        text = " ".join(text_of(self.units[p.unit].text, p) for p in q.parts)
        # (not at a title's stop: "his “highly distinguished countryman, Mr. Prescott, has …”")
        return len(q.parts) > 1 or any(not (text[m.start()] == "." and speech.ends_abbreviation(text, m.start()))
                                       for m in SENTENCE_END.finditer(text, 0, max(0, len(text) - 2)))

    def _remember(self, q: Quotation, verdict: Verdict, last_speaker: dict[int, str],
                  turns: dict[int, str]) -> None:
        if verdict.tag == "said" and q.depth == 0:
            unit = self.units[q.last.unit]
            if not _filled(unit.text, q.last.end, unit.end, " \u00a0.") or q.last.supplied_end:
                last_speaker[q.last.unit] = verdict.who
            first = self.units[q.first.unit]
            if q.first.start <= _LEADING.match(first.text, first.start, first.end).end():
                self._openers.setdefault(q.first.unit, verdict.who)
                if verdict.who:
                    turns.setdefault(q.first.unit, verdict.who)

    def _pronoun_person(self, u: int, q: Quotation) -> str | None:
        # a person of the register: without one, a name in view is no evidence that "he" is
        # its bearer (on the development corpus such guesses were wrong twice as often as
        # right), and a wrong @who is worse than none -- save the name opening the sentence
        # just before (_subject_just_before). The first named before the quotation in
        # its paragraph, else the last in the nearest paragraph before that names one — outside
        # other quotations (masks.PersonsInView).
        here = self.persons_in_view.first_before(u, q, q.first.start)
        if here is None:
            here = self.persons_in_view.last_in_unit_before(u, q)
        if here is not None:
            return here.id
        return self._subject_just_before(u, q)

    def _subject_just_before(self, u: int, q: Quotation) -> str | None:
        """Without the register, one guess only: the name that is the subject of the sentence
        just before the quotation ("Bucharin laughed. “You old counter-revolutionary!” he
        said."), in its paragraph or as the whole of the paragraph before it ("Bucharin took the
        map and looked at it." / "“Idiotism!” he said.")."""
        if q.parent is not None or q.depth:
            return None
        unit = self.units[u]
        text, end = unit.text, q.first.start
        if text[unit.start:end].strip(" \u00a0\n"):
            start = self._lead_in_start(u, unit.start, end, self._masked(u, q))
            if text[start:end].strip(" \u00a0\n") and not _PRONOUN_SAYS.fullmatch(text, start, end):
                return None  # the sentence it opens has words of its own before it
            # (or only "He said:", "On the way he said to me:": the sentence before names him)
            lead_u, lower, upper = u, unit.start, start
            if upper <= lower:
                return None
        else:
            if u == 0 or not isinstance(self.units[u - 1].key, Paragraph):
                return None
            lead_u, lower, upper = u - 1, self.units[u - 1].start, self.units[u - 1].end
        lead_text = self.units[lead_u].text
        mask = self._masked(lead_u, q)
        if MASK in mask.blank(lead_text, lower, upper):
            return None  # quotations of its own: whose words are whose is theirs to say
        stop = lead_text[:upper].rstrip(" \u00a0\n")
        if not stop.endswith("."):
            return None
        start = self._lead_in_start(lead_u, lower, len(stop) - 1, mask)
        # ("Lenin declared …. At once he launched into a eulogy …. “What a splendid
        # opportunity,” he said": "he" the subject of the sentences between, naming no one)
        if (found := self._past_pronoun_sentences(lead_u, start, len(stop), lower, mask)) is None:
            return None
        start = found[0]
        if lead_u != u and start > lower:
            return None  # (the paragraph before, one sentence)
        m = self._named_subject(lead_text, start)
        if m is None:
            return None
        names = self._persons(lead_u, m.start("name"), m.end("name") + 1, mask)
        return names[0] if len(names) == 1 else None

    def _subject_of(self, u: int, start: int, end: int, masked) -> str | None:
        """The one person named as the subject of the sentence ``units[u].text[start:end]``: a
        name opening it (a word of time or a clause before it, an apposition set off by commas
        after it), then its verb."""
        text = self.units[u].text
        # ("Captain Rostron … followed Mr. Ismay. He said the first message … . “I gave the
        # order …”": "he" the subject between, naming no one)
        found = self._past_pronoun_sentences(u, start, end, self.units[u].start, masked)
        if found is None or MASK in masked.blank(text, found[0], end):
            return None
        m = _opening_subject(_SENTENCE_SUBJECT, text, *found)
        if m is None:
            return None
        names = self._persons(u, m.start("name"), m.end("name") + 1, masked)
        return names[0] if len(names) == 1 else None

    def _past_pronoun_sentences(self, u: int, start: int, end: int, lower: int, masked) -> tuple[int, int] | None:
        """The sentence ``units[u].text[start:end]``, or where its subject is "he" or "she" and it
        names no one, the sentence before it (PRONOUN_SENTENCES such at the most, no further back
        than ``lower``): the one that may name whom the pronoun stands for; None past the reach."""
        text = self.units[u].text
        for _ in range(PRONOUN_SENTENCES + 1):
            if start <= lower or not _PRONOUN_SUBJECT.match(text, start, end) or self._persons(u, start, end, masked):
                return start, end
            stop = text[:start].rstrip(" \u00a0\n")
            if not stop.endswith("."):
                return None
            start, end = self._lead_in_start(u, lower, len(stop) - 1, masked), len(stop)
        return None  # (more sentences of "he" than that: whom it stands for is the reader's)

    @staticmethod
    def _named_subject(text: str, start: int) -> re.Match | None:
        """The name and verb opening the sentence at ``start``, or its main clause after the clause
        that opens it ("When they had thus embraced, Brandreth addressed his fellow sufferer …")."""
        m = _opening_subject(_SUBJECT_VERB, text, start, len(text))
        if m is not None and _ASKS.match(text, m.end("name")):
            return None  # "Edward asked him which of his poems …" / "“Well,” he said": the one asked
        return m

    def _reporting_clause_between(self, text: str, prev_q: Quotation, q: Quotation) -> bool:
        """Whether the words between two quotations of one paragraph are an interruption's
        reporting clause (", he said, "), not the end of one passage and the start of another."""
        clause = text[prev_q.last.end:q.first.start]
        if _BRACKETED_ASIDE.fullmatch(clause):
            return True  # '"… like this O" (L. N. made the circle with his finger). "And the child …"'
        if not _REPORTING_CLAUSE.match(clause) and not (
                _LONG_REPORTING_CLAUSE.match(clause) and (self._lowercase(q) or clause.rstrip(" \u00a0\n").endswith(",")
                                                       and ";" not in clause)
                and _COMMA_CLOSES.search(text, prev_q.last.start, prev_q.last.end)
                and (SPEECH.search(clause, 0, VERB_AFTER_MAX) or speech.EITHER.search(clause, 0, VERB_AFTER_MAX)
                     or speech.WRITING.search(clause, 0, VERB_AFTER_MAX))):
            # ('“…,” he said, with the stiffness of one of his own swing-door hinges; “but
            # there isn’t …”': a longer clause, its verb of saying or writing first, the words
            # going on in lower case: '“In his camp,” as one has recently written, … “he …”';
            # or the clause closed by a comma, no other clause in it: '"Well," she said after a
            # pause in which she had looked at me in some displeasure, "I will try …"')
            return False
        if _CONJOINED_CLAUSE.match(clause) and not self._lowercase(q):
            # '"I feel the truth of these remarks;" but, after a pause, she said, "I have …"' (not
            # '“Yes, it is sufficient,” and then …, he added, “and there is nothing else!”')
            return False
        if _OWN_ATTRIBUTION.match(text, q.first.start, q.first.end):
            return False  # "'From Scotland,' cried Davies. 'Mr. Johnson, (said I) I do …'": another's
        if (text[prev_q.last.start:prev_q.last.end].rstrip("’”\"' \u00a0").endswith(("-", "—", "–"))
                and _OPENS_SENTENCE_AT.match(clause.lstrip(" \u00a0"))):
            return False  # '"I love my little girls -- -- " And I said to myself, "Oh, no …"': broken off
        if (clause.rstrip().endswith(":") and not _BROKEN_OFF.search(text, prev_q.last.start, prev_q.last.end)
                and text[prev_q.last.end:prev_q.last.end + 1] not in ",.;:!?"):
            return False  # '“Bill Arp” struck the key-note when he said: “…”'
        if _SAYS_I.search(clause) and not self._lowercase(q):
            return False  # '"…," says I. "You must …"': another's words
        if _IN_REPLY.match(clause):
            return False  # '"No, I do not serve my country for money …," upon which Washington said "that …"': his answer
        return not _NEW_SENTENCE.match(text, prev_q.last.end - 2, q.first.start + 2)

    def _cited_after(self, q: Quotation) -> bool:
        """A page, a volume or a year cites the quotation's words as a work's title, whatever verb
        led them in ('"Polit. Anatomy of Ireland," 1672)', '"History of …," p. 320')."""
        p = q.last
        return cited_after(self.units[p.unit].text[p.end:p.end + AFTER_TITLE])

    def _listed_titles(self, ordered: list[Quotation], verdicts) -> set[int]:
        """Phrases listed with a quoted title, one after another ('“Confessions of an English
        Opium-eater;” and “Notes from the Pocket-book of a late Opium-eater;” including “Walking
        Stewart,” “On the Knocking at the Gates in _Macbeth_,” and “On Suicide.”'): titles all,
        where one reads as a title. The ids of those not read so on their own."""
        found: set[int] = set()
        run: list[Quotation] = []
        for q in [*ordered, None]:
            prev = run[-1] if run else None
            if q is not None and prev is not None and q.first.unit == prev.last.unit and q.depth == prev.depth == 0 \
                    and _LISTED_TITLES.fullmatch(self.units[q.first.unit].text, prev.last.end, q.first.start):
                run.append(q)
                continue
            if len(run) >= 2 and all(len(r.parts) == 1 and verdicts[id(r)].tag == "q"
                                     and verdicts[id(r)].by not in ("named-as-phrase", "editor") for r in run):
                shaped = [self._title_shaped(r) for r in run]
                if any(shaped):
                    found.update(id(r) for r, t in zip(run, shaped) if not t and self._title_cased(r))
            run = [q] if q is not None and len(q.parts) == 1 and q.depth == 0 else []
        return found

    def _title_cased(self, q: Quotation) -> bool:
        """The quotation's words capitalised as a title's are (most of those not "of", "the"
        …), no question or cry: "Notes from the Pocket-book of a late Opium-eater;", not
        "Call on X", "Honest Indian?"."""
        p = q.first
        inner = self.units[p.unit].text[p.start:p.end].strip("‘’“”\"'` \u00a0,;.")
        words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", inner) if w.lower() not in FUNCTION_WORDS]
        return bool(words) and not inner.endswith(("?", "!")) \
            and sum(w[0].isupper() for w in words) >= TITLE_CASED * len(words)

    def _title_shaped(self, q: Quotation) -> bool:
        """The quotation's words (its first part's) read as a title's, by what stands around them."""
        p = q.first
        text = self.units[p.unit].text
        inner = text[p.start + (0 if p.supplied_start else 1):p.end - (0 if p.supplied_end else 1)]
        return quoted_title(inner, text[max(0, p.start - 40):p.start], text[p.end:p.end + 40])

    def _after_work_noun(self, q: Quotation) -> bool:
        """A quotation set after a word naming a work ("in his book, “…,” speaks about"): a
        title, if its words are one, whatever verb follows it."""
        p = q.first
        text = self.units[p.unit].text
        return after_work_noun(text[max(0, p.start - 40):p.start])

    # -- emitting spans --------------------------------------------------------------------
    def _emit(self, quotations, verdicts, titles) -> None:
        report = self.m.report
        ordered = sorted(quotations, key=lambda q: (q.first.unit, q.first.start))
        for q in ordered:  # ids first: links point forwards as well as back
            if verdicts[id(q)].tag == "q" and self._block_level(q):
                verdicts[id(q)] = Verdict("quote", by="whole-paragraph")  # no mere phrase
            if verdicts[id(q)].tag != "q":
                self.ids.q += 1
                q.id = f"q-{self.ids.q}"
        # (unit, start, end) of the titles: the names matcher's and the quoted ones
        in_titles: list[tuple[int, int, int]] = list(titles)
        listed_titles = self._listed_titles(ordered, verdicts)
        for q in ordered:
            verdict = verdicts[id(q)]
            tag = verdict.tag
            if id(q) in listed_titles:
                verdict = Verdict("q", by="listed-title")
            if all(any(u == p.unit and s <= p.start and p.end <= e for u, s, e in in_titles)
                   for p in q.parts):
                continue  # “The ‘Genius’”: the inner marks are the title's own words
            # a quoted title: ‘Brest Peace Treaty’ is a title, its marks included
            if len(q.parts) == 1 and tag == "q":
                p = q.first
                inner = (p.start + (0 if p.supplied_start else 1), p.end - (0 if p.supplied_end else 1))
                title = titles.get((p.unit, *inner))
                if title is not None:
                    title.start, title.end = p.start, p.end
                    title.supplied_start, title.supplied_end = p.supplied_start, p.supplied_end
                    self._decided(q, "title", "names")
                    in_titles.append((p.unit, p.start, p.end))
                    continue
            # (not in a heading: a heading capitalises every word, a phrase in it too)
            if verdict.by in ("editor-title", "listed-title") or (
                    len(q.parts) == 1 and not self.headings and verdict.by not in ("named-as-phrase", "editor")
                    and (tag == "q" or tag == "quote" and verdict.by in _SHAPE_ONLY
                         or tag == "said" and PERFORMING.fullmatch(verdict.verb or "")
                         or self._after_work_noun(q) or self._cited_after(q))
                    and not self._block_level(q)):
                p = q.first
                text = self.units[p.unit].text
                inner = text[p.start + (0 if p.supplied_start else 1):
                             p.end - (0 if p.supplied_end else 1)]
                # (a note's or an entry's quoted title is its reference's, edition.markup.notes)
                inside_citation = isinstance(self.units[p.unit].key, (Note, Reference)) or any(
                    c.start < p.end and p.start < c.end for c in self.citations[p.unit])
                editor = verdict.by == "editor-title"
                if editor or not inside_citation and (verdict.by == "listed-title" or self._title_shaped(q)) and not (
                        tag == "quote" and inner.rstrip(" ’”\"'").endswith(("?", "!"))) and not (
                        tag == "said" and PERFORMING.fullmatch(verdict.verb or "") and not self._after_work_noun(q)
                        and (_SET_OFF_BEFORE.search(text, max(0, p.start - 3), p.start)
                             or _STOP_INSIDE_END.search(text, p.start, p.end))):
                    for part in q.parts:
                        self.m.add(self.blocks[part.unit], Span(
                            part.start, part.end, "title",
                            {"resp": self.m.overrides.resp} if editor else {},
                            rank=QUOTE_RANK + q.depth, rule="quoted-titles",
                            supplied_start=part.supplied_start, supplied_end=part.supplied_end))
                    self._decided(q, "title", "editor" if editor else "quoted-titles")
                    in_titles += [(part.unit, part.start, part.end) for part in q.parts]
                    continue
            report.quotations += 1
            report.speeches += tag == "said"
            report.phrases += tag == "q"
            attrib: dict[str, str] = {}
            if tag == "said" and verdict.who:
                attrib["who"] = f"#{verdict.who}"
            if verdict.by == "editor":
                attrib["resp"] = self.m.overrides.resp
            self._decided(q, tag + (f" #{verdict.who}" if tag == "said" and verdict.who else ""),
                          verdict.by or "unclassified")
            rule = f"{tag}:{verdict.by or 'unclassified'}"
            if self._continues_carry(q) and q.id:
                # the part after the cross-head, linked both ways to the part before it, which
                # the source leaves open as a passage run on over paragraphs is: no mark supplied
                carry = self.carry
                attrib["prev"] = f"#{carry.last_id}"
                carry.attrib["next"] = f"#{q.id}"
                if carry.closing is not None and carry.warning in report.warnings:
                    carry.closing.supplied_end = None
                    report.warnings.remove(carry.warning)
                    report.supplied -= 1
            if self._block_level(q):
                self.m.trace(self.blocks[q.first.unit].text, rule)
                self._wrap(q, tag, attrib)
                continue
            for part in q.parts:
                self.m.trace(self.units[part.unit].text[part.start:part.end], rule)
            cit = self._citation_after(q, _BETWEEN_QUOTE_AND_CITATION) if tag != "q" else None
            late = self._citation_after(q, _BETWEEN_QUOTE_AND_LATE_CITATION) if tag != "q" else None
            # @source belongs to quote (att.source); speech carries no citation pointer
            if late is not None and (cit is None or len(q.parts) > 1) and tag == "quote":
                attrib["source"] = f"#{late.xml_id}"
            for n, part in enumerate(q.parts):
                a = dict(attrib)
                if q.id:
                    a["xml_id"] = q.id if n == 0 else f"{q.id}-{n + 1}"
                    if len(q.parts) > 1:
                        if n + 1 < len(q.parts):
                            a["next"] = f"#{q.id}-{n + 2}"
                        if n > 0:
                            a["prev"] = f"#{q.id}" if n == 1 else f"#{q.id}-{n}"
                nxt, prv = q.next, q.prev
                if nxt is not None and nxt.id and n == len(q.parts) - 1:
                    a["next"] = f"#{nxt.id}"
                if prv is not None and prv.id and n == 0 and not self._continues_carry(q):
                    # (the previous quotation's last part: a speech run over paragraphs, then
                    # interrupted: '“I am also informed,” said my uncle, “but …”')
                    a["prev"] = f"#{prv.id}" if len(prv.parts) == 1 else f"#{prv.id}-{len(prv.parts)}"
                span = Span(part.start, part.end, tag, a, rank=QUOTE_RANK + q.depth,
                            rule="quotations", supplied_start=part.supplied_start,
                            supplied_end=part.supplied_end)
                self.m.add(self.blocks[part.unit], span)
            self._last_parts[id(q)] = (span.attrib, span if span.supplied_end else None)
            if cit is not None and len(q.parts) == 1:
                self.cits.append((q.first.unit, Span(q.first.start, cit.end, "cit", {},
                                                     rank=CIT_RANK, rule="quotations"), span, cit))

    def _indented_block_quotations(self) -> None:
        """Paragraphs the structure rules found set off by indentation, not already wrapped by
        their quotation marks: one ``quote`` per run."""
        previous_key = None
        over = None  # an attribution line over the next quotation
        for u, unit in enumerate(self.units):
            node = unit.key
            block = self.blocks[u]
            if isinstance(node, Paragraph) and node.attribution:
                # the line naming the quotation beside it: over it (the next run) or under it
                line = self.citations[u][0]
                if node.attribution == "under" and previous_key is not None:
                    wrapper.attrib.setdefault("source", f"#{line.xml_id}")
                elif node.attribution == "over":
                    over = line
                previous_key = None
                continue
            if not (isinstance(node, Paragraph) and node.block_quote) or id(block) in self.m.wrappers \
                    or node.statements:  # (each statement its speaker's said: _coded_statements)
                previous_key, over = None, None
                continue
            if (previous_key is not None and (_excerpt(block) and _excerpt(self.blocks[u - 1])
                                              or _SOURCE_CLOSING.search(self.blocks[u - 1].text))
                    and not self._run_attributed(u)
                    and not (_turn(block.text) and _turn(self.blocks[u - 1].text))
                    and not self._dotted_turns(u)):
                previous_key = None  # excerpts one after another (interviews'): each its own
            if previous_key is None:
                self.ids.q += 1
                self.ids.wrapper += 1
                previous_key = self.ids.wrapper
                attrib = {"xml_id": f"q-{self.ids.q}", "rend": "indent"}
                if node.resp:  # the editor's [[override]] block_quotation = true
                    attrib["resp"] = node.resp
                cits = [c for c in self.citations[u] if c.kind != "numbered"]
                if cits:
                    attrib["source"] = f"#{cits[-1].xml_id}"
                elif over is not None:
                    attrib["source"] = f"#{over.xml_id}"
                over = None
                wrapper = Wrapper("quote", attrib, previous_key)
                self.m.report.quotations += 1
                self.m.trace(block.text, "quote:indentation")
            self.m.wrappers[id(block)] = wrapper
            ends = [c for c in self.citations[u] if c.rule == "attribution"
                    or c.rule == "closing-attribution" and not _filled(unit.text, c.end, unit.end)]
            if ends:  # an epigraph's attribution closes it ("… works of art.--Prof. Lounsbury."
                # too): the next one is another quotation
                wrapper.attrib.setdefault("source", f"#{ends[-1].xml_id}")
                previous_key = None

    def _coded_statements(self) -> None:
        """Rule "coded-statements" (edition.structure.statements): each participant's words a
        ``said`` by the person their code names, the code outside it; a quotation inside is
        theirs to quote."""
        for u, unit in enumerate(self.units):
            node = unit.key
            if not isinstance(node, Paragraph) or id(self.blocks[u]) in self.m.wrappers:
                continue
            for start, end, code in node.statements:
                self.ids.q += 1
                attrib = {"xml_id": f"q-{self.ids.q}", "who": f"#{self.m.speaker(code)}"}
                self.m.add(self.blocks[u], Span(start, end, "said", attrib, rank=QUOTE_RANK - 1,
                                                rule="coded-statements"))
                self.m.trace(unit.text[start:end], "said:coded-statement")
                self.m.report.quotations += 1
                self.m.report.speeches += 1

    def _dotted_label(self, u: int) -> str | None:
        """The label a set-off turn opens with when a full stop closes it (``Magistrate. Pray,
        what ails these People?``); None for another paragraph or none set off."""
        if not 0 <= u < len(self.units) or not (isinstance(self.units[u].key, Paragraph)
                                                and self.units[u].key.block_quote):
            return None
        m = _DOTTED_TURN.match(self.blocks[u].text)
        return m["label"] if m is not None and m["label"].lower() not in FUNCTION_WORDS else None

    def _dotted_turns(self, u: int) -> bool:
        """``units[u]`` and the paragraph before it are turns of one exchange set off, each
        labelled with a full stop, two speakers taking turns (``Magistrate. Don't you think …?``
        / ``Martin. No, I do not think they are.`` / ``Magistrate. …``): one passage, where
        excerpts one after another are each their own."""
        label, before = self._dotted_label(u), self._dotted_label(u - 1)
        return label is not None and before is not None and label != before and (
            self._dotted_label(u - 2) == label or self._dotted_label(u + 1) == before)

    def _run_attributed(self, u: int) -> bool:
        """The run of block quotations holding ``units[u]`` ends with an attribution line under
        it (``THE HINDU KURAL.``): one source's sayings, one quotation."""
        while u < len(self.units) and isinstance(self.units[u].key, Paragraph) and \
                self.units[u].key.block_quote:
            u += 1
        return (u < len(self.units) and isinstance(self.units[u].key, Paragraph)
                and self.units[u].key.attribution == "under")

    def _block_level(self, q: Quotation) -> bool:
        """Wholly a quotation: every part runs from its paragraph's start (after white space or
        an ellipsis) to its end (or to a closing citation)."""
        if self.headings or q.depth != 0:
            return False
        for part in q.parts:
            unit = self.units[part.unit]
            if not isinstance(unit.key, Paragraph):
                return False
            if unit.key.resp and not unit.key.block_quote:
                return False  # the editor's [[override]] block_quotation = false
            if part.start > _LEADING.match(unit.text, unit.start, unit.end).end():
                return False
            if _filled(unit.text, part.end, unit.end) and not any(
                    c.start >= part.end and not _filled(unit.text, c.end, unit.end)
                    and not _filled(unit.text, part.end, c.start)
                    for c in self.citations[part.unit]):
                return False
        return True

    def _wrap(self, q: Quotation, tag: str, attrib: dict[str, str]) -> None:
        self.ids.wrapper += 1
        a = dict(attrib)
        a["xml_id"] = q.id
        last = q.last
        cits = [c for c in self.citations[last.unit] if c.start >= last.end and c.kind != "numbered"]
        if cits and tag == "quote":
            a["source"] = f"#{cits[0].xml_id}"
        self._last_parts[id(q)] = (a, None)
        for part in q.parts:
            self.m.wrappers[id(self.blocks[part.unit])] = Wrapper(tag, a, self.ids.wrapper)
            # the marks the source lacks are still supplied, inside the paragraph
            if part.supplied_start or part.supplied_end:
                supplied = Span(part.start, part.end, "", {}, rank=QUOTE_RANK, rule="quotations",
                                supplied_start=part.supplied_start, supplied_end=part.supplied_end)
                self.m.add(self.blocks[part.unit], supplied)
                if part is q.last and part.supplied_end:
                    self._last_parts[id(q)] = (a, supplied)


def _sentence_start(text: str, at: int) -> bool:
    i = at  # back over white space, opening marks and brackets (not text[:at].rstrip(…): a
    while i > 0 and text[i - 1] in " \u00a0\t\n‘“\"'(":  # copy of all before, each time)
        i -= 1
    j = i  # back over a note's call glued after the stop: "at times.222 Christie also told"
    while j > 0 and i - j < 3 and text[j - 1].isdigit():
        j -= 1
    if j < i and j > 0 and text[j - 1] in ".!?”’\")":
        return True
    return i == 0 or text[i - 1] in ".!?:;—–-…"


_UNFILLED = {chars: re.compile(f"[^{re.escape(chars)}]") for chars in (" \u00a0.", " \u00a0.,;")}


def _filled(text: str, start: int, end: int, blank: str = " \u00a0.,;") -> bool:
    """``text[start:end]`` holds more than ``blank`` characters (without copying it)."""
    return _UNFILLED[blank].search(text, start, max(start, end)) is not None


_FULL_NAME = re.compile(rf"(?<![\w’'])(?:[{_UP}][{_LOW}’'\-]+|[A-Z]\.)(?:[ \u00a0](?:[{_UP}][{_LOW}’'\-]+|[A-Z]\.))+"
                        r"(?![\w’'])")  # ("Paul Krüger", "José Martí")


def lower_words(texts) -> frozenset[str]:
    """The words the text writes in small letters: common nouns, not names."""
    return frozenset(m.group() for text in texts for m in re.finditer(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])", text))


def proper_words(texts) -> frozenset[str]:
    """Capitalised words the text also capitalises where no sentence starts: names, not words
    capitalised only by their place ("Officials said", "How …")."""
    found = set()
    for text in texts:
        for m in re.finditer(r"(?<![\w’'.])[A-Z][\w’'\-]+", text):
            if not _sentence_start(text, m.start()):
                found.add(m.group())
    return frozenset(found)


_PLACE_WORDS = frozenset("""Street Road Avenue Lane Square Place Park River Lake Mount Mountain
Valley Bay Island Islands County City Town Village Hill Hills Bridge Station Hall House Church
Cathedral Abbey Castle Court Gardens Harbour Harbor Coast North South East West New Saint""".split())


_COMPASS = frozenset("North South East West New".split())  # a place's first word, no forename


def name_words(texts) -> frozenset[str]:
    """The last words of the full names a text prints (``Tom Barker``, ``Y.G. Plimak``) and the
    first of a person's: the single words that may stand for a person later on."""
    found = set()
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            printed = m.group().split()
            # (a nation's word after an initial is a surname: "Mark A. Welsh", not "North
            # American Indian", "Each Indian")
            words = [w for i, w in enumerate(printed) if w not in ROLES and (
                w not in _NOT_NAMES or w in _NATIONS and i > 0 and re.fullmatch(r"[A-Z]\.", printed[i - 1]))]
            if any(w.endswith(("’s", "'s")) for w in words[:-1]):
                continue  # "Flon’s Axiom", "the Society’s Jenkins": the thing or person of one named
            if len(words) >= 2 or (words and m.group().split()[0].rstrip(".") in ROLES):
                found.add(words[-1])
            # and the first words of a person's two or three: "Dave Robinson" … "Dave turned
            # to me and said" (not "Maple Street", "Labour Party")
            if (len(words) in (2, 3) and words == m.group().split()
                    and not any(w in ORG_WORDS or w in _PLACE_WORDS for w in words)
                    and re.fullmatch(r"[A-Z][a-z]+", words[0])):
                found.add(words[0])
    return frozenset(found)


def longer_names(texts) -> dict[str, str]:
    """The first two words of the full names of three the text prints, each with its name
    (``Pavel Nikolayevich`` -> ``Pavel Nikolayevich Milukov``): a speaker the text addresses by
    the two is that person. None where two full names share them."""
    found: dict[str, str | None] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            words = m.group().split()
            if len(words) != 3 or not all(re.fullmatch(r"[A-Z][a-z’'\-]+", w) for w in words) or any(
                    w in ROLES or w in _NOT_NAMES or w in ORG_WORDS or w in _PLACE_WORDS for w in words):
                continue
            key = " ".join(words[:2])
            found[key] = m.group() if found.get(key, m.group()) == m.group() else None
    return {key: name for key, name in found.items() if name is not None}


# Titles a narrator gives a person in place of the name, once the name is known ('Colonel Cody'
# … '"Now," said the colonel'): the title as printed before a name, and its abbreviations.
TITLES = {"colonel": "Colonel|Col", "major": "Major|Maj", "general": "General|Gen",
          "captain": "Captain|Capt", "lieutenant": "Lieutenant|Lieut|Lt", "sergeant": "Sergeant|Sgt",
          "admiral": "Admiral", "commander": "Commander", "judge": "Judge", "senator": "Senator|Sen",
          "governor": "Governor|Gov", "mayor": "Mayor", "president": "President",
          "professor": "Professor|Prof", "doctor": "Doctor|Dr", "bishop": "Bishop",
          "sheriff": "Sheriff", "inspector": "Inspector", "superintendent": "Superintendent",
          "commissioner": "Commissioner", "chairman": "Chairman", "ambassador": "Ambassador",
          "chancellor": "Chancellor", "premier": "Premier", "minister": "Minister",
          "secretary": "Secretary", "dean": "Dean", "marshal": "Marshal", "squire": "Squire",
          "deacon": "Deacon", "elder": "Elder", "parson": "Parson", "rabbi": "Rabbi", "coroner": "Coroner",
          "alderman": "Alderman", "constable": "Constable", "count": "Count", "countess": "Countess",
          "baron": "Baron", "duke": "Duke", "duchess": "Duchess", "earl": "Earl", "prince": "Prince",
          "princess": "Princess", "emperor": "Emperor", "empress": "Empress", "king": "King", "queen": "Queen"}
_TITLED = re.compile(r"(?<![\w’'])(" + "|".join(TITLES.values()) + r")\.?[ \u00a0]+("
                     + _NAME_WORD + r"(?:[ \u00a0]" + _NAME_WORD + r")*)(?![\w’'])")
_TITLE_KEY = {form: key for key, forms in TITLES.items() for form in forms.split("|")}
# the titles' short forms ("Col", "Gen"), which a stop may follow inside a sentence
_ABBREVIATED_TITLES = frozenset(form for key, forms in TITLES.items() for form in forms.split("|")
                                if form.lower() != key)
_ASKING_END = re.compile(r"\?[’”\"']*[ \u00a0\n]*\Z")  # a paragraph's last words a question
_THE_BEFORE_TITLE = re.compile(r"\b[Tt]he[ \u00a0]+$")
# a rank "the" goes before with the name after it, the same person ("the Emperor Napoleon", "the
# Duke of …"), not another's office in apposition ("to the President Jared Kushner")
_RANKS = frozenset("count countess baron duke duchess earl prince princess emperor empress king queen".split())


# who examines whom: "The Coroner asked the captain whether", "Senator Smith then asked Mr. Ismay"
_EXAMINES = re.compile(r"(?:(?<![\w’'])[Tt]he[ \u00a0]+(?P<title>[A-Za-z][a-z]+)|(?P<asker>(?<![\w’'])[A-Z][\w’'.\-]+"
                       r"(?:[ \u00a0][A-Z][\w’'.\-]+){0,3}))[ \u00a0]+(?:then[ \u00a0]+|next[ \u00a0]+|further[ \u00a0]+)?"
                       r"(?:asked|questioned|examined|cross-examined|interrogated)[ \u00a0]+"
                       r"(?:the[ \u00a0]+(?P<wtitle>[a-z]+)|him|her|(?P<witness>(?:(?:Mr|Mrs|Miss|Dr|Captain|Capt)\.?[ \u00a0]+)?"
                       r"[A-Z][\w’'\-]+))\b(?=,?[ \u00a0\n]+(?:whether|if|what|which|how|why|when|where|who|about|concerning|"
                       r"regarding|as[ \u00a0]+to)\b)")  # (not "asked him to walk in": a request)


def sole_woman(texts) -> str | None:
    """The one woman a text names by a woman's title ("Madame Kollontai", "Mrs. Alexandra
    Kollontai"), her name at its fullest; None where it names none, or two."""
    found: dict[str, str] = {}  # last word -> fullest name
    texts = list(texts)
    for text in texts:
        for m in _WOMANS_TITLE.finditer(text):
            if _inside_double_marks(text, m.start()):
                continue  # 'Oh, Mrs. Trollope,' her servant says: the one addressed, the writer
            words = [w for w in m.group(1).split() if w not in _NOT_NAMES and w not in ROLES]
            if not words or all(_INITIALS.fullmatch(w) for w in words):
                continue
            name = " ".join(words)
            if len(name) > len(found.get(words[-1], "")):
                found[words[-1]] = name
            if len(found) > 1:
                return None
    if not found:
        return None
    last, name = next(iter(found.items()))
    named = re.compile(rf"(?<![\w’']){re.escape(last)}(?![\w’'])")
    # (the text's subject, named throughout, not a landlady met once: "she" is hers)
    return name if sum(len(named.findall(text)) for text in texts) >= WOMAN_NAMED else None


def _inside_double_marks(text: str, at: int) -> bool:
    """Whether ``at`` falls inside double quotation marks opened before it in ``text``."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def titled_persons(texts) -> dict[str, str]:
    """Each title the text gives one person only, and that person's name as printed at its
    fullest (``Major John Burke`` and ``Major Burke``: ``John Burke``): "the major" stands for
    him. A title the text gives two people ("General Lee", "General Grant") stands for none."""
    names: dict[str, dict[str, str]] = {}  # title -> last word -> fullest name
    initialled: set[str] = set()  # titles given to someone named by initials only
    for text in texts:
        for m in _TITLED.finditer(text):
            if _THE_BEFORE_TITLE.search(text, max(0, m.start() - 4), m.start()) \
                    and _TITLE_KEY[m.group(1)] not in _RANKS or (
                    text[m.end(1):m.end(1) + 1] == "." and m.group(1) not in _ABBREVIATED_TITLES):
                continue  # "to the President Jared Kushner": another in apposition; "the President. He"
            words = [w for w in m.group(2).split() if w not in _NOT_NAMES and w not in ROLES]
            if "I" in words:  # "If I were Colonel Cody I wouldn't": the pronoun after the name
                words = words[:words.index("I")]
            if not words or any(w in ORG_WORDS or w in _PLACE_WORDS for w in words):
                continue  # "General Assembly", "President Street"
            if all(_INITIALS.fullmatch(w) for w in words):
                # "Captain T." (of "Captain T. G.", wrapped): initials alone name no one, but
                # they are someone: "Dr. C." and "Dr. Tripler" are two doctors, "the Doctor" neither
                initialled.add(_TITLE_KEY[m.group(1)])
                continue
            found = names.setdefault(_TITLE_KEY[m.group(1)], {})
            name = " ".join(words)
            if len(name) > len(found.get(words[-1], "")):
                found[words[-1]] = name
    return {title: next(iter(found.values())) for title, found in names.items()
            if len(found) == 1 and title not in initialled}


def text_of(text: str, part) -> str:
    return text[part.start:part.end]
