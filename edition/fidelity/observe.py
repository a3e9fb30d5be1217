# SPDX-License-Identifier: MIT
"""What the encoder made of an article, read back from its TEI: the opening lines, headings,
quotations and phrases, citations, the source's reference list and notes, and the persons
``@who`` points at. Text is read as printed (``sic``/``orig``, no ``supplied``)."""

from __future__ import annotations

import copy

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from edition.tei.ns import TEI_NS, XML_ID

NS = {"t": TEI_NS}
_QUOTE_TAGS = ("quote", "said", "q")
_EDITORIAL = {f"{{{TEI_NS}}}{tag}" for tag in ("supplied", "corr", "reg")}
_MARKS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'", "«": '"', "»": '"',
                        "\u00a0": " ", "–": "-", "—": "-"})


# a transcript's turns set off together are one passage (tests/data/corpus/README.md): a turn
# printed in its own marks after its speaker's label ('_Mr. Sage._ "This."') whose paragraph
# follows another such turn goes on with that turn's passage
# (or set off by a dash alone: 'Mr. Minshull--"Well, Sir, …"', 'The General--"Sir, …"')
_TURN_LABEL = re.compile(r"\s*[_*]?(?:[A-Z][A-Za-z]{0,9}\.\s)?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2}"
                         r"(?:(?:\.[_*]?|[_*]?[.:])\s*(?:—|--)?|\s*(?:—|--))\s*\Z")


# (a sketch's roles in capitals, several words, a stage direction in brackets after: 'CRITIC,
# (who knows Mr. STEINWAY.) "…"', 'CHORUS OF RIVAL PIANO-MAKERS. "…"')
_CAPS_TURN_LABEL = re.compile(r"\s*[A-Z][A-Z’'\-]+(?:\s(?:OF|THE|AND|[A-Z][A-Z’'\-]+)){0,5}[.,:]\s*"
                              r"(?:_?\([^()]{1,160}\)_?\.?\s*)?(?:—|--)?\s*\Z")


def _labelled_turn(p: etree._Element) -> bool:
    return (etree.QName(p).localname == "p" and len(p) > 0 and p.text is not None
            and etree.QName(p[0]).localname in ("quote", "said")
            and bool(_TURN_LABEL.match(p.text) or _CAPS_TURN_LABEL.match(p.text)))


# (in one paragraph too: "… 'How does poor Smart do, Sir?' JOHNSON. 'It seems …'", "… them.”
# Cabaner, after a silence: “Is it …”": a labelled turn right after another turn)
_INLINE_TURN_LABEL = re.compile(r"\s*(?!(?:Then|Again|Thus|Also|And|But|So|Now|Here|There|Finally|Later|Next|Once)\b)"
                                r"(?:(?:Mr|Mrs|Dr)\.\s)?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2}"
                                r"(?:,\s+[a-z][^,“”\"‘’':.\n]{0,40})?[.:]\s*(?:—|--)?\s*\Z")


def _turn_after_turn(el: etree._Element) -> bool:
    before = el.getprevious()
    if (etree.QName(el).localname == "said" and before is not None
            and etree.QName(before).localname in ("quote", "said")
            and _INLINE_TURN_LABEL.match(before.tail or "")):
        return True
    p = el.getparent()
    if p is None or p[0] is not el or not _labelled_turn(p):
        return False
    before = p.getprevious()
    return before is not None and _labelled_turn(before)


def _without_note_markers(head: etree._Element) -> str:
    """A heading's, a title's or a quotation's printed words without the note markers it may
    carry (``… HISTORY[311:1]``): the truth lists the heading, the marker is the note's."""
    head = copy.deepcopy(head)
    for ref in head.xpath(".//t:ref[starts-with(@target, '#note-')]", namespaces=NS):
        _drop_keeping_tail(ref)
    return printed(head)


def _drop_keeping_tail(el: etree._Element) -> None:
    parent, prev, tail = el.getparent(), el.getprevious(), el.tail or ""
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def printed(el: etree._Element) -> str:
    """The text of ``el`` as the source printed it: what the edition supplied or corrected is
    left out (``supplied``, ``corr``, ``reg``), the source's own reading kept."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag not in _EDITORIAL:
            if node.text:
                out.append(node.text)
            for child in node:
                walk(child)
        if node is not el and node.tail:
            out.append(node.tail)

    walk(el)
    return "".join(out)


def normal(text: str) -> str:
    """For comparing: quotation marks, dashes and spaces unified, case folded, white space
    collapsed, leading marks, ellipses and dashes dropped (a quotation opening mid-verse:
    "—Videt intus edentem" is the passage whose first words are "Videt intus edentem"), and a
    plain text's leading italics mark ("_Within the community …", truth written either way)."""
    text = unicodedata.normalize("NFC", text).translate(_MARKS).casefold()
    text = " ".join(text.split())
    return re.sub(r"^[\s'\"(\[….\-_]+", "", text)


