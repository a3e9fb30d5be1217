# SPDX-License-Identifier: MIT
"""Hostile shapes of text (issue 17): quotations nested past the limit are refused at their
place, never a RecursionError or an XML error blamed on a line the text does not have;
unbalanced marks by the thousand still make a valid TEI; and the indexes that made encoding
linear (masks.py, spans.select, speech.SentenceEnds) answer as the definitions they replace.

The speed itself is measured in bench/growth_encode.py, not here."""

from __future__ import annotations

import random

import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.encoder import encode_source
from edition.markup.masks import MASK, Masks, PersonsInView, lineage
from edition.markup.names import Mention
from edition.markup.quotes import MAX_NESTING, NestingTooDeep, Unit, parse_quotations
from edition.markup.spans import Span, crosses, select
from edition.markup.speech import _NOT_AN_END, SENTENCE_END, SentenceEnds
from edition.text.source import decode_source
from edition.validation import validate_tree
from edition.verify import check_lossless

HEAD = "A Study of Nesting\n\nBy Ann Writer\n\n"
BODY = "The wheel turned all day long, and the river ran under it as it had for a hundred years."


def nested(depth: int) -> str:
    """Quotations ``depth`` deep, the marks alternating as printers nest them."""
    opening = "".join("“‘"[i % 2] for i in range(depth))
    closing = "".join("”’"[(depth - 1 - i) % 2] for i in range(depth))
    return f"{opening}deep{closing}"


def encode(text: str, name: str = "nesting.txt"):
    return encode_source(decode_source(text.encode("utf-8"), name))


@pytest.mark.parametrize("depth", [150, 1000])
def test_quotations_nested_too_deep_are_refused_at_the_mark_that_goes_too_deep(tmp_path, depth):
    source = tmp_path / "deep.txt"
    source.write_text(HEAD + "First paragraph.\n\nShe wrote " + nested(depth) + " at last.\n",
                      encoding="utf-8")
    out = tmp_path / "deep.xml"
    result = CliRunner().invoke(main, ["encode", str(source), "-o", str(out)])
    assert result.exit_code == 1
    # line 7 ("She wrote …"), column of the opening mark one past the limit
    column = len("She wrote ") + MAX_NESTING + 1
    assert f"{source}:7:{column}: quotation marks nested more than {MAX_NESTING} deep" \
        in result.stderr, result.stderr
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_nesting_too_deep_is_an_edition_error_with_its_place():
    with pytest.raises(NestingTooDeep) as caught:
        encode(HEAD + "x " + nested(MAX_NESTING + 1))
    assert (caught.value.line, caught.value.column) == (5, 3 + MAX_NESTING)


def test_opening_marks_never_closed_are_refused_where_they_go_too_deep():
    with pytest.raises(NestingTooDeep) as caught:  # not 2,000 levels of quotation
        encode(HEAD + " ".join(f"ab{'“‘'[i % 2]} cd" for i in range(2000)))
    assert (caught.value.line, caught.value.column) == (5, 7 * MAX_NESTING + 3)  # "abX cd " each


def test_closing_marks_never_opened_are_refused_where_they_go_too_deep():
    # each closing mark without an opening one is a quotation supplied from the paragraph's
    # start, around the ones before it: the 33rd ” is one too deep (the ’ are apostrophes)
    with pytest.raises(NestingTooDeep) as caught:
        encode(HEAD + " ".join(f"ab{'’”'[i % 2]} cd" for i in range(2000)))
    assert (caught.value.line, caught.value.column) == (5, 7 * (2 * MAX_NESTING + 1) + 3)


def test_nesting_at_the_limit_is_encoded_valid_and_lossless(tei_all):
    source_text = HEAD + "He said, " + nested(MAX_NESTING) + " and (page 4, A Book, 1962) went.\n"
    result = encode(source_text)
    source = decode_source(source_text.encode("utf-8"), "nesting.txt")
    assert check_lossless(source, result.tree) is None
    assert validate_tree(result.tree, "nesting", kinds=("rng", "sch"), source=result.tei) == []
    assert tei_all.validate(result.tree), tei_all.error_log.last_error


@pytest.mark.parametrize("marks", ["”’“‘", "\"'", "`'’", "”“"])
def test_thousands_of_unbalanced_marks_make_a_valid_tei(tei_all, marks):
    one_paragraph = " ".join(f"ab{marks[i % len(marks)]} cd" for i in range(2000))
    many = "\n\n".join(f"So {marks[i % len(marks)]}it went on" for i in range(300))
    source_text = HEAD + one_paragraph + "\n\n" + many + "\n"
    result = encode(source_text)
    source = decode_source(source_text.encode("utf-8"), "nesting.txt")
    assert check_lossless(source, result.tree) is None
    assert validate_tree(result.tree, "marks", kinds=("rng", "sch"), source=result.tei) == []
    assert tei_all.validate(result.tree), tei_all.error_log.last_error
    assert all(w.line and w.column for w in result.warnings)  # each supplied mark located


# -- the indexes answer as the definitions they replace -------------------------------------

PIECES = ["‘", "’", "“", "”", '"', "'", "a", "b c", ". ", ": ", "x’s", "\u00a0", "P", "Q. ", "Mr. "]


def random_units(rng: random.Random) -> list[Unit]:
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
             for _ in range(rng.randint(1, 4))]
    return [Unit(t, 0, len(t)) for t in texts]


