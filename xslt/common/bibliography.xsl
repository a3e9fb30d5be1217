<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Citations and works cited. A citation in the text becomes a numbered note (see
     common/notes.xsl): the reading text keeps only the note's mark; the note gives the citation as
     the source printed it, then the full entry of the work it points to (@corresp) in the
     works-cited list, which each output draws in mode citation.work (print: a link to the entry). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:text//tei:bibl[not(ancestor::tei:listBibl or ancestor::tei:bibl)]">
    <xsl:call-template name="note.make"/>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="note.body">
    <xsl:apply-templates/>
    <xsl:variable name="work-id">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@corresp"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="work" select="key('id', $work-id)[self::tei:bibl][ancestor::tei:listBibl]"/>
    <xsl:if test="$work">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'note.citation-work'"/></xsl:call-template>
      <xsl:apply-templates select="$work" mode="citation.work"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
