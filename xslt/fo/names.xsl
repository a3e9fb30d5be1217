<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Names are set as the text gives them. A person's name is also an anchor the index points to
     (common/index.xsl): its id lets the first FOP run report the page it landed on, and it is
     kept on one line (person.properties). Names of organisations and places need no template:
     their text is enough. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <!-- the longest name kept on one line, in characters: a line holds about 64 -->
  <xsl:param name="person.one-line" select="40"/>

  <xsl:template match="tei:persName">
    <xsl:variable name="anchor"><xsl:call-template name="index.anchor-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$anchor != '' and string-length(normalize-space(.)) &lt;= $person.one-line">
        <fo:inline id="{$anchor}" xsl:use-attribute-sets="person.properties"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="$anchor != ''">
        <!-- longer than a line holds (a byline of many names taken as one): it may break -->
        <fo:inline id="{$anchor}"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