@dataclass
class Quoted:
    tag: str  # quote | said | q | title
    text: str
    outermost: bool
    continuation: bool  # the second part of an interrupted quotation (@prev), a transcript's next turn
    who: str | None  # the person's name @who points at
    element: etree._Element = field(repr=False)
    rule: str = "-"  # the rule that made it, when the encoder said (EncodeResult.provenance)
    # its words without the note markers inside its marks ('"[a] he that believeth …"'): a
    # truth may list a quotation either way
    bare: str = ""


@dataclass
class BiblSeen:
    text: str
    corresp: str | None
    in_note: str | None  # the note's number, for a bibl inside a note
    rule: str = "-"


@dataclass
class Observed:
    opening: dict[str, str]
    headings: list[str]
    quoted: list[Quoted]
    bibls: list[BiblSeen]  # citations in the text and notes, document order
    references: dict[str, str]  # the source's own reference-list entries: id -> text
    notes: list[str]  # note numbers


def observe(tree: etree._ElementTree | etree._Element,
            provenance: dict[str, list[str]] | None = None) -> Observed:
    """What ``tree`` holds; ``provenance`` (the encoder's, by text) names the rule behind each
    quotation and citation."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    rules = {text: list(names) for text, names in (provenance or {}).items()}

    def rule_of(el: etree._Element) -> str:
        first = el.find("t:p", NS)  # a block quotation: traced by its first paragraph
        names = rules.get(" ".join(printed(first if first is not None else el).split()))
        return names.pop(0) if names else "-"

    persons = {p.get(XML_ID): " ".join(printed(p.find("t:persName", NS)).split())
               for p in root.iterfind(".//t:person", NS) if p.find("t:persName", NS) is not None}
    text = root.find("t:text", NS)

    def first(path: str) -> str | None:
        el = text.find(path, NS)
        return " ".join(_without_note_markers(el).split()) if el is not None else None

    opening = {}
    for key, path in (("title", "t:front/t:titlePage/t:docTitle"),
                      ("author", "t:front/t:titlePage/t:byline"),
                      ("source", "t:front/t:titlePage/t:docImprint")):
        value = first(path)
        if key == "author" and text.find("t:front/t:titlePage/t:byline/*", NS) is None \
                and text.find("t:front/t:titlePage/t:docAuthor", NS) is not None:
            value = None  # a byline of the author's offices only, under a name line without "By"
        if key == "author" and value is None:
            value = first("t:front/t:titlePage/t:docAuthor")
        if value:
            opening[key] = value

    headings = [" ".join(_without_note_markers(h).split()) for h in text.iterfind(".//t:head", NS)
                if h.getparent().get(XML_ID) != "works-cited"]

    quoted = []
    for el in text.iter(*(f"{{{TEI_NS}}}{t}" for t in (*_QUOTE_TAGS, "title"))):
        tag = etree.QName(el).localname
        # (the title page's own lines are the opening's; a title quoted in its source line, or
        # in the author's offices under the byline, is one of the text's quoted titles)
        if el.xpath("ancestor::t:titlePage", namespaces=NS) and not (
                tag == "title" and el.xpath("ancestor::t:docImprint | ancestor::t:byline", namespaces=NS)) \
                or el.xpath("ancestor::t:listBibl[@xml:id='works-cited']", namespaces=NS):
            continue
        outer = not el.xpath("ancestor::t:quote | ancestor::t:said | ancestor::t:q",
                             namespaces=NS)
        who = el.get("who")
        quoted.append(Quoted(tag, printed(el), outer, el.get("prev") is not None or _turn_after_turn(el),
                             persons.get(who[1:], who) if who else None, el,
                             rule_of(el) if tag != "title" else "title", _without_note_markers(el)))

    bibls = []
    entries = {el.get(XML_ID) for el in text.iterfind(".//t:listBibl/t:bibl", NS)}
    for el in text.iter(f"{{{TEI_NS}}}bibl", f"{{{TEI_NS}}}ref"):
        if el.xpath("ancestor::t:listBibl", namespaces=NS):
            continue
        note = el.xpath("ancestor::t:note[1]/@n", namespaces=NS)
        if el.tag.endswith("}ref"):
            # "[3]", "[1]–[5]": a numbered citation, one reference per entry of the source's
            # reference list it points at (a pointer to a note is a note's marker, no citation)
            targets = [t[1:] for t in (el.get("target") or "").split() if t[1:] in entries]
            bibls += [BiblSeen(printed(el), t, note[0] if note else None, "citation:numbered")
                      for t in targets]
            continue
        corresp = el.get("corresp")
        bibls.append(BiblSeen(printed(el), corresp[1:] if corresp else None,
                              note[0] if note else None, rule_of(el)))
    references = {el.get(XML_ID): printed(el) for el in text.iterfind(".//t:body//t:listBibl/t:bibl", NS)}
    # the source's notes: in back, or in the body when another closing section follows them;
    # footnotes kept in the body under the paragraph that calls them
    notes = [n.get("n") or "" for n in text.xpath(
        ".//t:div[@type='notes']/t:note | .//t:body//t:note[@place='foot']", namespaces=NS)]
    return Observed(opening, headings, quoted, bibls, references, notes)
