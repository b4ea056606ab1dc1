"""Small MIME/iCalendar helper for the held-out mailbox generators.

Each generator builds a Box, adds messages in arrival order, labels them and
calls write().  Everything is deterministic (seeded by the mailbox slug).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import json
import os
import random
import shutil
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WINDOWS = {
    "Pacific Standard Time": "America/Los_Angeles",
    "Mountain Standard Time": "America/Denver",
    "Central Standard Time": "America/Chicago",
    "Eastern Standard Time": "America/New_York",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "India Standard Time": "Asia/Kolkata",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Central Europe Standard Time": "Europe/Prague",
}
IANA_TO_WIN = {v: k for k, v in WINDOWS.items()}
IANA_TO_WIN["Europe/Amsterdam"] = "W. Europe Standard Time"
IANA_TO_WIN["Europe/Madrid"] = "Romance Standard Time"
IANA_TO_WIN["America/Toronto"] = "Eastern Standard Time"
IANA_TO_WIN["Europe/Lisbon"] = "GMT Standard Time"
IANA_TO_WIN["Europe/Dublin"] = "GMT Standard Time"
IANA_TO_WIN["America/Vancouver"] = "Pacific Standard Time"
IANA_TO_WIN["America/Detroit"] = "Eastern Standard Time"
IANA_TO_WIN["America/Phoenix"] = "US Mountain Standard Time"
WINDOWS["US Mountain Standard Time"] = "America/Phoenix"
# Part F zones
IANA_TO_WIN["Europe/Stockholm"] = "W. Europe Standard Time"
IANA_TO_WIN["Europe/Copenhagen"] = "Romance Standard Time"
IANA_TO_WIN["Europe/Warsaw"] = "Central European Standard Time"
IANA_TO_WIN["Africa/Lagos"] = "W. Central Africa Standard Time"
IANA_TO_WIN["Africa/Nairobi"] = "E. Africa Standard Time"
IANA_TO_WIN["Africa/Johannesburg"] = "South Africa Standard Time"
WINDOWS["Central European Standard Time"] = "Europe/Warsaw"
WINDOWS["W. Central Africa Standard Time"] = "Africa/Lagos"
WINDOWS["E. Africa Standard Time"] = "Africa/Nairobi"
WINDOWS["South Africa Standard Time"] = "Africa/Johannesburg"

# (std offset, dst offset or None, dst rule family)
_ZONES = {
    "America/Los_Angeles": ("-0800", "-0700", "us", "PST", "PDT"),
    "America/Denver": ("-0700", "-0600", "us", "MST", "MDT"),
    "America/Chicago": ("-0600", "-0500", "us", "CST", "CDT"),
    "America/New_York": ("-0500", "-0400", "us", "EST", "EDT"),
    "America/Toronto": ("-0500", "-0400", "us", "EST", "EDT"),
    "Europe/London": ("+0000", "+0100", "eu0", "GMT", "BST"),
    "Europe/Lisbon": ("+0000", "+0100", "eu0", "WET", "WEST"),
    "Europe/Berlin": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Prague": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Asia/Kolkata": ("+0530", None, "", "IST", ""),
    "America/Sao_Paulo": ("-0300", None, "", "-03", ""),
    "Australia/Sydney": ("+1000", "+1100", "au", "AEST", "AEDT"),
    "Australia/Brisbane": ("+1000", None, "", "AEST", ""),
    "America/Vancouver": ("-0800", "-0700", "us", "PST", "PDT"),
    "America/Phoenix": ("-0700", None, "", "MST", ""),
    "America/Detroit": ("-0500", "-0400", "us", "EST", "EDT"),
    "Europe/Dublin": ("+0000", "+0100", "eu0", "GMT", "IST"),
    "Europe/Stockholm": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Copenhagen": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Europe/Warsaw": ("+0100", "+0200", "eu1", "CET", "CEST"),
    "Africa/Lagos": ("+0100", None, "", "WAT", ""),
    "Africa/Nairobi": ("+0300", None, "", "EAT", ""),
    "Africa/Johannesburg": ("+0200", None, "", "SAST", ""),
}


def zdt(local: str, tz: str) -> _dt.datetime:
    """'2026-09-03 10:12' (optionally with :SS) in zone tz -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if local.count(":") == 2 else "%Y-%m-%d %H:%M"
    return _dt.datetime.strptime(local, fmt).replace(tzinfo=ZoneInfo(tz))


