<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Citations, titles and the works-cited list, as in print: a citation stays in the text as the
     source printed it, a link to the entry it cites, and its reference note (a, b, c …:
     common/notes.xsl, common/bibliography.xsl) follows it as a footnote. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" exclude-result-prefixes="tei">

  <!-- Books, periodicals, series: italic; articles and unpublished works keep their marks. -->
  <xsl:template match="tei:title[not(@level = 'a' or @level = 'u')]">
    <i class="title"><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="tei:text//tei:bibl[not(ancestor::tei:listBibl or ancestor::tei:bibl)]">
    <xsl:choose>
      <xsl:when test="parent::tei:cit[tei:p | tei:ab | tei:lg | tei:list | */tei:p]">
        <p class="cit-bibl"><xsl:call-template name="bibliography.citation"/></p>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="bibliography.citation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="bibliography.citation">
    <xsl:variable name="entry">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@corresp"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <!-- not when a note's mark is inside it: links do not nest -->
      <xsl:when test="$entry != '' and key('id', $entry)[self::tei:bibl][parent::tei:listBibl]
                      and not(.//tei:choice[tei:sic or tei:orig])">
        <a class="citation" href="#{$entry}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
    <xsl:variable name="work-id"><xsl:call-template name="citation.work-id"/></xsl:variable>
    <xsl:if test="$work-id != ''"><xsl:call-template name="citation.note"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:title" mode="citation.short-title">
    <xsl:choose>
      <xsl:when test="@level = 'a' or @level = 'u'"><xsl:call-template name="citation.short-title-words"/></xsl:when>
      <xsl:otherwise><i class="title"><xsl:call-template name="citation.short-title-words"/></i></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:listBibl">
    <section>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:if test="parent::tei:back">
        <xsl:attribute name="epub:type">bibliography</xsl:attribute>
      </xsl:if>
      <!-- the edition's list is headed; one the source printed has its own head, if any -->
      <xsl:if test="parent::tei:back or tei:head">
        <h2><xsl:call-template name="bibliography.heading"/></h2>
      </xsl:if>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </section>
  </xsl:template>

  <xsl:template name="bibliography.heading">
    <xsl:choose>
      <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head[1])"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'works-cited'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:listBibl/tei:bibl">
    <p class="entry">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- The work in a citation's note: the entry's words, a link to the entry. -->
  <xsl:template match="tei:bibl" mode="citation.work">
    <a>
      <xsl:attribute name="href">#<xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </a>
  </xsl:template>

</xsl:stylesheet>
