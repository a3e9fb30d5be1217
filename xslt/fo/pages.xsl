<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Page layout: the page masters, the document's page sequences and what stands on every page.
       title sequence   title page (recto) and colophon (verso); no running heads, no numbers;
       text sequence    from page 3: the text, the source's notes, editorial endnotes (if
                        notes.place = 'end'), works cited. Its first page has the page
                        number at the foot; the others a running head with the page number at the
                        outer edge: the author on left-hand pages, the title on right-hand ones;
       index sequence   the index of persons (fo/index.xsl), in two columns on a new page, with
                        the running heads of the text; its pages are numbered on from the text's.
     The top and bottom margins hold the running head and the foot number: the band for either
     starts at 45% of the margin from the paper's edge and is 30% of it deep. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="tei">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Element-only containers: their white space is layout of the TEI file, not text. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt tei:text tei:front
      tei:body tei:back tei:div tei:listBibl tei:list tei:titlePage tei:docTitle tei:lg
      tei:standOff tei:listPerson tei:person"/>

  <xsl:template match="/">
    <xsl:call-template name="params.check"/>
    <xsl:if test="not(tei:TEI)">
      <xsl:message terminate="yes">edition: not a TEI document: the root element is {<xsl:value-of
          select="namespace-uri(*)"/>}<xsl:value-of select="local-name(*)"/>, not {http://www.tei-c.org/ns/1.0}TEI</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <fo:root xsl:use-attribute-sets="root.properties">
      <xsl:if test="$hyphenation.country != ''">
        <xsl:attribute name="country"><xsl:value-of select="$hyphenation.country"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="page.masters"/>
      <xsl:call-template name="metadata"/>
      <xsl:call-template name="bookmarks"/>
      <xsl:call-template name="titlepage"/>
      <xsl:call-template name="text.sequence"/>
      <xsl:call-template name="index"/>
    </fo:root>
  </xsl:template>

  <xsl:template name="text.sequence">
    <fo:page-sequence master-reference="text" id="_text">
      <xsl:call-template name="running-heads"/>
      <fo:static-content flow-name="footer-first" role="artifact">
        <fo:block xsl:use-attribute-sets="folio.properties"><fo:page-number/></fo:block>
      </fo:static-content>
      <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
        <fo:block end-indent="65%" space-after="2pt">
          <fo:leader leader-pattern="rule" leader-length="100%" rule-thickness="0.4pt"/>
        </fo:block>
      </fo:static-content>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="flow.properties">
        <xsl:apply-templates select="tei:text/tei:front"/>
        <xsl:apply-templates select="tei:text/tei:body"/>
        <xsl:apply-templates select="tei:text/tei:back/*[not(self::tei:listBibl)]"/>
        <xsl:if test="$notes.place = 'end'">
          <xsl:call-template name="notes.endnotes"/>
        </xsl:if>
        <xsl:apply-templates select="tei:text/tei:back/tei:listBibl"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- No page ends the text with fewer than five lines (a press's rule for a last page):
         the body's last two paragraphs   leave five lines at least to the next page (widows), the
                                          last one kept with the one before;
         the blocks at the end of the text (entries of the works cited, the source's notes)
                                          the last five kept together, each with the one before,
                                          and a list of fewer kept with the text before it.
       Called first thing in the block of the context element. -->
  <xsl:variable name="pages.body.last-paragraphs"
                select="(/tei:TEI/tei:text/tei:body//tei:p)[position() &gt;= last() - 1]"/>
  <xsl:template name="pages.last-page.keeps">
    <xsl:choose>
      <xsl:when test="self::tei:p and count(. | $pages.body.last-paragraphs) = count($pages.body.last-paragraphs)">
        <xsl:attribute name="widows">5</xsl:attribute>
        <xsl:if test="generate-id() = generate-id($pages.body.last-paragraphs[last()])">
          <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
        </xsl:if>
      </xsl:when>
      <xsl:when test="(self::tei:listBibl or self::tei:div[@type = 'notes']) and parent::tei:back
                      and count(tei:bibl | tei:note) &lt; 5">
        <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
      </xsl:when>
      <xsl:when test="(self::tei:bibl/parent::tei:listBibl or self::tei:note/parent::tei:div[@type = 'notes'])
                      and ../parent::tei:back and count(following-sibling::tei:bibl | following-sibling::tei:note) &lt; 4
                      and preceding-sibling::tei:bibl | preceding-sibling::tei:note">
        <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The running heads of a page sequence whose masters have header-recto and header-verso
       (artifacts in the tagged PDF: a screen reader does not read them on every page). -->
  <xsl:template name="running-heads">
    <fo:static-content flow-name="header-recto" role="artifact">
      <fo:block xsl:use-attribute-sets="running-head.properties">
        <xsl:call-template name="running-head.fit">
          <xsl:with-param name="text"><xsl:call-template name="meta.title.short"/></xsl:with-param>
        </xsl:call-template>
        <fo:leader leader-pattern="space"/>
        <fo:inline font-style="normal"><fo:page-number/></fo:inline>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="header-verso" role="artifact">
      <fo:block xsl:use-attribute-sets="running-head.properties">
        <fo:inline font-style="normal"><fo:page-number/></fo:inline>
        <fo:leader leader-pattern="space"/>
        <xsl:variable name="authors"><xsl:call-template name="meta.authors"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="string-length($authors) &gt; $running-head.max and contains($authors, ',')">
            <!-- a paper's many authors: the first, et al. -->
            <xsl:value-of select="concat(substring-before($authors, ','), ' et al.')"/>
          </xsl:when>
          <xsl:when test="$authors != ''"><xsl:value-of select="$authors"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="running-head.fit">
              <xsl:with-param name="text"><xsl:call-template name="meta.title.short"/></xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- A running head holds one line: a title longer than that is given by its main title (before
       a colon), and that, if still too long, cut at a word with an ellipsis. -->
  <xsl:param name="running-head.max" select="55"/>
  <xsl:template name="running-head.fit">
    <xsl:param name="text"/>
    <xsl:variable name="main" select="normalize-space(substring-before($text, ':'))"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &lt;= $running-head.max"><xsl:value-of select="$text"/></xsl:when>
      <xsl:when test="contains($main, ' ') and string-length($main) &lt;= $running-head.max">
        <xsl:value-of select="$main"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="running-head.words">
          <xsl:with-param name="rest" select="normalize-space($text)"/>
        </xsl:call-template>
        <xsl:text>…</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The words of $rest that fit, after $done. -->
  <xsl:template name="running-head.words">
    <xsl:param name="rest"/>
    <xsl:param name="done" select="''"/>
    <xsl:variable name="word" select="substring-before(concat($rest, ' '), ' ')"/>
    <xsl:variable name="next" select="normalize-space(concat($done, ' ', $word))"/>
    <xsl:choose>
      <xsl:when test="$word = '' or string-length($next) &gt; $running-head.max - 1 and $done != ''">
        <xsl:value-of select="$done"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="running-head.words">
          <xsl:with-param name="rest" select="substring-after($rest, ' ')"/>
          <xsl:with-param name="done" select="$next"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page.masters">
    <fo:layout-master-set>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'title-recto'"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'title-verso'"/>
        <xsl:with-param name="verso" select="true()"/>
        <xsl:with-param name="align" select="'after'"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'text-first'"/>
        <xsl:with-param name="after" select="'footer-first'"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'text-recto'"/>
        <xsl:with-param name="before" select="'header-recto'"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'text-verso'"/>
        <xsl:with-param name="verso" select="true()"/>
        <xsl:with-param name="before" select="'header-verso'"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'index-recto'"/>
        <xsl:with-param name="before" select="'header-recto'"/>
        <xsl:with-param name="outer" select="$margin.inner"/>
        <xsl:with-param name="columns" select="$index.columns"/>
      </xsl:call-template>
      <xsl:call-template name="page.master">
        <xsl:with-param name="name" select="'index-verso'"/>
        <xsl:with-param name="verso" select="true()"/>
        <xsl:with-param name="before" select="'header-verso'"/>
        <xsl:with-param name="outer" select="$margin.inner"/>
        <xsl:with-param name="columns" select="$index.columns"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="title">
        <fo:single-page-master-reference master-reference="title-recto"/>
        <fo:repeatable-page-master-reference master-reference="title-verso"/>
      </fo:page-sequence-master>
      <fo:page-sequence-master master-name="text">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="text-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="text-recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="text-verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <fo:page-sequence-master master-name="index">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="index-recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="index-verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <!-- a short index (fo/index.xsl): one column, which the text's masters have -->
      <fo:page-sequence-master master-name="index-short">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="text-recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="text-verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- One page master; $before / $after name the header / footer region if it has one;
       $columns is the number of columns of its text, $index.column.gap apart; $outer its outer
       margin (the index, which has no paragraph numbers, takes the inner one's width: its
       columns are wider than half the text's measure). -->
  <xsl:template name="page.master">
    <xsl:param name="name"/>
    <xsl:param name="columns" select="1"/>
    <xsl:param name="verso" select="false()"/>
    <xsl:param name="before" select="''"/>
    <xsl:param name="after" select="''"/>
    <xsl:param name="align" select="'before'"/>
    <xsl:param name="outer" select="$margin.outer"/>
    <fo:simple-page-master master-name="{$name}" page-width="{$page.width}" page-height="{$page.height}"
        margin-top="({$margin.top}) * 0.45" margin-bottom="({$margin.bottom}) * 0.45">
      <xsl:choose>
        <xsl:when test="$verso">
          <xsl:attribute name="margin-left"><xsl:value-of select="$outer"/></xsl:attribute>
          <xsl:attribute name="margin-right"><xsl:value-of select="$margin.inner"/></xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="margin-left"><xsl:value-of select="$margin.inner"/></xsl:attribute>
          <xsl:attribute name="margin-right"><xsl:value-of select="$outer"/></xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <fo:region-body margin-top="({$margin.top}) * 0.55" margin-bottom="({$margin.bottom}) * 0.55"
          display-align="{$align}">
        <xsl:if test="$columns &gt; 1">
          <xsl:attribute name="column-count"><xsl:value-of select="$columns"/></xsl:attribute>
          <xsl:attribute name="column-gap"><xsl:value-of select="$index.column.gap"/></xsl:attribute>
        </xsl:if>
      </fo:region-body>
      <xsl:if test="$before != ''">
        <fo:region-before region-name="{$before}" extent="({$margin.top}) * 0.3"/>
      </xsl:if>
      <xsl:if test="$after != ''">
        <fo:region-after region-name="{$after}" extent="({$margin.bottom}) * 0.3" display-align="after"/>
      </xsl:if>
    </fo:simple-page-master>
  </xsl:template>

</xsl:stylesheet>
