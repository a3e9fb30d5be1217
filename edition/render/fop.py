# SPDX-License-Identifier: MIT
"""Apache FOP, with the project's configuration (``xslt/fo/fop.xconf``).

``render`` makes a PDF/A-1b, or FOP's intermediate format (IF) from which ``landed_pages`` reads
the page each id landed on. FOP's log is read back: an error that stops FOP becomes an
``EditionError`` located in the FO file; warnings, and errors FOP went on after, are returned
(each once).

Two routes, one result: FOP in a JVM kept in this process (``edition.render.fop_warm``, the
default: no JVM start per PDF), or one ``fop`` process per call. ``$EDITION_FOP_MODE`` chooses
(``warm`` or ``process``); a ``$EDITION_FOP`` of one's own means the process route unless the
mode says ``warm``. When the warm route is wanted and cannot be had, the process route runs and
the first such render's warnings say why (``fallback_reason``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from edition.errors import EditionError
from edition.render.xslt import XSLT_DIR
from edition.xmlsafe import parse_xml_file

CONFIG = XSLT_DIR / "fo" / "fop.xconf"
PDF_PROFILE = "PDF/A-1b"
INSTALL_HINT = "install it with: sudo apt-get install fop"
FONT_HINT = "install the fonts with: sudo apt-get install fonts-linuxlibertine, or set EDITION_FONT_DIR"
IF_NS = "http://xmlgraphics.apache.org/fop/intermediate"
# A short-lived JVM: the quick compiler only and a simple collector halve FOP's CPU time here.
JAVA_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
_LOCATED = re.compile(r"file:(?P<path>/[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)")
_EXCEPTION = re.compile(r"^(?:[\w.$]+(?:Exception|Error): )+")
MODES = ("warm", "process")
_fallback: str | None = None  # why the warm route was wanted and not taken, once known


class FopMissing(EditionError):
    """Apache FOP is not installed (or not on PATH)."""

    def __init__(self, written: Path | None = None):
        done = f"; wrote {written} only" if written else ""
        super().__init__(f"Apache FOP is not installed, so no PDF was made{done}", hint=INSTALL_HINT)


@dataclass
class FopRun:
    seconds: float
    warnings: list[str] = field(default_factory=list)
    log: str = ""  # FOP's whole output (stdout, then stderr)


def find_fop() -> str | None:
    """The ``fop`` program: ``$EDITION_FOP`` if set, else ``fop`` on PATH."""
    return shutil.which(os.environ.get("EDITION_FOP") or "fop")


def mode() -> str:
    """``warm`` or ``process``: ``$EDITION_FOP_MODE``, else process for a ``$EDITION_FOP`` of
    one's own (its jars are unknown), else warm."""
    chosen = os.environ.get("EDITION_FOP_MODE", "").strip().lower()
    if chosen in MODES:
        return chosen
    if chosen:
        raise EditionError(f"EDITION_FOP_MODE={chosen!r}: give one of {', '.join(MODES)}")
    return "process" if os.environ.get("EDITION_FOP") else "warm"


def fallback_reason() -> str | None:
    """Why this process renders with FOP processes though the warm route was wanted, if it does."""
    return _fallback


def render(fo: Path, out: Path, *, intermediate: bool = False, config: Path | None = None) -> FopRun:
    """Render ``fo`` to ``out``: a PDF/A-1b, or (``intermediate``) FOP's IF XML laid out for PDF."""
    global _fallback
    note = None
    if mode() == "warm":
        from edition.render import fop_warm  # starts nothing: the JVM starts on first render

        try:
            return fop_warm.render(fo, out, intermediate=intermediate, config=config)
        except fop_warm.Unavailable as why:
            if _fallback is None:  # said once per process
                note = f"warm FOP unavailable ({why}); one FOP process per PDF"
            _fallback = str(why)
    run = render_process(fo, out, intermediate=intermediate, config=config)
    if note:
        run.warnings.insert(0, note)
    return run


