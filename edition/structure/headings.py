# SPDX-License-Identifier: MIT
"""Rule "section-headings": short lines that head what follows, indented or flush left.

A heading is a single short line, not the last block, not a dateline, a byline, a list item, a
bracketed line or a line continuing one that ends with a comma (``Yours truly,`` / ``Arthur``),
and the block after it is a paragraph or another heading. Its shape is one of:

- title case: words capitalised, short function words apart (``Full Support For Stalin``);
- capitals (``BACKGROUND``, ``HER TRUTHFULNESS.``, ``PART THE THIRD.``), a full stop allowed;
- numbered: a label alone (``II.``, ``Part 3:``, ``CHAPTER III.``) or before a title (``2.
  Policing the streets``, ``2.1 Methods``, ``Theme 1: Coping with stress``, ``(B) Later Years``);
- indented and title-cased with a full stop (``    The Church.``);
- sentence case (``Early years and after``), which a short paragraph can look like, so it needs
  more: the block before it is a paragraph or a heading, and the article has headings of the
  shapes above, or more than one of its own shape each over a longer paragraph, or it stands
  unwrapped between wrapped paragraphs; one that asks (``What is it for?``) stands next
  to another heading, or is short and heads a paragraph in a text with headings that ask
  nothing (not an interviewer's question to "you", not an orator's).

Three or more in a row, all of one shape and not numbered, are a list, an address or place lines,
not headings (``Results`` / ``What did we find?`` / ``Quality and impact`` are headings).

A line ends like a sentence or a lead-in with ``.``, ``,``, ``:``, ``;``, ``!``, ``-``, dashes or an
ellipsis (closing quotes are looked through); a question mark is allowed. Indentation is not
required: editors' texts indent headings with spaces, U+00A0 or not at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edition.structure.breaks import is_break
from edition.structure.dates import MONTH_NAME, WEEKDAY_LINE, is_dateline, is_letter_dateline, parse_date
from edition.structure.opening import FUNCTION_WORDS, NOT_AFTER_TITLE, is_byline, name_score
from edition.structure.notes import AFTER_STOP as NOTES_AFTER_STOP, CALL_AFTER_STOP, HEADING as NOTES_HEADING, SUPERSCRIPT_FIGURES
from edition.structure.references import HEADING as REFERENCES_HEADING, entry as reference_entry
from edition.structure.turns import DASHED_LABEL, RECORD_LABEL, SPEAKER_LABEL, SWORN_RECORD, TURN_LABEL
from edition.text.blocks import Block, stripped_lines

MAX_WORDS = 14
MAX_LENGTH = 120
MAX_CAPS_LENGTH = 200  # old texts set a chapter's whole argument in capitals
MAX_STOP_WORDS = 8  # "    The Church." -- an indented title with a full stop is short
LONG_PARAGRAPH = 200
MIN_PARAGRAPH = 100
MAX_RUN = 3
MAX_LEAD_WORDS = 5  # "Key Resources:", "Further Reading:" over a list
MAX_CRY_WORDS = 4
MAX_SUBTITLE_WORDS = 4  # "How do we define “data”? An open problem"
_LIST_START = re.compile(r"^(?:[-–•*·][ \t\u00a0]|\(?\d{1,3}[.)][ \t\u00a0])")
# Words that title case leaves in lower case (Chicago style, plus common Romance/Germanic particles).
_SENTENCE_END = re.compile(r"[.,:;!\-–—…]$")
_QUOTES = "’”\"'‘“»«)]"
_OPEN_QUOTES = "‘“\"'«"
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_LIST_LABEL = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[).]\s|^\(\d{1,3}\)\s|^\d{1,3}\)\s")
_STARRED = re.compile(r"^(?:\*{1,3}|†{1,2}|‡)[ \u00a0]+[^\W\d_]")  # "* Saucers.": a starred note or a bullet
# a cry wholly in quotation marks, its mark inside: '“MISS JEAN IS DEAD!”' — words someone said,
# set apart, not a heading (a question so set may be a title: '“WHY WAS I BORN?”')
_QUOTED_CRY = re.compile(r"^[“\"‘'][^“”\"]+![”\"’']$")
# a section's small roman number before a title in title case: "ii. Economy in the Use of Words."
# (not a list's "i. apples", "ii) the wheel")
_ROMAN_TITLE = re.compile(r"^[ivx]{1,4}\.[ \u00a0]+(?:[A-Z][\w’'\-]*[ \u00a0]+)(?:[\w’'\-]+[ \u00a0]+){0,10}"
                          r"[A-Z][\w’'\-]*\.?$")
_LABEL_WORDS = (r"part|chapter|section|book|lecture|letter|article|appendix|act|scene|canto|theme|"
                r"study|step|stage|phase|session|volume|vol\.|(?:research\s+)?question|hypothesis")
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|"
                 r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last")
# "II.", "CHAPTER III.", "Part 3:", "PART THE THIRD.", "Section 5.2", "2.", "2.1", "BOOK 3.IV.", "§ 2"
_LABEL = re.compile(
    rf"^(?:(?:{_LABEL_WORDS})[ \u00a0]+(?:the[ \u00a0]+)?(?:\d{{1,3}}(?:\.(?:\d{{1,2}}|[IVXLC]{{1,9}}))*|[IVXLC]{{1,9}}|"
    rf"(?:{_NUMBER_WORDS}))|[IVXLC]{{1,9}}|\d{{1,2}}(?:\.\d{{1,2}})*|§[ \u00a0]?(?:\d{{1,3}}|[IVXLC]{{1,9}}))[.:]?",
    re.IGNORECASE)
# ("§ II. The Fitz-Ralph Family: Richard’s Parentage.": a section's sign and its number in roman too)
# words in italics, one or two ("_ae_", "_bandits_"): a title's terms, whatever their case
_ITALIC_WORDS = re.compile(r"(?<!\w)(?P<mark>[_*])[a-z][\w’'\-]*(?:[ \u00a0][\w’'\-]+)?(?P=mark)(?!\w)")
_LETTER_LABEL = re.compile(r"^\([A-Z]\)[ \u00a0]+")  # "(A) Feudal Socialism"
# "(a) The Origin of Totemism", "(α) The Nominalistic Theories": set in as far as a centred line
# (flush, "(a) The first thing" is a list's item)
_SMALL_LETTER_LABEL = re.compile(r"^\([a-zα-ω]\)[ \u00a0]+")
# (a long chapter's runs to twenty topics and more: "Tierra del Fuego, first arrival—Good Success
# Bay—…—Equality of Condition amongst the Natives.")
_ARGUMENT = re.compile(r"^[A-Z][^—\n]{2,80}(?:(?:—|--)[“\"‘']?[A-Z][^—\n]{2,80}){1,30}$")
MIN_ARGUMENT_TOPICS = 3
_MONTH_ALONE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\.?$")  # "18 November.": a diary's date line
_POSTSCRIPT = re.compile(r"^P\.[ \u00a0]?S\.")  # a signature's "P. S. Johnny sends his duty …"
# a letter's number in a collection: "225. JOHN ADAMS." after the last letter's "Yours."
_NUMBERED = re.compile(r"^\d{1,4}\.[ \u00a0]")
# a numbered heading after a letter's close: the next part's ("Respectfully, yours." / "1.--DR.
# ERASTUS SERGEANT, SENIOR, OF STOCKBRIDGE."), no signature
_NUMBERED_NEXT = re.compile(r"^(?:\d{1,4}|[IVXLC]{1,6})\.(?:[ \u00a0]|--|—)")
# the number of a periodical essay (The Rambler, The Spectator), with its day: "NUMB. 88.
# SATURDAY, Jan. 19. 1751.", "No. 10. Monday, March 12, 1711."
_ISSUE_NUMBER = re.compile(r"^(?:NUMB|Numb|No|NO|Num|NUM)\.[ \u00a0]*\d{1,4}\.[ \u00a0]+"
                           r"(?:[A-Z][A-Za-z]+day|[A-Z]{3,}DAY),?[ \u00a0].{0,30}\b1[5-9]\d\d\.?$")
# a magazine's notice of a book, headed by the book as the title page gives it: its title in
# capitals, "By" its author, publisher, place, price ("THE GENTLEMAN. By GEORGE H. CALVERT.
# Ticknor & Fields. Boston. Price, 75 cts.")
# (or its title in title case, "By" with a stop: "Asia at the Door. By. K. K. Kawakami. Fleming H.
# Revell company.")
# (a title ending in a king's number, "under Louis XIV."; a German book's "Von …" and its
# place alone, "Wien.")
_BOOK_NOTICE = re.compile(r"^(?:[A-Z][A-Z'’,\- ]{3,}[A-Z]|[A-Z][\w'’,()\- ]{3,}(?:[a-z)]|\b[IVXLC]+))[.;:](?:[^\n]{0,200}?\.)?"
                          r"\s+(?:By|Von)\.?\s+(?:the\s+|Mrs?\.\s+|Dr\.\s+)?[A-Z]"
                          r"[^\n]*(?:\b(?:publishers?|Press|Price|\d{4}|[A-Z][a-z]+ & [A-Z][a-z]+|Co\.|[Cc]ompany\b)"
                          r"|\.[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?\.$)")  # (the publisher: "John Murray.")
# a magazine's notice of a book, its title in italics, its author, its publisher in brackets
# ("_The Boy Grew Older._ By HEYWOOD BROUN. (Putnam’s.)"), one of a column of such
_BRACKETED_PUBLISHER_NOTICE = re.compile(r"^_[A-Z][^_\n]{1,150}_[.,]?[ \u00a0]+By[ \u00a0]+[A-Z][^\n]{2,80}?\.[ \u00a0]+"
                                         r"\([A-Z][^()\n]{1,80}\)\.?$")
MAX_NOTICE_LENGTH = 400
# an editor's caption in capitals, supplied in square brackets ("[JOURNAL]", "[PHILIP V. FITHIAN TO
# ELIZABETH BEATTY]"), no date in it nor a stop ending it; not a speech's stage direction
# ("[APPLAUSE]") nor a byline ("[BY OUR SPECIAL CORRESPONDENT.]")
_BRACKETED_CAPTION = re.compile(r"^\[[A-Z][A-Z.’'&-]*(?:[ \u00a0][A-Z][A-Z.’'&-]*){0,11}(?<!\.)\]$")
_STAGE_DIRECTION = re.compile(r"(?i)(?:applause|laughter|cheers|cheering|cries|hear|sensation|hisses|"
                              r"great|loud|renewed|prolonged|continued)\b")
_CAPS_PERIOD = re.compile(r"^(?:[A-Z]+[ \u00a0]+(?:AND|TO)[ \u00a0]+[A-Z]+,?[ \u00a0]+\d{4}"
                          r"|\d{4}[ \u00a0]+(?:TO|AND|-|–)[ \u00a0]+\d{4})\.?$")
# a book, its chapter and verses (or lines) and nothing else: "2 PET. iii. 15, 16.", "Rom. viii. 33."
# (over a sermon's text, "ROM. XIV. 8.", the verses it quotes: no heading)
SCRIPTURE_REFERENCE = re.compile(r"^(?:(?:[1-3]|I{1,3})[ \u00a0])?[A-Z][A-Za-z]{1,12}\.?[ \u00a0]+(?:[ivxlc]{1,7}|[IVXLC]{1,7}|\d{1,3})"
                                 r"[.:,][ \u00a0]*\d{1,3}(?:[ \u00a0]*[-–,][ \u00a0]*\d{1,3})*\.?$")
_LABEL_WORD = re.compile(rf"(?i)(?:{_LABEL_WORDS}|chap|sec|art|vol|no)\b")  # "Chapter IV. 3.": a label
# a table's row on a line of its own, its figures in columns set apart by spaces ("Bread and
# beer                        0        2      4"): an account's line, no heading
# an equation set on its line, its number after it: "Q_trib,i = Q̄_trib SI_i for i = 1, 2, . . . , 192 (1)"
_EQUATION = re.compile(r"\S[ \u00a0]+[=≈≤≥][ \u00a0]+\S")
_TABLE_ROW = re.compile(r"\S[ \u00a0]{3,}[\d½¼¾]+(?:[ \u00a0]+[\d½¼¾]+)*[ \u00a0]*$")
_QUESTION_TURN = re.compile(r"^(?P<mark>[_*]?)Q\.(?P=mark)[ \u00a0]+\S")  # "_Q._ How?" too
# a trial's record of who is examined by whom, on a line of its own: "_Mr. William Wright
# sworn._", "_Examined by Mr. Adolphus._", "Cross-examined by Mr. Cooper." (the reporter's
# note between turns, no heading; a heading over one still heads the evidence it opens)
_EXAMINED_BY = re.compile(r"^(?:(?:Cross|Re)[- \u00a0]?)?(?i:examined)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
                          r"[A-Z][\w’'-]*\.?(?:[ \u00a0][A-Z][\w’'-]*\.?){0,4}$")


# the same set in capitals as a heading over the evidence: "CHARLES FILBY EXAMINED BY Mr. GIBBS.",
# "CROSS-EXAMINED BY Mr. BOND." — a heading whatever stands over it (a turn of one line)
_EXAMINATION_HEAD = re.compile(r"^(?:[A-Z][A-Z’'.-]*,?[ \u00a0]+){0,4}(?:(?:CROSS|RE)[- \u00a0]?)?EXAMINED[ \u00a0]+"
                               r"(?:BY|by)[ \u00a0]+[^\n]{2,60}\.$")


def _record_line(text: str) -> bool:
    line = _unitalic(text.strip())
    return _EXAMINED_BY.match(line) is not None or SWORN_RECORD.match(line) is not None
# a transcript's turn printed in its own marks after its speaker's label, the label in italics
# or capitals: '_Mr. Choate._ "What?"', 'MR. SAGE: "This."' (markup.section reads whose it is)
_QUOTED_TURN = re.compile("^" + TURN_LABEL + r"[\"“‘'].*[.?!,][\"”’']$")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.")
_LETTER_NUMBER = re.compile(r"^\d{3}\.$")
_ROMAN_UPPER = re.compile(r"^[IVXLC]{1,9}\.?$")
_NOTE_START = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[ \u00a0]+[A-Z])")
_SALUTATION = re.compile(r"^(?:To|Dear|My dear|Sir|Madam|Gentlemen)\b")
# a salutation whatever closes it ("My dear Master", "Dear Sir", "Dear Mr. Lowell")
_SALUTATION_UNSTOPPED = re.compile(r"^(?:My[ \u00a0]+(?:very[ \u00a0]+)?(?:dear|dearest)[ \u00a0]+[A-Z]"
                                   r"|Dear[ \u00a0]+(?:Sir|Madam|Mr\.?|Mrs\.?|Miss|Dr\.?|Friends?)\b"
                                   r"|Dear[ \u00a0]+[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*)?$)")  # "Dear Walt"
MAX_SALUTATION_WORDS = 5
# a letter's close over its signature: "Your affectionate Friend", "Yours truly", "Ever yours"
# ("With much respect," over a society's signatures, "God bless you," over initials: its comma,
# not "With respect to the mill")
COMPLIMENTARY_CLOSE = re.compile(r"^(?:(?:I am,?\s+)?(?:Sir|Madam),?\s+)?(?:Your|Yours|Ever\s+yours|"
                                  r"Faithfully|Sincerely|Affectionately|Respectfully|Very\s+(?:truly|sincerely|respectfully|faithfully|cordially)|Cordially|"
                                  r"With\s+(?:(?:much|great|high|sincere|kind|warm|best|the\s+(?:highest|greatest|utmost))\s+)?"
                                  r"(?:respect|regards?|esteem|affection|love)(?=\s*[,.]|\s+to\s+(?:you|all)\b)"
                                  r"|God\s+bless\s+you(?=\s*[,.!]))\b",
                                  re.IGNORECASE)
# (a close is short: "Your README is more than just a set of instructions. …" is a paragraph)
MAX_CLOSE_WORDS = 15
# "the following notice appeared … on the first page of the Centralia Hub:": what follows is the
# notice, its headline first, no heading of the text's
_ANNOUNCED = re.compile(r"\b(?:following|follows)\b[^:\n]{0,120}:[ \u00a0]*$", re.IGNORECASE)
_DAY_ALONE = re.compile(rf"{MONTH_NAME}[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th|d)?\.")
_ANSWER = re.compile(r"(?:Answer|Answ|Ans|Reply|Resp|Response)\.[ \u00a0\n]+[A-Z]")
_LEADS_IN_WORDS = re.compile(r"\b(?:words|inscription|legend|motto|lines|notice|message|sign|reads?|ran)"
                             r"[ \u00a0]*[:,][ \u00a0]*(?:—|--)?$")
_YEARS = re.compile(r"^\(?(?:1[5-9]|20)\d\d(?:[ \u00a0]*(?:-|–|—|to)[ \u00a0]*(?:1[5-9]|20)?\d\d)?\)?\.?$")
_TWO_SENTENCES = re.compile(r"[.!?][’”\"']?\s+[A-Z]")
_MIXED_CASE_FIRST = re.compile(r"^[a-z]{1,3}[A-Z][A-Za-z0-9]*\b")  # "pH", "cDNA", "mRNA", "iPhone"
# (an initial's stop or a title's, "S. C., March 26", "XVI.—Dr. Richard Wilkes", ends no sentence)
_TWO_SENTENCES_NOT_INITIALS = re.compile(rf"(?<!\b[A-Z]){NOT_AFTER_TITLE}"
                                         r"[.!?][’”\"']?\s+[A-Z]")
# "Smith, N. (1982).", "Foster, Edith. 2010." (Chicago's author–date list)
_DATED_ENTRY = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)[.,]"
                          r"|^[A-Z][\w’'\-]+,[ \u00a0][A-Z][\w.’' \u00a0\-]{0,40}\.[ \u00a0](?:1[5-9]|20)\d\d[a-z]?\.[ \u00a0]")
_DASHED_ATTRIBUTION = re.compile(r"^[–—―]|^--?\s")
# words said to someone: "you", "your" … (an interviewer's question; speech, not a book's statement)
ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
MAX_QUESTION_WORDS = 10
MIN_ENTRIES, MIN_ENTRY_LENGTH = 3, 40  # a heading over a glossary or a list of lines
# a question in a paragraph of its own that is the author's or a speaker's, not a heading:
# it opens with a conjunction, breaks off ("But--are we to give, ye cry, for ever?"), ends
# with a quotation's close (“Is this not love?”)
_RHETORICAL = re.compile(r"^(?:And|But|Or|Yet|So|Again|Then|Now|Nay|Ah|Oh)\b|--|[—–]|,.*,|[’”\"]$")

_ASKS_AS_I = re.compile(r"\bI\b(?!\.)")  # a question in the first person is someone's, no heading's
STRONG = ("title", "caps", "numbered", "label", "notice")
_AFTER_STOP_NOTE = re.compile(r"(?<=[.!?:;,])\[\d{1,3}\]$")  # "… America”:[19]" too
# words no heading ends with: a sentence broken off over what completes it
_OPEN_END = re.compile(r"\b(?:the|a|an|and|or|but|that|which|who|whose|they|he|she|we|I|it|its|"
                       r"their|his|her|our|my|your|than|as|if|because|is|are|was|were|"
                       r"of|to|with|by|from)$")  # (a lead-in running on: "… an amusing parody of")


def _ends_like_sentence(text: str) -> bool:
    # a note's number after the stop is looked through: "… their closest cluster center.[3]"
    return bool(_SENTENCE_END.search(_AFTER_STOP_NOTE.sub("", text).rstrip(_QUOTES)))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _title_cased(words: list[str]) -> bool:
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words)


NEARLY_CAPITALS = 0.85  # of a line's words of two letters or more


def _nearly_capitals(text: str) -> bool:
    """Nearly every word in capitals, the first among them: a heading the print set in
    capitals, one or two words otherwise ("… OF THE Vnited States. HELD IN …")."""
    words = [w for w in _words(text) if len(w) > 1]
    return len(words) >= 4 and words[0].isupper() and sum(w.isupper() for w in words) >= NEARLY_CAPITALS * len(words)


def _in_capitals(text: str) -> bool:
    # ("&c.", et cetera, stays in lower case among capitals: "ADDRESS, &c.")
    letters = [c for c in text.replace("&c.", "") if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _heading_text_shape(text: str, max_words: int = MAX_WORDS) -> str | None:
    """The shape of a heading's words (no label): "title", "caps", "sentence" or None."""
    words = _words(text)
    if not words or len(words) > max_words:
        return None
    if _in_capitals(text):
        return "caps"
    if _title_cased(words):
        return "title"
    first = text.lstrip(_OPEN_QUOTES)[:1]
    if (first.isupper() or _MIXED_CASE_FIRST.match(text)) and not _TWO_SENTENCES.search(_without_subtitle(text)):
        return "sentence"  # (a term that keeps its small first letter opens one too: "pH and …", "cDNA …")
    return None


