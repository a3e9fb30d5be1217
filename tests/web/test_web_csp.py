# SPDX-License-Identifier: MIT
"""The pages' Content-Security-Policy in a real browser: a script that found its way into a
built page (an inline script, an event handler) does not run, while the site's own script does.

Each page names the policy in a meta element (xslt/html/shell.xsl). The page here is a copy of the
seed's built site, with the injection written into it after the build, as a missed escape or a
tampered file would put it there."""

from __future__ import annotations

import shutil

import lxml.html

from web_helpers import pages

INJECTED = ('<script>window.injected = "inline script"</script>'
            '<img src="missing.png" onerror="window.injected = \'event handler\'">')


def test_every_page_states_the_policy_first_in_its_head(site):
    for path in pages(site.root):
        head = lxml.html.fromstring(path.read_bytes()).find("head")
        policy = head.xpath("meta[@http-equiv='Content-Security-Policy']/@content")
        assert policy and "script-src 'self'" in policy[0], path
        assert "object-src 'none'" in policy[0] and "base-uri 'none'" in policy[0], path
        # WebAssembly only where Pagefind searches (the corpus's search page), never eval
        assert ("'wasm-unsafe-eval'" in policy[0]) == (path == site.root / "search.html"), path
        assert "'unsafe-eval'" not in policy[0] and "'unsafe-inline'" not in policy[0], path
        first = head.xpath("(script | link | style)[1]/preceding-sibling::meta"
                           "[@http-equiv='Content-Security-Policy']")
        assert first, f"{path}: the policy must come before any script or stylesheet"


def test_an_injected_inline_script_does_not_run(browser, site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site.root, copy)
    page_file = copy / site.name / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(html.replace("</main>", INJECTED + "</main>", 1), encoding="utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        # the browser's own report of each refusal, heard from before the page's first script
        page.add_init_script("window.refused = []; document.addEventListener("
                             "'securitypolicyviolation', e => refused.push(e.effectiveDirective))")
        page.goto(page_file.as_uri())
        page.wait_for_function("document.documentElement.classList.contains('js')")
        page.wait_for_function("window.refused.length >= 2")
        assert page.evaluate("window.injected") is None  # neither ran …
        # … because the policy refused both: the script element and the handler attribute
        assert sorted(page.evaluate("window.refused")) == ["script-src-attr", "script-src-elem"]
    finally:
        context.close()
