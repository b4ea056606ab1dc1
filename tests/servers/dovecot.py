"""A private Dovecot 2.3 IMAP server on 127.0.0.1, for integration tests.

`DovecotServer` writes its own configuration into a short temp folder (unix sockets
must stay under 108 characters), keeps users in a passwd-file (re-read by Dovecot
when it changes, so users can be added while it runs) and stores mail as Maildir
owned by Debian's `mail` user (Dovecot refuses to access mail as uid 0).
`DovecotUser` is what a test gets: credentials, an `ImapAccount` factory and
helpers that talk to the server over a plain imapclient connection, independent
of the code under test.

See ../shared/TESTING-NOTES.md ("Dovecot") for the reasons behind each setting.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

from followupd.config import ImapAccount

HOST = "127.0.0.1"
USER_BATCH = 50
MAIL_UID = 8  # Debian's `mail` user and group
MAIL_GID = 8

_CONFIG = """\
# A private test instance (written by tests/servers/dovecot.py). Dovecot 2.3 syntax.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = {host}
ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {mail_uid}
mail_uid = {mail_uid}
mail_gid = {mail_gid}
mail_location = maildir:~/Maildir
default_vsz_limit = 512M

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
}}

namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
}}

# After a failed login every further one would wait 4.5 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

protocol imap {{
  mail_max_userip_connections = 100
}}
{extra}"""


_MAILBOX = """\
  mailbox "{name}" {{
    auto = subscribe
    special_use = \\{use}
  }}
