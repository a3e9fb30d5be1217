<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Notes, decided once for every output, so that note 6 of the web is note 6 of the print.
       the editor's notes   numbered 1, 2, 3 … through the text: one for each correction or
                            normalisation that keeps what the source printed (a choice with sic
                            or orig, common/editorial.xsl), in a citation too. The hook note.make
                            draws the mark (and, in print, the note); the note's content is the
                            choice in mode note.body. With the paragraph's number it makes a
                            place's reference: "¶ 34, n. 6" (common/numbering.xsl).
       citations            stay in the reading text as the source printed them. One that cites
                            a work of the works cited (back/listBibl) has a reference note of its
                            own, a series apart marked a, b, c … (citation.mark), so that the
                            editor's notes keep their numbers whether an output shows these or
                            not; its content is the bibl in mode note.body (house style:
                            common/bibliography.xsl). Print sets them as notes; the web shows the
                            work on the citation itself.
     The source's own endnotes (div[@type='notes']) are text, not numbered notes, and a citation
     inside one of them has no reference note: the source's note is its reference. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Every element that makes an editor's note, in document order: key('notes', 'all'). -->
  <xsl:key name="notes" use="'all'"
           match="tei:text//tei:choice[tei:sic or tei:orig][not(ancestor::tei:listBibl)]"/>

  <!-- The number of the editor's note the context choice makes. (The key's definition again, as
       an axis count: xsl:number with the key as its pattern took quadratic time.) -->
  <xsl:template name="note.number">
    <xsl:value-of select="1 + count(preceding::tei:choice[tei:sic or tei:orig][ancestor::tei:text]
                                    [not(ancestor::tei:listBibl)])"/>
  </xsl:template>

  <!-- The output id of note $number. -->
  <xsl:template name="note.id">
    <xsl:param name="number"/>
    <xsl:value-of select="concat('_n-', $number)"/>
  </xsl:template>

  <!-- The works of the works cited, by id; and the citations that may have a reference note (in
       the text, outside lists of works, other citations and the source's notes), by the id of
       the work they point to. -->
  <xsl:key name="notes.works" match="tei:text/tei:back/tei:listBibl/tei:bibl" use="@xml:id"/>
  <xsl:key name="notes.citations-of"
           match="tei:text//tei:bibl[@corresp][not(ancestor::tei:listBibl or ancestor::tei:bibl
                                                   or ancestor::tei:note)]"
           use="substring-before(concat(substring-after(normalize-space(@corresp), '#'), ' '), ' ')"/>

  <!-- The work of the works cited the context citation points to (none: no reference note). -->
  <xsl:template name="citation.work-id">
    <xsl:if test="ancestor::tei:text and not(ancestor::tei:listBibl or ancestor::tei:bibl or ancestor::tei:note)">
      <xsl:variable name="id" select="substring-before(concat(substring-after(normalize-space(@corresp), '#'), ' '), ' ')"/>
      <xsl:if test="key('notes.works', $id)"><xsl:value-of select="$id"/></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The number of the context citation's reference note among them: 1, 2, 3 … -->
  <xsl:template name="citation.number">
    <xsl:value-of select="1 + count(preceding::tei:bibl[@corresp][ancestor::tei:text]
        [not(ancestor::tei:listBibl or ancestor::tei:bibl or ancestor::tei:note)]
        [key('notes.works', substring-before(concat(substring-after(normalize-space(@corresp), '#'), ' '), ' '))])"/>
  </xsl:template>

  <!-- Its mark: a, b, c … z, aa, ab … -->
  <xsl:template name="citation.mark">
    <xsl:variable name="number"><xsl:call-template name="citation.number"/></xsl:variable>
    <xsl:number value="$number" format="a"/>
  </xsl:template>

  <!-- The output id of the reference note marked $mark. -->
  <xsl:template name="citation.note-id">
    <xsl:param name="mark"/>
    <xsl:value-of select="concat('_c-', $mark)"/>
  </xsl:template>

  <!-- A footnote kept under its paragraph in Project Gutenberg's wrapper, "[Footnote 4: …]":
       every output shows the note's number (note.label, each output's own) and its text, not the
       wrapper; the TEI keeps the wrapper as the source prints it. -->
  <xsl:template match="tei:note[@place = 'foot'][starts-with(normalize-space(), '[Footnote ')]
                       /text()[not(preceding-sibling::node())]" priority="4">
    <xsl:call-template name="note.label"><xsl:with-param name="n" select="../@n"/></xsl:call-template>
    <xsl:variable name="rest" select="substring-after(., ':')"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="normalize-space(substring($rest, 1, 1)) = ''"><xsl:value-of select="substring($rest, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="notes.unwrap-end">
      <xsl:with-param name="s" select="$text"/>
      <xsl:with-param name="last" select="not(following-sibling::node())"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'foot'][starts-with(normalize-space(), '[Footnote ')]
                       /text()[not(following-sibling::node())][preceding-sibling::node()]" priority="4">
    <xsl:call-template name="notes.unwrap-end">
      <xsl:with-param name="s" select="."/>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- $s less the wrapper's closing bracket when it is the note's last text. -->
  <xsl:template name="notes.unwrap-end">
    <xsl:param name="s"/>
    <xsl:param name="last"/>
    <xsl:variable name="length" select="string-length($s)"/>
    <xsl:choose>
      <xsl:when test="$last and substring($s, $length) = ']'"><xsl:value-of select="substring($s, 1, $length - 1)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
