<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Parameters of the print edition. Each has a default and a one-line comment; the shared ones
     (date, generator, language, marks for supplied text) are in common/params.xsl. Lengths are
     XSL-FO lengths: 16mm, 0.75in, 10pt. Values the stylesheets derive from them are below. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Paper: a5 (148 × 210 mm, the default), a4 (210 × 297 mm) or letter (8.5 × 11 in). -->
  <xsl:param name="page.size" select="'a5'"/>

  <!-- Margins from the paper's edges to the text; '' = by paper size (see page.margin below).
       Inner is the binding side: left on right-hand (odd) pages, right on left-hand ones. -->
  <xsl:param name="page.margin.top" select="''"/>
  <xsl:param name="page.margin.bottom" select="''"/>
  <xsl:param name="page.margin.inner" select="''"/>
  <xsl:param name="page.margin.outer" select="''"/>

  <!-- Font family of all text. It must be declared in the FOP configuration (fo/fop.xconf) so
       that FOP embeds it; a family FOP does not know falls back to an unembedded one. -->
  <xsl:param name="body.font.family" select="'Linux Libertine O'"/>

  <!-- Size of the reading text; '' = 10pt on A5, 12pt on A4 and Letter. -->
  <xsl:param name="body.font.size" select="''"/>

  <!-- Numbered notes (citations, corrections) as 'foot'notes or as 'end'notes after the text. -->
  <xsl:param name="notes.place" select="'foot'"/>

  <!-- The page each index anchor landed on, " _ix-1:3 _ix-2:5 ", read from a first FOP run
       (edition.render.pdf does this). '' = the index cites the page of every occurrence through
       fo:page-number-citation, which may repeat a page. -->
  <xsl:param name="index.pages" select="''"/>

  <!-- Paragraph numbers in the outer margin: how far from the text column the room for them
       reaches, and the space between them and the text. -->
  <xsl:param name="paragraph.number.width" select="'12mm'"/>
  <xsl:param name="paragraph.number.gap" select="'3mm'"/>

  <!-- The page each paragraph number landed on, " _pn-1:3 _pn-2:4 ", read from a first FOP run
       (edition.render.pdf does this), which tells the outer margin: right on a right-hand (odd)
       page, left on a left-hand one. '' = pages unknown: every number in the left margin. -->
  <xsl:param name="paragraph.pages" select="''"/>

  <!-- ==== derived values ==== -->

  <xsl:variable name="page.width">
    <xsl:choose>
      <xsl:when test="$page.size = 'a5'">148mm</xsl:when>
      <xsl:when test="$page.size = 'a4'">210mm</xsl:when>
      <xsl:otherwise>8.5in</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="page.height">
    <xsl:choose>
      <xsl:when test="$page.size = 'a5'">210mm</xsl:when>
      <xsl:when test="$page.size = 'a4'">297mm</xsl:when>
      <xsl:otherwise>11in</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- Default margins: a measure of about 65 characters (60 to 70 is a book's), the outer margin
       the widest, as a book's, and holding the paragraph numbers; a little more at the foot than
       at the head. -->
  <xsl:template name="page.margin">
    <xsl:param name="given"/>
    <xsl:param name="a5"/>
    <xsl:param name="a4"/>
    <xsl:param name="letter"/>
    <xsl:choose>
      <xsl:when test="$given != ''"><xsl:value-of select="$given"/></xsl:when>
      <xsl:when test="$page.size = 'a5'"><xsl:value-of select="$a5"/></xsl:when>
      <xsl:when test="$page.size = 'a4'"><xsl:value-of select="$a4"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$letter"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:variable name="margin.top">
    <xsl:call-template name="page.margin">
      <xsl:with-param name="given" select="$page.margin.top"/>
      <xsl:with-param name="a5" select="'18mm'"/><xsl:with-param name="a4" select="'25mm'"/>
      <xsl:with-param name="letter" select="'1in'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.bottom">
    <xsl:call-template name="page.margin">
      <xsl:with-param name="given" select="$page.margin.bottom"/>
      <xsl:with-param name="a5" select="'22mm'"/><xsl:with-param name="a4" select="'32mm'"/>
      <xsl:with-param name="letter" select="'1.2in'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.inner">
    <xsl:call-template name="page.margin">
      <xsl:with-param name="given" select="$page.margin.inner"/>
      <xsl:with-param name="a5" select="'22mm'"/><xsl:with-param name="a4" select="'40mm'"/>
      <xsl:with-param name="letter" select="'40mm'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.outer">
    <xsl:call-template name="page.margin">
      <xsl:with-param name="given" select="$page.margin.outer"/>
      <xsl:with-param name="a5" select="'30mm'"/><xsl:with-param name="a4" select="'58mm'"/>
      <xsl:with-param name="letter" select="'64mm'"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="font.size">
    <xsl:choose>
      <xsl:when test="$body.font.size != ''"><xsl:value-of select="$body.font.size"/></xsl:when>
      <xsl:when test="$page.size = 'a5'">10pt</xsl:when>
      <xsl:otherwise>12pt</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The index of persons: short entries, so in columns. -->
  <xsl:variable name="index.columns" select="2"/>
  <xsl:variable name="index.column.gap">
    <xsl:choose>
      <xsl:when test="$page.size = 'a5'">6mm</xsl:when>
      <xsl:otherwise>8mm</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- Stops on a value no template would understand (called first thing, from fo/pages.xsl). -->
  <xsl:template name="params.check">
    <xsl:if test="$notes.place != 'foot' and $notes.place != 'end'">
      <xsl:message terminate="yes">edition: unknown notes.place '<xsl:value-of select="$notes.place"/>' (foot or end)</xsl:message>
    </xsl:if>
    <xsl:if test="not($page.size = 'a5' or $page.size = 'a4' or $page.size = 'letter')">
      <xsl:message terminate="yes">edition: unknown page.size '<xsl:value-of select="$page.size"/>' (a5, a4 or letter)</xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- Language and country for hyphenation, from the TEI's xml:lang ("en-GB" -> en, GB). -->
  <xsl:variable name="hyphenation.language" select="substring-before(concat($l10n.language, '-'), '-')"/>
  <xsl:variable name="hyphenation.country" select="substring-after($l10n.language, '-')"/>

</xsl:stylesheet>
