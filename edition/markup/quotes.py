# SPDX-License-Identifier: MIT
"""Rule "quotations": quotation marks parsed as nested spans across the paragraphs of a section.

Marks: ‘…’ and “…” (curly), "…" and '…' (straight), `…' (a grave accent opening). An apostrophe between letters or after
a digit (``Trotsky’s``, ``1930’s``, ``don't``) is not a closing mark. A quotation that runs on
into the next paragraph re-opens there with the same mark (the printers' convention) and stays
one quotation; so does one that runs on from a block quotation's paragraph into the next
without re-opening, to close there. Where the source lacks a mark, the quotation is closed (or opened) with a
``supplied`` mark at the most plausible point — the end of the paragraph (before a closing
citation), or after the colon that introduces it — and a warning says where. No text moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition.errors import EditionError

OPEN, CLOSE, APOS = "open", "close", "apostrophe"
# kind -> (opening mark, closing mark)
KINDS = {"single": ("‘", "’"), "double": ("“", "”"), "straight-double": ('"', '"'),
         "grave": ("`", "’"),  # `like this' (and `like this’): old typewritten and TeX usage
         "straight-single": ("'", "'")}
_KIND_OF = {"‘": "single", "’": "single", "“": "double", "”": "double", '"': "straight-double",
            "`": "grave",
            "'": "straight-single"}
_MARKS = re.compile(r"[‘’“”\"'`]")
_OTHER_DOUBLE = {"double": "straight-double", "straight-double": "double"}
_IT_ELIDED = re.compile(r"[Tt][ \u00a0]+(?:is|was|were|will|would|has|had)\b")
# a speaker's dropped h, as a dialect is spelt: "'E isn't goin' to put 'er name to it", "'Owever",
# "'ome" (the word after the mark is the h-word without its h; a closing mark never follows it)
_DROPPED_H = re.compile(r"(?:e|er|im|ere|ome|ave|ad|oo|ouse|ead|eart|eard|elp|orse|undred|ungry|usband|ullo|"
                        r"int|andsome|orribl[ey]|eaps?|erself|imself|owever|umble|appen|appened|alf|orses|"
                        r"ealth|eavy|oliday)(?:n't|'s|'d|'ll)?\b(?!['’])", re.IGNORECASE)
# a decade named without its century: "in the 'forties of the nineteenth century"
_DECADE = r"(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b"
_ELISION = re.compile(r"(?:\d\d?s?|em|tis|twas|twere|twill|till|gainst|neath|n)\b|" + _DECADE,
                      re.IGNORECASE)  # ‘90s, ’em, 'till, rock ’n’ roll
# A closing citation and the punctuation after it: supplied closing marks go before it.
TRAILING_CITATION = re.compile(r"\s*\((?:[^()]*)\)[.,;]?\s*$")
_LEADING = re.compile(r"[\s\u00a0…]*(?:\.\.\.)?[\s\u00a0]*")
# Quotations within quotations, the outermost counted: real texts nest three or four deep; a
# deeper run is opening marks that are not quotations (or never closed), and would make a TEI
# too deep to read (libxml2 refuses trees deeper than 256 elements).
MAX_NESTING = 32


class NestingTooDeep(EditionError):
    """Quotation marks nested deeper than ``MAX_NESTING``: refused, located at the mark that
    opens the quotation one level too deep (``unit``, ``offset``: where in the units)."""

    def __init__(self, unit: int, offset: int, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(f"quotation marks nested more than {MAX_NESTING} deep; refused", path,
                         line, column, hint="a real text nests a few deep: look for opening "
                                            "marks never closed, or marks that are not quotations")
        self.unit, self.offset = unit, offset


@dataclass(slots=True)  # slots: a text may hold tens of thousands
class Unit:
    """A paragraph-level stretch of text: ``text[start:end]`` of a block."""

    text: str
    start: int
    end: int
    key: object = None  # the caller's handle (e.g. the block)
    set_off: bool = False  # a block quotation's paragraph, set off from the text


@dataclass(slots=True)
class Token:
    pos: int
    mark: str
    role: str  # OPEN | CLOSE | APOS | "either" (straight quote, decided by the parser)
    kind: str


@dataclass(slots=True)
class Part:
    """One unit's stretch of a quotation: ``[start, end)`` in the unit's block text."""

    unit: int
    start: int
    end: int
    supplied_start: str | None = None
    supplied_end: str | None = None


@dataclass(slots=True)
class Quotation:
    kind: str
    depth: int  # 0 outermost
    parts: list[Part] = field(default_factory=list)
    parent: "Quotation | None" = None
    id: str | None = None  # assigned by the caller
    warnings: list[tuple[int, int, str]] = field(default_factory=list)  # (unit, offset, message)
    # one speech in two quotations (‘…’, he said, ‘…’): linked by the speech rule (section.py)
    prev: "Quotation | None" = field(default=None, repr=False, compare=False)
    next: "Quotation | None" = field(default=None, repr=False, compare=False)

    @property
    def first(self) -> Part:
        return self.parts[0]

    @property
    def last(self) -> Part:
        return self.parts[-1]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for m in _MARKS.finditer(text, start, end):
        i, c = m.start(), m.group()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        kind = _KIND_OF[c]
        if c == "`":
            role = APOS if prev.isalpha() and nxt.isalpha() else OPEN  # can`t: an apostrophe
        elif c in "‘“":
            role = APOS if c == "‘" and _ELISION.match(text, i + 1, end) and not prev.isalnum() and \
                _looks_elided(text, i + 1, end) else OPEN
        elif c == "’" and prev in ".)" and nxt == "s" and not text[i + 2:i + 3].isalpha():
            role = APOS  # "Aureli et al.’s framework", the B.B.C.’s (as for a straight mark below)
        elif c in "’”":
            if c == "’" and nxt.isalpha() and (prev.isalnum() or prev.isspace() or prev in "_*"):
                role = APOS  # Trotsky’s, I’ll, 1930’s; ’n’, ’em: a closing mark never abuts a letter
                # (the _Spray_’s voyage: after a plain text's italics too)
            elif c == "’" and not prev.isalnum() and re.match(r"\d\ds?\b", text[i + 1:i + 5]):
                role = APOS  # the Constitution of ’65, the ’90s: a year's century left out
            else:
                role = CLOSE
        elif c == "'" and (prev.isalnum() or prev in "_*") and (nxt.isalpha()):
            role = APOS  # don't, 1930's, the _Spray_'s
        elif c in "'’" and (prev in ".)" or prev == "-" and text[i - 2:i] == "--") and nxt == "s" \
                and not text[i + 2:i + 3].isalpha():
            role = APOS  # the C.'s, the B.B.C.’s, a name left out's "----'s standing"
        elif c in "'’" and not prev.isalnum() and _IT_ELIDED.match(text, i + 1, end):
            role = APOS  # 'T is, 'T was: "it" elided, as old print spells it, never a quotation
        elif c == "'" and not prev.isalnum() and _ELISION.match(text, i + 1, end) and \
                _looks_elided(text, i + 1, end, "'"):
            role = APOS  # 'em, 'tis, rock 'n' roll
        elif c == "'" and not prev.isalnum() and prev not in "'\"“”‘’" and _DROPPED_H.match(text, i + 1, end):
            role = APOS  # 'E, 'er, 'Owever: a dialect's dropped h
        elif c == "'" and not prev.isalnum() and re.match(r"\d\ds?\b", text[i + 1:end]):
            role = APOS  # '67, '90s
        elif prev.isspace() or prev in "([{—–-/" or prev in "‘“":
            role = OPEN if not nxt.isspace() else "either"
        elif c == '"' and prev in ",:" and nxt == " " and text[i - 2:i - 1].isalpha():
            role = "either"  # 'Wilkins said," [Warhol] liked …"': opens one if none is open
        elif nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in "’”":
            role = CLOSE
        else:
            role = "either"
        tokens.append(Token(i, c, role, kind))
    return tokens


def _looks_elided(text: str, i: int, end: int, mark: str = "’") -> bool:
    """‘90s or ’em: an elision, not a quotation, when no closing mark follows in the unit
    (for a straight mark: none after a word's end, as "em'" or "it.'" would be)."""
    if re.match(r"\d\ds\b", text[i:end]) or re.match(_DECADE, text[i:end], re.IGNORECASE):
        return True
    if mark == "’":
        return "’" not in text[i:end]
    return re.search(r"[\w.,!?;:]'(?![\w])", text[i:end]) is None


SUPPLY_AT_WORDS = 3
WORDS_BEFORE_REACH = 80  # characters: three words at most, read in bounded time
_WORD = re.compile(r"[\w’'\-]+")
_WORDS_BEFORE = re.compile(r"[\w’'\-]+(?:[ \u00a0\n]+[\w’'\-]+){0,2}(?=[.,;:!?]?$)")


def _plausible_open(text: str, unit: Unit, lower: int, close: int) -> int:
    """Where a quotation closed at ``close`` without an opening mark most plausibly began:
    after the last colon (":", ":-") before it, else at ``lower`` (the paragraph's start or the
    start of the enclosing quotation's text)."""
    segment = text[lower:close]
    colon = max(segment.rfind(": "), segment.rfind(":- "), segment.rfind(":\u00a0"))
    if colon >= 0:
        after = lower + colon + 1
        while after < close and (text[after] in "-—" or text[after].isspace()):
            after += 1
        return after
    lead = _LEADING.match(text, lower, close)
    return lead.end() if lead else lower


def _plausible_close(text: str, unit: Unit) -> int:
    """Where a quotation left open at the end of a paragraph most plausibly ends: before a
    closing citation ``(Page 98)``, else at the paragraph's end."""
    m = TRAILING_CITATION.search(text, unit.start, unit.end)
    if m and m.start() > unit.start:
        return m.start()
    return unit.end


def _reopens_line(text: str, pos: int, start: int) -> bool:
    """The mark at ``pos`` opens a line after the unit's first, and the same mark opened the line
    before it: the convention of a quotation re-opened line by line (not a stray mark's pair)."""
    line = pos - 1  # (back over the line's indent only: a line's start is read in bounded time)
    while line >= start and text[line] in " \t\u00a0":
        line -= 1
    if line < start or text[line] != "\n":
        return False
    before = text.rfind("\n", start, line) + 1  # (the line before: read once, where a line opens)
    before = max(before, start)
    return text[before:line].lstrip(" \t\u00a0")[:1] == text[pos]


def parse_quotations(units: list[Unit]) -> list[Quotation]:
    """Every quotation in ``units`` (a section's paragraphs, in order), outermost first."""
    found: list[Quotation] = []
    stack: list[Quotation] = []
    continuing = False  # the open quotations run on into this unit
    unmarked = False  # … and it does not re-open them with a mark
    closed_at: dict[tuple[int, str], int] = {}  # (unit, kind) -> where its last quotation closed
    quoted_words: dict[str, set[str]] = {}  # kind -> the short quotations so marked, case folded

    for u, unit in enumerate(units):
        text = unit.text
        tokens = tokenize(text, unit.start, unit.end)
        if continuing and unmarked:
            begin = _LEADING.match(text, unit.start, unit.end).end()
            for q in stack:
                q.parts.append(Part(u, begin, unit.end))
        elif continuing:
            # the run-on convention: this unit re-opens the outermost quotation with its mark
            first = tokens[0]
            for q in stack:
                q.parts.append(Part(u, first.pos if q is stack[0] else unit.start, unit.end))
            tokens = tokens[1:]
        continuing = unmarked = False
        for tok in tokens:
            role = tok.role
            if role == "either":
                role = CLOSE if any(q.kind == tok.kind for q in stack) else OPEN
            if role == APOS:
                continue
            if role == OPEN and stack and stack[-1].kind == tok.kind and _reopens_line(text, tok.pos, unit.start):
                # an old print's convention: a quotation over several lines re-opens each line
                # with its mark ("“Write to me soon and often. … I had forgotten to" / "“answer that
                # part of your letter."), which nests nothing
                continue
            if role == OPEN:
                if len(stack) >= MAX_NESTING:
                    raise NestingTooDeep(u, tok.pos)
                q = Quotation(tok.kind, len(stack), [Part(u, tok.pos, unit.end)],
                              parent=stack[-1] if stack else None)
                stack.append(q)
                found.append(q)
                continue
            # a closing mark: close the innermost open quotation of its kind; ' and ’ also
            # close a quotation opened with a grave accent, when that is the innermost
            match = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].kind == tok.kind), None)
            if tok.mark in "'’" and stack and stack[-1].kind == "grave":
                match = len(stack) - 1
            if match is None and tok.kind in _OTHER_DOUBLE:
                # a double mark of the other shape closes one opened in the same paragraph: a
                # text curled by halves ('"I'm not willing …,” Klaus said. “So I stopped choosing."')
                match = next((i for i in range(len(stack) - 1, -1, -1)
                              if stack[i].kind == _OTHER_DOUBLE[tok.kind] and stack[i].last.unit == u), None)
            if match is None:
                if tok.mark in "'\"" or (tok.mark == "’" and text[tok.pos - 1:tok.pos].isalpha()):
                    # after a letter (workers’, goin’, ’n’) an unmatched mark is an apostrophe;
                    # a lost opening mark shows as a closing one after punctuation ("Party.’")
                    continue
                if len(stack) >= MAX_NESTING:
                    raise NestingTooDeep(u, tok.pos)
                parent = stack[-1] if stack else None
                lower = unit.start
                if parent is not None and parent.last.unit == u:
                    lower = parent.last.start + (0 if parent.last.supplied_start else 1)
                # (a supplied mark never opens before a whole quotation of its own kind in the
                # paragraph: nested ones take the other marks)
                lower = max(lower, closed_at.get((u, tok.kind), lower))
                begin = _plausible_open(text, unit, lower, tok.pos)
                words = _WORDS_BEFORE.search(text, max(lower, tok.pos - WORDS_BEFORE_REACH), tok.pos)
                for w in reversed(list(_WORD.finditer(text, words.start(), words.end())) if words else ()):
                    if text[w.start():words.end()].casefold() in quoted_words.get(tok.kind, ()):
                        begin = w.start()  # 'Mormon” or Gentile' after “Mormon”: the words it quoted
                        break
                q = Quotation(tok.kind, len(stack), [Part(u, begin, tok.pos + 1,
                                                         supplied_start=KINDS[tok.kind][0])],
                              parent=parent)
                q.warnings.append((u, begin, f"quotation has no opening mark; supplied "
                                             f"{KINDS[tok.kind][0]} here"))
                found.append(q)
                continue
            for inner in stack[match + 1:]:
                inner.last.end = tok.pos
                inner.last.supplied_end = KINDS[inner.kind][1]
                inner.warnings.append((u, tok.pos, f"quotation has no closing mark; supplied "
                                                   f"{KINDS[inner.kind][1]} here"))
            stack[match].last.end = tok.pos + 1
            closed_at[(u, tok.kind)] = tok.pos + 1
            closed = stack[match]
            if len(closed.parts) == 1 and closed.first.unit == u and not closed.first.supplied_start:
                words_quoted = text[closed.first.start + 1:tok.pos].strip()
                if 0 < len(words_quoted.split()) <= SUPPLY_AT_WORDS:
                    quoted_words.setdefault(tok.kind, set()).add(words_quoted.casefold())
            del stack[match:]
        if not stack:
            continue
        nxt = units[u + 1] if u + 1 < len(units) else None
        if nxt is not None:
            lead = _LEADING.match(nxt.text, nxt.start, nxt.end).end()
            reopened = lead < nxt.end and nxt.text[lead] == KINDS[stack[0].kind][0]
            unmarked = not reopened and unit.set_off and nxt.set_off and (
                _closes_later(units, u + 1, stack[0].kind) or _never_closed(units, u + 1, stack[0].kind))
            if unmarked or reopened:
                continuing = True
                for q in stack:
                    q.last.end = unit.end
                continue
        for q in [q for q in stack if _elided_name(q, u, text, found)]:
            _drop(q, stack, found)
        if not stack:
            continue
        close_at = _plausible_close(text, unit)
        for q in reversed(stack):
            q.last.end = max(close_at, q.last.start)
            q.last.supplied_end = KINDS[q.kind][1]
            q.warnings.append((u, close_at, f"quotation has no closing mark; supplied "
                                            f"{KINDS[q.kind][1]} here"))
        stack.clear()
    _check_nesting(found)
    return found


