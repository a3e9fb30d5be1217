# SPDX-License-Identifier: MIT
"""The web edition's pages: XSLT time per page, this checkout's stylesheets beside another
revision's (``--before REV``, default HEAD~1), measured in the same run, interleaved, on the same
TEI (default: the seed, encoded now).

    python3 bench/web_pages.py                       # against HEAD~1
    python3 bench/web_pages.py --before 5b030cd      # against a revision
    python3 bench/web_pages.py --tei build/x.xml --repeat 25

Prints, per page, the best time of each and the ratio (this checkout / the other).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from edition.encoder import encode_path  # noqa: E402
from edition.render.html import WebSettings  # noqa: E402
from edition.xmlsafe import safe_parser, xslt_access_control  # noqa: E402

SEED = ROOT / "seeds" / "healy-1988-how-stalin-betrayed-october.txt"
PAGES = ("text", "persons", "works", "organisations", "about", "search")


def stylesheets_of(revision: str, into: Path) -> Path:
    """The xslt/ folder of ``revision``, unpacked under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "xslt"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "xslt"


def compile_(folder: Path) -> etree.XSLT:
    doc = etree.parse(str(folder / "html" / "edition.xsl"), safe_parser())
    return etree.XSLT(doc, access_control=xslt_access_control())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="HEAD~1", help="the revision to compare with")
    parser.add_argument("--tei", type=Path, help="a TEI file (default: the seed, encoded)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    tree = etree.parse(str(args.tei)) if args.tei else encode_path(SEED).tree
    params = WebSettings(date="2000-01-01").params()
    with tempfile.TemporaryDirectory() as tmp:
        runs = {"this": compile_(ROOT / "xslt"),
                args.before: compile_(stylesheets_of(args.before, Path(tmp)))}
        print(f"XSLT per page, best of {args.repeat} (ms): this checkout against {args.before}")
        for page in PAGES:
            strparams = {key: etree.XSLT.strparam(value)
                         for key, value in dict(params, page=page).items()}
            best = dict.fromkeys(runs, float("inf"))
            for _ in range(args.repeat):
                for name, xslt in runs.items():  # interleaved: the machine's load hits both
                    started = time.perf_counter()
                    xslt(tree, **strparams)
                    best[name] = min(best[name], time.perf_counter() - started)
            this, other = best["this"] * 1000, best[args.before] * 1000
            print(f"  {page:14s} {this:7.1f}  {other:7.1f}  ratio {this / other:.2f}")


if __name__ == "__main__":
    main()
