# SPDX-License-Identifier: MIT
"""Scoring what the encoder found against an article's truth: for each kind, found / missed /
spurious, with the items behind each figure so a report can show them.

Kinds (``KINDS``):

- ``opening``: title, author and source lines in the title page, each right or not;
- ``headings``: section headings, line for line;
- ``quotations``: passages of writing or speech found as ``quote``/``said`` (spurious: a
  ``quote``/``said`` the truth has no passage for — a promoted phrase among them);
- ``phrases``: short quoted phrases kept as ``q`` (spurious: promoted to ``quote``/``said``;
  missed: not marked at all);
- ``quoted-titles``: titles in quotation marks marked as ``title`` (missed otherwise);
- ``speakers``: named speakers found by ``@who`` (spurious: ``@who`` on a passage whose speaker
  is someone else, or nobody named);
- ``who-not-a-speaker``: ``@who`` pointing at a name no speaker of the truth bears — a city, a
  sentence-opening word, half a name (only spurious counts);
- ``citations``: citation groups with at least one ``bibl`` (spurious: a ``bibl`` in the text
  that no group of the truth holds);
- ``references``: the references of the groups, one ``bibl`` each;
- ``resolved``: references whose ``bibl`` points (``@corresp``) at the one entry that stands
  for their work;
- ``notes``: the source's notes recognised as notes; ``note-references``: works cited in notes
  found as a ``bibl`` inside the note (spurious: more ``bibl`` in a note than it cites works).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from edition.fidelity.observe import NS, Observed, Quoted, normal
from edition.fidelity.truth import Truth

KINDS = ("opening", "headings", "quotations", "phrases", "quoted-titles", "speakers",
         "who-not-a-speaker", "citations", "references", "resolved", "notes", "note-references")


@dataclass
class Tally:
    found: int = 0
    missed: int = 0
    spurious: int = 0
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, outcome: str, example: str | None = None, n: int = 1) -> None:
        setattr(self, outcome, getattr(self, outcome) + n)
        if example is not None and outcome != "found":
            self.examples[outcome].append(example)

    def __iadd__(self, other: "Tally") -> "Tally":
        self.found += other.found
        self.missed += other.missed
        self.spurious += other.spurious
        return self

    @property
    def total(self) -> int:
        return self.found + self.missed

    def figures(self) -> dict[str, int]:
        return {"found": self.found, "missed": self.missed, "spurious": self.spurious}


Score = dict[str, Tally]


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# a transcript's or a play's turns set off as one passage begin with the first speaker's label:
# the passage's words are what follows it ("MR. LOW: Victor Morawetz." -> "Victor Morawetz.",
# "Mrs. Linden: There's no happiness …" -> "There's no happiness …")
_TURN_LABEL = re.compile(r"^[\s\u00a0]*(?:[A-Z][A-Z.’'\-]*[ \u00a0]){0,3}[A-Z][A-Z’'\-]+:[ \u00a0]+"
                         r"|^[\s\u00a0]*(?:[A-Z][a-z]{1,4}\.[ \u00a0])?[A-Z][a-z’'\-]+(?:[ \u00a0][A-Z][a-z’'\-]+)?:[ \u00a0]+")
# (a label closed by a full stop, "Magistrate. Pray, what ails these People?", where the
# passage set off holds turns a paragraph each)
# a verse's number, quoted with the verse: "1. The LORD is my shepherd" is the passage "The LORD …"
_VERSE_NUMBER = re.compile(r"^[\s\u00a0]*\d{1,3}\.[ \u00a0]+")
_DOTTED_LABEL = re.compile(r"^[\s\u00a0]*[A-Z][a-z’'\-]+(?:[ \u00a0][A-Z][a-z’'\-]+)?\.[ \u00a0]+")


def _exchange(q: Quoted) -> bool:
    paragraphs = q.element.xpath("t:p", namespaces=NS)
    return len(paragraphs) >= 2 and all(_DOTTED_LABEL.match(p.xpath("string()")) for p in paragraphs[:2])


_NOT_NAME = frozenset("mr mrs ms dr sir prof professor rev lord lady st the de van von".split())


_DETERMINERS = frozenset("our my his her their your".split())


def _name_tokens(name: str) -> set[str]:
    words = {w.casefold() for w in re.findall(r"[^\W\d_][\w’'\-]+", name)} - _DETERMINERS
    # (a title is the name when it is all there is: "our Lord", @who "Lord")
    return words - _NOT_NAME or words


def rule_key(rule: str) -> str:
    """The key of a rule's own tally in a ``Score`` (beside the kinds)."""
    return "rule " + rule


