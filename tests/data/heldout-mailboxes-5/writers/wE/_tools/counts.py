#!/usr/bin/env python3
"""Print the per-mailbox counts used in README.md."""
import glob, json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot = {}
print("| mailbox | msgs | Sent | interviews text/cal | timeframes ans/unans | rejections human/no-reply | offers | silent | langs | user zone |")
print("|---|---|---|---|---|---|---|---|---|---|")
for box in sorted(glob.glob(os.path.join(ROOT, "m0*"))):
    n = os.path.basename(box)
    ex = tomllib.load(open(os.path.join(box, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(box, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", n + ".json")))
    c = dict(msgs=len(glob.glob(box + "/*/*.eml")), sent=len(glob.glob(box + "/Sent/*.eml")),
             itext=sum(i["source"] == "text" for i in ex.get("interview", [])),
             ical=sum(i["source"] == "calendar" for i in ex.get("interview", [])),
             tfa=sum(t["answered"] for t in ex.get("timeframe", [])),
             tfu=sum(not t["answered"] for t in ex.get("timeframe", [])),
             rh=sum(bool(r["contact"]) for r in ex.get("rejection", [])),
             rn=sum(not r["contact"] for r in ex.get("rejection", [])),
             off=len(ex.get("offer", [])), sil=len(ex.get("silent", [])))
    for k, v in c.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {n} | {c['msgs']} | {c['sent']} | {c['itext']}/{c['ical']} | {c['tfa']}/{c['tfu']} | {c['rh']}/{c['rn']} | "
          f"{c['off']} | {c['sil']} | {','.join(meta['langs'])} | {mb['user']['timezone']} |")
c = tot
print(f"| **total** | {c['msgs']} | {c['sent']} | {c['itext']}/{c['ical']} | {c['tfa']}/{c['tfu']} | {c['rh']}/{c['rn']} | "
      f"{c['off']} | {c['sil']} | | |")
