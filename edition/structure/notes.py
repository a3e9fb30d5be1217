# SPDX-License-Identifier: MIT
"""Rule "endnotes": the notes an article prints after its text become ``back/div type="notes"``.

Notes are a closing run of blocks that each open with a marker — ``[1]``, ``(1)``, ``1.``,
``1)``, ``1 `` (a bare number, the shape superscript numbers take when pasted), ``[311:1]``
(a page's first note, as Project Gutenberg numbers them), ``[K]`` or a symbol
``*``, ``†``, ``‡`` — either under a heading ("Notes", "Footnotes", "Endnotes", "References and
notes" …) or with the same markers in the text before them. Precision first:

- without a heading, the run counts on by one (``[6]``, ``[7]``, ``[8]`` in an excerpt) and
  every note's marker must stand in the text before it: ``[n]``/``(n)`` anywhere; a bare number
  or a symbol glued to a word or a stop (``word,1``, ``said."11``, ``hearts*``), in order. So a
  numbered list at the end of an article, whose numbers the text never uses, stays a list;
- ``[1]``/``(1)`` runs that start at 1 also count when the text carries ``[1]``/``(1)`` (the rule
  as it was before: the seed's shape);
- under a heading the numbers need only rise (``1``, ``14``, ``15`` in an excerpt), and a block
  without a marker continues the note before it (a note of several paragraphs, a quotation in a
  note); a short line without a closing stop there (another heading) ends the rule: no notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from edition.structure.dates import is_day_and_month
from edition.structure.model import ListBlock, Note, Notes, Paragraph, Separator, node_blocks
from edition.structure.references import HEADING as REFERENCES_HEADING
from edition.structure.references import entry
from edition.text.blocks import Block, cut_lines, line_blocks

_SPACE = r"[ \t\u00a0]"
_NUMBERED = re.compile(
    rf"^(?:\[(?P<b>\d{{1,4}}[a-d]?)\]|\{{(?P<e>\d{{1,4}}[a-d]?)\}}|\[(?P<g>\d{{1,4}}:\d{{1,3}})\]|\[(?P<l>[A-Z]|[a-z])\]|\[(?P<a>\*{{1,3}}|†{{1,2}}|‡{{1,2}})\]|\[(?P<n>FN(?:[-#]?\d{{1,4}})?|[A-Z]{{1,2}}\d{{1,2}}-\d{{1,4}})\]|\((?P<p>\d{{1,3}}|[a-z]|\*{{1,3}}|†{{1,2}}|‡{{1,2}})\)|(?P<d>\d{{1,3}})\.|(?P<r>\d{{1,3}})\)"
    rf"|(?P<s>\d{{1,3}})(?={_SPACE}+(?:[^\W_“‘\"'(\[]|\[[A-Z]|[“\"][^\W\d_]))|(?P<y>\*{{1,3}}|†{{1,2}}|‡{{1,2}}|§)"
    rf"|(?P<c>\d{{1,2}}\.\d{{1,3}})(?={_SPACE}+[^\W\d_])|(?P<u>[¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,3}})(?={_SPACE}))"
    r"(?=[\s\u00a0]|$|(?<=\])[A-Z]|(?<=\])_[^\W\d_])")  # (a bracketed number glued to its note's first word: "[1]Hague, Arnold, …",
# its italics too: "[1]_Scott, Virgil E. Characteristics …_")
# ("a": a symbol in brackets, "[*]", a report's starred footnote under its paragraph)
_STYLES = ("b", "e", "g", "l", "a", "n", "p", "d", "r", "s", "y", "c", "u")
# marker styles the text prints as the note prints them, wherever they stand: "[311:1]" (a
# page's first note), "[K]" and "[FN-1]", "[FN#1]", "[FN]" (older etexts' "footnote"), as
# Project Gutenberg marks them; "1.1" (a chapter's first note, as a book's chapter prints it), called "[1.1]"
AS_PRINTED = frozenset({"g", "l", "n", "c", "e"})


def printed_call(style: str, number: str) -> str:
    """How the text calls a note whose marker is printed as the text prints it: ``[311:1]``,
    or in braces as an etext keys its notes by page (``{12a}``, ``e``)."""
    return f"{{{number}}}" if style == "e" else f"[{number}]"


# a notes heading, an edition's own too ("Notes to the Text", "EDITOR'S NOTES.", "Notes on this
# chapter"), or a part's ("Notes - Section One", "Notes to Chapter III")
HEADING = re.compile(r"^(?:end\s*notes|notes?|footnotes?|notes and references|references and notes|"
                      r"sources and notes|notes and sources|(?:editor|translator)[’']?s[’']?\s+notes|"
                      r"notes\s+(?:to|on)\s+(?:the|this)\s+(?:text|chapter|letters?|edition)|"
                      r"notes\s*(?:[-–—:]\s*|\s(?:to|for|on)\s+(?:the\s+)?)(?:section|chapter|part|book|lecture)"
                      r"\s+[\w.]{1,12})[.:]?$", re.IGNORECASE)
# a number glued to the word or stop before it, as a pasted superscript: "word,1", "said.”11",
# "(Smith 2015).3"
# a plain figure's call glued to a stop or a closing mark, as a PDF's copy prints superscripts
# ("Framework,5", "(FITARA).8"); glued to a letter too (below), it may be a formula's ("CO2")
AFTER_STOP = r"(?:(?<=[^\W\d_][.,;:!?])|(?<=[”’\"')\]])|(?<=[”’\"')\]][.,;:!?]))"
_GLUED_BEFORE = rf"(?:(?<=[^\W\d_])|{AFTER_STOP})"
SUPERSCRIPT_FIGURES = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPTS = str.maketrans("0123456789", SUPERSCRIPT_FIGURES)
_FROM_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_FIGURES, "0123456789")


def _superscript(number: str) -> str:
    """The pattern of note ``number`` in superscript figures glued to the text before it, not
    part of a longer one (``writers¹``, ``2000.⁶⁷``)."""
    # (or set off by a space after a stop: "organizations. ²")
    return (rf"(?:(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=[.,;:!?)\]”’\"] )){number.translate(_SUPERSCRIPTS)}"
            r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_SYMBOL_IDS = {"*": "star", "**": "star2", "***": "star3", "†": "dagger", "††": "dagger2",
               "‡": "ddagger", "‡‡": "ddagger2", "§": "section"}


def note_id(number: str) -> str:
    """The ``xml:id`` of the note marked ``number``: ``note-1``, ``note-star`` for ``*``."""
    number, series, n = number.partition("-s")  # a second series: "*-s2" → note-star-s2
    # [311:1]: note-311-1; [FN#1]: note-FN-1
    return f"note-{_SYMBOL_IDS.get(number, re.sub('[:#]', '-', number))}{series}{n}"


SUPERSCRIPT_ONLY = "^"  # a note style: calls in superscript figures only (see markup/inline.py)


def superscript_marker(number: str) -> re.Pattern:
    """Note ``number``'s call in superscript figures, nothing else (``data¹``)."""
    return re.compile(_superscript(number))


