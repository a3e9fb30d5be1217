<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The search page: a form, and the place edition.js lists what it finds. The index is
     search-index.js beside the page (written at build time by edition.render.search from the
     reading pages: one entry per paragraph, heading and note), so that search works from file://
     and any static host. The words the script shows are data attributes, from the labels. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="search.page">
    <xsl:call-template name="shell.search-form"><xsl:with-param name="id" select="'_q'"/></xsl:call-template>
    <noscript>
      <p class="search-noscript">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.noscript'"/></xsl:call-template>
      </p>
    </noscript>
    <div id="_search">
      <xsl:attribute name="data-none">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.none'"/></xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="data-found">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.found'"/></xsl:call-template>
      </xsl:attribute>
      <p id="_search-status" role="status"></p>
      <ol id="_search-results" class="search-results"></ol>
    </div>
  </xsl:template>

</xsl:stylesheet>
