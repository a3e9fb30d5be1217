# SPDX-License-Identifier: MIT
"""Class-data sharing for FOP's JVM (edition.render.fop_cds): the first JVM makes the archive as
it ends, the next maps it; an archive that is damaged, or that others could have written, is not
mapped, and the PDF is made all the same. Each JVM is a process of its own (one per process),
with a cache folder of the test's own."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from edition.render import fop_cds, fop_warm
from print_helpers import SMALL_FO
from support import ROOT

pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").is_file(),
                                reason="whether the archive is mapped is read from /proc")

# One render in a JVM of its own; what it mapped, read from the process's memory map.
CHILD = """
import json, sys
from pathlib import Path
from edition.render import fop_warm
run = fop_warm.render(Path(sys.argv[1]), Path(sys.argv[2]))
archive = fop_warm.class_archive()
mapped = archive is not None and str(archive) in Path("/proc/self/maps").read_text()
print(json.dumps({"archive": archive and str(archive), "mapped": mapped,
                  "warnings": run.warnings}))
"""


def render(tmp: Path, cache: Path, **env: str) -> dict:
    """One FOP render in a new process with ``cache`` as $XDG_CACHE_HOME; what it mapped."""
    fo, pdf = tmp / "small.fo", tmp / "small.pdf"
    fo.write_text(SMALL_FO.format(block='<fo:block>Text, <fo:inline font-style="italic">italic</fo:inline>.</fo:block>'),
                  encoding="utf-8")
    pdf.unlink(missing_ok=True)
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache), "EDITION_FOP_MODE": "warm"}
    for name in ("EDITION_FOP", "EDITION_FOP_CLASSPATH", "EDITION_FOP_CDS"):
        environment.pop(name, None)
    environment.update(env)
    done = subprocess.run([sys.executable, "-c", CHILD, str(fo), str(pdf)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    # the JVM's notes on its archives ("[warning][cds] …") stay silent
    assert len(done.stdout.splitlines()) == 1 and "[warning]" not in done.stderr, done.stdout
    assert pdf.read_bytes().startswith(b"%PDF-1.4")
    seen = json.loads(done.stdout)
    assert seen["warnings"] == []
    return seen


def archives(cache: Path) -> list[Path]:
    return sorted((cache / "edition" / "fop-cds").glob("fop-*"))


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A cache folder holding the archive a first JVM made."""
    tmp = tmp_path_factory.mktemp("cds")
    cache = tmp / "cache"
    seen = render(tmp, cache)
    assert seen == {"archive": None, "mapped": False, "warnings": []}  # none to map: made one
    return cache


def copy(cache: Path, tmp: Path) -> tuple[Path, Path]:
    """A copy of a cache folder with its archive, and the archive in it."""
    mine = tmp / "cache"
    shutil.copytree(cache, mine)
    (archive,) = archives(mine)
    return mine, archive


def test_the_first_jvm_makes_the_archive_and_the_next_maps_it(made, tmp_path):
    (archive,) = archives(made)  # published whole: nothing half-written beside it
    assert fop_cds._NAME.match(archive.name)
    info = archive.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o644
    assert stat.S_IMODE(archive.parent.stat().st_mode) == 0o700
    cache, archive = copy(made, tmp_path)
    assert render(tmp_path, cache) == {"archive": str(archive), "mapped": True, "warnings": []}
    assert render(tmp_path, cache)["mapped"]  # and again: the same archive, nothing made
    assert archives(cache) == [archive]


@pytest.mark.parametrize("damage", ["truncated", "bytes changed", "replaced by text"])
def test_a_damaged_archive_is_not_mapped_the_pdf_is_made_and_so_is_a_new_archive(
        made, tmp_path, damage):
    cache, archive = copy(made, tmp_path)
    data = archive.read_bytes()
    if damage == "truncated":  # as a full disk leaves it: a JVM mapping it would crash
        archive.write_bytes(data[:len(data) // 2])
    elif damage == "bytes changed":
        middle = len(data) // 2
        archive.write_bytes(data[:middle] + bytes(4096) + data[middle + 4096:])
    else:
        archive.write_text("not an archive")
    key = fop_cds._NAME.match(archive.name)["key"]
    killed = archive.with_name(f"fop-{key}.999999999.part")  # its process gone
    writing = archive.with_name(f"fop-{key}.{os.getpid()}.part")  # a process still at it
    killed.write_bytes(b"half")
    writing.write_bytes(b"half")
    assert render(tmp_path, cache) == {"archive": None, "mapped": False, "warnings": []}
    fresh = [path for path in archives(cache) if path != writing]
    assert len(fresh) == 1 and fresh[0] != archive  # made as that JVM ended, in its place
    (fresh,) = fresh
    assert writing.exists() and not killed.exists()
    assert render(tmp_path, cache) == {"archive": str(fresh), "mapped": True, "warnings": []}


def test_an_archive_others_may_write_is_not_mapped(made, tmp_path):
    cache, archive = copy(made, tmp_path)
    archive.chmod(0o666)
    assert render(tmp_path, cache)["mapped"] is False


def test_in_a_folder_others_may_write_nothing_is_mapped_or_made(made, tmp_path):
    cache, archive = copy(made, tmp_path)
    archive.parent.chmod(0o777)
    assert render(tmp_path, cache)["mapped"] is False
    assert archives(cache) == [archive]


def test_edition_fop_cds_off_neither_maps_nor_makes(made, tmp_path):
    cache, archive = copy(made, tmp_path)
    assert render(tmp_path, cache, EDITION_FOP_CDS="off")["mapped"] is False
    empty = tmp_path / "empty"
    render(tmp_path, empty, EDITION_FOP_CDS="off")
    assert archives(empty) == []


def test_new_jars_or_other_options_mean_another_archive(tmp_path):
    jar = tmp_path / "fop.jar"
    shutil.copyfile(fop_warm.classpath()[-1], jar)
    jvm = Path(sys.executable)  # any file: the key notes its path, size and time
    options = ("-XX:TieredStopAtLevel=1",)
    first = fop_cds.key(jvm, [str(jar)], options)
    assert fop_cds.key(jvm, [str(jar)], options) == first
    assert fop_cds.key(jvm, [str(jar)], ()) != first
    os.utime(jar, ns=(0, 0))  # the jar replaced: another time
    assert fop_cds.key(jvm, [str(jar)], options) != first
