"""Validator for the held-out mailboxes of this half (structure + label sanity).

Usage: python3 validate.py [mNN-slug ...]   (default: every mNN-* folder)
"""
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime, parseaddr, getaddresses
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import add_bdays, _parse_dtstart, HOLIDAYS  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
warns = []


def err(box, msg):
    errs.append(f"{box}: {msg}")


def warn(box, msg):
    warns.append(f"{box}: {msg}")


def check_box(name):
    d = os.path.join(ROOT, name)
    tag = name
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    for k in ex:
        if k not in ("interview", "timeframe", "rejection", "offer", "silent"):
            err(tag, f"unknown EXPECT key {k}")
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"{name}.json")))
    user = mb["user"]["email"].lower()
    utz = ZoneInfo(mb["user"]["timezone"])
    cs = dt.datetime.fromisoformat(mb["clock"]["start"])
    ce = dt.datetime.fromisoformat(mb["clock"]["end"])
    if ce.astimezone(utz).date() > dt.date(2026, 12, 31):
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
    alltext = ""
    for n, fo, f in files:
        p = f"{fo}/{f}"
        raw = open(os.path.join(d, p), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(tag, f"{p} bare LF/CR")
        hdr = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in hdr):
            err(tag, f"{p} 8-bit header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            err(tag, f"{p} defects {msg.defects}")
        date = parsedate_to_datetime(msg["Date"])
        if not dt.datetime(2026, 9, 1, tzinfo=utz) <= date <= dt.datetime(2026, 12, 10, 23, 59, tzinfo=utz):
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
        for r in (msg["References"] or "").split():
            if r not in mids:
                err(tag, f"{p} References unknown {r}")
        mids[mid] = p
        frm = parseaddr(str(msg["From"]))[1].lower()
        if fo == "Sent" and frm != user:
            err(tag, f"{p} Sent not from user")
        if fo == "INBOX" and frm == user:
            err(tag, f"{p} INBOX from user")
        hdr_addrs = set()
        for h in ("From", "To", "Cc", "Reply-To", "Sender"):
            for _, a in getaddresses([str(x) for x in msg.get_all(h, [])]):
                hdr_addrs.add(a.lower())
        for a in hdr_addrs:
            if a and not re.search(r"\.example$|\.example\.(com|org|net)$", a.split("@")[-1]):
                warn(tag, f"{p} non-.example address {a}")
        has_cal = False
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    payload.decode(part.get_content_charset() or "ascii")
                    texts.append(part.get_content())
            except Exception as e:  # noqa
                err(tag, f"{p} part {ct} does not decode: {e}")
            if ct == "text/calendar" or ct == "application/ics" or (part.get_filename() or "").endswith(".ics"):
                has_cal = True
                txt = payload.decode("utf-8")
                if "BEGIN:VCALENDAR" not in txt or "END:VCALENDAR" not in txt:
                    err(tag, f"{p} bad calendar")
        for h in ("Subject", "From", "To", "Date", "Message-ID"):
            if msg[h] is None:
                err(tag, f"{p} no {h}")
        body = "\n".join(texts)
        alltext += " ".join(hdr_addrs) + "\n" + body.lower() + "\n"
        info[p] = {"date": date, "has_cal": has_cal, "from": frm, "fo": fo, "n": n,
                   "addrs": hdr_addrs, "reply_to": [a.lower() for _, a in getaddresses([str(x) for x in msg.get_all("Reply-To", [])])]}
    if cs.astimezone(utz).date() > min(v["date"] for v in info.values()).astimezone(utz).date():
        err(tag, "clock start after first message")
    allp = set(info)
    later_starts = {k: [dt.datetime.fromisoformat(x) for x in v] for k, v in meta["cal_dtstarts"].items()}
    last_due = None
    seen = {}
    for kind, items in ex.items():
        for i, it in enumerate(items):
            key = (kind, it["message"], it.get("start"))
            if key in seen and kind != "interview":
                err(tag, f"duplicate {kind} label {it['message']}")
            seen[key] = 1
            if it["message"] not in allp:
                err(tag, f"{kind} path missing {it['message']}")
                continue
            mi = info[it["message"]]
            if kind in ("interview", "timeframe", "rejection", "offer") and mi["fo"] != "INBOX":
                err(tag, f"{kind} label on Sent message {it['message']}")
            if kind == "interview":
                st = dt.datetime.fromisoformat(it["start"])
                if st.tzinfo is None:
                    err(tag, "interview start without offset")
                if it["source"] not in ("text", "calendar"):
                    err(tag, "bad source")
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
                if not it["interviewers"]:
                    err(tag, f"interview {it['message']} no interviewers")
                for x in it["interviewers"]:
                    if not (x.startswith("name:") or "@" in x):
                        err(tag, f"bad interviewer {x}")
                    if x.lower() == user:
                        err(tag, "user as interviewer")
                    if "@" in x and x.lower() not in alltext:
                        err(tag, f"interviewer {x} never appears in the mail")
                    if x.startswith("name:") and x[5:].lower() not in alltext:
                        err(tag, f"interviewer {x} name never appears")
            if kind == "timeframe":
                due = dt.date.fromisoformat(it["due"])
                country = meta["tf_country"][i]
                news = meta["tf_news"][i]
                qa = (meta.get("tf_quiet_after") or [None] * len(items))[i]
                qa_n = info[qa]["n"] if qa in info else mi["n"]
                if last_due is None or due > last_due:
                    last_due = due
                if due < mi["date"].astimezone(utz).date():
                    err(tag, f"timeframe due before message {it['message']}")
                if not it["contact"] or "@" not in it["contact"]:
                    err(tag, f"timeframe needs contact {it['message']}")
                    continue
                if it["contact"].lower() not in alltext:
                    err(tag, f"timeframe contact {it['contact']} never appears")
                dom = it["contact"].split("@")[1].lower()
                bd = dt.date.fromisoformat(add_bdays(it["due"], 1, country))
                for p2, v in info.items():
                    if v["fo"] == "INBOX" and v["n"] > mi["n"] and (v["from"].endswith(dom) or any(a.endswith(dom) for a in v["reply_to"])):
                        local = v["date"].astimezone(utz).date()
                        if local == bd or v["date"].date() == bd:
                            err(tag, f"company mail {p2} on boundary day {bd} of {it['message']}")
                        if not it["answered"] and local <= bd and v["n"] > qa_n:
                            err(tag, f"unanswered timeframe {it['message']} but company mail {p2} on {local} <= {bd}")
                if it["answered"]:
                    if not news or news not in info:
                        err(tag, f"answered timeframe {it['message']} without news message")
                    else:
                        nv = info[news]
                        if nv["n"] <= mi["n"]:
                            err(tag, f"news {news} before timeframe message")
                        if nv["date"].date() > due and nv["date"].astimezone(utz).date() > due:
                            err(tag, f"news {news} after due {due}")
                if due.weekday() >= 5:
                    warn(tag, f"due {due} on a weekend")
            if kind == "rejection":
                c = it["contact"]
                if c:
                    if "@" not in c:
                        err(tag, "rejection contact")
                    elif c.lower() not in alltext:
                        err(tag, f"rejection contact {c} never appears")
                    if "noreply" in c or "no-reply" in c or "donotreply" in c:
                        err(tag, f"rejection contact is a no-reply address {c}")
                else:
                    f = mi["from"]
                    if mi["reply_to"] and not any(("noreply" in a or "no-reply" in a or "donotreply" in a) for a in mi["reply_to"]):
                        err(tag, f"rejection {it['message']} has empty contact but a human Reply-To")
    if last_due and ce.astimezone(utz).date() < last_due + dt.timedelta(days=21):
        err(tag, f"clock end {ce} < last due {last_due} + 3w")
    return len(files)


names = sys.argv[1:] or sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"m\d\d-[a-z0-9-]+", x))
total = 0
for name in names:
    total += check_box(name)
print(f"checked {len(names)} mailboxes, {total} messages")
for w in warns:
    print("WARN", w)
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
