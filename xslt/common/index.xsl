<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The index of persons, as data each output draws (print: with page numbers, web: with links).
     It lists every person a persName in the text names (outside works-cited lists), under the
     name the register (standOff) gives, inverted to "Surname, Forenames" and sorted by it; an
     unregistered name is listed under its own words. Each occurrence is an anchor with an id, so
     that an output can find where it landed. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:ix="urn:x-edition:index"
    exclude-result-prefixes="tei ix">

  <xsl:key name="index.occurrences" match="tei:text//tei:persName[not(ancestor::tei:listBibl)]" use="'all'"/>
  <xsl:key name="index.by-person" match="tei:text//tei:persName[not(ancestor::tei:listBibl)]"
           use="concat(normalize-space(@ref), '|', normalize-space(self::*[not(@ref)]))"/>

  <!-- The id of the context persName if the index counts it, else ''. Numbered among all
       persNames (counting along an axis is linear; xsl:number with a pattern made the whole
       transform quadratic): unique and stable, though not consecutive. -->
  <xsl:template name="index.anchor-id">
    <xsl:if test="ancestor::tei:text and not(ancestor::tei:listBibl)">
      <xsl:value-of select="concat('_ix-', 1 + count(preceding::tei:persName | ancestor::tei:persName))"/>
    </xsl:if>
  </xsl:template>

  <!-- <ix:entry sort="trotsky leon"><ix:name>Trotsky, Leon</ix:name><ix:occurrence id="_ix-3"/>…
       one per person, in index order (use with exsl:node-set). -->
  <xsl:template name="index.entries">
    <xsl:variable name="unsorted">
      <xsl:for-each select="key('index.occurrences', 'all')[generate-id() = generate-id(key('index.by-person',
                              concat(normalize-space(@ref), '|', normalize-space(self::*[not(@ref)])))[1])]">
        <xsl:variable name="person-id">
          <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="names" select="key('id', $person-id)[self::tei:person]/tei:persName"/>
        <xsl:variable name="name">
          <xsl:choose>
            <xsl:when test="$names[not(@type) or @type = 'main' or @type = 'full']">
              <xsl:call-template name="index.name">
                <xsl:with-param name="name" select="$names[not(@type) or @type = 'main' or @type = 'full'][1]"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="$names">
              <xsl:call-template name="index.name"><xsl:with-param name="name" select="$names[1]"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="index.name"><xsl:with-param name="name" select="."/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <ix:entry sort="{translate($name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')}">
          <ix:name><xsl:value-of select="$name"/></ix:name>
          <xsl:for-each select="key('index.by-person', concat(normalize-space(@ref), '|', normalize-space(self::*[not(@ref)])))">
            <ix:occurrence><xsl:attribute name="id"><xsl:call-template name="index.anchor-id"/></xsl:attribute></ix:occurrence>
          </xsl:for-each>
        </ix:entry>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($unsorted)/ix:entry" xmlns:exsl="http://exslt.org/common">
      <xsl:sort select="@sort"/>
      <xsl:copy-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- A name as the index prints it: "Surname, Forenames" from a structured name, else the last
       word first ("Y.G. Plimak" -> "Plimak, Y.G."); a single word stays as it is. -->
  <xsl:template name="index.name">
    <xsl:param name="name"/>
    <xsl:variable name="words">
      <xsl:apply-templates select="$name" mode="text.reading"/>
    </xsl:variable>
    <xsl:variable name="plain" select="normalize-space($words)"/>
    <xsl:choose>
      <xsl:when test="$name/tei:surname">
        <xsl:value-of select="normalize-space($name/tei:surname[1])"/>
        <xsl:if test="$name/tei:forename">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'name.separator'"/></xsl:call-template>
          <xsl:for-each select="$name/tei:forename">
            <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
        </xsl:if>
      </xsl:when>
      <xsl:when test="contains($plain, ' ')">
        <xsl:variable name="last">
          <xsl:call-template name="string.after-last">
            <xsl:with-param name="s" select="$plain"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="$last"/>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'name.separator'"/></xsl:call-template>
        <xsl:value-of select="substring($plain, 1, string-length($plain) - string-length($last) - 1)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$plain"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="string.after-last">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')">
        <xsl:call-template name="string.after-last">
          <xsl:with-param name="s" select="substring-after($s, ' ')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