def text_marker(number: str, superscript: bool = True) -> re.Pattern:
    """Where the text marks note ``number`` in the shape a pasted superscript takes: a number or
    a symbol glued to the word or stop before it, not part of a longer number or word; or, with
    ``superscript``, the superscript figures themselves (``Nebraska in 2000.⁶⁷``)."""
    if number.isdigit():
        figures = f"|{_superscript(number)}" if superscript else ""
        return re.compile(rf"{_GLUED_BEFORE}{number}(?![\w])(?![.,]\d){figures}")
    return re.compile(rf"(?<=[\w.,;:!?”’\"')\]]){re.escape(number)}(?![\w*†‡§])")


# a note's label on a line of its own over its text ("NOTE 34." / "A pistareen was …", as an
# editor's notes to a diary print them; "[NOTE 1." / … / "… printers.]", its bracket closed at
# the note's end), the text calling it "[34]" or "[Note 34]"
_NOTE_LABEL = re.compile(r"^\[?(?:NOTE|Note)[ \u00a0]+(?P<o>\d{1,3})\.?$")


def note_label_call(number: str) -> re.Pattern:
    """A labelled note's call as the text prints it: "[Note 1]"."""
    return re.compile(rf"\[(?:Note|NOTE)[ \u00a0]{re.escape(number)}\]")


# a note's number glued to its first word, the space after the stop lost ("2.The exact number
# …", as a copy of a web edition gives it): a note only where it counts on from the one before
_GLUED_NUMBER = re.compile(r"^(?P<d>\d{1,3})\.(?=[A-Z][a-z])")


def _number(block: Block) -> tuple[str, str] | None:
    if block.single_line and (label := _NOTE_LABEL.match(block.text.strip())):
        return "o", label["o"]
    m = _NUMBERED.match(block.text)
    if not m:
        return None
    style = next(k for k in _STYLES if m.group(k))
    if style == "s" and is_day_and_month(block.text):
        return None  # "15 February.": a letter's date under its text, not note 15
    if style == "u":  # "¹ We use the term …": note 1, its number printed as the text calls it
        return style, m.group(style).translate(_FROM_SUPERSCRIPTS)
    return style, m.group(style)


def _rising(numbers: list[str], by_one: bool) -> bool:
    if numbers and all(":" in n for n in numbers):  # [page:note], in the pages' order
        pairs = [tuple(int(x) for x in n.split(":")) for n in numbers]
        return all(a < b for a, b in zip(pairs, pairs[1:]))
    if not all(n.isdigit() for n in numbers):  # symbols: each once
        return len(set(numbers)) == len(numbers)
    values = [int(n) for n in numbers]
    if by_one:
        return values == list(range(values[0], values[0] + len(values)))
    return all(a < b for a, b in zip(values, values[1:]))


def _marked(style: str, numbers: list[str], before: list[Block], superscript: bool = False) -> bool:
    """Every note's marker stands in the text before the notes (in order, for glued ones;
    ``superscript``: superscript figures count as markers too)."""
    if style in AS_PRINTED or style in ("f", "o"):  # "[Footnote 329: …]", "NOTE 34." called "[329]", "[34]"
        text = "\n".join(b.text for b in before)
        # ("Note 1 (p. 49)." called "[Note 1]")
        return all(printed_call(style, n) in text or style == "o" and note_label_call(n).search(text)
                   for n in numbers)
    if style == "k":
        return all(call_pattern(style, n).search("\n".join(b.text for b in before)) for n in numbers)
    if style in ("b", "p"):
        texts = [b.text for b in before]
        if numbers[0] == "1" and any(("[1]" if style == "b" else "(1)") in t for t in texts):
            return True
        left, right = ("[", "]") if style == "b" else ("(", ")")
        return all(any(f"{left}{n}{right}" in t[1:] for t in texts) for n in numbers)
    text = "\n".join(b.text for b in before)
    if style == "d" and all(call_pattern(style, n).search(text) for n in numbers):
        return True  # "1. The views expressed …" called "today.[1]", as a web page's notes print
    pos = 0
    for n in numbers:
        m = text_marker(n, superscript).search(text, pos)
        if m is None:
            return False
        pos = m.end()
    return True


MAX_MORE = 3  # paragraphs a closing note without a heading may run on over


def _closing_run(blocks: list[Block]) -> list[tuple[str, str, Block, list[Block]]]:
    """The marked blocks that close the text, each with the unmarked paragraphs under it that
    continue it (``[1] The Life of John Milton … By David Masson …`` / ``An Account of the
    Life … By Thomas Keightley …`` / ``[2] Review of …``): (style, number, block, more)."""
    run: list[tuple[str, str, Block, list[Block]]] = []
    more: list[Block] = []
    k = len(blocks)
    while k > 0:
        k -= 1
        block = blocks[k]
        numbered = _marker(block)  # "[Footnote 329: …]" closing the text too
        if numbered is None and not more and (opened := _opened_before(blocks, k)) is not None:
            # "[Footnote A: From a record …" / "In an old map …" / "… for what it may be worth.]"
            more = blocks[opened + 1:k + 1]
            k = opened
            block = blocks[k]
            numbered = _bracketed(more[-1], block)
        if numbered is None:
            if not run or len(more) >= MAX_MORE or _another_heading(block):
                break
            more.insert(0, block)
            continue
        run.append((*numbered, block, more))
        more = []
    run.reverse()
    return run


