"""Counts for README.md: python3 stats.py"""
import json, os, re, tomllib, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.Counter()
langs, zones = collections.Counter(), collections.Counter()
rows = []
for name in sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"m\d\d-[a-z0-9-]+", x)):
    d = os.path.join(ROOT, name)
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"{name}.json")))
    nin, nsent = len(os.listdir(os.path.join(d, "INBOX"))), len(os.listdir(os.path.join(d, "Sent")))
    iv = ex.get("interview", [])
    tf = ex.get("timeframe", [])
    rj = ex.get("rejection", [])
    r = dict(name=name, msgs=nin + nsent, sent=nsent,
             iv_text=sum(i["source"] == "text" for i in iv), iv_cal=sum(i["source"] == "calendar" for i in iv),
             iv_noty=sum(not i["thank_you"] for i in iv),
             iv_nameonly=sum(any(x.startswith("name:") for x in i["interviewers"]) for i in iv),
             tf_ans=sum(t["answered"] for t in tf), tf_unans=sum(not t["answered"] for t in tf),
             rej_h=sum(bool(x["contact"]) for x in rj), rej_sys=sum(not x["contact"] for x in rj),
             offers=len(ex.get("offer", [])), silent=len(ex.get("silent", [])),
             tz=mb["user"]["timezone"], langs="+".join(meta["langs"]))
    rows.append(r)
    for k, v in r.items():
        if isinstance(v, int):
            C[k] += v
    zones[r["tz"]] += 1
    for l in meta["langs"]:
        langs[l] += 1
hdr = ["name", "msgs", "sent", "iv_text", "iv_cal", "iv_noty", "iv_nameonly", "tf_ans", "tf_unans", "rej_h", "rej_sys", "offers", "silent", "tz", "langs"]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for r in rows:
    print("| " + " | ".join(str(r[h]) for h in hdr) + " |")
print("| **total** | " + " | ".join(str(C[h]) for h in hdr[1:13]) + " | | |")
print()
print("mailboxes:", len(rows))
print("languages (mailboxes using):", dict(langs))
print("user zones:", dict(zones))
