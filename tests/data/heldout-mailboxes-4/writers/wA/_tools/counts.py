"""Print the counts table (markdown) for the README."""
import os
import re
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
tot = None
for name in sorted(os.listdir(ROOT)):
    if not re.match(r"m\d\d-", name):
        continue
    d = os.path.join(ROOT, name)
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    ex = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    inbox = len(os.listdir(os.path.join(d, "INBOX")))
    sent = len(os.listdir(os.path.join(d, "Sent")))
    iv = ex.get("interview", [])
    tf = ex.get("timeframe", [])
    rj = ex.get("rejection", [])
    r = {
        "mailbox": name, "msgs": inbox + sent, "sent": sent,
        "iv_text": sum(1 for i in iv if i["source"] == "text"),
        "iv_cal": sum(1 for i in iv if i["source"] == "calendar"),
        "iv_noty": sum(1 for i in iv if not i["thank_you"]),
        "iv_name": sum(1 for i in iv for x in i["interviewers"] if x.startswith("name:")),
        "tf_ans": sum(1 for t in tf if t["answered"]), "tf_unans": sum(1 for t in tf if not t["answered"]),
        "rej_h": sum(1 for x in rj if x["contact"]), "rej_nr": sum(1 for x in rj if not x["contact"]),
        "offers": len(ex.get("offer", [])), "silent": len(ex.get("silent", [])),
        "lang": "en", "zone": mb["user"]["timezone"],
    }
    rows.append(r)
keys = ["msgs", "sent", "iv_text", "iv_cal", "iv_noty", "iv_name", "tf_ans", "tf_unans", "rej_h", "rej_nr", "offers", "silent"]
hdr = ("| mailbox | messages | Sent | interviews text | interviews calendar | no thank-you due | name-only interviewers "
       "| timeframes answered | timeframes unanswered | rejections human | rejections no-reply | offers | silent | languages | user zone |")
print(hdr)
print("|" + "---|" * 15)
for r in rows:
    print(f"| {r['mailbox']} | " + " | ".join(str(r[k]) for k in keys) + f" | {r['lang']} | {r['zone']} |")
print("| **total** | " + " | ".join(f"**{sum(r[k] for r in rows)}**" for k in keys) + " | en | 6 zones |")
