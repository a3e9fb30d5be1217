# SPDX-License-Identifier: MIT
"""Rule "note-references": the reference a note gives becomes a structured ``bibl``; rule
"note-markers": the markers in the text point at their notes.

A note's reference is read from the note's start (or after ``vide``/``see``), piece by piece —
pieces are split at commas, semicolons and full stops, a quoted title or a bracket being one piece
— and each piece must be a part of a reference: a title (capitalised words, or in quotation
marks), an author (``P. Kropotkin``, ``J. F. Nisbet:``, ``By Harriet Beecher Stowe``, ``par
l'Abbe de Mably``), an imprint (``(London: Heinemann, 1902)``, ``Paris: Didier``), a place before
a year, a date (``1855``, ``Feb. 1888``, ``January 1972``), pages (``p. 12``, ``pp. xvi``), a
chapter, a volume, an edition, ``accessed <date>``, a URL, ``in <journal>``. Shapes::

    P. Kropotkin, Mutual Aid (London: Heinemann, 1902), p. 12.
    Dock Workers' Bulletin, January 1972, page 3.
    Jones, The Docks, 1969.
    "Dred." By Harriet Beecher Stowe. London: Sampson Low and Co.
    EQUAL SUFFRAGE.  Dr. Helen Sumner.
    Ibid., p. 14.

A reference needs a title and something that shows it is one (an author, a date, a page, an
imprint …), and must end where a sentence ends. A title alone (``EQUAL SUFFRAGE.``) or a name alone
(``Dr. Helen A. Sumner.``) is a reference only when it names a work already cited (a short title,
its author); ``Ibid.`` is the work cited last. So ``Madame de Maintenon.``, ``Worn by the popes.``
or ``The League of Cambray, comprehending …`` stay prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition.markup.cases import find_cases
from edition.markup.citations import PART_RANK, Citation, short_references
from edition.markup.statutes import find_statutes
from edition.markup.spans import Span
from edition.markup.titles import AFTER_TITLE, PERIODICAL_NOUN, alone_in_note, authored_after, cited_after, dated_before, make_title, quoted_title
from edition.structure.dates import MONTH_NAME
from edition.structure.notes import (AS_PRINTED, SUPERSCRIPT_ONLY, call_pattern, note_label_call, printed_call,
                                     superscript_marker, text_marker)

RULE = "note-references"
_Q_OPEN, _Q_CLOSE = "“‘\"'", "”’\"'"
_ABBREVIATIONS = frozenset("""p pp pg vol vols ch chap ed eds edn no nos art sec st mr mrs ms dr
rev prof sir jr sr co vs cf viz ibid op cit loc jan feb mar apr jun jul aug sep sept oct nov dec
trans repr esq hon mt ft decl rep rept stat supp cong sess mem dept pt lib liv cap bk sect cp""".split())
# (a law report's too, "S. Rep.", "H.R. Rept.", "Mukasey Decl."; an old book's parts, "lib. v", "cap. i", "cp.")
_FUNCTION = frozenset("""a an and the of in on at to for by with from de du des la le les et
und der die das von van di del y och och""".split())
_YEAR = r"(?:1[5-9]|20)\d\d"
_MONTH = MONTH_NAME
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUM = r"(?:\d+|[ivxlcdm]+|[IVXLCDM]+)"
# (a bimonthly's two months: "May/June 2002")
_DATE = re.compile(rf"^(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s*[/–-]\s*{_MONTH})?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?)?"
                   rf"(?P<year>{_YEAR})$|^{_MONTH}\s+\d{{1,2}}$")
# "p. 110", "pp. 313 ff.", "p. 25 (tr. by Squire)": a translator's or an edition's remark after
_PAGES = re.compile(rf"^(?i:pp?\.?|pages?|pgs?\.?)\s*(?P<from>{_NUM})(?:\s*[-–]\s*(?P<to>{_NUM}))?"
                    r"(?:\s+ff\.?)?(?:\s+of\s+[\w\s]+)?(?:\s*\([^()]{2,40}\))?$")
# the year in brackets closing a legal citation, its edition with it ("(1957)", "(facsimile ed. 1954)")
_YEAR_BRACKET = rf"\((?:[^()\d]{{1,25}}[ \u00a0])?(?P<year>{_YEAR})\)"
# the pages a legal citation gives after its title, then its year ("661 (1957)", "265 footnote 5
# (1960)", "301 (1935)")
_PAGES_YEAR = re.compile(rf"^(?P<pages>(?P<from>\d{{1,4}})(?:[-–](?P<to>\d{{1,4}}))?)"
                         rf"(?:[ \u00a0]+footnote[ \u00a0]+\d{{1,3}})?[ \u00a0]+{_YEAR_BRACKET}$")
# a law report's pin cite, the page or paragraph after "at" ("Christie 2/13/19 302, at 2–3",
# "2008 Mukasey Decl., supra, at ¶ 38 & n.20")
_AT_PAGES = re.compile(r"^at\s+(?:¶{1,2}\s*)?(?P<from>\d+)(?:\s*[-–]\s*(?P<to>\d+))?(?:\s*(?:&|and)\s*nn?\.\s*\d+)?$")
# an old book's parts as its notes cite them: "pt. i", "lib. xxxiii", "cap. i.", "liv. xxii", "chap
# i", "§§ 19", "§ 1"
_LOCATOR = re.compile(rf"^(?P<unit>(?i:pt|part|lib|liv|livre|bk|book|sect|sec|cap|chap|ch))\.?\s*(?P<n>{_NUM})\.?$"
                      r"|^(?P<section>§§?)\s*(?P<s>\d+(?:\s*[-–]\s*\d+)?)$")
# "supra": the work cited before under that short title ("Dec. 21 DNI Announcement, supra")
_SUPRA = re.compile(r"^supra(?:\s+note\s+\d+)?$")
_CHAPTER = re.compile(rf"^(?i:ch\.|chap\.|chapter)\s*(?P<n>{_NUM})$")
_VOLUME = re.compile(rf"^(?:(?i:vols?\.|volume)\s*(?P<n>{_NUM})(?:\s+(?P<page>\d+))?"
                     r"(?:\s*\((?P<date>[^()]{4,30})\))?"  # "vol. 117 (April 2023)": the issue's date
                     rf"|(?P<count>\d+|[Tt]wo|[Tt]hree|[Ff]our)\s+(?i:vols?\.?|volumes)"
                     rf"|(?i:in)\s+(?:\w+)\s+(?i:vols?\.?|volumes)"
                     rf"|(?P<roman>[IVXLC]+|[ivxlc]+)\.?\s+(?P<rpage>\d+))$")
_EDITION = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"new|revised|last|latest|sec\.)"
                      r"\s+(?:edition|edn\.?|ed\.|edit\.)$", re.IGNORECASE)
_ACCESSED = re.compile(rf"^(?i:accessed|retrieved|viewed)\s+(?:on\s+)?(?P<date>.+)$")
# (a short form announced after it: "https://… (hereinafter Sadiq et al., “Public Alert …”)")
_URL = re.compile(r"^(?P<url>(?:https?://|www\.)\S+?)(?:\s+\((?i:hereinafter|henceforth)\b[^()]*\))?$")
_HONORIFIC = r"(?:(?:the\s+)?(?:Rev|Dr|Mr|Mrs|Ms|Prof|Sir|Professor|Abbé|Abbe)\.?\s+)"
_INITIAL = r"(?:[A-Z]\.\s*)"
_WORD = r"(?:[A-Z](?:[\w\-]|['’](?!s\b))+)"  # (not its possessive: "Mather’s “…”")
_PARTICLE = r"(?:de|du|van|von|der|la|le|di|da|l'|l’|d'|d’)"
# (each initial and word taken whole, never cut in two or its space given back: that made a
# long word in capitals, or a run of initials, cost time exponential in its length)
_NAME = (rf"(?:{_HONORIFIC}?(?:{_PARTICLE}\s*)?(?>{_INITIAL}|{_WORD})"
         rf"(?:\s*(?>{_INITIAL}|{_WORD}|{_PARTICLE}\s*{_WORD}))*)")
_NAME_AT = re.compile(rf"^(?:and\s+)?{_NAME}(?:\s+(?:and|&)\s+{_NAME})?(?:,?\s+et\.?\s+al\.?)?$")
# "no. 2 (December 1, 2017): 2", "(1999): 4": an issue's number, its date in brackets, a page
_ISSUE = re.compile(r"^(?:(?i:nos?|issue)\.?\s*\d+\s*)?\((?P<date>[^()]{4,30})\)"
                    r"(?:\s*:\s*(?:pp?\.\s*)?(?P<from>\d+)(?:\s*[-–]\s*(?P<to>\d+))?)?$")
# a book's editor after the chapter's book, its imprint in brackets after: "ed. Toni Weller
# (London: Routledge, 2013)", "ed. Lisa Gitelman (Cambridge, MA: MIT Press, 2013)"
_EDITOR = re.compile(rf"^(?:ed\.|eds\.|edited[ \u00a0]+by)[ \u00a0]+(?P<name>{_NAME}(?:[ \u00a0]+(?:and|&)[ \u00a0]+{_NAME})?)"
                     r"(?:[ \u00a0]*\((?P<imprint>[^()]{4,80})\))?$")
_BY = re.compile(rf"^(?i:by|par|von|edited\s+by|translated\s+by|ed\.\s+by)\s+"
                 rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)$")  # "by Baldwin Spencer and H. J. Gillen"
_TITLE_BY = re.compile(rf"^(?P<title>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){{0,3}})\s+by\s+"
                       rf"(?P<name>{_NAME})$")
_QUOTED_BY = re.compile(rf"^(?P<title>[“\"‘][^”\"’]+[”\"’])\s+(?i:by|par)\s+(?P<name>{_NAME})$")
# an author's title in his possessive: 'Mather’s “Magnalia Christi Americana,”'
_POSSESSOR_QUOTED = re.compile(rf"^(?P<name>{_NAME})['’]s\s+(?P<title>[“\"][^”\"]+[”\"])$")
# (the book's editor before it: "in L. H. Bailey's _Cyclopedia of American agriculture_")
# (and what the piece is before it: "article in “Washington Star,”", "a letter in the _Times_")
_IN = re.compile(r"^(?:(?i:an?\s+)?(?P<piece>article|letter|editorial|speech|interview|review|communication)\s+)?"
                 r"(?i:in)\s+(?:the\s+)?(?:(?:[A-Z]\.\s*)*[A-Z][\w’'\-]+['’]s\s+(?=_))?"
                 r"(?P<title>[A-Z“‘\"].*|_[\s\S]*)$")
_ENTITLED = re.compile(r"^[\w\s'’]{0,40}\b(?:entitled|called|titled)\s+(?P<title>[A-Z“‘\"].*)$")
_IMPRINT = re.compile(r"^\(?(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
                      r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?)?)\s*:\s*"
                      rf"(?P<publisher>[A-Z][^,:()]*?)(?:,\s*(?P<year>{_YEAR}))?\)?$")
# (and what the work is cited for: "See, for Japanese text and translation, _A Romanized …_")
_LEAD = re.compile(r"(?:^|(?<=[\s,;(]))(?i:vide|see(?:\s+also)?(?:,?\s+(?:for\s+example|for\s+instance|e\.\s?g\.),?"
                   r"|,\s+for\s+[a-z][a-z \n]{2,50},)?"
                   r"(?:\s+in)?|cf\.|(?:noticed|mentioned|quoted|cited|stated|described|discussed|observed|remarked)"
                   r"\s+by)\s+"
                   r"(?:(?:an?|the)\s+(?:article|essay|paper|chapter|book|review|poem|letter|introduction|preface)"
                   r"\s+(?:on|in|entitled|called|to)\s+)?(?=[A-Z“‘\"_])")
# (after a full stop too, a title in Project Gutenberg's italics: "&c. _Hist. Parl._ xxviii. 311")
# (a quotation's source in brackets after it: '… grow out of the old” (H. M. Hyndman, “Historical
# Basis of Socialism,” 1883, p. 305).')
_AFTER_LEAD_IN = re.compile(r"(?:(?<=:)|(?<=[”\"]))[ \t\n\u00a0]+(?:(?<=[”\"][ \u00a0])\((?=[A-Z][\w.’' \u00a0]{1,40},[ \u00a0]*[“\"_][^()]{4,200}\)))?(?=[A-Z“‘\"_])")
# an author and a title in Project Gutenberg's italics wherever a note names them ("… a close
# resemblance to Harris, _Money and Coins_, pt. i, §§ 19, 20.", "quoted … in Pliny, _Historia
# Naturalis_, lib. xxxiii")
_NAMED_ITALIC = re.compile(r"(?<![\w’'\-])(?!(?i:see|cf|compare|vide)\b)"
                           # (a name, not words in italics: "_Charles Anne_, _Victor Victoire_")
                           # (the title wrapped over a line: "B. Poten, _Allgemeine\n    Deutsche Biographie_")
                           r"(?=[A-Z](?:[^\W_]|[’'\-])+(?:[ \u00a0][A-Z](?:[^\W_]|[’'\-.])+){0,2}[,:][ \u00a0]_"
                           r"(?:[^_\n]|\n(?![ \t\u00a0]*\n)){2,120}_)")
# what may follow a title in italics that is the whole note: the part of the work in brackets
_WHOLE_NOTE_AFTER_TITLE = re.compile(r"[ \u00a0]*(?:\([^()\n]{1,60}\))?[ \u00a0]*\.?[ \u00a0\n]*$")
_TITLE_ALONE = re.compile(r"[ \u00a0]*(?P<title>_[A-Z][^_\n]{2,120}_)(?=" + _WHOLE_NOTE_AFTER_TITLE.pattern + ")")
_NEXT_REFERENCE = re.compile(r";[ \t\n\u00a0]+(?:and[ \t\n\u00a0]+(?=[A-Z][\w’'\-]+[ \u00a0][A-Z]))?(?=[A-Z“‘\"_])|(?<=\.)[ \t\n\u00a0]+(?=_[^_\n]{2,120}_)")
# after a reference's page and its stop, the next one's author or short title and a comma:
# "Winthrop, ii. 307. Stiles, Ancient Windsor, i. 447." (the reading before it ends there)
# (a page of three figures at most: after a year, "December 4, 1895. Philadelphia, 1895." names
# the place of the same work)
_NEXT_AFTER_PAGE = re.compile(r"(?:(?<=\D\d\.)|(?<=\D\d\d\.)|(?<=\D\d\d\d\.))[ \t\n\u00a0]+(?=[A-Z][\w’'\-]*\.?(?:[ \u00a0][A-Z][\w’'\-]*\.?){0,3},)")
# ("Id.": the law's ibidem)
_IBID = re.compile(r"(?P<abbr>(?i:ibid|ib|op\.?\s*cit|loc\.?\s*cit)\b\.?|Id\.)"
                   r"(?:,?\s*(?:(?P<pages>(?i:pp?\.?|pages?)\s*\d+(?:\s*[-–]\s*\d+)?)"
                   r"|(?<=Id\.)\s+at\s+(?P<at>\d+(?:\s*[-–]\s*\d+)?)))?")  # (a legal "Id. at 592-594")


# a Congress's number and its session ("2nd Cong.", "1st Sess."), where a reference says where a
# work is to be had ("available at the NARA, Founders Online website"): part of it, unmarked
_SESSION = re.compile(rf"^\d{{1,3}}(?:st|nd|rd|th)\s+(?i:cong(?:ress)?|sess(?:ion)?)\.?(?:\s+\((?P<year>{_YEAR})\))?$")
_AVAILABLE = re.compile(r"^(?i:available\s+(?:at|from|on|online)|accessed\s+(?:at|via)|retrieved\s+from"
                        r"|(?:paper|typescript|manuscript|memorandum|report|speech|address|lecture|statement)"
                        r"\s+(?:dated|delivered|given|presented|read))\b"  # "paper dated September 22"
                        r"|^(?i:sec\.|section)\s+[A-Z]\w*$")  # a newspaper's section: "sec. Review"
_NOTE_OF = re.compile(r"^(?:note|notes)(?:\s+\d{1,3})?$")  # "…, chap i, note.": the cited book's own note
_VOLUME_IMPRINT = re.compile(r"^(?P<volume>(?i:vols?\.|volume)\s*[\dIVXLC]+)\s*\((?P<imprint>[^()]*:[^()]*)\)$")
_SAME_WORK = re.compile(r"^(?i:op\.?\s*cit|ibid|loc\.?\s*cit)\.?$")
_ET_SEQ = re.compile(r"^(?i:et\s+seq(?:q)?|ff)\.?$")
_ETC = re.compile(r"^(?:&c|etc)\.?$")  # "_Procès de Charlotte Corday_, &c.": the title runs on
_SHAPES_AFTER_TITLE = ("pages", "volume", "edition", "imprint", "date", "issue", "locator")


@dataclass
class Piece:
    start: int
    end: int
    text: str
    stop: bool  # a sentence ends after it
    kind: str = "prose"
    groups: dict = field(default_factory=dict)


# after a colon, another reference led in: the one before ends at the colon
_COLON_LEAD = re.compile(r"[ \t\n\u00a0]+(?i:cf\.|see\b|compare\b|(?=https?://))")  # (or the page's address:
# 'John Allspaw, "How to keep your systems running day after day": https://youtu.be/…')


_COLON_TITLE = re.compile(r"[ \u00a0]+_[A-Z]")


_MONTH_BEFORE_YEAR = re.compile(rf"[ \t\n\u00a0]*{_MONTH}")
_YEAR_NEXT = re.compile(rf"[ \t\n\u00a0]+{_YEAR}\b")
# (a legal citation's pages, no comma after its title: “Thomas Jefferson” 661 (1957))
_PAGE_AFTER_TITLE = re.compile(rf"[ \u00a0]+\d{{1,4}}(?:[-–]\d{{1,4}})?(?:,[ \u00a0]*\d{{1,4}}(?:[-–]\d{{1,4}})?)*"
                               rf"(?:[ \u00a0]+footnote[ \u00a0]+\d{{1,3}})?[ \u00a0]+{_YEAR_BRACKET}")
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.[ \u00a0]?){1,3}[A-Z][\w'’\-]+")
_YEAR_CLOSING = re.compile(rf"{_YEAR_BRACKET}$")
_OPENS = re.compile(r"[ \t\n\u00a0]+[A-Z“\"_]")  # a reference's first word or title
_AFTER_YEAR_COLON = re.compile(rf"{_YEAR_BRACKET}:(?={_OPENS.pattern})[ \t\n\u00a0]+")
_IMPRINT_OPENS = re.compile(r"[ \u00a0]+\((?P<inside>[A-Z][^()]{3,120}\b(?:1[5-9]|20)\d\d)\)")


def _pieces(text: str, start: int, end: int) -> list[Piece]:
    """``text[start:end]`` cut at commas, semicolons and full stops outside quotation marks and
    brackets; a stop after an abbreviation or an initial cuts nothing."""
    pieces: list[Piece] = []
    depth, quote, begin, i = 0, None, start, start
    closing = -1  # the bracket closing an imprint read as if set after a comma
    while i < end:
        c = text[i]
        if i == closing:
            _add(pieces, text, begin, i, False)
            begin = i + 1
        elif quote is not None:
            if (c == quote and not (quote == "'" and i + 1 < end and text[i + 1].isalnum())) \
                    or (quote in "“" and c == "”"):
                quote = None
                # a title closed by its comma inside the marks: Van Hise, "Conservation of
                # Natural Resources," pp. 23, 24 -- the piece ends with the mark
                if depth == 0 and i > begin and text[i - 1] in ",." and (
                        i + 1 >= end or text[i + 1] in " \t\n\u00a0"):
                    _add(pieces, text, begin, i + 1, text[i - 1] == ".")
                    begin = i + 1
                elif depth == 0 and i > begin and text[begin:i].lstrip()[:1] in ("“", "\"") and \
                        _PAGE_AFTER_TITLE.match(text, i + 1, end):
                    # a legal citation's page after the title, no comma between: N. Schachner,
                    # “Thomas Jefferson” 661 (1957) -- the title ends with its mark
                    _add(pieces, text, begin, i + 1, False)
                    begin = i + 1
                elif depth == 0 and i > begin and text[begin:begin + 1] in "“\"" and (
                        m := _IMPRINT_OPENS.match(text, i + 1, end)):
                    # 'See “Socialism in England” (American Economic Association, vol. iv, …,
                    # 1889)': the title ends with its mark; where it was printed, in brackets
                    # after it, is read as if set after a comma
                    _add(pieces, text, begin, i + 1, False)
                    begin, closing = m.start("inside"), m.end("inside")
                    i = begin
                    continue
        elif c in "“\"" or (c == "‘" and (i == start or not text[i - 1].isalnum())):
            quote = "”" if c == "“" else ("’" if c == "‘" else "\"")
            if depth == 0 and _INITIALS_NAME.fullmatch(text[begin:i].strip()) and text[i - 1] in " \u00a0":
                _add(pieces, text, begin, i, False)  # "R. G. Tugwell “The Enlargement …”": no comma
                begin = i                           # after the author, the title opens a piece
        elif c == "_" and (i == start or not text[i - 1].isalnum()) and "_" in text[i + 1:end]:
            quote = "_"  # Project Gutenberg's italics: "_Hist. Parl._ xxviii. 301-5"
        elif c == "'" and (i == start or not text[i - 1].isalnum()) and i + 1 < end \
                and text[i + 1].isupper():
            quote = "'"  # 'Dissertation on Ethical Philosophy,' — not l'Espèce, Darwin'sche
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and c == ":" and _COLON_TITLE.match(text, i + 1, end) and i > begin:
            _add(pieces, text, begin, i, False)  # "Leibniz: _Letter to Grimarest_": the author, then the title
            begin = i + 1
        elif depth == 0 and c == ":" and _YEAR_CLOSING.search(text, begin, i) and _OPENS.match(text, i + 1, end):
            _add(pieces, text, begin, i, True)  # "“Ulysses S. Grant” 301 (1935): CE 2550, p. 37": the
            begin = i + 1                       # reference ends with its year, another follows
        elif depth == 0 and c == ":" and _COLON_LEAD.match(text, i + 1, end):
            _add(pieces, text, begin, i, True)  # "iii, p. 204: cf. 1 Massachusetts …": it ends here
            begin = i + 1
        elif c == "," and _MONTH_BEFORE_YEAR.fullmatch(text, begin, i) and _YEAR_NEXT.match(text, i + 1, end):
            pass  # "May, 1889": one date
        elif depth == 0 and c in ",;." and (i + 1 >= end or text[i + 1] in " \t\n\u00a0—–"):
            # (a dash after the stop opens what follows: "…, p. 27.—“Nowhere …,” p. 29.")
            word = re.search(r"([\w'’]+)$", text[begin:i])
            # (a quoted title after the stop opens a piece whatever the word before: "Vernon N.
            # Jr. “Ancient Collections …”")
            abbreviation = c == "." and word is not None and (
                word.group(1).casefold() in _ABBREVIATIONS
                or len(word.group(1)) == 1 and word.group(1).isupper()) and not (
                    text[i + 2:i + 3] in ("“", '"') and word.group(1) in ("Jr", "Sr"))
            if not abbreviation:
                _add(pieces, text, begin, i, c == "." or c == ";")
                begin = i + 1
        i += 1
    _add(pieces, text, begin, end, True)
    return pieces


def _add(pieces: list[Piece], text: str, a: int, b: int, stop: bool) -> None:
    while a < b and text[a] in " \t\n\u00a0–—-":
        a += 1
    while b > a and text[b - 1] in " \t\n\u00a0":
        b -= 1
    if a < b:
        pieces.append(Piece(a, b, text[a:b], stop))
    elif pieces:
        pieces[-1].stop = pieces[-1].stop or stop


def _content_words(s: str) -> list[str]:
    """The words of ``s`` that title case capitalises (not "of", "the", "de" …)."""
    return [w for w in re.findall(r"[^\W\d_][\w'’\-]*", s) if w.casefold() not in _FUNCTION]


# a name printed with a small letter first and a capital after it: "arXiv", "bioRxiv", "eLife"
_MIXED_CASE = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z]*\b")


def _titleish(s: str) -> bool:
    """Capitalised words, as a title prints them: ``Origin of Species``, ``EQUAL SUFFRAGE``."""
    s = re.sub(r"\b[ldLD][’']", "", s.strip(_Q_OPEN + _Q_CLOSE))  # "de l’Hypnotisme"
    if not s or not (s[0].isupper() or s[0].isdigit() or _MIXED_CASE.match(s)):
        return False
    words = _content_words(s)
    if not words or len(words) > 14:
        return False
    return sum(w[0].isupper() or bool(_MIXED_CASE.match(w)) for w in words) >= 0.6 * len(words)


def _quoted(s: str) -> bool:
    """A title in quotation marks; a long quoted passage of prose (more than 20 words, not
    in title case: ``Source: “The illness takes this course: …”``) is a quotation, not a title."""
    if not (len(s) > 2 and s[0] in _Q_OPEN and s.rstrip(".,;:")[-1] in _Q_CLOSE):
        return False
    return len(s.split()) <= 20 or _titleish(s) or _long_title(s)


MAX_QUOTED_TITLE_WORDS = 45


def _long_title(s: str) -> bool:
    """A long title in title case, closed by a comma inside its marks as notes print an
    article's (``"Not Quite Your Average Book: The Newly Updated Dictionary … Is a Thing of
    Wonder,"``)."""
    words = _content_words(s)
    return (s.rstrip()[-2:-1] == "," and len(s.split()) <= MAX_QUOTED_TITLE_WORDS
            and sum(w[0].isupper() for w in words) >= 0.8 * len(words))


