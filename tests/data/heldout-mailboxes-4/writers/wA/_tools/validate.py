"""Validator for the held-out mailboxes (structure + label sanity)."""
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime, parseaddr, getaddresses

sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import add_bdays, _parse_dtstart, HOLIDAYS  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []


def err(box, msg):
    errs.append(f"{box}: {msg}")


def check_box(name):
    d = os.path.join(ROOT, name)
    tag = name
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"{name}.json")))
    user = mb["user"]["email"].lower()
    cs = dt.datetime.fromisoformat(mb["clock"]["start"])
    ce = dt.datetime.fromisoformat(mb["clock"]["end"])
    if ce > dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc):
        err(tag, "clock end after 2026-12-31")
    files = []
    for fo in ("INBOX", "Sent"):
        for f in os.listdir(os.path.join(d, fo)):
            files.append((int(f[:3]), fo, f))
    files.sort()
    nums = [n for n, _, _ in files]
    if nums != list(range(1, len(nums) + 1)):
        err(tag, f"numbering gaps {nums}")
    if not 15 <= len(files) <= 30:
        err(tag, f"{len(files)} messages")
    mids = {}
    alltext = []
    prev = None
    info = {}
    for n, fo, f in files:
        p = f"{fo}/{f}"
        raw = open(os.path.join(d, p), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            err(tag, f"{p} bare LF")
        hdr = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in hdr):
            err(tag, f"{p} 8-bit header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        date = parsedate_to_datetime(msg["Date"])
        if not dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) <= date <= dt.datetime(2026, 12, 10, 23, 59, tzinfo=dt.timezone.utc):
            err(tag, f"{p} date out of range")
        if date <= cs:
            err(tag, f"{p} before clock start")
        if prev and date <= prev:
            err(tag, f"{p} Date not after previous")
        prev = date
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            err(tag, f"{p} missing/duplicate Message-ID")
        irt = msg["In-Reply-To"]
        if irt and irt not in mids:
            err(tag, f"{p} In-Reply-To unknown/later message")
        mids[mid] = p
        frm = parseaddr(str(msg["From"]))[1].lower()
        if fo == "Sent" and frm != user:
            err(tag, f"{p} Sent not from user")
        if fo == "INBOX" and frm == user:
            err(tag, f"{p} INBOX from user")
        has_cal = False
        alltext.append(raw.decode("utf-8", "replace").lower())
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                payload = part.get_payload(decode=True)
                alltext.append(payload.decode("utf-8", "replace").replace("\r\n ", "").replace("\n ", "").lower())
                if part.get_content_maintype() == "text":
                    payload.decode(part.get_content_charset() or "ascii")
                    part.get_content()
            except Exception as e:  # noqa
                err(tag, f"{p} part {ct} does not decode: {e}")
            if ct == "text/calendar" or ct == "application/ics" or (part.get_filename() or "").endswith(".ics"):
                has_cal = True
                txt = payload.decode("utf-8")
                if "BEGIN:VCALENDAR" not in txt or "END:VCALENDAR" not in txt:
                    err(tag, f"{p} bad calendar")
        for h in ("Subject", "From", "To"):
            if msg[h] is None:
                err(tag, f"{p} no {h}")
        info[p] = {"date": date, "has_cal": has_cal, "from": frm, "fo": fo, "n": n}
    allp = set(info)
    later_starts = {}
    for k, v in meta["cal_dtstarts"].items():
        later_starts[k] = [dt.datetime.fromisoformat(x) for x in v]
    last_due = None
    for kind, items in ex.items():
        for i, it in enumerate(items):
            if it["message"] not in allp:
                err(tag, f"{kind} path missing {it['message']}")
                continue
            mi = info[it["message"]]
            if kind == "interview":
                st = dt.datetime.fromisoformat(it["start"])
                if it["source"] == "text" and mi["has_cal"]:
                    err(tag, f"interview {it['message']} text but has calendar part")
                if it["source"] == "calendar":
                    if not mi["has_cal"]:
                        err(tag, f"interview {it['message']} calendar but no calendar part")
                    if i not in meta["text_moved"]:
                        ok = any(s == st for p2, ss in later_starts.items() if info[p2]["n"] >= mi["n"] for s in ss)
                        if not ok:
                            err(tag, f"interview {it['message']} start {st} not a DTSTART")
                if st <= mi["date"]:
                    err(tag, f"interview {it['message']} starts before message")
                for x in it["interviewers"]:
                    if not (x.startswith("name:") or "@" in x):
                        err(tag, f"bad interviewer {x}")
                    if x.lower() == user:
                        err(tag, "user as interviewer")
                    if "@" in x and not any(x.lower() in t for t in alltext):
                        err(tag, f"interviewer address {x} not in mailbox")
            if kind == "timeframe":
                due = dt.date.fromisoformat(it["due"])
                if last_due is None or due > last_due:
                    last_due = due
                if due < mi["date"].date():
                    err(tag, f"timeframe due before message {it['message']}")
                if not it["contact"] or "@" not in it["contact"]:
                    err(tag, f"timeframe needs contact {it['message']}")
                dom = it["contact"].split("@")[1]
                # boundary day: next business day after due, check for company mail that day
                for c in ("US", "UK", "DE"):
                    pass
                bd = dt.date.fromisoformat(add_bdays(it["due"], 1, meta.get("country", "US")))
                for p2, v in info.items():
                    if v["fo"] == "INBOX" and v["from"].endswith(dom) and v["n"] > mi["n"]:
                        from zoneinfo import ZoneInfo
                        local = v["date"].astimezone(ZoneInfo(mb["user"]["timezone"])).date()
                        if local == bd or v["date"].date() == bd:
                            err(tag, f"company mail {p2} on boundary day {bd}")
            if kind == "timeframe":
                # answered consistency: any company mail after the message up to due + 1 business day?
                from zoneinfo import ZoneInfo
                zu = ZoneInfo(mb["user"]["timezone"])
                news = [p2 for p2, v in info.items() if v["fo"] == "INBOX" and v["from"].endswith(dom)
                        and v["n"] > mi["n"] and v["date"].astimezone(zu).date() <= bd]
                if it["answered"] and not news:
                    err(tag, f"timeframe {it['message']} answered but no company mail by {bd}")
                if not it["answered"] and news:
                    err(tag, f"timeframe {it['message']} unanswered but company mail {news}")
            if kind == "rejection" and it["contact"] and "@" not in it["contact"]:
                err(tag, "rejection contact")
    if last_due and ce.date() < last_due + dt.timedelta(days=21):
        err(tag, f"clock end {ce} < last due {last_due} + 3w")
    return len(files)


total = 0
for name in sorted(os.listdir(ROOT)):
    if re.match(r"m\d\d-", name) and os.path.isdir(os.path.join(ROOT, name)):
        total += check_box(name)
print(f"checked {total} messages")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
