# SPDX-License-Identifier: MIT
"""Other quotations, masked: what the speech rules leave unread when they look around one
quotation — its lead-in, the words after it, the persons named there (section.py).

Built once per section from its quotations. Whether an offset lies in a quotation other than
the one in hand or one enclosing it is answered from how many quotation parts lie over that
offset (kept per paragraph as a step function) less how many of them are the quotation's own
line — a few lookups, where scanning every quotation for every quotation made a text of many
quoted paragraphs cost the cube of its length (issue 17).
"""

from __future__ import annotations

import bisect
import heapq

from edition.markup.quotes import MAX_NESTING, Quotation

MASK = "\u25a1"  # stands in for another quotation's characters: neither word nor space


def lineage(q: Quotation) -> list[Quotation]:
    """``q`` and the quotations it is nested in, innermost first."""
    out = []
    while q is not None:
        out.append(q)
        q = q.parent
    return out


class Masks:
    """The parts of a section's quotations, by unit (paragraph)."""

    def __init__(self, quotations: list[Quotation]):
        events: dict[int, list[tuple[int, int]]] = {}
        self._counted = {id(q) for q in quotations}
        for q in quotations:
            for p in q.parts:
                if p.start < p.end:
                    events.setdefault(p.unit, []).extend(((p.start, 1), (p.end, -1)))
        # per unit: offsets where the number of parts over the text changes, and that number
        self._steps: dict[int, tuple[list[int], list[int]]] = {}
        self._covered: dict[tuple[int, int], str] = {}  # (unit, id(text)) -> see Mask.blank
        for u, unit_events in events.items():
            unit_events.sort()
            bounds: list[int] = []
            counts: list[int] = []
            depth = 0
            for offset, change in unit_events:
                depth += change
                if bounds and bounds[-1] == offset:
                    counts[-1] = depth
                else:
                    bounds.append(offset)
                    counts.append(depth)
            self._steps[u] = (bounds, counts)

    def around(self, u: int, keep: Quotation) -> "Mask":
        """The other quotations in unit ``u``, seen from ``keep``."""
        own = []
        for q in lineage(keep):
            if id(q) not in self._counted:
                continue  # not among the quotations masked (a title's marks, say)
            i = u - q.parts[0].unit  # a quotation has one part in each unit it runs through
            if 0 <= i < len(q.parts) and q.parts[i].unit == u:
                own.append((q.parts[i].start, q.parts[i].end))
            elif q.parts[0].unit <= u <= q.parts[-1].unit:
                own += [(p.start, p.end) for p in q.parts if p.unit == u]
        return Mask(self._steps.get(u, ([], [])), own, self._covered, u)


