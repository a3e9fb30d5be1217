# SPDX-License-Identifier: MIT
"""Rules "register-names" and "editorial-interventions", and `edition names`."""

import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.editorial import load_editorial
from edition.encoder import encode_path
from edition.errors import EditionError
from edition.markup.names import NameMatcher

from support import SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def article(tmp_path, text, editorial):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(editorial, encoding="utf-8")
    return path


def test_longest_form_wins_and_possessives_match(tmp_path):
    ed = article(tmp_path, "x", '[[org]]\nid = "cp"\nname = "Communist Party"\n'
                 '[[org]]\nid = "cpsu"\nname = "Communist Party of the Soviet Union"\n'
                 '[[place]]\nid = "su"\nname = "Soviet Union"\n'
                 '[[person]]\nid = "t"\nname = "Trotsky"\n').with_suffix(".toml")
    matcher = NameMatcher(load_editorial(ed))
    found = [(m.kind, m.id) for m in matcher.mentions(
        "The Communist Party of the Soviet Union and the Communist Party read Trotsky’s "
        "books, not Trotskyism.")]
    assert found == [("org", "cpsu"), ("org", "cp"), ("person", "t")]


def test_correction_and_normalisation_in_tei(tmp_path):
    source = article(tmp_path, "Zhukhov wrote in 9141. Zhukhov again.",
                     '[edition]\neditor = "Ed"\n[[person]]\nid = "zhukov"\nname = "Zhukov"\n'
                     'forms = ["Zhukhov"]\n[[correction]]\nsic = "9141"\ncorr = "1941"\n'
                     '[[normalisation]]\norig = "Zhukhov"\nreg = "Zhukov"\ncount = 2\n')
    root = encode_path(source).tree.getroot()
    assert root.xpath("//t:choice/t:sic/text()", namespaces=NS) == ["9141"]
    assert root.xpath("//t:choice/t:corr/@resp", namespaces=NS) == ["#editor"]
    regs = root.xpath("//t:persName[@ref='#zhukov']/t:choice/t:reg", namespaces=NS)
    assert [r.text for r in regs] == ["Zhukov", "Zhukov"] and regs[0].get("resp") == "#editor"
    assert root.xpath("//t:titleStmt/t:editor/@xml:id", namespaces=NS) == ["editor"]


@pytest.mark.parametrize("entry, message, line", [
    ('[[correction]]\nsic = "teh"\ncorr = "the"\n', "occurs 0 time", 1),
    ('[[correction]]\nsic = "cat"\ncorr = "dog"\n', "occurs 2 time", 1),
    ('[[normalisation]]\norig = "cat"\nreg = "Cat"\ncount = 3\n', "editorial file says 3", 4),
])
def test_interventions_that_do_not_match_exactly_are_errors(tmp_path, entry, message, line):
    source = article(tmp_path, "The cat sat. The cat slept.", entry)
    with pytest.raises(EditionError, match=message) as err:
        encode_path(source)
    # at the entry's count, or the entry where it gives none
    assert str(err.value).startswith(f"{source.with_suffix('.toml')}:{line}:")


def test_context_pins_one_of_several_places(tmp_path):
    source = article(tmp_path, "The cat sat. The cat slept.",
                     '[[correction]]\nsic = "cat"\ncorr = "dog"\ncontext = "cat slept"\n')
    root = encode_path(source).tree.getroot()
    p = root.xpath("//t:body//t:p", namespaces=NS)[0]
    assert "".join(p.itertext()) == "The cat sat. The catdog slept."
    assert root.xpath("//t:sic/text()", namespaces=NS) == ["cat"]


def test_seed_corrections_and_names():
    root = encode_path(SEED).tree.getroot()
    pairs = {(c.find("t:sic", NS).text, c.find("t:corr", NS).text)
             for c in root.xpath("//t:choice[t:sic]", namespaces=NS)}
    assert pairs == {("9141", "1941"), ("April5", "April 5"), ("June1941", "June 1941"),
                     ("theory so socialism", "theory of socialism")}
    regs = {(c.find("t:orig", NS).text, c.find("t:reg", NS).text)
            for c in root.xpath("//t:choice[t:orig]", namespaces=NS)}
    assert regs == {("Zhukhov", "Zhukov"), ("Kemenev", "Kamenev"), ("Tukachevsky", "Tukhachevsky"),
                    ("Krushchev", "Khrushchev"), ("Ogonyuk", "Ogonyok")}
    ids = set(root.xpath("//@xml:id"))
    for attr in ("ref", "corresp", "source", "who", "target"):
        for value in root.xpath(f"//t:text//@{attr}", namespaces=NS):
            assert value[1:] in ids, (attr, value)


def test_names_command_lists_uncovered_candidates(tmp_path):
    source = article(tmp_path, "Anna Petrova met Ivan Petrov in Kazan. Ivan Petrov left.",
                     '[[person]]\nid = "ap"\nname = "Anna Petrova"\n')
    result = CliRunner().invoke(main, ["names", str(source)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["2", "1:18", "Ivan", "Petrov"]
    assert any(line.endswith("Kazan") for line in lines)
    assert not any("Anna Petrova" in line for line in lines)
