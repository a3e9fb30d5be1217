<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The web edition: TEI P5 (as docs/ENCODING.md describes it) to the pages of a static site,
     one page per run ($page, html/params.xsl), from a TEI document or from a teiCorpus of several.
     This driver only lists the modules, in one precedence (xsl:include, as fo/edition.xsl does),
     so that template priorities decide; to customise, import this file and override a template
     or a parameter (html/params.xsl, common/params.xsl). The common modules decide; the html
     modules draw, with the fo modules' names where they draw the same thing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/ids.xsl"/>
  <xsl:include href="../common/header.xsl"/>
  <xsl:include href="../common/quotation.xsl"/>
  <xsl:include href="../common/bibliography.xsl"/>
  <xsl:include href="../common/editorial.xsl"/>
  <xsl:include href="../common/notes.xsl"/>
  <xsl:include href="../common/numbering.xsl"/>
  <xsl:include href="../common/index.xsl"/>
  <xsl:include href="../common/registers.xsl"/>

  <xsl:include href="params.xsl"/>
  <xsl:include href="shell.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="reading.xsl"/>
  <xsl:include href="titlepage.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="quotation.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="about.xsl"/>
  <xsl:include href="cite.xsl"/>
  <xsl:include href="search.xsl"/>
  <xsl:include href="corpus.xsl"/>

</xsl:stylesheet>
