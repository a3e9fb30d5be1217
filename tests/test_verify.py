# SPDX-License-Identifier: MIT
"""The losslessness rule and `edition verify`."""

import pytest

from edition.errors import EditionError, LosslessnessError
from edition.verify import fold, verify_files

from support import SEED


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory):
    from edition.encoder import encode_path
    path = tmp_path_factory.mktemp("verify") / "seed.xml"
    path.write_bytes(encode_path(SEED).tei)
    return path


def test_fold_keeps_offsets():
    folded, offsets = fold("  a \u00a0\n b\tc  ")
    assert folded == "a b c"
    assert offsets == [2, 3, 7, 8, 9]


def test_seed_passes(seed_tei):
    verify_files(SEED, seed_tei)


def test_one_changed_word_is_found_with_its_position(seed_tei, tmp_path):
    changed = tmp_path / "changed.xml"
    changed.write_bytes(seed_tei.read_bytes().replace(b"no simple figure", b"no simpler figure"))
    with pytest.raises(LosslessnessError) as err:
        verify_files(SEED, changed)
    message = str(err.value)
    assert message.startswith(f"{SEED}:10:")  # line 10 of the source
    column = int(message.split(":")[2])
    line = SEED.read_text(encoding="utf-8").splitlines()[9]
    assert line[column - 1:].startswith(" figure") or line[column - 1:].startswith("figure")
    assert "xml:id 'q-2'" in message  # the speech of Plimak, in paragraph p-2


def test_a_dropped_paragraph_is_found(seed_tei, tmp_path):
    data = seed_tei.read_bytes()
    start = data.index(b'<p xml:id="p-5">')
    end = data.index(b"</p>", start) + 4
    (tmp_path / "dropped.xml").write_bytes(data[:start] + data[end:])
    with pytest.raises(LosslessnessError, match=f"{SEED}:16:1:"):
        verify_files(SEED, tmp_path / "dropped.xml")


def test_supplied_text_and_corrections_are_not_source_text(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text("He said: Yes in 9141.", encoding="utf-8")
    tei = tmp_path / "s.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>He said: '
        '<supplied reason="omitted-in-source" resp="#edition">‘</supplied>Yes in '
        '<choice><sic>9141</sic><corr resp="#edition">1941</corr></choice>.'
        '<note type="editorial">An editor speaks.</note></p></body>'
        '<back><listBibl><bibl>Works cited are added</bibl></listBibl></back></text></TEI>',
        encoding="utf-8")
    verify_files(source, tei)


def test_wrong_namespace_is_not_tei(tmp_path):
    source = tmp_path / "s.txt"
    source.write_text("Text.", encoding="utf-8")
    tei = tmp_path / "s.xml"
    tei.write_text("<TEI><text><body><p>Text.</p></body></text></TEI>", encoding="utf-8")
    with pytest.raises(EditionError, match="not a TEI document"):
        verify_files(source, tei)


def test_malformed_tei_gives_line_and_column(tmp_path):
    tei = tmp_path / "bad.xml"
    tei.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><p>x</text></TEI>')
    with pytest.raises(EditionError, match=rf"{tei}:2:\d+: not well-formed XML"):
        verify_files(SEED, tei)


def test_entity_declarations_are_refused_without_leaking(tmp_path):
    tei = tmp_path / "xxe.xml"
    tei.write_text('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                   '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>')
    with pytest.raises(EditionError, match="DOCTYPE declaring entities") as err:
        verify_files(SEED, tei)
    assert "root:" not in str(err.value)