_ISSUE_NUMBERS = re.compile(r"^(?:Nos?\.|Numbers?)[ \u00a0]*\d{1,5}$")
# a title in Project Gutenberg's italics, alone or with its volume in roman numerals after it
_ITALIC = re.compile(r"^_(?:[^_\n]|\n(?!\n)){2,300}_(?:\.\.\.|…)?$")  # (a long title wraps over lines; "_History …_..." elides its end)
_ITALIC_VOLUME = re.compile(r"^(?P<title>_[^_\n]{2,120}_)[ \u00a0]+(?P<volume>[ivxlc]{1,7}|[IVXLC]{1,7})$")


def _classify(p: Piece) -> None:
    s = p.text
    for kind, pattern in (("url", _URL), ("date", _DATE), ("pages", _PAGES), ("pages", _AT_PAGES), ("pages", _PAGES_YEAR),
                          ("supra", _SUPRA), ("locator", _LOCATOR), ("chapter", _CHAPTER), ("editor", _EDITOR),
                          ("volume", _VOLUME), ("edition", _EDITION), ("accessed", _ACCESSED),
                          ("by", _BY), ("imprint", _IMPRINT), ("issue", _ISSUE)):
        m = pattern.match(s)
        if m:
            p.kind, p.groups = kind, m.groupdict()
            return
    if (m := _VOLUME_IMPRINT.match(s)) is not None and _IMPRINT.match(m["imprint"]):
        p.kind, p.groups = "volume-imprint", m.groupdict()  # "Vol. 15 (Charlottesville, …, 2009)"
        return
    if (m := _SESSION.match(s)) or _AVAILABLE.match(s) or _NOTE_OF.match(s):
        p.kind = "aside"  # "2nd Cong.", "available at the NARA, Founders Online website"
        p.groups = m.groupdict() if m else {}
        return
    if _ISSUE_NUMBERS.match(s):
        p.kind = "issue-numbers"  # "_Moniteur_, Nos. 197, 198, 199"
        return
    if (m := _ITALIC_VOLUME.match(s)) is not None:
        p.kind, p.groups = "italic-volume", m.groupdict()  # "_Hist. Parl._ xxviii"
        return
    if _SAME_WORK.match(s):
        p.kind = "same-work"  # "Burnouf, op. cit., p. 117": that author's work cited before
    elif _ET_SEQ.match(s):
        p.kind = "seq"  # "pp. 60, et seq."
    elif _ETC.match(s):
        p.kind = "etc"
    elif _quoted(s) or _ITALIC.match(s):
        p.kind = "quoted"  # (in marks or in italics: a title, whatever its words)
    elif (m := _QUOTED_BY.match(s) or _POSSESSOR_QUOTED.match(s)) is not None:
        p.kind, p.groups = "quoted-by", m.groupdict()
    elif re.fullmatch(_NUM, s) or re.fullmatch(r"\d+\s*[-–]\s*\d+", s):
        p.kind = "number"  # "pp. xvi, xxiv": the next page
    elif (m := _TITLE_BY.match(s)) is not None:
        p.kind, p.groups = "title-by", m.groupdict()
    elif (m := _IN.match(s)) is not None and (_titleish(m["title"]) or _ITALIC.match(m["title"])):
        p.kind, p.groups = "in", m.groupdict()
    elif (m := _ENTITLED.match(s)) is not None and _titleish(m["title"]):
        p.kind, p.groups = "entitled", m.groupdict()
    elif ":" in s and (m := re.match(rf"^(?P<name>{_NAME})\s*:\s*(?P<title>.+)$", s)) and (
            _titleish(m["title"]) or _quoted(m["title"])) and not _ARTICLE.match(s):
        p.kind, p.groups = "name-title", m.groupdict()
    elif _NAME_AT.match(s) and len(s.split()) <= 6:
        # (a paper's name is no person's: "Roswell Daily Record, July 9, 1947, 1.")
        p.kind = "name" if (not _titleish(s) or len(s.split()) <= 4) and not PERIODICAL_NOUN.search(s) else "title"
    elif _titleish(s) or _titleish(_IMPRINT_AFTER.sub("", s)):
        p.kind = "title"  # (its imprint in brackets after it: "The Roswell Report: Fact vs. Fiction in
        # the New Mexico Desert (Washington, D.C.: U.S. Government Printing Office, 1995)")


