# SPDX-License-Identifier: MIT
"""What every command shares: error reporting and shared options."""

from __future__ import annotations

import functools
import sys

import click

from edition.errors import EditionError


def reports_errors(func):
    """Turn an ``EditionError`` into one line on stderr and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except EditionError as err:
            click.echo(f"edition: error: {err}", err=True)
            sys.exit(err.exit_code)

    return wrapper


def warn(message: str) -> None:
    """A warning on stderr, in the same ``edition: warning:`` form everywhere."""
    click.echo(f"edition: warning: {message}", err=True)


encoding_option = click.option(
    "--encoding", default="utf-8", show_default=True, metavar="CODEC",
    help="Character encoding of the source text (any Python codec name, e.g. latin-1, cp1252).")