def iso(local: str, tz: str) -> str:
    return zdt(local, tz).isoformat()


def vtimezone(tz: str, windows: bool = False) -> str:
    std, dst, fam, sn, dn = _ZONES[tz]
    tzid = IANA_TO_WIN[tz] if windows else tz
    base = "16010101T" if windows else "19700101T"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not windows:
        lines.append(f"X-LIC-LOCATION:{tz}")
    if dst is None:
        lines += ["BEGIN:STANDARD", f"DTSTART:{base}000000", f"TZOFFSETFROM:{std}",
                  f"TZOFFSETTO:{std}"]
        if not windows:
            lines.append(f"TZNAME:{sn}")
        lines += ["END:STANDARD", "END:VTIMEZONE"]
        return "\r\n".join(lines)
    rules = {
        "us": (("020000", "BYMONTH=11;BYDAY=1SU"), ("020000", "BYMONTH=3;BYDAY=2SU")),
        "eu0": (("020000", "BYMONTH=10;BYDAY=-1SU"), ("010000", "BYMONTH=3;BYDAY=-1SU")),
        "eu1": (("030000", "BYMONTH=10;BYDAY=-1SU"), ("020000", "BYMONTH=3;BYDAY=-1SU")),
        "au": (("030000", "BYMONTH=4;BYDAY=1SU"), ("020000", "BYMONTH=10;BYDAY=1SU")),
    }[fam]
    (st, sr), (dt_, dr) = rules
    lines += ["BEGIN:STANDARD", f"DTSTART:{base[:4]}{'1101' if fam == 'us' else ('1025' if fam.startswith('eu') else '0405')}T{st}" if not windows else f"DTSTART:{base}{st}",
              f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"RRULE:FREQ=YEARLY;{sr}"]
    if not windows:
        lines.append(f"TZNAME:{sn}")
    lines += ["END:STANDARD", "BEGIN:DAYLIGHT",
              f"DTSTART:{base[:4]}{'0308' if fam == 'us' else ('0329' if fam.startswith('eu') else '1004')}T{dt_}" if not windows else f"DTSTART:{base}{dt_}",
              f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"RRULE:FREQ=YEARLY;{dr}"]
    if not windows:
        lines.append(f"TZNAME:{dn}")
    lines += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return "\r\n".join(lines)


def _fold(line: str) -> str:
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        cl = len(ch.encode("utf-8"))
        if n + cl > (75 if not out else 74):
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += cl
    out.append(cur)
    return "\r\n ".join(out)


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


class Event:
    def __init__(self, uid, start, tz, minutes=45, summary="", organizer=None,
                 attendees=(), seq=0, status=None, location=None, description=None,
                 tzstyle="iana", cancel=False, stamp=None, extra=(), allday=False):
        self.uid, self.start, self.tz, self.minutes = uid, start, tz, minutes
        self.summary, self.organizer, self.attendees = summary, organizer, list(attendees)
        self.seq, self.status, self.location, self.description = seq, status, location, description
        self.tzstyle, self.cancel, self.stamp, self.extra, self.allday = (
            tzstyle, cancel, stamp, list(extra), allday)

    def dtstart(self) -> _dt.datetime:
        return zdt(self.start, self.tz)

    def lines(self, method: str) -> list[str]:
        s = self.dtstart()
        e = s + _dt.timedelta(minutes=self.minutes)
        stamp = self.stamp or "20260901T000000Z"
        L = ["BEGIN:VEVENT"]
        if self.tzstyle == "utc":
            fs = lambda d: d.astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            L += [f"DTSTART:{fs(s)}", f"DTEND:{fs(e)}"]
        else:
            tzid = IANA_TO_WIN[self.tz] if self.tzstyle == "windows" else self.tz
            q = f'"{tzid}"' if self.tzstyle == "windows" and " " in tzid and method == "REQUEST" and self.seq % 2 else tzid
            L += [f"DTSTART;TZID={q}:{s.strftime('%Y%m%dT%H%M%S')}",
                  f"DTEND;TZID={q}:{e.strftime('%Y%m%dT%H%M%S')}"]
        L += [f"DTSTAMP:{stamp}"]
        if self.organizer:
            n, a = self.organizer
            L.append(f'ORGANIZER;CN="{n}":mailto:{a}' if "," in n else f"ORGANIZER;CN={n}:mailto:{a}")
        L.append(f"UID:{self.uid}")
        for att in self.attendees:
            n, a = att[0], att[1]
            role = att[2] if len(att) > 2 else "REQ-PARTICIPANT"
            ps = "ACCEPTED" if len(att) > 3 and att[3] else "NEEDS-ACTION"
            cn = f'"{n}"' if "," in n else n
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{a}")
        L.append("CREATED:20260901T000000Z")
        if self.description:
            L.append(f"DESCRIPTION:{_esc(self.description)}")
        L.append(f"LAST-MODIFIED:{stamp}")
        if self.location:
            L.append(f"LOCATION:{_esc(self.location)}")
        L.append(f"SEQUENCE:{self.seq}")
        L.append(f"STATUS:{self.status or ('CANCELLED' if self.cancel else 'CONFIRMED')}")
        L.append(f"SUMMARY:{_esc(self.summary)}")
        L.append("TRANSP:OPAQUE")
        L += self.extra
        L.append("END:VEVENT")
        return L


