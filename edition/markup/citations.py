# SPDX-License-Identifier: MIT
"""Rule "citations": parenthetical references in a block's text, parsed into ``bibl`` spans.

ENCODING.md, "Bibliography": a citation becomes a ``bibl`` that keeps its parentheses and words
as text inside it, with ``title``, ``biblScope unit="page"``, ``edition``, ``date``, ``abbr``
(and ``author`` for author–date references) around the parts. Which work a citation points at
(``@corresp``) is decided by ``edition.markup.works.WorksCited``, in document order.

Every shape recognised is a named pattern in ``SHAPES`` below, tried in that order; an earlier
shape wins where two would cover the same text. The first full citation of a work names its
title; ``Op. Cit.``, ``Ibid``, a bare page or chapter name none (``WorksCited`` resolves them).

Author–date references, as real articles print them: a surname, ``A and B``, ``A, B, and C``,
``A et al.`` (``et. al``, ``et al``) or a name of several words (``Ministry of Justice``,
``Univ. of Bristol``, ``Interview with Prof. Adeyemi``); ``2016a``, ``2016a/b``, a second year
(``2011, 2019``: two works, two ``bibl``s); pages after ``:`` or ``,`` (``12``, ``p. 4``,
``pp 130-1``, ``p27``, ``159ff``); in round or square brackets, after a lead-in (``e.g.,``,
``see``); several per group, split by ``;`` or ``,`` — one ``bibl`` each, and a member that is
no reference is left as text without losing the others. In the sentence: ``Smith (2015)``,
``Smith et al. (2016: 4)``. After a quotation: a bare page ``” (54)``, a year ``” (2012)``; a
year with a page anywhere, ``(2000, 35)``: their author is the one named before them
(``WorksCited`` looks for it). Also ``[Evening Courier, Monday May 3rd 1932]`` (a periodical's
issue), ``(A. Author, "Title", Publisher (1973) pp 12-3)`` and ``(Molesworth, "History of the
Reform Bill," p. 347)``.

What is deliberately NOT a citation:

- a bare year, ``(1924)``: after a title it is the title's date, elsewhere just a year (only
  right after a quotation is it a reference);
- a name, ``(Stalin)``, a date range, ``(19 to 26 March)``, an aside in brackets;
- a title alone without pages, ``(Revolution Betrayed)``: too like a name or an aside;
- a one-word "title" with pages, ``(Smith, p. 4)``: more likely an author, and no year to say so;
- a month or season with a year, ``(June 1988)``, ``(Winter 2009)``: a date, not an author;
- a name and a year that end a title or a place, ``the Treaty of Versailles (1919)``,
  ``Revolution Betrayed (1936)``: the word before is ``of``/``the`` or another capitalised one;
- a number glued to a quotation, ``”(3)``: a note's marker; a number elsewhere, ``(54)``;
- ``[1]`` at the very start of a block: that is an endnote's own marker (the notes rule's), not
  a reference to it.

Known limit: a place with a year, ``(Moscow 1937)``, reads as an author–date reference; the
rule has no register to tell a place from an author.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from edition.markup.roles import ROLES
from edition.markup.spans import Span
from edition.markup.titles import quoted_title
from edition.structure.blockquotes import MEMO_FIELD, program_code
from edition.structure.dates import MONTH_NAME, is_letter_dateline, parse_date
from edition.structure.notes import CALL_AFTER_STOP
from edition.structure.references import LABEL, MAX_LABEL, label_key

BIBL_RANK = 20  # the bibl (or ref) itself: outside its parts
PART_RANK = 21  # title, biblScope, edition, date, abbr, author inside it

_BEFORE_LOWER = re.compile(r"[ \u00a0]+[a-z]")  # a word in lower case after a citation
KINDS = ("full", "op-cit", "ibid", "page", "author-date", "numbered")

# ---------------------------------------------------------------- building blocks
# "page", "Page", "pages", "p.", "pp." — then a number or a range "88-89", "12–14", "12 to 14".
_PAGE_WORD = r"(?i:pages?|pp?\.)"
# several numbered references in one pair of brackets: "[2, 7, 9–11]" (a line may end in it),
# "[5;6]" as some journals print them
_NUMBER_LIST = r"\d{1,3}(?:[ \u00a0]*[,;–-][ \u00a0\n]*\d{1,3})+"
_RANGE = r"(?P<pfrom>\d+)(?:\s*(?:[-–—]|(?i:to)\b)\s*(?P<pto>\d+))?"
_PAGES = rf"(?P<pages>{_PAGE_WORD}\s*{_RANGE})"
_YEAR = r"(?:1[5-9]|20)\d\d"
_DATE = rf"(?P<date>(?P<when>{_YEAR})[a-z]?)"  # "2015a": a second work of that year
# A title as printed: starts with a capital (or an opening quote), no digits, commas or brackets.
_TITLE = r"(?P<title>[A-Z‘“'\"][^,;()\[\]\d]*[^,;:()\[\]\d\s])"
# "Pioneer edition", "New Park edition", "2nd edition", "2nd ed."
_EDITION = (r"(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
            r"\s+(?i:edition\b|ed\.))")
_OP_CIT = r"(?P<abbr>(?i:op\.?\s*cit\b\.?))"  # "Op.Cit.", "Op. Cit.", "Op Cit.", "Op. Cit"
_IBID = r"(?P<abbr>(?i:ibid\b\.?))"
# Author–date. An author is a person's surname (with a particle), "A and B", "A et al."
# (also "et. al", "et al"), or a name of several words: "Ministry of Justice", "Univ. of
# Bristol", "University of California, San Diego", "Interview with Prof. Adeyemi". Never a
# month or a season ("(June 1988)" is a date), save one with others after it ("(August et al.
# 2000)": a surname).
_NOT_AUTHOR = (r"(?!(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|Spring|Summer|Autumn|Fall|Winter)\b(?!\s+et\.?\s*al\b))")
# a capital, with the accented ones authors' names open with ("Özler", "Łukasz", "Šimek")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# (a name in camel case, its first letters small: "iDigBio", "pro-iBiosphere Consortium")
_CAP = rf"(?:[a-z]{{1,4}}-)?[a-z]?[{_UPPER}][\w'’.\-\u2010\u2011]*"  # (a typeset hyphen too: "Pantoja‐Lima")
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|d’|d')"
_CONNECTOR = r"(?:of|the|for|and|&|on|in|with|de|van|von|der|den|da|di|du|le|la|y|für)"
_NAME = (rf"(?:{_PARTICLE}\s+){{0,2}}{_NOT_AUTHOR}{_CAP}"  # "van den Berghe"
         rf"(?:\s+(?:{_CONNECTOR}\s+)*{_NOT_AUTHOR}{_CAP})*")
# what stands for et al.: "Scanlon and others, 2002" (USGS), "Schriks and co-workers (2007)"
AND_OTHERS = r"and\s+(?:others|colleagues|co-?workers|associates)\b"
# (the print's slips too: "Dieker at al. (2010)", "(Li et al. al., 2012)")
_ET_AL = rf"(?:,?\s+_?(?:et\.?|at)\s+al\b\.?_?(?:\s+al\.)?|\s+{AND_OTHERS})"
# the books of the Bible as references print them ("Gen.", "I Cor.", "Philippians")
_BIBLE_BOOK = (r"(?:Gen|Genesis|Exod|Exodus|Lev|Levit|Leviticus|Num|Numbers|Deut|Deuteronomy|Josh|Joshua|Judg|"
               r"Judges|Ruth|Sam|Samuel|Kings|Chron|Chronicles|Ezra|Neh|Nehemiah|Esth|Esther|Job|Ps|Psa|"
               r"Psalm|Psalms|Prov|Proverbs|Eccl|Eccles|Ecclesiastes|Isa|Isaiah|Jer|Jeremiah|Lam|"
               r"Lamentations|Cant|Canticles|Ezek|Ezekiel|Dan|Daniel|Hos|Hosea|Joel|Amos|Obad|Obadiah|Jonah|Mic|Micah|"
               r"Nah|Nahum|Hab|Habakkuk|Zeph|Zephaniah|Hag|Haggai|Zech|Zechariah|Mal|Malachi|Matt|Mat|"
               r"Matthew|Matth|Mark|Luke|John|Acts|Rom|Romans|Cor|Corinthians|Gal|Galatians|Eph|Ephes|Ephesians|"
               r"Phil|Philipp|Philippians|Col|Coloss|Colossians|Thess|Thessalonians|Tim|Timothy|Tit|Titus|Philem|"
               r"Philemon|Heb|Hebr|Hebrews|Jas|James|Pet|Peter|Jude|Rev|Revelation)")
# and in capitals, as a sermon's text prints its book, a comma after it: "PROVERBS, xi: 11." (an
# epigraph's "I JOHN iv. 16." under its words is the epigraph's attribution, structure's)
_BIBLE_BOOK_CAPS = "(?:" + "|".join(book.upper() for book in (
    "Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Samuel Kings Chronicles Nehemiah "
    "Esther Psalms Psalm Proverbs Ecclesiastes Isaiah Jeremiah Lamentations Ezekiel Daniel Hosea Micah "
    "Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians Philippians Colossians "
    "Thessalonians Timothy Titus Hebrews James Peter Revelation").split()) + ")"
# the books by their full names, which every abbreviation above begins ("Eccl.", "Eccles." and
# "Ecclesiastes" are one work; "Jas." is James's)
_BIBLE_BOOKS = ("Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles "
                "Ezra Nehemiah Esther Job Psalms Proverbs Ecclesiastes Canticles Isaiah Jeremiah Lamentations Ezekiel "
                "Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai Zechariah "
                "Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians Philippians "
                "Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude Revelation").split()
_BOOK_NUMBER = {"I": "1", "II": "2", "III": "3"}


def bible_book(title: str) -> str:
    """The book a scripture reference's title names, by its full name and number ("II Cor." and
    "2 Corinthians" → "2 Corinthians"); ``title`` itself when it names none."""
    words = title.replace("\u00a0", " ").split()
    if not words:
        return title
    number = _BOOK_NUMBER.get(words[0], words[0]) if len(words) > 1 else ""
    name = words[-1].rstrip(".")
    name = name.capitalize() if name.isupper() and len(name) > 1 else name  # "PET." is "Pet."
    name = {"Jas": "James", "Ps": "Psalms"}.get(name, name)
    book = next((b for b in _BIBLE_BOOKS if b.startswith(name) and len(name) >= 3 or b == name), None)
    if book is None:
        return title
    return f"{number} {book}" if number else book


# "i. 18", "iv. 282-4": a volume in small roman numerals, then a page or a range; "I., p. 28.",
# "II. p. 217.": in capitals, with its page word
_VOLUME_PAGE = (r"(?P<volume>(?P<vn>[ivxl]{1,5})\.|(?P<vc>[IVXL]{1,5})(?:\.,?|,)(?=[ \u00a0]?pp?\.))[ \u00a0]?"
                r"(?:pp?\.[ \u00a0]?)?(?P<pages>(?P<pfrom>\d{1,4})(?:\s*[-–]\s*(?P<pto>\d{1,4}))?)\.?")
# one who told the authors ("Ephraim Zimmerman", "Martine", "Lema SC")
# ("Lema SC", "Patrick Jackson", "Sultaire, S.M.")
# ("D. Manuwal", "W. S. Laughlin": initials first)
_COMMUNICANT = r"(?:[A-Z]\.\s?){0,3}(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z]{1,3}\b|,\s+(?:[A-Z]\.){1,3})?"
# "and" as other languages print it between authors: "(Paddison e Walmsley, 2018)"
_AUTHOR = rf"(?P<author>{_NAME}(?:,\s+{_NAME})*(?:,?\s+(?:and|&|e|und)\s+{_NAME})?{_ET_AL}?)"
_SURNAME = rf"(?:{_PARTICLE}\s+)?{_NOT_AUTHOR}[{_UPPER}][\w'’\-\u2010\u2011]+"
# a forename before a surname in the text's sentence; not a word that opens sentences ("As
# Smith (2015) showed", "The Treaty (1919)")
_NOT_FORENAME = (r"(?:As|In|But|And|While|Unlike|Like|Following|Both|Yet|So|Thus|Hence|Since|Although|"
                 r"Though|When|Where|For|See|Also|However|Indeed|Moreover|Furthermore|Here|Later|"
                 r"Then|Similarly|Likewise|After|Before|The|A|An|This|That|These|Those|His|Her|Its|"
                 r"Their|Our|My|Professor|Dr|Mr|Mrs|Ms|Sir|St|Saint|New|North|South|East|West)\b")
_PERSON = rf"(?:(?!{_NOT_FORENAME})[{_UPPER}][a-z]+\s+)?{_SURNAME}"
# Pages after a year: "2019: 12", "2015, p. 4", "2015, pp 130-1", "2015: p27"; a bare number
# after a comma is a page unless it is a year (a second work: "2011, 2019").
# "p27" but not "P1", a participant's or a plate's code: a capital P is a page word only with its stop
# ("2011:¶11": a paragraph of an online article; "(P 97)", as an old lecture prints it, not
# "(P1)", a participant's code)
_PAGE_WORD_LOOSE = r"(?:(?i:pages?|pgs?\.?|pp\.?|p\.|¶|para\.?)|p|P(?=[ \u00a0]\d))"
_PAGES_AFTER = (rf"(?:\s*:\s*|\s*,\s*)(?P<pages>(?:{_PAGE_WORD_LOOSE}\s*)?(?!{_YEAR}\b)"
                rf"(?:{_RANGE}(?:ff?\.?)?"  # "159ff"
                rf"(?P<pmore>(?:(?:\s+and\s+|,[ \u00a0]*)(?!{_YEAR}\b)\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)+)?"
                rf"|[ivxlc]{{1,7}}))"  # "(Hobbes 1629: xxii)": a preface's page
                rf"(?![\d\w])")  # "pp. 8 and 14", "p. 72, 73"
# a figure, plate or table of the work after its year or pages, kept as the reference's text:
# "(Lohman, 1974, fig. 69)", "(Smith 2015: 4, table 2)"
_LOCATOR = r"(?:,[ \u00a0]*(?:figs?\.|pls?\.|plates?|tables?|maps?)[ \u00a0]*\d{1,3}[A-Za-z]?)"
# "Smith, 2015", "Jones 2019: 12", "Smith 2015, p. 4"
# (Short, n.d.): a work without a date
# (Cooke 1888-1915): a run of an author's works, keyed to its first
# (Baral et al. in prep.), (Reed in press): a work not yet out, its state in place of its year
UNDATED = r"n\.\s?d\.|in\s+prep(?:aration\b|\.|\b)|in\s+press\b|forthcoming\b"
_REFERENCE = (rf"{_AUTHOR}(?:\s*,\s*|\s+)(?:{_DATE}(?:[-–]{_YEAR})?\b|(?P<nd>{UNDATED}))(?:{_PAGES_AFTER})?"
              rf"{_LOCATOR}?")
# the same author's next work: ", 2019", "/b", ", b", " and 2019"
# (and the last after ", and": "Kramer (1952, 1959, and 1961)")
_MORE = (rf"(?:\s*[,/;]\s*|\s+and\s+|,\s+and\s+(?={_YEAR}))(?P<date>(?P<when>{_YEAR})[a-z]?|[a-z])\b"
         rf"(?:{_PAGES_AFTER})?")
# ", and Clement 2016"; a work read in another: "White & Mckenzie 1995 apud Frank 2008",
# "Smith 2001, cited in Jones 2010"
_SEPARATOR = r"\s*(?:,?\s*(?:cited|quoted)\s+(?:in|by)\b|,(?:\s*(?:and\b|&))?|;|\band\b|&|\bapud\b)\s*"
# words before the first reference: "e.g.,", "see", "for review see", "cf."
# (or the body an author wrote for, in capitals before a colon: "(IPCC: Solomon et al., 2007)")
_PREFIX = r"(?:(?:e\.\s?g\.|i\.\s?e\.|cf\.|[a-z]+|[A-Z]{2,10}(?=:))[,:]?\s+){1,4}"  # "e.g.", "e. g."
# "(Harrower et al., 2020, p. 6)", "(Reed & Cole, 2019, p. 4)": authors, not a title
_AUTHORS_NOT_TITLE = re.compile(rf"\bet\.?\s+al\b|&|\b{AND_OTHERS}")


def _plain(pattern: str) -> str:
    """``pattern`` without its group names, to repeat it inside another."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_MONTH = MONTH_NAME
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
# "Monday May 3rd 1932", "15th May 1909", "3 May, 1932", "May 1932"
_DAY_DATE = (rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
             rf"(?:{_ORDINAL}\s+{_MONTH}|{_MONTH}(?:\s+{_ORDINAL})?),?\s+{_YEAR}")
