# SPDX-License-Identifier: MIT
"""The ``edition`` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import click

from edition import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edition")
def main() -> None:
    """Turn plain-text articles into TEI P5 scholarly editions, and publish them.

    \b
    Typical use:
      edition encode seeds/article.txt -o article.xml
      edition verify seeds/article.txt article.xml
    """


# Every command, in the order `edition --help` lists them. A new command is a module in this
# package defining one click command, added here.
from edition.cli import build, encode, names, review, serve, validate, verify  # noqa: E402

for _command in (encode.encode, verify.verify, validate.validate, names.names, review.review,
                 build.build, serve.serve):
    main.add_command(_command)