def _without_subtitle(text: str) -> str:
    """``text`` less a short last part after a question or a full stop: ``How do we define
    “data”? An open problem``, ``The term “data”. A problematic relationship?`` are one heading."""
    parts = re.split(r"(?:(?<=[.!?][’”\"'])|(?<=[.!?]))\s+(?=[A-Z])", text)
    if len(parts) == 2 and len(_words(parts[1])) <= MAX_SUBTITLE_WORDS and not re.search(
            r"[.!:;,]$", parts[1].rstrip(_QUOTES)):
        return parts[0]
    return text


# a taxon described as new, its name in italics: "_Baiomys musculus pullus_, new subspecies",
# "_Aus bus_ sp. nov.", "_Aus_, new genus"
_NEW_TAXON = re.compile(r"^_[A-Z][a-z]+(?:[ \u00a0][a-z]+){0,2}_,?[ \u00a0]+(?:new[ \u00a0]+(?:sub)?(?:species|genus|family)"
                        r"|(?:sub)?(?:sp|gen|fam)\.[ \u00a0]*nov\.|n\.[ \u00a0]*(?:sub)?sp\.)$"
                        # ("Orbilia beltraniae Quijada, Baral & G. Marson, sp. nov.": the italics
                        # dropped, the authors between)
                        r"|^[A-Z][a-z]+(?:[ \u00a0][a-z]{3,}){1,2}(?:[ \u00a0][A-Z][^\n]{0,80}?)?,?[ \u00a0]+"
                        r"(?:sub)?(?:sp|gen|fam|comb)\.[ \u00a0]*nov\.$")


_ESQUIRE_OLD = re.compile(r"\bEsq;$")
_DISPLAY_WORD = re.compile(r"\b[A-Z]{3,}\b")  # a word in capitals among small letters: "REMARKS on …"


# an old paper's line over a letter it prints: "Extract of a letter from a gentleman in
# Philadelphia, to the Printers of this Paper, dated September 28.", "From the same, dated Sept. 14."
_LETTER_EXTRACT = re.compile(r"^(?:(?:An?[ \u00a0]+)?(?:Extracts?|Copy|Part)[ \u00a0]+of[ \u00a0]+(?:a[ \u00a0]+)?letters?"
                             r"[ \u00a0,][^\n\"“”]{4,160}|From[ \u00a0]+the[ \u00a0]+same,[ \u00a0]+dated[^\n\"“”]{2,40})\.$")


