<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Notes on the web. The numbered notes are the editor's, numbered as in print (common/notes.xsl:
     one for each correction or normalisation, in a citation too): each leaves its mark in the
     text, a link to the note in the list after the text ("Editorial notes"), whose entry links
     back. Citations are not notes here: they stay in the text as printed, each a link to its
     work (html/bibliography.xsl). That is the whole mechanism without scripts; edition.js opens
     the note in a popover over the text instead, and Escape returns to the mark. The mark's id
     is the TEI's, else "_nr-" and the number. The source's own endnotes (back/div[@type='notes'],
     or body/div[@type='notes'] where another closing section follows them, rendered where they
     stand) are text: each a paragraph with its marker as printed. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Where a note's mark stands: after the word it belongs to and after the punctuation that
       follows it ("April 5.¹", "Kamenev,¹"), as a press sets it, and never inside a link: a
       correction inside a name or a title that is a link to its index entry, or inside a
       citation, has its mark after that link. The element the mark follows is the note's
       carrier (notes.carrier); its marks are drawn by the text after it when that text opens
       with punctuation (the text() template below), else right after it (notes.after, which
       each carrier's template calls last). -->
  <xsl:variable name="notes.punctuation" select="concat('.,;:!?)]’”»…', &quot;'&quot;, '&quot;')"/>

  <!-- The hook common/editorial.xsl calls after a choice: its mark, unless it is carried on. -->
  <xsl:template name="note.make">
    <xsl:call-template name="notes.after"/>
  </xsl:template>

  <!-- The marks the context element carries, unless the text after it opens with punctuation
       (that text draws them). -->
  <xsl:template name="notes.after">
    <xsl:variable name="next" select="following-sibling::node()[1][self::text()]"/>
    <xsl:if test="not($next) or not(contains($notes.punctuation, substring($next, 1, 1))) or substring($next, 1, 1) = ''">
      <xsl:call-template name="notes.marks"/>
    </xsl:if>
  </xsl:template>

  <!-- The marks of the notes whose carrier is the context element, in order. -->
  <xsl:template name="notes.marks">
    <xsl:variable name="carrier" select="generate-id()"/>
    <xsl:for-each select="descendant-or-self::tei:choice[tei:sic or tei:orig][ancestor::tei:text][not(ancestor::tei:listBibl)]">
      <xsl:variable name="of"><xsl:call-template name="notes.carrier"/></xsl:variable>
      <xsl:if test="$of = $carrier"><xsl:call-template name="note.mark"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The generate-id() of the carrier of the context node's mark: the node itself, or the
       name, title or citation around it that is a link, or that it ends (and so on outwards). -->
  <xsl:template name="notes.carrier">
    <xsl:variable name="parent" select="parent::tei:persName | parent::tei:orgName | parent::tei:placeName
                                        | parent::tei:title | parent::tei:bibl[not(ancestor::tei:listBibl)]"/>
    <xsl:variable name="link"><xsl:for-each select="$parent"><xsl:call-template name="names.href"/></xsl:for-each></xsl:variable>
    <xsl:choose>
      <xsl:when test="$parent and ($link != '' or $parent/self::tei:bibl
                      or not(following-sibling::node()[not(self::text()) or normalize-space() != '']))">
        <xsl:for-each select="$parent"><xsl:call-template name="notes.carrier"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="generate-id()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text right after a carrier: its opening punctuation, then the carrier's marks. (It may
       also stand before a citation: html/bibliography.xsl keeps such text as it is, as here.) -->
  <xsl:template match="text()[preceding-sibling::node()[1][self::tei:choice or self::tei:persName or self::tei:orgName
                                                          or self::tei:placeName or self::tei:title or self::tei:bibl]]" priority="2">
    <xsl:choose>
      <xsl:when test="contains($notes.punctuation, substring(., 1, 1)) and substring(., 1, 1) != ''">
        <xsl:variable name="length">
          <xsl:call-template name="notes.punctuation-length"><xsl:with-param name="s" select="."/></xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="substring(., 1, $length)"/>
        <xsl:for-each select="preceding-sibling::node()[1]"><xsl:call-template name="notes.marks"/></xsl:for-each>
        <xsl:value-of select="substring(., $length + 1)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- How many characters of punctuation $s opens with. -->
  <xsl:template name="notes.punctuation-length">
    <xsl:param name="s"/>
    <xsl:param name="n" select="0"/>
    <xsl:choose>
      <xsl:when test="$s != '' and contains($notes.punctuation, substring($s, 1, 1))">
        <xsl:call-template name="notes.punctuation-length">
          <xsl:with-param name="s" select="substring($s, 2)"/>
          <xsl:with-param name="n" select="$n + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The mark of the context choice's note: a superscript figure, a link to the note. -->
  <xsl:template name="note.mark">
    <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
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
    <xsl:if test="key('notes', 'all')">
      <section id="_notes" class="notes" role="doc-endnotes" aria-labelledby="_notes-head">
        <h2 id="_notes-head">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.editorial'"/></xsl:call-template>
        </h2>
        <ol>
          <xsl:for-each select="key('notes', 'all')">
            <xsl:variable name="number"><xsl:call-template name="note.number"/></xsl:variable>
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

  <!-- A kept footnote's number, where the source's wrapper gave it (common/notes.xsl). -->
  <xsl:template name="note.label">
    <xsl:param name="n"/>
    <span class="note-label"><xsl:value-of select="$n"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The source's endnotes. -->
  <xsl:template match="tei:div[@type = 'notes']">
    <section class="source-notes">
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- (a footnote kept where the source prints it, under its paragraph, is set smaller) -->
  <xsl:template match="tei:note">
    <p class="note">
      <xsl:if test="@place = 'foot'"><xsl:attribute name="class">note footnote</xsl:attribute></xsl:if>
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
      <!-- (a web address inside a citation that links to its work stays text: links do not nest) -->
      <xsl:when test="(starts-with(@target, 'http://') or starts-with(@target, 'https://'))
                      and not(ancestor::tei:bibl[@corresp])">
        <a href="{@target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
