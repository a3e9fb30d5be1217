# SPDX-License-Identifier: MIT
"""``edition validate``: check TEI files against the project's schemas."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import click

from edition.cli.common import reports_errors
from edition.validation import DEFAULT_KINDS, KINDS, Problem, validate_path

# Exit codes: all valid; some file invalid; some file unreadable or not XML (the worse wins).
VALID, INVALID, UNREADABLE = 0, 1, 2
# Problems of one check at one place printed before the rest there are counted in one line
# (5,000 bad attributes on one element are 5,000 problems of one element); --format json
# lists every one.
SAME_PLACE = 10


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True,
              help="text: one problem a line, then a summary; json: a list of problems.")
@click.option("--xsd", is_flag=True,
              help="Also check against edition.xsd, the same grammar as XML Schema (about a "
                   "second more: the xmlschema library builds it anew in each process).")
@reports_errors
def validate(files: tuple[Path, ...], output_format: str, xsd: bool) -> None:
    """Check TEI FILES against the edition's schemas.

    Two checks, each a schema in schema/: the RELAX NG grammar (rng), and the Schematron rules
    (sch: every pointer resolves to the right kind of thing, ids are unique, citations and
    interventions are complete). --xsd adds a third, the same grammar as W3C XML Schema (xsd):
    it finds nothing the RELAX NG does not (the project's tests hold the two grammars to
    accepting and refusing the same documents), so it runs only when asked, for a tool or a
    workflow that wants the XML Schema's own verdict. Prints each problem as
    FILE:LINE:COLUMN: [rng|xsd|sch] MESSAGE, then a summary. A file that cannot be read or is not
    well-formed XML is reported as [xml]. Past 10 problems of one check at one place (an element
    with hundreds of bad attributes), one line counts the rest; --format json lists them all.
    Files are read safely: a DOCTYPE declaring entities is refused, and nothing is ever fetched.

    Exits 0 when every file is valid, 1 when any is invalid, 2 when any cannot be read or is
    not XML.

    \b
    Examples:
      edition validate build/healy-1988-how-stalin-betrayed-october.xml
      edition validate --format json build/*.xml
      edition validate --xsd build/healy-1988-how-stalin-betrayed-october.xml
    """
    problems = []
    status = VALID
    invalid = unreadable = 0
    kinds = KINDS if xsd else DEFAULT_KINDS
    for path in files:
        found = validate_path(path, kinds)
        problems += found
        if any(p.kind == "xml" for p in found):
            unreadable += 1
            status = UNREADABLE
        elif found:
            invalid += 1
            status = max(status, INVALID)
    if output_format == "json":
        click.echo(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for line in _lines(problems):
            click.echo(line)
        click.echo(_summary(len(files), invalid, unreadable, len(problems)))
    sys.exit(status)


def _lines(problems: list[Problem]):
    """Each problem as a line; past ``SAME_PLACE`` problems of one check at one place, a line
    at that place counting the rest. (A problem without a line has no place to share.)"""
    for place, group in itertools.groupby(
            problems, lambda p: (p.file, p.line, p.column, p.kind) if p.line is not None else p):
        group = list(group)
        if len(group) <= SAME_PLACE + 1:
            yield from map(str, group)
            continue
        yield from map(str, group[:SAME_PLACE])
        rest = len(group) - SAME_PLACE
        yield str(Problem(*place, f"… and {rest:,} more {place[3]} problems here "
                                  "(--format json lists them all)"))


def _summary(files: int, invalid: int, unreadable: int, problems: int) -> str:
    valid = files - invalid - unreadable
    text = f"edition: {files} file{'s' * (files != 1)}: {valid} valid"
    if invalid:
        text += f", {invalid} invalid"
    if unreadable:
        text += f", {unreadable} not readable as XML"
    if problems:
        text += f" ({problems} problem{'s' * (problems != 1)})"
    return text
