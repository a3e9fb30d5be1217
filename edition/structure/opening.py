"""Rule "opening-lines": author, title and source line at the head of an article.

Recognised by shape, not by content: up to four short single-line blocks before the first
paragraph (or the lines of a first block that stacks them: title, byline, source). The title may
end in a full stop (``JOHN MOST.``). A source line is a bracketed line holding a date anywhere
(``(Review, May 2001, CC BY)``, ``(Marxist Monthly, Vol. 1 No. 4, June 1988)``) or an imprint
(``(London: Elliot Stock)``); under the title also an unbracketed line with a full date set off
(``Updated 3 June 2019``, ``Tuesday, January 28, 2014``, ``Global Voices Online, Tuesday, June
9th, 2009``, ``JULY 11, 2022 • STATEMENTS``) -- a news dateline (``MOSCOW, 3 June 1988 —``) stays
in the body. A byline is ``By Name`` (``By Jane Smith``, ``by JANE SMITH``, ``By the Rev. A. B.
Cole, D.D.``) or a line of personal names (``Jane Smith``, ``Jane Smith and John Doe``, ``Jane
Smith, Labour correspondent``); the remaining line is the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edition.structure.dates import find_date, is_dateline, is_letter_dateline, parse_date, roman_year
from edition.structure.model import Opening, SourceLine
from edition.text.blocks import Block, stripped_lines

MAX_OPENING_BLOCKS = 4
MAX_LINE_LENGTH = 250  # a title, or a byline listing a paper's authors, can be long
MAX_AUTHORS_LINE = 1500  # a review by a consortium: three dozen authors with their forenames
# "By Jane Smith"; a translator's or an editor's line under a title stands where a byline does
# ("TRANSLATED BY LADY WALLACE.")
# ("AN ADDRESS BY PRESIDENT HEBER C. KIMBALL, DELIVERED AT …, OCTOBER 6, 1854.": a speech's
# author line, its date with it)
_BYLINE = re.compile(r"^(?:(?:translated|edited|compiled|selected|arranged|issued|reported|recorded|related|narrated|told|pronounced|delivered|preached|spoken|"
                     # "TAKEN IN SHORT HAND BY WILLIAM BRODIE GURNEY": a trial's reporter
                     r"taken(?:[\s\u00a0]+down)?(?:[\s\u00a0]+in[\s\u00a0]+short[\s\u00a0-]?hand)?)(?:\s+and\s+\w+)?"
                     # "EDITED FROM THE ORIGINAL MSS BY WILLIAM BRAY", "Edited, with notes, by"
                     # ("EDITED AND WITH AN INTRODUCTION AND NOTES BY VINCENT BURANELLI")
                     r"(?:,?[\s\u00a0]+(?:and[\s\u00a0]+)?(?:from|with)[\s\u00a0][^\n]{1,60}?,?)?[\s\u00a0]+"
                     # "WITH A PREFACE, NOTES, AND APPENDIX, BY THOMAS COOPER.": an author's
                     # own edition of his text, its apparatus named
                     r"|with[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:preface|introduction|notes|memoir|appendix|"
                     r"foreword)\b[^\n]{0,60}?,?[\s\u00a0]+"
                     # "A Lecture Delivered at Lagos, West Africa, January 2, 1892, by Prof. …"
                     r"|(?:an?[\s\u00a0]+)?(?:address|sermon|discourse|lecture|speech|oration|remarks)"
                     # ("A DISCOURSE, AT TEMPLE KENESETH ISRAEL, BY RABBI …": where, no "delivered")
                     r"(?:,?[\s\u00a0]+(?:delivered[\s\u00a0]+)?(?:at|in|before)[\s\u00a0][^\n]{1,100}?,"
                     r"|[\s\u00a0]+delivered)?[\s\u00a0]+"
                     # "A Paper Read by CLARA ZETKIN": a paper read to a meeting by its writer
                     r"|(?:an?[\s\u00a0]+)?paper[\s\u00a0]+read[\s\u00a0]+)?"
                     r"by[\s\u00a0]+(?=\S)"
                     # "SPEECH OF HON. JOHN CRADLEBAUGH, OF NEVADA, …": whose speech, a title first
                     r"|^(?:an?[\s\u00a0]+)?(?:address|sermon|discourse|lecture|speech|oration|remarks)"
                     r"[\s\u00a0]+of[\s\u00a0]+(?=(?:the[\s\u00a0]+)?(?:Hon|Rev|Mr|Dr|Senator|President|"
                     r"Governor|General|Judge)\b)"
                     # "President: Jimmy Carter", "Author: Jane Smith": a transcript's or a web
                     # page's labelled field
                     r"|^(?:authors?|speaker|president|written[\s\u00a0]+by|reporter)[\s\u00a0]*:"
                     r"[\s\u00a0]+(?=[A-Z])", re.IGNORECASE)
# a speech's title by whose it is, "SPEECH OF HON. JOHN CRADLEBAUGH, OF NEVADA": a byline under a
# title, the title where nothing stands over it
# (or "by": "Speech by Governor Cook" alone over its source line)
_WHOSE_SPEECH = re.compile(r"(?i)(?:an?[\s\u00a0]+)?(?:address|sermon|discourse|lecture|speech|oration|remarks)"
                           r"[\s\u00a0]+(?:of|by)[\s\u00a0]")
# ("v.39": a Brazilian or Portuguese journal's volume, always with its number)
_VOLUME = re.compile(r"\b(?:Vol(?:ume)?\.?\s*|v\.\s?(?=\d))(?P<v>[0-9IVXLC]+)\b", re.IGNORECASE)
_ISSUE = re.compile(r"\b(?:No|Nr|Issue|Number)\.?\s*(?P<n>[0-9]+)\b", re.IGNORECASE)
_VOLUME_ISSUE = re.compile(r"(?<![\w(])(?P<v>\d{1,4})\((?P<n>\d{1,4})\)")  # "3(30)"
MAX_SOURCE_LINES = 3  # a bracketed source line may be wrapped
# (a bracketed one may name the speech and the book it is printed in: "(Speech of William
# Jennings Bryan accepting …, Indianapolis, August 8, 1900; from Harvey E. Newbranch, …, 1900)")
MAX_BRACKETED_SOURCE = 400
# "(London: Elliot Stock, 62, Paternoster Row)": place and publisher, no date.
# "(Published by the American Tract Society, 28 Cornhill, Boston)", "(A Collection of Articles
# Written for and Published in the Daily Pioneer Press)": an imprint with no date
_PUBLISHED_BY = re.compile(r"^\([^()]{0,80}\b(?:[Pp]ublished|[Pp]rinted|[Ii]ssued)[ \u00a0]+(?:by|for|in)[ \u00a0]+"
                           r"(?:the[ \u00a0]+)?[A-Z][^()]{3,120}\)$")
_IMPRINT = re.compile(r"^\(\s*[A-Z][^:()]{1,40}:\s*[A-Z][^()]*\)$")
_TRAILING_IMPRINT = re.compile(r"[ \u00a0]\([A-Z][^:()]{1,40}:[ \u00a0]*[A-Z][^()]{1,80},[ \u00a0]*"
                               r"(?P<year>(?:1[5-9]|20)\d\d)\)\.?$")
_PLAIN_IMPRINT = re.compile(r"^[A-Z][\w .'’-]{1,30}:[ \u00a0]*(?i:printed|published)[ \u00a0]+(?i:by|for)[ \u00a0]+"
                            r"[A-Z][^\n]{2,120}?[ \u00a0,.](?P<year>(?:1[5-9]|20)\d\d)\.?$")
_LEADING_IMPRINT = re.compile(r"^\((\s*[A-Z][^:()]{1,40}:\s*[A-Z][^()]*)\)[,;.]\s+\S")
# Before an unbracketed source line's date: nothing, a separator (", on Sunday, March 3, 1844."),
# or a word saying what the date is.
_PUBLICATION_BEFORE = re.compile(r"^[A-Za-z][\w.&'’ -]{1,60},[ \u00a0]*$")
_BEFORE_DATE = re.compile(r"(?:^|[,;:—–•|·.(]\s*(?:on\s+)?|\b(?:updated|published|posted|dated|printed|written|"
                          r"issued|delivered|released|filed|first published)(?:\s+on)?\s+)$",
                          re.IGNORECASE)
# "Friday, June 5th, 2009 @ 16:00 UTC", "November 8, 2010 on ben.balter.com" (the site)
_AFTER_DATE = re.compile(r"^\s*(?:$|[,;:—–•|·.()\[\]]|by\s|(?:(?:at|@)\s*)?\d{1,2}[:.]\d{2}\b"
                         r"|on\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$)", re.IGNORECASE)
_IMPRINT_YEAR_LAST = re.compile(r"\b(?i:printed|reprinted|sold)\b(?::|[ \u00a0]+(?i:by|for|and))[^()]{0,160}?"
                                r"[ \u00a0.,](?P<year>1[5-8]\d\d)\.?$")
_IMPRINT_ROMAN_YEAR = re.compile(r"\b(?i:printed|reprinted|sold|published)\b[^()]{0,160}?[ \u00a0.,]"
                                 r"(?P<year>M{1,2}[DCLXVI]{1,12})\.?$")
_IMPRINTED_AT = re.compile(r"^¶?[ \u00a0]*(?i:imprinted|printed)[ \u00a0]+(?:at|in)[ \u00a0]+[A-Z][\w'’ \u00a0-]{1,30}?"
                           r"[ \u00a0,]+(?i:by|for)[ \u00a0]+[^\n]{2,100}?[ \u00a0.,_](?P<year>1[5-8]\d\d)\.?$")
_PLACE_PUBLISHER_ROMAN_YEAR = re.compile(r"^[A-Z][A-Z .'’-]{1,30}:[ \u00a0]+[A-Z][^\n]{2,160}?[ \u00a0.,:]"
                                         r"(?P<year>M{1,2}[DCLXVI]{1,12})\.?$")
# the first day of two a source line dates ("May 31 & June 1, 1928", "May 31 and June 1, 1928")
_RANGE_START = re.compile(r"(?P<day>(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)[ \u00a0]+\d{1,2})(?:st|nd|rd|th)?[ \u00a0]*(?:&|and)[ \u00a0]*$")
# a bracketed source line may date its text by the year alone: "(What Is Art?, 1898; chapter II)"
_YEAR = re.compile(r"(?<![\w/.-])(?:1[5-9]\d\d|20\d\d)(?![\w/-])")
_JOURNAL_END = re.compile(r"[,;•|·]|\s[—–]\s")
_HONORIFIC = re.compile(
    r"^(?:the\s+)?(?:(?:Right|Rt\.?|Very|Most)\s+)?(?:Hon(?:ourable)?\.?|Rev(?:erend|d)?\.?|Dr\.?|"
    r"Prof(?:essor)?\.?|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Miss|Lord|Lady|Father|Canon|Bishop|Capt(?:ain)?\.?)"
    r"[\s\u00a0]+", re.IGNORECASE)
# ("e": Portuguese names join their last two so, "Albuquerque e Melo")
_PARTICLES = frozenset("de van von der den la le da di du des del dos das do e bin ibn al el y".split())
# "St." before a surname's other word ("J. HECTOR ST. JOHN", "Arthur St. Clair"), not a street
# last ("SLOANE ST.")
_SAINT = frozenset({"St.", "ST."})
# Capitalised words that open titles, never names ("The Mill", "How Stalin Betrayed October").
_NOT_NAMES = frozenset("""a an the of in on at to for from with without into and or but not no our
my your his her its their this that these those how why what when where who which whose is are was
were be as""".split())
# the small words title case leaves in small letters ("… Destroyed by Winds and Waves."), in
# English and the languages titles borrow from (headings read titles by them too)
FUNCTION_WORDS = frozenset("""
a an and as at but by en for from in into nor of on onto or over per the to upon via vs with
versus du de la le les des der die das den von van und et y e da do dos em
""".split())
_TITLE_SMALL_WORDS = _NOT_NAMES | FUNCTION_WORDS | {"so", "yet"}
# what a title calls the text, never a name's word ("Evil Empire Speech" over "Ronald Reagan")
_GENRE_WORDS = frozenset("""Speech Address Lecture Sermon Remarks Oration Eulogy Letter Letters Essay
Essays Review Diary Journal Memoir Memoirs Interview Report Statement Declaration Proclamation
Introduction Preface Chapter Testimony Editorial Session Sitting Proceedings""".split())
# nor an ordinal: "SECOND DAY." is a day of the proceedings ("Ryan Day" is a name)
_GENRE_WORDS |= frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
_INITIAL = r"[A-ZÀ-ÖØ-ÞŒÆ]"  # (a ligature too: "E. Œ. SOMERVILLE")
_INITIALS = re.compile(rf"^(?:{_INITIAL}\.){{1,3}}$|^{_INITIAL}\.?$|^{_INITIAL}\.{_INITIAL}\.?$")
_SHORT_FORENAME = re.compile(r"^(?:Thos|Wm|Chas|Jas|Geo|Jno|Saml|Benj|Robt|Edw|Jos|Richd|Alex|Ant|Wil|Hen|Nath|"
                             r"Sam|Dan|Steph|Chris|Fred|Edm|Matt|Nich|Tho)\.$",
                             re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# after "BY", in capitals too: "BY MARTIN ROSS AND E. Œ. SOMERVILLE" (not "WAR AND PEACE")
_NAME_SEPARATORS_AFTER_BY = re.compile(r"\s*[,;]\s*(?:(?:and|AND|&)\s+)?|\s+(?:and|AND|&)\s+")
# a journal's author line: each name's affiliations in figures and letters glued to it, degrees
# after it ("Jordon D. Hemingway1,2,a, Daniel H. Rothman3", "Sarah Hellesen, BA1; Melanie S.
# Dove, MPH, ScD1"): not part of the names
_AFFILIATION_MARKS = re.compile(r"(?<=[A-Za-z])\d{1,2}(?:,(?:\d{1,2}|[a-z])(?=[,;\s]|$))*[*†]?")
# degrees, and a son's "Jr." ("L. D. Frenzel, Jr."), after a comma: part of the name before them
_AFTER_A_NAME = re.compile(r",\s*(?:BA|BS|BSc|MA|MS|MSc|MPH|MD|PhD|ScD|DrPH|RN|MBA|JD|MPP|MSW|DPhil|MBBS|"
                           r"Ph\.D\.|M\.D\.|Jr\.|Sr\.)(?=[,;\s]|$)")
# a paper's authors may end with a body that signs with them: "and SciPy 1.0 Contributors",
# "the ENCODE Project Consortium", "et al."
_COLLECTIVE = re.compile(r"^(?:(?:the[ \u00a0]+)?[A-Z][\w.&'’ -]{0,40}[ \u00a0](?:Contributors|Consortium|"
                         r"Collaboration|Collaborators|Group|Team|Investigators|Network|Committee)|"
                         r"others|et[ \u00a0]al\.?)$")
MAX_DESCRIPTOR_WORDS = 6
BYLINE_DESCRIPTOR_WORDS = 16
_SERIES = re.compile(r"\b(?:Book|Chapter|Report|Bulletin|Circular|Paper|Series|Publication|Volume)"
                     r"[ \u00a0]+[0-9IVXLC]+[A-Z]?\b")
_AFFILIATION = re.compile(r"[ \u00a0]+\([“\"‘']?[A-Z0-9][^()]{0,60}\)\.?$")  # "(Google)", '("20-Bore").'
# "Distill, 2019 (https://distill.pub/2019/…)": a publication and its year, a link after it
# a series' name and its number, no date printed: "Go Time – Episode #100", "Mill Notes, No. 12"
_SERIES_NUMBER = re.compile(r"^[A-Z][\w.&'’ ]{1,60}?(?:[ \u00a0][–—-]|,|:)[ \u00a0]+"
                            r"(?:Episode|Ep\.|Issue|No\.|Number)[ \u00a0]*#?\d{1,4}$")
_PUBLICATION_YEAR = re.compile(r"^([A-Z][\w.&'’ -]{1,60}),[ \u00a0]*((?:1[5-9]|20)\d\d)\.?"
                               r"(?:[ \u00a0]*\((?:https?://|doi:)[^\s()]+\))?$")
# Journal lines as articles print them under the title, their year the source line's date:
_JOURNAL = r"^[A-Z][\w.&'’ -]{1,80}"  # the journal's name, its abbreviations' stops in it
_YEAR_GROUP = r"(?P<year>(?:1[5-9]|20)\d\d)"
_LINK_END = r"(?:\.?$|[.,]?[ \u00a0]+(?:https?://|doi:[ \u00a0]?)\S+$)"  # the end, or the article's address
# "Atmos. Meas. Tech., 10, 119–153, 2017": a journal, its volume, the pages and the year
# ("Earth Syst. Sci. Data, 12, 299–320, 2020, https://doi.org/…": its address after it)
_JOURNAL_VOLUME_PAGES_YEAR = re.compile(_JOURNAL + r",[ \u00a0]*\d{1,4},[ \u00a0]*[\d–-]{1,12},[ \u00a0]*"
                                        + _YEAR_GROUP + _LINK_END)
# "Rev. Latino-Am. Enfermagem 2025;33:e4434 · Original Article · DOI: …": a journal as MEDLINE
# cites it, its year, volume and page (or article number)
_JOURNAL_YEAR_VOLUME = re.compile(_JOURNAL + r"?[ \u00a0.,]+" + _YEAR_GROUP
                                  + r"(?:[ \u00a0]+[A-Z][a-z]{2}(?:[ \u00a0]+\d{1,2})?)?;[ \u00a0]?\d{1,4}"
                                  r"(?:\(\d{1,4}\))?:[ \u00a0]?[A-Za-z]?\d{1,6}")
# "Computational Communication Research 7.1 (2025) 1–36, https://doi.org/…": a journal, its volume
# and issue, the year in brackets, the pages
# ("The Edinburgh Magazine and Literary Miscellany; A New Series of "The Scots Magazine" 2 (March
# 1818): 249-53.": the month or the season before the year, a series' name in its title)
# ("The British Critic, N.S., 9 (April 1818): 432-38; also rpt. in The Port Folio …": a series
# after the name, and where the text was printed again)
_JOURNAL_VOLUME_YEAR_PAGES = re.compile(r"^[A-Z][\w.&'’ ;“”\"-]{1,120}?(?:,[ \u00a0]+[\w.]{1,12},)?[ \u00a0]+\d{1,4}"
                                        r"(?:[.(]\d{1,4}\)?)?[ \u00a0]*\("
                                        r"(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?"
                                        + _YEAR_GROUP + r"\)[ \u00a0,:]*[\d–-]{1,12}"
                                        r"(?:;[ \u00a0]+(?:also[ \u00a0]+)?(?:rpt|repr|reprinted)\.?[ \u00a0]+in[ \u00a0]+[^;]{2,160})?"
                                        + _LINK_END)
# "J. R. Soc. Interface 15: 20170387 (2018). https://doi.org/…": a journal, its volume and page
# (or article number), the year in brackets after them
_JOURNAL_VOLUME_PAGE_YEAR = re.compile(_JOURNAL + r"?[ \u00a0]+\d{1,4}(?:\(\d{1,4}\))?:[ \u00a0]?"
                                       r"[A-Za-z]?\d{1,9}(?:[–-]\d{1,9})?[ \u00a0]*\(" + _YEAR_GROUP + r"\)"
                                       + _LINK_END)  # "PhytoKeys 78: 37–57 (2017), doi: 10.3897/…"
# "3 Biotech (2011) 1:21–26, Original Article, published online 7 April 2011, DOI …": a journal
# (its name may open with a figure), the year in brackets, then its volume and pages as a
# citation prints them, what follows free
_JOURNAL_YEAR_VOLUME_PAGES = re.compile(r"^(?:\d{1,2}[ \u00a0])?" + _JOURNAL[1:] + r"?[ \u00a0]+\(" + _YEAR_GROUP
                                        + r"\)[ \u00a0]*\d{1,4}(?:\(\d{1,4}\))?:"
                                        r"[ \u00a0]?[A-Za-z]?\d{1,6}(?:[–-]\d{1,6})?(?:$|[,.;][ \u00a0])")
# "…, Appendix A (June 2017)": a line under the title that ends with its date in brackets
# ("…, 2014 (Preview Edition, September 2014)": the date closing what the brackets say)
_DATE_LAST_IN_BRACKETS = re.compile(r"[ \u00a0]\(([^()]{4,40})\)\.?$")
# A title may end like a sentence ("JOHN MOST.", "Glorious Dublin!") but is not two of them.
# a title of address's stop ends no sentence ("… by the Rev. Mr. MASKELYNE, Under …")
NOT_AFTER_TITLE = r"(?<!\b(?:Dr|Mr|St|Jr|Sr|Ms))(?<!\b(?:Mrs|Rev|Col|Gen|Mme|Hon|Maj|Sgt|Gov))(?<!\b(?:Capt|Mlle|Prof))"
_TWO_SENTENCES = re.compile(rf"[a-z]{NOT_AFTER_TITLE}[.!?][’”\"']?\s+[“‘\"']?[A-Z]")
MAX_TITLE_WORDS = 20
MAX_NAME_WORDS = 5  # a person's name: forenames and surnames
MAX_NAME_PARTICLES = 2  # and its particles and initials besides ("de", "e", "F.")


def _person_score(text: str) -> int:
    """How much ``text`` looks like one person's name: 3 for ``Gerry Healy``, ``P. Kropotkin``,
    ``A. F. Winnington Ingram``; 2 for four or five capitalised words (a title-cased title may
    look the same); 1 for capitals only (``JANE SMITH``, ``HAMILTON``); 0 for no name."""
    bare = _HONORIFIC.sub("", text.strip())
    titled = bare != text.strip()  # "Lord Acton", "Dr. Johnson": one word is a name after a title
    words = bare.split()
    # (particles and initials apart, at most five words: "Carlos Frederico Campelo de
    # Albuquerque e Melo", "Maria Clara F. Dalla Costa Ames")
    named = [w for w in words if w not in _PARTICLES and not _INITIALS.match(w)]
    if not (1 <= len(words) <= MAX_NAME_WORDS + MAX_NAME_PARTICLES and len(named) <= MAX_NAME_WORDS):
        return 0
    caps = initials = 0
    for k, w in enumerate(words):
        if _INITIALS.match(w) or _SHORT_FORENAME.match(w):  # "THOS.", "Wm.", "Chas."
            initials += 1
        elif w in _PARTICLES or w in _SAINT and 0 < k < len(words) - 1:
            continue
        elif w.lower() in _NOT_NAMES or w.rstrip(".").capitalize() in _GENRE_WORDS:
            return 0
        elif w[0].isupper() and all(c.isalpha() or c in "'’-" for c in w):
            caps += w.isupper() and len(w) > 1
        else:
            return 0
    if words[0] in _PARTICLES or (len(words) == 1 and not (caps and len(words[0]) >= 3) and not (
            titled and len(words[0]) >= 2 and words[0][0].isupper())):
        return 0
    if caps and caps + initials == len(words):
        return 1  # in capitals throughout
    if initials or len(words) <= 3:
        return 3
    return 2


_HAS_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[ \u00a0]?(?:[A-Z]\.[ \u00a0]?)*[ \u00a0][A-Z]{2,}")
MIN_LISTED_NAMES = 3  # names in a list, one of which may be a word read as a common one
_CAPITALISED_WORDS = re.compile(r"^[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]*){1,2}$")


def name_score(text: str, descriptor_words: int = MAX_DESCRIPTOR_WORDS) -> int:
    """How much a line looks like an author line (``By`` apart): one name, names joined by commas
    and ``and``, or one name and a short description (``Jane Smith, Labour correspondent``)."""
    separators = _NAME_SEPARATORS_AFTER_BY if _BYLINE.match(text) else _NAME_SEPARATORS
    text = _BYLINE.sub("", text).strip()
    text = _AFFILIATION.sub("", text)  # "By Craig Box (Google)"
    text = _AFTER_A_NAME.sub("", _AFFILIATION_MARKS.sub("", text))
    if not _INITIALS.match(text.split()[-1] if text.split() else ""):
        text = text.removesuffix(".")  # "By N. Lenin.": old print ends its byline with a stop
    parts = [p for p in separators.split(text) if p]
    if not parts:
        return 0
    if len(parts) > 2 and _COLLECTIVE.match(parts[-1]):
        parts = parts[:-1]  # "…, Paul van Mulbregt, and SciPy 1.0 Contributors"
    scores = [_person_score(p) for p in parts]
    if len(parts) > MIN_LISTED_NAMES and scores.count(0) == 1 and _CAPITALISED_WORDS.match(parts[scores.index(0)]):
        # one of many names whose word reads as a common one ("Soon-Il An" among "So-Won Park,
        # Jin-Hyuk Mun, Hanna Lee, …"): a name in the list all the same
        scores[scores.index(0)] = 1
    if len(parts) > 1 and all(scores):
        return max(scores) if min(scores) > 1 else 1
    first = _person_score(parts[0])
    if first and "," in text:
        descriptor = text.split(",", 1)[1]
        if len(descriptor.split()) <= descriptor_words and not re.search(r"[.!?]\s+[a-z]", descriptor):
            return first
    return first if len(parts) == 1 else 0


def looks_like_name(text: str) -> bool:
    return name_score(text) > 0


_OTHER_RESPONSIBILITY = re.compile(r"^(?:translated|edited|compiled|selected|arranged|reported|taken)\b",
                                   re.IGNORECASE)


def names_author(text: str) -> bool:
    """Whether the byline names the author, not only a translator or an editor
    ("TRANSLATED BY LADY WALLACE.": she is not the author)."""
    return _OTHER_RESPONSIBILITY.match(text.strip()) is None


def byline_lead(text: str) -> int:
    """How long the words before the name are: ``By ``, ``TRANSLATED BY `` (0: none)."""
    m = _BYLINE.match(text)
    return m.end() if m else 0


def byline_name(text: str) -> tuple[int, int]:
    """Where the name stands in an author line: after ``By`` and before a pseudonym or an
    affiliation in brackets (``By BASIL TOZER ("20-Bore").``, ``By Craig Box (Google)``), or
    before a translator's sentence after it."""
    start = byline_lead(text)
    if start == 0 and text[:3].lower() in ("by ", "by\u00a0"):
        start = len(text) - len(text[2:].lstrip())
    if second := _second_responsibility(text, start):
        return start, second + 1  # its stop with it, as "By N. Lenin." keeps it
    if start and (occasion := _OCCASION_AFTER.search(text, start)):
        return start, occasion.start()  # "… BY HENRY F. COCHEMS AFTER THE SHOOTING."
    m = _AFFILIATION.search(text, start)
    return start, (m.start() if m else len(text))


