# SPDX-License-Identifier: MIT
"""The seed's TEI: valid against TEI All, lossless, deterministic, with a complete header."""

import pytest
from lxml import etree

from edition.encoder import encode_path
from edition.verify import check_lossless

from support import SEED, assert_valid

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def seed():
    return encode_path(SEED)


def x(result, path):
    return result.tree.getroot().xpath(path, namespaces=NS)


def test_seed_tei_is_valid_tei_all(seed, tei_all):
    assert_valid(tei_all, seed.tree)


def test_seed_tei_is_lossless(seed):
    assert check_lossless(seed.source, seed.tree) is None


def test_encoding_twice_is_byte_identical(seed):
    assert encode_path(SEED).tei == seed.tei


def test_structure(seed):
    assert len(x(seed, "//t:body/t:div/t:head")) == 6
    assert x(seed, "//t:body/t:div[1]/t:head") == []
    assert len(x(seed, "//t:body//t:p")) + len(x(seed, "//t:body//t:item")) == 49
    assert [l.text for l in x(seed, "//t:list[@type='ordered']/t:label")] == ["a)", "b)", "c)"]
    ids = x(seed, "//t:text//@xml:id")
    assert ids[:2] == ["div-1", "p-1"] and len(ids) == len(set(ids))


def test_title_page(seed):
    page = x(seed, "//t:front/t:titlePage")[0]
    assert x(seed, "//t:docAuthor/t:persName[@ref='#healy']/text()") == ["Gerry Healy"]
    assert x(seed, "//t:titlePart[@type='main']/text()") == ["How Stalin Betrayed October"]
    imprint = x(seed, "//t:docImprint")[0]
    assert "".join(imprint.itertext()) == "(Marxist Monthly, Vol. 1 No. 4, June 1988)"
    assert x(seed, "//t:docImprint/t:docDate/@when") == ["1988-06"]
    assert [etree.QName(c).localname for c in page] == ["docAuthor", "docTitle", "docImprint"]


def test_header(seed):
    bibl = "//t:sourceDesc/t:bibl[@type='source']"
    assert x(seed, f"{bibl}/t:title[@level='j']/text()") == ["Marxist Monthly"]
    assert x(seed, f"{bibl}/t:title[@level='a']/text()") == ["How Stalin Betrayed October"]
    assert x(seed, f"{bibl}/t:biblScope[@unit='volume']/text()") == ["1"]
    assert x(seed, f"{bibl}/t:biblScope[@unit='issue']/text()") == ["4"]
    assert x(seed, f"{bibl}/t:date/@when") == ["1988-06"]
    assert x(seed, f"{bibl}/t:idno[@type='sha256']/text()") == [seed.source.sha256]
    assert x(seed, "//t:titleStmt/t:title[@type='main']/text()") == ["How Stalin Betrayed October"]
    assert x(seed, "//t:titleStmt/t:author/@ref") == ["#healy"]
    assert x(seed, "//t:appInfo/t:application/@xml:id") == ["edition"]
    assert x(seed, "//t:editorialDecl/t:quotation/@marks") == ["all"]
    for part in ("correction", "normalization", "segmentation", "interpretation"):
        assert x(seed, f"//t:editorialDecl/t:{part}/t:p"), part
    assert x(seed, "//t:publicationStmt/t:publisher/text()") == ["The edition project"]
    assert x(seed, "//t:licence/@target") == ["https://creativecommons.org/licenses/by/4.0/"]
    # the editorial file fixes the encoding date, so rebuilds are identical on any day
    assert x(seed, "//t:revisionDesc/t:change/@when") == ["2026-11-25"]
    assert x(seed, "//t:revisionDesc/t:change/@who") == ["#edition"]
    assert x(seed, "/t:TEI/@xml:id") == ["healy-1988-how-stalin-betrayed-october"]


def test_registers_from_the_editorial_file(seed):
    persons = x(seed, "//t:standOff/t:listPerson/t:person/@xml:id")
    for who in ("plimak", "zinoviev", "burlatsky", "temushkin", "gubanov", "zhukov", "stalin",
                "krupskaya", "shatrov", "mirkina", "trotsky"):
        assert who in persons
    assert x(seed, "//t:person[@xml:id='trotsky']/t:idno[@type='wikidata']/text()") == ["Q33391"]


def test_no_character_of_the_source_is_lost_outside_folded_white_space(seed):
    # stricter than the rule: the non-space characters of every block appear verbatim
    from edition.verify import tei_text_pieces
    text = "".join(piece for piece, _ in tei_text_pieces(x(seed, "//t:text")[0]))
    for block in seed.source.text.split("\n\n"):
        assert " ".join(block.split()) in " ".join(text.split())
