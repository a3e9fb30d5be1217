<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The title page, from the teiHeader: author, title, the source it was first published in, and
     the edition statement; on its verso the colophon: the editorial principles and signs, the
     source file's checksum, the publication statement. No running heads, no page numbers. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <xsl:template name="titlepage">
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <fo:page-sequence master-reference="title" force-page-count="end-on-even" id="_titlepage">
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="titlepage.properties">
          <fo:block xsl:use-attribute-sets="titlepage.author.properties">
            <xsl:call-template name="meta.authors"/>
          </fo:block>
          <fo:block xsl:use-attribute-sets="titlepage.title.properties">
            <xsl:call-template name="meta.title"/>
          </fo:block>
          <!-- a translator's or an editor's line of the opening ("TRANSLATED BY LADY WALLACE."):
               no author of the header's, but the title page prints it -->
          <xsl:for-each select="$header/../tei:text/tei:front/tei:titlePage/tei:byline[not(tei:docAuthor)]">
            <fo:block xsl:use-attribute-sets="titlepage.source.properties">
              <xsl:value-of select="normalize-space(.)"/>
            </fo:block>
          </xsl:for-each>
          <xsl:variable name="subtitle"><xsl:call-template name="meta.subtitle"/></xsl:variable>
          <xsl:if test="$subtitle != ''">
            <fo:block font-size="1.3em"><xsl:value-of select="$subtitle"/></fo:block>
          </xsl:if>
          <xsl:if test="$header.source">
            <fo:block xsl:use-attribute-sets="titlepage.source.properties">
              <xsl:call-template name="source.intro"/>
              <fo:block><xsl:call-template name="source.description"/></fo:block>
            </fo:block>
          </xsl:if>
          <fo:block xsl:use-attribute-sets="titlepage.edition.properties">
            <xsl:call-template name="titlepage.edition-statement"/>
          </fo:block>
        </fo:block>
        <fo:block break-before="page" xsl:use-attribute-sets="colophon.properties">
          <xsl:call-template name="titlepage.colophon"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The header's editionStmt in prose if it has one; the editors, who encoded the text; then
       the edition, its version where one is declared and its one date (common/header.xsl
       meta.version-and-date: the date the web and the EPUB give, never a second one). -->
  <xsl:template name="titlepage.edition-statement">
    <xsl:variable name="stmt" select="$header/tei:fileDesc/tei:titleStmt"/>
    <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt[tei:p]">
      <fo:block><xsl:apply-templates select="tei:p"/></fo:block>
    </xsl:for-each>
    <xsl:if test="$stmt/tei:editor">
      <fo:block>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.edited-by'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="meta.editors"/>
      </fo:block>
    </xsl:if>
    <xsl:for-each select="$stmt/tei:respStmt">
      <fo:block>
        <xsl:value-of select="normalize-space(tei:resp)"/>
        <xsl:text>: </xsl:text>
        <xsl:for-each select="tei:name | tei:persName | tei:orgName">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </fo:block>
    </xsl:for-each>
    <fo:block>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.print'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="meta.version-and-date"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="titlepage.colophon">
    <xsl:variable name="decl" select="$header/tei:encodingDesc/tei:editorialDecl"/>
    <xsl:if test="$decl//tei:p">
      <fo:block xsl:use-attribute-sets="colophon.heading.properties">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.principles'"/></xsl:call-template>
      </fo:block>
      <!-- in a reader's words, as the web's and the EPUB's About give them (common/header.xsl) -->
      <xsl:for-each select="$decl/*">
        <xsl:variable name="prose"><xsl:call-template name="header.principle-prose"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="string($prose) != ''">
            <fo:block space-after="0.3em"><xsl:value-of select="$prose"/></fo:block>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="tei:p | self::tei:p">
              <fo:block space-after="0.3em"><xsl:apply-templates/></fo:block>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
    <fo:block xsl:use-attribute-sets="colophon.heading.properties">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.signs'"/></xsl:call-template>
    </fo:block>
    <fo:block>
      <xsl:value-of select="concat($supplied.open, ' ', $supplied.close, ' ')"/>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.supplied'"/></xsl:call-template>
    </fo:block>
    <fo:block space-after="0.3em">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.notes'"/></xsl:call-template>
    </fo:block>
    <xsl:call-template name="titlepage.how-to-cite"/>
    <xsl:variable name="publication" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <fo:block space-before="0.8em">
      <!-- not its date: the edition's, on the title page -->
      <xsl:for-each select="$publication/*[not(self::tei:date)]">
        <fo:block><xsl:apply-templates select="." mode="colophon"/></fo:block>
      </xsl:for-each>
    </fo:block>
    <xsl:for-each select="$header.source/tei:idno[@type = 'sha256']">
      <fo:block space-before="0.3em">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.checksum'"/></xsl:call-template>
        <fo:block font-size="0.9em" hyphenate="false"><xsl:value-of select="normalize-space(.)"/></fo:block>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- How to cite a place: paragraph and note, as the web edition does; the example is a place
       of this text, an editor's note halfway through (or the first paragraph). -->
  <xsl:template name="titlepage.how-to-cite">
    <fo:block xsl:use-attribute-sets="colophon.heading.properties">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite'"/></xsl:call-template>
    </fo:block>
    <xsl:variable name="noted" select="key('notes', 'all')[ancestor::tei:body and ancestor::tei:p]"/>
    <xsl:variable name="note" select="$noted[position() = ceiling(last() div 2)]"/>
    <fo:block space-after="0.3em">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.text'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <fo:inline keep-together.within-line="always">
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
      </fo:inline>
    </fo:block>
  </xsl:template>

  <!-- publicationStmt's children (publisher, availability …): their text, one a line. -->
  <xsl:template match="*" mode="colophon">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
