# SPDX-License-Identifier: MIT
"""Thousands of problems in one file: each reported once, at its own line and column, in the
same words and order as when it is the only one. (Validation used to grow with the square of
the problems, and with their cube for bad attributes on one element: 5,000 took minutes; how
long it takes now is measured by bench/growth_validate.py, not here.)"""

from __future__ import annotations

import json
import random
import re

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main
from edition.validation import rng, validate_bytes, validate_tree, xsd
from edition.validation.schemas import SCH

from .conftest import DATA

MINIMAL = (DATA / "valid" / "minimal.xml").read_text(encoding="utf-8")
TEI_NS = "http://www.tei-c.org/ns/1.0"
PLACE = "<p>More text.</p>"  # line 21, column 9 of minimal.xml
N = 2000


def document(paragraphs: list[str], joiner: str = "\n        ") -> bytes:
    return MINIMAL.replace(PLACE, joiner.join(paragraphs)).encode()


def shapes(problems) -> list[tuple]:
    return [(p.line, p.column, p.kind, p.message) for p in problems]


def test_a_bad_element_in_each_of_2000_paragraphs_each_at_its_line():
    problems = validate_bytes(document([f"<p>Text {i} <bogus>x</bogus>.</p>" for i in range(N)]),
                              "many.xml")
    expected = []
    for i in range(N):
        column = 9 + len(f"<p>Text {i} ")
        expected += [(21 + i, column, "rng", "Did not expect element bogus there"),
                     (21 + i, column, "xsd", "<bogus> not allowed here, in <p>")]
    assert shapes(problems) == expected


def test_2000_bad_elements_on_one_line_each_at_its_column():
    """A minified file: every problem on line 21, told apart by its column."""
    paragraphs = [f"<p>T{i} <bogus>x</bogus>.</p>" for i in range(N)]
    problems = validate_bytes(document(paragraphs, joiner=""), "one-line.xml")
    columns, column = [], 9
    for text in paragraphs:
        columns.append(column + text.index("<bogus>"))
        column += len(text)
    assert [(p.line, p.column) for p in problems] == [(21, c) for c in columns for _ in (1, 2)]
    assert {p.message for p in problems} == {"Did not expect element bogus there",
                                             "<bogus> not allowed here, in <p>"}


def test_2000_bad_dates_each_at_its_line():
    problems = validate_bytes(document([f'<p>On <date when="day-{i}">a day</date>.</p>'
                                        for i in range(N)]), "dates.xml")
    assert shapes(problems) == [
        row for i in range(N) for row in (
            (21 + i, 15, "rng", "Invalid attribute when for element date"),
            (21 + i, 15, "xsd", f"<date>: attribute when='day-{i}': invalid value 'day-{i}'"))]


def test_2000_schematron_failures_among_sibling_paragraphs_each_at_its_line():
    paragraphs = [f'<p><persName ref="#nobody-{i}">Someone</persName> wrote.</p>' for i in range(N)]
    problems = validate_bytes(document(paragraphs), "pointers.xml", kinds=("sch",))
    assert shapes(problems) == [
        (21 + i, 12, "sch", f'persName/@ref="#nobody-{i}" points at nothing: no element has '
         f'xml:id="nobody-{i}". It must point at a person (standOff/listPerson/person): add one '
         "with that id, or correct the pointer.") for i in range(N)]


def test_failures_in_a_tree_in_memory_carry_their_paths():
    """An encoder's tree has no lines: each message says which of 2,000 paragraphs it is in."""
    tree = etree.ElementTree(etree.fromstring(MINIMAL.encode()))
    div = tree.find(f".//{{{TEI_NS}}}div")
    for i in range(N):
        name = etree.SubElement(etree.SubElement(div, f"{{{TEI_NS}}}p"), f"{{{TEI_NS}}}persName",
                                ref=f"#nobody-{i}")
        name.text = "Someone"
    problems = validate_tree(tree, "encoder", kinds=("sch",))
    assert [(p.line, p.message.rsplit(" (at ", 1)[1]) for p in problems] == [
        (None, f"/TEI/text/body/div/p[{i + 3}]/persName)") for i in range(N)]


def crowded(names: list[str]) -> bytes:
    attributes = " ".join(f'{name}="{value}"' for name, value in names)
    return document([f"<p {attributes}>Crowded.</p>"])


def test_2000_bad_attributes_on_one_element_each_reported_in_order():
    problems = validate_bytes(crowded([(f"bad{i}", "x") for i in range(N)]), "crowded.xml")
    assert shapes(problems) == [(21, 9, "rng", "Invalid attribute bad0 for element p")] + [
        (21, 9, "xsd", f"<p>: attribute 'bad{i}' is not allowed") for i in range(N)]


