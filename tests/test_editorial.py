# SPDX-License-Identifier: MIT
"""Editorial files: strict reading, and the seed's own file."""

import pytest

from edition.editorial import load_editorial
from edition.errors import EditionError

from support import SEED, SEED_EDITORIAL


def write(tmp_path, text):
    path = tmp_path / "e.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ('[edition]\npublsher = "x"\n', "unknown key 'publsher'"),
    ('[[person]]\nname = "A"\n', "missing required key 'id'"),
    ('[[person]]\nid = "1st"\nname = "A"\n', "not a valid xml:id"),
    ('[[person]]\nid = "a"\nname = "A"\n[[org]]\nid = "a"\nname = "B"\n', "already used by a person"),
    ('[[person]]\nid = "a"\nname = "A"\nwikidata = "42"\n', "not a Wikidata id"),
    ('[[correction]]\nsic = "teh"\n', "missing required key 'corr'"),
    ('[[correction]]\nsic = "teh"\ncorr = "the"\ncount = 0\n', "1 or more"),
    ('[[correction]]\nsic = "teh"\ncorr = "the"\ncontext = "xyz"\n', "must contain 'teh'"),
    ('[edition]\ndate = "June 2026"\n', "YYYY-MM-DD"),
    ('person = "x"\n', r"\[\[person\]\]"),
])
def test_mistakes_are_errors_not_silence(tmp_path, text, message):
    with pytest.raises(EditionError, match=message):
        load_editorial(write(tmp_path, text))


def test_toml_syntax_error_has_line_and_column(tmp_path):
    path = write(tmp_path, '[edition]\nid = "ok"\n\n[[person]\n')
    with pytest.raises(EditionError) as err:
        load_editorial(path)
    assert str(err.value).startswith(f"{path}:4:")


def test_seed_editorial_file():
    editorial = load_editorial(SEED_EDITORIAL)
    assert editorial.metadata.publisher and editorial.metadata.licence
    assert editorial.source.author_ref == "healy"
    corrections = {(i.source, i.target) for i in editorial.interventions}
    assert {("9141", "1941"), ("April5", "April 5"), ("June1941", "June 1941"),
            ("theory so socialism", "theory of socialism"), ("Zhukhov", "Zhukov"),
            ("Kemenev", "Kamenev"), ("Tukachevsky", "Tukhachevsky"),
            ("Krushchev", "Khrushchev"), ("Ogonyuk", "Ogonyok")} <= corrections


def test_seed_editorial_forms_and_corrections_occur_in_the_text():
    """A form or correction the text does not contain is a typo in the editorial file."""
    text = SEED.read_text(encoding="utf-8")
    editorial = load_editorial(SEED_EDITORIAL)
    for kind, entries in editorial.registers.items():
        for entry in entries:
            for form in entry.forms:
                assert form in text, f"{kind} {entry.id}: form {form!r} not in the text"
    for i in editorial.interventions:
        assert text.count(i.source) == i.count, i