# "By Immanuel Kant. Translated with Introduction and Notes by M. Campbell Smith, M.A.": the
# author's byline, then a translator's or an editor's in a sentence of its own
# ("By Lucius Annaeus Seneca; translated by Richard M. Gummere": or after a semicolon)
_SECOND_RESPONSIBILITY = re.compile(r"[.;][\s\u00a0]+(?=(?:translated|edited|compiled|selected|arranged)\b)",
                                    re.IGNORECASE)


def _second_responsibility(text: str, start: int = 0) -> int:
    """Where a second sentence naming another's part begins in a byline (0: none)."""
    m = _SECOND_RESPONSIBILITY.search(text, start)
    if m is None or not _BYLINE.match(text[m.end():]) or name_score(text[m.end():], BYLINE_DESCRIPTOR_WORDS) <= 0:
        return 0
    return m.start()


# when the words were told or written, after the name: "… AFTER THE SHOOTING.", "… during the siege"
# (or its subject: "PRONOUNCED BY HON. ABRAHAM LINCOLN ON THE LIFE AND SERVICES OF THE LATE …")
_OCCASION_AFTER = re.compile(r"[\s\u00a0]+(?:(?i:after|before|during|following)[\s\u00a0]+(?i:the|his|her)\b[^,\n]{1,60}"
                             r"|(?i:on|upon)[\s\u00a0]+(?i:the)[\s\u00a0]+(?i:life|death|character|services|occasion)\b[^,\n]{1,90})\.?$")


