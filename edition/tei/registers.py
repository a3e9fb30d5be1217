# SPDX-License-Identifier: MIT
"""``standOff``: the registers of persons, organisations, places, periodicals and works."""

from __future__ import annotations

from lxml import etree

from edition import APP_ID
from edition.editorial import Editorial, Entry
from edition.tei.ns import E, SubE


def build_standoff(editorial: Editorial, speakers: dict[str, str] | None = None,
                   works: list[etree._Element] = ()) -> etree._Element | None:
    """The registers; ``speakers`` (id -> name) are persons the converter found speaking whom the
    editorial file does not list: marked ``@resp="#edition" @cert="low"``. ``works``: the
    register's works that are not in the works cited (``back``), as ``bibl``s."""
    standoff = E("standOff")
    persons = [_person(p) for p in editorial.entries("person")]
    for id_, name in sorted((speakers or {}).items()):
        persons.append(E("person", E("persName", name),
                         E("note", "Found by the converter as a speaker; not in the editorial file."),
                         xml_id=id_, resp=f"#{APP_ID}", cert="low"))
    if persons:
        standoff.append(E("listPerson", *persons))
    orgs = editorial.entries("org")
    if orgs:
        standoff.append(E("listOrg", *(_named("org", "orgName", o) for o in orgs)))
    places = editorial.entries("place")
    if places:
        standoff.append(E("listPlace", *(_named("place", "placeName", p) for p in places)))
    periodicals = editorial.entries("periodical")
    if periodicals:
        standoff.append(E("listBibl", *(_periodical(p) for p in periodicals), type="periodicals"))
    if works:
        standoff.append(E("listBibl", *works, type="works"))
    return standoff if len(standoff) else None


def _variants(entry: Entry, tag: str) -> list[etree._Element]:
    return [E(tag, form, type="variant") for form in entry.forms if form != entry.name]


def _wikidata(entry: Entry) -> list[etree._Element]:
    return [E("idno", entry.wikidata, type="wikidata")] if entry.wikidata else []


def _person(entry: Entry) -> etree._Element:
    person = E("person", E("persName", entry.name), *_variants(entry, "persName"), xml_id=entry.id)
    for key, tag in (("birth", "birth"), ("death", "death"), ("occupation", "occupation")):
        if entry.extra.get(key):
            SubE(person, tag, str(entry.extra[key]))
    for el in _wikidata(entry):
        person.append(el)
    if entry.note:
        SubE(person, "note", entry.note)
    return person


def _named(kind: str, name_tag: str, entry: Entry) -> etree._Element:
    el = E(kind, E(name_tag, entry.name), *_variants(entry, name_tag), *_wikidata(entry),
           xml_id=entry.id)
    if entry.note:
        SubE(el, "note", entry.note)
    return el


def _periodical(entry: Entry) -> etree._Element:
    bibl = E("bibl", E("title", entry.name, level=entry.extra.get("level", "j")),
             *(E("title", f, type="variant", level=entry.extra.get("level", "j"))
               for f in entry.forms if f != entry.name), xml_id=entry.id)
    for el in _wikidata(entry):
        bibl.append(el)
    if entry.note:
        SubE(bibl, "note", entry.note)
    return bibl
