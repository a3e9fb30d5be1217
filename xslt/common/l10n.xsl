<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Every word the stylesheets generate, by language, in one place (after DocBook's
     common/l10n.xml). Kept inside the stylesheet rather than in a separate file because
     transforms run with all file access denied. To translate: add an l:language block. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
    xmlns:l="urn:x-edition:l10n" exclude-result-prefixes="tei exsl l">

  <xsl:variable name="l10n.table">
    <l:language lang="en">
      <!-- back matter -->
      <l:gentext key="index">Index of persons</l:gentext>
      <l:gentext key="works-cited">Works cited</l:gentext>
      <l:gentext key="notes.source">Notes</l:gentext>
      <l:gentext key="notes.editorial">Editorial notes</l:gentext>
      <!-- notes: a correction's note reads "1941] the source prints 9141" -->
      <l:gentext key="note.lemma-end">]</l:gentext>
      <l:gentext key="note.sic">the source prints</l:gentext>
      <l:gentext key="note.orig">the source spells</l:gentext>
      <l:gentext key="note.citation-work"> — </l:gentext>
      <!-- the source, as described on the title page -->
      <l:gentext key="source.intro">First published in</l:gentext>
      <l:gentext key="source.volume">Vol.</l:gentext>
      <l:gentext key="source.issue">No.</l:gentext>
      <l:gentext key="source.page">p.</l:gentext>
      <l:gentext key="source.pages">pp.</l:gentext>
      <l:gentext key="source.checksum">Source file SHA-256:</l:gentext>
      <!-- the edition -->
      <l:gentext key="edition.edited-by">Edited by</l:gentext>
      <l:gentext key="edition.print">Print edition,</l:gentext>
      <l:gentext key="edition.principles">Editorial principles</l:gentext>
      <l:gentext key="edition.signs">Editorial signs</l:gentext>
      <l:gentext key="edition.sign.supplied">text supplied by the editor</l:gentext>
      <l:gentext key="edition.sign.notes">Numbered notes give the source’s citations, and for every correction or normalised spelling what the source printed.</l:gentext>
      <l:gentext key="list.separator">, </l:gentext>
      <l:gentext key="name.separator">, </l:gentext>
      <l:gentext key="names.and"> and </l:gentext>
    </l:language>
  </xsl:variable>

  <!-- The language of generated words: the parameter, else the document's, else English. -->
  <xsl:variable name="l10n.language">
    <xsl:choose>
      <xsl:when test="$l10n.lang != ''"><xsl:value-of select="$l10n.lang"/></xsl:when>
      <xsl:when test="/tei:TEI/@xml:lang"><xsl:value-of select="/tei:TEI/@xml:lang"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The word for $key: in the exact language, else its base ("en" for "en-GB"), else English.
       An unknown key stops the transform: a missing label is a bug, never silently blank. -->
  <xsl:template name="gentext">
    <xsl:param name="key"/>
    <xsl:variable name="languages" select="exsl:node-set($l10n.table)/l:language"/>
    <xsl:variable name="base" select="substring-before(concat($l10n.language, '-'), '-')"/>
    <xsl:variable name="exact" select="$languages[@lang = $l10n.language]/l:gentext[@key = $key]"/>
    <xsl:variable name="general" select="$languages[@lang = $base]/l:gentext[@key = $key]"/>
    <xsl:variable name="english" select="$languages[@lang = 'en']/l:gentext[@key = $key]"/>
    <xsl:choose>
      <xsl:when test="$exact"><xsl:value-of select="$exact"/></xsl:when>
      <xsl:when test="$general"><xsl:value-of select="$general"/></xsl:when>
      <xsl:when test="$english"><xsl:value-of select="$english"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes">edition: no label for key '<xsl:value-of select="$key"/>'</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
