<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Quotation and speech (quote, said, q, cit). Their quotation marks are characters of the text
     (ENCODING.md: quotation marks="all"), so no output adds marks of its own, nor italics: these
     templates only decide block or inline, and hand the element to the output's hook
     quotation.block or quotation.inline (param style: the element's name), which processes its
     children. A quotation is a block when it holds paragraphs (a block quotation in a div). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:quote | tei:said | tei:q | tei:cit">
    <xsl:choose>
      <xsl:when test="tei:p | tei:ab | tei:lg | tei:list | */tei:p">
        <xsl:call-template name="quotation.block">
          <xsl:with-param name="style" select="local-name()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="quotation.inline">
          <xsl:with-param name="style" select="local-name()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
