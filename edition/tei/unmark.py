# SPDX-License-Identifier: MIT
"""Markup the schema refuses where it lands is left plain, never the whole article refused.

The inline rules (quotations, citations, names) each judge a span of text on its own; now and
then one lands where the project's schema allows no such element (a ``q`` inside a ``bibl`` of
the source's reference list). Rather than refuse the article, the encoder unwraps that element —
its text stays exactly where it was — and says so in a located warning. Only the rules' inline
elements are unwrapped: a problem with anything else is a bug, and the encoder still refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from edition.tei.ns import TEI_NS
from edition.validation import rng, schematron

# What the inline rules make, and so may leave unmade. Not ``supplied`` (text the edition adds:
# unwrapping it would pass it off as the source's), not ``choice``/``sic``/``corr`` (the
# editor's interventions), not structure.
INLINE = frozenset({"q", "quote", "said", "cit", "bibl", "title", "persName", "orgName",
                    "placeName", "author", "date", "biblScope", "edition", "abbr", "ref"})
_QUOTATIONS = frozenset({"q", "quote", "said"})
_EXTRA = re.compile(r"^Element (\S+) has extra content: (\S+)$")
MAX_ROUNDS = 8


@dataclass(frozen=True)
class Unmarked:
    tag: str
    text: str  # the element's text, as it stays in place
    reason: str


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _refused(tree: etree._ElementTree) -> list[tuple[etree._Element, str]]:
    """The rule-made elements the schemas refuse, each with the schema's words."""
    found = []
    validator = rng.schema()
    if not validator.validate(tree):
        errors = [(rng._element(tree, entry.path), entry.message) for entry in validator.error_log]
        # (libxml2 goes on to say of each ancestor that it "has extra content", naming its first
        # child: where an element further in is the one refused, that child is not — '<bibl>
        # <author>…<date><q>…' refuses the q, not the author)
        specific = [el for el, message in errors if el is not None and not _EXTRA.match(message)]
        for el, message in errors:
            m = _EXTRA.match(message)
            if el is not None and m:
                holder = el if _local(el) == m.group(1) else el.getparent()
                if holder is not None and any(s is not el and holder in s.iterancestors() for s in specific):
                    continue
                if _local(el) not in INLINE:
                    el = next((c for c in el if _local(c) == m.group(2)), el)
            if el is not None and _local(el) in INLINE:
                parent = el.getparent()
                where = _local(parent) if parent is not None else "the document"
                found.append((el, f"the schema allows no <{_local(el)}> inside <{where}>"))
    if not found:
        sch = schematron.schema()
        if not sch.validate(tree):
            for failure in sch.validation_report.xpath("//svrl:failed-assert | //svrl:successful-report",
                                                       namespaces=schematron.SVRL):
                el = schematron._element(tree, failure.get("location"))
                if el is not None and _local(el) in INLINE:
                    text = " ".join(failure.findtext("svrl:text", "", schematron.SVRL).split())
                    found.append((el, text))
    return found


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its content; a quotation's supplied marks go with it."""
    if _local(el) in _QUOTATIONS:
        for child in list(el):
            if child.tag == f"{{{TEI_NS}}}supplied" and child.get("reason") == "omitted-in-source":
                _splice(child, [], None)
    _splice(el, list(el), el.text)


def _splice(el: etree._Element, children: list, text: str | None) -> None:
    parent = el.getparent()
    index = parent.index(el)
    tail = el.tail or ""
    lead = text or ""
    if index == 0:
        parent.text = (parent.text or "") + lead
    else:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + lead
    parent.remove(el)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + tail
    elif index == 0:
        parent.text = (parent.text or "") + tail
    else:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + tail


def unmark_refused(tree: etree._ElementTree) -> list[Unmarked]:
    """Unwrap, round by round, every rule-made element the schemas refuse; what was unwrapped,
    in document order. Links to an unwrapped element's id are the caller's to drop."""
    done: list[Unmarked] = []
    for _ in range(MAX_ROUNDS):
        refused = _refused(tree)
        if not refused:
            break
        seen = set()
        for el, reason in refused:
            if id(el) in seen or el.getparent() is None:
                continue
            seen.add(id(el))
            done.append(Unmarked(_local(el), "".join(el.itertext()), reason))
            _unwrap(el)
    return done

