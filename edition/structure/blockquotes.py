# SPDX-License-Identifier: MIT
"""Rule "indented-block-quotations": paragraphs set off by indentation are block quotations,
quotation marks or not, when the layout shows the indentation means it:

- after a lead-in that ends with a colon (``as follows:``, ``writes:-``), a paragraph indented
  by ``MIN_INDENT`` or more, and each following paragraph indented the same way;
- after a lead-in sentence that ends with a colon and names an act of writing or saying
  (``Al Yousif adds:``, ``Gorenberg notes how the speech has changed history:``), the next
  paragraph, flush left and with no quotation mark of its own: the way blogs and news sites
  set off an extract when the indentation was lost. Only that paragraph: where the author's
  voice resumes is not shown, and a passage cut short is better than the author quoted;
- in an article whose paragraphs are otherwise flush left, paragraphs indented by one and the
  same width (at least ``MIN_INDENT``; two or more of them), or a wrapped paragraph every line
  of which is indented: the shape of epigraphs, extracts and verse set off from the text.

Indentation of varying widths is noise, not layout: many texts indent paragraphs at random (the
seed does, with one to four U+00A0), and there only the lead-in's colon says a quotation follows.
"""

from __future__ import annotations

import re
from collections import Counter

from edition.markup.speech import SENTENCE_END, WRITINGS, has_verb
from edition.structure.attributions import over_its_source
from edition.structure.dates import is_letter_dateline
from edition.structure.headings import COMPLIMENTARY_CLOSE, FAR_RIGHT_ATTRIBUTION, table_rows
from edition.structure.model import ListBlock, Paragraph
from edition.structure.turns import SWORN_LABEL, TURN_LABEL

MIN_INDENT = 2
CUSTOM_WORDS = 12  # a date line, a close or a signature is short
PLACE_LINES = 3  # lines naming where, over the date line
CLOSE_WORDS = 4  # "Your affectionate", "Yours, yours,"
FAR_RIGHT_COLUMNS = 30  # where a letter's date line, close and signature stand
MAX_FAR_RIGHT_LINES = 3
MIN_FLUSH = 3  # flush-left paragraphs an article needs for its indented ones to stand out
_LEAD_IN = re.compile(r":(?:—|–|--?)?$")  # ":", ":—", ":--"
_COLON_DASH = re.compile(r":(?:—|--?)$")
_LIST_FOLLOWS = re.compile(r"\b(?:follows|following)[\s\u00a0]*:(?:—|--?)$", re.IGNORECASE)
# verbs that introduce an extract in reports of what others wrote, beyond those of speech.py
_INTRODUCES = re.compile(r"\b(?:wonders|wondered|muses|mused|blogs|blogged|observes|asks)\b",
                         re.IGNORECASE)
# "as follows:", "the following:" announce the author's own list or statement as often as
# another's words: they are no lead-in here
_BROKEN_OFF = re.compile(r"[^\W\d_](?:—|--)$")
# a lead-in with no stop at all, its verb last: "Chaucer has" / "    His swyn his hors …"
_RUNS_INTO = re.compile(r"\b(?:has|have|had|says|said|writes|wrote|sings|sang|puts it|tells us|asks|cries)$")
_THAT_LEAD_IN = re.compile(r"[^\W\d_][ \u00a0]+that$")
_ANNOUNCES = re.compile(r"\b(?:follows|following|reads?)\b", re.IGNORECASE)
# (but a writing that "follows" is the writing: the announcement, the letter, the telegram)
_WRITING_FOLLOWS = re.compile(rf"\b{WRITINGS}s?\b[^:]{{0,80}}?\b(?:follows|reads)[\s\u00a0]*:[\s\u00a0—–-]*$",
                              re.IGNORECASE)
# "offered the following amendment:", "the following resolution, which was … agreed to:", "He read
# the following extract from a letter …:", "It read as follows:": a document's words follow
_FOLLOWING_WRITING = re.compile(rf"\bthe[\s\u00a0]+following[\s\u00a0]+(?:{WRITINGS}|amendment|bill|extract|"
                                r"substitute|clause|motion|petition|act|words|lines)s?\b", re.IGNORECASE)
_READ_AS_FOLLOWS = re.compile(r"\b(?:reads?|ran|runs)[\s\u00a0]+as[\s\u00a0]+follows[\s\u00a0]*:[\s\u00a0—–-]*$",
                              re.IGNORECASE)
_QUOTATIONS_GIVEN = re.compile(r"\b(?:quotations|extracts|passages)\b[^:.]{0,60}:[\s\u00a0—–-]*$", re.IGNORECASE)
OPENING_MARK = re.compile(r"^[\s\u00a0]*[‘“\"'`«„]")  # a paragraph opening with a quotation mark
LEAD_IN_WORDS = 40  # a longer lead-in sentence is the author's own argument, not an introduction


