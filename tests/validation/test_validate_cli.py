# SPDX-License-Identifier: MIT
"""``edition validate``: one problem a line as file:line:column: [kind] message, a summary,
JSON on request, and exit codes 0 (valid), 1 (invalid), 2 (unreadable or not XML)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from click.testing import CliRunner

from edition.cli import main

from support import ROOT, SAMPLE
from .conftest import DATA, INVALID
from .test_invalid import expectations

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): "
                  r"\[(?P<kind>rng|xsd|sch)\] (?P<message>.+)$")
WHO = DATA / "invalid" / "sch-who-nothing.xml"


def run(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)], catch_exceptions=False)


def test_valid_files_exit_0_with_a_summary():
    result = run(SAMPLE, DATA / "valid" / "minimal.xml")
    assert result.exit_code == 0
    assert result.output == "edition: 2 files: 2 valid\n"


def test_invalid_file_exits_1_one_problem_a_line():
    result = run(WHO)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (f'{WHO}:20:33: [sch] said/@who="#nobody" points at nothing: no element has '
                        'xml:id="nobody" (add the speaker to standOff/listPerson, or correct the '
                        'pointer).')
    assert lines[-1] == "edition: 1 file: 0 valid, 1 invalid (1 problem)"


def test_every_problem_line_has_the_file_line_column_form():
    result = run(*INVALID)
    assert result.exit_code == 1
    *problems, summary = result.output.splitlines()
    assert len(problems) >= len(INVALID)
    for line in problems:
        assert LINE.match(line), line
    assert summary.startswith(f"edition: {len(INVALID)} files: 0 valid, {len(INVALID)} invalid (")


def test_json_format_gives_the_same_problems():
    text = run(WHO, DATA / "invalid" / "rng-bad-date.xml")
    result = run("--format", "json", WHO, DATA / "invalid" / "rng-bad-date.xml")
    assert result.exit_code == 1
    problems = json.loads(result.output)
    assert [set(p) for p in problems] == [{"file", "line", "column", "kind", "message"}] * 2
    assert [f"{p['file']}:{p['line']}:{p['column']}: [{p['kind']}] {p['message']}"
            for p in problems] == text.output.splitlines()[:-1]


def test_json_of_valid_files_is_an_empty_list():
    result = run("--format", "json", SAMPLE)
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_not_well_formed_exits_2_with_line_and_column(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text><p>open</text>\n</TEI>\n')
    result = run(bad)
    assert result.exit_code == 2
    assert result.output.splitlines()[0].startswith(f"{bad}:2:")
    assert "[xml] not well-formed XML: Opening and ending tag mismatch" in result.output
    assert result.output.splitlines()[-1] == \
        "edition: 1 file: 0 valid, 1 not readable as XML (1 problem)"


def test_unreadable_files_exit_2(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_text("  \n")
    result = run(tmp_path / "missing.xml", empty, tmp_path, SAMPLE)
    assert result.exit_code == 2
    assert result.output.splitlines()[:3] == [
        f"{tmp_path / 'missing.xml'}: [xml] no such file",
        f"{empty}: [xml] empty file, not XML",
        f"{tmp_path}: [xml] is a directory, not an XML file"]


def test_unreadable_outranks_invalid(tmp_path):
    result = run(WHO, tmp_path / "missing.xml")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == \
        "edition: 2 files: 0 valid, 1 invalid, 1 not readable as XML (2 problems)"


def test_json_reports_unreadable_files_too(tmp_path):
    result = run("--format", "json", tmp_path / "missing.xml")
    assert result.exit_code == 2
    assert json.loads(result.output) == [{"file": str(tmp_path / "missing.xml"), "line": None,
                                          "column": None, "kind": "xml", "message": "no such file"}]


def test_help_has_an_example_and_needs_a_file():
    result = run("--help")
    assert result.exit_code == 0
    assert "Example" in result.output and "edition validate build/" in result.output
    assert run().exit_code == 2  # click: missing argument


def test_rng_and_schematron_by_default_each_invalid_file_at_its_place():
    """Without --xsd, each invalid document gets exactly the rng and sch lines it expects."""
    for path in INVALID:
        result = run(path)
        assert result.exit_code == 1, path.name
        found = [(int(m["line"]), int(m["column"]), m["kind"], m["message"])
                 for m in map(LINE.match, result.output.splitlines()[:-1])]
        assert found == [e for e in expectations(path) if e[2] != "xsd"], path.name


def test_xsd_option_adds_the_xml_schemas_verdict():
    """--xsd: the XML Schema runs too, and refuses each grammar case where the RELAX NG does."""
    grammar = [p for p in INVALID if p.stem.startswith("rng-")]
    for path in grammar:
        result = run("--xsd", path)
        assert result.exit_code == 1
        found = [(int(m["line"]), int(m["column"]), m["kind"], m["message"])
                 for m in map(LINE.match, result.output.splitlines()[:-1])]
        assert found == expectations(path), path.name
        assert {k for *_, k, _ in found} == {"rng", "xsd"}
    result = run("--xsd", SAMPLE)
    assert result.exit_code == 0 and result.output == "edition: 1 file: 1 valid\n"


def test_xml_schema_library_is_imported_only_with_the_xsd_option():
    """The cost --xsd avoids: xmlschema and its XPath engine are not even imported."""
    def imported(*options):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "edition", "validate",
                               *options, str(SAMPLE)], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return {line.split("|")[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    assert "xmlschema" not in imported()
    assert "xmlschema" in imported("--xsd")
