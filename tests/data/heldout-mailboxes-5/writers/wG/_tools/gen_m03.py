"""m03: Tokyo iOS engineer; Berlin company via Greenhouse + Google Calendar (one interview moved twice,
across the EU DST change) and a Japanese company via Teams/Outlook ending in a rejection."""
from mimehelp import Box, Event, calendar
from wg import q, gcal_when, gcal_text, gcal_html

TYO = "Asia/Tokyo"
BER = "Europe/Berlin"
USER = ("Misaki Sato", "misaki.sato@hoshimail.example")
LEA = ("Lea Hoffmann", "lea.hoffmann@kestrelbahn.example")
JON = ("Jonas Weber", "jonas.weber@kestrelbahn.example")
AYL = ("Aylin Demir", "aylin.demir@kestrelbahn.example")
RAF = ("Rafael Costa", "rafael.costa@kestrelbahn.example")
TALENT = "talent@kestrelbahn.example"
YAM = ("山本 香織", "yamamoto.kaori@minatolink.example")
NAK = ("中村 達也", "nakamura.tatsuya@minatolink.example")
GCAL = "Google Calendar <calendar-notification@google.com>"

b = Box("m03-kestrelbahn-minatolink", USER, TYO, "2026-09-14T08:00:00+09:00", "2026-12-18T18:00:00+09:00",
        langs=["en", "ja"], country="JP",
        notes="two processes: Kestrelbahn (Berlin, Greenhouse, Google Calendar; 2nd interview moved twice, across 25 Oct) "
              "and Minatolink (Tokyo, Teams invite, Japanese; rejection)")
b.meta["companies"] = {"kestrelbahn.example": {"country": "DE", "tz": BER, "also": ["greenhouse.io"]},
                       "minatolink.example": {"country": "JP", "tz": TYO}}


def gcal(slug, when, ev, subject_kind, tzlabel, tzlong, note, guests, meet, changed=False, reply=None):
    subj = f"{subject_kind}: {ev.summary} @ {gcal_when(ev, tzlabel)} ({USER[1]})"
    txt = gcal_text(ev, tzlong, changed=changed, meet=meet, note=note, guests=guests, reply_for=USER[1])
    ics = calendar("REQUEST", [ev])
    return b.add("INBOX", slug, when, BER, LEA, subj, text=txt, html=gcal_html(txt), ics=ics, ics_as="both",
                 sender="calendar-notification@google.com", reply_to=LEA, mid="google-cal", reply=reply)


# 001 application to Minatolink (Japanese)
t1 = """株式会社ミナトリンク
採用ご担当者様

はじめまして、佐藤美咲と申します。
貴社の採用ページで拝見した「iOSエンジニア（toCアプリ）」のポジションに応募させていただきたく、ご連絡いたしました。

現在、フィンテック企業でSwift / SwiftUIを用いた家計簿アプリの開発を5年担当しております。
履歴書と職務経歴書を添付いたしますので、ご確認いただけますと幸いです。

何卒よろしくお願い申し上げます。

佐藤 美咲
090-5521-8834
misaki.sato@hoshimail.example"""
m1 = b.sent("oubo-ios-engineer", "2026-09-14 21:32", "【応募】iOSエンジニア（toCアプリ）／佐藤美咲", t1,
            to=[("株式会社ミナトリンク 採用担当", "recruit@minatolink.example")])

# 002 Greenhouse acknowledgement
t2 = f"""Hi Misaki,

Thanks for applying for the Senior iOS Engineer role at Kestrelbahn! We're excited that you'd like to help us build the app that gets people across Europe by train, bike and bus.

Our team reads every application, and we aim to get back to you within 10 business days. If you have any questions in the meantime, you can reach us at {TALENT}.

All the best,
Kestrelbahn Talent Team"""
m = b.add("INBOX", "greenhouse-application-received", "2026-09-16 09:12", BER, ("Kestrelbahn", "no-reply@greenhouse.io"),
          "Thank you for your application to Kestrelbahn", text=t2, html=True, mid="sendgrid")
b.timeframe(m, "2026-09-30", TALENT, True)