_PAPER_NOUN = (r"(?:Chronicle|Times|Gazette|Herald|Post|Advertiser|Courier|Journal|Register|Tribune|Mercury|"
               r"Observer|Standard|Intelligencer|Examiner|Star|Sun|Telegraph|News)")
_PERIODICAL = rf"{_NOT_AUTHOR}{_CAP}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP}){{0,6}}"
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                         "sep", "oct", "nov", "dec"), 1)}


@dataclass(frozen=True)
class Shape:
    """A named citation pattern. ``each``: the pattern matches a list of references (in group
    ``refs``) and every ``each`` match inside it is one citation."""

    name: str
    kind: str
    pattern: re.Pattern
    each: re.Pattern | None = None
    check: Callable[[re.Match, str], bool] | None = None  # False rejects a match (match, text)
    # reads a match into its citations itself (none: not a citation after all)
    parse: Callable[["Shape", re.Match, str], list["Citation"]] | None = None


_CLOSING_MARK_BEFORE = re.compile(r"[”’\"'][ \u00a0]$")  # '” (2012)': a quotation's, a title's
_OPENING_OF = {"”": "“", "’": "‘", "\"": "\"", "'": "'"}
MAX_QUOTED_BEFORE = 200  # characters back a year's quotation may open


# an old print's places in a work: "c. 10.", "p. 35. b." (a folio's second side), "Lib. 1.",
# "tit. 3.", "leg. 2.", "sect. iv."
_LOCUS_WORD = r"(?i:c|ch|cap|chap|p|pp|pag|lib|l|tit|leg|sect|sec|s|art|vol|v|ver|n|no|fol|f|part|pt|bk)"
_LOCUS = rf"(?:{_LOCUS_WORD}\.|§)\s*(?:\d{{1,4}}|[ivxlcIVXLC]{{1,7}})(?:\s*[-–]\s*\d{{1,4}})?\.?(?:\s+[ab]\.)?"
_TITLE_WORD = r"(?:[A-Z][a-z]{0,9}\.|[A-Z][a-z]+|&)"
_NOT_TITLE_WORD = r"(?:Mr|Mrs|Dr|St|Fig|Figs|Ibid|Id|Op|Sir|Rev|Messrs)"
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,9}\.")


_CHAPTER_LOCUS = re.compile(r"(?i:ch|chap)\.")


def _abbreviated_title(m: re.Match) -> bool:
    """The title is abbreviated ("Doct. et Stud."), or an edition follows it ("Fleta, 2d
    edit."); a bare number only after two abbreviations ("Co. Lit. 124."): not "(Smith 12)"."""
    abbreviations = _ABBREVIATION.findall(m["title"])
    if m["locus"][0].isdigit():  # (not "(H. R. 921)", a bill; "(M. C. Schneider & Bos, 2016)")
        return len([a for a in abbreviations if len(a) > 2]) >= 2 and not re.fullmatch(_YEAR, m["locus"])
    # ("(Life in Utah, Chap. 2.)": a title of words in full, a comma, then its chapter)
    chapter = (" " in m["title"] and _CHAPTER_LOCUS.match(m["locus"]) is not None
               and "," in m.string[m.end("title"):m.start("locus")])
    return len(abbreviations) >= 1 or m["edition"] is not None or chapter


def _dated_title(text: str, at: int) -> bool:
    """The brackets at ``at`` follow a title in quotation marks (``“American Poems” (1879)``,
    ``“Life of Noah Webster” (1882)``): the title's date, where no reference list makes it a
    citation of that year's work."""
    if _CLOSING_MARK_BEFORE.search(text, 0, at) is None:
        return False
    close = at - 2  # ” (1879)
    start = text.rfind(_OPENING_OF[text[close]], max(0, close - MAX_QUOTED_BEFORE), close)
    return start >= 0 and quoted_title(text[start + 1:close], "")


