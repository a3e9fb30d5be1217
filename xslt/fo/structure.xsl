<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Text structure: the article's opening (front/titlePage), sections and their headings,
     paragraphs, lists, separators, line groups, and the few inline renditions the TEI carries. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="tei exsl">

  <!-- The two- and three-em dashes of old print ("the town of A⸺", "D⸺n him"): the edition's
       fonts have no glyph for them, so print spells them with em dashes, the look they stand
       for (the TEI keeps the character). -->
  <xsl:template match="text()[contains(., '&#x2E3A;') or contains(., '&#x2E3B;')]">
    <xsl:call-template name="long.dashes">
      <xsl:with-param name="text" select="."/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template name="long.dashes">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&#x2E3A;')">
        <xsl:call-template name="long.dashes">
          <xsl:with-param name="text" select="substring-before($text, '&#x2E3A;')"/>
        </xsl:call-template>
        <xsl:text>&#x2014;&#x2014;</xsl:text>
        <xsl:call-template name="long.dashes">
          <xsl:with-param name="text" select="substring-after($text, '&#x2E3A;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($text, '&#x2E3B;')">
        <xsl:value-of select="substring-before($text, '&#x2E3B;')"/>
        <xsl:text>&#x2014;&#x2014;&#x2014;</xsl:text>
        <xsl:call-template name="long.dashes">
          <xsl:with-param name="text" select="substring-after($text, '&#x2E3B;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The bookmark to the start of the text points here, with or without a front. -->
  <xsl:template match="tei:front">
    <fo:block id="_text-start"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:body[not(../tei:front)]">
    <fo:block id="_text-start"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:titlePage">
    <fo:block xsl:use-attribute-sets="front.properties"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:docAuthor">
    <fo:block xsl:use-attribute-sets="front.author.properties"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:docTitle">
    <fo:block xsl:use-attribute-sets="front.title.properties" role="H1"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:titlePart[@type = 'sub']">
    <fo:block font-size="0.7em" font-weight="normal"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:docImprint">
    <fo:block xsl:use-attribute-sets="front.imprint.properties"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:div">
    <fo:block>
      <xsl:call-template name="pages.last-page.keeps"/>
      <xsl:attribute name="id"><xsl:call-template name="id.of"/></xsl:attribute>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Headings of body sections; a nested section's a step smaller. -->
  <xsl:template match="tei:head">
    <fo:block xsl:use-attribute-sets="heading.properties">
      <!-- the tagged PDF's heading level: H1 is the title -->
      <xsl:attribute name="role">H<xsl:value-of select="1 + count(ancestor::tei:div[tei:head]) - (count(ancestor::tei:div[tei:head]) &gt; 5) * (count(ancestor::tei:div[tei:head]) - 5)"/></xsl:attribute>
      <xsl:if test="count(ancestor::tei:div) &gt; 1">
        <xsl:attribute name="font-size">1em</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <!-- Headings of back matter (the source's notes, works cited): each starts well apart; so does
       the heading of the source's notes kept in the body (another closing section follows them). -->
  <xsl:template match="tei:back/*/tei:head | tei:body/tei:div[@type = 'notes']/tei:head">
    <fo:block xsl:use-attribute-sets="heading.back.properties"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:variable name="block">
      <xsl:choose>
        <xsl:when test="preceding-sibling::*[1][not(self::tei:head or self::tei:ab[@type = 'separator'])]">
          <fo:block xsl:use-attribute-sets="paragraph.following.properties">
            <xsl:call-template name="id.copy"/>
            <xsl:apply-templates/>
          </fo:block>
        </xsl:when>
        <xsl:otherwise>
          <fo:block xsl:use-attribute-sets="paragraph.properties">
            <xsl:call-template name="id.copy"/>
            <xsl:apply-templates/>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="paragraph.numbered"><xsl:with-param name="block" select="$block"/></xsl:call-template>
  </xsl:template>

  <!-- $block with the context paragraph's (or list item's) number in the outer margin, beside
       its first line, as the web numbers it (common/numbering.xsl); a paragraph without a number
       (outside the body) is $block alone. The number is the label of a list item whose body is
       the paragraph (fo/styles.xsl, paragraph.number.*). Which margin is outer depends on the
       page the paragraph starts on, which FOP cannot tell a block (its side floats go left or
       right, never outside, and wrap the text around them): a first FOP run finds each
       number's page by its id (_pn-N) and passes it back as paragraph.pages. Moving the label
       from one margin to the other changes neither its height nor the text's measure, so the
       second run breaks lines and pages as the first did. In the tagged PDF it is no list: a
       division holding the number and the paragraph. -->
  <xsl:template name="paragraph.numbered">
    <xsl:param name="block"/>
    <xsl:variable name="number"><xsl:call-template name="paragraph.number"/></xsl:variable>
    <xsl:variable name="context" select="."/>
    <xsl:choose>
      <xsl:when test="$number != ''">
        <xsl:variable name="label">
          <fo:block id="_pn-{$number}" text-indent="0pt">
            <fo:inline xsl:use-attribute-sets="paragraph.number.inline.properties"><xsl:value-of select="$number"/></fo:inline>
          </fo:block>
        </xsl:variable>
        <xsl:variable name="page" select="substring-before(substring-after($paragraph.pages,
                                            concat(' _pn-', $number, ':')), ' ')"/>
        <fo:list-block xsl:use-attribute-sets="paragraph.number.list.properties">
          <xsl:call-template name="pages.last-page.keeps"/>
          <fo:list-item role="Div">
            <xsl:choose>
              <xsl:when test="$page != '' and $page mod 2 = 1">
                <fo:list-item-label xsl:use-attribute-sets="paragraph.number.recto.properties" role="Div">
                  <xsl:copy-of select="$label"/>
                </fo:list-item-label>
              </xsl:when>
              <xsl:otherwise>
                <fo:list-item-label xsl:use-attribute-sets="paragraph.number.verso.properties" role="Div">
                  <xsl:copy-of select="$label"/>
                </fo:list-item-label>
              </xsl:otherwise>
            </xsl:choose>
            <fo:list-item-body start-indent="body-start()" role="Div"><xsl:copy-of select="$block"/></fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="exsl:node-set($block)/*">
          <xsl:copy>
            <xsl:copy-of select="@*"/>
            <xsl:for-each select="$context"><xsl:call-template name="pages.last-page.keeps"/></xsl:for-each>
            <xsl:copy-of select="node()"/>
          </xsl:copy>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ab[@type = 'separator']">
    <fo:block xsl:use-attribute-sets="separator.properties"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- A list: each item with the label the source gave it (the label before it), else a
       number (ordered lists) or a bullet. -->
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <fo:list-block xsl:use-attribute-sets="list.properties">
      <xsl:for-each select="tei:item">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()">
            <xsl:variable name="label">
              <fo:block>
                <xsl:choose>
                  <xsl:when test="preceding-sibling::*[1][self::tei:label]">
                    <xsl:apply-templates select="preceding-sibling::*[1]/node()"/>
                  </xsl:when>
                  <xsl:when test="../@type = 'ordered'"><xsl:number count="tei:item" format="1."/></xsl:when>
                  <xsl:otherwise>•</xsl:otherwise>
                </xsl:choose>
              </fo:block>
            </xsl:variable>
            <xsl:call-template name="paragraph.numbered"><xsl:with-param name="block" select="$label"/></xsl:call-template>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block><xsl:apply-templates/></fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>
  <xsl:template match="tei:list/tei:head">
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:lg">
    <fo:block xsl:use-attribute-sets="blockquote.properties" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:l">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- A line break inside a block: an empty block ends the line. -->
  <xsl:template match="tei:lb">
    <fo:block/>
  </xsl:template>

  <xsl:template match="tei:hi[contains(@rend, 'bold')]">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:hi[contains(@rend, 'sup')]">
    <fo:inline baseline-shift="30%" font-size="0.7em"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned">
    <fo:inline xsl:use-attribute-sets="emphasis.properties"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Any other element standing as a block in a section (byline, dateline, closer, an
       unexpected one): a block of its own, so that no text ever stands outside a block. -->
  <xsl:template match="tei:body/* | tei:div/* | tei:front/* | tei:back/* | tei:titlePage/*" priority="-1">
    <fo:block space-before="0.4em" space-after="0.4em"><xsl:apply-templates/></fo:block>
  </xsl:template>

</xsl:stylesheet>
