# SPDX-License-Identifier: MIT
"""Tests of schema/ and edition.validation."""
