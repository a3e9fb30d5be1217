<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Parameters every output shares. Each has a default and a one-line comment; callers pass values
     as strings (from Python only through XSLT.strparam). Output-specific parameters live in
     <output>/params.xsl (fo/params.xsl for the print edition). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Date of this edition (YYYY-MM-DD), printed and put in the metadata; '' = the date of the
       TEI's latest revision. Fixed in tests so that output is reproducible. -->
  <xsl:param name="edition.date" select="''"/>

  <!-- Name and version of the program making this edition (metadata); '' = not stated. -->
  <xsl:param name="edition.generator" select="''"/>

  <!-- How a citation's reference note gives its work (common/bibliography.xsl): 'short', the
       house style (the first citation in full, then author and short title, "Ibid."), or
       'full', the whole entry in every note. The editor's choice: edition build's note style
       option, else the editorial file's [edition] note_style. -->
  <xsl:param name="note.style" select="'short'"/>

  <!-- Language of the words the stylesheets add (labels); '' = the TEI's xml:lang, else English. -->
  <xsl:param name="l10n.lang" select="''"/>

  <!-- Marks around text the editor supplied (tei:supplied): angle brackets, the convention for
       editorial additions, because the sources themselves use square brackets. -->
  <xsl:param name="supplied.open" select="'⟨'"/>
  <xsl:param name="supplied.close" select="'⟩'"/>

</xsl:stylesheet>
