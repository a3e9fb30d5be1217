<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Names are set as the text gives them. Each one an index counts is an anchor with the id the
     common modules number (persons: common/index.xsl; organisations, places: common/registers.xsl),
     so that the index pages link to every occurrence; data-ref names the register entry. Names
     are not links themselves: a paragraph with ten names would be ten stops for the keyboard. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:persName">
    <span class="persname">
      <xsl:variable name="anchor"><xsl:call-template name="index.anchor-id"/></xsl:variable>
      <xsl:if test="$anchor != ''"><xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:call-template name="names.ref"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:orgName | tei:placeName">
    <span class="{translate(local-name(), 'N', 'n')}">
      <xsl:variable name="anchor"><xsl:call-template name="registers.anchor-id"/></xsl:variable>
      <xsl:if test="$anchor != ''"><xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:call-template name="names.ref"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template name="names.ref">
    <xsl:if test="@ref">
      <xsl:attribute name="data-ref">
        <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
