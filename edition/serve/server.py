# SPDX-License-Identifier: MIT
"""The HTTP server of ``edition serve``: the files of the output folder on 127.0.0.1, with the
reload script and the error overlay added to each page as it is sent (never to the file).

Only files inside the output folder are served: a path with a ``..`` or hidden segment (the
build's ``.edition-*`` files), or one that resolves outside the folder (a symbolic link), is
answered 404. The server's own files are under ``/__edition/``, a name no built file can have
(documents' names begin with a letter or ``_`` and have no ``/``; see ``edition.build``)."""

from __future__ import annotations

import errno
import html
import mimetypes
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from edition.errors import EditionError
from edition.serve.state import State

HOST = "127.0.0.1"  # the editor's machine only: nothing is served to the network
PREFIX = "/__edition/"
EVENTS = PREFIX + "events"  # server-sent events: the site's version, again when it changes
ASSETS = Path(__file__).resolve().parent / "assets"
OWN_FILES = {PREFIX + "reload.js": "text/javascript; charset=utf-8",
             PREFIX + "serve.css": "text/css; charset=utf-8"}
KEEP_ALIVE = 15.0  # seconds between comments on an idle event stream: a closed page is noticed
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".xml": "application/xml",
         ".fo": "application/xml", ".json": "application/json", ".svg": "image/svg+xml",
         ".pdf": "application/pdf", ".rng": "application/xml", ".sch": "application/xml",
         ".xsd": "application/xml", ".rnc": "text/plain; charset=utf-8"}


def site_file(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` that ``url_path`` (still %-encoded) names, a folder's
    ``index.html`` for a folder; None for anything else: missing, hidden, or outside ``root``."""
    parts = [part for part in unquote(url_path, errors="strict").split("/") if part]
    if any(part.startswith(".") or "\\" in part or "\0" in part for part in parts):
        return None  # '..', '.', and the build's own hidden files
    top = root.resolve()
    path = _inside(top, top.joinpath(*parts))
    if path is not None and path.is_dir():
        path = _inside(top, path / "index.html")
    return path if path is not None and path.is_file() else None


def _inside(top: Path, path: Path) -> Path | None:
    """``path`` resolved, if it is there and inside ``top`` (no link leads out)."""
    try:
        path = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        return None
    return path if path == top or top in path.parents else None


def inject(page: bytes, version: str, errors: tuple[str, ...]) -> bytes:
    """``page`` as served: the reload script and the overlay's style at the end of its head
    (after the Content-Security-Policy, which allows scripts from the site's own origin), and
    the errors of the last build, if any, first in its body."""
    tags = (f'<link rel="stylesheet" href="{PREFIX}serve.css">'
            f'<script src="{PREFIX}reload.js?version={quote(version)}" defer></script>').encode()
    head = re.search(rb"</head\s*>", page, re.IGNORECASE)
    if head:
        page = page[:head.start()] + tags + page[head.start():]
    else:
        page = tags + page
    if errors:
        body = re.search(rb"<body\b[^>]*>", page, re.IGNORECASE)
        at = body.end() if body else len(page)
        page = page[:at] + overlay(errors) + page[at:]
    return page


def overlay(errors: tuple[str, ...]) -> bytes:
    """The errors of the last build, over the last good page."""
    shown = "\n".join(html.escape(error) for error in errors)
    return ('<aside id="edition-serve-errors" role="alert" '
            'aria-labelledby="edition-serve-errors-title">'
            '<h2 id="edition-serve-errors-title">The last change did not build</h2>'
            '<p>This page is as last built. Fix the error and save: it reloads.</p>'
            f"<pre>{shown}</pre></aside>").encode()


def missing_page(path: str, version: str, errors: tuple[str, ...]) -> bytes:
    """What a path with no file shows: the build's errors (a first build that failed has no
    page to show them over), or that there is no such page; it reloads when the site changes."""
    page = ('<!DOCTYPE html>\n<html lang="en"><head>'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">"
            f"<title>Not built: {html.escape(path)}</title></head><body>"
            f"<main><h1>No page at {html.escape(path)}</h1>"
            f'<p><a href="/">The list of articles</a></p></main></body></html>')
    return inject(page.encode(), version, errors)


class Handler(BaseHTTPRequestHandler):
    server: SiteServer
    server_version = "edition-serve"
    protocol_version = "HTTP/1.0"  # one request per connection: an event stream ends with it

    def do_GET(self) -> None:
        self.respond(send_body=True)

    def do_HEAD(self) -> None:
        self.respond(send_body=False)

    def respond(self, send_body: bool) -> None:
        url = urlsplit(self.path)
        if url.path == EVENTS and send_body:
            return self.events()
        if url.path in OWN_FILES:
            body = (ASSETS / url.path[len(PREFIX):]).read_bytes()
            return self.send(HTTPStatus.OK, OWN_FILES[url.path], body, send_body)
        version, errors = self.server.state.snapshot()
        try:
            path = site_file(self.server.root, url.path)
        except UnicodeDecodeError:  # %-escapes that are not UTF-8: no file has such a name
            path = None
        if path is None:
            return self.send(HTTPStatus.NOT_FOUND, TYPES[".html"],
                             missing_page(url.path, version, errors), send_body)
        if not url.path.endswith("/") and path.parent == self.folder(url.path):
            # a folder without its "/": the links of its index are relative to it
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", url.path + "/" + (f"?{url.query}" if url.query else ""))
            self.send_header("Content-Length", "0")
            return self.end_headers()
        try:
            body = path.read_bytes()
        except OSError:  # replaced or removed since it was found: as if never there
            return self.send(HTTPStatus.NOT_FOUND, TYPES[".html"],
                             missing_page(url.path, version, errors), send_body)
        kind = TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] \
            or "application/octet-stream"
        if path.suffix.lower() in (".html", ".htm"):
            body = inject(body, version, errors)
        self.send(HTTPStatus.OK, kind, body, send_body)

    def folder(self, url_path: str) -> Path | None:
        """The folder ``url_path`` names, once ``site_file`` has found it inside the root."""
        folder = self.server.root.resolve().joinpath(*unquote(url_path).split("/"))
        return folder.resolve() if folder.is_dir() else None

    def send(self, status: HTTPStatus, kind: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")  # the files change under the browser
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def events(self) -> None:
        """The site's version now, and again each time it changes, until the page goes."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = None
        try:
            self.wfile.write(b"retry: 500\n\n")  # reconnect soon after a restart
            while True:
                version = self.server.state.wait(seen, KEEP_ALIVE)
                if version is None:
                    return
                self.wfile.write(f"data: {version}\n\n".encode() if version != seen
                                 else b": still here\n\n")
                self.wfile.flush()
                seen = version
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal is for builds and their errors


class SiteServer(ThreadingHTTPServer):
    """Serves ``root`` on 127.0.0.1:``port`` (0: a free port) in a thread of its own."""

    daemon_threads = True  # a page's open event stream does not hold the process at its end

    def __init__(self, root: Path, state: State, port: int = 0):
        self.root = root
        self.state = state
        try:
            super().__init__((HOST, port), Handler)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise EditionError(f"port {port} is in use: give another with --port, or none "
                                   "to have a free one chosen") from None
            raise EditionError(f"cannot serve on {HOST}:{port}: {err.strerror or err}") from None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="edition-serve",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.state.close()  # ends the event streams, which would otherwise hold their threads
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        self.server_close()
