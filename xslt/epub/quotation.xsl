<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Quotation and speech: the hooks common/quotation.xsl calls. A block quotation (or block of
     speech) is a blockquote; an inline one its text, marks and all, as the source printed it,
     in a span that names its kind (quote, said, q, cit) for the stylesheet and for readers'
     own styles. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="tei">

  <xsl:template name="quotation.block">
    <xsl:param name="style"/>
    <blockquote class="{$style}">
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>

  <xsl:template name="quotation.inline">
    <xsl:param name="style"/>
    <span class="{$style}">
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

</xsl:stylesheet>
