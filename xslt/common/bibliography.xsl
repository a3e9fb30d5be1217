<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Citations and works cited. A citation stays in the reading text as the source printed it,
     in every output (each draws it: html/bibliography.xsl, fo/bibliography.xsl). One that cites
     a work of the works cited has a reference note (common/notes.xsl), whose words are decided
     here once, never repeating the source's own words. In the house style (note.style 'short',
     the default):
       first citation of a work   the full entry, then the pages: "Leon Trotsky, The Revolution
                                  Betrayed, New Park edition, pp. 88–89."
       later ones                 author's surname, short title, pages: "Trotsky, Revolution
                                  Betrayed, p. 93."
       the same work as the
       reference note before      "Ibid., p. 94." ("Ibid." alone: the same pages, or none given)
     With note.style 'full' every note is as the first: the full entry, then the pages.
     Outputs draw the entry in mode citation.work (print: a link to it) and the short title in
     mode citation.short-title (print: in italics, as titles are). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:bibl" mode="note.body">
    <xsl:variable name="work-id"><xsl:call-template name="citation.work-id"/></xsl:variable>
    <xsl:variable name="work" select="key('notes.works', $work-id)"/>
    <xsl:variable name="previous" select="preceding::tei:bibl[@corresp][ancestor::tei:text]
        [not(ancestor::tei:listBibl or ancestor::tei:bibl or ancestor::tei:note)]
        [key('notes.works', substring-before(concat(substring-after(normalize-space(@corresp), '#'), ' '), ' '))][1]"/>
    <xsl:variable name="previous-id">
      <xsl:for-each select="$previous"><xsl:call-template name="citation.work-id"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="pages"><xsl:call-template name="citation.pages"/></xsl:variable>
    <xsl:variable name="short" select="$note.style != 'full'"/>
    <xsl:variable name="ibid" select="$short and $previous-id = $work-id"/>
    <xsl:choose>
      <xsl:when test="$ibid">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'note.ibid'"/></xsl:call-template>
        <xsl:variable name="previous-pages">
          <xsl:for-each select="$previous"><xsl:call-template name="citation.pages"/></xsl:for-each>
        </xsl:variable>
        <xsl:if test="$pages != '' and $pages != $previous-pages">
          <xsl:value-of select="concat(', ', $pages, '.')"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$short and generate-id(key('notes.citations-of', $work-id)[1]) != generate-id()">
        <xsl:call-template name="citation.short-author"><xsl:with-param name="work" select="$work"/></xsl:call-template>
        <xsl:apply-templates mode="citation.short-title"
                             select="($work/tei:title[@type = 'short'] | $work/tei:title[not(@type)] | $work/tei:title)[1]"/>
        <xsl:if test="$pages != ''"><xsl:value-of select="concat(', ', $pages)"/></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$work" mode="citation.work"/>
        <xsl:if test="$pages != ''"><xsl:value-of select="concat(', ', $pages)"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <!-- the closing full stop ("Ibid." has its own), unless the entry ends with one -->
    <xsl:if test="not($ibid) and not($pages = '' and
                  substring(normalize-space($work), string-length(normalize-space($work))) = '.')">.</xsl:if>
  </xsl:template>

  <!-- The pages (else the chapter, volume …) the context citation gives: "p. 90", "pp. 98–99". -->
  <xsl:template name="citation.pages">
    <xsl:variable name="page" select="tei:biblScope[@unit = 'page'][1]"/>
    <xsl:choose>
      <xsl:when test="$page/@from and $page/@to and $page/@from != $page/@to">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.pages'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $page/@from, '–', $page/@to)"/>
      </xsl:when>
      <xsl:when test="$page/@from">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.page'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $page/@from)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="tei:biblScope">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The author in a short reference, then ", ": a registered person's surname, a structured
       name's surname, else the name as the entry gives it (an organisation's stays whole); "A
       and B" for two authors, "A et al." for more; nothing for a work without author. -->
  <xsl:template name="citation.short-author">
    <xsl:param name="work"/>
    <xsl:variable name="authors" select="$work/tei:author | $work/tei:editor[not($work/tei:author)]"/>
    <xsl:if test="$authors">
      <xsl:for-each select="$authors[1]"><xsl:call-template name="citation.surname"/></xsl:for-each>
      <xsl:choose>
        <xsl:when test="count($authors) = 2">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'names.and'"/></xsl:call-template>
          <xsl:for-each select="$authors[2]"><xsl:call-template name="citation.surname"/></xsl:for-each>
        </xsl:when>
        <xsl:when test="count($authors) &gt; 2">
          <xsl:text> </xsl:text>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'note.et-al'"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="citation.surname">
    <xsl:variable name="person-id">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="names" select="key('id', $person-id)[self::tei:person]/tei:persName"/>
    <xsl:variable name="name" select="(tei:persName[tei:surname] | self::*[tei:surname]
                                       | $names[not(@type) or @type = 'main' or @type = 'full'] | $names)[1]"/>
    <xsl:choose>
      <xsl:when test="$name">
        <xsl:variable name="inverted">
          <xsl:call-template name="index.name"><xsl:with-param name="name" select="$name"/></xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="substring-before(concat($inverted, ','), ',')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="words"><xsl:apply-templates mode="text.reading"/></xsl:variable>
        <xsl:value-of select="normalize-space($words)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A title's short form as words: without a leading article ("The Revolution Betrayed" ->
       "Revolution Betrayed"); a short title the entry gives stays as it is. -->
  <xsl:template name="citation.short-title-words">
    <xsl:variable name="words"><xsl:apply-templates mode="text.reading"/></xsl:variable>
    <xsl:variable name="title" select="normalize-space($words)"/>
    <xsl:variable name="first" select="substring-before($title, ' ')"/>
    <xsl:variable name="articles">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'note.title-articles'"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not(@type = 'short') and $first != '' and contains(concat(' ', $articles, ' '), concat(' ', $first, ' '))">
        <xsl:value-of select="substring-after($title, ' ')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
