<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Text structure: sections and their headings, paragraphs, lists, separators, line groups, and
     the few inline renditions the TEI carries. Paragraphs (and list items) are numbered through
     the text (common/numbering.xsl, as in print); the number is the paragraph's permalink, to its TEI xml:id, and what the indexes
     cite ("¶ 12"), as a printed edition cites pages. Every block a reader may be sent to carries
     data-locator, its citation form, which the search index (edition.render.search) reads. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A section with a heading is a section; one without (the text before the first heading, a
       part after a break) a plain div, as HTML has sections only with headings. -->
  <xsl:template match="tei:div">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="tei:head">section</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">div</xsl:attribute>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Section headings: h2 for a section of the body, a level deeper per nesting, h6 at most. -->
  <xsl:template match="tei:head">
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="count(ancestor::tei:div) + 1 &gt; 6">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="count(ancestor::tei:div) + 1"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:attribute name="data-locator"><xsl:call-template name="locator"/></xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:variable name="id"><xsl:call-template name="id.of"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="paragraph.number"/></xsl:variable>
    <p id="{$id}" class="p">
      <xsl:if test="$number != ''">
        <xsl:attribute name="data-locator"><xsl:call-template name="locator"/></xsl:attribute>
        <xsl:call-template name="paragraph.permalink">
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="number" select="$number"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- The paragraph's number, a link to itself: the permalink (CSS sets it in the margin). -->
  <xsl:template name="paragraph.permalink">
    <xsl:param name="id"/>
    <xsl:param name="number"/>
    <a class="pnum" href="#{$id}">
      <xsl:attribute name="aria-label">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.paragraph'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $number)"/>
      </xsl:attribute>
      <xsl:value-of select="$number"/>
    </a>
    <!-- without CSS, the number stands before the text as in a numbered paragraph -->
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- How the indexes and the search cite the place of the context node: "¶ 12" in a numbered
       paragraph (a block quotation: its first), the heading's words in a heading, "note 3" in one
       of the source's notes, "title page" on it. -->
  <xsl:template name="locator">
    <xsl:variable name="block" select="(ancestor-or-self::*[self::tei:p[ancestor::tei:body] or self::tei:item[ancestor::tei:body]
                                       or self::tei:head or self::tei:note or self::tei:titlePage][1]
                                       | (descendant::tei:p | descendant::tei:item)[1])[1]"/>
    <xsl:for-each select="$block">
      <xsl:choose>
        <xsl:when test="self::tei:p or self::tei:item">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.locator.paragraph'"/></xsl:call-template>
          <xsl:call-template name="paragraph.number"/>
        </xsl:when>
        <xsl:when test="self::tei:head">
          <xsl:variable name="words"><xsl:apply-templates mode="text.reading"/></xsl:variable>
          <xsl:value-of select="normalize-space($words)"/>
        </xsl:when>
        <xsl:when test="self::tei:note">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.locator.note'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', (@n | @xml:id)[1])"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.locator.title-page'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A list. Items keep the labels or bullets the source gave them (a), 1.), -), shown instead of
       the list's own numbers or bullets; without labels, an ordered list numbers its items. -->
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="@type = 'ordered' or (tei:label and not(@type = 'unordered'))">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">list<xsl:if test="tei:label"> labelled</xsl:if></xsl:attribute>
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates select="tei:item"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:item">
    <xsl:variable name="id"><xsl:call-template name="id.of"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="paragraph.number"/></xsl:variable>
    <li id="{$id}">
      <xsl:if test="$number != ''">
        <xsl:attribute name="data-locator"><xsl:call-template name="locator"/></xsl:attribute>
        <xsl:call-template name="paragraph.permalink">
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="number" select="$number"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="preceding-sibling::*[1][self::tei:label]">
        <span class="label"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- A section break as the source drew it (- - -), kept as text. -->
  <xsl:template match="tei:ab[@type = 'separator']">
    <p class="separator"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:call-template name="id.copy"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <span class="l"><xsl:apply-templates/></span><br/>
  </xsl:template>
  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <xsl:template match="tei:hi[contains(@rend, 'bold')]">
    <b><xsl:apply-templates/></b>
  </xsl:template>
  <xsl:template match="tei:hi[contains(@rend, 'sup')]">
    <sup><xsl:apply-templates/></sup>
  </xsl:template>
  <xsl:template match="tei:emph">
    <em><xsl:apply-templates/></em>
  </xsl:template>
  <xsl:template match="tei:hi | tei:term | tei:mentioned">
    <i><xsl:apply-templates/></i>
  </xsl:template>
  <xsl:template match="tei:foreign">
    <i>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </i>
  </xsl:template>

  <xsl:template match="tei:date[@when] | tei:time[@when]">
    <time datetime="{@when}"><xsl:apply-templates/></time>
  </xsl:template>

  <!-- Any other element standing as a block in a section (byline, dateline, closer, an
       unexpected one): a paragraph of its own, so that no text is lost or runs into another. -->
  <xsl:template match="tei:body/* | tei:div/* | tei:back/*" priority="-1">
    <div class="{local-name()}"><xsl:call-template name="id.copy"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:byline | tei:dateline | tei:closer | tei:salute | tei:signed | tei:trailer">
    <p class="{local-name()}"><xsl:call-template name="id.copy"/><xsl:apply-templates/></p>
  </xsl:template>

</xsl:stylesheet>