_PICTURE = re.compile(r"^\[(?:Illustration|Sidenote|Picture|Image|Figure)\b", re.IGNORECASE)


def _introduces_extract(previous: Paragraph, node: Paragraph) -> bool:
    """A flush paragraph after a one-sentence lead-in with a colon and a verb of writing."""
    text = previous.block.text.strip()
    if OPENING_MARK.match(node.block.text) or re.match(TURN_LABEL, node.block.text) \
            or SWORN_LABEL.match(node.block.text):
        return False  # (nor a trial's turn: "continued:--" / "_Mr. Choate._ “Everything …”";
        # "the following witnesses were called …:--" / "ISMAEL FISHER, examined by …: I am …")
    if _THAT_LEAD_IN.search(text) and node.block.text[:1].islower():
        # "Following this he very logically argues that" / "if government, …": the lead-in's
        # sentence goes on in the extract, set off where the layout is lost
        return has_verb(SENTENCE_END.split(text)[-1]) or bool(_INTRODUCES.search(text))
    if not _LEAD_IN.search(text):
        return False
    if _AS_FOLLOWS.search(text) and _ADDRESS_OPENS.match(node.block.text):
        return False  # "The Senator spoke as follows:" / "Mr. President and Gentlemen--I feel …":
        # the address the record is made of, not an extract in it
    if _OWN_WORDS_FOLLOW.search(text) or _OWN_SIGHT_FOLLOWS.search(text):
        return False  # "let us truthfully say:": the author's own words follow, no extract
        # ("and this is what we saw:—": the narrator's own account of it)
    sentence = SENTENCE_END.split(text)[-1]
    if len(sentence.split()) > LEAD_IN_WORDS:
        return False
    if _COLON_DASH.search(text) and not _LIST_FOLLOWS.search(text):
        # ":—", the old printer's sign that an extract follows ("the following notice of a new
        # pamphlet:—"), whatever the verb; not "These five arts are the following:—", a list
        return True
    if _WRITING_FOLLOWS.search(sentence) or _QUOTATIONS_GIVEN.search(text) or _FOLLOWING_WRITING.search(sentence) \
            or _READ_AS_FOLLOWS.search(sentence):
        return True  # "… announcement of the German memorandum follows:", "… a number of
        # quotations which he gives as follows:—"
    sentence = _ANNOUNCES.sub("", sentence)
    return has_verb(sentence) or bool(_INTRODUCES.search(sentence))


# the author announcing his own words: "let us truthfully say:", "we answer:", "I would add:"
_OWN_WORDS_FOLLOW = re.compile(r"\b(?:(?i:let)[ \u00a0]+(?:us|me)|I|we|We)[ \u00a0]+(?:(?:would|must|will|may|can|shall)[ \u00a0]+)?"
                               r"(?:\w+ly[ \u00a0]+)?(?:say|add|answer|reply|repeat|observe|remark|submit)"
                               r"[ \u00a0]*:(?:—|–|--?)?$")
_OWN_SIGHT_FOLLOWS = re.compile(r"\b(?:I|we|We)[ \u00a0]+(?:\w+ly[ \u00a0]+)?(?:saw|found|beheld|noticed|see|find)"
                                r"[ \u00a0]*:(?:—|–|--?)?$")
_AS_FOLLOWS = re.compile(r"\bas[ \u00a0]+follows[ \u00a0]*:", re.IGNORECASE)
# an orator's opening address: "Mr. President and Gentlemen of the Club--", "Fellow-Citizens--"
_ADDRESS_OPENS = re.compile(r"^[ \u00a0]*[_*]?(?:(?:Mr\.|Madam)[ \u00a0]+(?:President|Chairman|Speaker|Mayor)|"
                            r"(?:Ladies[ \u00a0]+and[ \u00a0]+)?Gentlemen|(?:My[ \u00a0]+)?Fellow[- ]?(?:citizens|countrymen|"
                            r"townsmen)|(?:My[ \u00a0]+)?(?:Friends|Countrymen))\b[^.!?\n]{0,80}?[_*]?(?:,|:|—|--)",
                            re.IGNORECASE)
_NOTE_MARKER = re.compile(r"^\[\d{1,3}\][ \u00a0]")
_SIGNATURE = re.compile(r"^(?:[\w’'.,]+[ \u00a0]+){0,3}[A-Z][A-Z.’' -]+\.?$")  # "Your affectionate PORTIA."


MAX_SIGNED_LINES = 10  # a close and the signatures under it
_ON_BEHALF = re.compile(r"^(?:In|On)[ \u00a0]+behalf[ \u00a0]+of[ \u00a0]+[^.!?]{3,80}[,.]?$", re.IGNORECASE)


