# SPDX-License-Identifier: MIT
"""Rule "reference-list": a section headed "References", "Bibliography", "Works cited" …
whose paragraphs all look like references is the source's own reference list. It stays where it
stands, as ``listBibl`` of the source's ``bibl``s (ids ``ref-smith-2015``), and author–date
citations point at them (``edition.markup.works``).

An entry looks like a reference when it opens with a name (or a quoted title) and gives a year
(or ``n.d.``) — in any of the common styles:

- ``Smith, J. (2015). Title …`` (APA), ``Smith J, Jones K. 2015. Title …`` (Vancouver, eLife),
- ``Smith, Jane, and Ken Jones. 2015. Title …`` (Chicago author–date),
- ``Okafor, Ada, "Counting the Uncounted," Quarterly Review 41.2 (Winter 2009), 201-219.``
  (Chicago notes–bibliography: the year comes late),
- ``World Health Organization. 2011. Title …`` (a corporate author).

``Reference.author`` holds the author part as printed (the text before the year, or before a
quoted title); ``edition.markup.works`` matches citations against it.
"""

from __future__ import annotations

import re

from edition.markup.spans import Span
from edition.structure.model import ListBlock, Paragraph, Reference, ReferenceList
from edition.structure.dates import MONTH_NAME_CUT_WITH_STOP
from edition.tei.ids import slugify
from edition.text.blocks import Block, cut_lines, line_blocks, line_indent

HEADING = re.compile(r"^(?:(?:select(?:ed)?[ \u00a0]+)?(?:references|bibliography|sources|literature)|"
                      r"works cited|further reading|references cited|literature cited|references and notes|notes and references|"
                      # the same in the languages of articles translated or abstracted in English
                      r"refer[êe]ncias(?: bibliogr[áa]ficas)?|referencias|r[ée]f[ée]rences|bibliograf[íi]a|"
                      r"bibliographie|literaturverzeichnis)"
                      # a first group of the list named after it: "REFERÊNCIAS - Livros:"
                      r"(?:[ \u00a0]+[-–—][ \u00a0]+[^\W\d_][\w ]{0,30})?[.:]?$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[*•·]|[-–](?=\s))\s+")
# a numbered entry, which the text cites by its number: "1. Smith J …", "[1] Smith J …"
# or by its label: "[Policies] Weir, Matt, …" (NIST), "[Knu84] Knuth, D. …"
# (a label may hold spaces and stops: "[OMB A-130] Office of …", "[DODI 8510.01] …")
LABEL = r"[A-Z][A-Za-z0-9+&\-.]*(?:[ \u00a0][A-Za-z0-9+&\-.]+){0,3}"
_NUMBER = re.compile(rf"^(?:\[(?P<b>\d{{1,3}})\]|(?P<d>\d{{1,3}})[.)]|\[(?P<l>{LABEL})\])"
                     r"[ \t\u00a0]+(?=\S)")
MAX_LABEL = 24


def _lead(text: str) -> int:
    """How much of an entry's text opens it before its words: a bullet or a number."""
    m = _BULLET.match(text) or _NUMBER.match(text)
    return m.end() if m else 0


def entry_number(text: str) -> str | None:
    """The number a numbered entry is cited by, or None."""
    m = _NUMBER.match(text)
    if m is None or m["l"] and len(m["l"]) > MAX_LABEL:
        return None
    return m["b"] or m["d"] or m["l"]


def label_key(label: str) -> str:
    """A label as citations and entries are matched by it, spaces and hyphens aside: the text's
    "[HSPD-7]" cites the list's "[HSPD 7]", "[SP 800-160-1 ]" its "[SP 800-160-1]"."""
    return re.sub(r"[\s\u00a0\-–]+", "", label)
_SAME_AUTHOR = re.compile(r"^(?:[—–-]{2,}|_{3,})[.,]?")  # "———. 2016b." the author above
_OPENS = re.compile(r"^(?:(?:van|von|de|der|den|da|di|du|le|la)\s+){0,2}(?:[a-z]{1,4}-)?[a-z]?[A-Z\u00c0-\u024f‘“\"']")
_YEAR = re.compile(r"(?<![\d/.:-])(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?![\d])"
                   r"|\bn\.\s?d\.|\b(?:[Ff]orthcoming|[Ii]n press|[Ii]n prep(?:aration\b|\.|\b))")  # ("(in prep.)")