def _opened_before(blocks: list[Block], k: int) -> int | None:
    """Where the note in brackets that ``blocks[k]`` closes opens ("[Footnote A: …" without its
    closing bracket, a few paragraphs up, none between them a note of its own); None when
    ``blocks[k]`` closes none."""
    if not blocks[k].text.endswith("]"):
        return None
    for j in range(k - 1, max(-1, k - 1 - MAX_NOTE_PARAGRAPHS), -1):
        if _BRACKETED.match(blocks[j].text):
            return j if not blocks[j].text.endswith("]") else None
        if _marker(blocks[j]) is not None:
            return None
    return None


def _run_blocks(run) -> int:
    return sum(1 + len(more) for *_, more in run)


def _another_heading(block: Block) -> bool:
    """A short line without a closing stop, or a chapter's or a letter's number ("XXXVII."): a
    heading, not a note's own text (notes under "FOOTNOTE:" in the middle of a collection end
    where the next letter begins)."""
    text = block.text.strip()
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)  # "230. ABIGAIL ADAMS."
    return block.single_line and (_LABEL_LINE.match(text) is not None or REFERENCES_HEADING.match(text)
                                  or capitals and len(text) < 80
                                  or len(text) < 60 and not text.endswith(tuple(".:;!?,”’\")]")))


_LABEL_LINE = re.compile(r"^(?:(?:CHAPTER|Chapter|LETTER|Letter|PART|Part)[ \u00a0]+)?(?:[IVXLC]{1,9}|\d{1,3})\.?$")


def _notes_heading(blocks: list[Block]) -> int | None:
    return next((i for i in range(len(blocks) - 1, -1, -1)
                 if blocks[i].single_line and HEADING.match(blocks[i].text)), None)


# a part's label under the notes heading, whose notes follow: "Chapter One", "CHAPTER III.", "Part 2"
_PART_LINE = re.compile(r"^(?:chapter|part|section|book|lecture|letter)[ \u00a0]+(?:[IVXLC]{1,6}|\d{1,3}|one|two|three|"
                        r"four|five|six|seven|eight|nine|ten|eleven|twelve)\.?$", re.IGNORECASE)


def _notes_from(blocks: list[Block], at: int) -> tuple[Notes, int] | None:
    """The notes under the heading ``blocks[at]``, up to another heading: the notes and the index
    of the block after them (``len(blocks)`` when they close the text)."""
    if at + 1 >= len(blocks):
        return None
    part = None
    if at + 2 < len(blocks) and blocks[at + 1].single_line and _PART_LINE.match(blocks[at + 1].text.strip()) \
            and _marker(blocks[at + 2]) is not None:
        part = blocks[at + 1]  # "Endnotes" / "Chapter One" / "1. Internal Halliburton document …"
    first = _marker(blocks[at + 1 + (part is not None)])  # "[Footnote 1: …]" too
    if first is None:
        return None
    style = first[0]
    notes: list[Note] = []
    end = len(blocks)
    for i in range(at + 1 + (part is not None), len(blocks)):
        block = blocks[i]
        numbered = _marker(block)
        if numbered is None and style in ("f", "p", "q") and (m := _BRACKETED.match(block.text)):
            # "[Footnote 31: The following description …" / "…" / "… behind him."]": a note
            # whose closing bracket comes paragraphs later opens here all the same
            numbered = _bracketed_marker(m)
        if numbered is not None and numbered[0] == style:
            notes.append(Note(numbered[1], block))
            continue
        if style == "d" and (glued := _GLUED_NUMBER.match(block.text)) is not None \
                and notes[-1].number.isdigit() and int(glued["d"]) == int(notes[-1].number) + 1:
            notes.append(Note(glued["d"], block))
            continue
        if _another_heading(block):
            end = i  # another heading ("References"): not the notes' own text
            break
        notes[-1].more.append(block)
    if not _rising([n.number for n in notes], by_one=False) and not _one_symbol_called(notes, blocks[:at]):
        return None
    if style in ("d", "r", "s") and len(notes) == 1 and not _marked(style, [notes[0].number],
                                                                    blocks[:at], superscript=True):
        return None  # one "1." paragraph under "Notes" is a note only when the text marks it
        # (a superscript figure too: "data¹")
    return Notes(blocks[at], notes, part=part), end


def _one_symbol_called(notes: list[Note], before: list[Block]) -> bool:
    """Notes all keyed by one symbol (an old print's marginal notes, "*" every one), the text
    calling that symbol exactly as many times: the k-th call the k-th note, each note a series of
    its own (``note-star``, ``note-star-s2`` …). A list of "*" bullets is called by nothing."""
    symbols = {n.number for n in notes}
    if len(notes) < 2 or len(symbols) != 1 or (symbol := symbols.pop()).isdigit():
        return False
    text = "\n".join(b.text for b in before)
    if len(text_marker(symbol).findall(text)) != len(notes):
        return False
    for k, note in enumerate(notes, 1):
        note.series = k
    return True


def _note_lines(block: Block) -> list[Block]:
    """A block of notes one to a line, without blank lines between them (``1. https://…`` /
    ``2. https://…``), cut into one block per line, or per note where a note wraps under a
    hanging indent; any other block stays whole."""
    lines = block.text.split("\n")
    if len(lines) < 2 or not _NUMBERED.match(lines[0].strip()):
        return [block]
    # a note wrapped with a hanging indent among them ("16. _Congressional Record_, …, p." /
    # "   104."): cut before each numbered line that starts flush, the others indented
    starts = [i for i, line in enumerate(lines) if i and line[:1].strip()]
    if len(starts) >= 2 and len(starts) < len(lines) - 1 and all(_NUMBERED.match(lines[i]) for i in starts):
        pieces = cut_lines(block, starts)
    elif all(_NUMBERED.match(line.strip()) for line in lines):
        pieces = line_blocks(block)
    else:
        return [block]
    numbered = [_number(piece) for piece in pieces]
    if len({m[0] for m in numbered if m}) > 1:
        return [block]  # "[16] … (Paris: Dorbon-Ainé, 1915),\n11.": a page, wrapped to a line
    return pieces


