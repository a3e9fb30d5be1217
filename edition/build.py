# SPDX-License-Identifier: MIT
"""Building editions: each source is loaded as TEI (a ``.xml`` file as it is, a ``.txt`` article
encoded first) and every output step asked for is run on it.

The steps are listed in ``STEPS``, in order; an output is one more entry there, and ``edition
build`` one more flag. An output that also spans all the sources (the web edition's list of
articles) adds a step to ``FINISHES``, run once after every source is built.
"""

from __future__ import annotations

import copy
import re
import threading

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from edition.editorial import default_editorial_path
from edition.errors import EditionError
from edition.text.source import MAX_BYTES
from edition.output import Staging, output_folder, write_atomic
from edition.validation import install_schemas
from edition.validation.schemas import HREF_DIR
from edition.render.fo import PrintSettings
from edition.render.html import CORPUS_PAGES, WebSettings, page_file
from edition.render.digest import Digest, DigestFiles
from edition.render.epub import EpubSettings, build_epub
from edition.render.pdf import build_print
from edition.render.site import (ASSETS_FOLDER, CORPUS_FILES, SEARCH_INDEX, build_corpus,
                                 build_site)
from edition.settings import chosen_note_style
from edition.tei.inbound import check_tei, read_tei_file
from edition.tei.ns import TEI_NS, XML_ID


@dataclass(frozen=True)
class BuildSettings:
    outputs: tuple[str, ...] = ("print", "web", "epub")  # keys of STEPS, run in STEPS' order
    encoding: str = "utf-8"  # of .txt sources
    max_bytes: int = MAX_BYTES  # .txt sources larger than this are refused
    drop_foreign: bool = False  # drop a TEI file's non-TEI content (reported), not refuse it
    print: PrintSettings = PrintSettings()
    web: WebSettings = WebSettings()
    epub: EpubSettings = EpubSettings()


@dataclass
class Document:
    """A source, loaded: its name (the output files' stem) and its TEI."""

    source: Path
    name: str
    tree: etree._ElementTree
    encoded: bytes | None = None  # the TEI, when the encoder made it from a text
    checked: bytes | None = None  # a TEI file's checked tree, serialised (edition.tei.inbound)
    review: list | None = None  # a text's: the encoder's own decisions (edition.review)
    note_style: str | None = None  # a text's editorial file's [edition] note_style


@dataclass
class Built:
    """What building one source wrote, and what the user should hear about."""

    source: Path
    name: str
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # what the corpus pages need of it (web editions); a build of several texts lets it go once
    # the text is built: the corpus pages read it again from its file
    digest: Digest | None = None


def editors_choice(output, doc: Document):
    """An output's settings with the note style the text's editorial file chooses, unless the
    command line chose one (--note-style wins)."""
    style = chosen_note_style(output.note_style, doc.note_style)
    return output if style == output.note_style else replace(output, note_style=style)


def print_step(doc: Document, out_dir: Path, settings: BuildSettings, built: Built) -> None:
    result = build_print(doc.tree, doc.name, out_dir, editors_choice(settings.print, doc),
                         source=str(doc.source))
    built.written += result.written
    built.warnings += result.warnings
    built.timings.update(result.timings)


def web_step(doc: Document, out_dir: Path, settings: BuildSettings, built: Built,
             pdf_made: bool | None = None) -> None:
    """``pdf_made``: whether the print edition makes the PDF the pages link to, when it is
    being made beside this step (else: whether this build wrote it)."""
    pdf = out_dir / f"{doc.name}.pdf"
    if pdf_made is None:
        pdf_made = pdf in built.written
    tei = doc.encoded if doc.encoded is not None else doc.checked  # never the input's bytes
    result = build_site(doc.tree, doc.name, out_dir, settings.web, tei=tei,
                        pdf=pdf.name if pdf_made else None, source=str(doc.source))
    built.written += result.written
    built.timings.update(result.timings)
    built.digest = result.digest
    if doc.review is not None:  # the editor's page, beside the text's, linked from none
        from edition.render.review_page import review_page

        page = out_dir / doc.name / "review.html"
        title = " ".join(doc.tree.getroot().findtext(
            f".//{{{TEI_NS}}}titleStmt/{{{TEI_NS}}}title", default=doc.name).split())
        write_atomic(page, review_page(doc.review, doc.name, title))
        built.written.append(page)


