# SPDX-License-Identifier: MIT
"""``review.html``: the review of the encoder's own judgements (``edition.review``) as a page of
the web build, for the editor — beside the text's pages, linked from none of them, kept out of
search engines. Each decision with its place, the words around it, and the ``[[override]]`` lines
that confirm or change it, ready to copy."""

from __future__ import annotations

from lxml import etree
from lxml.html import builder as H

from edition.review import KINDS, TITLES, Item

# as the reader's pages (xslt/html/shell.xsl): nothing runs but the site's own files
CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'")


def review_page(items: list[Item], name: str, title: str) -> bytes:
    body = [H.H1(f"Review of the encoding: {title}"),
            H.P(f"{len(items)} decision(s) the encoder took on its own. Copy the lines that "
                "confirm or change a decision into the editorial file ",
                H.CODE(f"{name}.toml"), " and build again: a confirmed decision is the editor's "
                "and leaves this page. This page is for the editor; no page of the edition "
                "links to it.")]
    toc = []
    for kind in KINDS:
        group = [i for i in items if i.kind == kind]
        if not group:
            continue
        toc.append(H.LI(H.A(f"{TITLES[kind]} ({len(group)})", href=f"#review-{kind}")))
        section = H.SECTION(H.H2(f"{TITLES[kind]} ({len(group)})"), id=f"review-{kind}")
        for item in group:
            section.append(H.DIV(
                H.P(H.STRONG(f"line {item.line}, column {item.column}"), " — ",
                    item.value or "refers to no work", f" [{item.rule}]"),
                H.BLOCKQUOTE(f"… {item.context} …"),
                H.P("Confirm:"), H.PRE(item.toml(confirm=True)),
                H.P("Change:"), H.PRE(item.toml(confirm=False)),
                H.CLASS("review-item")))
        body.append(section)
    if toc:
        body.insert(2, H.NAV(H.UL(*toc)))
    page = H.HTML(
        H.HEAD(H.META(charset="utf-8"),
               etree.Element("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}),
               H.META(name="robots", content="noindex, nofollow"),
               H.META(name="viewport", content="width=device-width, initial-scale=1"),
               H.TITLE(f"Review: {title}"),
               H.LINK(rel="stylesheet", href="../assets/edition.css")),
        H.BODY(H.MAIN(*body, H.CLASS("review")) if body else H.MAIN()),
        lang="en")
    return b"<!DOCTYPE html>\n" + etree.tostring(page, method="html", encoding="utf-8")
