<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Names are set as the text gives them. A person's name carries the index anchor
     (common/index.xsl) the index of persons (epub/index.xsl) links to. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="tei">

  <xsl:template match="tei:persName">
    <xsl:variable name="anchor"><xsl:call-template name="index.anchor-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$anchor != ''">
        <span id="{$anchor}" class="person"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