def _elided_name(q: Quotation, u: int, text: str, found: list[Quotation]) -> bool:
    """A straight single mark never closed in its paragraph, glued to a capitalised word, where
    the text quotes with double marks: a name cut short ("as 'Siah said,"), no quotation."""
    return q.kind == "straight-single" and len(q.parts) == 1 and q.first.unit == u \
        and not q.first.supplied_start and text[q.first.start + 1:q.first.start + 2].isupper() \
        and any(f.kind in _OTHER_DOUBLE and not f.last.supplied_end and f.last.unit <= u for f in found if f is not q)


def _drop(q: Quotation, stack: list[Quotation], found: list[Quotation]) -> None:
    """Take ``q`` out: the quotations inside it move up a level."""
    stack.remove(q)
    found.remove(q)
    inside = [f for f in found if _within(f, q)]
    for f in inside:
        f.depth -= 1
        if f.parent is q:
            f.parent = q.parent


def _within(f: Quotation, q: Quotation) -> bool:
    parent = f.parent
    while parent is not None:
        if parent is q:
            return True
        parent = parent.parent
    return False


MAX_UNMARKED_STANZAS = 8


def _closes_later(units: list[Unit], u: int, kind: str) -> bool:
    """The set-off units from ``u`` on go on without re-opening the marks, and one of them
    closes the quotation: a psalm's stanzas, the mark opening the first and closing the last
    ('   “My Shepherd is the living Lord, …' / '   He shall convert …' / '   … comfort me.”')."""
    for unit in units[u:u + MAX_UNMARKED_STANZAS]:
        if not unit.set_off:
            return False
        if any(tok.kind == kind and tok.role != APOS for tok in tokenize(unit.text, unit.start, unit.end)):
            return _closes_first(unit, kind)
    return False


