<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The cover and the title page, from the teiHeader as the print title page has them: author,
     title, subtitle, the source it was first published in, the edition statement. The cover is
     that page drawn as SVG (images/cover.svg, the package's cover-image), its lines broken by
     count of characters (no fonts are measured in XSLT), and shown by cover.xhtml. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" xmlns:svg="http://www.w3.org/2000/svg"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="tei exsl svg">

  <xsl:template name="titlepage">
    <xsl:variable name="title"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.titlepage'"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="epub.document">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="type" select="'frontmatter'"/>
      <xsl:with-param name="content">
        <section epub:type="titlepage" class="titlepage" id="_titlepage">
          <p class="titlepage-author"><xsl:value-of select="$epub.authors"/></p>
          <p class="titlepage-title"><xsl:value-of select="$epub.title"/></p>
          <xsl:variable name="subtitle"><xsl:call-template name="meta.subtitle"/></xsl:variable>
          <xsl:if test="$subtitle != ''"><p class="titlepage-subtitle"><xsl:value-of select="$subtitle"/></p></xsl:if>
          <xsl:if test="$header.source">
            <p class="titlepage-source">
              <xsl:call-template name="source.intro"/>
              <br/>
              <xsl:call-template name="source.description"/>
            </p>
          </xsl:if>
          <div class="titlepage-edition"><xsl:call-template name="titlepage.edition-statement"/></div>
        </section>
        <xsl:call-template name="about.section"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The header's editionStmt in prose if it has one, the editors, who encoded the text, and
       the edition with its version where one is declared and its one date (as print says it). -->
  <xsl:template name="titlepage.edition-statement">
    <xsl:variable name="stmt" select="$header/tei:fileDesc/tei:titleStmt"/>
    <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt[tei:p]">
      <p><xsl:apply-templates select="tei:p"/></p>
    </xsl:for-each>
    <xsl:if test="$stmt/tei:editor">
      <p>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.edited-by'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="meta.editors"/>
      </p>
    </xsl:if>
    <xsl:for-each select="$stmt/tei:respStmt">
      <p>
        <xsl:value-of select="normalize-space(tei:resp)"/>
        <xsl:text>: </xsl:text>
        <xsl:for-each select="tei:name | tei:persName | tei:orgName">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </p>
    </xsl:for-each>
    <p>
      <xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.edition'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="meta.version-and-date"/>
    </p>
  </xsl:template>

  <xsl:template name="cover">
    <xsl:variable name="title"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.cover'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="alt"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.cover.alt'"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="epub.document">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="type" select="'cover'"/>
      <xsl:with-param name="content">
        <section epub:type="cover" class="cover" id="_cover">
          <img src="images/cover.svg" role="doc-cover">
            <xsl:attribute name="alt">
              <xsl:value-of select="concat(substring-before($alt, '{title}'), $epub.title,
                  substring-before(substring-after($alt, '{title}'), '{author}'), $epub.authors,
                  substring-after($alt, '{author}'))"/>
            </xsl:attribute>
          </img>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The cover: 600 × 900, the title page's lines centred, a rule between author and title. -->
  <xsl:template name="cover.svg">
    <xsl:variable name="source"><xsl:call-template name="meta.subject"/></xsl:variable>
    <xsl:variable name="title-lines">
      <xsl:call-template name="cover.wrap"><xsl:with-param name="text" select="normalize-space($epub.title)"/><xsl:with-param name="width" select="20"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="source-lines">
      <xsl:call-template name="cover.wrap"><xsl:with-param name="text" select="normalize-space($source)"/><xsl:with-param name="width" select="40"/></xsl:call-template>
    </xsl:variable>
    <svg:svg version="1.1" viewBox="0 0 600 900" width="600" height="900">
      <svg:title><xsl:value-of select="concat($epub.title, ' — ', $epub.authors)"/></svg:title>
      <svg:rect x="0" y="0" width="600" height="900" fill="#f6f1e7"/>
      <svg:rect x="30" y="30" width="540" height="840" fill="none" stroke="#5a1e1e" stroke-width="3"/>
      <svg:g font-family="'Linux Libertine O', 'Linux Libertine', serif" text-anchor="middle" fill="#1a1a1a">
        <svg:text x="300" y="190" font-size="34" font-style="italic"><xsl:value-of select="$epub.authors"/></svg:text>
        <svg:line x1="200" y1="230" x2="400" y2="230" stroke="#5a1e1e" stroke-width="2"/>
        <xsl:for-each select="exsl:node-set($title-lines)/line">
          <svg:text x="300" y="{250 + position() * 62}" font-size="50"><xsl:value-of select="."/></svg:text>
        </xsl:for-each>
        <xsl:for-each select="exsl:node-set($source-lines)/line">
          <svg:text x="300" y="{700 + position() * 30}" font-size="22"><xsl:value-of select="."/></svg:text>
        </xsl:for-each>
      </svg:g>
    </svg:svg>
  </xsl:template>

  <!-- $text as <line>s of at most about $width characters, broken at spaces. -->
  <xsl:template name="cover.wrap">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:param name="line" select="''"/>
    <xsl:variable name="word" select="substring-before(concat($text, ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after($text, ' ')"/>
    <xsl:choose>
      <xsl:when test="$text = ''">
        <xsl:if test="$line != ''"><line xmlns=""><xsl:value-of select="$line"/></line></xsl:if>
      </xsl:when>
      <xsl:when test="$line != '' and string-length($line) + 1 + string-length($word) &gt; $width">
        <line xmlns=""><xsl:value-of select="$line"/></line>
        <xsl:call-template name="cover.wrap">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="width" select="$width"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="cover.wrap">
          <xsl:with-param name="text" select="$rest"/>
          <xsl:with-param name="width" select="$width"/>
          <xsl:with-param name="line" select="normalize-space(concat($line, ' ', $word))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
