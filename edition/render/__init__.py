# SPDX-License-Identifier: MIT
"""Rendering the TEI into editions.

    xslt    a safe XSLT 1.0 runner: stylesheets compiled once, string parameters, no file access
    fo      TEI -> XSL-FO (xslt/fo/edition.xsl) and the print edition's settings
    fop     Apache FOP as a subprocess: PDF/A-1b, or the intermediate format to read page numbers
    pdf     the print edition of one document: FO, the index pages from a first FOP run, the PDF
    html    TEI -> the web edition's pages (xslt/html/edition.xsl) and the web edition's settings
    search  the web edition's search index, read from its reading page
    site    the web edition as files: each document's pages, the corpus pages, the shipped assets
"""
