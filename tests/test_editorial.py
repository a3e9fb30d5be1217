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


# Where a mistake is: "»" marks the key or value the message must point at (it is removed before
# the file is written); the message names the file, that line and column, and what is wrong.
PLACED = [
    ('[edition]\nid = "a"\n»publsher = "x"\n', "[edition]: unknown key 'publsher' (did you mean 'publisher'?)"),
    ('[edition]\n# the date of this encoding\ndate = »"2026-02-30"\n',
     "[edition].date: '2026-02-30' is not a date in the calendar (day is out of range for month)"),
    ('[edition]\ndate = »2026-06-01T10:00:00\n', "[edition].date: must be a date, YYYY-MM-DD, not a date and time"),
    ('[source]\nauthor_ref = »"nobody"\n\n[[person]]\nid = "healy"\nname = "H"\n',
     "[source].author_ref: 'nobody' names no one: no [[person]] or [[org]] in this file has that id"),
    ('[source]\nauthor_ref = »"haely"\n\n[[person]]\nid = "healy"\nname = "H"\n', "did you mean 'healy'?"),
    ('[source]\nauthor_ref = »"moscow"\n[[place]]\nid = "moscow"\nname = "Moscow"\n',
     "'moscow' is a place, not a person or organisation"),
    ('[[person]]\nid = "a"\nname = »3\n', "[[person]] #1.name: must be text in quotes, not a whole number"),
    ('[[person]]\nid = "a"\nname = "A"\n\n[[person]] # the second\nid = "b"\nname = "B"\n'
     'birth = »["1890"]\n', "[[person]] #2.birth: must be a year, a date or text, not a list"),
    ('[[person]]\nid = "a"\nname = "A"\nforms = [\n  "A",\n  »"",\n]\n',
     "[[person]] #1.forms, item 2: must not be empty"),
    ('[[person]]\nid = "a"\nname = "A"\n[[org]]\nid = »"a"\nname = "B"\n',
     "[[org]] #1.id: id 'a' already used by a person (line 2)"),
    ('[edition]\neditor = "E"\neditor_id = "ed"\n[[person]]\nid = »"ed"\nname = "B"\n',
     "id 'ed' already used by [edition].editor_id (line 3)"),
    ('[[person]]\nid = »"edition"\nname = "B"\n', "already used by the tool itself"),
    ('[[person]] # comment\nid = »"1st"\nname = "A"\n', "[[person]] #1.id: '1st' is not a valid xml:id"),
    ('»[[person]]\nname = "A"\n', "[[person]] #1: missing required key 'id'"),
    ('[[correction]]\nsic = "a"\ncorr = "b"\n\n[[person]]\nid = "p"\nname = "P"\n\n'
     '[[correction]]\nsic = "c"\ncorr = "d"\nresp = »"q"\n',
     "[[correction]] #2.resp: 'q' names no one"),
    ('[edition]\neditor_id = "ed"\n[[correction]]\nsic = "c"\ncorr = "d"\nresp = »"ed"\n',
     "'ed' is the editor's id, but [edition] names no editor"),
    ('[[correction]]\nsic = "c"\ncorr = "d"\ncount = »0\n', "[[correction]] #1.count: must be a whole number, 1 or more"),
    ('[[work]]\nid = "w"\ntitle = "T"\nlevel = »"x"\n', "[[work]] #1.level: 'x' is not a title level"),
    ('[[work]]\nid = "w"\ntitle = "T"\nedition = »[2]\n', "[[work]] #1.edition: must be text in quotes, not a list"),
    ('[edition]\nlanguage = »"en gb"\n', "'en gb' is not a language tag"),
    ('[edition]\npublisher = »"X\\uFFFEY"\n', "[edition].publisher: holds U+FFFE, a character XML cannot hold"),
    ('[[correction]]\nsic = "a"\ncorr = »"b\\u0007"\n', "holds U+0007"),
    ('[edition]\nlicence_url = »"https://example.org/a b"\n', "is not a URL: ' ' must be percent-encoded"),
    ('»[editon]\nid = "a"\n', "top level: unknown key 'editon' (did you mean 'edition'?)"),
    ('[edition]\nprinciples = """\n[[person]]\nid = 3\n"""\n»wrong = 1\n', "unknown key 'wrong'"),
    ('person = [{id = "a", name = "A"}, {id = »"1b", name = "B"}]\n', "[[person]] #2.id: '1b'"),
    ('person = »"x"\n', "person: write each entry as [[person]]"),
    ('[edition]\nid = "a"\n»[person]\nid = "p"\n', "person: write each entry as [[person]]"),
]


