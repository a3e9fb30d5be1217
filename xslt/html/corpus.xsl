<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The corpus pages, made from the documents built together as edition.render.digest reduces
     them: a teiCorpus of their headers (each TEI's xml:id is its folder), then ed:persons and
     ed:works, each person or work once (the same across documents when its register id is),
     with ed:in for each document holding it. The pages: the list of articles, and the persons
     and works across them; each entry links to the document's own index entry, which links to
     every place. Nothing here walks the documents' texts, so the pages grow linearly.
     A large corpus is cut into pages by edition.render.browse: each page's document then holds
     only what it shows, and an ed:browse saying what the page is (browse.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:ed="urn:x-edition:corpus"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="tei ed exsl">

  <xsl:key name="corpus.documents" match="tei:teiCorpus/tei:TEI" use="@xml:id"/>
  <xsl:key name="corpus.persons" match="ed:persons/ed:person" use="@id"/>

  <xsl:include href="browse.xsl"/>

  <!-- The number of texts in the whole corpus (a page's document may hold only some). -->
  <xsl:variable name="corpus.texts">
    <xsl:choose>
      <xsl:when test="/tei:teiCorpus/@ed:texts"><xsl:value-of select="/tei:teiCorpus/@ed:texts"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="count(/tei:teiCorpus/tei:TEI)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="tei:teiCorpus" mode="page">
    <xsl:variable name="exists"><xsl:call-template name="page.exists"/></xsl:variable>
    <xsl:if test="$exists = '1'">
      <xsl:choose>
        <xsl:when test="$page = 'corpus'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus'"/>
            <xsl:with-param name="content">
              <xsl:call-template name="browse.hubs"/>
              <xsl:call-template name="corpus.list"/>
              <xsl:call-template name="browse.pager"/>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'persons'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus.persons'"/>
            <xsl:with-param name="content"><xsl:call-template name="browse.groups"/><xsl:call-template name="corpus.persons"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'works'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus.works'"/>
            <xsl:with-param name="content"><xsl:call-template name="browse.groups"/><xsl:call-template name="corpus.works"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'search'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.search'"/>
            <xsl:with-param name="content"><xsl:call-template name="search.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'browse'"><xsl:call-template name="browse.page"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="corpus.list">
    <xsl:if test="tei:TEI">
    <ul class="corpus">
      <xsl:for-each select="tei:TEI">
        <xsl:variable name="source" select="(tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'source']
                                             | tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
        <li class="corpus-entry">
          <h2><a href="{$root.href}{@xml:id}/index.html"><xsl:call-template name="corpus.title"/></a></h2>
          <p>
            <xsl:variable name="authors" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author"/>
            <xsl:for-each select="$authors">
              <xsl:if test="position() &gt; 1">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
              </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
            <xsl:for-each select="$source/tei:title[@level = 'j' or @level = 'm'][1]">
              <xsl:if test="$authors"><xsl:text>. </xsl:text></xsl:if>
              <cite><xsl:value-of select="normalize-space(.)"/></cite>
            </xsl:for-each>
            <xsl:for-each select="$source/tei:date[1]">
              <xsl:if test="$authors or $source/tei:title[@level = 'j' or @level = 'm']">, </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </p>
          <p class="corpus-links">
            <a href="{$root.href}{@xml:id}/about.html">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.nav.about'"/></xsl:call-template>
            </a>
            <xsl:text> · </xsl:text>
            <a href="{$root.href}{@xml:id}/{@xml:id}.xml" type="application/tei+xml">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.tei'"/></xsl:call-template>
            </a>
          </p>
        </li>
      </xsl:for-each>
    </ul>
    </xsl:if>
  </xsl:template>

  <!-- The context TEI's main title, as plain text. -->
  <xsl:template name="corpus.title">
    <xsl:variable name="titles" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="words">
      <xsl:apply-templates mode="text.reading" select="($titles[@type = 'main'] | $titles[not(@type)] | $titles)[1]"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($words)"/>
  </xsl:template>

  <!-- Each person once, in the order of the index names ("Surname, Forenames", as in a
       document's own index): the names are made first, then sorted. -->
  <xsl:template name="corpus.persons">
    <xsl:variable name="unsorted">
      <xsl:for-each select="ed:persons/ed:person">
        <xsl:variable name="person" select="tei:person"/>
        <xsl:variable name="name">
          <xsl:call-template name="index.name">
            <xsl:with-param name="name" select="($person/tei:persName[not(@type) or @type = 'main' or @type = 'full'] | $person/tei:persName)[1]"/>
          </xsl:call-template>
        </xsl:variable>
        <ed:entry sort="{translate($name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')}"
                  id="{@id}" name="{$name}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="corpus" select="/"/>
    <xsl:if test="ed:persons/ed:person">
    <ul class="index">
      <xsl:for-each select="exsl:node-set($unsorted)/ed:entry">
        <xsl:sort select="@sort"/>
        <xsl:variable name="id" select="@id"/>
        <xsl:variable name="name" select="@name"/>
        <!-- key() looks in the context's document: back to the corpus from the sorted names -->
        <xsl:for-each select="$corpus"><xsl:for-each select="key('corpus.persons', $id)">
          <li class="index-entry" id="{@id}">
            <p class="index-name">
              <xsl:for-each select="tei:person">
                <strong><xsl:value-of select="$name"/></strong>
                <xsl:call-template name="names.dates"/>
                <xsl:call-template name="index.register-facts"/>
              </xsl:for-each>
            </p>
            <xsl:call-template name="corpus.documents"><xsl:with-param name="page" select="'persons.html'"/></xsl:call-template>
          </li>
        </xsl:for-each></xsl:for-each>
      </xsl:for-each>
    </ul>
    </xsl:if>
  </xsl:template>

  <!-- Each work once, alphabetical by author and title, as in a document's own index. -->
  <xsl:template name="corpus.works">
    <xsl:variable name="unsorted">
      <xsl:for-each select="ed:works/ed:work">
        <xsl:variable name="author">
          <xsl:choose>
            <xsl:when test="contains(tei:bibl/tei:author[1], ',')"><xsl:value-of select="normalize-space(tei:bibl/tei:author[1])"/></xsl:when>
            <xsl:when test="tei:bibl/tei:author">
              <xsl:call-template name="index.name"><xsl:with-param name="name" select="tei:bibl/tei:author[1]"/></xsl:call-template>
            </xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="title"><xsl:apply-templates select="tei:bibl/tei:title[1]" mode="text.reading"/></xsl:variable>
        <!-- a work without an author stands under its title, as in a bibliography -->
        <xsl:variable name="heading">
          <xsl:choose>
            <xsl:when test="$author != ''"><xsl:value-of select="$author"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($title)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <ed:entry id="{@id}" sort="{translate(concat($heading, ' | ', normalize-space($title)),
                                           'ABCDEFGHIJKLMNOPQRSTUVWXYZ‘“', 'abcdefghijklmnopqrstuvwxyz')}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="corpus" select="/"/>
    <xsl:if test="ed:works/ed:work">
    <ul class="index">
      <xsl:for-each select="exsl:node-set($unsorted)/ed:entry">
        <xsl:sort select="@sort"/>
        <xsl:variable name="id" select="@id"/>
        <xsl:for-each select="$corpus/tei:teiCorpus/ed:works/ed:work[@id = $id]">
          <li class="index-entry" id="{@id}">
            <p class="index-name"><xsl:apply-templates select="tei:bibl" mode="index.entry"/></p>
            <xsl:call-template name="corpus.documents"><xsl:with-param name="page" select="'works.html'"/></xsl:call-template>
          </li>
        </xsl:for-each>
      </xsl:for-each>
    </ul>
    </xsl:if>
  </xsl:template>

  <!-- "In: How Stalin Betrayed October (12), …": the documents holding the entry (the context),
       each linked to its own index entry, with the number of places it names or cites it. -->
  <xsl:template name="corpus.documents">
    <xsl:param name="page"/>
    <xsl:variable name="id" select="@id"/>
    <p class="index-occurrences">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.corpus.in'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:for-each select="ed:in">
        <xsl:if test="position() &gt; 1">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
        </xsl:if>
        <a href="{$root.href}{@document}/{$page}#{$id}">
          <xsl:for-each select="key('corpus.documents', @document)"><xsl:call-template name="corpus.title"/></xsl:for-each>
        </a>
        <xsl:if test="@places &gt; 0"><xsl:value-of select="concat(' (', @places, ')')"/></xsl:if>
      </xsl:for-each>
      <xsl:if test="@more">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
        <a class="index-more" href="{$root.href}{@search}">
          <xsl:call-template name="browse.words">
            <xsl:with-param name="key" select="'web.browse.more'"/>
            <xsl:with-param name="n" select="@more"/>
          </xsl:call-template>
        </a>
      </xsl:if>
    </p>
  </xsl:template>

</xsl:stylesheet>