def _under_heading(blocks: list[Block]) -> tuple[Notes, int] | None:
    """Notes under the last notes heading: numbered blocks open notes, others continue them."""
    at = _notes_heading(blocks)
    if at is not None:  # notes one to a line: each line a note (the count stays the source's)
        lines = blocks[:at + 1] + [line for b in blocks[at + 1:] for line in _note_lines(b)]
        found = _notes_from(lines, at)
        if found is None or found[1] < len(lines):
            return None
        if _references_numbered(blocks[at], found[0].notes, blocks[:at]):
            return None
        return found[0], len(blocks) - at
    found = _notes_from(blocks, at) if at is not None else None
    if found is None or found[1] < len(blocks):
        return None
    return found[0], len(blocks) - at


# the heading of a closing section that may follow the notes: a reference list's (references
# .HEADING, in every language it reads) or another's
_CLOSING_OTHER = re.compile(r"^(?:works\s+consulted|selected\s+bibliography|acknowledge?ments?|appendix\b.*|"
                            r"about\s+the\s+authors?)[.:]?$", re.IGNORECASE)


def _closing(text: str) -> bool:
    text = text.strip()
    return bool(REFERENCES_HEADING.match(text) or _CLOSING_OTHER.match(text))


def find_notes_before(blocks: list[Block]) -> tuple[Notes | None, int, int]:
    """The source's endnotes under a notes heading that another closing section follows
    (``References`` …): the notes and where they stand, ``blocks[start:end]`` (heading
    included); ``(None, 0, 0)`` when there are none."""
    at = _notes_heading(blocks)
    if at is None:
        return None, 0, 0
    found = _notes_from(blocks, at)
    if found is None or found[1] >= len(blocks):
        return None, 0, 0
    notes, end = found
    if end == at + 2 and len(split := _note_lines(blocks[at + 1])) > 1:  # notes one to a line
        whole = _notes_from(blocks[:at + 1] + split + blocks[end:], at)
        if whole is not None and whole[1] == at + 1 + len(split):
            notes = whole[0]
    closing = _closing(blocks[end].text)
    style = note_style(notes.notes[0])
    if not closing and not _marked(style, [n.number for n in notes.notes], blocks[:at]):
        return None, 0, 0  # a "Notes" section in the middle of a text, its numbers unmarked
    return notes, at, end


ENTRIES_SHARE = 0.8
# a heading that names references and notes together, as Science and PNAS head their list
# ("REFERENCES AND NOTES"): numbered references the text cites as "(1–4)", a note or two among them
_REFERENCES_AND_NOTES = re.compile(r"^(?:references and notes|notes and references)[.:]?$", re.IGNORECASE)


def _references_numbered(head: Block, notes: list[Note], before: list[Block]) -> bool:
    """The entries under a "References and notes" heading are a numbered reference list: nearly
    every one reads as a reference, and the text marks none of them as a note's call (it cites
    them by number in brackets, which the citation rule reads)."""
    return bool(_REFERENCES_AND_NOTES.match(head.text.strip())) and _entries_all(notes) \
        and not _marked(note_style(notes[0]), [n.number for n in notes], before, superscript=True)


def _entries_all(notes: list[Note]) -> bool:
    """Nearly every note reads as a reference-list entry (authors, then the year somewhere):
    a reference list numbered as notes are, not notes."""
    return sum(entry(n.block.text) is not None for n in notes) >= ENTRIES_SHARE * len(notes)


def find_notes(blocks: list[Block], front: tuple[Block, ...] = ()) -> tuple[Notes | None, int]:
    """The source's endnotes at the end of ``blocks`` and how many blocks they take; ``front``:
    opening lines whose markers count too (``THE GOSPEL ACCORDING TO WALT WHITMAN.*``)."""
    headed = _under_heading(blocks)
    if headed is not None:
        return headed
    run = _closing_run(blocks)
    # a numbered reference list under its heading, its numbers leaving gaps where an excerpt
    # left entries out ("References" / "[33] Peroni, …" / "[36] Rachinger, …"): no tail of it
    # is notes
    whole = blocks[: len(blocks) - _run_blocks(run)]
    if run and whole and whole[-1].single_line and REFERENCES_HEADING.match(whole[-1].text.strip()) \
            and _entries_all([Note(number, block, list(more)) for _, number, block, more in run]):
        return None, 0
    # one style, counting on by one; the longest such tail of the run
    while run and not (all(style == run[0][0] for style, *_ in run)
                       and _rising([n for _, n, *_ in run], by_one=True)):
        run = run[1:]
    while run:
        before = list(front) + blocks[: len(blocks) - _run_blocks(run)]
        head = before[-1] if before else None
        # under "References" or "Sources", notes the text calls by superscript figures (a
        # closing run of them without such a heading is the last paragraphs' footnotes)
        headed = head is not None and head.single_line and _closing(head.text)
        if _marked(run[0][0], [n for _, n, *_ in run], before, superscript=bool(headed)):
            break
        run = run[1:]
    if not run:
        return None, 0
    if not headed and any(_marker(b) == run[0][:2] for b in blocks[: len(blocks) - _run_blocks(run)]):
        # "[1] To Mevrouw Abendanon." closing the last letter, as "[1] To …" closed the letters
        # before it: each letter's footnotes, where they stand (rule "footnotes-in-body")
        return None, 0
    notes = [Note(number, block, list(more)) for _, number, block, more in run]
    if headed and REFERENCES_HEADING.match(head.text.strip()) and _entries_all(notes):
        return None, 0  # "References" / "[1] T. Barrett, …, “NCBI GEO …,” Nucleic Acids Research,
        # vol. 33, …, 2005.": a numbered reference list, its entries no notes (rule "references")
    if headed:
        return Notes(head, notes), _run_blocks(run) + 1  # that line heads them
    return Notes(None, notes), _run_blocks(run)


