# SPDX-License-Identifier: MIT
"""Recognition measured on real text: an article's truth, written by hand (``truth.py``), against
what the encoder made of it (``observe.py``), scored as found / missed / spurious (``score.py``).

The development corpus and the truth format: ``tests/data/corpus/README.md``; the report:
``python3 bench/fidelity.py``.
"""