def calendar(method: str | None, events: list[Event], prodid="-//Google Inc//Google Calendar 70.9054//EN",
             tzstyle="iana", with_vtimezone=True, calname=None) -> str:
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if calname:
        L.append(f"X-WR-CALNAME:{calname}")
    if with_vtimezone and tzstyle != "utc":
        seen = []
        for ev in events:
            if ev.tz not in seen:
                seen.append(ev.tz)
        for z in seen:
            L.append(vtimezone(z, windows=(tzstyle == "windows")))
    for ev in events:
        ev.tzstyle = tzstyle
        L += ev.lines(method or "")
    L.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) if "\r\n" not in x else x for x in L) + "\r\n"


# ---------------------------------------------------------------- MIME


def _crlf(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def encode_body(text: str, charset: str, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(_crlf(text).encode(charset)).decode("ascii")
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte == "7bit":
        data.decode("ascii")
        return text
    if cte == "8bit":
        return text
    raise ValueError(cte)


def leaf(ctype: str, text: str, charset="utf-8", cte="quoted-printable", params="",
         disposition=None, extra_headers=()) -> str:
    h = [f'Content-Type: {ctype}; charset="{charset}"{params}']
    h.append(f"Content-Transfer-Encoding: {cte}")
    if disposition:
        h.append(f"Content-Disposition: {disposition}")
    h += list(extra_headers)
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(h) + "\n\n" + body


def multipart(subtype: str, parts: list[str], boundary: str, params="") -> str:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def hdr_text(s: str, force=False) -> str:
    """Header value; RFC 2047 when non-ASCII or forced."""
    try:
        s.encode("ascii")
        if not force:
            return s
    except UnicodeEncodeError:
        pass
    return Header(s, "utf-8").encode()


def addr(pair, force=False) -> str:
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        if force:
            raise UnicodeEncodeError("x", "", 0, 1, "")
        if any(c in name for c in ',.()<>@:;"[]'):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{a}>"


def html_from_text(text: str, style="font-family:Arial,sans-serif;font-size:14px") -> str:
    import html as _h
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body><div style="{style}">\n{body}\n</div></body></html>\n')


class Msg:
    def __init__(self, box, folder, slug, when, mid):
        self.box, self.folder, self.slug, self.when, self.mid = box, folder, slug, when, mid
        self.num = None
        self.has_cal = False
        self.dtstarts: list[_dt.datetime] = []
        self.raw = ""
        self.refs: list[str] = []

    @property
    def path(self):
        return f"{self.folder}/{self.num:03d}-{self.slug}.eml"


class Box:
    def __init__(self, slug, user, tz, start, end, langs=("en",), notes="", country="US"):
        self.country = country
        self.slug, self.user, self.tz = slug, user, tz
        self.clock_start, self.clock_end = start, end
        self.langs, self.notes = list(langs), notes
        self.rng = random.Random(slug)
        self.msgs: list[Msg] = []
        self.labels = {"interview": [], "timeframe": [], "rejection": [], "offer": [], "silent": []}
        self.meta = {"text_moved": []}

    def slugify(self, s):
        import re as _re
        import unicodedata as _ud
        s = _ud.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return _re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:40].rstrip("-")

    # ---- ids
    def hexid(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(chars) for _ in range(n))

    def mid(self, style: str, domain: str = "") -> str:
        r = self.rng
        if style == "gmail":
            return f"<CA{self.alnum(2)}{self.alnum(34)}+{self.alnum(8)}@mail.gmail.com>"
        if style == "outlook":
            p = r.choice(["SJ0PR11MB", "BY5PR12MB", "DM6PR04MB", "AM9PR08MB", "DB9PR07MB", "PH7PR17MB"])
            n = r.randint(1000, 9999)
            reg = "namprd" if p[:2] in ("SJ", "BY", "DM", "PH") else "eurprd"
            return f"<{p}{n}{self.hexid(24).upper()}@{p}{n}.{reg}{r.randint(10,22):02d}.prod.outlook.com>"
        if style == "google-cal":
            return f"<{self.hexid(12)}0{self.hexid(15)}@google.com>"
        if style == "ses":
            return f"<0100019{self.hexid(9)}-{self.hexid(8)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(12)}-000000@email.amazonses.com>"
        if style == "sendgrid":
            return f"<{self.alnum(22)}@geopod-ismtpd-{r.randint(1,40)}>"
        if style == "uuid":
            return f"<{self.hexid(8)}-{self.hexid(4)}-4{self.hexid(3)}-{r.choice('89ab')}{self.hexid(3)}-{self.hexid(12)}@{domain}>"
        if style == "apple":
            return f"<{self.hexid(8).upper()}-{self.hexid(4).upper()}-{self.hexid(4).upper()}-{self.hexid(4).upper()}-{self.hexid(12).upper()}@{domain or 'icloud.com'}>"
        if style == "fastmail":
            return f"<{self.hexid(8)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(12)}@app.fastmail.com>"
        if style == "plain":
            return f"<{r.randint(10**11, 10**12)}.{r.randint(1000,99999)}@{domain}>"
        return f"<{self.hexid(20)}@{domain}>"

    # ---- message
    def add(self, folder, slug, when, tz, frm, subject, text=None, html=None, to=None, cc=(),
            reply_to=None, reply=None, ics=None, ics_as="alt", cte="quoted-printable",
            charset="utf-8", mid="gmail", mid_domain="", headers=(), force2047=False,
            html_cte=None, attach=(), sender=None, ics_method=None, ics_name="invite.ics",
            plain_cte=None, proc=None):
        when_dt = zdt(when, tz)
        if len(when) <= 16:  # add deterministic seconds
            when_dt = when_dt.replace(second=self.rng.randint(1, 58))
        if self.msgs and when_dt <= self.msgs[-1].when:
            raise SystemExit(f"{self.slug}: {slug} not after previous message")
        if folder == "Sent":
            frm = frm or self.user
        m = Msg(self, folder, slug, when_dt, self.mid(mid, mid_domain) if not mid.startswith("<") else mid)
        m.proc = proc
        H = []
        if folder == "INBOX":
            H.append(f"Return-Path: <{sender or (frm[1] if isinstance(frm, tuple) else frm)}>")
            H.append(f"Received: from mx.mail.example (mx.mail.example [198.51.100.{self.rng.randint(2,250)}])\n"
                     f"\tby imap.mail.example with ESMTPS id {self.alnum(12)}\n"
                     f"\tfor <{self.user[1]}>; {format_datetime(when_dt.astimezone(_dt.timezone.utc) + _dt.timedelta(seconds=1))}")
        H.append(f"Date: {format_datetime(when_dt)}")
        H.append(f"From: {addr(frm, force2047)}")
        if sender:
            H.append(f"Sender: {sender}")
        tos = to if to is not None else ([self.user] if folder == "INBOX" else [])
        if isinstance(tos, tuple):
            tos = [tos]
        H.append("To: " + ", ".join(addr(t) for t in tos))
        if cc:
            H.append("Cc: " + ", ".join(addr(c) for c in cc))
        if reply_to:
            H.append(f"Reply-To: {addr(reply_to)}")
        H.append(f"Subject: {hdr_text(subject, force2047)}")
        H.append(f"Message-ID: {m.mid}")
        if reply is not None:
            if reply.when >= when_dt:
                raise SystemExit("reply before parent")
            m.refs = reply.refs + [reply.mid]
            H.append(f"In-Reply-To: {reply.mid}")
            H.append("References: " + "\n ".join(m.refs[-6:]))
        H.append("MIME-Version: 1.0")
        H += list(headers)
        # body
        parts_alt = []
        if text is not None:
            parts_alt.append(leaf("text/plain", text, charset, plain_cte or cte))
        if html is not None:
            if html is True:
                html = html_from_text(text)
            parts_alt.append(leaf("text/html", html, charset, html_cte or cte))
        calpart = None
        if ics is not None:
            m.has_cal = True
            meth = ics_method
            if meth is None:
                for ln in ics.split("\r\n"):
                    if ln.startswith("METHOD:"):
                        meth = ln[7:]
            for ln in ics.split("\r\n"):
                if ln.startswith("DTSTART"):
                    m.dtstarts.append(_parse_dtstart(ln))
            mp = f";method={meth}" if meth else ""
            if ics_as in ("alt", "both"):
                calpart = leaf("text/calendar", ics, "utf-8", "7bit" if ics.isascii() else "base64", params=mp)
        extras = []
        if ics is not None and ics_as in ("attach", "both"):
            extras.append(f'Content-Type: application/ics; name="{ics_name}"\nContent-Disposition: attachment; filename="{ics_name}"\nContent-Transfer-Encoding: base64\n\n'
                          + base64.encodebytes(ics.encode()).decode())
        for (fname, ctype, data) in attach:
            extras.append(f'Content-Type: {ctype}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\nContent-Transfer-Encoding: base64\n\n'
                          + base64.encodebytes(data).decode())
        if calpart:
            parts_alt.append(calpart)
        if len(parts_alt) == 1:
            body = parts_alt[0]
        else:
            body = multipart("alternative", parts_alt, f"{'0' * 12}{self.hexid(16)}")
        if extras:
            body = multipart("mixed", [body] + extras, f"----=_Part_{self.rng.randint(10**5,10**6)}_{self.rng.randint(10**8,10**9)}.{self.rng.randint(10**12,10**13)}")
        raw = "\n".join(H) + "\n" + body
        m.raw = _crlf(raw)
        self.msgs.append(m)
        m.num = len(self.msgs)
        return m

    def sent(self, slug, when, subject, text, to, reply=None, cc=(), mid="gmail", html=None, cte="quoted-printable", **kw):
        return self.add("Sent", slug, when, self.tz, self.user, subject, text=text, html=html, to=to,
                        cc=cc, reply=reply, mid=mid, cte=cte, **kw)

    # ---- labels
    def interview(self, m, start, tz, interviewers, source=None, thank_you=True, moved_by_text=False):
        src = source or ("calendar" if m.has_cal else "text")
        self.labels["interview"].append({"message": m, "start": iso(start, tz),
                                         "interviewers": list(interviewers), "source": src,
                                         "thank_you": thank_you})
        if moved_by_text:
            self.meta["text_moved"].append(len(self.labels["interview"]) - 1)

    def timeframe(self, m, due, contact, answered, country=None):
        self.labels["timeframe"].append({"message": m, "due": due, "contact": contact, "answered": answered,
                                         "country": country or self.country})

    def rejection(self, m, contact):
        self.labels["rejection"].append({"message": m, "contact": contact})

    def offer(self, m):
        self.labels["offer"].append({"message": m})

    def silent(self, m, why):
        self.labels["silent"].append({"message": m, "why": why})

    # ---- output
    def write(self):
        d = os.path.join(ROOT, self.slug)
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(os.path.join(d, "INBOX"))
        os.makedirs(os.path.join(d, "Sent"))
        for m in self.msgs:
            with open(os.path.join(d, m.path), "wb") as f:
                f.write(m.raw.encode("utf-8"))
        with open(os.path.join(d, "mailbox.toml"), "w") as f:
            f.write(f'[user]\nname = "{self.user[0]}"\nemail = "{self.user[1]}"\n'
                    f'timezone = "{self.tz}"\n[clock]\nstart = "{self.clock_start}"\nend   = "{self.clock_end}"\n')
        out = []
        q = lambda s: json.dumps(s, ensure_ascii=False)
        for it in self.labels["interview"]:
            out += ["[[interview]]", f"message = {q(it['message'].path)}", f"start = {q(it['start'])}",
                    "interviewers = [" + ", ".join(q(x) for x in it["interviewers"]) + "]",
                    f"source = {q(it['source'])}", f"thank_you = {'true' if it['thank_you'] else 'false'}", ""]
        for it in self.labels["timeframe"]:
            out += ["[[timeframe]]", f"message = {q(it['message'].path)}", f"due = {q(it['due'])}",
                    f"contact = {q(it['contact'])}", f"answered = {'true' if it['answered'] else 'false'}", ""]
        for it in self.labels["rejection"]:
            out += ["[[rejection]]", f"message = {q(it['message'].path)}", f"contact = {q(it['contact'])}", ""]
        for it in self.labels["offer"]:
            out += ["[[offer]]", f"message = {q(it['message'].path)}", ""]
        for it in self.labels["silent"]:
            out += ["[[silent]]", f"message = {q(it['message'].path)}", f"why = {q(it['why'])}", ""]
        with open(os.path.join(d, "EXPECT.toml"), "w") as f:
            f.write("\n".join(out))
        md = os.path.join(ROOT, "_tools", "meta")
        os.makedirs(md, exist_ok=True)
        with open(os.path.join(md, f"{self.slug}.json"), "w") as f:
            json.dump({"langs": self.langs, "country": self.country, "tz": self.tz, "notes": self.notes,
                       "text_moved": self.meta["text_moved"],
                       "procs": {m.path: m.proc for m in self.msgs},
                       "timeframe_procs": [t["message"].proc for t in self.labels["timeframe"]],
                       "timeframe_countries": [t["country"] for t in self.labels["timeframe"]],
                       "cal_dtstarts": {m.path: [x.isoformat() for x in m.dtstarts] for m in self.msgs if m.has_cal}},
                      f, indent=1)
        print(f"wrote {self.slug}: {len(self.msgs)} messages")


def _parse_dtstart(line: str) -> _dt.datetime:
    head, val = line.split(":", 1)
    if val.endswith("Z"):
        return _dt.datetime.strptime(val, "%Y%m%dT%H%M%SZ").replace(tzinfo=_dt.timezone.utc)
    tzid = None
    for p in head.split(";")[1:]:
        if p.startswith("TZID="):
            tzid = p[5:].strip('"')
    if "T" not in val:
        return _dt.datetime.strptime(val, "%Y%m%d").replace(tzinfo=_dt.timezone.utc)
    z = ZoneInfo(WINDOWS.get(tzid, tzid)) if tzid else _dt.timezone.utc
    return _dt.datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=z)


