# SPDX-License-Identifier: MIT
"""``edition serve``: the editor's loop. The texts are built, their site served on 127.0.0.1, their
sources, editorial files and TEI inputs watched, and every change rebuilt and shown in the open
page at once.

    session.py  the loop: build (``edition.corpus.build_corpus``, which rebuilds only what
                changed and holds the output folder while it writes), watch, build again
    watch.py    which files matter, and their changes (watchfiles: the system's notifications)
    server.py   the HTTP server: the output folder's files, and nothing outside it; the reload
                script and the error overlay added to the pages it serves
    state.py    what the builds tell the pages: a new build to reload, the errors to show
    assets/     the reload script and the overlay's style, served from /__edition/

The reload machinery lives in the served responses only: the files in the output folder are
exactly those ``edition build`` writes. FOP stays warm between builds: every build runs in this
process (``edition.render.fop_warm`` keeps its JVM).
"""
