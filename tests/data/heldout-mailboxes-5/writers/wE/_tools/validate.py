#!/usr/bin/env python3
"""Validate the mailboxes of this folder (or the ones named on the command line)."""
import datetime as dt
import email
import email.policy
import email.utils
import glob
import json
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import add_bdays, is_bday  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
HI = dt.datetime(2026, 12, 11, tzinfo=dt.timezone.utc)


def check(box):
    errs = []
    name = os.path.basename(box)
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", name + ".json")))
    mb = tomllib.load(open(os.path.join(box, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(box, "EXPECT.toml"), "rb"))
    cstart = dt.datetime.fromisoformat(mb["clock"]["start"])
    cend = dt.datetime.fromisoformat(mb["clock"]["end"])
    files = sorted(glob.glob(os.path.join(box, "INBOX", "*.eml")) + glob.glob(os.path.join(box, "Sent", "*.eml")),
                   key=lambda p: os.path.basename(p))
    nums = [int(os.path.basename(p)[:3]) for p in files]
    if nums != list(range(1, len(files) + 1)):
        errs.append(f"NNN not 1..n: {nums}")
    if not 15 <= len(files) <= 30:
        errs.append(f"{len(files)} messages")
    mids, dates, alltext, bypath = {}, [], [], {}
    for p in files:
        rel = os.path.relpath(p, box)
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append(f"{rel}: bare LF/CR")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errs.append(f"{rel}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                errs.append(f"{rel}: part defects {part.defects}")
            if not part.is_multipart() and part.get_content_maintype() == "text":
                c = part.get_content()
                if part.get_content_type() == "text/calendar":
                    c = c.replace("\r\n ", "").replace("\n ", "")
                alltext.append(c)
            elif part.get_content_type() == "application/ics":
                alltext.append(part.get_payload(decode=True).decode("utf-8", "replace").replace("\r\n ", ""))
        alltext.append(raw.decode("utf-8", "replace"))
        d = msg["Date"].datetime
        if not (LO <= d < HI):
            errs.append(f"{rel}: date {d} out of range")
        if d <= cstart:
            errs.append(f"{rel}: before clock start")
        dates.append(d)
        mid = msg["Message-ID"]
        if mid in mids:
            errs.append(f"{rel}: duplicate Message-ID")
        irt = msg["In-Reply-To"]
        if irt:
            if irt not in mids:
                errs.append(f"{rel}: In-Reply-To not an earlier message")
        mids[mid] = rel
        has_cal = any(pt.get_content_type() in ("text/calendar", "application/ics") for pt in msg.walk())
        frm = msg["From"].addresses[0].addr_spec.lower()
        bypath[rel] = dict(date=d, cal=has_cal, frm=frm, folder=rel.split("/")[0], msg=msg)
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        errs.append("Date order does not follow NNN")
    blob = "\n".join(alltext).lower()
    for kind in ("interview", "timeframe", "rejection", "offer", "silent"):
        for it in ex.get(kind, []):
            if it["message"] not in bypath:
                errs.append(f"{kind}: missing file {it['message']}")
    moved = set(meta.get("text_moved", []))
    for idx, it in enumerate(ex.get("interview", [])):
        m = bypath.get(it["message"])
        if not m:
            continue
        st = dt.datetime.fromisoformat(it["start"])
        if st <= m["date"]:
            errs.append(f"interview {it['message']}: start before message")
        if (it["source"] == "calendar") != m["cal"]:
            errs.append(f"interview {it['message']}: source {it['source']} vs cal={m['cal']}")
        if not (LO <= st < dt.datetime(2026, 12, 31, tzinfo=dt.timezone.utc)):
            errs.append(f"interview {it['message']}: start out of range")
        for a in it["interviewers"]:
            if a.startswith("name:"):
                if a[5:].lower() not in blob:
                    errs.append(f"interviewer name {a} not in mailbox")
            elif a.lower() not in blob:
                errs.append(f"interviewer {a} not in mailbox")
        if m["cal"] and idx not in moved:
            starts = [dt.datetime.fromisoformat(x) for x in meta["cal_dtstarts"].get(it["message"], [])]
            if st not in starts:
                errs.append(f"interview {it['message']}: start {st} not a DTSTART of its calendar {starts}")
        if not it["interviewers"]:
            errs.append(f"interview {it['message']}: no interviewers")
    comp = meta.get("company", {})
    last_due = None
    for it in ex.get("timeframe", []):
        m = bypath.get(it["message"])
        if not m:
            continue
        co = comp.get(it["message"])
        if not co:
            errs.append(f"timeframe {it['message']}: message has no company tag")
        due = dt.date.fromisoformat(it["due"])
        last_due = max(last_due or due, due)
        ctry = meta.get("tf_country", {}).get(it["message"], meta.get("country", "US"))
        d1 = dt.date.fromisoformat(add_bdays(it["due"], 1, ctry))
        tz = m["date"].tzinfo
        later = [(p, x) for p, x in bypath.items()
                 if x["folder"] == "INBOX" and comp.get(p) == co and x["date"] > m["date"]]
        for p, x in later:
            if x["date"].astimezone(tz).date() == d1:
                errs.append(f"timeframe {it['message']}: company mail {p} on due+1bd {d1}")
        news = [p for p, x in later if x["date"].astimezone(tz).date() < d1]
        if it["answered"] and not news:
            errs.append(f"timeframe {it['message']}: answered but no company mail before {d1}")
        if not it["answered"] and news:
            errs.append(f"timeframe {it['message']}: unanswered but company mail {news}")
        if it["contact"] and it["contact"].lower() not in blob:
            errs.append(f"timeframe contact {it['contact']} not in mailbox")
        if m["date"].astimezone(tz).date() >= due:
            errs.append(f"timeframe {it['message']}: due not after message")
    for it in ex.get("rejection", []):
        if it["contact"] and it["contact"].lower() not in blob:
            errs.append(f"rejection contact {it['contact']} not in mailbox")
    if last_due:
        if cend.date() < last_due + dt.timedelta(days=21):
            errs.append(f"clock end {cend} < last due {last_due} + 21 days")
    if cend > dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc):
        errs.append("clock end after 2026-12-31")
    if max(dates) >= cend:
        errs.append("message after clock end")
    return errs, len(files)


def main():
    boxes = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "m[0-9][0-9]-*")))
    bad = 0
    for b in boxes:
        errs, n = check(b)
        print(f"{os.path.basename(b)}: {n} messages, {'OK' if not errs else str(len(errs)) + ' problems'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