def render_process(fo: Path, out: Path, *, intermediate: bool = False,
                   config: Path | None = None) -> FopRun:
    """``render`` by one ``fop`` process: a JVM started for this call."""
    fop = find_fop()
    if fop is None:
        raise FopMissing()
    with tempfile.TemporaryDirectory(prefix="edition-fop-") as tmp:
        conf = config or checked_config(Path(tmp))
        command = [fop, "-c", str(conf), "-fo", str(fo)]
        command += (["-if", "application/pdf", str(out)] if intermediate
                    else ["-pdfprofile", PDF_PROFILE, "-pdf", str(out)])
        env = dict(os.environ)
        env.setdefault("JAVA_ARGS", JAVA_FLAGS)  # Debian's fop wrapper
        env.setdefault("FOP_OPTS", JAVA_FLAGS)  # upstream's fop script
        started = time.perf_counter()
        try:
            proc = subprocess.run(command, capture_output=True, text=True, env=env,
                                  stdin=subprocess.DEVNULL)
        except OSError as err:
            raise EditionError(f"cannot run Apache FOP ({fop}): {err.strerror or err}") from None
        seconds = time.perf_counter() - started
    log = proc.stdout + proc.stderr
    if proc.returncode != 0 or not out.is_file():
        raise _failure(log, fo)
    return FopRun(seconds, _warnings(log), log)


def checked_config(tmp: Path) -> Path:
    """The shipped configuration, after checking that its font files exist; with
    ``$EDITION_FONT_DIR`` set, a copy in ``tmp`` whose font-base is that folder."""
    tree = parse_xml_file(CONFIG)
    base = tree.find("font-base")
    font_dir = os.environ.get("EDITION_FONT_DIR")
    if font_dir:
        base.text = Path(font_dir).resolve().as_uri() + "/"
    folder = Path(unquote(base.text.removeprefix("file://")))
    for font in tree.iter("font"):
        path = folder / font.get("embed-url")
        if not path.is_file():
            raise EditionError(f"font file missing: {path}", str(CONFIG), hint=FONT_HINT)
    if not font_dir:
        return CONFIG
    copy = tmp / "fop.xconf"
    tree.write(str(copy), xml_declaration=True, encoding="UTF-8")
    return copy


def landed_pages(if_file: Path, prefix: str = "") -> dict[str, str]:
    """Where each id (starting with ``prefix``) landed in an IF file: id -> page number as
    printed. An id met on several pages (an element broken across a page) keeps the first."""
    pages: dict[str, str] = {}
    root = parse_xml_file(if_file).getroot()
    for page in root.iter(f"{{{IF_NS}}}page"):
        for anchor in page.iter(f"{{{IF_NS}}}id"):
            name = anchor.get("name", "")
            if name.startswith(prefix):
                pages.setdefault(name, page.get("name"))
    return pages


def _log_lines(log: str, *levels: str) -> list[str]:
    lines = []
    for line in log.splitlines():
        for level in levels:
            if line.startswith(f"[{level}]"):
                text = line[len(level) + 2:].strip()
                text = re.sub(r"^\w+ - ", "", text)  # the logger's name: "FOUserAgent - "
                if text not in lines:
                    lines.append(text)
    return lines


def _warnings(log: str) -> list[str]:
    """What FOP warned of, and the errors it logged but went on after (an invalid property value
    is one: FOP drops the property), without the Java exception names and stack."""
    return [re.sub(r"[\w.$]+(?:Exception|Error): ", "", line.split(" <org.apache")[0])
            for line in _log_lines(log, "WARN", "WARNING", "ERROR", "SEVERE")]


def _failure(log: str, fo: Path) -> EditionError:
    """The most specific line of FOP's failure: the last 'Caused by', else the first error."""
    causes = [line.removeprefix("Caused by:").strip() for line in log.splitlines()
              if line.startswith("Caused by:")]
    errors = _log_lines(log, "ERROR", "SEVERE", "FATAL")
    message = causes[-1] if causes else (errors[0] if errors else log.strip()[-500:] or "no output")
    message = _EXCEPTION.sub("", message.split(">org.apache")[0].strip())
    message = message.removeprefix("Exception <").strip()
    message = _EXCEPTION.sub("", message)
    fonts = [w for w in _warnings(log) if w.startswith("Font ") and "not found" in w]
    hint = f"{fonts[0]}: declare the family in the FOP configuration" if fonts else None
    located = _LOCATED.search(message)
    if located:
        return EditionError(f"Apache FOP: {located['message']}", located["path"],
                            int(located["line"]), int(located["column"]), hint=hint)
    return EditionError(f"Apache FOP failed: {message}", str(fo), hint=hint)
