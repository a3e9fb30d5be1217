# SPDX-License-Identifier: MIT
"""Works cited: which work each citation points at, and the ``listBibl`` of them for ``back``.

ENCODING.md, "Bibliography": every citation points to its work with ``@corresp="#w-…"``;
``Op. Cit.``, ``Ibid`` and bare page references resolve to the work cited last; works cited →
``back/listBibl`` with one full ``bibl xml:id="w-…"`` per work.

A full citation's title is looked up in the editorial file's work register (its title and
``forms``, case-insensitively, ignoring quotation marks and a leading "The"). A title not there
gets a work made by the converter, ``w-<slug>``, described by what its first full citation says
and marked ``@resp="#edition"``. An author–date reference resolves to a registered work by that
author (person ``forms``) of that year, else to a converter-made ``w-<author>-<year>``. When
the source prints its own reference list, an author–date reference points at its entry there
(``_source_reference``: same year, same first name, every name cited, as many authors); a year
alone (``” (2012)``) at the entry of the nearest name before it that has one.
Citations must be given in document order, since "the work cited last" depends on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from edition import APP_ID
from edition.editorial import EMPTY, Editorial, Entry
from edition.markup.article import ArticleContext
from edition.markup.citations import _OPENERS, AND_OTHERS, UNDATED, Citation, bible_book
from edition.tei.ids import slugify
from edition.tei.ns import E, append

LIST_ID = "works-cited"
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def title_key(title: str) -> str:
    """What two spellings of one title share: no quotation marks, case, spacing or leading "The"."""
    key = " ".join(re.sub(r"[‘’“”\"']", "", title).split()).casefold()
    return re.sub(r"^the\s+", "", key).rstrip(".,;: ")


_SPOKEN = re.compile(r"(?:an?\s+|the\s+)?(?:speech|address|sermon|lecture|oration|remarks|testimony)\b",
                     re.IGNORECASE)


@dataclass
class Work:
    """One entry of the works-cited list."""

    id: str
    title: str | None = None
    level: str = "m"
    author: str | None = None  # the name to print
    author_ref: str | None = None  # a person id from the editorial file
    edition: str | None = None
    publisher: str | None = None
    date: str | None = None  # as the register or the citation gives it
    converter_made: bool = False  # not in the editorial file: described from the citations
    in_source: bool = False  # an entry of the source's own reference list: not repeated in back
    citations: list[Citation] = field(default_factory=list)

    def bibl(self) -> etree._Element:
        """``<bibl xml:id="w-…"><author ref="#…">…</author>, <title level="m">…</title>, …``:
        the parts the register (or the citation) gives, comma-separated."""
        parts = []
        if self.author:
            parts.append(E("author", self.author,
                           ref=f"#{self.author_ref}" if self.author_ref else None))
        if self.title:
            parts.append(E("title", self.title, level=self.level))
        if self.edition:
            parts.append(E("edition", self.edition))
        if self.publisher:
            parts.append(E("publisher", self.publisher))
        if self.date:
            when = self.date if _ISO_DATE.match(self.date) else None
            parts.append(E("date", self.date, when=when))
        bibl = E("bibl", xml_id=self.id, resp=f"#{APP_ID}" if self.converter_made else None)
        for n, part in enumerate(parts):
            if n:
                append(bibl, ", ")
            bibl.append(part)
        return bibl


_ET_AL = re.compile(rf"\bet\.?\s+al\b|\b{AND_OTHERS}")
# a work cited before it is out, its state for its year: "in prep.", "in press", "forthcoming"
# (as the citations rule reads it)
_NOT_YET = re.compile(UNDATED)
# "says Kralik (p. 175)": a surname right before a page citation, after a word in lower case
_AUTHOR_BEFORE = re.compile(r"(?:^|[\s(])(?P<before>[a-z][\w’'-]*)[ \u00a0\n]+"
                            r"(?P<name>[A-Z][a-z][\w’'-]*)[ \u00a0\n]*$")
_NOT_BEFORE_AUTHOR = frozenset("the a an this that these those his her its their our my your of in "
                               "on at to from".split())


def _author_before(context: str | None) -> str | None:
    m = _AUTHOR_BEFORE.search(context[-80:]) if context else None
    if m is None or m["before"] in _NOT_BEFORE_AUTHOR:
        return None
    return m["name"]
_NOT_NAME_WORDS = frozenset("and the of for et al others colleagues co-workers coworkers associates in on "
                            "with ed eds edited by e und".split())


_GLUED = re.compile(r"^[A-Z][a-z]+(?=[A-Z][a-z]+$)")  # "Ailton" in "AiltonKrenak"


def _name_words(names: str) -> list[str]:
    """The words of an author part that can tell one name from another: no initials (``JS``,
    ``J.``), connectives or ``et al.``; case and accents as printed, folded."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", names)
             if w.casefold() not in _NOT_NAME_WORDS and len(w) > 1]
    # (a body's initials first are its name: "NBS – National Bureau of Statistics", cited "NBS")
    names_only = [w for i, w in enumerate(words) if not (w.isupper() and len(w) <= 3)
                  or i == 0 and names.lstrip().startswith(w + " ")]
    return [w.casefold() for w in (names_only or words)]


