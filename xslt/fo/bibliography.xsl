<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Citations, titles, the works-cited list (back/listBibl) and the work a citation's reference
     note points to. A citation stays in the text as the source printed it, a link to the entry
     it cites; its reference note (common/notes.xsl, common/bibliography.xsl) follows it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <!-- Books, periodicals, series: italic. Articles and unpublished works (level a, u) keep the
       quotation marks the text gives them, in roman, as does a title known by its marks alone (no
       level); a title within a title turns roman. -->
  <xsl:template match="tei:title[not(@level = 'a' or @level = 'u')
                       and not(not(@level) and contains('‘“&quot;', substring(normalize-space(.), 1, 1)))]">
    <fo:inline xsl:use-attribute-sets="title.properties">
      <xsl:if test="ancestor::tei:title[not(@level = 'a' or @level = 'u')]">
        <xsl:attribute name="font-style">normal</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A citation in the text: its words, a link to the entry it cites (in the works cited or in a
       reference list the source printed); after a block quotation, a line of its own, set to the
       right. -->
  <xsl:template match="tei:text//tei:bibl[not(ancestor::tei:listBibl or ancestor::tei:bibl)]">
    <xsl:choose>
      <xsl:when test="parent::tei:cit[tei:p | tei:ab | tei:lg | tei:list | */tei:p]">
        <fo:block text-align="end"><xsl:call-template name="bibliography.citation"/></fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="bibliography.citation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="bibliography.citation">
    <xsl:variable name="entry">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@corresp"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$entry != '' and key('id', $entry)[self::tei:bibl][parent::tei:listBibl]">
        <fo:basic-link internal-destination="{$entry}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:variable name="work-id"><xsl:call-template name="citation.work-id"/></xsl:variable>
    <xsl:if test="$work-id != ''"><xsl:call-template name="citation.note"/></xsl:if>
  </xsl:template>

  <!-- A short title in a reference note: in italics as the title is in the text. -->
  <xsl:template match="tei:title" mode="citation.short-title">
    <xsl:choose>
      <xsl:when test="@level = 'a' or @level = 'u'"><xsl:call-template name="citation.short-title-words"/></xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="title.properties"><xsl:call-template name="citation.short-title-words"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:listBibl">
    <fo:block>
      <xsl:call-template name="pages.last-page.keeps"/>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <fo:block xsl:use-attribute-sets="heading.back.properties">
        <xsl:call-template name="bibliography.heading"/>
      </fo:block>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </fo:block>
  </xsl:template>

  <!-- The list's own head, else the label "Works cited". -->
  <xsl:template name="bibliography.heading">
    <xsl:choose>
      <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head[1])"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'works-cited'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- No entry alone at the head or the foot of a page, as no line of a paragraph (widows,
       orphans): the first keeps with the next, the last with the one before. -->
  <xsl:template match="tei:listBibl/tei:bibl">
    <fo:block xsl:use-attribute-sets="entry.properties">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:if test="not(preceding-sibling::tei:bibl)">
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:if>
      <xsl:if test="not(following-sibling::tei:bibl)">
        <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="pages.last-page.keeps"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- The work in a citation's note: the entry's words, a link to the entry. -->
  <xsl:template match="tei:bibl" mode="citation.work">
    <fo:basic-link>
      <xsl:attribute name="internal-destination"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </fo:basic-link>
  </xsl:template>

</xsl:stylesheet>