def note_style(note: Note) -> str | None:
    """How the note's marker is printed: ``b`` [1], ``g`` [311:1], ``l`` [K], ``p`` (1), ``d``
    1., ``r`` 1), ``s`` 1, ``y`` a symbol, ``n`` [FN-1], ``q`` "(* …)", ``k`` a letter's line over "[ …]", ``c`` 1.1 (a chapter's, called "[1.1]"), ``o`` a label's line over the
    note ("NOTE 34.")."""
    bracketed = _bracketed(note.blocks[-1], note.block)
    numbered = None if bracketed is not None else _number(note.block)
    if bracketed is not None:
        # "[Footnote 329: …]", "[Footnote A: …]": the text calls it as "[329]", "[A]" call theirs
        number = bracketed[1]
        if bracketed[0] in ("q", "k", "p"):
            # "(* …)": called by the symbol glued to a word; "p\n[ …]" by "*p"; "[Footnote (b): …]"
            return bracketed[0]  # by "(b)" glued to a word
        return "l" if number.isalpha() else "g" if ":" in number else "b"
    return numbered[0] if numbered else None


def marker_end(note: Note) -> int:
    """Where the note's own text begins in ``note.block.text``, after its marker."""
    m = _NUMBERED.match(note.block.text) or _BRACKETED.match(note.block.text) \
        or _PARENTHESISED.match(note.block.text) or _LABELLED.match(note.block.text) \
        or _NOTE_LABEL.match(note.block.text) or _GLUED_NUMBER.match(note.block.text)
    rest = note.block.text[m.end():] if m else note.block.text
    return len(note.block.text) - len(rest.lstrip(" \t\n\u00a0"))


# a note's call after a line's last stop, in brackets ("Old Couplet.(32)" under an epigraph)
CALL_AFTER_STOP = re.compile(r"(?<=\.)(?:\(\d{1,3}\)|\[\d{1,3}\])$")

# a note's call at the end of a title or a byline ("JOAN OF ARC[1]", "… G. Vernon Byrd[1]",
# "LEAVES OF GRASS.*"): the note's, no part of the title or the name
CALL_AT_END = re.compile(r"(?<=[^\W_]|[.!?’”)])(?:\*{1,3}|†{1,2}|‡{1,2}|\[(?:\d{1,3}|\*{1,3}|†{1,2}|‡{1,2})\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")

# ---------------------------------------------------------------- footnotes in the body

# marker styles a footnote kept under its paragraph opens with: "[1]", "[311:1]", "[A]", "(1)",
# "[Footnote A: …]" (not "1." nor a bare number: a numbered list's; not a symbol: too common
# in prose)
_FOOT_STYLES = frozenset({"a", "b", "g", "l", "n", "p", "f", "q", "k"})
# Project Gutenberg's other shape, the whole note in brackets: "[Footnote A: See Gerebtzoff,
# Histoire de la Civilisation en Russie.]", "[Footnote 185: This gentleman …]"; the text calls
# it "[A]", "[185]"
# ("[Footnote (b): …]": a letter in brackets, the text calling it so, glued: "an(b) innovation")
# ("[Footnote *: …]", "[Footnote †: …]": a symbol, the text calling it glued: "… absurd."* Yet")
# ("[Note 28: Extracts from a speech …]": some transcribers write "Note")
_BRACKETED = re.compile(r"^\[(?:Foot)?[Nn]ote[ \t\u00a0]+(?:(?P<f>[A-Z]|\d{1,4}(?::\d{1,3})?)|\((?P<p>[a-z])\)"
                        r"|(?P<q>\*{1,3}|†{1,2}|‡{1,2}|§{1,2}|¶|‖))[:.](?=[\s\u00a0])")


def _bracketed_marker(m: re.Match) -> tuple[str, str]:
    return ("f", m["f"]) if m["f"] else ("p", m["p"]) if m["p"] else ("q", m["q"])


# the whole note in brackets after a symbol, as Project Gutenberg prints a book's footnotes
# marked "*": "(* Max Muller, "Comparative Mythology" Oxford Essays 1856.)"
_PARENTHESISED = re.compile(r"^\((?P<q>\*{1,3}|†{1,2}|‡{1,2})(?:[ \t\u00a0]|(?=[^\W\d_]))")  # "(*In …"


# another of Project Gutenberg's: the note's letter alone on a line over the note in brackets
# ("p\n[ Code of 1650, p. 28; Hartford, 1830.]"), the text calling it by an asterisk and the
# letter set off by spaces ("in 1650. *p The legislators")
_LABELLED = re.compile(r"^(?P<k>[a-z]{1,2}|\*{1,3}|\d{1,3})\n\[")


MAX_NOTE_PARAGRAPHS = 12


def _continuation(content: list, k: int) -> list:
    """The paragraphs after ``content[k]`` that go on with the note it opens, "[Footnote (a): …"
    without its closing bracket, down to the one that closes it ("… 1 Geo. III. chap. 9.]");
    none where another note or no closing bracket comes first."""
    node = content[k]
    if not isinstance(node, Paragraph) or not _BRACKETED.match(node.block.text) \
            or node.block.text.endswith("]"):
        return []
    for j in range(k + 1, min(len(content), k + 1 + MAX_NOTE_PARAGRAPHS)):
        after = content[j]
        if not isinstance(after, Paragraph) or _BRACKETED.match(after.block.text):
            return []
        if after.block.text.endswith("]"):
            return content[k + 1:j + 1]
    return []


def _set_in_continuation(content: list, k: int) -> list:
    """The paragraphs after the note ``content[k]``, set in as it is on every line, that go on
    with it ("  [113] A Bulgarian Prince …" / "  (This note is a-wanting in the second Edition
    …) [Tr.]"), as a plain-text edition sets a footnote's paragraphs in under the text's flush
    ones; none where another note opens."""
    node = content[k]
    indent = node.block.indent_width
    if indent < SET_IN_NOTE or not _set_in(node.block, indent):
        return []
    more = []
    for after in content[k + 1:k + 1 + MAX_NOTE_PARAGRAPHS]:
        if not isinstance(after, Paragraph) or after.block.indent_width != indent \
                or not _set_in(after.block, indent) or _marker(after.block) is not None:
            break
        more.append(after)
    return more


