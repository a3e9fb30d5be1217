# SPDX-License-Identifier: MIT
"""The web edition's citation as data, for reference managers: CSL-JSON and BibTeX.

Both say what the pages' "How to cite" says (xslt/html/cite.xsl), from the same teiHeader: the
article (author, title) as its source printed it (periodical, volume, issue, date), then this
edition: its one date (``available-date``, the date print gives too), a version only where the
header declares one (editionStmt/edition/@n), an editor only where it names one, the publisher,
and the address (``URL``) only where the site's is known (``--base-url``, or the TEI's
publicationStmt/idno type="URL" from the editorial file). The access date is the reader's, so
neither file has one.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from edition.tei.ns import TEI_NS

_NS = {"t": TEI_NS}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _first(root: etree._Element, path: str) -> etree._Element | None:
    found = root.xpath(path, namespaces=_NS)
    return found[0] if found else None


def site_url(tree: etree._ElementTree, base_url: str = "") -> str:
    """Where the site is published, ending in '/': ``base_url``, else the TEI's own
    publicationStmt/idno type="URL" (an http(s) address); '' when neither is known."""
    url = base_url or _text(_first(tree.getroot(), "t:teiHeader/t:fileDesc/t:publicationStmt"
                                                   "/t:idno[@type = 'URL']"))
    if not re.match(r"^https?://", url):
        return ""
    return url if url.endswith("/") else url + "/"


def _name(name: str) -> dict[str, str]:
    """A personal name as CSL gives it: the last word the family name ("Gerry Healy")."""
    given, _, family = name.rpartition(" ")
    return {"family": family, "given": given} if given else {"literal": name}


def _date_parts(when: str) -> list[int]:
    return [int(part) for part in when.split("-")[:3] if part.isdigit()]


def item(tree: etree._ElementTree, name: str, date: str, base_url: str = "") -> dict:
    """The CSL-JSON item of the edition of ``tree`` (folder ``name`` in the site) of ``date``."""
    root = tree.getroot()
    header = _first(root, "t:teiHeader")
    file_desc = _first(header, "t:fileDesc")
    source = _first(file_desc, "t:sourceDesc/t:bibl[@type = 'source'] | t:sourceDesc/t:bibl")
    found: dict = {"id": name}
    journal = _first(source, "t:title[@level = 'j']") if source is not None else None
    found["type"] = "article-journal" if journal is not None else "article"
    found["title"] = _text(_first(file_desc, "(t:titleStmt/t:title[@type = 'main']"
                                             " | t:titleStmt/t:title)[1]"))
    authors = [_text(a) for a in file_desc.xpath("t:titleStmt/t:author", namespaces=_NS)]
    if authors:
        found["author"] = [_name(a) for a in authors]
    editors = [_text(e) for e in file_desc.xpath("t:titleStmt/t:editor", namespaces=_NS)]
    if editors:  # a person or a body ("The edition project"): kept whole
        found["editor"] = [{"literal": e} for e in editors]
    if journal is not None:
        found["container-title"] = _text(journal)
    for unit, key in (("volume", "volume"), ("issue", "issue"), ("page", "page")):
        scope = _first(source, f"t:biblScope[@unit = '{unit}']") if source is not None else None
        if scope is not None:
            found[key] = _text(scope)
    when = source.xpath("string(t:date/@when)", namespaces=_NS) if source is not None else ""
    if _date_parts(when):
        found["issued"] = {"date-parts": [_date_parts(when)]}
    found["medium"] = "Web edition"
    found["available-date"] = {"date-parts": [_date_parts(date)]}
    version = _first(file_desc, "t:editionStmt/t:edition")
    if version is not None and (version.get("n") or _text(version)):
        found["version"] = version.get("n") or _text(version)
    publisher = _text(_first(file_desc, "t:publicationStmt/t:publisher"))
    if publisher:
        found["publisher"] = publisher
    url = site_url(tree, base_url)
    if url:
        found["URL"] = f"{url}{name}/index.html"
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if language:
        found["language"] = language
    return found


def csl_json(found: dict) -> bytes:
    """The item as a CSL-JSON file (a list of one item)."""
    return (json.dumps([found], ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


def _bibtex_value(value: str) -> str:
    """A field's value in braces, BibTeX's special characters escaped (UTF-8 kept)."""
    escaped = _BIBTEX_SPECIAL.sub(lambda m: {"\\": r"\textbackslash{}", "^": r"\^{}",
                                             "~": r"\~{}"}.get(m.group(1), "\\" + m.group(1)),
                                  value)
    return "{" + escaped + "}"


def _bibtex_names(names: list[dict[str, str]]) -> str:
    return " and ".join(f"{n['family']}, {n['given']}" if "family" in n else "{" + n["literal"] + "}"
                        for n in names)


def bibtex(found: dict) -> bytes:
    """The item as a BibTeX entry (@article), the edition's date, version and medium in
    its note."""
    fields: list[tuple[str, str]] = []
    if "author" in found:
        fields.append(("author", "{" + _bibtex_names(found["author"]) + "}"))
    fields.append(("title", _bibtex_value(found["title"])))
    if "container-title" in found:
        fields.append(("journal", _bibtex_value(found["container-title"])))
    for key, field in (("volume", "volume"), ("issue", "number"), ("page", "pages")):
        if key in found:
            fields.append((field, _bibtex_value(found[key])))
    issued = found.get("issued", {}).get("date-parts", [[]])[0]
    if issued:
        fields.append(("year", str(issued[0])))
        if len(issued) > 1 and 1 <= issued[1] <= 12:
            fields.append(("month", _MONTHS[issued[1] - 1]))
    if "editor" in found:
        fields.append(("editor", "{" + _bibtex_names(found["editor"]) + "}"))
    if "publisher" in found:
        fields.append(("publisher", _bibtex_value(found["publisher"])))
    available = "-".join(f"{p:02d}" if i else str(p)
                         for i, p in enumerate(found["available-date"]["date-parts"][0]))
    note = f"{found['medium']} of {available}"
    if "version" in found:
        note += f", version {found['version']}"
    fields.append(("note", _bibtex_value(note)))
    if "URL" in found:
        fields.append(("url", "{" + found["URL"] + "}"))
    if "language" in found:
        fields.append(("language", _bibtex_value(found["language"])))
    kind = "article" if found["type"] == "article-journal" else "misc"
    key = re.sub(r"[^A-Za-z0-9_:.-]", "-", found["id"])
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{kind}{{{key},\n{body}\n}}\n".encode("utf-8")
