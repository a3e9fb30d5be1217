# SPDX-License-Identifier: MIT
"""Apache FOP in a Java VM kept in this process (JPype), so that a PDF costs FOP's work and not
a JVM's start each time.

The JVM starts on the first render, never at import: parallel builds fork worker processes, and
a JVM does not survive a fork. It is the only JVM this process will have (one that failed to
start cannot be started again), so everything that can be checked first is checked first.
FOP is driven as its command line drives it: ``FopConfParser`` reads the configuration (one
``FopFactory`` kept per configuration file and FO folder), the CLI's own ``InputHandler`` reads
the FO, a fresh ``FOUserAgent`` serves each document. FOP logs through commons-logging's
SimpleLog to ``System.err``, which is caught during each render, so that the log, its warnings
and its failures read exactly as those of one FOP process (``edition.render.fop``). One render
at a time: the lock also keeps each log to its own render.

Jars: Debian's, as ``/usr/bin/fop`` lists them, or ``$EDITION_FOP_CLASSPATH`` (separated by
``:``). The JVM maps their classes from an archive made by the first such JVM
(``edition.render.fop_cds``). ``bench/fop_warm.py`` compares this route with one FOP process
per PDF.
"""

from __future__ import annotations

import atexit
import functools
import os
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from edition.render import fop, fop_cds

JAVA_DIR = Path("/usr/share/java")
JARS = ("commons-io", "serializer", "xalan2", "xml-apis", "batik-all", "commons-logging",
        "xercesImpl", "xmlgraphics-commons", "xml-apis-ext", "fontbox2")
HYPHENATION_JAR = Path("/usr/share/fop/fop-hyph.jar")
JVM_ARGS = (
    "-Djava.awt.headless=true",
    # What /usr/bin/fop sets: its log format is what edition.render.fop reads.
    "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog",
    "-Dorg.apache.commons.logging.simplelog.defaultlog=info",
    # The FOP process's flags: the quick compiler only, a simple collector. Most processes
    # render a few PDFs, where the optimising compiler costs more than it brings (first render
    # 1.7 s against 2.6 s here; it gains some 10 % per render only after about ten).
    *fop.JAVA_FLAGS.split(),
)


class Unavailable(Exception):
    """FOP cannot be run in this process's JVM; ``str()`` says why (for the fallback's note)."""


_lock = threading.Lock()
_java: SimpleNamespace | None = None  # FOP's and Java's classes, once the JVM is up
_jvm_pid: int | None = None  # the process that started it
_broken: str | None = None  # why the JVM cannot be used in this process, for good
_counts = {"jvm starts": 0, "renders": 0}
_making = False  # the JVM writes its class-data archive as it ends: it must end properly
_sharing: dict[str, Path | None] = {"archive": None}  # the class-data archive the JVM mapped


def classpath() -> list[Path]:
    """The jars FOP runs from: ``$EDITION_FOP_CLASSPATH``, else Debian's."""
    given = os.environ.get("EDITION_FOP_CLASSPATH")
    if given:
        return [Path(jar) for jar in given.split(os.pathsep) if jar]
    return [JAVA_DIR / f"{name}.jar" for name in JARS] + [HYPHENATION_JAR, JAVA_DIR / "fop.jar"]


def stats() -> dict[str, int]:
    """JVMs started (at most one per process), renders done, FOP factories made."""
    return {**_counts, "factories": _factory.cache_info().misses}


def class_archive() -> Path | None:
    """The class-data archive this process's JVM started with (``edition.render.fop_cds``)."""
    return _sharing["archive"]


def prepare() -> None:
    """Start the JVM in a thread of its own, while this one goes on (making the FO: the JVM's
    start holds no GIL); the first render waits for it. Nothing if it is up, or cannot be had
    (the render says why). The thread is not a daemon: a process does not end amid a JVM's
    start."""
    if _broken or (_java is not None and _jvm_pid == os.getpid()):
        return
    threading.Thread(target=_start, name="edition-fop-jvm").start()


def _start() -> None:
    with _lock:
        try:
            _classes()
        except Unavailable:
            pass  # said by the render that needs it


