# SPDX-License-Identifier: MIT
"""Benchmark: the editor's loop under ``edition serve``, from a write of the editorial file to
the reloaded page showing the change, against a cold ``edition build`` process for the same edit.

    python3 bench/serve_loop.py [--edits 5]

A copy of the seed and its editorial file is served (``edition serve``, a process of its own, as
an editor starts it) and its page opened in headless Chromium (Debian's, through Playwright).
Each edit changes one correction of the editorial file (its ``corr``, which the reading text
shows); the time runs from the write to the first paint of the page reloaded by the server, as
the browser stamps it (``performance.timeOrigin`` and its paint timing, on the clock the script
reads). Once web only (``--no-print``), once with the print edition and its PDF (``--pdf``;
the PDF is checked to hold the edit, with pdftotext when it is installed). The median of
``--edits`` edits of each is printed beside serve's own build time (its terminal's "built …
in"), so that the rest (the watcher, the reload, the page's load) shows; one edit before the
timed ones is not counted (a warm-up: the JVM's compiler, the browser's cache).

On a machine shared with other work, the times stretch with its load (printed); serve's own
CPU time per edit (all its threads, FOP's JVM's included) is printed too: about what the build
takes on an idle core.

The alternative: the same edit followed by ``edition build`` of the same text with the same
options, as a whole process (Python's start and imports, FOP's JVM started for the PDF), timed
to its end, without the page's reload an editor would then do by hand.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
SIC = 'sic = "theory so socialism"\ncorr = "theory of socialism"'
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WAIT = 300  # seconds: a bound for a hung server, not a speed


class Serving:
    """``edition serve`` in a process of its own, its terminal read as it writes."""

    def __init__(self, *args):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "edition", "serve", *map(str, args)], cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern: str) -> re.Match:
        while True:
            line = self.lines.get(timeout=WAIT)
            if line is None:
                sys.exit(f"edition serve ended ({self.process.wait()}) before {pattern!r}")
            found = re.search(pattern, line)
            if found:
                return found
            if line.startswith("edition: failed"):
                sys.exit(line)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=WAIT)


def cpu_seconds(pid: int) -> float:
    """CPU time a process has had (user and system, all its threads: FOP's JVM's too)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edit(editorial: Path, original: str, marker: str) -> None:
    editorial.write_text(original.replace(SIC, SIC[:-1] + f' {marker}"'), encoding="utf-8")


SHOWN = """() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return performance.timeOrigin + (paint ? paint.startTime : nav.domContentLoadedEventEnd);
}"""


def loop(page, folder: Path, options: list[str], edits: int, label: str) -> dict:
    """The timed edits under one ``edition serve``: seconds to the page, serve's build times."""
    text, editorial = folder / SEED.name, folder / SEED.with_suffix(".toml").name
    original = editorial.read_text(encoding="utf-8")
    out = folder / f"out-{label}"
    serving = Serving(text, "-o", out, *options)
    try:
        url = serving.wait_for(r"serving .* at (http://\S+)")[1]
        page.goto(url)
        to_page, builds, cpu = [], [], []
        for number in range(edits + 1):
            marker = f"{label}{number}"
            with page.expect_navigation(timeout=WAIT * 1000):
                written, before = time.time(), cpu_seconds(serving.process.pid)
                edit(editorial, original, marker)
            build = float(serving.wait_for(r"built \S+ in ([0-9.]+) s")[1])
            used = cpu_seconds(serving.process.pid) - before
            page.wait_for_function(f"document.querySelector('main').innerText.includes("
                                   f"'socialism {marker}')", timeout=WAIT * 1000)
            shown = page.evaluate(SHOWN) / 1000
            pdf = out / f"{text.stem}.pdf"
            if "--pdf" in options and shutil.which("pdftotext"):
                words = subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                       text=True).stdout
                if marker not in " ".join(words.split()):
                    sys.exit(f"the PDF does not hold the edit {marker!r} once the page does")
            if number:  # the first edit is not counted
                to_page.append(shown - written)
                builds.append(build)
                cpu.append(used)
        code = serving.stop()
        if code != 130:
            sys.exit(f"edition serve ended with {code} on Ctrl-C, not 130")
    finally:
        editorial.write_text(original, encoding="utf-8")
        if serving.process.poll() is None:
            serving.process.kill()
    return {"page": to_page, "build": builds, "cpu": cpu}


def cold(folder: Path, options: list[str], edits: int, label: str) -> list[float]:
    """The same edit, then ``edition build`` as a process, timed to its end."""
    text, editorial = folder / SEED.name, folder / SEED.with_suffix(".toml").name
    original = editorial.read_text(encoding="utf-8")
    out = folder / f"cold-{label}"
    times = []
    try:
        for number in range(edits + 1):
            edit(editorial, original, f"cold{label}{number}")
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "edition", "build", text, "-o", out,
                                   "-q", *options], cwd=ROOT, capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"edition build failed: {done.stderr}")
            if number:
                times.append(time.perf_counter() - started)
    finally:
        editorial.write_text(original, encoding="utf-8")
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    modes = (("web", ["--no-print"]), ("pdf", ["--pdf"]))
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp, sync_playwright() as pw:
        folder = Path(tmp)
        shutil.copy(SEED, folder)
        shutil.copy(SEED.with_suffix(".toml"), folder)
        browser = pw.chromium.launch(executable_path=CHROMIUM,
                                     args=["--no-sandbox", "--disable-gpu"])
        try:
            for label, options in modes:
                page = browser.new_page()
                results[label] = loop(page, folder, options, args.edits, label)
                page.close()
                results[label]["cold"] = cold(folder, options, args.edits, label)
        finally:
            browser.close()
    print(f"seed: an edit of its editorial file (one correction), median of {args.edits} edits; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for label, title in (("web", "web only (--no-print)"), ("pdf", "with the PDF (--pdf)")):
        got = results[label]
        page, build = statistics.median(got["page"]), statistics.median(got["build"])
        cold_build = statistics.median(got["cold"])
        print(f"{title:<22} serve: edit -> page {ms(page)}  (its build {ms(build)}, watch + "
              f"reload + page {ms(page - build)}; min {ms(min(got['page'])).strip()}, "
              f"max {ms(max(got['page'])).strip()})")
        print(f"{'':<22} serve's CPU time per edit {ms(statistics.median(got['cpu']))} "
              "(what its build needs of a core of its own)")
        print(f"{'':<22} cold `edition build` process {ms(cold_build)}   "
              f"cold / serve {cold_build / page:4.1f} x")


if __name__ == "__main__":
    main()
