"""Print the counts reported in README.md."""
import glob, json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot = dict(boxes=0, msgs=0, sent=0, iv_text=0, iv_cal=0, iv_no_ty=0, iv_nameonly=0, tf_ans=0, tf_unans=0,
           rej_human=0, rej_noreply=0, offers=0, silent=0)
langs, zones = set(), {}
for d in sorted(glob.glob(os.path.join(ROOT, "m??-*"))):
    n = os.path.basename(d)
    e = tomllib.load(open(os.path.join(d, "EXPECT.toml"), "rb"))
    mb = tomllib.load(open(os.path.join(d, "mailbox.toml"), "rb"))
    meta = json.load(open(os.path.join(ROOT, "_tools", "meta", f"tune-{n}.json")))
    inbox, sent = len(os.listdir(os.path.join(d, "INBOX"))), len(os.listdir(os.path.join(d, "Sent")))
    tot["boxes"] += 1; tot["msgs"] += inbox + sent; tot["sent"] += sent
    iv = e.get("interview", [])
    tot["iv_text"] += sum(i["source"] == "text" for i in iv)
    tot["iv_cal"] += sum(i["source"] == "calendar" for i in iv)
    tot["iv_no_ty"] += sum(not i["thank_you"] for i in iv)
    tot["iv_nameonly"] += sum(x.startswith("name:") for i in iv for x in i["interviewers"])
    tf = e.get("timeframe", [])
    tot["tf_ans"] += sum(t["answered"] for t in tf); tot["tf_unans"] += sum(not t["answered"] for t in tf)
    rj = e.get("rejection", [])
    tot["rej_human"] += sum(bool(r["contact"]) for r in rj); tot["rej_noreply"] += sum(not r["contact"] for r in rj)
    tot["offers"] += len(e.get("offer", [])); tot["silent"] += len(e.get("silent", []))
    langs.update(meta["langs"]); zones.setdefault(mb["user"]["timezone"], []).append(n[:3])
    print(f"{n:28s} msgs={inbox+sent:2d} sent={sent:2d} iv={len(iv):2d} tf={len(tf)} rej={len(rj)} "
          f"off={len(e.get('offer', []))} silent={len(e.get('silent', []))} zone={mb['user']['timezone']}")
print(tot)
print("languages", sorted(langs))
print("zones", zones)
