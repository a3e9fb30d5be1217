# SPDX-License-Identifier: MIT
"""Readable, deterministic ``xml:id``s: ``div-3``, ``p-12``; slugs for document ids."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter


class IdAllocator:
    """Numbers ids per prefix in document order, so the same input always gets the same ids."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def next(self, prefix: str) -> str:
        self._counts[prefix] += 1
        return f"{prefix}-{self._counts[prefix]}"


def slugify(text: str, fallback: str = "text") -> str:
    """An NCName made of lower-case ASCII letters, digits and hyphens: ``How Stalin`` -> ``how-stalin``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        slug = fallback
    if not slug[0].isalpha():
        slug = f"{fallback}-{slug}"
    return slug
