# SPDX-License-Identifier: MIT
"""The review of the encoder's own judgements (``edition review``): every heading, block
quotation, quotation, citation and supplied mark the rules decided without the editor, grouped
by kind, each with its place in the source, the words around it, and the ``[[override]]`` lines
that would confirm or change it — ready to copy into the editorial file. A confirmed decision
(an override that says the same) is the editor's, and leaves the review.
"""

from __future__ import annotations

from dataclasses import dataclass

from edition.overrides import Place, fold

KINDS = ("heading", "block_quotation", "quotation", "citation", "supplied")
TITLES = {"heading": "Section headings", "block_quotation": "Block quotations (by layout)",
          "quotation": "Quotations", "citation": "Citations", "supplied": "Supplied marks"}
MIN_WORDS, MAX_WORDS = 3, 8
CONTEXT = 60  # characters of the source shown around a place


@dataclass
class Item:
    kind: str
    line: int
    column: int
    text: str  # the place's opening words, as the source has them
    value: str | None
    rule: str | None
    at: str  # the override's ``at``
    occurrence: int
    context: str

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("kind", "line", "column", "text", "value", "rule",
                                                "at", "occurrence", "context")} | {
            "confirm": self.toml(confirm=True), "change": self.toml(confirm=False)}

    def toml(self, confirm: bool) -> str:
        """The ``[[override]]`` that confirms the decision, or a starting point to change it."""
        lines = ["[[override]]", f"at = {_quoted(self.at)}"]
        if self.occurrence > 1:
            lines.append(f"occurrence = {self.occurrence}")
        if self.kind == "heading":
            lines.append(f"heading = {'true' if confirm else 'false'}")
        elif self.kind == "block_quotation":
            lines.append(f"block_quotation = {'true' if confirm else 'false'}")
        elif self.kind == "supplied":
            lines.append(f"supplied = {'true' if confirm else 'false'}")
        elif self.kind == "quotation":
            tag, _, who = (self.value or "q").partition(" ")
            kind = {"said": "speech", "quote": "writing", "title": "title"}.get(tag, "phrase")
            if confirm:
                lines.append(f'quotation = "{kind}"')
                if who:
                    lines.append(f'who = "{who.lstrip("#")}"')
            else:
                other = {"speech": "writing", "title": "phrase"}.get(kind, "speech")
                lines.append(f'quotation = "{other}"   # "speech", "writing", "phrase" or "title"')
        else:
            work = (self.value or "").lstrip("#")
            lines.append(f'work = "{work if confirm and work else "…"}"   # a [[work]] id')
        return "\n".join(lines)


def speakers_made(result) -> dict[str, str]:
    """The persons the encoder made for speakers the register lacks: id -> name."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    root = result.tree.getroot()
    return {p.get("{http://www.w3.org/XML/1998/namespace}id"):
            " ".join("".join(p.find("t:persName", ns).itertext()).split())
            for p in root.xpath("//t:standOff//t:person[@resp]", namespaces=ns)
            if p.find("t:persName", ns) is not None}


def as_toml(items: list[Item], made: dict[str, str]) -> str:
    """Every decision confirmed, as lines for the editorial file: the persons the encoder made
    for speakers first (once each), then one ``[[override]]`` per decision."""
    out, declared = [], set()
    for item in items:
        who = (item.value or "").partition(" ")[2].lstrip("#")
        if item.kind == "quotation" and who in made and who not in declared:
            declared.add(who)
            out.append(f"[[person]]\nid = {_quoted(who)}\nname = {_quoted(made[who])}\n")
    for item in items:
        if item.kind == "citation" and not item.value:  # nothing to confirm: a question
            out.append(f"# line {item.line}: {item.text!r} refers to no work: add it as a "
                       f"[[work]], then an [[override]] with work = its id\n")
        else:
            out.append(item.toml(confirm=True) + "\n")
    return "\n".join(out)


def review(result) -> list[Item]:
    """The rules' decisions in ``result`` (an ``EncodeResult``), in source order by kind."""
    source = result.source
    if result.places is None:
        raise ValueError("a review needs the places the rules decided: encode with places=True")
    places: list[Place] = result.places
    by_kind: dict[str, list[Place]] = {k: [p for p in places if p.kind == k] for k in KINDS}
    items = []
    for kind in KINDS:
        candidates = by_kind[kind]
        folded = [fold(c.text) for c in candidates]  # once each: every place is addressed among them
        for index, place in enumerate(candidates):
            if place.override is not None or place.offset is None:
                continue  # the editor's decision, not the encoder's
            if kind in ("heading", "block_quotation", "supplied") and place.value is None:
                continue  # nothing found here: no judgement to review
            at, occurrence = _address(place, index, folded)
            line, column = source.line_col(place.offset)
            items.append(Item(kind, line, column, " ".join(place.text.split()[:MAX_WORDS]),
                              place.value, place.rule, at, occurrence,
                              _context(source.text, place.offset)))
    return items


def _address(place: Place, index: int, folded: list[str]) -> tuple[str, int]:
    """The fewest opening words (at least ``MIN_WORDS``) no earlier place of its kind opens with,
    else ``MAX_WORDS`` of them and the place's occurrence among those that do. ``folded``: the
    texts of the places of its kind, white space folded; ``index``: the place's among them."""
    words = place.text.split()
    for n in range(MIN_WORDS, MAX_WORDS + 1):
        at = " ".join(words[:n])
        same = sum(text.startswith(at) for text in folded)
        if same == 1 or n >= len(words):
            break
    return at, sum(text.startswith(at) for text in folded[:index + 1])


def _context(text: str, offset: int) -> str:
    start = max(0, offset - CONTEXT // 3)
    return " ".join(text[start:offset + CONTEXT].split())


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_review(items: list[Item], name: str) -> str:
    """The review as the terminal shows it."""
    if not items:
        return f"{name}: nothing to review: every decision is the editor's\n"
    out = [f"{name}: {len(items)} decision(s) the encoder took on its own"]
    for kind in KINDS:
        group = [i for i in items if i.kind == kind]
        if not group:
            continue
        out.append(f"\n== {TITLES[kind]} ({len(group)})")
        for i in group:
            out.append(f"\n{name}:{i.line}:{i.column}: {i.value or 'no work found'}  [{i.rule}]")
            out.append(f"    … {i.context} …")
            out.append("    confirm:")
            out += ["      " + line for line in i.toml(confirm=True).splitlines()]
            out.append("    change:")
            out += ["      " + line for line in i.toml(confirm=False).splitlines()]
    return "\n".join(out) + "\n"