SHAPES: tuple[Shape, ...] = (
    # Op. Cit. and Ibid first: unmistakable, and "Op. Cit." must not pass for a title.
    # (Op.Cit. page 90)  (Op. Cit., Page 93)  (Op Cit. pages 98-99)  (Op. Cit page 295)
    # (_op. cit._:92-94): in italics, the page after a colon, as author–date citations print it
    Shape("op-cit", "op-cit", re.compile(rf"\(\s*_?{_OP_CIT}_?(?:(?:[\s,]*(?={_PAGE_WORD})|\s*:\s*)"
                                         rf"(?P<pages>(?:{_PAGE_WORD}\s*)?{_RANGE}))?\s*\)")),
    # (Ibid)  (Ibid., p. 4)  (ibid.: 45)  (ibid, pp 130-1)
    Shape("ibid", "ibid", re.compile(
        rf"\(\s*{_IBID}(?:[\s,:]*(?P<pages>(?:{_PAGE_WORD_LOOSE}\s*)?{_RANGE}))?\s*\)")),
    # (page 90, Stalin School of Falsification, Pioneer edition, 1962)
    # (Page 88-89 Revolution Betrayed, New Park edition)  (Page 89, Revolution Betrayed)
    Shape("full-pages-first", "full", re.compile(
        rf"\(\s*{_PAGES}(?:\s*,\s*|\s+){_TITLE}(?:\s*,\s*{_EDITION})?(?:\s*,\s*{_DATE})?\s*\)")),
    # (The Prophet Armed, Oxford edition, 1954, p. 12) — a title of two words or more, so that
    # "(Smith, p. 4)" is not read as a title
    Shape("full-title-first", "full", re.compile(
        rf"\(\s*{_TITLE}\s*,\s*(?:{_EDITION}\s*,\s*)?(?:{_DATE}\s*,\s*)?{_PAGES}\s*\)"),
        check=lambda m, text: " " in m["title"].strip("‘’“”'\"") and not _AUTHORS_NOT_TITLE.search(m["title"])),
    # (Doct. et Stud. c. 10. p. 35. b.)  (3 Inst. p. 221)  (Co. Lit. 124.)  (Rep. G., p. 167.)
    # (See Inst. Lib. 1. tit. 3. leg. 2.)  (Fleta, 2d edit. p. 1.): an old print's work by its
    # abbreviated title and where in it — chapter, page, book, title, law, or a bare number
    # after a title of two abbreviations (a law report's case, a commentary's folio)
    Shape("abbreviated-title-locus", "full", re.compile(
        rf"\((?:(?i:see)\s+)?(?P<title>(?!{_LOCUS_WORD}\.|{_NOT_TITLE_WORD}\.|[IVXLC]{{1,4}}\.)(?:\d{{1,2}}\s+)?"
        rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|{_CONNECTOR}|et))*?)"
        rf"(?:\s*,\s*(?P<edition>\d+(?:st|nd|rd|th|d)\s+(?i:edit(?:ion)?\.?|ed\.))\s*,?)?\s*,?\s+"
        rf"(?P<locus>{_LOCUS}(?:\s*,?\s*{_LOCUS})*|\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)\.?\s*\)"),
        check=lambda m, text: _abbreviated_title(m)),
    # (Page 94)  (p. 12)  (pp. 12–14)  (pg. 2)  (p27)  (pp 130-1)  (2nd edit., p. 163)  (P 97)
    # (P. 124,) — a comma left before the bracket, as a printer's slip
    # (the text before it kept: "says Kralik (p. 175)" names the work's author)
    Shape("page", "page", re.compile(
        rf"\(\s*(?:(?P<edition>\d+(?:st|nd|rd|th)\s+(?i:edit(?:ion)?\.?|ed\.))\s*,\s*)?"
        rf"(?P<pages>{_PAGE_WORD_LOOSE}\s*{_RANGE}(?:,[ \u00a0]*\d{{1,4}}(?:[ \u00a0]*[-–][ \u00a0]*\d{{1,4}})?)*)[.,]?\s*\)"),
        parse=lambda shape, m, text: [_in_context(_citation(shape, m, m.start(), m.end(), text),
                                                  text)]),
    # (p. x)  (p. xii): a page of a book's front matter, in small roman numerals
    Shape("roman-page", "page", re.compile(r"\(\s*(?P<pages>(?i:p\.)\s*(?P<pfrom>[ivxlc]{1,7}))\.?\s*\)"),
        parse=lambda shape, m, text: [_in_context(_citation(shape, m, m.start(), m.end(), text),
                                                  text)]),
    # (Acts ii, 17, 18)  I Cor. xiv, 34, 35  (Matt. v. 9)  Philippians iv, 3: a book of the Bible,
    # its chapter and verses — the book is the work cited, whatever the text's reference list
    Shape("scripture", "full", re.compile(
        rf"(?P<open>\()?(?<![\w’'])(?P<title>(?:(?:[1-3]|I{{1,3}})[ \u00a0]+)?(?:{_BIBLE_BOOK}|{_BIBLE_BOOK_CAPS}(?=,))\.?)"
        # "Acts, 17 : 11, 12", "PROVERBS, xi: 11."
        # ("2 John, 10, 11": a numbered book and a comma before its chapter, as old prints set it)
        r"(?:,(?=[ \u00a0]*(?:\d{1,3}|[ivxlc]{1,7})[ \u00a0]?:)|(?<=\d[ \u00a0]John),(?=[ \u00a0]\d))?(?:[ \u00a0]+|\n[ \u00a0]*)"
        r"(?:(?i:chap|ch|c)\.[ \u00a0]*)?"  # "Matt. chap. vii. ver. 12.", "Isaiah c. lviii. v. 5"
        # ("xxi., 6"; "(John i.\n9.)": a wrapped line between chapter and verse)
        r"(?P<chapter>(?P<cn>[ivxlc]{1,7}|\d{1,3}))[ \u00a0]?(?:[.,:]|\.,)[ \u00a0]*(?:\n[ \u00a0]*)?"
        # ("Mat. 13.30.38—41": verses run on by stops and a dash, as old prints set them)
        r"(?:(?i:ver|v)\.[ \u00a0]*)?\d{1,3}(?:[ \u00a0]*[-–—][ \u00a0]*\d{1,3})?"
        r"(?:(?:[ \u00a0]*(?:,|and)[ \u00a0]*|\.(?=\d))\d{1,3}(?:[ \u00a0]*[-–—][ \u00a0]*\d{1,3})?)*"
        r"(?(open)\.?\))")),
    # (Hare, p. 280.)  (Mill and Hare, pp. 3-4): a page of the work of the author it names
    Shape("author-page", "page", re.compile(
        rf"\((?![IVXLC]+,)(?P<author>{_SURNAME}(?:\s+(?:and|&)\s+{_SURNAME})?),\s*"  # ("(II, p. 72.)": a volume)
        rf"(?P<pages>{_PAGE_WORD_LOOSE}\s*{_RANGE})\.?\s*\)")),
    # (ch. v)  (chap. 3)  (chapter XII): a chapter of the work cited last
    Shape("chapter", "page", re.compile(
        r"\(\s*(?P<chapter>(?i:ch\.|chap\.|chapter)\s*(?P<cn>[ivxlc]+|[IVXLC]+|\d+))\.?\s*\)")),
    # ”(54) — a bare page right after a quotation: the page of the work cited last
    # (with a space between: ”(3) is a note's marker)
    Shape("page-after-quotation", "page", re.compile(
        rf"(?<=[”’\"'])[ \u00a0\n]\((?P<pages>(?!{_YEAR}\))(?P<pfrom>\d{{1,4}})"
        rf"(?:\s*[-–]\s*(?P<pto>\d+))?)\)"),
        parse=lambda shape, m, text: [_citation(shape, m, m.start() + 1, m.end(), text)]),
    # …&c.'--pp. 3, 4.  …glories old.'--p. 8.: a dash and the page closing a quotation, as a
    # review quotes the book it reviews — a page of the work cited last
    Shape("dash-page-after-quotation", "page", re.compile(
        r"(?<=[”’\"'])(?:—|–|―|--)[ \u00a0]?(?P<pages>(?i:pp?\.)[ \u00a0]?(?P<pfrom>\d{1,4})"
        r"(?:[ \u00a0]*[-–][ \u00a0]*(?P<pto>\d{1,4})|(?P<pmore>,[ \u00a0]*\d{1,4}))?)\.?"
        r"(?=[ \t\u00a0]*(?:\n|$)|(?<=\.)[ \u00a0]+[A-Z])")),  # ('"…observations"--p. 238. The …')
    # …and loved her most in wrath." p. 79.  …fieri non turpiter.’” pp. 82, 83.: the page after
    # a quotation's closing mark, closed by a stop, ending the paragraph or its sentence — a
    # page of the work cited last (the quotation a sentence: '“The Frontier,” p. 23.' is a
    # title's page)
    # (its volume before it, "…on board." Vol. I. p. 22.; its stop left off at the paragraph's
    # end, "…to stay." P. 179)
    Shape("page-closing-quotation", "page", re.compile(
        r"(?:(?<=[.!?][”’\"'])|(?<=[.!?][”’\"'][”’\"']))[ \u00a0]+"
        r"(?P<volume>(?i:vol)\.[ \u00a0]?(?P<vn>[IVX]{1,4})(?P<vc>)[.,][ \u00a0]?)?"
        r"(?P<pages>(?i:pp?\.)[ \u00a0]?(?P<pfrom>\d{1,4})"
        r"(?:[ \u00a0]*[-–][ \u00a0]*(?P<pto>\d{1,4})|(?P<pmore>,[ \u00a0]*\d{1,4}))?)(?:\.|(?=[ \t\u00a0]*$))"
        r"(?=[ \t\u00a0]*(?:\n|$)|[ \u00a0]+[A-Z])"),
        parse=lambda shape, m, text: [_citation(shape, m, m.start("volume") if m["volume"] else m.start("pages"),
                                                m.end(), text)]),
    # …exemplar Ulyssem." Epist. I. 2.: an abbreviated title with its book and number closing an
    # extract after the closing mark — a work of its own (Horace's Epistles), not the volume and
    # page of the book a review quotes
    Shape("abbreviated-title-closing-extract", "full", re.compile(
        r"(?:(?<=[.!?][”’\"'])|(?<=[.!?][”’\"'][”’\"']))[ \u00a0]+(?P<title>[A-Z][a-z]{1,6}\.)[ \u00a0]+"
        r"(?P<volume>(?P<vn>[IVX]{1,4})(?P<vc>)[.,])[ \u00a0]?\d{1,4}\.?(?=[ \t\u00a0]*$)"),
        check=lambda m, text: m.end() == len(text.rstrip()),
        parse=lambda shape, m, text: [_citation(shape, m, m.start("title"), m.end(), text)]),
    # "    Pp. 5,6." (or "Pp 14,15", "Pp. 8-10") the last line of a review's extract in verse: the
    # pages of the book under review, the work cited last (a capital: "notes on" / "p. 169." is a
    # wrapped note's last line)
    Shape("page-line-closing-extract", "page", re.compile(
        r"(?<=\n)[ \t\u00a0]*(?P<pages>Pp?\.?[ \u00a0]?(?P<pfrom>\d{1,4})"
        r"(?:[ \u00a0]*[-–][ \u00a0]*(?P<pto>\d{1,4})|(?P<pmore>[ \u00a0]*,[ \u00a0]*\d{1,4}))?)\.?(?=[ \t\u00a0]*$)"),
        check=lambda m, text: m.end() == len(text.rstrip()),
        parse=lambda shape, m, text: [_citation(shape, m, m.start("pages"), m.end(), text)]),
    # …Like rivulets in May? I. 7.  …despondency and madness. I, p. 92.: the volume and the page
    # closing a review's extract (the block's last words, after its last stop) — a page of the
    # work cited last, the book under review
    Shape("volume-page-closing-extract", "page", re.compile(
        r"(?:(?<=[.!?])|(?<=[.!?][”’\"']))(?<![Vv]ol\.)(?<![Nn]o\.)(?<!Part\.)[ \u00a0]+(?P<volume>(?P<vn>[IVX]{1,4})[.,])[ \u00a0]?(?:(?i:pp?\.)[ \u00a0]?)?"
        r"(?P<pages>(?P<pfrom>\d{1,4})(?:[ \u00a0]*[-–][ \u00a0]*(?P<pto>\d{1,4}))?)\.?(?=[ \t\u00a0]*$)"),
        check=lambda m, text: m.end() == len(text.rstrip()),
        parse=lambda shape, m, text: [_citation(shape, m, m.start("volume"), m.end(), text)]),
    # "… impossible for them to vote at any election.—Denver Times.": a press digest's extract
    # closed by the paper it is taken from, a dash after the last sentence's stop — the
    # paragraph's last words, the paper's name in capitals (a title of its own)
    Shape("closing-attribution", "full", re.compile(
        r"(?:(?<=[.!?])|(?<=[.!?][”’\"']))(?:—|--)(?P<title>[A-Z][\w’'&.\-]*(?:[ \u00a0\n]+(?:of|the|and|"
        r"[A-Z][\w’'&.\-]*)){0,5}?)\.?(?=[ \t\u00a0]*$)"),
        check=lambda m, text: m.end() == len(text.rstrip()) and m.start() > 0 and _paper_name(
            m["title"]) and not _CONTENTS_BEFORE.search(text, 0, m.start()),
        parse=lambda shape, m, text: [Citation(m.start(), m.end(), "full", m.group(), shape.name,
                                               title=m["title"].replace("\n", " ").rstrip("."))]),
    # (Ephraim Zimmerman, pers. comm.)  (Martine pers. obs.)  (Jurg Baheler, personal
    # communication)  (Lema SC, Dickey JT, unpublished data)  (Patrick Jackson, personal obs.)
    # (0.19 deer/km²; Sultaire, S.M. unpublished data): what a person told or showed the
    # authors — their word, known by its author alone (what went before it in the brackets,
    # "a homonym, Flann, pers. comm.", is the author's own)
    # (National Park Service, written commun., 1941)  (oral commun., May 1973): as the USGS
    # prints them, the person often named in the sentence before
    Shape("personal-communication", "full", re.compile(
        r"\((?:[a-z\d][^()]{0,59}?[,;]\s+)?(?:(?P<author>" + _COMMUNICANT + r"(?:,\s+" + _COMMUNICANT + r")*),?\s+)?"
        r"(?:pers\.\s?comm\.?|pers(?:\.|onal)\s?obs\.?|personal\s+(?:communication|observation)|"
        r"(?:oral|written)\s+commun(?:\.|ication)|unpubl(?:ished|\.)\s+data|in\s+litt\.)"
        rf"(?:,\s*(?:{_MONTH}\s+(?:\d{{1,2}},\s*)?)?{_DATE})?\)"),
        parse=lambda shape, m, text: [_in_context(_citation(shape, m, m.start(), m.end(), text),
                                                  text)]),
    # (Communication from Mrs. Aldah Gordon)  (Personal letter from Dr. Clyde G. O’Brien of
    # Appomattox): a communication named with its sender, the source as printed
    # (letter to William Egan, Governor of Alaska, from James S. Bynum, …): its addressee first
    Shape("communication-from", "full", re.compile(
        r"\((?P<source>(?:[Pp]ersonal\s+|[Pp]rivate\s+)?(?:[Cc]ommunication|[Ll]etter|[Cc]onversation|[Ii]nterview)"
        r"\s+(?:to\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev)\.?\s+)?[A-Z][^()]{1,80}?,?\s+)?(?:from|with)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev)\.?\s+)?[A-Z][^()]{1,120}?)\.?\)"),
        # (dated, it is an author-date citation's: "(Interview with Prof. Adeyemi, 2021)")
        check=lambda m, text: re.search(r"\b(?:1[5-9]|20)\d\d[a-z]?\.?$", m["source"]) is None,
        parse=lambda shape, m, text: [Citation(m.start(), m.end(), "full", m.group(), shape.name,
                                               title=" ".join(m["source"].split()))]),
    # (unpublished records of the Aleutian Islands National Wildlife Refuge): a body's files, the
    # source as printed
    Shape("unpublished-records", "full", re.compile(
        r"\((?P<source>unpublished\s+(?:records|files|reports|notes|field\s+notes)\s+(?:of|in)\s+"
        r"(?:the\s+)?[A-Z][^()]{2,100}?)\.?\)"),
        parse=lambda shape, m, text: [Citation(m.start(), m.end(), "full", m.group(), shape.name,
                                               title=" ".join(m["source"].split()))]),
    # (i. 18)  (iv. 282)  ('Rationalism,' i. 404): a volume in small roman numerals and a page
    # — of the work cited last, or of the quoted title before them
    # ("(I., p. 28.†)": a note's call glued inside the brackets, the note's own)
    Shape("volume-page", "page", re.compile(rf"\({_VOLUME_PAGE}(?:\*{{1,3}}|†{{1,2}}|‡)?\)"),
        parse=lambda shape, m, text: [_in_context(_citation(shape, m, m.start(), m.end(), text),
                                                  text)]),
    Shape("title-volume-page", "full", re.compile(
        r"\((?P<title>‘[^’()]{2,80}’|'[^'()]{2,80}'|“[^”()]{2,80}”|\"[^\"()]{2,80}\"),?[ \u00a0]"
        rf"{_VOLUME_PAGE}\)")),
    # (A. Author, "Title", Publisher (1973) pp 12-3): author first, a quoted title, the
    # publisher, the year in brackets of its own, pages
    Shape("author-title", "full", re.compile(
        rf"\((?P<author>(?:[A-Z]\.\s*)+{_CAP}(?:\s+{_CAP})*)\s*,\s*"
        rf"(?P<title>“[^”()]+”|\"[^\"()]+\"|‘[^’()]+’),?\s*"
        rf"(?:(?P<publisher>{_CAP}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP})*)\s*,?\s*)?"
        rf"\((?P<date>(?P<when>{_YEAR}))\)\s*,?\s*"
        rf"(?:(?P<pages>{_PAGE_WORD_LOOSE}\s*{_RANGE}))?\s*\)")),
    # (Molesworth, "History of the Reform Bill," p. 347): an author, a quoted title and its page
    Shape("author-title-page", "full", re.compile(
        rf"\((?P<author>(?:[A-Z]\.\s*)*{_CAP}(?:\s+{_CAP}){{0,2}})\s*,\s*"
        rf"(?P<title>“[^”()]{{2,120}}”|\"[^\"()]{{2,120}}\"|‘[^’()]{{2,120}}’),?\s*"
        rf"(?P<pages>{_PAGE_WORD}\s*{_RANGE})\s*\)")),
    # "is given in Theal's 'Kaffir Folklore,' p. 209": a work by its quoted title, in its
    # author's possessive, and its page, in the author's own sentence
    Shape("possessive-title-page", "full", re.compile(
        rf"(?<![\w’'])(?P<author>{_CAP}(?:\s+{_CAP}){{0,2}})['’]s\s+"
        rf"(?P<title>“[^”()]{{2,80}}”|\"[^\"()]{{2,80}}\"|‘[^’()]{{2,80}}’|'[^'()]{{2,80}}'),?\s*"
        rf"(?P<pages>{_PAGE_WORD}\s*{_RANGE})")),
    # [Evening Courier, Monday May 3rd 1932]  [Bucks Herald, 15th May 1909]: a periodical's issue
    Shape("periodical-issue", "full", re.compile(
        rf"\[(?P<title>{_PERIODICAL})\s*,\s*(?P<issue>{_DAY_DATE})\]")),
    # (see Sir John Sinclair's History of the Revenue, page 6 of the Appendix,): a work in its
    # author's possessive, unquoted, sent to after "see", its page and the part it stands in
    Shape("see-possessive-title-page", "full", re.compile(
        rf"\((?i:see)\s+(?P<author>{_CAP}(?:\s+{_CAP}){{0,3}})['’]s\s+"
        rf"(?P<title>{_CAP}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP}){{0,8}}),?\s+"
        rf"(?P<pages>{_PAGE_WORD}\s*{_RANGE})(?:\s+of\s+the\s+{_CAP})?,?\)")),
    # (see the Morning Chronicle of May 26,): a newspaper's day, its year the text's own
    Shape("periodical-day", "full", re.compile(
        rf"\((?:(?i:see)\s+)?the\s+(?P<title>{_NOT_AUTHOR}{_CAP}(?:\s+{_CAP}){{0,3}}\s+{_PAPER_NOUN})\s+of\s+"
        rf"(?:{_MONTH}\s+{_ORDINAL}|{_ORDINAL}\s+(?:of\s+)?{_MONTH})(?:,?\s+{_YEAR})?,?\)"),
        parse=lambda shape, m, text: [Citation(m.start(), m.end(), "full", m.group(), shape.name,
                                               title=m["title"], level="j")]),
    # (Smith, 2015; Jones 2019: 12)  (Smith 2015, p. 4)  (World Health Organization 2011, 2019)
    # (e.g., Smith, 2014, Jones, 2016)  [Smith 2015: 12] — one bibl per reference; a member of
    # the group that is no reference is left as text, the others kept
    Shape("author-date", "author-date", re.compile(
        rf"\((?P<refs>[^()\[\]]*?\b(?:{_YEAR}|{UNDATED})[^()\[\]]*)\)"
        rf"|\[(?P<srefs>[^()\[\]]*?\b{_YEAR}[^()\[\]]*)\]"),
        parse=lambda shape, m, text: _group(shape, m, text)),
    # Smith (2015)  Smith et al. (2016: 4)  Fraley and Vazire (2014): the author in the sentence
    # Bruno Latour (1993)  Hugh Craig and Brett Greatley-Hirsch (2017): forenames printed too
    Shape("author-date-narrative", "author-date", re.compile(
        rf"(?<![\w’'.-])(?P<author>{_PERSON}(?:(?:,\s+{_PERSON})*,?\s+(?:and|&)\s+{_PERSON}"
        rf"|{_ET_AL})?)"
        rf"\s+\((?P<refs>{_plain(_DATE)}\b(?:{_plain(_PAGES_AFTER)})?(?:{_plain(_MORE)})*)\)"),
        check=lambda m, text: _narrative(m, text),
        parse=lambda shape, m, text: _narrative_citations(shape, m, text)),
    # "However, Stotsky, 1996 and Elson (2006) mention …", "Burdin et al., 2014 find that …": a
    # name and a year after a comma, no brackets — a citation only where the text's reference
    # list has the work (find_citations asks ``listed``), not "Paris, 1851"
    Shape("author-comma-date", "author-date", re.compile(
        rf"(?<![\w’'.(-])(?P<author>{_PERSON}{_ET_AL}?),[ \u00a0]+{_DATE}\b(?![)\]\d])"),
        check=lambda m, text: False),
    # ” (2014, 47)  ” (2012)  … thought (2000, 35) — a year after a quotation, or a year and a
    # page: the work of that year by the author named before it (edition.markup.works resolves
    # it from ``context``); a year alone elsewhere is just a year
    # ” (2015a, b, p. 51): two works of that year
    Shape("year-in-context", "author-date", re.compile(
        rf"\({_DATE}\b(?:{_PAGES_AFTER})?(?P<more>(?:{_plain(_MORE)})*)\)"),
        check=lambda m, text: m["pages"] is not None or _CLOSING_MARK_BEFORE.search(text, 0, m.start()) is not None,
        parse=lambda shape, m, text: _years_in_context(shape, m, text)),
    # ”(http://www.viagra.com/ed/index.asp): the web page a quotation is from, by its address
    # (after a quotation only: an address after a name is a link to it, "Twine (http://…)")
    Shape("address", "full", re.compile(r"\((?P<url>(?:https?://|www\.)[^\s()]*[^\s().,;:])\)"),
          check=lambda m, text: re.search(r"[”’\"'][ \u00a0]*$", text[:m.start()]) is not None,
          parse=lambda shape, m, text: [_addressed(_citation(shape, m, m.start(), m.end(), text))]),
    # (see http://bit.ly/twitter_apos)  (See the related xkcd comic, https://xkcd.com/1179.):
    # "see" sends the reader to the page: its source, wherever it stands (an address alone after
    # a name is a link to it: "Twine (http://twinery.org/)")
    Shape("see-address", "full", re.compile(
        r"\((?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+(?:[^()]{1,60}?,\s+)?"
        r"(?P<url>(?:https?://|www\.)[^\s()]*[^\s().,;:])\.?\)"),
        parse=lambda shape, m, text: [_addressed(_citation(shape, m, m.start(), m.end(), text), m["url"])]),
    # ”—(Parl. Papers, No. 57, 8th Feb. 1840.): a dash after a quotation's closing mark, then
    # its source in brackets, as old pamphlets print it — the work it names, as printed
    Shape("dash-source-after-quotation", "full", re.compile(
        r"(?<=[”’\"'])(?:—|–|―|--)[ \u00a0]?\((?P<source>[A-Z][^()\n]{2,120}?)\.?\)"),
        parse=lambda shape, m, text: [Citation(m.start() + m.group().index("("), m.end(), "full",
                                               text[m.start() + m.group().index("("):m.end()], shape.name,
                                               title=m["source"].strip())]),
    # "as the ancient said,--[Cicero, Pro Ligar. c. 12.]--I should have …": a source in square
    # brackets set off by dashes inside the sentence, as Cotton's Montaigne prints its editor's
    # references -- an author or a work and where in it (a number, or a book in roman figures)
    Shape("dashed-bracketed-source", "full", re.compile(
        r"(?:—|--)[ \u00a0]?\[(?P<source>[A-Z][^\[\]]{2,120}?)\.?\](?=[ \u00a0]*(?:—|--))"),
        check=lambda m, text: "," in m["source"] and re.search(r"\d|\b[ivxlcIVXLC]{1,6}\.", m["source"]) is not None
        and not re.search(r"[.!?][ \u00a0\n]+[A-Z][a-z]+[ \u00a0\n]+[a-z]", m["source"]),
        parse=lambda shape, m, text: [Citation(m.start() + m.group().index("["), m.end(), "full",
                                               text[m.start() + m.group().index("["):m.end()], shape.name,
                                               title=" ".join(m["source"].split()))]),
    # [1]–[5]  [1–5]  [2, 7, 9–11]: several numbered references, each number one (a range
    # names every number in it); the text's numbered reference list says what they cite
    Shape("numbered-range", "numbered", re.compile(
        r"\[(?P<number>\d{1,3})\][ \u00a0]?[–-][ \u00a0]?\[(?P<last>\d{1,3})\]"
        rf"|\[(?P<list>{_NUMBER_LIST})\]"),
          check=lambda m, text: m.start() > 0 and 0 < len(_numbers(m)) <= MAX_RANGE,
          parse=lambda shape, m, text: [_numbered(shape, m, _numbers(m))]),
    # [3], [2956] — not at the start of a block (there it is an endnote's own marker); not a
    # year ("in [1917]")
    Shape("numbered", "numbered", re.compile(r"\[(?!(?:1[5-9]|20)\d\d\])(?P<number>\d{1,4})\]"),
          check=lambda m, text: m.start() > 0),
    # (1)  (2,3)  (4–6) — numbers in brackets after a word or a stop, spaced or glued ("schools(4-5)."), as MMWR and Vancouver
    # style print them (kept only where a numbered reference list has every one; not an
    # enumeration's "(1) first, (2) second": not after a colon or at a block's start, and one
    # number not before a word in lower case; "(2, 4) was proposed", "(1–3) show" are cited) —
    # after a word wrapped to the line before too ("… history)\n(11–16). However")
    Shape("numbered-bracketed", "numbered", re.compile(
        r"(?:(?<=[\w.,;’”\"')\]][ \u00a0\n])|(?<=[^\W\d_]|[.,;’”\")\]]))\((?P<list>\d{1,3}(?:[ \u00a0]*[,–-][ \u00a0]*\d{1,3})*)\)"),
          check=lambda m, text: not (m["list"].isdigit() and _BEFORE_LOWER.match(text, m.end())),
          parse=lambda shape, m, text: [_numbered(shape, m, numbers_cited(m["list"]))]),
    # ¹⁰,¹¹  ⁴¹–⁴³  ⁽⁷⁾,⁽⁸⁾  ⁹⁾⁻⁽¹⁶ — superscript figures glued to a word or a stop (their
    # brackets and dash superscript too, as pasted from a journal's page), numbering a reference
    # list's entries (kept only where the list has them; not an exponent: "10⁵-fold")
    Shape("superscript", "numbered", re.compile(
        r"(?<=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹⁽])(?P<sup>⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾?(?:[,⁻–-]⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾?)*)"
        r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹\d])"),
          parse=lambda shape, m, text: [_numbered(shape, m, numbers_cited(m["sup"]))]),
    # [Policies] — a reference list's label (kept only where the list has an entry so labelled)
    # ("[OMB A-130]", "[SP 800-160-1 ]": spaces, stops, a space before the bracket)
    Shape("labelled", "numbered", re.compile(rf"\[(?P<number>{LABEL})[ \u00a0]?\]"),
          check=lambda m, text: m.start() > 0 and len(m["number"]) <= MAX_LABEL),
)
_SCRIPTURE = next(shape for shape in SHAPES if shape.name == "scripture")


