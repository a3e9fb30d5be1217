<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The about page, from the teiHeader: the source, this edition (who is responsible for it, and
     for what: an editor only where the header names one, else the encoding is said to be
     automatic; under which licence), its editorial principles in a reader's words and signs,
     how to cite it (and a place of it) with the citation as data, the downloads (the TEI itself,
     the PDF), the encoding in the TEI's own terms for readers who want them, and the
     revisions. Also the downloads of every page's colophon. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- about.decl-parts, about.prose-parts, about.encoder: common/header.xsl -->

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
        <xsl:choose>
          <xsl:when test="$editors != ''">
            <xsl:call-template name="about.fact">
              <xsl:with-param name="key" select="'edition.edited-by'"/>
              <xsl:with-param name="value" select="$editors"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$about.encoder">
            <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.editor'"/></xsl:call-template></dt>
            <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.no-editor'"/></xsl:call-template></dd>
          </xsl:when>
        </xsl:choose>
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
          <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.date'"/></xsl:call-template></dt>
          <dd><time datetime="{$date}"><xsl:call-template name="date.human"><xsl:with-param name="when" select="$date"/></xsl:call-template></time></dd>
        </xsl:if>
        <xsl:variable name="version"><xsl:call-template name="meta.version"/></xsl:variable>
        <xsl:if test="$version != ''">
          <xsl:call-template name="about.fact">
            <xsl:with-param name="key" select="'web.version'"/>
            <xsl:with-param name="value" select="$version"/>
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
          <xsl:choose>
            <xsl:when test="$about.encoder and contains($about.prose-parts, concat(' ', local-name(), ' '))">
              <p><xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.decl.prose.', local-name())"/></xsl:call-template></p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="tei:p | self::tei:p">
                <p><xsl:apply-templates/></p>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
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
        <dt><span class="sign-name"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.name.term'"/></xsl:call-template></span></dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.name'"/></xsl:call-template></dd>
        <dt>¶ 1</dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.paragraph'"/></xsl:call-template></dd>
        <dt><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.reading'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.sign.reading'"/></xsl:call-template></dd>
      </dl>
    </section>

    <section aria-labelledby="_about-cite">
      <h2 id="_about-cite"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.cite'"/></xsl:call-template></h2>
      <p class="cite-as"><xsl:call-template name="cite.line"><xsl:with-param name="whole" select="true()"/></xsl:call-template></p>
      <xsl:call-template name="cite.place"/>
      <xsl:call-template name="cite.data"/>
    </section>

    <xsl:if test="$tei.href != '' or $pdf.href != ''">
      <section aria-labelledby="_about-downloads">
        <h2 id="_about-downloads"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.downloads'"/></xsl:call-template></h2>
        <xsl:call-template name="about.downloads"/>
      </section>
    </xsl:if>

    <section aria-labelledby="_about-encoding">
      <h2 id="_about-encoding"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.encoding'"/></xsl:call-template></h2>
      <p><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.encoding.intro'"/></xsl:call-template></p>
      <xsl:if test="$encoding/tei:editorialDecl/*">
        <dl class="encoding">
          <xsl:for-each select="$encoding/tei:editorialDecl/*">
            <dt><code><xsl:value-of select="local-name()"/></code></dt>
            <xsl:for-each select="tei:p | self::tei:p">
              <dd><xsl:apply-templates/></dd>
            </xsl:for-each>
          </xsl:for-each>
        </dl>
      </xsl:if>
    </section>

    <xsl:if test="$header/tei:revisionDesc/*">
      <section aria-labelledby="_about-revisions">
        <h2 id="_about-revisions"><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.about.revisions'"/></xsl:call-template></h2>
        <ul>
          <xsl:for-each select="$header/tei:revisionDesc//tei:change">
            <li>
              <xsl:if test="@when">
                <time datetime="{@when}"><xsl:call-template name="date.human"><xsl:with-param name="when" select="@when"/></xsl:call-template></time>
                <xsl:text>: </xsl:text>
              </xsl:if>
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
