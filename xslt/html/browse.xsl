<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Browsing a corpus page by page: the pages edition.render.browse cuts a corpus into. Each
     page's document is a teiCorpus holding only what the page shows (the TEI headers of its
     articles, or its persons or works) and an ed:browse saying what the page is: its heading
     (@heading, or a label: @heading-label), the way back up (ed:up), the groups it leads to
     (ed:group: years, authors, publications, letters, with their counts), the places to browse
     from the start page (ed:hub), and its place among the pages of its list (ed:pages). Every
     href there is relative to the site's root, and so prefixed with $root.href. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:ed="urn:x-edition:corpus"
    exclude-result-prefixes="tei ed">

  <xsl:template name="browse.page">
    <xsl:variable name="browse" select="ed:browse"/>
    <xsl:variable name="heading">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="$browse/@label"/></xsl:call-template>
      <xsl:if test="$browse/@heading or $browse/@heading-label">
        <xsl:text>: </xsl:text>
        <xsl:call-template name="browse.heading"/>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="page.html">
      <xsl:with-param name="heading.text" select="string($heading)"/>
      <xsl:with-param name="content">
        <xsl:call-template name="browse.trail"/>
        <xsl:call-template name="browse.groups"/>
        <xsl:call-template name="corpus.list"/>
        <xsl:call-template name="corpus.persons"/>
        <xsl:call-template name="corpus.works"/>
        <xsl:call-template name="browse.pager"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="browse.heading">
    <xsl:choose>
      <xsl:when test="ed:browse/@heading-label">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="ed:browse/@heading-label"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="ed:browse/@heading"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where this page stands: the pages above it, each a link. -->
  <xsl:template name="browse.trail">
    <xsl:if test="ed:browse/ed:up">
      <ol class="browse-trail">
          <xsl:for-each select="ed:browse/ed:up">
            <li><a href="{$root.href}{@href}">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="@label"/></xsl:call-template>
            </a></li>
          </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

  <!-- The start page: every way of browsing the corpus, and its downloads. -->
  <xsl:template name="browse.hubs">
    <xsl:if test="ed:browse/ed:hub">
      <ul class="browse-hubs">
          <xsl:for-each select="ed:browse/ed:hub">
            <li><a href="{$root.href}{@href}">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="@label"/></xsl:call-template>
            </a></li>
          </xsl:for-each>
      </ul>
      <ul class="browse-downloads">
        <li><a href="{$root.href}corpus.tar.gz" type="application/gzip">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.corpus'"/></xsl:call-template>
        </a></li>
        <li><a href="{$root.href}catalogue.json" type="application/json">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.catalogue'"/></xsl:call-template>
        </a></li>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The groups this page leads to (years, authors, publications, letters), with the number
       of entries each holds. -->
  <xsl:template name="browse.groups">
    <xsl:if test="ed:browse/ed:group">
      <ul class="browse-groups">
        <xsl:for-each select="ed:browse/ed:group">
          <li>
            <a href="{$root.href}{@href}">
              <xsl:choose>
                <xsl:when test="@label">
                  <xsl:call-template name="gentext"><xsl:with-param name="key" select="@label"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </a>
            <xsl:value-of select="concat(' (', @count, ')')"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- Page 1 … 4 5 [6] 7 8 … 40: the first and last pages of the list and those near this one,
       with the previous and the next. -->
  <xsl:template name="browse.pager">
    <xsl:variable name="pages" select="ed:browse/ed:pages"/>
    <xsl:if test="$pages">
      <ul class="browse-pager">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.browse.pages'"/></xsl:call-template>
        </xsl:attribute>
          <xsl:for-each select="$pages/ed:page[@n = $pages/@current - 1]">
            <li><a rel="prev" href="{$root.href}{@href}">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.browse.previous'"/></xsl:call-template>
            </a></li>
          </xsl:for-each>
          <xsl:for-each select="$pages/ed:page">
            <xsl:if test="position() &gt; 1 and @n - preceding-sibling::ed:page[1]/@n &gt; 1"><li>…</li></xsl:if>
            <li>
              <xsl:choose>
                <xsl:when test="@n = $pages/@current"><a aria-current="page" href="{$root.href}{@href}"><xsl:value-of select="@n"/></a></xsl:when>
                <xsl:otherwise><a href="{$root.href}{@href}"><xsl:value-of select="@n"/></a></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
          <xsl:for-each select="$pages/ed:page[@n = $pages/@current + 1]">
            <li><a rel="next" href="{$root.href}{@href}">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.browse.next'"/></xsl:call-template>
            </a></li>
          </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- The label $key with its {n} replaced by $n. -->
  <xsl:template name="browse.words">
    <xsl:param name="key"/>
    <xsl:param name="n"/>
    <xsl:variable name="words"><xsl:call-template name="gentext"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="string.replace">
      <xsl:with-param name="s" select="$words"/>
      <xsl:with-param name="from" select="'{n}'"/>
      <xsl:with-param name="to" select="$n"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
