<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The PDF's document information (XMP in fo:declarations, which FOP turns into the PDF's
     metadata and Info dictionary: title, author, subject, keywords) and its bookmarks. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <xsl:template name="metadata">
    <fo:declarations>
      <!-- The XMP namespaces are declared here, not on the stylesheet, so that only the XMP
           packet carries them. -->
      <x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
          xmlns:xmp="http://ns.adobe.com/xap/1.0/">
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><xsl:call-template name="meta.title"/></dc:title>
            <dc:creator><xsl:call-template name="meta.authors"/></dc:creator>
            <dc:description><xsl:call-template name="meta.subject"/></dc:description>
            <dc:language><xsl:value-of select="$l10n.language"/></dc:language>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <pdf:Keywords><xsl:call-template name="meta.keywords"/></pdf:Keywords>
          </rdf:Description>
          <xsl:if test="$edition.generator != ''">
            <rdf:Description rdf:about="">
              <xmp:CreatorTool><xsl:value-of select="$edition.generator"/></xmp:CreatorTool>
            </rdf:Description>
          </xsl:if>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- The outline a PDF viewer shows: the text, its headed sections, the back matter. -->
  <xsl:template name="bookmarks">
    <xsl:variable name="text" select="/tei:TEI/tei:text"/>
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="_text-start">
        <fo:bookmark-title><xsl:call-template name="meta.title"/></fo:bookmark-title>
      </fo:bookmark>
      <xsl:for-each select="$text/tei:body//tei:div[tei:head] | $text/tei:back/tei:div[tei:head]">
        <fo:bookmark>
          <xsl:attribute name="internal-destination"><xsl:call-template name="id.of"/></xsl:attribute>
          <fo:bookmark-title>
            <xsl:variable name="head"><xsl:apply-templates select="tei:head[1]" mode="text.reading"/></xsl:variable>
            <xsl:value-of select="normalize-space($head)"/>
          </fo:bookmark-title>
        </fo:bookmark>
      </xsl:for-each>
      <xsl:if test="$notes.place = 'end' and key('notes', 'all')">
        <fo:bookmark internal-destination="_endnotes">
          <fo:bookmark-title><xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.editorial'"/></xsl:call-template></fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
      <xsl:for-each select="$text/tei:back/tei:listBibl">
        <fo:bookmark>
          <xsl:attribute name="internal-destination"><xsl:call-template name="id.of"/></xsl:attribute>
          <fo:bookmark-title><xsl:call-template name="bibliography.heading"/></fo:bookmark-title>
        </fo:bookmark>
      </xsl:for-each>
      <xsl:if test="key('index.occurrences', 'all')">
        <fo:bookmark internal-destination="_index">
          <fo:bookmark-title><xsl:call-template name="gentext"><xsl:with-param name="key" select="'index'"/></xsl:call-template></fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
    </fo:bookmark-tree>
  </xsl:template>

</xsl:stylesheet>