def epub_step(doc: Document, out_dir: Path, settings: BuildSettings, built: Built) -> None:
    """NAME.epub, its page list from the print edition this build laid out (after print_step)."""
    pdf, fo = out_dir / f"{doc.name}.pdf", out_dir / f"{doc.name}.fo"
    why = None
    if pdf not in built.written:
        why = ("the print edition was not built (--no-print)" if "print" not in settings.outputs
               else "no PDF was asked for (--no-pdf)" if settings.print.pdf is False
               else "Apache FOP is not installed, so no PDF was made")
    chosen = "print" not in settings.outputs or settings.print.pdf is False
    result = build_epub(doc.tree, doc.name, out_dir, editors_choice(settings.epub, doc),
                        fo=None if why else fo,
                        fop_config=settings.print.fop_config, why_no_pages=why,
                        source=str(doc.source), chosen=chosen)
    built.written += result.written
    built.warnings += result.warnings
    built.timings.update(result.timings)


def web_corpus(digests: Sequence[Digest], out_dir: Path, settings: BuildSettings) -> Built:
    result = build_corpus(digests, out_dir, settings.web)
    return Built(out_dir, "corpus", result.written, timings=result.timings)


Step = Callable[[Document, Path, BuildSettings, Built], None]
STEPS: dict[str, Step] = {
    "print": print_step,
    "web": web_step,
    "epub": epub_step,  # after print: its page list is the PDF's pages
}
Finish = Callable[[list[Digest], Path, BuildSettings], Built]
FINISHES: dict[str, Finish] = {
    "web": web_corpus,
}


_SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,120}$")
# What the site writes beside the documents' own NAME/, NAME.xml, NAME.fo, NAME.pdf
# (edition.render.site): the corpus pages, the corpus search index, the assets, the schemas.
SITE_FILES = (*(page_file(page) for page in CORPUS_PAGES), SEARCH_INDEX, ASSETS_FOLDER, HREF_DIR,
              *CORPUS_FILES)
# Names a document cannot have, whatever their case (file systems that ignore it): those of
# the site's files, with and without their suffix.
RESERVED = {name.lower(): name for name in SITE_FILES} | {
    name.split(".")[0].lower(): name for name in SITE_FILES}
_RESERVED_STEMS = ", ".join(dict.fromkeys(name.split(".")[0] for name in SITE_FILES))


def output_name(name: str, source: Path | str, line: int | None = None,
                hint: str = "give the TEI an xml:id of its own (or the file another name)") -> str:
    """The document's name as it becomes file and folder names in the output: an xml:id-like
    word, so that no TEI can make the build write outside its folder (``../``, ``/``), and
    none of the names the site uses for its own files (``RESERVED``). ``source`` and ``line``
    locate where the name was given; ``hint`` says how to give another."""
    if not _SAFE_NAME.match(name) or ".." in name:
        raise EditionError(f"the document's name {name!r} (its xml:id) cannot be a file name in "
                           "the output folder: use letters, digits, '-', '_' and '.'", str(source),
                           line)
    taken = RESERVED.get(name.lower())
    if taken:
        raise EditionError(f"the document's name {name!r} is reserved for the site's own "
                           f"{taken} (reserved: {_RESERVED_STEMS}, in any case, with or without "
                           f"a suffix); {hint}", str(source), line)
    return name


