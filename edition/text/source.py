# SPDX-License-Identifier: MIT
"""Reading a source text: bytes checked, decoded, and kept with their checksum and positions."""

from __future__ import annotations

import bisect
import codecs
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from edition.errors import EditionError, read_input

# What XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets): refused, never dropped.
NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_END = re.compile(r"\r\n|\r|\n")  # CRLF, CR and LF each end a line


@dataclass(frozen=True)
class Source:
    """A source text as read from disk.

    ``text`` is the decoded text with a leading byte-order mark removed (it marks the encoding, it
    is not part of the text); ``sha256`` is the checksum of the file's bytes, as archives check it.
    """

    path: Path
    text: str
    sha256: str
    encoding: str = "utf-8"
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0] + [m.end() for m in _LINE_END.finditer(self.text)]
        object.__setattr__(self, "_line_starts", starts)

    @property
    def name(self) -> str:
        return str(self.path)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (CRLF, CR and LF all end a line)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


# An article, however long, is a few hundred kilobytes; a text many times larger is almost
# certainly not one (a whole book, a log file, a wrong path). The limit is what encodes within a
# minute on a two-core machine even when every paragraph holds quotations nested in one another
# or citations (bench/growth_encode.py: 6 MB in 42-50 s, 450-680 MB; real articles, strung
# together, encode about five times faster).
MAX_BYTES = 6 * 1024 * 1024


_NOT_FOR_TEXT = frozenset({"undefined", "punycode", "idna"})
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_source(path: str | Path, encoding: str = "utf-8", max_bytes: int | None = MAX_BYTES) -> Source:
    """Read and decode the source text at ``path``.

    Raises ``EditionError`` for a missing file, a directory, an empty file, bytes that are not in
    ``encoding`` (naming the byte, its offset, line and column), or an unknown codec.
    """
    path = Path(path)
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    # (a codec that makes no text of bytes — rot13, base64, zlib — or one that only fails:
    # "undefined"; "punycode" and "idna" are for domain names)
    if info is None or not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_TEXT:
        raise EditionError(f"unknown text encoding {encoding!r}", str(path),
                           hint="use a Python codec name such as utf-8, latin-1 or cp1252") from None
    codec = info.name
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_input says why the file cannot be read
    if max_bytes is not None and size > max_bytes:
        raise EditionError(f"{size / 1024 / 1024:.1f} MB is too large for an article (the limit is "
                           f"{max_bytes / 1024 / 1024:.0f} MB)", str(path),
                           hint="split it into articles, or raise the limit with --max-size")
    data = read_input(path, "file")
    return decode_source(data, path, codec)


def decode_source(data: bytes, path: str | Path, encoding: str = "utf-8") -> Source:
    """A ``Source`` from the bytes of a file (see ``read_source``); ``path`` names it in messages."""
    path = Path(path)
    codec = encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        # (a byte-order mark of UTF-16 or UTF-32 says which it is)
        marked = next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), None)
        raise EditionError(
            f"not valid {encoding}: byte 0x{data[err.start]:02X} at offset {err.start}",
            str(path), line, column,
            hint=f"the file opens with the byte-order mark of {marked}: say so with --encoding {marked}"
            if marked and marked != codecs.lookup(codec).name else
            "if the file is in another encoding, say which with --encoding, e.g. --encoding cp1252",
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EditionError("empty file: there is no text to encode", str(path))
    source = Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=codec)
    bad = NOT_XML_CHAR.search(text)
    if bad:
        line, column = source.line_col(bad.start())
        raise EditionError(f"character U+{ord(bad.group()):04X} cannot be held in XML 1.0 (a "
                           f"control character); remove or replace it", str(path), line, column)
    return source
