"""Configuration files for tests and benchmarks that run followupd against a test Dovecot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.servers.dovecot import DovecotUser


def write_config(
    user: DovecotUser,
    folder: Path,
    *,
    password: str | None = None,
    rules: Path | None = None,
    lookback_days: int = 3650,
    extra: str = "",
    user_name: str = "Jordan Lee",
    user_email: str = "jordan.lee@example.org",
    timezone: str = "Europe/Berlin",
) -> Path:
    """A config.toml in `folder` for the user's account on the test server (plain IMAP on
    loopback; Jordan Lee in Berlin unless told), with the state file beside it. Returns
    its path."""
    rules_table = f'[rules]\npaths = ["{rules}"]\n' if rules else ""
    user.state = folder / "state.sqlite3"
    path = folder / "config.toml"
    path.write_text(
        f"""
[user]
name = "{user_name}"
email = "{user_email}"
timezone = "{timezone}"

[state]
path = "{folder / "state.sqlite3"}"

{rules_table}
[accounts.work]
host = "127.0.0.1"
port = {user.port}
security = "none"
username = "{user.username}"
password = "{password or user.password}"
lookback_days = {lookback_days}
timeout = 5
{extra}
"""
    )
    path.chmod(0o600)
    return path


def run_cli(*args: str, cfg: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`followupd --config CFG ARGS…` in a child process, as a user would run it: no
    FOLLOWUPD_* variables from the test environment, XDG paths beside the config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUPD_")}
    env["XDG_CONFIG_HOME"] = str(cfg.parent / "xdg")
    return subprocess.run(
        [sys.executable, "-m", "followupd", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
