# SPDX-License-Identifier: MIT
"""``edition serve`` as an editor uses it: a process of its own, a page open in Chromium, the
editorial file edited beside the text. The page reloads and shows each edit; an edit that does
not build shows its located error over the last good page, which stays; fixed, it recovers.
The reload script and the overlay are in the served pages only, never in the output folder;
nothing outside the output folder is served; Ctrl-C ends it, its FOP with it."""

from __future__ import annotations

import http.client
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from support import ROOT

TEXT = ("A Title Of Sorts\n\nBy Some Body\n\nThe frist paragraph here. It ends.\n\n"
        "Second paragraph.\n")
EDITORIAL = ('[edition]\nid = "piece"\ndate = "2020-01-02"\n\n'
             '[[correction]]\nsic = "frist"\ncorr = "{corr}"\n{extra}')
WAIT = 180  # seconds: a bound for a hung server, not a speed (two shared cores, FOP's JVM)
PAGE_WAIT = WAIT * 1000


class Serving:
    """``edition serve ARGS`` in a process of its own (and its own process group), its
    terminal read line by line as it writes."""

    def __init__(self, *args, cwd: Path = ROOT):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "edition", "serve", *map(str, args)], cwd=cwd,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            start_new_session=True)
        self.lines: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = ""

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))
            self._new.put(line.rstrip("\n"))
        self._new.put(None)

    def wait_for(self, pattern: str) -> str:
        """The next line of the terminal matching ``pattern``."""
        while True:
            try:
                line = self._new.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"edition serve said no {pattern!r} in {WAIT} s: {self.lines}")
            if line is None:
                pytest.fail(f"edition serve ended ({self.process.wait()}): {self.lines}")
            if re.search(pattern, line):
                return line

    def started(self) -> Serving:
        line = self.wait_for(r"serving .* at http://")
        self.url = re.search(r"(http://127\.0\.0\.1:\d+/\S*)", line)[1]
        return self

    def stop(self, signum: int = signal.SIGINT) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
        return self.process.wait(timeout=WAIT)

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()

    def __enter__(self) -> Serving:
        return self

    def __exit__(self, *exc) -> None:
        self.kill()


def article(folder: Path, corr: str = "first", extra: str = "") -> tuple[Path, Path]:
    """A small text and its editorial file (one correction) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    text, editorial = folder / "piece.txt", folder / "piece.toml"
    text.write_text(TEXT, encoding="utf-8")
    edit(editorial, corr, extra)
    return text, editorial


def edit(editorial: Path, corr: str, extra: str = "") -> None:
    editorial.write_text(EDITORIAL.format(corr=corr, extra=extra), encoding="utf-8")


def get(url: str, path: str) -> tuple[int, bytes]:
    """``path`` sent as it is, not normalised as a browser or urllib would."""
    host, port = re.match(r"http://([^:/]+):(\d+)/", url).groups()
    connection = http.client.HTTPConnection(host, int(port), timeout=WAIT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def files(folder: Path) -> dict[str, bytes]:
    """The site's files, not the build's own records (its cache, its lock)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (".edition-lock", ".edition-cache.json")}


@pytest.fixture(scope="module")
def served_piece(tmp_path_factory):
    """One ``edition serve`` for the tests that only read: the piece, web only."""
    folder = tmp_path_factory.mktemp("serve")
    text, _ = article(folder / "texts")
    (folder / "secret.txt").write_text("not for the web", encoding="utf-8")
    with Serving(text, "-o", folder / "out", "--no-print") as serving:
        serving.started()
        yield folder, serving


def test_an_edit_to_the_editorial_file_reloads_the_page_with_it(tmp_path, page):
    text, editorial = article(tmp_path / "texts")
    with Serving(text, "-o", tmp_path / "out", "--no-print") as serving:
        serving.started()
        assert serving.url.endswith("/piece/")  # one text: its own page
        page.goto(serving.url)
        main = page.locator("main")
        assert "The first" in main.inner_text()
        with page.expect_navigation(timeout=PAGE_WAIT):  # the page reloads itself
            edit(editorial, "foremost")
        assert "The foremost" in main.inner_text()
        assert serving.wait_for(r"built piece in")
        assert any(line.startswith("edition: changed: ") and "piece.toml" in line
                   for line in serving.lines)
        assert page.locator("#edition-serve-errors").count() == 0
        # the reload script is the server's, allowed by the page's own policy (no console
        # error, which the fixture checks), and it listens for the next build
        assert any(url.endswith("/__edition/events") for url in page.watched.requests)


def test_a_broken_edit_shows_its_located_error_over_the_last_good_page(tmp_path, page):
    text, editorial = article(tmp_path / "texts")
    out = tmp_path / "out"
    with Serving(text, "-o", out, "--no-print") as serving:
        serving.started()
        page.goto(serving.url)
        good = files(out)
        with page.expect_navigation(timeout=PAGE_WAIT):
            edit(editorial, "foremost", extra='colour = "red"\n')  # no such key
        where = f"{editorial}:8:1: [[correction]] #1: unknown key 'colour'"
        overlay = page.locator("#edition-serve-errors")
        assert where in overlay.inner_text()
        assert overlay.is_visible()
        assert "The first" in page.locator("main").inner_text()  # the last good page
        failed = serving.wait_for(r"^edition: failed: ")
        assert where in failed  # the terminal says it as the page does
        assert files(out) == good  # nothing of the broken build written

        with page.expect_navigation(timeout=PAGE_WAIT):  # fixed: it recovers
            edit(editorial, "foremost")
        assert page.locator("#edition-serve-errors").count() == 0
        assert "The foremost" in page.locator("main").inner_text()
        serving.wait_for(r"built piece in")


