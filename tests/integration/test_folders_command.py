"""`followupd folders`: an account's folders with their special-use flags, against Dovecot."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.configs import run_cli, write_config
from tests.servers.dovecot import DovecotServer, DovecotUser


def test_folders_lists_flags_and_what_followupd_uses(
    make_dovecot: Callable[..., DovecotServer], tmp_path: Path
) -> None:
    """Like `mbsync -l`, with the RFC 6154 flags as the server sends them: a Drafts folder
    with a French name is found by its flag and marked as where drafts go; a watched
    folder the server does not have is listed as not found; a non-ASCII name is decoded."""
    server = make_dovecot(special_use={"Drafts": "Brouillons", "Sent": "Éléments envoyés"})
    user = server.add_user()
    user.create_folder("Jobs/Offers")
    cfg = write_config(user, tmp_path, extra='folders = ["INBOX", "Jobs/Offers", "Nope"]')
    shown = run_cli("folders", cfg=cfg)
    assert shown.returncode == 0, shown.stderr
    rows = {ln.split()[0]: ln for ln in shown.stdout.splitlines()[2:]}
    assert shown.stdout.splitlines()[0] == f"account work (127.0.0.1:{user.port})"
    assert rows["Brouillons"].split()[1:] == ["\\Drafts", "drafts", "go", "here"]
    assert "\\Sent" in rows["Éléments"] and "your sent mail is read here" in rows["Éléments"]
    assert rows["Trash"].split()[1:] == ["\\Trash"]
    assert rows["INBOX"].split()[1:] == ["watched"]
    assert rows["Jobs/Offers"].split()[1:] == ["watched"]
    assert rows["Nope"].split()[1:] == ["watched,", "NOT", "FOUND"]

    as_json = json.loads(run_cli("folders", "work", "--json", cfg=cfg).stdout)
    by_name = {f["name"]: f for f in as_json}
    assert by_name["Éléments envoyés"]["special_use"] == ["\\Sent"]
    assert by_name["Brouillons"]["followupd"] == ["drafts"]
    assert by_name["Archive"] == {
        "account": "work",
        "name": "Archive",
        "special_use": ["\\Archive"],
        "selectable": True,
        "followupd": [],
    }


def test_folders_of_an_unknown_account_or_a_wrong_password(
    dovecot: DovecotUser, tmp_path: Path
) -> None:
    """An unknown account name lists the known ones (exit 2); a refused login is one line
    naming the server (exit 3) and never the password."""
    cfg = write_config(dovecot, tmp_path)
    unknown = run_cli("folders", "home", cfg=cfg)
    assert unknown.returncode == 2
    assert "no account 'home' in the configuration (accounts: work)" in unknown.stderr
    secret = "N0t-The-Password"
    refused = run_cli("folders", cfg=write_config(dovecot, tmp_path, password=secret))
    assert refused.returncode == 3
    assert f"127.0.0.1:{dovecot.port}" in refused.stderr
    assert secret not in refused.stderr + refused.stdout