SET_IN_NOTE = 2


def _set_in(block: Block, indent: int) -> bool:
    """Every line of ``block`` after its first is set in by ``indent`` too."""
    return all(len(line) - len(line.lstrip(" ")) == indent for line in block.text.split("\n")[1:])


def _bracketed(block: Block, first: Block | None = None) -> tuple[str, str] | None:
    """The marker of a note in brackets; ``first``: the paragraph that opens it, ``block`` the
    one that closes it."""
    m = _BRACKETED.match((first or block).text)
    if m and block.text.endswith("]"):
        return _bracketed_marker(m)
    m = _LABELLED.match(block.text)
    if m and block.text.endswith("]"):
        return ("k", m["k"])
    m = _PARENTHESISED.match(block.text)
    return ("q", m["q"]) if m and block.text.endswith(")") else None


def _marker(block: Block) -> tuple[str, str] | None:
    """The note's marker style and number, the bracketed shapes first ("*\\n[ …]" is no symbol
    note: its letter's line and brackets say how the text calls it)."""
    return _bracketed(block) or _number(block)


def text_end(note: Note) -> int:
    """Where the note's own text ends in its last block: before the bracket that closes a
    "[Footnote A: …]"."""
    last = note.blocks[-1].text
    return len(last) - 1 if _bracketed(note.blocks[-1], note.block) is not None and last.endswith(("]", ")")) \
        else len(last)


def call_pattern(style: str, number: str) -> re.Pattern:
    """The marker as the text prints it where it calls the note: "[1]", "[A]" anywhere but at
    a block's start; "(1)" glued to the word or stop before it ("word(1)"), not "(1) first"."""
    if style == "p":
        return re.compile(rf"(?<=[^\s(\[]){re.escape(f'({number})')}")
    if style == "q":
        return text_marker(number)  # "of the Himalaya.*"
    if style == "u":  # "research¹" calls the note printed "¹ We use …"
        return re.compile(_superscript(number))
    if style == "k":  # "in 1650. *p The legislators"; the note printed "*" is called "**"
        return re.compile(rf"(?<=\s)\*{re.escape(number)}(?![\w*])")
    return re.compile(rf"(?<=.){re.escape(f'[{number}]')}", re.DOTALL)


def _called_superscript(number: str, calling: list[Block]) -> tuple[Block, int, int] | None:
    """Where the paragraphs call note ``number`` by a superscript figure glued to a word or a
    stop (``writers¹``, ``origin?”³``), not part of a longer one."""
    if not number.isdigit():
        return None
    pattern = re.compile(_superscript(number))
    for block in calling:
        m = pattern.search(block.text)
        if m is not None:
            return block, m.start(), m.end()
    return None


SYMBOL_NOTE_WORDS = 60  # (twice as many set in under its paragraph, as a pamphlet prints a long one)


def _set_under(content: list, k: int) -> bool:
    """``content[k]`` is set in deeper than the paragraph just before it."""
    return k > 0 and isinstance(content[k - 1], Paragraph) \
        and content[k].block.indent_width > content[k - 1].block.indent_width
# the blocks back a starred note's call may stand in: its paragraph, and the one before where
# a note the text does not call stands between ("* From the Obituary Notices …", the title's)
SYMBOL_CALLING = 2


def _called_symbol(symbol: str, block: Block) -> tuple[Block, int, int] | None:
    """Where ``block`` calls a note by ``symbol`` glued to a word or a stop (``daughter*``,
    ``_soucoups_*``): the last such, the note under the paragraph being its last called."""
    found = None
    for m in re.finditer(rf"(?<=[^\s*†‡§]){re.escape(symbol)}(?![*†‡§\w])", block.text):
        found = m
    if found is None:
        # old print sets the sign before the word it glosses ("to carry the *Bishop from the
        # Castle"), not an emphasis's opening mark ("*Bishop*")
        found = re.search(rf"(?<=\s){re.escape(symbol)}(?=[A-Z][a-z]+\b)(?![^\s*]*\*)", block.text)
    return (block, found.start(), found.end()) if found else None


def _symbol_call(symbol: str, calling: list[Block], title: tuple[Block, ...]) -> tuple[Block, int, int] | None:
    """Where a starred note under ``calling`` is called: in the last of its blocks, or the one
    before it (``SYMBOL_CALLING``), else in the ``title``."""
    for block in [*reversed(calling[-SYMBOL_CALLING:]), *title]:
        if (call := _called_symbol(symbol, block)) is not None:
            return call
    return None


def _called_glued(number: str, calling: list[Block]) -> tuple[Block, int, int] | None:
    """Where the paragraphs call note ``number`` (a block "215 Christie …" under them) by the
    figures glued to a word, a stop or a closing mark, as a pasted superscript prints
    (``Christie.215``, ``over.”216``) — never after a figure (``1861.215`` is none)."""
    pattern = text_marker(number, superscript=False)
    for block in calling:
        m = pattern.search(block.text)
        if m is not None:
            return block, m.start(), m.end()
    return None


def _called(style: str, number: str, calling: list[Block],
            claimed: set[tuple[int, int]] = frozenset()) -> tuple[Block, int, int] | None:
    """Where the calling paragraphs call note ``number``: the first marker that stands there
    and no note before has ``claimed`` (two pages' "[a]" under one run of notes: each its own)."""
    pattern = call_pattern(style, number)
    for block in calling:
        for m in pattern.finditer(block.text):
            if (id(block), m.start()) not in claimed:
                return block, m.start(), m.end()
    return None


