"""Reminders by SMTP to the user's own address: the one place followupd hands mail to a server.

The guard lives here, in the sending code, not only in configuration: the envelope
recipients are every address in To, Cc and Bcc (and their Resent- forms), and each one
must be the user or one of their aliases, or nothing is sent and `RefusedRecipient`
names the address. The envelope sender is the user; Bcc is stripped before sending.

Errors: a connection problem is `ServerUnreachable`, a refused login `LoginFailed`,
a refused message `SourceError`; all name host:port, none the password.
"""

from __future__ import annotations

import asyncio
from email import message_from_bytes
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from email.policy import default as default_policy

import aiosmtplib
import structlog

from followupd.config import SmtpConfig
from followupd.domain.errors import (
    FollowupdError,
    LoginFailed,
    ServerUnreachable,
    SourceError,
)
from followupd.domain.model import UserIdentity
from followupd.domain.words import quoted
from followupd.secrets import redact
from followupd.tls import client_context

log = structlog.get_logger()

__all__ = [
    "RefusedRecipient",
    "SmtpConfig",
    "envelope_recipients",
    "send_to_self",
    "send_to_self_sync",
]

RECIPIENT_HEADERS = ("To", "Cc", "Bcc", "Resent-To", "Resent-Cc", "Resent-Bcc")
HIDDEN_HEADERS = ("Bcc", "Resent-Bcc")


class RefusedRecipient(FollowupdError):
    """A message for someone other than the user: followupd never sends it."""


# --- the guard -------------------------------------------------------------------------


def envelope_recipients(message: EmailMessage, user: UserIdentity) -> list[str]:
    """Every address in To, Cc, Bcc (and Resent-*); RefusedRecipient unless all are the user's."""
    found: list[str] = []
    for name in RECIPIENT_HEADERS:
        for header in message.get_all(name, []):
            raw = str(header).strip()
            addresses = header.addresses if isinstance(header, AddressHeader) else ()
            specs = [a.addr_spec for a in addresses if a.addr_spec]
            if raw and not specs and not _is_empty_group(header):
                # An address header that cannot be read could hide anyone: refuse it.
                raise RefusedRecipient(f"refusing to send: unreadable {name} header {quoted(raw)}")
            for spec in specs:
                if not user.is_me(spec) or "@" not in spec:
                    raise RefusedRecipient(
                        f"refusing to send to {spec} ({name}): followupd only sends mail "
                        f"to the user's own addresses ({', '.join(sorted(user.addresses()))})"
                    )
                found.append(spec.lower())
    recipients = list(dict.fromkeys(found))
    if not recipients:
        raise RefusedRecipient("refusing to send: the message has no recipient")
    return recipients


def _is_empty_group(header: object) -> bool:
    # "undisclosed-recipients:;" names a group with nobody in it.
    groups = getattr(header, "groups", ())
    return bool(groups) and all(g.display_name and not g.addresses for g in groups)


def _outgoing(message: EmailMessage | bytes) -> EmailMessage:
    """A parsed copy (modern header objects), so the caller's message is not changed."""
    raw = message if isinstance(message, bytes) else message.as_bytes()
    parsed = message_from_bytes(raw, policy=default_policy)
    assert isinstance(parsed, EmailMessage)
    return parsed


# --- sending ---------------------------------------------------------------------------


async def send_to_self(
    message: EmailMessage | bytes, *, user: UserIdentity, config: SmtpConfig
) -> None:
    """Send `message` through the user's SMTP server, to the user only.

    Raises RefusedRecipient (nothing sent) when any To/Cc/Bcc address is not the user's,
    ServerUnreachable, LoginFailed or SourceError when the server cannot take it.
    """
    outgoing = _outgoing(message)
    recipients = envelope_recipients(outgoing, user)
    for name in HIDDEN_HEADERS:
        del outgoing[name]
    host, port = config.host, config.effective_port()
    where = f"{host}:{port}"
    password = config.secret() if config.username else ""
    context = client_context(verify=config.verify_tls)
    client = aiosmtplib.SMTP(
        hostname=host,
        port=port,
        timeout=config.timeout,
        use_tls=config.security == "tls",
        # Explicit: aiosmtplib's default (None) upgrades only when offered; "starttls"
        # must refuse a server that does not offer it rather than send in clear text.
        start_tls=config.security == "starttls",
        tls_context=context if config.security != "none" else None,
    )
    try:
        await client.connect()
        if config.username:
            await client.login(config.username, password)
        await client.send_message(outgoing, sender=user.email, recipients=recipients)
    except aiosmtplib.SMTPAuthenticationError:
        log.warning("smtp.login_refused", host=host, port=port)
        raise LoginFailed(f"SMTP server {where} refused the login for {config.username}") from None
    except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPServerDisconnected, OSError) as exc:
        reason = redact(str(exc) or type(exc).__name__, password)
        raise ServerUnreachable(f"cannot reach SMTP server {where}: {reason}") from None
    except aiosmtplib.SMTPException as exc:  # refused sender/recipient/data, no STARTTLS
        reason = redact(str(exc) or type(exc).__name__, password)
        raise SourceError(f"SMTP server {where} did not take the reminder: {reason}") from None
    finally:
        if client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()
    log.info("smtp.sent", host=host, port=port, recipients=len(recipients))


def send_to_self_sync(
    message: EmailMessage | bytes, *, user: UserIdentity, config: SmtpConfig
) -> None:
    """`send_to_self` for callers outside an event loop (a worker thread, the CLI)."""
    asyncio.run(send_to_self(message, user=user, config=config))
