<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- The edition's reference system, decided once for every output: paragraphs (and list items)
     of the body are numbered through the text, and a place is cited by that number and, within
     it, the number of an editor's note ("¶ 34, n. 6"; notes are numbered in common/notes.xsl).
     The web sets the number before the paragraph as its permalink, print in the margin; both
     call this template, so that ¶ 34 is the same paragraph in both. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The number of the context paragraph or list item among those of the body; '' elsewhere.
       A paragraph of a block quotation counts as any other. -->
  <xsl:template name="paragraph.number">
    <xsl:if test="ancestor::tei:body and (self::tei:p or self::tei:item)">
      <xsl:number level="any" from="tei:body" count="tei:p[ancestor::tei:body] | tei:item[ancestor::tei:body]"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
