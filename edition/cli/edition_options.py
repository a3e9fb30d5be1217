# SPDX-License-Identifier: MIT
"""Options of the commands that build editions (``edition build``, ``edition serve``): the same
option, the same words, in both. Apart from cli/common.py so that commands that build no
edition (encode, validate) do not import the renderers for them."""

from __future__ import annotations

import click

from edition.render.fo import NOTE_PLACES, PAPER_SIZES
from edition.settings import NOTE_STYLES

paper_option = click.option(
    "--paper", type=click.Choice(PAPER_SIZES), default="a5", show_default=True,
    help="Paper size of the print edition.")

notes_option = click.option(
    "--notes", type=click.Choice(NOTE_PLACES), default="foot", show_default=True,
    help="Numbered notes (citations, corrections) as footnotes or as endnotes, in print.")

note_style_option = click.option(
    "--note-style", type=click.Choice(NOTE_STYLES), default=None,
    help="How reference notes give the work a citation refers to, in print and in the EPUB: "
         "short (the first citation in full, then author and short title, 'Ibid.') or full "
         "(the whole entry in every note). Default: the editorial file's [edition] note_style, "
         "else short.")

site_title_option = click.option(
    "--site-title", metavar="TEXT", default="",
    help="Name of the web site, in every page's banner. Default: the article's title.")

drop_foreign_option = click.option(
    "--drop-foreign", is_flag=True,
    help="Drop what a TEI file holds outside the TEI namespace (an XHTML script, a foreign "
         "attribute) and processing instructions other than xml-model, each reported as a "
         "warning, instead of refusing the file.")