# a title's imprint in brackets after it, "(Washington, D.C.: U.S. Government Printing Office, 1995)"
_IMPRINT_AFTER = re.compile(r"\s*\((?P<imprint>[^()]*:[^()]*)\)$")
# an article opens a title, never a name: "The Roswell Report: Fact vs. Fiction" is no "Name: Title"
_ARTICLE = re.compile(r"(?:The|A|An)\s")


_SHOWS = {"url", "date", "issue", "pages", "chapter", "volume", "edition", "accessed", "by", "imprint",
          "title-by", "in", "name-title", "quoted", "entitled"}


@dataclass
class NoteReference:
    """One reference read from a note; ``citation`` holds its span and parts."""

    citation: Citation
    known_author: str | None = None  # a name alone: the work of that author cited before


def _iso(printed: str) -> str | None:
    year = re.search(_YEAR, printed)
    if year is None:
        return None
    month = re.search(_MONTH, printed)
    if month is None:
        return year.group()
    iso = f"{year.group()}-{_MONTHS.index(month.group()[:3].casefold()) + 1:02d}"
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", printed.replace(year.group(), ""))
    return f"{iso}-{int(day.group(1)):02d}" if day else iso


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.spans: list[Span] = []
        self.title: str | None = None
        self.level = "m"
        self.author: str | None = None
        self.date: str | None = None
        self.pages: tuple[str, str] | None = None
        self.edition: str | None = None
        self.titles: list[Span] = []
        self.same_work = False  # "Author, op. cit.": the author's work cited before

    def part(self, tag: str, a: int, b: int, **attrib) -> Span:
        span = Span(a, b, tag, {k: v for k, v in attrib.items() if v is not None},
                    rank=PART_RANK, rule=RULE)
        self.spans.append(span)
        return span

    def add_title(self, a: int, b: int) -> None:
        printed = self.text[a:b]
        if self.title is None:
            self.title = printed.strip(_Q_OPEN + _Q_CLOSE + " .,")
            self.titles.append(self.part("title", a, b, level="m"))
        else:  # a second title: the journal or the book the first sits in
            self.titles[0].attrib["level"] = "a"
            self.titles.append(self.part("title", a, b, level="j"))

    def add_author(self, a: int, b: int) -> None:
        if self.author is None:
            self.author = self.text[a:b]
        self.part("author", a, b)

    def add_year(self, p: Piece) -> None:
        """The year in brackets closing ``p`` ("… (1957)")."""
        self.part("date", p.end - 1 - len(p.groups["year"]), p.end - 1, when=p.groups["year"])
        self.date = self.date or p.groups["year"]

    def group(self, p: Piece, name: str) -> tuple[int, int]:
        m = re.search(re.escape(p.groups[name]), p.text)
        return p.start + m.start(), p.start + m.end()


