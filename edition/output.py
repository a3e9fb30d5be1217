# SPDX-License-Identifier: MIT
"""Writing outputs so that a failure never leaves a partial file: temporary name, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from edition.errors import EditionError


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
