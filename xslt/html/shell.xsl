<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The page shell: what every page has around its content. The root template picks the page
     ($page) and hands its main content to page.html: the document's head (title, metadata, the
     shipped CSS and script, nothing from the network), a banner with the site's name, navigation
     and a search form, the main content, and a colophon. Pages read completely without scripts
     and without CSS; html/@class names the reading shown first ("reading-corrected", for
     styles) and "no-js", which the script replaces with "js". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <!-- Element-only containers: their white space is layout of the TEI file, not text. -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:fileDesc tei:titleStmt tei:text
      tei:front tei:body tei:back tei:div tei:listBibl tei:list tei:titlePage tei:docTitle tei:lg
      tei:standOff tei:listPerson tei:person tei:listOrg tei:org tei:listPlace tei:place"/>

  <xsl:template match="/">
    <xsl:call-template name="params.check"/>
    <xsl:choose>
      <xsl:when test="tei:TEI"><xsl:apply-templates select="tei:TEI" mode="page"/></xsl:when>
      <xsl:when test="tei:teiCorpus"><xsl:apply-templates select="tei:teiCorpus" mode="page"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes">edition: not a TEI document: the root element is {<xsl:value-of
            select="namespace-uri(*)"/>}<xsl:value-of select="local-name(*)"/>, not {http://www.tei-c.org/ns/1.0}TEI</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A document's pages. A page that does not apply gives no output at all. -->
  <xsl:template match="tei:TEI" mode="page">
    <xsl:variable name="exists"><xsl:call-template name="page.exists"/></xsl:variable>
    <xsl:if test="$exists = '1'">
      <xsl:choose>
        <xsl:when test="$page = 'text'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="content"><xsl:call-template name="reading.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'persons'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'index'"/>
            <xsl:with-param name="content"><xsl:call-template name="index.persons.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'works'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.works'"/>
            <xsl:with-param name="content"><xsl:call-template name="index.works.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'organisations'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.organisations'"/>
            <xsl:with-param name="content"><xsl:call-template name="index.organisations.page"/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$page = 'about'">
          <xsl:call-template name="page.html">
            <xsl:with-param name="heading" select="'web.about'"/>
            <xsl:with-param name="content"><xsl:call-template name="about.page"/></xsl:with-param>
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

  <!-- '1' if the page $page has something to show for this document or corpus. -->
  <xsl:template name="page.exists">
    <xsl:param name="name" select="$page"/>
    <xsl:choose>
      <xsl:when test="/tei:teiCorpus">
        <xsl:if test="$name = 'corpus' or $name = 'search' or $name = 'browse'
                      or ($name = 'persons' or $name = 'works') and $corpus.texts &gt; 1">1</xsl:if>
      </xsl:when>
      <xsl:when test="$name = 'text' or $name = 'about' or $name = 'search'">1</xsl:when>
      <xsl:when test="$name = 'persons'"><xsl:if test="key('index.occurrences', 'all')">1</xsl:if></xsl:when>
      <xsl:when test="$name = 'works'"><xsl:if test="$index.works">1</xsl:if></xsl:when>
      <xsl:when test="$name = 'organisations'">
        <xsl:if test="$index.organisations | $index.periodicals | $index.places">1</xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The file of page $name: index.html for the text (or the corpus), else <name>.html;
       edition.render.html names the files by the same rule. -->
  <xsl:template name="page.file">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="$name = $page and $page.href != ''"><xsl:value-of select="$page.href"/></xsl:when>
      <xsl:when test="$name = 'text' or $name = 'corpus'">index.html</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($name, '.html')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The name in the banner: the site's title, else the document's, else "Articles". -->
  <xsl:template name="site.name">
    <xsl:choose>
      <xsl:when test="normalize-space($site.title) != ''"><xsl:value-of select="normalize-space($site.title)"/></xsl:when>
      <xsl:when test="/tei:TEI"><xsl:call-template name="meta.title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.corpus'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The pages' Content-Security-Policy, first in every head: scripts, styles and images only
       from the site's own files (assets/edition.js, search-index.js), so that no inline script
       or event handler runs, whatever a page came to hold; no plugins, no <base>, forms only to
       the site. The JSON-LD blocks are data, which no browser runs and no policy restricts.
       The corpus's search page may also compile WebAssembly (the site's own, Pagefind's): where
       Pagefind's worker does not answer in time, on a slow machine, it searches in the page. -->
  <xsl:variable name="shell.csp">default-src 'self'; script-src 'self'<xsl:if test="$shell.pagefind"> 'wasm-unsafe-eval'</xsl:if>; object-src 'none'; base-uri 'none'; form-action 'self'</xsl:variable>

  <!-- The corpus's search page runs Pagefind (edition.render.pagefind_index) instead of
       search-index.js; its WebAssembly runs in Pagefind's worker (pagefind/pagefind-worker.js),
       or in the page when the worker fails (shell.csp). -->
  <xsl:variable name="shell.pagefind" select="$page = 'search' and boolean(/tei:teiCorpus)"/>

  <!-- The corpus pages' links to each other lead through the site's root (root.href): they
       stand in it and in its browse/ folder. A document's pages keep theirs relative. -->
  <xsl:variable name="shell.corpus.href"><xsl:if test="/tei:teiCorpus"><xsl:value-of select="$root.href"/></xsl:if></xsl:variable>

  <!-- A page: $heading is the label key of its title ('' for the reading text, whose title is
       the document's); $content the main element's content. -->
  <xsl:template name="page.html">
    <xsl:param name="heading" select="''"/>
    <xsl:param name="heading.text" select="''"/>
    <xsl:param name="content"/>
    <xsl:variable name="page.title">
      <xsl:value-of select="$heading.text"/>
      <xsl:if test="$heading != '' and $heading.text = ''">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="$heading"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="site.name"><xsl:call-template name="site.name"/></xsl:variable>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$l10n.language}" class="no-js reading-{$reading.mode}">
      <head>
        <meta http-equiv="Content-Security-Policy" content="{$shell.csp}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:variable name="document.title">
            <xsl:if test="/tei:TEI"><xsl:call-template name="meta.title"/></xsl:if>
          </xsl:variable>
          <xsl:value-of select="$page.title"/>
          <xsl:if test="$page.title != '' and $document.title != ''"> — </xsl:if>
          <xsl:value-of select="$document.title"/>
          <xsl:if test="$site.name != $page.title and $site.name != $document.title">
            <xsl:if test="$page.title != '' or $document.title != ''"> — </xsl:if>
            <xsl:value-of select="$site.name"/>
          </xsl:if>
        </title>
        <xsl:call-template name="metadata"/>
        <link rel="icon" href="{$root.href}assets/icon.svg" type="image/svg+xml"/>
        <link rel="stylesheet" href="{$root.href}assets/edition.css"/>
        <link rel="stylesheet" href="{$root.href}assets/print.css" media="print"/>
        <xsl:choose>
          <xsl:when test="$shell.pagefind">
            <script src="{$root.href}assets/corpus-search.js" defer="defer"></script>
          </xsl:when>
          <xsl:when test="$page = 'search'">
            <script src="search-index.js" defer="defer"></script>
          </xsl:when>
        </xsl:choose>
        <!-- not on the corpus's search page: none of its reading tools has anything to work on
             there (corpus-search.js does what else it did: the js class, "Cite this page"), and
             it was a tenth of a query's bytes -->
        <xsl:if test="not($shell.pagefind)">
          <script src="{$root.href}assets/edition.js" defer="defer"></script>
        </xsl:if>
      </head>
      <body class="page-{$page}">
        <a class="skip-link" href="#main">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.skip'"/></xsl:call-template>
        </a>
        <header class="banner">
          <p class="site-name"><a href="{$shell.corpus.href}index.html"><xsl:value-of select="$site.name"/></a></p>
          <xsl:call-template name="shell.navigation"/>
          <xsl:call-template name="shell.search-form"/>
        </header>
        <main id="main" tabindex="-1">
          <xsl:if test="$page.title != ''">
            <h1 id="_title"><xsl:value-of select="$page.title"/></h1>
          </xsl:if>
          <xsl:copy-of select="$content"/>
        </main>
        <xsl:call-template name="shell.colophon"><xsl:with-param name="page.title" select="$page.title"/></xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="shell.navigation">
    <nav class="site-nav">
      <xsl:attribute name="aria-label">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.nav'"/></xsl:call-template>
      </xsl:attribute>
      <ul>
        <xsl:choose>
          <xsl:when test="/tei:teiCorpus">
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'corpus'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'persons'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'works'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'search'"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'text'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'persons'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'works'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'organisations'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'about'"/></xsl:call-template>
            <xsl:call-template name="shell.nav-item"><xsl:with-param name="name" select="'search'"/></xsl:call-template>
            <xsl:if test="$corpus.index = '1'">
              <li><a href="{$root.href}index.html">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.nav.corpus'"/></xsl:call-template>
              </a></li>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </ul>
    </nav>
  </xsl:template>

  <!-- A link to page $name if it exists; the current page is marked for assistive technology. -->
  <xsl:template name="shell.nav-item">
    <xsl:param name="name"/>
    <xsl:variable name="exists"><xsl:call-template name="page.exists"><xsl:with-param name="name" select="$name"/></xsl:call-template></xsl:variable>
    <xsl:if test="$exists = '1'">
      <li>
        <a>
          <xsl:attribute name="href">
            <xsl:value-of select="$shell.corpus.href"/>
            <xsl:call-template name="page.file"><xsl:with-param name="name" select="$name"/></xsl:call-template>
          </xsl:attribute>
          <xsl:if test="$name = $page"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.nav.', $name)"/></xsl:call-template>
        </a>
      </li>
    </xsl:if>
  </xsl:template>

  <!-- Search: a plain form to the search page beside the page (a document's, or the corpus's),
       which works without a server (the query is read from the URL by the script). -->
  <xsl:template name="shell.search-form">
    <xsl:param name="id" select="'_site-q'"/>
    <xsl:variable name="label">
      <xsl:call-template name="gentext">
        <xsl:with-param name="key" select="concat('web.search.label', substring('.corpus', 1, 7 * boolean(/tei:teiCorpus)))"/>
      </xsl:call-template>
    </xsl:variable>
    <form class="search-form" role="search" action="{$shell.corpus.href}search.html" method="get">
      <label for="{$id}"><xsl:value-of select="$label"/></label>
      <input id="{$id}" type="search" name="q" autocomplete="off" placeholder="{$label}">
        <xsl:if test="$id = '_q'"><xsl:attribute name="aria-describedby">_search-hint</xsl:attribute></xsl:if>
      </input>
      <button type="submit">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.button'"/></xsl:call-template>
      </button>
    </form>
  </xsl:template>

  <!-- The foot of every page: how to cite this page, the edition (its date, a version if one is
       declared) and what made it, and the files to take away (the TEI it was built from, the
       PDF). -->
  <xsl:template name="shell.colophon">
    <xsl:param name="page.title" select="''"/>
    <footer class="colophon">
      <p class="cite-page">
        <span class="colophon-label">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.cite.page'"/></xsl:call-template>
        </span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="cite.line"><xsl:with-param name="page.title" select="$page.title"/></xsl:call-template>
      </p>
      <p class="edition-version">
        <xsl:call-template name="meta.edition"/>
        <xsl:if test="$edition.generator != ''">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.made.with'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', $edition.generator)"/>
        </xsl:if>
      </p>
      <xsl:if test="/tei:TEI">
        <xsl:call-template name="about.downloads"/>
      </xsl:if>
    </footer>
  </xsl:template>

</xsl:stylesheet>
