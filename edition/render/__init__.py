# SPDX-License-Identifier: MIT
"""Rendering the TEI into editions.

    xslt  a safe XSLT 1.0 runner: stylesheets compiled once, string parameters, no file access
    fo    TEI -> XSL-FO (xslt/fo/edition.xsl) and the print edition's settings
    fop   Apache FOP as a subprocess: PDF/A-1b, or the intermediate format to read page numbers
    pdf   the print edition of one document: FO, the index pages from a first FOP run, the PDF
"""
