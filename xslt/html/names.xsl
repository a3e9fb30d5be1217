<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Names are set as the text gives them. Each one an index counts is an anchor with the id the
     common modules number (persons: common/index.xsl; organisations, places: common/registers.xsl),
     so that the index pages link to every occurrence; data-ref names the register entry. A name
     the registers know is a link to its index entry (names.href): without scripts a plain link;
     edition.js opens the register's entry over the text instead (name, dates, what the person
     was, Wikidata), from the entries the reading page holds in a template (names.register),
     with the link to the index entry in it. A name inside a citation stays plain: the citation
     is a link already.
     A name link is no stop of the Tab key (tabindex -1): a text names hundreds, and a keyboard
     reader would pass each to get anywhere. It stays a link, which a screen reader lists and
     follows and a pointer opens, the index pages give every place of every name, and the
     reading option "Tab key stops at names" (reading.controls, edition.js) puts the names back
     in the Tab order for a reader who wants them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A name: a link (a) when it has an index entry to go to, else a span. -->
  <xsl:template match="tei:persName">
    <xsl:variable name="href"><xsl:call-template name="names.href"/></xsl:variable>
    <xsl:variable name="element">
      <xsl:choose><xsl:when test="$href != ''">a</xsl:when><xsl:otherwise>span</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">persname<xsl:if test="$href != ''"> name-link</xsl:if></xsl:attribute>
      <xsl:variable name="anchor"><xsl:call-template name="index.anchor-id"/></xsl:variable>
      <xsl:if test="$anchor != ''"><xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:if test="$href != ''">
        <xsl:attribute name="href"><xsl:value-of select="$href"/></xsl:attribute>
        <xsl:call-template name="names.tab-stop"/>
      </xsl:if>
      <xsl:call-template name="names.ref"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:call-template name="notes.after"/>
  </xsl:template>

  <xsl:template match="tei:orgName | tei:placeName">
    <xsl:variable name="href"><xsl:call-template name="names.href"/></xsl:variable>
    <xsl:variable name="element">
      <xsl:choose><xsl:when test="$href != ''">a</xsl:when><xsl:otherwise>span</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">
        <xsl:value-of select="translate(local-name(), 'N', 'n')"/>
        <xsl:if test="$href != ''"> name-link</xsl:if>
      </xsl:attribute>
      <xsl:variable name="anchor"><xsl:call-template name="registers.anchor-id"/></xsl:variable>
      <xsl:if test="$anchor != ''"><xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:if test="$href != ''">
        <xsl:attribute name="href"><xsl:value-of select="$href"/></xsl:attribute>
        <xsl:call-template name="names.tab-stop"/>
      </xsl:if>
      <xsl:call-template name="names.ref"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:call-template name="notes.after"/>
  </xsl:template>

  <!-- On a name link: out of the Tab order (see above). -->
  <xsl:template name="names.tab-stop">
    <xsl:attribute name="tabindex">-1</xsl:attribute>
  </xsl:template>

  <!-- Whether the context document's reading page has a name link: '' if none. -->
  <xsl:template name="names.any-link">
    <xsl:for-each select="tei:text//*[self::tei:persName or self::tei:orgName or self::tei:placeName
                                      or self::tei:title][@ref]">
      <xsl:variable name="href"><xsl:call-template name="names.href"/></xsl:variable>
      <xsl:if test="$href != ''">+</xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="names.ref">
    <xsl:if test="@ref">
      <xsl:attribute name="data-ref">
        <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The index entry of the context name or title (persName, orgName, placeName, title with a
       @ref) on the reading page, as a link from it: "persons.html#trotsky"; '' where it is no
       link (no register entry, or inside a citation, a link, a list of works, a heading's
       contents entry). -->
  <xsl:template name="names.href">
    <xsl:if test="@ref and $page = 'text' and ancestor::tei:text
                  and not(ancestor::tei:listBibl or ancestor::tei:bibl or ancestor::tei:ref)">
      <xsl:variable name="id">
        <xsl:call-template name="pointer.id"><xsl:with-param name="pointer" select="@ref"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="entry" select="key('id', $id)"/>
      <xsl:variable name="file">
        <xsl:choose>
          <xsl:when test="self::tei:persName and $entry[self::tei:person]">persons.html</xsl:when>
          <xsl:when test="(self::tei:orgName or self::tei:placeName or self::tei:title)
                          and $entry[self::tei:org or self::tei:place] | $index.periodicals[@xml:id = $id]">organisations.html</xsl:when>
          <xsl:when test="self::tei:title and $index.works[@xml:id = $id]">works.html</xsl:when>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="$file != ''"><xsl:value-of select="concat($file, '#', $id)"/></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The register's entries the text's names link to, for edition.js to show over the text:
       one per entry, its data-ref the entry's id. Inert without scripts. -->
  <xsl:key name="names.named" match="tei:text//*[self::tei:persName or self::tei:orgName or self::tei:placeName
                                                  or self::tei:title][@ref]" use="normalize-space(@ref)"/>
  <xsl:template name="names.register">
    <xsl:variable name="entries" select="tei:standOff//tei:person | tei:standOff//tei:org | tei:standOff//tei:place
                                         | $index.periodicals | $index.works"/>
    <xsl:variable name="linked" select="$entries[key('names.named', concat('#', @xml:id))]"/>
    <xsl:if test="$linked">
      <template id="_register">
        <xsl:for-each select="$linked">
          <div class="register-entry" data-ref="{@xml:id}">
            <xsl:apply-templates select="." mode="names.register"/>
          </div>
        </xsl:for-each>
      </template>
    </xsl:if>
  </xsl:template>

  <!-- A person, organisation or place: the name, the dates, what it was, its variants, the
       Wikidata item. -->
  <xsl:template match="tei:person | tei:org | tei:place" mode="names.register">
    <p class="register-name">
      <strong><xsl:call-template name="registers.entry-name"/></strong>
      <xsl:call-template name="names.dates"/>
      <xsl:call-template name="index.register-facts"/>
    </p>
  </xsl:template>

  <!-- A periodical or a work: as the index gives it. -->
  <xsl:template match="tei:bibl" mode="names.register">
    <p class="register-name"><xsl:apply-templates select="." mode="index.entry"/></p>
  </xsl:template>

  <!-- " (1879–1940)", " (b. 1879)", " (d. 1940)" from birth and death; nothing without them. -->
  <xsl:template name="names.dates">
    <xsl:variable name="birth" select="normalize-space((tei:birth[normalize-space()] | tei:birth/@when)[1])"/>
    <xsl:variable name="death" select="normalize-space((tei:death[normalize-space()] | tei:death/@when)[1])"/>
    <xsl:if test="$birth != '' or $death != ''">
      <xsl:text> (</xsl:text>
      <xsl:choose>
        <xsl:when test="$birth != '' and $death != ''"><xsl:value-of select="concat($birth, '–', $death)"/></xsl:when>
        <xsl:when test="$birth != ''">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.born'"/></xsl:call-template>
          <xsl:value-of select="concat('&#160;', $birth)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.died'"/></xsl:call-template>
          <xsl:value-of select="concat('&#160;', $death)"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
