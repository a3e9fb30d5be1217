<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Editorial interventions: the hook common/editorial.xsl calls, and the reading chosen with
     reading.mode. Corrected (the default, as in print): supplied text between its marks, the
     correction or regular form in the text, its note saying what the source printed. Printed: the
     source's own form in the text and no supplied text; the notes keep their numbers and words. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="tei">

  <xsl:template name="editorial.inline">
    <xsl:param name="style"/>
    <xsl:param name="content"/>
    <xsl:choose>
      <xsl:when test="$style = 'supplied' and $reading.mode = 'printed'"/>
      <xsl:when test="$style = 'supplied'">
        <span class="supplied"><xsl:copy-of select="$content"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The printed reading of a choice: what the source printed (sic, orig). -->
  <xsl:template match="tei:choice/tei:corr[../tei:sic] | tei:choice/tei:reg[../tei:orig]" priority="1">
    <xsl:choose>
      <xsl:when test="$reading.mode = 'printed'">
        <xsl:apply-templates select="../tei:sic | ../tei:orig"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
