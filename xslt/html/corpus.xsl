<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The corpus pages, made from a teiCorpus of the documents built together (edition.render.site
     puts it together; each TEI's xml:id is its folder): the list of articles, and the persons
     and works across them. A person or work is the same across documents when its register
     id is; each entry links to the document's own index entry, which links to every place. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:key name="corpus.persons" match="tei:standOff//tei:person[@xml:id]" use="@xml:id"/>
  <xsl:key name="corpus.works" use="@xml:id"
           match="tei:text//tei:listBibl/tei:bibl[@xml:id] | tei:standOff//tei:listBibl[@type = 'works']/tei:bibl[@xml:id]"/>

  <xsl:template match="tei:teiCorpus" mode="page">
    <xsl:variable name="exists"><xsl:call-template name="page.exists"/></xsl:variable>
    <xsl:if test="$exists = '1'">
      <xsl:choose>
        <xsl:when test="$page = 'corpus'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus'"/>
            <xsl:with-param name="content"><xsl:call-template name="corpus.list"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'persons'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus.persons'"/>
            <xsl:with-param name="content"><xsl:call-template name="corpus.persons"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'works'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.corpus.works'"/>
            <xsl:with-param name="content"><xsl:call-template name="corpus.works"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'search'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.search'"/>
            <xsl:with-param name="content"><xsl:call-template name="search.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="corpus.list">
    <ul class="corpus">
      <xsl:for-each select="tei:TEI">
        <xsl:variable name="source" select="(tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'source']
                                             | tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
        <li class="corpus-entry">
          <h2><a href="{@xml:id}/index.html"><xsl:call-template name="corpus.title"/></a></h2>
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
            <a href="{@xml:id}/about.html">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.nav.about'"/></xsl:call-template>
            </a>
            <xsl:text> · </xsl:text>
            <a href="{@xml:id}/{@xml:id}.xml" type="application/tei+xml">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.tei'"/></xsl:call-template>
            </a>
          </p>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- The context TEI's main title, as plain text. -->
  <xsl:template name="corpus.title">
    <xsl:variable name="titles" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="words">
      <xsl:apply-templates mode="text.reading" select="($titles[@type = 'main'] | $titles[not(@type)] | $titles)[1]"/>
    </xsl:variable>
    <xsl:value-of select="normalize-space($words)"/>
  </xsl:template>

  <xsl:template name="corpus.persons">
    <ul class="index">
      <xsl:for-each select="tei:TEI/tei:standOff//tei:person[@xml:id][generate-id() = generate-id(key('corpus.persons', @xml:id)[1])]">
        <xsl:sort select="translate(normalize-space((tei:persName[not(@type)] | tei:persName)[1]/tei:surname
                                                    | (tei:persName[not(@type)] | tei:persName)[1]),
                                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
        <xsl:variable name="id" select="@xml:id"/>
        <xsl:variable name="documents" select="key('corpus.persons', $id)/ancestor::tei:TEI
                                               [tei:text//tei:persName[@ref = concat('#', $id)]]"/>
        <xsl:if test="$documents">
          <li class="index-entry" id="{$id}">
            <p class="index-name">
              <strong>
                <xsl:call-template name="index.name">
                  <xsl:with-param name="name" select="(tei:persName[not(@type) or @type = 'main' or @type = 'full'] | tei:persName)[1]"/>
                </xsl:call-template>
              </strong>
              <xsl:call-template name="index.register-facts"/>
            </p>
            <xsl:call-template name="corpus.documents">
              <xsl:with-param name="documents" select="$documents"/>
              <xsl:with-param name="page" select="'persons.html'"/>
              <xsl:with-param name="id" select="$id"/>
              <xsl:with-param name="kind" select="'persName'"/>
            </xsl:call-template>
          </li>
        </xsl:if>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="corpus.works">
    <ul class="index">
      <xsl:for-each select="(tei:TEI/tei:text//tei:listBibl/tei:bibl[@xml:id]
                             | tei:TEI/tei:standOff//tei:listBibl[@type = 'works']/tei:bibl[@xml:id])
                            [generate-id() = generate-id(key('corpus.works', @xml:id)[1])]">
        <xsl:variable name="id" select="@xml:id"/>
        <li class="index-entry" id="{$id}">
          <p class="index-name"><xsl:apply-templates/></p>
          <xsl:call-template name="corpus.documents">
            <xsl:with-param name="documents" select="key('corpus.works', $id)/ancestor::tei:TEI"/>
            <xsl:with-param name="page" select="'works.html'"/>
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="kind" select="'bibl'"/>
          </xsl:call-template>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- "In: How Stalin Betrayed October (12), …": each document's own index entry. The count is
       of names ($kind persName) or of citations and titles (bibl) that point at $id. -->
  <xsl:template name="corpus.documents">
    <xsl:param name="documents"/>
    <xsl:param name="page"/>
    <xsl:param name="id"/>
    <xsl:param name="kind"/>
    <p class="index-occurrences">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.corpus.in'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:for-each select="$documents">
        <xsl:if test="position() &gt; 1">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
        </xsl:if>
        <a href="{@xml:id}/{$page}#{$id}"><xsl:call-template name="corpus.title"/></a>
        <xsl:variable name="pointer" select="concat('#', $id)"/>
        <xsl:variable name="count">
          <xsl:choose>
            <xsl:when test="$kind = 'persName'">
              <xsl:value-of select="count(tei:text//tei:persName[@ref = $pointer][not(ancestor::tei:listBibl)])"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="count(tei:text//tei:bibl[@corresp = $pointer][not(ancestor::tei:listBibl)]
                                          | tei:text//tei:title[@ref = $pointer][not(ancestor::tei:listBibl)])"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:if test="$count &gt; 0"><xsl:value-of select="concat(' (', $count, ')')"/></xsl:if>
      </xsl:for-each>
    </p>
  </xsl:template>

</xsl:stylesheet>
