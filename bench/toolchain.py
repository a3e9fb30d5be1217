# SPDX-License-Identifier: MIT
"""Benchmark: the editor's loop as whole processes, against the Java toolchain doing the same
steps (issue 16, item 4), both sides in this one run, interleaved.

    python3 bench/toolchain.py [--runs 5] [--tei-stylesheets DIR] [--json FILE] [--serve-loop]

Each step is timed as the process (or processes) a user would start, wall time, best and
median of --runs runs, and beside it the median CPU time of its processes (user and system: on
a shared machine it stretches with the others' load much less than wall time); every command
runs once untimed first (the disk cache, Java's class files), and within a run the two sides
alternate which goes first.

1. ``edition encode`` of the seed with its editorial file. No Java counterpart (there is no TEI
   encoder there): its absolute time, beside the interpreter's start alone and a process that
   only imports the encode command's modules; ``python -X importtime`` of one encode and one validate gives
   the share of imports and checks that nothing of Dask, Bokeh or JPype is imported.
2. ``edition validate`` of the seed's TEI against ``jing`` with TEI All (``tei_all.rng``,
   found as ``edition.teiall`` finds it): RELAX NG and Schematron, as the command checks by
   default; 2' with ``--xsd`` (the XML Schema too). A child process times each of our checks
   (RELAX NG, XSD, Schematron) first (compiling its schema) and again (compiled), to show where
   the time goes.
3. ``edition build`` of the seed, web and XSL-FO (``--no-pdf --no-epub``), against Saxon HE
   (Debian libsaxonhe-java) running the TEI Stylesheets' HTML5 and FO conversions on the same
   TEI: two ``java`` processes, as a user of the TEI Stylesheets runs them.
4. ``edition build`` of the seed with its PDF and index (``--pdf --no-epub``; the web edition
   too, as the issue's target has it, and again ``--no-web``), each into a new folder (cold:
   nothing to reuse), against Saxon HE with the TEI Stylesheets' FO conversion, then ``fop`` on
   that FO. FOP's JVM maps its class-data archive (``edition.render.fop_cds``, in the user's
   cache: the untimed first run makes it if there is none); 4'' runs without it
   (``EDITION_FOP_CDS=off``).
5. The edit-to-page time under ``edition serve`` is bench/serve_loop.py's (headless Chromium);
   ``--serve-loop`` runs it after the table and prints its report.

The Saxon calls are the TEI Stylesheets' own: their ``bin/teitohtml5`` and ``bin/teitofo``
run, through ant, ``profiles/default/html5/to.xsl`` and ``profiles/default/fo/to.xsl`` on the
file with no parameters but the language; here ``java -cp Saxon-HE.jar
net.sf.saxon.Transform -s:TEI -xsl:…/to.xsl -o:OUT`` does the same without ant's start.

The TEI Stylesheets are not a Debian package: get them with
``git clone https://github.com/TEIC/Stylesheets`` and pass the folder as --tei-stylesheets
(else $TEI_STYLESHEETS, else ../Stylesheets or /tmp/tei-stylesheets are tried).
Needs: java, jing, fop, libsaxonhe-java (Debian).

The interpreter is ``sys.executable`` (the real one: a pyenv shim in front of ``python3``
costs a quarter of a second per process by itself), with its bytecode cached as an installed
package has it (in a folder of this run: $PYTHONDONTWRITEBYTECODE, where set, would have every
process compile the project's modules anew; one row shows encode so). On a machine shared with
other work the times stretch with its load, printed with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.teiall import find_tei_all  # noqa: E402

SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
EDITORIAL = SEED.with_suffix(".toml")
SAXON = "/usr/share/java/Saxon-HE.jar"
PY = sys.executable
EDITION = [PY, "-m", "edition"]
# Nothing of these for encode or validate (issue 16): the cluster, its dashboard, FOP kept warm.
HEAVY = ("dask", "distributed", "bokeh", "jpype", "_jpype")
ENV = dict(os.environ)  # the children's: bytecode cached in this run's folder (main)


def find_stylesheets(given: str | None) -> Path:
    candidates = [given] if given else [os.environ.get("TEI_STYLESHEETS"),
                                        str(ROOT.parent / "Stylesheets"), "/tmp/tei-stylesheets"]
    for folder in filter(None, candidates):
        if (Path(folder) / "profiles" / "default" / "fo" / "to.xsl").is_file():
            return Path(folder).resolve()
    sys.exit("the TEI Stylesheets were not found: git clone https://github.com/TEIC/Stylesheets "
             "and pass the folder as --tei-stylesheets DIR")


class Step:
    """One step of the loop: our command, and the alternative's commands run one after another
    (or none), each side timed as a whole."""

    def __init__(self, name: str, ours: list, alternative: list[list] | None, target: str,
                 fresh: Path | None = None, env: dict | None = None):
        self.name, self.ours, self.alternative, self.target = name, ours, alternative, target
        self.fresh = fresh  # an output folder made anew before each of our runs
        self.env = env or ENV
        self.times: dict[str, list[float]] = {"ours": [], "alternative": []}
        self.cpu: dict[str, list[float]] = {"ours": [], "alternative": []}  # user + system

    def run(self, side: str, timed: bool = True) -> None:
        commands = [self.ours] if side == "ours" else self.alternative
        if not commands:
            return
        if side == "ours" and self.fresh is not None:
            shutil.rmtree(self.fresh, ignore_errors=True)
        start, used = time.perf_counter(), _children_cpu()
        for command in commands:
            done = subprocess.run([str(part) for part in command], capture_output=True,
                                  cwd=ROOT, env=self.env)
            if done.returncode:
                sys.exit(f"{self.name}: {' '.join(map(str, command))} exited "
                         f"{done.returncode}:\n{done.stderr.decode(errors='replace')[-3000:]}")
        if timed:
            self.times[side].append(time.perf_counter() - start)
            self.cpu[side].append(_children_cpu() - used)

    def figures(self) -> dict:
        got = {}
        for side, times in self.times.items():
            if times:
                got[side] = {"best": min(times), "median": statistics.median(times),
                             "runs": times, "cpu_median": statistics.median(self.cpu[side])}
        return got


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far: on a shared
    machine a process's wall time stretches with the others' load, its CPU time much less."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def importtime(command: list) -> tuple[set[str], float, list[tuple[int, str]]]:
    """Modules imported by one run of ``command`` under ``-X importtime``, the seconds their
    imports took (self times summed), and the largest by cumulative time (µs, name)."""
    done = subprocess.run([PY, "-X", "importtime", *map(str, command)], capture_output=True,
                          text=True, cwd=ROOT, env=ENV)
    if done.returncode:
        sys.exit(f"{' '.join(map(str, command))} failed under -X importtime:\n{done.stderr}")
    modules, total, largest = set(), 0, []
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if found:
            modules.add(found[4])
            total += int(found[1])
            if len(found[3]) <= 3:  # imported by the command itself or its first imports
                largest.append((int(found[2]), found[4]))
    return modules, total / 1e6, sorted(largest, reverse=True)[:6]


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


# Each of our checks timed in a child: its first call compiles its schema, the second does not.
CHECKS_CHILD = """
import sys, time
t = time.perf_counter()
from edition.validation import validate_path
imported = time.perf_counter() - t
times = {}
for kind in ("rng", "xsd", "sch"):
    got = []
    for _ in range(2):
        t = time.perf_counter()
        validate_path(sys.argv[1], (kind,))
        got.append(time.perf_counter() - t)
    times[kind] = got
