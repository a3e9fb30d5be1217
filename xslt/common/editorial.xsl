<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- How editorial interventions look, decided once for every output:
       supplied      shown, between $supplied.open and $supplied.close (common/params.xsl);
       choice        the corrected (corr) or regularised (reg) form in the reading text, and a
                     numbered note "1941] the source prints 9141" (see common/notes.xsl), in a
                     citation too; in an entry of a list of works, the source's form follows in
                     brackets.
     Outputs draw these through the hook editorial.inline(style, content), style being
     'supplied', 'corr' or 'reg'. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:supplied">
    <xsl:call-template name="editorial.inline">
      <xsl:with-param name="style" select="'supplied'"/>
      <xsl:with-param name="content">
        <xsl:value-of select="$supplied.open"/>
        <xsl:apply-templates/>
        <xsl:value-of select="$supplied.close"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:choice">
    <xsl:call-template name="choice.reading"/>
    <xsl:if test="tei:sic or tei:orig">
      <xsl:call-template name="note.make"/>
    </xsl:if>
  </xsl:template>

  <!-- In a list of works: "1941 [the source prints 9141]". -->
  <xsl:template match="tei:choice[ancestor::tei:listBibl]">
    <xsl:call-template name="choice.reading"/>
    <xsl:if test="tei:sic or tei:orig">
      <xsl:text> [</xsl:text>
      <xsl:call-template name="choice.source-form"/>
      <xsl:text>]</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- What the reading text shows of a choice: the correction, the regular form or the
       expansion; of any other choice, its first alternative. -->
  <xsl:template name="choice.reading">
    <xsl:choose>
      <xsl:when test="tei:corr | tei:reg | tei:expan">
        <xsl:apply-templates select="(tei:corr | tei:reg | tei:expan)[1]"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*[1]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:choice/tei:corr | tei:choice/tei:reg">
    <xsl:call-template name="editorial.inline">
      <xsl:with-param name="style" select="local-name()"/>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The note of a choice: the lemma as plain text (so that nothing in it, a name with its index
       anchor say, is drawn twice), then what the source printed. -->
  <xsl:template match="tei:choice" mode="note.body">
    <xsl:apply-templates select="tei:corr | tei:reg" mode="text.reading"/>
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'note.lemma-end'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="choice.source-form"/>
  </xsl:template>

  <xsl:template name="choice.source-form">
    <xsl:call-template name="gentext">
      <xsl:with-param name="key" select="concat('note.', local-name((tei:sic | tei:orig)[1]))"/>
    </xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:value-of select="normalize-space(tei:sic | tei:orig)"/>
  </xsl:template>

  <!-- Mode text.reading: the reading text as a plain string (metadata, lemmas, index names):
       corrections and regular forms in, the source's sic and orig out. -->
  <xsl:template match="tei:choice[tei:corr | tei:reg]/tei:sic | tei:choice[tei:corr | tei:reg]/tei:orig"
                mode="text.reading"/>
  <!-- a heading's or a title's note marker ("TO ZELTER.[1]") is the note's, not its words: out
       of the contents, the metadata, the index -->
  <xsl:template match="tei:ref[starts-with(@target, '#note-')] | tei:note" mode="text.reading"/>

</xsl:stylesheet>
