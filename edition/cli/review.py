# SPDX-License-Identifier: MIT
"""``edition review``: the decisions the encoder took on its own, to confirm or override."""

from __future__ import annotations

import json
from pathlib import Path

import click

from edition.cli.common import encoding_option, max_size_option, reports_errors
from edition.encoder import encode_path
from edition.review import KINDS, as_toml, format_review, review as review_of, speakers_made


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-e", "--editorial", type=click.Path(path_type=Path), default=None,
              help="Editorial file (TOML). Default: SOURCE with the suffix .toml, if it exists.")
@click.option("-k", "--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only decisions of this kind (repeatable). Default: every kind.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per decision, for tools.")
@click.option("--toml", "confirm_all", is_flag=True,
              help="Print every decision confirmed, as editorial-file lines (the speakers the "
                   "encoder found as [[person]]s, then one [[override]] each), to edit and "
                   "append to the editorial file.")
@encoding_option
@max_size_option
@reports_errors
def review(source: Path, editorial: Path | None, kinds: tuple[str, ...], as_json: bool,
           confirm_all: bool, encoding: str, max_size: int) -> None:
    """Review what the encoder decided in SOURCE on its own: section headings, block quotations
    found by the layout, each quotation's kind and speaker, the work each citation points at,
    and supplied quotation marks.

    Each decision comes with its place (line:column), the words around it, and the
    [[override]] lines that confirm it or change it: copy them into the editorial file and
    encode again. A confirmed decision is the editor's and leaves the review.

    \b
    Example:
      edition review seeds/healy-1988-how-stalin-betrayed-october.txt --kind quotation
    """
    result = encode_path(source, editorial, encoding=encoding, max_bytes=max_size * 1024 * 1024, places=True)
    items = [i for i in review_of(result) if not kinds or i.kind in kinds]
    if confirm_all:
        click.echo(as_toml(items, speakers_made(result)), nl=False)
        return
    if as_json:
        for item in items:
            click.echo(json.dumps(item.as_dict(), ensure_ascii=False))
        return
    click.echo(format_review(items, str(source)), nl=False)
