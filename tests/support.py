# SPDX-License-Identifier: MIT
"""What tests share besides fixtures: paths of the seed and test data, assertions.

Import it as ``from support import SEED`` (not from ``conftest``: several folders have a
conftest.py, and which one ``import conftest`` finds depends on the order pytest loads them).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "healy-1988-how-stalin-betrayed-october.txt"
SEED_EDITORIAL = SEED.with_suffix(".toml")
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "tests" / "data" / "sample.xml"  # copy of ../shared/encoding/sample.xml


def assert_valid(schema: etree.RelaxNG, tree) -> None:
    """Assert ``tree`` is valid, showing every error with its line when not."""
    if not schema.validate(tree):
        errors = "\n".join(f"{e.line}:{e.column}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"not valid:\n{errors}")


def encode_text(tmp_path: Path, text: str, editorial: str = "") -> etree._Element:
    """The TEI root the encoder makes of ``text``, with ``editorial`` as its editorial file (an
    empty one: what a new user gets)."""
    from edition.editorial import load_editorial
    from edition.encoder import encode_source
    from edition.text.source import Source

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "article.toml").write_text(editorial, encoding="utf-8")
    return encode_source(Source(path=path, text=text, sha256="0" * 64),
                         load_editorial(tmp_path / "article.toml")).tree.getroot()
