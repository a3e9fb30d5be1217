<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: MIT -->
<!-- Ids and pointers. Output ids are the TEI's xml:ids where it has them; ids the stylesheets make
     start with "_" (the encoder never does) and are numbered, never generate-id(), so that the same
     TEI always gives the same output. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Elements by xml:id, to resolve pointers such as @ref="#trotsky" or @corresp="#w-lessons". -->
  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The local id a pointer names: "#trotsky" -> "trotsky"; the first of several pointers;
       '' for a pointer outside this document. -->
  <xsl:template name="pointer.id">
    <xsl:param name="pointer"/>
    <xsl:variable name="first" select="substring-before(concat(normalize-space($pointer), ' '), ' ')"/>
    <xsl:if test="starts-with($first, '#')">
      <xsl:value-of select="substring($first, 2)"/>
    </xsl:if>
  </xsl:template>

  <!-- The TEI's xml:id as the id of the output element being made (an attribute: call it first
       thing inside that element), so that references can link to it. -->
  <xsl:template name="id.copy">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- The id of the context element in the output: its xml:id, else "_" + name + number. -->
  <xsl:template name="id.of">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('_', local-name(), '-', 1 + count(preceding::*[name() = name(current())]
                                                                       | ancestor::*[name() = name(current())]))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