_INITIALS_GIVEN = re.compile(r"\((?P<initials>[A-Z][A-Za-z&]{1,9})\)")


def _by_its_initials(listed: str, cited: list[str]) -> bool:
    """A body listed with its initials after its name (``Organization for Economic Cooperation
    and Development (OECD). 2013.``) and cited by them (``OECD 2013``)."""
    m = _INITIALS_GIVEN.search(listed)
    return m is not None and cited == [m["initials"].casefold()]


# a part of a book named with its page: "Preface, p. vii", "Introduction, p. 4"
_BOOKS_PART = re.compile(r"^(?:Preface|Introduction|Advertisement|Dedication|Appendix|Postscript)\b,?"
                         r"[ \u00a0]+(?i:pp?\.)[ \u00a0]?[\divxlc]")


def _surnames_only(author: str) -> str:
    """``Hugh Craig and Brett Greatley-Hirsch`` → ``Craig and Greatley-Hirsch``: each name's
    last word, for a list that gives forenames as initials."""
    parts = re.split(r"(,?\s+(?:and|&)\s+|,\s+)", author)
    return "".join(p if i % 2 else p.split()[-1] if p.split() else p for i, p in enumerate(parts))


def _same_word(listed: str, cited: str) -> bool:
    """``University`` and ``Univ.``: a cited word may abbreviate the listed one; a name of five
    letters or more may be misspelt by one letter (``Khokar et al., 2005`` cites ``Khokhar, M.
    F., …, 2005``: the year must agree as well)."""
    return listed == cited or (len(cited) >= 3 and listed.startswith(cited)) or (
        len(cited) >= MISSPELT_MIN and _one_letter_apart(listed, cited))


MISSPELT_MIN = 5


_LETTERED_YEAR = re.compile(r"(\d{4})([a-z])")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter left out, added or changed turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


