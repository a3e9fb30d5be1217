<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Editorial interventions in print: the hook common/editorial.xsl calls. Supplied text is set
     in supplied.properties (plain by default: its marks say enough); a correction or regular form
     is set like the text around it, its note saying what the source printed. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template name="editorial.inline">
    <xsl:param name="style"/>
    <xsl:param name="content"/>
    <xsl:choose>
      <xsl:when test="$style = 'supplied'">
        <fo:inline xsl:use-attribute-sets="supplied.properties"><xsl:copy-of select="$content"/></fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
