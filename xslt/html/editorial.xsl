<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Editorial interventions on the web: the hook common/editorial.xsl calls. Common decides what
     the reading shows (the corrected or regular form, its note, supplied text in its marks); the
     web adds the other reading, so that a reader can switch to the text "as printed":
       a correction   <span class="ed-corr">1941</span><span class="ed-sic" hidden>9141</span>
       supplied text  <span class="ed-supplied">⟨’⟩</span>, left out of the printed reading.
     Each form that belongs to one reading only says which (data-reading), and the hidden
     attribute marks the reading not shown at first: without CSS or scripts a page shows one
     complete reading, and the notes say what the source has. The reading switch (edition.js)
     moves the hidden attribute to the other reading's forms. In a works-cited entry common
     gives both forms already; nothing is added there. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="editorial.inline">
    <xsl:param name="style"/>
    <xsl:param name="content"/>
    <xsl:choose>
      <xsl:when test="$style = 'supplied'">
        <span class="ed-supplied">
          <xsl:call-template name="editorial.hidden-in"><xsl:with-param name="reading" select="'printed'"/></xsl:call-template>
          <xsl:attribute name="title">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.supplied'"/></xsl:call-template>
          </xsl:attribute>
          <xsl:copy-of select="$content"/>
        </span>
      </xsl:when>
      <xsl:when test="ancestor::tei:listBibl or not(ancestor::tei:text)">
        <span class="ed-{$style}"><xsl:copy-of select="$content"/></span>
      </xsl:when>
      <xsl:otherwise>
        <!-- the context is the corr or reg; its sic or orig is the printed form -->
        <span class="ed-{$style}">
          <xsl:call-template name="editorial.hidden-in"><xsl:with-param name="reading" select="'printed'"/></xsl:call-template>
          <xsl:copy-of select="$content"/>
        </span>
        <xsl:for-each select="../tei:sic | ../tei:orig">
          <span class="ed-{local-name()}">
            <xsl:call-template name="editorial.hidden-in"><xsl:with-param name="reading" select="'corrected'"/></xsl:call-template>
            <xsl:apply-templates/>
          </span>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The reading the form belongs to, the one other than $reading (where it has no place);
       hidden when $reading is the one shown first. -->
  <xsl:template name="editorial.hidden-in">
    <xsl:param name="reading"/>
    <xsl:attribute name="data-reading">
      <xsl:choose>
        <xsl:when test="$reading = 'printed'">corrected</xsl:when>
        <xsl:otherwise>printed</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
    <xsl:if test="$reading = $reading.mode">
      <xsl:attribute name="hidden">hidden</xsl:attribute>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
