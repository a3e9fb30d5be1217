# SPDX-License-Identifier: MIT
"""edition: plain-text article -> validated TEI P5 -> web and print editions."""

__version__ = "0.1.0"
APP_ID = "edition"  # xml:id of the application in encodingDesc; target of every @resp="#edition"

from edition import regex_cache as _regex_cache  # noqa: E402  (before the modules compile theirs)

_regex_cache.install()
