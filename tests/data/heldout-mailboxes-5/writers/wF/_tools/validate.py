"""Validate Part F mailboxes. Usage: python3 validate.py [m01 ...]"""
import datetime as dt, email, json, os, re, sys, tomllib
from email import policy
from email.utils import parsedate_to_datetime, getaddresses
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import add_bdays, HOLIDAYS, crosses_holiday

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []


def err(box, s):
    errs.append(f"{box}: {s}")
    print(f"ERROR {box}: {s}")


def body_text(m):
    out = []
    for p in m.walk():
        if p.is_multipart():
            continue
        try:
            c = p.get_content()
        except Exception:
            c = p.get_payload(decode=True) or b""
        if isinstance(c, bytes):
            c = c.decode("utf-8", "replace")
        out.append(c)
    return "\n".join(out)


def check(slug):
    d = os.path.join(ROOT, slug)
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", slug + ".json")))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    tz = ZoneInfo(mb["user"]["timezone"])
    msgs = {}
    nums = set()
    for folder in ("INBOX", "Sent"):
        for fn in sorted(os.listdir(os.path.join(d, folder))):
            raw = open(os.path.join(d, folder, fn), "rb").read()
            if re.search(rb"(?<!\r)\n", raw):
                err(slug, f"{fn}: bare LF")
            m = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Date", "Message-ID", "Subject"):
                if m[h] is None:
                    err(slug, f"{fn}: missing {h}")
            n = int(fn[:3])
            if n in nums:
                err(slug, f"duplicate number {n}")
            nums.add(n)
            txt = body_text(m)
            msgs[f"{folder}/{fn}"] = dict(n=n, m=m, date=parsedate_to_datetime(m["Date"]), raw=raw,
                                          text=txt, folder=folder, mid=m["Message-ID"].strip())
    order = sorted(msgs.items(), key=lambda kv: kv[1]["n"])
    if [x[1]["n"] for x in order] != list(range(1, len(order) + 1)):
        err(slug, "numbers not contiguous")
    for (a, x), (b, y) in zip(order, order[1:]):
        if not x["date"] < y["date"]:
            err(slug, f"date order {a} !< {b}")
    mids = [x["mid"] for _, x in order]
    if len(set(mids)) != len(mids):
        err(slug, "duplicate Message-ID")
    seen = set()
    for p, x in order:
        irt = x["m"]["In-Reply-To"]
        if irt and irt.strip() not in seen:
            err(slug, f"{p}: In-Reply-To not earlier")
        seen.add(x["mid"])
        if not (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=14) <= x["date"] <= dt.datetime(2026, 12, 11, tzinfo=dt.timezone.utc)):
            err(slug, f"{p}: date out of range")
    if not 15 <= len(order) <= 30:
        err(slug, f"{len(order)} messages")
    cs = dt.datetime.fromisoformat(mb["clock"]["start"])
    ce = dt.datetime.fromisoformat(mb["clock"]["end"])
    if cs >= order[0][1]["date"]:
        err(slug, "clock start after first message")
    if ce.date() > dt.date(2026, 12, 31) or ce <= order[-1][1]["date"]:
        err(slug, "clock end")
    alltext = "\n".join(x["raw"].decode("utf-8", "replace") + x["text"] for _, x in order).lower()
    alltext = alltext.replace("\r\n ", "").replace("\n ", "")
    for kind in ("interview", "timeframe", "rejection", "offer", "silent"):
        for it in ex.get(kind, []):
            if it["message"] not in msgs:
                err(slug, f"{kind} -> missing {it['message']}")
    for it in ex.get("interview", []):
        x = msgs[it["message"]]
        st = dt.datetime.fromisoformat(it["start"])
        if st <= x["date"]:
            err(slug, f"interview {it['message']} starts before message")
        hascal = any(p.get_content_type() in ("text/calendar", "application/ics") for p in x["m"].walk())
        if (it["source"] == "calendar") != hascal:
            err(slug, f"interview {it['message']} source {it['source']} vs calendar part {hascal}")
        for a in it["interviewers"]:
            if a.startswith("name:"):
                if a[5:].lower() not in alltext:
                    err(slug, f"interviewer name {a} not in mailbox")
            elif a.lower() not in alltext:
                err(slug, f"interviewer {a} not in mailbox")
        if x["folder"] != "INBOX":
            err(slug, f"interview label on Sent {it['message']}")
        if it["start"][-6:] not in ("+00:00", "+01:00", "+02:00", "+03:00"):
            err(slug, f"odd offset {it['start']}")
    last_due = None
    procs = meta["procs"]
    for i, it in enumerate(ex.get("timeframe", [])):
        x = msgs[it["message"]]
        proc = procs[it["message"]]
        country = meta["timeframe_countries"][i]
        due = it["due"]
        last_due = max(last_due or due, due)
        nb = add_bdays(due, 1, country)
        if it["contact"].lower() not in alltext:
            err(slug, f"timeframe contact {it['contact']} not in mailbox")
        comp = [(p, y) for p, y in order if y["folder"] == "INBOX" and procs[p] == proc and y["date"] > x["date"]]
        for p, y in comp:
            if y["date"].astimezone(tz).date().isoformat() == nb:
                err(slug, f"timeframe {it['message']}: company mail {p} on due+1bd {nb}")
        before = [p for p, y in comp if y["date"].astimezone(tz).date().isoformat() < nb]
        if it["answered"] and not before:
            err(slug, f"timeframe {it['message']} answered but no company mail before {nb}")
        if not it["answered"]:
            lim = (dt.date.fromisoformat(nb) + dt.timedelta(days=3)).isoformat()
            near = [p for p, y in comp if y["date"].astimezone(tz).date().isoformat() <= lim]
            if near:
                err(slug, f"timeframe {it['message']} unanswered but company mail {near}")
        if x["date"].astimezone(tz).date().isoformat() >= due:
            err(slug, f"timeframe {it['message']} due not after message")
    if last_due and (ce.date() - dt.date.fromisoformat(last_due)).days < 21:
        err(slug, "clock end < last due + 21 days")
    for it in ex.get("rejection", []):
        if it["contact"] and it["contact"].lower() not in alltext:
            err(slug, "rejection contact missing")
    print(f"{slug}: {len(order)} msgs checked")


slugs = sorted(s for s in os.listdir(ROOT) if re.match(r"m\d\d-", s))
want = sys.argv[1:]
for s in slugs:
    if not want or s[:3] in want:
        check(s)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