# a bibliography's forenames after the surname: "Heini", "Vernon N. Jr", "Ada C."
_FORENAMES = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?:[ \u00a0](?:[A-Z][a-z]+|[A-Z]\.|Jr\.?|Sr\.?)){0,3}")


def _read(text: str, pieces: list[Piece]) -> tuple[_Builder, int] | None:
    """A reference from ``pieces[0]``: the builder and how many pieces it takes, or None."""
    b = _Builder(text)
    if _sentence_case_title(pieces):
        pieces[1].kind = "title"  # "A. von Gennep, La formation des legendes, pp. 158-159"
    used = 0
    shown = False
    for n, p in enumerate(pieces):
        if n < used:
            continue  # taken with the piece before
        k = p.kind
        if k in ("title", "name") and n == 0 and len(pieces) > 2 and not p.stop and pieces[1].stop \
                and _FORENAMES.fullmatch(pieces[1].text) and pieces[2].kind in ("quoted", "title"):
            b.add_author(p.start, pieces[1].end)  # "Hediger, Heini. “Bedeutung …”": a
            shown = True                          # bibliography's surname, then forenames
            used = 2
            continue
        if k == "imprint" and b.title is None and b.author is None:
            m = re.match(rf"^(?P<name>{_NAME})\s*:\s*(?P<title>.+)$", p.text)
            if m and _titleish(m["title"]):  # "J. F. Nisbet: The Insanity of Genius"
                k, p.groups = "name-title", m.groupdict()
        # a bare number is a page after pages, or right after a quoted title (Quillin, "The
        # Color Line in Ohio," 18.)
        if k == "number" and b.spans and (b.spans[-1].attrib.get("unit") == "issue" or (
                n and pieces[n - 1].kind == "locator" and pieces[n - 1].groups.get("section"))):
            b.spans[-1].end = p.end  # "Nos. 197, 198, 199", "§§ 19, 20": the issues, sections run on
            used = n + 1
            continue
        if k == "prose" or (k == "number" and not (b.pages or b.spans and b.spans[-1].tag == "biblScope"
                                                    or n and pieces[n - 1].kind == "editor"
                                                    or n and pieces[n - 1].kind == "quoted"
                                                    and b.title is not None
                                                    or b.title is not None and _volume_before_page(pieces, n)
                                                    # (a paper's page after its day: "Roswell Daily
                                                    # Record, July 9, 1947, 1.")
                                                    or b.title is not None and n + 1 == len(pieces)
                                                    and pieces[n - 1].kind == "date"
                                                    or _page_closing(b, pieces, n)
                                                    or _journal_volume(b, pieces, n))):
            break
        if b.title is None and b.author is None and k not in (
                "title", "name", "quoted", "name-title", "title-by", "quoted-by", "entitled",
                "italic-volume") and not (k == "in" and n == 0):
            break  # a reference opens with its title or its author, not "1848."
        if k in ("title", "name") and n == 0 and _author_then_year(pieces):
            b.add_author(p.start, p.end)  # "National Conference of State Legislatures. 2015. …"
            shown = True
            used = 1
            continue
        if k == "name" and n > 0 and b.author is not None and b.title is None \
                and _more_authors(pieces, n):
            b.add_author(p.start + 4 * p.text.startswith("and "), p.end)  # "John Carey, Richard
            # Niemi, and Lynda Powell. 2000."
            used = n + 1
            continue
        if k in ("title", "name") and n == 0 and len(pieces) > 1 and (pieces[1].kind in (
                "title", "quoted", "name", "entitled", "quoted-by", "same-work")
                or pieces[1].kind == "in" and pieces[1].groups.get("piece")) and not p.stop:
            if k == "name" or pieces[1].kind != "name":
                b.add_author(p.start, p.end)  # "Jones, The Docks", "P. Kropotkin, Mutual Aid"
                shown = True
                used = n + 1
                continue
        if k == "name" and b.author is not None and b.title is None and p.text.startswith("and"):
            b.add_author(p.start + 4, p.end)
        elif k in ("title", "quoted") and b.title is None:
            title_end = p.end
            paren = _IMPRINT_AFTER.search(p.text)
            if paren and (m := _IMPRINT.match(paren["imprint"])) is not None:
                title_end = p.start + paren.start()
                _imprint(b, p.start + paren.start("imprint"), m)
                shown = True
            b.add_title(p.start, title_end)
            shown = shown or k == "quoted"
        elif (k == "quoted" and p.text.startswith("_") and b.title is not None and len(b.titles) == 1
              and pieces[n - 1].kind == "quoted" and re.search(r",[”\"’']$", pieces[n - 1].text)
              and n + 1 < len(pieces) and pieces[n + 1].kind in ("date", "volume", "issue", "number")):
            # 'Derek J. Price, "Clockwork before the clock," _Horological Journal_, 1955, vol.
            # 97': the article's journal in italics after its title, closed by its comma (not
            # after a sentence quoted: "'I will laugh like a Hyen, ….'" / "_A.Y.L._, IV. i. 156.")
            b.add_title(p.start, p.end)
            shown = True
        elif k == "name" and b.title is not None and b.author is None and n == used and p.stop \
                and pieces[n - 1].stop:
            b.add_author(p.start, p.end)  # "EQUAL SUFFRAGE.  Dr. Helen Sumner."
            shown = True
        elif k in ("title", "name"):
            if (b.title is not None and len(b.titles) == 1 and pieces[n - 1].kind == "quoted"
                    and n + 1 < len(pieces) and pieces[n + 1].kind in ("date", "volume", "issue", "number")):
                # '"Title," The Sunday Telegraph, October 17, 2004', '"Title," Mill & Society 4, no. 2'
                volume = re.search(r"[ \u00a0](\d{1,4}(?:\.\d{1,3})?)$", p.text)
                b.add_title(p.start, p.start + volume.start() if volume else p.end)
                if volume:
                    b.part("biblScope", p.start + volume.start(1), p.end, unit="volume")
                shown = True
            elif b.title is not None and n + 1 < len(pieces) and pieces[n + 1].kind == "date" \
                    and len(p.text.split()) <= 3:
                b.part("pubPlace", p.start, p.end)  # "London, 1893"
            elif b.title is None and k == "name" and n == 0 and len(pieces) == 1:
                b.add_author(p.start, p.end)  # a name alone: its work cited before, if any
            elif b.title is None and k == "name":
                b.add_title(p.start, p.end)
            # else: more words of an imprint or a subtitle, inside the bibl unmarked
        elif k == "name-title":
            a, e = b.group(p, "name")
            b.add_author(a, e)
            a, e = b.group(p, "title")
            b.add_title(a, e)
            shown = True
        elif k in ("title-by", "quoted-by") and b.title is None:  # not "This speech was made by …"
            a, e = b.group(p, "title")
            b.add_title(a, e)
            a, e = b.group(p, "name")
            b.add_author(a, e)
            shown = True
        elif k == "entitled" and b.title is None:
            a, e = b.group(p, "title")
            b.add_title(a, e)
            shown = b.author is not None
        elif k == "in" and b.title is None and (n == 0 or p.groups.get("piece") and b.author is not None):
            # (and after the author, what he wrote and where: "Prof. Kelley Miller, article in
            # “Washington Star,” Nov. 14, 1898")
            a, e = b.group(p, "title")  # "In The Non-Resistant, Vol. I, No. 4, …, Feb. 15, 1845.": a
            b.add_title(a, e)           # periodical's issue the note gives the place of
            if p.groups.get("piece") in ("article", "letter", "editorial", "communication"):
                b.titles[-1].attrib["level"] = "j"  # a paper's piece: the paper
            shown = shown or b.author is not None
        elif k == "in" and b.title is not None:
            a, e = b.group(p, "title")
            b.add_title(a, e)
            if n + 1 < len(pieces) and pieces[n + 1].kind == "editor":
                b.titles[-1].attrib["level"] = "m"  # "in History in the Digital Age, ed. …": a book
            shown = True
        elif k == "editor" and b.title is not None:
            a, e = b.group(p, "name")
            b.part("editor", a, e)
            imprint = p.groups.get("imprint")
            if imprint and (m := _IMPRINT.match(imprint)) is not None:
                _imprint(b, b.group(p, "imprint")[0], m)
            elif imprint and (year := re.search(_YEAR, imprint)):
                at = b.group(p, "imprint")[0]  # "(Routledge, 2013)"
                b.part("date", at + year.start(), at + year.end(), when=year.group())
                b.date = b.date or year.group()
            shown = True
        elif k == "by":
            a, e = b.group(p, "name")
            b.add_author(a, e)
            shown = True
        elif k == "imprint":
            _imprint(b, p.start, _IMPRINT.match(p.text))
            shown = True
        elif k == "date" and b.spans and b.spans[-1].tag == "date" and pieces[n - 1].kind == "date" \
                and re.fullmatch(_YEAR, p.text) and not re.search(_YEAR, pieces[n - 1].text):
            date = b.spans[-1]  # "October 17, 2004": the day and its year, one date
            date.end = p.end
            when = _iso(text[date.start:date.end])
            date.attrib["when"] = when
            b.date = b.date or (when[:4] if when else None)
        elif k == "date":
            when = _iso(p.text)
            b.part("date", p.start, p.end, when=when)
            b.date = b.date or (when[:4] if when else None)
            if b.titles and len(b.titles) == 1 and re.match(_MONTH, p.text) and b.author is None:
                b.titles[0].attrib["level"] = "j"  # "Nineteenth Century, Feb. 1888": an issue
            shown = True
        elif k == "accessed":
            b.part("date", p.start, p.end, when=_iso(p.text))
            shown = True
        elif k == "issue":
            a, e = b.group(p, "date")
            when = _iso(p.groups["date"])
            b.part("date", a, e, when=when)
            b.date = b.date or (when[:4] if when else None)
            if p.groups.get("from"):
                a = p.start + p.text.index(p.groups["from"], e - p.start)
                e = a + len(p.text[a - p.start:].rstrip())
                b.part("biblScope", a, e, unit="page", **{"from": p.groups["from"],
                                                          "to": p.groups["to"] or p.groups["from"]})
            shown = True
        elif k == "url":
            b.part("ref", p.start, p.start + len(p.groups["url"]), target=p.groups["url"])
            shown = True
        elif k == "same-work" and b.author is not None and b.title is None and not b.same_work:
            b.same_work = True
            b.part("abbr", p.start, p.end)
            shown = True
        elif k == "supra" and b.title is not None:
            b.part("abbr", p.start, p.end)
            shown = True
        elif k == "seq" and b.pages:
            pass  # "et seq.", "ff.": the pages run on
        elif k == "etc" and b.title is not None:
            pass
        elif k == "aside" and (b.title is not None or b.author is not None):
            if p.groups.get("year"):  # "39th Cong., 1st sess. (1865)": the session's year
                b.add_year(p)
        elif k == "issue-numbers" and b.title is not None:
            b.part("biblScope", p.start, p.end, unit="issue")
            shown = True
        elif k == "italic-volume" and b.title is None:
            a, e = b.group(p, "title")
            b.add_title(a, e)
            a, e = b.group(p, "volume")
            b.part("biblScope", a, e, unit="volume")
            shown = True
        elif k == "volume-imprint":
            a, e = b.group(p, "volume")
            b.part("biblScope", a, e, unit="volume")
            a, _ = b.group(p, "imprint")
            _imprint(b, a, _IMPRINT.match(p.groups["imprint"]))
            shown = True
        elif k == "number" and _journal_volume(b, pieces, n):
            b.part("biblScope", p.start, p.end, unit="volume")  # "Diplomatic History, 18, no. 4"
            shown = True
        elif k == "number" and _volume_before_page(pieces, n):
            b.part("biblScope", p.start, p.end, unit="volume")  # "III, 62", "I, p. 424": volume, page
            shown = True
        elif k in ("pages", "number"):
            if k == "pages":
                first, last = p.groups.get("from"), p.groups.get("to")
            else:  # "18", "230-231"
                first, _, last = p.text.replace("–", "-").partition("-")
                first, last = first.strip(), last.strip() or None
            unit = "paragraph" if "¶" in p.text else "page"  # "at ¶ 37": a declaration's paragraph
            a, e = b.group(p, "pages") if p.groups.get("year") else (p.start, p.end)
            b.part("biblScope", a, e, unit=unit, **{"from": first, "to": last or first})
            if p.groups.get("year"):  # "661 (1957)": the page, then the year
                b.add_year(p)
            if unit == "page":
                b.pages = b.pages or (first, last or first)
            shown = True
        elif k == "locator" and b.title is not None:
            unit = p.groups.get("unit") or ""
            b.part("biblScope", p.start, p.end,
                   unit="chapter" if unit.lower() in ("cap", "chap", "ch") else "part")
            shown = True
        elif k == "chapter":
            b.part("biblScope", p.start, p.end, unit="chapter", **{"from": p.groups["n"],
                                                                    "to": p.groups["n"]})
            shown = True
        elif k == "volume":
            b.part("biblScope", p.start, p.end, unit="volume")
            if p.groups.get("date") and (when := _iso(p.groups["date"])):
                b.date = b.date or when[:4]  # "vol. 117 (April 2023)"
            shown = True
        elif k == "edition":
            b.part("edition", p.start, p.end)
            b.edition = p.text
            shown = True
        else:
            break
        used = n + 1
        if (text[p.end:p.end + 1] == ";" or text[p.end:p.end + 1] == ":" and p.groups.get("year")
                and _OPENS.match(text, p.end + 1)) \
                and (b.title is not None or b.author is not None):
            break  # "Cist, "Cincinnati in 1841," 37; Cincinnati Daily Gazette, …": the next one
            # (so after a legal citation's year and a colon: "… 301 (1935): CE 2550, p. 37")
    if not used:
        return None
    italic = b.author is not None and any(text[t.start] == "_" for t in b.titles)
    # (or before a few words that end the note and say which part of the work: "Recollections of
    # Roswell, Part II, Maltais interview.")
    described = used == len(pieces) - 1 and b.title is not None and pieces[used].kind == "prose" \
        and pieces[used].stop and len(pieces[used].text.split()) <= MAX_PART_WORDS
    # (or before a clause about the work: "…, May, 1889), in which a portion of this essay …")
    # (or before another of the author's titles: '…, “History of Agriculture and Prices,” and “Six
    # Centuries of Work and Wages.”', read on its own)
    described = described or (used < len(pieces) and b.title is not None and pieces[used].kind == "prose"
                              and (_RELATIVE.match(pieces[used].text) or _AND_TITLE.match(pieces[used].text)) is not None
                              and not any(p.stop for p in pieces[:used - 1]))  # (one sentence)
    while used and not pieces[used - 1].stop and not italic and not described:  # a reference ends where a sentence
        used -= 1  # does (or an author's title in italics: "Aristotle, _Politics_, 1257a 38–41")
    if not used or b.title is None and b.author is None:
        return None
    if b.same_work and b.title is not None:
        return None  # "Oldenberg, ibid., Buddha": no such shape
    b.spans = [s for s in b.spans if s.end <= pieces[used - 1].end]
    b.titles = [s for s in b.titles if s in b.spans]
    if not b.titles:
        b.title = None
    return (b if shown or b.title is None or b.author is None else b), used


