<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The index pages of a document: persons (from common/index.xsl's entries), works (the
     works-cited list and the works the registers hold), organisations, periodicals and places
     (common/registers.xsl). An entry gives what the register knows (names, variants, Wikidata,
     notes) and links back to every occurrence, cited by its paragraph ("¶ 12", "¶ 14 (3×)":
     occurrences in one paragraph share a link to the first). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:ix="urn:x-edition:index"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="tei ix exsl">

  <!-- The document, for key() calls made while the context is in a computed node-set. -->
  <xsl:variable name="index.root" select="/"/>

  <xsl:variable name="index.works"
      select="/tei:TEI/tei:text//tei:listBibl/tei:bibl[@xml:id]
              | /tei:TEI/tei:standOff//tei:listBibl[@type = 'works']/tei:bibl"/>
  <xsl:variable name="index.organisations" select="/tei:TEI/tei:standOff//tei:org"/>
  <!-- Periodicals: the register's list of them, or an untyped list's entries with a journal title. -->
  <xsl:variable name="index.periodicals"
      select="/tei:TEI/tei:standOff//tei:listBibl[@type = 'periodicals']/tei:bibl
              | /tei:TEI/tei:standOff//tei:listBibl[not(@type)]/tei:bibl[tei:title[@level = 'j']]"/>
  <xsl:variable name="index.places" select="/tei:TEI/tei:standOff//tei:place"/>

  <!-- ==== persons ==== -->

  <xsl:template name="index.persons.page">
    <p class="index-intro">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.index.intro'"/></xsl:call-template>
    </p>
    <xsl:variable name="entries"><xsl:call-template name="index.entries"/></xsl:variable>
    <ul class="index">
      <xsl:for-each select="exsl:node-set($entries)/ix:entry">
        <xsl:variable name="name" select="string(ix:name)"/>
        <xsl:variable name="first" select="number(substring-after(ix:occurrence[1]/@id, '_ix-'))"/>
        <xsl:variable name="position" select="position()"/>
        <xsl:for-each select="$index.root">
          <xsl:variable name="occurrence" select="key('index.occurrences', 'all')[$first]"/>
          <xsl:for-each select="$occurrence">
            <xsl:call-template name="index.person">
              <xsl:with-param name="name" select="$name"/>
              <xsl:with-param name="position" select="$position"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- An entry of the persons index; the context is the first persName the entry counts. -->
  <xsl:template name="index.person">
    <xsl:param name="name"/>
    <xsl:param name="position"/>
    <xsl:variable name="id">
      <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="person" select="key('id', $id)[self::tei:person]"/>
    <xsl:variable name="occurrences" select="key('index.by-person', concat(normalize-space(@ref), '|', normalize-space(self::*[not(@ref)])))"/>
    <li class="index-entry">
      <xsl:attribute name="id">
        <xsl:choose>
          <xsl:when test="$person"><xsl:value-of select="$id"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('_person-', $position)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <p class="index-name">
        <strong><xsl:value-of select="$name"/></strong>
        <xsl:for-each select="$person">
          <xsl:call-template name="names.dates"/>
          <xsl:call-template name="index.register-facts"/>
        </xsl:for-each>
      </p>
      <xsl:call-template name="index.occurrences">
        <xsl:with-param name="label" select="'web.index.named'"/>
        <xsl:with-param name="nodes" select="$occurrences"/>
      </xsl:call-template>
      <xsl:if test="$person">
        <xsl:call-template name="index.occurrences">
          <xsl:with-param name="label" select="'web.index.speaks'"/>
          <xsl:with-param name="nodes" select="key('registers.speech', $id)"/>
        </xsl:call-template>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- What a register entry (the context) says beyond its name: its variants, what it is, its
       notes, its Wikidata item. -->
  <xsl:template name="index.register-facts">
    <xsl:variable name="variants" select="(tei:persName | tei:orgName | tei:placeName | tei:title)[@type = 'variant']"/>
    <xsl:if test="$variants">
      <span class="index-variants">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.index.variants'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:for-each select="$variants">
          <xsl:if test="position() &gt; 1">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
          </xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
    <xsl:for-each select="tei:occupation | tei:note | tei:roleName | tei:desc">
      <xsl:choose>
        <xsl:when test="self::tei:occupation or self::tei:roleName">, </xsl:when>
        <xsl:otherwise>. </xsl:otherwise>
      </xsl:choose>
      <span class="index-{local-name()}"><xsl:value-of select="normalize-space(.)"/></span>
    </xsl:for-each>
    <xsl:for-each select="tei:idno[@type = 'wikidata'][1]">
      <xsl:text> </xsl:text>
      <a class="wikidata" href="{concat($wikidata.url, normalize-space(.))}">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.wikidata'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', normalize-space(.))"/>
      </a>
    </xsl:for-each>
  </xsl:template>

  <!-- "Named ¶ 2, ¶ 4 (3×)": a link to the first of $nodes in each block ($page: the page the
       text is on). Nothing when $nodes is empty. -->
  <xsl:template name="index.occurrences">
    <xsl:param name="label"/>
    <xsl:param name="nodes"/>
    <xsl:param name="page" select="'index.html'"/>
    <xsl:if test="$nodes">
      <p class="index-occurrences">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="$label"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:for-each select="$nodes">
          <!-- the block, as html/structure.xsl's locator finds it -->
          <xsl:variable name="block" select="generate-id((ancestor-or-self::*[self::tei:p[ancestor::tei:body]
              or self::tei:item[ancestor::tei:body] or self::tei:head or self::tei:note or self::tei:titlePage][1]
              | (descendant::tei:p | descendant::tei:item)[1])[1])"/>
          <xsl:variable name="same" select="$nodes[generate-id((ancestor-or-self::*[self::tei:p[ancestor::tei:body]
              or self::tei:item[ancestor::tei:body] or self::tei:head or self::tei:note or self::tei:titlePage][1]
              | (descendant::tei:p | descendant::tei:item)[1])[1]) = $block]"/>
          <xsl:if test="generate-id($same[1]) = generate-id(.)">
            <xsl:if test="generate-id(.) != generate-id($nodes[1])">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
            </xsl:if>
            <a>
              <xsl:attribute name="href">
                <xsl:value-of select="concat($page, '#')"/>
                <xsl:call-template name="index.target-id"/>
              </xsl:attribute>
              <xsl:call-template name="locator"/>
            </a>
            <xsl:if test="count($same) &gt; 1">
              <xsl:value-of select="concat(' (', count($same), '×)')"/>
            </xsl:if>
          </xsl:if>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- Where the link to the context occurrence goes on the reading page: a name's paragraph (the
       stable address, index.html#p-12, of the "¶ 12" the link shows), else, in a heading or a
       note, the name's own anchor; speech, a citation: its own id. -->
  <xsl:template name="index.target-id">
    <xsl:variable name="block" select="ancestor::*[self::tei:p[ancestor::tei:body] or self::tei:item[ancestor::tei:body]
                                       or self::tei:head or self::tei:note or self::tei:titlePage][1]"/>
    <xsl:choose>
      <xsl:when test="(self::tei:persName or self::tei:orgName or self::tei:placeName or self::tei:title)
                      and $block[self::tei:p or self::tei:item]">
        <xsl:for-each select="$block"><xsl:call-template name="id.of"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="self::tei:persName"><xsl:call-template name="index.anchor-id"/></xsl:when>
      <xsl:when test="self::tei:orgName or self::tei:placeName or self::tei:title"><xsl:call-template name="registers.anchor-id"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="id.of"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== works ==== -->

  <!-- The works, alphabetical by author ("Trotsky, Leon", as the persons index inverts names)
       and title: the keys are made first, then sorted (XSLT 1.0 sorts by expressions only). -->
  <xsl:template name="index.works.page">
    <p class="index-intro">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.index.intro'"/></xsl:call-template>
    </p>
    <xsl:variable name="unsorted">
      <xsl:for-each select="$index.works">
        <xsl:variable name="author">
          <xsl:choose>
            <xsl:when test="contains(tei:author[1], ',')"><xsl:value-of select="normalize-space(tei:author[1])"/></xsl:when>
            <xsl:when test="tei:author">
              <xsl:call-template name="index.name"><xsl:with-param name="name" select="tei:author[1]"/></xsl:call-template>
            </xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="title"><xsl:apply-templates select="tei:title[1]" mode="text.reading"/></xsl:variable>
        <!-- a work without an author stands under its title, as in a bibliography -->
        <xsl:variable name="heading">
          <xsl:choose>
            <xsl:when test="$author != ''"><xsl:value-of select="$author"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($title)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <ix:work id="{generate-id()}" sort="{translate(concat($heading, ' | ', normalize-space($title)),
                                                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ‘“', 'abcdefghijklmnopqrstuvwxyz')}"/>
      </xsl:for-each>
    </xsl:variable>
    <ul class="index">
      <xsl:for-each select="exsl:node-set($unsorted)/ix:work">
        <xsl:sort select="@sort"/>
        <xsl:variable name="id" select="@id"/>
        <xsl:for-each select="$index.works[generate-id() = $id]">
          <li class="index-entry" id="{@xml:id}">
            <p class="index-name"><xsl:apply-templates select="." mode="index.entry"/></p>
            <xsl:if test="key('registers.citations', @xml:id)">
              <p class="index-occurrences">
                <xsl:call-template name="bibliography.citations"><xsl:with-param name="page" select="'index.html'"/></xsl:call-template>
              </p>
            </xsl:if>
            <xsl:call-template name="index.occurrences">
              <xsl:with-param name="label" select="'web.index.named'"/>
              <xsl:with-param name="nodes" select="key('registers.by-entry', @xml:id)"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- An entry of a list of works or of periodicals as the index and the reading page's name
       popovers give it: a work as its entry reads (author, title, edition, date), a periodical
       its title in italics, with the other titles it goes by. -->
  <xsl:template match="tei:bibl" mode="index.entry">
    <xsl:choose>
      <xsl:when test="tei:author or tei:title[@level = 'm' or @level = 'a' or @level = 'u'] or not(tei:title)">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <strong><xsl:apply-templates select="tei:title[not(@type = 'variant')][1]"/></strong>
        <xsl:call-template name="index.register-facts"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== organisations, periodicals, places ==== -->

  <xsl:template name="index.organisations.page">
    <p class="index-intro">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.index.intro'"/></xsl:call-template>
    </p>
    <xsl:call-template name="index.register">
      <xsl:with-param name="entries" select="$index.organisations"/>
      <xsl:with-param name="heading" select="'web.index.organisations'"/>
      <xsl:with-param name="id" select="'_organisations'"/>
    </xsl:call-template>
    <xsl:call-template name="index.register">
      <xsl:with-param name="entries" select="$index.periodicals"/>
      <xsl:with-param name="heading" select="'web.index.periodicals'"/>
      <xsl:with-param name="id" select="'_periodicals'"/>
    </xsl:call-template>
    <xsl:call-template name="index.register">
      <xsl:with-param name="entries" select="$index.places"/>
      <xsl:with-param name="heading" select="'web.index.places'"/>
      <xsl:with-param name="id" select="'_places'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="index.register">
    <xsl:param name="entries"/>
    <xsl:param name="heading"/>
    <xsl:param name="id"/>
    <xsl:if test="$entries">
      <section id="{$id}" aria-labelledby="{$id}-head">
        <h2 id="{$id}-head">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="$heading"/></xsl:call-template>
        </h2>
        <ul class="index">
          <xsl:for-each select="$entries">
            <xsl:sort select="translate(normalize-space((tei:orgName | tei:placeName | tei:title)[1]),
                                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
            <li class="index-entry" id="{@xml:id}">
              <p class="index-name">
                <xsl:choose>
                  <xsl:when test="self::tei:bibl"><xsl:apply-templates select="." mode="index.entry"/></xsl:when>
                  <xsl:otherwise>
                    <strong><xsl:call-template name="registers.entry-name"/></strong>
                    <xsl:call-template name="names.dates"/>
                    <xsl:call-template name="index.register-facts"/>
                  </xsl:otherwise>
                </xsl:choose>
              </p>
              <xsl:call-template name="index.occurrences">
                <xsl:with-param name="label" select="'web.index.named'"/>
                <xsl:with-param name="nodes" select="key('registers.by-entry', @xml:id)"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
