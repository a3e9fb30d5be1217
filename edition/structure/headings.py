# SPDX-License-Identifier: MIT
"""Rule "section-headings": short title-cased lines, indented or flush left.

A heading is a single line of at most ``MAX_WORDS`` words that does not end like a sentence or
a lead-in (``.``, ``,``, ``:``, ``;``, ``!``, ``-``, dashes, ellipsis; closing quotes are looked
through) and whose words are capitalised, short function words apart. Indentation is not required:
editors' texts indent headings with spaces, U+00A0 or not at all.
"""

from __future__ import annotations

import re

from edition.structure.dates import is_dateline
from edition.text.blocks import Block

MAX_WORDS = 14
MAX_LENGTH = 120
# Words that title case leaves in lower case (Chicago style, plus common Romance/Germanic particles).
FUNCTION_WORDS = frozenset("""
a an and as at but by en for from in into nor of on onto or over per the to upon via vs with
versus du de la le les des der die das den von van und et y
""".split())
_SENTENCE_END = re.compile(r"[.,:;!\-–—…]$")
_QUOTES = "’”\"'‘“»«)]"
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_LIST_LABEL = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[).]\s")


def is_heading(block: Block) -> bool:
    text = block.text
    if not block.single_line or len(text) > MAX_LENGTH or _LIST_LABEL.match(text):
        return False
    if _SENTENCE_END.search(text.rstrip(_QUOTES)):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS:
        return False
    if not words[0][0].isupper() or words[0].lower() == "by":
        return False  # "By Ann Writer" is a byline
    return all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words)


def rule(state) -> None:
    """Mark the blocks that are headings (never the last block: a heading heads something;
    never a dateline, "PARIS, June 3, 1988", which is title-cased too)."""
    blocks = state.body_blocks
    state.headings = {i for i, b in enumerate(blocks[:-1]) if is_heading(b) and not is_dateline(b.text)}