# a work's year opening its line under its author's, as some lists print them: "1904a. Distribution …"
_YEAR_LINE = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*(?:1[5-9]|20)\d\d[a-z]?\.[ \u00a0]")
_YEAR_FIRST = re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.[ \u00a0]+(?=\S)")
_TITLE_MARK = re.compile(r"[‘“\"]")
_URL = re.compile(r"\bhttps?://|\bwww\.")
_ACCESSED = re.compile(r"\b(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed)(?:\s+on)?\s+[^.]*$")
# what closes the author part: "(2015", ". 2015", ", 2015", a quoted title
_AUTHOR_END = re.compile(r"[\s.,(]*$")
# Vancouver style: "Clark G, Cummins N, Hao Y: Title. Journal. 2015;55:3–24." — surnames and
# initials without stops, then a colon or a full stop; the year late, after the container
_SURNAME_INITIALS = r"[A-Z\u00c0-\u024f][\w’'\-]+(?:\s[A-Z\u00c0-\u024f][\w’'\-]+)*\s[A-Z]{1,3}"
_VANCOUVER = re.compile(rf"^(?P<authors>{_SURNAME_INITIALS}(?:,\s{_SURNAME_INITIALS})*(?:,?\set\.?\sal\.?)?)"
                        r"[:.]\s+(?=\S)(?!\(?(?:1[5-9]|20)\d\d)")  # "Smith J. 2015. Title": author–date
# a month (a range of months, a day) printed before the year that closes an older entry
# ("Journal of Abnormal Psychology, October-November 1913.")
_MONTH = MONTH_NAME_CUT_WITH_STOP
_MONTH_BEFORE = re.compile(rf"(?<![\w]){_MONTH}(?:[ \u00a0]?[-–][ \u00a0]?{_MONTH})?(?:[ \u00a0]\d{{1,2}},?)?[ \u00a0]*$")
_VANCOUVER_YEAR = re.compile(r"(?<=[.;]\s)(?P<year>(?:1[5-9]|20)\d\d[a-z]?)"
                             r"(?=(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?(?:[;:.]|\s*$))")


# ABNT, Brazil's standard: "KRUGMAN, P. Why is China in so much Trouble? The New York Times,
# Aug. 31, 2023. Available at: …": the authors' surnames in capitals, each with its initials,
# "; " between them ("CINTRA, M. A. M.; PINTO, E. C."), or a body in capitals ("WORLD BANK.",
# "UNCTAD – United Nations Conference for Trade and Development."); the year the last before
# the address and the day it was read
_CAPS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+)*"
_ABNT_AUTHORS = re.compile(rf"^(?P<authors>{_CAPS_NAME},\s(?:[A-Z]\.\s?)+(?:;\s{_CAPS_NAME},\s(?:[A-Z]\.\s?)+)*"
                           rf"(?:et\sal\.)?|{_CAPS_NAME}(?:\s[–-]\s[^.]{{3,80}})?\.)\s+(?=[A-Z\"“'‘])")
_END = re.compile(r"$")
_ABNT_END = re.compile(r"\b(?:Available at|Disponível em|Last access(?:ed)?|Acesso em)\b")
# Copernicus style: "Galy, V. V. and Eglinton, T. I.: Title, Journal, 4, 843–847, 2011." — the
# authors, each surname before its initials, closed by a colon; the year last
_COLON_AUTHORS = re.compile(r"^(?P<authors>[A-Z\u00c0-\u024f][^:()\d]*?,\s(?:[A-Z]\.[\s\-]?)+)\s*:\s+(?=\S)")
# MDPI's and ACS's style: "Lindow, S.E.; Leveau, J.H.J. Title. Curr. Opin. Biotechnol. 2002, 13,
# 238–243." — each surname (in small letters, a particle allowed: "van der Putten") before its
# initials, "; " between authors; the year after the journal, a volume or the pages after it
# ("2002, 13,"; a book's "…: New York, NY, USA, 2000; pp. 3–30.")
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la)"
_SURNAME = rf"(?:{_PARTICLE}\s)*[A-Z\u00c0-\u024f][\w’'\-]+(?:\s(?:{_PARTICLE}\s)*[A-Z\u00c0-\u024f][\w’'\-]+)*"
_INITIALS = r"[A-Z\u00c0-\u024f]\.(?:-?[A-Z\u00c0-\u024f]\.)*(?:,\sJr\.)?"
_SEMICOLON_AUTHORS = re.compile(rf"^(?![A-ZÀ-Þ'’\-]+,)(?P<authors>{_SURNAME},\s{_INITIALS}(?:;\s{_SURNAME},\s{_INITIALS})*(?:;?\set\sal\.)?)"
                                r"\s+(?=[A-Z\d\u00c0-\u024f‘“\"'])(?![A-Z]\.|and\s|&)")  # not "Boudreau, B. P. and …"
