"""A tiny HTTP server on 127.0.0.1 that serves one .ics file like a calendar feed.

It sends ETag (a hash of the content) and Last-Modified (the file's time), answers a
matching If-None-Match or a fresh-enough If-Modified-Since with 304, and records every
request's headers so a test can see what the client sent.
"""

from __future__ import annotations

import hashlib
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"


class IcsHttpServer:
    """Serves `path` at `url` (under a secret-looking path); `start()` / `stop()`."""

    def __init__(self, path: Path, *, secret: str = "s3cr3t-token", validators: bool = True):
        self.path = path
        self.secret = secret
        self.validators = validators  # False: a server that sends neither ETag nor Last-Modified
        self.status = 200  # set e.g. 401 or 500 to answer every request with it
        self.requests: list[dict[str, str]] = []
        self.statuses: list[int] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((HOST, 0), self._handler())
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://{HOST}:{self.port}/private/{secret}/basic.ics"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    @property
    def count(self) -> int:
        return len(self.requests)

    def _record(self, headers: dict[str, str], status: int) -> None:
        with self._lock:
            self.requests.append(headers)
            self.statuses.append(status)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                if self.path != f"/private/{server.secret}/basic.ics":
                    self._answer(404, headers)
                    return
                if server.status != 200:
                    self._answer(server.status, headers)
                    return
                body = server.path.read_bytes()
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                mtime = int(server.path.stat().st_mtime)
                if server.validators and _not_modified(headers, etag, mtime):
                    self._answer(304, headers, extra={"ETag": etag})
                    return
                extra = {"Content-Type": "text/calendar; charset=utf-8"}
                if server.validators:
                    extra |= {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True)}
                self._answer(200, headers, body, extra)

            def _answer(
                self,
                status: int,
                headers: dict[str, str],
                body: bytes = b"",
                extra: dict[str, str] | None = None,
            ) -> None:
                server._record(headers, status)
                self.send_response(status)
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        return Handler


def _not_modified(headers: dict[str, str], etag: str, mtime: int) -> bool:
    # RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only when it is absent.
    if "if-none-match" in headers:
        tags = [t.strip() for t in headers["if-none-match"].split(",")]
        return etag in tags or "*" in tags
    if "if-modified-since" in headers:
        try:
            since = parsedate_to_datetime(headers["if-modified-since"]).timestamp()
        except (TypeError, ValueError):
            return False
        return mtime <= since
    return False
