# SPDX-License-Identifier: MIT
"""Validation reads hostile files safely: no DTD, no entities, no XInclude, no network; an
entity-declaring DOCTYPE is refused at once, in any encoding, and nothing of the file it
points at reaches any output."""

from __future__ import annotations

import socket
import time

import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.validation import rng, schematron, validate_bytes, validate_path, xsd

from .conftest import DATA

SECRET = "TOP-SECRET-7f3a"
TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en" xml:id="t">'


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def xxe(secret) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n{TEI}&x;</TEI>\n')


def billion_laughs() -> str:
    entities = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY l0 "lol">{entities}]>\n'
            f'{TEI}&l9;</TEI>\n')


def run(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)], catch_exceptions=False)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_external_entity_is_refused_in_any_encoding(tmp_path, secret, encoding):
    doc = tmp_path / "xxe.xml"
    doc.write_bytes(xxe(secret).replace("UTF-8", encoding.upper()).encode(encoding))
    result = run(doc)
    assert result.exit_code == 2
    assert f"{doc}:2:1: [xml] document has a DOCTYPE declaring entities" in result.output
    assert SECRET not in result.output


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_fast(tmp_path, encoding):
    doc = tmp_path / "lol.xml"
    doc.write_bytes(billion_laughs().encode(encoding))
    start = time.perf_counter()
    result = run(doc)
    assert time.perf_counter() - start < 2
    assert result.exit_code == 2
    assert "DOCTYPE declaring entities" in result.output
    assert "lol" not in result.output.replace(str(doc), "")


def test_external_dtd_and_parameter_entities_are_refused(secret):
    for doc in (f'<!DOCTYPE TEI SYSTEM "{secret.as_uri()}">\n{TEI}</TEI>',
                f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>\n{TEI}</TEI>'):
        problems = validate_bytes(doc.encode(), "x.xml")
        assert [p.kind for p in problems] == ["xml"]
        assert "DOCTYPE" in problems[0].message and SECRET not in problems[0].message


def test_xinclude_is_not_processed(tmp_path, secret):
    """An xi:include stays an element the grammar refuses; the file it names is never read."""
    text = (DATA / "valid" / "minimal.xml").read_text(encoding="utf-8").replace(
        "</p>", f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}" '
        'parse="text"/></p>', 1)
    doc = tmp_path / "xinclude.xml"
    doc.write_text(text, encoding="utf-8")
    problems = validate_path(doc)
    assert {p.kind for p in problems} == {"rng", "xsd"}
    assert all(SECRET not in p.message for p in problems)
    assert any("include" in p.message for p in problems)


@pytest.fixture
def offline(monkeypatch):
    """Any attempt to open a socket fails the test."""
    def no_network(*args, **kwargs):
        raise AssertionError("validation tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)


def test_schemas_load_and_validate_without_the_network(offline):
    """Compiling every schema and validating never opens a socket (xml.xsd is local)."""
    for module in (rng, xsd, schematron):
        module.schema.cache_clear()
    assert validate_path(DATA / "valid" / "minimal.xml") == []


def test_schema_location_hints_in_a_document_are_ignored(offline):
    """xsi:schemaLocation must not make the XSD validator fetch (or trust) another schema."""
    text = (DATA / "valid" / "minimal.xml").read_text(encoding="utf-8").replace(
        'xml:id="test">', 'xml:id="test" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 http://example.invalid/evil.xsd">', 1)
    problems = validate_bytes(text.encode(), "hint.xml", kinds=("xsd",))
    assert problems == []


@pytest.mark.parametrize("target, valid", [
    ("https://doi.org/10.1007/s1", True), ("http://example.org/mills", True),
    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("https://a.org/ https://b.org/", False)])
def test_a_reference_may_link_to_the_web_over_http_only(target, valid):
    # a note's reference gives its web address as ref/@target (docs/ENCODING.md); no other scheme
    text = (DATA / "valid" / "minimal.xml").read_text(encoding="utf-8")
    text = text.replace("</p>", f'<ref target="{target}">{target}</ref></p>', 1)
    problems = validate_bytes(text.encode("utf-8"))
    assert (problems == []) == valid, problems
