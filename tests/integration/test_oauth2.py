"""SASL XOAUTH2 against a real Dovecot whose oauth2 passdb asks a local introspection
endpoint: a token from oauth2_token_command logs in; a refused (expired) token makes
followupd run the command once more and retry once; a token never appears in a
message or a log line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from followupd.config import ImapAccount
from followupd.domain.errors import LoginFailed
from followupd.mailstores.imap import ImapMailbox
from followupd.mailstores.imapconn import open_client
from tests.servers.dovecot import HOST, DovecotServer, DovecotUser, find_binary
from tests.servers.oauth2 import OAuth2Introspection

pytestmark = pytest.mark.integration

# Prints the first token of the file named by argv[1], then drops it (the last one
# stays), and counts its runs in <file>.runs: a token command that "refreshes".
TOKEN_SCRIPT = """\
import pathlib, sys
tokens = pathlib.Path(sys.argv[1])
lines = tokens.read_text().splitlines()
print(lines[0])
tokens.write_text("\\n".join(lines[1:] or lines))
runs = pathlib.Path(sys.argv[1] + ".runs")
runs.write_text(str(int(runs.read_text() if runs.exists() else "0") + 1))
"""


@pytest.fixture(scope="module")
def introspection() -> Iterator[OAuth2Introspection]:
    endpoint = OAuth2Introspection()
    endpoint.start()
    yield endpoint
    endpoint.stop()


@pytest.fixture(scope="module")
def oauth_server(introspection: OAuth2Introspection) -> Iterator[DovecotServer]:
    if find_binary("dovecot") is None:
        message = "dovecot is not installed (Debian: apt-get install dovecot-imapd)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = DovecotServer(extra_config=introspection.dovecot_config())
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


class TokenCommand:
    def __init__(self, folder: Path, tokens: list[str]) -> None:
        script = folder / "token.py"
        script.write_text(TOKEN_SCRIPT)
        self.file = folder / "tokens"
        self.file.write_text("\n".join(tokens))
        self.command = f"{sys.executable} {script} {self.file}"

    @property
    def runs(self) -> int:
        runs = Path(f"{self.file}.runs")
        return int(runs.read_text()) if runs.exists() else 0


def oauth_account(user: DovecotUser, command: str) -> ImapAccount:
    return ImapAccount(
        host=HOST,
        port=user.port,
        security="none",
        username=user.username,
        auth="xoauth2",
        oauth2_token_command=command,
        timeout=10.0,
    )


def test_xoauth2_login_with_a_token_from_the_command(
    oauth_server: DovecotServer, introspection: OAuth2Introspection, tmp_path: Path
) -> None:
    """auth = "xoauth2" logs in with the command's token and the mailbox works."""
    user = oauth_server.add_user()
    introspection.tokens["tok-valid-1"] = user.username
    tokens = TokenCommand(tmp_path, ["tok-valid-1"])
    client = open_client("work", oauth_account(user, tokens.command))
    try:
        names = {name for _flags, _delim, name in client.list_folders()}
    finally:
        client.logout()
    assert {"INBOX", "Drafts"} <= names
    assert tokens.runs == 1
    assert introspection.seen[-1] == "tok-valid-1"


def test_expired_token_is_refreshed_once_and_retried(
    oauth_server: DovecotServer, introspection: OAuth2Introspection, tmp_path: Path
) -> None:
    """A refused token runs the command again; the fresh token logs in on the retry."""
    user = oauth_server.add_user()
    introspection.tokens["tok-fresh-2"] = user.username
    tokens = TokenCommand(tmp_path, ["tok-expired-2", "tok-fresh-2"])
    mailbox = ImapMailbox("work", oauth_account(user, tokens.command))
    with capture_logs() as logs:
        mailbox.connect()
    try:
        assert tokens.runs == 2
        assert introspection.seen[-2:] == ["tok-expired-2", "tok-fresh-2"]
        assert any(e["event"] == "imap.oauth2_token_refused" for e in logs)
        assert "tok-expired-2" not in repr(logs) and "tok-fresh-2" not in repr(logs)
    finally:
        mailbox.close()


def test_refused_again_is_login_failed_without_the_token(
    oauth_server: DovecotServer, introspection: OAuth2Introspection, tmp_path: Path
) -> None:
    """Refused twice: LoginFailed names the user and oauth2_token_command, never a token;
    the command ran exactly twice (no loop)."""
    user = oauth_server.add_user()
    tokens = TokenCommand(tmp_path, ["tok-dead-3a", "tok-dead-3b"])
    with capture_logs() as logs, pytest.raises(LoginFailed) as info:
        open_client("work", oauth_account(user, tokens.command))
    text = str(info.value)
    assert f"refused the OAuth2 token for {user.username}" in text
    assert "oauth2_token_command" in text
    assert tokens.runs == 2
    for token in ("tok-dead-3a", "tok-dead-3b"):
        assert token not in text and token not in repr(info.value) and token not in repr(logs)


def test_password_login_still_works_beside_xoauth2(oauth_server: DovecotServer) -> None:
    """The same server still takes the password of an auth = "password" account."""
    user = oauth_server.add_user()
    client = open_client("work", user.account())
    client.logout()
