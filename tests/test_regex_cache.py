# SPDX-License-Identifier: MIT
"""The package's regular expressions kept compiled between runs (edition.regex_cache): what the
kept code matches is what Python's own compiler's matches, only the package's constants are
kept, and a file that does not fit is compiled around."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from support import SEED

ROOT = Path(__file__).resolve().parents[1]

# in a child with its own cache: import the rules, then say what they compile to and match
CHILD = r"""
import json, re, sys
import edition.regex_cache as rc
import edition.markup.citations, edition.markup.speech, edition.structure.headings
text = open(sys.argv[1], encoding="utf-8").read()
found = {}
for (pattern, flags) in list(rc._known)[:400]:
    p = re.compile(pattern, flags)
    found[pattern] = [m.span() for m in p.finditer(text)][:50]
print(json.dumps({"file": str(rc.cache_file()), "kept": len(rc._known), "new": len(rc._new),
                  "found": found}))
"""


def _child(tmp_path: Path, env: dict | None = None) -> dict:
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), **(env or {})}
    out = subprocess.run([sys.executable, "-c", CHILD, str(SEED)], cwd=ROOT, env=environment,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_kept_patterns_match_as_pythons_own_compile(tmp_path):
    first = _child(tmp_path)
    assert first["new"] > 100  # the rules' constants, compiled and kept at the first run
    kept = Path(first["file"])
    assert kept.is_file()
    second = _child(tmp_path)
    assert second["new"] == 0 and second["kept"] == first["kept"]  # all taken from the file
    assert second["found"] == first["found"]
    plain = _child(tmp_path, {"EDITION_REGEX_CACHE": "off"})
    assert plain["kept"] == 0
    # what the kept code finds in the seed is what a pattern compiled afresh finds
    for pattern, spans in second["found"].items():
        assert [list(s) for s in spans] == [list(s) for s in first["found"][pattern]]
    import re
    with open(kept, "rb") as f:
        entries = marshal.load(f)
    text = SEED.read_text(encoding="utf-8")
    for (pattern, flags) in list(entries)[:400]:
        fresh = re.compile(pattern, flags)
        assert [m.span() for m in fresh.finditer(text)][:50] == [
            tuple(s) for s in second["found"][pattern]]


def test_only_the_packages_constants_are_kept(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = ("import re, edition.regex_cache as rc; re.compile(r'a dynamic (pattern) of a text'); "
            "print(len(rc._new), any('dynamic' in p for p, _ in rc._new))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["0", "False"]  # edition/__init__ compiles none; the caller's is not kept


def test_a_file_that_does_not_fit_is_compiled_around(tmp_path):
    first = _child(tmp_path)
    path = Path(first["file"])
    # every kept code replaced by nonsense: the engine refuses it, the pattern is compiled afresh
    entries = marshal.loads(path.read_bytes())
    broken = {key: (flags, bytes(12), groups, index, names)
              for key, (flags, code, groups, index, names) in entries.items()}
    path.write_bytes(marshal.dumps(broken))
    assert _child(tmp_path)["found"] == first["found"]
    path.write_bytes(b"not marshal data at all")
    assert _child(tmp_path)["found"] == first["found"]
