# SPDX-License-Identifier: MIT
"""FOP kept warm in this process (edition.render.fop_warm) against one FOP process per PDF: the
same PDF and layout from the seed's FO, the same warnings and errors; one JVM for many renders,
started on first use; and the process route, saying why, when the warm one cannot be had."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.render import fop, fop_warm
from edition.render.fo import INDEX_ANCHOR_PREFIX
from print_helpers import SMALL_FO, pdf_text, small_fo
from support import ROOT, SAMPLE

# What differs between two renders of one FO: dates, and the document ids hashed from the time.
VARYING = re.compile(rb"/CreationDate \(D:[^)]*\)|/ModDate \(D:[^)]*\)|/ID \[<\w+> <\w+>\]"
                     rb"|<xmp:(?:Create|Modify|Metadata)Date>[^<]*<"
                     rb"|<xmpMM:(?:DocumentID|InstanceID)>[^<]*<")


def without_dates(pdf: Path) -> bytes:
    """The PDF with its dates and ids blanked out, each by as many bytes: offsets stay."""
    return VARYING.sub(lambda found: b"#" * len(found[0]), pdf.read_bytes())


@pytest.fixture(scope="module")
def routes(seed, tmp_path_factory) -> dict[str, tuple[Path, fop.FopRun]]:
    """The seed's FO laid out (IF) and rendered (PDF) by each route."""
    out = tmp_path_factory.mktemp("fop-routes")
    made = {}
    for name, render in (("warm", fop_warm.render), ("process", fop.render_process)):
        for kind, suffix in (("pdf", ".pdf"), ("if", ".if.xml")):
            path = out / f"{name}{suffix}"
            made[f"{name} {kind}"] = path, render(seed.fo, path, intermediate=kind == "if")
    return made


def test_both_routes_make_the_same_pdf_but_for_dates_and_ids(routes):
    (warm, warm_run), (process, process_run) = routes["warm pdf"], routes["process pdf"]
    assert VARYING.search(warm.read_bytes()), "no date found to blank out"
    a, b = without_dates(warm), without_dates(process)
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    assert a == b, f"differ from byte {first}: {a[max(0, first - 80):first + 80]!r}"
    assert pdf_text(warm) == pdf_text(process)
    assert warm_run.warnings == process_run.warnings == []


def test_both_routes_lay_the_index_anchors_on_the_same_pages(routes):
    warm = fop.landed_pages(routes["warm if"][0], INDEX_ANCHOR_PREFIX)
    assert len(warm) > 50  # the seed's persons
    assert warm == fop.landed_pages(routes["process if"][0], INDEX_ANCHOR_PREFIX)
    assert routes["warm if"][0].read_bytes() == routes["process if"][0].read_bytes()  # no dates


def test_renders_share_one_jvm_and_one_fop_factory(seed, tmp_path):
    config = fop.checked_config(tmp_path)  # one file for all renders, as the build passes it
    fop_warm.render(seed.fo, tmp_path / "first.pdf", config=config)  # the JVM is up now
    before = fop_warm.stats()
    for n in range(3):
        fop_warm.render(seed.fo, tmp_path / f"{n}.out", intermediate=n == 1, config=config)
    after = fop_warm.stats()
    assert after["jvm starts"] == before["jvm starts"] == 1
    assert after["renders"] == before["renders"] + 3
    assert after["factories"] == before["factories"]
    assert sorted(p.name for p in tmp_path.glob("*.out")) == ["0.out", "1.out", "2.out"]


def test_a_creation_date_leaves_only_the_metadata_date_and_the_id_to_vary(seed, tmp_path):
    date = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
    pdfs = []
    for n in range(2):
        fop_warm.render(seed.fo, tmp_path / f"{n}.pdf", creation_date=date)
        pdfs.append((tmp_path / f"{n}.pdf").read_bytes())
    assert re.search(rb"<xmp:CreateDate>2000-01-01T", pdfs[0])
    now = re.compile(rb"<xmp:MetadataDate>[^<]*<|/ID \[<\w+> <\w+>\]")  # the time of the render
    blank = [now.sub(lambda found: b"#" * len(found[0]), pdf) for pdf in pdfs]
    assert blank[0] == blank[1]


def test_warnings_are_the_same_by_both_routes(tmp_path):
    fo = small_fo(tmp_path, "odd", '<fo:block font-size="huge" color="nocolour">Text</fo:block>')
    warm = fop_warm.render(fo, tmp_path / "warm.pdf").warnings
    assert warm == fop.render_process(fo, tmp_path / "process.pdf").warnings
    assert [w.split(":")[0] for w in warm] == [
        'Invalid property value encountered in font-size="huge"',
        'Invalid property value encountered in color="nocolour"']


