# SPDX-License-Identifier: MIT
"""What every command shares: error reporting and shared options."""

from __future__ import annotations

import functools
import os
import sys

import click

from edition.errors import EditionError, as_user_error, internal_error
from edition.text.source import MAX_BYTES


def reports_errors(func):
    """Turn an ``EditionError`` into one line on stderr and its exit code, never a traceback;
    so too a failure of the system (a full disk, a folder not writable). Only a bug of ours is
    called an internal error."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except EditionError as err:
            click.echo(f"edition: error: {err}", err=True)
            sys.exit(err.exit_code)
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException):
            raise
        except Exception as err:
            if os.environ.get("EDITION_DEBUG"):
                raise
            user = as_user_error(err)
            if user is not None:
                click.echo(f"edition: error: {user}", err=True)
                sys.exit(user.exit_code)
            click.echo(f"edition: {internal_error(err)}", err=True)  # the traceback on request
            sys.exit(3)

    return wrapper


def warn(message: str) -> None:
    """A warning on stderr, in the same ``edition: warning:`` form everywhere."""
    click.echo(f"edition: warning: {message}", err=True)


encoding_option = click.option(
    "--encoding", default="utf-8", show_default=True, metavar="CODEC",
    help="Character encoding of the source text (any Python codec name, e.g. latin-1, cp1252).")


max_size_option = click.option(
    "--max-size", "max_size", default=MAX_BYTES // (1024 * 1024), show_default=True,
    type=click.IntRange(1), metavar="MB",
    help="Refuse source texts larger than this many megabytes (an article is rarely over 1; "
         "the default encodes within about a minute).")
