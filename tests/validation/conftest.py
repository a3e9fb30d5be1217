# SPDX-License-Identifier: MIT
"""Fixtures for the validation tests: the documents that must pass, the seed's edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.encoder import encode_path

from support import SAMPLE, SEED

DATA = Path(__file__).resolve().parent.parent / "data"
VALID = [SAMPLE, *sorted((DATA / "valid").glob("*.xml"))]
INVALID = sorted((DATA / "invalid").glob("*.xml"))
ARTICLES = sorted((DATA / "articles").glob("*.txt"))  # other articles' conventions


@pytest.fixture(scope="session")
def seed_edition():
    """The seed encoded as the encoder writes it (``.tree``, ``.tei``)."""
    return encode_path(SEED)