def test_a_broken_fo_is_an_error_located_in_it_and_leaves_no_file(tmp_path):
    fo = small_fo(tmp_path, "broken", "<fo:blok>Text</fo:blok>")
    line = SMALL_FO.split("{block}")[0].count("\n") + 1
    out = tmp_path / "out"
    out.mkdir()
    errors = []
    for render in (fop_warm.render, fop.render_process):
        with pytest.raises(EditionError) as caught:
            render(fo, out / "broken.pdf")
        errors.append(caught.value)
        assert list(out.iterdir()) == []  # nor a partial file
    warm, process = errors
    assert (warm.path, warm.line) == (str(fo), line)
    assert '"fo:blok" is not a valid child of "fo:flow"' in warm.message
    assert str(warm) == str(process)


def test_renders_from_threads_keep_their_own_logs(tmp_path):
    odd = small_fo(tmp_path, "odd", '<fo:block font-size="huge">Text</fo:block>')
    plain = small_fo(tmp_path, "plain", "<fo:block>Text</fo:block>")
    results: dict[str, list[list[str]]] = {"odd": [], "plain": []}

    def work(fo: Path) -> None:
        for n in range(3):
            results[fo.stem].append(fop_warm.render(fo, tmp_path / f"{fo.stem}-{n}.pdf").warnings)

    threads = [threading.Thread(target=work, args=(fo,)) for fo in (odd, plain)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["plain"] == [[]] * 3
    assert len(results["odd"]) == 3 and all(len(w) == 1 for w in results["odd"]), results


def render_in_a_child(fo: str, out: str) -> tuple[list[str], str | None]:
    os.environ["EDITION_FOP_MODE"] = "warm"
    return fop.render(Path(fo), Path(out)).warnings, fop.fallback_reason()


def test_a_forked_process_leaves_the_jvm_it_inherited_alone(tmp_path):
    # A JVM does not survive a fork: its threads stay in the parent.
    fo = small_fo(tmp_path, "plain", "<fo:block>Text</fo:block>")
    fop_warm.render(fo, tmp_path / "parent.pdf")  # the JVM is up in this process
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=fork) as pool:
        child = pool.submit(render_in_a_child, str(fo), str(tmp_path / "child.pdf"))
        warnings, reason = child.result(timeout=120)
    assert reason == "this process was forked from one that had started the JVM"
    assert warnings == [f"warm FOP unavailable ({reason}); one FOP process per PDF"]
    assert (tmp_path / "child.pdf").read_bytes().startswith(b"%PDF-1.4")


def test_the_mode_is_warm_unless_a_fop_of_ones_own_or_the_mode_says_otherwise(monkeypatch):
    monkeypatch.delenv("EDITION_FOP_MODE", raising=False)
    monkeypatch.delenv("EDITION_FOP", raising=False)
    assert fop.mode() == "warm"
    monkeypatch.setenv("EDITION_FOP", "/usr/bin/fop")
    assert fop.mode() == "process"  # that FOP's jars are unknown
    monkeypatch.setenv("EDITION_FOP_MODE", "warm")
    assert fop.mode() == "warm"
    monkeypatch.setenv("EDITION_FOP_MODE", "process")
    assert fop.mode() == "process"
    monkeypatch.setenv("EDITION_FOP_MODE", "fast")
    with pytest.raises(EditionError, match="EDITION_FOP_MODE"):
        fop.mode()


FALLBACK = """
import json, sys
from pathlib import Path
import jpype
from edition.render import fop, fop_warm
started_at_import = jpype.isJVMStarted()
runs = [fop.render(Path(sys.argv[1]), Path(sys.argv[2]) / f"{n}.pdf") for n in range(2)]
print(json.dumps({"started at import": started_at_import, "started": jpype.isJVMStarted(),
                  "warnings": [run.warnings for run in runs],
                  "reason": fop.fallback_reason()}))
"""