def test_long_runs_of_capitals_and_dots_are_read_without_backtracking():
    # a note's piece of one long word in capitals (or of initials, or of apostrophes), a line of
    # capitals and a run of dot leaders:
    # patterns that could cut a word in two anywhere (a name's words, a debate's turn) or start
    # a run of dots at each dot took time exponential (or quadratic) in such a run — 40
    # capitals in a note held the encoder for minutes. Encoded now as any text is.
    caps, initials, apostrophes = "A" * 40, "A." * 40, "A'" * 40
    text = (HEAD + f"The mill stood by the river.[1] {BODY}\n\n" + ("B" * 300) + ".\n\n"
            + f"The miller kept his books:\n\n    Wheels{'.' * 5000}226\n\n{BODY}\n\n"
            + f"Notes\n\n[1] By {caps} x, ed. {caps} y, {caps}'s z, {initials} Reed, {apostrophes} w.\n")
    result = encode(text)
    words = "".join(result.tree.getroot().find("{http://www.tei-c.org/ns/1.0}text").itertext())
    assert caps in words and "." * 5000 in words
    # and `edition names`'s test of a person's name, on a run of initials
    from edition.markup.draft import _PERSON
    assert _PERSON.match(initials + " x") is None and _PERSON.match("J.R.R. Tolkien")


def test_masks_agree_with_their_definition():
    rng = random.Random(17)
    for _ in range(300):
        units = random_units(rng)
        # some quotations left out, as a citation's quoted title is
        quotations = [q for q in parse_quotations(units) if rng.random() < 0.9]
        masks = Masks(quotations)
        for keep in quotations:
            own = {id(q) for q in lineage(keep)}
            for u, unit in enumerate(units):
                others = [(p.start, p.end) for q in quotations if id(q) not in own
                          for p in q.parts if p.unit == u]
                mask = masks.around(u, keep)
                for x in range(len(unit.text) + 1):
                    assert (x in mask) == any(a <= x < b for a, b in others)
                a, b = sorted(rng.randint(0, len(unit.text)) for _ in range(2))
                # (and a lead-in, up to the kept quotation's start: its own lines outside it)
                lead = (rng.randint(0, keep.first.start), keep.first.start) if keep.first.unit == u else (a, b)
                for a, b in ((a, b), lead):
                    chars = [MASK if any(s <= i < e for s, e in others) else c
                             for i, c in enumerate(unit.text[a:b], a)]
                    assert mask.blank(unit.text, a, b) == "".join(chars)


def test_persons_in_view_agree_with_reading_back_paragraph_by_paragraph():
    rng = random.Random(17)
    for _ in range(300):
        units = random_units(rng)
        quotations = [q for q in parse_quotations(units) if rng.random() < 0.9]
        mentions = [[Mention(i, i + 1, rng.choice(["person", "org"]), f"{u}-{i}")
                     for i, c in enumerate(unit.text) if c in "PQ"] for u, unit in enumerate(units)]
        view = PersonsInView(mentions, quotations)
        for q in quotations:
            own = {id(o) for o in lineage(q)}

            def seen(u, end):
                others = [(p.start, p.end) for o in quotations if id(o) not in own
                          for p in o.parts if p.unit == u]
                return [m.id for m in mentions[u] if m.kind == "person" and m.start < end
                        and not any(a <= m.start < b for a, b in others)]
            u = q.first.unit
            expected = (seen(u, q.first.start) or [None])[0]
            for prev in range(u - 1, -1, -1):
                if expected is None and seen(prev, len(units[prev].text)):
                    expected = seen(prev, len(units[prev].text))[-1]
            found = view.first_before(u, q, q.first.start) or view.last_in_unit_before(u, q)
            assert (found.id if found else None) == expected


def test_select_agrees_with_trying_every_accepted_span():
    rng = random.Random(17)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 20)):
            a = rng.randint(0, 25)
            span = Span(a, rng.randint(a, 25), "q", rank=rng.choice([5, 10, 11, 30]))
            if spans and rng.random() < 0.3:
                span.requires = (rng.choice(spans),)
            spans.append(span)
        expected_accepted, expected_dropped = [], []
        for span in sorted(spans, key=lambda s: s.rank):
            crossing = any(crosses(span, other) for other in expected_accepted)
            (expected_dropped if crossing else expected_accepted).append(span)
        while orphans := [s for s in expected_accepted
                          if any(r is d for r in s.requires for d in expected_dropped)]:
            expected_accepted = [s for s in expected_accepted if all(s is not o for o in orphans)]
            expected_dropped += orphans
        accepted, dropped = select(spans)
        assert list(map(id, accepted)) == list(map(id, expected_accepted))
        assert list(map(id, dropped)) == list(map(id, expected_dropped))


def test_sentence_ends_agree_with_reading_the_sentence():
    rng = random.Random(17)
    for _ in range(500):
        text = "".join(rng.choice(PIECES + [" ", "A", "? ", "!’ "]) for _ in range(40))
        ends = SentenceEnds(text)
        for _ in range(10):
            lower, quote = sorted(rng.randint(0, len(text)) for _ in range(2))
            masked = set(rng.sample(range(len(text) + 1), k=3))
            expected = lower
            for m in SENTENCE_END.finditer(text, lower, min(len(text), quote + 1)):
                if m.end() <= quote and m.end() not in masked \
                        and not _NOT_AN_END.search(text, max(lower, m.start() - 6), m.start()):
                    expected = m.end()
            assert ends.lead_in_start(lower, quote, masked) == expected