def _check_text_name(doc: Document) -> None:
    """A text's name, from its editorial file's [edition] id (located there) or its file's."""
    editorial = default_editorial_path(doc.source)
    line = _id_line(editorial, doc.name) if editorial.is_file() else None
    if line is not None:
        output_name(doc.name, editorial, line, hint="give [edition] id another value")
    else:
        output_name(doc.name, doc.source, hint=f"rename the file, or name the document in "
                                               f"{editorial.name}: [edition] id = \"…\"")


def _id_line(editorial: Path, name: str) -> int | None:
    """The line of ``[edition] id = "name"`` in an editorial file, if it says so."""
    table = ""
    try:
        lines = editorial.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, text in enumerate(lines, 1):
        header = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", text)
        if header:
            table = header[1]
        elif table == "edition" and re.match(
                rf"""^\s*id\s*=\s*(["']){re.escape(name)}\1""", text):
            return number
    return None


def load(source: Path, settings: BuildSettings, built: Built) -> Document:
    """The TEI of ``source``; a text is encoded, with its editorial file if one lies beside it."""
    suffix = source.suffix.lower()
    if suffix == ".xml":  # checked before anything is built from it: it ships in the site
        file = read_tei_file(source)
        name = output_name(file.tree.getroot().get(XML_ID) or source.stem, source)
        checked = check_tei(file, drop_foreign=settings.drop_foreign)
        built.warnings += checked.warnings
        return Document(source, name, checked.tree, checked=checked.tei)
    if suffix == ".txt":
        from edition.encoder import encode_path  # the encoder is only needed for texts

        # the edition's date (--date) is its TEI's too, else the editorial file's is every output's
        date = settings.print.date or settings.web.date or settings.epub.date
        result = encode_path(source, None, encoding=settings.encoding, date=date,
                             max_bytes=settings.max_bytes, places=True)  # (its review page)
        built.warnings += [warning.located(str(source)) for warning in result.warnings]
        from edition.review import review

        return Document(source, result.name, result.tree, result.tei, review=review(result),
                        note_style=result.editorial.metadata.note_style)
    raise EditionError("cannot build from this file: give a TEI file (.xml) or a plain-text "
                       "article (.txt)", str(source))


def build_document(source: Path, out_dir: Path, settings: BuildSettings,
                   claim: Callable[[Document], None] | None = None) -> tuple[Built, Document]:
    """Every output of one source (not the corpus pages): its TEI, print and web editions.
    ``claim(doc)`` runs once the document's name is known, before anything is written (it may
    refuse a name another source has)."""
    built = Built(source, source.stem)
    if "print" in settings.outputs and settings.print.pdf is not False:
        from edition.render import fop

        fop.prepare()  # FOP's JVM starts while the text is encoded and its web edition made
    doc = load(source, settings, built)
    built.name = doc.name
    if doc.encoded is not None:
        _check_text_name(doc)
    if claim is not None:
        claim(doc)
    if doc.encoded is not None:  # a text's TEI goes beside its editions
        write_atomic(out_dir / f"{doc.name}.xml", doc.encoded)
        built.written.append(out_dir / f"{doc.name}.xml")
        install_schemas(out_dir)  # where its <?xml-model?> points
    steps = [name for name in STEPS if name in settings.outputs]
    if "print" in steps and "web" in steps and settings.print.pdf is not False:
        from edition.render import fop

        if fop.find_fop() is not None:
            _print_beside_web(doc, out_dir, settings, built)
            steps = [name for name in steps if name not in ("print", "web")]
    for name in steps:
        STEPS[name](doc, out_dir, settings, built)
    return built, doc