def is_byline(text: str) -> bool:
    """``By Jane Smith``, ``by JANE SMITH``, ``By Jane Smith and John Doe``, ``By the Right Rev.
    A. F. Cole, D.D., Bishop of Stepney``."""
    # ("By Rev. William Nevins, D. D., Late Pastor of a Church in Baltimore": "By" says it is
    # one, so the description after the name may be longer; and one word will do for a name:
    # "By Zitkala-Sa (Gertrude Bonnin)")
    if not (lead := _BYLINE.match(text)):
        return False
    if _ANONYMOUS.match(text):
        return True
    if (by := re.search(r"(?i)\bby[\s\u00a0]+$", text[:lead.end()])) and by.start() > 0 \
            and _ANONYMOUS.match(text[by.start():]):
        return True  # "TAKEN IN SHORT HAND By a STUDENT of the TEMPLE.": its reporter, described
    if second := _second_responsibility(text):
        text = text[:second + 1]
    if (occasion := _OCCASION_AFTER.search(text)) and re.search(r"(?i)\bby[\s\u00a0]", text[:occasion.start()]):
        # "RELATED BY HENRY F. COCHEMS AFTER THE SHOOTING.": when he told it (not "ADDRESS OF
        # PRESIDENT COOLIDGE BEFORE THE NATIONAL COUNCIL …", a speech's title)
        text = text[:occasion.start()]
    start, end = byline_name(text)
    return name_score(text, BYLINE_DESCRIPTOR_WORDS) > 0 or _ONE_WORD_NAME.match(text[start:end]) is not None \
        or _NAME_OF_PLACE.match(text[start:end]) is not None \
        or _PSEUDONYM.match(text[start:end]) is not None or _named_before_offices(text[start:end])


