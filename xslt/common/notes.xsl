<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Numbered notes: which elements make one, their numbers and ids, where their mark goes.
     A citation in the text (common/bibliography.xsl) and each correction or normalisation
     (common/editorial.xsl) call the hook note.make, which each output implements (a footnote or
     an endnote in print); the note's content is the element processed in mode note.body.
     The source's own endnotes (div[@type='notes'], in back or in the body) are text, not
     numbered notes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Every element that makes a numbered note, in document order: key('notes', 'all').
       Citations: bibl in the text outside works-cited lists (and not inside another bibl);
       interventions: a choice keeping what the source printed (sic, orig), outside any bibl
       (inside a citation it is shown inline). -->
  <xsl:key name="notes" use="'all'"
           match="tei:text//tei:bibl[not(ancestor::tei:listBibl or ancestor::tei:bibl)]
                  | tei:text//tei:choice[tei:sic or tei:orig][not(ancestor::tei:bibl)]"/>

  <!-- The number of the note the context element makes: 1, 2, 3 … through the whole text.
       (The key's definition again, as an axis count: xsl:number with the key as its pattern
       took quadratic time.) -->
  <xsl:template name="note.number">
    <xsl:value-of select="1 + count(preceding::tei:bibl[ancestor::tei:text][not(ancestor::tei:listBibl or ancestor::tei:bibl)]
                                    | preceding::tei:choice[tei:sic or tei:orig][ancestor::tei:text][not(ancestor::tei:bibl)])"/>
  </xsl:template>

  <!-- The output id of note $number. -->
  <xsl:template name="note.id">
    <xsl:param name="number"/>
    <xsl:value-of select="concat('_n-', $number)"/>
  </xsl:template>

  <!-- A note's mark follows the word before it directly ("pretext.’¹", not "pretext.’ ¹"): the
       white space that separated a citation from that word goes with the citation. -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:bibl]
                              [ancestor::tei:text and not(ancestor::tei:listBibl or ancestor::tei:bibl)]]">
    <xsl:call-template name="string.rtrim"><xsl:with-param name="s" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template name="string.rtrim">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s != '' and normalize-space(substring($s, string-length($s))) = ''">
        <xsl:call-template name="string.rtrim">
          <xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
