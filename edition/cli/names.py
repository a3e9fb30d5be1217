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
@click.option("--toml", "as_toml", is_flag=True,
              help="Write a starting editorial file (TOML) instead: the names sorted into "
                   "persons, organisations, places and works, variant spellings grouped.")
@max_size_option
@reports_errors
def names(source: Path, editorial: Path | None, encoding: str, min_count: int, max_size: int,
          as_toml: bool) -> None:
    """List capitalised words and phrases in SOURCE that no register entry covers.

    One line per candidate: how often it occurs, where first (line:column), and the candidate —
    most frequent first. Add the real names to the editorial file's [[person]], [[org]],
    [[place]], [[periodical]] or [[work]] registers (with their spellings under `forms`).

    With --toml, print a starting editorial file instead, to prune and save beside the text.

    \b
    Example:
      edition names seeds/healy-1988-how-stalin-betrayed-october.txt --min-count 2
      edition names article.txt --toml > article.toml
    """
    text = read_source(source, encoding, max_size * 1024 * 1024)
    register = resolve_editorial(source, editorial)
    matcher = NameMatcher(register)
    if as_toml:
        click.echo(_draft(source, text, register, matcher, encoding, max_size, min_count))
        return
    shown = 0
    for candidate, offset, count in name_candidates(text.text, matcher):
        if count < min_count:
            continue
        line, column = text.line_col(offset)
        click.echo(f"{count:4d}  {line}:{column}\t{candidate}")
        shown += 1
    click.echo(f"edition: {shown} name candidate(s) not in the registers", err=True)


def _draft(source, text, register, matcher, encoding, max_size, min_count) -> str:
    """The draft, with the speakers and cited works the encoder found in the text."""
    from edition.encoder import encode_source
    from edition.markup.draft import draft_editorial
    from edition.settings import EncodeSettings
    from edition.tei.ns import TEI_NS

    result = encode_source(text, register, EncodeSettings(encoding=encoding))
    root = result.tree.getroot()
    ns = {"t": TEI_NS}
    speakers = root.xpath("//t:listPerson/t:person[@resp='#edition']/t:persName/text()",
                          namespaces=ns)
    titles = root.xpath("//t:listBibl[@xml:id='works-cited']/t:bibl[@resp='#edition']"
                        "/t:title/text()", namespaces=ns)
    return draft_editorial(text.text, matcher, speakers, titles, source.name, min_count)