@dataclass
class Citation:
    """One reference: ``text[start:end]`` of a block (parentheses included, except for one of
    several author–date references in a pair of parentheses, which stay outside).

    ``spans`` are its parts (rank ``PART_RANK``); ``bibl_span()`` is the element around them.
    ``corresp`` (a works-cited id) is set by ``WorksCited.cite``; ``xml_id`` by the encoder.
    """

    start: int
    end: int
    kind: str  # one of KINDS
    text: str  # as printed
    rule: str  # the shape that found it
    title: str | None = None
    pages: tuple[str, str] | None = None  # (from, to); a single page is (n, n)
    edition: str | None = None
    date: str | None = None  # ISO (a year)
    author: str | None = None  # author–date: the name(s) as printed
    year: str | None = None  # author–date: the year meant, with its letter ("2016b")
    level: str = "m"  # of its title, till the work cited says better
    context: str | None = None  # a year alone: the sentence before it, that names its author
    abbr: str | None = None  # "Op. Cit.", "Ibid" as printed
    number: str | None = None  # numbered: "3"
    numbers: list[str] = field(default_factory=list)  # numbered, several: [1]–[5], [2, 7]
    spans: list[Span] = field(default_factory=list)
    corresp: str | None = None
    xml_id: str | None = None
    resp: str | None = None  # who tied it to its work, when the editor did ([[override]])

    def bibl_span(self) -> Span:
        """The ``bibl`` around the citation (``@xml:id``, ``@corresp`` as set so far). A numbered
        reference is a ``ref`` to its note (ENCODING.md: ``[1]`` → ``ref target="#note-1"``)."""
        if self.kind == "numbered":
            targets = self.corresp or f"note-{self.number}"  # several: "ref-a ref-b"
            attrib = {"target": " ".join(f"#{t}" for t in targets.split())}
            return Span(self.start, self.end, "ref", attrib, rank=BIBL_RANK, rule=self.rule)
        attrib = {}
        if self.xml_id:
            attrib["xml_id"] = self.xml_id  # ``E`` turns xml_id into xml:id
        if self.corresp:
            attrib["corresp"] = f"#{self.corresp}"
        if self.resp:
            attrib["resp"] = self.resp
        return Span(self.start, self.end, "bibl", attrib, rank=BIBL_RANK, rule=self.rule)

    def all_spans(self) -> list[Span]:
        """The bibl and its parts, ready for ``build_inline``."""
        return [self.bibl_span(), *self.spans]

    def part(self, tag: str) -> str | None:
        """The printed text of the part ``tag`` (``"date"`` → ``"2015a"``), or None."""
        for span in self.spans:
            if span.tag == tag:
                return self.text[span.start - self.start:span.end - self.start]
        return None

    def set_title_level(self, level: str) -> None:
        """The register knows better than the default ``m`` (e.g. ``a`` for an article); a
        second title, the journal or the book the work sits in, keeps its own."""
        for span in self.spans:
            if span.tag == "title":
                span.attrib["level"] = level
                return


