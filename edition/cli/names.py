# SPDX-License-Identifier: MIT
"""``edition names``: name candidates the editorial file's registers do not cover."""

from __future__ import annotations

from pathlib import Path

import click

from edition.cli.common import encoding_option, max_size_option, reports_errors
from edition.encoder import resolve_editorial
from edition.markup.names import NameMatcher, name_candidates
from edition.text.source import read_source


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-e", "--editorial", type=click.Path(path_type=Path), default=None,
              help="Editorial file (TOML). Default: SOURCE with the suffix .toml, if it exists.")
@encoding_option
@click.option("--min-count", default=1, show_default=True, type=click.IntRange(1),
              help="List only candidates that occur at least this often.")
@max_size_option
@reports_errors
def names(source: Path, editorial: Path | None, encoding: str, min_count: int, max_size: int) -> None:
    """List capitalised words and phrases in SOURCE that no register entry covers.

    One line per candidate: how often it occurs, where first (line:column), and the candidate —
    most frequent first. Add the real names to the editorial file's [[person]], [[org]],
    [[place]], [[periodical]] or [[work]] registers (with their spellings under `forms`).

    \b
    Example:
      edition names seeds/healy-1988-how-stalin-betrayed-october.txt --min-count 2
    """
    text = read_source(source, encoding, max_size * 1024 * 1024)
    matcher = NameMatcher(resolve_editorial(source, editorial))
    shown = 0
    for candidate, offset, count in name_candidates(text.text, matcher):
        if count < min_count:
            continue
        line, column = text.line_col(offset)
        click.echo(f"{count:4d}  {line}:{column}\t{candidate}")
        shown += 1
    click.echo(f"edition: {shown} name candidate(s) not in the registers", err=True)
