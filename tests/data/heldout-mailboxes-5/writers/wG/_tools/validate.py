"""Validate Part G mailboxes.  python3 validate.py [mNN ...]"""
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
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import HOLIDAYS, _parse_dtstart  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO, HI = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 12, 11, tzinfo=dt.timezone(dt.timedelta(hours=14)))


def cal_events(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/calendar", "application/ics"):
            raw = part.get_payload(decode=True).decode("utf-8")
            raw = re.sub(r"\r\n[ \t]", "", raw)
            for blk in raw.split("BEGIN:VEVENT")[1:]:
                ev = {}
                for ln in blk.split("\r\n"):
                    if ln.startswith("DTSTART"):
                        ev["start"] = _parse_dtstart(ln)
                    elif ln.startswith("UID:"):
                        ev["uid"] = ln[4:]
                    elif ln.startswith("SEQUENCE:"):
                        ev["seq"] = int(ln[9:])
                    elif ln.startswith("STATUS:"):
                        ev["status"] = ln[7:]
                m = re.search(r"METHOD:(\w+)", raw)
                ev["method"] = m.group(1) if m else None
                out.append(ev)
    return out


def check(box):
    errs = []
    E = errs.append
    mb = tomllib.load(open(os.path.join(box, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(box, "EXPECT.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", os.path.basename(box) + ".json")))
    utz = ZoneInfo(mb["user"]["timezone"])
    files = sorted(glob.glob(os.path.join(box, "INBOX", "*.eml")) + glob.glob(os.path.join(box, "Sent", "*.eml")),
                   key=lambda p: os.path.basename(p))
    nums = [int(os.path.basename(p)[:3]) for p in files]
    if nums != list(range(1, len(files) + 1)):
        E(f"numbering not contiguous: {nums}")
    msgs, mids, prev = {}, {}, None
    for p in files:
        rel = os.path.relpath(p, box)
        data = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            E(f"{rel}: not CRLF")
        m = email.message_from_bytes(data, policy=email.policy.default)
        for part in m.walk():
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    E(f"{rel}: part {part.get_content_type()} does not decode: {e}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if m[h] is None:
                E(f"{rel}: missing {h}")
        d = m["Date"].datetime
        if not (LO <= d < HI):
            E(f"{rel}: Date {d} out of range")
        if prev and d <= prev:
            E(f"{rel}: Date not after previous")
        prev = d
        mid = m["Message-ID"].strip()
        if mid in mids:
            E(f"{rel}: duplicate Message-ID")
        mids[mid] = (rel, d)
        irt = m["In-Reply-To"]
        if irt is not None:
            irt = irt.strip()
            if irt not in mids:
                E(f"{rel}: In-Reply-To not an earlier message")
        frm = email.utils.parseaddr(str(m["From"]))[1].lower()
        if rel.startswith("Sent/") and frm != mb["user"]["email"]:
            E(f"{rel}: Sent From is not the user")
        texts = [str(m)]
        for part in m.walk():
            if not part.is_multipart():
                c = part.get_content()
                if isinstance(c, bytes):
                    c = c.decode("utf-8", "replace")
                texts.append(re.sub(r"\r?\n[ \t]", "", c))
        msgs[rel] = {"date": d, "from": frm, "raw": "\n".join(texts).lower(), "msg": m,
                     "cal": cal_events(m)}
    start = dt.datetime.fromisoformat(mb["clock"]["start"])
    end = dt.datetime.fromisoformat(mb["clock"]["end"])
    first = min(v["date"] for v in msgs.values())
    last = max(v["date"] for v in msgs.values())
    if start >= first:
        E("clock start not before first message")
    if end <= last or end > dt.datetime(2026, 12, 31, 23, 59, tzinfo=utz):
        E("clock end bad")
    allraw = "\n".join(v["raw"] for v in msgs.values())
    for kind in ("interview", "timeframe", "rejection", "offer", "silent"):
        for it in ex.get(kind, []):
            if it["message"] not in msgs:
                E(f"{kind}: missing file {it['message']}")
    # interviews
    for it in ex.get("interview", []):
        r = msgs.get(it["message"])
        if not r:
            continue
        s = dt.datetime.fromisoformat(it["start"])
        if s <= r["date"]:
            E(f"interview {it['message']}: start not after message")
        for a in it["interviewers"]:
            if a.startswith("name:"):
                continue
            if a.lower() not in allraw:
                E(f"interview {it['message']}: {a} not in mailbox")
        has_cal = bool(r["cal"])
        if (it["source"] == "calendar") != has_cal:
            E(f"interview {it['message']}: source {it['source']} but has_cal={has_cal}")
        if has_cal:
            uid = r["cal"][0].get("uid")
            evs = [(v["date"], e) for v in msgs.values() for e in v["cal"] if e.get("uid") == uid]
            evs.sort(key=lambda x: (x[1].get("seq", 0), x[0]))
            final = evs[-1][1]
            if final.get("status") == "CANCELLED" or final.get("method") == "CANCEL":
                if it["thank_you"]:
                    E(f"interview {it['message']}: cancelled but thank_you")
            elif final["start"] != s and not meta.get("text_moved"):
                E(f"interview {it['message']}: label {s} != final DTSTART {final['start']}")
    # timeframes
    comp = meta.get("companies", {})
    for it in ex.get("timeframe", []):
        r = msgs.get(it["message"])
        if not r:
            continue
        dom = it["contact"].split("@")[-1].lower()
        info = comp.get(dom, {})
        ctys = [meta.get("country", "")] + [info.get("country", "")]
        doms = [dom] + info.get("also", [])
        due = dt.date.fromisoformat(it["due"])
        if (end.date() - due).days < 21:
            E(f"timeframe {it['message']}: clock end < due+21")
        nb = due + dt.timedelta(days=1)
        while nb.weekday() >= 5 or any(nb.isoformat() in HOLIDAYS.get(c, []) for c in ctys):
            nb += dt.timedelta(days=1)
        ztz = [utz] + ([ZoneInfo(info["tz"])] if info.get("tz") else [])
        after = r["date"]
        if it["message"] in meta.get("tf_news_after", {}):
            after = dt.datetime.fromisoformat(meta["tf_news_after"][it["message"]])
        later = [(k, v) for k, v in msgs.items() if v["date"] > after and k.startswith("INBOX/")
                 and any(v["from"].endswith("@" + d) or v["from"] == d for d in doms)]
        for k, v in later:
            for z in ztz:
                ld = v["date"].astimezone(z).date()
                if due < ld <= nb:
                    E(f"timeframe {it['message']}: company mail {k} on {ld} (due {due}, +1bd {nb})")
        before = [k for k, v in later if any(v["date"].astimezone(z).date() <= due for z in ztz)]
        if it["answered"] and not before:
            E(f"timeframe {it['message']}: answered but no company mail by due")
        if not it["answered"] and before:
            E(f"timeframe {it['message']}: unanswered but company mail {before} by due")
        if it["contact"].lower() not in allraw:
            E(f"timeframe {it['message']}: contact not in mailbox")
    for it in ex.get("rejection", []):
        if it["contact"] and it["contact"].lower() not in allraw:
            E(f"rejection {it['message']}: contact not in mailbox")
    return errs, len(msgs)


def main():
    boxes = sorted(glob.glob(os.path.join(ROOT, "m0*")))
    if len(sys.argv) > 1:
        boxes = [b for b in boxes if os.path.basename(b)[:3] in sys.argv[1:]]
    bad = 0
    for b in boxes:
        errs, n = check(b)
        print(f"{os.path.basename(b)}: {n} messages, {'OK' if not errs else str(len(errs)) + ' problems'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
