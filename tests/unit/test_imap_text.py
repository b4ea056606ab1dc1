"""How an IMAP server's words reach a person: as text, never as a Python bytes literal."""

from __future__ import annotations

from imapclient.exceptions import LoginError

from followupd.mailstores.imapconn import server_text


def test_bytes_from_imaplib_become_text() -> None:
    """imaplib hands the server's reply over as bytes: it is decoded."""
    assert server_text(LoginError(b"[AUTHENTICATIONFAILED] Authentication failed.")) == (
        "[AUTHENTICATIONFAILED] Authentication failed."
    )


def test_a_bytes_literal_already_stringified_is_unwrapped() -> None:
    """imapclient turns the bytes into str() before raising: the b'…' wrapper goes."""
    err = LoginError(str(b"[UNAVAILABLE] Temporary authentication failure"))
    assert server_text(err) == "[UNAVAILABLE] Temporary authentication failure"


def test_plain_text_is_kept() -> None:
    """Text that merely starts with b is left as it is."""
    assert server_text(LoginError("bad credentials")) == "bad credentials"
