# SPDX-License-Identifier: MIT
"""TEI files given to ``edition build``, as an attacker or a careless editor would give them.

The site offers each TEI for download, and a reader's browser opens it: an XHTML ``<script>``,
an ``<?xml-stylesheet?>`` or a foreign event attribute there would run. Such content is refused,
located, or dropped and reported with ``--drop-foreign``; an invalid TEI is refused, located; a
hand-encoded TEI that only TEI All accepts is built with a warning; and what the site ships is
the build's serialisation of the checked tree, never the input's bytes (edition.tei.inbound).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main
from edition.encoder import encode_path
from edition.tei.inbound import ForeignContentError, check_tei_file, serialise
from edition.validation import validate_tree
from edition.xmlsafe import parse_xml

from support import SEED

TEI_NS = "http://www.tei-c.org/ns/1.0"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SCRIPT = f'<h:script xmlns:h="{XHTML_NS}">alert(document.domain)</h:script>'
STYLESHEET = '<?xml-stylesheet type="text/xsl" href="data:text/xsl,evil"?>\n'
HAND_ENCODED = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI_NS}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A letter</title></titleStmt>
      <publicationStmt><p>Unpublished.</p></publicationStmt>
      <sourceDesc><p>Typed from the manuscript.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text><body><p>Dear <hi rend="italic">friend</hi>, the letter reads.</p></body></text>
</TEI>
"""


@pytest.fixture(scope="module")
def seed_tei() -> str:
    """The seed's TEI as the encoder writes it: what a user rebuilds from."""
    return encode_path(SEED).tei.decode("utf-8")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def insert(text: str, anchor: str, added: str) -> tuple[str, int, int]:
    """``text`` with ``added`` put right after the first ``anchor``, and the line and column
    (1-based) where ``added`` begins."""
    at = text.index(anchor) + len(anchor)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return text[:at] + added + text[at:], line, column


def first_paragraph(seed_tei: str) -> str:
    return re.search(r"<body>\s*<div[^>]*>\s*<p[^>]*>", seed_tei).group(0)


def hostile(tmp_path: Path, seed_tei: str, kind: str) -> tuple[Path, int, int]:
    """A copy of the seed's TEI with one kind of hostile content, and where that content is."""
    if kind == "script":
        text, line, column = insert(seed_tei, first_paragraph(seed_tei), SCRIPT)
    elif kind == "stylesheet":
        text, line, column = insert(seed_tei, '<?xml version="1.0" encoding="UTF-8"?>\n',
                                    STYLESHEET)
    elif kind == "attribute":
        paragraph = first_paragraph(seed_tei)
        text, line, column = insert(seed_tei, paragraph[:-1],
                                    f' xmlns:h="{XHTML_NS}" h:onclick="alert(1)"')
        column += len(f' xmlns:h="{XHTML_NS}" ')
    path = tmp_path / f"{kind}.xml"
    path.write_text(text, encoding="utf-8")
    return path, line, column


NAME = "healy-1988-how-stalin-betrayed-october"
SAYS = {"script": "element <h:script>", "stylesheet": "<?xml-stylesheet?>",
        "attribute": "attribute h:onclick"}


@pytest.mark.parametrize("kind", SAYS)
def test_foreign_content_is_refused_with_its_line_and_column(tmp_path, seed_tei, kind):
    path, line, column = hostile(tmp_path, seed_tei, kind)
    out = tmp_path / "site"
    result = run("build", path, "-o", out, "--no-print")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"edition: error: {path}:{line}:{column}: refused: "), \
        result.stderr
    assert SAYS[kind] in result.stderr and "--drop-foreign" in result.stderr
    assert "Traceback" not in result.output
    assert not (out / NAME).exists()  # nothing built from it


@pytest.mark.parametrize("kind", SAYS)
def test_with_drop_foreign_it_is_dropped_reported_and_never_shipped(tmp_path, seed_tei, kind):
    path, line, column = hostile(tmp_path, seed_tei, kind)
    out = tmp_path / "site"
    result = run("build", path, "-o", out, "--no-print", "--drop-foreign")
    assert result.exit_code == 0, result.output
    assert f"edition: warning: {path}:{line}:{column}: dropped " in result.stderr, result.stderr
    assert SAYS[kind] in result.stderr
    shipped = (out / NAME / f"{NAME}.xml").read_bytes()
    assert shipped == seed_tei.encode("utf-8")  # what is left is the seed's TEI, exactly
    assert b"xml-stylesheet" not in shipped and XHTML_NS.encode() not in shipped


