"""SMTP reminders to the user against a real aiosmtpd sink (see tests/servers/smtp.py).

Every envelope any sink records is also checked at the end of the session: nothing
may ever go to anyone but the user's addresses (fixture `smtp_guard`).
"""

from __future__ import annotations

import asyncio
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy

import pytest
from pydantic import SecretStr, ValidationError

from followupd.deliver.smtp import (
    RefusedRecipient,
    SmtpConfig,
    envelope_recipients,
    send_to_self,
    send_to_self_sync,
)
from followupd.domain.errors import LoginFailed, ServerUnreachable, SourceError
from tests.integration.fixtures_calendars import *  # noqa: F403  (the fixtures)
from tests.integration.fixtures_calendars import USER
from tests.servers.radicale import free_port
from tests.servers.smtp import SmtpSink

pytestmark = pytest.mark.integration

ALIAS = USER.aliases[0]


def reminder(to: str = USER.email, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"followupd <{USER.email}>"
    msg["To"] = to
    msg["Subject"] = "Reminder: check back with Acme"
    msg["X-Followupd-Key"] = "check-back:acme:1"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("It has been ten days since your interview with Acme.\n")
    return msg


def config_for(sink: SmtpSink, **overrides: object) -> SmtpConfig:
    values: dict[str, object] = {"host": sink.host, "port": sink.port, "security": "none"}
    values.update(overrides)
    return SmtpConfig.model_validate(values)


def delivered(sink: SmtpSink) -> EmailMessage:
    assert len(sink.envelopes) == 1
    parsed = BytesParser(policy=default_policy).parsebytes(sink.envelopes[0].data)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_reminder_to_the_user_arrives_from_and_to_the_user(smtp_sink: SmtpSink) -> None:
    """A reminder addressed to the user is delivered with the user as envelope sender and
    as the only envelope recipient, headers intact."""
    send_to_self_sync(reminder(), user=USER, config=config_for(smtp_sink))

    envelope = smtp_sink.envelopes[0]
    assert (envelope.mail_from, envelope.rcpt_tos) == (USER.email, (USER.email,))
    assert delivered(smtp_sink)["X-Followupd-Key"] == "check-back:acme:1"


def test_reminder_to_an_alias_is_sent(smtp_sink: SmtpSink) -> None:
    """An alias of the user is the user: To an alias (in any case) is delivered there."""
    asyncio.run(send_to_self(reminder(to=ALIAS.upper()), user=USER, config=config_for(smtp_sink)))
    assert smtp_sink.envelopes[0].rcpt_tos == (ALIAS,)
    assert smtp_sink.envelopes[0].mail_from == USER.email


@pytest.mark.parametrize(
    ("to", "header", "value"),
    [
        ("rita@acme.example", "", ""),
        (USER.email, "Cc", "Rita <rita@acme.example>"),
        (USER.email, "Bcc", "rita@acme.example"),
        (f"{USER.email}, ivan@acme.example", "", ""),
        (USER.email, "Resent-To", "rita@acme.example"),
        (USER.email, "Cc", "not an address at all"),
    ],
    ids=["to", "cc", "bcc", "second-to", "resent-to", "unreadable-cc"],
)
def test_anyone_else_as_recipient_is_refused_and_nothing_is_sent(
    smtp_sink: SmtpSink, to: str, header: str, value: str
) -> None:
    """A message with any recipient that is not the user (To, Cc, Bcc, Resent-To, or an
    address that cannot be read) raises RefusedRecipient naming it; the server never
    even sees a connection with an envelope."""
    extra = {header: value} if header else {}
    with pytest.raises(RefusedRecipient) as caught:
        send_to_self_sync(reminder(to=to, **extra), user=USER, config=config_for(smtp_sink))
    stranger = "rita@acme.example" if "rita" in to + value else "ivan@acme.example"
    if header == "Cc" and "@" not in value:
        stranger = value
    assert stranger in str(caught.value)
    assert smtp_sink.envelopes == []


def test_raw_bytes_are_checked_the_same_way(smtp_sink: SmtpSink) -> None:
    """A message given as bytes is parsed and guarded like an EmailMessage."""
    raw = b"From: me\r\nTo: someone@else.example\r\nSubject: x\r\n\r\nhi\r\n"
    with pytest.raises(RefusedRecipient, match=r"someone@else\.example"):
        send_to_self_sync(raw, user=USER, config=config_for(smtp_sink))
    assert smtp_sink.envelopes == []


def test_a_message_without_recipients_is_refused() -> None:
    """No To/Cc/Bcc at all is refused too: there is no one the guard could approve."""
    msg = reminder()
    del msg["To"]
    with pytest.raises(RefusedRecipient, match="no recipient"):
        envelope_recipients(msg, USER)


def test_bcc_to_an_alias_is_delivered_but_not_shown(smtp_sink: SmtpSink) -> None:
    """Bcc (to the user's alias) is in the envelope but stripped from the delivered data,
    and the caller's message object is left unchanged."""
    msg = reminder(Bcc=ALIAS)
    send_to_self_sync(msg, user=USER, config=config_for(smtp_sink))

    assert smtp_sink.envelopes[0].rcpt_tos == (USER.email, ALIAS)
    assert "Bcc" not in delivered(smtp_sink)
    assert b"bcc:" not in smtp_sink.envelopes[0].data.lower()
    assert msg["Bcc"] == ALIAS


def test_wrong_port_is_server_unreachable_naming_host_and_port() -> None:
    """Nothing listening: ServerUnreachable naming host:port."""
    port = free_port()
    config = SmtpConfig(host="127.0.0.1", port=port, security="none", timeout=5)
    with pytest.raises(ServerUnreachable, match=f"127.0.0.1:{port}"):
        send_to_self_sync(reminder(), user=USER, config=config)


def test_login_with_password_and_a_wrong_password(smtp_sink_auth: SmtpSink) -> None:
    """With AUTH: the right password delivers; a wrong one is LoginFailed naming host:port
    and the user name, never the password, and nothing is delivered."""
    good = config_for(smtp_sink_auth, username="sam", password=SecretStr("right-password"))
    send_to_self_sync(reminder(), user=USER, config=good)
    assert len(smtp_sink_auth.envelopes) == 1

    bad = config_for(smtp_sink_auth, username="sam", password_command="echo wrong-password-123")
    with pytest.raises(LoginFailed) as caught:
        send_to_self_sync(reminder(), user=USER, config=bad)
    text = str(caught.value)
    assert f"127.0.0.1:{smtp_sink_auth.port}" in text and "sam" in text
    assert "wrong-password-123" not in text and "right-password" not in text
    assert len(smtp_sink_auth.envelopes) == 1


def test_starttls_is_required_when_configured(smtp_sink: SmtpSink) -> None:
    """security = "starttls" against a server that does not offer STARTTLS sends nothing
    (no fallback to clear text)."""
    config = config_for(smtp_sink, security="starttls")
    with pytest.raises(SourceError, match=r"(?i)starttls"):
        send_to_self_sync(reminder(), user=USER, config=config)
    assert smtp_sink.envelopes == []


def test_clear_text_is_only_allowed_on_loopback() -> None:
    """The config refuses security = "none" for a host that is not loopback."""
    with pytest.raises(ValidationError, match="loopback"):
        SmtpConfig(host="smtp.example.org", security="none")
    assert SmtpConfig(host="smtp.example.org").effective_port() == 465
    assert SmtpConfig(host="smtp.example.org", security="starttls").effective_port() == 587
