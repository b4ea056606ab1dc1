"""A real mail client for tests: neomutt over IMAP and SMTP, driven in a private tmux.

`Neomutt` writes a muttrc for one Dovecot user (Drafts as `postponed`, Sent as
`record`, an SMTP server to send through, an editor script), starts neomutt in
a tmux server of its own (`tmux -S SOCKET`, so no other session is touched), and
lets a test press keys and read the screen (`tmux capture-pane -p`). HOME is a
temp folder: nothing of the real user's configuration or history is read or
written. See ../shared/TESTING-NOTES.md ("A real mail client on the drafts").
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tests.servers.dovecot import DovecotUser

MUTTRC = """\
set folder = "imap://127.0.0.1:{port}/"
set imap_user = "{username}"
set imap_pass = "{password}"
set spoolfile = "+INBOX"
set postponed = "+Drafts"
set record = "+Sent"
set copy = yes
set smtp_url = "smtp://127.0.0.1:{smtp_port}/"
set ssl_starttls = no
set ssl_force_tls = no
set from = "{email}"
set realname = "{name}"
set use_from = yes
set hostname = "{domain}"
set editor = "{editor}"
set sleep_time = 0
set timeout = 1
set mail_check = 5
set confirmappend = no
set move = no
set save_history = 0
set header_cache = ""
set message_cachedir = ""
"""

# The user's edit: one line added at the end of the body (once, however often the
# editor is opened).
EDITOR = """\
#!/bin/sh
grep -q "{line}" "$1" || printf '\\n{line}\\n' >> "$1"
"""


class Neomutt:
    def __init__(
        self,
        user: DovecotUser,
        folder: Path,
        *,
        smtp_port: int,
        name: str,
        email: str,
        added_line: str,
    ) -> None:
        self.binary = shutil.which("neomutt")
        self.tmux = shutil.which("tmux")
        if self.binary is None or self.tmux is None:
            raise FileNotFoundError("neomutt" if self.binary is None else "tmux")
        self.folder = folder
        self.home = folder / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        editor = folder / "edit.sh"
        editor.write_text(EDITOR.format(line=added_line))
        editor.chmod(0o755)
        self.muttrc = folder / "muttrc"
        self.muttrc.write_text(
            MUTTRC.format(
                port=user.port,
                username=user.username,
                password=user.password,
                smtp_port=smtp_port,
                email=email,
                name=name,
                domain=email.partition("@")[2],
                editor=editor,
            )
        )
        self.socket = folder / "tmux.sock"
        self.session = "mail"

    def _tmux(self, *args: str) -> str:
        assert self.tmux is not None
        proc = subprocess.run(
            [self.tmux, "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            check=False,
            env=self._env(),
            timeout=30,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "MUTT", "NEOMUTT"))}
        env.update(HOME=str(self.home), TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        return env

    def start(self) -> None:
        command = f"{self.binary} -n -F {self.muttrc}"
        self._tmux("new-session", "-d", "-s", self.session, "-x", "150", "-y", "45", command)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", self.session, *keys)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """The screen once it shows `text`; RuntimeError with the screen if it never does."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise RuntimeError(f"neomutt never showed {text!r}; the screen:\n{screen}")

    def wait_until(self, done: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
        """Wait until `done()` (something the client did shows elsewhere: a server got
        mail); RuntimeError with the screen if it never does."""
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError(f"neomutt never {what}; the screen:\n{self.screen()}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.socket.exists():
            with contextlib.suppress(RuntimeError):  # already gone
                self._tmux("kill-server")
