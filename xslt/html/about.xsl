<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The about page, from the teiHeader: the source, this edition (who encoded it, with what,
     under which licence), its editorial principles (encodingDesc/editorialDecl, each part as the
     header words it) and signs, how to cite it, the downloads (the TEI itself, the PDF) and the
     revisions. Also the downloads and licence line of every page's colophon. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The parts of editorialDecl the labels name; other parts are shown under no heading. -->
  <xsl:variable name="about.decl-parts" select="' correction normalization quotation segmentation interpretation hyphenation punctuation stdVals '"/>

  <xsl:template name="about.page">
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <xsl:variable name="encoding" select="$header/tei:encodingDesc"/>

    <section aria-labelledby="_about-source">
      <h2 id="_about-source"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.source'"/></xsl:call-template></h2>
      <p>
        <xsl:variable name="authors"><xsl:call-template name="meta.authors"/></xsl:variable>
        <xsl:if test="$authors != ''"><xsl:value-of select="concat($authors, ', ')"/></xsl:if>
        <xsl:call-template name="about.quoted-title"/>
        <xsl:text>. </xsl:text>
        <xsl:call-template name="source.intro"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="source.description"/>
        <xsl:text>.</xsl:text>
      </p>
      <xsl:for-each select="$header.source/tei:idno[@type = 'sha256']">
        <p class="checksum">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'source.checksum'"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <code><xsl:value-of select="normalize-space(.)"/></code>
        </p>
      </xsl:for-each>
    </section>

    <section aria-labelledby="_about-edition">
      <h2 id="_about-edition"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.edition'"/></xsl:call-template></h2>
      <xsl:for-each select="$encoding/tei:projectDesc/tei:p">
        <p><xsl:apply-templates/></p>
      </xsl:for-each>
      <dl class="facts">
        <xsl:variable name="editors"><xsl:call-template name="meta.editors"/></xsl:variable>
        <xsl:if test="$editors != ''">
          <xsl:call-template name="about.fact">
            <xsl:with-param name="key" select="'edition.edited-by'"/>
            <xsl:with-param name="value" select="$editors"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="$file/tei:titleStmt/tei:respStmt">
          <dt><xsl:value-of select="normalize-space(tei:resp)"/></dt>
          <dd>
            <xsl:for-each select="tei:name | tei:persName | tei:orgName">
              <xsl:if test="position() &gt; 1">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'list.separator'"/></xsl:call-template>
              </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="$file/tei:publicationStmt/tei:publisher[1]">
          <xsl:call-template name="about.fact">
            <xsl:with-param name="key" select="'web.about.publisher'"/>
            <xsl:with-param name="value" select="normalize-space(.)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:variable name="date"><xsl:call-template name="meta.date"/></xsl:variable>
        <xsl:if test="$date != ''">
          <xsl:call-template name="about.fact">
            <xsl:with-param name="key" select="'web.about.date'"/>
            <xsl:with-param name="value" select="$date"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$file/tei:publicationStmt/tei:availability">
          <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.licence'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="about.licence"/></dd>
        </xsl:if>
        <xsl:for-each select="$file/tei:publicationStmt/tei:p">
          <dd><xsl:apply-templates/></dd>
        </xsl:for-each>
      </dl>
    </section>

    <xsl:if test="$encoding/tei:editorialDecl">
      <section aria-labelledby="_about-principles">
        <h2 id="_about-principles"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.principles'"/></xsl:call-template></h2>
        <xsl:for-each select="$encoding/tei:editorialDecl/*">
          <xsl:if test="contains($about.decl-parts, concat(' ', local-name(), ' '))">
            <h3><xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.decl.', local-name())"/></xsl:call-template></h3>
          </xsl:if>
          <xsl:for-each select="tei:p | self::tei:p">
            <p><xsl:apply-templates/></p>
          </xsl:for-each>
        </xsl:for-each>
      </section>
    </xsl:if>

    <section aria-labelledby="_about-signs">
      <h2 id="_about-signs"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.signs'"/></xsl:call-template></h2>
      <dl class="signs">
        <dt><xsl:value-of select="concat($supplied.open, '…', $supplied.close)"/></dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'edition.sign.supplied'"/></xsl:call-template></dd>
        <dt><sup>1</sup></dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.notes'"/></xsl:call-template></dd>
        <dt>(…)</dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.citation'"/></xsl:call-template></dd>
        <dt>¶ 1</dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.paragraph'"/></xsl:call-template></dd>
        <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.reading'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.reading'"/></xsl:call-template></dd>
      </dl>
    </section>

    <section aria-labelledby="_about-cite">
      <h2 id="_about-cite"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.cite'"/></xsl:call-template></h2>
      <p class="cite-as"><xsl:call-template name="cite.line"><xsl:with-param name="whole" select="true()"/></xsl:call-template></p>
    </section>

    <xsl:if test="$tei.href != '' or $pdf.href != ''">
      <section aria-labelledby="_about-downloads">
        <h2 id="_about-downloads"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.downloads'"/></xsl:call-template></h2>
        <xsl:call-template name="about.downloads"/>
      </section>
    </xsl:if>

    <xsl:if test="$header/tei:revisionDesc/*">
      <section aria-labelledby="_about-revisions">
        <h2 id="_about-revisions"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.revisions'"/></xsl:call-template></h2>
        <ul>
          <xsl:for-each select="$header/tei:revisionDesc//tei:change">
            <li>
              <xsl:if test="@when"><time datetime="{@when}"><xsl:value-of select="@when"/></time>: </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="about.fact">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="$key"/></xsl:call-template></dt>
    <dd><xsl:value-of select="$value"/></dd>
  </xsl:template>

  <!-- The title in quotation marks, as an article's title is cited. -->
  <xsl:template name="about.quoted-title">
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.quote.open'"/></xsl:call-template>
    <xsl:call-template name="meta.title"/>
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.quote.close'"/></xsl:call-template>
  </xsl:template>

  <!-- How to cite a page: "Gerry Healy, “How Stalin Betrayed October”, Marxist Monthly, Vol. 1,
       No. 4, June 1988. Index of persons. Web edition, version 2026-11-25. <address>". The page's
       title ($page.title) is left out for the text itself, and on the about page, whose "How to
       cite" ($whole) cites the edition as a whole. The address is the page's URL when base.url is
       known, else its path in the site (edition.js shows the URL when the site is served). -->
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
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.edition'"/></xsl:call-template>
    <xsl:variable name="version"><xsl:call-template name="meta.version"/></xsl:variable>
    <xsl:if test="$version != ''">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.version'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', $version)"/>
    </xsl:if>
    <xsl:text>. </xsl:text>
    <xsl:variable name="file">
      <xsl:if test="not($whole)"><xsl:call-template name="page.file"><xsl:with-param name="name" select="$page"/></xsl:call-template></xsl:if>
    </xsl:variable>
    <xsl:variable name="path">
      <xsl:if test="$document.name != ''"><xsl:value-of select="concat($document.name, '/')"/></xsl:if>
      <xsl:value-of select="$file"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$base.url != ''">
        <a class="cite-url" href="{concat($base.url, $path)}"><xsl:value-of select="concat($base.url, $path)"/></a>
      </xsl:when>
      <xsl:otherwise>
        <a class="cite-url">
          <xsl:attribute name="href">
            <xsl:choose>
              <xsl:when test="$file != ''"><xsl:value-of select="$file"/></xsl:when>
              <xsl:otherwise>index.html</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="$path"/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="about.licence">
    <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability">
      <xsl:for-each select="tei:licence">
        <xsl:choose>
          <xsl:when test="starts-with(@target, 'http://') or starts-with(@target, 'https://')">
            <a rel="license" href="{@target}"><xsl:value-of select="normalize-space(.)"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:for-each select="tei:p">
        <xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- The files a reader may take: the TEI, the PDF. -->
  <xsl:template name="about.downloads">
    <xsl:if test="$tei.href != '' or $pdf.href != ''">
      <ul class="downloads">
        <xsl:if test="$tei.href != ''">
          <li><a href="{$tei.href}" type="application/tei+xml" download="">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.tei'"/></xsl:call-template>
          </a></li>
        </xsl:if>
        <xsl:if test="$pdf.href != ''">
          <li><a href="{$pdf.href}" type="application/pdf">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.download.pdf'"/></xsl:call-template>
          </a></li>
        </xsl:if>
      </ul>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