def score(truth: Truth, seen: Observed) -> Score:
    """Every kind's tally, and each rule's (``rule_key``): for a quotation or citation the
    encoder made, found when the rule decided as the truth says, spurious when it made a
    passage (or a citation) the truth has not, missed when it made a phrase of a passage."""
    s: Score = {kind: Tally() for kind in KINDS}
    _opening(truth, seen, s["opening"])
    _headings(truth, seen, s["headings"])
    _passages(truth, seen, s)
    _citations(truth, seen, s)
    _notes(truth, seen, s)
    return s


def _opening(truth: Truth, seen: Observed, t: Tally) -> None:
    for key in ("title", "author", "source"):
        want, got = truth.opening.get(key), seen.opening.get(key)
        if want is not None and got is not None and normal(want) == normal(got):
            t.add("found")
            continue
        if want is not None:
            t.add("missed", f"{key}: {want}")
        if got is not None:
            t.add("spurious", f"{key}: {got}")


def _headings(truth: Truth, seen: Observed, t: Tally) -> None:
    want = Counter(normal(h) for h in truth.headings)
    got = Counter(normal(h) for h in seen.headings)
    originals = {normal(h): h for h in [*truth.headings, *seen.headings]}
    for h, n in want.items():
        t.add("found", n=min(n, got[h]))
        for _ in range(n - got[h]):
            t.add("missed", originals[h])
    for h, n in got.items():
        for _ in range(n - want[h]):
            t.add("spurious", originals[h])