def shape(block: Block) -> str | None:
    """The shape of ``block`` as a heading ("title", "caps", "numbered", "label", "stop",
    "sentence"), or None when it cannot be one whatever surrounds it."""
    text = block.text
    if _ESQUIRE_OLD.search(text):  # "REMARKS on the Speech of John Hall, Esq;": old print's "Esq."
        return shape(replace(block, text=text[:-1] + "."))
    if block.single_line and is_book_notice(text):
        return "notice"
    if not block.single_line or len(text) > MAX_CAPS_LENGTH:
        return None
    if (m := _LETTER_LABEL.match(text) or block.indent_width >= SET_IN and _SMALL_LETTER_LABEL.match(text)):
        rest = text[m.end():]
        shaped = _heading_text_shape(rest)
        return "numbered" if shaped in ("title", "caps") and not _ends_like_sentence(rest) else None
    if _BRACKETED_CAPTION.match(text) and not _STAGE_DIRECTION.match(text[1:]) and not is_byline(text[1:-1]):
        return "caps"  # an editor's caption supplied in brackets: "[JOURNAL]"
    if text[:1] in "([—–-" or _ADDRESS.search(text) or _QUESTION_TURN.match(text) or _QUOTED_TURN.match(text) \
            or _QUOTED_CRY.match(text) or _record_line(text) \
            or (SCRIPTURE_REFERENCE.match(text.strip()) and not _LABEL_WORD.match(text.strip())) \
            or _TABLE_ROW.search(text) or _EQUATION.search(text):
        # (a line giving an e-mail or a web address is a contact's, a link's; "Q. But Rhythm,
        # Form?" a catechism's or an interview's question)
        return None
    if _opens_quotation(text):
        return None  # '"WHEN THE SULTAN GOES TO ISPAHAN.': a quotation's first paragraph
    if _KEYWORDS.match(text):
        return None  # "KEYWORDS: Literality; Convention; …": an article's keywords, no heading
    if _SALUTATION_UNSTOPPED.match(text) and len(_words(text)) <= MAX_SALUTATION_WORDS:
        return None  # "My dear Master": a letter's salutation, its comma left off
    if _LETTER_EXTRACT.match(text.strip()):
        return "stop"  # "Extract of a letter from Philadelphia …, dated the 20th instant.": its heading
    if _NEW_TAXON.match(text):
        return "title"  # "_Baiomys musculus pullus_, new subspecies": a description's heading
    if _CAPS_PERIOD.match(text):
        return "period"  # "APRIL AND MAY, 1861.", "1823 TO 1827.": a chapter's time, under its title
    if _ISSUE_NUMBER.match(text):
        return "label"  # "NUMB. 88.  SATURDAY, Jan. 19. 1751.": an essay-paper's number and day
    if block.indent_width >= SET_IN and _YEAR_ALONE.fullmatch(text.strip()):
        return "label"  # "                              1897": a diary's year, centred over its entries
    if _LIST_LABEL.match(text) and not _ROMAN_TITLE.match(text) or _STARRED.match(text) or is_byline(text) \
            or is_dateline(_unitalic(text)) or is_letter_dateline(text):
        return None  # (its date in italics: "WASHINGTON, TUESDAY, _February 5th, 1861._")
    bare = text.rstrip(_QUOTES)
    if _unitalic(text).rstrip(_QUOTES).endswith(",") and not (
            _in_capitals(text) and len(_words(text)) >= MIN_COMMA_CAPS_WORDS):
        return None  # "_Rembang,_": a letter's place over its date, the comma in the italics
    if _LETTER_NUMBER.match(text):
        return "number"  # "315.": a letter's number in a collection, over the letter's heading
    label = _LABEL.match(text)
    if label and re.fullmatch(r"[A-Z]\.", label.group()) and re.match(r"[ \u00a0]+[a-z]{3,}", text[label.end():]):
        label = None  # "C. elegans strains growth and maintenance": a genus's initial, no label
    if label and (label.end() == len(text) or text[label.end()] in " \u00a0—–"):
        rest = text[label.end():].strip().lstrip("—–").strip()  # "CHAPTER III.—CHARLESTON, …"
        if not rest:
            if label.group()[0].isdigit() and not label.group().rstrip(".:").count("."):
                return "number"  # a lone "2.": a list's or a note's number, or a letter's over its heading
            if _ROMAN_UPPER.match(text.upper()) and text != text.upper():
                return None  # "xii", "iv.": a page number or a list's label
            return "label"
        if re.fullmatch(r"[IVXLC]\.", label.group()) and len(_words(rest)) <= 2 and _in_capitals(rest):
            return "caps"  # "C. LAMB.": an initial and a surname, a signature's (not "C." a label)
        if not _ends_like_sentence(rest) and len(_words(rest)) <= 2 * MAX_WORDS and (
                _heading_text_shape(rest, 2 * MAX_WORDS)):
            return "numbered"
        if _ROMAN_TITLE.match(text) and not _TWO_SENTENCES_NOT_INITIALS.search(rest):
            return "numbered"  # "iii. The Principle of Economy applied to Sentences.": a word in small letters
        if _ITALIC_WORDS.search(rest) and shape(replace(
                block, text=text[:label.end()] + " " + _ITALIC_WORDS.sub("Term", rest))) == "numbered":
            return "numbered"  # "III. _ae_ and _oe_.": the words it is about, in italics, are its title's names
        if (rest.rstrip(_QUOTES).endswith(".") and not _MONTH_ALONE.match(rest)
                and not rest.rstrip(_QUOTES).endswith("..") and not _TWO_SENTENCES_NOT_INITIALS.search(rest)
                and len(_words(rest)) <= MAX_WORDS and _title_cased(_words(rest))):
            # a chapter's "V. The Trials Of Girlhood.", a tract's "2. The Source of Heresies.":
            # a stop closes its title (a list's "1. Apples." / "2. Pears." run: find_headings)
            return "numbered"
        if _in_capitals(text) and not bare.endswith((",", ";", ":")):
            return "caps"
        if label.group()[0].isalpha() and not _ROMAN_UPPER.match(label.group().upper()) and _topics(rest):
            return "numbered"  # "Letter VI: Society.—houses and servants.": its argument's topics
        if (label.group().lstrip("§ \u00a0")[:1].isdigit() and rest[:1].isupper() and bare.endswith(".")
                and not bare.endswith("..") and len(_words(rest)) <= MAX_WORDS):
            # "28. Folkways due to false inference.": a numbered section's title in sentence
            # case, a stop closing it -- a heading where several such number the text (its sign
            # before the number too: "§ 1. Inevitable rise of different modes of …")
            return "numbered-stop"
        return None
    if _SECTION_NAME.match(text):
        return "caps" if _in_capitals(text) else "title"  # "ABSTRACT:", a paper's parts
    if not _in_capitals(text) and _nearly_capitals(text) and bare.endswith(".") \
            and len(_words(text)) <= MAX_WORDS + 10:
        return "caps"  # "PROCEEDINGS IN THE CIRCUIT COURT OF THE Vnited States. HELD IN …, 1800.": the
        # print's capitals, a word or two set otherwise
    if _in_capitals(text):
        if bare.endswith(",") and len(_words(text)) >= MIN_COMMA_CAPS_WORDS and "," not in bare[:-1] \
                and not _SALUTATION.match(text.title()) \
                and not COMPLIMENTARY_CLOSE.match(text.title()) and not re.search(
                    r"\b(?:TO|DEAR|DEAREST|SIR|MADAM|FRIENDS|BRETHREN|CITIZENS|COUNTRYMEN|GENTLEMEN|LADIES|TOWNSMEN|"
                    r"NEIGHBOURS|NEIGHBORS|FELLOW-CITIZENS)\b", text):
            # (not "FRIENDS AND FELLOW TOWNSMEN,": a salutation, whom the address is to)
            return "caps"  # "PROCEEDINGS OF THE CONFERENCE,", "NAMES OF THE JURY,": the print's comma
        if bare.endswith((",", ";", ":", "-", "—", "–")) or len(_words(text)) > MAX_WORDS + 10:
            return None
        if bare.endswith("!") and _A_VERB.search(text):
            return None  # "JEAN IS DEAD!": a cry, a sentence in capitals, no heading
        return "caps"
    if len(text) > MAX_LENGTH:
        return None
    if bare.endswith(", &c.") and len(_words(bare[:-5])) <= MAX_WORDS and bare[:1].isupper() \
            and not _TWO_SENTENCES_NOT_INITIALS.search(bare[:-5]):
        # "Necessary Truth, &c.": old print's drop-head, the title's first words; "The second
        # dayes proceeding against the King, January 22, &c.": a day's head, cut short so
        return "title"
    words = _words(text)
    if not words or len(words) > MAX_WORDS or words[0].lower() == "by":
        return None
    if _unitalic(text) != text and _unitalic(text).rstrip(_QUOTES).endswith("!"):
        return None  # "_Huzza!_": a cry in italics set on a line of its own, the writer's
    if _ends_like_sentence(text):
        if (bare.endswith("!") and not bare.endswith("!!") and len(words) <= MAX_CRY_WORDS
                and _title_cased(words) and text[:1] not in _OPEN_QUOTES):
            return "title"  # "Punch!", "Glorious Dublin!": a title may cry out
        if bare.endswith(":") and len(words) <= MAX_LEAD_WORDS and _title_cased(words) and "(" not in text:
            return "lead"  # "Key Resources:" -- a heading only over a list (find_headings), not
            # "Consider (1) and (2):", a sentence leading in to its examples
        if (bare.endswith(".") and not bare.endswith("..") and block.indent_width >= 2
                and len(words) <= MAX_STOP_WORDS and _title_cased(words)
                and not _TWO_SENTENCES_NOT_INITIALS.search(text) and not is_letter_dateline(text)):
            return "stop"  # (initials are no sentences: "To H. L. K.")  # (not "Passy, in France, 12 April, 1778.": a letter's date line)
        if (bare.endswith(".") and not bare.endswith("..") and len(words) <= MAX_STOP_WORDS
                and _title_cased(words) and not _TWO_SENTENCES_NOT_INITIALS.search(text)
                and not is_letter_dateline(text)):
            return "flush-stop"  # "Allen First to Speak.": a heading between wrapped paragraphs
        return None
    if WEEKDAY_LINE.match(text):
        return None  # "Monday", set right over a letter: the day it was written
    if _title_cased(words) and not (SPEAKER_LABEL.match(text) and bare.endswith("?")):
        # (not "MR. LITTLEFIELD: Victor Morawetz?", a speaker's turn; not an entry of a reference list: "Smith, N. (1982). Gentrification and Uneven
        # Development. Economic Geography, 58 (2), 139-155.")
        return None if _DATED_ENTRY.search(text) and reference_entry(text) else "title"
    if text[:1] in _OPEN_QUOTES or (m := SPEAKER_LABEL.match(text)) and bare.endswith("?") and all(
            w[:1].isupper() for w in _words(m.group())):  # (not "Shifting growth drivers: end …?")
        return None  # (a speaker's turn ends like a sentence: "Q: What next?"; not
        # "Princeton Eviction Lab: Millions avoided eviction")
    if _heading_text_shape(text) != "sentence" or _OPEN_END.search(bare):
        return None  # (not "They commence by saying that they", a sentence running on)
    return "sentence"


def _topics(text: str) -> bool:
    """A chapter's argument under its labelling word, topics closed by a stop and a dash, the
    first capitalised (``Society.—houses and servants.``)."""
    parts = re.split(r"\.(?:—|--)", text.rstrip(_QUOTES).rstrip("."))
    return len(parts) >= 2 and _title_cased(_words(parts[0])) and all(
        0 < len(_words(p)) <= MAX_WORDS and not _TWO_SENTENCES_NOT_INITIALS.search(p) for p in parts)


def _unitalic(text: str) -> str:
    """``text`` out of the underscores or asterisks that mark it italic as a whole
    (``_May 24, 1909._``, a letter's date as Project Gutenberg prints it)."""
    return text[1:-1] if len(text) > 2 and text[0] == text[-1] and text[0] in "_*" else text


_NOTICE_AUTHOR = re.compile(r"[.;:][ \u00a0]+(?:By|Von)\.?[ \u00a0]+(?:the[ \u00a0]+|Mrs?\.[ \u00a0]+|Dr\.[ \u00a0]+)?"
                            r"(?P<name>[A-Z][\w'’\-]*(?:[ \u00a0][A-Z](?:\.|[\w'’\-]+))*?)[ \u00a0]*[.,]")


def reviewed_author(text: str) -> str | None:
    """The last word of the name of the author a book notice's heading gives ("… Louis XIV. By
    Francis Parkman. Boston: …" → "Parkman"), or None."""
    if (modern := _AUTHOR_FIRST_NOTICE.match(text.replace("_", ""))) is not None:
        return re.split(r",|[ \u00a0]and[ \u00a0]", modern["author"])[0].split()[-1]
    if not is_book_notice(text) or (m := _NOTICE_AUTHOR.search(text)) is None:
        return None
    last = m["name"].split()[-1].strip(".")
    return last.title() if last.isupper() else last  # ("By TOM REED.": "says Mr. Reed")


_NOTICE_TITLE = re.compile(r"^(?P<title>.+?)[.;:][ \u00a0]+(?:By|Von)\b")


def reviewed_title(text: str) -> str | None:
    """The title of the book a notice gives, its italics' marks left out ("_Poems_, in Two
    Volumes. By W. WORDSWORTH. London, 1807." → "Poems, in Two Volumes"), or None when
    ``text`` is no book notice."""
    plain = text.replace("_", "")
    if (modern := _AUTHOR_FIRST_NOTICE.match(plain)) is not None and len(plain) <= MAX_NOTICE_LENGTH:
        return modern["title"].strip(" ,")
    if not is_book_notice(plain) or (m := _NOTICE_TITLE.match(plain)) is None:
        return None
    return m["title"].strip(" ,")


# a journal's notice of the book it reviews, its author first, its pages or its ISBN after its
# imprint ("Fritz Oehlschlaeger. The Achievement of Wendell Berry: The Hard History of Love.
# Lexington: University Press of Kentucky, 2011. 322 pp. ISBN 978-0-8131-3007-1.")
_AUTHOR_FIRST_NOTICE = re.compile(
    r"^(?P<author>[A-Z][\w'’\-]+(?:[ \u00a0](?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3}"
    r"(?:(?:,[ \u00a0]|,?[ \u00a0]and[ \u00a0])[A-Z][\w'’\-]+(?:[ \u00a0](?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3})*"
    r"(?:,[ \u00a0]eds?\.)?)\.[ \u00a0]+(?P<title>[A-Z][^\n]{3,200}?)\.[ \u00a0]+"
    r"(?P<place>[A-Z][\w .,'’\-]{1,40}):[ \u00a0]+[^\n]{2,80}?,[ \u00a0]+(?:1[6-9]|20)\d\d\.[ \u00a0]+"
    r"(?:[ivxlc]+[ \u00a0]*\+[ \u00a0]*)?(?:\d+[ \u00a0]+pp\.|\d+[ \u00a0]+pages|ISBN)")


def is_book_notice(text: str) -> bool:
    """A heading that gives a book as its title page does (``THE GENTLEMAN. By GEORGE H.
    CALVERT. …``): written in sentences, not title-cased, so its quoted titles are titles."""
    return (_BOOK_NOTICE.match(text) is not None or _BRACKETED_PUBLISHER_NOTICE.match(text) is not None) \
        and len(text) <= MAX_NOTICE_LENGTH


# the parts of a paper, a heading with a colon as well ("ABSTRACT:", "Resumo:") where a lead-in
# would end with one
_SECTION_NAME = re.compile(r"^(?i:abstract|summary|resumo|resumen|r[ée]sum[ée]|introduction|background|"
                           r"methods|results|discussion|conclusions?|acknowledg(?:e?ments))[ \u00a0]*:$")
# a book's part by name, as it heads it: "PREFACE.", "INTRODUCTION."
_BOOK_PART = re.compile(r"^(?:PREFACE|INTRODUCTION|ADVERTISEMENT|APPENDIX|POSTSCRIPT|FOREWORD|"
                        r"AFTERWORD|PROLOGUE|EPILOGUE|DEDICATION)\.?$")
_KEYWORDS = re.compile(r"^(?i:key[ \u00a0-]?words|index[ \u00a0]terms|palavras-chave|palabras[ \u00a0]clave|"
                       r"mots[ \u00a0-]cl[ée]s|subjects?|tags)[ \u00a0]*[:—–]")


def _opens_quotation(text: str) -> bool:
    """The line opens a quotation mark that it does not close."""
    if text[:1] not in "“\"«":
        return False
    close = {"“": "”", "\"": "\"", "«": "»"}[text[0]]
    # (a line closed by the opening mark, a slip of print, closes it: '“Asia at the Door“')
    return close not in text[1:] and not (len(text) > 2 and text.rstrip()[-1] == text[0])


def is_heading(block: Block) -> bool:
    """A block that has a heading's shape on its own (title case, capitals, numbered)."""
    return shape(block) in STRONG


def _short_line(block: Block) -> bool:
    """A short line that ends like no sentence or question: a heading, or a line of an address,
    a list, a signature."""
    return (block.single_line and len(block.text) <= MAX_CAPS_LENGTH
            and not _ends_like_sentence(block.text) and block.text[:1] not in "(["
            and not block.text.rstrip(_QUOTES).endswith("?"))


MAX_ADDRESS_LINES = 4
_AMEN = re.compile(r"^[ \u00a0]*(?i:amen)\b")  # "AMEN, Amen, Lord.": a prayer's close, no heading
_YEAR_ALONE = re.compile(r"(?:1[5-9]|20)\d\d\.?")
_SIGNED_INITIALS = re.compile(r"^(?:[A-Z]\.[ \u00a0]?){2,4}$")  # "J.E.H.", "W. D. B."
# a signer's initials and surname in capitals, then the office he signs in ("C. S. WOODHULL, Mayor.",
# under an order quoted in a testimony; "I. D. BARNETT, President."): a signature, never a heading
_SIGNER_IN_OFFICE = re.compile(r"^(?:[A-Z]\.[ \u00a0]?){1,3}[A-Z][A-Z’'\-]+,[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0][a-z]+){0,3}\.$")


def _address_and_date(block: Block) -> bool:
    """A signer's address and the date under the signature, a line or two each ("20, Earl’s
    Court Square, South Kensington, London," / "October 20th, 1889.")."""
    lines = block.text.split("\n")
    return 1 < len(lines) <= MAX_ADDRESS_LINES and all(len(line) <= MAX_CAPS_LENGTH for line in lines) \
        and is_dateline(lines[-1]) and not any(re.search(r"[a-z]{2}[.!?]$", line) for line in lines[:-1])


def _long(block: Block) -> bool:
    return not block.single_line or len(block.text) >= LONG_PARAGRAPH


