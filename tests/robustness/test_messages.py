# SPDX-License-Identifier: MIT
"""Messages: every error names its file and, where there is one, its line and column; a user's
mistake or a failure of the system is never called an internal error; Apache FOP's failures
quote FOP's error, not its log."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from edition.cli import main
from edition.cli.common import reports_errors
from edition.errors import EditionError, as_user_error

from support import SEED


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


# ---------------------------------------------------------------- the editorial file, end to end

@pytest.mark.parametrize("toml, place, message", [
    ('[edition]\nid = "a"\n\n[source]\nauthor_ref = "nobody"\n', "5:14",
     "[source].author_ref: 'nobody' names no one"),
    ('[edition]\nid = "a"\ndate = "2026-02-30"\n', "3:8",
     "[edition].date: '2026-02-30' is not a date in the calendar"),
    ('[[work]]\nid = "w"\ntitle = "T"\nedition = 3.5\n', "4:11",
     "[[work]] #1.edition: must be text in quotes, not a number"),
    ('[[person]]\nid = "x"\nname = "X"\n\n[[person]]\nid = "p-4"\nname = "P"\n', "6:6",
     "[[person]] #2.id: id 'p-4' clashes with one the encoder makes"),
])
def test_an_editorial_mistake_is_the_users_at_its_line(tmp_path, toml, place, message):
    """Once reported as "internal error, refusing to write a TEI the project's schema rejects",
    without a line, or as an internal TypeError."""
    source = tmp_path / "a.txt"
    source.write_bytes(SEED.read_bytes())
    (tmp_path / "a.toml").write_text(toml, encoding="utf-8")
    result = run("encode", str(source), "-o", str(tmp_path / "a.xml"))
    assert result.exit_code == 1, result.output
    assert f"edition: error: {tmp_path / 'a.toml'}:{place}: {message}" in result.output
    assert "internal error" not in result.output
    assert not (tmp_path / "a.xml").exists()


@pytest.mark.parametrize("args, env, message", [
    (["--date", "2026-02-30"], {}, "date '2026-02-30' is not in the calendar"),
    (["--date", "yesterday"], {}, "date 'yesterday' is not YYYY-MM-DD"),
    ([], {"SOURCE_DATE_EPOCH": "soon"}, "SOURCE_DATE_EPOCH='soon' is not a whole number"),
    ([], {"SOURCE_DATE_EPOCH": "99999999999999"}, "SOURCE_DATE_EPOCH='99999999999999' is past"),
])
def test_a_date_given_wrongly_is_said_so(tmp_path, args, env, message):
    source = tmp_path / "a.txt"
    source.write_bytes(SEED.read_bytes())
    result = run("encode", str(source), *args, "-o", str(tmp_path / "a.xml"), env=env)
    assert result.exit_code == 1, result.output
    assert f"edition: error: {message}" in result.output
    assert "internal error" not in result.output


# ---------------------------------------------------------------- failures of the system

def test_a_failure_of_the_system_names_its_file_and_is_no_bug(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")

    @click.command()
    @reports_errors
    def write() -> None:
        (blocker / "out.xml").write_text("x")  # a folder that is a file: the OS refuses

    result = CliRunner().invoke(write, [])
    assert result.exit_code == 1
    assert result.output == f"edition: error: {blocker / 'out.xml'}: not a directory\n"


def test_a_bug_is_still_called_one():
    @click.command()
    @reports_errors
    def broken() -> None:
        {}["key"]

    result = CliRunner().invoke(broken, [], env={"EDITION_DEBUG": ""})
    assert result.exit_code == 3
    assert result.output.startswith("edition: internal error: KeyError: 'key' (this is a bug")


def test_an_error_without_a_file_is_placed_in_the_one_given(tmp_path):
    err = as_user_error(EditionError("no title"), tmp_path / "a.txt")
    assert str(err) == f"{tmp_path / 'a.txt'}: no title"
    assert as_user_error(RecursionError("deep"), tmp_path / "a.txt") is None


# ---------------------------------------------------------------- Apache FOP's failures

FO = """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Linux Libertine O">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm">
      <fo:region-body margin="20mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="page">
    <fo:flow flow-name="xsl-region-body">
      <fo:block>Hello</fo:block>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
