<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- About this edition: the print colophon's matter, after the title page as in print
     (titlepage.xhtml): the source, the edition
     statement, the editorial principles and signs, how to cite a place (paragraph and note, the
     same in print, on the web and here; pages of the print edition in the page list), the
     publication statement, the source file's checksum, and the fonts' licence. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" exclude-result-prefixes="tei">

  <xsl:template name="about.section">
    <xsl:variable name="title"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about'"/></xsl:call-template></xsl:variable>
        <section epub:type="colophon" id="_about">
          <h2><xsl:value-of select="$title"/></h2>
          <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.source'"/></xsl:call-template></h3>
          <p>
            <xsl:if test="$epub.authors != ''"><xsl:value-of select="concat($epub.authors, ', ')"/></xsl:if>
            <i class="title"><xsl:value-of select="$epub.title"/></i>
            <xsl:if test="$header.source">
              <xsl:text>. </xsl:text>
              <xsl:call-template name="source.intro"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="source.description"/>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.edition'"/></xsl:call-template></h3>
          <xsl:call-template name="titlepage.edition-statement"/>
          <xsl:variable name="decl" select="$header/tei:encodingDesc/tei:editorialDecl"/>
          <xsl:if test="$decl//tei:p">
            <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.principles'"/></xsl:call-template></h3>
            <!-- in a reader's words, as the web's About page gives them (common/header.xsl) -->
            <xsl:for-each select="$decl/*">
              <xsl:variable name="prose"><xsl:call-template name="header.principle-prose"/></xsl:variable>
              <xsl:choose>
                <xsl:when test="string($prose) != ''"><p><xsl:value-of select="$prose"/></p></xsl:when>
                <xsl:otherwise>
                  <xsl:for-each select="tei:p | self::tei:p"><p><xsl:apply-templates/></p></xsl:for-each>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:if>
          <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.signs'"/></xsl:call-template></h3>
          <p>
            <xsl:value-of select="concat($supplied.open, ' ', $supplied.close, ' ')"/>
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.supplied'"/></xsl:call-template>
          </p>
          <p><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.notes'"/></xsl:call-template></p>
          <!-- the print edition's pages only where this EPUB lists them (a build with its PDF) -->
          <p><xsl:call-template name="epub.label"><xsl:with-param name="key" select="concat('epub.sign.paragraph', substring('.no-pages', 1, 9 * ($epub.page-list != 'yes')))"/></xsl:call-template></p>
          <xsl:call-template name="about.how-to-cite"/>
          <xsl:variable name="publication" select="$header/tei:fileDesc/tei:publicationStmt"/>
          <!-- not its date: the edition's, in the edition statement above -->
          <xsl:if test="$publication/*[not(self::tei:date)]">
            <div class="publication">
              <xsl:for-each select="$publication/*[not(self::tei:date)]"><p><xsl:apply-templates/></p></xsl:for-each>
            </div>
          </xsl:if>
          <xsl:for-each select="$header.source/tei:idno[@type = 'sha256']">
            <p class="checksum">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.checksum'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <code><xsl:value-of select="normalize-space(.)"/></code>
            </p>
          </xsl:for-each>
          <p class="fonts"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.fonts'"/></xsl:call-template></p>
        </section>
  </xsl:template>

  <!-- As the print colophon says it, the example a place of this text. -->
  <xsl:template name="about.how-to-cite">
    <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite'"/></xsl:call-template></h3>
    <xsl:variable name="noted" select="key('notes', 'all')[ancestor::tei:body and ancestor::tei:p]"/>
    <xsl:variable name="note" select="$noted[position() = ceiling(last() div 2)]"/>
    <p>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.text'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.paragraph'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="$note">
          <xsl:for-each select="$note/ancestor::tei:p[1]"><xsl:call-template name="paragraph.number"/></xsl:for-each>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.note'"/></xsl:call-template>
          <xsl:for-each select="$note"><xsl:call-template name="note.number"/></xsl:for-each>
        </xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

</xsl:stylesheet>