MAX_DECK_WORDS = 2 * MAX_WORDS
# a letter's place and month ("St. Martin's Street, January."), not a deck
_MONTH_LAST = re.compile(r",[ \u00a0]+(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\.$")
DECK_CAPITALISED = 0.7  # of the words not function words


def _deck_line(block: Block) -> bool:
    """A newspaper's deck line: one line closed by a stop, one sentence, its words mostly
    capitalised (``The formal facts of James D. Warren’s Long and Many-Sided Career.``)."""
    text = block.text.rstrip(_QUOTES)
    words = [w for w in _words(text) if w.lower() not in FUNCTION_WORDS]
    return (block.single_line and text.endswith(".") and not text.endswith("..") and text[:1].isupper()
            and 0 < len(_words(text)) <= MAX_DECK_WORDS and not _TWO_SENTENCES_NOT_INITIALS.search(text)
            and not re.search(r"\d", text) and not is_letter_dateline(text) and not _MONTH_LAST.search(text)
            and sum(w[0].isupper() for w in words) >= DECK_CAPITALISED * len(words))


def _cross_head(text: str) -> bool:
    """A line of words that may head a column's part between paragraphs a line each (``A
    Banking Friend.``): two words or more (not ``More.``), no figure in it (a date's, a note's:
    ``August 3.``, ``231 Comey …``), no one saying "I" (``I’m Mario Ritter.``)."""
    return (len(_words(text)) >= 2 and not re.search(r"\d", text) and not re.match(r"I\b|I[’']", text)
            and parse_date(_unitalic(text).rstrip(". ")) is None)


def _unwrapped(block: Block) -> bool:
    """A paragraph of one long line: a text not hard-wrapped."""
    return block.single_line and len(block.text) >= LONG_PARAGRAPH


MIN_ASKED_HEADINGS = 2
MAX_ASKED_WORDS = 16


def _asked_heading(blocks: list[Block], shapes: list, j: int) -> bool:
    """A question alone on its line over long paragraphs, the text's first line or under a long
    one, in the writer's voice (no "you", no "I", no orator's "And …?"): a fact sheet's heading,
    as its kin are."""
    text = blocks[j].text
    return (shapes[j] in ("sentence", "title") and text.rstrip(_QUOTES).endswith("?")
            and text[:1] not in _OPEN_QUOTES
            and (j == 0 or shapes[j - 1] is None and len(blocks[j - 1].text) >= MIN_PARAGRAPH)
            and j + 1 < len(blocks) and shapes[j + 1] is None and _heads_paragraph(blocks[j], blocks[j + 1])
            and len(_words(text)) <= MAX_ASKED_WORDS and not ADDRESSED.search(text)
            and not _RHETORICAL.search(text) and not _ASKS_AS_I.search(text))


def _heads_paragraph(block: Block, nxt: Block) -> bool:
    """``nxt`` is a paragraph well longer than the line above it."""
    return not nxt.single_line or len(nxt.text) >= max(MIN_PARAGRAPH, 3 * len(block.text))


def _usual_indent(blocks: list[Block]) -> int:
    """The indentation of most of the text: a block quotation is indented more."""
    chars: dict[int, int] = {}
    for b in blocks:
        chars[b.indent_width] = chars.get(b.indent_width, 0) + len(b.text)
    return max(chars, key=chars.get) if chars else 0


def _attribution(blocks: list[Block], shapes: list, i: int, usual: int, least: int = 0) -> bool:
    """``THE HINDU KURAL.`` set off under an indented quotation, ending with a full stop: the
    quotation's source, not a heading. ``least``: the indentation of the text's least indented
    paragraphs (in a review made mostly of extracts the extracts' is the usual one)."""
    if i == 0 or blocks[i].indent_width <= usual or _LETTER_EXTRACT.match(blocks[i].text.strip()):
        return False  # (the line over a letter an old paper prints heads it, whatever is above)
    prev = blocks[i - 1]
    # (a note's call after its stop: "Old Couplet.(32)")
    if not CALL_AFTER_STOP.sub("", blocks[i].text).rstrip(_QUOTES).endswith(".") and not (
            blocks[i].indent_width >= prev.indent_width + FAR_RIGHT_ATTRIBUTION and name_score(blocks[i].text.strip()) > 1
            and not _in_capitals(blocks[i].text)):
        return False  # (a name far to the right under the verses needs no stop: "Leo Tolstoy")
    # (or set far to the right under a paragraph wholly in quotation marks: an epigraph's)
    return shapes[i - 1] is None and not _short_line(prev) and (
        prev.indent_width > usual
        or prev.indent_width > least and blocks[i].indent_width >= prev.indent_width + FAR_RIGHT_ATTRIBUTION
        or whole_quotation(prev.text) and blocks[i].indent_width >= usual + FAR_RIGHT_ATTRIBUTION)


FAR_RIGHT_ATTRIBUTION = 20  # columns: further than a centred heading of a short line stands


def _before_signature(blocks: list[Block], i: int) -> int:
    """The block before block ``i``, past a signature between: a short line set far to the right
    of the paragraph over it ("                JOS. BAYLEY." closing a report, the next one's
    title under it)."""
    prev = blocks[i - 1]
    if i >= 2 and prev.single_line and len(_words(prev.text)) <= MAX_SIGNATURE_WORDS \
            and prev.indent_width >= blocks[i - 2].indent_width + FAR_RIGHT_ATTRIBUTION:
        return i - 2
    return i - 1


MAX_SIGNATURE_WORDS = 6


def whole_quotation(text: str) -> bool:
    """A paragraph wholly in quotation marks: an extract or an epigraph set as a paragraph."""
    text = text.strip()
    return len(text) > 2 and text[0] in "\"“‘'" and text[-1] in "\"”’'" and text[-2] in ".!?”’\"'"


def _numbered_run(blocks: list[Block], i: int) -> bool:
    """``2. Pears`` after ``1. Apples``: a list of short items, not a heading."""
    m = re.match(r"^(\d{1,3})[.)]", blocks[i].text)
    if not m:
        return False
    n = int(m.group(1))
    near = [blocks[j].text for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
    return any(re.match(rf"^(?:{n - 1}|{n + 1})[.)][ \u00a0]", t) for t in near)


def _closing_heading(text: str) -> bool:
    """The heading of the source's notes or its reference list (``NOTES.``, ``FOOTNOTES:``,
    ``References``): a heading whatever follows it."""
    text = text.strip()
    return bool(REFERENCES_HEADING.match(text) or NOTES_HEADING.match(text))


def _reference_group(blocks: list[Block], i: int) -> bool:
    """``Filmes:`` over an entry, below the reference list's heading: a group of the list."""
    return reference_entry(blocks[i + 1].text) is not None and any(
        b.single_line and REFERENCES_HEADING.match(b.text.strip()) for b in blocks[:i])


def _sort_key(text: str) -> list[str]:
    """A line's words, which a reference list is sorted by word by word ("Historic, Progressive
    …" before "Historical Society …")."""
    return re.findall(r"\w+", text.casefold())


MIN_SORTED = 4  # entries of a reference list in alphabetical order that tell it is sorted


def _sorted_entries(blocks: list[Block]) -> set[int]:
    """The lines of a reference list that closes the text a line each in alphabetical order
    ("Deed Books …" / "Fairfax County, Virginia--1907" / "Fairfax County, Virginia, Yesterday
    …"): entries, none a heading over the next (a group's label breaks the order, "Secondary
    sources" after "Zeal, …")."""
    for at in range(len(blocks) - 1, -1, -1):
        if blocks[at].single_line and REFERENCES_HEADING.match(blocks[at].text.strip()):
            run = blocks[at + 1:]
            if len(run) >= MIN_SORTED and all(b.single_line for b in run):
                keys = [_sort_key(b.text) for b in run]
                if keys == sorted(keys):
                    return set(range(at + 1, len(blocks)))
            return set()  # (the last such heading: the list that closes the text)
    return set()


def _entries_follow(blocks: list[Block], at: int) -> bool:
    """A run of long lines from ``blocks[at]``, each a block of its own (a glossary's
    ``apparently – adv. according to what you have heard``, a list of sites): what a heading
    may head, where an address's or a signature's lines are short."""
    run = blocks[at:at + MIN_ENTRIES]
    return len(run) == MIN_ENTRIES and all(
        b.single_line and len(b.text) >= MIN_ENTRY_LENGTH for b in run)


def _unquoted(text: str) -> str:
    """``text`` without the quotation marks a quoted letter's line opens (and may close) with."""
    if text[:1] in _OPEN_QUOTES:
        text = text[1:]
        return text[:-1] if text[-1:] in _QUOTES and text[-2:-1] in ".,;:!?—" else text
    return text


def _dated_text_follows(blocks: list[Block], at: int) -> bool:
    """A date line, then a paragraph: a letter's or a diary entry's (``225. JOHN ADAMS.`` /
    ``Portsmouth (N. H.), 15 December, 1777.`` / its text); a letter's salutation may stand
    between them, or open the letter without a date (``TO ZELTER.`` / ``Vienna, Feb. 8, 1823.``
    / ``MY BRAVE COLLEAGUE IN ART,--`` / the letter)."""
    if (at + 1 < len(blocks) and blocks[at].single_line and _unitalic(blocks[at].text).endswith(",")
            and is_letter_dateline(blocks[at + 1].text)):
        at += 1  # the place a line of its own over the date ("_Rembang,_" / "_December 11th, 1903._")
    # (a letter a report quotes whole, each paragraph opening with a mark: '“Somewhere in France,
    # 1918.”' / '“My dear Miss Stevens—' / '“One of the men …')
    dated = at < len(blocks) and is_letter_dateline(_unquoted(blocks[at].text))
    at += dated
    if at + 1 < len(blocks) and _salutation_line(replace(blocks[at], text=_unquoted(blocks[at].text))):
        at += 1
    elif not dated:
        return False
    return at < len(blocks) and _long(blocks[at])


def _salutation_line(block: Block) -> bool:
    """``DEAR SCHINDLER,--``, ``My dear Sir,``, ``Gentlemen:``: a short line that opens a letter."""
    text = block.text.strip()
    return (block.single_line and len(_words(text)) <= 8 and text[:1].isupper() and (
        re.search(r"(?:,|:)(?:--|—)?$", text) is not None
        or _SALUTATION.match(text) is not None and text.endswith(("—", "--"))))  # "My dear Miss Stevens—"


def _debate_turn(blocks: list[Block], i: int) -> bool:
    """A line opening with a speaker's name and a dash, next to another turn so opened: a short
    turn of a debate ('Hon. MR. DECOSMOS - What is the estimated cost?' / 'Hon.
    ATTORNEY-GENERAL—£100,000' / 'Hon. CHIEF COMMISSIONER—I think, …')."""
    return DASHED_LABEL.match(blocks[i].text) is not None and any(
        0 <= j < len(blocks) and DASHED_LABEL.match(blocks[j].text) for j in (i - 1, i + 1))


# a turn opened by its speaker's initial ("A. Yes.", "Q. Did you …?") or a title and an initial
# ("Mr. V. And he came …")
_INITIAL_LABEL = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?[ \u00a0]+)?[A-Z]\.[ \u00a0]+[A-Z\d]")


def _initial_turn(blocks: list[Block], i: int) -> bool:
    """A line opening with a speaker's initial, next to another turn so opened: a short answer
    in a trial's evidence ("Q. Did you see him?" / "A. Yes."; "Mr. V. And he came …?" / "B.
    Yes."), no heading "A. Yes." (an enumerated heading, "A. Introduction", stands over prose)."""
    return _INITIAL_LABEL.match(blocks[i].text) is not None and any(
        0 <= j < len(blocks) and _INITIAL_LABEL.match(blocks[j].text) for j in (i - 1, i + 1))


MIN_RECORD_TURNS = 4


def _record_turns(blocks: list[Block]) -> set[int]:
    """Paragraphs opening with a congressional record's label ("The CHAIRMAN. …", "Senator KNOX.
    When?", "Mr. BULLITT. I did, sir."), two or more speakers so labelled and four or more turns
    in all: a hearing's turns, a short one ("Senator KNOX. When?") no heading, nor a turn whose
    label the printer closed with a comma ("Mr. BULLITT, William C. Bullitt.")."""
    found: dict[str, list[int]] = {}
    slips: list[tuple[str, int]] = []
    for i, block in enumerate(blocks):
        if m := RECORD_LABEL.match(block.text):
            if m["stop"] == ".":
                found.setdefault(m["name"], []).append(i)
            else:
                slips.append((m["name"], i))
    if len(found) < 2 or sum(map(len, found.values())) < MIN_RECORD_TURNS:
        return set()
    return {i for turns in found.values() for i in turns} | {i for name, i in slips if name in found}


# a transcript's turn opened by its speaker's name and a colon ("Henk Rogers: Hello!")
_COLON_LABEL = re.compile(r"^(?P<name>[A-Z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*){0,2}):[ \u00a0]+\S")
MIN_COLON_TURNS = 3  # turns each of two speakers at least opens


def _colon_turns(blocks: list[Block]) -> set[int]:
    """Paragraphs opening with a speaker's name and a colon, two or more speakers so labelled
    three times or more each: a transcript's turns, a short one ("Henk Rogers: Hello!", "Adam
    Stacoviak: Right.") no heading."""
    found: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if m := _COLON_LABEL.match(block.text):
            found.setdefault(m["name"], []).append(i)
    speakers = [turns for turns in found.values() if len(turns) >= MIN_COLON_TURNS]
    if len(speakers) < 2:
        return set()
    return {i for turns in speakers for i in turns}


FLUSH_RIGHT_SLACK = 4  # columns short of the wrap a line set flush right may end


