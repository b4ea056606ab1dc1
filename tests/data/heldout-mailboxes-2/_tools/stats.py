"""Counts per half for the README."""
import json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for half in ("tune", "final"):
    c = dict(mailboxes=0, messages=0, sent=0, interviews=0, text_only=0, calendar=0, thank_you_false=0, name_only_interviewers=0,
             tf_answered=0, tf_unanswered=0, rej_human=0, rej_noreply=0, offers=0, silent=0)
    langs, zones = set(), []
    for mb in sorted(os.listdir(os.path.join(ROOT, half))):
        d = os.path.join(ROOT, half, mb)
        c["mailboxes"] += 1
        c["messages"] += len(os.listdir(f"{d}/INBOX")) + len(os.listdir(f"{d}/Sent"))
        c["sent"] += len(os.listdir(f"{d}/Sent"))
        ex = tomllib.load(open(f"{d}/EXPECT.toml", "rb"))
        for i in ex.get("interview", []):
            c["interviews"] += 1
            c["text_only" if i["source"] == "text" else "calendar"] += 1
            c["thank_you_false"] += not i["thank_you"]
            c["name_only_interviewers"] += sum(x.startswith("name:") for x in i["interviewers"])
        for t in ex.get("timeframe", []):
            c["tf_answered" if t["answered"] else "tf_unanswered"] += 1
        for r in ex.get("rejection", []):
            c["rej_human" if r["contact"] else "rej_noreply"] += 1
        c["offers"] += len(ex.get("offer", []))
        c["silent"] += len(ex.get("silent", []))
        meta = json.load(open(f"{ROOT}/_tools/meta/{half}-{mb}.json"))
        langs |= set(meta["langs"]); zones.append(meta["tz"])
    print(half, json.dumps(c), "langs:", sorted(langs), "zones:", zones)