def _named_before_offices(text: str) -> bool:
    """After "By", a name and the offices an old title page lists after it, however many ("BY
    WILLIAM PALEY, M. A. LATE FELLOW OF CHRIST COLLEGE, CAMBRIDGE, AND VICAR OF DALSTON …"):
    the name before the first comma, no sentence in what follows."""
    name, comma, offices = text.partition(",")
    return bool(comma) and _person_score(name) > 0 and len(name.split()) >= 2 \
        and not re.search(r"[.!?][ \u00a0]+[a-z]", offices)


# an author who signs by a description, as old books and pamphlets print it: "By a Black Woman of
# the South", "BY A CITIZEN OF NEW-YORK", "By the Author of Waverley", "BY HIS ASSISTANT AND SUCCESSOR.",
# "By Our Own Correspondent"
# ("ISSUED BY AN ANTI-SLAVERY CONVENTION OF AMERICAN WOMEN, Held in the City of New-York, …":
# a body issues it, where and when after a comma)
# ("BY COLORED PEOPLE OF MASSACHUSETTS.", "By Citizens of Boston": a body of people, no article)
_ANONYMOUS = re.compile(r"^(?:issued[\s\u00a0]+)?by[\s\u00a0]+(?:(?:an?|the|his|her|their|our)[\s\u00a0]+(?-i:[A-Z])[\w’'-]*"
                        r"|(?:(?-i:[A-Z])[\w’'-]*[\s\u00a0]+){0,2}(?:people|citizens|members|friends|inhabitants|"
                        r"residents|women|men|ladies|workers|workingmen|delegates|students)(?=[\s\u00a0]+of\b))"
                        # (the words capitalised as a name's are, whatever the flag: not "By the end of …")
                        # ("By the Count de Las Cases.": a title with a name's particles)
                        r"(?:[\s\u00a0]+(?:(?-i:[A-Z])[\w’'-]*|of|the|in|and|from|to|on|de|du|des|von|van|da|di)){0,8}"
                        r"(?:\.?$|,[\s\u00a0]+(?:held|met|assembled|convened)\b[^\n]{0,120}$"
                        # ("By the Marquess of Dufferin Sometime Governor-General of the Dominion of
                        # Canada and afterwards Viceroy of India.": the offices he held after his title)
                        r"|,?[\s\u00a0]+(?:sometime|late|formerly)[\s\u00a0]+[^\n]{1,160}$"
                        # ("BY THE LORD BISHOP OF DURHAM, D.D.": his degrees after his office)
                        r"|(?:,[\s\u00a0]+(?-i:[A-Z][A-Za-z]{0,2}\.(?:[A-Z][A-Za-z]{0,2}\.){0,3}))+$)",
                        re.IGNORECASE)
# a forename and the place it is known by: "By Thérèse of Lisieux", "By Thomas à Kempis" (not
# "By Order of Council")
_NAME_OF_PLACE = re.compile(r"^(?!(?:Order|Authority|Command|Permission|Direction|Request|Appointment|Desire)\b)"
                            r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff’'\-]+[ \u00a0]+(?:of|à|a|de|von|van)[ \u00a0]+"
                            r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff’'\-]+\.?$")
_ONE_WORD_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?$")
# 'BY "ATTICUS" (A. HEWITSON).': a pen name in quotation marks, the name after it in brackets
_PSEUDONYM = re.compile(r"^[\"“‘'][A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){0,2}[\"”’']$")


_SAYS_WHEN = re.compile(r"(?i)(?:delivered|preached|read|published|printed|written|spoken)\b")


def _news_dateline(text: str) -> bool:
    """``MOSCOW, June 3, 1988``, ``London, 1 May 1990 —``, ``6:13 P.M.``: the body's, not a source."""
    if not is_dateline(text):
        return False
    place = text.split(",", 1)[0]
    if _SAYS_WHEN.match(place):
        return False  # "DELIVERED IN THE HOUSE OF REPRESENTATIVES, February 7, 1863.": no place
    return (text.rstrip().endswith(("—", "–", "-")) or (place.isupper() and "," in text
            and parse_date(place) is None and parse_date(text) is None)
            or find_date(text) is None)


def _publication_month(text: str) -> tuple[int, str, str] | None:
    """``Fedora Magazine, April 2019``: a publication's name and the month of the issue, the
    whole line."""
    found = find_date(text, at_least="month")
    if found is None or found[0] + len(found[1]) != len(text.rstrip(". ")):
        return None
    return found if _PUBLICATION_BEFORE.match(text[:found[0]]) else None


_PERIODICAL_DATED = re.compile(r"^(?:(?i:the)[ \u00a0]+)?(?:[A-Z][\w.’'&\-]*[ \u00a0]+){0,5}"
                               r"(?i:news|times|gazette|herald|journal|chronicle|review|magazine|post|tribune|"
                               r"advertiser|mercury|courier|observer|register|ledger|monthly|weekly|quarterly|"
                               r"record|standard|examiner|spectator|intelligencer|bulletin|reporter|telegraph),"
                               r"[ \u00a0]+[^,]{3,30}(?:,[ \u00a0]*\d{4})?\.?$")
_FROM_PAPER_DAY = re.compile(r"^(?i:(?:reprinted[ \u00a0]+|extracted[ \u00a0]+|taken[ \u00a0]+)?from[ \u00a0]+(?:the[ \u00a0]+)?)"
                             r"[A-Z][\w.’'&\-]*(?:[ \u00a0]+[A-Z][\w.’'&\-]*){0,5},[ \u00a0]+"
                             r"(?i:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
                             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \u00a0]+\d{1,2}(?i:st|nd|rd|th|d)?\.?$")


# a web site's address opening a bracketed line: the site the text was taken from
_SITE = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:gov|org|com|net|edu|int|mil|[a-z]{2})(?:/\S*)?(?=[,;:)\s]|$)")


