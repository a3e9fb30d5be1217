<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The registers (standOff) seen from the text, as data for indexes other than that of persons
     (common/index.xsl does persons): which organisation and place names and which titles in the
     text point at a register entry, which citations point at a work, who speaks where. Each named
     occurrence gets a numbered anchor id, as persons' names do, so that an index can point back to
     every one. Pointers are read as their first "#id" (the encoder writes one). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Names and titles in the text (outside works-cited lists) that point at an entry. -->
  <xsl:key name="registers.occurrences" use="'all'"
           match="tei:text//tei:orgName[@ref][not(ancestor::tei:listBibl)]
                  | tei:text//tei:placeName[@ref][not(ancestor::tei:listBibl)]
                  | tei:text//tei:title[@ref][not(ancestor::tei:listBibl)]"/>
  <xsl:key name="registers.by-entry"
           match="tei:text//tei:orgName[@ref][not(ancestor::tei:listBibl)]
                  | tei:text//tei:placeName[@ref][not(ancestor::tei:listBibl)]
                  | tei:text//tei:title[@ref][not(ancestor::tei:listBibl)]"
           use="substring-before(concat(substring-after(normalize-space(@ref), '#'), ' '), ' ')"/>

  <!-- Citations in the text (the bibls that make notes, common/notes.xsl) by the work they cite. -->
  <xsl:key name="registers.citations"
           match="tei:text//tei:bibl[@corresp][not(ancestor::tei:listBibl or ancestor::tei:bibl)]"
           use="substring-before(concat(substring-after(normalize-space(@corresp), '#'), ' '), ' ')"/>

  <!-- Speech by speaker; key('registers.speakers', 'all') is every said with a speaker. -->
  <xsl:key name="registers.speech" match="tei:text//tei:said[@who]"
           use="substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' ')"/>
  <xsl:key name="registers.speakers" match="tei:text//tei:said[@who]" use="'all'"/>

  <!-- The anchor id of the context name or title if an index counts it, else ''. -->
  <xsl:template name="registers.anchor-id">
    <xsl:if test="@ref and ancestor::tei:text and not(ancestor::tei:listBibl)
                  and (self::tei:orgName or self::tei:placeName or self::tei:title)">
      <xsl:text>_rg-</xsl:text>
      <xsl:number level="any" count="key('registers.occurrences', 'all')"/>
    </xsl:if>
  </xsl:template>

  <!-- The register entry's name as plain text: its first name or title without @type (or the
       first), read in mode text.reading; for a person, organisation, place or periodical. -->
  <xsl:template name="registers.entry-name">
    <xsl:param name="entry" select="."/>
    <xsl:variable name="names" select="$entry/tei:persName | $entry/tei:orgName | $entry/tei:placeName
                                       | $entry/tei:title"/>
    <xsl:variable name="words">
      <xsl:apply-templates mode="text.reading" select="($names[not(@type) or @type = 'main' or @type = 'full']
                                                        | $names)[1]"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($words)"/>
  </xsl:template>

  <!-- The name of the person the context said's @who points at; the pointer itself if the
       register has no such person. -->
  <xsl:template name="registers.speaker-name">
    <xsl:variable name="id" select="substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' ')"/>
    <xsl:variable name="person" select="key('id', $id)[self::tei:person]"/>
    <xsl:choose>
      <xsl:when test="$person">
        <xsl:call-template name="registers.entry-name"><xsl:with-param name="entry" select="$person"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(@who)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
