# SPDX-License-Identifier: MIT
"""Scoring a whole development corpus: every ``NAME.truth`` in a folder against the encoding of
its ``NAME.txt`` (with ``NAME.toml`` as its editorial file where there is one).

An article the encoder refuses scores as if nothing had been found, and is counted as refused:
a user who gets no TEI gets none of its markup either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from edition.encoder import encode_path
from edition.errors import EditionError
from edition.fidelity.observe import Observed, observe
from edition.fidelity.score import KINDS, Score, Tally, score
from edition.fidelity.truth import Truth, read_truth

_NOTHING = Observed({}, [], [], [], {}, [])


@dataclass
class ArticleScore:
    name: str
    score: Score
    refused: str | None = None  # the encoder's error, when it wrote no TEI

    @property
    def headings_exact(self) -> bool:
        t = self.score["headings"]
        return t.missed == 0 and t.spurious == 0


def score_article(truth: Truth) -> ArticleScore:
    source = truth.path.with_suffix(".txt")
    try:
        result = encode_path(source, date="2000-01-01", provenance=True)
    except EditionError as err:
        return ArticleScore(source.stem, score(truth, _NOTHING), refused=str(err))
    return ArticleScore(source.stem, score(truth, observe(result.tree, result.provenance)))


def score_corpus(folder: str | Path, names: list[str] | None = None) -> list[ArticleScore]:
    paths = sorted(Path(folder).glob("*.truth"))
    if names:
        paths = [p for p in paths if p.stem in names]
    return [score_article(read_truth(p)) for p in paths]


def totals(scores: list[ArticleScore]) -> Score:
    total = {kind: Tally() for kind in KINDS}
    for article in scores:
        for kind in KINDS:
            total[kind] += article.score[kind]
    return total


def rule_totals(scores: list[ArticleScore]) -> dict[str, Tally]:
    """Each rule's tally over the corpus (the ``rule …`` keys of the articles' scores)."""
    total: dict[str, Tally] = {}
    for article in scores:
        for key, tally in article.score.items():
            if key.startswith("rule "):
                total.setdefault(key[len("rule "):], Tally()).__iadd__(tally)
    return dict(sorted(total.items()))


def figures(scores: list[ArticleScore]) -> dict:
    """Every figure, per article and in total, as the floor file keeps them."""
    total = totals(scores)
    return {
        "total": {kind: total[kind].figures() for kind in KINDS},
        "headings-exact-articles": sum(a.headings_exact for a in scores),
        "refused-articles": sum(a.refused is not None for a in scores),
        "articles": {a.name: {kind: a.score[kind].figures() for kind in KINDS} for a in scores},
    }


def regressions(now: dict, floor: dict) -> list[str]:
    """Where ``now`` is worse than ``floor``: fewer found, more missed or spurious, fewer
    articles with exact headings, more refused."""
    worse = []

    def compare(where: str, got: dict, was: dict) -> None:
        for kind, f in was.items():
            g = got.get(kind, {"found": 0, "missed": 0, "spurious": 0})
            if g["found"] < f["found"]:
                worse.append(f"{where} {kind}: found {g['found']} < {f['found']}")
            for k in ("missed", "spurious"):
                if g[k] > f[k]:
                    worse.append(f"{where} {kind}: {k} {g[k]} > {f[k]}")

    compare("total", now["total"], floor["total"])
    for name, was in floor["articles"].items():
        if name not in now["articles"]:
            worse.append(f"{name}: no longer scored")
            continue
        compare(name, now["articles"][name], was)
    if now["headings-exact-articles"] < floor["headings-exact-articles"]:
        worse.append(f"articles with exact headings: {now['headings-exact-articles']} < "
                     f"{floor['headings-exact-articles']}")
    if now["refused-articles"] > floor["refused-articles"]:
        worse.append(f"refused articles: {now['refused-articles']} > {floor['refused-articles']}")
    return worse


def write_floor(path: str | Path, now: dict) -> None:
    Path(path).write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