_SEMICOLON_YEAR = re.compile(r"(?<=\s)(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?=[,;]\s|\.?$)")
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)")
_PUBLISHER = re.compile(r"\b(?:Press|Publish\w*|Books|Verlag|Editions?|University)\b")


# Distill's and some web pages' entries: the title on a line of its own, the authors under it
# ("Deep learning from human preferences" / "   Christiano, P.F., Leike, J. … and Amodei,
# D., 2017. Advances in …"), surnames first with their initials
_TITLE_FIRST = re.compile(r"^(?P<title>[^\n]{3,200}?)[ \t\u00a0]*\n[ \t\u00a0]+"
                          r"(?P<authors>[A-Z\u00c0-\u024f][\w’'\-]+,\s(?:[A-Z]\.[\s\-]?)+[\s\S]{0,400}?)"
                          r",\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\b")


def _title_first(text: str) -> re.Match | None:
    m = _TITLE_FIRST.match(text)
    return m if m is not None and not _YEAR.search(m["title"]) else None


# ACL's style: the authors forename first, a middle initial among them, then the year between
# stops ("Matthew E. Peters, Mark Neumann, …, and Luke Zettlemoyer. 2018. Deep …"): no
# Vancouver "Surname I." however "Matthew E." reads
_FORENAME_FIRST = r"(?:[A-Z]\.[ \u00a0])*[A-Z][\w’'\-]+(?:[ \u00a0][A-Z]\.?)*(?:[ \u00a0](?:van|von|de|der|den|da|di|du|le|la))*(?:[ \u00a0][A-Z][\w’'\-]+)+"
_ACL = re.compile(rf"^{_FORENAME_FIRST}(?:,[ \u00a0](?:and[ \u00a0])?{_FORENAME_FIRST})*(?:,?[ \u00a0]and[ \u00a0]{_FORENAME_FIRST})?"
                  r"\.[ \u00a0](?:1[5-9]|20)\d\d[a-z]?\.[ \u00a0]")


def _vancouver(text: str) -> tuple[re.Match, re.Match | None] | None:
    """The author list and the year of a Vancouver-style entry, or None for another style."""
    authors = _VANCOUVER.match(text)
    if authors is None or _BRACKETED_YEAR.search(text) or re.match(r"[A-Z]\.|-", text[authors.end():]) \
            or _ACL.match(text):
        return None  # "Bard J. B., Rhee S. Y. (2004)": initials with stops, the year bracketed
    years = list(_VANCOUVER_YEAR.finditer(text, authors.end()))
    return authors, (years[-1] if years else None)