def _set_apart_by_custom(paragraph: Paragraph, after: Paragraph | None, before: Paragraph | None = None) -> bool:
    """A line indented because custom sets it so, not because it quotes: a letter's date line
    (``Portsmouth (N. H.), 15 December, 1777.``), its close and signature (``Yours.``,
    ``Your affectionate PORTIA.``), a footnote kept under its paragraph (``[2] Seneca, …``)."""
    text = paragraph.block.text.strip()
    if _NOTE_MARKER.match(text):
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if 2 <= len(lines) <= MAX_SIGNED_LINES and COMPLIMENTARY_CLOSE.match(lines[0]) and all(
            _SIGNATURE.match(line.rstrip(",")) or _ON_BEHALF.match(line) for line in lines[1:]):
        return True  # a close over its signatures, a line each ("With much respect," / "PHILO
        # PRATT," / "WALTER WEBB," / "In behalf of the Meriden Anti-Slavery Society,")
    if len(text.split()) > CUSTOM_WORDS:
        return False
    if paragraph.block.indent_width >= FAR_RIGHT_COLUMNS and (
            paragraph.block.lines <= MAX_FAR_RIGHT_LINES
            # (the place a line a part over the day: "54 Manchester Road," / "Bolton." / "England" /
            # "Nov 18th 1891")
            or paragraph.block.lines <= PLACE_LINES + 1 and is_letter_dateline(text.split("\n")[-1].strip())) \
            and not OPENING_MARK.match(text) and all(line[:1] in " \t\u00a0" for line in text.split("\n")[1:]) \
            and not any(near is not None and MIN_INDENT <= near.block.indent_width < FAR_RIGHT_COLUMNS
                        for near in (before, after)):
        # (not inside an extract, its text set in under the line: a deed's "Robert King." /
        # "    Signed, sealed, and delivered …", the deed's own)
        return True  # set far to the right, a line or two: a letter's place and day ("Wendesesday
        # morning, Bardwell House, Rutland" / "July 24 [1855]"), its close and its name ("Good bye
        # Mother and all the rest" … "Han"), as a hand sets them, no extract
    if not paragraph.block.single_line:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) <= PLACE_LINES + 1 and is_letter_dateline(lines[-1]) and all(
                line.endswith(",") for line in lines[:-1]):
            return True  # where and when, a line each: "HOUSE OF REPRESENTATIVES," /
            # "COMMITTEE ON EDUCATION," / "Tuesday, March 17, 1914", a sitting's caption
        # a close over its signature, set far to the right ("Yours very affectionately," /
        # "JANE.")
        # ("I am, however," / "my dear Eliza, thine": the letter's last sentence set as its close)
        return paragraph.block.lines <= 3 and bool(COMPLIMENTARY_CLOSE.match(text) or _CLOSE_OPENS.match(text))
    if is_letter_dateline(text):
        return True
    # a close over the signature in a block of its own ("Yours, yours," / "JOHN ADAMS.")
    if (COMPLIMENTARY_CLOSE.match(text) and len(text.split()) <= CLOSE_WORDS and after is not None
            and _SIGNATURE.match(after.block.text.strip())):
        return True
    # a close or a signature ends the indented lines ("PRINCE HENRY." over his verse speaks)
    ends = after is None or after.block.indent_width != paragraph.block.indent_width
    return ends and bool(COMPLIMENTARY_CLOSE.match(text) or _SIGNATURE.match(text))


# a figure after dot leaders: "Baptisms.....226", a table's or a list of contents' line
_LEADERS = re.compile(r"(?:(?<!\.)\.{3,}|(?<!…)…+)[ \u00a0]*[\dIVXLC]{1,6}\.?$")
# a book's dedication set in capitals: "TO ALL INHABITANTS, / AND ESPECIALLY TO THE / …"
_DEDICATION = re.compile(r"^TO[ \u00a0]+[A-Z]")


# a sum opening a line: "£100 a-year to Richard …", "100 marks to John …", "$50 to the fund"
_SUM = re.compile(r"^[ \u00a0]*(?:[£$€][ \u00a0]?\d|\d[\d,.]*[ \u00a0]+(?:marks|pounds|dollars|shillings|guineas|crowns)\b)")
MIN_SCHEDULE = 3


def _schedules(sections) -> set[int]:
    """The paragraphs of a schedule: three or more lines in a row, each opening with a sum (a
    grant's payments, a fund's gifts), a list set in, no extract; and the author's numbered list
    set in under the sentence that names it ("The following list indicates the variety of
    records …:--" / "     1-3. The story of how …" / "     4. A collection of …")."""
    found: set[int] = set()
    for section in sections:
        run: list = []
        for node in [*section.content, None]:
            if isinstance(node, Paragraph) and node.block.single_line and _SUM.match(node.block.text):
                run.append(node)
                continue
            if len(run) >= MIN_SCHEDULE:
                found.update(id(n) for n in run)
            run = []
        content = section.content
        for k, node in enumerate(content[:-1]):
            if not (isinstance(node, Paragraph) and _LIST_NAMED.search(node.block.text)):
                continue
            numbered, last = [], 0
            for nxt in content[k + 1:]:
                m = _RECORD_NUMBER.match(nxt.block.text) if isinstance(nxt, Paragraph) \
                    and nxt.block.indent_width > node.block.indent_width else None
                if m is None or int(m["first"]) <= last:
                    break
                numbered.append(nxt)
                last = int(m["last"] or m["first"])
            if len(numbered) >= MIN_SCHEDULE:
                found.update(id(n) for n in numbered)
    return found


