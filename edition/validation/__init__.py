# SPDX-License-Identifier: MIT
"""Validating an edition against the project's schemas: RELAX NG, XML Schema, Schematron.

    >>> from edition.validation import validate_path
    >>> for problem in validate_path("build/article.xml"):
    ...     print(problem)            # build/article.xml:12:5: [sch] said/@who="#x" points at …

``validate_tree`` checks a tree in memory (the encoder's, before it is written);
``validate_path`` reads a file safely first (no DTD, no entities, no network) and reports a file
that cannot be read or is not XML as a problem of kind ``"xml"``. Each schema is compiled once
per process. Where the schemas are and how a TEI file points at them: ``schemas``.

``DEFAULT_KINDS`` are the checks ``edition validate`` runs unless asked for the XML Schema too:
``edition.xsd`` says the grammar of ``edition.rng`` again (tests/validation/test_grammars.py holds
the two to accepting and refusing the same documents), and building it costs the xmlschema
library about a second in each process, against milliseconds for the other two together.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.validation import rng, schematron, xsd
from edition.validation.problems import KINDS, Locator, Problem
from edition.validation.schemas import (SCHEMA_DIR, XML_MODEL, add_xml_model, install_schemas,
                                        xml_model_pis)
from edition.xmlsafe import parse_xml

__all__ = ["DEFAULT_KINDS", "KINDS", "Problem", "SCHEMA_DIR", "XML_MODEL", "add_xml_model",
           "install_schemas", "validate_bytes", "validate_path", "validate_tree", "xml_model_pis"]

CHECKS = {"rng": rng.check, "xsd": xsd.check, "sch": schematron.check}
DEFAULT_KINDS = ("rng", "sch")


def validate_tree(tree: etree._ElementTree | etree._Element, name: str = "<tree>",
                  kinds: tuple[str, ...] = KINDS, source: bytes | None = None) -> list[Problem]:
    """Every problem of ``tree`` for the checks ``kinds`` (``"rng"``, ``"xsd"``, ``"sch"``),
    in document order. ``name`` is the file name the problems carry; ``source``, the bytes the
    tree was parsed from, lets problems carry a column too."""
    if isinstance(tree, etree._Element):
        tree = tree.getroottree()
    unknown = set(kinds) - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown validation kind(s): {', '.join(sorted(unknown))}")
    locator = Locator(tree, name, source)
    problems = [p for kind in KINDS if kind in kinds for p in CHECKS[kind](tree, locator)]
    return sorted(problems, key=Problem.sort_key)


def validate_bytes(data: bytes, name: str = "<input>",
                   kinds: tuple[str, ...] = KINDS) -> list[Problem]:
    """Parse ``data`` safely and validate it; unsafe or ill-formed XML is one ``"xml"`` problem."""
    try:
        # collect_ids=False: a duplicate xml:id is for the validators to report, not the parser.
        tree = parse_xml(data, name, collect_ids=False)
    except EditionError as err:
        return [Problem(name, err.line, err.column, "xml", err.message)]
    return validate_tree(tree, name, kinds, source=data)


def validate_path(path: str | Path, kinds: tuple[str, ...] = KINDS) -> list[Problem]:
    """Validate the file at ``path``; a file that cannot be read is one ``"xml"`` problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [Problem(str(path), None, None, "xml", "no such file")]
    except IsADirectoryError:
        return [Problem(str(path), None, None, "xml", "is a directory, not an XML file")]
    except OSError as err:
        return [Problem(str(path), None, None, "xml", f"cannot read: {err.strerror or err}")]
    if not data.strip():
        return [Problem(str(path), None, None, "xml", "empty file, not XML")]
    return validate_bytes(data, str(path), kinds)