def entry(text: str, previous: str | None = None) -> tuple[str, str] | None:
    """``(author part, year)`` of a reference-list entry, or None when ``text`` is not one.
    ``previous``: the author part of the entry before, for ``———. 2016b.``"""
    labelled = (number := _NUMBER.match(text)) is not None and number["l"] is not None
    text = text[_lead(text):]
    same = _SAME_AUTHOR.match(text)
    if not (same or _OPENS.match(text)):
        return None
    year = _YEAR.search(text)
    if year is not None and _ACCESSED.search(text, 0, year.start()):
        year = None  # "Available: http://… Accessed 15 July 2011.": the day it was read
    mark = _TITLE_MARK.search(text, 1)
    if year is None and mark is None and not _URL.search(text):
        return None  # a paragraph of prose, not a reference
    printed = (year.group("year") or "n.d.") if year is not None else "n.d."
    if not same and (first := _title_first(text)) is not None:
        return first["authors"], first["year"]
    if (abnt := _ABNT_AUTHORS.match(text)) and not same and (years := [
            m["year"] for m in _YEAR.finditer(text, abnt.end(), (_ABNT_END.search(text) or _END.search(text)).start())
            if m["year"]]):
        return abnt["authors"].rstrip(". "), years[-1]
    if (semicolon := _SEMICOLON_AUTHORS.match(text)) and not same and (
            year_after := _SEMICOLON_YEAR.search(text, semicolon.end())):
        return semicolon["authors"], year_after["year"]
    if (colon := _COLON_AUTHORS.match(text)) and not same and (
            years := [m["year"] for m in _YEAR.finditer(text, colon.end()) if m["year"]]):
        return colon["authors"], years[-1]
    if (vancouver := _vancouver(text)) is not None and not same:
        authors, late = vancouver
        return authors.group("authors"), late.group("year") if late else printed
    if same:
        return previous or "", printed
    if _TITLE_MARK.match(text):  # a title first: no author
        return "", printed
    if year is None and mark is None:  # "Name. Title. https://…": the author up to a stop
        stop = re.search(r"[.,]\s", text)
        cut = stop.start() + 1 if stop else len(text)
    else:
        cut = min(m.start() for m in (year, mark) if m is not None)
    author = text[:cut]
    if year is not None and cut == year.start() and not labelled and (month := _MONTH_BEFORE.search(author)):
        # "… Journal of Insanity, No. 4, April 1913.": the month is the date's (an entry cited
        # by its label, "[OMB A-130] … July 2016.", is named by it, its author unread)
        author = author[:month.start()]
    author = author[:_AUTHOR_END.search(author).start()]
    if not author or not (re.search(r"[.,(]", text[len(author):cut])
                          or _YEAR_LINE.match(text, len(author)) and "," in author):
        return None  # "In 1924 the party …": a sentence, not a name and its year (but the
        # author's line over the year opening the next: "Baird, Donald" / "  1967. Age of …")
    return author, printed


def _authors_line(line: str, year_line: str, base: int) -> bool:
    """``line``, over ``year_line``, is an author's line: set out no further than the list's first
    line and less than the year, with no year of its own, a name and a comma ("Bruns, Herbert.")."""
    return (line_indent(line) <= base < line_indent(year_line) and "," in line
            and not _YEAR.search(line) and bool(_OPENS.match(line.lstrip(" \t\u00a0"))))


def _entry_lines(block: Block) -> list[Block]:
    """A paragraph of entries one to a line, without blank lines between them, is cut into one
    block per line (the line ends count as the white space between blocks), and one of entries
    with a hanging indent before each entry; a paragraph whose lines are not each an entry with a
    year — an entry wrapped over lines — stays whole."""
    lines = block.text.split("\n")
    # an author's line over the works dated under it, each set in and opening with its year
    # ("Cooke, W. W." / "  1888. Report of bird migration …" / "  1904a. Distribution …"): cut
    # before each year after the first, the works after it the same author's
    dated = [i for i, line in enumerate(lines) if i and line[:1] in " \t\u00a0" and _YEAR_FIRST.match(line.lstrip())]
    if (len(dated) >= 2 and dated[0] == 1 and not _YEAR.search(lines[0]) and _OPENS.match(lines[0])
            and lines[0].rstrip().endswith(".")):
        # — or each work under an author's line of its own, set out less than the year ("  Allen,
        # R. W." / "    1952. A study …" / "  Baida, R. P." / "    1975. …"): cut before that line
        base = block.indent_width
        return cut_lines(block, [d - 1 if _authors_line(lines[d - 1], lines[d], base) else d
                                 for d in dated[1:]])
    # entries with a hanging indent, no blank line between them ("1. Dunbrack RL, …" / "    side-chain
    # rotamer preferences. …" / "2. Dunbrack RL, …"; "Ahalt S, Carsey T, …" / "    Robinson E. 2015. …"):
    # cut before each line that starts flush, where every other line is indented
    # — the whole list may be set in, its entries less than their turned lines ("  BRADLEY, W. H.
    # 1926. Shore …" / "          northern Sweetwater …" / "  ——. 1931. Origin …")
    base = block.indent_width
    starts = [i for i, line in enumerate(lines) if i and line.strip() and line_indent(line) <= base]
    if (starts and len(starts) < len(lines) - 1
            and all(_NUMBER.match(line) or _OPENS.match(line) or _SAME_AUTHOR.match(line)
                    for line in (lines[i].lstrip(" \t\u00a0") for i in [0, *starts]))):
        pieces = cut_lines(block, starts)
        # (each piece an entry with its year or its number: not the authors' line wrapped at the
        # margin over the year set in, "Perry, W.J., Jr, …, and E.C." / "Rhodehamel" / "  1975. …")
        if all(_YEAR.search(p.text) or _NUMBER.match(p.text) for p in pieces):
            return pieces
    if len(lines) < 2 or not all(line[:1].strip() and _YEAR.search(line) and entry(line)
                                 for line in (ln.rstrip() for ln in lines)):
        return [block]
    return line_blocks(block)


