<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- What a page says about the article to machines: Dublin Core <meta> elements (DCMI's HTML
     convention, with the schema.DC link) and a schema.org description as JSON-LD. Values come from
     common/header.xsl, as the print edition's XMP does. JSON strings are escaped here, "<" too,
     so that no value can close the script element. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="metadata">
    <xsl:choose>
      <xsl:when test="/tei:TEI"><xsl:call-template name="metadata.document"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="metadata.corpus"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$edition.generator != ''">
      <meta name="generator" content="{$edition.generator}"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="metadata.document">
    <xsl:variable name="title"><xsl:call-template name="meta.title"/></xsl:variable>
    <xsl:variable name="source"><xsl:call-template name="meta.subject"/></xsl:variable>
    <xsl:variable name="description">
      <xsl:if test="$source != ''">
        <xsl:call-template name="source.intro"/>
        <xsl:value-of select="concat(' ', $source)"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="date"><xsl:call-template name="meta.date"/></xsl:variable>
    <xsl:variable name="keywords"><xsl:call-template name="meta.keywords"/></xsl:variable>
    <xsl:variable name="url"><xsl:call-template name="metadata.url"/></xsl:variable>
    <xsl:variable name="publication" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <xsl:variable name="licence" select="$publication/tei:availability/tei:licence[1]"/>

    <xsl:if test="$description != ''"><meta name="description" content="{$description}"/></xsl:if>
    <xsl:if test="$keywords != ''"><meta name="keywords" content="{$keywords}"/></xsl:if>
    <xsl:if test="$url != ''"><link rel="canonical" href="{$url}"/></xsl:if>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <link rel="schema.DCTERMS" href="http://purl.org/dc/terms/"/>
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
      <meta name="DC.creator" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:editor">
      <meta name="DC.contributor" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$header.source/tei:date/@when">
      <meta name="DC.date" content="{$header.source/tei:date/@when}"/>
    </xsl:if>
    <xsl:if test="$source != ''"><meta name="DC.source" content="{$source}"/></xsl:if>
    <xsl:if test="$keywords != ''"><meta name="DC.subject" content="{$keywords}"/></xsl:if>
    <xsl:if test="$publication/tei:publisher">
      <meta name="DC.publisher" content="{normalize-space($publication/tei:publisher)}"/>
    </xsl:if>
    <xsl:if test="$licence">
      <meta name="DC.rights" content="{normalize-space($licence)}"/>
    </xsl:if>
    <meta name="DC.language" content="{/tei:TEI/@xml:lang}"/>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <xsl:if test="$url != ''"><meta name="DC.identifier" content="{$url}"/></xsl:if>
    <xsl:if test="$date != ''"><meta name="DCTERMS.modified" content="{$date}"/></xsl:if>

    <script type="application/ld+json">
      <xsl:text>{"@context": "https://schema.org", "@type": "Article", "headline": </xsl:text>
      <xsl:call-template name="json.string"><xsl:with-param name="s" select="$title"/></xsl:call-template>
      <xsl:text>, "author": [</xsl:text>
      <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:text>{"@type": "Person", "name": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
      <xsl:if test="$header.source/tei:date/@when">
        <xsl:text>, "datePublished": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$header.source/tei:date/@when"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="metadata.json-source"/>
      <xsl:text>, "inLanguage": </xsl:text>
      <xsl:call-template name="json.string"><xsl:with-param name="s" select="/tei:TEI/@xml:lang"/></xsl:call-template>
      <xsl:if test="$description != ''">
        <xsl:text>, "description": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$description"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$url != ''">
        <xsl:text>, "url": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$url"/></xsl:call-template>
      </xsl:if>
      <xsl:variable name="version"><xsl:call-template name="meta.version"/></xsl:variable>
      <xsl:if test="$version != ''">
        <xsl:text>, "version": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$version"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$date != ''">
        <xsl:text>, "dateModified": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$date"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$publication/tei:publisher">
        <xsl:text>, "publisher": {"@type": "Organization", "name": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="normalize-space($publication/tei:publisher)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:if>
      <xsl:if test="$licence">
        <xsl:text>, "license": </xsl:text>
        <xsl:call-template name="json.string">
          <xsl:with-param name="s" select="normalize-space($licence/@target[. != ''] | $licence[not(@target != '')])"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$tei.href != ''">
        <xsl:text>, "encoding": {"@type": "MediaObject", "encodingFormat": "application/tei+xml", "contentUrl": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$tei.href"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:if>
      <xsl:call-template name="metadata.json-mentions"/>
      <xsl:text>}</xsl:text>
    </script>
  </xsl:template>

  <!-- The periodical the article appeared in, as schema.org nests it: issue in volume in
       periodical (each level only if the source gives it). -->
  <xsl:template name="metadata.json-source">
    <xsl:variable name="b" select="$header.source"/>
    <xsl:variable name="journal" select="$b/tei:title[@level = 'j'][1]"/>
    <xsl:if test="$journal">
      <xsl:variable name="volume" select="$b/tei:biblScope[@unit = 'volume'][1]"/>
      <xsl:variable name="issue" select="$b/tei:biblScope[@unit = 'issue'][1]"/>
      <xsl:text>, "isPartOf": </xsl:text>
      <xsl:if test="$issue">
        <xsl:text>{"@type": "PublicationIssue", "issueNumber": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="normalize-space($issue)"/></xsl:call-template>
        <xsl:text>, "isPartOf": </xsl:text>
      </xsl:if>
      <xsl:if test="$volume">
        <xsl:text>{"@type": "PublicationVolume", "volumeNumber": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="normalize-space($volume)"/></xsl:call-template>
        <xsl:text>, "isPartOf": </xsl:text>
      </xsl:if>
      <xsl:text>{"@type": "Periodical", "name": </xsl:text>
      <xsl:call-template name="json.string"><xsl:with-param name="s" select="normalize-space($journal)"/></xsl:call-template>
      <xsl:text>}</xsl:text>
      <xsl:if test="$volume">}</xsl:if>
      <xsl:if test="$issue">}</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The persons the article names, with their Wikidata item where the register gives one. -->
  <xsl:template name="metadata.json-mentions">
    <xsl:variable name="persons" select="/tei:TEI/tei:standOff//tei:person"/>
    <xsl:if test="$persons">
      <xsl:text>, "mentions": [</xsl:text>
      <xsl:for-each select="$persons">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:text>{"@type": "Person", "name": </xsl:text>
        <xsl:variable name="name"><xsl:call-template name="registers.entry-name"/></xsl:variable>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$name"/></xsl:call-template>
        <xsl:if test="tei:idno[@type = 'wikidata']">
          <xsl:text>, "sameAs": </xsl:text>
          <xsl:call-template name="json.string">
            <xsl:with-param name="s" select="concat($wikidata.url, normalize-space(tei:idno[@type = 'wikidata']))"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="metadata.corpus">
    <xsl:variable name="name"><xsl:call-template name="site.name"/></xsl:variable>
    <meta name="DC.title" content="{$name}"/>
    <meta name="DC.type" content="Collection"/>
    <xsl:if test="$site.url != ''"><link rel="canonical" href="{$site.url}"/></xsl:if>
    <script type="application/ld+json">
      <xsl:text>{"@context": "https://schema.org", "@type": "CollectionPage", "name": </xsl:text>
      <xsl:call-template name="json.string"><xsl:with-param name="s" select="$name"/></xsl:call-template>
      <xsl:text>, "hasPart": [</xsl:text>
      <xsl:for-each select="/tei:teiCorpus/tei:TEI">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:text>{"@type": "Article", "headline": </xsl:text>
        <xsl:variable name="title"><xsl:call-template name="corpus.title"/></xsl:variable>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="$title"/></xsl:call-template>
        <xsl:text>, "url": </xsl:text>
        <xsl:call-template name="json.string"><xsl:with-param name="s" select="concat($site.url, @xml:id, '/index.html')"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>]}</xsl:text>
    </script>
  </xsl:template>

  <!-- "Web edition of 1 January 2000", ", version 2" when one is declared: how the pages name
       this edition (the reading page's statement, every page's foot, how to cite). -->
  <xsl:template name="meta.edition">
    <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.edition.of'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:variable name="date"><xsl:call-template name="meta.date"/></xsl:variable>
    <time class="edition-date" datetime="{$date}">
      <xsl:call-template name="date.human"><xsl:with-param name="when" select="$date"/></xsl:call-template>
    </time>
    <xsl:variable name="version"><xsl:call-template name="meta.version"/></xsl:variable>
    <xsl:if test="$version != ''">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.version'"/></xsl:call-template>
      <xsl:value-of select="concat(' ', $version)"/>
    </xsl:if>
  </xsl:template>

  <!-- Where the site is published, ending in '/': the build's base.url, else the address the
       TEI itself gives (publicationStmt/idno type="URL", from the editorial file's [edition]
       url); '' = not known, and then no page claims an address. Only http(s) addresses. -->
  <xsl:variable name="site.url">
    <xsl:variable name="given" select="normalize-space((/tei:TEI/tei:teiHeader | /tei:teiCorpus/tei:TEI/tei:teiHeader)
                                       /tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URL'])"/>
    <xsl:variable name="url">
      <xsl:choose>
        <xsl:when test="$base.url != ''"><xsl:value-of select="$base.url"/></xsl:when>
        <xsl:when test="starts-with($given, 'https://') or starts-with($given, 'http://')"><xsl:value-of select="$given"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="$url"/>
    <xsl:if test="$url != '' and substring($url, string-length($url)) != '/'">/</xsl:if>
  </xsl:variable>

  <!-- The page's absolute URL, '' when the site's address is not known. -->
  <xsl:template name="metadata.url">
    <xsl:if test="$site.url != ''">
      <xsl:value-of select="$site.url"/>
      <xsl:if test="$document.name != ''"><xsl:value-of select="concat($document.name, '/')"/></xsl:if>
      <xsl:call-template name="page.file"><xsl:with-param name="name" select="$page"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A JSON string literal of $s. -->
  <xsl:template name="json.string">
    <xsl:param name="s"/>
    <xsl:variable name="backslash">
      <xsl:call-template name="string.replace">
        <xsl:with-param name="s" select="string($s)"/><xsl:with-param name="from" select="'\'"/><xsl:with-param name="to" select="'\\'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="quote">
      <xsl:call-template name="string.replace">
        <xsl:with-param name="s" select="$backslash"/><xsl:with-param name="from" select="'&quot;'"/><xsl:with-param name="to" select="'\&quot;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:text>"</xsl:text>
    <xsl:call-template name="string.replace">
      <xsl:with-param name="s" select="translate($quote, '&#9;&#10;&#13;', '   ')"/><xsl:with-param name="from" select="'&lt;'"/><xsl:with-param name="to" select="'\u003c'"/>
    </xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <xsl:template name="string.replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="concat(substring-before($s, $from), $to)"/>
        <xsl:call-template name="string.replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/><xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
