<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Every word the stylesheets generate, by language, in one place (after DocBook's
     common/l10n.xml). Kept inside the stylesheet rather than in a separate file because
     transforms run with all file access denied. To translate: add an l:language block. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
    xmlns:l="urn:x-edition:l10n" exclude-result-prefixes="tei exsl l">

  <xsl:variable name="l10n.table">
    <l:language lang="en">
      <!-- back matter -->
      <l:gentext key="index">Index of persons</l:gentext>
      <l:gentext key="works-cited">Works cited</l:gentext>
      <l:gentext key="notes.source">Notes</l:gentext>
      <l:gentext key="notes.editorial">Editorial notes</l:gentext>
      <!-- notes: a correction's note reads "1941] the source prints 9141" -->
      <l:gentext key="note.lemma-end">]</l:gentext>
      <l:gentext key="note.sic">the source prints</l:gentext>
      <l:gentext key="note.orig">the source spells</l:gentext>
      <l:gentext key="note.ibid">Ibid.</l:gentext>
      <l:gentext key="note.et-al">et al.</l:gentext>
      <!-- leading words a short title leaves out, separated by spaces -->
      <l:gentext key="note.title-articles">The A An</l:gentext>
      <l:gentext key="notes.citations">References</l:gentext>
      <!-- the source, as described on the title page -->
      <l:gentext key="source.intro">First published in</l:gentext>
      <l:gentext key="source.intro.date">First published</l:gentext>
      <l:gentext key="source.volume">Vol.</l:gentext>
      <l:gentext key="source.issue">No.</l:gentext>
      <l:gentext key="source.page">p.</l:gentext>
      <l:gentext key="source.pages">pp.</l:gentext>
      <l:gentext key="source.checksum">Source file SHA-256:</l:gentext>
      <!-- the edition -->
      <l:gentext key="edition.edited-by">Edited by</l:gentext>
      <l:gentext key="edition.print">Print edition,</l:gentext>
      <l:gentext key="edition.principles">Editorial principles</l:gentext>
      <l:gentext key="edition.signs">Editorial signs</l:gentext>
      <l:gentext key="edition.sign.supplied">text supplied by the editor</l:gentext>
      <l:gentext key="edition.sign.notes">Numbered notes say, for every correction or normalised spelling, what the source printed; notes marked a, b, c … give the work a citation of the source refers to.</l:gentext>
      <l:gentext key="edition.cite">How to cite</l:gentext>
      <l:gentext key="edition.cite.text">The paragraphs of the text are numbered in the margin, and the editor’s notes through the text, as in the web edition: a place is cited by paragraph and note, the same in print and on the web, e.g.</l:gentext>
      <l:gentext key="edition.cite.paragraph">¶ </l:gentext>
      <l:gentext key="edition.cite.note">n. </l:gentext>
      <l:gentext key="list.separator">, </l:gentext>
      <l:gentext key="name.separator">, </l:gentext>
      <l:gentext key="names.and"> and </l:gentext>
      <!-- the web edition: pages and navigation -->
      <l:gentext key="web.skip">Skip to the text</l:gentext>
      <l:gentext key="web.nav">Edition</l:gentext>
      <l:gentext key="web.nav.text">Text</l:gentext>
      <l:gentext key="web.nav.persons">Persons</l:gentext>
      <l:gentext key="web.nav.works">Works</l:gentext>
      <l:gentext key="web.nav.organisations">Organisations, periodicals and places</l:gentext>
      <l:gentext key="web.nav.about">About this edition</l:gentext>
      <l:gentext key="web.nav.search">Search</l:gentext>
      <l:gentext key="web.nav.corpus">All articles</l:gentext>
      <l:gentext key="web.works">Works</l:gentext>
      <l:gentext key="web.organisations">Organisations, periodicals and places</l:gentext>
      <l:gentext key="web.about">About this edition</l:gentext>
      <l:gentext key="web.search">Search</l:gentext>
      <l:gentext key="web.contents">Contents</l:gentext>
      <l:gentext key="web.version">Version</l:gentext>
      <l:gentext key="web.edition.of">Web edition of</l:gentext>
      <l:gentext key="web.made.with">made with</l:gentext>
      <l:gentext key="web.cite.page">Cite this page:</l:gentext>
      <l:gentext key="web.download.tei">TEI XML (the encoded text)</l:gentext>
      <l:gentext key="web.download.pdf">PDF (the print edition)</l:gentext>
      <!-- the web edition: reading -->
      <l:gentext key="web.controls">Reading options</l:gentext>
      <l:gentext key="web.reading">Reading</l:gentext>
      <l:gentext key="web.reading.corrected">Corrected</l:gentext>
      <l:gentext key="web.reading.printed">As printed</l:gentext>
      <l:gentext key="web.speaker.pick">Show the speech of</l:gentext>
      <l:gentext key="web.speaker.none">no one</l:gentext>
      <l:gentext key="web.speaker.next">Next passage</l:gentext>
      <l:gentext key="web.speaker.status">{n} passages</l:gentext>
      <l:gentext key="web.speaker.at">passage {i} of {n}</l:gentext>
      <l:gentext key="web.spoken-by">Spoken by</l:gentext>
      <l:gentext key="web.paragraph">Paragraph</l:gentext>
      <l:gentext key="web.note">Note</l:gentext>
      <l:gentext key="web.note.back">Back to the text</l:gentext>
      <l:gentext key="web.note.close">Close</l:gentext>
      <l:gentext key="web.cited-at">Cited at</l:gentext>
      <!-- the web edition: where things are ("¶ 12") -->
      <l:gentext key="web.locator.paragraph">¶&#160;</l:gentext>
      <l:gentext key="web.locator.note">note</l:gentext>
      <l:gentext key="web.locator.title-page">title page</l:gentext>
      <!-- the web edition: indexes -->
      <l:gentext key="web.index.intro">Each place is cited by its paragraph number (¶), which links to it in the text.</l:gentext>
      <l:gentext key="web.index.named">Named at</l:gentext>
      <l:gentext key="web.index.speaks">Speaks at</l:gentext>
      <l:gentext key="web.index.variants">also</l:gentext>
      <l:gentext key="web.index.organisations">Organisations</l:gentext>
      <l:gentext key="web.index.periodicals">Periodicals</l:gentext>
      <l:gentext key="web.index.places">Places</l:gentext>
      <l:gentext key="web.wikidata">Wikidata</l:gentext>
      <!-- the web edition: search -->
      <l:gentext key="web.search.label">Search the text</l:gentext>
      <l:gentext key="web.search.button">Search</l:gentext>
      <l:gentext key="web.search.noscript">Searching needs JavaScript. Without it, use your browser’s Find (Ctrl+F) on the text page: every word of the text is on it.</l:gentext>
      <l:gentext key="web.search.none">Nothing found for “{q}”.</l:gentext>
      <l:gentext key="web.search.found">{n} places found for “{q}”.</l:gentext>
      <!-- the web edition: about page -->
      <l:gentext key="web.about.source">The source</l:gentext>
      <l:gentext key="web.about.edition">This edition</l:gentext>
      <l:gentext key="web.about.publisher">Published by</l:gentext>
      <l:gentext key="web.about.date">Date of this edition</l:gentext>
      <l:gentext key="web.about.licence">Licence</l:gentext>
      <l:gentext key="web.about.cite">How to cite</l:gentext>
      <l:gentext key="web.about.downloads">Downloads</l:gentext>
      <l:gentext key="web.about.revisions">Revisions</l:gentext>
      <l:gentext key="web.decl.correction">Corrections</l:gentext>
      <l:gentext key="web.decl.normalization">Normalisation</l:gentext>
      <l:gentext key="web.decl.quotation">Quotation marks</l:gentext>
      <l:gentext key="web.decl.segmentation">Paragraphs and sections</l:gentext>
      <l:gentext key="web.decl.interpretation">Supplied text</l:gentext>
      <l:gentext key="web.decl.hyphenation">Hyphenation</l:gentext>
      <l:gentext key="web.decl.punctuation">Punctuation</l:gentext>
      <l:gentext key="web.decl.stdVals">Dates and numbers</l:gentext>
      <l:gentext key="web.sign.notes">Numbered notes say, for every correction or normalised spelling, what the source printed.</l:gentext>
      <l:gentext key="web.sign.citation">A citation, as the source printed it, shows the work it cites and the pages, and leads to it in the works cited.</l:gentext>
      <l:gentext key="web.sign.name">A name with a dotted line shows what the indexes know of it, and leads to its index entry.</l:gentext>
      <l:gentext key="web.sign.paragraph">Paragraph numbers: each links to its paragraph, a permanent address to cite.</l:gentext>
      <l:gentext key="web.sign.reading">With JavaScript on, the reading switch shows the text corrected, or as printed (the source’s own spellings and errors, without supplied text).</l:gentext>
      <l:gentext key="web.cite.version">version</l:gentext>
      <l:gentext key="web.quote.open">“</l:gentext>
      <l:gentext key="web.quote.close">”</l:gentext>
      <!-- the web edition: corpus -->
      <l:gentext key="web.corpus">Articles</l:gentext>
      <l:gentext key="web.corpus.persons">Persons in all articles</l:gentext>
      <l:gentext key="web.corpus.works">Works in all articles</l:gentext>
      <l:gentext key="web.corpus.in">In</l:gentext>
      <!-- the web edition: browsing a corpus of any size (edition.render.browse) -->
      <l:gentext key="web.browse">Browse</l:gentext>
      <l:gentext key="web.browse.all">All articles</l:gentext>
      <l:gentext key="web.browse.years">By year</l:gentext>
      <l:gentext key="web.browse.authors">By author</l:gentext>
      <l:gentext key="web.browse.publications">By publication</l:gentext>
      <l:gentext key="web.browse.persons">Persons, A–Z</l:gentext>
      <l:gentext key="web.browse.works">Works, A–Z</l:gentext>
      <l:gentext key="web.browse.pages">Pages</l:gentext>
      <l:gentext key="web.browse.previous">Previous</l:gentext>
      <l:gentext key="web.browse.next">Next</l:gentext>
      <l:gentext key="web.browse.letters">Letters</l:gentext>
      <l:gentext key="web.browse.undated">Undated</l:gentext>
      <l:gentext key="web.browse.unknown">Unknown</l:gentext>
      <l:gentext key="web.browse.count">{n} articles</l:gentext>
      <l:gentext key="web.browse.more">and {n} more: find them all with the search</l:gentext>
      <l:gentext key="web.download.corpus">The whole corpus: TEI of every text with a teiCorpus header (tar.gz)</l:gentext>
      <l:gentext key="web.download.catalogue">Catalogue of the texts (JSON, CSV)</l:gentext>
      <l:gentext key="web.search.file">Searching the articles needs the site served over HTTP: browsers do not let a page opened as a file (file://) load the search index. Serve the folder with “edition serve FOLDER” or “python3 -m http.server” in it, and open this page at the address it prints; or use the search of each article, which works from a file too.</l:gentext>
      <l:gentext key="web.search.corpus.none">Nothing found for “{q}”.</l:gentext>
      <l:gentext key="web.search.corpus.found">{n} articles found for “{q}”; each result lists the places in it.</l:gentext>
      <l:gentext key="web.search.corpus.found-one">One article found for “{q}”.</l:gentext>
      <l:gentext key="web.search.corpus.more">More results</l:gentext>
      <l:gentext key="web.search.filters">Narrow to</l:gentext>
      <l:gentext key="web.search.filter.author">Author</l:gentext>
      <l:gentext key="web.search.filter.publication">Publication</l:gentext>
      <l:gentext key="web.search.filter.year">Year</l:gentext>
      <l:gentext key="web.search.filter.person">Person</l:gentext>
      <l:gentext key="web.search.filter.work">Work</l:gentext>
      <l:gentext key="web.search.filter.any">any</l:gentext>
      <l:gentext key="web.search.hint.corpus">Words are found in any order, with their endings (strike finds strikes); put a phrase in double quotes. A person’s name in any spelling the registers know finds every place naming that person. Narrow the results by author, publication, year, person or work.</l:gentext>
      <!-- the web edition: search that says what it matched -->
      <l:gentext key="web.search.label.corpus">Search the articles</l:gentext>
      <l:gentext key="web.search.hint">Whole words: Trotsky finds Trotsky and Trotsky’s, not anti-Trotskyism; end a word with * for every word it begins (Trotsk*); put a phrase in double quotes. A name in any of its spellings finds every place naming that person or thing.</l:gentext>
      <l:gentext key="web.search.found-one">One place found for “{q}”.</l:gentext>
      <l:gentext key="web.search.name">Every place naming {name} is listed, in any spelling: {forms}.</l:gentext>
      <l:gentext key="web.search.more">The first {n} are shown; add a word to narrow the search.</l:gentext>
      <!-- the web edition: popovers over the text -->
      <l:gentext key="web.popover.goto-note">Show among the notes</l:gentext>
      <l:gentext key="web.popover.goto-citation">Show in the works cited</l:gentext>
      <l:gentext key="web.popover.goto-name">Go to the index entry</l:gentext>
      <l:gentext key="web.popover.title-citation">Work cited</l:gentext>
      <l:gentext key="web.popover.title-name">In the index</l:gentext>
      <l:gentext key="web.speech.tint">Tint speech</l:gentext>
      <l:gentext key="web.names.tab">Tab key stops at names</l:gentext>
      <l:gentext key="web.born">b.</l:gentext>
      <l:gentext key="web.died">d.</l:gentext>
      <!-- dates the edition writes itself ("13 March 1988"): the months, in order -->
      <l:gentext key="date.months">January February March April May June July August September October November December</l:gentext>
      <!-- the web edition: citing, responsibility, the encoding in a reader's words -->
      <l:gentext key="web.sign.name.term">Name</l:gentext>
      <l:gentext key="web.cite.accessed">accessed</l:gentext>
      <l:gentext key="web.cite.accessed.unknown">[the date you read it]</l:gentext>
      <l:gentext key="web.cite.no-address">[no web address: this copy was built without the address it is published at]</l:gentext>
      <l:gentext key="web.cite.place">Paragraphs are numbered through the text, and the editor’s notes too, as in the print edition: a place is cited by paragraph and note, the same on the web and in print, e.g.</l:gentext>
      <l:gentext key="web.cite.data">The citation as data, for reference managers:</l:gentext>
      <l:gentext key="web.encoded.automatic">Encoded automatically by</l:gentext>
      <l:gentext key="web.encoded.no-editor">; no editor is named.</l:gentext>
      <l:gentext key="web.about.editor">Editor</l:gentext>
      <l:gentext key="web.about.no-editor">none named: the encoding is automatic</l:gentext>
      <l:gentext key="web.about.encoding">Encoding</l:gentext>
      <l:gentext key="web.about.encoding.intro">For readers who want them, the terms of the Text Encoding Initiative (TEI P5) in which the text is encoded, as its header declares them; the TEI file itself is among the downloads.</l:gentext>
      <l:gentext key="web.decl.prose.correction">Misprints are corrected only where the editorial file lists them. Each correction is marked, and its note says what the source printed; the reading “as printed” shows the source’s own text.</l:gentext>
      <l:gentext key="web.decl.prose.normalization">Spellings, chiefly of names, are made regular only where the editorial file lists them; each has a note giving the source’s spelling.</l:gentext>
      <l:gentext key="web.decl.prose.quotation">Quotation marks are the source’s own, as it printed them; the edition adds none of its own.</l:gentext>
      <l:gentext key="web.decl.prose.segmentation">Paragraphs, headings and list items are the source’s; its opening lines (author, title, where it appeared) make the title page. Indentation and the space between paragraphs are not kept; every other character of the source is.</l:gentext>
      <l:gentext key="web.decl.prose.interpretation">Where the source leaves out something its text needs (a closing quotation mark, say), the edition supplies it, marked as supplied (see the signs below); the reading “as printed” leaves it out.</l:gentext>
    </l:language>
  </xsl:variable>

  <!-- The language of generated words: the parameter, else the document's, else English. -->
  <xsl:variable name="l10n.language">
    <xsl:choose>
      <xsl:when test="$l10n.lang != ''"><xsl:value-of select="$l10n.lang"/></xsl:when>
      <xsl:when test="/tei:TEI/@xml:lang"><xsl:value-of select="/tei:TEI/@xml:lang"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The table as nodes, made once; its words by language and key ("en|index"), so that a
       lookup does not scan the table (key() answers in the document of the context node: the
       lookups are made from inside the table). -->
  <xsl:variable name="l10n.nodes" select="exsl:node-set($l10n.table)"/>
  <xsl:key name="l10n.words" match="l:gentext" use="concat(../@lang, '|', @key)"/>

  <!-- The word for $key: in the exact language, else its base ("en" for "en-GB"), else English.
       An unknown key stops the transform: a missing label is a bug, never silently blank. -->
  <xsl:template name="gentext">
    <xsl:param name="key"/>
    <xsl:variable name="base" select="substring-before(concat($l10n.language, '-'), '-')"/>
    <xsl:for-each select="$l10n.nodes">
      <xsl:variable name="exact" select="key('l10n.words', concat($l10n.language, '|', $key))"/>
      <xsl:variable name="general" select="key('l10n.words', concat($base, '|', $key))"/>
      <xsl:variable name="english" select="key('l10n.words', concat('en|', $key))"/>
      <xsl:choose>
        <xsl:when test="$exact"><xsl:value-of select="$exact"/></xsl:when>
        <xsl:when test="$general"><xsl:value-of select="$general"/></xsl:when>
        <xsl:when test="$english"><xsl:value-of select="$english"/></xsl:when>
        <xsl:otherwise>
          <xsl:message terminate="yes">edition: no label for key '<xsl:value-of select="$key"/>'</xsl:message>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
