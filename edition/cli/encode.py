# SPDX-License-Identifier: MIT
"""``edition encode``: a plain-text article to TEI."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from edition.cli.common import encoding_option, max_size_option, reports_errors, warn
from edition.encoder import encode_path
from edition.output import write_atomic
from edition.validation import install_schemas


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-e", "--editorial", type=click.Path(path_type=Path), default=None,
              help="Editorial file (TOML). Default: SOURCE with the suffix .toml, if it exists.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Where to write the TEI. Default: standard output.")
@encoding_option
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="Date of this encoding for the revision history (default: the editorial "
                   "file's, else $SOURCE_DATE_EPOCH, else today).")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary, only warnings and errors.")
@max_size_option
@reports_errors
def encode(source: Path, editorial: Path | None, output: Path | None, encoding: str,
           date: str | None, quiet: bool, max_size: int) -> None:
    """Encode the plain-text article SOURCE as TEI P5.

    Finds the opening lines (author, title, source line), section headings, paragraphs and lists,
    and builds the TEI with a complete teiHeader. The result is checked to hold every character
    of the source (see `edition verify`) and to be valid against the project's schema before
    anything is written; nothing is written on error. With -o, the schemas the TEI's
    <?xml-model?> points at are copied to schema/ beside it.

    \b
    Example:
      edition encode seeds/healy-1988-how-stalin-betrayed-october.txt -o healy.xml
    """
    result = encode_path(source, editorial, encoding=encoding, date=date,
                         max_bytes=max_size * 1024 * 1024)
    for warning in result.warnings:
        warn(warning.located(str(source)))
    if output is None:
        sys.stdout.buffer.write(result.tei)
        sys.stdout.flush()
    else:
        write_atomic(output, result.tei)
        # the TEI's <?xml-model?> points at schema/ beside it: put the schemas there
        install_schemas(output.parent if str(output.parent) else Path("."))
    if not quiet:
        click.echo(f"edition: encoded {result.summary()}", err=True)
        if output:
            click.echo(f"edition: wrote {output}", err=True)
