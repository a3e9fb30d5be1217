# SPDX-License-Identifier: MIT
"""Structure recognised: the rules that find the opening lines, sections, paragraphs and lists.

``recognise(blocks)`` runs the block rules listed in ``edition.structure.rules.BLOCK_RULES``, in
order, and returns a ``Document``.
"""

from edition.structure.model import Document, ListBlock, Opening, Paragraph, Section  # noqa: F401
from edition.structure.rules import recognise  # noqa: F401
