"""`followupd folders` on a Maildir: the folders on disk and what followupd does with them."""

from __future__ import annotations

from pathlib import Path

from followupd.config import MaildirAccount
from followupd.folders import folders_of, render


def test_maildir_folders_and_a_drafts_folder_made_later(tmp_path: Path) -> None:
    """INBOX and the Maildir++ folders are listed; Sent is found by its name; a watched
    folder that is not there is NOT FOUND; Drafts, absent, is made with the first draft."""
    for folder in ("", ".Sent", ".Jobs.Offers"):
        for sub in ("cur", "new", "tmp"):
            (tmp_path / folder / sub).mkdir(parents=True, exist_ok=True)
    account = MaildirAccount(kind="maildir", path=tmp_path, folders=["INBOX", "Later"])
    rows = folders_of("local", account)
    assert [(r.name, r.followupd) for r in rows] == [
        ("INBOX", ("watched",)),
        ("Jobs.Offers", ()),
        ("Sent", ("sent",)),
        ("Later", ("watched", "missing")),
        ("Drafts", ("drafts", "made later")),
    ]
    shown = render("local", str(tmp_path), rows).splitlines()
    assert shown[0] == f"account local ({tmp_path})"
    assert shown[-1].split() == [
        "Drafts",
        "drafts",
        "go",
        "here,",
        "made",
        "with",
        "the",
        "first",
        "draft",
    ]
