<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The article's opening as the source printed it (front/titlePage): author, title, imprint.
     The title is the page's h1. Without a title page, the header's title and author stand in. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="titlepage">
    <xsl:choose>
      <xsl:when test="/tei:TEI/tei:text/tei:front/tei:titlePage[tei:docTitle]">
        <xsl:apply-templates select="/tei:TEI/tei:text/tei:front"/>
      </xsl:when>
      <xsl:otherwise>
        <header class="title-page">
          <xsl:variable name="authors"><xsl:call-template name="meta.authors"/></xsl:variable>
          <xsl:if test="$authors != ''"><p class="doc-author"><xsl:value-of select="$authors"/></p></xsl:if>
          <h1 id="_title" class="doc-title"><xsl:call-template name="meta.title"/></h1>
        </header>
        <xsl:apply-templates select="/tei:TEI/tei:text/tei:front/*"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:front">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:titlePage">
    <header class="title-page"><xsl:apply-templates/></header>
  </xsl:template>

  <xsl:template match="tei:docAuthor">
    <p class="doc-author"><xsl:apply-templates/></p>
  </xsl:template>
  <!-- within a line (a byline: "By <docAuthor>…</docAuthor>") -->
  <xsl:template match="tei:byline/tei:docAuthor | tei:docImprint/tei:docAuthor">
    <span class="doc-author"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:docTitle">
    <h1 id="_title" class="doc-title"><xsl:apply-templates/></h1>
  </xsl:template>

  <!-- Title parts after the first each start a line of their own; a subtitle is smaller. -->
  <xsl:template match="tei:titlePart">
    <xsl:if test="preceding-sibling::tei:titlePart"><br/></xsl:if>
    <span class="title-part">
      <xsl:if test="@type"><xsl:attribute name="class">title-part title-part-<xsl:value-of select="@type"/></xsl:attribute></xsl:if><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:docImprint">
    <p class="doc-imprint"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:docDate">
    <time>
      <xsl:if test="@when"><xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <!-- Anything else on a title page (byline, epigraph…): a paragraph of its own. -->
  <xsl:template match="tei:titlePage/*" priority="-1">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

</xsl:stylesheet>