def _flush_right(blocks: list[Block], i: int, wrap: int | None) -> bool:
    """A line set flush right under a wrapped paragraph, ending where the text's lines end and
    starting past their middle (``   …   AN INHABITANT OF RUGBY.``): a signature or a source,
    not a heading, which a print centres."""
    block = blocks[i]
    end = block.indent_width + len(block.text)
    return (wrap is not None and i > 0 and block.single_line and not blocks[i - 1].single_line
            and block.indent_width > wrap // 2 and abs(end - wrap) <= FLUSH_RIGHT_SLACK)


SIGNED_FAR_RIGHT = 30  # columns in: a name set there under a prose paragraph is its writer's


def _signed_far_right(blocks: list[Block], i: int) -> bool:
    """A name alone set far in under a long paragraph, in a text not wrapped to a width
    (``                          Ezra Pound`` closing a review, a heading over the next): the
    piece's signature, no heading (the wrapped text's is ``_flush_right``'s)."""
    block = blocks[i]
    text = block.text.strip()
    return (0 < i and block.single_line and block.indent_width >= SIGNED_FAR_RIGHT and _long(blocks[i - 1])
            and 2 <= len(text.split()) <= 4 and not _in_capitals(text) and not is_letter_dateline(text)
            and name_score(text) > 0)


MIN_BRACKETED_HEADS = 2
# an editor's bracketed line that is no heading: a note, a picture, a stage direction
_BRACKETED_NOT_HEAD = re.compile(r"^(?i:sidenote|footnote|note|illustration|music|transcriber|sic|seal|signed|"
                                 r"l\.\s*s)\b|(?i:applause|laughter|cheers|cheering|hisses|sensation)\b")
_BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]\n]{3,80})\]$")


def _bracketed_heads(blocks: list[Block]) -> set[int]:
    """An edition's side-heads, in brackets a line each over the text's paragraphs, two or more
    (``[In Sunda Strait.]`` / ``[Arrival at Batavia.]`` over a journal's entries): its editor's
    headings -- not a date line naming a journal's writer (``[Clark, August 21, 1804]``), nor
    ``[Applause.]``, nor words in small letters (``[Great cheering in the hall.]``)."""
    found = set()
    for i in range(len(blocks) - 1):
        block = blocks[i]
        m = _BRACKETED.match(block.text.strip()) if block.single_line else None
        if not m or not _long(blocks[i + 1]):
            continue
        inner = m["inner"].strip()
        words = _words(inner)
        if (len(words) >= 2 and not _BRACKETED_NOT_HEAD.search(inner) and not is_letter_dateline(inner)
                and not inner.endswith("?") and _title_cased(words)):
            found.add(i)
    return found if len(found) >= MIN_BRACKETED_HEADS else set()


MIN_SIDE_NOTES = 3
MAX_SIDE_NOTE_WORDS = 12


def _side_notes(blocks: list[Block], usual: int) -> list[int]:
    """Short sentences set in, each over a long paragraph set as the text's are, three or more:
    a discourse's side-notes printed as cross-heads ("    My visit to Russia and its purpose." /
    "In the summer of 1894 I visited Russia …"), not extracts."""
    found, dated = [], []
    for i in range(len(blocks) - 1):
        text = _AFTER_STOP_NOTE.sub("", blocks[i].text.strip())  # "Christian Church.[156]"
        if (blocks[i].single_line and blocks[i].indent_width >= usual + 2
                and blocks[i + 1].indent_width <= usual and _long(blocks[i + 1])
                and text[:1].isupper() and text.rstrip(_QUOTES).endswith(".")
                and len(_words(text)) <= MAX_SIDE_NOTE_WORDS
                and not _TWO_SENTENCES_NOT_INITIALS.search(text) and text[:1] not in _OPEN_QUOTES):
            if not is_letter_dateline(text):
                found.append(i)
            elif len(_words(text.partition(",")[0])) >= MIN_DATED_SIDE_NOTE_WORDS:
                dated.append(i)
    # among side-notes, one naming the day too ("    A Royal Audience, May 28."); a line of place
    # and date alone ("    Buckingham Palace, May 28.") is a letter's
    return sorted(found + dated) if len(found) >= MIN_SIDE_NOTES else []


MIN_DATED_SIDE_NOTE_WORDS = 3


SET_IN = 8  # columns further in than the paragraphs around: a line set in as a cross-head
MAX_LABEL_WORDS = 3