def test_without_its_jars_fop_runs_as_processes_and_the_first_pdf_says_why(tmp_path):
    fo = small_fo(tmp_path, "plain", "<fo:block>Text</fo:block>")
    missing = tmp_path / "no-such-fop.jar"
    env = {**os.environ, "EDITION_FOP_MODE": "warm", "EDITION_FOP_CLASSPATH": str(missing)}
    done = subprocess.run([sys.executable, "-c", FALLBACK, str(fo), str(tmp_path)], env=env,
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    reason = f"FOP jar missing: {missing}"
    assert seen == {"started at import": False,
                    "started": False,  # checked before the JVM: a process can start only one
                    "warnings": [[f"warm FOP unavailable ({reason}); one FOP process per PDF"], []],
                    "reason": reason}
    for n in range(2):
        assert (tmp_path / f"{n}.pdf").read_bytes().startswith(b"%PDF-1.4")


def test_edition_build_tells_once_why_fop_runs_as_processes(tmp_path):
    env = {**os.environ, "EDITION_FOP_MODE": "warm", "EDITION_FOP_CLASSPATH": "/no/fop.jar"}
    done = subprocess.run([sys.executable, "-m", "edition", "build", str(SAMPLE), "-o",
                           str(tmp_path), "--pdf", "--no-web", "-q"], env=env, cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    note = "warm FOP unavailable (FOP jar missing: /no/fop.jar); one FOP process per PDF"
    assert (done.stdout + done.stderr).count(note) == 1, done.stdout + done.stderr
    assert len(list(tmp_path.glob("*.pdf"))) == 1  # two FOP processes: the layout, the PDF


IN_A_SCRIPT = """
import sys
from click.testing import CliRunner
from edition.cli import main
result = CliRunner().invoke(main, ["build", sys.argv[1], "-o", sys.argv[2], "--pdf", "--no-web", "-q"])
print("still running", result.exit_code)
"""


def test_the_program_ends_at_once_with_its_pdf_in_place_and_a_script_calling_it_goes_on(tmp_path):
    # "edition build" ends its process without waiting on the JVM's shutdown (edition.cli.run),
    # its files in place; "main" called by a script in its own process returns to the script
    done = subprocess.run([sys.executable, "-m", "edition", "build", str(SAMPLE), "-o",
                           str(tmp_path / "a"), "--pdf", "--no-web", "-q"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "FATAL" not in done.stderr
    pdf, = (tmp_path / "a").glob("*.pdf")
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    done = subprocess.run([sys.executable, "-c", IN_A_SCRIPT, str(SAMPLE), str(tmp_path / "b")],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and "still running 0" in done.stdout, done.stdout + done.stderr
    assert len(list((tmp_path / "b").glob("*.pdf"))) == 1


SAME_BYTES = """
import sys
from pathlib import Path
from edition.render import fop, fop_warm
fo, out = Path(sys.argv[1]), Path(sys.argv[2])
fop_warm.render(fo, out / "warm-1.pdf")
fop_warm.render(fo, out / "warm-2.pdf")
fop.render_process(fo, out / "process.pdf")
"""


def test_with_source_date_epoch_the_seeds_pdf_is_the_same_byte_for_byte(seed, tmp_path):
    # Debian's FOP 2.8 takes the dates and the time hashed into /ID from SOURCE_DATE_EPOCH (the
    # XMP creation date only where the FO has XMP metadata of its own, as ours has); the warm
    # JVM reads the environment once, at its start.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "946684800"}
    subprocess.run([sys.executable, "-c", SAME_BYTES, str(seed.fo), str(tmp_path)], env=env,
                   cwd=ROOT, check=True, capture_output=True)
    pdfs = [(tmp_path / name).read_bytes() for name in ("warm-1.pdf", "warm-2.pdf", "process.pdf")]
    assert b"<xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>" in pdfs[0]
    assert pdfs[0] == pdfs[1] == pdfs[2]


PREPARED = """
import json, sys, threading
from pathlib import Path
import jpype
from edition.render import fop, fop_warm
fop.prepare()
starting = [t.name for t in threading.enumerate() if t.name == "edition-fop-jvm"]
for thread in threading.enumerate():
    if thread.name == "edition-fop-jvm":
        thread.join()
up = jpype.isJVMStarted()
run = fop.render(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"starting": starting, "up before the render": up, "stats": fop_warm.stats(),
                  "warnings": run.warnings}))
"""


@pytest.mark.parametrize("mode", ["warm", "process"])
def test_prepare_starts_the_jvm_in_the_background_for_the_warm_route_only(tmp_path, mode):
    # Hyphenated: FOP finds its patterns through the thread's context class loader, which a
    # thread other than the JVM's first has not (the render's, here).
    fo = small_fo(tmp_path, "hyphenated", '<fo:block language="en" hyphenate="true">'
                  'Incomprehensibilities notwithstanding, characteristically.</fo:block>')
    env = {**os.environ, "EDITION_FOP_MODE": mode}
    env.pop("EDITION_FOP_CLASSPATH", None)
    done = subprocess.run([sys.executable, "-c", PREPARED, str(fo), str(tmp_path / "out.pdf")],
                          env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    warm = mode == "warm"
    assert seen["starting"] == (["edition-fop-jvm"] if warm else [])
    assert seen["up before the render"] is warm
    assert seen["stats"]["jvm starts"] == int(warm)  # the render used the JVM started for it
    assert seen["warnings"] == []
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-1.4")


WITHOUT_NUMPY = """
import json, sys
from pathlib import Path
from edition.render import fop
run = fop.render(Path(sys.argv[1]), Path(sys.argv[2]))
taken = "numpy" in sys.modules
import numpy  # still to be had by whatever needs it later
print(json.dumps({"numpy taken in by the render": taken, "numpy after": bool(numpy.__version__)}))
"""


def test_the_warm_route_takes_jpype_in_without_numpy_and_leaves_numpy_importable(tmp_path):
    # (JPype imports NumPy when it is installed: ~0.17 s of a build's CPU, for nothing FOP uses)
    fo = small_fo(tmp_path, "plain", "<fo:block>A mill on the river.</fo:block>")
    env = {**os.environ, "EDITION_FOP_MODE": "warm"}
    env.pop("EDITION_FOP_CLASSPATH", None)
    done = subprocess.run([sys.executable, "-c", WITHOUT_NUMPY, str(fo), str(tmp_path / "out.pdf")],
                          env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"numpy taken in by the render": False, "numpy after": True}
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-1.4")
