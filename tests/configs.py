"""Configuration files for tests and benchmarks that run followupd against a test Dovecot."""

from __future__ import annotations

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
) -> Path:
    """A config.toml in `folder` for Jordan Lee's account on the test server (plain IMAP on
    loopback), with the state file beside it. Returns its path."""
    rules_table = f'[rules]\npaths = ["{rules}"]\n' if rules else ""
    path = folder / "config.toml"
    path.write_text(
        f"""
[user]
name = "Jordan Lee"
email = "jordan.lee@example.org"
timezone = "Europe/Berlin"

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