@pytest.mark.parametrize("marked, message", PLACED)
def test_mistakes_name_their_line_and_column(tmp_path, marked, message):
    before = marked[:marked.index("»")]
    line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
    path = write(tmp_path, marked.replace("»", ""))
    with pytest.raises(EditionError) as err:
        load_editorial(path)
    assert str(err.value).startswith(f"{path}:{line}:{column}: "), str(err.value)
    assert message in str(err.value)
    assert "internal error" not in str(err.value)


def test_toml_syntax_errors_keep_the_file_name_in_front(tmp_path):
    path = write(tmp_path, '[edition]\nid = "a"\ndate = 2026-02-30\n')  # a TOML date: a syntax error
    with pytest.raises(EditionError) as err:
        load_editorial(path)
    assert str(err.value) == f"{path}:3:8: not valid TOML: Invalid date or datetime"


def test_a_file_not_in_utf8_names_its_line(tmp_path):
    path = tmp_path / "e.toml"
    path.write_bytes(b'[edition]\nid = "a"\npublisher = "Caf\xe9"\n')
    with pytest.raises(EditionError, match=r"e\.toml:3: editorial file is not UTF-8 \(byte 0xE9"):
        load_editorial(path)


def test_values_are_given_as_the_edition_uses_them(tmp_path):
    editorial = load_editorial(write(tmp_path, (
        '[edition]\ndate = 2026-06-01\n'
        '[[person]]\nid = "p"\nname = "P"\nbirth = 1890\ndeath = 1950-03-01\n'
        '[[work]]\nid = "w"\ntitle = "T"\nedition = 2\ndate = "c. 1920"\n'
        '[[correction]]\nsic = "a"\ncorr = "b"\nresp = "p"\n')))
    assert editorial.metadata.date == "2026-06-01"
    assert editorial.find("p").extra == {"birth": "1890", "death": "1950-03-01"}
    assert editorial.find("w").extra == {"title": "T", "edition": "2", "date": "c. 1920"}
    assert editorial.interventions[0].resp == "p"


def test_an_editorial_mistake_found_later_is_placed_too(tmp_path):
    """Checks made by the encoder (a correction's count) place their message with ``mistake``."""
    editorial = load_editorial(write(tmp_path, '[[correction]]\nsic = "a"\ncorr = "b"\n\n'
                                               '[[correction]]\nsic = "c"\ncorr = "d"\ncount = 2\n'))
    err = editorial.mistake(("correction", 1, "count"), "'c' occurs 1 time(s) in the text")
    assert str(err) == f"{tmp_path / 'e.toml'}:8:9: [[correction]] #2.count: 'c' occurs 1 time(s) in the text"
    assert editorial.path_of("nobody") is None


TRICKY = '''# [edition] in a comment
title = """a "quoted" line
[[person]]
id = "not a header" """  # after
a.b = 1979-05-27 07:32:00
[[person]]  # the first
id = 'one'
forms = [
  "x",  # a comment with ] and "
  'y',
]
[[person]]
  "quoted key" = "two"
[person.sub]
z = { q = 1, r = [1, { s = "t" }] }
'''


@pytest.mark.parametrize("text", [TRICKY, SEED_EDITORIAL.read_text(encoding="utf-8")],
                         ids=["tricky", "seed"])
def test_every_value_is_placed_where_it_is_written(text):
    import tomllib

    from edition.toml_places import places

    def leaves(value, path=()):
        if isinstance(value, dict):
            for key, item in value.items():
                yield from leaves(item, path + (key,))
        elif isinstance(value, list):
            for n, item in enumerate(value):
                yield from leaves(item, path + (n,))
        else:
            yield path, value

    found, lines = places(text), text.split("\n")
    for path, value in leaves(tomllib.loads(text)):
        line, column = found.of(path)
        written = lines[line - 1][column - 1:]
        if isinstance(value, str) and "\n" not in value:
            assert written[1:].startswith(value), (path, written)
        elif not isinstance(value, str):
            assert written.startswith(str(value)[:4]), (path, written)
    if text == TRICKY:
        assert found.of(("person", 1, "quoted key"), value=False) == (13, 3)
        assert found.of(("person", 1, "sub", "z", "r", 1, "s")) == (15, 28)
        assert found.of(("person", 0)) == (6, 1)
