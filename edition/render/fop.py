# SPDX-License-Identifier: MIT
"""Apache FOP, with the project's configuration (``xslt/fo/fop.xconf``).

``render`` makes a PDF/A-1b, or FOP's intermediate format (IF) from which ``landed_pages`` reads
the page each id landed on. FOP's log is read back: an error that stops FOP becomes an
``EditionError`` in FOP's words, located in the FO file (or the file FOP names); when FOP gives
no reason, the message says how it ended and where its log was kept. Warnings, and errors FOP
went on after, are returned (each once). A configuration of one's own is read first, so that a
mistake in it is reported at its line.

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
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

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
# how FOP's CLI logs an exception: "Exception <message>the exception again, with its stack"
_LOGGED_AGAIN = re.compile(r">(?:[\w$]+\.)+[\w$]*(?:Exception|Error)\b.*")
_SEE_POSITION = re.compile(r"\s*\(See position (?P<line>\d+):(?P<column>\d+)\)")
_SAX = re.compile(r"(?:[\w.]+\.)?SAXParseException;(?:\s*systemId: (?P<system>[^;]*);)?"
                  r"(?:\s*lineNumber: (?P<line>-?\d+);)?(?:\s*columnNumber: (?P<column>-?\d+);)?"
                  r"\s*(?P<message>.*)")
# what the JVM says when it fails to start, or stops on an exception FOP did not log
_JVM_START = ("Error occurred during initialization of VM",
              "Error: Could not create the Java Virtual Machine.")
_FATAL = re.compile(r"^\[Fatal Error\] [^:]*:(-?\d+):(-?\d+): (.*)")  # the XML parser's
_UNCAUGHT = re.compile(r'^Exception in thread "[^"]*" (?:[a-z]\w*\.)*(?P<message>.*)')
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


def prepare() -> None:
    """Start, in the background, what the next ``render`` would wait for: the warm route's JVM
    (``fop_warm.prepare``); nothing for the process route, or when FOP is missing."""
    try:
        chosen = mode()
    except EditionError:
        return  # said by the render
    if chosen == "warm" and find_fop() is not None:
        from edition.render import fop_warm

        fop_warm.prepare()


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
        conf = checked_config(Path(tmp), config)
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
        raise _failure(log, fo, code=proc.returncode, out=out)
    return FopRun(seconds, _warnings(log), log)


def checked_config(tmp: Path, given: Path | None = None) -> Path:
    """The configuration FOP is to read, checked first so that a mistake in it is reported at
    its line rather than as FOP's failure on the FO: ``given`` (one's own), else the shipped
    one; with ``$EDITION_FONT_DIR`` set (and none given), a copy of the shipped one in ``tmp``
    whose font-base is that folder. Its font files must exist."""
    path = given or CONFIG
    try:
        tree = parse_xml_file(path)
    except EditionError as err:  # no such file, or not well-formed: said with its line
        raise EditionError(f"Apache FOP configuration: {err.message}", err.path, err.line,
                           err.column, hint=err.hint) from None
    root = tree.getroot()
    if root.tag != "fop":
        raise EditionError(f"not an Apache FOP configuration: its root element is <{root.tag}>, "
                           "not <fop>", str(path), root.sourceline)
    base = root.find("font-base")
    font_dir = os.environ.get("EDITION_FONT_DIR") if given is None else None
    if font_dir:
        base.text = Path(font_dir).resolve().as_uri() + "/"
    folder = _local(base.text) if base is not None and base.text else None
    for font in root.iter("font"):
        url = font.get("embed-url")
        file = _local(url) if url else None
        if file is None and url and folder is not None and "://" not in url:
            file = folder / unquote(url)
        if file is not None and not file.is_file():
            raise EditionError(f"Apache FOP configuration: font file missing: {file}", str(path),
                               font.sourceline,
                               hint=FONT_HINT if given is None else None)
    if not font_dir:
        return path
    copy = tmp / "fop.xconf"
    tree.write(str(copy), xml_declaration=True, encoding="UTF-8")
    return copy


def _local(url: str) -> Path | None:
    """The file a configuration's URL or path names, if it is an absolute local one."""
    url = url.strip()
    if url.startswith("file:"):
        return Path(unquote(urlparse(url).path))
    return Path(url) if url.startswith("/") else None


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


