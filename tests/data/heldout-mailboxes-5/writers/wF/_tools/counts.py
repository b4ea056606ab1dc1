"""Print the per-mailbox counts table used in README.md."""
import json, os, re, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot = {}
rows = []
for s in sorted(x for x in os.listdir(ROOT) if re.match(r"m\d\d-", x)):
    d = os.path.join(ROOT, s)
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", s + ".json")))
    inbox, sent = len(os.listdir(os.path.join(d, "INBOX"))), len(os.listdir(os.path.join(d, "Sent")))
    iv = ex.get("interview", []); tf = ex.get("timeframe", []); rj = ex.get("rejection", [])
    r = dict(msgs=inbox + sent, sent=sent, iv_text=sum(i["source"] == "text" for i in iv),
             iv_cal=sum(i["source"] == "calendar" for i in iv), tf_ans=sum(t["answered"] for t in tf),
             tf_unans=sum(not t["answered"] for t in tf), rej_human=sum(bool(x["contact"]) for x in rj),
             rej_noreply=sum(not x["contact"] for x in rj), offers=len(ex.get("offer", [])), silent=len(ex.get("silent", [])))
    for k, v in r.items():
        tot[k] = tot.get(k, 0) + v
    rows.append((s, r, "+".join(meta["langs"]), mb["user"]["timezone"]))
hdr = "| mailbox | msgs | Sent | interviews text/cal | timeframes ans/unans | rejections human/no-reply | offers | silent | langs | user zone |"
print(hdr); print("|" + "---|" * 10)
for s, r, l, z in rows:
    print(f"| {s} | {r['msgs']} | {r['sent']} | {r['iv_text']}/{r['iv_cal']} | {r['tf_ans']}/{r['tf_unans']} | {r['rej_human']}/{r['rej_noreply']} | {r['offers']} | {r['silent']} | {l} | {z} |")
r = tot
print(f"| **total** | {r['msgs']} | {r['sent']} | {r['iv_text']}/{r['iv_cal']} | {r['tf_ans']}/{r['tf_unans']} | {r['rej_human']}/{r['rej_noreply']} | {r['offers']} | {r['silent']} | | |")