class Mask:
    """Offsets of one unit that lie in quotations other than a given one and its enclosing
    ones."""

    def __init__(self, steps: tuple[list[int], list[int]], own: list[tuple[int, int]],
                 covered: dict | None = None, unit: int = -1):
        self._bounds, self._counts = steps
        self._own = own
        self._covered = covered if covered is not None else {}
        self._unit = unit

    def _covered_text(self, text: str) -> str:
        """The unit's stretch from its first quotation mark to its last, every quotation in it
        masked: what ``blank`` slices where the quotation in hand lies outside the stretch
        asked for (a lead-in, the words after it), built once per unit, not once per quotation
        (a paragraph of 40,000 quoted words cost 63 s)."""
        key = (self._unit, id(text))
        if (found := self._covered.get(key)) is None:
            bounds, counts = self._bounds, self._counts
            found = "".join(MASK * (b - a) if c else text[a:b] for a, b, c in zip(bounds, bounds[1:], counts))
            self._covered[key] = found
        return found

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._bounds, offset) - 1
        over = self._counts[i] if i >= 0 else 0
        if not over:
            return False
        return over > sum(1 for a, b in self._own if a <= offset < b)

    def blank(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` with the masked stretches replaced by ``MASK``, offsets kept."""
        if start >= end:
            return text[start:end]
        if self._bounds and not any(a < end and start < b for a, b in self._own):
            # none of the kept quotation's lines lies in the stretch: every part over it masks
            first, last = self._bounds[0], self._bounds[-1]
            if end <= first or start >= last:
                return text[start:end]
            covered = self._covered_text(text)
            lo, hi = max(start, first), min(end, last)
            return text[start:lo] + covered[lo - first:hi - first] + text[hi:end]
        lo = bisect.bisect_right(self._bounds, start)
        hi = bisect.bisect_left(self._bounds, end, lo)
        cuts = {start, end, *self._bounds[lo:hi]}
        cuts.update(x for a, b in self._own for x in (a, b) if start < x < end)
        cuts = sorted(cuts)
        bounds, counts, own = self._bounds, self._counts, self._own
        k = lo - 1  # the step holding the current piece
        out = []
        for a, b in zip(cuts, cuts[1:]):
            while k + 1 < len(bounds) and bounds[k + 1] <= a:
                k += 1
            over = counts[k] if k >= 0 else 0
            if over and over > sum(1 for x, y in own if x <= a < y):
                out.append(MASK * (b - a))
            else:
                out.append(text[a:b])
        return "".join(out)


NO_MASK = Mask(([], []), [])  # nothing masked


class PersonsInView:
    """The register's persons named in a section's units, for the pronoun rule ("he said"):
    the person a quotation's "he" stands for is the first one named before it in its own
    paragraph, else the last one named in the nearest paragraph before, wherever no other
    quotation covers the name. Each mention is classed once — outside every quotation, or
    inside one line of nested quotations (seen only from within that line) — so the nearest
    is found by lookups, not by reading every paragraph back to the first."""

    def __init__(self, mentions: list[list], quotations: list[Quotation]):
        parts: dict[int, list[tuple[int, int, Quotation]]] = {}
        for q in quotations:
            for p in q.parts:
                parts.setdefault(p.unit, []).append((p.start, p.end, q))
        self._first: dict[tuple[int, int], object] = {}  # (class, unit) -> its first mention
        self._last: dict[tuple[int, int], object] = {}  # (class, unit) -> its last mention
        self._units: dict[int, list[int]] = {}  # class -> units with such mentions, in order
        for u, unit_mentions in enumerate(mentions):
            persons = [m for m in unit_mentions if m.kind == "person"]
            if not persons:
                continue
            for m, kind in zip(persons, _classes(persons, sorted(parts.get(u, ()),
                                                                 key=lambda t: t[0]))):
                if kind is None:
                    continue
                self._first.setdefault((kind, u), m)
                self._last[(kind, u)] = m
                units = self._units.setdefault(kind, [])
                if not units or units[-1] != u:
                    units.append(u)

    def first_before(self, u: int, q: Quotation, end: int):
        """The first person mention in unit ``u`` before offset ``end`` that ``q`` sees."""
        seen = [self._first.get((kind, u)) for kind in _seen_by(q)]
        seen = [m for m in seen if m is not None and m.start < end]
        return min(seen, key=lambda m: m.start) if seen else None

    def last_in_unit_before(self, u: int, q: Quotation):
        """The last person mention ``q`` sees in the nearest unit before ``u`` that has one."""
        kinds = _seen_by(q)
        nearest = -1
        for kind in kinds:
            units = self._units.get(kind, ())
            i = bisect.bisect_left(units, u)
            if i:
                nearest = max(nearest, units[i - 1])
        if nearest < 0:
            return None
        seen = [self._last.get((kind, nearest)) for kind in kinds]
        return max((m for m in seen if m is not None), key=lambda m: m.start)


FREE = 0  # the class of mentions outside every quotation


def _seen_by(q: Quotation) -> list[int]:
    """The classes of mention quotation ``q`` sees: those outside every quotation, and those
    inside nothing but ``q`` and the quotations around it."""
    return [FREE] + [id(line) for line in lineage(q)]


def _classes(persons: list, parts: list[tuple[int, int, Quotation]]) -> list[int | None]:
    """For each mention (in text order): ``FREE``; ``id(q)`` when the quotation parts over it
    are those of ``q`` and of quotations ``q`` is nested in (it is seen from ``q`` and from
    quotations nested in ``q``); ``None`` when no one line of nesting holds all of them."""
    out: list[int | None] = []
    over: list[tuple[int, int, Quotation]] = []  # heap by end: the parts over the offset
    j = 0
    for m in persons:
        while j < len(parts) and parts[j][0] <= m.start:
            start, end, q = parts[j]
            heapq.heappush(over, (end, j, q))
            j += 1
        while over and over[0][0] <= m.start:
            heapq.heappop(over)
        if not over:
            out.append(FREE)
            continue
        if len(over) > MAX_NESTING + 1:
            out.append(None)  # more than any one line of nesting can hold
            continue
        inner = max((q for _, _, q in over), key=lambda q: q.depth)
        line = {id(q) for q in lineage(inner)}
        out.append(id(inner) if all(id(q) in line for _, _, q in over) else None)
    return out
