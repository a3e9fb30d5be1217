<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- What the edition says about itself, from the teiHeader: title, author, source, date,
     keywords. Plain strings (for metadata and running heads) except source.description, which
     processes the source's titles so that each output can set them in italics. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="header.titles" select="$header/tei:fileDesc/tei:titleStmt/tei:title"/>
  <xsl:variable name="header.source"
      select="($header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'source']
               | $header/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>

  <xsl:template name="meta.title">
    <xsl:variable name="title">
      <xsl:apply-templates mode="text.reading"
          select="($header.titles[@type = 'main'] | $header.titles[not(@type)] | $header.titles)[1]"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($title)"/>
  </xsl:template>

  <!-- The title in running heads: a short title if the header gives one. -->
  <xsl:template name="meta.title.short">
    <xsl:choose>
      <xsl:when test="$header.titles[@type = 'short']">
        <xsl:value-of select="normalize-space($header.titles[@type = 'short'][1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="meta.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="meta.subtitle">
    <xsl:value-of select="normalize-space($header.titles[@type = 'sub'][1])"/>
  </xsl:template>

  <xsl:template name="meta.authors">
    <xsl:call-template name="names.join">
      <xsl:with-param name="names" select="$header/tei:fileDesc/tei:titleStmt/tei:author"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="meta.editors">
    <xsl:call-template name="names.join">
      <xsl:with-param name="names" select="$header/tei:fileDesc/tei:titleStmt/tei:editor"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "A", "A and B", "A, B and C". -->
  <xsl:template name="names.join">
    <xsl:param name="names"/>
    <xsl:for-each select="$names">
      <xsl:choose>
        <xsl:when test="position() = 1"/>
        <xsl:when test="position() = last()">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'names.and'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The date of this edition, its one date: the parameter (the build's: the TEI's own unless
       the build's date option fixes one, edition.render.fo.edition_date), else the date the
       header gives the edition (editionStmt, publicationStmt), else its latest revision. -->
  <xsl:template name="meta.date">
    <xsl:variable name="declared" select="($header/tei:fileDesc/tei:editionStmt/tei:edition/tei:date/@when
                                          | $header/tei:fileDesc/tei:publicationStmt/tei:date/@when)[1]"/>
    <xsl:choose>
      <xsl:when test="$edition.date != ''"><xsl:value-of select="$edition.date"/></xsl:when>
      <xsl:when test="$declared"><xsl:value-of select="$declared"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$header/tei:revisionDesc//tei:change[@when]">
          <xsl:sort select="@when" order="descending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="@when"/></xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The edition's version, as its editor declares it (editionStmt/edition/@n, else the
       edition's words); '' when none is declared: the edition is then known by its date alone
       (meta.date, the date print gives too), so that one date stands for it. -->
  <xsl:template name="meta.version">
    <xsl:variable name="declared" select="($header | /tei:teiCorpus/tei:teiHeader)/tei:fileDesc/tei:editionStmt/tei:edition[1]"/>
    <xsl:choose>
      <xsl:when test="normalize-space($declared/@n) != ''"><xsl:value-of select="normalize-space($declared/@n)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($declared)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "version 1.0, 25 November 2026" (the version only where one is declared): how the print
       and EPUB editions' statements name the edition, after their own words ("Print edition,"). -->
  <xsl:template name="meta.version-and-date">
    <xsl:variable name="version"><xsl:call-template name="meta.version"/></xsl:variable>
    <xsl:if test="$version != ''">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.version'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', $version, ', ')"/>
    </xsl:if>
    <xsl:call-template name="date.human">
      <xsl:with-param name="when"><xsl:call-template name="meta.date"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "1988-03-13" -> "13 March 1988", "1988-03" -> "March 1988", a year as it is. -->
  <xsl:template name="date.human">
    <xsl:param name="when"/>
    <xsl:variable name="month" select="number(substring($when, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($when, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($when) &gt;= 7 and $month &gt;= 1 and $month &lt;= 12">
        <xsl:if test="$day &gt;= 1"><xsl:value-of select="concat($day, ' ')"/></xsl:if>
        <xsl:variable name="months">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'date.months'"/></xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="date.word">
          <xsl:with-param name="words" select="concat(normalize-space($months), ' ')"/>
          <xsl:with-param name="n" select="$month"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', substring($when, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$when"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The $n-th word of $words (each followed by a space). -->
  <xsl:template name="date.word">
    <xsl:param name="words"/>
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &lt;= 1"><xsl:value-of select="substring-before($words, ' ')"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="date.word">
          <xsl:with-param name="words" select="substring-after($words, ' ')"/>
          <xsl:with-param name="n" select="$n - 1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Keywords: the header's own terms; else the persons the text names (its register). -->
  <xsl:template name="meta.keywords">
    <xsl:variable name="terms" select="$header/tei:profileDesc/tei:textClass/tei:keywords/tei:term"/>
    <xsl:choose>
      <xsl:when test="$terms">
        <xsl:for-each select="$terms">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="/tei:TEI/tei:standOff//tei:person">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="normalize-space((tei:persName[not(@type)] | tei:persName)[1])"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source as one line, "Marxist Monthly, Vol. 1, No. 4, June 1988", as plain text. -->
  <xsl:template name="meta.subject">
    <xsl:variable name="description"><xsl:call-template name="source.description"/></xsl:variable>
    <xsl:value-of select="normalize-space($description)"/>
  </xsl:template>

  <!-- "First published in Marxist Monthly, …", but "First published Thursday, February 23,
       2023" where the source names only a date: nothing to be published in. -->
  <xsl:template name="source.intro">
    <xsl:variable name="b" select="$header.source"/>
    <xsl:variable name="key">
      <xsl:choose>
        <xsl:when test="$b and not($b/text()[normalize-space() != ''])
                        and not($b/tei:title[not(@level = 'a')] | $b/tei:publisher | $b/tei:pubPlace)">source.intro.date</xsl:when>
        <xsl:otherwise>source.intro</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="$key"/></xsl:call-template>
  </xsl:template>

  <!-- The source (sourceDesc/bibl): a bibl written as running text is taken as it stands;
       a structured one is put together from its periodical or book title, volume, issue, pages,
       date, publisher and place (its author and article title are the edition's own). -->
  <xsl:template name="source.description">
    <xsl:variable name="b" select="$header.source"/>
    <xsl:choose>
      <xsl:when test="$b/text()[normalize-space() != '']">
        <xsl:apply-templates select="$b/node()[not(self::tei:idno)]"/>
      </xsl:when>
      <xsl:when test="$b">
        <xsl:for-each select="$b/tei:title[not(@level = 'a')] | $b/tei:edition | $b/tei:biblScope
                              | $b/tei:pubPlace | $b/tei:publisher | $b/tei:date">
          <xsl:if test="position() &gt; 1">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="." mode="source.part"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$header/tei:fileDesc/tei:sourceDesc/tei:p[1]/node()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:biblScope[@unit = 'volume' or @unit = 'issue' or @unit = 'page']" mode="source.part">
    <xsl:variable name="unit">
      <xsl:choose>
        <xsl:when test="@unit = 'page' and (@to != @from or contains(., '-') or contains(., '–'))">pages</xsl:when>
        <xsl:otherwise><xsl:value-of select="@unit"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('source.', $unit)"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="*" mode="source.part">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- Editorial principles as readers read them (the web's About page, the EPUB's): the parts of
       editorialDecl the labels name (others are shown under no heading), and those the
       edition's encoder writes, said in a reader's words (web.decl.prose.PART) when the encoder
       wrote the header; its TEI words stand in the web's Encoding section. -->
  <xsl:variable name="about.decl-parts" select="' correction normalization quotation segmentation interpretation hyphenation punctuation stdVals '"/>
  <xsl:variable name="about.prose-parts" select="' correction normalization quotation segmentation interpretation '"/>
  <xsl:variable name="about.encoder" select="$header/tei:encodingDesc/tei:appInfo/tei:application[@ident = 'edition']"/>

  <!-- The reader's words for the current part of editorialDecl, or nothing (its own paragraphs
       then stand as the header gives them). -->
  <xsl:template name="header.principle-prose">
    <xsl:if test="$about.encoder and contains($about.prose-parts, concat(' ', local-name(), ' '))">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.decl.prose.', local-name())"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
