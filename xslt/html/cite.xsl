<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- How to cite: every page's "Cite this page" and the about page's "How to cite". A citation
     names the article and its source, the page (unless it is the text or the edition as a
     whole), the edition (meta.edition: "Web edition of 1 January 2000", with a version when one
     is declared: the one date print gives too), the page's absolute address and the date it
     was read. The address comes from the site's (site.url: the base-url option, or the
     editorial file's [edition] url); a build that knows none says so instead of printing a
     path that is no address (edition.js puts in the page's own address when it is served from
     a host). The access date can only be the reader's: edition.js writes today's date, and
     without it the citation asks for it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- "Gerry Healy, “How Stalin Betrayed October”, Marxist Monthly, Vol. 1, No. 4, June 1988.
       Index of persons. Web edition of 1 January 2000. https://…/persons.html, accessed
       28 November 2026." $page.title is left out for the text itself and when $whole (the about
       page's citation of the edition as a whole, whose address is the text's). -->
  <xsl:template name="cite.line">
    <xsl:param name="page.title" select="''"/>
    <xsl:param name="whole" select="false()"/>
    <xsl:variable name="site.name"><xsl:call-template name="site.name"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="/tei:TEI">
        <xsl:variable name="authors"><xsl:call-template name="meta.authors"/></xsl:variable>
        <xsl:if test="$authors != ''"><xsl:value-of select="concat($authors, ', ')"/></xsl:if>
        <xsl:call-template name="about.quoted-title"/>
        <xsl:variable name="source"><xsl:call-template name="source.description"/></xsl:variable>
        <xsl:if test="normalize-space($source) != ''">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          <xsl:call-template name="source.description"/>
        </xsl:if>
        <xsl:text>. </xsl:text>
      </xsl:when>
      <xsl:when test="$site.name != $page.title"><xsl:value-of select="concat($site.name, '. ')"/></xsl:when>
    </xsl:choose>
    <xsl:if test="$page.title != '' and not($whole)"><xsl:value-of select="concat($page.title, '. ')"/></xsl:if>
    <xsl:call-template name="meta.edition"/>
    <xsl:text>. </xsl:text>
    <xsl:call-template name="cite.address"><xsl:with-param name="whole" select="$whole"/></xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.accessed'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <span class="cite-accessed">
      <xsl:attribute name="data-months">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'date.months'"/></xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.accessed.unknown'"/></xsl:call-template>
    </span>
    <xsl:text>.</xsl:text>
  </xsl:template>

  <!-- The page's address (the text's, when $whole), a link; without the site's address, the
       words saying that this copy does not know it. -->
  <xsl:template name="cite.address">
    <xsl:param name="whole" select="false()"/>
    <xsl:variable name="file">
      <xsl:choose>
        <xsl:when test="$whole and /tei:TEI">index.html</xsl:when>
        <xsl:when test="$whole"/>
        <xsl:otherwise><xsl:call-template name="page.file"><xsl:with-param name="name" select="$page"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$site.url != ''">
        <xsl:variable name="url">
          <xsl:value-of select="$site.url"/>
          <xsl:if test="$document.name != ''"><xsl:value-of select="concat($document.name, '/')"/></xsl:if>
          <xsl:value-of select="$file"/>
        </xsl:variable>
        <a class="cite-url" href="{$url}"><xsl:value-of select="$url"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="cite-url cite-no-address" data-file="{$file}">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.no-address'"/></xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- How to cite a place of the text, as print says it: "¶ 23, n. 6", with a paragraph that
       has an editor's note halfway through the text as the example (or the first paragraph). -->
  <xsl:template name="cite.place">
    <p class="cite-place">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.place'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:variable name="noted" select="key('notes', 'all')[ancestor::tei:body and ancestor::tei:p]"/>
      <xsl:variable name="note" select="$noted[position() = ceiling(last() div 2)]"/>
      <span class="cite-example">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.paragraph'"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="$note">
            <xsl:for-each select="$note/ancestor::tei:p[1]"><xsl:call-template name="paragraph.number"/></xsl:for-each>
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.cite.note'"/></xsl:call-template>
            <xsl:for-each select="$note"><xsl:call-template name="note.number"/></xsl:for-each>
          </xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <!-- The citation as data for reference managers, beside the pages (edition.render.citation):
       CSL-JSON and BibTeX. -->
  <xsl:template name="cite.data">
    <xsl:if test="$citation.href != ''">
      <p class="cite-data">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.data'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a href="{$citation.href}.csl.json" type="application/vnd.citationstyles.csl+json" download="">CSL-JSON</a>
        <xsl:text> · </xsl:text>
        <a href="{$citation.href}.bib" type="application/x-bibtex" download="">BibTeX</a>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
