# SPDX-License-Identifier: MIT
"""The package's regular expressions, compiled once and kept between runs.

The recognition rules are written as a few hundred module-level patterns, and Python compiles a
pattern with a parser and a compiler written in Python: at every start of a process that costs
``edition encode`` about 90 ms, a fifth of its time (bench/toolchain.py, issue 16). What the
compiler makes — the pattern's code, a list of integers, and its groups — is the same every
time for one Python, so it is kept in the user's cache (``$XDG_CACHE_HOME/edition/``, else
``~/.cache/edition/``) and handed straight to the regular expression engine the next time.

Only the package's own constants are kept: patterns compiled by a module of ``edition`` at its
import (an article's names, a note's number are compiled afresh and forgotten, so the file does
not grow with the texts). The file is named for the interpreter and the engine's version, read
with ``marshal`` (plain data, nothing executed), and the engine checks every code it is given; a
file that does not fit, or cannot be read or written, only means compiling as Python does.
``EDITION_REGEX_CACHE=off`` turns it off.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
from pathlib import Path

try:  # the engine and the compiler the re module uses (CPython)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: nothing to keep
    _sre = _compiler = _parser = None

# (pattern, flags) -> what _sre.compile takes after them, the code as the bytes of 32-bit words
# (read as one string and turned into a list at once: a list of ints marshalled one by one
# took longer to read than the compiling it saves)
_known: dict[tuple[str, int], tuple] = {}
_new: dict[tuple[str, int], tuple] = {}
_WORD = next((t for t in "IL" if array.array(t).itemsize == 4), "I")  # the engine's code word
_compile = None  # the compiler's own compile, once install() has put ours in its place


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    tag = f"{sys.implementation.cache_tag}-{sys.version_info.micro}-{getattr(_sre, 'MAGIC', 0)}"
    return Path(base) / "edition" / f"regex-{tag}.marshal"


def install() -> None:
    """Read the kept patterns and compile through them from now on (once per process)."""
    global _compile
    if _compile is not None or _sre is None or os.environ.get("EDITION_REGEX_CACHE") == "off":
        return
    if not callable(getattr(_compiler, "compile", None)) or not hasattr(_compiler, "_code"):
        return
    try:
        known = marshal.loads(cache_file().read_bytes())  # (a file object is read a byte at a time)
        if isinstance(known, dict):
            _known.update(known)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    _compile = _compiler.compile
    _compiler.compile = _cached_compile
    atexit.register(save)


def _cached_compile(p, flags=0):
    """``re._compiler.compile`` for a pattern the re module has not compiled in this process."""
    flags = int(flags)
    if not isinstance(p, str) or flags & re.DEBUG:
        return _compile(p, flags)
    kept = _known.get((p, flags))
    if kept is not None:
        try:
            final, code, groups, groupindex, indexgroup = kept
            return _sre.compile(p, final, array.array(_WORD, code).tolist(), groups, groupindex,
                                indexgroup)
        except (RuntimeError, TypeError, ValueError):  # not this engine's code: compile afresh
            del _known[(p, flags)]
    if not _a_constant_of_ours():
        return _compile(p, flags)
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    kept = (int(flags | parsed.state.flags), array.array(_WORD, code).tobytes(),
            int(parsed.state.groups - 1), groupindex, tuple(indexgroup))
    _known[(p, flags)] = _new[(p, flags)] = kept
    return _sre.compile(p, kept[0], [int(c) for c in code], *kept[2:])


def _a_constant_of_ours() -> bool:
    """Whether the pattern being compiled is a module-level constant of the package (a frame
    that is an ``edition`` module's body, a few calls up: re.compile, re._compile, here)."""
    frame = sys._getframe(2)
    for _ in range(4):
        if frame is None:
            return False
        if frame.f_code.co_name == "<module>":
            name = str(frame.f_globals.get("__name__", ""))
            return name == "edition" or name.startswith("edition.")
        frame = frame.f_back
    return False


def save() -> None:
    """At the process's end, the patterns it compiled anew join the kept ones (written whole,
    then moved into place: a reader never sees half a file). Once: a process that ends at once
    (``edition.render.fop_warm.end_process``) calls it itself."""
    if not _new:
        return
    atexit.unregister(save)
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with open(part, "wb") as f:
            marshal.dump(_known, f)
        os.replace(part, path)
    except (OSError, ValueError):
        pass
    _new.clear()
