"""The IMAP protocol details behind ImapMailbox: connect and log in, find special folders,
read BODYSTRUCTURE, APPEND (LITERAL+, MULTIAPPEND) and parse APPENDUID.

Connection failures become `ServerUnreachable`, a refused login `LoginFailed`; the
password never appears in a message or a log line.
"""

from __future__ import annotations

import contextlib
import re
import socket
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote_to_bytes

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.util import to_bytes

from followupd.config import ImapAccount
from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from followupd.domain.words import unbytes
from followupd.secrets import redact
from followupd.tls import client_context
from followupd.understand.mime import decode_words

log = structlog.get_logger()

# Names tried, case-insensitively, when no folder carries the RFC 6154 flag.
DRAFTS_NAMES = ("drafts", "inbox.drafts", "inbox/drafts", "[gmail]/drafts", "[google mail]/drafts")
SENT_NAMES = (
    "sent",
    "inbox.sent",
    "inbox/sent",
    "sent items",
    "sent messages",
    "[gmail]/sent mail",
    "[google mail]/sent mail",
)

FolderList = list[tuple[tuple[bytes, ...], str]]


def where(account: ImapAccount) -> str:
    return f"{account.host}:{account.effective_port()}"


def open_client(name: str, account: ImapAccount) -> IMAPClient:
    """Connect, secure (TLS or mandatory STARTTLS) and log in; return the logged-in client."""
    password = account.secret(name)
    host, port = account.host, account.effective_port()
    context = client_context(verify=account.verify_tls) if account.security != "none" else None

    def unreachable(exc: BaseException) -> ServerUnreachable:
        reason = redact(str(exc) or type(exc).__name__, password)
        return ServerUnreachable(
            f"cannot reach IMAP server {host}:{port} (account {name}): {reason}"
        )

    try:
        client = IMAPClient(
            host,
            port,
            use_uid=True,
            ssl=account.security == "tls",
            ssl_context=context if account.security == "tls" else None,
            timeout=account.timeout,
        )
    except (OSError, IMAPClientError) as exc:  # DNS, refused, timeout, TLS handshake
        raise unreachable(exc) from None
    set_keepalive(client.socket())
    try:
        if account.security == "starttls":
            # Never fall back to clear text: a server (or a man in the middle) that does
            # not offer STARTTLS gets no password.
            if not client.has_capability("STARTTLS"):
                raise SourceError(
                    f"IMAP server {host}:{port} does not offer STARTTLS (account {name}); "
                    f'refusing to log in without encryption. Use security = "tls" if the '
                    f"server speaks TLS on another port"
                )
            client.starttls(context)
        authenticate(client, account, password, name=name)
    except LoginError as exc:
        shutdown_quietly(client)
        reason = redact(server_text(exc), password)
        if _TEMPORARY.search(reason):
            # RFC 5530 [UNAVAILABLE]: the server cannot check logins right now; that is an
            # outage to back off from, not a wrong password.
            raise ServerUnreachable(
                f"IMAP server {host}:{port} cannot log anyone in right now (account {name}): "
                f"{reason}"
            ) from None
        log.warning("imap.login_refused", account=name, host=host, port=port, reason=reason)
        if account.auth == "xoauth2":
            raise LoginFailed(
                f"IMAP server {host}:{port} refused the OAuth2 token for {account.username} "
                f"(account {name}) — check oauth2_token_command"
            ) from None
        raise LoginFailed(
            f"IMAP server {host}:{port} refused the login for {account.username} (account {name})"
        ) from None
    except (OSError, IMAPClientError) as exc:
        shutdown_quietly(client)
        raise unreachable(exc) from None
    except BaseException:
        shutdown_quietly(client)
        raise
    log.info("imap.connected", account=name, host=host, port=port, security=account.security)
    return client


def authenticate(client: IMAPClient, account: ImapAccount, secret: str, *, name: str = "") -> None:
    """Log in on a connected (and secured) client. The one place that authenticates.

    auth = "password": LOGIN with the password. auth = "xoauth2": SASL XOAUTH2 with the
    access token in `secret` (from oauth2_token_command, as mbsync and msmtp do it);
    when the server refuses it (an expired token, typically), the command runs once
    more — it is expected to refresh — and the login is retried once on the same
    connection.

    Raises imapclient's LoginError when the server refuses (its text never holds a
    token: it is redacted); open_client turns that into LoginFailed without the secret.
    """
    if account.auth != "xoauth2":
        client.login(account.username, secret)
        return
    try:
        client.oauth2_login(account.username, secret)
        return
    except LoginError as exc:
        log.info(
            "imap.oauth2_token_refused",
            account=name,
            username=account.username,
            reason=redact(server_text(exc), secret),
            action="running oauth2_token_command again",
        )
    fresh = account.secret(name)
    try:
        client.oauth2_login(account.username, fresh)
    except LoginError as exc:
        raise LoginError(redact(redact(server_text(exc), fresh), secret)) from None