MAX_UNREAD = 0.2  # of a numbered list's entries, the share the rule may fail to read


def rule(state) -> None:
    seen: set[str] = set()  # ids across every list: a text may print its list twice
    grouped = False  # under a "References" heading with nothing of its own: its groups follow
    for section in state.sections:
        headed = section.head is not None and HEADING.match(section.head.text.strip())
        if not (headed or grouped and section.head is not None):
            grouped = False
            continue
        if headed and not section.content:
            grouped = True  # "REFERENCES" / "LAWS AND EXECUTIVE ORDERS" / "[FISMA] …"
            continue
        found = _reference_list(section, seen)
        after: list = []
        if found is None and (tail := _closing_statements(section.content)):
            # "Funding: SG - FI Predoctoral Fellowship, …" under the last entry: the paper's
            # statements after its list, not entries
            head, after = section.content[:-tail], section.content[-tail:]
            section.content = head
            found = _reference_list(section, seen) if head else None
            section.content = head + after
        if found is not None:
            section.content = [found, *after]
        # (after a list under its heading, its groups may follow under their own: "Filmes:")
        grouped = (grouped or bool(headed)) and found is not None


# a paper's statements, each under its label ("Funding:", "Author contributions:", "Conflicts
# of interest:"), printed under its reference list
_STATEMENT = re.compile(r"^(?:Funding|Author[ \u00a0]contributions?|Competing[ \u00a0]interests?|Conflicts?[ \u00a0]of[ \u00a0]interests?|"
                        r"Data[ \u00a0]availability|Acknowledge?ments?|Ethics[ \u00a0]statement|Copyright|"
                        r"Declarations?)[ \u00a0]*(?:statement)?[ \u00a0]*[:.—–-]", re.IGNORECASE)
MAX_STATEMENTS = 3


def _closing_statements(content: list) -> int:
    """How many paragraphs close the section as a paper's statements under their labels
    ("Funding: …"): 0 when none does."""
    n = 0
    while n < min(MAX_STATEMENTS, len(content) - 1) and isinstance(content[-1 - n], Paragraph) \
            and _STATEMENT.match(content[-1 - n].block.text):
        n += 1
    return n


# a numbered list's entry for a page on the web: its title, the author in brackets (or a note
# on the version), the address ("[2] Extended Function syntax (Just van Rossum) https://…/2003-February/…")
_WEB_ENTRY = re.compile(r"^(?P<title>[^\s(][^\n]{1,160}?)(?:[ \u00a0]+\((?P<author>[^()]{2,80})\))?[ \u00a0]+"
                        r"(?P<url>(?:https?://|www\.)\S+)$")
_NAME_IN_BRACKETS = re.compile(r"^[A-Z][\w’'\-]*\.?(?:[ \u00a0](?:van|von|de|der|da|di|du|le|la|"
                               r"[A-Z][\w’'\-]*\.?)){0,4}$")  # "Almann T. Goo", "Just van Rossum", "Talin"
_URL_YEAR = re.compile(r"(?<![\d])(?:1[5-9]|20)\d\d(?![\d])")


