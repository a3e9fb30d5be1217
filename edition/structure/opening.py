# SPDX-License-Identifier: MIT
"""Rule "opening-lines": author, title and source line at the head of an article.

Recognised by shape, not by content: up to four short single-line blocks before the first
paragraph; a source line is a parenthesised line ending in a date, optionally with volume and
issue (``(Marxist Monthly, Vol. 1 No. 4, June 1988)``); a byline is ``By Name`` or a line that
looks like a personal name; the remaining line is the title.
"""

from __future__ import annotations

import re

from edition.structure.dates import DATE_AT_END, is_dateline, parse_date
from edition.structure.model import Opening, SourceLine
from edition.text.blocks import Block

MAX_OPENING_BLOCKS = 4
MAX_LINE_LENGTH = 160
_BYLINE = re.compile(r"^by\s+(?=\S)", re.IGNORECASE)
_VOLUME = re.compile(r"\bVol(?:ume)?\.?\s*(?P<v>[0-9IVXLC]+)\b", re.IGNORECASE)
_ISSUE = re.compile(r"\b(?:No|Nr|Issue|Number)\.?\s*(?P<n>[0-9]+)\b", re.IGNORECASE)
# A personal name: 2-5 capitalised words or initials ("Gerry Healy", "Y.G. Plimak", "Anna de Souza").
_NAME_WORD = r"(?:[A-Z][a-z'’\-]+|(?:[A-Z]\.){1,3}|[A-Z]\.?|de|van|von|der|la|le|da|di|bin|ibn)"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:[\s\u00a0]+{_NAME_WORD}){{1,4}}$")


def parse_source_line(block: Block) -> SourceLine | None:
    """A ``SourceLine`` if ``block`` is one, else ``None``."""
    text = block.text
    if not block.single_line or len(text) > MAX_LINE_LENGTH:
        return None
    inner_start, inner = 0, text
    if text.startswith("(") and text.endswith(")"):
        inner_start, inner = 1, text[1:-1]
    elif not (_VOLUME.search(text) or _ISSUE.search(text)):
        return None  # an unbracketed line needs volume or issue to count as a source line
    date_match = DATE_AT_END.search(inner.rstrip())
    if not date_match:
        return None
    when = parse_date(date_match.group())
    if when is None:
        return None
    line = SourceLine(block=block, when=when,
                      date=(inner_start + date_match.start(), date_match.group()))
    first = inner.split(",")[0]
    if first.strip() and inner_start + len(first) <= line.date[0] and not _VOLUME.match(first):
        journal = first.strip()
        line.journal = (inner_start + inner.index(journal), journal)
    if (m := _VOLUME.search(inner)):
        line.volume = m.group("v")
    if (m := _ISSUE.search(inner)):
        line.issue = m.group("n")
    return line


def looks_like_name(text: str) -> bool:
    return bool(_PERSON_NAME.match(_BYLINE.sub("", text)))


def _is_opening_candidate(block: Block) -> bool:
    text = block.text
    if is_dateline(text) and not text.startswith("("):
        return False  # a dateline opens the body, not the title page
    return (block.single_line and len(text) <= MAX_LINE_LENGTH
            and not re.search(r"[.;:,!]$", text.rstrip("’”\"'")) or parse_source_line(block) is not None)


def find_opening(blocks: list[Block], title_hint: str | None = None,
                 author_hint: str | None = None) -> tuple[Opening, int]:
    """The opening lines and the number of blocks they use.

    ``title_hint``/``author_hint`` (from the editorial file) settle which line is which when the
    shapes alone cannot.
    """
    candidates: list[Block] = []
    source_line: SourceLine | None = None
    for block in blocks[:MAX_OPENING_BLOCKS]:
        if source_line is not None or not _is_opening_candidate(block):
            break
        candidates.append(block)
        source_line = parse_source_line(block)
    if source_line is None:
        # Without a source line, a byline marks an opening ("Title" / "By Name"), or a title and
        # a name as the first two lines, one of each.
        for i, block in enumerate(candidates[:2]):
            if _BYLINE.match(block.text) and looks_like_name(block.text):
                candidates = candidates[: i + 1]
                break
        else:
            pair = candidates[:2]
            if len(pair) == 2 and len(blocks) > 2 and (
                    looks_like_name(pair[0].text) or looks_like_name(pair[1].text)
                    or (author_hint or title_hint)):
                candidates = pair
            else:
                candidates = []
    opening = Opening(source_line=source_line, blocks=list(candidates))
    others = [b for b in candidates if source_line is None or b is not source_line.block]

    def pick(hint: str | None) -> Block | None:
        if hint:
            for b in others:
                if " ".join(b.text.split()) == " ".join(hint.split()):
                    return b
        return None

    opening.author = pick(author_hint)
    opening.title = pick(title_hint)
    rest = [b for b in others if b is not opening.author and b is not opening.title]
    if opening.author is None:
        bylines = [b for b in rest if _BYLINE.match(b.text)]
        names = bylines or ([rest[0]] if rest and looks_like_name(rest[0].text) and
                            (len(rest) > 1 or opening.title is not None) else [])
        if (not bylines and source_line is None and len(rest) == 2
                and looks_like_name(rest[1].text)):
            names = [rest[1]]  # without a source line, the usual order: title, then author
        if names:
            opening.author = names[0]
            rest.remove(names[0])
    if opening.title is None and rest:
        opening.title = rest.pop(0)
    # Anything left over is kept in the title page as a further opening line.
    return opening, len(candidates)