# 003 Minatolink proposes three dates
YSIG = """
━━━━━━━━━━━━━━━━━━
株式会社ミナトリンク
人事部 採用グループ
山本 香織
TEL: 03-6812-4470
━━━━━━━━━━━━━━━━━━"""
t3 = f"""佐藤 美咲 様

この度は弊社求人にご応募いただき、誠にありがとうございます。
株式会社ミナトリンク 人事部の山本でございます。

書類選考の結果、ぜひ一次面接にお進みいただきたくご連絡いたしました。
面接はMicrosoft Teamsでのオンライン実施（約60分）を予定しております。

以下の候補日時のうち、ご都合のよい日時をお知らせいただけますでしょうか。

・10月6日（火）10:00〜11:00
・10月7日（水）15:00〜16:00
・10月8日（木）14:00〜15:00

ご確認のほど、よろしくお願いいたします。
{YSIG}""" + q("ja", t1, m1.when, "佐藤美咲 <misaki.sato@hoshimail.example>")
m3 = b.add("INBOX", "shorui-tsuka-nittei", "2026-09-17 10:20", TYO, YAM, "Re: 【応募】iOSエンジニア（toCアプリ）／佐藤美咲",
           text=t3, reply=m1, mid="outlook", charset="iso-2022-jp", cte="7bit")

t4 = """山本様

ご連絡いただき、誠にありがとうございます。
10月8日（木）14:00〜15:00でお願いできますでしょうか。

どうぞよろしくお願いいたします。

佐藤 美咲""" + q("ja", t3, m3.when, f"山本 香織 <{YAM[1]}>")
m4 = b.sent("re-nittei-10-8", "2026-09-17 12:05", "Re: 【応募】iOSエンジニア（toCアプリ）／佐藤美咲", t4, to=[YAM], reply=m3)

# 005 Teams invitation (Outlook, Windows TZID)
teams = """
________________________________________________________________________________
Microsoft Teams 会議
コンピューター、モバイル アプリ、またはルーム デバイスで参加する
ここをクリックして会議に参加してください<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmRkNGE5MTgtMmU3Yi00ZTBjLWI0NzQtNGQ3ZGVkYjk1ZTg1%40thread.v2/0>
会議 ID: 418 207 665 391
パスコード: k8Vf3Q
Teams のダウンロード<https://www.microsoft.com/ja-jp/microsoft-teams/download-app> | Web に参加<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________
"""
t5 = f"""佐藤様

ご返信ありがとうございます。
10月8日（木）14:00〜15:00にて一次面接を設定いたしましたので、本招待をご承諾ください。

面接官：開発本部 モバイル開発部 部長 中村、人事部 山本（私）
{teams}"""
ev5 = Event("040000008200E00074C5B7101A82E00800000000B0C6B1F0D23DDC0100000000000000001000000072D4A3C6A1B64B48A3E0F1D", "2026-10-08 14:00", TYO,
            60, "一次面接：佐藤美咲様（iOSエンジニア）", organizer=(YAM[0], YAM[1]),
            attendees=[(USER[0], USER[1]), (NAK[0], NAK[1])], location="Microsoft Teams 会議",
            stamp="20260918T020041Z", description=t5.strip())
ics5 = calendar("REQUEST", [ev5], prodid="Microsoft Exchange Server 2010", tzstyle="windows")
m5 = b.add("INBOX", "teams-ichiji-mensetsu", "2026-09-18 11:00", TYO, YAM, "一次面接：佐藤美咲様（iOSエンジニア）",
           text=t5, html=True, to=[USER, NAK], ics=ics5, mid="outlook", cte="base64")
b.interview(m5, "2026-10-08 14:00", TYO, [NAK[1], YAM[1]])

# 006 Lea proposes an intro call (text)
LSIG = "\n\nLea Hoffmann\nTalent Acquisition Partner\nKestrelbahn GmbH · Torstraße 140 · 10119 Berlin\n+49 30 5557 1820"
t6 = f"""Hi Misaki,

Thanks again for applying! I'm Lea, I look after hiring for our mobile team. I'd love to have a first 30-minute chat to get to know you and tell you more about the role.

Knowing you're in Tokyo, I tried to find late-afternoon slots for you:
- Tue 29 Sep, 10:00 CEST (17:00 in Tokyo)
- Wed 30 Sep, 09:30 CEST (16:30 in Tokyo)

Would either work?

Best,
Lea{LSIG}"""
m6 = b.add("INBOX", "intro-chat-kestrelbahn", "2026-09-24 10:47", BER, LEA, "Intro chat - Senior iOS Engineer at Kestrelbahn",
           text=t6, mid="gmail")