# a sentence naming the list under it, closed by its colon ("The following list indicates …:--")
_LIST_NAMED = re.compile(r"\b(?:list|table|schedule|catalogue|inventory)\b[^.!?]*:(?:—|--?)?$", re.IGNORECASE)
# an item's number, or numbers ("1-3.", "6, 7.", "12."), opening it
_RECORD_NUMBER = re.compile(r"^(?P<first>\d{1,3})(?:(?:[-–]|,[ \u00a0]*)(?P<last>\d{1,3}))?\.[ \u00a0]+(?=\S)")


_COLUMNS = re.compile(r"\S[ \u00a0]{3,}\S")  # columns set apart by spaces
# a chapter's synopsis under its title: three or more topics, each opening with a capital, run
# on with dashes ("Hungry for Knowledge--Borrowing Books--Paternal Opposition--…"), in italics or not
_SYNOPSIS = re.compile(r"^_?[A-Z][^.!?—]{0,80}?(?:(?:--|—)[ \u00a0]?[A-Z][^!?—]{0,80}?){2,}[.]?_?[.]?$")
# a chapter's synopsis whose topics may be quoted catchwords too ("Death of Lieutenant
# Egerton--"My cricketing days are over"--Under the enemy's guns--…"): the topics, a few words
# each opening with a capital or a quotation mark, more than MIN_TOPICS of them
_TOPIC_DASH = re.compile(r"(?<=\S)(?:--|—)(?=\S)")
MIN_TOPICS = 4
MAX_TOPIC_WORDS = 10


def topics_run_on(text: str) -> bool:
    """``text`` is a chapter's synopsis, its topics run on with dashes (as ``_SYNOPSIS``, a topic
    a quoted catchword as well: "The exodus of the townsfolk--Communications threatened--…--"My
    cricketing days are over"--…")."""
    topics = [t.strip() for t in _TOPIC_DASH.split(text)]
    return len(topics) > MIN_TOPICS and all(t[:1].isupper() or t[:1] in "\"“‘" for t in topics) \
        and all(len(t.split()) <= MAX_TOPIC_WORDS for t in topics)


_GAP = re.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")
_ROW_FIGURE_FIRST = re.compile(r"\d[\d,]*[ \u00a0]{3,}\S")  # (not "1.   The story": a list's number)
MIN_TABLE_ROWS = 3


def table_or_dedication(paragraph: Paragraph) -> bool:
    """Indented lines that are no extract: a table's rows with dot leaders
    (``Baptisms.....226`` / ``Marriages....220``), a dedication in capitals over several lines."""
    lines = [line.strip() for line in paragraph.block.text.splitlines() if line.strip()]
    if lines and all(_LEADERS.search(line) for line in lines):
        return True
    if table_rows(paragraph.block) and sum(bool(_COLUMNS.search(line)) for line in lines) * 3 >= len(lines) * 2:
        return True  # an account's columns: "Madeley        17      02       04"
    if _SYNOPSIS.match(" ".join(lines)):
        return True  # a chapter's contents run on with dashes: "Hungry for Knowledge--Borrowing Books--…"
    if len(lines) >= MIN_TABLE_ROWS and all(len(_GAP.findall(line)) >= 2 for line in lines):
        return True  # three columns or more on every line: "good name     good alternative     avoid"
    if len(lines) >= MIN_TABLE_ROWS and sum(bool(_ROW_FIGURE_FIRST.match(line)) for line in lines) * 3 >= len(lines) * 2:
        return True  # a figure in a column of its own opening each row: "1   No. 94 Dillwyn street, N. L.      1"
    if len(lines) >= MIN_TABLE_ROWS and _aligned_columns(paragraph.block.text):
        return True  # two columns aligned: "THE DUKE OF WELLINGTON  Secretary for Foreign Affairs" /
        # "SIR JAMES GRAHAM        Secretary for the Home Department"
    if len(lines) >= MIN_ROLL and all(_ROLL_NAME.match(line) for line in lines):
        return True  # a roll of names: the witnesses called, a jury ("Andrew Whelen, Foreman.")
    if program_code(lines):
        return True  # a program's lines set in: "def make_scoreboard(frame, score=0):"
    letters = [c for c in paragraph.block.text if c.isalpha()]
    return (len(lines) >= 3 and _DEDICATION.match(lines[0]) is not None
            and all(c.isupper() for c in letters))


