<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The navigation document (nav.xhtml): the table of contents (the title page, the text with
     its sections' headings, the works cited, the index, about), the landmarks, and, when the
     print edition was laid out in the same build, an empty page list that
     edition.render.epub_pages fills with the print edition's pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" exclude-result-prefixes="tei">

  <xsl:template name="nav">
    <xsl:variable name="contents"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.contents'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="works" select="/tei:TEI/tei:text/tei:back/tei:listBibl[1]"/>
    <xsl:call-template name="epub.document">
      <xsl:with-param name="title" select="$contents"/>
      <xsl:with-param name="content">
        <nav epub:type="toc" id="toc" role="doc-toc">
          <h2><xsl:value-of select="$contents"/></h2>
          <ol>
            <li><a href="titlepage.xhtml"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.titlepage'"/></xsl:call-template></a></li>
            <li><a href="titlepage.xhtml#_about"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about'"/></xsl:call-template></a></li>
            <li>
              <a href="text.xhtml#_text-start"><xsl:value-of select="$epub.title"/></a>
              <xsl:call-template name="nav.sections">
                <xsl:with-param name="divs" select="/tei:TEI/tei:text/tei:body/tei:div[tei:head]"/>
              </xsl:call-template>
            </li>
            <xsl:for-each select="/tei:TEI/tei:text/tei:back/tei:listBibl">
              <li>
                <a><xsl:attribute name="href">text.xhtml#<xsl:call-template name="id.of"/></xsl:attribute><xsl:call-template name="bibliography.heading"/></a>
              </li>
            </xsl:for-each>
            <xsl:if test="$epub.has-index">
              <li><a href="index.xhtml"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template></a></li>
            </xsl:if>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.landmarks'"/></xsl:call-template></h2>
          <ol>
            <li><a epub:type="cover" href="cover.xhtml"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.cover'"/></xsl:call-template></a></li>
            <li><a epub:type="titlepage" href="titlepage.xhtml"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.titlepage'"/></xsl:call-template></a></li>
            <li><a epub:type="bodymatter" href="text.xhtml#_text-start"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.text'"/></xsl:call-template></a></li>
            <xsl:for-each select="$works">
              <li><a epub:type="bibliography"><xsl:attribute name="href">text.xhtml#<xsl:call-template name="id.of"/></xsl:attribute><xsl:call-template name="bibliography.heading"/></a></li>
            </xsl:for-each>
            <xsl:if test="$epub.has-index">
              <li><a epub:type="index" href="index.xhtml"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template></a></li>
            </xsl:if>
          </ol>
        </nav>
        <xsl:if test="$epub.page-list = 'yes'">
          <nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden">
            <h2><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.pages'"/></xsl:call-template></h2>
            <ol/>
          </nav>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The sections of the text with headings, nested as they are. -->
  <xsl:template name="nav.sections">
    <xsl:param name="divs"/>
    <xsl:if test="$divs">
      <ol>
        <xsl:for-each select="$divs">
          <li>
            <a><xsl:attribute name="href">text.xhtml#<xsl:call-template name="id.of"/></xsl:attribute><xsl:value-of select="normalize-space(tei:head[1])"/></a>
            <xsl:call-template name="nav.sections"><xsl:with-param name="divs" select="tei:div[tei:head]"/></xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