class _Stretches:
    """Stretches of a text that do not overlap, kept in order of their starts."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the stretches that start before ``end``
        return i > 0 and self._ends[i - 1] > start  # (the last of them reaches furthest: none overlap)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def find_citations(text: str, listed: Callable[["Citation"], bool] | None = None,
                   labels: Collection[str] = (), reference_list: bool = True,
                   first_indent: int = 0) -> list[Citation]:
    """The citations in ``text`` (one block's text), in text order. ``listed(citation)``: the
    text's reference list has the work; a narrative citation that prints forenames is one
    only then (``forenames_printed``), and never without ``listed``. ``labels``: the labels
    of the reference list's entries (``[Policies] Weir, …``); ``[Policies]`` cites only those.
    ``reference_list``: the text has one (without, a year after a quoted title is its date).
    ``first_indent``: how far the block's first line is set in (its text starts after it)."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    read = _Stretches()  # the stretches taken, in text order: an overlap is two lookups, not a scan
    for shape in SHAPES:
        for m in shape.pattern.finditer(text):
            if shape.check and not shape.check(m, text) and not (
                    shape.name in ("author-date-narrative", "author-comma-date") and listed is not None
                    and (parsed := _parsed(shape, m, text))
                    and listed(parsed[0])):
                continue  # ("definitions from Healy (2010)": a citation where the list has it)
            if not reference_list and (shape.name == "year-in-context" and m["pages"] is None
                                       or shape.name == "author-date" and ";" not in m.group()) \
                    and _dated_title(text, m.start()):
                continue  # "“American Poems” (1879)", "“Seven Little People” (New York, 1862)": no work cited
            if shape.name == "labelled" and label_key(m["number"]) not in labels:
                continue  # "[Zhukhov]": an editor's word in a quotation
            if shape.name == "superscript" and not (
                    (numbers := numbers_cited(m["sup"])) and all(n in labels for n in numbers)):
                continue  # a footnote's call, or no entry so numbered
            if shape.name == "numbered-bracketed" and not (
                    (numbers := numbers_cited(m["list"])) and all(n in labels for n in numbers)
                    and not _scale_value(text, m, numbers)
                    and not program_code([line.strip() for line in text.splitlines()])):
                continue  # "(1)" where no list is numbered so, a scale's value, a call in a program
            if read.overlaps(m.start(), m.end()):
                continue  # an earlier shape already read this text
            citations = _parsed(shape, m, text)
            if citations and forenames_printed(citations[0]) and not (listed and listed(citations[0])):
                continue  # "He read Revolution Betrayed (1936)"
            if not citations:
                continue
            taken.append((m.start(), m.end()))
            read.add(m.start(), m.end())
            found.extend(citations)
    for c in found:
        if c.kind == "full" and (dash := _DASH_AFTER_QUOTATION.search(text, 0, c.start)):
            # '"Chosen to be a soldier."--2 Tim. ii. 4.': an attribution the shapes read (a book
            # of the Bible), its dash with it
            c.start, c.text = dash.start("dash"), text[dash.start("dash"):c.end]
            taken.append((c.start, c.end))
    found = [c for c in found if not _entry_head(text, c)]
    attribution = find_attribution(text, first_indent)
    if attribution is not None and not any(attribution.start < end and start < attribution.end
                                           for start, end in taken):
        found.append(attribution)
    return sorted(found, key=lambda c: c.start)


# where a note's short reference may stand: the note's start, after a semicolon, after a colon
# ("inv. 631: Stewart 1990, 129"), after a sentence's stop ("Ridgway 1970, 12. Already Poulsen
# 1937, 116.")
_NOTE_MEMBER_END = re.compile(r";|:(?=[ \u00a0])|(?<=[\w)])\.(?=[ \u00a0\n]+[A-Z])")
_AUTHOR_DATE = next(s for s in SHAPES if s.name == "author-date")
# the words that lead a note's reference in ("See Stewart 1990", "Already Poulsen 1937, 116"):
# no part of the author's name
_NOTE_LEAD = re.compile(r"(?:(?i:see|cf\.|compare|already|also|again|contra|following|likewise|similarly"
                        r"|for[ \u00a0]+(?:example|instance)|e\.[ \u00a0]?g\.|in[ \u00a0]+general)"
                        r"(?:[ \u00a0]+also)?,?[ \u00a0]+)+")
# a month and its year ("March 1851."), no author and date
_MONTH_YEAR = re.compile(rf"{MONTH_NAME}\.?[ \u00a0]+{_YEAR}")


def short_references(text: str, start: int, end: int) -> list[Citation]:
    """A note's short author–date references without brackets ("3. Kramer 1837, 101.", "1. See
    Stewart 1990; Rolley 1994; …", "… inv. 599: Stewart 2008a, 385, 408."): each stretch of
    ``text[start:end]`` between the note's start, semicolons, colons and sentence stops that is
    wholly references, as a bracketed group's member is (``(Kramer 1837, 101)``)."""
    found: list[Citation] = []
    cuts = [start, *(m.end() for m in _NOTE_MEMBER_END.finditer(text, start, end)), end]
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip().rstrip(";:.").rstrip()
        if not body:
            continue
        a += lead
        if (led := _NOTE_LEAD.match(text, a, a + len(body))) is not None:
            body, a = body[led.end() - a:], led.end()
        refs = _member(_AUTHOR_DATE, text, a, a + len(body)) or []
        # (a place and its year, "Paris, 1878", close a work's imprint: no comma before the year)
        if all("," not in c.text.split(c.year or "\0")[0] and not _MONTH_YEAR.match(c.text)
               for c in refs if c.author):
            found.extend(refs)
    return found


# a journal's entry, its editor's line in square brackets over it naming the writer and the day,
# the day again in the entry's first words ("[Clark, August 17, 1804]" / "17th August 1804. a
# fine morning …"): the entry's date line, no work cited
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th|d)?[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][a-z]{2}"
                        r"|[A-Z][a-z]{2,8}\.?[ \u00a0]+(?P<day2>\d{1,2})(?:st|nd|rd|th|d)?\b")


