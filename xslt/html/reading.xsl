<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The reading page (index.html): the title page, the contents, the reading controls, the text,
     then the source's notes, the editorial notes and the works cited. The controls (reading
     switch, speaker picker) and the note popover's template are inert markup that edition.js
     brings to life; without scripts they stay hidden and the page is one complete reading. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="reading.page">
    <xsl:variable name="text" select="tei:text"/>
    <article class="edition-text" aria-labelledby="_title">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:call-template name="titlepage"/>
      <xsl:call-template name="reading.edition-statement"/>
      <xsl:call-template name="reading.contents"/>
      <xsl:call-template name="reading.controls"/>
      <div class="text-body">
        <xsl:apply-templates select="$text/tei:body"/>
      </div>
      <xsl:apply-templates select="$text/tei:back/tei:div[@type = 'notes']"/>
      <xsl:call-template name="notes.list"/>
      <xsl:apply-templates select="$text/tei:back/*[not(self::tei:div[@type = 'notes'])]"/>
    </article>
    <xsl:call-template name="speech.descriptions"/>
    <xsl:call-template name="reading.popover"/>
    <xsl:call-template name="names.register"/>
  </xsl:template>

  <!-- Under the source's title page, whose edition this is: "Edited by A. Editor." only where
       the header names an editor; an edition its encoder made alone says so: "Encoded
       automatically by edition 0.1.0; no editor is named." Then "Web edition of 1 January
       2000." -->
  <xsl:template name="reading.edition-statement">
    <p class="edition-statement">
      <xsl:variable name="editors"><xsl:call-template name="meta.editors"/></xsl:variable>
      <xsl:variable name="encoder" select="tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident = 'edition']"/>
      <xsl:choose>
        <xsl:when test="$editors != ''">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.edited-by'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', $editors, '. ')"/>
        </xsl:when>
        <xsl:when test="$encoder">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.encoded.automatic'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', normalize-space($encoder/tei:label), ' ', $encoder/@version)"/>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.encoded.no-editor'"/></xsl:call-template>
          <xsl:text> </xsl:text>
        </xsl:when>
      </xsl:choose>
      <xsl:call-template name="meta.edition"/>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <!-- Contents: the headed sections (a headless section's subsections stand in its place), then
       the notes and works cited. Only when there is more than one place to go. -->
  <xsl:template name="reading.contents">
    <xsl:variable name="text" select="tei:text"/>
    <xsl:variable name="back" select="$text/tei:back/tei:div[tei:head] | $text/tei:back/tei:listBibl"/>
    <xsl:if test="count($text/tei:body//tei:div[tei:head] | $back) + count(key('notes', 'all')[1]) &gt; 1">
      <nav class="toc" aria-labelledby="_toc-head">
        <h2 id="_toc-head">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.contents'"/></xsl:call-template>
        </h2>
        <ol>
          <xsl:apply-templates select="$text/tei:body/tei:div" mode="toc"/>
          <xsl:apply-templates select="$text/tei:back/tei:div[@type = 'notes']" mode="toc"/>
          <xsl:if test="key('notes', 'all')">
            <li><a href="#_notes">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'notes.editorial'"/></xsl:call-template>
            </a></li>
          </xsl:if>
          <xsl:apply-templates select="$text/tei:back/*[not(self::tei:div[@type = 'notes'])]" mode="toc"/>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div[tei:head]" mode="toc">
    <li>
      <a>
        <xsl:attribute name="href">#<xsl:call-template name="id.of"/></xsl:attribute>
        <xsl:variable name="words"><xsl:apply-templates select="tei:head[1]" mode="text.reading"/></xsl:variable>
        <xsl:value-of select="normalize-space($words)"/>
      </a>
      <xsl:if test="tei:div//tei:head">
        <ol><xsl:apply-templates select="tei:div" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>
  <xsl:template match="tei:div" mode="toc">
    <xsl:apply-templates select="tei:div" mode="toc"/>
  </xsl:template>
  <xsl:template match="tei:listBibl" mode="toc">
    <li>
      <a>
        <xsl:attribute name="href">#<xsl:call-template name="id.of"/></xsl:attribute>
        <xsl:call-template name="bibliography.heading"/>
      </a>
    </li>
  </xsl:template>
  <xsl:template match="*" mode="toc"/>

  <!-- The reading switch (when the text has interventions), the tint of speech, which a reader
       may turn off, and the speaker picker (when it has speech), and whether the Tab key stops
       at names (when it has name links: html/names.xsl), hidden until the script shows them. -->
  <xsl:template name="reading.controls">
    <xsl:variable name="interventions" select="tei:text//tei:choice[tei:sic or tei:orig][not(ancestor::tei:bibl)]
                                               | tei:text//tei:supplied"/>
    <xsl:variable name="speakers" select="key('registers.speakers', 'all')[generate-id() = generate-id(key('registers.speech',
        substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' '))[1])]"/>
    <xsl:variable name="speech" select="tei:text//tei:said"/>
    <xsl:variable name="names"><xsl:call-template name="names.any-link"/></xsl:variable>
    <xsl:if test="$interventions or $speakers or $speech or $names != ''">
      <div class="controls" id="_controls" hidden="hidden">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.controls'"/></xsl:call-template>
        </xsl:attribute>
        <xsl:attribute name="role">group</xsl:attribute>
        <xsl:if test="$interventions">
          <fieldset class="reading-switch">
            <legend><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.reading'"/></xsl:call-template></legend>
            <xsl:call-template name="reading.option"><xsl:with-param name="value" select="'corrected'"/></xsl:call-template>
            <xsl:call-template name="reading.option"><xsl:with-param name="value" select="'printed'"/></xsl:call-template>
          </fieldset>
        </xsl:if>
        <xsl:if test="$speech">
          <div class="speech-tint">
            <label for="_speech-tint">
              <input type="checkbox" id="_speech-tint" checked="checked"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speech.tint'"/></xsl:call-template>
            </label>
          </div>
        </xsl:if>
        <xsl:if test="$names != ''">
          <div class="name-tabs">
            <label for="_name-tabs">
              <input type="checkbox" id="_name-tabs"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.names.tab'"/></xsl:call-template>
            </label>
          </div>
        </xsl:if>
        <xsl:if test="$speakers">
          <div class="speaker-pick">
            <label for="_speaker">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speaker.pick'"/></xsl:call-template>
            </label>
            <xsl:text> </xsl:text>
            <select id="_speaker">
              <option value=""><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speaker.none'"/></xsl:call-template></option>
              <xsl:for-each select="$speakers">
                <xsl:sort select="translate(substring-after(@who, '#'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
                <xsl:variable name="who" select="substring-before(concat(substring-after(normalize-space(@who), '#'), ' '), ' ')"/>
                <option value="{$who}">
                  <xsl:call-template name="registers.speaker-name"/>
                  <xsl:value-of select="concat(' (', count(key('registers.speech', $who)), ')')"/>
                </option>
              </xsl:for-each>
            </select>
            <xsl:text> </xsl:text>
            <button type="button" id="_speaker-next" disabled="disabled">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speaker.next'"/></xsl:call-template>
            </button>
            <xsl:text> </xsl:text>
            <span id="_speaker-status" class="speaker-status" role="status">
              <xsl:attribute name="data-template">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speaker.status'"/></xsl:call-template>
              </xsl:attribute>
              <xsl:attribute name="data-at">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.speaker.at'"/></xsl:call-template>
              </xsl:attribute>
            </span>
          </div>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="reading.option">
    <xsl:param name="value"/>
    <label>
      <input type="radio" name="reading" value="{$value}">
        <xsl:if test="$value = $reading.mode"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <xsl:text> </xsl:text>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.reading.', $value)"/></xsl:call-template>
    </label>
  </xsl:template>

  <!-- data-NAME: the label web.popover.NAME. -->
  <xsl:template name="reading.popover-words">
    <xsl:param name="name"/>
    <xsl:attribute name="data-{$name}">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.popover.', $name)"/></xsl:call-template>
    </xsl:attribute>
  </xsl:template>

  <!-- The popover, cloned by the script for each note, citation or name it opens over the text;
       inert without it. Its words for each kind (the title, where its link goes) are data
       attributes: data-title-KIND, data-goto-KIND. -->
  <xsl:template name="reading.popover">
    <xsl:if test="key('notes', 'all') or .//tei:text//tei:bibl[@corresp] or .//tei:text//*[@ref]">
      <template id="_popover-template">
        <div class="popover" role="dialog" tabindex="-1" aria-labelledby="_popover-title">
          <xsl:call-template name="reading.popover-words"><xsl:with-param name="name" select="'goto-note'"/></xsl:call-template>
          <xsl:call-template name="reading.popover-words"><xsl:with-param name="name" select="'goto-citation'"/></xsl:call-template>
          <xsl:call-template name="reading.popover-words"><xsl:with-param name="name" select="'goto-name'"/></xsl:call-template>
          <xsl:call-template name="reading.popover-words"><xsl:with-param name="name" select="'title-citation'"/></xsl:call-template>
          <xsl:call-template name="reading.popover-words"><xsl:with-param name="name" select="'title-name'"/></xsl:call-template>
          <p class="popover-title" id="_popover-title"></p>
          <div class="popover-body"></div>
          <p class="popover-actions">
            <a class="popover-goto" href="#main"></a>
            <xsl:text> </xsl:text>
            <button type="button" class="popover-close">
              <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.note.close'"/></xsl:call-template>
            </button>
          </p>
        </div>
      </template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