def find_footnotes(sections: list, taken: set[str], title: tuple[Block, ...] = ()) -> None:
    """Rule "footnotes-in-body": a block opening with ``[1]``, ``[A]`` or ``(1)`` that follows a
    paragraph (or another such note) becomes a ``Note`` (place "foot") where it stands, when the
    paragraphs since the last such note, in its section, call it by the same marker. Precision
    first: a note must follow a paragraph, so the entries under a "References" heading are none;
    a run of them that closes the body is the source's closing list (endnotes the rule
    "endnotes" left, a list of references), not notes kept under a paragraph; a number the
    endnotes have (``taken``) is left alone; a footnote's number used before by another footnote
    starts a new series when the text since calls it by its marker (letters, chapters that
    number their notes afresh: ``[Footnote 1: …]`` under each). ``title``: the title's block,
    which may call the text's first starred note ("OBITUARY*")."""
    series: dict[str, int] = {}
    # what a superscript figure may call: the paragraphs since the last note, whatever section
    # they stand in (a page's footnotes follow the page, a heading or two on)
    pending: list[Block] = []
    claimed: set[tuple[int, int]] = set()  # the superscript calls notes have: (id(block), start)
    # the headings since the last note: "Letter 52[40]" over a superscription; at first the
    # title's, whose note may stand under the opening ("… DELUSIONS.[*]" / "[*] Presented in …")
    heads: list[Block] = list(title)
    calling: list[Block] = []
    previous = None
    ruled = False  # the section before ends in a rule under a paragraph
    for section in sections:
        if _reference_entries(section):
            continue  # "References" / "30. Rocha, D. J. P. …": entries, whatever calls them
        if section.head is not None:
            heads.append(section.head)
        content: list = []
        content_blocks: list[Block] = []  # _blocks(content), kept as content grows (not read again
        for node in section.content:      # for each node: that cost the square of a section's length)
            for piece in _glued_notes(node):
                found = _superscript_list(piece, content, taken, lambda: pending + content_blocks)
                content += found
                content_blocks += _blocks(found)
        section.content = content
        # a page's footnotes under the rule that sets them off ("* * * * *") follow its
        # paragraphs, which call them
        # (under a notes heading between sections, "Footnotes" / "1 M-16-12: …", a section's
        # notes follow the paragraphs that call them, as under a rule)
        noted = section.head is not None and HEADING.match(section.head.text.strip()) is not None \
            and previous in ("paragraph", "note", "list")
        if noted:
            previous = "paragraph"
        elif not (section.head is None and ruled):
            calling = [section.head] if section.head is not None else []
            previous = None  # "paragraph", "note" or None: what the next block follows
        continued: set[int] = set()  # paragraphs that go on with a bracketed note before them
        for k, node in enumerate(section.content):
            if k in continued:
                continue
            numbered = _marker(node.block) \
                if isinstance(node, Paragraph) else None
            more = _continuation(section.content, k) if numbered is None else []
            if more:
                numbered = _bracketed(more[-1].block, node.block)
            if numbered is not None and numbered[0] == "y" and previous in ("paragraph", "note") \
                    and len(node.block.text.split()) <= SYMBOL_NOTE_WORDS * (
                        1 if previous == "paragraph" and not _set_under(section.content, k) else 2) \
                    and calling \
                    and (call := _symbol_call(numbered[1], calling, title if not series else ())) is not None:
                # "… with gold _soucoups_*" / "* Saucers.": a starred note under the paragraph
                # whose word the star is glued to (not a list's bullet, not "* * *"); "**"
                # under "*", the paragraph's second
                series[numbered[1]] = series.get(numbered[1], 0) + 1
                section.content[k] = Note(numbered[1], node.block, place="foot", call=call,
                                          series=series[numbered[1]])
                previous = "note"
                continue
            # a note straight under the headings that call it ("TRANSLATION[107]" /
            # "[107] The text used …"): the heading's note, no paragraph before it
            under_heads = previous is None and k == 0 and bool(heads) and numbered is not None \
                and numbered[0] in _FOOT_STYLES
            if numbered is not None and (previous is not None or under_heads) and (
                    numbered[0] in _FOOT_STYLES and previous != "list" or numbered[0] in ("d", "s")):
                style, number = numbered
                # "1. See …" under "writers¹": a list's number unless the text calls it so
                call = (_called(style, number, heads, claimed) if under_heads else
                        (_called(style, number, calling, claimed) or _called(style, number, heads, claimed))
                        if style in _FOOT_STYLES else _called_superscript(number, pending)
                        or (_called_glued(number, pending) if style == "s" else None)) \
                    if number not in taken else None
                if call is not None and (number not in series or style in _FOOT_STYLES):
                    more = more or _set_in_continuation(section.content, k)
                    claimed.add((id(call[0]), call[1]))
                    series[number] = series.get(number, 0) + 1
                    section.content[k] = Note(number, node.block, more=[p.block for p in more],
                                              place="foot", call=call, series=series[number])
                    continued.update(range(k + 1, k + 1 + len(more)))
                    previous = "note"
                    continue
            if previous == "note":
                # the paragraphs after a note call the next notes; a paragraph over the notes
                # whose superscript figures are not all claimed yet calls notes the next page's
                # foot prints ("… orders.¹⁶ … tool.”¹⁸" / "16 …" / "17 …" / a paragraph / "18 …")
                pending = [b for b in pending if _unclaimed_superscript(b, claimed)]
                calling, heads = [], []
            calling += _blocks([node])
            pending += _blocks([node])
            # (after a list, only notes a superscript figure calls: "[1]" there is an item's)
            # (a starred note the text does not call, the title's, is read past as a paragraph;
            # so is a numbered paragraph no note, "1. At the time the scriptures …", which its
            # notes "[a] Mark xvi. 16." follow)
            previous = "list" if isinstance(node, ListBlock) else \
                "paragraph" if isinstance(node, Paragraph) and (numbered is None or numbered[0] in ("y", "d")) else \
                previous if isinstance(node, Separator) else None
        section.content = [n for k, n in enumerate(section.content) if k not in continued]
        ruled = previous == "paragraph" and bool(section.content) \
            and isinstance(section.content[-1], Separator)
    _unless_closing(sections)


_SUPERSCRIPT_CALL = re.compile(rf"[{SUPERSCRIPT_FIGURES}]{{1,3}}")


