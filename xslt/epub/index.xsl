<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The index of persons (index.xhtml), from common/index.xsl's entries: each place a person is
     named at, cited by its paragraph number as the web's index cites it ("¶ 3"), each a link to
     the name in the text; a paragraph once. A name outside the numbered paragraphs (the title
     page, the source's notes) is cited by the section it stands in. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" xmlns:ix="urn:x-edition:index"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="tei ix exsl">

  <!-- A persName by its anchor id (the same count as index.anchor-id). -->
  <xsl:key name="epub.index.anchor" match="tei:text//tei:persName[not(ancestor::tei:listBibl)]"
           use="concat('_ix-', 1 + count(preceding::tei:persName | ancestor::tei:persName))"/>

  <xsl:template name="index">
    <xsl:variable name="title"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="epub.document">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="type" select="'backmatter'"/>
      <xsl:with-param name="content">
        <section epub:type="index" id="_index">
          <h2><xsl:value-of select="$title"/></h2>
          <p class="index-intro"><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.index.intro'"/></xsl:call-template></p>
          <ul class="index">
            <xsl:for-each select="exsl:node-set($epub.index-entries)/ix:entry">
              <li epub:type="index-entry">
                <xsl:value-of select="ix:name"/>
                <xsl:text>  </xsl:text>
                <xsl:call-template name="index.places"/>
              </li>
            </xsl:for-each>
          </ul>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The places of the context entry: "¶ 3, ¶ 5", each once. -->
  <xsl:template name="index.places">
    <xsl:variable name="places">
      <xsl:for-each select="ix:occurrence">
        <xsl:variable name="id" select="@id"/>
        <ix:place id="{$id}">
          <xsl:for-each select="$header">  <!-- back in the TEI, where the key looks -->
            <xsl:for-each select="key('epub.index.anchor', $id)">
              <xsl:variable name="number">
                <xsl:for-each select="(ancestor::tei:p | ancestor::tei:item)[ancestor::tei:body][last()]">
                  <xsl:call-template name="paragraph.number"/>
                </xsl:for-each>
              </xsl:variable>
              <xsl:choose>
                <xsl:when test="$number != ''">
                  <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.locator.paragraph'"/></xsl:call-template>
                  <xsl:value-of select="$number"/>
                </xsl:when>
                <xsl:when test="ancestor::tei:front">
                  <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.locator.title-page'"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.source'"/></xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:for-each>
        </ix:place>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($places)/ix:place[not(. = preceding-sibling::ix:place)]">
      <xsl:if test="position() &gt; 1">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
      </xsl:if>
      <a href="text.xhtml#{@id}"><xsl:value-of select="."/></a>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
