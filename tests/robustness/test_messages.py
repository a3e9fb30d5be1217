# SPDX-License-Identifier: MIT
"""Messages: every error names its file and, where there is one, its line and column; a user's
mistake or a failure of the system is never called an internal error; Apache FOP's failures
quote FOP's error, not its log."""

from __future__ import annotations

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
