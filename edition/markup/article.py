# SPDX-License-Identifier: MIT
"""What the whole article tells the inline rules, which read it a section at a time: the
authors its notes cite, the books its review notices give, whether it is old prose, and the
work its bare page references are to. Read once from the recognised document
(``article_context``); the work quoted throughout may change with a section's own notice
(``for_section``). ``WorksCited`` carries it (``works.article``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from edition.markup import notes as nt
from edition.structure.headings import reviewed_author, reviewed_title
from edition.structure.model import Document, Paragraph, Section

# a year: prose printed before it (its source line's year) quotes a book by a writer's present
# "says", "observes" over sentences of another's — the present of citation; a modern report's
# "says" is speech
OLD_PROSE = 1920
# a book's title page giving its volumes, as a review heads its notice with it
_IN_VOLUMES = re.compile(r"[.,][ \u00a0]+In[ \u00a0]+(?:Two|Three|Four|Five|Six|\d{1,2})[ \u00a0]+Vol(?:ume)?s?\.")


@dataclass(frozen=True)
class ArticleContext:
    note_authors: frozenset[str] = frozenset()  # last words of the authors the notes cite
    reviewed_authors: frozenset[str] = frozenset()  # those of the authors of books a review's notices give
    old_prose: bool = False  # printed before OLD_PROSE
    # the title of the work every bare reference is to: the one a note names so ("The references
    # throughout this notice are to the Life and Letters"), else the book a review's notice gives
    references_throughout: str | None = None
    _noted: str | None = None  # (a note's, which no section's notice overrides)
    _reviewed: str | None = None  # (the review's own notice, where a section gives none)

    def for_section(self, section: Section) -> ArticleContext:
        """The context inside ``section``: a notice over it names the book its pages are of."""
        own = section.head is not None and reviewed_title(section.head.text)
        return replace(self, references_throughout=self._noted or own or self._reviewed)


def article_context(doc: Document) -> ArticleContext:
    """The article-wide context of ``doc``."""
    notes = [*(doc.notes.notes if doc.notes is not None else []), *doc.footnotes()]
    first = next((node for section in doc.sections for node in section.content), None)
    title = doc.opening.title if doc.opening is not None else None
    # the book a review's notice gives: as its first paragraph, or as its title line itself
    # ("Childe Harolde's Pilgrimage. A Romaunt. By LORD BYRON. The Second Edition. London: …")
    reviewed = reviewed_title(first.block.text) if isinstance(first, Paragraph) else None
    if reviewed is None and title is not None:
        reviewed = reviewed_title(title.text)
    if reviewed is None and title is not None and (volumes := _IN_VOLUMES.search(title.text)):
        # an anonymous book's title page ("Frankenstein; or, The Modern Prometheus. In Three
        # Volumes."): the book the review quotes
        reviewed = title.text[:volumes.start()].replace("_", "").strip(" ,")
    # (a notice over its section, or the review's title: "The Descent of Man …. By Charles
    # Darwin, M.A., F.R.S. John Murray.")
    notices = [s.head for s in doc.sections if s.head is not None] + ([title] if title is not None else [])
    line = doc.opening.source_line if doc.opening is not None else None
    noted = nt.references_throughout(notes)
    return ArticleContext(
        note_authors=nt.cited_authors(notes),
        reviewed_authors=frozenset(author for head in notices if (author := reviewed_author(head.text))),
        old_prose=bool(line and line.when and int(line.when[:4]) < OLD_PROSE),
        references_throughout=noted or reviewed, _noted=noted, _reviewed=reviewed)