def _print_beside_web(doc: Document, out_dir: Path, settings: BuildSettings, built: Built) -> None:
    """The print edition and, in a thread beside it, the web edition: FOP lays the PDF out in
    its JVM without holding the GIL, and the web edition's XSLT and files take their time
    meanwhile (a tenth of a second of a 1.6 s build of the seed). The web edition has a copy of
    the tree of its own, and links the PDF the print edition is making; a failure of either is
    the build's, once both have stopped."""
    web_built = Built(built.source, built.name)
    failed: list[BaseException] = []
    web_doc = replace(doc, tree=copy.deepcopy(doc.tree))

    def web() -> None:
        try:
            web_step(web_doc, out_dir, settings, web_built, pdf_made=True)
        except BaseException as err:  # noqa: BLE001 - raised again in the build's thread
            failed.append(err)

    thread = threading.Thread(target=web, name="edition-web")
    thread.start()
    try:
        print_step(doc, out_dir, settings, built)
    finally:
        thread.join()
    if failed:
        raise failed[0]
    built.written += web_built.written
    built.warnings += web_built.warnings
    built.timings.update(web_built.timings)
    built.digest = web_built.digest


def check_outputs(settings: BuildSettings) -> None:
    unknown = [name for name in settings.outputs if name not in STEPS]
    if unknown:
        raise EditionError(f"unknown output {unknown[0]!r} (known: {', '.join(STEPS)})")


def finish(digests: Sequence[Digest], out_dir: Path, settings: BuildSettings) -> list[Built]:
    """The steps that need every document (the web edition's corpus pages), from the digests
    their builds left (``Built.digest``: their files, edition.render.digest.DigestFiles), in
    the order of the sources."""
    return [finish_step(digests, out_dir, settings) for name, finish_step in FINISHES.items()
            if name in settings.outputs and digests]


def build(sources: list[Path], out_dir: Path, settings: BuildSettings = BuildSettings(),
          on_built: Callable[[Built], None] | None = None, wait: bool | float = True,
          on_wait: Callable[[str], None] | None = None) -> list[Built]:
    """Build every source into ``out_dir``, one after the other, then the corpus pages;
    ``on_built`` hears of each once all are in place. Stops at the first error (an
    ``EditionError``), and then nothing is written: every file is made in a staging folder and
    moved into place once every source is built. One build at a time writes to a folder: this
    one waits for another's end (``wait``; see ``edition.output.output_folder``).
    (``edition.corpus`` builds folders of texts in parallel, failures isolated.)"""
    check_outputs(settings)
    done: list[Built] = []
    digested: list[str] = []  # the texts whose digests the corpus pages read from their files
    names: dict[str, Path] = {}

    def claim(doc: Document) -> None:
        if doc.name in names:
            raise EditionError(f"same name {doc.name!r} as {names[doc.name]}: the outputs would "
                               "overwrite each other", str(doc.source))
        names[doc.name] = doc.source

    with output_folder(out_dir, wait, on_wait), Staging(out_dir) as stage:
        try:
            for source in sources:
                built, doc = build_document(source, stage.path, settings, claim)
                done.append(built)
                if built.digest is not None:  # read again from its file: not held meanwhile
                    digested.append(built.digest.name)
                    built.digest = None
            done += finish(DigestFiles(digested, stage.path), stage.path, settings)
            stage.commit()
        except EditionError as err:
            raise unstaged(err, stage) from None
    from edition.render.pagefind_index import stale

    for path in stale(out_dir, [stage.final(p) for built in done for p in built.written]):
        path.unlink(missing_ok=True)  # an earlier search index's chunks
    for built in done:
        built.source = stage.final(built.source)  # the corpus pages' "source" is the folder
        built.written = [stage.final(path) for path in built.written]
        built.warnings = [stage.unstage(message) for message in built.warnings]
        if on_built:
            on_built(built)
    return done


def unstaged(err: EditionError, stage: Staging) -> EditionError:
    """``err``, naming files where they would have been, not in the staging folder (removed
    with it), except the file it points into (an FO that FOP refused), which is kept for the
    user to look at, and named where it is kept."""
    if err.path is not None:
        kept = stage.keep(Path(err.path))
        if kept is not None:
            err.message = err.message.replace(str(err.path), str(kept))
            err.path = str(kept)
    err.message = stage.unstage(err.message)
    if err.path is not None:
        err.path = stage.unstage(str(err.path))
    return err
