<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Quotation and speech on the web: the hooks common/quotation.xsl calls. A block quotation is a
     blockquote; an inline one a span, its quotation marks the text's own (never the q element,
     whose browser quotes would double them). Speech carries its speaker: data-who (the register
     id, for the speaker picker), a title (shown on hover, also without CSS or scripts), and a
     description for assistive technology; it takes the keyboard focus, which shows the speaker
     too (CSS). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="quotation.block">
    <xsl:param name="style"/>
    <xsl:variable name="element">
      <xsl:choose>
        <!-- a cit holding a block quotation: the quotation is the blockquote -->
        <xsl:when test="$style = 'cit'">div</xsl:when>
        <xsl:otherwise>blockquote</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class"><xsl:value-of select="concat('block ', $style)"/></xsl:attribute>
      <xsl:call-template name="quotation.attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="quotation.inline">
    <xsl:param name="style"/>
    <span class="{$style}">
      <xsl:call-template name="quotation.attributes"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Ids (the TEI's, else numbered) for quotations and speech, and a speaker for speech. -->
  <xsl:template name="quotation.attributes">
    <xsl:if test="@xml:id or self::tei:said or self::tei:quote">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="self::tei:said[@who]">
      <xsl:variable name="who" select="substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' ')"/>
      <xsl:attribute name="data-who"><xsl:value-of select="$who"/></xsl:attribute>
      <xsl:attribute name="tabindex">0</xsl:attribute>
      <xsl:attribute name="title">
        <xsl:call-template name="speech.label"/>
      </xsl:attribute>
      <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('_speaker-', $who)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- "Spoken by Y.G. Plimak". -->
  <xsl:template name="speech.label">
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.spoken-by'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="registers.speaker-name"/>
  </xsl:template>

  <!-- One description per speaker, referred to by the speech's aria-describedby; hidden, as
       descriptions may be. -->
  <xsl:template name="speech.descriptions">
    <xsl:variable name="first" select="key('registers.speakers', 'all')[generate-id() = generate-id(key('registers.speech',
        substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' '))[1])]"/>
    <xsl:if test="$first">
      <div class="speech-descriptions" hidden="hidden">
        <xsl:for-each select="$first">
          <span id="{concat('_speaker-', substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' '))}">
            <xsl:call-template name="speech.label"/>
          </span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
