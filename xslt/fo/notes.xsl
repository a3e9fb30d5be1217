<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Notes in print, as common/notes.xsl numbers them: the editor's notes (1, 2, 3 …, the web's
     numbers) and the reference notes of citations (a, b, c …), as footnotes, or, with
     notes.place = 'end', after the text ("Editorial notes", "References"), the mark a link to its
     note. The source's own endnotes (back/div[@type='notes'], or body/div[@type='notes'] where
     another closing section follows them) are text: each is a paragraph with its marker as
     printed, and the markers in the text (ref) link to them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <!-- The hook: the editor's note of the context choice, its content in mode note.body. -->
  <xsl:template name="note.make">
    <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
    <xsl:call-template name="note.place">
      <xsl:with-param name="mark" select="$number"/>
      <xsl:with-param name="id"><xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The reference note of the context citation. -->
  <xsl:template name="citation.note">
    <xsl:variable name="mark"><xsl:call-template name="citation.mark"/></xsl:variable>
    <xsl:call-template name="note.place">
      <xsl:with-param name="mark" select="$mark"/>
      <xsl:with-param name="id"><xsl:call-template name="citation.note-id"><xsl:with-param name="mark" select="$mark"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A note's mark in the text, and the note at the foot of the page or a link to it. -->
  <xsl:template name="note.place">
    <xsl:param name="mark"/>
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$notes.place = 'foot'">
        <fo:footnote>
          <fo:inline xsl:use-attribute-sets="note.mark.properties"><xsl:value-of select="$mark"/></fo:inline>
          <fo:footnote-body>
            <xsl:call-template name="note.block">
              <xsl:with-param name="mark" select="$mark"/>
              <xsl:with-param name="id" select="$id"/>
            </xsl:call-template>
          </fo:footnote-body>
        </fo:footnote>
      </xsl:when>
      <xsl:otherwise>
        <fo:basic-link internal-destination="{$id}">
          <fo:inline xsl:use-attribute-sets="note.mark.properties"><xsl:value-of select="$mark"/></fo:inline>
        </fo:basic-link>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note as it stands at the foot or at the end: its mark, then its content. -->
  <xsl:template name="note.block">
    <xsl:param name="mark"/>
    <xsl:param name="id"/>
    <fo:list-block id="{$id}" xsl:use-attribute-sets="note.properties">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block text-align="end"><xsl:value-of select="$mark"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block><xsl:apply-templates select="." mode="note.body"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- notes.place = 'end': the editor's notes, then the reference notes, after the text and the
       source's own notes. -->
  <xsl:template name="notes.endnotes">
    <xsl:if test="key('notes', 'all')">
      <fo:block id="_endnotes">
        <fo:block xsl:use-attribute-sets="heading.back.properties">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.editorial'"/></xsl:call-template>
        </fo:block>
        <xsl:for-each select="key('notes', 'all')">
          <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
          <xsl:call-template name="note.block">
            <xsl:with-param name="mark" select="$number"/>
            <xsl:with-param name="id"><xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
    <xsl:variable name="citations" select="key('notes.citations-of', /tei:TEI/tei:text/tei:back/tei:listBibl/tei:bibl/@xml:id)"/>
    <xsl:if test="$citations">
      <fo:block id="_references">
        <fo:block xsl:use-attribute-sets="heading.back.properties">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.citations'"/></xsl:call-template>
        </fo:block>
        <xsl:for-each select="$citations">
          <xsl:variable name="mark"><xsl:call-template name="citation.mark"/></xsl:variable>
          <xsl:call-template name="note.block">
            <xsl:with-param name="mark" select="$mark"/>
            <xsl:with-param name="id"><xsl:call-template name="citation.note-id"><xsl:with-param name="mark" select="$mark"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- A kept footnote's number, where the source's wrapper gave it (common/notes.xsl). -->
  <xsl:template name="note.label">
    <xsl:param name="n"/>
    <fo:inline font-weight="bold"><xsl:value-of select="$n"/></fo:inline>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The source's endnotes. -->
  <xsl:template match="tei:note">
    <fo:block xsl:use-attribute-sets="paragraph.properties" space-after="0.3em">
      <!-- a footnote kept where the source prints it, under its paragraph: set smaller -->
      <xsl:if test="@place = 'foot'">
        <xsl:attribute name="font-size">0.88em</xsl:attribute>
        <xsl:attribute name="start-indent">1.5em</xsl:attribute>
        <xsl:attribute name="space-before">0.3em</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="pages.last-page.keeps"/>
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- A reference: a link to what it points to (an element this output gives an id: note, div, p,
       works-cited entry) or to the web; its text as is. -->
  <xsl:template match="tei:ref[@target]">
    <xsl:variable name="local">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@target"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$local != '' and key('id', $local)[self::tei:note or self::tei:div or self::tei:p
                                                         or self::tei:bibl[parent::tei:listBibl]]">
        <fo:basic-link internal-destination="{$local}"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:when test="starts-with(@target, 'http://') or starts-with(@target, 'https://')">
        <fo:basic-link external-destination="url({@target})"><xsl:apply-templates/></fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