MAX_PART_WORDS = 3
_AND_TITLE = re.compile(r"and[ \t\n\u00a0]+[“\"]")
_AND_NEXT_TITLE = re.compile(r"(?<=[,;][”\"])[ \t\n\u00a0]+and[ \t\n\u00a0]+(?=[“\"])")  # the author's next title
_RELATIVE = re.compile(r"(?:in|of|from|to)?[ \u00a0]*(?:which|whom|whose)\b|where\b")


def _author_then_year(pieces: list[Piece]) -> bool:
    """Author, year, title, each closed by a full stop (the author–date style of a note):
    "National Conference of State Legislatures. 13 March 2015. “The Term-Limited States,”"."""
    return (len(pieces) > 2 and pieces[0].stop and pieces[1].kind == "date" and pieces[1].stop
            and pieces[2].kind in ("title", "quoted", "name") and len(pieces[0].text.split()) <= 8)


def _more_authors(pieces: list[Piece], n: int) -> bool:
    """``pieces[n]`` is one of a list of authors that "and …" closes: names up to it, no stop."""
    for p in pieces[n:n + 6]:
        if p.kind != "name":
            return False
        if p.text.startswith("and "):
            return True
        if p.stop:
            return False
    return False


def _sentence_case_title(pieces: list[Piece]) -> bool:
    """``pieces[1]`` is a title in sentence case, as French and German titles print them, between
    the author's name and pages, a volume or an imprint: "La formation des legendes"."""
    if len(pieces) < 3 or pieces[0].kind != "name" or pieces[0].stop or pieces[1].kind != "prose":
        return False
    p = pieces[1]
    return (p.text[:1].isupper() and not p.stop and len(p.text.split()) <= 12
            and (pieces[2].kind in _SHAPES_AFTER_TITLE or _volume_before_page(pieces, 2)))