def web_entry(text: str) -> tuple[str, str] | None:
    """``(author, year)`` of a numbered entry naming a page on the web; the year the address
    gives, if any ("…/2006-February/…"); None for another shape."""
    m = _WEB_ENTRY.match(text[_lead(text):])
    if m is None:
        return None
    author = m["author"] if m["author"] and _NAME_IN_BRACKETS.match(m["author"]) else ""
    year = _URL_YEAR.search(m["url"])
    return author, year.group() if year else "n.d."


# an initial before a surname, as Science and Vancouver styles print names first-initial
# ("M. R. Allen", "S.-W. Park"): not what names an entry's id
_INITIAL = re.compile(r"^[^\W\d_]\.?(?:-[^\W\d_]\.?)*$")


def _id_name(author: str) -> str:
    """The word an entry's id is made from: its first author's surname ("Smith, J." → Smith,
    "M. R. Allen, D. J. Frame" → Allen), or "ref" when the entry names none."""
    words = [w for w in re.split(r"[\s,]+", author.strip("‘“\"'")) if w]
    if not words:
        return "ref"
    if _INITIAL.match(words[0]):
        return next((w for w in words if not _INITIAL.match(w)), words[0]).strip(".") or "ref"
    return words[0].split(".")[0] or "ref"


def _printed_year(text: str) -> str:
    """The year an entry prints, not the day it was read on the web; "n.d." for none."""
    year = _YEAR.search(text)
    if year is None or not year["year"] or _ACCESSED.search(text, 0, year.start()):
        return "n.d."
    return year["year"]


def _reference_list(section, seen: set[str]) -> ReferenceList | None:
    """The section's content as a list of references, or None when any of it is not one."""
    # a bulleted or numbered list under the heading is the list of references the rule
    # looks for ("1. Smith J …": entry 1, which the text cites as "[1]")
    paragraphs = [q for p in section.content for q in (
        [Paragraph(item.block) for item in p.items] if isinstance(p, ListBlock) else [p])]
    if not paragraphs or not all(isinstance(p, Paragraph) for p in paragraphs):
        return None
    blocks = [line for p in paragraphs for line in _entry_lines(p.block)]
    # a numbered list keeps an entry of a shape the rule does not read (cited by its
    # number all the same); an unnumbered one is a list of references only if each is one
    numbered = all(entry_number(b.text) for b in blocks)
    entries, previous = [], None
    for block in blocks:
        found = entry(block.text, previous)
        if numbered and (web := web_entry(block.text)) and (found is None or found[1] == "n.d." and web[0]):
            found = web  # (not "Using and binding relative names (Almann T" for its author)
        if found is None and previous and (first_year := _YEAR_FIRST.match(block.text)):
            found = (previous, first_year["year"])  # "1904a. Distribution …" under "Cooke, W. W."
        if found is None and numbered:
            # an entry the rule does not read that still prints a year ("21 U.S. Code § 801 … In:
            # @LIICornell; 2018"): a reference all the same, dated; one with none is unread
            found = ("", _printed_year(block.text))
        if found is None:
            break
        entries.append(found)
        previous = found[0]
    # (entries labelled "[FISMA] …" under a references heading are what they say, read or not)
    labelled = all(_NUMBER.match(b.text)["l"] for b in blocks) if numbered else False
    unread = sum(1 for e in entries if e == ("", "n.d.")) if numbered and not labelled else 0
    if len(entries) < len(blocks) or unread > len(blocks) * MAX_UNREAD:
        return None
    items = []
    for block, (author, year) in zip(blocks, entries):
        first = _id_name(author)
        number = entry_number(block.text)
        # an entry cited by its label whose author the rule does not read is named by the
        # label: "[OMB A-130] Office of …, July 2016." → ref-omb-a-130
        unread = first == "ref" and number and not number.isdigit()
        base = "ref-" + slugify(number if unread else f"{first} {year}", fallback="ref")
        id_, n = base, 1
        while id_ in seen:
            n += 1
            id_ = f"{base}-{n}"
        seen.add(id_)
        items.append(Reference(block, id_, author, year, number))
    return ReferenceList(items)


