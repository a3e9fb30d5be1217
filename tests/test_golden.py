# SPDX-License-Identifier: MIT
"""The seed's TEI, byte for byte. Refresh after an intended change:

    EDITION_ACCEPT=1 python3 -m pytest tests/test_golden.py
"""

from edition.encoder import encode_path
from golden import check_golden

from support import SEED


def test_seed_tei_matches_golden():
    check_golden(SEED.with_suffix(".xml").name, encode_path(SEED).tei)