def _entry_head(text: str, c: "Citation") -> bool:
    """``c`` is a bracketed line of its own over a journal's entry whose first words give the
    same day: the entry's date line."""
    line_end = text.find("\n", c.end)
    if text[:c.start].strip() or text[c.start:c.start + 1] != "[" or line_end < 0 or text[c.end:line_end].strip():
        return False
    m = _DAY_FIRST.match(text, line_end + 1)
    day = m and (m["day"] or m["day2"])
    return bool(day) and re.search(rf"(?<!\d){int(day)}(?!\d)", c.text) is not None


_DASH_AFTER_QUOTATION = re.compile(r"(?<=[”’\"'])(?P<dash>—|–|―|--)[ \u00a0]?$")


# An epigraph's or an extract's attribution, at the end of its block: a last line set far to
# the right (``        KRISHNA.``), or a dash after the closing quotation mark or at the
# start of the last line (``”—Psalm li. 6.``, ``— Jane Smith, Collected Letters``).
ATTRIBUTION_MAX_WORDS = 10
_ATTRIBUTION_DASH = re.compile(r"(?:(?<=[”’\"'])|^[ \t\u00a0]*)(?P<cite>(?:—|–|―|--)[ \u00a0]?"
                               r"(?P<name>(?:[A-Z0-9]|@\w)[^\n—–]*?))[ \t\u00a0]*$")  # ("— @mikeal, …": a handle)
_FAR_RIGHT = 8  # columns further in than the line above


# "…THE SAME AS THEIRS.'--[Idem, p. 227.]", "… &c.--[Second Annual Report.]": a source in square
# brackets after a dash, closing a quoted extract
_BRACKETED_SOURCE = re.compile(r"(?<=[”’\"'.])(?P<cite>(?:—|–|―|--)[ \u00a0]?\[(?P<name>[^\[\]\n]{2,160})\])"
                               r"[ \t\u00a0]*$")
_SAME_SOURCE = re.compile(r"^(?i:idem|ibid)\.?(?:,|$)")


def find_attribution(text: str, first_indent: int = 0) -> Citation | None:
    """The attribution that closes ``text`` (one block's text), or None. It points at the work
    (or the author) it names, as a full citation does; its text stays as printed, unmarked
    inside, since "KRISHNA." and "Psalm li. 6." say nothing of which part is which."""
    if MEMO_FIELD.match(text):
        return None  # "FROM:     Tony Scott" / "          United States Chief …": a memo's field
    lines = text.split("\n")
    last = lines[-1]
    bracketed = _BRACKETED_SOURCE.search(last)
    if bracketed is not None and bracketed.start() > 0:
        start = len(text) - len(last) + bracketed.start("cite")
        end = len(text.rstrip())
        name = bracketed["name"].strip().rstrip(".")
        if _SAME_SOURCE.match(name):  # "[Idem, p. 227.]": the work cited last
            return Citation(start, end, "ibid", text[start:end], "attribution", abbr=name)
        return Citation(start, end, "full", text[start:end], "attribution", title=name)
    m = _ATTRIBUTION_DASH.search(last)
    if m is not None and len(lines) == 1 and m.start() == 0:
        m = None  # a block that is only "— Name" is a line of its own, not an attribution
    if m is not None:
        start = len(text) - len(last) + m.start("cite")
        name = m["name"]
    elif len(lines) >= 2 and last.strip():
        indent = len(last) - len(last.lstrip(" \t\u00a0"))
        above = lines[-2]
        # (the first line's indentation is the block's: "          Anne E. Rung" / "          United
        # States Chief Acquisition Officer" is set in as a whole, its last line no further)
        above_indent = len(above) - len(above.lstrip(" \t\u00a0")) + (first_indent if len(lines) == 2 else 0)
        if indent < above_indent + _FAR_RIGHT:
            return None
        start = len(text) - len(last) + indent
        name = last.strip()
        # a name or a title, not the last line of a verse set in ("For the lesson thou hast
        # taught,'"): a capital first, most words capitalised, no quotation mark at its end
        words = re.findall(r"[^\W\d_][\w’'\-]*", name)
        if (not name[:1].isupper() or name[-1] in "’'”\"," or not words
                or sum(w[0].isupper() for w in words) * 2 < len(words)):
            return None
        if parse_date(name.rstrip(" .")) or is_letter_dateline(name):
            return None  # "THEBES," / "December 20, 1862.": a letter's date line set right
        if above.rstrip().endswith(",") and COMPLIMENTARY_CLOSE_WORDS.search(above) \
                or _CLOSE_ENDS.search(above):
            return None  # "Yours very affectionately," / "JANE.": a letter's signature (under
            # "my dear Eliza, thine" too)
    else:
        return None
    name = name.rstrip(" .")
    if name.startswith("@") and "," not in name:
        return None  # "— @lee-dohm on Atom's decision making process": a handle's words, no work
    # (a sentence runs on in lower case; a chapter in small roman numerals does not: "2 Tim. ii. 4")
    if not name or len(name.split()) > ATTRIBUTION_MAX_WORDS or re.search(
            r"[.!?][ \u00a0]+(?![ivxlc]{1,7}[.,:;]?(?:[ \u00a0]|$))[a-z]", name):
        return None
    end = len(text.rstrip())
    citation = Citation(start, end, "full", text[start:end], "attribution", title=name)
    if (quoted := _QUOTED_IN_ATTRIBUTION.search(text, start, end)) is not None:
        # "— @mikeal, “Growing a contributor base”": the author's piece, its title in its marks
        citation.title = quoted["title"]
        citation.level = "a"
        citation.spans.append(Span(quoted.start(), quoted.end(), "title", {"level": "a"}, rank=PART_RANK,
                                   rule="attribution"))
    return citation


_QUOTED_IN_ATTRIBUTION = re.compile(r"(?<=,[ \u00a0])[“\"‘](?P<title>(?:[^“”\"‘’\n]|(?<=\w)’(?=\w)){2,120})[”\"’]")


