<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The index of persons, in a page sequence of its own after the text (fo/pages.xsl), in two
     columns: "Trotsky, Leon   3, 5, 8", each page once and each a link to the name on that page.
     FOP 2.8 has no XSL 1.1 index-key support, so the pages come from a first FOP run:
     index.pages says where each anchor landed (see fo/params.xsl). Without it the index cites
     the page of every occurrence, repeats and all. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:ix="urn:x-edition:index"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="ix exsl">

  <xsl:template name="index">
    <xsl:variable name="entries"><xsl:call-template name="index.entries"/></xsl:variable>
    <xsl:if test="exsl:node-set($entries)/ix:entry">
      <fo:page-sequence master-reference="index" id="_index-pages">
        <xsl:call-template name="running-heads"/>
        <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="flow.properties">
          <!-- The heading spans the columns: it must be a child of the flow. -->
          <fo:block id="_index" span="all" xsl:use-attribute-sets="index.heading.properties">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template>
          </fo:block>
          <fo:block id="_index-entries">
            <xsl:for-each select="exsl:node-set($entries)/ix:entry">
              <fo:block xsl:use-attribute-sets="index.entry.properties">
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
    <xsl:for-each select="exsl:node-set($pages)/ix:page">
      <xsl:sort select="@n" data-type="number"/>
      <xsl:if test="position() &gt; 1">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
      </xsl:if>
      <fo:basic-link internal-destination="{@id}"><xsl:value-of select="@n"/></fo:basic-link>
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
