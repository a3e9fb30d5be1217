# SPDX-License-Identifier: MIT
"""The TEI namespace and a small element factory, so builders read like the TEI they make."""

from __future__ import annotations

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
NSMAP = {None: TEI_NS}


def tei(tag: str) -> str:
    """Clark notation of a TEI element name: ``tei("p")`` -> ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI_NS}}}{tag}"


def E(tag: str, *children, **attrib) -> etree._Element:
    """A TEI element: ``E("title", "Text", level="j")``; ``xml_id=``/``xml_lang=`` set xml:*."""
    el = etree.Element(tei(tag), nsmap=NSMAP if tag == "TEI" else None)
    for key, value in attrib.items():
        if value is None:
            continue
        key = {"xml_id": XML_ID, "xml_lang": XML_LANG}.get(key, key.rstrip("_"))
        el.set(key, str(value))
    for child in children:
        append(el, child)
    return el


def SubE(parent: etree._Element, tag: str, *children, **attrib) -> etree._Element:
    el = E(tag, *children, **attrib)
    parent.append(el)
    return el


def append(parent: etree._Element, child) -> None:
    """Append an element or a string (as text or as the last child's tail)."""
    if child is None or child == "":
        return  # (nothing: an empty element stays <lb/>, not <lb></lb>)
    if isinstance(child, str):
        try:
            last = parent[-1]  # not len(parent): lxml counts the children one by one
        except IndexError:
            parent.text = (parent.text or "") + child
        else:
            last.tail = (last.tail or "") + child
    else:
        parent.append(child)
