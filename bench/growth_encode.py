# SPDX-License-Identifier: MIT
"""How `edition encode` grows with its input: 10^2 … 10^4 paragraphs, several shapes.

    python3 bench/growth_encode.py                            # this checkout, every shape
    python3 bench/growth_encode.py --before /tmp/e17-before --timeout 120
    python3 bench/growth_encode.py --shapes nested --sizes 100 200 500 --before /tmp/e17-before
    python3 bench/growth_encode.py --write DIR --shapes marks --sizes 10000   # the texts only

Each measurement runs in a fresh Python process (imports and schemas warmed up on a small text
first, not timed): the time of ``encode_source`` on a generated text — recognition, markup, TEI,
the losslessness check and validation, all an ``edition encode`` does but reading the file — and
the peak memory it added (the growth of the process's maximum resident set, so lxml's and
libxml2's allocations count too), per byte of source; the time spent validating the TEI
(RELAX NG and Schematron, edition.validation) is shown apart. The growth exponent is the slope
of log(time) against log(paragraphs) fitted over the top decade (10^3 … 10^4), where the fixed
costs no longer hide the growth; 1.0 is linear. It is given for the whole encode and for the
encode less the validation. ``--before DIR`` runs the same measurements
against another checkout (made with ``git worktree add DIR <commit>``), each beside this one, and
prints the ratio; both must make the same TEI (a digest of it is compared).

Shapes (N is the number of paragraphs, or of sentences or marks in the one-paragraph shapes):
  plain       N paragraphs of prose, no markup to find
  nested      N paragraphs, each with a quotation nested in another (the issue-17 report)
  speech      N paragraphs of speech by register persons, "he said" — speakers sought back
  unbalanced  N paragraphs, each with quotation marks left open or never opened
  citations   N paragraphs with page, author–date and Ibid citations and note markers; N notes
  long        one paragraph of N sentences, each with a quotation
  marks       one paragraph with N unbalanced quotation marks (≈ 8 bytes each)
  quoted      one paragraph of N words each in straight single marks, no stop between them (a
              lead-in runs back over every quotation before it, as far as the rules read)
  calls       one paragraph of N note calls, then N notes, each a reference to a work
"""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEAD = "A Study of Growth\n\nBy John Smith\n\n(Growth Monthly, Vol. 1 No. 4, June 1988)\n\n"
EDITORIAL = """[edition]
id = "growth"
date = "2026-01-01"

[[person]]
id = "trotsky"
name = "Leon Trotsky"
forms = ["Leon Trotsky", "Trotsky"]

[[person]]
id = "lenin"
name = "Vladimir Lenin"
forms = ["Lenin"]
"""
SHAPES = ("plain", "nested", "speech", "unbalanced", "citations", "long", "marks", "quoted", "calls")
SIZES = (100, 300, 1000, 3000, 10000)
_WORDS = ("the committee met in the town hall and discussed the plans for the coming year at "
          "some length before it rose").split()


def _prose(i: int, words: int = 18) -> str:
    return " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(words))