t7 = "Hi Lea,\n\nThanks so much for thinking of the time difference! Tuesday works - 17:00 my time is perfect.\n\nBest regards,\nMisaki" + \
     q("en", t6, m6.when, f"Lea Hoffmann <{LEA[1]}>")
m7 = b.sent("re-intro-chat", "2026-09-24 18:22", "Re: Intro chat - Senior iOS Engineer at Kestrelbahn", t7, to=[LEA], reply=m6)

ev8 = Event("3k1t9vq0jx2ml5s7d8e6kbrn4c@google.com", "2026-09-29 10:00", BER, 30,
            "Kestrelbahn | Misaki Sato - Intro chat", organizer=(LEA[0], LEA[1]),
            attendees=[(LEA[0], LEA[1], "REQ-PARTICIPANT", True), (USER[0], USER[1])],
            location="https://meet.google.com/ydn-ktwq-pfa", stamp="20260925T071502Z",
            description="Intro chat with Lea (Talent Acquisition). No preparation needed!")
m8 = gcal("invitation-intro-chat", "2026-09-25 09:15", ev8, "Invitation", "CEST", "Central European Time - Berlin",
          "Intro chat with Lea (Talent Acquisition). No preparation needed!",
          [f"Lea Hoffmann - organizer", f"{USER[1]}"], "meet.google.com/ydn-ktwq-pfa")
b.interview(m8, "2026-09-29 10:00", BER, [LEA[1]])

# 009 CodeSignal assessment (not an interview)
cs = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<p>Hi Misaki,</p>
<p><b>Kestrelbahn</b> has invited you to complete the <b>iOS Engineering Assessment</b>.</p>
<ul><li>Duration: 70 minutes, in one sitting</li><li>Please complete it by <b>October 8, 2026, 23:59 (your local time)</b></li></ul>
<p><a href="https://app.codesignal.com/invite/kB7xw2Qp">Start assessment</a></p>
<p style="font-size:12px;color:#666">You received this email because Kestrelbahn invited you to an assessment on CodeSignal.</p>
</body></html>"""
b.add("INBOX", "codesignal-assessment", "2026-10-01 16:05", BER, ("Kestrelbahn via CodeSignal", "no-reply@codesignal.com"),
      "Kestrelbahn invited you to an assessment", html=cs, mid="ses")

# 010 Japanese career seminar (look-alike)
sem = """━━━━━━━━━━━━━━━━━━━━━━
ITエンジニア転職ナビ メールマガジン
━━━━━━━━━━━━━━━━━━━━━━

■【無料オンラインセミナー】採用担当者が教える「面接で落ちる人」の共通点
日時：10月17日（土）14:00〜15:30
形式：Zoomウェビナー
お申し込み：https://tenshoku-navi.example/seminar/1017

■ 今週の新着求人
・Androidエンジニア（リモート可）年収700万〜
・SRE（フィンテック）年収800万〜

配信停止はこちら：https://tenshoku-navi.example/unsubscribe"""
m = b.add("INBOX", "tenshoku-navi-seminar", "2026-10-05 12:00", TYO, ("ITエンジニア転職ナビ", "magazine@tenshoku-navi.example"),
          "【無料セミナー】面接で落ちる人の共通点とは？", text=sem, mid="ses")
b.silent(m, "career newsletter advertising an interview seminar")

# 011 Minatolink: thank you, result within one week
t11 = f"""佐藤 美咲 様

本日はお忙しい中、一次面接にご参加いただき誠にありがとうございました。
中村ともども、大変有意義なお時間をいただきました。

選考結果につきましては、本日より1週間以内にメールにてご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。
{YSIG}"""
m11 = b.add("INBOX", "mensetsu-orei", "2026-10-08 16:10", TYO, YAM, "一次面接のお礼（株式会社ミナトリンク）", text=t11, mid="outlook")
b.timeframe(m11, "2026-10-15", YAM[1], True)

# 012 Kestrelbahn: invite with Jonas (moved twice later)
note12 = ("Hi Misaki, great news, you did really well on the assessment! This is a 60-minute conversation with "
          "Jonas Weber (Engineering Manager, Mobile) about your experience and a past project you're proud of. "
          "I won't join this one. Cheers, Lea")
