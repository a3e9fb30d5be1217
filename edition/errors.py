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
