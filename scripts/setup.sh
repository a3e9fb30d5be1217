#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian/Ubuntu machine and builds the seeds' editions into build/
# (TEI, schemas, XSL-FO, PDF).
#   bash scripts/setup.sh            system packages, the Python package, then the seed's edition
#   bash scripts/setup.sh --no-build only the set-up
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Apache FOP and a font with every glyph the texts need (print edition),
# poppler-utils (PDF tests), jing (second-opinion RELAX NG validation), Chromium (web tests),
# xsltproc and Saxon HE (the benchmarks in bench/ compare against them), EPUBCheck (EPUB tests).
APT_PACKAGES="fop fonts-linuxlibertine poppler-utils jing chromium xsltproc libsaxonhe-java default-jre-headless epubcheck"
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "== installing system packages: $APT_PACKAGES"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $APT_PACKAGES >/dev/null
else
  echo "setup: no apt-get here; install these yourself: $APT_PACKAGES" >&2
fi

echo "== installing the edition package"
python3 -m pip install -q --disable-pip-version-check -e '.[test]'

# FOP's JVM maps its classes from an archive that the first JVM to run FOP writes as it ends
# (edition/render/fop_cds.py): one print edition here, so that no later build pays for it.
echo "== FOP's class-data archive (~/.cache/edition/fop-cds/)"
cds_out=$(mktemp -d)
python3 -m edition build seeds/healy-1988-how-stalin-betrayed-october.txt -o "$cds_out" --pdf \
  --no-web --no-epub -q >/dev/null 2>&1 || echo "setup: FOP did not run; no class archive made" >&2
rm -rf "$cds_out"

if [ "${1:-}" != "--no-build" ]; then
  echo "== building the seed's edition into build/"
  mkdir -p build
  for source in seeds/*.txt; do
    name=$(basename "$source" .txt)
    edition build "$source" -o build
    edition verify "$source" "build/$name.xml"
    edition validate "build/$name.xml"
  done
fi
