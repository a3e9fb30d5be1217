# SPDX-License-Identifier: MIT
"""How `edition validate` grows with the number of problems: 10^1 … 10^4, several shapes.

    python3 bench/growth_validate.py                          # this checkout, every shape
    python3 bench/growth_validate.py --before /tmp/before-validate --timeout 120
    python3 bench/growth_validate.py --shapes attributes --sizes 100 1000 10000

Each measurement runs in a fresh Python process (schemas compiled and warmed up first, not
timed): the time of ``validate_bytes`` on a generated TEI file plus writing every problem as
``edition validate`` prints it — processor time, which other work on a shared machine disturbs
less than the wall clock (shown too) — and the peak memory it added (the growth of the
process's maximum resident set, so libxml2's and libxslt's allocations count too). The growth
exponent is the slope of log(processor time) against log(N) fitted over the top decade
(10^3 … 10^4), where the fixed costs no longer hide the growth; 1.0 is linear. ``--before DIR``
runs the same measurements against another checkout (made with ``git worktree add DIR
<commit>``), each beside this one, and prints the ratio.

Shapes, each with N mistakes (found: the problems reported, e.g. by RELAX NG and XML Schema both):
  elements    N unknown elements, one per paragraph, one paragraph a line   (rng, xsd)
  oneline     the same, the whole document on one line (a minified file)    (rng, xsd)
  sections    the same, 50 paragraphs to a div, as an encoded article has them (rng, xsd)
  attributes  N unknown attributes on one element                           (rng, xsd)
  schematron  N pointers at nothing, one per line                           (sch)
  types       N dates with a @when that is not a date, one per line         (rng, xsd)
  valid       N paragraphs with an id, a name pointing at the register and a quotation, and no
              problem at all: what an encoder's validation of a long text costs
"""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en" xml:id="bench">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">Growth</title></titleStmt>
      <publicationStmt><p>Unpublished.</p></publicationStmt>
      <sourceDesc>
        <bibl type="source"><title level="a">Growth</title><idno type="sha256">{digest}</idno></bibl>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo><application ident="edition" version="0.1.0" xml:id="edition"><label>edition</label></application></appInfo>
    </encodingDesc>
    <revisionDesc><change when="2026-01-01" who="#edition">Encoded.</change></revisionDesc>
  </teiHeader>
  <text>
    <body>
      <div xml:id="div-1">
"""
TAIL = """      </div>
    </body>
  </text>
  <standOff>
    <listPerson><person xml:id="trotsky"><persName>Leon Trotsky</persName></person></listPerson>
  </standOff>
