"""A private Radicale CalDAV server on 127.0.0.1, for integration tests.

`RadicaleServer` runs `python -m radicale` as a subprocess (Radicale configures the
root logger; in-process it would change how the test suite captures logs) with its
configuration, storage and htpasswd file in a temp folder. Passwords are stored in
plain text (`htpasswd_encryption = plain`) and Radicale re-reads the file on every
login, so users can be added while it runs. `RadicaleUser` is what a test gets:
credentials and helpers that create calendars and PUT/DELETE events with plain
HTTP requests, independent of the code under test (which uses the caldav library).

See ../shared/TESTING-NOTES.md ("Radicale") for the reasons behind each setting.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"

_CONFIG = """\
# A private test instance (written by tests/servers/radicale.py).
[server]
hosts = {host}:{port}

[auth]
type = htpasswd
htpasswd_filename = {root}/users
htpasswd_encryption = plain
# Radicale sleeps 1 s after every failed login by default.
delay = 0

[rights]
type = owner_only

[storage]
filesystem_folder = {root}/collections

[web]
type = none

[logging]
level = warning
"""

_MKCALENDAR = """\
<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:set><D:prop><D:displayname>{name}</D:displayname></D:prop></D:set>
</C:mkcalendar>
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def radicale_installed() -> bool:
    try:
        import radicale  # noqa: F401
    except ImportError:
        return False
    return True


class RadicaleServer:
    """One Radicale process; `start()`, then `add_user()` per test, `cleanup()` at the end."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="radicale-"))
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None
        self._log = self.root / "radicale.log"
        (self.root / "users").write_text("")

    def start(self, timeout: float = 15.0) -> None:
        config = self.root / "config"
        config.write_text(_CONFIG.format(host=HOST, port=self.port, root=self.root))
        with self._log.open("wb") as log:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"radicale exited at start:\n{self._log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/.well-known/caldav", timeout=1):
                    return
            except urllib.error.HTTPError:
                return  # any HTTP answer (401, 404) means it listens
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"radicale did not start in {timeout} s:\n{self._log.read_text()}")

    def add_user(self) -> RadicaleUser:
        username = f"u{secrets.token_hex(4)}"
        password = f"pw-{secrets.token_hex(8)}"
        with (self.root / "users").open("a") as fh:
            fh.write(f"{username}:{password}\n")
        return RadicaleUser(self, username, password)

    def cleanup(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class RadicaleUser:
    server: RadicaleServer
    username: str
    password: str

    def calendar_url(self, name: str) -> str:
        return f"{self.server.base_url}/{self.username}/{name}/"

    def request(
        self, method: str, url: str, body: bytes = b"", content_type: str = ""
    ) -> tuple[int, dict[str, str], bytes]:
        """One HTTP request with basic auth; returns status, headers and body (no raise)."""
        auth = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        req = urllib.request.Request(url, data=body or None, method=method)
        req.add_header("Authorization", f"Basic {auth}")
        if content_type:
            req.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as exc:
            with contextlib.closing(exc):
                return exc.code, dict(exc.headers), exc.read()

    def make_calendar(self, name: str = "work") -> str:
        """MKCOL the user's collection (if needed), MKCALENDAR `name`; return its URL."""
        status, _, body = self.request("MKCOL", f"{self.server.base_url}/{self.username}/")
        if status not in (201, 405, 409):
            raise RuntimeError(f"MKCOL failed: {status} {body!r}")
        url = self.calendar_url(name)
        xml = _MKCALENDAR.format(name=name).encode()
        status, _, body = self.request("MKCALENDAR", url, xml, "application/xml")
        if status != 201:
            raise RuntimeError(f"MKCALENDAR failed: {status} {body!r}")
        return url

    def put_event(self, calendar_url: str, href_name: str, ics: str) -> int:
        """PUT `ics` as `calendar_url + href_name`; return the status (201/204 when stored)."""
        status, _, _ = self.request(
            "PUT", calendar_url + href_name, ics.encode(), "text/calendar; charset=utf-8"
        )
        return status

    def delete_event(self, calendar_url: str, href_name: str) -> int:
        status, _, _ = self.request("DELETE", calendar_url + href_name)
        return status
