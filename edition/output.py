# SPDX-License-Identifier: MIT
"""Writing outputs so that a failure never leaves a partial file (temporary name, then rename),
and a failed or interrupted build never leaves a partial site (``Staging``, ``output_folder``)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from edition.errors import EditionError
from edition.lock import FolderGone, output_lock


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and an atomic rename."""
    path = Path(path)
    if path.is_dir():
        raise EditionError("is a directory; give a file name for the output", str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as err:
        raise EditionError(f"cannot write here: {err.strerror or err}", str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(err, OSError):
            raise EditionError(f"cannot write: {err.strerror or err}", str(path)) from None
        raise


# Builds: each makes its files in a staging folder inside the output folder (the same file
# system, so that moving a file into place is a rename), and moves them there once all of a
# text's files are made: a build that fails or is interrupted leaves the site as it was.
STAGING_PREFIX = ".edition-staging."
STAGING = re.compile(r"^\.edition-staging\.[a-z0-9_]{8}$")
TEMPORARY_FILE = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")  # write_atomic's
TEMPORARY_FOLDER = re.compile(r"^\..+\.[a-z0-9_]{8}\.fop$")  # edition.render.pdf's


class Staging:
    """A folder where one build's files are made, laid out as they will be in ``out_dir``:
    ``commit()`` moves them into place; leaving the ``with`` block removes what is left."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        try:
            self.path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        except OSError as err:
            raise EditionError(f"cannot write here: {err.strerror or err}", str(out_dir)) from None

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def final(self, path: Path) -> Path:
        """Where ``path``, made in the staging folder, ends up."""
        try:
            return self.out_dir / Path(path).relative_to(self.path)
        except ValueError:
            return Path(path)

    def unstage(self, text: str) -> str:
        """A message about files made here, naming them where they end up."""
        return text.replace(str(self.path), str(self.out_dir))

    def keep(self, path: Path) -> Path | None:
        """Move ``path``, made here, out of the way of the clean-up and of the site (to a
        temporary folder of the system's), for the user to look at: the file an error points
        into (an FO that FOP refused). None if it is not a file made here."""
        path = Path(path)
        if self.path not in path.parents or not path.is_file():
            return None
        try:
            kept = Path(tempfile.mkdtemp(prefix="edition-failed-")) / path.name
            shutil.move(path, kept)
        except OSError:
            return None
        return kept

    def commit(self) -> None:
        """Move every file made into its place, replacing what is there; a file already there
        with the same content is left alone (the shared assets and schemas, mostly)."""
        for path in sorted(p for p in self.path.rglob("*") if not p.is_dir()):
            target = self.final(path)
            try:
                if _same_file_content(path, target):
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
            except OSError as err:
                raise EditionError(f"cannot write: {err.strerror or err}", str(target)) from None


def _same_file_content(new: Path, old: Path) -> bool:
    try:
        if not old.is_file() or old.stat().st_size != new.stat().st_size:
            return False
        return old.read_bytes() == new.read_bytes()
    except OSError:
        return False


def sweep(out_dir: Path) -> None:
    """Remove what a build killed in the middle of its work left in ``out_dir``: staging
    folders, the temporary files of ``write_atomic`` (``.NAME.XXXXXXXX.part``) and the print
    edition's work folders (``.NAME.XXXXXXXX.fop``). Only safe under the output folder's lock
    (``output_folder``): no other build can be writing them."""
    for path in out_dir.iterdir():  # builds write nowhere else: everything else is staged
        if path.is_dir() and (STAGING.match(path.name) or TEMPORARY_FOLDER.match(path.name)):
            shutil.rmtree(path, ignore_errors=True)
        elif path.is_file() and TEMPORARY_FILE.match(path.name):
            path.unlink(missing_ok=True)


@contextmanager
def output_folder(out_dir: Path, wait: bool | float = True,
                  on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """``out_dir``, made if missing and held for this build alone (``edition.lock``), cleared of
    what killed builds left. A folder made here and still empty at the end (the build refused
    its input) is removed again, with the parents made for it."""
    while True:
        made = _make_folders(out_dir)
        try:
            with output_lock(out_dir, wait, on_wait):
                sweep(out_dir)
                try:
                    yield out_dir
                finally:
                    sweep(out_dir)
            break
        except FolderGone:  # the build it waited for removed it (an empty one): make it again
            continue
        finally:
            for folder in reversed(made):  # innermost first; rmdir fails if not empty
                try:
                    folder.rmdir()
                except OSError:
                    break


def _make_folders(out_dir: Path) -> list[Path]:
    """Make ``out_dir`` and its missing parents; the folders made, outermost first."""
    missing = [folder for folder in (out_dir, *out_dir.parents) if not folder.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise EditionError(f"cannot make the output folder: {err.strerror or err}",
                           str(out_dir)) from None
    return list(reversed(missing))
