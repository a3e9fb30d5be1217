# SPDX-License-Identifier: MIT
"""The print edition of one TEI document: ``<name>.fo`` and, when Apache FOP is installed,
``<name>.pdf`` (PDF/A-1b, tagged, fonts embedded with ToUnicode maps: ``xslt/fo/fop.xconf``).

The index of persons needs the pages its names landed on, which only a layout knows (FOP 2.8
rejects XSL 1.1's index-key), and so do the paragraph numbers, which stand in the outer margin:
right on a right-hand page, left on a left-hand one (FOP's side floats cannot go "outside"). A
first FOP run lays the FO out to the intermediate format, the page of every index anchor and
paragraph number is read from it, and the FO is made again with those pages written in. The index
comes last, so filling it in moves nothing before it; a number moved to the other margin changes
no line or page break. Without names or paragraph numbers there is one run.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.output import write_atomic
from edition.render import fop
from edition.render.fo import (INDEX_ANCHOR_PREFIX, PARAGRAPH_ANCHOR_PREFIX, PrintSettings,
                               index_anchors, paragraph_anchors, to_fo)


@dataclass
class PrintResult:
    fo: Path
    pdf: Path | None = None  # None: FOP missing, or FO only asked for
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, for reports

    @property
    def written(self) -> list[Path]:
        return [self.fo] + ([self.pdf] if self.pdf else [])


def build_print(tree: etree._ElementTree, name: str, out_dir: Path,
                settings: PrintSettings = PrintSettings(), *, source: str | None = None) -> PrintResult:
    """Write ``out_dir/<name>.fo`` and (unless ``settings.pdf`` is False) ``<name>.pdf``.

    Each file appears complete or not at all. Without FOP the FO is still written; that is an
    error (``FopMissing``, raised after writing it) only if ``settings.pdf`` is True.
    """
    fo_path, pdf_path = out_dir / f"{name}.fo", out_dir / f"{name}.pdf"
    if settings.pdf is not False:
        fop.prepare()  # FOP's JVM starts while the stylesheet makes the FO
    started = time.perf_counter()
    fo = bytes(to_fo(tree, settings, name=source))
    result = PrintResult(fo_path, timings={"xslt": time.perf_counter() - started})
    write_atomic(fo_path, fo)
    if settings.pdf is False:
        return result
    if fop.find_fop() is None:
        if settings.pdf:
            raise fop.FopMissing(fo_path)
        result.warnings.append(str(fop.FopMissing(fo_path)))
        return result

    # Temporary files sit beside the outputs, so that the last step is a rename.
    with tempfile.TemporaryDirectory(prefix=f".{name}.", suffix=".fop", dir=out_dir) as tmp:
        laid_out = []  # the layout run's warnings
        if index_anchors(fo) or paragraph_anchors(fo):
            layout = Path(tmp) / "layout.if.xml"
            run = fop.render(fo_path, layout, intermediate=True, config=settings.fop_config)
            result.timings["fop layout"] = run.seconds
            laid_out = run.warnings
            pages = fop.landed_pages(layout, "_")
            started = time.perf_counter()
            final = to_fo(tree, settings, name=source,
                          index_pages=_starting(pages, INDEX_ANCHOR_PREFIX),
                          paragraph_pages=_starting(pages, PARAGRAPH_ANCHOR_PREFIX))
            result.warnings.extend(final.messages)
            write_atomic(fo_path, bytes(final))
            result.timings["xslt"] += time.perf_counter() - started
        partial = Path(tmp) / pdf_path.name
        run = fop.render(fo_path, partial, config=settings.fop_config)
        result.timings["fop pdf"] = run.seconds
        # The layout run warns mostly as the PDF run does; what it alone says is kept: such as
        # the note, said once per process, on why FOP runs as processes.
        result.warnings.extend(w for w in laid_out if w not in run.warnings)
        result.warnings.extend(run.warnings)
        os.chmod(partial, 0o644)
        os.replace(partial, pdf_path)
    result.pdf = pdf_path
    return result


def _starting(pages: dict[str, str], prefix: str) -> dict[str, str]:
    return {anchor: page for anchor, page in pages.items() if anchor.startswith(prefix)}
