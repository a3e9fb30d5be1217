# SPDX-License-Identifier: MIT
"""Rule "editorial-interventions": corrections (sic/corr) and normalisations (orig/reg) from the
editorial file, applied exactly where it says.

Each intervention names what the source prints and how often (``count``), optionally with a
``context`` that pins the place. Finding it more or fewer times than stated is an error: a
correction that silently applies nowhere, or in a place nobody checked, is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edition import APP_ID
from edition.editorial import Editorial, Intervention
from edition.markup.spans import Span

RANK = 40  # innermost: inside names and titles
_TAGS = {"correction": ("sic", "corr"), "normalisation": ("orig", "reg")}


@dataclass(frozen=True)
class Site:
    """Where an intervention applies: ``text[start:end]`` of the block with key ``block``."""

    block: int
    start: int
    end: int
    intervention: Intervention


def find_sites(blocks: list[str], editorial: Editorial, resp: str) -> list[Site]:
    """Every place each intervention applies, over the texts of ``blocks`` in order.

    Raises ``EditionError`` at the entry in the editorial file when a count does not match."""
    sites: list[Site] = []
    for n, item in enumerate(editorial.interventions, start=1):
        needle = item.context or item.source
        offset_in_needle = needle.index(item.source)
        # whole words where the text to find begins/ends with a word character
        pattern = re.escape(needle)
        if needle[0].isalnum():
            pattern = r"(?<![\w])" + pattern
        if needle[-1].isalnum():
            pattern += r"(?![\w])"
        found = [(b, m.start() + offset_in_needle)
                 for b, text in enumerate(blocks) for m in re.finditer(pattern, text)]
        if len(found) != item.count:
            where = f"context {item.context!r}" if item.context else repr(item.source)
            # located at the entry's count (or the entry) in the editorial file
            raise editorial.mistake(
                (item.kind, _index(editorial, item) - 1, "count"),
                f"{where} occurs {len(found)} time(s) in the text, the editorial file says "
                f"{item.count}" + ("; fix the text or set count" if found else "; nothing to correct"))
        sites += [Site(b, s, s + len(item.source), item) for b, s in found]
    return sites


def _index(editorial: Editorial, item: Intervention) -> int:
    same = [i for i in editorial.interventions if i.kind == item.kind]
    return same.index(item) + 1


def span(site: Site, resp: str) -> Span:
    source_tag, edition_tag = _TAGS[site.intervention.kind]
    who = f"#{site.intervention.resp}" if site.intervention.resp else resp
    return Span(site.start, site.end, "choice", {}, rank=RANK, rule="editorial-interventions",
                alternative=(source_tag, edition_tag, site.intervention.target, {"resp": who}))


def default_resp(editorial: Editorial) -> str:
    """Interventions from the editorial file are the editor's; without one, the tool's."""
    return f"#{editorial.metadata.editor_id}" if editorial.metadata.editor else f"#{APP_ID}"
