# SPDX-License-Identifier: MIT
"""``edition verify``: does a TEI file hold every character of its source text?"""

from __future__ import annotations

from pathlib import Path

import click

from edition.cli.common import encoding_option, reports_errors
from edition.verify import verify_files


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("tei", type=click.Path(path_type=Path))
@encoding_option
@reports_errors
def verify(source: Path, tei: Path, encoding: str) -> None:
    """Check that TEI holds the text of SOURCE exactly (the losslessness rule).

    The TEI's text (choosing sic and orig, leaving out what the edition supplied) must equal the
    source text, white space folded. On a difference, prints its line and column in SOURCE and
    what each side has there, and exits 1.

    \b
    Example:
      edition verify seeds/healy-1988-how-stalin-betrayed-october.txt healy.xml
    """
    verify_files(source, tei, encoding)
    click.echo(f"edition: {tei} holds the text of {source} exactly")
