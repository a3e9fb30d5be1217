<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Parameters of the web edition. Each has a default and a one-line comment; the shared ones
     (date, generator, language of labels, marks around supplied text) are in common/params.xsl.
     The first group is for publishers; the second is set by edition.render.html for each page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Name of the site, in every page's banner and title; '' = the document's title (on corpus
       pages, the label "Articles"). -->
  <xsl:param name="site.title" select="''"/>

  <!-- Absolute URL the site is published at, ending in '/' (the folder holding the corpus index);
       used for canonical links, the metadata and "how to cite". '' = the address the TEI gives
       (publicationStmt/idno type="URL"), else not known: no page claims an address. -->
  <xsl:param name="base.url" select="''"/>

  <!-- The reading a page opens with, and the only one without JavaScript: 'corrected' (the
       editor's corrections, regular spellings and supplied text) or 'printed' (the source's own
       forms). Either way the notes say what the other reading has. -->
  <xsl:param name="reading.mode" select="'corrected'"/>

  <!-- ==== set by edition.render.html, per page ==== -->

  <!-- The page to make. From a TEI document: text (index.html), persons, works, organisations,
       about, search. From a teiCorpus: corpus (index.html), persons, works, search. A page with
       nothing to show (no organisations, say) is an empty result, and not written. -->
  <xsl:param name="page" select="'text'"/>

  <!-- The site's root folder (assets/, the corpus index) as seen from the page: '../' for a
       document's pages, '' for the corpus pages. -->
  <xsl:param name="root.href" select="'../'"/>

  <!-- '1' when a corpus index stands at root.href, so that a document's pages link to it. -->
  <xsl:param name="corpus.index" select="''"/>

  <!-- The document's folder name under the site root (for absolute URLs with base.url). -->
  <xsl:param name="document.name" select="''"/>

  <!-- The page's own file name in its folder, when the page is not one named after $page
       (the corpus's browsing pages: browse/year-1988-2.html); '' = the file page.file names. -->
  <xsl:param name="page.href" select="''"/>

  <!-- The TEI file offered for download, relative to the page; '' = none. -->
  <xsl:param name="tei.href" select="''"/>

  <!-- The print edition (PDF) to offer, relative to the page; '' = none. -->
  <xsl:param name="pdf.href" select="''"/>

  <!-- The citation data (CSL-JSON, BibTeX) to offer: their files without .csl.json and .bib,
       relative to the page; '' = none. -->
  <xsl:param name="citation.href" select="''"/>

  <!-- Stops on a value no template would understand (called first thing, from html/shell.xsl). -->
  <xsl:template name="params.check">
    <xsl:if test="$reading.mode != 'corrected' and $reading.mode != 'printed'">
      <xsl:message terminate="yes">edition: unknown reading.mode '<xsl:value-of select="$reading.mode"/>' (corrected or printed)</xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- Where a Wikidata item's page is: an idno type="wikidata" (Q33391) is appended. -->
  <xsl:variable name="wikidata.url" select="'https://www.wikidata.org/wiki/'"/>

</xsl:stylesheet>