"""
SPECIAL_USE = {
    "Drafts": "Drafts",
    "Sent": "Sent",
    "Trash": "Trash",
    "Junk": "Junk",
    "Archive": "Archive",
}


def find_binary(name: str) -> str | None:
    """`name` on PATH, or in /usr/sbin (not on PATH for every user)."""
    found = shutil.which(name)
    if found:
        return found
    sbin = Path("/usr/sbin") / name
    return str(sbin) if sbin.exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def wait_for_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited with {proc.returncode}:\n{_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.02)
    raise RuntimeError(f"dovecot did not listen on {HOST}:{port} within {timeout}s:\n{_tail(log)}")


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class DovecotServer:
    """One private Dovecot master process; `tls=True` adds a self-signed certificate.

    With TLS the plain port offers STARTTLS and `tls_port` speaks implicit TLS.
    `special_use` maps an RFC 6154 use (without the backslash) to the folder name
    that carries it, e.g. {"Drafts": "Brouillons"}; unnamed uses keep their default.
    `extra_config` is appended to the configuration as it is (e.g. an
    `imap_capability = …` line that leaves IDLE out).
    """

    def __init__(
        self,
        *,
        tls: bool = False,
        special_use: dict[str, str] | None = None,
        extra_config: str = "",
    ) -> None:
        self.binary = find_binary("dovecot")
        if self.binary is None:
            raise FileNotFoundError("dovecot")
        # mkdtemp makes a 0700 folder the auth process (user dovecot) cannot enter.
        self.root = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))
        self.root.chmod(0o755)
        self.tls = tls
        self.host = HOST
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.config = self.root / "dovecot.conf"
        self.users_file = self.root / "users"
        self.homes = self.root / "home"
        self.log = self.root / "dovecot.log"
        self.cert = self.root / "cert.pem"
        self.special_use = {**SPECIAL_USE, **(special_use or {})}
        self.extra_config = extra_config
        self._proc: subprocess.Popen[bytes] | None = None
        self._spare_users: list[DovecotUser] = []
        self._write_config()

    def _write_config(self) -> None:
        self.homes.mkdir()
        os.chown(self.homes, MAIL_UID, MAIL_GID)
        self.users_file.write_text("")
        self.users_file.chmod(0o644)
        ssl_files = ""
        if self.tls:
            key = self.root / "key.pem"
            subprocess.run(
                [
                    *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
                    *("-keyout", str(key), "-out", str(self.cert), "-subj", "/CN=localhost"),
                    *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
                ],
                check=True,
                capture_output=True,
            )
            ssl_files = f"ssl_cert = <{self.cert}\nssl_key = <{key}\n"
        self.config.write_text(
            _CONFIG.format(
                root=self.root,
                host=HOST,
                ssl="yes" if self.tls else "no",
                ssl_files=ssl_files,
                mail_uid=MAIL_UID,
                mail_gid=MAIL_GID,
                port=self.port,
                tls_port=self.tls_port,
                mailboxes="".join(
                    _MAILBOX.format(name=name, use=use) for use, name in self.special_use.items()
                ),
                extra=self.extra_config,
            )
        )
        doveconf = find_binary("doveconf") or "doveconf"
        check = subprocess.run(
            [doveconf, "-c", str(self.config), "-n"], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            raise RuntimeError(f"doveconf rejected {self.config}:\n{check.stderr}")

    def start(self, timeout: float = 15.0) -> None:
        assert self.binary is not None
        with (self.root / "stdout").open("ab") as out, (self.root / "stderr").open("ab") as err:
            # A new session: stopping signals the whole group (IDLE sessions included),
            # and redirected stdio keeps a caller that captures output from hanging.
            self._proc = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        wait_for_port(self.port, self._proc, self.log, timeout)
        if self.tls_port:
            wait_for_port(self.tls_port, self._proc, self.log, timeout)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def doveadm(self, *args: str, ok: Sequence[int] = (0,)) -> str:
        doveadm = find_binary("doveadm") or "doveadm"
        proc = subprocess.run(
            [doveadm, "-c", str(self.config), *args], capture_output=True, text=True, check=False
        )
        if proc.returncode not in ok:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout

    def add_user(self) -> DovecotUser:
        """A user nobody used before, with an empty mailbox.

        Dovecot re-reads the passwd-file at most about once a second, so users are
        written ahead in batches: most tests get one that is already known.
        """
        if not self._spare_users:
            fresh = [self._write_user() for _ in range(USER_BATCH)]
            if self._proc is not None:
                self._wait_until_known(fresh[-1])
            self._spare_users.extend(fresh)
        return self._spare_users.pop(0)

    def _write_user(self) -> DovecotUser:
        username = f"u{secrets.token_hex(4)}"
        password = f"pw-{secrets.token_urlsafe(12)}"
        # user:{scheme}password:uid:gid:gecos:home:shell — uid/gid empty: mail_uid/mail_gid.
        with self.users_file.open("a") as fh:
            fh.write(f"{username}:{{PLAIN}}{password}::::{self.homes / username}::\n")
        return DovecotUser(server=self, username=username, password=password)

    def _wait_until_known(self, user: DovecotUser, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.doveadm("auth", "test", user.username, user.password)
                return
            except RuntimeError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


@dataclass
class DovecotUser:
    """One mailbox on a DovecotServer, with helpers independent of followupd's code."""

    server: DovecotServer
    username: str
    password: str
    # The state file of the followupd a test set up for this mailbox (make_settings,
    # write_config): it says which rule wrote which draft, as drafts carry no marker.
    state: Path | None = None

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def maildir(self) -> Path:
        return self.server.homes / self.username / "Maildir"

    def account(self, **overrides: Any) -> ImapAccount:
        """An ImapAccount for this user (plain IMAP on loopback unless overridden)."""
        fields: dict[str, Any] = {
            "host": HOST,
            "port": self.port,
            "security": "none",
            "username": self.username,
            "password": self.password,
            "timeout": 10.0,
        }
        fields.update(overrides)
        return ImapAccount(**fields)

    @contextlib.contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A plain, logged-in imapclient connection."""
        client = IMAPClient(HOST, self.port, ssl=False, timeout=10)
        try:
            client.login(self.username, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, folder: str, raw: bytes, flags: Sequence[str | bytes] = ()) -> int:
        """Append one message; returns its UID (Dovecot has UIDPLUS)."""
        with self.client() as c:
            resp = c.append(folder, raw, flags=tuple(flags))
        return _appenduid(resp)

    def append_many(self, folder: str, raws: Sequence[bytes], batch: int = 200) -> None:
        """Append many messages with MULTIAPPEND (one round trip per `batch`)."""
        with self.client() as c:
            for i in range(0, len(raws), batch):
                c.multiappend(folder, list(raws[i : i + batch]))

    def snapshot(self, folder: str) -> dict[int, tuple[bytes, ...]]:
        """UID → flags of every message in `folder` (read with EXAMINE)."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            if not uids:
                return {}
            resp = c.fetch(uids, ["FLAGS"])
        return {uid: tuple(sorted(data[b"FLAGS"])) for uid, data in resp.items()}

    def list_messages(self, folder: str) -> list[bytes]:
        """Every message in `folder` in UID order, read with BODY.PEEK[]."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            resp = c.fetch(uids, ["BODY.PEEK[]"])
        return [resp[uid][b"BODY[]"] for uid in uids]

    def messages_of_rule(
        self, folder: str, rule: str, state: Path | None = None
    ) -> list[EmailMessage]:
        """The messages in `folder` that followupd wrote for `rule`: a note by its
        X-Followupd-Rule marker; a draft (which carries none) by its Message-ID, which
        the state file `state` maps to the rule."""
        state = state or self.state
        ids = letter_ids(state, rule) if state is not None else set()
        out = []
        for raw in self.list_messages(folder):
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if not isinstance(msg, EmailMessage):
                continue
            if msg["X-Followupd-Rule"] == rule or str(msg["Message-ID"] or "").strip() in ids:
                out.append(msg)
        return out

    def uidvalidity(self, folder: str) -> int:
        with self.client() as c:
            value: int = c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"]
            return value

    def set_uidvalidity(self, folder: str, value: int) -> None:
        """Change a folder's UIDVALIDITY the way a server-side re-creation would."""
        self.server.doveadm(
            "mailbox", "update", "-u", self.username, "--uid-validity", str(value), folder
        )

    def create_folder(self, folder: str) -> None:
        with self.client() as c:
            c.create_folder(folder)

    def restart(self) -> None:
        self.server.restart()

    def kick(self) -> None:
        """Drop this user's sessions (doveadm kick), as a server restart would."""
        self.server.doveadm("kick", self.username, ok=(0, 68))  # 68: nobody was connected


def letter_ids(state: Path, rule: str) -> set[str]:
    """The Message-IDs of the letters the state file says `rule` wrote."""
    return {mid for mid, r in letter_rules(state).items() if r == rule}


def letter_rules(state: Path) -> dict[str, str]:
    """Message-ID → rule of every letter in the state file (read-only: a running daemon
    may hold the file; a file not made yet knows none)."""
    try:
        db = sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=10)
        try:
            rows = db.execute(
                "SELECT l.message_id, i.rule_id FROM letters l JOIN intents i ON i.key = l.key"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.OperationalError:
        return {}
    return {str(mid): str(rule) for mid, rule in rows}


def _appenduid(resp: bytes) -> int:
    # b"[APPENDUID <uidvalidity> <uid>] Append completed."
    parts = resp.split(b"APPENDUID", 1)[1].split(b"]", 1)[0].split()
    return int(parts[1])
