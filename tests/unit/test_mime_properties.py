"""Properties: whatever bytes arrive, parsing and understanding give a result or a
MessageError with a sentence — never another exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.domain.errors import MessageError
from followupd.domain.model import UserIdentity
from followupd.understand import understand_message
from followupd.understand.nesting import bound_structure
from tests.invitations import invitation

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org", timezone="Europe/Berlin")
START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
SEED = invitation(start=START, end=START + timedelta(hours=1))
PIECES = [b"\r\n", b"\n", b"--", b"(", b")", b'"', b";", b"\x00", b"\xff", b"=?utf8\x00?q?x?=",
          b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n",
          b"Content-Type: message/rfc822\r\n\r\n", b'charset="utf8\x00"', b"--b--\r\n",
          b"boundary*=''x", b"\r\n\r\n"]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """The seed invitation with pieces inserted, bytes replaced and a tail cut off."""
    raw = bytearray(SEED)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(raw)))
        piece = draw(st.sampled_from(PIECES)) * draw(st.integers(1, 60))
        raw[at:at] = piece
    for _ in range(draw(st.integers(0, 8))):
        raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    return bytes(raw[: draw(st.integers(1, len(raw)))])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_mail_gives_a_result_or_a_message_error(raw: bytes) -> None:
    """A mutated invitation is understood, or refused with a MessageError that is a sentence."""
    try:
        result = understand_message(raw, user=USER)
    except MessageError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(result.message.text, str)
    assert all("\x00" not in p for p in result.problems)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_the_structure_scan_takes_any_bytes(raw: bytes) -> None:
    """The pre-parse scan never raises and changes nothing in shallow input without comments."""
    bounded = bound_structure(raw)
    if b"(" not in raw and b"--" not in raw:
        assert bounded.raw == raw
