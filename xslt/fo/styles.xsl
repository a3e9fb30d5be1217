<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- How the print edition looks: every typographic property in named attribute sets (after
     DocBook XSL), so that a customisation layer importing fo/edition.xsl can change one look by
     redefining one set. Sizes are relative to the reading text (body.font.size). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:attribute-set name="root.properties">
    <xsl:attribute name="font-family"><xsl:value-of select="$body.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$font.size"/></xsl:attribute>
    <xsl:attribute name="line-height">1.35</xsl:attribute>
    <!-- Every line of a block as high as its own font makes it: by default FOP grows a line that
         holds italics, bold or a note's mark (Linux Libertine's faces differ in ascent and
         descent), and the baselines of a page stop being evenly spaced. -->
    <xsl:attribute name="line-stacking-strategy">font-height</xsl:attribute>
    <xsl:attribute name="language"><xsl:value-of select="$hyphenation.language"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- The reading text: justified and hyphenated, never more than two hyphenated line ends in a
       row, never one line of a paragraph alone at the foot or head of a page. -->
  <xsl:attribute-set name="flow.properties">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="hyphenation-ladder-count">2</xsl:attribute>
    <!-- The hyphen-minus, which the PDF's text maps back to "-" (U+2010, FOP's default, is read
         back as a soft hyphen, which text extraction and screen readers drop). -->
    <xsl:attribute name="hyphenation-character">-</xsl:attribute>
    <xsl:attribute name="hyphenation-push-character-count">3</xsl:attribute>
    <xsl:attribute name="hyphenation-remain-character-count">3</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- A paragraph starts with an indent, except the first of a section, or after a separator. -->
  <xsl:attribute-set name="paragraph.properties">
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph.following.properties">
    <xsl:attribute name="text-indent">1.2em</xsl:attribute>
  </xsl:attribute-set>

  <!-- A paragraph's number, in the outer margin beside its first line (fo/structure.xsl): a list
       block around the paragraph, its label paragraph.number.gap off the text column and at most
       paragraph.number.width from it, whatever the paragraph's own indent; on a left-hand page
       left of the column, set flush right against it, on a right-hand page right of it, flush
       left. The indents are measured from the text column's edges (a percentage of its width).
       The number is set smaller, on the line's baseline, in the reading text's figures. -->
  <xsl:attribute-set name="paragraph.number.list.properties">
    <xsl:attribute name="role">Div</xsl:attribute>
    <xsl:attribute name="provisional-distance-between-starts">0pt</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph.number.verso.properties">
    <xsl:attribute name="start-indent">-<xsl:value-of select="$paragraph.number.width"/></xsl:attribute>
    <xsl:attribute name="end-indent">100% + <xsl:value-of select="$paragraph.number.gap"/></xsl:attribute>
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph.number.recto.properties">
    <xsl:attribute name="start-indent">100% + <xsl:value-of select="$paragraph.number.gap"/></xsl:attribute>
    <xsl:attribute name="end-indent">-<xsl:value-of select="$paragraph.number.width"/></xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph.number.inline.properties">
    <xsl:attribute name="font-size">0.78em</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
  </xsl:attribute-set>

  <!-- Section headings stay on the page of the text they head. -->
  <xsl:attribute-set name="heading.properties">
    <xsl:attribute name="font-size">1.15em</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-before">1.6em</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">discard</xsl:attribute>
    <xsl:attribute name="space-after">0.7em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="heading.back.properties" use-attribute-sets="heading.properties">
    <xsl:attribute name="role">H2</xsl:attribute>
    <xsl:attribute name="space-before">2.4em</xsl:attribute>
  </xsl:attribute-set>

  <!-- The article's own opening (front/titlePage): author, title, source line. -->
  <xsl:attribute-set name="front.properties">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-after">2.2em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="front.author.properties">
    <xsl:attribute name="font-size">1.1em</xsl:attribute>
    <xsl:attribute name="space-after">0.6em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="front.title.properties">
    <xsl:attribute name="font-size">1.6em</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="space-after">0.6em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="front.imprint.properties">
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Block quotations: indented on both sides, a size smaller. -->
  <xsl:attribute-set name="blockquote.properties">
    <xsl:attribute name="margin-left">1.5em</xsl:attribute>
    <xsl:attribute name="margin-right">1.5em</xsl:attribute>
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
    <xsl:attribute name="space-before">0.6em</xsl:attribute>
    <xsl:attribute name="space-after">0.6em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.properties">
    <xsl:attribute name="provisional-distance-between-starts">2em</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0.5em</xsl:attribute>
    <xsl:attribute name="space-before">0.4em</xsl:attribute>
    <xsl:attribute name="space-after">0.4em</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="separator.properties">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">0.8em</xsl:attribute>
    <xsl:attribute name="space-after">0.8em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Titles of books and periodicals; an article's title keeps the quotation marks the text
       gives it instead. -->
  <xsl:attribute-set name="title.properties">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="emphasis.properties">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- A person's name, an index anchor: never broken across lines, so never across pages, and
       the page the index gives shows the whole name. -->
  <xsl:attribute-set name="person.properties">
    <xsl:attribute name="keep-together.within-line">always</xsl:attribute>
    <!-- FOP would still hyphenate it, and draw a hyphen the PDF's text does not hold -->
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- Text the editor supplied; the marks around it are enough (common/editorial.xsl). -->
  <xsl:attribute-set name="supplied.properties"/>

  <!-- A note's number in the text. A percentage (of the line height), not "super": FOP takes
       "super" from the font's metrics, which for Linux Libertine lifts the mark a whole line. -->
  <xsl:attribute-set name="note.mark.properties">
    <xsl:attribute name="baseline-shift">30%</xsl:attribute>
    <xsl:attribute name="font-size">0.65em</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
  </xsl:attribute-set>

  <!-- A note, at the foot of the page or after the text. Everything inheritable is reset: a
       footnote inherits from the place of its mark (a block quotation, a heading). -->
  <xsl:attribute-set name="note.properties">
    <xsl:attribute name="font-size"><xsl:value-of select="$font.size"/> * 0.82</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="space-before">0.2em</xsl:attribute>
    <xsl:attribute name="provisional-distance-between-starts">1.8em</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0.4em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Works cited and index entries: hanging indent. -->
  <xsl:attribute-set name="entry.properties">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="start-indent">1.5em</xsl:attribute>
    <xsl:attribute name="text-indent">-1.5em</xsl:attribute>
    <xsl:attribute name="space-after">0.25em</xsl:attribute>
  </xsl:attribute-set>

  <!-- The index's heading spans its columns; FOP drops a space after a span, not padding. -->
  <xsl:attribute-set name="index.heading.properties" use-attribute-sets="heading.properties">
    <xsl:attribute name="role">H2</xsl:attribute>
    <xsl:attribute name="space-before">0pt</xsl:attribute>
    <xsl:attribute name="space-after">0pt</xsl:attribute>
    <xsl:attribute name="padding-after">0.7em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.entry.properties" use-attribute-sets="entry.properties">
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
    <xsl:attribute name="space-after">0pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- Running heads (author on left-hand pages, title on right-hand ones) and page numbers. -->
  <xsl:attribute-set name="running-head.properties">
    <xsl:attribute name="font-size">0.85em</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="folio.properties">
    <xsl:attribute name="font-size">0.85em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- Title page (recto) and its verso, the colophon. The title a quarter down the page (a space
       at the top of a page is dropped unless retained), the edition statement well below it. -->
  <xsl:attribute-set name="titlepage.properties">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-before">7em</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="titlepage.author.properties">
    <xsl:attribute name="font-size">1.4em</xsl:attribute>
    <xsl:attribute name="space-after">1.2em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="titlepage.title.properties">
    <xsl:attribute name="font-size">2.2em</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.15</xsl:attribute>
    <xsl:attribute name="space-after">0.8em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="titlepage.source.properties">
    <xsl:attribute name="space-before">2.5em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="titlepage.edition.properties">
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
    <xsl:attribute name="space-before">12em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="colophon.properties">
    <xsl:attribute name="font-size">0.8em</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <!-- Ragged, so nothing to even out; and hyphens would split the encoding's names
         (corr/@re-sp). -->
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="colophon.heading.properties">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">0.8em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

</xsl:stylesheet>
