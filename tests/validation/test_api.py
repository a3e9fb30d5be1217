# SPDX-License-Identifier: MIT
"""The library API: problems and their locations, validating trees in memory, and the
``<?xml-model?>`` processing instructions with the schemas shipped beside an edition."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.validation import (XML_MODEL, Problem, add_xml_model, install_schemas,
                                validate_bytes, validate_path, validate_tree, xml_model_pis)
from edition.validation.schemas import SCHEMA_DIR

from support import SAMPLE
from .conftest import DATA

MINIMAL = DATA / "valid" / "minimal.xml"
TEI_NS = "http://www.tei-c.org/ns/1.0"


def test_problem_prints_as_file_line_column_kind_message():
    assert str(Problem("a.xml", 3, 7, "sch", "m")) == "a.xml:3:7: [sch] m"
    assert str(Problem("a.xml", 3, None, "rng", "m")) == "a.xml:3: [rng] m"
    assert str(Problem("a.xml", None, None, "xml", "no such file")) == "a.xml: [xml] no such file"
    assert Problem("a.xml", 3, 7, "sch", "m").as_dict() == {
        "file": "a.xml", "line": 3, "column": 7, "kind": "sch", "message": "m"}


def test_column_of_the_nth_element_on_a_line_and_of_a_tag_over_two_lines():
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "<p>More text.</p>",
        '<p>a <q>one</q> <q who="#x">two</q></p>\n        <p>b <said\n   who="#y">three</said></p>')
    problems = validate_bytes(text.encode(), "t.xml", kinds=("sch",))
    assert [(p.line, p.column, p.message.split(" ")[0]) for p in problems] == [
        (21, 25, 'q/@who="#x"'), (22, 14, 'said/@who="#y"')]


def test_a_tree_in_memory_is_validated_and_located_by_path():
    """An element the encoder built has no source line: the message says where it is."""
    tree = etree.parse(str(MINIMAL))
    said = etree.SubElement(tree.find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}p"), f"{{{TEI_NS}}}said",
                            who="#nobody")
    said.text = "‘No.’"
    problems = validate_tree(tree, "encoder", kinds=("sch",))
    assert len(problems) == 1
    assert problems[0].line is None and problems[0].file == "encoder"
    assert problems[0].message.endswith("(at /TEI/text/body/div/p[1]/said)")


def test_kinds_choose_the_checks():
    problems = validate_path(DATA / "invalid" / "sch-duplicate-id.xml", kinds=("sch",))
    assert [p.kind for p in problems] == ["sch"]
    with pytest.raises(ValueError, match="unknown validation kind"):
        validate_path(MINIMAL, kinds=("dtd",))


def test_xml_model_pis_point_at_the_shipped_schemas():
    pis = xml_model_pis()
    assert [pi.target for pi in pis] == ["xml-model", "xml-model"]
    assert [pi.text for pi in pis] == list(XML_MODEL)
    assert pis[0].get("href") == "schema/edition.rng"
    assert pis[0].get("schematypens") == "http://relaxng.org/ns/structure/1.0"
    assert pis[1].get("href") == "schema/edition.sch"
    assert pis[1].get("schematypens") == "http://purl.oclc.org/dsdl/schematron"


def test_add_xml_model_puts_the_pis_before_the_root_once():
    tree = etree.parse(str(MINIMAL))
    add_xml_model(tree)
    add_xml_model(tree.getroot())
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    head = data.split(b"<TEI", 1)[0].decode()
    assert head.count("<?xml-model ") == 2
    assert head.index("edition.rng") < head.index("edition.sch")
    assert validate_bytes(data, "with-pis.xml") == []


def test_install_schemas_makes_the_pis_resolve_beside_the_edition(tmp_path):
    folder = install_schemas(tmp_path)
    assert folder == tmp_path / "schema"
    install_schemas(tmp_path)  # again: harmless
    for pi in xml_model_pis():
        shipped = tmp_path / pi.get("href")
        assert shipped.read_bytes() == (SCHEMA_DIR / shipped.name).read_bytes()
    # The XSD imports xml.xsd by a relative location: it must travel with it.
    assert (folder / "xml.xsd").is_file() and (folder / "edition.xsd").is_file()


def test_the_shipped_copy_validates_like_the_original(tmp_path):
    """The copy is complete: lxml compiles the shipped RNG and it accepts the sample."""
    folder = install_schemas(tmp_path)
    schema = etree.RelaxNG(etree.parse(str(folder / "edition.rng")))
    assert schema.validate(etree.parse(str(SAMPLE)))


def test_the_schematron_report_holds_failures_not_every_rule_that_fired():
    # (issue 17: a long text's report held a fired-rule per quotation and name)
    from edition.validation import schematron
    validator = schematron.schema()
    tree = etree.parse(str(SAMPLE))
    assert validator.validate(tree)
    svrl = validator.validation_report
    assert not svrl.xpath("//svrl:fired-rule", namespaces=schematron.SVRL)
    assert svrl.xpath("//svrl:active-pattern", namespaces=schematron.SVRL)  # the rules did run
