<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Quotation and speech in print: the hooks common/quotation.xsl calls. A block quotation (or
     block of speech) is indented and a size smaller; an inline one is just its text, marks and
     all, as the source printed it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <xsl:template name="quotation.block">
    <xsl:param name="style"/>
    <fo:block xsl:use-attribute-sets="blockquote.properties" role="BlockQuote">
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template name="quotation.inline">
    <xsl:param name="style"/>
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