def text(shape: str, n: int) -> str:
    """The source text of ``shape`` at size ``n``."""
    if shape == "plain":
        paras = [f"Paragraph {i}: {_prose(i)}." for i in range(n)]
    elif shape == "nested":
        paras = [f"Speaker {i} told the meeting: “The report says ‘we shall win in {i}’ and we "
                 f"agree.”" for i in range(n)]
    elif shape == "speech":
        paras = [(f"Trotsky spoke in hall {i}. He said: “We shall hold the line at {i} and "
                  f"no further, whatever comes.”") if i % 5 == 0 else
                 (f"Later he added, “The workers of district {i} have seen it all before, and "
                  f"they know ‘the price’ well.”") for i in range(n)]
    elif shape == "unbalanced":
        paras = [f"He wrote “the plan for {i} and ‘the rest of it went on. {_prose(i, 8)}"
                 if i % 2 == 0 else
                 f"{_prose(i, 8)} so it ended in {i}.” Then the others’ words." for i in range(n)]
    elif shape == "citations":
        forms = ("as Smith argued (Smith {y}: {p})", "as the record shows (page {p}, Stalin "
                 "School of Falsification, Pioneer edition, 1962)", "and so on (Ibid)",
                 "as others found (Jones {y}; Brown {y}: {p})", "as noted.[{k}]")
        paras = [f"Point {i}: {_prose(i, 10)}, " + forms[i % len(forms)].format(
                    y=1900 + i % 100, p=i % 400 + 1, k=i // len(forms) + 1) + "."
                 for i in range(n)]
        notes = n // len(forms) + (1 if n % len(forms) > 4 else 0)
        paras += ["Notes"] + [f"[{k}] A. Author, Title {k}, Publisher, London, 1973, p. {k}."
                              for k in range(1, notes + 1)]
    elif shape == "long":
        paras = [" ".join(f"In {i} the speaker said, “We have {_prose(i, 6)}.” Then it ended."
                          for i in range(n))]
    elif shape == "marks":
        marks = "”’“‘"
        paras = [" ".join(f"ab{marks[i % 4]} cd" for i in range(n))]
    elif shape == "calls":
        paras = [" ".join(f"point {k}[{k}]" for k in range(1, n + 1)) + ".", "Notes"]
        paras += [f"[{k}] A. Author, Title {k}, Publisher, London, 1973, p. {k}." for k in range(1, n + 1)]
    elif shape == "quoted":
        paras = [" ".join(f"'w{i}'" for i in range(n)) + "."]
    else:
        raise ValueError(shape)
    return HEAD + "\n\n".join(paras) + "\n"


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def measure(root: str, shape: str, n: int) -> dict:
    """In this process: encode one generated text, report seconds, memory and a digest."""
    sys.path.insert(0, root)
    import edition
    import edition.encoder
    from edition.editorial import EMPTY, load_editorial
    from edition.encoder import encode_source
    from edition.settings import EncodeSettings
    from edition.text.source import decode_source

    editorial = EMPTY
    if shape == "speech":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "growth.toml"
            path.write_text(EDITORIAL, encoding="utf-8")
            editorial = load_editorial(path)
    settings = EncodeSettings(date="2026-01-01")
    encode_source(decode_source(text("nested", 3).encode(), "warm.txt"), editorial, settings)
    # the share of the TEI's validation (RELAX NG, Schematron), timed apart: it is the
    # validators' growth, not the rules'
    validating = [0.0]
    validate_tree = edition.encoder.validate_tree

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return validate_tree(*args, **kwargs)
        finally:
            validating[0] += time.perf_counter() - started
    edition.encoder.validate_tree = timed
    data = text(shape, n).encode("utf-8")
    before = peak_kib()
    started = time.perf_counter()
    result = encode_source(decode_source(data, "growth.txt"), editorial, settings)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "validating": validating[0], "peak_kib": peak_kib() - before,
            "bytes": len(data), "digest": hashlib.sha256(result.tei).hexdigest(),
            "module": edition.__file__}