def _unclaimed_superscript(block: Block, claimed: set[tuple[int, int]]) -> bool:
    """``block`` holds a call in superscript figures that no note has claimed."""
    return any((id(block), m.start()) not in claimed for m in _SUPERSCRIPT_CALL.finditer(block.text))


def _reference_entries(section) -> bool:
    """A section of references: headed so ("References", "Literature") and opening with an
    entry, not with prose — an old report's "LITERATURE." that reviews what was written before
    it is prose, with footnotes of its own under its paragraphs."""
    if section.head is None or not REFERENCES_HEADING.match(section.head.text.strip()):
        return False
    first = next((n for n in section.content if isinstance(n, (Paragraph, ListBlock))), None)
    return not (isinstance(first, Paragraph) and _marker(first.block) is None
                and len(first.block.text.split()) > 40)


def _glued_notes(node) -> list:
    """A paragraph with its starred notes set under its last line, no blank line between
    (``… of a willow or alder.`` / ``(* See his Hist. of Staffordshire.)`` / ``(** Old people
    …``, as Project Gutenberg prints a book's footnotes): the paragraph, then each note a
    paragraph of its own for the rule to read; so with a paragraph's notes one to a line
    (``[a] Mark xvi. 16.`` / ``[b] Acts xxii. 16.``); any other node as it is."""
    if not isinstance(node, Paragraph) or node.block.lines < 2 or node.block_quote:
        return [node]
    lines = node.block.text.split("\n")
    marked = [_NUMBERED.match(line.lstrip(" \t\u00a0")) for line in lines]  # (each line set in as the first)
    styles = {next(k for k in _STYLES if m.group(k)) for m in marked} if all(marked) else set()
    if len(styles) == 1 and styles <= _FOOT_STYLES:  # one style, a footnote's
        return [Paragraph(line) for line in line_blocks(node.block)]
    starts = [i for i, line in enumerate(lines) if i > 0 and _PARENTHESISED.match(line.lstrip())]
    if not starts:
        return [node]
    ends = [*starts[1:], len(lines)]
    if not all(lines[j - 1].rstrip().endswith(")") for j in ends):
        return [node]  # each note closes its bracket before the next begins
    return [Paragraph(piece) for piece in cut_lines(node.block, starts)]


def _blocks(nodes: list) -> list[Block]:
    """The blocks of the paragraphs and lists among ``nodes``: what may call a note."""
    return [b for n in nodes if isinstance(n, (Paragraph, ListBlock)) for b in node_blocks(n)]


def _superscript_list(node, before: list, taken: set[str], calling: Callable[[], list[Block]]) -> list:
    """A list "1. …", "2. …" under paragraphs calling each item by "¹", "²" is their footnotes
    (the rule "lists" made it a list): its items become paragraphs for the rule to read as
    notes; so are the lines of a paragraph that each open with such a number, one footnote to
    a line ("1 An information system is …" / "2 The term …", as a page's footnotes paste).
    Any other list or paragraph stays one."""
    if not before or not isinstance(before[-1], (Paragraph, ListBlock)):
        return [node]
    if isinstance(node, Paragraph) and node.block.lines > 1:
        lines = line_blocks(node.block)
        items = [Paragraph(line) for line in lines]
    elif isinstance(node, ListBlock) and node.type == "ordered":
        items = [Paragraph(item.block) for item in node.items]
    else:
        return [node]
    numbers = [_number(item.block) for item in items]
    if not all(n is not None and n[0] in ("d", "s") and n[1] not in taken for n in numbers):
        return [node]
    blocks = calling()  # (the blocks that may call them, made only here: a rare shape)
    if all(_called_superscript(n[1], blocks) for n in numbers):
        return items
    # a page's footnotes pasted one to a line, their calls pasted as figures glued to the word
    # ("papers,10" / "dataset,11"): the lines count on by one and every call but one is found
    glued = sum(_called_glued(n[1], blocks) is not None for n in numbers)
    if isinstance(node, Paragraph) and len(numbers) >= 3 and glued >= len(numbers) - 1 \
            and _rising([n[1] for n in numbers], by_one=True):
        return items
    return [node]


def _by_superscript(note: Note) -> bool:
    """The note is called by a superscript figure: no list's number, wherever it stands."""
    if note.call is None:
        return False
    block, start, end = note.call
    return all(c in "⁰¹²³⁴⁵⁶⁷⁸⁹" for c in block.text[start:end])


_SYMBOLS = frozenset(("*", "**", "***", "†", "††", "‡", "‡‡", "§"))


def _unless_closing(sections: list) -> None:
    """Footnotes in the run of numbered blocks that closes the body go back to being paragraphs:
    a closing run is a list of its own (notes the rule "endnotes" did not take, references)."""
    last = next((s for s in reversed(sections) if s.content), None)
    if last is None or last is not sections[-1]:
        return
    k = len(last.content) - 1
    start = k
    while start >= 0 and (isinstance(last.content[start], Note) or isinstance(last.content[start], Paragraph)
                          and _marker(last.content[start].block)):
        start -= 1
    if any(isinstance(n, Note) and n.series > 1 for n in last.content[start + 1:]):
        # "[1]" … "[12]" under the last letter as "[1]" … "[9]" under each letter before it:
        # its footnotes, those past the numbers the letters before reached too
        return
    while k >= 0 and (isinstance(last.content[k], Note) or isinstance(last.content[k], Paragraph)
                      and _marker(last.content[k].block)):
        note = last.content[k]
        if isinstance(note, Note) and note.more and note.block.indent_width >= SET_IN_NOTE:
            break  # a footnote set in with its paragraphs under the text's last: no list's entry
        if isinstance(note, Note) and k == len(last.content) - 1 and k > 0 \
                and not isinstance(last.content[k - 1], (Note, ListBlock)) and note.number in _SYMBOLS:
            break  # one starred note under the paragraph that calls it, the body's last: no list
        if isinstance(note, Note) and not _by_superscript(note):
            # each of its blocks a paragraph again: a note run on over several keeps them all
            last.content[k:k + 1] = [Paragraph(block) for block in note.blocks]
        k -= 1
