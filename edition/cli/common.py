# SPDX-License-Identifier: MIT
"""What every command shares: error reporting and shared options."""

from __future__ import annotations

import functools
import os
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
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException):
            raise
        except Exception as err:  # a bug of ours: say so plainly; the traceback on request
            if os.environ.get("EDITION_DEBUG"):
                raise
            click.echo(f"edition: internal error: {type(err).__name__}: {err} (this is a bug in "
                       f"edition; run with EDITION_DEBUG=1 for the traceback and report it)", err=True)
            sys.exit(3)

    return wrapper


def warn(message: str) -> None:
    """A warning on stderr, in the same ``edition: warning:`` form everywhere."""
    click.echo(f"edition: warning: {message}", err=True)


encoding_option = click.option(
    "--encoding", default="utf-8", show_default=True, metavar="CODEC",
    help="Character encoding of the source text (any Python codec name, e.g. latin-1, cp1252).")


max_size_option = click.option(
    "--max-size", "max_size", default=20, show_default=True, type=click.IntRange(1), metavar="MB",
    help="Refuse source texts larger than this many megabytes (an article is rarely over 1).")
