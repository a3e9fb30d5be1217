# SPDX-License-Identifier: MIT
"""Random documents from a RELAX NG grammar, to test that our grammar is a subset of TEI All.

A hand-written subset is easy to get subtly wrong (an element allowed where TEI does not allow
it); validating a few hand-made documents only checks the places someone thought of. This walks
``edition.rng`` and makes documents choosing at random among everything the grammar allows, so
every element, attribute and content model gets tried in many combinations. It understands the
patterns trang writes (no ``list``, ``except``, ``parentRef``); data values come from a small
table of valid values per XML Schema datatype.
"""

from __future__ import annotations

import copy
import math
import random
from pathlib import Path

from lxml import etree

RNG = "http://relaxng.org/ns/structure/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# One or more valid values per datatype; pattern facets in edition.rng are met by all of them.
VALUES = {
    "anyURI": ["#x", "https://example.org/licence"],
    "token": ["word", "main", "1.0"],
    "Name": ["edition"],
    "language": ["en", "de", "ru"],
    "date": ["1988-06-13"],
    "gYear": ["1988"],
    "gYearMonth": ["1988-06"],
    "dateTime": ["1988-06-13T12:00:00"],
    "decimal": ["12", "0.5"],
    "boolean": ["true", "false"],
    "string": ["a string", "1"],
}
WORDS = ["Trotsky", "wrote", "‘", "’", "(page 9)", "the", "October", " ", "\u00a0"]


class Generator:
    """``Generator(path, seed).document()`` is a new random document valid against ``path``."""

    def __init__(self, path: Path, seed: int, max_depth: int = 7):
        self.grammar = etree.parse(str(path)).getroot()
        self.ns = self.grammar.get("ns", "")
        self.defines = {d.get("name"): d for d in self.grammar.iter(f"{{{RNG}}}define")}
        self.random = random.Random(seed)
        self.max_depth = max_depth
        self.ids = 0
        self.seen: set[str] = set()  # element and attribute names generated, for coverage
        self.cost = self._costs()

    def document(self) -> etree._Element:
        holder = etree.Element("holder")
        start = self.grammar.find(f"{{{RNG}}}start")
        self._children(start, holder, 0)
        return copy.deepcopy(holder[0])  # a document of its own, without the holder

    # How deep the shallowest instance of each pattern is: beyond max_depth we take the
    # cheapest way out, so recursion (p > quote > p ...) always ends.
    def _costs(self) -> dict[str, float]:
        cost = {name: math.inf for name in self.defines}
        changed = True
        while changed:
            changed = False
            for name, define in self.defines.items():
                value = self._group_cost(list(define), cost)
                if value < cost[name]:
                    cost[name], changed = value, True
        return cost

    def _group_cost(self, nodes, cost) -> float:
        return max((self._cost(n, cost) for n in nodes), default=0)

    def _cost(self, node, cost) -> float:
        tag = etree.QName(node).localname
        if tag == "element":
            return 1 + self._group_cost(list(node), cost)
        if tag == "ref":
            return cost[node.get("name")]
        if tag == "choice":
            return min(self._cost(n, cost) for n in node)
        if tag in ("optional", "zeroOrMore"):
            return 0
        if tag in ("group", "interleave", "oneOrMore", "mixed", "attribute"):
            return self._group_cost(list(node), cost)
        return 0

    def _children(self, pattern, parent, depth) -> None:
        for node in pattern:
            self._gen(node, parent, depth)

    def _gen(self, node, parent, depth) -> None:
        tag = etree.QName(node).localname
        deep = depth >= self.max_depth
        rnd = self.random
        if tag == "element":
            el = etree.SubElement(parent, f"{{{self.ns}}}{node.get('name')}")
            self.seen.add(node.get("name"))
            self._children(node, el, depth + 1)
        elif tag == "attribute":
            name = node.get("name")
            key = f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name
            self.seen.add("@" + name)
            parent.set(key, self._value(node))
        elif tag == "ref":
            self._children(self.defines[node.get("name")], parent, depth)
        elif tag in ("group", "interleave"):
            self._children(node, parent, depth)
        elif tag == "choice":
            options = list(node)
            if deep:
                least = min(self._cost(n, self.cost) for n in options)
                options = [n for n in options if self._cost(n, self.cost) == least]
            self._gen(rnd.choice(options), parent, depth)
        elif tag == "optional":
            if not deep and rnd.random() < 0.6:
                self._children(node, parent, depth)
        elif tag in ("zeroOrMore", "oneOrMore"):
            low = 1 if tag == "oneOrMore" else 0
            for _ in range(low if deep else rnd.randint(low, 3)):
                self._children(node, parent, depth)
        elif tag == "mixed":
            self._text(parent)
            self._children(node, parent, depth)
            for child in parent:
                if rnd.random() < 0.5:
                    child.tail = (child.tail or "") + rnd.choice(WORDS)
        elif tag == "text":
            self._text(parent)
        elif tag in ("empty", "notAllowed"):
            pass
        else:
            raise ValueError(f"rnggen does not know <{tag}>")

    def _text(self, parent) -> None:
        words = " ".join(self.random.choice(WORDS) for _ in range(self.random.randint(1, 4)))
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + words
        else:
            parent.text = (parent.text or "") + words

    def _value(self, node) -> str:
        """A valid value for an attribute's content (data, value, or a choice of them)."""
        content = node[0] if len(node) else None
        if content is None or etree.QName(content).localname == "text":
            return "some text"
        return self._value_of(content)

    def _value_of(self, node) -> str:
        tag = etree.QName(node).localname
        if tag == "choice":
            return self._value_of(self.random.choice(list(node)))
        if tag == "value":
            return node.text or ""
        if tag == "ref":
            return self._value_of(self.defines[node.get("name")][0])
        if tag == "data":
            kind = node.get("type")
            if kind == "ID":
                self.ids += 1
                return f"id-{self.ids}"
            if kind == "token" and node.find(f"{{{RNG}}}param") is not None and "\\d" in \
                    node.find(f"{{{RNG}}}param").text:
                return "0.1.0"  # teidata.versionNumber's pattern
            return self.random.choice(VALUES[kind])
        if tag in ("list", "oneOrMore"):  # a list of values: one or two of them
            return " ".join(self._value_of(node[0]) for _ in range(self.random.choice((1, 2))))
        raise ValueError(f"rnggen cannot make a value for <{tag}>")


def all_names(path: Path) -> set[str]:
    """Every element name and ``@attribute`` name the grammar at ``path`` declares."""
    grammar = etree.parse(str(path)).getroot()
    names = {el.get("name") for el in grammar.iter(f"{{{RNG}}}element")}
    names |= {"@" + at.get("name") for at in grammar.iter(f"{{{RNG}}}attribute")}
    return names
