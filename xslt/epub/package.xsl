<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The publication: the files of the container (the root template), the XHTML shell every
     content document shares, and the package document: Dublin Core metadata from the teiHeader,
     the EPUB Accessibility 1.1 metadata, the manifest and the spine.
     The package says version="3.0", which EPUBCheck 4.2 validates against the EPUB 3.2 rules; the
     content follows EPUB 3.3 where the two agree (README: EPUB edition). No conformance claim to
     WCAG is made: the edition is not evaluated against it as a whole. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:epubf="urn:x-edition:epub"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:exsl="http://exslt.org/common" xmlns:ix="urn:x-edition:index"
    exclude-result-prefixes="tei exsl ix">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="epub.title"><xsl:call-template name="meta.title"/></xsl:variable>
  <xsl:variable name="epub.authors"><xsl:call-template name="meta.authors"/></xsl:variable>
  <xsl:variable name="epub.index-entries"><xsl:call-template name="index.entries"/></xsl:variable>
  <xsl:variable name="epub.has-index" select="boolean(exsl:node-set($epub.index-entries)/ix:entry)"/>
  <xsl:variable name="epub.url"
      select="normalize-space($header/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URL'][1])"/>

  <xsl:template match="/">
    <xsl:call-template name="epub.check-params"/>
    <epubf:files>
      <epubf:file href="OEBPS/package.opf"><xsl:call-template name="package"/></epubf:file>
      <epubf:file href="OEBPS/nav.xhtml"><xsl:call-template name="nav"/></epubf:file>
      <epubf:file href="OEBPS/images/cover.svg"><xsl:call-template name="cover.svg"/></epubf:file>
      <epubf:file href="OEBPS/cover.xhtml"><xsl:call-template name="cover"/></epubf:file>
      <epubf:file href="OEBPS/titlepage.xhtml"><xsl:call-template name="titlepage"/></epubf:file>
      <epubf:file href="OEBPS/text.xhtml"><xsl:call-template name="text"/></epubf:file>
      <xsl:if test="$epub.has-index">
        <epubf:file href="OEBPS/index.xhtml"><xsl:call-template name="index"/></epubf:file>
      </xsl:if>
    </epubf:files>
  </xsl:template>

  <!-- A content document: $title in the head, $content in the body, $type its epub:type. -->
  <xsl:template name="epub.document">
    <xsl:param name="title"/>
    <xsl:param name="type" select="''"/>
    <xsl:param name="content"/>
    <html xml:lang="{$l10n.language}" lang="{$l10n.language}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="css/epub.css"/>
      </head>
      <body>
        <xsl:if test="$type != ''"><xsl:attribute name="epub:type"><xsl:value-of select="$type"/></xsl:attribute></xsl:if>
        <xsl:copy-of select="$content"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="package">
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="{$l10n.language}"
                 prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
      <metadata>
        <dc:identifier id="uid">
          <xsl:choose>
            <xsl:when test="$epub.url != ''"><xsl:value-of select="$epub.url"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$epub.uuid"/></xsl:otherwise>
          </xsl:choose>
        </dc:identifier>
        <dc:title id="title"><xsl:value-of select="$epub.title"/></dc:title>
        <xsl:for-each select="$file/tei:titleStmt/tei:author">
          <dc:creator id="creator-{position()}"><xsl:value-of select="normalize-space(.)"/></dc:creator>
          <meta refines="#creator-{position()}" property="role" scheme="marc:relators">aut</meta>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:titleStmt/tei:editor">
          <dc:contributor id="editor-{position()}"><xsl:value-of select="normalize-space(.)"/></dc:contributor>
          <meta refines="#editor-{position()}" property="role" scheme="marc:relators">edt</meta>
        </xsl:for-each>
        <dc:language><xsl:value-of select="$l10n.language"/></dc:language>
        <dc:date><xsl:call-template name="meta.date"/></dc:date>
        <xsl:variable name="source"><xsl:call-template name="meta.subject"/></xsl:variable>
        <xsl:if test="$source != ''">
          <dc:source>
            <xsl:variable name="intro"><xsl:call-template name="source.intro"/></xsl:variable>
            <xsl:value-of select="concat($intro, ' ', $source)"/>
          </dc:source>
        </xsl:if>
        <xsl:for-each select="$file/tei:publicationStmt/tei:publisher[normalize-space()][1]">
          <dc:publisher><xsl:value-of select="normalize-space(.)"/></dc:publisher>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:publicationStmt/tei:availability[normalize-space()][1]">
          <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
        </xsl:for-each>
        <xsl:variable name="keywords"><xsl:call-template name="meta.keywords"/></xsl:variable>
        <xsl:if test="normalize-space($keywords) != ''">
          <dc:subject><xsl:value-of select="normalize-space($keywords)"/></dc:subject>
        </xsl:if>
        <meta property="dcterms:modified"><xsl:value-of select="$epub.modified"/></meta>
        <xsl:call-template name="package.accessibility"/>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="cover-image" href="images/cover.svg" media-type="image/svg+xml" properties="cover-image"/>
        <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
        <item id="titlepage" href="titlepage.xhtml" media-type="application/xhtml+xml"/>
        <item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
        <xsl:if test="$epub.has-index">
          <item id="index" href="index.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <item id="css" href="css/epub.css" media-type="text/css"/>
        <item id="font-licence" href="fonts/OFL.txt" media-type="text/plain"/>
        <xsl:call-template name="package.fonts">
          <xsl:with-param name="files" select="normalize-space($epub.fonts)"/>
        </xsl:call-template>
      </manifest>
      <spine>
        <itemref idref="cover"/>
        <itemref idref="titlepage"/>
        <itemref idref="text"/>
        <xsl:if test="$epub.has-index"><itemref idref="index"/></xsl:if>
      </spine>
    </package>
  </xsl:template>

  <!-- One manifest item per font file: "a.otf b.otf". -->
  <xsl:template name="package.fonts" xmlns="http://www.idpf.org/2007/opf">
    <xsl:param name="files"/>
    <xsl:param name="n" select="1"/>
    <xsl:if test="$files != ''">
      <xsl:variable name="file" select="substring-before(concat($files, ' '), ' ')"/>
      <item id="font-{$n}" href="fonts/{$file}" media-type="font/otf"/>
      <xsl:call-template name="package.fonts">
        <xsl:with-param name="files" select="substring-after($files, ' ')"/>
        <xsl:with-param name="n" select="$n + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- EPUB Accessibility 1.1: how the publication can be read, what helps, what could harm. -->
  <xsl:template name="package.accessibility" xmlns="http://www.idpf.org/2007/opf">
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityFeature">readingOrder</meta>
    <meta property="schema:accessibilityFeature">alternativeText</meta>
    <meta property="schema:accessibilityFeature">displayTransformability</meta>
    <xsl:if test="$epub.has-index">
      <meta property="schema:accessibilityFeature">index</meta>
    </xsl:if>
    <xsl:if test="$epub.page-list = 'yes'">
      <meta property="schema:accessibilityFeature">pageBreakMarkers</meta>
      <meta property="schema:accessibilityFeature">pageNavigation</meta>
    </xsl:if>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary">
      <xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.a11y.summary'"/></xsl:call-template>
      <xsl:if test="$epub.page-list = 'yes'">
        <xsl:text> </xsl:text>
        <xsl:call-template name="epub.label"><xsl:with-param name="key" select="'epub.a11y.summary.pages'"/></xsl:call-template>
      </xsl:if>
    </meta>
  </xsl:template>

</xsl:stylesheet>
