<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The reading text (text.xhtml): the article's opening (front/titlePage), sections and their
     headings, paragraphs with the print edition's numbers before them, lists, separators, line
     groups and the few inline renditions the TEI carries; the back matter as print sets it after
     the text; the footnotes last (epub/notes.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" exclude-result-prefixes="tei">

  <xsl:template name="text">
    <xsl:call-template name="epub.document">
      <xsl:with-param name="title" select="$epub.title"/>
      <xsl:with-param name="type" select="'bodymatter'"/>
      <xsl:with-param name="content">
        <section id="_text-start" epub:type="chapter">
          <xsl:if test="not(/tei:TEI/tei:text/tei:front/tei:titlePage/tei:docTitle)">
            <h1><xsl:value-of select="$epub.title"/></h1>
          </xsl:if>
          <xsl:apply-templates select="/tei:TEI/tei:text/tei:front | /tei:TEI/tei:text/tei:body"/>
        </section>
        <xsl:apply-templates select="/tei:TEI/tei:text/tei:back"/>
        <xsl:call-template name="notes.footnotes"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:titlePage">
    <header class="front"><xsl:apply-templates/></header>
  </xsl:template>
  <xsl:template match="tei:docAuthor">
    <p class="front-author"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:docTitle">
    <h1><xsl:apply-templates/></h1>
  </xsl:template>
  <xsl:template match="tei:titlePart">
    <span class="title-part"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:titlePart[@type = 'sub']">
    <xsl:text> </xsl:text><span class="subtitle"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:docImprint">
    <p class="front-imprint"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:div">
    <section>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- Headings: h1 is the title, a section's heading h2, a nested one a step lower (h6 at most). -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div[tei:head])"/>
    <xsl:element name="h{1 + $depth - ($depth &gt; 5) * ($depth - 5) + ($depth = 0)}">
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <p>
      <xsl:call-template name="id.copy"/>
      <xsl:if test="preceding-sibling::*[1][not(self::tei:head or self::tei:ab[@type = 'separator'])]">
        <xsl:attribute name="class">following</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="structure.number"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- The paragraph's (or list item's) number, the print margin's, before its first word. -->
  <xsl:template name="structure.number">
    <xsl:variable name="number"><xsl:call-template name="paragraph.number"/></xsl:variable>
    <xsl:if test="$number != ''">
      <span class="pnum"><xsl:value-of select="$number"/></span>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:ab[@type = 'separator']">
    <p class="separator"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A list: each item with the label the source gave it, else a number or a bullet. -->
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <ul class="list">
      <xsl:for-each select="tei:item">
        <li>
          <xsl:call-template name="id.copy"/>
          <xsl:call-template name="structure.number"/>
          <span class="label">
            <xsl:choose>
              <xsl:when test="preceding-sibling::*[1][self::tei:label]">
                <xsl:apply-templates select="preceding-sibling::*[1]/node()"/>
              </xsl:when>
              <xsl:when test="../@type = 'ordered'"><xsl:number count="tei:item" format="1."/></xsl:when>
              <xsl:otherwise>•</xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates/>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>
  <xsl:template match="tei:list/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <p class="l"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <xsl:template match="tei:hi[contains(@rend, 'bold')]">
    <b><xsl:apply-templates/></b>
  </xsl:template>
  <xsl:template match="tei:hi[contains(@rend, 'sup')]">
    <sup><xsl:apply-templates/></sup>
  </xsl:template>
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned">
    <i><xsl:apply-templates/></i>
  </xsl:template>

  <!-- Any other element standing as a block (byline, dateline, closer, an unexpected one): a
       block of its own, so that no text ever stands outside a block. -->
  <xsl:template match="tei:body/* | tei:div/* | tei:front/* | tei:back/* | tei:titlePage/*" priority="-1">
    <div class="block"><xsl:apply-templates/></div>
  </xsl:template>

</xsl:stylesheet>
