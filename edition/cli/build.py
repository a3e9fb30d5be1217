# SPDX-License-Identifier: MIT
"""``edition build``: TEI files or plain-text articles to their editions, print and web."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from edition.build import BuildSettings, build as build_editions
from edition.cli.common import encoding_option, max_size_option, reports_errors, warn
from edition.cli.edition_options import (drop_foreign_option, note_style_option, notes_option,
                                         paper_option, site_title_option)
from edition.corpus import Progress, build_corpus, expand_sources, summary_line
from edition.errors import EditionError
from edition.interrupt import exit_code, stopping_on_signals
from edition.runners import make_runner
from edition.render.fo import DEFAULT_FONT, PrintSettings, parse_margins
from edition.render.epub import EpubSettings
from edition.render.html import READINGS, WebSettings


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build"), show_default=True, help="Folder the editions are written to.")
@click.option("--print/--no-print", "print_", default=True, show_default=True,
              help="Build the print edition: XSL-FO, and the PDF when Apache FOP is installed.")
@click.option("--web/--no-web", default=True, show_default=True,
              help="Build the web edition: a static site (DIR/NAME/ and DIR/index.html).")
@click.option("--epub/--no-epub", default=True, show_default=True,
              help="Build the EPUB 3 edition (DIR/NAME.epub), its page list the PDF's pages when "
                   "the PDF is made in the same build.")
@click.option("--pdf/--no-pdf", default=None,
              help="Require the PDF (fail if Apache FOP is missing) / write the XSL-FO only. "
                   "Default: the PDF if FOP is installed, else the XSL-FO and a warning.")
@paper_option
@click.option("--margins", metavar="LENGTHS", default=None,
              help="Page margins as in CSS: '20mm' (all), '20mm 15mm' (top and bottom, sides) or "
                   "'17mm 15mm 19mm 18mm' (top, outer, bottom, inner). Default: by paper size.")
@click.option("--font-family", default=DEFAULT_FONT, show_default=True, metavar="NAME",
              help="Font of the text; FOP's configuration must declare it (see --fop-config).")
@click.option("--font-size", metavar="SIZE", default=None,
              help="Size of the reading text, e.g. 10.5pt. Default: 10pt on A5, 11pt otherwise.")
@notes_option
@note_style_option
@site_title_option
@click.option("--base-url", metavar="URL", default="",
              help="Where the site will be published (https://…/), for canonical links, metadata "
                   "and 'how to cite'. Default: none, relative links only.")
@click.option("--reading", type=click.Choice(READINGS), default="corrected", show_default=True,
              help="The reading web pages open with (and show without JavaScript), and the EPUB's: "
                   "the editor's corrections, or the text as printed.")
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="Date of the edition, in its TEI, on its title page and in the web pages "
                   "(default: the TEI's, from the editorial file's [edition] date; else "
                   "$SOURCE_DATE_EPOCH, else today).")
@click.option("--fop-config", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Apache FOP configuration to use instead of xslt/fo/fop.xconf.")
@encoding_option
@click.option("-q", "--quiet", is_flag=True, help="Print no summary, only warnings and errors.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, metavar="N",
              help="Build N texts at a time in parallel processes (a corpus build: a folder as "
                   "SOURCE stands for its texts; one failing text does not stop the others; "
                   "texts whose inputs have not changed since the last build are skipped).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run a corpus build's texts on a Dask cluster: the address of its scheduler "
                   "(tcp://host:8786), or local:N to start N worker processes here. Workers on "
                   "other hosts must see SOURCES and DIR at the same paths (a shared folder).")
@click.option("--force", is_flag=True, help="In a corpus build, rebuild even what is up to date.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=None,
              metavar="SECONDS",
              help="In a corpus build, give up a text that takes longer than this: it fails "
                   "alone, its worker process (and its FOP) is stopped and replaced.")
@click.option("--wait/--no-wait", default=True, show_default=True,
              help="When another build is writing to DIR, wait for it to end / fail at once, "
                   "saying whose build it is (one build at a time writes to a folder).")
@drop_foreign_option
@max_size_option
@reports_errors
def build(sources: tuple[Path, ...], output_dir: Path, print_: bool, web: bool, epub: bool,
          pdf: bool | None,
          paper: str, margins: str | None, font_family: str, font_size: str | None, notes: str,
          note_style: str | None, site_title: str, base_url: str, reading: str, date: str | None,
          fop_config: Path | None, encoding: str, quiet: bool, jobs: int | None,
          scheduler: str | None, force: bool, timeout: float | None, wait: bool,
          drop_foreign: bool, max_size: int) -> None:
    """Build the editions of each SOURCE: a TEI file (.xml), or a plain-text article (.txt),
    which is encoded first and its TEI written beside the editions.

    The print edition is DIR/NAME.fo (XSL-FO) and DIR/NAME.pdf (PDF/A-1b, made by Apache FOP:
    sudo apt-get install fop), NAME being the document's xml:id.

    The EPUB 3 edition is DIR/NAME.epub: the text with its notes as footnotes, the index of
    persons, the works cited, and the print edition's pages in its page list.

    The web edition is a static site, readable from the folder itself (file://) or from any
    web server: DIR/NAME/index.html (the text) and its index, about and search pages, the TEI
    for download, DIR/assets/, and DIR/index.html listing the articles (with several sources,
    also persons, works and search across them).

    Nothing is half-written: the files are made in a staging folder inside DIR and moved into
    place once all of a text's are made (without --jobs: once every SOURCE is built). Ctrl-C
    or SIGTERM stops a build (exit 130 or 143); a corpus build started again does the rest.

    \b
    Example:
      edition build seeds/healy-1988-how-stalin-betrayed-october.txt -o build
      edition build build/*.xml --paper a4 --notes end --note-style full
      edition build articles/*.txt -o site --no-print --site-title "Marxist Monthly, 1988"
      edition build texts/ -o site --jobs 2      (a corpus: every text of the folder)
      edition build texts/ -o site --scheduler local:4
      edition build /shared/texts -o /shared/site --scheduler tcp://head:8786
    """
    outputs = tuple(name for name, wanted in (("print", print_), ("web", web), ("epub", epub))
                    if wanted)
    settings = BuildSettings(
        outputs=outputs,
        encoding=encoding,
        max_bytes=max_size * 1024 * 1024,
        drop_foreign=drop_foreign,
        print=PrintSettings(paper=paper, margins=parse_margins(margins) if margins else None,
                            font_family=font_family, font_size=font_size, notes=notes,
                            note_style=note_style, date=date, pdf=pdf, fop_config=fop_config),
        web=WebSettings(site_title=site_title, base_url=base_url, reading=reading, date=date),
        epub=EpubSettings(reading=reading, date=date, note_style=note_style),
    )

    def report(built) -> None:
        for message in built.warnings:
            warn(message)
        if not quiet:
            files = ", ".join(summary(built.written, output_dir)) or "nothing"
            click.echo(f"edition: {built.source}: wrote {files}", err=True)

    if jobs is not None and scheduler is not None:
        raise click.UsageError("give --jobs (processes here) or --scheduler (a Dask cluster), "
                               "not both")
    if timeout is not None and scheduler is not None:
        raise click.UsageError("--timeout stops the worker processes of --jobs; a Dask worker "
                               "cannot be stopped in the middle of a task")
    corpus = (jobs is not None or scheduler is not None or timeout is not None
              or any(source.is_dir() for source in sources))
    with stopping_on_signals():
        try:
            if corpus:
                corpus_build(list(sources), output_dir, settings, jobs or 1, force, quiet,
                             scheduler, timeout, wait)
            else:
                build_editions(list(sources), output_dir, settings, on_built=report, wait=wait,
                               on_wait=waiting)
        except KeyboardInterrupt as stop:
            done = ("the texts that finished are in place and recorded; the same command "
                    "builds the rest") if corpus else "nothing was written"
            click.echo(f"edition: interrupted ({signal_name(stop)}): {done}", err=True)
            sys.exit(exit_code(stop))


def waiting(message: str) -> None:
    click.echo(f"edition: {message}", err=True)


def signal_name(stop: KeyboardInterrupt) -> str:
    return "SIGINT" if type(stop) is KeyboardInterrupt else str(stop)


def corpus_build(sources: list[Path], output_dir: Path, settings, jobs: int, force: bool,
                 quiet: bool, scheduler: str | None = None, timeout: float | None = None,
                 wait: bool = True) -> None:
    """Build a corpus: progress as texts finish, a summary at the end, failures listed with
    their reasons (exit 1 when any failed)."""
    texts = expand_sources(sources)
    if not texts:
        raise EditionError("no texts (*.txt) or TEI files (*.xml) to build",
                           str(sources[0]) if sources else None)
    runner = make_runner(jobs, scheduler, timeout)
    progress = Progress(quiet=quiet)

    def started() -> None:  # once DIR is this build's alone
        if not quiet:
            click.echo(f"edition: building {len(texts)} text{'s' * (len(texts) != 1)} "
                       f"{runner.description}", err=True)
        if runner.dashboard:  # shown even when quiet: it is where to watch a long build
            click.echo(f"edition: Dask dashboard: {runner.dashboard}", err=True)

    try:
        outcomes = build_corpus(texts, output_dir, settings, force=force, on_done=progress,
                                runner=runner, wait=wait, on_wait=waiting, on_start=started)
    finally:
        progress.end()
        runner.close()
    for outcome in outcomes:
        for message in outcome.warnings:
            if not quiet:
                warn(message)
    failed = [o for o in outcomes if o.status == "failed"]
    for outcome in failed:
        click.echo(f"edition: failed: {outcome.reason}", err=True)
    click.echo(f"edition: {summary_line(outcomes)} -> {output_dir}", err=True)
    if failed:
        sys.exit(1)


def summary(paths: list[Path], output_dir: Path) -> list[str]:
    """The files written, those inside a folder of DIR (a web site's) counted, not listed."""
    shown: list[str] = []
    folders: dict[Path, int] = {}
    for path in paths:
        inside = path.relative_to(output_dir).parts if output_dir in path.parents else ()
        if len(inside) > 1:
            folder = output_dir / inside[0]
            folders[folder] = folders.get(folder, 0) + 1
        else:
            shown.append(str(path))
    return shown + [f"{folder}/ ({count} files)" for folder, count in folders.items()]