def _passages(truth: Truth, seen: Observed, s: Score) -> None:
    pool = [q for q in seen.quoted if not q.continuation]
    used: set[int] = set()

    def match(words: str) -> Quoted | None:
        key = normal(words)
        for i, q in enumerate(pool):
            if i not in used and (normal(q.text).startswith(key) or normal(q.bare).startswith(key)
                                  or normal(_TURN_LABEL.sub("", q.text, 1)).startswith(key)
                                  or normal(_VERSE_NUMBER.sub("", q.text, 1)).startswith(key)
                                  or _exchange(q) and normal(_DOTTED_LABEL.sub("", q.text, 1)).startswith(key)):
                used.add(i)
                inner = pool[i + 1] if i + 1 < len(pool) else None
                if q.tag == "quote" and inner is not None and inner.tag == "said" and inner.who \
                        and normal(inner.text).startswith(key):
                    used.add(i + 1)  # a block quotation set off whole, its words speech: the
                    return inner     # speech's speaker is the passage's
                return q
        return None

    speakers = [_name_tokens(n) for n in truth.speaker_names]

    def by_rule(q: Quoted | None, outcome: str, label: str) -> None:
        s.setdefault(rule_key(q.rule if q is not None else "no quotation found"),
                     Tally()).add(outcome, label)

    read_as: dict[int, str] = {}  # id(quoted) -> what the truth reads there, for @who's report
    for p in truth.passages:
        q = match(p.words)
        tag = q.tag if q is not None else None
        if q is not None:
            read_as[id(q)] = {"quote": "writing", "phrase": "a phrase", "quoted-title": "a title"}.get(
                p.kind, "another's speech" if p.speaker not in (None, "-") else "unnamed speech")
        label = f"{p.kind}: {_short(p.words)}" + (f" [{tag}, {q.rule}]" if tag else "")
        if p.kind in ("quote", "speech"):
            s["quotations"].add("found" if tag in ("quote", "said") else "missed", label)
            by_rule(q, "found" if tag in ("quote", "said") else "missed", label)
        elif p.kind == "phrase":
            if tag in ("q", "title"):
                s["phrases"].add("found")
                by_rule(q, "found", label)
            elif tag in ("quote", "said"):
                s["phrases"].add("spurious", label)
                s["quotations"].add("spurious", label + " (a phrase)")
                by_rule(q, "spurious", label + " (a phrase)")
            else:
                s["phrases"].add("missed", label)
        elif p.kind == "quoted-title":
            s["quoted-titles"].add("found" if tag == "title" else "missed", label)
            if tag in ("quote", "said"):
                s["quotations"].add("spurious", label + " (a title)")
        who = q.who if q is not None and q.tag == "said" else None
        if p.kind == "speech" and p.speaker != "-":
            if who is not None and _name_tokens(who) & _name_tokens(p.speaker):
                s["speakers"].add("found")
            else:
                s["speakers"].add("missed", f"{p.speaker}: {_short(p.words, 40)} (who={who})")
                if who is not None:
                    s["speakers"].add("spurious", f"{who} for {p.speaker}")
        elif who is not None:
            s["speakers"].add("spurious", f"{who} for {p.speaker or 'writing'}: {_short(p.words, 40)}")
    for i, q in enumerate(pool):
        if i not in used and q.outermost and q.tag in ("quote", "said"):
            s["quotations"].add("spurious", f"{q.tag}: {_short(q.text)} [{q.rule}]")
            by_rule(q, "spurious", f"{q.tag}: {_short(q.text)}")
    for q in seen.quoted:  # the truth lists outermost passages only: so does this count
        if q.tag == "said" and q.who and q.outermost and not q.continuation and not any(
                _name_tokens(q.who) & names for names in speakers):
            s["who-not-a-speaker"].add("spurious", f"{q.who} on {read_as.get(id(q), 'words not listed')}: "
                                                   f"{_short(q.text, 40)}")


def _citations(truth: Truth, seen: Observed, s: Score) -> None:
    bibls = [b for b in seen.bibls if b.in_note is None]
    used: set[int] = set()
    pairs: list[tuple[str, str | None, str]] = []  # (key, corresp, label)
    cursor = 0  # groups are in the text's order, and so are the bibls: look on from the last

    def find(group, loose: bool) -> list[int]:
        nonlocal cursor
        g = normal(group.text)
        for start in (cursor, 0):
            got = []
            for i in range(start, len(bibls)):
                if i in used:
                    continue
                text = normal(bibls[i].text).rstrip(".,;")
                if text and (_within(text, g) or loose and _within(g, text) or _name_before(text, g)):
                    got.append(i)
                    if len(got) == max(1, len(group.keys)):
                        break
                elif got:
                    break  # a group's references are consecutive bibls
            if got:
                used.update(got)
                cursor = got[-1] + 1
                return got
        return []

    # the bibls inside each group first; then a group inside a longer bibl (a bare "(2023)" the
    # encoder missed must not take "(Souza, 2023)" from its own group)
    found = {id(group): find(group, loose=False) for group in truth.citations}
    for group in truth.citations:
        if not found[id(group)]:
            found[id(group)] = find(group, loose=True)
    for group in truth.citations:
        got = found[id(group)]
        label = _short(group.text)
        s["citations"].add("found" if got else "missed", label)
        for i in got:
            s.setdefault(rule_key(bibls[i].rule), Tally()).add("found")
        if not got:
            s.setdefault(rule_key("no citation found"), Tally()).add("missed", label)
        for n, key in enumerate(group.keys):
            if n < len(got):
                s["references"].add("found")
                pairs.append((key, bibls[got[n]].corresp, label))
            else:
                s["references"].add("missed", f"{label} #{n + 1}")
                s["resolved"].add("missed", f"{label} #{n + 1} (not found)")
    for i, b in enumerate(bibls):
        if i not in used:
            s["citations"].add("spurious", _short(b.text))
            s.setdefault(rule_key(b.rule), Tally()).add("spurious", _short(b.text))
    # each work is the entry most of its references point at, and no other work's
    votes: dict[str, Counter] = defaultdict(Counter)
    for key, corresp, _ in pairs:
        if corresp is not None:
            votes[key][corresp] += 1
    target: dict[str, str] = {}
    for key, counter in sorted(votes.items(), key=lambda kv: -sum(kv[1].values())):
        for corresp, _n in counter.most_common():
            if corresp not in target.values() and _entry_agrees(truth, seen, key, corresp):
                target[key] = corresp
                break
    for key, corresp, label in pairs:
        if corresp is not None and target.get(key) == corresp:
            s["resolved"].add("found")
        else:
            s["resolved"].add("missed", f"{label}: {key} -> {corresp}")


