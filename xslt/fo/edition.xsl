<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The print edition: TEI P5 (as docs/ENCODING.md describes it) to XSL-FO 1.1 for Apache FOP.
     This driver only lists the modules, in one precedence (xsl:include, as DocBook's drivers do),
     so that template priorities decide; to customise, import this file and override a
     template, a parameter (fo/params.xsl, common/params.xsl) or an attribute set
     (fo/styles.xsl). The common modules decide; the fo modules draw (see xslt/README.md). -->
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
  <xsl:include href="styles.xsl"/>
  <xsl:include href="pages.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="titlepage.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="quotation.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="index.xsl"/>

</xsl:stylesheet>
