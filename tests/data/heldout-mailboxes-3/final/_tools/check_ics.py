"""Optional cross-check with the `icalendar` library (pip install icalendar):
every calendar part parses, every VEVENT has a tz-aware DTSTART, and every calendar-sourced
interview's start equals a DTSTART parsed from that message or a later one (unless moved by
text). Usage: python check_ics.py"""
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys
import tomllib

import icalendar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for name in sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"m\d\d-[a-z0-9-]+", x)):
    d = os.path.join(ROOT, name)
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"{name}.json")))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    starts = {}
    order = {}
    for fo in ("INBOX", "Sent"):
        for f in os.listdir(os.path.join(d, fo)):
            p = f"{fo}/{f}"
            order[p] = int(f[:3])
            msg = email.message_from_bytes(open(os.path.join(d, p), "rb").read(), policy=email.policy.default)
            for part in msg.walk():
                if part.get_content_type() in ("text/calendar", "application/ics"):
                    cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
                    for ev in cal.walk("VEVENT"):
                        s = ev.decoded("DTSTART")
                        if not isinstance(s, dt.datetime) or s.tzinfo is None:
                            print("ERROR", name, p, "naive DTSTART", s); bad += 1
                        starts.setdefault(p, []).append(s)
    for i, it in enumerate(ex.get("interview", [])):
        if it["source"] != "calendar" or i in meta["text_moved"]:
            continue
        st = dt.datetime.fromisoformat(it["start"])
        if not any(s == st for p, ss in starts.items() if order[p] >= order[it["message"]] for s in ss):
            print("ERROR", name, it["message"], "start not found by icalendar", st); bad += 1
print("icalendar cross-check:", "OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