_SECOND_COLUMN = re.compile(r"\S[ \u00a0]{2,}(?=\S)")


def _aligned_columns(text: str) -> bool:
    """Every line in two columns or more, the second starting at one column on every line: a
    table set in (a list of names and their offices), not verse."""
    starts = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _SECOND_COLUMN.search(line)
        if m is None:
            return False
        starts.add(m.end() - (len(line) - len(line.lstrip(" \u00a0"))))  # (from the line's own start:
        # a block's first line comes without its indentation)
    return len(starts) == 1


# a line of a program: a keyword opening a statement, an assignment, a call glued to its name,
# braces, a grammar's rule, a comment after code ("return n * factorial(n - 1)  # fails")
_CODE_LINE = re.compile(r"^(?:def|class|import|from|return|print|pass|for|while|if|elif|else|try|except|"
                        r"global|nonlocal|lambda|var|let|const|function)\b(?![ \u00a0]+(?:the|a|an)\b)"
                        r"|[\w\])][ \u00a0]*(?:=|\+=|-=|==|!=|::=)[ \u00a0]*\S|(?<!\w)[A-Za-z_]\w*\([^()]*\)[:;]?$"
                        # ("(?<!\w)": a name's first letter only, not every letter of a long word)
                        r"|[{}]|[ \u00a0]#[ \u00a0]|^#[ \u00a0]"
                        # a grammar's rule ("nonlocal_stmt ::=", '("," identifier)*'), a file's name
                        r"|::=|\)[*+?](?:[ \u00a0]|$)|^[\w./-]+\.(?:py|js|ts|c|h|cc|cpp|java|rb|go|rs|sh|pl|json|toml|ya?ml|xml|html?|css)$")
CODE_SHARE = 0.6  # of a block's lines


def program_code(lines: list[str]) -> bool:
    """Lines set in that are a program's, not an extract: most of them code (``def f(n):``,
    ``x = 3``, ``nonlocal x, y``), no sentence closing a line."""
    code = sum(bool(_CODE_LINE.search(line)) for line in lines)
    return bool(lines) and code >= CODE_SHARE * len(lines) and not any(
        re.search(r"[a-z]{2}[.!?][’”\"']?$", line) for line in lines)


MIN_ROLL = 3
# a name a line, capitalised words (initials too), a role after a comma: "Timothy Pickering,",
# "Andrew Whelen, Foreman.", "Mr. John Hart."
_ROLL_NAME = re.compile(r"^(?:(?:Mr|Mrs|Dr|Col|Capt|Gen|Rev)\.[ \u00a0]+)?[A-Z][\w’'-]*\.?(?:[ \u00a0]+[A-Z][\w’'-]*\.?){1,3}"
                        r"(?:,[ \u00a0]+[A-Z][a-z]+)?[.,;]?$")


# a study's own hypothesis or research question, set off by its label: "H1: Democratic candidates
# are …", "RQ2: Are there …", "Hypothesis 3a. …" — the author's statement, not an extract
_HYPOTHESIS = re.compile(r"^(?:H|RQ|Hypothesis|Research[ \u00a0]+question|Proposition)[ \u00a0]?\d{1,2}[a-z]?"
                         r"[ \u00a0]*[:.)][ \u00a0]", re.IGNORECASE)


# a paragraph under a run-in head in italics, a description's part: "_Type._--Adult female, …",
# "_Specimens examined._--Total 49, …" — the author's own, set in as the description is
_RUN_IN_HEAD = re.compile(r"^_[A-Z][a-z]+(?:[ \u00a0][a-z]+){0,3}\._[ \u00a0]*(?:--|—)")


# a reporter's or an editor's words in square brackets, a paragraph of their own: "[Here Brigadier
# General Taylor read the indictment in full.]", "[At this point the defendants … arose.]"
# a memorandum's header field, its value at a column its next lines keep ("FROM:     Tony
# Scott" / "          United States Chief Information Officer")
MEMO_FIELD = re.compile(r"^(?:FROM|TO|CC|BCC|SUBJECT|DATE|RE|THROUGH|THRU|ATTN):[ \u00a0]+(?=\S)")
_BRACKETED_WHOLE = re.compile(r"^\[[^\[\]]+\][.,;]?$")


def _letter_opens(paragraph: Paragraph) -> bool:
    """The block is a letter's date line (``Washington, April 6,1861.``)."""
    line = re.sub(r",(?=\d{4}\b)", ", ", paragraph.block.text.strip())  # "April 6,1861.": no space
    return len(line.split()) <= CUSTOM_WORDS and is_letter_dateline(line)