def test_every_foreign_item_is_listed_in_document_order(tmp_path, seed_tei):
    text, script_line, script_column = insert(seed_tei, first_paragraph(seed_tei), SCRIPT)
    text = text.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                        '<?xml version="1.0" encoding="UTF-8"?>\n' + STYLESHEET, 1)
    text += '<?php echo 1; ?>\n'
    path = tmp_path / "many.xml"
    path.write_text(text, encoding="utf-8")
    result = run("build", path, "-o", tmp_path / "site", "--no-print")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"edition: error: {path}:2:1: refused: processing instruction "
                               "<?xml-stylesheet?>") and "(2 more below)" in lines[0]
    assert lines[1] == (f"  {path}:{script_line + 1}:{script_column}: element <h:script> in "
                        f"namespace {XHTML_NS}, not TEI")
    assert lines[2].startswith(f"  {path}:{text.count(chr(10))}:1: processing instruction <?php?>")


def test_foreign_content_is_refused_in_a_corpus_build_too(tmp_path, seed_tei):
    texts = tmp_path / "texts"
    texts.mkdir()
    path, line, column = hostile(texts, seed_tei, "script")
    result = run("build", texts, "-o", tmp_path / "site", "--no-print", "--jobs", "1")
    assert result.exit_code == 1
    assert f"failed: {path}:{line}:{column}: refused: element <h:script>" in result.stderr


def test_an_invalid_tei_is_refused_with_its_problems_located(tmp_path, seed_tei):
    text, line, column = insert(seed_tei, first_paragraph(seed_tei), "<unknown>word</unknown>")
    path = tmp_path / "invalid.xml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    result = run("build", path, "-o", out, "--no-print")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"edition: error: {path}:{line}:{column}: not valid TEI "), \
        result.stderr
    assert "[TEI All]" in result.stderr and "unknown" in result.stderr
    assert not (out / NAME).exists()


def test_a_tei_valid_under_tei_all_only_is_built_with_a_warning(tmp_path):
    path = tmp_path / "letter.xml"
    path.write_text(HAND_ENCODED, encoding="utf-8")
    out = tmp_path / "site"
    result = run("build", path, "-o", out, "--no-print")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1, result.stderr
    assert f"{path}:2:1: not valid against the project's schema" in warnings[0]
    assert "valid TEI All" in warnings[0]
    assert "friend" in (out / "letter" / "index.html").read_text(encoding="utf-8")
    assert (out / "letter" / "letter.xml").read_bytes() == HAND_ENCODED.encode("utf-8")


def test_the_seeds_own_tei_is_built_quietly_and_shipped_as_serialised(tmp_path, seed_tei):
    path = tmp_path / f"{NAME}.xml"
    path.write_text(seed_tei, encoding="utf-8")
    out = tmp_path / "site"
    result = run("build", path, "-o", out, "--no-print")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr, result.stderr
    shipped = (out / NAME / f"{NAME}.xml").read_bytes()
    assert shipped == serialise(parse_xml(seed_tei.encode("utf-8"))) == seed_tei.encode("utf-8")


def test_what_ships_is_the_checked_tree_not_the_input_bytes(tmp_path, seed_tei):
    """Another encoding, a BOM, a DOCTYPE whose default attributes a browser would apply (the
    safe parser does not): none of it reaches the download."""
    body = seed_tei.split("\n", 1)[1]
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n'
            '<!DOCTYPE TEI [<!ATTLIST p onclick CDATA #FIXED "alert(1)">]>\n' + body)
    path = tmp_path / "utf16.xml"
    path.write_bytes(text.encode("utf-16"))
    checked = check_tei_file(path)
    assert checked.tei == seed_tei.encode("utf-8")
    assert checked.warnings == [f"{path}:2:1: DOCTYPE left out of the TEI the site offers: a "
                                "TEI file needs none"]
    assert validate_tree(etree.ElementTree(etree.fromstring(checked.tei)), kinds=("rng",)) == []


def test_a_doctype_that_moves_elements_out_of_tei_is_refused(tmp_path, seed_tei):
    """The parser applies namespace declarations an internal subset defaults: the check sees
    the paragraphs as the browser would, XHTML."""
    body = seed_tei.split("\n", 1)[1]
    text = (f'<!DOCTYPE TEI [<!ATTLIST p xmlns CDATA #FIXED "{XHTML_NS}">]>\n' + body)
    path = tmp_path / "doctype.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ForeignContentError) as refused:
        check_tei_file(path)
    assert f"element <p> in namespace {XHTML_NS}, not TEI" in str(refused.value)
