# SPDX-License-Identifier: MIT
"""TEI built: header, title page and text from the recognised document; serialisation."""
