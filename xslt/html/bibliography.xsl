<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Citations, titles and the works-cited list (back/listBibl). On the web a citation stays in
     the reading text where the source printed it, in its own words and parentheses, so that the
     page holds every word of the source in order; it is a link to the work's entry in the works
     cited, and each entry links back to every citation of it. (The print edition makes citations
     numbered notes, common/bibliography.xsl; the template here takes precedence over that one.) -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A citation: a link to the entry of the work it cites (@corresp), its words as printed. The
     entry's words are its title (shown on hover), so that "Op. Cit." says which work it is;
     edition.js opens the entry over the text instead, with the pages cited (data-pages). A
     citation standing after a block quotation is a line of its own. -->
  <xsl:template match="tei:text//tei:bibl[not(ancestor::tei:listBibl or ancestor::tei:bibl)]" priority="1">
    <xsl:choose>
      <xsl:when test="parent::tei:cit[tei:p | tei:ab | tei:lg | tei:list | */tei:p]">
        <p class="cit-bibl"><xsl:call-template name="bibliography.citation"/></p>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="bibliography.citation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="bibliography.citation">
    <xsl:variable name="work-id">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@corresp"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="work" select="key('id', $work-id)[self::tei:bibl]"/>
    <xsl:choose>
      <xsl:when test="$work">
        <a class="citation" role="doc-biblioref">
          <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
          <xsl:attribute name="href"><xsl:apply-templates select="$work" mode="bibliography.href"/></xsl:attribute>
          <xsl:attribute name="title">
            <xsl:variable name="entry"><xsl:apply-templates select="$work/node()" mode="text.reading"/></xsl:variable>
            <xsl:value-of select="normalize-space($entry)"/>
          </xsl:attribute>
          <xsl:attribute name="data-ref"><xsl:value-of select="$work-id"/></xsl:attribute>
          <xsl:variable name="pages"><xsl:call-template name="bibliography.pages"/></xsl:variable>
          <xsl:if test="$pages != ''">
            <xsl:attribute name="data-pages"><xsl:value-of select="normalize-space(translate($pages, '()', '  '))"/></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="citation">
          <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="notes.after"/>
  </xsl:template>

  <!-- Where a work's entry is, from the reading page: the works cited on it, or the works page
       for a work only the registers hold. -->
  <xsl:template match="tei:bibl" mode="bibliography.href">
    <xsl:if test="not(ancestor::tei:text)">works.html</xsl:if>
    <xsl:text>#</xsl:text>
    <xsl:call-template name="id.of"/>
  </xsl:template>

  <!-- The white space before a citation stays: it is text, not a note's mark (the print edition
       trims it, common/notes.xsl). -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:bibl]
                              [ancestor::tei:text and not(ancestor::tei:listBibl or ancestor::tei:bibl)]]" priority="1">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Books, periodicals, series: cite (italic); articles and unpublished works (level a, u) keep
       the quotation marks the text gives them, in roman, and get them in the edition's own
       entries (works cited, registers, the corpus's lists), where no text gives any. A
       title the registers index is an anchor (common/registers.xsl) and a link to its index
       entry (html/names.xsl). -->
  <xsl:template match="tei:title">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="@level = 'a' or @level = 'u' or @type = 'variant'">span</xsl:when>
        <!-- a title known by its quotation marks alone (no level): roman, its marks kept -->
        <xsl:when test="not(@level) and contains('‘“&quot;', substring(normalize-space(.), 1, 1))">span</xsl:when>
        <xsl:otherwise>cite</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="href"><xsl:call-template name="names.href"/></xsl:variable>
    <xsl:variable name="quoted" select="(@level = 'a' or @level = 'u') and not(@type = 'variant')
        and (not(ancestor::tei:text) or ancestor::tei:listBibl[parent::tei:back])
        and not(contains('‘“&quot;', substring(normalize-space(.), 1, 1)))"/>
    <xsl:if test="$quoted"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.quote.open'"/></xsl:call-template></xsl:if>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">title<xsl:if test="@level"> title-<xsl:value-of select="@level"/></xsl:if></xsl:attribute>
      <xsl:variable name="anchor"><xsl:call-template name="registers.anchor-id"/></xsl:variable>
      <xsl:if test="$anchor != ''"><xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:call-template name="names.ref"/>
      <xsl:choose>
        <xsl:when test="$href != ''">
          <a class="name-link" href="{$href}">
            <xsl:call-template name="names.tab-stop"/>
            <xsl:call-template name="names.ref"/>
            <xsl:apply-templates/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
    <xsl:if test="$quoted"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.quote.close'"/></xsl:call-template></xsl:if>
    <xsl:call-template name="notes.after"/>
  </xsl:template>

  <!-- A date the edition wrote in its own entries (works cited, registers) as the calendar gives
       it (1988-03-13), as readers write it: "13 March 1988". Dates of the text stay as printed. -->
  <xsl:template match="tei:date[@when][normalize-space() = @when]
                       [not(ancestor::tei:text) or ancestor::tei:listBibl[parent::tei:back]]" priority="1">
    <time datetime="{@when}"><xsl:call-template name="date.human"><xsl:with-param name="when" select="@when"/></xsl:call-template></time>
  </xsl:template>


  <!-- A list of works: the works-cited list after the text, or a list the source printed in a
       section of its own (whose heading then names it, unless the list has a head). -->
  <xsl:template match="tei:text//tei:listBibl">
    <xsl:variable name="headed" select="tei:head or not(ancestor::tei:body and parent::tei:div[tei:head])"/>
    <!-- a section has a heading; a list under its section's heading is a plain div -->
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$headed">section</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:attribute name="class">
        <xsl:choose>
          <xsl:when test="ancestor::tei:body">bibliography-list</xsl:when>
          <xsl:otherwise>works-cited</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$headed">
        <xsl:variable name="level" select="count(ancestor::tei:div) + 2"/>
        <xsl:element name="h{$level - ($level &gt; 6) * ($level - 6)}">
          <xsl:call-template name="bibliography.heading"/>
        </xsl:element>
      </xsl:if>
      <ul class="bibliography">
        <xsl:apply-templates select="tei:bibl | tei:biblStruct"/>
      </ul>
    </xsl:element>
  </xsl:template>

  <!-- The list's own head, else the label "Works cited". -->
  <xsl:template name="bibliography.heading">
    <xsl:choose>
      <xsl:when test="tei:head">
        <xsl:variable name="words"><xsl:apply-templates select="tei:head[1]" mode="text.reading"/></xsl:variable>
        <xsl:value-of select="normalize-space($words)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'works-cited'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:text//tei:listBibl/tei:bibl">
    <li>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
      <xsl:call-template name="bibliography.citations"/>
    </li>
  </xsl:template>

  <!-- "Cited at ¶ 4, ¶ 29": links to each citation of the context work ($page: the reading page's
       file when the links stand on another page). -->
  <xsl:template name="bibliography.citations">
    <xsl:param name="page" select="''"/>
    <xsl:variable name="citations" select="key('registers.citations', @xml:id)"/>
    <xsl:if test="$citations">
      <span class="cited-at">
        <xsl:text> </xsl:text>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cited-at'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:for-each select="$citations">
          <xsl:if test="position() &gt; 1">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          </xsl:if>
          <a>
            <xsl:attribute name="href">
              <xsl:value-of select="concat($page, '#')"/>
              <xsl:call-template name="id.of"/>
            </xsl:attribute>
            <xsl:call-template name="locator"/>
          </a>
          <xsl:call-template name="bibliography.pages"/>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The pages a citation gives, " (p. 90)", " (pp. 98–99)". -->
  <xsl:template name="bibliography.pages">
    <xsl:for-each select="tei:biblScope[@unit = 'page'][1]">
      <xsl:text> (</xsl:text>
      <xsl:choose>
        <xsl:when test="@from and @to and @from != @to">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.pages'"/></xsl:call-template>
          <xsl:value-of select="concat('&#160;', @from, '–', @to)"/>
        </xsl:when>
        <xsl:when test="@from">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.page'"/></xsl:call-template>
          <xsl:value-of select="concat('&#160;', @from)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- The hook common/bibliography.xsl calls for a citation's note (not made on the web, where
       citations are links themselves): the entry's words, a link to the entry. -->
  <xsl:template match="tei:bibl" mode="citation.work">
    <a class="work-link">
      <xsl:attribute name="href"><xsl:apply-templates select="." mode="bibliography.href"/></xsl:attribute>
      <xsl:apply-templates/>
    </a>
  </xsl:template>

</xsl:stylesheet>
