<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The search page, one design for a single text (NAME/search.html) and for the corpus
     (search.html beside the list of articles, made however many articles it has): a form, how
     to search, and the place edition.js lists what it finds. The index is search-index.js beside
     the page (written at build time by edition.render.search from the reading pages and the
     registers: one entry per paragraph, heading and note, and the register's names with every
     form they go by), so that search works from file:// and any static host. It matches whole
     words (a word ending in * for every word it begins), and a name in any of its spellings
     finds every place naming that person or thing. The words the script shows are data
     attributes, from the labels. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The number of shards the corpus's search index is in, and the word every text of it
       holds, which a search by filters alone looks for (edition.render.pagefind_index). -->
  <xsl:param name="search.shards" select="'1'"/>
  <xsl:param name="search.every" select="''"/>

  <xsl:template name="search.page">
    <xsl:choose>
      <xsl:when test="/tei:teiCorpus"><xsl:call-template name="search.corpus"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="search.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The corpus's search, through Pagefind (edition.render.pagefind_index; run by
       assets/corpus-search.js): the same entries and the same register-aware design as a
       text's, the index split so that a query loads only the chunks it needs. The filters are
       fields of the form, so that a link can set them (search.html?person=…); a result's
       author, publication and year are links narrowing to them. The index is in shards, which
       the script searches in turn (data-shards). Pagefind fetches its index, which a page
       opened as a file cannot: the page then says how to serve the folder. -->
  <xsl:template name="search.corpus">
    <div id="_corpus-search" data-shards="{$search.shards}" data-every="{$search.every}">
      <xsl:for-each select="str:tokenize('none found found-one more', ' ')" xmlns:str="http://exslt.org/strings">
        <xsl:call-template name="search.words">
          <xsl:with-param name="name" select="."/>
          <xsl:with-param name="key" select="concat('web.search.corpus.', .)"/>
        </xsl:call-template>
      </xsl:for-each>
      <form class="search-form search-corpus" role="search" action="search.html" method="get">
        <label for="_q">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.label.corpus'"/></xsl:call-template>
        </label>
        <input id="_q" type="search" name="q" autocomplete="off" aria-describedby="_search-hint"/>
        <fieldset class="search-filters">
          <legend><xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.filters'"/></xsl:call-template></legend>
          <xsl:for-each select="str:tokenize('author publication year person work', ' ')" xmlns:str="http://exslt.org/strings">
            <!-- each field with its label above it, the pairs in a grid: a label never
                 runs into the field before it, nor ends a line apart from its own -->
            <div class="search-filter">
              <label for="_f-{.}">
                <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('web.search.filter.', .)"/></xsl:call-template>
              </label>
              <input id="_f-{.}" type="text" name="{.}" autocomplete="off"/>
            </div>
          </xsl:for-each>
        </fieldset>
        <button type="submit">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.button'"/></xsl:call-template>
        </button>
      </form>
      <p class="search-hint" id="_search-hint">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.hint.corpus'"/></xsl:call-template>
      </p>
      <noscript>
        <p class="search-noscript">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.noscript'"/></xsl:call-template>
        </p>
      </noscript>
      <p id="_search-file" class="search-file" hidden="hidden">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.file'"/></xsl:call-template>
      </p>
      <p id="_search-status" role="status"></p>
      <ol id="_search-results" class="search-results"></ol>
    </div>
  </xsl:template>

  <xsl:template name="search.text">
    <xsl:call-template name="shell.search-form"><xsl:with-param name="id" select="'_q'"/></xsl:call-template>
    <p class="search-hint" id="_search-hint">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.hint'"/></xsl:call-template>
    </p>
    <noscript>
      <p class="search-noscript">
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'web.search.noscript'"/></xsl:call-template>
      </p>
    </noscript>
    <div id="_search">
      <xsl:call-template name="search.words"><xsl:with-param name="name" select="'none'"/></xsl:call-template>
      <xsl:call-template name="search.words"><xsl:with-param name="name" select="'found'"/></xsl:call-template>
      <xsl:call-template name="search.words"><xsl:with-param name="name" select="'found-one'"/></xsl:call-template>
      <xsl:call-template name="search.words"><xsl:with-param name="name" select="'name'"/></xsl:call-template>
      <xsl:call-template name="search.words"><xsl:with-param name="name" select="'more'"/></xsl:call-template>
      <p id="_search-status" role="status"></p>
      <div id="_search-names" class="search-names"></div>
      <ol id="_search-results" class="search-results"></ol>
    </div>
  </xsl:template>

  <!-- data-NAME: the label web.search.NAME, or $key. -->
  <xsl:template name="search.words">
    <xsl:param name="name"/>
    <xsl:param name="key" select="concat('web.search.', $name)"/>
    <xsl:attribute name="data-{$name}">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </xsl:attribute>
  </xsl:template>

</xsl:stylesheet>
