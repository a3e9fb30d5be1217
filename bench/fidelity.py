# SPDX-License-Identifier: MIT
"""Fidelity: the encoder against hand-written truth on the development corpus of real articles.

    python3 bench/fidelity.py                   # per article and in total
    python3 bench/fidelity.py --details         # ... with every missed and spurious item
    python3 bench/fidelity.py NAME ...          # some articles only
    python3 bench/fidelity.py --json out.json   # every figure, machine-readable
    python3 bench/fidelity.py --write-floor     # accept the figures as the new floor
    python3 bench/fidelity.py --corpus tests/data/heldout   # the held-out articles

For each kind (see ``edition/fidelity/score.py``) a cell reads found/missed/spurious. Each corpus
keeps its floor beside its articles (``fidelity-floor.json``), which ``tests/test_fidelity.py``
holds every later run to: no figure may get worse unnoticed. Refresh it only after an intended change, and say in
the commit what moved.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.fidelity.corpus import (  # noqa: E402
    figures, regressions, rule_totals, score_corpus, totals, write_floor)
from edition.fidelity.score import KINDS  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
FLOOR = "fidelity-floor.json"  # in each corpus folder
SHORT = {"opening": "open", "headings": "head", "quotations": "quot", "phrases": "phr",
         "quoted-titles": "qtit", "speakers": "spkr", "who-not-a-speaker": "who!",
         "citations": "cite", "references": "refs", "resolved": "resv", "notes": "note",
         "note-references": "nref"}


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    – "


def headline(scores) -> list[str]:
    t = totals(scores)
    n = len(scores)
    exact = sum(a.headings_exact for a in scores)
    q, p, c, r = t["quotations"], t["phrases"], t["citations"], t["resolved"]
    phrases = p.found + p.missed + p.spurious
    return [
        f"articles                      {n} ({sum(a.refused is not None for a in scores)} refused)",
        f"headings exact                {exact}/{n} articles  {percent(exact, n)}   (target 95 %)",
        f"quotation passages found      {q.found}/{q.total}  {percent(q.found, q.total)}   "
        f"(target 95 %; {q.spurious} spurious)",
        f"short phrases promoted        {p.spurious}/{phrases}  {percent(p.spurious, phrases)}   "
        f"(target at most 10 %)",
        f"citation groups found         {c.found}/{c.total}  {percent(c.found, c.total)}   "
        f"(target 95 %; {c.spurious} spurious)",
        f"references tied to their work {r.found}/{r.total}  {percent(r.found, r.total)}",
        f"speakers found                {t['speakers'].found}/{t['speakers'].total}  "
        f"{percent(t['speakers'].found, t['speakers'].total)}   ({t['speakers'].spurious} wrong)",
        f"@who on no speaker's name     {t['who-not-a-speaker'].spurious}   (target 0)" + who_read_as(scores),
    ]


def who_read_as(scores) -> str:
    """What the truths read where ``@who`` names no speaker of theirs: a writer's words, a
    phrase, another's speech … (the labels score.py gives them)."""
    kinds = Counter(m[1] for a in scores for example in a.score["who-not-a-speaker"].examples["spurious"]
                    if (m := re.match(r".*? on (writing|a phrase|a title|another's speech|unnamed speech|"
                                      r"words not listed): ", example)))
    return f"; on {', '.join(f'{kind} {n}' for kind, n in kinds.most_common())}" if kinds else ""


def table(scores) -> list[str]:
    width = max([len(a.name) for a in scores] + [5])
    lines = [" " * width + "  " + " ".join(f"{SHORT[k]:>9}" for k in KINDS)]
    for a in [*scores, None]:
        s = totals(scores) if a is None else a.score
        name = "TOTAL" if a is None else a.name + (" (refused)" if a.refused else "")
        cells = " ".join(f"{s[k].found}/{s[k].missed}/{s[k].spurious}".rjust(9) for k in KINDS)
        lines.append(f"{name:<{width}}  {cells}")
    return lines


def per_rule(scores) -> list[str]:
    """Each rule's decisions: found (as the truth says), missed (a phrase made of a passage,
    or nothing found), spurious (a passage or citation the truth has not)."""
    rules = rule_totals(scores)
    width = max(len(r) for r in rules) if rules else 10
    lines = [f"{'rule':<{width}}  found  missed  spurious"]
    for rule, t in rules.items():
        lines.append(f"{rule:<{width}}  {t.found:5d}  {t.missed:6d}  {t.spurious:8d}")
    return lines


def details(scores) -> list[str]:
    lines = []
    for a in scores:
        lines.append(f"\n== {a.name}")
        if a.refused:
            lines.append(f"   REFUSED: {a.refused}")
        for kind in KINDS:
            for outcome, items in a.score[kind].examples.items():
                for item in items:
                    lines.append(f"   {kind:<17} {outcome:<8} {item}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="articles to score (default: all)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--details", action="store_true", help="list missed and spurious items")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--write-floor", action="store_true",
                        help=f"accept these figures as the corpus's floor (its {FLOOR})")
    args = parser.parse_args()
    scores = score_corpus(args.corpus, args.names or None)
    if not scores:
        print(f"no *.truth files in {args.corpus}", file=sys.stderr)
        return 1
    print("\n".join(table(scores)))
    print("\n(cells: found/missed/spurious)\n")
    print("\n".join(headline(scores)))
    print("\nper rule (quotations and citations the encoder made, by the rule that decided)")
    print("\n".join(per_rule(scores)))
    if args.details:
        print("\n".join(details(scores)))
    now = figures(scores)
    floor = args.corpus / FLOOR
    if args.json:
        args.json.write_text(json.dumps(now, indent=1), encoding="utf-8")
    if args.write_floor:
        if args.names:
            print("--write-floor scores the whole corpus: give no names", file=sys.stderr)
            return 2
        write_floor(floor, now)
        print(f"\nfloor written: {floor}")
    elif floor.is_file() and not args.names:
        worse = regressions(now, json.loads(floor.read_text(encoding="utf-8")))
        print("\nagainst the floor: " + ("no figure worse" if not worse else
                                         f"{len(worse)} worse:\n  " + "\n  ".join(worse)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
