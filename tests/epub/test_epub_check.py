# SPDX-License-Identifier: MIT
"""The EPUB as EPUBCheck (4.2.6, Debian's; EPUB 3.2 rules) and a zip reader see it: no error, no
warning; the container as the OCF asks (mimetype first, stored); the package's metadata."""

from __future__ import annotations

import zipfile

from lxml import etree

from epub_helpers import epubcheck

OPF = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}


def test_epubcheck_finds_no_error_and_no_warning(edition, tmp_path):
    report = epubcheck(edition.epub, tmp_path / "report.json")
    problems = [f"{m['severity']} {m['ID']}: {m['message']} {m.get('locations', '')}"
                for m in report["messages"] if m["severity"] in ("FATAL", "ERROR", "WARNING")]
    assert problems == []
    assert report["publication"]["ePubVersion"].startswith("3")


def test_mimetype_comes_first_stored(edition):
    with zipfile.ZipFile(edition.epub) as zipped:
        first = zipped.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert zipped.read("mimetype") == b"application/epub+zip"
        assert not first.extra
    assert edition.epub.read_bytes()[30:38] == b"mimetype"


def test_the_package_describes_the_text_and_its_accessibility(edition):
    with zipfile.ZipFile(edition.epub) as zipped:
        opf = etree.fromstring(zipped.read("OEBPS/package.opf"))
        names = zipped.namelist()
    meta = opf.find("opf:metadata", OPF)
    title = " ".join(edition.tei.findtext(".//{http://www.tei-c.org/ns/1.0}titleStmt/"
                                          "{http://www.tei-c.org/ns/1.0}title").split())
    assert meta.findtext("dc:title", namespaces=OPF) == title
    for element in ("dc:identifier", "dc:language", "dc:date"):
        assert meta.findtext(element, namespaces=OPF), element
    properties = [m.get("property") for m in meta.findall("opf:meta", OPF)]
    for needed in ("dcterms:modified", "schema:accessMode", "schema:accessModeSufficient",
                   "schema:accessibilityFeature", "schema:accessibilityHazard",
                   "schema:accessibilitySummary"):
        assert needed in properties, needed
    assert meta.findtext("opf:meta[@property='dcterms:modified']", namespaces=OPF) == "2000-01-01T00:00:00Z"
    features = {m.text for m in meta.findall("opf:meta[@property='schema:accessibilityFeature']", OPF)}
    assert {"pageBreakMarkers", "pageNavigation", "tableOfContents"} <= features
    # no conformance claim: the edition is not evaluated against WCAG as a whole
    assert "dcterms:conformsTo" not in properties
    # the fonts, embedded, with their licence; a cover
    assert {"OEBPS/fonts/LinLibertine_R.otf", "OEBPS/fonts/OFL.txt", "OEBPS/images/cover.svg"} <= set(names)
    cover = opf.find("opf:manifest/opf:item[@properties='cover-image']", OPF)
    assert cover.get("href") == "images/cover.svg"