def parse_source_line(block: Block, under_title: bool = False) -> SourceLine | None:
    """A ``SourceLine`` if ``block`` is one, else ``None``; ``under_title``: it follows the title,
    where an unbracketed line with a date set off is a source line too."""
    text = block.text
    bracketed = text[:1] + text[-1:] in ("()", "[]")
    if len(text) > (MAX_BRACKETED_SOURCE if bracketed else MAX_LINE_LENGTH) \
            or block.lines > (MAX_SOURCE_LINES if bracketed else 1):
        return None
    inner_start, inner = 0, text
    # an imprint in brackets with more after it: "(New York: Doubleday, 1903), Part I, chapter V"
    if not bracketed and (lead := _LEADING_IMPRINT.match(text)) and _YEAR.search(lead.group(1)):
        year = _YEAR.search(lead.group(1))
        return SourceLine(block=block, when=year.group(), date=(1 + year.start(), year.group()))
    if bracketed:
        inner_start, inner = 1, text[1:-1]
        found = find_date(inner)
        if found is None and (year := _YEAR.search(inner)):
            found = (year.start(), year.group(), year.group())
        if found is None:
            # under the title, a bracketed line says where the text stands even without a date:
            # "(American Government 4e, OpenStax, Rice University; Chapter 14, Section 14.4)",
            # "(Twenty-third to Twenty-seventh Day)"
            if not (_IMPRINT.match(text) or _PUBLISHED_BY.match(" ".join(text.split()))
                    or under_title and inner[:1].isupper() and len(inner.split()) >= 3
                    or under_title and _SITE.match(inner)):  # "(plainlanguage.gov, U.S. General …)"
                return None
            return SourceLine(block=block)
    elif _VOLUME.search(text) or _ISSUE.search(text) or _VOLUME_ISSUE.search(text):
        found = find_date(inner)
    elif under_title and _SERIES.search(text) and "," in text and len(text.split()) >= 6 \
            and not _SERIES.match(text) and not text.rstrip().endswith((".", ":", ";")):
        # "U.S. Geological Survey Techniques and Methods, Book 6, Section A, Chapter 59 (Reston,
        # Virginia)": a report series and its number, no date printed
        return SourceLine(block=block)
    elif under_title and _SERIES_NUMBER.match(text):
        return SourceLine(block=block)  # "Go Time – Episode #100": a podcast's or a series' number
    elif under_title and _FROM_PAPER_DAY.match(text):
        # "FROM THE BROOKLYN UNIONIST, AUGUST 29.": a paper's day the text is taken from, its
        # year unprinted
        return SourceLine(block=block)
    elif under_title and (m := _PUBLICATION_YEAR.match(text)):
        found = (m.start(2), m.group(2), m.group(2))
    elif under_title and (m := _JOURNAL_VOLUME_PAGES_YEAR.match(text) or _JOURNAL_YEAR_VOLUME.match(text)
                          or _JOURNAL_VOLUME_YEAR_PAGES.match(text) or _JOURNAL_YEAR_VOLUME_PAGES.match(text)
                          or _JOURNAL_VOLUME_PAGE_YEAR.match(text)):
        found = (m.start("year"), m.group("year"), m.group("year"))
    elif under_title and (m := _PLAIN_IMPRINT.match(text)):
        # "NEW-YORK: PRINTED BY WILLIAM S. DORR, 123 FULTON STREET. 1837.": a title page's imprint
        found = (m.start("year"), m.group("year"), m.group("year"))
    elif under_title and _PERIODICAL_DATED.match(text) and (
            dated := find_date(text, at_least="day")) is not None:
        # "THE ILLUSTRATED WAR NEWS, NOV. 18, 1914.": a paper's name and its day, no brackets
        # (a place's name would be a news dateline: no paper's word in it)
        found = dated
    elif under_title and (m := _IMPRINTED_AT.match(text)):
        # "¶Imprinted at London by R. B. _Anno_ 1604.": an old book's imprint, where and by whom
        found = (m.start("year"), m.group("year"), m.group("year"))
    elif under_title and (m := _IMPRINT_YEAR_LAST.search(text)):
        # "A NEW EDITION. PHILADELPHIA Printed: LONDON Reprinted and Sold by JAMES PHILLIPS, …
        # 1784.": an old title page's imprint, its year last
        found = (m.start("year"), m.group("year"), m.group("year"))
    elif under_title and (m := _IMPRINT_ROMAN_YEAR.search(text) or _PLACE_PUBLISHER_ROMAN_YEAR.match(text)) \
            and (year := roman_year(m.group("year"))):
        # "PHILADELPHIA: Printed in the Year MDCCXLVIII.": the year in roman capitals (or the
        # place and the publisher: "LONDON: JOHN MURRAY, ALBEMARLE STREET: … MDCCCLIV.")
        found = (m.start("year"), m.group("year"), year)
    elif under_title and (m := _TRAILING_IMPRINT.search(text)):
        # "From Memories and Portraits (London: Chatto & Windus, 1887)": a book and its imprint
        found = (m.start("year"), m.group("year"), m.group("year"))
    elif under_title and (m := _DATE_LAST_IN_BRACKETS.search(text)) and (
            (when := parse_date(m.group(1))) or _YEAR.fullmatch(m.group(1))):
        found = (m.start(1), m.group(1), when or m.group(1))
    elif under_title and (m := _DATE_LAST_IN_BRACKETS.search(text)) and (
            (last := find_date(m.group(1), at_least="month")) is not None
            and last[0] + len(last[1]) == len(m.group(1))):
        found = (m.start(1) + last[0], last[1], last[2])
    elif under_title and not _news_dateline(text):
        found = find_date(inner, at_least="day") or (
            (0, inner, parse_date(inner)) if parse_date(inner) else None) or _publication_month(inner)
        if found is not None and (r := _RANGE_START.search(inner, 0, found[0])) \
                and (first_day := parse_date(f"{r['day']}, {found[2][:4]}")):
            # "Chicago, May 31 & June 1, 1928": a paper's two days, dated by the first
            found = (r.start(), inner[r.start():found[0] + len(found[1])], first_day)
        if found is not None and not (_BEFORE_DATE.search(inner[: found[0]])
                                      and _AFTER_DATE.match(inner[found[0] + len(found[1]):])):
            return None
    else:
        return None
    if found is None:
        return None
    offset, printed, when = found
    line = SourceLine(block=block, when=when, date=(inner_start + offset, printed))
    first = _JOURNAL_END.split(inner, 1)[0].strip()
    if (first and inner.index(first) + len(first) <= offset and not _VOLUME.match(first)
            and not re.match(r"(?i)(?:from|written|printed|published|delivered|read|reported|"
                             r"translated|edited|dictated|taken)\b", first)
            # ("(From the collection of Dr. Nohl; …)", "(Written during her Travels in Europe, …)":
            # what the text is or where it came from, no publication's name)
            and not find_date(first) and not _BEFORE_DATE.search(first + " ")):
        line.journal = (inner_start + inner.index(first), first)
    if (m := _VOLUME.search(inner)):
        line.volume = m.group("v")
    if (m := _ISSUE.search(inner)):
        line.issue = m.group("n")
    if line.volume is None and line.issue is None and (m := _VOLUME_ISSUE.search(inner)):
        line.volume, line.issue = m.group("v"), m.group("n")
    return line


def _capitalised(text: str) -> bool:
    """Every word capitalised, save small ones: a title (``No Treason. No. II. The
    Constitution.``), not sentences (``A lede comes first. It sets the scene.``)."""
    # ("&c.", an old title's et cetera: "… FURNITURE OF HOUSES, &c. UTTERLY REJECTING …")
    words = re.findall(r"[^\W\d_][\w’'\-]*", text.replace("&c.", ""))
    return bool(words) and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words[1:]) \
        and words[0][0].isupper()


def _mostly_capitals(text: str) -> bool:
    """Most words in capitals, as an old title page sets its title, a phrase or two in small
    letters between (``A NARRATIVE OF … DURING THE LATE Awful Calamity in Philadelphia, IN THE
    YEAR 1793: …, Thrown upon them in some late Publications.``)."""
    words = re.findall(r"[^\W\d_][\w’'\-]*", text.replace("&c.", ""))
    return bool(words) and words[0].isupper() and sum(w.isupper() for w in words) >= 0.6 * len(words)


# an imprint in brackets, its place first: "(Bath: Printed and sold by W. Gye, 1800)", "(LONDON:
# PRINTED BY JAMES PHILLIPS, … M.DCC.XCIII.)"
# an old title page's imprint, in brackets or not ("(Bath: Printed and sold by W. Gye, 1800)",
# "NEW YORK: PUBLISHED BY THE AMERICAN ANTI-SLAVERY SOCIETY. 1860.")
# (or the place in capitals and a comma: "BOSTON, Printed and Sold by GREEN & RUSSELL, … 1760.")
_IMPRINT_LINE = re.compile(r"^[(\[]?(?:[A-Z][A-Za-z. ]{1,30}:|[A-Z][A-Z. -]{1,30},)[ \u00a0]+(?i:printed|published|sold)\b")
_DISPLAY_CAPITALS = re.compile(r"^(?:[A-Z][A-Z’'&.\-]*[ \u00a0,]+){3}")  # "EXTRACT OF A …"


# the part of an old title page between its title and its byline: "With some Account of Her
# Exemplary Character: …", "To which is added …", "Together with …"
_TITLE_PAGE_PART = re.compile(r"^(?:With|Together[ \u00a0]+with|To[ \u00a0]+which[ \u00a0]+(?:is|are)[ \u00a0]+"
                              r"(?:added|prefixed|annexed)|Containing|Being)[ \u00a0]+[^\n]{10,300}$")


MAX_SET_IN_PART_LINES = 6


def _set_in_part(block: Block) -> bool:
    """An old title page's part set in under its title, over the source line, a few lines of it
    ("      Who was committed to CLERKENWELL PRISON, On MONDAY the" / "      10th os DECEMBER,
    1792, …" / "                           against him.")."""
    lines = block.text.split("\n")
    return block.indent_width >= SET_IN_PART and 1 < len(lines) <= MAX_SET_IN_PART_LINES \
        and block.text[:1].isupper() and all(line[:1] in " \t\u00a0" for line in lines[1:])


SET_IN_PART = 4  # columns
MAX_SET_IN_PARTS = 2


def _parts_then_source(blocks: list[Block], j: int) -> bool:
    """``blocks[j:]`` open with one or two parts set in ("      WITH REMARKS ON …" / "      Humbly
    addressed to …"), then the source line in brackets."""
    for k in range(j, min(len(blocks), j + MAX_SET_IN_PARTS + 1)):
        if k > j and blocks[k].text[:1] + blocks[k].text[-1:] in ("()", "[]"):
            return parse_source_line(blocks[k], under_title=True) is not None
        if not _set_in_part(blocks[k]):
            return False
    return False