def test_a_tei_input_that_is_refused_shows_where_and_recovers(tmp_path):
    text, _ = article(tmp_path / "texts")
    tei = tmp_path / "piece.xml"
    subprocess.run([sys.executable, "-m", "edition", "encode", text, "-o", tei, "-q"],
                   cwd=ROOT, check=True)
    good_tei = tei.read_text(encoding="utf-8")
    with Serving(tei, "-o", tmp_path / "out", "--no-print") as serving:
        serving.started()
        script = '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'
        lines = good_tei.splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if "<body>" in line)
        lines.insert(at + 1, script + "\n")
        tei.write_text("".join(lines), encoding="utf-8")
        failed = serving.wait_for(r"^edition: failed: ")
        assert f"{tei}:{at + 2}:1:" in failed
        status, body = get(serving.url, "/piece/")
        assert status == 200 and f"{tei}:{at + 2}:1:".encode() in body
        assert b"Second paragraph" in body  # the last good page, under the error
        tei.write_text(good_tei.replace("Second paragraph", "Second, fixed paragraph"),
                       encoding="utf-8")
        serving.wait_for(r"built piece in")
        status, body = get(serving.url, "/piece/")
        assert b"edition-serve-errors" not in body and b"Second, fixed paragraph" in body


def test_a_folder_of_texts_is_rebuilt_text_by_text(tmp_path):
    texts = tmp_path / "texts"
    article(texts)
    other = texts / "other.txt"
    with Serving(texts, "-o", tmp_path / "out", "--no-print") as serving:
        serving.started()
        assert serving.url.endswith("/piece/")
        other.write_text(TEXT.replace("Title Of Sorts", "Second Title"), encoding="utf-8")
        assert serving.wait_for(r"built \S+ in").startswith("edition: built other in")
        edit(texts / "piece.toml", "foremost")  # only the text whose editorial file it is
        assert serving.wait_for(r"built \S+ in").startswith("edition: built piece in")
        status, index = get(serving.url, "/")
        assert status == 200 and b"Second Title" in index and b"A Title Of Sorts" in index
        status, body = get(serving.url, "/piece/")
        assert b"foremost" in body


def test_the_reload_machinery_is_in_served_pages_only(served_piece):
    folder, serving = served_piece
    written = files(folder / "out")
    assert "piece/index.html" in written and "index.html" in written
    for name, content in written.items():
        assert b"__edition" not in content and b"edition-serve" not in content, name
    status, served = get(serving.url, "/piece/index.html")
    assert status == 200
    assert b'<script src="/__edition/reload.js?version=' in served
    assert served.replace(re.search(rb"<link[^>]*serve\.css\"><script[^>]*></script>",
                                     served)[0], b"") == written["piece/index.html"]
    assert get(serving.url, "/__edition/reload.js")[0] == 200


def test_only_files_inside_the_output_folder_are_served(served_piece):
    folder, serving = served_piece
    out = folder / "out"
    (out / "leak.txt").symlink_to(folder / "secret.txt")  # a link out of the folder
    (out / "outside").symlink_to(folder, target_is_directory=True)
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/piece/..%2f..%2fsecret.txt",
                 "/piece/%2e%2e/%2E%2E/secret.txt", "/..%5csecret.txt", "/leak.txt",
                 "/outside/secret.txt", "/.edition-cache.json", "/.edition-digests/piece.json",
                 "/piece/index.html%00.txt", "/%ff", str(folder / "secret.txt")):
        status, body = get(serving.url, path)
        assert status == 404, path
        assert b"not for the web" not in body, path
    assert get(serving.url, "/piece/index.html")[0] == 200


def test_a_folder_without_its_slash_is_redirected(served_piece):
    _, serving = served_piece
    host, port = re.match(r"http://([^:/]+):(\d+)/", serving.url).groups()
    connection = http.client.HTTPConnection(host, int(port), timeout=WAIT)
    try:
        connection.request("GET", "/piece")
        response = connection.getresponse()
        assert response.status == 301 and response.getheader("Location") == "/piece/"
    finally:
        connection.close()


def test_ctrl_c_stops_it_and_its_fop(tmp_path):
    text, _ = article(tmp_path / "texts")
    out = tmp_path / "out"
    with Serving(text, "-o", out, "--pdf") as serving:  # the PDF: FOP's JVM in the process
        serving.started()
        assert (out / "piece.pdf").is_file()
        assert serving.stop(signal.SIGINT) == 130
        serving.wait_for(r"^edition: stopped \(SIGINT\)")
        with pytest.raises(ProcessLookupError):  # no process of its group is left
            os.killpg(serving.process.pid, 0)
    assert not (out / ".edition-lock").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".edition-staging")]


def test_a_port_in_use_is_refused_before_anything_is_built(tmp_path):
    text, _ = article(tmp_path / "texts")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "edition", "serve", text, "-o", tmp_path / "out", "--port",
             str(port)], cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert result.returncode == 1
    assert result.stderr == (f"edition: error: port {port} is in use: give another with "
                             "--port, or none to have a free one chosen\n")
    assert not (tmp_path / "out").exists()


def test_a_missing_source_is_refused(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "edition", "serve", tmp_path / "nothing.txt", "-o",
         tmp_path / "out"], cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert result.returncode == 1
    assert result.stderr == f"edition: error: {tmp_path / 'nothing.txt'}: no such file or folder\n"
    assert not (tmp_path / "out").exists()
