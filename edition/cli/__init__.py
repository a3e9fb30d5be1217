# SPDX-License-Identifier: MIT
"""The ``edition`` command line: a thin layer over the library, one module per command."""

from __future__ import annotations

import sys
from collections.abc import MutableMapping
from importlib import import_module

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


class LazyCommands(MutableMapping):
    """The group's commands by name, each command's module imported when the command is first
    wanted: `edition encode` or `validate` imports nothing of the build's (the site, FOP kept
    warm, Dask), which would cost them a third of their time. `--help` imports them all."""

    def __init__(self, names: list[str]):
        self._commands: dict[str, click.Command | None] = dict.fromkeys(names)

    def __getitem__(self, name: str) -> click.Command:
        command = self._commands[name]
        if command is None:
            command = self._commands[name] = getattr(import_module(f"edition.cli.{name}"), name)
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._commands[name] = command

    def __delitem__(self, name: str) -> None:
        del self._commands[name]

    def __iter__(self):
        return iter(self._commands)

    def __len__(self) -> int:
        return len(self._commands)


# Every command: a module in this package defining one click command of the module's name,
# added here.
main.commands = LazyCommands(["encode", "verify", "validate", "names", "review", "build", "serve"])


def run() -> None:
    """The ``edition`` program: ``main``, then, its work done and every file in place, the
    process ends at once where it started FOP's JVM (``fop_warm.end_process``: no JVM shutdown
    to wait for). Only the program does so: a caller of ``main`` in its own process (a test's
    CliRunner, a script) keeps its process."""
    try:
        main()
    except SystemExit as done:
        if done.code in (0, None) and (fop_warm := sys.modules.get("edition.render.fop_warm")):
            fop_warm.end_process(0)
        raise