def render(fo: Path, out: Path, *, intermediate: bool = False, config: Path | None = None,
           creation_date: datetime | None = None) -> fop.FopRun:
    """As ``fop.render``, in this process's JVM; ``Unavailable`` if it cannot be had.

    ``creation_date`` fixes the PDF's creation date (the Info's, unless ``$SOURCE_DATE_EPOCH``
    overrides it, and the XMP's), not the XMP's metadata date nor the time hashed into /ID: only
    ``$SOURCE_DATE_EPOCH`` does, as the JVM saw it at its start (Debian's FOP reads it)."""
    with _lock:
        started = time.perf_counter()  # the JVM's start too, as in a FOP process's time
        java = _classes()
        # A name of its own beside ``out``: the last step is a rename, and FOP creates the
        # file (with the user's umask, as the FOP process would).
        partial = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
        try:
            with tempfile.TemporaryDirectory(prefix="edition-fop-") as tmp:
                conf = fop.checked_config(Path(tmp), config)
                log, ok = _run(java, fo, partial, conf, intermediate, creation_date)
            _counts["renders"] += 1
            if not ok or not partial.is_file():
                raise fop._failure(log, fo, code=0 if ok else None, out=out)
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
    return fop.FopRun(time.perf_counter() - started, fop._warnings(log), log)


def _run(java, fo: Path, out: Path, conf: Path, intermediate: bool,
         creation_date: datetime | None) -> tuple[str, bool]:
    """FOP's log of one render, and whether it finished; its output written to ``out``."""
    import jpype

    # A thread other than the JVM's first has no context class loader (JPype attaches it so),
    # and FOP looks things up through it (hyphenation patterns): the first's is the system's.
    thread = java.Thread.currentThread()
    if thread.getContextClassLoader() is None:
        thread.setContextClassLoader(java.ClassLoader.getSystemClassLoader())
    stdout, stderr = java.ByteArrayOutputStream(), java.ByteArrayOutputStream()
    saved = java.System.out, java.System.err
    java.System.setOut(java.PrintStream(stdout, True, "UTF-8"))
    java.System.setErr(java.PrintStream(stderr, True, "UTF-8"))
    try:
        # Absolute paths: the JVM's working folder is the one this process had when it started.
        fo, out, conf = fo.absolute(), out.absolute(), conf.absolute()
        factory = _factory(str(conf), _stamp(conf), str(fo.parent))
        agent = factory.newFOUserAgent()
        if creation_date is not None:
            agent.setCreationDate(java.Date(round(creation_date.timestamp() * 1000)))
        if intermediate:  # as the CLI's "-if application/pdf"
            serializer = java.IFSerializer(java.IFContext(agent))
            serializer.mimicDocumentHandler(
                agent.getRendererFactory().createDocumentHandler(agent, java.MIME_PDF))
            agent.setDocumentHandlerOverride(serializer)
            mime = java.MIME_FOP_IF
        else:  # as the CLI's "-pdfprofile PDF/A-1b"
            agent.getRendererOptions().put("pdf-a-mode", fop.PDF_PROFILE)
            mime = java.MIME_PDF
        stream = java.BufferedOutputStream(java.FileOutputStream(java.File(str(out))))
        try:
            java.InputHandler(java.File(str(fo))).renderTo(agent, mime, stream)
        finally:
            stream.close()
        ok = True
    except jpype.JException as err:
        java.LogFactory.getLog("FOP").error("Exception", err)  # as FOP's CLI (cli.Main) logs it
        ok = False
    finally:
        java.System.setOut(saved[0])
        java.System.setErr(saved[1])
    return str(stdout.toString("UTF-8")) + str(stderr.toString("UTF-8")), ok


def _stamp(conf: Path) -> tuple[int, int] | None:
    """What tells a changed configuration file from the one a factory was made from."""
    try:
        stat = conf.stat()
    except OSError:
        return None  # FOP says it is missing
    return stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=8)
def _factory(conf: str, stamp: tuple[int, int] | None, folder: str):
    """The FopFactory of a configuration; the FO's folder is its base URI, as in FOP's CLI."""
    java = _java
    base = java.File(folder).toURI()
    return java.FopConfParser(java.File(conf), base).getFopFactoryBuilder().build()


def _import_jpype():
    """JPype, imported without NumPy: JPype takes NumPy in when it is installed (for Java arrays
    as NumPy's, which FOP's calls never use), and that import cost a build ~0.17 s of CPU,
    beside the encoding it competes with for the GIL. NumPy stays importable afterwards."""
    if "jpype" in sys.modules:
        return sys.modules["jpype"]
    hidden = "numpy" not in sys.modules
    if hidden:
        sys.modules["numpy"] = None  # "import numpy" fails at once: JPype goes without it
    try:
        import jpype
    finally:
        if hidden and "numpy" in sys.modules and sys.modules["numpy"] is None:
            del sys.modules["numpy"]
    return jpype


