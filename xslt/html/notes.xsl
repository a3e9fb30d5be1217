<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Notes on the web. The numbered notes are the editor's: each correction or normalisation
     (common/editorial.xsl) leaves its mark in the text, a link to the note in the list after the
     text ("Editorial notes"), whose entry links back. Citations are not notes here: they stay in
     the text as printed (html/bibliography.xsl), so the web numbers its notes itself (web.notes,
     web.note.number) rather than by common/notes.xsl, which counts citations too. That is the
     whole mechanism without scripts; edition.js opens the note in a popover over the text
     instead, and Escape returns to the mark. The mark's id is the TEI's, else "_nr-" and the
     number. The source's own endnotes (back/div[@type='notes'], or body/div[@type='notes'] where
     another closing section follows them, rendered where they stand) are text: each a paragraph
     with its marker as printed. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Every element that makes a numbered note on the web, in document order:
       key('web.notes', 'all'). A choice in a citation too: a citation is reading text here. -->
  <xsl:key name="web.notes" use="'all'"
           match="tei:text//tei:choice[tei:sic or tei:orig][not(ancestor::tei:listBibl)]"/>

  <!-- The number of the context element's note (the key's definition again, as an axis count). -->
  <xsl:template name="web.note.number">
    <xsl:value-of select="1 + count(preceding::tei:choice[tei:sic or tei:orig][ancestor::tei:text]
                                    [not(ancestor::tei:listBibl)])"/>
  </xsl:template>

  <!-- A choice in a citation is shown as any other (common shows it inline, for a citation that
       is itself a note). -->
  <xsl:template match="tei:choice[ancestor::tei:bibl][ancestor::tei:text][not(ancestor::tei:listBibl)]" priority="1">
    <xsl:call-template name="choice.reading"/>
    <xsl:if test="tei:sic or tei:orig">
      <xsl:call-template name="note.make"/>
    </xsl:if>
  </xsl:template>

  <!-- The hook: the mark of the context element's numbered note. -->
  <xsl:template name="note.make">
    <xsl:variable name="number"><xsl:call-template name="web.note.number"/></xsl:variable>
    <a class="note-ref" role="doc-noteref">
      <xsl:attribute name="id"><xsl:call-template name="note.ref-id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="href">#<xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="aria-label">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.note'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $number)"/>
      </xsl:attribute>
      <sup><xsl:value-of select="$number"/></sup>
    </a>
  </xsl:template>

  <xsl:template name="note.ref-id">
    <xsl:param name="number"/>
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('_nr-', $number)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every numbered note, in order, after the text. -->
  <xsl:template name="notes.list">
    <xsl:if test="key('web.notes', 'all')">
      <section id="_notes" class="notes" role="doc-endnotes" aria-labelledby="_notes-head">
        <h2 id="_notes-head">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.editorial'"/></xsl:call-template>
        </h2>
        <ol>
          <xsl:for-each select="key('web.notes', 'all')">
            <xsl:variable name="number"><xsl:call-template name="web.note.number"/></xsl:variable>
            <li>
              <xsl:attribute name="id"><xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:attribute>
              <xsl:attribute name="data-locator">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.note'"/></xsl:call-template>
                <xsl:value-of select="concat(' ', $number)"/>
              </xsl:attribute>
              <span class="note-body"><xsl:apply-templates select="." mode="note.body"/></span>
              <xsl:text> </xsl:text>
              <a class="note-back" role="doc-backlink">
                <xsl:attribute name="href">#<xsl:call-template name="note.ref-id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:attribute>
                <xsl:attribute name="aria-label">
                  <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.note.back'"/></xsl:call-template>
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="locator"/>
                  <xsl:text>)</xsl:text>
                </xsl:attribute>
                <xsl:text>↩</xsl:text>
              </a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The source's endnotes. -->
  <xsl:template match="tei:div[@type = 'notes']">
    <section class="source-notes">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:note">
    <p class="note">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:attribute name="data-locator"><xsl:call-template name="locator"/></xsl:attribute>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A reference: a link to what it points to (an element this output gives an id) or to the
       web; its text as is. -->
  <xsl:template match="tei:ref[@target]">
    <xsl:variable name="local">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@target"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$local != '' and key('id', $local)[self::tei:note or self::tei:div or self::tei:p or self::tei:item
                                                         or self::tei:quote or self::tei:said
                                                         or self::tei:bibl[parent::tei:listBibl]]">
        <a href="#{$local}">
          <xsl:if test="key('id', $local)[self::tei:note]"><xsl:attribute name="role">doc-noteref</xsl:attribute></xsl:if>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:when test="starts-with(@target, 'http://') or starts-with(@target, 'https://')">
        <a href="{@target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
