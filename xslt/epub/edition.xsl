<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The EPUB 3 edition: TEI P5 (as docs/ENCODING.md describes it) to the files of an EPUB
     publication, in one run: the result is an epub:files element holding each file of the
     container (package document, navigation document, XHTML content documents, cover), which
     edition.render.epub writes into the zip with the fonts and the stylesheet.
     This driver only lists the modules, in one precedence (xsl:include, as fo/edition.xsl does),
     so that template priorities decide; to customise, import this file and override a template
     or a parameter (epub/params.xsl, common/params.xsl). The common modules decide; the epub
     modules draw, with the fo modules' names where they draw the same thing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/ids.xsl"/>
  <xsl:include href="../common/numbering.xsl"/>
  <xsl:include href="../common/header.xsl"/>
  <xsl:include href="../common/quotation.xsl"/>
  <xsl:include href="../common/bibliography.xsl"/>
  <xsl:include href="../common/editorial.xsl"/>
  <xsl:include href="../common/notes.xsl"/>
  <xsl:include href="../common/index.xsl"/>

  <xsl:include href="params.xsl"/>
  <xsl:include href="labels.xsl"/>
  <xsl:include href="package.xsl"/>
  <xsl:include href="nav.xsl"/>
  <xsl:include href="titlepage.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="quotation.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="about.xsl"/>

</xsl:stylesheet>