def _page_closing(b: _Builder, pieces: list[Piece], n: int) -> bool:
    """A bare number closing the sentence right after an author's title is its page:
    "Bastian, San Salvador, 104."."""
    return (b.author is not None and b.title is not None and pieces[n].stop
            and pieces[n - 1].kind in ("title", "name") and re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?",
                                                                        pieces[n].text) is not None)


def _journal_volume(b: _Builder, pieces: list[Piece], n: int) -> bool:
    """A bare number after a journal's title that follows an article's quoted title, before
    the issue: "“The Recall of …,” Diplomatic History, 18, no. 4 (Fall 1994)"."""
    return (n >= 2 and pieces[n - 1].kind in ("title", "name") and pieces[n - 2].kind == "quoted"
            and b.title is not None and re.fullmatch(r"\d{1,4}", pieces[n].text) is not None
            and n + 1 < len(pieces) and pieces[n + 1].kind in ("issue", "date", "pages"))


def _volume_before_page(pieces: list[Piece], n: int) -> bool:
    """``pieces[n]`` is a volume in roman numerals before a page: "III, 62", "I, p. 424", "x. 374"."""
    return (re.fullmatch(r"[IVXLC]+|[ivxlc]{1,7}", pieces[n].text) is not None and n + 1 < len(pieces)
            and pieces[n + 1].kind in ("number", "pages"))


def _imprint(b: _Builder, at: int, m: re.Match) -> None:
    b.part("pubPlace", at + m.start("place"), at + m.end("place"))
    b.part("publisher", at + m.start("publisher"), at + m.end("publisher"))
    if m["year"]:
        b.part("date", at + m.start("year"), at + m.end("year"), when=m["year"])
        b.date = b.date or m["year"]


def _shows(b: _Builder) -> bool:
    tags = {s.tag for s in b.spans}
    return b.title is not None and (len(tags - {"title"}) > 0 or len(b.titles) > 1)


