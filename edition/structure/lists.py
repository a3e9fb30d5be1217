# SPDX-License-Identifier: MIT
"""Rule "lists": consecutive paragraphs labelled ``a)``, ``b)`` … or ``1.``, ``2.`` …, or opened
by one and the same bullet (``- ``, ``• ``, ``* ``).

Two or more paragraphs in a row whose labels run in sequence from the first letter, number or
roman numeral make a ``list type="ordered"``; two or more opened by the same bullet a ``list
type="unordered"``; the label or bullet is kept as it stands. So do the lines of one block when
every line opens with the next label or the same bullet (a list pasted without blank lines).
Numbered paragraphs set in over a line set far to the right that names their source are verses
quoted as an epigraph, no list (the rule "indented-block-quotations" quotes them).
"""

from __future__ import annotations

import re

from edition.structure.attributions import over_its_source
from edition.structure.model import ListBlock, ListItem, Paragraph
from edition.text.blocks import Block

_LABEL = re.compile(r"^(?P<label>(?P<open>\()?(?P<key>[a-z]|[A-Z]|[ivx]{1,4}|\d{1,3})(?P<close>[).]))[ \t\u00a0]")
# a bullet, then a space: not an em dash, which opens an attribution or a line of dialogue
_BULLET = re.compile(r"^(?P<label>[-•*·▪◦])[ \t\u00a0]+(?=\S)")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _position(key: str) -> tuple[str, int] | None:
    """(kind, 1-based position) of a label key: ("alpha", 2) for "b", ("roman", 4) for "iv".

    A lone "v" or "x" reads as a letter; "i" as a roman one (``group_lists`` reads it as a letter
    when it follows "h").
    """
    if key.isdigit():
        return ("digit", int(key))
    if key in _ROMAN and key not in ("v", "x"):
        return ("roman", _ROMAN.index(key) + 1)
    if len(key) == 1:
        return ("alpha" if key.islower() else "ALPHA", ord(key.lower()) - ord("a") + 1)
    return None


def _label(paragraph) -> tuple[str, str, tuple[str, int]] | None:
    if not isinstance(paragraph, Paragraph) or paragraph.block_quote:
        return None
    if (b := _BULLET.match(paragraph.block.text)):
        return b.group("label"), b.group("label"), ("bullet", 0)
    m = _LABEL.match(paragraph.block.text)
    if not m:
        return None
    pos = _position(m.group("key"))
    if pos is None:
        return None
    shape = (m.group("open") or "") + m.group("close")
    return m.group("label"), shape, pos


def _epigraph(run: list, after) -> bool:
    """Numbered paragraphs set in, a line set far to the right under them (``1. The LORD is my
    shepherd …`` / ``2. He maketh me …`` / ``A PSALM OF DAVID.``): verses quoted with their
    source, an epigraph, not the author's list."""
    return isinstance(after, Paragraph) and over_its_source([p.block for p in run], after.block)


def group_lists(content: list) -> list:
    """``content`` with runs of labelled paragraphs replaced by ``ListBlock``s."""
    out: list = []
    i = 0
    while i < len(content):
        first = _label(content[i])
        if first is not None and first[2][0] == "bullet":
            j = i + 1
            while j < len(content) and (nxt := _label(content[j])) and nxt[1] == first[1]:
                j += 1
            if j - i >= 2:
                out.append(ListBlock([ListItem(first[0], p.block) for p in content[i:j]],
                                     type="unordered"))
                i = j
                continue
        if first is None or first[2][0] == "bullet" or first[2][1] != 1:
            out.append(content[i])
            i += 1
            continue
        _, shape, (kind, _) = first
        run = [content[i]]
        j = i + 1
        while j < len(content):
            nxt = _label(content[j])
            # "i" after "h" is a letter, not a roman numeral
            expected = len(run) + 1
            if nxt and nxt[1] == shape and kind == "alpha" and nxt[2][0] == "roman":
                nxt = (nxt[0], nxt[1], ("alpha", ord(nxt[0].strip("().")[0]) - 96))
            if not nxt or nxt[1] != shape or nxt[2] != (kind, expected):
                break
            run.append(content[j])
            j += 1
        if len(run) < 2 or _epigraph(run, content[j] if j < len(content) else None):
            out.append(content[i])
            i += 1
            continue
        out.append(ListBlock([ListItem(_label(p)[0], p.block) for p in run]))
        i = j
    return out


def split_labelled_lines(paragraph: Paragraph) -> list[Paragraph]:
    """The lines of ``paragraph`` as paragraphs of their own when each opens with the next
    label of one run (``1.`` ``2.`` ``3.``), else ``[paragraph]``."""
    block = paragraph.block
    if block.single_line:
        return [paragraph]
    lines, offset = [], 0
    for raw in block.text.split("\n"):
        text = raw.strip(" \t\u00a0\r")
        lead = len(raw) - len(raw.lstrip(" \t\u00a0"))
        lines.append(Block(text, block.start + offset + lead,
                           block.start + offset + lead + len(text), raw[:lead], 1))
        offset += len(raw) + 1
    parts = [Paragraph(line) for line in lines if line.text]
    labels = [_label(p) for p in parts]
    if len(parts) < 2 or any(lab is None for lab in labels):
        return [paragraph]
    if labels[0][2][0] == "bullet":
        return parts if all(lab[1] == labels[0][1] for lab in labels) else [paragraph]
    if labels[0][2][1] != 1:
        return [paragraph]
    kind, shape = labels[0][2][0], labels[0][1]
    if any(lab[1] != shape or lab[2] != (kind, n) for n, lab in enumerate(labels, 1)):
        return [paragraph]
    return parts


def rule(state) -> None:
    for section in state.sections:
        content = []
        for node in section.content:
            content += split_labelled_lines(node) if isinstance(node, Paragraph) else [node]
        section.content = group_lists(content)