def _classes() -> SimpleNamespace:
    """Java's and FOP's classes, the JVM started on first use; ``Unavailable`` if it cannot be."""
    global _java, _jvm_pid, _broken, _making
    if _java is not None and _jvm_pid == os.getpid():
        return _java
    if _java is not None:
        _broken = "this process was forked from one that had started the JVM"
    if _broken:
        raise Unavailable(_broken)
    try:
        jpype = _import_jpype()
    except ImportError:
        raise Unavailable("jpype1 is not installed") from None
    if jpype.isJVMStarted():
        _broken = "other code started a JVM in this process"
        raise Unavailable(_broken)
    jars = classpath()
    missing = [jar for jar in jars if not jar.is_file()]
    if missing:
        raise Unavailable(f"FOP jar missing: {missing[0]}")
    try:
        jvm = jpype.getDefaultJVMPath()
    except (jpype.JVMNotFoundException, jpype.JVMNotSupportedException) as err:
        raise Unavailable(f"no JVM found: {err}") from None
    # The class path as JPype gives it to the JVM: FOP's jars, then JPype's own.
    full = [str(jar) for jar in jars] + [str(Path(jpype.__file__).resolve().parent.parent
                                             / "org.jpype.jar")]
    sharing = fop_cds.plan(Path(jvm), full, JVM_ARGS)
    try:
        # interrupt=False: Ctrl-C stays Python's KeyboardInterrupt (with it, the JVM ends the
        # process at once, leaving temporary files behind).
        jpype.startJVM(*JVM_ARGS, *sharing.options, jvmpath=jvm,
                       classpath=[str(jar) for jar in jars], interrupt=False)
    except Exception as err:  # noqa: BLE001 - whatever it was, this process has no JVM now
        _broken = f"the JVM failed to start: {err}"
        raise Unavailable(_broken) from None
    _counts["jvm starts"] += 1
    _sharing["archive"] = sharing.archive
    if sharing.making:
        _making = True
        fop_cds.publish_at_exit(sharing, Path(jvm), full, JVM_ARGS, jpype.shutdownJVM)
    _jvm_pid = os.getpid()
    atexit.register(_attach_main_thread, jpype)  # after the handlers above: run before them
    try:
        _java = _load(jpype.JClass)
    except (TypeError, jpype.JException) as err:  # a class not found: not FOP's jars
        _broken = f"FOP's classes not found in {os.pathsep.join(map(str, jars))}: {err}"
        raise Unavailable(_broken) from None
    return _java


def end_process(code: int = 0) -> None:
    """End this process now, its work done, where it started FOP's JVM: without the JVM's
    shutdown (its hooks, a last collection: 0.4 s, a fifth of a build of the seed) and without
    the C library's exit, in which the JVM's threads can abort the process (as they did when
    JPype was told not to destroy the JVM). The package's own exit work is done first (the
    regular expressions kept), the streams flushed. Returns at once, and the process ends as
    usual, where this process has no JVM of its own, or its JVM is writing its class-data
    archive (it writes it as it ends)."""
    if _java is None or _jvm_pid != os.getpid() or _making:
        return
    from edition import regex_cache

    regex_cache.save()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _attach_main_thread(jpype) -> None:
    """At exit, the main thread made a thread of the JVM, if no render has made it one: a JVM
    started in a thread of its own (``prepare``) and never called from the main thread held the
    process at exit for ever, its shutdown waiting on the thread that started it (a text that
    failed to encode while the JVM started for its PDF)."""
    if os.getpid() == _jvm_pid and jpype.isJVMStarted():
        jpype.JClass("java.lang.Thread").currentThread()


def _load(jclass) -> SimpleNamespace:
    names = {
        "System": "java.lang.System", "File": "java.io.File", "Thread": "java.lang.Thread",
        "ClassLoader": "java.lang.ClassLoader",
        "Date": "java.util.Date", "PrintStream": "java.io.PrintStream",
        "ByteArrayOutputStream": "java.io.ByteArrayOutputStream",
        "BufferedOutputStream": "java.io.BufferedOutputStream",
        "FileOutputStream": "java.io.FileOutputStream",
        "LogFactory": "org.apache.commons.logging.LogFactory",
        "FopConfParser": "org.apache.fop.apps.FopConfParser",
        "InputHandler": "org.apache.fop.cli.InputHandler",
        "IFSerializer": "org.apache.fop.render.intermediate.IFSerializer",
        "IFContext": "org.apache.fop.render.intermediate.IFContext",
    }
    java = SimpleNamespace(**{name: jclass(qualified) for name, qualified in names.items()})
    mime = jclass("org.apache.fop.apps.MimeConstants")
    java.MIME_PDF, java.MIME_FOP_IF = mime.MIME_PDF, mime.MIME_FOP_IF
    return java
