<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Notes as EPUB footnotes, numbered as common/notes.xsl numbers them for every output: the
     editor's notes 1, 2, 3 … (the web's and the print's numbers) and the reference notes of
     citations a, b, c … (the print's). The mark in the text is a noteref to the footnote; the
     footnote, after the text, begins with its mark, a link back to the place it was called from.
     The source's own endnotes are text, and the markers in the text (ref) link to them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops" exclude-result-prefixes="tei">

  <!-- The hook: the mark of the context choice's editor's note. -->
  <xsl:template name="note.make">
    <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
    <xsl:call-template name="note.ref">
      <xsl:with-param name="mark" select="$number"/>
      <xsl:with-param name="id"><xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The mark of the context citation's reference note. -->
  <xsl:template name="citation.note">
    <xsl:variable name="mark"><xsl:call-template name="citation.mark"/></xsl:variable>
    <xsl:call-template name="note.ref">
      <xsl:with-param name="mark" select="$mark"/>
      <xsl:with-param name="id"><xsl:call-template name="citation.note-id"><xsl:with-param name="mark" select="$mark"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="note.ref">
    <xsl:param name="mark"/>
    <xsl:param name="id"/>
    <sup class="noteref"><a epub:type="noteref" role="doc-noteref" id="_ref{$id}" href="#{$id}"><xsl:value-of select="$mark"/></a></sup>
  </xsl:template>

  <!-- Every footnote, in the order of their marks. -->
  <xsl:template name="notes.footnotes">
    <xsl:variable name="notes"
        select="key('notes', 'all') | key('notes.citations-of', /tei:TEI/tei:text/tei:back/tei:listBibl/tei:bibl/@xml:id)"/>
    <xsl:if test="$notes">
      <section class="footnotes" epub:type="footnotes" id="_notes">
        <h2><xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.notes'"/></xsl:call-template></h2>
        <xsl:for-each select="$notes">
          <xsl:choose>
            <xsl:when test="self::tei:choice">
              <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
              <xsl:call-template name="note.footnote">
                <xsl:with-param name="mark" select="$number"/>
                <xsl:with-param name="id"><xsl:call-template name="note.id"><xsl:with-param name="number" select="$number"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="mark"><xsl:call-template name="citation.mark"/></xsl:variable>
              <xsl:call-template name="note.footnote">
                <xsl:with-param name="mark" select="$mark"/>
                <xsl:with-param name="id"><xsl:call-template name="citation.note-id"><xsl:with-param name="mark" select="$mark"/></xsl:call-template></xsl:with-param>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="note.footnote">
    <xsl:param name="mark"/>
    <xsl:param name="id"/>
    <aside epub:type="footnote" role="doc-footnote" id="{$id}" class="footnote">
      <p>
        <a class="note-back" role="doc-backlink" href="#_ref{$id}"><xsl:value-of select="$mark"/></a>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="." mode="note.body"/>
      </p>
    </aside>
  </xsl:template>

  <!-- A kept footnote's number, where the source's wrapper gave it (common/notes.xsl). -->
  <xsl:template name="note.label">
    <xsl:param name="n"/>
    <span class="note-label"><xsl:value-of select="$n"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The source's endnotes. -->
  <xsl:template match="tei:note">
    <div class="source-note">
      <xsl:if test="@place = 'foot'"><xsl:attribute name="class">source-note footnote</xsl:attribute></xsl:if>
      <xsl:call-template name="id.copy"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A reference: a link to what it points to (an element given an id here) or to the web. -->
  <xsl:template match="tei:ref[@target]">
    <xsl:variable name="local">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@target"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test=".//tei:choice[tei:sic or tei:orig]"><xsl:apply-templates/></xsl:when>
      <xsl:when test="$local != '' and key('id', $local)[self::tei:note or self::tei:div or self::tei:p
                                                         or self::tei:bibl[parent::tei:listBibl]]">
        <a href="#{$local}"><xsl:apply-templates/></a>
      </xsl:when>
      <!-- (a web address inside a citation that links to its work stays text: links do not nest) -->
      <xsl:when test="(starts-with(@target, 'http://') or starts-with(@target, 'https://'))
                      and not(ancestor::tei:bibl[@corresp])">
        <a href="{@target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
