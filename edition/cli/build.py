# SPDX-License-Identifier: MIT
"""``edition build``: TEI files or plain-text articles to their editions (for now, print)."""

from __future__ import annotations

from pathlib import Path

import click

from edition.build import BuildSettings, build as build_editions
from edition.cli.common import encoding_option, reports_errors, warn
from edition.render.fo import DEFAULT_FONT, NOTE_PLACES, PAPER_SIZES, PrintSettings, parse_margins


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build"), show_default=True, help="Folder the editions are written to.")
@click.option("--print/--no-print", "print_", default=True, show_default=True,
              help="Build the print edition: XSL-FO, and the PDF when Apache FOP is installed.")
@click.option("--pdf/--no-pdf", default=None,
              help="Require the PDF (fail if Apache FOP is missing) / write the XSL-FO only. "
                   "Default: the PDF if FOP is installed, else the XSL-FO and a warning.")
@click.option("--paper", type=click.Choice(PAPER_SIZES), default="a5", show_default=True,
              help="Paper size of the print edition.")
@click.option("--margins", metavar="LENGTHS", default=None,
              help="Page margins as in CSS: '20mm' (all), '20mm 15mm' (top and bottom, sides) or "
                   "'17mm 15mm 19mm 18mm' (top, outer, bottom, inner). Default: by paper size.")
@click.option("--font-family", default=DEFAULT_FONT, show_default=True, metavar="NAME",
              help="Font of the text; FOP's configuration must declare it (see --fop-config).")
@click.option("--font-size", metavar="SIZE", default=None,
              help="Size of the reading text, e.g. 10.5pt. Default: 10pt on A5, 11pt otherwise.")
@click.option("--notes", type=click.Choice(NOTE_PLACES), default="foot", show_default=True,
              help="Numbered notes (citations, corrections) as footnotes or as endnotes.")
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="Date of the edition, printed on its title page (default: $SOURCE_DATE_EPOCH, "
                   "else today).")
@click.option("--fop-config", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Apache FOP configuration to use instead of xslt/fo/fop.xconf.")
@encoding_option
@click.option("-q", "--quiet", is_flag=True, help="Print no summary, only warnings and errors.")
@reports_errors
def build(sources: tuple[Path, ...], output_dir: Path, print_: bool, pdf: bool | None, paper: str,
          margins: str | None, font_family: str, font_size: str | None, notes: str,
          date: str | None, fop_config: Path | None, encoding: str, quiet: bool) -> None:
    """Build the editions of each SOURCE: a TEI file (.xml), or a plain-text article (.txt),
    which is encoded first and its TEI written beside the editions.

    The print edition is DIR/NAME.fo (XSL-FO) and DIR/NAME.pdf (PDF/A-1b, made by Apache FOP:
    sudo apt-get install fop), NAME being the document's xml:id.

    \b
    Example:
      edition build seeds/healy-1988-how-stalin-betrayed-october.txt -o build
      edition build build/*.xml --paper a4 --notes end
    """
    settings = BuildSettings(
        outputs=("print",) if print_ else (),
        encoding=encoding,
        print=PrintSettings(paper=paper, margins=parse_margins(margins) if margins else None,
                            font_family=font_family, font_size=font_size, notes=notes, date=date,
                            pdf=pdf, fop_config=fop_config),
    )

    def report(built) -> None:
        for message in built.warnings:
            warn(message)
        if not quiet:
            files = ", ".join(str(path) for path in built.written) or "nothing"
            click.echo(f"edition: {built.source}: wrote {files}", err=True)

    build_editions(list(sources), output_dir, settings, on_built=report)
