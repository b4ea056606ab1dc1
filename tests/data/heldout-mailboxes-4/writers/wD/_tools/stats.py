"""Print the counts table for README.md from the generated mailboxes."""
import json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, tot = [], {}
for name in sorted(x for x in os.listdir(ROOT) if x[:1] == "m" and x[1:3].isdigit()):
    d = os.path.join(ROOT, name)
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", name + ".json")))
    n_in, n_sent = len(os.listdir(os.path.join(d, "INBOX"))), len(os.listdir(os.path.join(d, "Sent")))
    iv = ex.get("interview", [])
    tf = ex.get("timeframe", [])
    rj = ex.get("rejection", [])
    r = dict(messages=n_in + n_sent, sent=n_sent,
             iv_text=sum(i["source"] == "text" for i in iv), iv_cal=sum(i["source"] == "calendar" for i in iv),
             tf_ans=sum(t["answered"] for t in tf), tf_unans=sum(not t["answered"] for t in tf),
             rj_human=sum(bool(x["contact"]) for x in rj), rj_noreply=sum(not x["contact"] for x in rj),
             offers=len(ex.get("offer", [])), silent=len(ex.get("silent", [])),
             name_only=sum(x.startswith("name:") for i in iv for x in i["interviewers"]))
    for k, v in r.items():
        tot[k] = tot.get(k, 0) + v
    rows.append((name, r, "+".join(meta["langs"]), mb["user"]["timezone"]))
print("| mailbox | msgs | Sent | interviews text/cal | name-only interviewers | timeframes ans/unans | rejections human/no-reply | offers | silent | langs | user zone |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for name, r, l, z in rows:
    print(f"| {name} | {r['messages']} | {r['sent']} | {r['iv_text']}/{r['iv_cal']} | {r['name_only']} | {r['tf_ans']}/{r['tf_unans']} | {r['rj_human']}/{r['rj_noreply']} | {r['offers']} | {r['silent']} | {l} | {z} |")
r = tot
print(f"| **total** | {r['messages']} | {r['sent']} | {r['iv_text']}/{r['iv_cal']} | {r['name_only']} | {r['tf_ans']}/{r['tf_unans']} | {r['rj_human']}/{r['rj_noreply']} | {r['offers']} | {r['silent']} | en, es, fr, pl, cy | 5 zones |")