def run_one(root: Path, shape: str, n: int, timeout: float) -> dict | None:
    """``measure`` in a fresh process; None when it is not done within ``timeout`` seconds."""
    try:
        done = subprocess.run([sys.executable, __file__, "--one", str(root), shape, str(n)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout)


from growth_fit import growth_parser, slope  # noqa: E402  (beside this script)


def main() -> None:
    parser = growth_parser(__doc__.split("\n")[0], SHAPES, SIZES)
    parser.add_argument("--write", type=Path, metavar="DIR",
                        help="write the generated texts into DIR (SHAPE-N.txt) and stop")
    args = parser.parse_args()
    if args.one:
        root, shape, n = args.one
        print(json.dumps(measure(root, shape, int(n))))
        return
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for shape in args.shapes:
            for n in args.sizes:
                (args.write / f"{shape}-{n}.txt").write_text(text(shape, n), encoding="utf-8")
                if shape == "speech":
                    (args.write / f"{shape}-{n}.toml").write_text(EDITORIAL, encoding="utf-8")
        return

    roots = [("after", ROOT)] + ([("before", args.before.resolve())] if args.before else [])
    print(f"{'shape':<11} {'N':>6} {'bytes':>9} " + "".join(
        f"{label + ' s':>11} {'validating':>10} {label + ' MiB':>11} {'B/src B':>8} "
        for label, _ in roots)
        + ("  before/after" if args.before else ""), flush=True)
    exponents: dict[tuple[str, str], float | None] = {}
    rules_exponents: dict[tuple[str, str], float | None] = {}  # less the validation
    memory: dict[tuple[str, str], float] = {}
    for shape in args.shapes:
        points: dict[str, list[tuple[int, float]]] = {label: [] for label, _ in roots}
        rules: dict[str, list[tuple[int, float]]] = {label: [] for label, _ in roots}
        given_up: set[str] = set()
        for n in args.sizes:
            results = {}
            for label, root in roots:
                # Once a checkout is past the timeout at one size, larger sizes are too.
                results[label] = None if label in given_up else run_one(root, shape, n,
                                                                        args.timeout)
                if results[label] is None or "error" in results[label]:
                    given_up.add(label)
                else:
                    points[label].append((n, results[label]["seconds"]))
                    rules[label].append((n, results[label]["seconds"]
                                         - results[label].get("validating", 0.0)))
            known = [r for r in results.values() if r and "error" not in r]
            if len({r["digest"] for r in known}) > 1:
                print(f"  ! {shape} {n}: the checkouts make different TEI", flush=True)
            size = len(text(shape, n).encode("utf-8"))
            cells = ""
            for label, _ in roots:
                r = results[label]
                if r and "error" not in r:
                    per_byte = r["peak_kib"] * 1024 / r["bytes"]
                    if n >= 1000:
                        memory[(shape, label)] = max(memory.get((shape, label), 0), per_byte)
                    cells += (f"{r['seconds']:>11.3f} {r.get('validating', 0.0):>10.3f} "
                              f"{r['peak_kib'] / 1024:>11.1f} {per_byte:>8.1f} ")
                else:
                    shown = "error" if r else ">" + format(args.timeout, ".0f")
                    cells += f"{shown:>11} {'-':>10} {'-':>11} {'-':>8} "
            ratio = ""
            after, before = results["after"], results.get("before")
            if args.before and after and before and "error" not in after and "error" not in before:
                ratio = f"  {before['seconds'] / after['seconds']:10.1f}x"
            elif args.before and after and "error" not in after and before is None:
                ratio = f"  {'> ' + format(args.timeout / after['seconds'], '.0f'):>10}x"
            print(f"{shape:<11} {n:>6} {size:>9} {cells}{ratio}", flush=True)
            for label, _ in roots:
                if results[label] and "error" in results[label]:
                    print(f"  ! {label}: {results[label]['error']}", flush=True)
        for label, _ in roots:
            exponents[(shape, label)] = slope([(n, s) for n, s in points[label] if n >= 1000])
            rules_exponents[(shape, label)] = slope([(n, s) for n, s in rules[label] if n >= 1000])
    print("\ngrowth exponent, log(time)/log(N) over 10^3 … 10^4 (1.0 is linear; target ≤ 1.1),"
          "\nthe same less the validation, and the most memory per source byte at N ≥ 10^3"
          " (target ≤ 30)")
    for (shape, label), value in exponents.items():
        less = rules_exponents[(shape, label)]
        shown = (f"{value:.2f}" if value is not None else "n/a (timed out)"
                 if sum(n >= 1000 for n in args.sizes) >= 2 else "n/a (two sizes ≥ 10^3 needed)")
        mem = memory.get((shape, label))
        print(f"  {shape:<11} {label:<7} {shown:>6}  {f'{less:.2f}' if less is not None else '':>6}"
              f"   " + (f"{mem:5.1f} B/B" if mem is not None else "-"))


if __name__ == "__main__":
    main()
