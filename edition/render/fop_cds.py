# SPDX-License-Identifier: MIT
"""Class-data sharing for FOP's JVM (Java's AppCDS): the 2,500 classes FOP runs on, read from
their jars, parsed and verified once, and mapped from one archive by every later JVM, which
starts FOP's first render a good half second sooner (``bench/toolchain.py``, step 4).

The first process to start FOP's JVM (``edition.render.fop_warm``) without an archive has the
JVM write one as it ends (``-XX:ArchiveClassesAtExit``: the classes it loaded, so those a real
render needs) beside the archive's final name, in ``$XDG_CACHE_HOME/edition/fop-cds/`` (else
``~/.cache``); that costs the process about a second at its exit, once. Then a ``java`` of the
same JVM must map it (``-Xshare:on``, its checksums verified) before the archive is published,
by one rename, under a name holding a key and its own SHA-256. The key is what the JVM will
hold the archive to: the JVM's library, every jar of the class path (its path, size and time),
and the JVM's options, so new FOP jars or a new Java mean a new archive (the old one is removed
after a month unused: another checkout may still use it).

A JVM trusts the classes it maps (it does not verify them again; a truncated archive crashes
it), so no archive is mapped unless it is a file of the user's own that no one else may write,
in a folder of the user's own that no one else may write, and its content still has the SHA-256
it was published under (some 30 ms a JVM, for 17 MB). Whatever is wrong, the JVM starts without one and nothing is said: the
PDF is the same either way. ``$EDITION_FOP_CDS=off`` neither maps nor makes one.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

FORMAT = 1  # of the key: a change to what goes into it
# The JVM's notes on its archives (a mismatch, classes it cannot archive) go to standard output
# unless silenced, amid the command's own output.
QUIET = ("-Xlog:cds*=off", "-Xlog:class+path*=off")
FAILED_FOR = 24 * 3600  # seconds: after an archive the JVM would not map, none is made for a day
UNUSED = 30 * 24 * 3600  # seconds: an archive for other jars or another JVM, unused so long, goes
_NAME = re.compile(r"^fop-(?P<key>[0-9a-f]{16})-(?P<digest>[0-9a-f]{64})\.jsa$")


@dataclass
class Plan:
    """What the JVM about to start does with an archive: ``options`` to start it with; the
    ``archive`` it maps, or the file it is ``making`` as it ends (or neither)."""

    options: tuple[str, ...] = ()
    archive: Path | None = None
    making: Path | None = None


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "edition" / "fop-cds"


def enabled() -> bool:
    return os.environ.get("EDITION_FOP_CDS", "").strip().lower() not in ("off", "0", "no", "false")


def java_home(jvm: Path) -> Path:
    """The Java home of a JVM library (``…/lib/server/libjvm.so``)."""
    return jvm.resolve().parents[2]


def supported(jvm: Path) -> bool:
    """Java 13 or later (archives made at exit), with the JDK's own archive, which an archive of
    the application's classes extends (without it the JVM makes none)."""
    home = java_home(jvm)
    try:
        release = (home / "release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    version = re.search(r'^JAVA_VERSION="(\d+)', release, re.M)
    return (version is not None and int(version[1]) >= 13
            and (jvm.parent / "classes.jsa").is_file() and (home / "bin" / "java").is_file())


def key(jvm: Path, classpath: list[str], options: tuple[str, ...]) -> str:
    """What an archive is good for: this JVM, these jars as they are, these options."""
    def stamp(path) -> list:
        info = Path(path).stat()
        return [str(path), info.st_size, info.st_mtime_ns]
    described = {"format": FORMAT, "jvm": stamp(jvm), "classpath": [stamp(p) for p in classpath],
                 "options": list(options)}
    return hashlib.sha256(json.dumps(described).encode()).hexdigest()[:16]


def plan(jvm: Path, classpath: list[str], options: tuple[str, ...]) -> Plan:
    """The archive for a JVM started from ``jvm`` with ``classpath`` (every entry, as the JVM
    gets it) and ``options``: mapped if a sound one is there, else made as the JVM ends, else
    none (``Plan()``)."""
    if not enabled() or not all(p.isascii() for p in classpath):
        return Plan()  # (JPype starts a JVM whose class path is not ASCII without sharing)
    try:
        if not supported(jvm):
            return Plan()
        wanted = key(jvm, classpath, options)
        where = folder()
        if not _own_folder(where):
            return Plan()
        for found in sorted(where.glob(f"fop-{wanted}-*.jsa")):
            name = _NAME.match(found.name)
            if name and _sound(found, name["digest"]):
                os.utime(found)  # in use: not one to clear away (publish)
                return Plan((f"-XX:SharedArchiveFile={found}", *QUIET), archive=found)
        failed = where / f"fop-{wanted}.failed"
        if failed.exists() and time.time() - failed.stat().st_mtime < FAILED_FOR:
            return Plan()
        making = where / f"fop-{wanted}.{os.getpid()}.part"
        making.unlink(missing_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return Plan()
    return Plan((f"-XX:ArchiveClassesAtExit={making}", *QUIET), making=making)


def publish_at_exit(made: Plan, jvm: Path, classpath: list[str], options: tuple[str, ...],
                    shutdown) -> None:
    """Once this process ends: ``shutdown()`` the JVM (it writes the archive as it ends), check
    the archive and publish it. Registered after JPype's own exit handler, so run before it."""
    pid = os.getpid()

    def finish() -> None:
        if os.getpid() != pid:  # a forked child: the JVM is its parent's
            return
        try:
            shutdown()
        except Exception:  # noqa: BLE001 - an archive is not worth a failure at exit
            return
        publish(made, jvm, classpath, options)
    atexit.register(finish)


def publish(made: Plan, jvm: Path, classpath: list[str], options: tuple[str, ...]) -> Path | None:
    """The archive the JVM wrote, under its final name once a JVM like the one that made it maps
    it; else nothing published (and none made for a while). Older archives go."""
    part = made.making
    if part is None or not part.is_file():
        return None  # the JVM ended without writing one (killed, or never started)
    wanted = part.name.split(".")[0].removeprefix("fop-")
    java = java_home(jvm) / "bin" / "java"
    try:
        check = subprocess.run(
            [str(java), *options, f"-XX:SharedArchiveFile={part}", "-Xshare:on",
             "-XX:+VerifySharedSpaces", *QUIET, "-cp", os.pathsep.join(classpath), "-version"],
            capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
        mapped = check.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        mapped = False
    try:
        if not mapped:
            part.unlink(missing_ok=True)
            (part.parent / f"fop-{wanted}.failed").touch()
            return None
        with open(part, "rb") as file:
            digest = hashlib.file_digest(file, "sha256").hexdigest()
        final = part.with_name(f"fop-{wanted}-{digest}.jsa")
        os.chmod(part, 0o644)
        os.replace(part, final)
        _clear_away(part.parent, wanted, final)
    except OSError:
        part.unlink(missing_ok=True)
        return None
    return final


def _clear_away(where: Path, wanted: str, kept: Path) -> None:
    """Other archives for the same key (made at the same time as ``kept``); those of other keys
    (older jars, another JVM) and what failed, unused for a month; what a JVM was writing when
    its process ended (killed), or an hour ago."""
    now = time.time()
    for other in where.glob("fop-*"):
        age = now - other.lstat().st_mtime
        same = other.name.startswith(f"fop-{wanted}")
        if other != kept and (other.suffix == ".part" and (age > 3600 or not _running(other))
                              or other.suffix in (".jsa", ".failed") and (same or age > UNUSED)):
            other.unlink(missing_ok=True)


def _running(part: Path) -> bool:
    """Whether the process that names ``part`` (``fop-KEY.PID.part``) is still running."""
    try:
        os.kill(int(part.name.split(".")[1]), 0)
    except (ValueError, IndexError, ProcessLookupError):
        return False
    except PermissionError:  # someone else's process of that number
        return True
    return True


def _own_folder(path: Path) -> bool:
    """``path`` is (made if need be) a folder of this user's that no one else may write."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.lstat()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def _sound(path: Path, digest: str) -> bool:
    """A file of this user's that no one else may write, holding what it was published with."""
    try:
        info = path.lstat()
        if (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid()
                or info.st_mode & 0o022):
            return False
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest() == digest
    except OSError:
        return False
