# SPDX-License-Identifier: MIT
"""Spans: inline annotations over a block's text, turned into nested TEI elements.

Every inline rule reports ``Span``s (offsets into the block's text); ``build_inline`` nests them
and appends text and elements to a parent. Spans are accepted in order of importance (``rank``,
lower first); a span that would cross one already accepted is dropped and reported — never text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from edition import APP_ID
from edition.tei.ns import E, append

SUPPLIED_REASON = "omitted-in-source"


@dataclass(slots=True)  # slots: a text may hold tens of thousands
class Span:
    """``text[start:end]`` wrapped in the TEI element ``tag`` with ``attrib`` (no element when
    ``tag`` is empty: such a span only places supplied marks).

    ``rank`` orders spans over the same range (lower is outer) and decides which of two crossing
    spans survives (lower wins). ``supplied_start``/``supplied_end`` put a mark the source lacks
    inside the element, first or last, as ``supplied`` (ENCODING.md: never by moving text).
    """

    start: int
    end: int
    tag: str
    attrib: dict[str, str] = field(default_factory=dict)
    rank: int = 50
    rule: str = ""  # the rule that made it, for reports
    supplied_start: str | None = None
    supplied_end: str | None = None
    # An editorial alternative: ``("sic", "corr", "1941", {"resp": "#editor"})`` makes
    # ``<choice><sic>…source…</sic><corr resp="#editor">1941</corr></choice>`` (tag is "choice").
    alternative: tuple[str, str, str, dict[str, str]] | None = None
    # Spans this one makes sense only with (a citation's title needs its bibl; a cit needs its
    # quotation and its bibl): dropped when any of them is.
    requires: tuple["Span", ...] = ()


def crosses(a: Span, b: Span) -> bool:
    """True when ``a`` and ``b`` overlap without one containing the other."""
    return (a.start < b.start < a.end < b.end) or (b.start < a.start < b.end < a.end)


def select(spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """The spans that can nest, the most important first, and those dropped for crossing."""
    accepted: list[Span] = []
    dropped: list[Span] = []
    accepted_so_far = _Accepted(spans)
    for span in sorted(spans, key=lambda s: s.rank):
        if accepted_so_far.crossed_by(span):
            dropped.append(span)
        else:
            accepted.append(span)
            accepted_so_far.add(span)
    while True:  # parts go with the span they belong to
        gone = {id(d) for d in dropped}
        orphans = [s for s in accepted if any(id(r) in gone for r in s.requires)]
        if not orphans:
            return accepted, dropped
        orphaned = {id(o) for o in orphans}
        accepted = [s for s in accepted if id(s) not in orphaned]
        dropped += orphans


class _Accepted:
    """The spans accepted so far, asked whether a new one would cross any of them (see
    ``crosses``) in logarithmic time, not by trying each: a paragraph may hold thousands.

    An accepted ``b`` crosses a new ``a`` when ``b`` starts inside ``a`` and ends after it, or
    ends inside ``a`` and starts before it: so kept are, by offset, the latest end of the spans
    starting there and the earliest start of the spans ending there (two segment trees)."""

    def __init__(self, spans: list[Span]):
        offsets = sorted({x for s in spans for x in (s.start, s.end)})
        self._index = {x: i for i, x in enumerate(offsets)}
        self._size = size = max(1, len(offsets))
        self._latest_end = [-1] * (2 * size)  # over start offsets
        self._earliest_start = [_FAR] * (2 * size)  # over end offsets

    def crossed_by(self, a: Span) -> bool:
        lo, hi = self._index[a.start] + 1, self._index[a.end]  # offsets strictly inside a
        return (lo < hi and (self._query(self._latest_end, lo, hi, max, -1) > a.end
                             or self._query(self._earliest_start, lo, hi, min, _FAR) < a.start))

    def add(self, b: Span) -> None:
        self._update(self._latest_end, self._index[b.start], b.end, max)
        self._update(self._earliest_start, self._index[b.end], b.start, min)

    def _update(self, tree: list[int], i: int, value: int, better) -> None:
        i += self._size
        tree[i] = better(tree[i], value)
        while i > 1:
            i //= 2
            tree[i] = better(tree[2 * i], tree[2 * i + 1])

    def _query(self, tree: list[int], lo: int, hi: int, better, none: int) -> int:
        """The best value over positions ``lo`` … ``hi - 1``."""
        out = none
        lo += self._size
        hi += self._size
        while lo < hi:
            if lo & 1:
                out = better(out, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                out = better(out, tree[hi])
            lo //= 2
            hi //= 2
        return out


_FAR = float("inf")


def nest(spans: list[Span]) -> list[tuple[Span, list]]:
    """Non-crossing spans as a forest ``[(span, children)]`` in text order."""
    roots: list[tuple[Span, list]] = []
    stack: list[tuple[Span, list]] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.rank)):
        while stack and (stack[-1][0].end <= span.start and not
                         (stack[-1][0].start == stack[-1][0].end == span.start == span.end)):
            stack.pop()
        node = (span, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return roots


def build_inline(parent: etree._Element, text: str, start: int, end: int,
                 spans: list[Span]) -> list[Span]:
    """Append ``text[start:end]`` to ``parent`` with the ``spans`` inside that range as nested
    elements. Returns the spans dropped for crossing others."""
    accepted, dropped = select([s for s in spans if start <= s.start and s.end <= end])
    _emit(parent, text, start, end, nest(accepted))
    return dropped


def supplied(mark: str) -> etree._Element:
    return E("supplied", mark, reason=SUPPLIED_REASON, resp=f"#{APP_ID}")


def _emit(parent: etree._Element, text: str, start: int, end: int, forest: list) -> None:
    pos = start
    for span, children in forest:
        append(parent, text[pos:span.start])
        # a span without a tag adds no element: it only places supplied marks
        el = E(span.tag, **span.attrib) if span.tag else parent
        inner = el
        if span.alternative is not None:
            source_tag, edition_tag, edition_text, edition_attrib = span.alternative
            inner = E(source_tag)
            el.append(inner)
        if span.supplied_start:
            inner.append(supplied(span.supplied_start))
        _emit(inner, text, span.start, span.end, children)
        if span.supplied_end:
            inner.append(supplied(span.supplied_end))
        if span.alternative is not None:
            el.append(E(edition_tag, edition_text, **edition_attrib))
        if el is not parent:
            parent.append(el)
        pos = span.end
    append(parent, text[pos:end])