def scripture_line(text: str) -> Citation | None:
    """A line that is a scripture reference and nothing else, its book in capitals too ("2 PET.
    iii. 15, 16." over a sermon's text): its citation, else None."""
    end = len(text.rstrip(" ."))
    # (the book's name in capitals read as the references print it: "PET." as "Pet.")
    cased = re.sub(r"\b([A-Z])([A-Z]{1,12})\b", lambda m: m[1] + m[2].lower(), text)
    m = _SCRIPTURE.pattern.fullmatch(cased, 0, end)
    return None if m is None else _citation(_SCRIPTURE, m, 0, end, text)


def attribution_line(text: str) -> Citation:
    """A line of its own naming a block quotation's author or work (rule "attribution-lines"):
    a full citation of what it names, as printed."""
    if (scripture := scripture_line(text)) is not None:
        return scripture
    end = len(text.rstrip())
    if call := CALL_AFTER_STOP.search(text, 0, end):
        end = call.start()  # "Old Couplet.(32)": the note's call is the note's
    dash = _ATTRIBUTION_DASH.match(text)  # "—Statute, April 30, 1790": what it names, no dash
    title = dash["name"] if dash is not None else text[:end]
    return Citation(0, end, "full", text[:end], "attribution", title=title.rstrip(" ."))


def _parsed(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    """The citations a shape's match makes: by its own reader, else one per reference."""
    return shape.parse(shape, m, text) if shape.parse else _citations(shape, m, text)


def _citations(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    if shape.each is None:
        return [_citation(shape, m, m.start(), m.end(), text)]
    base = m.start("refs")
    refs = list(shape.each.finditer(m["refs"]))
    if len(refs) == 1:  # one reference: the parentheses belong to its bibl, as for the others
        return [_citation(shape, refs[0], m.start(), m.end(), text, base)]
    return [_citation(shape, r, base + r.start(), base + r.end(), text, base) for r in refs]


def _paper_name(name: str) -> bool:
    """Two words or more, those in capitals written in small letters too: "Denver Times", "New
    Haven Register" — not initials ("C. H. M."), a word in capitals ("RETROSPECTIVE")."""
    words = name.split()
    capitals = [w for w in words if w[0].isupper()]
    if _EDITORS_WORD.search(name):
        return False  # "--Note of French Editor.": the editor's, not a paper's
    return len(words) >= 2 and all(any(c.islower() for c in w) for w in capitals)


_EDITORS_WORD = re.compile(r"\b(?:Note|Editor|Translator|Ed)\b")


# a chapter's contents run on with dashes: "Hungry for Knowledge--Borrowing Books--A Neighbor's Advice."
_CONTENTS_BEFORE = re.compile(r"(?:—|--)[A-Z][^.!?\n]{0,60}(?:—|--)[A-Z]")


# group -> (TEI element, attributes from the match)
_PARTS = {
    "title": ("title", lambda m: {"level": "j" if m.groupdict().get("issue") else "m"}),
    # (pages apart, "pp. 8 and 14", are no range: their unit alone)
    "pages": ("biblScope", lambda m: {"unit": _unit(m)} if m.groupdict().get("pmore")
              or not m.groupdict().get("pfrom") else {
        "unit": _unit(m), "from": m["pfrom"], "to": _page_to(m["pfrom"], m.groupdict().get("pto"))}),
    "edition": ("edition", lambda m: {}),
    "date": ("date", lambda m: {"when": m["when"]} if m["when"] else {}),
    "nd": ("date", lambda m: {}),
    "issue": ("date", lambda m: _when(m["issue"])),
    "abbr": ("abbr", lambda m: {}),
    "locus": ("biblScope", lambda m: {}),
    "publisher": ("publisher", lambda m: {}),
    "chapter": ("biblScope", lambda m: {"unit": "chapter", "from": m["cn"], "to": m["cn"]}),
    "volume": ("biblScope", lambda m: {"unit": "volume", "from": m["vn"] or m["vc"],
                                        "to": m["vn"] or m["vc"]}),
    "author": ("author", lambda m: {}),
}


def _unit(m: re.Match) -> str:
    """A page, or a paragraph where the article numbers its paragraphs ("2011:¶11")."""
    return "paragraph" if re.match(r"\s*(?:¶|(?i:para))", m["pages"]) else "page"


MAX_RANGE = 50  # "[1]–[500]" is no range of references


_FIGURES = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-", "⁽⁾")


_NUMBER_GROUP = re.compile(rf"\[({_NUMBER_LIST})\]")


def grouped_numbers(texts) -> frozenset[str]:
    """The numbers a text cites in brackets together with others (``[1, 6, 7]``, ``[2–4]``):
    entries of a numbered reference list, whatever notes of the same numbers the text has
    (Distill's "[1]" is its first reference, not its first footnote)."""
    return frozenset(n for text in texts for m in _NUMBER_GROUP.finditer(text)
                     for n in numbers_cited(m.group(1)))


def numbers_cited(printed: str) -> list[str]:
    """The numbers a group of figures cites, ranges spelt out: ``9–11`` → 9, 10, 11; ``2, 7``, ``5;6``;
    superscript figures as well (``⁴¹–⁴³``). None ([]) for a range that runs backwards or over
    ``MAX_RANGE`` ("[1]–[500]" is no range of references)."""
    out: list[str] = []
    for piece in re.split(r"[,;]", re.sub(r"[ \u00a0]", "", printed.translate(_FIGURES))):
        ends = re.split(r"[–-]", piece)
        first, last = int(ends[0]), int(ends[-1])
        if first > last or last - first > MAX_RANGE:
            return []
        out += [str(n) for n in range(first, last + 1)]
    return out


def _numbers(m: re.Match) -> list[str]:
    """The numbers a numbered group cites: ``[9–11]``, ``[2, 7, 9–11]``, ``[1]–[5]``."""
    return numbers_cited(m["list"] if m["list"] is not None else f"{m['number']}–{m['last']}")


SCALE_NEAR = 60  # characters either side


def _scale_value(text: str, m: re.Match, numbers: list[str]) -> bool:
    """A number in brackets beside the next or the one before it: a scale's or a list's values
    ("never (0), hardly ever (1), occasionally (2)"), not a citation."""
    if len(numbers) != 1:
        return False
    n = int(numbers[0])
    near = text[max(0, m.start() - SCALE_NEAR):m.end() + SCALE_NEAR]
    return f"({n - 1})" in near or f"({n + 1})" in near


def _numbered(shape: Shape, m: re.Match, numbers: list[str]) -> Citation:
    return Citation(m.start(), m.end(), shape.kind, m.group(), shape.name, number=numbers[0],
                    numbers=numbers)


def _citation(shape: Shape, m: re.Match, start: int, end: int, text: str,
              base: int = 0) -> Citation:
    """A citation covering ``text[start:end]`` from match ``m`` (whose offsets are relative to
    ``base``)."""
    groups = m.groupdict()
    spans = [Span(base + m.start(g), base + m.end(g), tag, attrib(m), rank=PART_RANK,
                  rule=shape.name)
             for g, (tag, attrib) in _PARTS.items() if groups.get(g) is not None]
    pages = (m["pfrom"], _page_to(m["pfrom"], groups.get("pto"))) if groups.get("pfrom") else None
    date = groups.get("when")
    if groups.get("issue"):
        date = _when(m["issue"]).get("when")
    return Citation(start, end, shape.kind, text[start:end], shape.name,
                    title=groups.get("title"), pages=pages, edition=groups.get("edition"),
                    date=date, author=groups.get("author"),
                    year=groups.get("date") or (" ".join(groups["nd"].split()) if groups.get("nd") else None),
                    abbr=groups.get("abbr"), spans=spans,
                    number=label_key(groups["number"]) if groups.get("number") else None,
                    level="j" if groups.get("issue") else "m")


def _when(printed: str) -> dict[str, str]:
    """``@when`` of a printed date: ``Monday May 3rd 1932`` → ``1932-05-03``."""
    year = re.search(_YEAR, printed).group()
    month = re.search(_MONTH, printed)
    if month is None:
        return {"when": year}
    iso = f"{year}-{_MONTHS[month.group()[:3].casefold()]:02d}"
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", printed.replace(year, ""))
    return {"when": f"{iso}-{int(day.group(1)):02d}" if day else iso}


# ---------------------------------------------------------------- author–date groups
_REF_AT = re.compile(_REFERENCE)
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.[ \u00a0]?)+$")
_MORE_AT = re.compile(_MORE)
_SEPARATOR_AT = re.compile(_SEPARATOR)
_PREFIX_WORD_AT = re.compile(_PREFIX.removesuffix("{1,4}"))
_END = re.compile(r"[\s.,]*$")
_ALSO_SEE_AT = re.compile(r"(?:also|see|cf\.|compare)[,:]?\s+")
# words in lower case after a group's last reference: "… 2019 for a recent review"
# ("and references therein", "for a review", "among others", "passim"), not any words
_SUFFIX_AT = re.compile(r",?\s+(?:and|for|among|passim|inter|therein|with)\b(?:[\s.,]+[a-z][\w-]*){0,5}[\s.,]*$")

# whose the emphasis in the words quoted is, after the page: "my italics", "Fodor’s italics",
# "emphasis added", "italics in original"
_EMPHASIS_AT = re.compile(r",\s+(?:(?:my|our|original|[A-Z][\w-]+[’']s?)\s+)?(?:italics|emphasis)"
                          r"(?:\s+(?:added|mine|ours|supplied|(?:in|of)\s+(?:the\s+)?original))?[\s.]*$")

# what the works are cited for, in lower case, then "e.g." or "cf." before them: as many
# words as a phrase takes
_EXAMPLE_LEAD = re.compile(r"(?:[a-z][\w-]*,?\s+){1,8}?(?:e\.\s?g\.|cf\.)[,:]?\s+")
_DESCRIBED_BY = re.compile(r",\s+(?=[A-Z])")
DESCRIPTION_WORDS = 5


def _member(shape: Shape, text: str, start: int, end: int, described: bool = True) -> list[Citation] | None:
    """The references of one member of a group, ``text[start:end]`` (``Smith, 2014, Jones,
    2016``, ``e.g., World Health Organization 2011, 2019``), or None when it is not wholly
    references. ``described``: the member may open with what it is cited for, set off by a
    comma (``barnacle geese, Branta leucopsis, Kurvers et al. 2013``: a species, then the
    reference)."""
    found: list[Citation] = []
    pos = start
    first = _REF_AT.match(text, pos, end)
    words = 0
    while first is None:  # "e.g.", "see e. g.": the fewest words before a reference
        word = _PREFIX_WORD_AT.match(text, pos, end)
        words += 1
        if word is None or words > 4:
            lead = _EXAMPLE_LEAD.match(text, start, end)
            if lead is not None and _REF_AT.match(text, lead.end(), end) is not None:
                pos = lead.end()  # "(including work on domain adaptation, e.g., Daumé, 2007)"
                break
            if described:
                for comma in _DESCRIBED_BY.finditer(text, start, end):
                    if len(text[start:comma.start()].split()) > DESCRIPTION_WORDS:
                        break  # (not a work's whole description: "…, Rochester, N.Y., 1874")
                    if (refs := _member(shape, text, comma.end(), end, False)) is not None:
                        return refs
            return None
        pos = word.end()
        first = _REF_AT.match(text, pos, end)
    while True:
        m = _REF_AT.match(text, pos, end)
        if m is None or _INITIALS_ONLY.match(m["author"] or "x"):
            return None  # (not "(H. R. 1689)", "(S. 1719)": a bill's number, no author's year)
        found.append(_citation(shape, m, m.start(), m.end(), text))
        pos = m.end()
        year = m["when"]
        while (more := _MORE_AT.match(text, pos, end)) is not None:
            c = _citation(shape, more, more.start("date"), more.end(), text)
            c.author = m["author"]
            if more["when"] is None:  # "2016a/b": the same year, another letter
                c.date, c.year = year, year + more["date"]
            year = c.date
            found.append(c)
            pos = more.end()
        if _END.match(text, pos, end) and _END.match(text, pos, end).end() == end:
            return found
        if (tail := _SUFFIX_AT.match(text, pos, end) or _EMPHASIS_AT.match(text, pos, end)) is not None \
                and tail.end() == end:
            return found  # "Güell et al., 2015 and references therein": the author's words after
            # (and whose the italics are: "(Fodor 1975: 86, Fodor’s italics)", "…, emphasis added")
        sep = _SEPARATOR_AT.match(text, pos, end)
        if sep is None:
            return None
        pos = sep.end()
        # "(Pimlott et al. 1969, also see Mech 1970)": the words that lead in a member may lead in
        # the next reference after a comma too
        while _REF_AT.match(text, pos, end) is None and (word := _ALSO_SEE_AT.match(text, pos, end)) is not None:
            pos = word.end()


# a person's forename and surname just before a bracket: what follows describes the person (their
# office and the year they came), no reference
_FULL_NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?!(?:The|A|An|In|As|See|By|For)\s)[A-Z][a-z]+(?:\s+[A-Z]\.)?"
                               r"(?:\s+(?:van|von|de|der|den|da|di|du|le|la))*\s+[A-Z][\w’'-]+[ \u00a0]*$")


