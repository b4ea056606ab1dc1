"""Validate the part-H mailboxes (run: python3 validate.py [mNN ...])."""
import datetime as dt
import email
import email.policy
import email.utils
import glob
import os
import re
import sys
import tomllib
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import add_bdays, HOLIDAYS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO, HI = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 12, 11, tzinfo=dt.timezone.utc)
COUNTRY = {"m01": "US", "m02": "UK", "m03": "DE", "m04": "IN", "m05": "AU", "m06": "US"}
errors = []


def err(box, msg):
    errors.append(f"{box}: {msg}")


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise RuntimeError(f"part {ct}: {e}")
        if isinstance(c, bytes):
            try:
                c = c.decode("utf-8")
            except UnicodeDecodeError:
                c = ""
        out.append(c)
    return "\n".join(out)


def check(d):
    box = os.path.basename(d)
    key = box[:3]
    files = sorted(glob.glob(os.path.join(d, "INBOX", "*.eml")) + glob.glob(os.path.join(d, "Sent", "*.eml")),
                   key=lambda p: os.path.basename(p))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    user = mb["user"]["email"].lower()
    utz = ZoneInfo(mb["user"]["timezone"])
    cstart = dt.datetime.fromisoformat(mb["clock"]["start"])
    cend = dt.datetime.fromisoformat(mb["clock"]["end"])
    nums, mids, info, alltext = [], {}, {}, []
    prev = None
    for p in files:
        rel = os.path.relpath(p, d)
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(box, f"{rel}: non-CRLF line ending")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            err(box, f"{rel}: defects {msg.defects}")
        body = texts(msg).replace("\r\n ", "").replace("\n ", "")
        alltext.append(raw.decode("utf-8", "replace") + "\n" + body + "\n" + str(msg["From"]) + str(msg["Cc"]) + str(msg["To"]))
        n = int(os.path.basename(p)[:3])
        nums.append(n)
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if not (LO <= date < HI):
            err(box, f"{rel}: date {date} out of range")
        if date <= cstart:
            err(box, f"{rel}: before clock start")
        mid = msg["Message-ID"].strip()
        if mid in mids:
            err(box, f"{rel}: duplicate Message-ID")
        irt = msg["In-Reply-To"]
        if irt and irt.strip() not in mids:
            err(box, f"{rel}: In-Reply-To not an earlier message")
        mids[mid] = rel
        frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
        if ("Sent" in rel) != (frm == user):
            err(box, f"{rel}: folder/From mismatch ({frm})")
        info[rel] = (n, date, frm, rel.startswith("INBOX"))
        prev = date if prev is None else prev
        if prev and date < prev:
            err(box, f"{rel}: date not in NNN order")
        prev = date
    if sorted(nums) != list(range(1, len(nums) + 1)):
        err(box, f"NNN not 1..{len(nums)}: {sorted(nums)}")
    # order by number -> strictly increasing dates
    byn = sorted(info.values())
    for a, c in zip(byn, byn[1:]):
        if c[1] <= a[1]:
            err(box, f"message {c[0]} not after {a[0]}")
    if not 15 <= len(files) <= 30:
        err(box, f"{len(files)} messages")
    big = "\n".join(alltext).lower()
    for sect in ("interview", "timeframe", "rejection", "offer", "silent"):
        for it in ex.get(sect, []):
            if it["message"] not in info:
                err(box, f"{sect} label -> missing {it['message']}")
    for it in ex.get("interview", []):
        st = dt.datetime.fromisoformat(it["start"])
        if st <= info[it["message"]][1]:
            err(box, f"interview {it['start']} not after its message")
        if st.tzinfo is None:
            err(box, "naive interview start")
        for iv in it["interviewers"]:
            if iv.startswith("name:"):
                if iv[5:].lower() not in big:
                    err(box, f"interviewer name {iv} not in mailbox")
                sur = re.sub(r"[^a-z]", "", iv[5:].split()[-1].lower().split("-")[0])
                for a in set(re.findall(r"[\w.+-]+@[\w.-]+", big)):
                    if sur and sur in re.sub(r"[^a-z]", "", a.split("@")[0]):
                        err(box, f"{iv} listed by name but {a} appears")
            elif iv.lower() not in big:
                err(box, f"interviewer {iv} not in mailbox")
        if it["source"] == "calendar":
            raw = open(os.path.join(d, it["message"]), "rb").read()
            if b"BEGIN:VCALENDAR" not in raw and b"text/calendar" not in raw and b".ics" not in raw:
                err(box, f"{it['message']} source calendar without calendar part")
    last_due = None
    for it in ex.get("timeframe", []):
        due = dt.date.fromisoformat(it["due"])
        last_due = max(last_due or due, due)
        m_date = info[it["message"]][1].astimezone(utz).date()
        if due <= m_date:
            err(box, f"timeframe due {due} not after message")
        d1 = dt.date.fromisoformat(add_bdays(it["due"], 1, COUNTRY[key]))
        if it["contact"] and it["contact"].lower() not in big:
            err(box, f"timeframe contact {it['contact']} not in mailbox")
        later = [(r, v) for r, v in info.items() if v[3] and v[1] > info[it["message"]][1]]
        on_d1 = [r for r, v in later if v[1].astimezone(utz).date() == d1 and r not in {s["message"] for s in ex.get("silent", [])}]
        if on_d1:
            err(box, f"timeframe {due}: mail on due+1bd {d1}: {on_d1}")
        if not it["answered"]:
            early = [r for r, v in later if v[1].astimezone(utz).date() <= d1
                     and v[2].split("@")[-1] == it["contact"].split("@")[-1]]
            if early:
                err(box, f"unanswered timeframe {due} but company mail {early}")
    if last_due:
        if cend.date() < last_due + dt.timedelta(days=21):
            err(box, f"clock end {cend} < last due {last_due} + 21")
    if cend > dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc):
        err(box, "clock end after 2026-12-31")
    last_msg = max(v[1] for v in info.values())
    if cend <= last_msg:
        err(box, "clock end before last message")
    for it in ex.get("rejection", []):
        if it["contact"] and it["contact"].lower() not in big:
            err(box, f"rejection contact {it['contact']} not in mailbox")
    return box, len(files), ex


def dup_lines(dirs):
    seen = {}
    for d in dirs:
        for p in glob.glob(os.path.join(d, "*", "*.eml")):
            msg = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
            part = msg.get_body(preferencelist=("plain",))
            if part is None:
                continue
            for ln in part.get_content().splitlines():
                ln = ln.strip().lstrip("> ").strip()
                if len(ln) > 45:
                    seen.setdefault(ln, set()).add(os.path.basename(d)[:3])
    for ln, bx in seen.items():
        if len(bx) > 1:
            err("+".join(sorted(bx)), f"sentence reused across mailboxes: {ln[:70]}")


if __name__ == "__main__":
    want = sys.argv[1:]
    dirs = sorted(x for x in glob.glob(os.path.join(ROOT, "m0*")) if os.path.isdir(x)
                  and (not want or os.path.basename(x)[:3] in want))
    for d in dirs:
        box, n, ex = check(d)
        print(f"{box}: {n} messages, " + ", ".join(f"{k}={len(ex.get(k, []))}" for k in ("interview", "timeframe", "rejection", "offer", "silent")))
    dup_lines(dirs)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)