def _within(part: str, whole: str) -> bool:
    """``part`` is in ``whole`` as whole words and numbers: "²" is not in "¹²,¹³,²³"."""
    at = whole.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not (whole[at - 1].isalnum() and part[0].isalnum())) and (
                end == len(whole) or not (whole[end].isalnum() and part[-1].isalnum())):
            return True
        at = whole.find(part, at + 1)
    return False


def _name_before(text: str, group: str) -> bool:
    """The bibl is the group's first reference with the author's name before its bracket
    (``Solomon (1992`` of the group ``(1992; 1999)``): a narrative citation, which the truth may
    give by its brackets alone."""
    bracket = text.find("(")  # (the group's own, normalised, lost its opening bracket)
    return bracket > 0 and len(text) - bracket > 4 and group.startswith(text[bracket + 1:])


def _entry_agrees(truth: Truth, seen: Observed, key: str, corresp: str) -> bool:
    """A work the source lists itself must be pointed at its own entry there."""
    words = truth.works.get(key)
    if words is None or not seen.references:
        return True
    entry = seen.references.get(corresp)
    if entry is None:
        return False
    # the entry's words after its number, label or bullet: "1. Smith J …", "[policies] weir, …",
    # "[omb a-130] office of …", "- Smith et al. (2012) …" (normal() has folded the case)
    entry = re.sub(r"^(?:\[?\d{1,3}\]|\d{1,3}[.)]|\[?[^\W\d_][\w+&\-. ]{1,26}\]|[-–•*·])\s+", "", normal(entry))
    return entry.startswith(normal(words))


_FIGURES = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")  # a note printed "¹" is note 1


def _marker(printed: str) -> str:
    # ("NOTE 1", "Note 1": a note labelled by its number is that number's, as "[1]" is)
    # ("{12a}", an etext's note keyed by its page, is note 12a)
    return re.sub(r"^(?i:note)\s+", "", printed.strip("[](){}.")).translate(_FIGURES)


def _notes(truth: Truth, seen: Observed, s: Score) -> None:
    numbers = Counter(_marker(n) for n in seen.notes)
    in_notes = Counter(_marker(b.in_note) for b in seen.bibls if b.in_note is not None)
    for note in truth.notes:
        marker = _marker(note.marker)
        if numbers[marker] > 0:
            numbers[marker] -= 1
            s["notes"].add("found")
        else:
            s["notes"].add("missed", note.marker)
        for key in note.keys:
            if in_notes[marker] > 0:
                in_notes[marker] -= 1
                s["note-references"].add("found")
            else:
                s["note-references"].add("missed", f"note {note.marker}: {key}")
    # more references in a note than the truth lists for it: spurious (a sentence read as one)
    for marker in {_marker(n.marker) for n in truth.notes}:
        if in_notes[marker] > 0:
            s["note-references"].add("spurious", f"note {marker}: {in_notes[marker]} more", n=in_notes[marker])
            in_notes[marker] = 0
    s["notes"].add("spurious", n=sum(numbers.values()))