class WorksCited:
    """Resolves citations (in document order) to works and lists the works cited."""

    def __init__(self, editorial: Editorial = EMPTY):
        self.editorial = editorial
        self._register: dict[str, Entry] = {}  # title_key -> work entry
        for entry in editorial.entries("work"):
            for name in (entry.name, *entry.forms):
                self._register.setdefault(title_key(name), entry)
        self.works: dict[str, Work] = {}  # id -> work, in the order first cited
        self.unresolved: list[tuple[int, Citation]] = []  # (offset, citation): nothing to point at
        self._made: dict[str, str] = {}  # converter-made: title_key / author-year -> id
        self._made_ids: set[str] = set()  # its values, kept as they are made (not gathered per new id)
        self._last: Work | None = None
        self.source_references: list[tuple[str, str, str]] = []  # (ref id, author part, year)
        self.article = ArticleContext()  # what the whole article tells (edition.markup.article)

    def cite(self, citation: Citation, offset: int = 0) -> str | None:
        """The works-cited id ``citation`` points at (also set as ``citation.corresp``), or None.

        ``offset`` (the block's offset in the source) makes the ``unresolved`` report point into
        the source. Numbered references point at notes, not works: None, and not reported.
        """
        if citation.kind == "numbered":
            return None
        if citation.kind == "full" and citation.title and _BOOKS_PART.match(citation.title) and (
                self.article.references_throughout or self._last):
            # "'…'--Preface, p. vii.": a part of the book quoted throughout, or cited last, and its page
            work = self._throughout(citation) or self._last
        elif citation.kind == "full" and citation.title is None:
            # "(Ephraim Zimmerman, pers. comm.)"; "Mahan reported (oral commun., May 1973)"
            author = citation.author or _author_before(citation.context)
            work = self._by_author(author) if author else None
        elif citation.kind == "full":
            work = self._by_title(citation)
        elif citation.kind == "author-date":
            work = self._by_author_date(citation)
        elif citation.kind == "page" and (author := citation.author or _author_before(citation.context)):
            work = self._by_author(author)  # "says Kralik (p. 175)", "(Hare, p. 280.)": Kralik's
        elif citation.kind == "page" and self.article.references_throughout:
            # "(I., p. 28.)" where a note says the references are all to the Life and Letters
            work = self._throughout(citation)
        else:  # op-cit, ibid, page: the work cited last
            work = self._last
        if work is None:
            self.unresolved.append((offset + citation.start, citation))
            return None
        work.citations.append(citation)
        self._last = work
        citation.corresp = work.id
        citation.set_title_level(work.level)
        return work.id

    def _throughout(self, citation: Citation) -> Work | None:
        """The work the text's bare references are to (``references_throughout``), if it has one."""
        if self.article.references_throughout is None:
            return None
        return self._by_title(Citation(citation.start, citation.start, "full", self.article.references_throughout,
                                       citation.rule, title=self.article.references_throughout))

    def list_bibl(self) -> etree._Element | None:
        """``listBibl xml:id="works-cited"`` for ``back``, one ``bibl`` per work cited; None when
        nothing was cited."""
        works = [work for work in self.works.values() if not work.in_source]
        if not works:
            return None
        return E("listBibl", E("head", "Works cited"), *(work.bibl() for work in works),
                 xml_id=LIST_ID)

    def add_source_references(self, references) -> None:
        """The source's own reference list (``Reference``s): author–date citations point there."""
        for ref in references:
            self.source_references.append((ref.id, ref.author, ref.year))

    def lists(self, citation) -> bool:
        """Whether the text's own reference list has the work ``citation`` names."""
        return bool(citation.author and citation.year) and self._source_reference(
            citation.author, citation.year) is not None

    def _source_reference(self, author: str, year: str) -> str | None:
        found = self._listed_reference(author, year)
        if found is None and (surnames := _surnames_only(author)) != author:
            found = self._listed_reference(surnames, year)  # "Bruno Latour (1993)": Latour's
        if found is None and (m := _LETTERED_YEAR.fullmatch(year)):
            found = self._by_letter(author, m[1], m[2])
        return found

    def _by_letter(self, author: str, year: str, letter: str) -> str | None:
        """"(Martin et al. 2007a)", "(Martin et al. 2007b)" where the list prints both works'
        year bare ("Martin PA, Gundersen-Rindal D … (2007)", "Martin PA, Horise E … (2007)"): the
        letters count the author's works of that year in the list's order."""
        cited = _name_words(author)
        same = [ref_id for ref_id, listed, printed in self.source_references
                if printed == year and cited and self._names_agree(_name_words(listed), cited)]
        n = ord(letter) - ord("a")
        return same[n] if len(same) >= 2 and n < len(same) else None

    def _listed_reference(self, author: str, year: str) -> str | None:
        """The entry of the source's reference list an author–date reference means: the same
        year, the same first name, every name cited in its author part (``Leigh et al.`` →
        ``Leigh JS, Hiscock JR, …``; ``Univ. of Bristol`` → ``University of Bristol``); of
        several, the one with as many authors as the citation says."""
        cited = _name_words(author)
        if not cited:
            return None
        count = 3 if _ET_AL.search(author) else 1 + len(re.findall(r"\s(?:and|&|e|und)\s|,", author))
        best = None
        for ref_id, listed, printed in self.source_references:
            if printed != year and not (printed == "n.d." and _NOT_YET.fullmatch(year)):
                continue  # ("(Baral et al. in prep.)": the entry that prints no year)
            words = _name_words(listed)
            if not self._names_agree(words, cited):
                # "Chandra Bhagavatula, Sergey Feldman, and Waleed Ammar. 2018.": forenames
                # first, as ACL lists print them; each name's last word is its surname
                words = _name_words(_surnames_only(listed))
                if not self._names_agree(words, cited):
                    # "Olivier Mason et al." cites "Olivier-Mason A, …": a double name's hyphen
                    # printed as a space (or the other way)
                    words = [p for w in _name_words(listed) for p in w.split("-")]
                    if not self._names_agree(words, [p for c in cited for p in c.split("-")]) and not (
                            _by_its_initials(listed, cited)):
                        continue
            miss = abs(min(len(words), 3) - min(count, 3))
            if best is None or miss < best[0]:
                best = (miss, ref_id)
        return best[1] if best else None

    @staticmethod
    def _names_agree(words: list[str], cited: list[str]) -> bool:
        """Every name cited is listed, the first name first; a body's name of three words or
        more may be listed in another order ("Academies National Research Council of the
        National")."""
        return bool(words) and all(any(_same_word(w, c) for w in words) for c in cited) and (
            _same_word(words[0], cited[0]) or len(cited) >= 3)

    # ------------------------------------------------------------ resolution

    def _by_title(self, citation: Citation) -> Work:
        # (a book of the Bible is one work however its references abbreviate it)
        key = title_key(bible_book(citation.title or "") if citation.rule == "scripture" else citation.title or "")
        entry = self._register.get(key)
        if entry is not None:
            return self._from_register(entry)
        if key not in self._made:
            self._made[key] = self._new_id(slugify(key, fallback="work"))
        work_id = self._made[key]
        if work_id not in self.works:  # described by its first full citation
            self.works[work_id] = Work(work_id, citation.title.strip("‘’“”'\""),
                                       level=citation.level, edition=citation.edition,
                                       date=citation.date, converter_made=True,
                                       author=citation.author,
                                       publisher=citation.part("publisher"))
        return self.works[work_id]

    def _by_author(self, author: str) -> Work:
        """The work of ``author`` cited last, else the one entry of the source's list by that
        author, else a work known by its author alone (converter-made, no title or date)."""
        found = self.work_by_author(author)
        if found is not None:
            return self.works[found]
        listed = [ref_id for ref_id, names, _ in self.source_references
                  if (words := _name_words(names)) and words[0] == author.casefold()]
        if len(listed) == 1:
            return self.works.setdefault(listed[0], Work(listed[0], author=author, in_source=True))
        key = f"{author.casefold()} n.d."
        if key not in self._made:
            self._made[key] = self._new_id(slugify(author, fallback="work"))
        work_id = self._made[key]
        if work_id not in self.works:
            person = self._person_named(author)
            self.works[work_id] = Work(work_id, author=author,
                                       author_ref=person.id if person else None,
                                       converter_made=True)
        return self.works[work_id]

    def _by_author_date(self, citation: Citation) -> Work:
        author, year = citation.author or "", citation.date or ""
        printed = citation.year or citation.part("date") or year
        if not author and citation.context:  # ” (2014, 47): the author the sentence names
            names = [re.sub(r"[’']s$", "", n)  # "Kirschenbaum’s"
                     for n in re.findall(r"(?<![\w’'])[A-Z][\w’'-]+", citation.context)]
            for name in reversed(names):
                ref_id = self._source_reference(name, printed)
                if ref_id is not None:
                    return self.works.setdefault(ref_id, Work(ref_id, author=name, date=year,
                                                              in_source=True))
            ends = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z“‘\"])", citation.context)]
            sentence = citation.context[ends[-1] if ends else 0:]
            # no entry: the last name of its sentence, not a sentence's opening word ("As"),
            # not an abbreviation ("DH", "TEI"); none: a work known by its year alone
            author = next((n for n in reversed(re.findall(r"(?<![\w’'])[A-Z][\w’'-]+", sentence))
                           if n.casefold() not in _NOT_NAME_WORDS and n not in _OPENERS
                           and not n.isupper()), "")
        ref_id = self._source_reference(author, printed)
        if ref_id is None and _GLUED.match(author):
            # a forename glued to the surname by the print's slip: "AiltonKrenak (2015)"
            ref_id = self._source_reference(_GLUED.sub("", author), printed)
        if ref_id is not None:
            return self.works.setdefault(ref_id, Work(ref_id, author=author, date=year, in_source=True))
        for entry in self.editorial.entries("work"):
            person = self._person(entry.extra.get("author"))
            if (person is not None and str(entry.extra.get("date", "")).startswith(year)
                    and author.casefold() in {f.casefold() for f in (person.name, *person.forms)}):
                return self._from_register(entry)
        # the one entry of the source's list by that author, of another year: an edition or a
        # translation the list gives ("(Levinson, 1983, p.102)" → "LEVINSON, S. C. Pragmática.
        # Tradução …, 2007.")
        listed = [ref_id for ref_id, names, _ in self.source_references
                  if (words := _name_words(names)) and author and _same_word(words[0], author.casefold())]
        if len(listed) == 1 and not _ET_AL.search(author):
            return self.works.setdefault(listed[0], Work(listed[0], author=author, in_source=True))
        # "2015a" and "2015b" are two works: the id keeps the letter, the date does not
        printed_year = printed
        key = f"{author.casefold()} {printed_year}"
        if key not in self._made:
            self._made[key] = self._new_id(slugify(f"{author} {printed_year}", fallback="work"))
        work_id = self._made[key]
        if work_id not in self.works:
            person = self._person_named(author)
            self.works[work_id] = Work(work_id, author=author,
                                       author_ref=person.id if person else None,
                                       date=year, converter_made=True)
        return self.works[work_id]

    # ------------------------------------------------------------ notes (markup/notes.py)

    def knows_title(self, title: str) -> bool:
        """A work with this title (a short title of it) was cited before, or is registered."""
        key = title_key(title)
        return key in self._register or key in self._made and self._made[key] in self.works

    def cites_author(self, name: str) -> bool:
        """The article cites a work of ``name``'s: one cited so far, one its notes give (read
        before the text's quotations: "Barth says" in the text, "Barth, The Religions of India,
        p. 30." in a note), or a book its review's notice heads ("… By Francis Parkman. Boston:
        …" over "says Mr. Parkman") — so that his words quoted are his writing."""
        last = name.split()[-1].strip(".,")
        return self.work_by_author(name) is not None or last in self.article.note_authors or last in self.article.reviewed_authors

    def spoken_by(self, name: str) -> bool:
        """The work of ``name``'s the article cites is a speech ("(Speech of Mr. Moore, House
        of Delegates, Va., 1832.)", "Sermon by …"): his words quoted are spoken, not written."""
        found = self.work_by_author(name)
        work = self.works.get(found) if found is not None else None
        return work is not None and _SPOKEN.match(work.title or work.author or "") is not None

    def work_by_author(self, name: str) -> str | None:
        """The work cited last whose author has the last word of ``name`` (``Dr. Helen A.
        Sumner`` after ``Dr. Helen Sumner``), or None."""
        words = re.findall(r"[^\W\d_][\w’'-]+", name)
        if not words:
            return None
        for work in reversed(list(self.works.values())):
            if work.author and words[-1] in re.findall(r"[^\W\d_][\w’'-]+", work.author):
                return work.id
        return None

    def cite_entry(self, citation: Citation, entry_id: str) -> str | None:
        """``citation`` points at ``entry_id``, as the editor said: a work of the register, an
        entry of the source's own reference list, or a work the encoder lists — the last only
        where the encoder's own resolution finds that very work (a confirmation); None when
        ``entry_id`` is none of these here."""
        entry = self.editorial.find(entry_id)
        if entry is None or entry.kind != "work":
            if any(ref_id == entry_id for ref_id, _, _ in self.source_references):
                citation.corresp = entry_id
                return entry_id
            return entry_id if self.cite(citation) == entry_id else None
        work = self._from_register(entry)
        work.citations.append(citation)
        self._last = work
        citation.corresp = work.id
        citation.set_title_level(work.level)
        return work.id

    def cite_work(self, citation: Citation, work_id: str) -> None:
        """``citation`` points at the work ``work_id`` (one found by its author)."""
        work = self.works[work_id]
        work.citations.append(citation)
        self._last = work
        citation.corresp = work.id

    def _from_register(self, entry: Entry) -> Work:
        if entry.id not in self.works:
            self.works[entry.id] = self._work_of(entry)
        return self.works[entry.id]

    def _work_of(self, entry: Entry) -> Work:
        extra = entry.extra
        person = self._person(extra.get("author"))
        date = extra.get("date")
        return Work(
            entry.id, entry.name, level=extra.get("level", "m"),
            # a person id not in the register still names the author, without a dangling ref
            author=person.name if person else extra.get("author"),
            author_ref=person.id if person else None,
            edition=extra.get("edition"), publisher=extra.get("publisher"),
            # TOML may give a date as a date, or a year as a number
            date=None if date is None else (date.isoformat() if hasattr(date, "isoformat")
                                            else str(date)))

    def uncited(self) -> list[etree._Element]:
        """``bibl``s of the register's works that no citation points at — titles mentioned in
        running text still need an entry for their ``@ref`` (they go to ``standOff``)."""
        return [self._work_of(entry).bibl() for entry in self.editorial.entries("work")
                if entry.id not in self.works]

    def _new_id(self, slug: str) -> str:
        """``w-<slug>``, numbered on where an editorial id already has that name."""
        base = slug if slug.startswith("w-") else f"w-{slug}"
        candidate, n = base, 1
        while self.editorial.find(candidate) is not None or candidate in self._made_ids:
            n += 1
            candidate = f"{base}-{n}"
        self._made_ids.add(candidate)
        return candidate

    def _person(self, person_id) -> Entry | None:
        if not person_id:
            return None
        entry = self.editorial.find(str(person_id))
        return entry if entry is not None and entry.kind == "person" else None

    def _person_named(self, name: str) -> Entry | None:
        for entry in self.editorial.entries("person"):
            if name.casefold() in {f.casefold() for f in (entry.name, *entry.forms)}:
                return entry
        return None
