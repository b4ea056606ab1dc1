"""A tiny OAuth2 token-introspection endpoint (RFC 7662) on 127.0.0.1, for Dovecot's
oauth2 passdb: it makes a private Dovecot accept SASL XOAUTH2 logins.

Dovecot 2.3 posts `token=…` to `introspection_url` (introspection_mode = post) and
accepts the login when the JSON answer has `"active": true` and a `username` equal to
the login name. `OAuth2Introspection.tokens` maps each valid token to its user; any
other token is answered `{"active": false}` (as for an expired token).
`dovecot_config()` is the text to pass as `DovecotServer(extra_config=…)`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

HOST = "127.0.0.1"


class OAuth2Introspection:
    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.seen: list[str] = []  # every token Dovecot asked about, in order
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
                token = form.get("token", [""])[0]
                server.seen.append(token)
                user = server.tokens.get(token)
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{HOST}:{self.port}/introspect"
        # Dovecot's auth process (user dovecot) must read the settings file.
        self._dir = Path(tempfile.mkdtemp(prefix="oa", dir="/tmp"))
        self._dir.chmod(0o755)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def dovecot_config(self) -> str:
        """XOAUTH2 next to PLAIN/LOGIN, checked by an oauth2 passdb against this endpoint."""
        settings = self._dir / "dovecot-oauth2.conf.ext"
        settings.write_text(
            f"introspection_mode = post\n"
            f"introspection_url = {self.url}\n"
            f"force_introspection = yes\n"
            f"username_attribute = username\n"
            f"active_attribute = active\n"
            f"active_value = true\n"
        )
        settings.chmod(0o644)
        # A later auth_mechanisms replaces the fixture's "plain login"; the passwd-file
        # passdb fails a token (not the user's password) and Dovecot tries this one.
        return (
            "auth_mechanisms = plain login xoauth2 oauthbearer\n"
            "passdb {\n"
            "  driver = oauth2\n"
            "  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {settings}\n"
            "}\n"
        )