print(imported, *(f"{k}:{a}:{b}" for k, (a, b) in times.items()))
"""


def check_costs(tei: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    done = subprocess.run([PY, "-c", CHECKS_CHILD, str(tei)], capture_output=True, text=True,
                          cwd=ROOT, env=ENV, check=True)
    first, *kinds = done.stdout.split()
    costs = {}
    for item in kinds:
        kind, compiled, again = item.split(":")
        costs[kind] = (float(compiled), float(again))
    return float(first), costs


def ms(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds * 1000:.0f}"


def verdict(step: Step, figures: dict) -> tuple[float | None, bool | None]:
    """(ours / alternative by medians, whether the target is met) for a step's figures."""
    ours = figures["ours"]["median"]
    other = figures.get("alternative", {}).get("median")
    ratio = ours / other if other else None
    limit = re.match(r"≤ ([0-9.]+) (s|× alternative)", step.target)
    if limit is None:
        return ratio, None
    bound = float(limit[1])
    return ratio, (ratio <= bound if limit[2] != "s" else ours <= bound)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tei-stylesheets", metavar="DIR")
    parser.add_argument("--json", metavar="FILE", type=Path)
    parser.add_argument("--serve-loop", action="store_true",
                        help="then run bench/serve_loop.py (headless Chromium) and print it")
    args = parser.parse_args()
    stylesheets = find_stylesheets(args.tei_stylesheets)
    for program in ("java", "jing", "fop"):
        if not shutil.which(program):
            sys.exit(f"{program} is not installed (Debian: default-jre, jing, fop)")
    if not Path(SAXON).is_file():
        sys.exit(f"{SAXON} is missing: sudo apt-get install libsaxonhe-java")
    tei_all = find_tei_all()
    saxon = ["java", "-cp", SAXON, "net.sf.saxon.Transform"]

    with tempfile.TemporaryDirectory(prefix="bench-toolchain-") as tmp:
        work = Path(tmp)
        uncached = {**ENV, "PYTHONDONTWRITEBYTECODE": "1"}
        uncached.pop("PYTHONPYCACHEPREFIX", None)
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        tei = work / "seed.xml"
        subprocess.run([*EDITION, "encode", SEED, "-e", EDITORIAL, "-o", tei, "-q"], cwd=ROOT,
                       env=ENV, check=True, capture_output=True)
        html5 = [*saxon, f"-s:{tei}", f"-xsl:{stylesheets / 'profiles/default/html5/to.xsl'}",
                 f"-o:{work / 'tei.html'}"]
        fo = [*saxon, f"-s:{tei}", f"-xsl:{stylesheets / 'profiles/default/fo/to.xsl'}",
              f"-o:{work / 'tei.fo'}"]
        fop = ["fop", "-q", "-fo", work / "tei.fo", "-pdf", work / "tei.pdf"]
        build = [*EDITION, "build", SEED, "-q", "--no-epub"]
        encoding = [*EDITION, "encode", SEED, "-e", EDITORIAL, "-o", work / "encoded.xml", "-q"]
        start = Step("python: start only", [PY, "-c", "pass"], None, "(reference)")
        cli = Step("python: import encode's modules", [PY, "-c", "import edition.cli.encode"],
                   None, "(reference)")
        encode = Step("1 encode the seed", encoding, None, "≤ 0.3 s")
        validate = Step("2 validate | jing TEI All", [*EDITION, "validate", tei],
                        [["jing", tei_all, tei]], "≤ 0.5 × alternative")
        validate_xsd = Step("2' validate --xsd | jing TEI All",
                            [*EDITION, "validate", "--xsd", tei], None, "(reference)")
        pdf = Step("4 build web+PDF | Saxon fo + fop", [*build, "-o", work / "pdf", "--pdf"],
                   [fo, fop], "≤ 1.5 s", fresh=work / "pdf")
        steps = [
            start, cli, encode,
            Step("1' encode, no bytecode cache", encoding, None, "(reference)", env=uncached),
            validate, validate_xsd,
            Step("3 build web+FO | Saxon html5+fo", [*build, "-o", work / "web-fo", "--no-pdf"],
                 [html5, fo], "≤ 0.6 s", fresh=work / "web-fo"),
            pdf,
            Step("4'' build web+PDF, no class archive", [*build, "-o", work / "pdf-no-cds",
                                                           "--pdf"],
                 None, "(reference)", fresh=work / "pdf-no-cds",
                 env={**ENV, "EDITION_FOP_CDS": "off"}),
            Step("4' build PDF, --no-web | same", [*build, "-o", work / "pdf-only", "--pdf",
                                                   "--no-web"],
                 None, "(like for like)", fresh=work / "pdf-only"),
        ]
        print("warming up (every command once, untimed) …", file=sys.stderr)
        for step in steps:
            step.run("ours", timed=False)
            step.run("alternative", timed=False)
        for number in range(args.runs):
            print(f"run {number + 1} of {args.runs} …", file=sys.stderr)
            order = ("ours", "alternative") if number % 2 == 0 else ("alternative", "ours")
            for step in steps:
                for side in order:
                    step.run(side)
        load = os.getloadavg()[0]
        encode_modules, encode_imports, encode_largest = importtime(encode.ours[1:])
        validate_modules, validate_imports, _ = importtime(validate.ours[1:])
        imported, costs = check_costs(tei)

    # the 4' and 4'' rows are set beside the alternative of 4, 2' beside that of 2
    results = []
    print()
    print(f"seed: {SEED.name}; {args.runs} runs, wall time of whole processes (ms); "
          f"load average {load:.1f} on {os.cpu_count()} cores (a shared machine)")
    print(f"{'step':<36} {'ours best/median':>17} {'alternative best/median':>24} "
          f"{'ratio':>6}  {'target':<20} met?  cpu ours/alternative")
    for step in steps:
        figures = step.figures()
        if step.name.startswith("4'"):
            figures["alternative"] = pdf.figures()["alternative"]
        elif step is validate_xsd:
            figures["alternative"] = validate.figures()["alternative"]
        ratio, met = verdict(step, figures)
        ours, other = figures["ours"], figures.get("alternative")
        theirs = f"{ms(other['best'])}/{ms(other['median'])}" if other else "—"
        print(f"{step.name:<36} {ms(ours['best']) + '/' + ms(ours['median']):>17} "
              f"{theirs:>24} {'' if ratio is None else f'{ratio:.2f}':>6}  {step.target:<20} "
              f"{'' if met is None else ('yes' if met else 'NO'):<4}  "
              f"{ms(ours['cpu_median'])}/{ms(other['cpu_median']) if other else '—'}")
        results.append({"step": step.name, "target": step.target, "ratio": ratio, "met": met,
                        "ours_command": " ".join(map(str, step.ours)).replace(str(work), "WORK"),
                        "alternative_commands": [" ".join(map(str, c)).replace(str(work), "WORK")
                                                 for c in step.alternative or []],
                        **figures})

    started, imported_cli, encoded = (statistics.median(s.times["ours"])
                                      for s in (start, cli, encode))
    print()
    print(f"encode: {ms(encoded)} ms a process, of which the interpreter's start {ms(started)} ms"
          f" and importing its modules (edition.cli.encode) {ms(imported_cli - started)} ms "
          f"({(imported_cli - started) / encoded:.0%}); under "
          f"-X importtime its imports take {ms(encode_imports)} ms ({len(encode_modules)} modules)")
    print("  largest imports (cumulative ms): "
          + ", ".join(f"{name} {us / 1000:.0f}" for us, name in encode_largest))
    for command, modules in (("encode", encode_modules), ("validate", validate_modules)):
        found = heavy(modules)
        print(f"  {command} imports of Dask, Bokeh, JPype: {', '.join(found) if found else 'none'}")
    print(f"validate: importing edition.validation {ms(imported)} ms; each check first (its "
          f"schema compiled) / again: "
          + ", ".join(f"{kind} {ms(a)}/{ms(b)} ms" for kind, (a, b) in costs.items()))
    print(f"  (validate imports {len(validate_modules)} modules, {ms(validate_imports)} ms)")
    version = stylesheets / "VERSION"
    version = version.read_text().strip() if version.is_file() else "version unknown"
    print(f"Saxon: TEI Stylesheets {stylesheets} ({version}), Saxon HE {SAXON}; "
          f"jing on {tei_all}")
    print("edit -> page under edition serve: python3 bench/serve_loop.py"
          + (" (below)" if args.serve_loop else " (--serve-loop runs it here)"))

    if args.json:
        args.json.write_text(json.dumps({
            "seed": SEED.name, "runs": args.runs, "load_average": load, "steps": results,
            "encode": {"imports_seconds": encode_imports, "modules": len(encode_modules),
                       "heavy": heavy(encode_modules), "largest": encode_largest},
            "validate": {"heavy": heavy(validate_modules), "import_seconds": imported,
                         "checks": costs}}, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.serve_loop:
        print()
        subprocess.run([PY, ROOT / "bench" / "serve_loop.py"], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