MAX_UNCLOSED_RUN = 40  # set-off paragraphs an unmarked quotation may run on over


def _never_closed(units: list[Unit], u: int, kind: str) -> bool:
    """The set-off units from ``u`` on go on without re-opening the marks, up to one whose first
    unpaired mark of ``kind`` closes the quotation or to the end of their run: a speech set in,
    its mark opening the first paragraph ('    "I have received a document …' / '    In this
    document, …' / … / '    … Executive dictation."'), its closing mark on the last or supplied
    where the run ends — one quotation. Marks of its kind in pairs inside a paragraph quote words
    in it ('Presidents of "stakes" Bishops')."""
    for unit in units[u:u + MAX_UNCLOSED_RUN]:
        if not unit.set_off:
            return True
        marks = [tok for tok in tokenize(unit.text, unit.start, unit.end) if tok.kind == kind and tok.role != APOS]
        if not len(marks) % 2 and all(tok.role != CLOSE for tok in marks[::2]) \
                and all(tok.role != OPEN for tok in marks[1::2]):
            continue  # none, or words quoted in pairs
        return marks[0].role in (CLOSE, "either") and len(marks) % 2 == 1
    return len(units) - u <= MAX_UNCLOSED_RUN


def _closes_first(unit: Unit, kind: str) -> bool:
    """The unit's first mark of ``kind`` closes a quotation: a block quotation's next
    paragraph that goes on without re-opening the marks ('    “The North Koreans …' /
    '    Steinberg has not … home soon.”') — one quotation, nothing to supply."""
    for tok in tokenize(unit.text, unit.start, unit.end):
        if tok.kind == kind and tok.role != APOS:
            return tok.role in (CLOSE, "either")
    return False


def _check_nesting(quotations: list[Quotation]) -> None:
    """Refuse more than ``MAX_NESTING`` quotations over one place, however they came to be
    nested: opening marks never closed nest on the parser's stack (refused as they come), but
    closing marks never opened nest too, each supplied quotation around the ones before it."""
    events: dict[int, list[tuple[int, int, int, Part]]] = {}
    for q in quotations:
        for p in q.parts:
            if p.start < p.end:  # at an offset, ends first; starts the innermost first
                events.setdefault(p.unit, []).extend(((p.end, 0, 0, p), (p.start, 1, p.end, p)))
    for u, unit_events in events.items():
        depth = 0
        for _, starts, _, part in sorted(unit_events, key=lambda e: e[:3]):
            depth += 1 if starts else -1
            if depth > MAX_NESTING:  # at its mark: the closing one when the opening is supplied
                raise NestingTooDeep(u, part.end - 1 if part.supplied_start else part.start)
