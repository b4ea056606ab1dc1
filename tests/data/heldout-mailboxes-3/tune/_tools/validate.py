"""Validator for the tune half's mailboxes (structure + label sanity).

Checks only /work/heldout3/tune (the other half is never read).
Usage: python3 validate.py [mNN-slug ...]
"""
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime, parseaddr
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import add_bdays  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
LO = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
HI = dt.datetime(2026, 12, 10, 23, 59, tzinfo=dt.timezone.utc)


def err(box, msg):
    errs.append(f"{box}: {msg}")


def dom(a):
    return a.rsplit("@", 1)[-1].lower()


def check_box(name):
    d = os.path.join(ROOT, name)
    tag = name
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"tune-{name}.json")))
    user = mb["user"]["email"].lower()
    utz = ZoneInfo(mb["user"]["timezone"])
    cs = dt.datetime.fromisoformat(mb["clock"]["start"])
    ce = dt.datetime.fromisoformat(mb["clock"]["end"])
    if ce > dt.datetime(2026, 12, 31, 23, 59, tzinfo=utz):
        err(tag, "clock end after 2026-12-31")
    files = []
    for fo in ("INBOX", "Sent"):
        for f in os.listdir(os.path.join(d, fo)):
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
                err(tag, f"bad file name {fo}/{f}")
            files.append((int(f[:3]), fo, f))
    files.sort()
    nums = [n for n, _, _ in files]
    if nums != list(range(1, len(nums) + 1)):
        err(tag, f"numbering gaps {nums}")
    if not 13 <= len(files) <= 30:
        err(tag, f"{len(files)} messages")
    if not any(fo == "Sent" for _, fo, _ in files):
        err(tag, "no Sent mail")
    mids = {}
    prev = None
    info = {}
    for n, fo, f in files:
        p = f"{fo}/{f}"
        raw = open(os.path.join(d, p), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(tag, f"{p} bare LF/CR")
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            err(tag, f"{p} line over 998 octets")
        hdr = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in hdr):
            err(tag, f"{p} 8-bit header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            err(tag, f"{p} defects {msg.defects}")
        date = parsedate_to_datetime(msg["Date"])
        if not LO <= date <= HI:
            err(tag, f"{p} date out of range")
        if date <= cs:
            err(tag, f"{p} before clock start")
        if date >= ce:
            err(tag, f"{p} after clock end")
        if prev and date <= prev:
            err(tag, f"{p} Date not after previous")
        prev = date
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            err(tag, f"{p} missing/duplicate Message-ID")
        irt = msg["In-Reply-To"]
        if irt and irt not in mids:
            err(tag, f"{p} In-Reply-To unknown/later message")
        for r in (str(msg["References"] or "")).split():
            if r not in mids:
                err(tag, f"{p} References unknown {r}")
        mids[mid] = p
        frm = parseaddr(str(msg["From"]))[1].lower()
        if fo == "Sent" and frm != user:
            err(tag, f"{p} Sent not from user")
        if fo == "INBOX" and frm == user:
            err(tag, f"{p} INBOX from user")
        has_cal = False
        for part in msg.walk():
            for dfc in getattr(part, "defects", []):
                err(tag, f"{p} part defect {dfc}")
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    payload.decode(part.get_content_charset() or "ascii")
                    part.get_content()
            except Exception as e:  # noqa
                err(tag, f"{p} part {ct} does not decode: {e}")
            if ct in ("text/calendar", "application/ics") or (part.get_filename() or "").endswith(".ics"):
                has_cal = True
                txt = payload.decode("utf-8")
                if "BEGIN:VCALENDAR" not in txt or "END:VCALENDAR" not in txt:
                    err(tag, f"{p} bad calendar")
        for h in ("Subject", "From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                err(tag, f"{p} no {h}")
        info[p] = {"date": date, "has_cal": has_cal, "from": frm, "fo": fo, "n": n}
    allp = set(info)
    starts = {k: [dt.datetime.fromisoformat(x) for x in v] for k, v in meta["cal_dtstarts"].items()}
    last_due = None
    last_iv = None
    for kind, items in ex.items():
        if kind not in ("interview", "timeframe", "rejection", "offer", "silent"):
            err(tag, f"unknown list {kind}")
        seen = set()
        for i, it in enumerate(items):
            if it["message"] not in allp:
                err(tag, f"{kind} path missing {it['message']}")
                continue
            mi = info[it["message"]]
            if kind in ("rejection", "offer", "silent"):
                if it["message"] in seen:
                    err(tag, f"{kind} duplicate {it['message']}")
                seen.add(it["message"])
                if mi["fo"] != "INBOX":
                    err(tag, f"{kind} labels a Sent message")
            if kind == "interview":
                st = dt.datetime.fromisoformat(it["start"])
                last_iv = max(last_iv or st, st)
                if it["source"] == "text" and mi["has_cal"]:
                    err(tag, f"interview {it['message']} text but has calendar part")
                if it["source"] == "calendar":
                    if not mi["has_cal"]:
                        err(tag, f"interview {it['message']} calendar but no calendar part")
                    if i not in meta["text_moved"]:
                        ok = any(s == st and s.utcoffset() is not None for p2, ss in starts.items()
                                 if info[p2]["n"] >= mi["n"] for s in ss)
                        if not ok:
                            err(tag, f"interview {it['message']} start {st} not a DTSTART")
                if st <= mi["date"]:
                    err(tag, f"interview {it['message']} starts before message")
                if not it["interviewers"]:
                    err(tag, f"interview {it['message']} without interviewers")
                for x in it["interviewers"]:
                    if not (x.startswith("name:") or "@" in x):
                        err(tag, f"bad interviewer {x}")
                    if x.lower() == user:
                        err(tag, "user as interviewer")
            if kind == "timeframe":
                due = dt.date.fromisoformat(it["due"])
                last_due = max(last_due or due, due)
                if due < mi["date"].astimezone(utz).date():
                    err(tag, f"timeframe due before message {it['message']}")
                if not it["contact"] or "@" not in it["contact"]:
                    err(tag, f"timeframe needs contact {it['message']}")
                doms = set(meta.get("tf_domains", {}).get(str(i), [dom(it["contact"])]))
                bd = dt.date.fromisoformat(add_bdays(it["due"], 1, meta.get("country", "US")))
                news_before = False
                for p2, v in info.items():
                    if v["fo"] != "INBOX" or v["n"] <= mi["n"] or dom(v["from"]) not in doms:
                        continue
                    after = meta.get("tf_after", {}).get(str(i))
                    if after and v["date"] <= dt.datetime.fromisoformat(after):
                        continue  # mail before the interview the promise is counted from
                    local = v["date"].astimezone(utz).date()
                    if local == bd or v["date"].date() == bd:
                        err(tag, f"company mail {p2} on boundary day {bd}")
                    if local < bd:
                        news_before = True
                        if not it["answered"]:
                            err(tag, f"unanswered timeframe {it['message']} but {p2} came before {bd}")
                if it["answered"] and not news_before:
                    err(tag, f"answered timeframe {it['message']} has no company mail before {bd}")
            if kind == "rejection" and it["contact"] and "@" not in it["contact"]:
                err(tag, "rejection contact")
            if kind == "silent" and not it.get("why"):
                err(tag, "silent without why")
    if last_due and ce.date() < last_due + dt.timedelta(days=21):
        err(tag, f"clock end {ce} < last due {last_due} + 3w")
    if last_iv and ce <= last_iv:
        err(tag, "clock end before last interview")
    return len(files)


names = sys.argv[1:] or sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"m\d\d-.*", x))
total = 0
for name in names:
    total += check_box(name)
print(f"checked {len(names)} mailboxes, {total} messages")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