</TEI>
"""
DIGEST = "39c24288e546b71949437f37e922c03aa9ae5e2c3a90c8cc9a9d2151c194e04a"
SHAPES = ("elements", "oneline", "sections", "attributes", "schematron", "types", "valid")
SECTION = 50  # paragraphs to a div in the "sections" shape
SIZES = (10, 30, 100, 300, 1000, 3000, 10000)


def document(shape: str, n: int) -> bytes:
    """A TEI file with ``n`` problems of ``shape``."""
    if shape in ("elements", "oneline", "sections"):
        body = "".join(f"        <p>Text {i} <bogus>here</bogus>.</p>\n" for i in range(n))
        if shape == "sections":
            body = "".join(f'      </div>\n      <div xml:id="div-{i // SECTION + 2}">\n' * (
                i and not i % SECTION) + f"        <p>Text {i} <bogus>here</bogus>.</p>\n"
                for i in range(n))
    elif shape == "attributes":
        attributes = " ".join(f'bad{i}="x"' for i in range(n))
        body = f"        <p {attributes}>One paragraph.</p>\n"
    elif shape == "schematron":
        body = "".join(f'        <p><persName ref="#nobody-{i}">Someone</persName> wrote.</p>\n'
                       for i in range(n))
    elif shape == "types":
        body = "".join(f'        <p>On <date when="day-{i}">a day</date>.</p>\n' for i in range(n))
    elif shape == "valid":
        body = "".join(f'        <p xml:id="p-{i}"><persName ref="#trotsky">Trotsky</persName> '
                       f"wrote <q>this</q> in paragraph {i}.</p>\n" for i in range(n))
    else:
        raise ValueError(shape)
    text = HEAD.format(digest=DIGEST) + body + TAIL
    if shape == "oneline":
        text = text.replace("\n", " ").replace("?> ", "?>\n", 1)
    return text.encode("utf-8")


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def measure(root: str, shape: str, n: int) -> dict:
    """In this process: validate one generated file, report seconds, memory and the count."""
    sys.path.insert(0, root)
    import edition
    from edition.validation import validate_bytes

    validate_bytes(document("types", 3), "warm.xml")  # compile every schema, untimed
    validate_bytes(document("schematron", 3), "warm.xml")
    data = document(shape, n)
    before = peak_kib()
    best = None
    for _ in range(5):  # a short run is repeated and the fastest kept: less noise
        started, cpu = time.perf_counter(), time.process_time()
        problems = validate_bytes(data, "growth.xml")
        printed = "\n".join(map(str, problems))
        seconds, wall = time.process_time() - cpu, time.perf_counter() - started
        best = min(best or (seconds, wall), (seconds, wall))
        if seconds > 0.5:
            break
    seconds, wall = best
    return {"seconds": seconds, "wall": wall, "peak_kib": peak_kib() - before,
            "problems": len(problems),
            "bytes": len(data), "digest": hashlib.sha256(printed.encode()).hexdigest(),
            "module": edition.__file__}


def run_one(root: Path, shape: str, n: int, timeout: float) -> dict | None:
    """``measure`` in a fresh process; None when it is not done within ``timeout`` seconds."""
    try:
        done = subprocess.run([sys.executable, __file__, "--one", str(root), shape, str(n)],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def sweep(root: Path, shape: str, sizes: list[int], timeout: float, repeat: int) -> dict:
    """Each size measured, then all of them again (``repeat`` sweeps in all, a size whose run
    took more than 20 s only once), the fastest run of each size kept: others' work on the
    machine only adds time, and a busy minute then spoils one run of a size, not all of them.
    A size past the timeout, and every larger one, is None."""
    best: dict[int, dict | None] = {}
    for round_ in range(repeat):
        for n in sizes:
            if round_ == 0:
                best[n] = None if None in best.values() else run_one(root, shape, n, timeout)
            elif best[n] is not None and best[n]["wall"] <= 20:
                result = run_one(root, shape, n, timeout)
                if result is not None and result["seconds"] < best[n]["seconds"]:
                    best[n] = result
    return best


from growth_fit import growth_parser, slope  # noqa: E402  (beside this script)


def main() -> None:
    parser = growth_parser(__doc__.split("\n")[0], SHAPES, SIZES)
    parser.add_argument("--repeat", type=int, default=3,
                        help="sweeps over the sizes, the fastest run of each kept (default 3)")
    args = parser.parse_args()
    if args.one:
        root, shape, n = args.one
        print(json.dumps(measure(root, shape, int(n))))
        return

    roots = [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    print(f"{'shape':<11} {'N':>6} {'found':>6} {'bytes':>9} " + "".join(
        f"{label + ' cpu s':>12} {'wall s':>8} {'MiB':>7} {'B/src B':>8} " for label, _ in roots)
        + ("  before/after" if args.before else ""), flush=True)
    exponents: dict[tuple[str, str], float | None] = {}
    for shape in args.shapes:
        measured = {label: sweep(root, shape, args.sizes, args.timeout, args.repeat)
                    for label, root in roots}
        points = {label: [(n, r["seconds"]) for n, r in measured[label].items() if r]
                  for label, _ in roots}
        for n in args.sizes:
            results = {label: measured[label][n] for label, _ in roots}
            known = [r for r in results.values() if r]
            if len({r["digest"] for r in known}) > 1:
                print(f"  ! {shape} {n}: the checkouts report different problems", flush=True)
            size = known[0]["bytes"] if known else len(document(shape, n))
            found = known[0]["problems"] if known else "-"
            cells = ""
            for label, _ in roots:
                r = results[label]
                cells += (f"{r['seconds']:>12.3f} {r['wall']:>8.2f} {r['peak_kib'] / 1024:>7.1f} "
                          f"{r['peak_kib'] * 1024 / r['bytes']:>8.1f} " if r else
                          f"{'-':>12} {'>' + format(args.timeout, '.0f'):>8} {'-':>7} {'-':>8} ")
            ratio = ""
            if args.before and results["after"] and results["before"]:
                ratio = f"  {results['before']['seconds'] / results['after']['seconds']:10.1f}x"
            elif args.before and results["after"]:  # given up: at least the timeout
                ratio = f"  {'> ' + format(args.timeout / results['after']['wall'], '.0f'):>10}x"
            print(f"{shape:<11} {n:>6} {found:>6} {size:>9} {cells}{ratio}", flush=True)
        for label, _ in roots:
            top = [(n, s) for n, s in points[label] if n >= 1000]
            exponents[(shape, label)] = slope(top)
    print("\ngrowth exponent, log(cpu time)/log(N) over 10^3 … 10^4 "
          "(1.0 is linear; target ≤ 1.1)")
    for (shape, label), value in exponents.items():
        shown = f"{value:.2f}" if value is not None else "n/a (not two sizes of 10^3 or more)"
        print(f"  {shape:<11} {label:<7} {shown}")


if __name__ == "__main__":
    main()
