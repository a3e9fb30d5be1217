# SPDX-License-Identifier: MIT
from edition.cli import run

run()
