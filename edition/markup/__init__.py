# SPDX-License-Identifier: MIT
"""Scholarly markup: the inline rules (quotations, speech, citations, names, interventions)
that annotate block text with spans, and the builder that turns nested spans into TEI."""
