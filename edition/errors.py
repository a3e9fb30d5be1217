# SPDX-License-Identifier: MIT
"""Errors a user can act on. The CLI prints them as one line and exits non-zero."""

from __future__ import annotations


class EditionError(Exception):
    """A problem with the user's input or environment, reported without a traceback.

    ``path``, ``line`` and ``column`` (1-based) locate the problem when known;
    ``str(err)`` gives the ``file:line:column: message`` form editors and IDEs understand.
    """

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class LosslessnessError(EditionError):
    """The TEI does not hold the source text exactly (see ENCODING.md, the losslessness rule)."""


def as_user_error(err: BaseException, path=None) -> EditionError | None:
    """``err`` as the user can act on it: an ``EditionError`` as it is (placed in ``path``
    when it names no file), a failure of the system (a full disk, a file that cannot be
    written, memory run out) as an ``EditionError`` that says so; ``None`` for a bug of ours."""
    if isinstance(err, EditionError):
        if err.path is None and path is not None:
            err.path = str(path)
        return err
    if isinstance(err, OSError):
        files = " -> ".join(str(f) for f in (err.filename, err.filename2) if f is not None)
        reason = err.strerror or str(err) or type(err).__name__
        return EditionError(reason[:1].lower() + reason[1:], files or (str(path) if path else None))
    if isinstance(err, MemoryError):
        return EditionError("out of memory", str(path) if path else None,
                            hint="build fewer texts at once (--jobs), or give less input")
    return None


def internal_error(err: BaseException, path=None) -> str:
    """How a bug of ours is reported: plainly, with the file it happened on."""
    where = f"{path}: " if path is not None else ""
    return (f"{where}internal error: {type(err).__name__}: {err} (this is a bug in edition; "
            "run with EDITION_DEBUG=1 for the traceback and report it)")


def read_input(path, kind: str) -> bytes:
    """The bytes of the input file ``path`` (a ``kind`` such as "text file", "XML file"), or an
    ``EditionError`` that says plainly why it cannot be read."""
    from pathlib import Path

    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise EditionError(f"no such {kind}", str(path)) from None
    except IsADirectoryError:
        raise EditionError(f"is a directory, not a {kind}", str(path)) from None
    except PermissionError:
        raise EditionError("permission denied", str(path)) from None
    except OSError as err:
        raise EditionError(f"cannot read: {err.strerror or err}", str(path)) from None