def _next_paragraph(content: list, k: int) -> Paragraph | None:
    nxt = content[k + 1] if k + 1 < len(content) else None
    return nxt if isinstance(nxt, Paragraph) else None


# a place and its full date closing a line ("French Embassy, Albert Gate, / December 1, 1883."), a
# letter's close inside a line ("I am, dear Sir, Yours ever by inclination,"), a run of headings'
# words each capitalised ("Election of Mayor Kalbfleisch. The Call for Troops."): no extract
_DATE_LAST = re.compile(r",[ \u00a0]+[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+\d{4}\.?$")
_FIGURES_LAST = re.compile(r"\S[ \u00a0]{3,}\d+(?:[ \u00a0]+\d+)*$")  # an account's row: "Lodging    0  1  6"
# whom a letter went to, under its signature, as official letters print it: "To the honorable
# WOODROW WILSON,", "To Mr. John Hay,"
_ADDRESSEE_UNDER = re.compile(r"^To[ \u00a0]+(?:the[ \u00a0]+)?(?:[Hh]onou?rable|[Hh]on\.|Mr\.|Mrs\.|Dr\.|[A-Z]{2,})")
_CLOSE_OPENS = re.compile(r"^(?:I[ \u00a0]+(?:am|remain|rest)|Believe[ \u00a0]+me),")
_CLOSE_IN_LINE = re.compile(r"\bYours\b|\bobedient[ \u00a0]+servant\b", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as but nor".split())
TITLE_CASED = 0.8  # of the words that title case capitalises
EXTRACT_LINE_WORDS = 12  # a line set in as an extract: a short sentence (a motto, a line of verse), not a paragraph


def _set_off_extract(paragraph: Paragraph, after: Paragraph | None) -> bool:
    """Lines set in that read as an extract, verse or prose: wholly set in, or one short sentence;
    not a letter's date line or close, a signature or a heading in capitals (or a name alone set
    far right: "Walt."), a starred note, an account's rows, a title-cased line alone (``after``:
    the paragraph after it)."""
    if "\u00a0" in paragraph.block.indent:
        return False  # no-break spaces set in at random, as a web page's copy has them: noise
    text = paragraph.block.text.strip()
    first = text.split("\n", 1)[0]
    letters = [c for c in text if c.isalpha()]
    lines = [line.strip() for line in text.splitlines()]
    words = re.findall(r"[^\W\d_][\w’'\-]*", text)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    one_sentence = len(words) <= EXTRACT_LINE_WORDS and re.search(r"[.!?][’”\"']?$", text) is not None \
        and not re.search(r"[.!?][’”\"']?[ \u00a0]+[A-Z]", text)
    return (_wholly_indented(paragraph) or one_sentence) \
        and not is_letter_dateline(first) and not (len(lines) <= 3 and _DATE_LAST.search(" ".join(lines))) \
        and not all(_FIGURES_LAST.search(line) for line in lines) \
        and not any(COMPLIMENTARY_CLOSE.match(line) or _CLOSE_IN_LINE.search(line) for line in lines) \
        and text[:1] not in "*†‡[(" and sum(c.isupper() for c in letters) * 2 < len(letters) \
        and not (len(words) == 1 and paragraph.block.indent_width >= FAR_RIGHT_ATTRIBUTION) \
        and not (paragraph.block.single_line and len(content) >= 4
                 and sum(w[0].isupper() for w in content) >= TITLE_CASED * len(content)
                 # (a title over the document set in under it is the extract's: "Proclamation
                 # to the Peoples …" / "The Workers' and Peasants' Government …")
                 and not (after is not None and after.block.indent_width == paragraph.block.indent_width))


CENTRED_SLACK = 3  # columns a centred line's middle may stray from another's
CENTRED_SPREAD = 6  # columns by which centred lines' indents differ at the least


def _centred(block: Block) -> bool:
    """Three lines or more, each set in by a different amount about one middle column (``
    _A DIALOGUE_.  _Persons_: _Cyril and_`` / ``    _Vivian_.  _Scene_: …`` / ``      _house
    in Nottinghamshire_.``): centred display, as a print sets a title or a play's persons — no
    extract, whose lines share their margin."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    if len(lines) < 3:
        return False
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    indents[0] = block.indent_width
    middles = [i + len(line.strip()) / 2 for i, line in zip(indents, lines)]
    # (each line its own margin: verses share theirs, two lines at one indent)
    return len(set(indents)) == len(indents) and max(indents) - min(indents) >= CENTRED_SPREAD \
        and max(middles) - min(middles) <= CENTRED_SLACK


def _wholly_indented(paragraph: Paragraph, width: int = MIN_INDENT) -> bool:
    """A wrapped paragraph whose every line is indented (by ``width`` or more)."""
    block = paragraph.block
    if block.single_line or block.indent_width < width:
        return False
    return all(len(line) - len(line.lstrip(" \t\u00a0")) >= width
               for line in block.text.splitlines()[1:] if line.strip())


def _set_off_width(paragraphs: list[Paragraph]) -> int | None:
    """The one width by which this article sets paragraphs off, if its layout has one."""
    # short lines (a signature, an attribution, a centred line) say nothing of the layout
    widths = Counter(p.block.indent_width for p in paragraphs if len(p.block.text.split()) > 6)
    indented = {w: n for w, n in widths.items() if w >= MIN_INDENT}
    if widths[0] < MIN_FLUSH or len(indented) != 1 or any(0 < w < MIN_INDENT for w in widths):
        return None
    (width, count), = indented.items()
    return width if count >= 2 else None


def _over_its_source(content: list) -> set[int]:
    """Paragraphs set in, in a row, over a line set far to the right of them that names their
    source (``    1. The LORD is my shepherd …`` / ``    2. He maketh me …`` / ``
    A PSALM OF DAVID.``): an epigraph or an extract of verses, each of them quoted."""
    found: set[int] = set()
    for k, node in enumerate(content):
        if not (isinstance(node, Paragraph) and node.block.single_line and k):
            continue
        run = []
        for above in reversed(content[:k]):
            if not isinstance(above, Paragraph) or above.block.indent_width < MIN_INDENT:
                break
            run.append(above)
        run.reverse()
        if over_its_source([p.block for p in run], node.block) and not any(
                _set_apart_by_custom(p, run[n + 1] if n + 1 < len(run) else node, run[n - 1] if n else None)
                or p.block.text.rstrip().endswith(",")
                for n, p in enumerate(run)):
            # (not a letter's close over its signature: "Your affectionate father," / "JOHN GRAHAM.")
            found.update(id(p) for p in run)
    return found


# a bulleted item that is a term, one line with no stop of its own ("* patent snapback"), the
# paragraphs set in under it its text
_BULLETED_TERM = re.compile(r"^[*•\-–][ \u00a0]+[^\n]{1,100}(?<![.!?:;,])$")


def rule(state) -> None:
    paragraphs = [n for s in state.sections for n in s.content if isinstance(n, Paragraph)]
    width = _set_off_width(paragraphs)
    flush_wrapped = any(not p.block.single_line and p.block.indent_width == 0 for p in paragraphs)
    # a text whose own paragraphs are a line each, flush: lines set in among them are set off
    one_line = not flush_wrapped and sum(p.block.indent_width == 0 for p in paragraphs) >= MIN_FLUSH
    schedule = _schedules(state.sections)
    for section in state.sections:
        previous = None
        run_indent = None
        letter = None  # a letter quoted whole after a lead-in: "body" once its text has begun
        letter_indent = 0  # its date line's indentation
        described = None  # the indentation of a paragraph under a run-in head ("_Type._--…")
        caption = False  # inside Project Gutenberg's "[Illustration:" … "]": a picture's caption
        sourced = _over_its_source(section.content)
        signed = None  # the indentation of the signature that ended a letter quoted whole
        item_body = None  # under a bulleted item, the paragraphs set in: 0 at first, then their indentation
        for k, node in enumerate(section.content):
            if not isinstance(node, Paragraph):
                previous, run_indent, letter, described = None, None, None, None
                item_body = 0 if isinstance(node, ListBlock) and node.type == "unordered" \
                    and _BULLETED_TERM.match(node.items[-1].block.text) else None
                continue
            if item_body is not None and node.block.indent_width >= MIN_INDENT \
                    and item_body in (0, node.block.indent_width):
                # "* attribution" / "    Most open source licenses stipulate …": the item's
                # own paragraphs, set in under its bullet as a list's text is, no extract
                item_body = node.block.indent_width
                previous, run_indent = node, None
                continue
            item_body = 0 if node.block.indent_width == 0 and _BULLETED_TERM.match(node.block.text) else None
            if id(node) in sourced:
                node.block_quote = True
                previous, run_indent = node, None
                continue
            if _centred(node.block):
                # a title page's or a play's display lines, centred ("_A DIALOGUE_.  _Persons_: …"):
                # no extract
                previous, run_indent = None, None
                continue
            if caption or _PICTURE.match(node.block.text):
                # ("[Illustration:" / "  Postoffice, Atchison, Kansas" / "]": no extract)
                caption = not node.block.text.rstrip().endswith("]")
                previous, run_indent = None, None
                continue
            indent = node.block.indent_width
            if table_or_dedication(node) or id(node) in schedule or _HYPOTHESIS.match(node.block.text.lstrip()) \
                    or _RUN_IN_HEAD.match(node.block.text.lstrip()) or MEMO_FIELD.match(node.block.text) \
                    or described is not None and indent == described or (
                    _BRACKETED_WHOLE.match(node.block.text.strip())
                    and not (run_indent is not None and indent == run_indent)):
                # (but a bracketed line inside a run of extracts is the extract's: "[A copy
                # from the rolls.]" under a resolution quoted whole)
                # (the paragraphs set in under a run-in head, as deep, go on with its part:
                # "_Comparisons._--From _B. m. pullus_, …" / "From _B. m. grisescens_, …")
                described = indent if _RUN_IN_HEAD.match(node.block.text.lstrip()) else described
                if (field := MEMO_FIELD.match(node.block.text)) is not None:
                    described = field.end()  # "FROM:     Tony Scott" / "          Anne E. Rung": the field's
                    # value goes on at its column
                after = _next_paragraph(section.content, k)
                inside = run_indent if run_indent is not None else (
                    previous.block.indent_width if isinstance(previous, Paragraph) and previous.block_quote else None)
                if inside is not None and indent > inside and table_or_dedication(node) \
                        and after is not None and after.block.indent_width == inside:
                    # a table set in further inside the run, the run going on under it ("was—" /
                    # "Seconds." / "Along a straight line 90" / "The Commissioners …"): the extract's
                    node.block_quote = True
                    previous = node
                    continue
                previous, run_indent = node, None
                continue
            described = None
            if signed == indent and _ADDRESSEE_UNDER.match(node.block.text) and node.block.lines <= 2:
                # "     To the honorable WOODROW WILSON," / "     President of the United States."
                # under the signature: whom the letter went to, a line of its own like it
                signed, previous = None, node
                continue
            signed = None
            if letter is None and isinstance(previous, Paragraph) and not previous.block_quote \
                    and _LEAD_IN.search(previous.block.text) and _letter_opens(node) \
                    and node.block.single_line:
                # "I received the following dispatch:" / "Washington, April 6, 1861." / … (a
                # letter printed whole in one block is one paragraph: the other rules' to read)
                letter = "head"
                letter_indent = node.block.indent_width
            if letter is not None and letter_indent >= MIN_INDENT and indent < MIN_INDENT:
                letter = None  # a letter set in, as its date line is, ends at a flush paragraph
            if letter is not None:
                short = node.block.single_line and len(node.block.text.split()) <= CUSTOM_WORDS
                if letter == "body" and short and not COMPLIMENTARY_CLOSE.match(node.block.text.strip()):
                    letter = None  # the signature ends the letter ("M. Blair, Postmaster-General."),
                    previous = node  # a line of its own under it
                    signed = indent
                    continue
                node.block_quote = True
                if not short:
                    letter = "body"
                previous = node
                continue
            if run_indent is not None and indent == run_indent:
                node.block_quote = True
            elif ((indent >= MIN_INDENT or flush_wrapped and _wholly_indented(node, 1))
                  and isinstance(previous, Paragraph) and (_LEAD_IN.search(previous.block.text) or (
                      indent >= MIN_INDENT and (_BROKEN_OFF.search(previous.block.text)
                                                or _RUNS_INTO.search(previous.block.text.rstrip()))))):
                # (or after a sentence broken off by a dash at a word, its words set in under
                # it: "where Hesperus, grasping his dagger, exclaims—" / "    Who placed …")
                # (after the colon, a wrapped paragraph every line of which is set in by one
                # space, where the text's are flush: "Brewer, said:" / " Still, again, …")
                node.block_quote = True
                run_indent = indent
            elif (indent == 0 and isinstance(previous, Paragraph) and not previous.block_quote
                  and _introduces_extract(previous, node)):
                node.block_quote = True
                run_indent = None
            else:
                run_indent = None
                before = previous if isinstance(previous, Paragraph) else None
                if ((width is not None and indent == width) or (flush_wrapped and _wholly_indented(node))) \
                        and not _set_apart_by_custom(node, _next_paragraph(section.content, k), before):
                    node.block_quote = True
                elif one_line and indent >= MIN_INDENT and _set_off_extract(node, _next_paragraph(section.content, k)) \
                        and not _set_apart_by_custom(node, _next_paragraph(section.content, k), before):
                    # "    Vox et praeterea nihil." / "    A sound, and nothing else.": verse or
                    # an extract set in where the text's own paragraphs are a line each, flush
                    node.block_quote = True
                elif section.head is not None and len(section.content) == 1 and indent >= MIN_INDENT \
                        and node.block.single_line and not node.block.text.rstrip().endswith(":") \
                        and node.block.text.strip()[:1] not in "([" and not node.block.text.isupper() \
                        and not is_letter_dateline(node.block.text.strip()):
                    # all a heading holds, a line set in before the next one's label: its
                    # epigraph ("The individualist" / "        The Kingdom of God is within you" / "I"),
                    # not a title's date in brackets or its words in capitals, nor a letter's
                    # place and date under its caption
                    node.block_quote = True
            previous = node