def test_a_crowded_element_is_reported_exactly_as_xmlschema_reports_it(monkeypatch):
    """Attributes no element declares are left out of xmlschema's check and reported here;
    the report is the one xmlschema gives when it checks them all itself: the same words, in
    the order of the attributes, among bad values and attributes declared elsewhere."""
    names = [(f"bad{i}", "x") for i in range(30)]
    names[3:3] = [("cert", "sure")]  # declared on p, a value not allowed
    names[12:12] = [("who", "#x")]  # declared, but not on p
    names[20:20] = [("xml:lang", "e n")]  # declared, a value not allowed
    names.append(("target", "#y"))
    data = crowded(names)
    ours = validate_bytes(data, "crowded.xml")
    monkeypatch.setattr(xsd, "CROWDED", 10 ** 9)  # xmlschema checks every attribute itself
    assert validate_bytes(data, "crowded.xml") == ours
    assert sum(p.kind == "xsd" for p in ours) == len(names)


def test_xmlschema_never_sees_more_attributes_than_the_schema_declares():
    """What made 5,000 bad attributes take minutes: xmlschema copies the element's attributes
    into each of its errors. It is shown at most one attribute no element declares."""
    tree = etree.ElementTree(etree.fromstring(crowded([(f"bad{i}", "x") for i in range(N)]
                                                      + [("who", "#x"), ("cert", "no")])))
    checked, original, undeclared = xsd._uncrowded(tree)
    assert max(len(el.attrib) for el in checked.iter() if isinstance(el.tag, str)) == 3
    [(element, (first, left_out))] = undeclared.items()
    assert first == "bad0" and [name for _, name in left_out] == [f"bad{i}" for i in range(1, N)]
    assert original[checked.getroot()] is tree.getroot()


def test_the_cli_counts_what_it_does_not_print_and_json_lists_everything(tmp_path):
    path = tmp_path / "crowded.xml"
    path.write_bytes(crowded([(f"bad{i}", "x") for i in range(N)]))
    # (the XML Schema, which reports every attribute, runs with --xsd: RELAX NG stops at the first)
    text = CliRunner().invoke(main, ["validate", "--xsd", str(path)])
    assert text.exit_code == 1
    lines = text.output.splitlines()
    assert lines[0] == f"{path}:21:9: [rng] Invalid attribute bad0 for element p"
    assert lines[1:11] == [f"{path}:21:9: [xsd] <p>: attribute 'bad{i}' is not allowed"
                           for i in range(10)]
    assert lines[11:] == [f"{path}:21:9: [xsd] … and 1,990 more xsd problems here "
                          "(--format json lists them all)",
                          f"edition: 1 file: 0 valid, 1 invalid ({N + 1} problems)"]
    listed = json.loads(CliRunner().invoke(main, ["validate", "--xsd", "--format", "json",
                                                  str(path)]).output)
    assert [p["message"] for p in listed[1:]] == [f"<p>: attribute 'bad{i}' is not allowed"
                                                  for i in range(N)]


def _echo_reference(entry, entries) -> bool:
    """The definition of a RELAX NG echo, comparing each entry with every other one."""
    path, _, message = entry
    here = [m for p, _, m in entries if p == path and m != message]
    if rng._GENERIC.match(message):
        return bool(here)
    if rng._NOTHING.match(message):
        return any(rng._specific(m) for m in here)
    if rng._EXTRA.match(message) and path:
        parent = path.rsplit("/", 1)[0] + "/"
        return any(p and p.startswith(parent) and not rng._EXTRA.match(m)
                   and (p, m) != (path, message) for p, _, m in entries)
    return False


@pytest.mark.parametrize("seed", range(20))
def test_echoes_found_with_indexes_are_the_echoes_by_definition(seed):
    rnd = random.Random(seed)
    paths = [None, "", "/*", "/*/*[2]", "/*/*[2]/*", "/*/*[2]/*/*[1]", "/*/*[2]/*/*[10]",
             "/*/*[2]/*/*[1]/*", "/*/*[2]/*/*[10]/*[3]"]
    messages = ["Element p has extra content: bogus", "Element div has extra content: text",
                "Element p failed to validate attributes", "Element q failed to validate content",
                "Expecting an element persName, got nothing", "Expecting an element , got nothing",
                "Did not expect element bogus there", "Invalid attribute rend for element q"]
    entries = list(dict.fromkeys((rnd.choice(paths), rnd.randrange(30), rnd.choice(messages))
                                 for _ in range(rnd.randrange(1, 40))))
    echoes = rng._echoes(entries)
    assert [e in echoes for e in entries] == [_echo_reference(e, entries) for e in entries]


def test_no_schematron_rule_puts_a_predicate_on_any_element():
    """libxslt tests a predicate on * or tei:* against the element's siblings: such a rule
    costs the square of a long run of paragraphs. A pointer's rule is on its attribute."""
    contexts = re.findall(r'<sch:rule context="([^"]+)"', SCH.read_text(encoding="utf-8"))
    assert contexts and not [c for c in contexts if re.search(r"(^|[/:])\*\[", c)]
