<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The words only the EPUB edition adds (the rest come from common/l10n.xsl, by the same rule:
     an unknown key stops the transform). To translate: add an l:language block. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" xmlns:l="urn:x-edition:l10n"
    exclude-result-prefixes="exsl l">

  <xsl:variable name="epub.labels.table">
    <l:language lang="en">
      <l:gentext key="epub.cover">Cover</l:gentext>
      <l:gentext key="epub.cover.alt">Cover: {title}, by {author}</l:gentext>
      <l:gentext key="epub.titlepage">Title page</l:gentext>
      <l:gentext key="epub.text">Text</l:gentext>
      <l:gentext key="epub.landmarks">Landmarks</l:gentext>
      <l:gentext key="epub.pages">Pages of the print edition</l:gentext>
      <l:gentext key="epub.notes">Notes</l:gentext>
      <l:gentext key="epub.edition">EPUB edition,</l:gentext>
      <l:gentext key="epub.sign.paragraph">Paragraph numbers stand before each paragraph, as in the margin of the print edition; the page numbers of the print edition are marked in the text and listed in the navigation.</l:gentext>
      <l:gentext key="epub.sign.paragraph.no-pages">Paragraph numbers stand before each paragraph, as in the margin of the print edition.</l:gentext>
      <l:gentext key="epub.index.intro">Each place is cited by its paragraph number (¶), which links to it in the text.</l:gentext>
      <l:gentext key="epub.fonts">The text is set in Linux Libertine (© 2003–2009 Philipp H. Poll), embedded under the SIL Open Font License 1.1 (fonts/OFL.txt).</l:gentext>
      <l:gentext key="epub.a11y.summary">The text has its headings, paragraphs, lists, quotations and notes marked up, a table of contents and landmarks, and reads in one order with its footnotes linked both ways; it has no images but the cover, which has a text alternative, and no sound, video or animation.</l:gentext>
      <l:gentext key="epub.a11y.summary.pages">Page breaks of the print edition are marked and listed.</l:gentext>
    </l:language>
  </xsl:variable>

  <xsl:variable name="epub.labels.nodes" select="exsl:node-set($epub.labels.table)"/>
  <xsl:key name="epub.labels" match="l:gentext" use="concat(../@lang, '|', @key)"/>

  <xsl:template name="epub.label">
    <xsl:param name="key"/>
    <xsl:variable name="base" select="substring-before(concat($l10n.language, '-'), '-')"/>
    <xsl:for-each select="$epub.labels.nodes">
      <xsl:variable name="general" select="key('epub.labels', concat($base, '|', $key))"/>
      <xsl:variable name="english" select="key('epub.labels', concat('en|', $key))"/>
      <xsl:choose>
        <xsl:when test="$general"><xsl:value-of select="$general"/></xsl:when>
        <xsl:when test="$english"><xsl:value-of select="$english"/></xsl:when>
        <xsl:otherwise>
          <xsl:message terminate="yes">edition: no label for key '<xsl:value-of select="$key"/>'</xsl:message>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
