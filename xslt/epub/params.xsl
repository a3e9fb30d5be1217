<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Parameters of the EPUB edition (those every output shares are in common/params.xsl). Each has
     a default and a one-line comment; edition.render.epub.EpubSettings.params() passes them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The reading of the text: 'corrected' (the editor's corrections, regular spellings and
       supplied text) or 'printed' (the source's own forms, without supplied text). -->
  <xsl:param name="reading.mode" select="'corrected'"/>

  <!-- The package's last modification, as dcterms:modified wants it: CCYY-MM-DDThh:mm:ssZ. -->
  <xsl:param name="epub.modified" select="'2000-01-01T00:00:00Z'"/>

  <!-- The publication's identifier when the TEI has no URL of its own (publicationStmt/idno
       type="URL"): a urn:uuid: made from the source, so that a rebuild keeps it. -->
  <xsl:param name="epub.uuid" select="''"/>

  <!-- 'yes' when the navigation document will have a page list of the print edition's pages
       (edition.render.epub_pages adds it): the accessibility metadata then says so. -->
  <xsl:param name="epub.page-list" select="'no'"/>

  <!-- The font files embedded (OEBPS/fonts/), separated by spaces, in the manifest's order. -->
  <xsl:param name="epub.fonts" select="''"/>

  <xsl:template name="epub.check-params">
    <xsl:if test="$reading.mode != 'corrected' and $reading.mode != 'printed'">
      <xsl:message terminate="yes">edition: unknown reading.mode '<xsl:value-of select="$reading.mode"/>' (corrected or printed)</xsl:message>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