_PERSON_DESCRIBED_NEXT = re.compile(r",?\s+(?:and\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|der|den|da|di|du|le|la))*"
                                    r"\s+[A-Z][\w’'-]+\s+\(")


def _persons_described(m: re.Match, text: str) -> bool:
    """A list of persons each with a bracket after the name, what they are and when they came
    ("such as Guido van Rossum (creator of Python, 2006), Ivan Krstić (One Laptop per Child,
    2007), Alex Martelli (Google, 2008), …"): descriptions, no references."""
    name = _FULL_NAME_BEFORE.search(text, 0, m.start())
    if name is None:
        return False
    return _PERSON_DESCRIBED_NEXT.match(text, m.end()) is not None \
        or re.search(r"\),?\s+(?:and\s+)?$", text[:name.start()]) is not None


def _group(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    """One ``bibl`` per reference of a bracketed group; members split by ``;``."""
    group = "refs" if m["refs"] is not None else "srefs"
    start, end = m.start(group), m.end(group)
    if _persons_described(m, text):
        return []
    found: list[Citation] = []
    members = 0
    pos = start
    if (where := _IN_THE_LIST.search(text, start, end)) is not None:
        end = where.start()  # "(see Géron 2019, 2 in the bibliography)": the reader's pointer
    for piece in re.split(r"(;)", text[start:end]):
        if piece == ";":
            pos += 1
            continue
        members += 1
        lead = len(piece) - len(piece.lstrip())
        refs = _member(shape, text, pos + lead, pos + len(piece.rstrip()))
        if (refs is None and members == 1 and re.search(r";[^;]*[A-Z]", text[start:end])
                and (years := _YEARS_MEMBER.fullmatch(text, pos + lead, pos + len(piece.rstrip())))
                and _NAMED_BEFORE.search(text, max(0, m.start() - MAX_NAME_BEFORE), m.start())):
            # "George H. Lowery, Jr. (1951; Lowery and Newman 1966)": the years of the author
            # named before the brackets, then others' works (years alone throughout, "Solomon
            # (1992; 1999)", are the narrative citation's)
            refs = _years_in_context(shape, years, text)
        found.extend(refs or [])
        pos += len(piece)
    if len(found) == 1 and members == 1:  # one reference: the brackets belong to its bibl
        found[0].start, found[0].end = m.start(), m.end()
        found[0].text = text[m.start():m.end()]
    return found


# a group's first member, years alone: the works of the author named before the brackets
_YEARS_MEMBER = re.compile(rf"{_DATE}\b(?:{_PAGES_AFTER})?(?P<more>(?:{_plain(_MORE)})*)")
MAX_NAME_BEFORE = 80  # characters: a name and its "Jr." (a bounded look back, however long the paragraph)
_NAMED_BEFORE = re.compile(rf"(?<![\w’'.-]){_SURNAME}(?:,?\s+Jr\.?)?\s*$")


def _in_context(citation: Citation, text: str) -> Citation:
    """A year alone keeps the text before it in its block: its author is named there."""
    citation.context = text[:citation.start]
    return citation


COMPLIMENTARY_CLOSE_WORDS = re.compile(r"\b(?:[Yy]ours|[Ff]aithfully|[Ss]incerely|[Aa]ffectionately|"
                                       r"[Tt]ruly|[Rr]espectfully|[Oo]bedient)\b")
# a close's last words, no comma after them: "… my dear Eliza, thine", "your humble servant"
_CLOSE_ENDS = re.compile(r"(?i:\b(?:thine|yours|servant|friend))[ \u00a0]*[.,]?[ \u00a0]*$")
_POSSESSIVE = re.compile(r"[’']s$")
_IN_THE_LIST = re.compile(r"[ \u00a0]+in[ \u00a0]+the[ \u00a0]+(?:bibliography|references|reference[ \u00a0]+list"
                          r"|works[ \u00a0]+cited)$")
_NOT_BEFORE_NARRATIVE = frozenset("of the a an at on from".split())
# capitalised words that open a sentence before an author: "As Smith (2015) showed"
_OPENERS = frozenset("""As In But And While Unlike Like Following Both Yet So Thus Hence Since
Although Though When Where For See Also However Indeed Moreover Furthermore Here Later Then
Similarly Likewise After Before""".split())


def _narrative(m: re.Match, text: str) -> bool:
    """``Smith (2015)``: the name is an author, not the end of a title or a place (``the
    Treaty of Versailles (1919)``, ``Revolution Betrayed (1936)``)."""
    before = text[:m.start()].rstrip()
    word = re.search(r"([\w’'.]+)$", before)
    if word is None or re.search(r"[.!?:;]$", before):
        return True
    w = word.group(1)
    if w == "of" and re.search(r"(?:^|[^\w’'])(?!the\b)[a-z]+\s+of$", before):
        return True  # "those of Clark (2012)", not "the Treaty of Versailles (1919)"
    if w == "in" and re.search(r"(?<![\w’'])[A-Z][a-z]+\s+in$", before):
        return False  # "Society in America (1837)", "Division of Labour in Society (1893)": a
        # title's last words (not "as shown in Clark (2012)")
    if w.casefold() in _NOT_BEFORE_NARRATIVE:
        return False
    if w.casefold() == "with" and not _POSSESSIVE.search(m["author"]):
        return False  # "took service with Austria (1784)"; but "in keeping with Healy's (2010) usage"
    several = re.search(rf"\s(?:and|&)\s|{_ET_AL}$", m["author"])
    # (an office before a name with its forename: "former Superintendent Bates Wilson (1956)")
    office = w.rstrip(".") in ROLES and re.match(r"\S+\s+\S", m["author"]) is not None
    return several is not None or not w[:1].isupper() or w in _OPENERS or office


def _addressed(citation: Citation, address: str | None = None) -> Citation:
    """A web page cited by its address is the work the address names."""
    citation.title = address or citation.text.strip("()")
    return citation


def _years_in_context(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    """``(2014, 47)`` after a quotation is one bibl, the work of that year by the author named
    before it; ``(2015a, b, p. 51)`` two, the second the same year's next work."""
    if not m["more"]:
        return [_in_context(_citation(shape, m, m.start(), m.end(), text), text)]
    end = m.start("more")
    first = _in_context(_citation(shape, m, m.start(), end, text), text)
    found, year, pos = [first], first.date, end
    while (more := _MORE_AT.match(text, pos, m.end("more"))) is not None:
        d = _citation(shape, more, more.start("date"), more.end(), text)
        if more["when"] is None:
            d.date, d.year = year, year + more["date"]
        d.context = first.context  # the same author's
        year = d.date
        found.append(d)
        pos = more.end()
    return found


def forenames_printed(c: Citation) -> bool:
    """A narrative citation whose names carry more than a surname (``Bruno Latour (1993)``):
    a citation only where the text's reference list has the work (edition.markup.works
    ``lists``) — "He read Revolution Betrayed (1936)" has the same shape."""
    return c.rule == "author-date-narrative" and bool(c.author) and any(
        len(name.split()) > 1 and not re.match(rf"{_PARTICLE}\s", name)
        for name in re.split(r",?\s+(?:and|&)\s+|,\s+", re.sub(rf"{_ET_AL}$", "", c.author)))


def _narrative_citations(shape: Shape, m: re.Match, text: str) -> list[Citation]:
    """``Smith (2015)`` is one bibl, the name and the bracketed year; ``Smith (2015, 2019)``
    two, the second of them the year alone."""
    c = _citation(shape, m, m.start(), m.end(), text)
    if c.author:
        c.author = _POSSESSIVE.sub("", c.author)  # "Healy's (2010) usage": Healy's work
    found = [c]
    pos = m.start("refs")
    date = re.compile(rf"{_DATE}\b(?:{_PAGES_AFTER})?").match(text, pos, m.end("refs"))
    c.spans = [s for s in c.spans if s.tag == "author"]
    one = _citation(shape, date, date.start(), date.end(), text)
    c.spans += one.spans
    c.date, c.year, c.pages = one.date, one.year, one.pages
    pos = date.end()
    year = c.date
    while (more := _MORE_AT.match(text, pos, m.end("refs"))) is not None:
        d = _citation(shape, more, more.start("date"), more.end(), text)
        d.author = c.author
        if more["when"] is None:
            d.date, d.year = year, year + more["date"]
        year = d.date
        found.append(d)
        pos = more.end()
    if len(found) > 1:  # several works: the first bibl ends with its year
        c.end = date.end()
        c.text = text[c.start:c.end]
    return found


def _page_to(first: str, last: str | None) -> str:
    """The last page of a range; an abbreviated one is completed: ``123-5`` → ``125``."""
    if last is None:
        return first
    if len(last) < len(first):
        full = first[: len(first) - len(last)] + last
        if int(full) > int(first):
            return full
    return last