UID = "7p2hq8cs0vm4j1r6u5ekd9ltbo@google.com"
ev12 = Event(UID, "2026-10-15 10:00", BER, 60, "Kestrelbahn | Misaki Sato <> Jonas Weber", organizer=(LEA[0], LEA[1]),
             attendees=[(JON[0], JON[1], "REQ-PARTICIPANT", True), (USER[0], USER[1])],
             location="https://meet.google.com/bfe-qozu-hxr", stamp="20261009T081133Z", description=note12)
m12 = gcal("invitation-jonas", "2026-10-09 10:11", ev12, "Invitation", "CEST", "Central European Time - Berlin", note12,
           ["Lea Hoffmann - organizer", "Jonas Weber", USER[1]], "meet.google.com/bfe-qozu-hxr")
b.interview(m12, "2026-10-27 09:00", BER, [JON[1]])

note13 = ("Hi Misaki, Jonas has a clash with a release on Thursday, so I've moved your conversation to Tuesday 20 Oct, "
          "same time (10:00 Berlin / 17:00 Tokyo). Sorry for the shuffle! Lea")
ev13 = Event(UID, "2026-10-20 10:00", BER, 60, ev12.summary, organizer=(LEA[0], LEA[1]),
             attendees=ev12.attendees, location=ev12.location, seq=1, stamp="20261013T134020Z", description=note13)
m13 = gcal("updated-invitation-jonas", "2026-10-13 15:40", ev13, "Updated invitation", "CEST", "Central European Time - Berlin",
           note13, ["Lea Hoffmann - organizer", "Jonas Weber", USER[1]], "meet.google.com/bfe-qozu-hxr", changed=True)

# 014 Minatolink rejection (human)
t14 = f"""佐藤 美咲 様

株式会社ミナトリンク 人事部の山本です。
先日は一次面接にご参加いただき、誠にありがとうございました。

社内で慎重に検討いたしました結果、誠に残念ではございますが、
今回は佐藤様のご希望に沿いかねる結果となりました。

多くの企業の中から弊社にご興味をお持ちいただきましたこと、心より御礼申し上げます。
末筆ながら、佐藤様の今後のご活躍をお祈り申し上げます。
{YSIG}"""
m14 = b.add("INBOX", "senkou-kekka", "2026-10-14 14:30", TYO, YAM, "選考結果のご連絡（株式会社ミナトリンク）", text=t14,
            mid="outlook", charset="iso-2022-jp", cte="7bit")
b.rejection(m14, YAM[1])

# 015 company blog look-alike
blog = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="font-size:22px">Kestrelbahn Engineering Digest - October</h1>
<h2 style="font-size:17px">"We deleted half our app and nobody noticed": an interview with our CTO</h2>
<p>Our CTO sat down with us to talk about cutting the iOS binary by 48% and what comes next for offline tickets.</p>
<h2 style="font-size:17px">We're hiring</h2>
<p>Backend, Android and Data roles open in Berlin and remote across the EU. See all offers on our careers page.</p>
<p style="font-size:11px;color:#888">You're getting this because you subscribed at kestrelbahn.example/blog. Unsubscribe.</p>
</body></html>"""
m = b.add("INBOX", "kestrelbahn-engineering-digest", "2026-10-16 08:00", BER, ("Kestrelbahn Engineering", "digest@news.kestrelbahn.example"),
          "Engineering Digest: an interview with our CTO", html=blog, mid="ses")
b.silent(m, "company newsletter with an interview of its CTO and 'offers' of jobs in general")

note16 = ("Hi Misaki, so sorry, one more move: Jonas has to be in Munich on the 20th. New time is Tuesday 27 Oct at 09:00 Berlin time. "
          "Heads-up: clocks go back in Europe on Sunday the 25th, so 09:00 CET is still 17:00 for you in Tokyo. Thanks for your patience! Lea")
ev16 = Event(UID, "2026-10-27 09:00", BER, 60, ev12.summary, organizer=(LEA[0], LEA[1]),
             attendees=ev12.attendees, location=ev12.location, seq=2, stamp="20261019T075905Z", description=note16)
m16 = gcal("updated-invitation-jonas-2", "2026-10-19 09:59", ev16, "Updated invitation", "CET", "Central European Time - Berlin",
           note16, ["Lea Hoffmann - organizer", "Jonas Weber", USER[1]], "meet.google.com/bfe-qozu-hxr", changed=True)

t17 = "Hi Lea,\n\nNo problem at all! Tuesday 27th at 09:00 CET / 17:00 JST works for me.\n\nBest,\nMisaki\n\nSent from my iPhone"
b.sent("note-to-lea-27th", "2026-10-19 17:48", "Re: Updated invitation - Jonas", t17, to=[LEA], mid="apple", mid_domain="hoshimail.example")

rem = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Misaki,</p>
<p>This is a friendly reminder of your upcoming interview with <b>Kestrelbahn</b> for <b>Senior iOS Engineer</b>.</p>
<p>Tuesday, October 27, 2026 at 9:00 AM CET</p>
<p>Good luck!</p>
<p style="font-size:11px;color:#777">Powered by Greenhouse</p>
</body></html>"""
b.add("INBOX", "greenhouse-reminder", "2026-10-26 09:00", BER, ("Kestrelbahn", "no-reply@greenhouse.io"),
      "Reminder: your interview with Kestrelbahn", html=rem, mid="sendgrid")

