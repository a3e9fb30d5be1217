# SPDX-License-Identifier: MIT
"""Reading sources and cutting them into blocks."""

import hashlib

import pytest

from edition.errors import EditionError
from edition.text.blocks import split_blocks
from edition.text.source import read_source

from support import SEED


def test_seed_is_the_shared_seed_byte_for_byte():
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == (
        "39c24288e546b71949437f37e922c03aa9ae5e2c3a90c8cc9a9d2151c194e04a")


def test_source_keeps_checksum_and_positions():
    source = read_source(SEED)
    assert source.sha256.startswith("39c24288")
    assert source.line_col(0) == (1, 1)
    offset = source.text.index("How Stalin Betrayed October")
    assert source.line_col(offset) == (4, 1)


def test_line_col_counts_crlf_and_cr(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\r\ntwo\rthree\nfour")
    source = read_source(path)
    assert source.line_col(source.text.index("four")) == (4, 1)
    assert source.line_col(source.text.index("hree")) == (3, 2)


def test_byte_order_mark_is_not_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nText.".encode("utf-8"))
    assert read_source(path).text == "Title\n\nText."


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    ("", "empty file"),
    ("  \n\u00a0\n\t", "empty file"),
])
def test_unreadable_sources(tmp_path, content, expected):
    path = tmp_path / "s.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EditionError, match=expected) as err:
        read_source(path)
    assert str(path) in str(err.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(EditionError, match="is a directory"):
        read_source(tmp_path)


def test_non_utf8_names_byte_offset_line_and_column(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Title\n\nCaf\xe9 society.")
    with pytest.raises(EditionError) as err:
        read_source(path)
    text = str(err.value)
    assert "byte 0xE9 at offset 10" in text
    assert f"{path}:3:4:" in text
    assert "--encoding" in text
    assert read_source(path, "latin-1").text.endswith("Café society.")


@pytest.mark.parametrize("codec", ["no-such-codec", "rot13", "base64", "zlib", "hex", "undefined", "punycode"])
def test_unknown_encoding(tmp_path, codec):
    # (Python's codecs that make no text of bytes, or only fail, are no text encodings either:
    # they were an "internal error")
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(EditionError, match="unknown text encoding"):
        read_source(path, codec)


def test_a_utf16_file_read_as_utf8_is_told_its_byte_order_mark(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Title\n\nSome text.\n".encode("utf-16"))
    with pytest.raises(EditionError, match="--encoding utf-16"):
        read_source(path)
    assert read_source(path, "utf-16").text.startswith("Title")


def test_blocks_split_on_blank_lines_including_nbsp_only_lines():
    text = "Head\n\n\n  Para one\nwraps here.\n\u00a0\u00a0\n\u00a0\u00a0Indented\n"
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == ["Head", "Para one\nwraps here.", "Indented"]
    assert [b.lines for b in blocks] == [1, 2, 1]
    assert blocks[1].indent == "  " and blocks[2].indent == "\u00a0\u00a0"
    assert all(text[b.start:b.end] == b.text for b in blocks)


def test_a_text_whose_lines_end_in_a_carriage_return_alone_reads_as_one_ending_in_line_feeds(tmp_path):
    # (an old Mac file: the rules read lines by "\n"; offsets stay the source's, one for one)
    text = "The Mills\n\nBy Ann Cole\n\nOlivier shares a long thought that runs on and on past the end:\n" \
           "    At the time, the mills were many.\n\nThe end of it.\n"
    cr = text.replace("\n", "\r")
    assert [(b.text.replace("\r", "\n"), b.start, b.end, b.lines) for b in split_blocks(cr)] == [
        (b.text, b.start, b.end, b.lines) for b in split_blocks(text)]
    from edition.encoder import encode_path
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "cr.txt").write_text(cr, encoding="utf-8", newline="")
    lf_tei, cr_tei = (encode_path(tmp_path / name, date="2000-01-01").tree.getroot().find(
        "{http://www.tei-c.org/ns/1.0}text") for name in ("lf.txt", "cr.txt"))
    from lxml import etree
    assert etree.tostring(cr_tei) == etree.tostring(lf_tei)


def test_seed_blocks():
    blocks = split_blocks(read_source(SEED).text)
    assert len(blocks) == 58  # 3 opening lines, 6 headings, 49 paragraph blocks
