# SPDX-License-Identifier: MIT
"""Where the project's schemas are, and how an edition points at them.

The schemas live in ``schema/`` at the top of the repository (the package is installed in place,
``pip install -e``). An edition refers to them with two ``<?xml-model?>`` processing
instructions, as the W3C's "Associating Schemas with XML documents" and the TEI recommend, so
that oXygen, jEdit or Emacs validate it as it is edited.

The ``href`` is relative, ``schema/edition.rng``: there is no stable URL to publish the
schemas at, a path into someone's checkout would make the output depend on where it was
made (the same input must give byte-identical TEI), and a relative path keeps a published
edition self-contained: whoever writes a TEI file into a directory puts the schemas beside it
with ``install_schemas(directory)``, giving ``directory/schema/edition.rng`` etc.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from edition.errors import EditionError

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "schema"
RNG = SCHEMA_DIR / "edition.rng"
RNC = SCHEMA_DIR / "edition.rnc"
XSD = SCHEMA_DIR / "edition.xsd"
XML_XSD = SCHEMA_DIR / "xml.xsd"
SCH = SCHEMA_DIR / "edition.sch"

# What an edition's directory gets (install_schemas) and its xml-model PIs point at.
HREF_DIR = "schema"
SHIPPED = ("edition.rng", "edition.rnc", "edition.xsd", "xml.xsd", "edition.sch")
RELAXNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"

# The processing instructions' contents, in the order they go before the root element.
XML_MODEL = (
    f'href="{HREF_DIR}/edition.rng" type="application/xml" schematypens="{RELAXNG_NS}"',
    f'href="{HREF_DIR}/edition.sch" type="application/xml" schematypens="{SCHEMATRON_NS}"',
)


def schema_file(path: Path) -> Path:
    """``path``, or a clear error when the package was installed without its schemas."""
    if not path.is_file():
        raise EditionError(f"schema file missing: {path} (install edition from its repository, "
                           "pip install -e .)")
    return path


def xml_model_pis() -> list[etree._ProcessingInstruction]:
    """New ``<?xml-model?>`` processing instructions, to put before the root element."""
    return [etree.ProcessingInstruction("xml-model", text) for text in XML_MODEL]


def add_xml_model(tree: etree._ElementTree | etree._Element) -> None:
    """Put the ``<?xml-model?>`` PIs before the root of ``tree``, unless they are there already
    (calling it twice changes nothing)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    present = {pi.text for pi in root.itersiblings(preceding=True)
               if isinstance(pi, etree._ProcessingInstruction) and pi.target == "xml-model"}
    for pi in xml_model_pis():
        if pi.text not in present:
            root.addprevious(pi)


def install_schemas(directory: str | Path) -> Path:
    """Copy the schemas into ``directory/schema/`` (where the PIs of a TEI file written to
    ``directory`` point); returns that folder. Safe to call again."""
    target = Path(directory) / HREF_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        shutil.copyfile(schema_file(SCHEMA_DIR / name), target / name)
    return target
