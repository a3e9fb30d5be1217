# SPDX-License-Identifier: MIT
from edition.cli import main

main()