def _speaker_labels(blocks: list[Block]) -> set[int]:
    """Short lines in capitals, set in, each printed more than once: a play's speakers over
    their speeches in an extract ("    ELSIE." / "    PRINCE HENRY." / "    ELSIE"), not headings."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip().rstrip(".")
        if (block.single_line and block.indent_width >= 2 and _in_capitals(text)
                and len(_words(text)) <= MAX_LABEL_WORDS):
            seen.setdefault(text, []).append(i)
    labels = {i for found in seen.values() if len(found) > 1 for i in found}
    return labels | _turn_labels(blocks) | _alternating_labels(blocks)


# a transcript's label on a line of its own: an officer's or a courtesy title and a name, or a
# body that speaks as one ("Judge Chace." / "Mr. Cooper" / "Court.")
_TITLED_LABEL = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Judge|Justice|Senator|Sir|Lord|Lady|Miss|Gen|Col|Capt|Gov)\.?"
                           r"[ \u00a0]+[A-Z][\w’'\-]+\.?$")
_BODY_LABEL = re.compile(r"^(?:Court|Chairman|Witness|Prisoner|Defendant|Counsel|Clerk|Jury|Foreman|"
                         r"Speaker|President|Chair)\.?$")
MIN_TURN_LABELS = 4


_NAME_LABEL = re.compile(r"^[A-Z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*){0,2}\.?$")


def _alternating_labels(blocks: list[Block]) -> set[int]:
    """Short capitalised lines, each printed more than once, two of them taking turns over one
    paragraph each ("King" / "I go from a corruptible …" / "Doctor Juxon." / "You are exchanged
    …" / "King." / …), one a name the text's own sentences give too ("the King"): a dialogue's
    speakers over their words, no headings — not the headings a paper or a speech in court
    repeats ("Methods", "Results"; "Law", "Witnesses"), words its sentences do not name so."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks[:-1]):
        text = block.text.strip()
        if block.single_line and _NAME_LABEL.match(text):
            seen.setdefault(text.rstrip("."), []).append(i)
    at = {i: label for label, found in seen.items() if len(found) > 1 for i in found}
    prose = "\n".join(b.text for b in blocks if len(b.text.split()) > MAX_LABEL_WORDS)

    def named(label: str) -> bool:  # capitalised in the text's sentences, not by their start
        return len(re.findall(rf"(?<![.!?][ \u00a0])(?<![.!?]\n)(?<!^)\b{re.escape(label.split()[-1])}\b",
                              prose)) >= MIN_NAMED_LABEL
    found: set[int] = set()
    for i, label in at.items():
        # a label, one paragraph, another label, one paragraph, the first again
        other = at.get(i + 2)
        if other not in (None, label) and at.get(i + 4) == label \
                and not _NAME_LABEL.match(blocks[i + 1].text.strip()) and (named(label) or named(other)):
            found.update(seen[label] + seen[other])
    return found


MIN_NAMED_LABEL = 2  # mentions in the text's sentences that show a label names someone


def _turn_labels(blocks: list[Block]) -> set[int]:
    """Lines that each name a speaker, titled or a body ("Judge Chace." / "Mr. Cooper." /
    "Court."), each over a turn, two or more of them printed more than once and four or more in
    all: a trial's turns, the labels and the short turns under them ("Court." / "Where?") no
    headings."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks[:-1]):
        text = block.text.strip()
        if block.single_line and (_TITLED_LABEL.match(text) or _BODY_LABEL.match(text)):
            seen.setdefault(text.rstrip("."), []).append(i)
    repeated = {text: found for text, found in seen.items() if len(found) > 1}
    if len(repeated) < 2 or sum(map(len, seen.values())) < MIN_TURN_LABELS \
            or not any(_TITLED_LABEL.match(text) for text in repeated):
        return set()
    return {j for found in seen.values() for i in found for j in (i, i + 1)}


def _left_open(text: str) -> bool:
    """A paragraph that opens with a quotation mark and leaves it open: a quotation running on
    over paragraphs, each opening with a mark, only the last closing it."""
    if text[:1] == '"':
        return text.count('"') % 2 == 1
    return text[:1] == "“" and text.count("“") > text.count("”")


def _quotation_goes_on(blocks: list[Block], i: int) -> bool:
    """A line in quotation marks under a paragraph that leaves its quotation open is that
    quotation's last paragraph (a letter's signature: '"… believe us yours, &c. &c. &c.' /
    '"BRITTON'S SONS."'), not a heading."""
    return i > 0 and blocks[i].text[:1] in "\"“" and _left_open(blocks[i - 1].text)


def _dialogue_turn(blocks: list[Block], i: int) -> bool:
    """A line wholly in quotation marks between two paragraphs that open with one: a turn of a
    dialogue ('"Two"' between '"How many targets did you miss …?"' and '"Out of how many?"')."""
    text = blocks[i].text
    return (0 < i < len(blocks) - 1 and text[:1] in _OPEN_QUOTES and text[-1:] in _QUOTES
            and all(blocks[j].text[:1] in _OPEN_QUOTES for j in (i - 1, i + 1))
            # (not one set in far, as a cross-head is centred: '“I LIKE IT—I HATE IT”')
            and blocks[i].indent_width < max(blocks[i - 1].indent_width, blocks[i + 1].indent_width) + SET_IN)


def _numbered_notes(blocks: list[Block]) -> set[int]:
    """The blocks under a notes heading ("Footnotes", "NOTES.") that open with a number, up to
    the first that does not: notes, none a heading."""
    noted: set[int] = set()
    last = None  # the number of the last note, 0 under the heading; None outside notes
    for i, block in enumerate(blocks):
        number = re.match(r"\d{1,3}(?!\d)", block.text)
        if block.single_line and NOTES_HEADING.match(block.text.strip()):
            last = 0
        elif last is not None and number and (last == 0 or int(number.group()) == last + 1):
            noted.add(i)  # (counting on: "1. Objectives" after note 18 is the next section's)
            last = int(number.group())
        else:
            last = None
    return noted


def unstack(blocks: list[Block]) -> list[Block]:
    """A chapter's label and its title set in one block, a line each (``CHAPTER IV.`` /
    ``EARLY EXPLORATIONS.``, ``Chapter 3.4.I.`` / ``Charlotte Corday.``), are two blocks: the
    label and the heading under it; so are the other headings glued to what they head."""
    out: list[Block] = []
    # (under a "References" heading a numbered block is an entry, its title first: "2.
    # Judgment under uncertainty" / "   Tversky, A. and Kahneman, D., 1974. Science …")
    listed = next((i for i, b in enumerate(blocks) if b.single_line
                   and REFERENCES_HEADING.match(b.text.strip())), len(blocks))
    # (under a notes heading, "1 M-16-12: Improving the Acquisition …" / "Information Technology
    # …" is a note, its number first: no heading glued to a paragraph)
    noted = _numbered_notes(blocks)
    numbered = [_glued_numbered(block) if i < listed and i not in noted else None for i, block in enumerate(blocks)]
    numbering = sum(split is not None for split in numbered) >= MIN_GLUED_NUMBERED
    for block, split in zip(blocks, numbered):
        lines = stripped_lines(block) if block.lines == 2 else []
        stacked = stripped_lines(block) if 2 <= block.lines <= MAX_STACKED_TITLE_LINES else []
        if len(lines) == 2 and shape(lines[0]) == "label" and shape(lines[1]) in (
                "caps", "title", "stop", "flush-stop"):
            out += [replace(lines[0], indent=block.indent), lines[1]]
        elif out and out[-1].single_line and shape(out[-1]) == "label" and stacked and all(
                len(line.text) <= MAX_STACKED_TITLE_LINE and _in_capitals(line.text) for line in stacked):
            # under a chapter's label, its title in capitals a line each ("III" / "DOROTHY
            # WORDSWORTH'S JOURNAL" / "WRITTEN AT GRASMERE" / "(14TH MAY TO 21ST DECEMBER 1800)")
            out += stacked
        elif (head := _letter_head(block)) is not None:
            out += head
        elif (glued := _glued_heading(block) or _set_off_after(block) or _glued_references(block)
               or _caps_over_lines(block)) is not None:
            out += glued
        elif numbering and split is not None:
            out += split
        else:
            out.append(block)
    return out


MIN_COMMA_CAPS_WORDS = 3  # a heading in capitals the print closes by a comma
MAX_STACKED_TITLE_LINES = 4
MAX_STACKED_TITLE_LINE = 50
MIN_GLUED_NUMBERED = 2  # one numbered line over a paragraph may be a list's item; two number sections


def _glued_numbered(block: Block) -> list[Block] | None:
    """A section's numbered heading set over its hard-wrapped paragraph, no blank line between,
    as text taken from a PDF prints it (``2.1 Sample selection and preparation`` / ``Natural
    organic matter …``): the heading and the paragraph, two blocks; else None. Only where the
    text numbers two sections so (``unstack``)."""
    if block.lines < 3 or block.indent_width:
        return None
    first, _, rest = block.text.partition("\n")
    label = _LABEL.match(first)
    if label is None or not label.group()[0].isdigit() or not rest.lstrip()[:1].isupper() and not (
            _LABEL.match(rest.lstrip()) and rest.lstrip()[:1].isdigit()):
        return None
    last = first.split()[-1]
    if last.lower() in FUNCTION_WORDS or label.group().endswith(".") and (
            len(first) > SHORT_HEAD * max(map(len, rest.split("\n")))):
        return None  # "7. Sandve GK, Nekrutenko A, … Rules for" / "Reproducible …": an entry's lines
    head, body = _split(block, rest, first)
    if shape(head) != "numbered":
        return None
    # "2 Materials and methods" / "2.1 Sample selection and preparation" / "As a …"
    return [head, *(_glued_numbered(body) or [body])]


SHORT_HEAD = 0.75  # a glued "1." heading's line is shorter than the paragraph's by a quarter


UNWRAPPED = 150  # a line this long is a paragraph of its own: the text is not hard-wrapped
SET_OFF = 4  # lines indented so far under a lead-in are set off (no blank line between: deeper
# than a block quotation's least indentation, blockquotes.MIN_INDENT)


_ADDRESSEE = re.compile(r"^To[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][^\n]{2,60}$")
MAX_LETTER_HEAD_LINES = 5
# a collection's letter named by who wrote it to whom: "Miss Eden to Lady Campbell."
_FROM_TO = re.compile(r"^(?P<writer>[A-Z][\w.’' ]{1,40}?)[ \u00a0]+to[ \u00a0]+(?P<addressee>[A-Z][\w.’' ]{1,40}?)\.$")


MIN_LETTERS_NAMED = 2
_NUMBERED_LETTER = re.compile(r"^LETTER[ \u00a0]+[IVXLC\d]", re.IGNORECASE)  # "LETTER XXIV", "Letter 3"
# an old print's paragraphs open with their first word in capitals ("POPE flattered tyrants too
# much when he said" / "WE ought to consider …"): where five or more, a fifth of them, open so,
# a line opening so is a paragraph's first line, not a heading in sentence case
_CAPITAL_FIRST_WORD = re.compile(r"^[A-Z][A-Z’']+,?[ \u00a0]+[a-z]")
MIN_CAPITAL_OPENINGS = 5


def _paragraphs_open_in_capitals(blocks: list[Block]) -> bool:
    opening = sum(bool(_CAPITAL_FIRST_WORD.match(b.text)) for b in blocks)
    return opening >= MIN_CAPITAL_OPENINGS and opening * 5 >= len(blocks)


def _from_to(text: str) -> bool:
    m = _FROM_TO.match(text)
    return m is not None and name_score(m["writer"]) > 0 and name_score(m["addressee"]) > 0


def _letter_head(block: Block) -> list[Block] | None:
    """A letter's label and addressee stacked over its place and date in one block (``Letter
    13`` / ``To Richard West, Esq.`` / ``From a Hamlet among the Mountains of Savoy,`` / ``Sept.
    28, 1739, N. S.``): the label, the addressee, and the lines under them, three blocks; else
    None."""
    if not 3 <= block.lines <= MAX_LETTER_HEAD_LINES:
        return None
    lines = stripped_lines(block)
    if len(lines) < 3 or shape(lines[0]) != "label" or not _ADDRESSEE.match(lines[1].text) \
            or any(len(line.text) > MAX_LENGTH // 2 for line in lines[2:]):
        return None
    rest = block.text[lines[2].start - block.start:]
    return [replace(lines[0], indent=block.indent), lines[1],
            Block(rest, lines[2].start, block.end, lines[2].indent, rest.count("\n") + 1)]


def _split(block: Block, text: str, first: str) -> list[Block]:
    """``block`` cut after its first line ``first``: that line and the rest (``text``), each a
    block of its own, the rest's indentation its own."""
    head = Block(first, block.start, block.start + len(first), block.indent, 1)
    rest = text.lstrip(" \t\u00a0")
    return [head, Block(rest, block.end - len(rest), block.end, text[:len(text) - len(rest)],
                        rest.count("\n") + 1)]


def _glued_heading(block: Block) -> list[Block] | None:
    """A title-cased line over a list or an unwrapped paragraph with no blank line between
    (``Andreas Mueller`` / ``Andreas Mueller has been a maintainer …``, ``Goals of Dev Sprints``
    / ``- To get maintainers …``): the line and what it heads, two blocks; else None."""
    if block.lines < 2 or block.indent_width:
        return None
    first, _, rest = block.text.partition("\n")
    body = rest.split("\n")
    if not (len(body[0]) >= UNWRAPPED or all(_LIST_START.match(line) for line in body)):
        return None
    split = _split(block, rest, first)
    return split if first.strip() and shape(split[0]) == "title" else None


MAX_LISTED_LINES = 6
MAX_LISTED_LINE = 100


def _caps_over_lines(block: Block) -> list[Block] | None:
    """A line in capitals closed by a stop over a few short lines, no blank line between
    (``COUNSEL FOR THE PROSECUTION.`` / ``Vicary Gibbs, Esq. King's Counsel—and …`` /
    ``Solicitor, Mr. Cheesman, of Bath.``): the heading and what it heads, two blocks; else
    None."""
    if not 2 <= block.lines <= MAX_LISTED_LINES or block.indent_width:
        return None
    first, _, rest = block.text.partition("\n")
    if not first.rstrip().endswith(".") or len(_words(first)) < 2 \
            or not all(0 < len(line.strip()) <= MAX_LISTED_LINE and not _in_capitals(line)
                       for line in rest.split("\n")):
        return None
    if name_score(first.rstrip(". ")) > 0 or reference_entry(" ".join(block.text.split())) is not None:
        return None  # "DALQUEST, W. W." / "1953. Mammals of …": a reference list's entry
    split = _split(block, rest, first)
    return split if shape(split[0]) == "caps" else None


def _glued_references(block: Block) -> list[Block] | None:
    """A reference list's heading set over its first entry, no blank line between
    (``References`` / ``Beaupré, S. R., Druffel, E. R., and Griffin, S.: A low-blank …``): the
    heading and the entries, two blocks; else None."""
    first, _, rest = block.text.partition("\n")
    if not (rest and REFERENCES_HEADING.match(first.strip()) and reference_entry(rest.lstrip())):
        return None
    return _split(block, rest, first)


def _set_off_after(block: Block) -> list[Block] | None:
    """An unwrapped paragraph or a lead-in with a colon over lines indented to set them off,
    no blank line between (``Olivier shares:`` / ``    At the time, …``): two blocks, the
    paragraph and the indented lines; else None (a hanging indent under a short first line, an
    entry's or a note's, stays one block)."""
    if block.lines < 2 or block.indent_width:
        return None
    first, _, rest = block.text.partition("\n")
    if not (len(first) >= UNWRAPPED or first.rstrip().endswith(":")):
        return None
    lines = [line for line in rest.split("\n") if line.strip()]
    if not all(len(line) - len(line.lstrip(" \u00a0")) >= SET_OFF for line in lines):
        return None
    if reference_entry(first) is not None or lines[0].lstrip()[:1].islower() or (
            first.rstrip().endswith(":") and reference_entry(" ".join(block.text.split())) is not None):
        return None  # "Huston MA. 2014. Disturbance …:" / "    empiricism vs. logic …": an entry
        # ("[6] Löscher W, …, Vezzani A. Drug Resistance in Epilepsy:" / "    Clinical Impact, …
        # Pharmacological Reviews. 2020; 72: 606–638.": its year on a later line)
    return _split(block, rest, first)


def _titles_extract(blocks: list[Block], i: int, usual: int) -> bool:
    """A line set in under a lead-in's colon, over lines set in as far: the title of the poem
    or the document the lead-in quotes ("Observe the first poem in the book:" / "    ADVICE TO
    A STREET PAVEMENT." / "    Lacerated grey has bitten …"), part of the extract, no heading."""
    if not 0 < i < len(blocks) - 1 or blocks[i].indent_width <= usual:
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    return (before.indent_width <= usual and before.text.rstrip().endswith(":")
            and after.indent_width >= blocks[i].indent_width and not after.single_line)


def _ends_extract(blocks: list[Block], i: int) -> bool:
    """An indented line under indented lines, as far in or further: an extract's last line set
    apart (a verse of Milton under three others), not a heading."""
    width = blocks[i].indent_width
    before = blocks[i - 1] if i > 0 else None
    if before is None or width < 2 or before.single_line or before.indent_width < width:
        return False
    return all(len(line) - len(line.lstrip(" \t\u00a0")) >= width
               for line in before.text.splitlines()[1:] if line.strip())


_FOOTNOTE_NUMBER = re.compile(r"^(\d{1,3})[ \u00a0]+\S")
MAX_CALLING_BLOCKS = 4  # a page's paragraphs over its notes, the notes not counted


def _called_footnote(blocks: list[Block], i: int) -> bool:
    """A line opening with a number that the paragraphs just above call by that number in
    superscript figures (or plain ones after a stop) glued to a word or a stop ("… or court orders.¹⁶" / "16 See DNI
    Announces …", "17 See Dec. 21 DNI Announcement, supra."): a page's footnote, not a numbered
    heading (not "km²" over "2 Study area": a unit's power)."""
    m = _FOOTNOTE_NUMBER.match(blocks[i].text)
    if m is None or _note_printed_near(blocks, i, m[1]):
        return False
    figures = m[1].translate(str.maketrans("0123456789", SUPERSCRIPT_FIGURES))
    # or the plain figures a PDF's copy gives, glued to a stop or a closing mark ("Framework,5",
    # "(FITARA).8"; not to a letter: "CO2", "km2")
    call = re.compile(rf"(?:(?<=[^\W\d_]{{3}})|(?<=[.,;:!?”’\")\]])){figures}(?![{SUPERSCRIPT_FIGURES}])"
                      rf"|{NOTES_AFTER_STOP}{m[1]}(?![\w])(?![.,]\d)")
    paragraphs = 0
    for block in reversed(blocks[:i]):
        if _FOOTNOTE_NUMBER.match(block.text):
            continue  # the page's other notes
        if call.search(block.text):
            return True
        paragraphs += 1
        if paragraphs >= MAX_CALLING_BLOCKS:
            return False
    return False


NOTE_NEAR = 8  # blocks either side of a numbered line where the note it might be stands


def _note_printed_near(blocks: list[Block], i: int, number: str) -> bool:
    """A line of two or three words under a number ("1 Introduction") where a line near it opens
    with the same number and runs longer, a sentence or an address ("1 https://github.com/…" in
    the page's notes): that line is the note the text calls, this one a numbered heading."""
    words = blocks[i].text.split()
    if not blocks[i].single_line or len(words) > 4 or blocks[i].text.rstrip()[-1:] in ".,;:":
        return False
    for j in range(max(0, i - NOTE_NEAR), min(len(blocks), i + NOTE_NEAR + 1)):
        for line in blocks[j].text.splitlines() if j != i else ():
            other = _FOOTNOTE_NUMBER.match(line.strip())
            if other is not None and other[1] == number and (
                    len(line.split()) > len(words) + 2 or re.search(r"https?://|[.!?]$", line.strip())):
                return True
    return False


def _set_as_headings(block: Block, blocks: list[Block], headings: set[int]) -> bool:
    """A line in capitals set in as the text's headings in capitals below it are ("WAKES." over a
    short paragraph, "CLUBS." further on, both centred): a heading too, no signature."""
    return block.indent_width > 0 and any(
        _in_capitals(blocks[j].text) and blocks[j].indent_width == block.indent_width for j in headings)


MAX_UNWRAPPED_WORDS = 25
MIN_WRAPPED = 5  # wrapped paragraphs that show a text is hard-wrapped


def _wrap_width(blocks: list[Block]) -> int | None:
    """The width a hard-wrapped text is wrapped at: its wrapped paragraphs' longest line (their
    last lines left out, which end where the paragraph does); None for a text not so wrapped
    (fewer than ``MIN_WRAPPED`` such paragraphs, or fewer than half of its long blocks)."""
    wrapped = [b for b in blocks if b.lines > 2 and b.indent_width == 0]
    if len(wrapped) < MIN_WRAPPED or len(wrapped) * 2 < sum(not b.single_line or len(b.text) > 100 for b in blocks):
        return None
    return max(len(line) for b in wrapped for line in b.text.splitlines()[:-1])


MIN_CENTRED_KIN = 3
CENTRE_SLACK = 2  # columns either way: one axis, as the print centred them


def _centre(block: Block) -> float:
    return block.indent_width + len(block.text.strip()) / 2


def _centred_kin(blocks: list[Block], headings: set[int], attributed: set[int]) -> set[int]:
    """A line centred under indented verses reads as their source; where three or more headings
    closed by a stop are centred on the same axis over long paragraphs (an obituary column's
    names, "Rear-Admiral Richard Worsam Meade, U. S. N." / "Born in New York City, 1837; …"), the
    one on their axis over a long paragraph is the first of them ("Col. Jeremiah W. Coveney.")."""
    kin = [_centre(blocks[j]) for j in headings if 0 < j < len(blocks) - 1 and blocks[j].single_line
           and blocks[j].indent_width > 0 and blocks[j].text.rstrip(_QUOTES).endswith(".")
           and _long(blocks[j + 1])]
    if len(kin) < MIN_CENTRED_KIN:
        return set()
    return {i for i in attributed if i + 1 < len(blocks) and _long(blocks[i + 1])
            and sum(abs(_centre(blocks[i]) - c) <= CENTRE_SLACK for c in kin) >= MIN_CENTRED_KIN}


def _letter_places(blocks: list[Block], shapes: list) -> set[str]:
    """Where a collection's letters were written, from the date lines under their numbers ("II" /
    "PARIS, _Thursday_."): the same place alone under another number ("III" / "PARIS.") is that
    letter's place line, no heading."""
    places = set()
    for i in range(len(blocks) - 1):
        text = _unitalic(blocks[i + 1].text).strip()
        if shapes[i] in ("label", "number") and "," in text and is_letter_dateline(blocks[i + 1].text):
            places.add(text.split(",")[0].strip().upper())
    return places


def find_headings(blocks: list[Block]) -> set[int]:
    """The indices of the blocks that are headings, decided from the last block back: a heading
    heads a paragraph or another heading."""
    shapes = [shape(b) for b in blocks]
    usual = _usual_indent(blocks)
    least = min((b.indent_width for b in blocks if not b.single_line), default=0)
    wrap = _wrap_width(blocks)
    labels = _speaker_labels(blocks) | _record_turns(blocks) | _colon_turns(blocks)
    for i in _side_notes(blocks, usual):
        shapes[i] = "stop"  # (a side-note reads as a set-in title closed by its stop)
    for i in _numbered_notes(blocks):
        shapes[i] = None  # "Footnotes" / "6 Clinger Cohen Act of 1996. 40 U.S.C. §§ 11301-11303."
    places = _letter_places(blocks, shapes)
    place_lines = {i for i in range(1, len(blocks)) if shapes[i - 1] in ("label", "number")
                   and _unitalic(blocks[i].text).strip().rstrip(".").upper() in places}
    # a news column's day alone ("Sept. 25.") set in as its place-and-day lines are
    # ("Pittsburgh, Sept. 7.", "New-York, Oct. 16."): a date line of them, no heading
    datelined = [b.indent_width for b in blocks if b.single_line and is_letter_dateline(b.text.strip())]
    for i, b in enumerate(blocks):
        if shapes[i] and b.single_line and _DAY_ALONE.fullmatch(b.text.strip()) \
                and datelined.count(b.indent_width) >= MIN_KIN_HEADS:
            shapes[i] = None
    attributed: set[int] = set()  # set off under indented lines as their source
    sorted_entries = _sorted_entries(blocks)
    for i, s in enumerate(shapes):
        if s and _attribution(blocks, shapes, i, usual, least):
            attributed.add(i)
        if s == "lead" and not (i + 1 < len(blocks) and (_LIST_START.match(blocks[i + 1].text)
                                                          or _reference_group(blocks, i))):
            shapes[i] = None  # "Dear Miss Wells:" over a letter, not a heading
        if s and (_numbered_run(blocks, i) or _attribution(blocks, shapes, i, usual, least)
                  or (i == 0 and _SALUTATION.match(blocks[i].text) and not _dated_text_follows(blocks, 1))
                  or COMPLIMENTARY_CLOSE.match(blocks[i].text) or _AMEN.match(blocks[i].text)
                  or (i > 0 and blocks[i - 1].single_line and not _NUMBERED_NEXT.match(blocks[i].text)
                      and s != "label"  # "Yours sincerely." / "LETTER XXIV": the next letter, no signature
                      and COMPLIMENTARY_CLOSE.match(blocks[i - 1].text)
                      and len(blocks[i - 1].text.split()) <= MAX_CLOSE_WORDS)
                  or (i > 0 and blocks[i - 1].text.rstrip(_QUOTES).endswith(","))
                  or (i > 0 and _ANNOUNCED.search(blocks[i - 1].text) and not _dated_text_follows(blocks, i + 1))
                  # ("… to let me read the words:" / "    Zum Feldgrauen Hilfe": the words it leads in)
                  or (i > 0 and blocks[i].indent_width and _LEADS_IN_WORDS.search(blocks[i - 1].text))
                  or _titles_extract(blocks, i, usual)
                  or _quotation_goes_on(blocks, i)
                  or (blocks[i].text.rstrip(_QUOTES).endswith(",") and i + 1 < len(blocks)
                      and blocks[i + 1].single_line and blocks[i + 1].text.rstrip(_QUOTES).endswith(","))  # an address's lines
                  or _dialogue_turn(blocks, i) or _debate_turn(blocks, i) or _initial_turn(blocks, i)
                  or i in labels
                  or _called_footnote(blocks, i) or _flush_right(blocks, i, wrap) or _signed_far_right(blocks, i)
                  # ("Adieu." over "P.S.--The water-colour …": a letter's close over its postscript)
                  or (i + 1 < len(blocks) and _POSTSCRIPT.match(blocks[i + 1].text))
                  # ("2. God's way is a way of humility." / "Answer. If they had not been …": the
                  # objection the next paragraph answers, no heading)
                  or (i + 1 < len(blocks) and _ANSWER.match(blocks[i + 1].text))
                  or i in place_lines or i in sorted_entries
                  or _SIGNER_IN_OFFICE.match(blocks[i].text.strip())):
            shapes[i] = None  # a list item, a quotation's source, a salutation, a signature, a turn
    # in a hard-wrapped text, a sentence the wrap left whole on a line longer than its lines,
    # between wrapped paragraphs: set apart as a heading ("Free software makes it exponentially
    # cheaper and easier to build software." over the paragraph that argues it)
    for i in range(1, len(blocks) - 1):
        block = blocks[i]
        if (wrap and shapes[i] is None and block.single_line and len(block.text.strip()) > wrap + 1
                and blocks[i - 1].lines > 1 and blocks[i + 1].lines > 1 and block.indent_width == 0
                and block.text[:1].isupper() and block.text.rstrip().endswith(".")
                and len(_words(block.text)) <= MAX_UNWRAPPED_WORDS
                and not _TWO_SENTENCES_NOT_INITIALS.search(block.text)):
            shapes[i] = "unwrapped"
    # sentence case needs headings of other shapes in the article, or more than one of its own
    strong = sum(s in STRONG or s == "stop" for s in shapes[:-1])
    weak = sum(s == "sentence" for s in shapes[:-1])
    # headings that ask nothing: where the text has them, a short question over a paragraph is
    # one of its headings too ("Who are APNs?"), not an interviewer's question
    # (headings in capitals have another voice: "THE LOVE OF GOD." over "What is the next thing
    # I find in this creed?", an orator's question)
    statements = sum(s is not None and s not in ("lead", "caps")
                     and not blocks[j].text.rstrip(_QUOTES).endswith("?")
                     for j, s in enumerate(shapes[:-1]))
    # a fact sheet's questions, each a line over the long paragraphs that answer it ("What is
    # breast reconstruction?" / … / "How do surgeons use implants …?"): two or more, none asking
    # "you", none an orator's — the text's headings
    asked = sum(_asked_heading(blocks, shapes, j) for j in range(len(blocks) - 1)) >= MIN_ASKED_HEADINGS
    # numbered sections in sentence case: two or more, their numbers rising, each over a
    # long paragraph (a numbered list's items stand together: _numbered_run)
    numbered_stops = [i for i, s in enumerate(shapes[:-1]) if s == "numbered-stop" and _long(blocks[i + 1])]
    numbers = [int(re.match(r"(?:§[ \u00a0]?)?(\d+)", blocks[i].text).group(1)) for i in numbered_stops]
    sections_numbered = len(numbers) >= 2 and numbers == sorted(set(numbers))
    # lone numbers numbering the sections ("1" / "2" over long paragraphs), counting on by one
    lone = [i for i, s in enumerate(shapes[:-1]) if s == "number" and _long(blocks[i + 1])]
    lone_values = [int(re.match(r"\d+", blocks[i].text).group()) for i in lone]
    lone_sections = set(lone) if len(lone) >= 2 and lone_values == list(
        range(lone_values[0], lone_values[0] + len(lone))) else set()
    # a chapter's label over its title a block each ("CHAPTER I" / "OBTAINING SUPPLIES."): the
    # title is a heading whatever it heads (a line of dialogue), and so the label over it
    titled = {i + 1 for i in range(len(blocks) - 2) if shapes[i] == "label"
              and shapes[i + 1] in ("caps", "title", "stop", "flush-stop")}
    # a column's cross-heads between paragraphs a line each: where it has two or more, one over a
    # shorter paragraph is one too ("A Banking Friend." / "Gen. Howard … said that …")
    cross_heads = [i for i in range(1, len(blocks) - 1) if shapes[i] == "flush-stop" and _cross_head(blocks[i].text)
                   and _unwrapped(blocks[i - 1]) and _unwrapped(blocks[i + 1])]
    # a collection whose letters are headed by who wrote to whom, two or more: its other items
    # are headed alike over their dates
    letters_named = sum(b.single_line and _from_to(b.text.strip()) for b in blocks) >= MIN_LETTERS_NAMED
    capital_openings = _paragraphs_open_in_capitals(blocks)
    letters_labelled = sum(s == "label" and _NUMBERED_LETTER.match(b.text.strip()) is not None
                           for s, b in zip(shapes, blocks)) >= MIN_LETTERS_NAMED
    headings: set[int] = set()
    epigraphs: set[int] = set()  # set in between a heading and a chapter's label
    signed: list[int] = []  # lines in capitals read as signatures over a short paragraph
    for i in range(len(blocks) - 2, -1, -1):
        s, block, nxt = shapes[i], blocks[i], blocks[i + 1]
        if i in titled:
            headings.add(i)
            continue
        if block.single_line and _closing_heading(block.text):
            headings.add(i)  # "References" over entries ending in a DOI, "NOTES." over notes
            continue
        if s is None or s == "numbered-stop" and not (sections_numbered and i in numbered_stops):
            continue
        if s == "period" and not (i > 0 and shapes[i - 1] in STRONG):
            continue
        if s == "number" and not (i + 1 in headings and shapes[i + 1] in ("caps", "title")
                                  or i in lone_sections
                                  or i == 0 and block.indent_width >= SET_IN and _long(nxt)):
            continue  # a lone number heads a letter's heading ("315." / "TO ZELTER.") or numbers
            # sections, or centred over the first paragraph, the part an excerpt opens with
        if i + 1 in headings:
            pass
        elif s == "caps" and _YEARS.match(nxt.text.strip()) and i + 2 < len(blocks) and _long(blocks[i + 2]):
            pass  # "THE PERIOD OF THE CIVIL WAR" / "1861-1865" / the text: the years its own
        elif (_short_line(nxt) and not _record_line(nxt.text) and i + 1 not in epigraphs
              or is_dateline(nxt.text)) and not (
                (s in STRONG or s == "stop" and _ADDRESSEE.match(block.text.strip())  # "To W. D. B. and A. B."
                 or _from_to(block.text.strip())  # "Viscount Melbourne to Queen Victoria." / "9th May 1839."
                 or letters_named and s in ("stop", "flush-stop"))  # then "Extract from the Queen's Journal."
                and (_entries_follow(blocks, i + 1) or _dated_text_follows(blocks, i + 1))):
            continue  # heads no paragraph: an address, a signature, place and time lines
        elif _NOTE_START.match(nxt.text) and name_score(block.text) and len(_words(block.text)) > 1:
            continue  # a signature above the notes (not NOTES)
        if s == "caps" and i > 0 and (len(_words(block.text)) == 1 or name_score(block.text.rstrip(". "))
                                      or _SIGNED_INITIALS.match(block.text.strip())) \
                and block.text.rstrip(_QUOTES).endswith(".") and not is_break(blocks[i - 1]):
            # "SIGMA." / "PUBLIUS." / "ALFRED GATTY.": a signature, unless a long paragraph follows
            # (not the body's first line, "INTRODUCTION." over "GEOGRAPHY.": nothing to sign yet)
            # (or a date line and a letter: "225. JOHN ADAMS." / "Portsmouth (N. H.), …")
            if (i + 1 in headings or not _long(nxt) or _POSTSCRIPT.match(nxt.text)
                    or _address_and_date(nxt)) and not (
                    _NUMBERED.match(block.text) and is_letter_dateline(nxt.text.replace("\n", " "))) \
                    and not _set_as_headings(block, blocks, headings) \
                    and not (_BOOK_PART.match(block.text.strip()) and is_byline(nxt.text)):
                # ("PREFACE." over "BY JOHN WARD DEAN.": the part its writer signs at its head)
                if not (i + 1 in headings or _POSTSCRIPT.match(nxt.text) or _address_and_date(nxt)):
                    signed.append(i)  # (read again below, against the text's other headings)
                continue
        if s in ("stop", "title") and i > 0 and len(_words(block.text)) == 1 and shapes[i - 1] is None \
                and blocks[i - 1].text.rstrip("’”\"'")[-1:] in ".!?" \
                and block.text.rstrip(_QUOTES).endswith(".") and not _in_capitals(block.text) \
                and block.indent_width >= blocks[i - 1].indent_width + FAR_RIGHT_ATTRIBUTION \
                and not any(blocks[j].indent_width == block.indent_width for j in headings):
            continue  # "                                        Walt." set far right under the
            # letter's last paragraph, a postscript after it: a signature (not "WAKES." in
            # capitals, centred over its paragraphs)
        if s == "title" and letters_labelled and len(_words(block.text)) == 1 and i + 1 not in headings:
            continue  # "LETTER XXV" / … / "Dover" / "I left this letter unfinished …": where it was
            # written, a place line, in a collection whose letters are headed by their numbers
        if s == "caps" and i + 1 not in headings and table_rows(nxt):
            continue  # "CASH PAID." over an account's lines, each ending in its sum: a caption
        if s == "flush-stop" and not _from_to(block.text.strip()) and not (
                letters_named and _dated_text_follows(blocks, i + 1)) and not (
                _EXAMINATION_HEAD.match(block.text.strip()) and nxt.lines > 1) and not (
                i == 0 and nxt.lines > 1 and _DISPLAY_WORD.search(block.text)) and not (i > 0 and (
                blocks[_before_signature(blocks, i)].lines > 1 and nxt.lines > 1
                or _unwrapped(blocks[i - 1]) and _cross_head(block.text) and (
                    _unwrapped(nxt) or len(cross_heads) >= 2 and _heads_paragraph(block, nxt)))):
            continue  # (a cross-head of a column, hard-wrapped or a paragraph to a line; a
            # speaker's label over a single line; the body's first line over a wrapped paragraph,
            # a word of it in display capitals: "REMARKS on the Speech of John Hall, Esq;", not
            # "Special to The New York Times.")
        if s == "sentence" and 0 < i and shapes[i - 1] is not None and shapes[i + 1] == "label" \
                and block.indent_width >= blocks[i - 1].indent_width + SET_IN:
            epigraphs.add(i)
            continue  # "The individualist" / "        The Kingdom of God is within you" / "I": an epigraph
        if s == "sentence" and capital_openings and _CAPITAL_FIRST_WORD.match(block.text):
            continue  # "POPE flattered tyrants too much when he said": opens as every paragraph does
        if s == "sentence":
            prev_ok = (i == 0 or not _short_line(blocks[i - 1]) or shapes[i - 1] is not None
                       or _DASHED_ATTRIBUTION.match(blocks[i - 1].text))  # "– Name, role" ends a quotation
            wrapped = i > 0 and not blocks[i - 1].single_line and not nxt.single_line
            if not prev_ok or not (strong or weak > 1 or wrapped or asked) or _ends_extract(blocks, i):
                continue
            if not strong and i + 1 not in headings and not _heads_paragraph(block, nxt) and not (
                    _opens_section(blocks, i)):
                continue  # only sentence-case candidates: each must head a long paragraph
            if block.text.rstrip(_QUOTES).endswith("?") and i + 1 not in headings \
                    and nxt.text.rstrip(_QUOTES).endswith("?"):
                continue  # a talk asks them in turn: "How does Go accomplish those things?" / "How does it …?"
            if block.text.rstrip(_QUOTES).endswith("?") and (
                    _RHETORICAL.search(block.text) or _ASKS_AS_I.search(block.text)):
                continue  # talk reported a paragraph a line: "And industry has to be reconstructed—as
                # fundamentally?" / "Did I realise what was already in hand with Russia?"
            if block.text.rstrip(_QUOTES).endswith("?") and not (
                    i + 1 in headings or (i > 0 and shapes[i - 1] not in (None, "caps"))
                    or statements >= 2 and _heads_paragraph(block, nxt)
                    and len(_words(block.text)) <= MAX_QUESTION_WORDS
                    and not ADDRESSED.search(block.text) and not _RHETORICAL.search(block.text)
                    or asked and _asked_heading(blocks, shapes, i)):
                continue  # (an interviewer's question asks "you", an orator's runs on: no heading)
        headings.add(i)
    # under a chapter's label, or its label and title, the chapter's argument: topics run
    # together by dashes ("XV" / "A flogging—A night on shore—The state of things on board—San
    # Diego."; "X" / "TIERRA DEL FUEGO" / "Tierra del Fuego, first arrival—Good Success Bay—…")
    for j in sorted(headings):
        if ((shapes[j] == "label" or j - 1 in headings and shapes[j - 1] == "label")
                and j + 2 < len(blocks) and j + 1 not in headings
                and _ARGUMENT.match(blocks[j + 1].text) and blocks[j + 1].single_line
                and (_long(blocks[j + 2]) or len(re.split("—|--", blocks[j + 1].text)) >= MIN_ARGUMENT_TOPICS)):
            headings.add(j + 1)  # (three topics and more whatever follows: a journal's first entry, one line)
    # under a numbered heading, its title: a short title-cased line, a stop allowed ("23.
    # Twenty-third Day." / "Standard-Bearers." / an epigraph), whatever follows it; or one in
    # sentence case closed by a stop over a long paragraph ("1. Plan for reproducibility …" /
    # "Create a study plan or protocol."), as under a chapter's label
    for j in sorted(headings):
        if (shapes[j] in ("numbered", "label") and j + 2 < len(blocks) and j + 1 not in headings
                and j + 1 not in place_lines and (shapes[j + 1] in ("title", "stop", "flush-stop")
                     or shapes[j] in ("label", "numbered") and _chapter_title(blocks[j + 1], blocks[j + 2]))):
            headings.add(j + 1)
    # under a headline in capitals, its deck: a line of words mostly capitalised, closed by a
    # stop, over a long paragraph ("EXPRESSIONS OF SORROW." / "Prominent Men Who Knew Mr. Warren
    # Intimately Talk Feelingly about Him.")
    for j in sorted(headings):
        if (shapes[j] == "caps" and j + 2 < len(blocks) and j + 1 not in headings
                and _deck_line(blocks[j + 1]) and _long(blocks[j + 2])):
            headings.add(j + 1)
    # under a heading in capitals, the years it spans on a line of their own ("THE PERIOD OF
    # THE CIVIL WAR" / "1861-1865"): a heading too
    for j in sorted(headings):
        if (shapes[j] == "caps" and j + 2 < len(blocks) and j + 1 not in headings
                and blocks[j + 1].single_line and _YEARS.match(blocks[j + 1].text.strip())):
            headings.add(j + 1)
    # a summary's questions a paragraph each: the next question over a short answer is one of
    # them too ("What is already known about this topic?" / … / "What is added by this
    # report?" / … / "What are the implications for public health practice?" / "Implementation …")
    for j in range(2, len(blocks) - 1):
        if (j not in headings and j - 2 in headings and shapes[j] == shapes[j - 2] == "sentence"
                and blocks[j].text.rstrip(_QUOTES).endswith("?") and blocks[j - 2].text.rstrip(_QUOTES).endswith("?")
                and j - 1 not in headings and shapes[j - 1] is None
                and len(_words(blocks[j].text)) <= MAX_QUESTION_WORDS and not ADDRESSED.search(blocks[j].text)):
            headings.add(j)
    # a first line addressed like a salutation ("To Sir Alexander Duff Gordon.") that heads
    # later letters too is their heading here as well
    if blocks and 0 not in headings and any(blocks[j].text == blocks[0].text for j in headings):
        headings.add(0)
    # the body's first line closed by its stop, its kin below it headings ("His Destiny." / … /
    # "His Critic." / … / "Himself."): the first of them, though no paragraph stands above it
    if (len(blocks) > 1 and 0 not in headings and shapes[0] == "flush-stop" and blocks[1].lines > 1
            and sum(shapes[j] == "flush-stop" for j in headings) >= MIN_KIN_HEADS):
        headings.add(0)
    headings |= _kin_cross_heads(blocks, shapes, headings) | _bracketed_heads(blocks)
    headings |= _centred_kin(blocks, headings, attributed)
    # a line in capitals closed by its stop over a short paragraph, where two or more such lines
    # at its margin head the text's other parts ("BIRMINGHAM PETITION." … "ADJOURNMENT." …
    # "SLAVE TRADE." / "Mr Otway Cave moved the following resolutions:"): a heading, no signature
    kin = [j for j in headings if shapes[j] == "caps" and blocks[j].text.rstrip(_QUOTES).endswith(".")]
    for i in signed:
        if sum(blocks[j].indent_width == blocks[i].indent_width for j in kin) >= MIN_KIN_HEADS:
            headings.add(i)
    # three or more in a row of one shape, not labels or numbers: a list, an address, place lines
    run: list[int] = []
    for i in [*sorted(headings), None]:
        if run and (i is None or i != run[-1] + 1):
            if len(run) >= MAX_RUN and len({shapes[j] for j in run}) == 1 and shapes[run[0]] not in (
                    "label", "numbered"):
                headings.difference_update(run)
            run = []
        if i is not None:
            run.append(i)
    # (a byline under a heading is the part's writer, no heading of its own: "PREFACE." / "BY
    # JOHN WARD DEAN.")
    return {i for i in headings if not (i and i - 1 in headings and is_byline(blocks[i].text))}


MIN_CROSS_HEADS = 3
MIN_KIN_HEADS = 2
KIN_CAPITALISED = 0.5  # of the words after the first, not function words


def _between_paragraphs(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` stands flush between paragraphs, wrapped or a long line each (or a note
    closing the one above)."""
    before, after = blocks[i - 1], blocks[i + 1]

    def paragraph(block: Block) -> bool:
        return block.lines > 1 or len(block.text) >= MIN_PARAGRAPH
    return blocks[i].indent_width == 0 and paragraph(after) and (
        paragraph(before) or before.text.startswith("[") and before.text.endswith("]"))


def _kin_cross_heads(blocks: list[Block], shapes: list, headings: set[int]) -> set[int]:
    """Where a text heads its parts by cross-heads between its paragraphs (wrapped, or a long
    line each), three or more closed by a stop or asking ("The Double Canals."), a line of the
    same set with a word or two in small letters is one of them ("Water Vapour cannot exist on
    Mars."): two or more, and half or more, of its words after the first capitalised, one
    sentence; not a short sentence of the text ("The river rose in the night."), nor a line
    with one capital after its first ("Canals extend across the Seas.", left a paragraph)."""
    found = [i for i in headings if 0 < i < len(blocks) - 1 and blocks[i].single_line
             and blocks[i].text.rstrip(_QUOTES).endswith((".", "?")) and _between_paragraphs(blocks, i)]
    if len(found) < MIN_CROSS_HEADS:
        return set()
    kin = set()
    for i in range(1, len(blocks) - 1):
        text = blocks[i].text.strip()
        if i in headings or shapes[i] is not None or not blocks[i].single_line \
                or not _between_paragraphs(blocks, i):
            continue
        bare = text.rstrip(_QUOTES)
        words = _words(text)
        rest = [w for w in words[1:] if w.lower() not in FUNCTION_WORDS]
        capitalised = sum(w[0].isupper() for w in rest)
        if (bare.endswith(".") and not bare.endswith("..") and text[:1].isupper()
                and len(words) <= MAX_STOP_WORDS and capitalised >= 2
                and capitalised >= KIN_CAPITALISED * len(rest)
                and not _TWO_SENTENCES_NOT_INITIALS.search(text) and _cross_head(text)):
            kin.add(i)
    return kin


_ROW_END = re.compile(r"[\d½¼¾⅓⅔⅛][\d.,½¼¾⅓⅔⅛]*[ \u00a0]*[.,;)]?$")


def table_rows(block: Block) -> bool:
    """A block of three or more lines, most of them ending in a figure: a table's rows (an
    account, a census, a price list), not a paragraph."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    return len(lines) >= 3 and sum(bool(_ROW_END.search(line.rstrip())) for line in lines) * 3 >= len(lines) * 2


MAX_CHAPTER_TITLE_WORDS = 10


MIN_OPENING_WORDS = 8


def _opens_section(blocks: list[Block], i: int) -> bool:
    """Under block ``i``, a short paragraph of one sentence or two, then a long one: a section's
    opening words ("There are two reasons to give your community a place to congregate." over
    the reasons), where the article's paragraphs run a line each."""
    if i + 2 >= len(blocks):
        return False
    nxt, after = blocks[i + 1], blocks[i + 2]
    return (nxt.single_line and nxt.text.rstrip(_QUOTES).endswith(".")
            and len(_words(nxt.text)) >= MIN_OPENING_WORDS and _heads_paragraph(blocks[i], after))


def _chapter_title(block: Block, nxt: Block) -> bool:
    """Under a chapter's label, its title in sentence case closed by a stop, over the chapter's
    first long paragraph ("CHAPTER XIII." / "My work in the Crimea." / "I hope the reader …"),
    not a letter's place and date ("SLOANE ST., Tuesday.")."""
    text = block.text.strip()
    return (block.single_line and text[:1].isupper() and text.rstrip(_QUOTES).endswith(".")
            and len(_words(text)) <= MAX_CHAPTER_TITLE_WORDS and not _TWO_SENTENCES.search(text)
            and not _A_VERB.search(text) and not is_letter_dateline(text) and _long(nxt))


# a verb makes the line the chapter's first sentence ("It was a dark night."), not its title
_A_VERB = re.compile(r"\b(?:is|was|were|are|am|be|been|had|has|have|did|do|does|will|would|shall|should|"
                     r"can|could|may|might|must|went|came|said|saw|took|made|\w+ed)\b", re.IGNORECASE)


def rule(state) -> None:
    """Mark the blocks that are headings (never the last block: a heading heads something)."""
    state.headings = find_headings(state.body_blocks)
    if state.headings == {0} and _MONTH_DAY.match(state.body_blocks[0].text.strip()):
        # "MARCH 17" over a dispatch that has no heading: its date line, not a day's heading
        # (a diary's days head its entries, several of them)
        state.headings = set()
    if state.opening.source_line is not None and _day_heading(state.body_blocks):
        state.headings.add(0)
    state.headings |= _synopsis_heads(state.opening, state.body_blocks)


_SYNOPSIS_BREAK = re.compile(r"[ \u00a0]*(?:--|—|–[ \u00a0])[ \u00a0]*")
MIN_SYNOPSIS_PARTS = 3


def _synopsis_key(text: str) -> str:
    return " ".join(text.upper().split()).rstrip(".")


def _synopsis_heads(opening, blocks: list[Block]) -> set[int]:
    """The body's lines that a chapter's synopsis under its title names, part for part
    (``“THE CRIME OF WHOLESALE MURDER”--CAPTAIN TURNER’S TESTIMONY -- SAW THE TORPEDO -- …``
    over the section headed ``“THE CRIME OF WHOLESALE MURDER”``): its sections' heads, whatever
    their shape (a quoted phrase after a paragraph's colon, here)."""
    parts: set[str] = set()
    for block in opening.blocks:
        if opening.source_line is not None and block is opening.source_line.block:
            continue
        found = [p for p in _SYNOPSIS_BREAK.split(block.text) if len(_words(p)) >= 2]
        if len(found) >= MIN_SYNOPSIS_PARTS:
            parts.update(_synopsis_key(p) for p in found)
    return {i for i, b in enumerate(blocks[:-1]) if b.single_line and parts
            and _synopsis_key(b.text) in parts} if parts else set()


_MONTH_DAY = re.compile(r"^(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \u00a0]+\d{1,2}"
                        r"|\d{1,2}[ \u00a0]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
                        r"(?:st|nd|rd|th|d)?\.?$")


PAGE_WIDTH = 80  # columns a text not hard-wrapped is taken to be set in
RIGHT_OF_CENTRE = 4  # columns past the page's middle a line's own middle must lie to be set right


def _set_right(block: Block, wrap: int | None) -> bool:
    """A line whose middle lies right of the page's (the wrap's, or ``PAGE_WIDTH``'s): set to the
    right as a letter's date is, not centred as a heading."""
    middle = block.indent_width + len(block.text.strip()) / 2
    return middle > (wrap or PAGE_WIDTH) / 2 + RIGHT_OF_CENTRE


_LIFE_EVENT = re.compile(r"^(?i:died|born|deceased|obiit|buried|married)\b")


def _day_heading(blocks: list[Block]) -> bool:
    """Under a source line, a date alone opening the body heads the day's record: a hearing's or
    a debate's sitting (``Tuesday, April 21, 1964``, ``WEDNESDAY, 16th MARCH, 1870.``), a diary's
    month (``September 1666``) -- not a letter's place and date over its salutation."""
    if len(blocks) < 2 or not blocks[0].single_line:
        return False
    text = _unitalic(blocks[0].text.strip()).rstrip(". ")
    if _LIFE_EVENT.match(text):
        return False  # "DIED DECEMBER 22D, 1909.": an obituary's statement, no day's record
    if _set_right(blocks[0], _wrap_width(blocks)):
        return False  # "                    December 23rd, 1899.": a dispatch's date, as a letter's
    # (a court's sitting in capitals, where and when: "CENTRAL CRIMINAL COURT, MAY 14, 1856.")
    dated = parse_date(text) is not None or _in_capitals(text) and is_dateline(text)
    return (dated and not _salutation_line(blocks[1]) and not _RUN_IN_SALUTATION.match(blocks[1].text)
            and not is_letter_dateline(blocks[1].text))


# a letter's salutation run in with its first paragraph: "MY VERY DEAR MOTHER,--These are my first days …"
_RUN_IN_SALUTATION = re.compile(r"^[ \u00a0]*(?i:(?:my[ \u00a0]+)?(?:very[ \u00a0]+)?dear(?:est)?|sir|madam)\b"
                                r"[^.!?\n]{0,40}?,(?:--|—)")