def _is_opening_candidate(block: Block, first: bool, byline_next: bool = False,
                          source_next: bool = False, imprint_next: bool = False,
                          part_then_byline: bool = False, part_then_source: bool = False) -> bool:
    """A line that may stand in the opening: short, one line, not a news dateline, not ending like
    a sentence or a lead-in -- save the title (``JOHN MOST.``) and a byline (``By M. B.``); over a
    byline, a title of several stops (``No Treason. No. II. The Constitution.``), or a long one
    in capitals (an old pamphlet's ``WALKER'S APPEAL, IN FOUR ARTICLES, … AMERICA.``); over a
    bracketed source line, a reviewed book's title line (``Endymion: A Poetic Romance. By John
    Keats. London. 1818. pp. 207.``)."""
    text = block.text
    # (a paper's authors may run longer: twelve names with their forenames)
    # (and a reviewed book's title page over the source line: "The Correspondence and Diaries of
    # John Wilson Croker, …. Edited by Louis J. Jennings. … New York: Charles Scribner's Sons.")
    # (and an old title page's long title, its first words in capitals, over its imprint in
    # brackets: "TRIAL OF JANE LEIGH PERROT, AT TAUNTON ASSIZES, ON Saturday … AS TAKEN IN SHORT
    # HAND." / "(Bath: Printed and sold by W. Gye, 1800)")
    title_page = first and source_next and imprint_next and len(text) <= MAX_NOTICE_LINE \
        and _DISPLAY_CAPITALS.match(text) is not None
    # (and a journal entry's summary in capitals over its byline: "CHARACTERISTIC CONVERSATION.—THE
    # EMPEROR'S RETURN FROM ELBA FORESEEN ….—DESCRIPTION OF SIR HUDSON LOWE." / "By the Count …")
    title_page = title_page or (first and byline_next and len(text) <= MAX_NOTICE_LINE
                                and text == text.upper() and len(re.findall(r"[^\W\d_]{2,}", text)) >= 3)
    # (and an old title page's long title over "With some Account of …" and the byline)
    title_page = title_page or (first and part_then_byline and len(text) <= MAX_NOTICE_LINE
                                and text[:1].isupper())
    if not block.single_line or len(text) > MAX_LINE_LENGTH and not (
            len(text) <= MAX_AUTHORS_LINE and name_score(text) > 1) and not (
            first and source_next and len(text) <= MAX_NOTICE_LINE and _REVIEWED_BOOK.search(text)) \
            and not title_page:
        return False
    if is_dateline(text) and not text.startswith(("(", "[")) and not (first and (byline_next or source_next)):
        return False  # a dateline opens the body, not the title page (but over a byline or the
        # source line, the first line is the title, a year in it or not: "Diary of John
        # Manningham, 1602", "The Cuban Missile Crisis, October 1962")
    end = text.rstrip("’”\"'")[-1:]
    if end in ";:,":
        # ("THE CASE OF THOMAS SPENCE, BOOKSELLER, …, LONDON;" run on into the part set in
        # under it, the source line after that: a title page's title)
        return end == "," and is_byline(text) or (first and part_then_source and len(text) <= MAX_NOTICE_LINE
                                                  and (_DISPLAY_CAPITALS.match(text) is not None
                                                       or _mostly_capitals(text)))
    if end in ".!?":
        words = len(text.split())
        title = first and (not _TWO_SENTENCES.search(text) and words <= MAX_TITLE_WORDS
                           or byline_next and (_capitalised(text) or _mostly_capitals(text))
                           and words <= 2 * MAX_TITLE_WORDS
                           or source_next and (words <= 2 * MAX_TITLE_WORDS
                                               or _REVIEWED_BOOK.search(text) is not None)
                           or title_page)
        return title or is_byline(text) or (end == "." and name_score(text) > 0)
    return True


MAX_AFFILIATION_LINES = 2


def _byline_with_affiliation(block: Block) -> bool:
    """A byline over the author's office or place, set as one block ("By F. H. Knowlton," /
    "_United States Geological Survey._"): short lines, the first a byline."""
    lines = [line.strip() for line in block.text.splitlines()]
    # (not a byline wrapped at the text's width: "By …, and Randall J." / "Hunt")
    return not block.single_line and 1 < len(lines) <= 1 + MAX_AFFILIATION_LINES \
        and is_byline(lines[0]) and all(0 < len(line) <= MAX_LINE_LENGTH for line in lines)


MAX_OFFICE_LINES = 4
# an office or a place of work, as a paper prints them under its author's name
_OFFICE_WORD = re.compile(r"\b(?:Professor|Director|Lecturer|Fellow|Pathologist|Physician|Surgeon|Superintendent|"
                          r"Curator|Librarian|Secretary|President|University|College|Hospital|School|Institute|"
                          r"Laboratory|Department|Museum|Observatory|Asylum)\b")


def _offices(block: Block) -> bool:
    """The author's offices set as a block of their own under the name line, over the source
    line (``E. E. SOUTHARD, M. D.`` / ``Pathologist, State Board of Insanity, Massachusetts;
    Director, Psychopathic`` / ``Hospital, Boston, Mass., …``): a few lines that name an office
    or a place of work, no sentence among them."""
    lines = block.text.splitlines()
    return 1 < len(lines) <= MAX_OFFICE_LINES and all(len(line.strip()) <= 100 for line in lines) \
        and _OFFICE_WORD.search(block.text) is not None and not re.search(r"[.!?][ \u00a0]+[a-z]", block.text) \
        and _BYLINE.match(block.text) is None


def _offices_line(block: Block) -> bool:
    """The author's offices and works on one line under a byline, over the source line
    ("Former Assistant Attorney-General of the United States, and Author of “The Dual
    Alliance …”"): capitalised, no sentence in it."""
    text = block.text
    return block.single_line and len(text) <= MAX_NOTICE_LINE and text[:1].isupper() \
        and (_OFFICE_WORD.search(text) is not None or _OFFICE_OR_WORKS.search(text) is not None) \
        and not re.search(r"[.!?][’”\"']?[ \u00a0]+[a-z]", text)


_OFFICE_OR_WORKS = re.compile(r"\b(?:Author|Editor|Translator)[ \u00a0]+of\b|\b(?:Former|Late|Attorney|Judge|"
                              r"Minister|Senator|Member)\b")


MAX_DECK_LINES = 4
MAX_DECK_LINE = 240  # characters (a deck of five or six headlines run on in one line)


def _deck(block: Block) -> bool:
    """A newspaper's deck under its headline, over the byline or (in title case, then) the dated
    source line: a few short lines, each a headline of its own (``Belgian Rule Denounced and Strenuously Defended.`` /
    ``Reform Association Scored``), or one long one (``Work of the International Association —
    Colonizing Schemes of Portugal — …``). Kept on the title page as printed."""
    lines = [line.strip() for line in block.text.splitlines()]
    return (len(lines) <= MAX_DECK_LINES and all(0 < len(line) <= MAX_DECK_LINE for line in lines)
            and all(line.lstrip("“\"‘'")[:1].isupper() for line in lines) and not _news_dateline(lines[0]))
    # (a deck may open on a quoted phrase: "“THE CRIME OF WHOLESALE MURDER”--CAPTAIN TURNER’S …")


MAX_DECKS = 3  # decks a block each under a headline ("Over 100 Persons Murdered!!" / "Confirmation of the Report.")