_TEMPORARY = re.compile(r"\[UNAVAILABLE\]", re.IGNORECASE)


def server_text(exc: BaseException) -> str:
    """What the server said, as text: imaplib hands its reply over as bytes, and str() of
    the exception would show a Python bytes literal (`b'[AUTHENTICATIONFAILED] …'`)."""
    parts = []
    for arg in exc.args:
        if isinstance(arg, bytes | bytearray):
            parts.append(bytes(arg).decode("utf-8", "replace"))
        else:
            parts.append(unbytes(str(arg)))  # bytes literals turned into a string upstream
    return " ".join(parts).strip() or type(exc).__name__


# TCP keepalive: a NAT or firewall that silently drops an idle connection is noticed
# within about 2 minutes (60 s idle, then 4 probes 15 s apart) instead of never.
KEEPALIVE = (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4))


def set_keepalive(sock: socket.socket) -> None:
    """SO_KEEPALIVE plus TCP_KEEPIDLE/KEEPINTVL/KEEPCNT where the platform has them, and
    TCP_NODELAY: IMAP is request/response, and imaplib writes some commands in pieces
    (a literal, then its CRLF) that Nagle's algorithm would hold back for an ACK."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for option, value in KEEPALIVE:
        number = getattr(socket, option, None)
        if number is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, number, value)


def shutdown_quietly(client: IMAPClient) -> None:
    """Close the socket without LOGOUT (the connection may already be gone)."""
    with contextlib.suppress(OSError, IMAPClientError):
        client.shutdown()


# --- folders -------------------------------------------------------------------------


def list_folders(client: IMAPClient) -> FolderList:
    """Every folder with its attributes, special-use flags included where the server has them."""
    if client.has_capability("SPECIAL-USE") and client.has_capability("LIST-EXTENDED"):
        try:
            return _list_special_use(client)
        except IMAPClientError:
            pass  # fall back to a plain LIST, which most servers annotate anyway
    if client.has_capability("XLIST") and not client.has_capability("SPECIAL-USE"):
        rows = client.xlist_folders()  # Gmail before RFC 6154
    else:
        rows = client.list_folders()
    return [(tuple(flags), str(name)) for flags, _delim, name in rows]


def _list_special_use(client: IMAPClient) -> FolderList:
    # RFC 6154 §2: LIST "" "*" RETURN (SPECIAL-USE). imapclient has no call for the
    # extended LIST, so this uses its parser on imaplib's raw response.
    imap = client._imap
    typ, data = imap._simple_command("LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
    client._checkok("list", typ, data)
    typ, data = imap._untagged_response(typ, data, "LIST")
    return [(tuple(flags), str(name)) for flags, _delim, name in client._proc_folder_list(data)]


def find_special(folders: FolderList, flag: bytes, names: Sequence[str]) -> str | None:
    """The folder carrying `flag` (e.g. b"\\\\Drafts"), else the first well-known name."""
    wanted = flag.lower()
    for flags, name in folders:
        if any(f.lower() == wanted for f in flags):
            return name
    by_lower = {name.lower(): name for _flags, name in folders}
    for candidate in names:
        if candidate in by_lower:
            return by_lower[candidate]
    return None


# --- APPENDUID -----------------------------------------------------------------------

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def parse_appenduid(response: bytes | str | None) -> int | None:
    """The UID from an APPEND response's `[APPENDUID <uidvalidity> <uid>]` (RFC 4315)."""
    if response is None:
        return None
    raw = response.encode() if isinstance(response, str) else response
    match = _APPENDUID.search(raw)
    return int(match.group(2)) if match else None


# --- APPEND --------------------------------------------------------------------------


_APPENDUIDS = re.compile(rb"\[APPENDUID \d+ ([\d:,]+)\]", re.IGNORECASE)


def parse_appenduids(response: bytes | None, count: int) -> list[int | None]:
    """The UIDs of the `count` messages of one (MULTI)APPEND, in their order, from
    `[APPENDUID <uidvalidity> <uid-set>]` (RFC 4315 §3); all None when absent."""
    match = _APPENDUIDS.search(response or b"")
    uids: list[int] = []
    for part in (match.group(1) if match else b"").split(b","):
        low, _colon, high = part.partition(b":")
        if low.isdigit() and (high.isdigit() or not high):
            first, last = sorted((int(low), int(high or low)))
            uids.extend(range(first, last + 1))
    if len(uids) != count:
        return [None] * count
    return list(uids)