# ---------------------------------------------------------------- an entry's parts
PART_RANK = 21  # as a citation's parts (edition.markup.citations)
_PAIRS = {"“": "”", "‘": "’", '"': '"'}
_CONTAINER = re.compile(r"[\s.,:]*(?:[Ii]n:?\s+)?(?P<title>[A-Z][^,.()\d:;]*[^,.()\d:;\s])")
_VOLUME = re.compile(r"\s*,?\s*(?:vol\.\s*)?\d")
# an unquoted title after the year: "2015. Title of the article. Journal 4:1–9."
_AFTER_YEAR = re.compile(r"[a-z]?\)?[.,:]?\s+(?P<title>[^\s.][^.?!]*[.?!]?)")


def _quoted(text: str, start: int) -> tuple[int, int] | None:
    """The first quoted stretch at or after ``start``, marks included."""
    for m in re.finditer(r"[“‘\"]", text[start:]):
        at = start + m.start()
        if text[at] == "‘" and at > 0 and text[at - 1].isalpha():
            continue
        close = text.find(_PAIRS[text[at]], at + 1)
        while close != -1 and text[at] == "‘" and close + 1 < len(text) and text[close + 1].isalpha():
            close = text.find("’", close + 1)  # an apostrophe inside: "Godwin’s"
        if close != -1:
            return at, close + 1
        return None
    return None


def entry_spans(text: str) -> list[Span]:
    """The parts of one reference-list entry as spans over its text: ``author``, ``date``, the
    article's title in quotation marks (``title level="a"``, marks included) and the journal or
    book it sits in (``level="j"`` before a volume number, else ``"m"``); an unquoted title
    after the year is the work's own (``"a"`` when a journal follows it, else ``"m"``)."""
    spans: list[Span] = []
    found = entry(text, "")
    lead = _lead(text)

    def add(start: int, end: int, tag: str, **attrib: str) -> None:
        if end > start and not any(s.start < end and start < s.end for s in spans):
            spans.append(Span(start, end, tag, attrib, rank=PART_RANK, rule="reference-list"))

    if entry_number(text) and (web := _WEB_ENTRY.match(text[lead:])) and (found is None or found[1] == "n.d." and (
            web["author"] and _NAME_IN_BRACKETS.match(web["author"]))):
        # "[2] Extended Function syntax (Just van Rossum) https://…": title, author, address
        add(lead + web.start("title"), lead + web.end("title"), "title", level="m")
        if web["author"] and _NAME_IN_BRACKETS.match(web["author"]):
            add(lead + web.start("author"), lead + web.end("author"), "author")
        add(lead + web.start("url"), lead + web.end("url"), "ref", target=web["url"])
        return sorted(spans, key=lambda s: s.start)
    if found is None:
        return spans
    author, _ = found

    if (first := _title_first(text[lead:])) is not None:  # the title, then its authors
        add(lead + first.start("title"), lead + first.end("title"), "title", level="m")
        add(lead + first.start("authors"), lead + first.end("authors"), "author")
        add(lead + first.start("year"), lead + first.end("year"), "date", when=first["year"][:4])
        return sorted(spans, key=lambda s: s.start)
    if author and not _SAME_AUTHOR.match(text, lead):
        add(lead, lead + len(author), "author")
    if (semicolon := _SEMICOLON_AUTHORS.match(text[lead:])) and not _SAME_AUTHOR.match(text, lead) and (
            year_after := _SEMICOLON_YEAR.search(text, lead + semicolon.end())):
        _semicolon_spans(text, lead + semicolon.end(), year_after, add)
        return sorted(spans, key=lambda s: s.start)
    vancouver = _vancouver(text[lead:]) if not _SAME_AUTHOR.match(text, lead) else None
    if vancouver is not None:
        _vancouver_spans(text, lead, *vancouver, add)
        return sorted(spans, key=lambda s: s.start)
    year = _YEAR.search(text, lead + len(author))
    if year is not None and year.group("year"):
        add(year.start(), year.end(), "date", when=year.group("year")[:4])
    quoted = _quoted(text, lead + len(author))
    if quoted is not None:
        end = quoted[1]
        if text[end:end + 1] == ":":  # “What’s too much?”: The process of … — one title
            stop = re.compile(r"[.?!](?:\s|$)").search(text, end)
            end = stop.start() + (text[stop.start()] != ".") if stop else end
        add(quoted[0], end, "title", level="a")
        container = _CONTAINER.match(text, end)
        if container is not None:
            end = container.end("title")
            level = "j" if _VOLUME.match(text, end) else "m"
            add(container.start("title"), end, "title", level=level)
    elif year is not None and year.group("year"):
        own = _AFTER_YEAR.match(text, year.end())
        if own is not None and not _URL.match(own.group("title")):
            title_end = own.end("title")
            title_text = own.group("title").rstrip(".")
            container = _CONTAINER.match(text, title_end)
            journal = container is not None and _VOLUME.match(text, container.end("title"))
            add(own.start("title"), own.start("title") + len(title_text), "title",
                level="a" if journal else "m")
            if journal:
                add(container.start("title"), container.end("title"), "title", level="j")
    return sorted(spans, key=lambda s: s.start)