t18 = f"""Hi Misaki,

Thanks for taking the time to speak with Jonas yesterday, and for bearing with all the rescheduling. He really enjoyed hearing about your offline-sync work.

We're collecting feedback now and will get back to you by Friday, 6 November.

Best,
Lea{LSIG}"""
m18 = b.add("INBOX", "after-jonas", "2026-10-28 11:30", BER, LEA, "Thanks for your time yesterday", text=t18, mid="gmail")
b.timeframe(m18, "2026-11-06", LEA[1], True)

note19 = ("Final round: 90 minutes with Aylin Demir (Head of Mobile) and Rafael Costa (Staff iOS Engineer). "
          "First half: architecture discussion of an app you've built; second half: pairing on a small SwiftUI feature. "
          "Lea")
ev19 = Event("0sk4m1c9g7qfpe2v3wjhu8tnay@google.com", "2026-11-12 08:00", BER, 90,
             "Kestrelbahn | Misaki Sato - Final interview", organizer=(LEA[0], LEA[1]),
             attendees=[(AYL[0], AYL[1], "REQ-PARTICIPANT", True), (RAF[0], RAF[1], "REQ-PARTICIPANT", True), (USER[0], USER[1])],
             location="https://meet.google.com/rwa-jxbe-kdn", stamp="20261104T093317Z", description=note19)
m19 = gcal("invitation-final", "2026-11-04 10:33", ev19, "Invitation", "CET", "Central European Time - Berlin",
           "Hi Misaki, congrats on making it to the final round! " + note19,
           ["Lea Hoffmann - organizer", "Aylin Demir", "Rafael Costa", USER[1]], "meet.google.com/rwa-jxbe-kdn")
b.interview(m19, "2026-11-12 08:00", BER, [AYL[1], RAF[1]])

t20 = f"""Hi Misaki,

Thank you for the final round this morning (well, afternoon for you!). Aylin and Rafael enjoyed the pairing session.

We'll be in touch within 5 business days with an outcome.

Best,
Lea"""
m20 = b.add("INBOX", "after-final", "2026-11-12 10:15", BER, LEA, "Thank you - final round", text=t20, mid="gmail")
b.timeframe(m20, "2026-11-19", LEA[1], False)

b.add("INBOX", "dental-yoyaku", "2026-11-20 09:30", TYO, ("さくら歯科クリニック", "info@sakura-shika.example"),
      "【さくら歯科】ご予約日のお知らせ",
      text="佐藤 美咲 様\n\nご予約日が近づいてまいりましたのでお知らせいたします。\n\n日時：11月24日（火）19:00\n内容：定期検診\n\nご変更の際はお電話にてご連絡ください。\nさくら歯科クリニック 03-3455-0921",
      mid="plain", mid_domain="sakura-shika.example")

t22 = f"""Hi Misaki,

I owe you an update, and I'm sorry it took longer than I said.

Last week our leadership decided to freeze new hiring for the mobile team until the new budget year starts in February. This has nothing to do with your interviews, which went really well. The role is on hold rather than closed, and I'd like to keep your application active so we can pick things up with you first if it reopens.

I completely understand if you continue with other processes in the meantime.

Warm regards,
Lea{LSIG}"""
b.add("INBOX", "update-role-on-hold", "2026-12-01 14:05", BER, LEA, "Update on the Senior iOS Engineer role", text=t22, mid="gmail")

b.write()