def sig(name, title=None, company=None, extra=None):
    s = f"\n\n{name}"
    if title:
        s += f"\n{title}"
    if company:
        s += f"\n{company}"
    if extra:
        s += f"\n{extra}"
    return s


def quote(m_text: str, who: str, when: str) -> str:
    lines = m_text.strip("\n").split("\n")
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + ln if ln else ">" for ln in lines)


HOLIDAYS = {
    "US": ["2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25"],
    "CA": ["2026-09-07", "2026-10-12", "2026-11-11", "2026-12-25"],
    "UK": ["2026-08-31", "2026-12-25", "2026-12-28"],
    "IE": ["2026-10-26", "2026-12-25", "2026-12-28"],
    "SE": ["2026-12-24", "2026-12-25"],
    "DK": ["2026-12-24", "2026-12-25"],
    "PL": ["2026-11-11", "2026-12-24", "2026-12-25"],
    "NG": ["2026-10-01", "2026-12-25", "2026-12-28"],
    "KE": ["2026-10-20", "2026-12-25"],
    "ZA": ["2026-09-24", "2026-12-16", "2026-12-25"],
    "DE": ["2026-10-03", "2026-12-25"],
    "FR": ["2026-11-01", "2026-11-11", "2026-12-25"],
    "NL": ["2026-12-25"],
    "ES": ["2026-10-12", "2026-11-01", "2026-12-08", "2026-12-25"],
    "PT": ["2026-10-05", "2026-11-01", "2026-12-01", "2026-12-08", "2026-12-25"],
    "BR": ["2026-09-07", "2026-10-12", "2026-11-02", "2026-11-15", "2026-11-20", "2026-12-25"],
    "IN": ["2026-10-02", "2026-10-20", "2026-11-09", "2026-12-25"],
    "AU": ["2026-10-05", "2026-12-25"],
}


def is_bday(d: _dt.date, country: str) -> bool:
    return d.weekday() < 5 and d.isoformat() not in HOLIDAYS.get(country, [])


def add_bdays(day: str, n: int, country: str) -> str:
    d = _dt.date.fromisoformat(day)
    while n:
        d += _dt.timedelta(days=1)
        if is_bday(d, country):
            n -= 1
    return d.isoformat()


def crosses_holiday(day: str, due: str, country: str) -> bool:
    a, b = _dt.date.fromisoformat(day), _dt.date.fromisoformat(due)
    return any(a < _dt.date.fromisoformat(h) <= b for h in HOLIDAYS.get(country, []))
