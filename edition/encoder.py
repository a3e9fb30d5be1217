# SPDX-License-Identifier: MIT
"""The encoder: source text (+ editorial file) -> TEI, checked lossless before it is returned.

    text in (edition.text) -> structure recognised (edition.structure) -> TEI built (edition.tei)
    -> checked (edition.verify, edition.validation)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition import APP_ID
from edition.editorial import EMPTY, Editorial, default_editorial_path, load_editorial
from edition.errors import EditionError, LosslessnessError
from edition.settings import EncodeSettings, encoding_date
from edition.markup.inline import annotate
from edition.markup.quotes import NestingTooDeep
from edition.markup.result import Report
from edition.markup.works import WorksCited
from edition.overrides import Overrides
from edition.structure import Document, recognise
from edition.structure.model import ReferenceList
from edition.structure.notes import CALL_AT_END
from edition.structure.opening import byline_name, names_author
from edition.tei.header import build_header
from edition.tei.ids import slugify
from edition.tei.ns import XML_ID, E
from edition.tei.registers import build_standoff
from edition.tei.serialize import serialize
from edition.tei.text import build_text
from edition.tei.unmark import unmark_refused
from edition.text.blocks import split_blocks
from edition.text.source import MAX_BYTES, Source, read_source
from edition.validation import validate_tree, xml_model_pis
from edition.verify import check_lossless
from edition.xmlsafe import parse_xml


@dataclass(frozen=True)
class Warning_:
    """Something the encoder did on its own judgement, for the editor to review."""

    message: str
    line: int | None = None
    column: int | None = None

    def located(self, path: str) -> str:
        where = path + (f":{self.line}:{self.column}" if self.line else "")
        return f"{where}: {self.message}"


@dataclass
class EncodeResult:
    name: str  # the document's slug and root xml:id
    source: Source
    editorial: Editorial
    document: Document
    tree: etree._ElementTree
    tei: bytes
    report: Report
    warnings: list[Warning_] = field(default_factory=list)
    provenance: dict[str, list[str]] = field(default_factory=dict)  # Markup.provenance
    places: list | None = None  # every place the rules decided (overrides.Place), when asked

    def counts(self) -> dict[str, int]:
        root = self.tree.getroot()
        ns = {"t": "http://www.tei-c.org/ns/1.0"}
        return {
            "sections": len(root.xpath("//t:body/t:div", namespaces=ns)),
            "headings": len(root.xpath("//t:body/t:div/t:head", namespaces=ns)),
            "paragraphs": len(root.xpath("//t:body//t:p", namespaces=ns)),
            "list items": len(root.xpath("//t:body//t:item", namespaces=ns)),
        }

    def summary(self) -> str:
        r = self.report
        counts = self.counts()
        lines = [
            f"{self.source.name}:",
            f"  structure     {counts['sections']} sections, {counts['headings']} headings, "
            f"{counts['paragraphs']} paragraphs, {counts['list items']} list items",
            f"  quotations    {r.quotations} ({r.speeches} speeches, {r.phrases} quoted phrases, "
            f"{r.quotations - r.speeches - r.phrases} quotations of writing)",
            f"  citations     {r.citations} ({r.citations - r.unresolved} resolved, "
            f"{r.unresolved} unresolved)",
            f"  names         {r.names}",
            f"  interventions {r.corrections} corrections, {r.normalisations} normalisations, "
            f"{r.supplied} supplied marks",
            f"  warnings      {len(self.warnings)}",
        ]
        return "\n".join(lines)


def resolve_editorial(source_path: Path, editorial: str | Path | None) -> Editorial:
    """The editorial file given, else the one beside the source by convention, else none."""
    if editorial is not None:
        return load_editorial(editorial)
    default = default_editorial_path(Path(source_path))
    return load_editorial(default) if default.is_file() else EMPTY


def encode_path(source: str | Path, editorial: str | Path | None = None, *,
                encoding: str = "utf-8", date: str | None = None,
                max_bytes: int | None = MAX_BYTES, provenance: bool = False,
                places: bool = False) -> EncodeResult:
    """Encode the text at ``source`` with its editorial file (see ``resolve_editorial``);
    ``provenance``: keep which rule made each quotation and citation (the fidelity report's);
    ``places``: keep every place the rules decided (a review's)."""
    src = read_source(source, encoding, max_bytes)
    return encode_source(src, resolve_editorial(Path(source), editorial),
                         EncodeSettings(encoding=encoding, date=date, provenance=provenance, places=places))


def encode_source(source: Source, editorial: Editorial = EMPTY,
                  settings: EncodeSettings = EncodeSettings()) -> EncodeResult:
    warnings: list[Warning_] = []
    overrides = editorial.source
    decisions = Overrides(editorial, keep_places=settings.places)  # the editor's [[override]]s, taken where they apply
    doc = recognise(split_blocks(source.text), overrides.title, overrides.author, decisions)
    opening = doc.opening
    if opening.missing:
        first = source.line_col(opening.blocks[0].start if opening.blocks else 0)
        warnings.append(Warning_(
            f"opening lines: no {', no '.join(opening.missing)} recognised"
            + (" (encoded with a minimal header)" if len(opening.missing) == 3 else ""),
            *first))

    title = overrides.title or (_without_note_marker(" ".join(opening.title.text.split()))
                                if opening.title else None)
    if title is None:
        title = f"Untitled text ({source.path.name})"
    author = overrides.author or (_author_name(opening.author.text) if opening.author else None)
    author_ref = overrides.author_ref or _find_person(editorial, author)
    date = encoding_date(settings.date, editorial.metadata.date)
    name = editorial.metadata.id or slugify(source.path.stem)

    root = E("TEI", xml_id=name, xml_lang=editorial.metadata.language)
    root.append(build_header(doc, source, editorial, title=title, author=author,
                             author_ref=author_ref, date=date, version=settings.version))
    works = WorksCited(editorial)
    works.add_source_references(ref for section in doc.sections for node in section.content
                                if isinstance(node, ReferenceList) for ref in node.items)
    try:
        markup = annotate(doc, editorial, works, decisions, provenance=settings.provenance)
    except NestingTooDeep as err:  # at its place in the source text
        raise NestingTooDeep(err.unit, err.offset, source.name,
                             *source.line_col(err.offset)) from None
    decisions.check()
    works_cited = works.list_bibl()
    root.append(build_text(doc, author_ref=author_ref, inline=markup.fill, wrapper=markup.wrapper,
                           back=[works_cited] if works_cited is not None else []))
    markup.release()  # the spans are in the tree now: their memory serves what follows
    for message in _drop_dangling_links(root):
        warnings.append(Warning_(message))
    # warnings in source order, after building: crossing spans are found while nesting
    for offset, message in sorted(markup.report.warnings):
        warnings.append(Warning_(message, *source.line_col(offset)))
    # (a speaker whose words turned out a work's title names no one now: no entry for him)
    speaking = {who[1:] for value in root.xpath("//@who") for who in value.split()}
    standoff = build_standoff(editorial, {id_: name for id_, name in markup.speakers.items() if id_ in speaking},
                              works.uncited())
    if standoff is not None:
        root.append(standoff)
    _check_ids(root, editorial)

    data = serialize(root, xml_model_pis())
    del root, works_cited, standoff  # the tree built: its memory serves the one read back
    # Check what will be written, not the tree we built: re-read the bytes as any reader would.
    tree = _reread(data, source)
    diff = check_lossless(source, tree)
    if diff is not None:
        raise LosslessnessError(f"internal error, refusing to write a TEI that loses text: "
                                f"{diff.describe()}", source.name, diff.line, diff.column)
    problems = validate_tree(tree, f"<TEI of {source.name}>", kinds=("rng", "sch"), source=data)
    if problems:
        unmarked = unmark_refused(tree)
        if unmarked:
            for message in _drop_dangling_links(tree.getroot()):
                warnings.append(Warning_(message))
            for u in unmarked:
                warnings.append(Warning_(f"left unmarked, {u.reason}: {_excerpt(u.text)!r}",
                                         *_locate(source, u.text)))
            data = serialize(tree.getroot(), xml_model_pis())
            tree = _reread(data, source)
            diff = check_lossless(source, tree)
            if diff is not None:
                raise LosslessnessError(f"internal error, refusing to write a TEI that loses "
                                        f"text: {diff.describe()}", source.name, diff.line,
                                        diff.column)
            problems = validate_tree(tree, f"<TEI of {source.name}>", kinds=("rng", "sch"),
                                     source=data)
    if problems:
        shown = "; ".join(str(p) for p in problems[:3])
        raise EditionError(f"internal error, refusing to write a TEI the project's schema rejects "
                           f"({len(problems)} problem(s)): {shown}", _editorial_name(editorial))
    return EncodeResult(name, source, editorial, doc, tree, data, markup.report, warnings,
                        markup.provenance, decisions.places if settings.places else None)


def _reread(data: bytes, source: Source) -> etree._ElementTree:
    """The TEI made from ``source``, parsed back. Should it not parse, that is the encoder's
    fault, and the line and column are the TEI's, never the source text's."""
    try:
        return parse_xml(data, f"<TEI of {source.name}>")
    except EditionError as err:
        raise EditionError(f"internal error, refusing to write a TEI that does not parse: {err}",
                           source.name) from None


def _drop_dangling_links(root: etree._Element) -> list[str]:
    """Links between quotation parts (``@next``, ``@prev``) and to citations (``@source``) whose
    target was dropped for crossing other markup are removed, not left pointing at nothing."""
    ids = {el.get(XML_ID) for el in root.iter() if el.get(XML_ID)}
    messages = []
    for el in root.iter():
        for attr in ("next", "prev", "source"):
            value = el.get(attr)
            if value and value.startswith("#") and value[1:] not in ids:
                del el.attrib[attr]
                messages.append(f"{etree.QName(el).localname} {el.get(XML_ID) or ''}: link "
                                f"{attr}={value} dropped, its target crosses other markup")
    return messages


def _excerpt(text: str, n: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _locate(source: Source, text: str) -> tuple[int | None, int | None]:
    """Line and column of ``text`` in the source (white space folded), when it occurs there."""
    words = text.split()[:8]
    if not words:
        return None, None
    m = re.search(r"\s+".join(re.escape(w) for w in words), source.text)
    return source.line_col(m.start()) if m else (None, None)


def _editorial_name(editorial: Editorial) -> str | None:
    return str(editorial.path) if editorial.path else None


# a note's marker glued to the end of the title as printed ("COLERIDGE*", "WALT WHITMAN.*",
# "The Mill[1]"): the note's, not the title's — the header's title (metadata, running heads)
# goes without it; the title page keeps the line as printed
def _without_note_marker(title: str) -> str:
    return CALL_AT_END.sub("", title) or title


def _author_name(text: str) -> str | None:
    """The author a byline names; none when it names only a translator or an editor."""
    text = " ".join(text.split())
    if not names_author(text):
        return None
    start, end = byline_name(text)
    # ("By F. H. Knowlton," over his office; "… and G. Vernon Byrd[1]": the note's call no part of it)
    return _without_note_marker(text[start:end].rstrip(",;"))


def _find_person(editorial: Editorial, name: str | None) -> str | None:
    if not name:
        return None
    for person in editorial.entries("person"):
        if name == person.name or name in person.forms:
            return person.id
    return None


def _check_ids(root: etree._Element, editorial: Editorial) -> None:
    counts = Counter(el.get(XML_ID) for el in root.iter() if el.get(XML_ID) is not None)
    clashes = sorted(i for i, n in counts.items() if n > 1)
    if clashes:
        at = editorial.path_of(clashes[0])  # the register entry's id, at its line
        if at is not None:
            raise editorial.mistake(at, f"id {clashes[0]!r} clashes with one the encoder makes "
                                        "(such as 'p-1', 'div-1' or 'q-1'); rename it")
        raise EditionError(f"xml:id {clashes[0]!r} is used twice: an id in the editorial file "
                           f"clashes with one the encoder makes (such as 'p-1', 'div-1' or "
                           f"'{APP_ID}'); rename it",
                           str(editorial.path) if editorial.path else None)
