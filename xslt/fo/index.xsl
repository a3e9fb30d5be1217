<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The index of persons, in a page sequence of its own after the text (fo/pages.xsl), in two
     columns: "Trotsky, Leon   3–8, 10, 12", each page once, consecutive pages as a range, each
     number a link to the name on that page. No page of it holds fewer than five lines: the last
     ten entries keep together.
     FOP 2.8 has no XSL 1.1 index-key support, so the pages come from a first FOP run:
     index.pages says where each anchor landed (see fo/params.xsl). Without it the index cites
     the page of every occurrence, repeats and all. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:ix="urn:x-edition:index"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="ix exsl">

  <xsl:template name="index">
    <xsl:variable name="entries"><xsl:call-template name="index.entries"/></xsl:variable>
    <xsl:if test="exsl:node-set($entries)/ix:entry">
      <!-- Fewer than ten entries in one column: in two, the page would hold a line or two. -->
      <fo:page-sequence id="_index-pages">
        <xsl:attribute name="master-reference">
          <xsl:choose>
            <xsl:when test="count(exsl:node-set($entries)/ix:entry) &lt; 10">index-short</xsl:when>
            <xsl:otherwise>index</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:call-template name="running-heads"/>
        <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="flow.properties">
          <!-- The heading spans the columns: it must be a child of the flow. -->
          <fo:block id="_index" span="all" xsl:use-attribute-sets="index.heading.properties">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template>
          </fo:block>
          <fo:block id="_index-entries">
            <xsl:for-each select="exsl:node-set($entries)/ix:entry">
              <fo:block xsl:use-attribute-sets="index.entry.properties">
                <xsl:if test="position() &gt; last() - 9 and position() &gt; 1">
                  <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="ix:name"/>
                <xsl:text>&#x2002;&#x2002;</xsl:text>
                <xsl:choose>
                  <xsl:when test="$index.pages != ''"><xsl:call-template name="index.pages"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="index.page-citations"/></xsl:otherwise>
                </xsl:choose>
              </fo:block>
            </xsl:for-each>
          </fo:block>
          <!-- A change of span makes FOP balance the columns above it; the end of the flow does not. -->
          <fo:block span="all"/>
        </fo:flow>
      </fo:page-sequence>
    </xsl:if>
  </xsl:template>

  <!-- Each page an occurrence of the entry landed on, once, in page order. -->
  <xsl:template name="index.pages">
    <xsl:variable name="pages">
      <xsl:for-each select="ix:occurrence">
        <xsl:variable name="page" select="substring-before(substring-after($index.pages, concat(' ', @id, ':')), ' ')"/>
        <xsl:choose>
          <!-- FOP reports no page for a name that takes no room (an empty persName). -->
          <xsl:when test="$page = ''">
            <xsl:message>edition: index of persons: no page for <xsl:value-of select="../ix:name"/> (anchor <xsl:value-of select="@id"/>)</xsl:message>
          </xsl:when>
          <xsl:when test="not(preceding-sibling::ix:occurrence[substring-before(substring-after($index.pages,
                              concat(' ', @id, ':')), ' ') = $page])">
            <ix:page n="{$page}" id="{@id}"/>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="sorted">
      <xsl:for-each select="exsl:node-set($pages)/ix:page">
        <xsl:sort select="@n" data-type="number"/>
        <xsl:copy-of select="."/>
      </xsl:for-each>
    </xsl:variable>
    <!-- "3–8": a run of consecutive pages is its first and its last, each a link -->
    <xsl:for-each select="exsl:node-set($sorted)/ix:page">
      <xsl:variable name="after-previous" select="preceding-sibling::ix:page[1]/@n = @n - 1"/>
      <xsl:variable name="before-next" select="following-sibling::ix:page[1]/@n = @n + 1"/>
      <xsl:choose>
        <xsl:when test="not($after-previous)">
          <xsl:if test="position() &gt; 1">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          </xsl:if>
          <fo:basic-link internal-destination="{@id}"><xsl:value-of select="@n"/></fo:basic-link>
        </xsl:when>
        <xsl:when test="not($before-next)">
          <xsl:text>–</xsl:text>
          <fo:basic-link internal-destination="{@id}"><xsl:value-of select="@n"/></fo:basic-link>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="index.page-citations">
    <xsl:for-each select="ix:occurrence">
      <xsl:if test="position() &gt; 1">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
      </xsl:if>
      <fo:page-number-citation ref-id="{@id}"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