def append_messages(
    client: IMAPClient, folder: str, messages: Sequence[bytes], flags: Sequence[bytes]
) -> bytes:
    """APPEND `messages` to `folder`, each with `flags`, in one command; the server's OK
    text (with APPENDUID). More than one message needs MULTIAPPEND (RFC 3502), which
    stores all of them or none.

    Where the server offers LITERAL+ (RFC 7888) the literals are non-synchronizing
    (`{n+}`) and the whole command leaves in one write: one round trip. Otherwise each
    literal waits for the server's `+` continuation, as RFC 3501 wants. (imapclient's
    `append` goes through imaplib, which always waits, then writes the message and its
    CRLF apart: a small last segment that Nagle's algorithm holds back for a delayed
    ACK, some 40 ms on Linux.) A refusal raises IMAPClientError ("append failed: <the
    server's words>").
    """
    imap = client._imap
    plus = client.has_capability("LITERAL+")  # cached: no command in the middle of this one
    flag_list = b"(" + b" ".join(flags) + b")"
    tag: bytes = imap._new_tag()
    pending = [b"%s APPEND %s" % (tag, to_bytes(client._normalise_folder(folder)))]
    for message in messages:
        pending.append(b" %s {%d%s}\r\n" % (flag_list, len(message), b"+" if plus else b""))
        if not plus:
            imap.send(b"".join(pending))
            pending = []
            if not _go_ahead(imap, tag):
                break  # refused before the message was sent: its words are below
        pending.append(message)
    else:
        imap.send(b"".join([*pending, b"\r\n"]))
    typ, data = imap._command_complete("APPEND", tag)
    client._checkok("append", typ, data)
    response: bytes = data[0] if data and isinstance(data[0], bytes) else b""
    return response


def _go_ahead(imap: Any, tag: bytes) -> bool:
    """Wait for the `+` continuation; False when the command was answered instead."""
    while imap._get_response() is not None:  # None: the continuation
        if imap.tagged_commands.get(tag):
            return False
    return True


# --- BODYSTRUCTURE -------------------------------------------------------------------


def describe_structure(structure: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lower-cased MIME types of every part and attachment file names, from BODYSTRUCTURE.

    Parts of attached messages (message/rfc822) count too: a forwarded invitation
    is still an invitation.
    """
    types: list[str] = []
    names: list[str] = []
    _walk(structure, types, names)
    return tuple(types), tuple(dict.fromkeys(names))


def _walk(part: Any, types: list[str], names: list[str]) -> None:
    if not isinstance(part, tuple | list) or not part:
        return
    if isinstance(part[0], list):  # imapclient's multipart: ([children], subtype, ...)
        children, rest = list(part[0]), list(part[1:])
    elif isinstance(part[0], tuple):  # raw multipart inside message/rfc822
        count = next((i for i, p in enumerate(part) if not isinstance(p, tuple)), len(part))
        children, rest = list(part[:count]), list(part[count:])
    else:
        _walk_single(part, types, names)
        return
    subtype = _text(rest[0]) if rest else "mixed"
    types.append(f"multipart/{subtype}".lower())
    for child in children:
        _walk(child, types, names)


def _walk_single(part: Sequence[Any], types: list[str], names: list[str]) -> None:
    maintype, subtype = _text(part[0]).lower(), _text(part[1] if len(part) > 1 else b"").lower()
    types.append(f"{maintype}/{subtype}")
    params = _pairs(part[2] if len(part) > 2 else None)
    # RFC 3501 body-type-1part: 7 basic fields, then text: lines; message/rfc822:
    # envelope, body, lines; then md5, disposition.
    if maintype == "text":
        disposition_at = 9
    elif (maintype, subtype) == ("message", "rfc822"):
        disposition_at = 11
        if len(part) > 8:
            _walk(part[8], types, names)
    else:
        disposition_at = 8
    disposition = part[disposition_at] if len(part) > disposition_at else None
    disposition_params: dict[str, str] = {}
    if isinstance(disposition, tuple) and len(disposition) == 2:
        disposition_params = _pairs(disposition[1])
    filename = _param(disposition_params, "filename") or _param(params, "name")
    if filename:
        names.append(filename.lower())


def _pairs(params: Any) -> dict[str, str]:
    if not isinstance(params, tuple | list):
        return {}
    items = list(params)
    return {_text(k).lower(): _text(v) for k, v in zip(items[::2], items[1::2], strict=False)}


def _param(params: dict[str, str], key: str) -> str:
    """A parameter value, RFC 2231 (`key*`, `key*0*`, …) and RFC 2047 encodings decoded."""
    if key in params:
        return decode_words(params[key])
    pieces: list[tuple[int, bool, str]] = []  # (section, percent-encoded, value)
    for name, value in params.items():
        match = re.fullmatch(rf"{re.escape(key)}\*(?:(\d+)(\*?))?", name)
        if match:
            section = int(match.group(1) or 0)
            pieces.append((section, match.group(1) is None or match.group(2) == "*", value))
    if not pieces:
        return ""
    pieces.sort()
    charset = "utf-8"
    raw = bytearray()
    for i, (_section, encoded, value) in enumerate(pieces):
        if encoded and i == 0 and value.count("'") >= 2:
            charset, _language, value = value.split("'", 2)
        raw += unquote_to_bytes(value) if encoded else value.encode()
    try:
        return raw.decode(charset or "utf-8", "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)