# where an MDPI entry’s title ends: a stop after three letters or figures (not "Sp." in
# "Enterobacter Sp. PR14"), after a question mark ("Vegetation?."), or a semicolon (a book's,
# its publisher after it)
_SEMICOLON_TITLE_END = re.compile(r"(?:(?<=[^\W_]{3})|(?<=[?!)]))\.(?=\s)|[?!](?=\s)|;(?=\s)")
_IN_BOOK = re.compile(r"\s*In\s+(?P<title>[^;.]+?);")


def _semicolon_spans(text: str, start: int, year: re.Match, add) -> None:
    """Date, title and container of an MDPI/ACS entry: ``Title. Journal Abbrev. 2002, 13, 1–9.``
    (an article in a journal), ``Title. In Book; Editor, Ed.; Publisher: Place, 2000; pp. 3–30.``
    (a chapter in a book), ``Title; Publisher: Place, 2010.`` (a book)."""
    add(year.start(), year.end(), "date", when=year.group("year")[:4])
    start += len(text[start:]) - len(text[start:].lstrip())
    stop = _SEMICOLON_TITLE_END.search(text, start, year.start())
    if stop is None:
        return
    end = stop.start() + (text[stop.start()] in "?!")
    if (book := _IN_BOOK.match(text, stop.end())) is not None:
        add(start, end, "title", level="a")
        add(book.start("title"), book.end("title"), "title", level="m")
        return
    journal = text[stop.end():year.start()].strip()
    if text[stop.start()] == ";" or not journal or len(journal) > 80 or ";" in journal:
        add(start, end, "title", level="m")
        return
    add(start, end, "title", level="a")
    at = text.index(journal, stop.end())
    add(at, at + len(journal.rstrip(".")) + (journal.endswith(".") and _abbreviated(journal)), "title", level="j")


def _abbreviated(journal: str) -> bool:
    """Whether a journal's name ends in an abbreviation whose stop is part of it ("Biotechnol.")."""
    last = journal.rstrip(".").rsplit(None, 1)[-1]
    return not last.isupper() and len(last) <= 12 and journal.endswith(".")


def _vancouver_spans(text: str, lead: int, authors: re.Match, year: re.Match | None, add) -> None:
    """Date, title and container of a Vancouver-style entry: ``Title. Journal. 2015;55:3–24.``
    (a volume after the year: the title is an article's, the container a journal) or ``Title.
    Publisher. 2015.`` (a book's)."""
    if year is not None:
        add(lead + year.start(), lead + year.end(), "date", when=year.group("year")[:4])
    start = lead + authors.end()
    stop = re.compile(r"\.(?=\s)").search(text, start)  # "Sweden? A surname analysis" runs on
    if stop is None or (year is not None and stop.start() > lead + year.start()):
        return
    end = stop.start()
    journal = year is not None and re.match(r"[a-z]?(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s*\d",
                                            text[lead + year.end():]) is not None
    # "Princeton University Press. 2015;49.": a book's publisher, whatever follows the year
    journal = journal and not _PUBLISHER.search(text, stop.end(), lead + year.start())
    add(start, end, "title", level="a" if journal else "m")
    if journal:
        container = re.match(r"\s*(?P<title>[^.]+?)\.\s", text[stop.end():])
        if container is not None and stop.end() + container.end("title") <= lead + year.start():
            at = stop.end() + container.start("title")
            add(at, at + len(container.group("title")), "title", level="j")
