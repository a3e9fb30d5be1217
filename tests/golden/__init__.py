# SPDX-License-Identifier: MIT
"""Golden files: outputs that should not drift. On a difference the test shows the diff and the
command that accepts the new output:

    EDITION_ACCEPT=1 python3 -m pytest tests/test_golden.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent
ACCEPT = "EDITION_ACCEPT=1 python3 -m pytest tests/test_golden.py"


def check_golden(name: str, data: bytes, accept: str = ACCEPT) -> None:
    """Assert ``data`` equals the golden file ``name`` (a path under tests/golden/); with
    EDITION_ACCEPT=1, rewrite it. ``accept`` is the command a failure tells the user to run."""
    path = GOLDEN / name
    if os.environ.get("EDITION_ACCEPT") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    if not path.exists():
        raise AssertionError(f"no golden file {path}; create it with: {accept}")
    expected = path.read_bytes()
    if data != expected:
        diff = difflib.unified_diff(expected.decode("utf-8").splitlines(),
                                    data.decode("utf-8").splitlines(),
                                    f"golden/{name}", "output", lineterm="", n=1)
        shown = "\n".join(list(diff)[:60])
        raise AssertionError(f"output differs from golden/{name}:\n{shown}\n\n"
                             f"If the change is intended, accept it with: {accept}")