"""
BLOCK = "<fo:block>Hello</fo:block>"

# what is wrong with the FO -> (the FO, where FOP places it, what the message must quote)
BROKEN_FO = {
    "invalid element": (FO.replace(BLOCK, "<fo:block>Hello<fo:bogus/></fo:block>"), "10:",
                        'Apache FOP: "fo:bogus" is not a valid child of "fo:block"!'),
    "missing required property": (FO.replace(' master-reference="page"', ""), "8:",
                                  'Apache FOP: Element "fo:page-sequence" is missing required '
                                  'property "master-reference"!'),
    "unknown master": (FO.replace('master-reference="page"', 'master-reference="pgae"'), "8:",
                       'Apache FOP: The master-reference "pgae" on fo:page-sequence matches no'),
    "not well-formed": (FO[:FO.index("</fo:flow>")], "11:5:",  # where the file ends
                        "Apache FOP: XML document structures must start and end within the same entity."),
    "empty": ("", "", "Apache FOP: Premature end of file. (the FO file is empty)"),
    "not FO": ('<?xml version="1.0"?>\n<html/>\n', "2:",
               "Apache FOP: First element must be the fo:root formatting object."),
    "font not declared": (FO.replace('"Linux Libertine O"', '"No Such Font"'), "",
                          "Apache FOP: For PDF/A-1b, all fonts, even the base 14 fonts, have to be "
                          "embedded! Offending font: /Times-Roman (font 'No Such Font' (normal, weight "
                          "400) is not declared in the FOP configuration"),
}


def render_by(route: str):
    from edition.render import fop, fop_warm

    return fop.render_process if route == "process" else fop_warm.render


@pytest.mark.parametrize("route", ["process", "warm"])
@pytest.mark.parametrize("case", list(BROKEN_FO))
def test_a_fop_failure_quotes_fops_error_at_its_place_in_the_fo(tmp_path, route, case):
    """Once "Apache FOP failed: rAgent - Rendered page #3.": the tail of FOP's log."""
    text, place, message = BROKEN_FO[case]
    fo_file = tmp_path / "broken.fo"
    fo_file.write_text(text, encoding="utf-8")
    with pytest.raises(EditionError) as err:
        render_by(route)(fo_file, tmp_path / "broken.pdf")
    assert str(err.value).startswith(f"{fo_file}:{place}"), str(err.value)
    assert message in str(err.value)
    assert "(See position" not in str(err.value) and "Exception" not in str(err.value)
    assert not (tmp_path / "broken.pdf").exists()


@pytest.mark.parametrize("route", ["process", "warm"])
def test_what_fop_goes_on_after_is_a_warning_placed_in_the_fo(tmp_path, route):
    fo_file = tmp_path / "odd.fo"
    fo_file.write_text(FO.replace(BLOCK, '<fo:block space-before="lots">Hello<fo:external-graphic '
                                         'src="missing.png"/></fo:block>'), encoding="utf-8")
    run = render_by(route)(fo_file, tmp_path / "odd.pdf")
    assert any(f"file:{fo_file}:" in w and 'space-before="lots"' in w for w in run.warnings), run.warnings
    assert any(w.startswith("Image not found. URI: missing.png.") for w in run.warnings), run.warnings


def fop_then(tmp_path: Path, then: str) -> str:
    """A ``fop`` that runs the real one, then does ``then`` (a line of sh; ``$out`` is the output)."""
    from shutil import which

    script = tmp_path / "fop-then"
    script.write_text(f'#!/bin/sh\nfor out; do :; done\n"{which("fop")}" "$@"\n{then}\n')
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize("then, env, message", [
    # FOP said it had finished, and its output was gone: what two builds into one folder met
    ('rm -f "$out"; exit 0', {}, "Apache FOP finished, but {out} is not there"),
    ("exit 4", {}, "Apache FOP exited with code 4 without saying why"),
    ("kill -KILL $$", {}, "Apache FOP was stopped by SIGKILL, as the system stops a process when memory runs out"),
    ("", {"JAVA_ARGS": "-Xmx1m"}, "Apache FOP: the Java VM did not start: Too small maximum heap"),
])
def test_a_fop_failure_without_an_error_says_how_fop_ended_and_keeps_its_log(
        tmp_path, monkeypatch, then, env, message):
    from edition.render import fop

    fo_file, out = tmp_path / "ok.fo", tmp_path / "ok.pdf"
    fo_file.write_text(FO, encoding="utf-8")
    monkeypatch.setenv("EDITION_FOP", fop_then(tmp_path, then))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(EditionError) as err:
        fop.render_process(fo_file, out)
    text = str(err.value)
    assert text.startswith(f"{fo_file}: {message.format(out=out)}"), text
    assert "Rendered page" not in text
    if "FOP's log: " in text:
        log = Path(text.split("FOP's log: ")[1].rstrip(")"))
        assert "Rendered page #1." in log.read_text(encoding="utf-8")
        log.unlink()


def test_a_fop_configuration_of_ones_own_is_checked_at_its_line(tmp_path):
    from edition.render import fop

    fo_file = tmp_path / "ok.fo"
    fo_file.write_text(FO, encoding="utf-8")
    conf = tmp_path / "fop.xconf"
    shipped = fop.CONFIG.read_text(encoding="utf-8")
    line = shipped[:shipped.index('embed-url="LinLibertine_R.otf"')].count("\n") + 1
    conf.write_text(shipped.replace("LinLibertine_R.otf", "Missing.otf"), encoding="utf-8")
    with pytest.raises(EditionError, match=rf"^{conf}:{line}: Apache FOP configuration: font file missing: "
                                             r".*/Missing\.otf$"):
        fop.render_process(fo_file, tmp_path / "ok.pdf", config=conf)
    conf.write_text("<fop version='1.0'><renderers>", encoding="utf-8")
    with pytest.raises(EditionError, match=rf"^{conf}:1:31: Apache FOP configuration: not well-formed"):
        fop.render_process(fo_file, tmp_path / "ok.pdf", config=conf)