def _decks_over_source(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is a deck, alone or the first of a few a block each, over the byline or
    (in title case, then) the dated source line."""
    for j in range(i, min(i + MAX_DECKS, len(blocks) - 1)):
        if not _deck(blocks[j]):
            return False
        if is_byline(blocks[j + 1].text) or all(_capitalised(line) for line in blocks[j].text.splitlines()) \
                and getattr(parse_source_line(blocks[j + 1], under_title=True), "when", None):
            return True
        if not all(_capitalised(line) for line in blocks[j].text.splitlines()):
            return False
    return False


def _lone_title(block: Block) -> bool:
    """A first line that can be a title with no byline or source line to confirm it: short, no
    sentence in it or ending it."""
    text = block.text
    return (block.single_line and len(text.split()) <= MAX_TITLE_WORDS
            and not re.search(r"[.!?](?:\[\d+\]|[\])’”\"'])*(?:\s|$)", text))


def _paragraph(block: Block) -> bool:
    """A paragraph of the body: wrapped, or long, or ending like a sentence."""
    text = block.text.rstrip("’”\"'")
    return not block.single_line or len(text) > MAX_LINE_LENGTH or text[-1:] in ".!?:;"


def _is_title_line(block: Block) -> bool:
    """A subtitle between title and byline: a line of words, not a sentence or a name."""
    return (block.single_line and not name_score(block.text)
            and not re.search(r"[.;:,!]$", block.text.rstrip("’”\"'")))


def wrap_width(blocks: list[Block]) -> int | None:
    """The width a hard-wrapped text is wrapped at (what its paragraphs' lines but the last reach,
    a long web address apart), when many of its paragraphs are so wrapped; None for a text of
    one paragraph a line."""
    wrapped = [b for b in blocks if b.lines > 2]
    if len(wrapped) < max(3, len(blocks) // 4):
        return None
    widths = sorted(len(line.rstrip()) for b in wrapped for line in b.text.splitlines()[:-1])
    return widths[int(len(widths) * 0.95)]


def _one_wrapped_line(block: Block, width: int | None) -> bool:
    """A line the text's wrapping broke in two or three (``SWB Version 2.0—A Soil-Water-Balance
    Code for Estimating Net`` / ``Infiltration and Other Water-Budget Components``): each line
    but the last leaves no room for the next line's first word and is no wider than the text's
    lines. Not ``Title`` / ``By Name``."""
    if width is None or not 2 <= block.lines <= 3:
        return False
    lines = [line.strip() for line in block.text.splitlines()]
    if lines[-1][:1] + lines[-1][-1:] in ("()", "[]") and not lines[0].rstrip().endswith((",", "(", "[")):
        return False  # a title over its source in brackets: "(Anti-Slavery Monthly Reporter, …)"
    return all(len(line) + 1 + len(after.split()[0]) > width >= len(line)
               for line, after in zip(lines, lines[1:]) if after)  # (a longer line: not wrapped)


def find_opening(blocks: list[Block], title_hint: str | None = None,
                 author_hint: str | None = None) -> tuple[Opening, int]:
    """The opening lines and the number of blocks they use.

    ``title_hint``/``author_hint`` (from the editorial file) settle which line is which when the
    shapes alone cannot. A first block of two to four short lines (title, byline and source line
    set without blank lines between them) is read line by line when its lines all open the text.
    """
    width = wrap_width(blocks)
    if width is not None:  # a hard-wrapped text: a wrapped opening line reads as one line
        blocks = [replace(b, lines=1) if _one_wrapped_line(b, width) else b
                  for b in blocks[:MAX_OPENING_BLOCKS]] + blocks[MAX_OPENING_BLOCKS:]
    if blocks and 2 <= blocks[0].lines <= MAX_OPENING_BLOCKS:
        lines = stripped_lines(blocks[0])
        opening, used = _find_opening(lines + blocks[1:], title_hint, author_hint)
        if used >= len(lines):
            return opening, used - len(lines) + 1
        if used >= 2 and opening.author is not None and all(
                _is_opening_candidate(line, False) for line in lines[used:]):
            # "Title" / "By Name" / "(A Collection of Articles … Pioneer Press)": the block's
            # other lines are more opening lines, kept on the title page as printed
            opening.blocks += lines[used:]
            return opening, 1
    opening, used = _with_affiliations(blocks, title_hint, author_hint)
    if opening.author is None and not (title_hint or author_hint):
        paged = _title_page(blocks)
        if paged is not None:
            return paged
    return opening, used


def _with_affiliations(blocks: list[Block], title_hint: str | None,
                       author_hint: str | None) -> tuple[Opening, int]:
    """The opening, a byline set over the author's office in one block read line by line: the
    byline names the author, the office stays on the title page as a line of its own."""
    head = blocks[:MAX_OPENING_BLOCKS]
    lines: list[Block] = []
    owner: list[int] = []  # the block each line comes from
    for i, block in enumerate(head):
        pieces = stripped_lines(block) if i and _byline_with_affiliation(block) else [block]
        lines += pieces
        owner += [i] * len(pieces)
    if len(lines) == len(head):  # no such byline
        return _find_opening(blocks, title_hint, author_hint)
    opening, used = _find_opening(lines + blocks[MAX_OPENING_BLOCKS:], title_hint, author_hint)
    if used == 0:
        return opening, 0
    if used <= len(lines):
        # (a byline used without its office: the office kept on the title page all the same)
        opening.blocks += [line for line, i in zip(lines[used:], owner[used:]) if i == owner[used - 1]]
        used_blocks = owner[used - 1] + 1
    else:
        used_blocks = used - len(lines) + len(head)
    if opening.author is not None and opening.author in lines:
        at = lines.index(opening.author)
        opening.offices = [line for line, i in zip(lines[at + 1:], owner[at + 1:])
                           if i == owner[at] and line in opening.blocks and line is not opening.title]
    return opening, used_blocks


MAX_TITLE_PAGE_BLOCKS = 8
_TITLE_PAGE_LINE = 80  # characters


def _title_page(blocks: list[Block]) -> tuple[Opening, int] | None:
    """An old pamphlet's title page, its lines in capitals down to the byline (``COUNT THE
    COST.`` / ``AN`` / ``ADDRESS`` / ``TO THE`` / ``PEOPLE of CONNECTICUT,`` … / ``BY JONATHAN
    STEADFAST`` / ``1804``): the first line the title, the byline the author, a date under it
    the source line, the lines between kept on the title page as printed."""
    at = next((i for i, b in enumerate(blocks[:MAX_TITLE_PAGE_BLOCKS])
               if b.single_line and is_byline(b.text)), None)
    if at is None or at < 2:
        return None
    for block in blocks[:at]:
        letters = [c for c in block.text if c.isalpha()]
        lines = block.text.splitlines()
        if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters) \
                or any(len(line.strip()) > _TITLE_PAGE_LINE for line in lines):
            return None
    opening = Opening(title=blocks[0], author=blocks[at], blocks=list(blocks[:at + 1]))
    used = at + 1
    if used < len(blocks) and (line := parse_source_line(blocks[used], under_title=True)) is not None:
        opening.source_line, used = line, used + 1
        opening.blocks.append(blocks[at + 1])
    return opening, used


# an author that is a body: a board, a committee, an office, its name's last word saying so
# (and a report's line that names the body whose it is: "Report of the Committee on Science and
# Astronautics, U.S. House of Representatives, Eighty-Sixth Congress, Second Session")
_BODY_NAME = re.compile(r"^(?:(?:A[ \u00a0]+)?Report[ \u00a0]+(?:of|by|from)[ \u00a0]+(?:the[ \u00a0]+)?)?"
                        r"(?:[A-Z][\w®&.’'-]*,?[ \u00a0]+(?:(?:and|of|for|on|the|&)[ \u00a0]+)*){0,12}"
                        r"(?:Board|Committee|Commission|Council|Office|Department|Staff|Institute|Society|"
                        r"Association|Agency|Team|Group|Foundation|Service|Bureau|Secretariat)"
                        # (its charge after it: "National Commission on the BP Deepwater Horizon Oil
                        # Spill and Offshore Drilling")
                        r"(?:[ \u00a0]+(?:on|of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][^.,;:]{1,100})?"
                        r"(?:(?<=[a-z])(?:,[ \u00a0]+(?:U\.[ \u00a0]?S\.[ \u00a0]+)?[A-Z][^.,;:]{1,60}){1,4})?\.?$")


def _author_after_source(before: list[Block], block: Block) -> bool:
    """``block``, the line under the source line, is the author's: a byline, or several names
    where no line above names anyone."""
    if not block.single_line or any(is_byline(b.text) or name_score(b.text) > 1 for b in before) \
            or is_letter_dateline(block.text):
        return False  # (nor a letter's place and day: "New York, Tuesday, October 10.")
    # (not a reviewed book's title line: "Count Frontenac … Louis XIV. By Francis Parkman. Boston: …")
    return is_byline(block.text) or len(_NAME_SEPARATORS.split(block.text)) > 1 and name_score(block.text) > 1 \
        and not _TITLE_BY.search(block.text)


_TITLE_BY = re.compile(r"\.[ \u00a0]+(?:By|Von)[ \u00a0]+[A-Z]")


def _headline_over_source(blocks: list[Block]) -> int:
    """A newspaper's headline run on over its deck lines by commas, over a dated source line in
    brackets (``THE LATE JAMES D. WARREN,`` / ``Proprietor of the …,`` / ``Died Friday
    Evening, Dec. 17, 1886.`` / ``(Buffalo Morning Express, …, 1886, page 1)``): the number of
    lines above the source line, all of the opening; else 0."""
    for k in range(1, MAX_OPENING_BLOCKS):
        if k >= len(blocks) - 1:
            return 0
        above = blocks[k - 1].text
        if k > 1 and _reviewed_book_run_on(blocks[k - 1]):
            pass  # "REVIEW OF A JOURNAL OF EIGHT DAYS' JOURNEY," / "From Portsmouth … By Mr. H. -----."
        elif not blocks[k - 1].single_line or len(above.split()) > MAX_TITLE_WORDS or _TWO_SENTENCES.search(above):
            return 0
        block = blocks[k]
        if block.text[:1] + block.text[-1:] in ("()", "[]") and getattr(
                parse_source_line(block, under_title=True), "when", None):
            return k if blocks[0].text.rstrip().endswith(",") and _mostly_capitals(blocks[0].text) else 0
    return 0


MAX_RUN_ON_LINES = 12


def _reviewed_book_run_on(block: Block) -> bool:
    """The rest of a reviewed book's long title, run on from a headline in capitals that ends
    in a comma, wrapped over a few lines down to the book's author (``From Portsmouth to Kingston
    upon Thames, … in thirty-two letters to two ladies. By Mr. H.`` / ``-----.``)."""
    return 1 < block.lines <= MAX_RUN_ON_LINES and block.text.rstrip().endswith(".") \
        and re.search(r"\bBy[ \u00a0\n]+(?:[A-Z][\w.’'-]*[ \u00a0\n]+)*[A-Z]", block.text) is not None


# a reviewed book's title line closed by its imprint ("Frankenstein; or, The Modern Prometheus. In
# Three Volumes. London: Lackington, Hughes, Harding, Mavor, & Jones, 1818."): over the review's
# source line, its stops no sentences
MAX_NOTICE_LINE = 600
# a reviewed book's editor or author and its imprint last, the year unprinted: "… Edited by Louis
# J. Jennings. With portrait. Two volumes. New York: Charles Scribner's Sons."
_REVIEWED_BOOK = re.compile(r"\b(?:By|Edited[ \u00a0]+by|Translated[ \u00a0]+by)[ \u00a0]+[A-Z][^:]*\.[ \u00a0]+"
                            r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?:[ \u00a0]+[A-Z][^:]{2,120}\.$")
_REVIEWED_IMPRINT = re.compile(r"\.[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?:[ \u00a0]+[A-Z][^:.]{2,120},[ \u00a0]+"
                               r"(?:1[5-9]|20)\d\d\.?$")


BODY_BLOCKS_READ = 20  # of the body, read for an opening line's words in small letters


def _said_in_small_letters(line: str, body: str) -> bool:
    """The words of a line of two or more come back in the body in small letters (over a line's
    end as well; the last in the singular too: "INFAMOUS PROPOSALS" / "… this infamous\nproposal?")."""
    words = [w.lower() for w in line.split()]
    if len(words) < 2 or line.strip().lower() == line.strip():
        return False
    last = re.escape(words[-1].removesuffix("s")) + ("s?" if words[-1].endswith("s") and len(words[-1]) > 3 else "")
    return re.search(r"(?<![\w-])" + r"\s+".join([*map(re.escape, words[:-1]), last]) + r"(?![\w-])",
                     body) is not None


def _journal_issue(text: str) -> bool:
    """A journal's name, volume, year and pages, as a review's source line gives them under the
    reviewed book's title ("The British Critic, N.S., 9 (April 1818): 432-38"), a title of
    several stops in title case ("Frankenstein; or, The Modern Prometheus. In Three Volumes.";
    not sentences: "Mills were counted. The weirs were not.")."""
    return any(p.match(text) for p in (_JOURNAL_VOLUME_PAGES_YEAR, _JOURNAL_VOLUME_YEAR_PAGES,
                                       _JOURNAL_VOLUME_PAGE_YEAR, _JOURNAL_YEAR_VOLUME_PAGES))


def _find_opening(blocks: list[Block], title_hint: str | None,
                  author_hint: str | None) -> tuple[Opening, int]:
    candidates: list[Block] = []
    source_line: SourceLine | None = None
    headline = _headline_over_source(blocks)
    decked = False  # a deck stands under the headline: the opening names no author but by a byline
    # (a headline over three decks, then its source line: one more block; not a letter's date
    # line under a byline: "By the Marquess …" / "LETTER V." / … / "Reykjavik, Iceland, June 21, 1856.")
    offices = 0  # the author's offices under the byline, over the source line: one block more
    for i, block in enumerate(blocks[:MAX_OPENING_BLOCKS + 2]):
        if source_line is not None or i >= MAX_OPENING_BLOCKS + offices and (
                not decked or any(is_byline(c.text) for c in candidates)):
            break
        if i > MAX_OPENING_BLOCKS and not offices:
            break
        source_line = None if _BYLINE.match(block.text) and is_byline(block.text) or i < headline \
            else parse_source_line(block, under_title=bool(candidates))
        byline_next = i + 1 < len(blocks) and is_byline(blocks[i + 1].text)
        source_next = i + 1 < len(blocks) and (blocks[i + 1].text[:1] + blocks[i + 1].text[-1:] in ("()", "[]")
                                               or _IMPRINT_LINE.match(blocks[i + 1].text) is not None
                                               or _REVIEWED_IMPRINT.search(block.text) is not None
                                               or _journal_issue(blocks[i + 1].text) and _capitalised(block.text)) \
            and parse_source_line(blocks[i + 1], under_title=True) is not None
        imprint_next = i + 1 < len(blocks) and _IMPRINT_LINE.match(blocks[i + 1].text) is not None
        # (an old title page: its long title, "With some Account of …", the byline, the imprint)
        part_then_byline = i + 2 < len(blocks) and _TITLE_PAGE_PART.match(blocks[i + 1].text) is not None \
            and is_byline(blocks[i + 2].text)
        part_then_source = _parts_then_source(blocks, i + 1)
        if source_line is None and i >= headline and not _is_opening_candidate(
                block, not candidates, byline_next, source_next, imprint_next,
                part_then_byline=part_then_byline, part_then_source=part_then_source) and not (
                candidates and byline_next and _TITLE_PAGE_PART.match(block.text)) and not (
                len(candidates) >= 1 and _parts_then_source(blocks, i) and all(
                    _set_in_part(c) for c in candidates[1:])):
            if candidates and source_next and name_score(candidates[-1].text) > 0 and (
                    _offices(block) or _BYLINE.match(candidates[-1].text) and _offices_line(block)):
                offices = 1  # the author's offices under the name line
            elif candidates and _decks_over_source(blocks, i):
                decked = True
            else:
                break
        candidates.append(block)
    if source_line is not None and len(candidates) < len(blocks) and _author_after_source(
            candidates, blocks[len(candidates)]):
        # "Title" / "PROGRAM EVALUATION BRIEF — Volume 21 — May 30, 2024" / "Sarah Hellesen,
        # BA1; Sue Haun, MA1": a journal's names under its source line
        candidates.append(blocks[len(candidates)])
    if source_line is None:
        # Without a source line, a byline marks an opening ("Title" / "By Name", or with a
        # subtitle between), or a title and a name as the first two lines, one of each, or a
        # first line over a news dateline or straight over the first paragraph.
        for i, block in enumerate(candidates[:3]):
            if is_byline(block.text) and (i < 2 or _is_title_line(candidates[1])):
                candidates = candidates[: i + 1]
                break
        else:
            pair = candidates[:2]
            if len(pair) == 2 and len(blocks) > 2 and (
                    name_score(pair[0].text) > 1 or name_score(pair[1].text) > 1
                    or (author_hint or title_hint)):
                candidates = pair
            elif (len(candidates) >= 1 and len(blocks) > 2 and candidates[0] is blocks[0]
                  and _lone_title(blocks[0])
                  and (_news_dateline(blocks[1].text) or _paragraph(blocks[1]))):
                candidates = candidates[:1]  # "Headline" / "MOSCOW, 3 June 1988 —" or the text
            else:
                candidates = []
    opening = Opening(source_line=source_line, blocks=list(candidates))
    others = [b for b in candidates if source_line is None or b is not source_line.block]

    def pick(hint: str | None) -> Block | None:
        if hint:
            for b in others:
                if " ".join(b.text.split()) == " ".join(hint.split()):
                    return b
        return None

    opening.author = pick(author_hint)
    opening.title = pick(title_hint)
    rest = [b for b in others if b is not opening.author and b is not opening.title]
    if opening.author is None:
        bylines = [b for b in rest if is_byline(b.text)]
        if bylines == rest == [blocks[0]] and _WHOSE_SPEECH.match(blocks[0].text):
            bylines = []  # "ADDRESS OF MR. TUCKER, OF VIRGINIA.", "Speech by Governor Cook" alone over
            # the source: the title
        if bylines:
            opening.author = bylines[0]
        elif (len(rest) > 1 or (rest and opening.title is not None)) and not headline and not decked:
            # (a headline's deck lines name no author: "Died Friday Evening, Dec. 17, 1886.")
            # the likeliest name; on a tie the first line with a source line below (the seed's
            # "Gerry Healy" / title), else the second (the usual "Title" / "Author")
            least = 1 if source_line is not None else 2
            # (a title's words come back in the text in small letters, a name's never: "Tidy
            # Data" / "Hadley Wickham" / … "tidy data" …)
            body = " ".join(b.text for b in blocks[len(candidates):len(candidates) + BODY_BLOCKS_READ])
            scored = [(name_score(b.text) - _said_in_small_letters(b.text, body),
                       -i if source_line is not None else i, b) for i, b in enumerate(rest)]
            # (on a tie of lines in capitals, the one with initials: "PRISONERS AFIELD" / "WARDEN
            # J. T. GILMOUR, CENTRAL PRISON, …" — a title has none)
            best = max(scored, key=lambda s: (s[0], s[0] == 1 and _HAS_INITIALS.search(s[2].text) is not None, s[1]))
            if source_line is not None and len(rest) == 2 and _BODY_NAME.match(rest[1].text) \
                    and not _BODY_NAME.match(rest[0].text) and scored[0][0] <= scored[1][0]:
                best = scored[1]  # on a tie a body under the title signs it: "Software Supply Chain
                # Best Practices" / "CNCF Security Technical Advisory Group" / "(…, 14 May 2021)"
            if best[0] >= least and (opening.title is not None or rest.index(best[2]) < len(rest)):
                opening.author = best[2]
            elif source_line is not None and len(rest) == 2 and _BODY_NAME.match(rest[1].text):
                opening.author = rest[1]  # "Title" / "PDQ® … Editorial Board" / "(National …)"
        if opening.author is not None and opening.author in rest:
            rest.remove(opening.author)
    if opening.author is not None and opening.author in candidates:
        after = candidates[candidates.index(opening.author) + 1:][:1]
        if after and after[0] in rest and (_offices(after[0]) or _BYLINE.match(opening.author.text)
                                           and _offices_line(after[0])):
            opening.offices = after  # the offices' block under the name: a byline of its own
            rest.remove(after[0])
    if opening.title is None and rest:
        opening.title = rest.pop(0)
    # Anything left over is kept in the title page as a further opening line.
    return opening, len(candidates)