def _failure(log: str, fo: Path, *, code: int | None = None,
             out: Path | None = None) -> EditionError:
    """What stopped FOP, in FOP's words and at the place FOP gives (the FO file's line and
    column, or the file it names), not the last lines of its log. ``code`` is the FOP process's
    exit status (0 for a render in this process that finished, ``None`` for one that did not);
    when FOP said nothing that explains it, the message says how FOP ended and where its log
    was saved."""
    fonts = [w for w in _warnings(log) if w.startswith("Font ") and "not found" in w]
    hint = None
    if fonts:
        m = re.match(r'Font "(?P<family>[^,"]*),(?P<style>[^,"]*),(?P<weight>[^"]*)"', fonts[0])
        hint = (f"font {m['family']!r} ({m['style']}, weight {m['weight']}) is not declared in the "
                "FOP configuration: declare it there, or use a family it declares"
                if m else f"{fonts[0]}: declare the family in the FOP configuration")
    # FOP said it had finished: what it logged, it went on after (a missing image, say)
    reason = _reason(log) if code != 0 else None
    if reason is not None:
        message, path, line, column = reason
        if path is None and fo.is_file() and fo.stat().st_size == 0:
            hint = "the FO file is empty"
        return EditionError(f"Apache FOP: {message}", path or str(fo), line, column, hint=hint)
    saved = _save_log(log)
    if code is None:
        ended = "Apache FOP stopped without saying why"
    elif code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        ended = f"Apache FOP was stopped by {name}" + (
            ", as the system stops a process when memory runs out" if -code == 9 else "")
    elif code > 0:
        ended = f"Apache FOP exited with code {code} without saying why"
    else:  # it said it had finished, and the file is not there
        ended = (f"Apache FOP finished, but {out or 'its output'} is not there (removed by another "
                 "build writing into the same folder?)")
    return EditionError(ended, str(fo), hint=f"FOP's log: {saved}" if saved else "it wrote no log")


def _reason(log: str) -> tuple[str, str | None, int | None, int | None] | None:
    """FOP's own statement of what stopped it: the message, and the file, line and column it
    names (each ``None`` when it names none); ``None`` when its log holds no such statement.
    A statement that places the error wins; else the root cause; else the first error."""
    lines = log.splitlines()
    if any(line.strip() in _JVM_START for line in lines):  # the JVM's words, not FOP's
        said = [line.strip() for line in lines if line.strip() and not line.startswith("[")
                and line.strip() not in _JVM_START and not line.startswith("Error: ")]
        return (f"the Java VM did not start: {said[0] if said else lines[-1].strip()} (see "
                "$JAVA_ARGS and $FOP_OPTS)", None, None, None)
    causes = [line.removeprefix("Caused by:").strip() for line in lines
              if line.startswith("Caused by:")]
    errors = _log_lines(log, "ERROR", "SEVERE", "FATAL")
    candidates = [_placed(text) for text in [*reversed(causes), *errors]]
    candidates += [(m["message"], None, None, None) for m in map(_UNCAUGHT.match, lines) if m]
    candidates = [c for c in candidates if c[0]]
    for candidate in candidates:
        if candidate[2] is not None:
            return candidate
    fatal = [m for m in map(_FATAL.match, lines) if m]
    if not candidates and fatal:  # the XML parser's words only: the FO is not well-formed
        line, column = int(fatal[0][1]), int(fatal[0][2])
        return fatal[0][3], None, line if line > 0 else None, column if line > 0 else None
    return candidates[0] if candidates else None


def _placed(text: str) -> tuple[str, str | None, int | None, int | None]:
    """One line of FOP's log as (message, file, line, column): without the Java exception
    names around it and the exception logged a second time after it."""
    text = _LOGGED_AGAIN.sub("", text.strip().removeprefix("Exception <"))
    text = _EXCEPTION.sub("", text).removeprefix("Exception <")
    text = _EXCEPTION.sub("", text).strip()
    sax = _SAX.search(text)
    if sax:
        line = int(sax["line"]) if sax["line"] and int(sax["line"]) > 0 else None
        column = int(sax["column"]) if line and sax["column"] and int(sax["column"]) > 0 else None
        system = sax["system"]
        path = unquote(urlparse(system).path) if system and system.startswith("file:") else system
        return sax["message"].strip(), path or None, line, column
    located = _LOCATED.search(text)
    if located:
        message = _SEE_POSITION.sub("", located["message"]).strip()
        return message, located["path"], int(located["line"]), int(located["column"])
    seen = _SEE_POSITION.search(text)
    if seen:
        return (_SEE_POSITION.sub("", text).strip(), None, int(seen["line"]),
                int(seen["column"]))
    return text, None, None, None


def _save_log(log: str) -> Path | None:
    """FOP's whole log, kept in a file of its own for the message to point at."""
    if not log.strip():
        return None
    try:
        fd, name = tempfile.mkstemp(prefix="edition-fop-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(log)
    except OSError:
        return None
    return Path(name)