# a government document as a report's notes cite it: who issued it, what kind, from whom to whom,
# its title (in quotation marks or not) and its full date, a piece each ("CIA, SEIB, “Sunni
# Terrorist Threat Growing,” Feb. 6, 2001", "NSC email, Clarke to Rice, Briefing on Pennsylvania
# Avenue, Mar. 23, 2001", "Richard interview (Dec. 11, 2003)")
_MONTH_DAY = re.compile(rf"^{_MONTH}\s+\d{{1,2}}$")
_YEAR_ALONE = re.compile(rf"^{_YEAR}$")
_DATE_IN_BRACKETS = re.compile(rf"\s*\((?P<date>{_MONTH}\s+\d{{1,2}},\s*{_YEAR})\)$")
_UNDATED = re.compile(r"^undated\b")
_ISSUER = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][a-z]+)(?:[ \u00a0](?:[A-Z]\.|[A-Za-z][\w’'\-]*)){0,4}$")  # "CIA", "NSC email", "White House document", "Frank J. Kaufman"
_NOT_ISSUER = frozenset("""The A An In On At As For From When While After Before Since But And Or If
This That These Those It He She They We There Here See Cf Compare Also According""".split())
MAX_DOCUMENT_PIECES = 5  # before its date
MAX_DOCUMENT_PIECE_WORDS = 16


def _document(text: str, pieces: list[Piece]) -> tuple[_Builder, int] | None:
    """A government document from ``pieces[0]``, its full date closing it: the builder and how
    many pieces it takes, or None."""
    if not pieces or not _ISSUER.match(pieces[0].text.split("(")[0].strip()) \
            or pieces[0].text.split()[0] in _NOT_ISSUER:
        return None
    date: tuple[int, int] | None = None
    for n, p in enumerate(pieces[:MAX_DOCUMENT_PIECES + 1]):
        if len(p.text.split()) > MAX_DOCUMENT_PIECE_WORDS:
            return None
        if (m := _DATE_IN_BRACKETS.search(p.text)) is not None and n == 0:
            title_pieces, date, used = [], (p.start + m.start("date"), p.start + m.end("date")), 1
            break
        if n and _UNDATED.match(p.text):
            title_pieces, used = pieces[:n], n + 1
            date = (p.start, p.start + len("undated"))
            break
        if n and _MONTH_DAY.match(p.text) and n + 1 < len(pieces) \
                and _YEAR_ALONE.match(pieces[n + 1].text.split("(")[0].strip()):
            year = pieces[n + 1]
            title_pieces, used = pieces[:n], n + 2
            date = (p.start, year.start + len(year.text.split("(")[0].rstrip()))
            break
        if p.stop:
            return None
    if date is None:
        return None
    b = _Builder(text)
    if not title_pieces:  # "Richard interview (Dec. 11, 2003)": the interview is the title
        first = pieces[0]
        b.add_title(first.start, first.start + len(first.text.split("(")[0].rstrip()))
    else:
        quoted = [p for p in title_pieces if p.kind == "quoted"]
        if len(title_pieces) < 2 and not quoted:
            return None  # "Congress, May 3, 2001": an issuer alone
        title = quoted[0] if quoted else title_pieces[-1]
        if title is title_pieces[0]:
            return None
        if re.fullmatch(r"[A-Z]{2,6}", title_pieces[0].text):
            b.add_author(title_pieces[0].start, title_pieces[0].end)  # "CIA", "FCC"
        b.add_title(title.start, title.end)
        b.titles[0].attrib["level"] = "a" if quoted else "u"
    when = None if _UNDATED.match(text[date[0]:date[1]]) else _iso(text[date[0]:date[1]])
    b.part("date", date[0], date[1], when=when)
    b.date = when[:4] if when else None
    return b, used


# a legal short form: the surname of an author cited before and the pages "at" which that
# author's work is cited now ("Thomas at 519", "Donovan at 42-44, 58-61", "M. Smith at 229
# (1948)"), the reference whole up to the stop or semicolon after it
_AUTHOR_AT = re.compile(rf"[ \t\n\u00a0]*(?P<name>{_NAME})[ \u00a0]+at[ \u00a0]+(?P<pages>\d{{1,4}}(?:[-–]\d{{1,4}})?"
                        rf"(?:,[ \u00a0]*\d{{1,4}}(?:[-–]\d{{1,4}})?)*)(?:[ \u00a0]+\({_YEAR}\))?(?=[ \u00a0]*(?:[.;]|$))")


def _author_at(text: str, m: re.Match) -> Citation:
    digits = re.findall(r"\d+", m["pages"])
    pages = (digits[0], digits[-1])
    spans = [Span(m.start("name"), m.end("name"), "author", {}, rank=PART_RANK, rule=RULE),
             Span(m.start("pages"), m.end("pages"), "biblScope", {"unit": "page", "from": pages[0], "to": pages[1]},
                  rank=PART_RANK, rule=RULE)]
    return Citation(m.start("name"), m.end(), "full", text[m.start("name"):m.end()], RULE, author=m["name"],
                    pages=pages, spans=spans)


def _reading(text: str, at: int, end: int, after_lead_in: bool):
    """The pieces of ``text[at:end]`` and the best reading of them as a reference: (pieces,
    (builder, pieces used) or None, the document reading or None)."""
    pieces = _pieces(text, at, end)
    for p in pieces:
        _classify(p)
    read = _read(text, pieces)
    document = None if after_lead_in else _document(text, pieces)
    if document is not None and (read is None or read[1] <= document[1]):
        read = document
    return pieces, read, document


def _open_quotation(text: str, start: int, end: int) -> bool:
    """A quotation or a bracket opened in ``text[start:end]`` is not closed there ("(Paris, 1878,
    T. II. pp. 372-6; T. III. pp. 5-8)": the same work's parts)."""
    part = text[start:end]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1 or part.count("(") > part.count(")")


def _title_within(c: Citation, short: Citation) -> bool:
    """The reading ``c`` took the short reference ``short`` ("La Rocca 1979") for its title."""
    return any(p.tag == "title" and short.start <= p.start and p.end <= short.end for p in c.spans)


def read_references(text: str, start: int, end: int, known_title, known_author) -> list[Citation]:
    """The references a note gives in ``text[start:end]`` (the note after its marker).
    ``known_title(title)``/``known_author(name)`` say whether a work cited before has that
    title or author: a title or a name alone is a reference only then."""
    m = _IBID.match(text, start, end)
    if m is not None:
        spans = [Span(m.start("abbr"), m.end("abbr"), "abbr", {}, rank=PART_RANK, rule=RULE)]
        pages = None
        if m["pages"] or m["at"]:
            group = "pages" if m["pages"] else "at"
            digits = re.findall(r"\d+", m[group])
            pages = (digits[0], digits[-1])
            spans.append(Span(m.start(group), m.end(group), "biblScope",
                              {"unit": "page", "from": pages[0], "to": pages[1]},
                              rank=PART_RANK, rule=RULE))
        ibid = Citation(m.start(), m.end(), "ibid", m.group(), RULE, abbr=m["abbr"], pages=pages, spans=spans)
        # (and the references after it: "Ibid., 43–44 and 189; Schlumberger, “Oilfield Glossary …,” …")
        semicolon = text.find(";", m.end(), end)
        if semicolon < 0:
            return [ibid]
        return [ibid, *read_references(text, semicolon + 1, end, known_title, known_author)]
    found: list[Citation] = []
    # a reference opens the note, follows "see", "cf." …, or another reference and a semicolon
    # ('"Tyrannical Libertymen," 10-11; Locke, "Antislavery," 31-32')
    # (a note opening with "See" reads from after it: "See Gerebtzoff" is no author)
    opening = set() if _LEAD.match(text, start, end) else {start}
    led = opening | {m.end() for m in _LEAD.finditer(text, start, end) if m.end() > start} \
        | (next_starts := {m.end() for m in _NEXT_REFERENCE.finditer(text, start, end)}
           | {m.end() for m in _NEXT_AFTER_PAGE.finditer(text, start, end)}) \
        | {m.end() for m in _AFTER_YEAR_COLON.finditer(text, start, end)} \
        | (titles_after := {m.end() for m in _AND_NEXT_TITLE.finditer(text, start, end)}) \
        | {m.start() for m in _NAMED_ITALIC.finditer(text, start, end)}
    # after a colon or a quotation, a reference that shows itself one (a volume, a page, a date):
    # 'articles by Professor Roscoe Pound: “Do we need a Philosophy of Law?” Columbia Law Review,
    # Vol. V, p. 339', '“A popular author must … omnibus.” Miscellanies, Vol. I, p. 272.'
    after = {m.end() for m in _AFTER_LEAD_IN.finditer(text, start, end)} - led
    points = sorted(led | after)
    for k, at in enumerate(points):
        if found and at < found[-1].end:
            continue
        if at in titles_after and not (found and text[found[-1].end:at].split() == ["and"]):
            continue  # ('“doing the job,” and “if anything, …”': words quoted, no titles)
        if (m := _AUTHOR_AT.match(text, at, end)) is not None and known_author(m["name"]):
            found.append(_author_at(text, m))
            continue
        stop = text.find(")", at, end) if text[at - 1:at] == "(" else -1
        # (in brackets: to their close; a note that is a title in italics, to the title's end)
        limit = m.end("title") if at == start and (m := _TITLE_ALONE.match(text, start, end)) else end
        # (and no further than the next reference: "Winthrop, ii. 307. Stiles, Ancient Windsor, …")
        # (not inside a title in quotation marks: "“… 'Distant' Reading; Or, toward …”")
        limit = min([limit] + [p for p in points[k + 1:] if p in next_starts
                               and not _open_quotation(text, at, p)][:1])
        pieces, read, document = _reading(text, at, stop if stop > 0 else limit, at in after)
        if at in after and pieces and pieces[0].kind == "quoted" and re.search(
                r"\.[”\"’']*$", pieces[0].text):
            continue  # after a colon, a sentence in quotation marks: a quotation, its source after it
        if read is None:
            continue
        b, used = read
        a, e = pieces[0].start, pieces[used - 1].end
        if read is document:  # its date closes it ("…, 2001 (this IC expired …)": no more)
            e = max(s.end for s in b.spans)
        if b.same_work:  # "Burnouf, op. cit., p. 117": the work of that author cited before
            if known_author(b.author):
                found.append(Citation(a, e, "full", text[a:e], RULE, author=b.author, pages=b.pages,
                                      spans=b.spans))
            continue
        if at in after and not _shows(b):
            continue
        alone = not _shows(b) and at == start  # after "vide", "see": a title alone will do
        if alone:
            if b.title is not None and b.author is None and known_title(b.title):
                pass  # a short title of a work cited before
            elif b.title is not None and b.author is None and _WHOLE_NOTE_AFTER_TITLE.match(text, e, end) \
                    and b.title.startswith("_") and len(b.title.split()) >= 2:
                pass  # the note a title in italics and no more: "_First Principles_ (The Reconciliation)."
            elif b.author is not None and b.title is None and used == 1 and known_title(b.author):
                b.title, b.author = b.author, None  # "EQUAL SUFFRAGE.": a title, not a name
                for span in b.spans:
                    span.tag, span.attrib = "title", {"level": "m"}
                b.titles = list(b.spans)
            elif b.author is not None and b.title is None and used == 1 and known_author(b.author):
                c = Citation(a, e, "full", text[a:e], RULE, author=b.author, spans=b.spans)
                found.append(c)
                continue
            else:
                continue
        if b.title is None:
            continue
        found.append(Citation(a, e, "full", text[a:e], RULE, title=b.title, pages=b.pages,
                              edition=b.edition, date=b.date, author=b.author,
                              level=b.titles[0].attrib.get("level", "m"), spans=b.spans))
    # the laws and orders it cites, whatever stands around them ("47 U.S.C. §606(c). A carrier
    # is …"): their shape is surer than the general reading's
    # and the court decisions ("Holden _v._ Hardy, 169 U. S. 366")
    statutes = find_statutes(text, start, end)
    statutes += [c for c in find_cases(text, start, end)
                 if not any(s.start < c.end and c.start < s.end for s in statutes)]
    found = [c for c in found if not any(s.start < c.end and c.start < s.end for s in statutes)]
    # the short author–date references ("Kramer 1837, 101."; "See Stewart 1990; Rolley 1994"):
    # their shape is surer than the general reading's, which takes "Stewart 1990" for a title
    # (a reading that reaches beyond one, "Mr. R. Brown in 'Proc. Zoolog. Soc.' 1868, p. 409",
    # "“…” Par M. E. J. Delecluze. Paris: Didier. 1855", is a whole reference: it stays)
    # (but one whose title is a short reference, "La Rocca 1979. On the Doryphoros: von Steuben
    # 1990", took it for a title)
    short = short_references(text, start, end)
    found = [c for c in found if not any(_title_within(c, s) or s.start <= c.start and c.end <= s.end
                                         for s in short)]
    short = [c for c in short if not any(s.start < c.end and c.start < s.end for s in found + statutes)]
    return sorted(found + short + statutes, key=lambda c: c.start)


class NoteMarkers:
    """Rule "note-markers": ``word(1)``, ``word,1``, ``word*`` in the text → ``ref`` to the note.

    ``[1]`` is the citations rule's (a numbered reference). A marker must be glued to the word or
    stop before it, and markers are taken in order through the text: each at most once, never a
    number lower than one already taken."""

    def __init__(self, notes, note_id, style: str | None):
        self.notes = [n.number for n in notes]
        self.keys = [n.key for n in notes]  # a note's id: its number, its series after the first
        self.note_id = note_id
        self.style = style  # "p": (1) markers; else numbers or symbols glued to a word
        self.next = 0  # index into notes of the first marker not yet found

    def spans(self, text: str, start: int, end: int) -> list[Span]:
        found = []
        pos = start
        while self.next < len(self.notes):
            number = self.notes[self.next]
            best = None
            for k in range(self.next, len(self.notes)):
                m = self._search(self.notes[k], text, pos, end)
                if m is not None and (best is None or m.start() < best[1].start()):
                    best = (k, m)
            if best is None:
                break
            k, m = best
            found.append(Span(m.start(), m.end(), "ref", {"target": f"#{self.note_id(self.keys[k])}"},
                              rank=20, rule="note-markers"))
            self.next, pos = k + 1, m.end()
            del number
        return found

    def _search(self, number: str, text: str, pos: int, end: int):
        if self.style in AS_PRINTED:  # "[311:1]", "[K]" wherever they stand, a heading's end too
            return re.compile(re.escape(printed_call(self.style, number))).search(text, pos, end)
        if self.style in ("p", "k"):  # "word(1)"; "in 1650. *p The"
            return call_pattern(self.style, number).search(text, pos, end)
        if self.style == SUPERSCRIPT_ONLY:
            return superscript_marker(number).search(text, pos, end)
        if self.style == "o" and (m := note_label_call(number).search(text, pos, end)):
            return m  # "[Note 1]" calls "Note 1."
        return text_marker(number).search(text, pos, end)


def footnote_calls(markup, footnotes, note_id) -> None:
    """Rule "note-markers" for footnotes kept under their paragraph: the marker that calls each
    (``Note.call``, found by the structure rule) → ``ref`` to it; several markers of one
    paragraph each to their own note."""
    for note in footnotes:
        block, start, end = note.call
        target = f"#{note_id(note.key)}"
        there = [s for s in markup.spans.get(id(block), [])
                 if s.tag == "ref" and s.start <= start and end <= s.end]
        if there:  # another rule's ref stands there already ("[1]": a numbered citation's)
            for s in there:
                if s.attrib.get("target") == f"#{note_id(note.number)}":
                    s.attrib["target"] = target  # the note of this series, not the first
            continue
        markup.add(block, Span(start, end, "ref", {"target": target}, rank=20, rule="note-markers"))


# what a bibl may hold directly (schema/edition.rnc, bibl.item); a quotation's marks inside a
# reference are its title's
_IN_BIBL = frozenset("author editor title biblScope date edition abbr idno publisher pubPlace "
                     "persName orgName choice supplied ref note".split())
_QUOTATIONS = frozenset("q quote said cit".split())
_TEXT_ONLY = frozenset("publisher pubPlace".split())


def cited_authors(notes) -> frozenset[str]:
    """The last words of the authors' names the notes' references give ("Barth, The Religions
    of India, p. 30." gives "Barth"), read before the text's quotations are: an author the notes
    cite who "says" something in the text is quoted from his writing."""
    from edition.structure.notes import marker_end, text_end

    found = set()
    for note in notes:
        for n, block in enumerate(note.blocks):
            start = marker_end(note) if n == 0 else 0
            end = text_end(note) if block is note.blocks[-1] else len(block.text)
            for c in read_references(block.text, start, end, lambda t: False, lambda a: False):
                if c.author:
                    found.add(c.author.split()[-1].strip(".,"))
    return frozenset(found)


# a note that says which work every bare reference of the text is to: "The references throughout
# this notice are to the Life and Letters, unless the contrary is stated."
_REFERENCES_ARE_TO = re.compile(r"\b[Rr]eferences\b[^.;]{0,60}?\b(?:are|is)[ \t\n\u00a0]+(?:made[ \t\n\u00a0]+)?to"
                                r"[ \t\n\u00a0]+(?:the[ \t\n\u00a0]+)?(?P<title>[A-Z][\w’'\-]*(?:[ \t\n\u00a0]+"
                                r"(?:of|and|the|[A-Z][\w’'\-]*)){0,8})(?=[,.;:(]|[ \t\n\u00a0]+unless\b)")


def references_throughout(notes) -> str | None:
    """The title of the work a note says the text's references are all to ("The references
    throughout this notice are to the Life and Letters, unless …" → "Life and Letters"), or
    None."""
    for note in notes:
        for block in note.blocks:
            if (m := _REFERENCES_ARE_TO.search(block.text)) is not None:
                return " ".join(m["title"].split())
    return None


# "Sir Thomas Bludworth. See June 30th, 1666.": a diary's note sends the reader to another day
# of the diary, no work
_SEE_DAY = re.compile(r"\b[Ss]ee\s+(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\s+\d{1,2}(?:st|nd|rd|th|d)?\b")
# "See note 65.", "see footnote 1", "See note above.": the work another note cites
_SEE_NOTE = re.compile(r"\b(?i:see)\s+(?:(?:foot|end)?note\s+(?P<n>\d{1,3})\b|(?:the\s+)?note\s+above\b)")


# (after a word sending the reader there: "See, for example: https://…", "Source: https://…")
_URL_NOTE = re.compile(r"[\s\u00a0]*(?:(?i:see|source|available[\s\u00a0]+at|cf\.)(?:,?[\s\u00a0]+(?i:for[\s\u00a0]+example|"
                        r"e\.[\s\u00a0]?g\.|also))?[,:]?[\s\u00a0]+)?(?P<url>https?://\S+?)[.,;]?[\s\u00a0]*")


# words right before an address that lead to it as another page: "accessible at", "described at", "see"
_LED_TO_ADDRESS = re.compile(r"\b(?:at|see|See|from|via|on|in|visit)[\s\u00a0]*:?[\s\u00a0]*$")
LEAD_WORDS = 30  # characters before an address read for them


def _quoted_title_span(text: str, span: Span) -> bool:
    """A quotation that reads as a title: closed by a comma inside its marks, or short and
    no sentence ('"Providing for Emergency Control …,"')."""
    quoted = text[span.start:span.end]
    return _long_title(quoted) or len(quoted.split()) <= 12 and not re.search(r"[.!?][”\"’']*$", quoted)


_ADDRESS = re.compile(r"https?://[^\s<>\"“”]+?(?=[.,;:)]*(?:[\s\u00a0]|$))")


def note_references(markup, note, works, ids, by_note: dict[str, str] | None = None) -> None:
    """Rule "note-references" over one note: each reference it gives → a ``bibl`` pointing at
    its work (``WorksCited``), where no citation the other rules found stands already.
    ``by_note``: the work each note read so far cites first, by number ("See note 65." points at
    it; "See note above." at the last note's)."""
    from edition.structure.notes import marker_end, text_end

    by_note = by_note if by_note is not None else {}
    first = None  # the first work this note cites
    for n, block in enumerate(note.blocks):
        start = marker_end(note) if n == 0 else 0
        end = text_end(note) if block is note.blocks[-1] else len(block.text)
        spans = markup.spans.setdefault(id(block), [])
        for c in read_references(block.text, start, end, works.knows_title,
                                 lambda name: works.work_by_author(name) is not None):
            inside = [s for s in spans if c.start <= s.start and s.end <= c.end]
            if any(s.tag in ("bibl", "ref") and s.start < c.end and c.start < s.end
                   or _crosses(s, c.start, c.end) for s in spans):
                continue  # another rule's citation is here, or an element crosses this one
            if any(s.tag and s.tag not in _IN_BIBL | _QUOTATIONS for s in inside):
                continue
            if _SEE_DAY.search(block.text, c.start, c.end):
                continue
            c.spans = [p for p in c.spans if not (p.tag in _TEXT_ONLY and any(
                p.start <= s.start and s.end <= p.end for s in inside))]
            for s in inside:
                if s.tag in _QUOTATIONS:
                    spans.remove(s)
                    markup.report.quotations -= 1
                    markup.report.phrases -= s.tag == "q"
            ids.b += 1
            c.xml_id = f"b-{ids.b}"
            if c.title is None and c.kind == "full":
                works.cite_work(c, works.work_by_author(c.author))
            else:
                works.cite(c, block.start)
            first = first or c.corresp
            _add_citation(markup, spans, c)
        if n == 0 and first is None and len(note.blocks) == 1 and (
                m := _URL_NOTE.fullmatch(block.text, start, end)) is not None:
            # a note that is a web page's address alone ("[10] https://instagram.com/about/…",
            # "7. See, for example: https://…"): it cites that page — a bibl holding the link to it
            a, e = m.span("url")
            if not any(s.tag and s.start < e and a < s.end for s in spans):
                ids.b += 1
                _add_citation(markup, spans, Citation(a, e, "url", m["url"], RULE, xml_id=f"b-{ids.b}", spans=[
                    Span(a, e, "ref", {"target": m["url"]}, rank=PART_RANK, rule=RULE)]))
        # every other web address the note gives cites that page ("“We the People” petitions are
        # accessible at https://petitions.whitehouse.gov/. The source code … at https://github.com/…")
        for m in _ADDRESS.finditer(block.text, start, end):
            a, e = m.span()
            if any(s.tag and s.start < e and a < s.end for s in spans):
                continue
            before = [s for s in spans if s.tag == "bibl" and s.end <= a]
            last = max(before, key=lambda s: s.end) if before else None
            between = [s for s in spans if s.tag and last is not None and last.end <= s.start < a]
            closing = last is not None and not _LED_TO_ADDRESS.search(block.text, max(last.end, a - LEAD_WORDS), a)
            if closing and any(s.tag in _QUOTATIONS and not _quoted_title_span(block.text, s) for s in between):
                continue  # a passage quoted between a reference and its address: left as it is
            if closing and not any(s.tag in ("bibl", "ref") for s in between):
                # the address closing the reference before it ("…, December 4, 2014.
                # https://…"): that reference's, a ref inside its bibl; a title quoted on the
                # way is its title ('E.O. 10312 of December 10, 1951, "Providing for …," 16
                # Federal Register 12452, …, https://…')
                last.end = e
                for q in [s for s in between if s.tag in _QUOTATIONS]:
                    spans.remove(q)
                    markup.report.quotations -= 1
                    markup.report.phrases -= q.tag == "q"
                    title = Span(q.start, q.end, "title", {"level": "a"}, rank=PART_RANK, rule=RULE)
                    title.requires = (last,)
                    spans.append(title)
                ref = Span(a, e, "ref", {"target": m.group()}, rank=PART_RANK, rule=RULE)
                ref.requires = (last,)
                spans.append(ref)
                continue
            ids.b += 1
            _add_citation(markup, spans, Citation(a, e, "url", m.group(), RULE, xml_id=f"b-{ids.b}", spans=[
                Span(a, e, "ref", {"target": m.group()}, rank=PART_RANK, rule=RULE)]))
        if n == 0 and first is None and (m := _SEE_NOTE.search(block.text, start, end)) is not None:
            target = by_note.get(m["n"]) if m["n"] else by_note.get("above")
            if target is not None and not any(s.start < m.end() and m.start() < s.end for s in spans):
                ids.b += 1
                c = Citation(m.start(), m.end(), "full", m.group(), RULE, xml_id=f"b-{ids.b}")
                works.cite_work(c, target)
                first = target
                markup.report.citations += 1
                spans.append(c.bibl_span())
    for s in markup.spans.get(id(note.block), []):
        if first is None and s.tag == "bibl" and s.attrib.get("corresp"):
            first = s.attrib["corresp"].lstrip("#")  # another rule's citation in the note
    if first is not None:
        by_note[note.number] = by_note["above"] = first
    _titles_outside_references(markup, note)


def _add_citation(markup, spans: list[Span], c: Citation) -> None:
    """The citation's ``bibl`` and its parts among the block's spans, each part kept inside it."""
    markup.report.citations += 1
    bibl, *parts = c.all_spans()
    spans.append(bibl)
    for part in parts:
        part.requires = (bibl,)
        spans.append(part)


def _titles_outside_references(markup, note) -> None:
    """A quoted title in a note that no reference read is a title still ('"New Key to North
    American Birds," '84' in a list of an author's works): the quotations rule left it to the
    note's references."""
    for block in note.blocks:
        spans = markup.spans.get(id(block), [])
        bibls = [s for s in spans if s.tag in ("bibl", "ref")]
        for s in list(spans):
            # (speech's or a passage's marks too, where a page or a year after them cites a work:
            # 'Monck Mason's notes in his "History of St. Patrick's Cathedral," p. 320')
            after = block.text[s.end:s.end + AFTER_TITLE]
            # ('[2] “Education of the Negroes since 1860,” by J. L. M. Curry': its author after it)
            before = block.text[max(0, s.start - 40):s.start]
            # ('… McGrew (2023), “The Unexpected Compression …,”': its author and year before it)
            if s.tag not in ("q", "said", "quote") or s.tag != "q" and not (
                    cited_after(after) or authored_after(after) or dated_before(before) or alone_in_note(before, after)) \
                    or s.supplied_start or s.supplied_end or any(b.start <= s.start and s.end <= b.end for b in bibls):
                continue
            inner = block.text[s.start + 1:s.end - 1]
            if quoted_title(inner, before, after):
                make_title(markup, s)


def _crosses(s: Span, start: int, end: int) -> bool:
    return s.start < start < s.end < end or start < s.start < end < s.end
