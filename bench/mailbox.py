"""Generate a big, realistic mailbox fast: files written straight into a Maildir.

Mostly ordinary mail (personal notes, newsletters in text + HTML, notifications,
5 % with attachments of 25–400 KB; text sizes log-normal, median ~4 KB), and
a few hundred hiring-related messages: recruiter replies, rejections, and interview
invitations carrying a text/calendar part (METHOD:REQUEST). Messages are spread over
the last `days` days (Date header and file time, which Dovecot uses as INTERNALDATE).

Writing files is much faster than APPEND. The files belong to uid/gid 8 (Debian's
`mail`, what the test Dovecot runs as); afterwards `doveadm force-resync` makes
Dovecot assign UIDs. Deterministic for a given seed.

    python -m bench.mailbox --maildir /path/Maildir --count 10000 [--hiring 300]
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

MAIL_UID = 8
MAIL_GID = 8

_WORDS = (
    "the of and to in is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when "
    "project meeting update team report week review plan budget schedule customer release "
    "garden recipe weekend travel photos family school invoice order delivery account "
    "password security notice event ticket concert library book coffee lunch dinner"
)
WORDS = _WORDS.split()
COMPANIES = ("acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka")
SENDERS = ("friend", "news", "shop", "bank", "club", "noreply", "team", "alerts", "mum")


@dataclass
class Generated:
    messages: int = 0
    hiring: int = 0
    invitations: int = 0
    bytes: int = 0
    seconds: float = 0.0


def _text(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    line = 0
    while length < size:
        w = rng.choice(WORDS)
        words.append(w)
        length += len(w) + 1
        line += len(w) + 1
        if line > 70:
            words.append("\r\n")
            line = 0
    return " ".join(words).replace(" \r\n ", "\r\n")


def _size(rng: random.Random) -> int:
    # Log-normal body size: median ~3.5 KB, a long tail, capped at 120 KB of text.
    return min(int(rng.lognormvariate(8.2, 0.9)), 120_000)


def _head(
    rng: random.Random, n: int, when: datetime, sender: str, subject: str, extra: str = ""
) -> str:
    return (
        f"Return-Path: <{sender}>\r\n"
        f"Received: from mx{rng.randint(1, 9)}.example.net by mail.example.org; "
        f"{format_datetime(when)}\r\n"
        f"From: {sender.split('@')[0].title()} <{sender}>\r\n"
        f"To: Jo Candidate <jo@example.org>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <bench{n}.{rng.getrandbits(40):x}@example.net>\r\n"
        f"MIME-Version: 1.0\r\n{extra}"
    )


def ordinary(rng: random.Random, n: int, when: datetime) -> str:
    sender = f"{rng.choice(SENDERS)}{rng.randint(1, 300)}@example.net"
    subject = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))).capitalize()
    kind = rng.random()
    if kind < 0.55:
        head = _head(rng, n, when, sender, subject, "Content-Type: text/plain; charset=utf-8\r\n")
        return head + "\r\n" + _text(rng, _size(rng)) + "\r\n"
    if kind < 0.95:  # a newsletter: text + HTML, list headers
        body = _text(rng, _size(rng))
        html = "<html><body><p>" + body.replace("\r\n", "</p>\r\n<p>") + "</p></body></html>"
        extra = (
            f"List-Id: <list{rng.randint(1, 40)}.example.net>\r\n"
            'Content-Type: multipart/alternative; boundary="alt"\r\n'
        )
        return (
            _head(rng, n, when, sender, subject, extra) + "\r\n--alt\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--alt\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--alt--\r\n"
        )
    # with an attachment (a PDF-sized blob)
    blob = base64.encodebytes(rng.randbytes(rng.randint(20_000, 300_000))).decode()
    extra = 'Content-Type: multipart/mixed; boundary="mix"\r\n'
    return (
        _head(rng, n, when, sender, subject, extra) + "\r\n--mix\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + _text(rng, 800)
        + '\r\n--mix\r\nContent-Type: application/pdf; name="doc.pdf"\r\n'
        'Content-Disposition: attachment; filename="doc.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + blob.replace("\n", "\r\n") + "--mix--\r\n"
    )


def invitation(rng: random.Random, n: int, when: datetime) -> str:
    company = rng.choice(COMPANIES)
    sender = f"recruiting@{company}.example.com"
    start = when + timedelta(days=rng.randint(2, 10), hours=rng.randint(0, 6))
    stamp = start.strftime("%Y%m%dT%H%M00Z")
    end = (start + timedelta(hours=1)).strftime("%Y%m%dT%H%M00Z")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:bench-{n}-{company}@example.com\r\nSEQUENCE:0\r\n"
        f"DTSTAMP:{when.strftime('%Y%m%dT%H%M%SZ')}\r\nDTSTART:{stamp}\r\nDTEND:{end}\r\n"
        f"SUMMARY:Interview: Jo Candidate / {company.title()} (Backend Engineer)\r\n"
        f"ORGANIZER;CN=Recruiting:mailto:{sender}\r\n"
        f"ATTENDEE;CN=Alex Lead;ROLE=REQ-PARTICIPANT:mailto:alex@{company}.example.com\r\n"
        "ATTENDEE;CN=Jo Candidate;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:"
        "mailto:jo@example.org\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    extra = 'Content-Type: multipart/mixed; boundary="inv"\r\n'
    return (
        _head(rng, n, when, sender, f"Invitation: Interview with {company.title()}", extra)
        + "\r\n--inv\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi Jo,\r\n\r\nWe would like to invite you to an interview.\r\n{_text(rng, 600)}\r\n"
        '--inv\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"\r\n'
        'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n' + ics + "--inv--\r\n"
    )


def hiring_reply(rng: random.Random, n: int, when: datetime) -> str:
    company = rng.choice(COMPANIES)
    sender = f"{rng.choice(('alex', 'sam', 'kim', 'lee'))}@{company}.example.com"
    if rng.random() < 0.3:
        subject = f"Your application at {company.title()}"
        text = "Thank you for your interest. Unfortunately we decided to move forward with "
        text += "other candidates.\r\n"
    else:
        subject = f"Re: Backend Engineer at {company.title()}"
        text = "Thanks for your time today. We will get back to you within two weeks.\r\n"
    head = _head(rng, n, when, sender, subject, "Content-Type: text/plain; charset=utf-8\r\n")
    return head + "\r\n" + text + _text(rng, 1500) + "\r\n"


def generate(
    maildir: Path,
    count: int,
    *,
    hiring: int | None = None,
    days: int = 50,
    seed: int = 1,
    owner: tuple[int, int] | None = (MAIL_UID, MAIL_GID),
) -> Generated:
    """Write `count` messages into `maildir`/cur (created if missing).

    `hiring` defaults to 1 % of the messages, at least 200 (a third of them
    invitations with text/calendar). `owner` chowns every file (None: leave as is).
    """
    started = time.monotonic()
    rng = random.Random(seed)
    hiring = min(count, max(200, count // 100)) if hiring is None else hiring
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
        if owner:
            os.chown(maildir / sub, *owner)
    if owner:
        os.chown(maildir, *owner)
    hiring_at = set(rng.sample(range(count), hiring))
    now = datetime.now(UTC).replace(microsecond=0)
    span = days * 86400
    result = Generated()
    cur = maildir / "cur"
    for n in range(count):
        # Oldest first, as mail arrives; small jitter.
        when = now - timedelta(seconds=span * (count - n) / count + rng.randint(0, 60))
        if n in hiring_at:
            result.hiring += 1
            if rng.random() < 1 / 3:
                result.invitations += 1
                raw = invitation(rng, n, when)
            else:
                raw = hiring_reply(rng, n, when)
        else:
            raw = ordinary(rng, n, when)
        data = raw.encode()
        stamp = int(when.timestamp())
        flags = "S" if rng.random() < 0.9 else ""
        name = cur / f"{stamp}.M{n}P{os.getpid()}.bench,S={len(data)}:2,{flags}"
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            if owner:
                os.fchown(fd, *owner)
        finally:
            os.close(fd)
        os.utime(name, (stamp, stamp))
        result.messages += 1
        result.bytes += len(data)
    result.seconds = time.monotonic() - started
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--maildir", type=Path, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--hiring", type=int, default=None)
    parser.add_argument("--days", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-chown", action="store_true", help="keep the files' owner")
    args = parser.parse_args(argv)
    owner = None if args.no_chown else (MAIL_UID, MAIL_GID)
    g = generate(
        args.maildir, args.count, hiring=args.hiring, days=args.days, seed=args.seed, owner=owner
    )
    print(
        f"{g.messages} messages ({g.hiring} hiring-related, {g.invitations} invitations), "
        f"{g.bytes / 1e6:.1f} MB in {g.seconds:.1f} s. Now run: doveadm force-resync -u USER INBOX"
    )


if __name__ == "__main__":
    main()
