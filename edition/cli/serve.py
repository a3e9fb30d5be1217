# SPDX-License-Identifier: MIT
"""``edition serve``: build the texts, serve their site on this machine, and build again and
reload the page at every change to a source, an editorial file or a TEI input."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from edition.build import BuildSettings
from edition.cli.common import encoding_option, max_size_option, reports_errors, warn
from edition.cli.edition_options import (drop_foreign_option, note_style_option, notes_option,
                                         paper_option, site_title_option)
from edition.interrupt import exit_code, stopping_on_signals
from edition.render.fo import PrintSettings
from edition.render.html import READINGS, WebSettings


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build"), show_default=True,
              help="Folder the editions are written to, and served from.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, metavar="N",
              help="Port to serve on, on 127.0.0.1. Default: a free one, printed.")
@click.option("--print/--no-print", "print_", default=True, show_default=True,
              help="Build the print edition too: XSL-FO, and the PDF when Apache FOP is "
                   "installed.")
@click.option("--pdf/--no-pdf", default=None,
              help="Require the PDF / write the XSL-FO only (faster). Default: the PDF if FOP "
                   "is installed.")
@paper_option
@notes_option
@note_style_option
@site_title_option
@click.option("--reading", type=click.Choice(READINGS), default="corrected", show_default=True,
              help="The reading the web pages open with.")
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="Date of the edition (default: the TEI's, from the editorial file's "
                   "[edition] date; else $SOURCE_DATE_EPOCH, else today).")
@encoding_option
@drop_foreign_option
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="Print only the address, errors and warnings.")
@reports_errors
def serve(sources: tuple[Path, ...], output_dir: Path, port: int, print_: bool,
          pdf: bool | None, paper: str, notes: str, note_style: str | None, site_title: str,
          reading: str, date: str | None, encoding: str, drop_foreign: bool, max_size: int,
          quiet: bool) -> None:
    """Build the editions of each SOURCE (a text, a TEI file, or a folder of them) into DIR,
    serve them on 127.0.0.1, and keep them up to date while you edit.

    Every change to a source, to its editorial file (X.toml beside X.txt) or to a TEI file
    is built again at once (only the texts it touches; Apache FOP is kept running between
    PDFs) and the open page reloads itself. A change that does not build shows its error,
    with its file, line and column, over the page and here; the site stays as last built
    until the error is fixed. The files in DIR are those `edition build` writes: the reload
    script and the error are added only to the pages as they are served.

    Stop with Ctrl-C.

    \b
    Example:
      edition serve seeds/healy-1988-how-stalin-betrayed-october.txt
      edition serve texts/ -o site --port 8000 --no-pdf
    """
    from edition.serve.session import Session  # watchfiles and the server: for serve alone

    settings = BuildSettings(
        outputs=("print", "web") if print_ else ("web",),
        encoding=encoding,
        max_bytes=max_size * 1024 * 1024,
        drop_foreign=drop_foreign,
        print=PrintSettings(paper=paper, notes=notes, note_style=note_style, date=date, pdf=pdf),
        web=WebSettings(site_title=site_title, reading=reading, date=date),
    )

    def say(message: str) -> None:
        click.echo(f"edition: {message}", err=True)

    warned: set[str] = set()  # each warning once, not again at every build

    def built(report, changed: list[Path]) -> None:
        if changed and not quiet:
            say("changed: " + ", ".join(relative(path) for path in changed))
        for message in report.warnings:
            if message not in warned:
                warn(message)
                warned.add(message)
        for error in report.errors:
            say(f"failed: {error}")
        if report.errors:
            say("the pages stay as last built; fix the error and save")
        elif report.built and not quiet:
            names = ", ".join(o.name for o in report.built if o.kind == "text") or "the site"
            say(f"built {names} in {report.seconds:.2f} s")
        elif changed and not quiet:
            say("nothing to build: the content is as last built")
        if not changed:  # the first build: where to look
            say(f"serving {output_dir} at {session.url} (Ctrl-C to stop)")

    with stopping_on_signals():
        session = Session(list(sources), output_dir, settings, port, say)
        try:
            session.run(built)
        except KeyboardInterrupt as stop:
            say(f"stopped ({'SIGINT' if type(stop) is KeyboardInterrupt else stop}); "
                f"the site in {output_dir} is as last built")
            sys.exit(exit_code(stop))


def relative(path: Path) -> str:
    """``path`` as the user would write it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
