"""Print the counts table (markdown) from the mailbox folders, EXPECT.toml and meta."""
import json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, tot = [], {}
for name in sorted(n for n in os.listdir(ROOT) if n.startswith("m0")):
    d = os.path.join(ROOT, name)
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", name + ".json")))
    nin, nsent = len(os.listdir(os.path.join(d, "INBOX"))), len(os.listdir(os.path.join(d, "Sent")))
    iv = ex.get("interview", [])
    tf = ex.get("timeframe", [])
    rj = ex.get("rejection", [])
    r = dict(msgs=nin + nsent, sent=nsent,
             iv_text=sum(i["source"] == "text" for i in iv), iv_cal=sum(i["source"] == "calendar" for i in iv),
             tf_ans=sum(t["answered"] for t in tf), tf_unans=sum(not t["answered"] for t in tf),
             rej_human=sum(bool(x["contact"]) for x in rj), rej_noreply=sum(not x["contact"] for x in rj),
             offers=len(ex.get("offer", [])), silent=len(ex.get("silent", [])))
    for k, v in r.items():
        tot[k] = tot.get(k, 0) + v
    rows.append((name, r, "+".join(meta["langs"]), mb["user"]["timezone"]))
cols = ["msgs", "sent", "iv_text", "iv_cal", "tf_ans", "tf_unans", "rej_human", "rej_noreply", "offers", "silent"]
print("| mailbox | messages | Sent | interviews text | interviews calendar | timeframes answered | timeframes unanswered | rejections human | rejections no-reply | offers | silent | languages | user zone |")
print("|" + "---|" * 13)
for name, r, langs, tz in rows:
    print(f"| {name} | " + " | ".join(str(r[c]) for c in cols) + f" | {langs} | {tz} |")
print("| **total** | " + " | ".join(str(tot[c]) for c in cols) + " | | |")
