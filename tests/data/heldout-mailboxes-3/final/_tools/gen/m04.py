"""m04: a user in Tokyo with European companies: Berlin (SmartRecruiters ack, text intro call
in CEST, Google invite in CET after the EU clock change, withdrawn by the user and cancelled),
Amsterdam (Workable ack with "within 10 business days", Calendly booking shown in JST, text
final panel, offer), and the Tokyo office of a Swiss firm writing in Japanese (text interview,
"1週間以内" promise left unkept, polite Japanese rejection). Japanese look-alikes."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from mimehelp import Box, Event, calendar, gq, oq, html_from_text, fakepdf
from kit import google_invite

TZ = "Asia/Tokyo"
U = ("Misaki Sato", "misaki.sato@sakura-net.example")
b = Box("final", "m04-tokyo-europe", U, TZ,
        "2026-09-02T08:00:00+09:00", "2026-11-20T20:00:00+09:00", langs=["en", "ja"], country="NL")

LENA = ("Lena Hoffmann", "lena.hoffmann@kranichpay.example")
MATT = ("Matthias Krüger", "matthias.krueger@kranichpay.example")
AYL = ("Aylin Demir", "aylin.demir@kranichpay.example")
SR = ("Kranich Pay", "no-reply@smartrecruiters.com")
WK = ("Grachtwerk", "noreply@candidates.workablemail.com")
FEM = ("Femke Janssen", "femke@grachtwerk.example")
JOOST = ("Joost de Vries", "joost@grachtwerk.example")
KOB = ("小林 由美", "y.kobayashi@alpenrot.example")
YAM = ("山田 健一", "k.yamada@alpenrot.example")
lsig = "\n\nBest,\nLena\n\nLena Hoffmann | Talent Acquisition Lead\nKranich Pay GmbH · Torstraße 118 · 10119 Berlin\n+49 30 5550 1942"
ksig = "\n\n--------------------------------\nアルペンロート・ジャパン株式会社\n人事部　小林 由美\n〒106-0032 東京都港区六本木 3-2-1\nTEL: 03-5550-0187\n--------------------------------"

m1 = b.sent("oubo-alpenrot", "2026-09-02 10:15", "【応募】バックエンドエンジニア職（佐藤 美咲）",
"""アルペンロート・ジャパン株式会社
人事部 採用ご担当者様

はじめまして、佐藤美咲と申します。
貴社ウェブサイトに掲載されているバックエンドエンジニア（決済基盤）の求人を拝見し、
応募させていただきたくご連絡いたしました。

現在、都内のEC企業にてGoとKotlinによる決済システムの開発に6年間従事しております。
履歴書および職務経歴書を添付いたしますので、ご確認いただけますと幸いです。

何卒よろしくお願い申し上げます。

佐藤 美咲
090-5550-3381
misaki.sato@sakura-net.example""", to=[("アルペンロート・ジャパン 採用担当", "recruit@alpenrot.example")],
           mid="uuid", mid_domain="sakura-net.example",
           attach=[("rirekisho_sato.pdf", "application/pdf", fakepdf("Rirekisho - Misaki Sato"))])

m = b.add("INBOX", "smartrecruiters-ack", "2026-09-02 16:40", "Europe/Berlin", SR,
          "Thank you for applying to Kranich Pay",
          html=html_from_text("""Dear Misaki,

Thank you for your application for the position of Senior Backend Engineer (Remote, EU/APAC
overlap) at Kranich Pay. We have successfully received it.

Our recruiting team will review your profile and contact you if your qualifications match
our requirements.

Kind regards,
Kranich Pay Talent Acquisition"""), mid="uuid", mid_domain="smartrecruiters.com")

m3 = b.add("INBOX", "workable-ack", "2026-09-03 17:05", "Europe/Amsterdam", WK,
           "Thanks for applying to Grachtwerk",
           html=html_from_text("""Hi Misaki,

Thanks for applying for the Backend Engineer (Payments) position at Grachtwerk. We've
received your application and we'll get back to you within 10 business days.

Questions in the meantime? Write to Femke Janssen, our talent partner, at
femke@grachtwerk.example.

Best,
The Grachtwerk team"""), mid="uuid", mid_domain="workablemail.com", reply_to=FEM)

m = b.add("INBOX", "scout-newsletter", "2026-09-04 07:30", TZ, ("キャリアブリッジ", "scout@careerbridge.example"),
          "【スカウト】年収1,000万円以上｜外資系企業の非公開求人のご案内",
          html="""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>佐藤 美咲 様</p>
<p>キャリアブリッジ事務局です。あなたの経歴に興味を持った企業から<b>3件のスカウト</b>が届いています。</p>
<ul><li>外資系決済サービス　シニアエンジニア（年収1,000〜1,400万円）</li>
<li>大手SaaS企業　テックリード（年収900〜1,200万円）</li></ul>
<p>面接確約の求人もございます。今すぐログインしてご確認ください。</p>
<p style="font-size:11px;color:#888">配信停止はこちら</p></body></html>""", mid="sendgrid")
b.silent(m, "Japanese job-board scout newsletter ('interview guaranteed' listings)")

m5 = b.add("INBOX", "mensetsu-annai", "2026-09-14 11:20", TZ, KOB,
           "Re: 【応募】バックエンドエンジニア職（佐藤 美咲）／一次面接日程のご案内",
"""佐藤 美咲 様

この度はアルペンロート・ジャパンの求人にご応募いただき、誠にありがとうございます。
人事部の小林と申します。

書類選考の結果、ぜひ一次面接にお進みいただきたく、ご連絡いたしました。
下記の日程にてお願いいたします。

　日時：2026年9月25日（金）14:00～15:00（日本時間）
　形式：オンライン（Zoom）
　URL：https://alpenrot.zoom.us/j/91827364550?pwd=Qk3aZ
　面接官：エンジニアリングマネージャー　山田 健一（CCに入れております）、人事部　小林

ご都合が悪い場合は、お手数ですがご返信ください。
当日はどうぞよろしくお願いいたします。""" + ksig + gq(m1, TZ, lang="ja"), cc=[YAM], reply=m1,
           mid="uuid", mid_domain="alpenrot.example")
b.interview(m5, "2026-09-25 14:00", TZ, [KOB[1], YAM[1]])

b.sent("re-mensetsu", "2026-09-14 12:02", "Re: 【応募】バックエンドエンジニア職（佐藤 美咲）／一次面接日程のご案内",
"""小林様

ご連絡いただきありがとうございます。
9月25日（金）14:00より、Zoomにて参加させていただきます。
当日はどうぞよろしくお願いいたします。

佐藤 美咲""" + gq(m5, TZ, lang="ja"), to=[KOB], cc=[YAM], reply=m5, mid="uuid", mid_domain="sakura-net.example")

m7 = b.add("INBOX", "lena-intro", "2026-09-14 10:05", "Europe/Berlin", LENA, "Kranich Pay - intro call",
"""Hi Misaki,

Thanks for applying to Kranich Pay! I'd love to have a first 30-minute chat about the role
and your background. I've reserved Wednesday 16 September at 10:00 CEST for us - that
should be 17:00 for you in Tokyo. Google Meet: https://meet.google.com/kpq-rtzw-vbn

If that slot doesn't suit, just tell me and we'll find another one.""" + lsig, mid="gmail")
b.interview(m7, "2026-09-16 10:00", "Europe/Berlin", [LENA[1]])

b.sent("re-lena-intro", "2026-09-14 17:30", "Re: Kranich Pay - intro call",
"""Hi Lena,

Wednesday at 17:00 my time works perfectly. See you then!

Misaki""" + gq(m7, TZ), to=[LENA], reply=m7, mid="uuid", mid_domain="sakura-net.example")

m9 = b.add("INBOX", "joost-calendly-link", "2026-09-15 09:12", "Europe/Amsterdam", JOOST,
           "Grachtwerk - let's talk",
"""Hi Misaki,

I'm the engineering manager for the payments team at Grachtwerk. Your application stood
out - the idempotency work you described is exactly what we're wrestling with. Could you
book 45 minutes with me here? https://calendly.com/joost-grachtwerk/45min

I know the time difference is a pain; my mornings are your late afternoons.

Cheers,
Joost de Vries
Engineering Manager, Payments · Grachtwerk B.V. · Amsterdam""", mid="gmail")
b.timeframe(m3, "2026-09-17", FEM[1], True, news=m9)

cal_uid = f"{b.hexid(8)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(4)}-{b.hexid(12)}"
ev = Event(cal_uid, "2026-09-24 16:00", TZ, minutes=45, summary="45 Minute Interview: Misaki Sato and Joost de Vries",
           organizer=JOOST, attendees=[U, JOOST], location="Google Meet (instructions in description)",
           description="Event Name: 45 Minute Interview\n\nGoogle Meet: https://meet.google.com/gwk-jdvr-mso\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/" + cal_uid,
           stamp="20260915T072000Z", tzstyle="utc")
ics = calendar("REQUEST", [ev], prodid="-//Calendly//Calendly//EN", tzstyle="utc", style="plain")
ct = """Hi Misaki Sato,

A new event has been scheduled.

Event Type:
45 Minute Interview

Invitee:
Misaki Sato

Invitee Email:
misaki.sato@sakura-net.example

Event Date/Time:
04:00pm - 04:45pm (Japan Standard Time) Thursday, September 24, 2026

Host:
Joost de Vries (joost@grachtwerk.example)

Location:
This is a Google Meet web conference. https://meet.google.com/gwk-jdvr-mso

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/""" + cal_uid + """
Reschedule: https://calendly.com/reschedulings/""" + cal_uid + """

Powered by Calendly.com"""
m10 = b.add("INBOX", "calendly-confirmed", "2026-09-15 16:24", TZ, ("Calendly", "notifications@calendly.com"),
            "Confirmed: 45 Minute Interview with Joost de Vries on Thursday, September 24, 2026",
            text=ct, html=html_from_text(ct), reply_to=JOOST, ics=ics, ics_as="attach", ics_name="invite.ics",
            mid="uuid", mid_domain="calendly.com")
b.interview(m10, "2026-09-24 16:00", TZ, [JOOST[1]])

b.sent("thanks-lena", "2026-09-16 18:05", "Thank you for today",
"""Hi Lena,

Thanks for the call this evening (well, your morning!). It was great to hear about the
card-issuing launch. Looking forward to the next steps.

Best,
Misaki""", to=[LENA], mid="uuid", mid_domain="sakura-net.example")

m12 = b.add("INBOX", "lena-feedback", "2026-09-17 15:10", "Europe/Berlin", LENA, "Re: Thank you for today",
"""Hi Misaki,

Thanks to you! Feedback from my side is very positive and I'd like you to do the technical
interview with Matthias (Staff Engineer) and Aylin. Matthias is on holiday until 23 October,
so we'll schedule it after he's back - I'll be in touch.""" + lsig, mid="gmail")

m = b.add("INBOX", "haisha-yoyaku", "2026-09-19 09:00", TZ, ("みなと歯科クリニック", "info@minato-dental.example"),
          "【ご予約確認】9月29日（火）18:30 定期検診",
          text="""佐藤 美咲 様

みなと歯科クリニックです。
下記の日時でご予約を承りました。

　日時：9月29日（火）18:30～
　内容：定期検診・クリーニング

ご変更・キャンセルの際は、前日までにお電話（03-5550-0123）にてご連絡ください。

みなと歯科クリニック""", mid="plain", mid_domain="minato-dental.example")
b.silent(m, "Japanese dental check-up booking confirmation")

m14 = b.sent("thanks-joost", "2026-09-24 17:10", "Thanks for the chat!",
"""Hi Joost,

Thank you for the conversation - I enjoyed the deep dive into your ledger design. The
outbox-pattern question stuck with me; happy to write up how we handled it at my current
company if that's useful.

Best regards,
Misaki""", to=[JOOST], mid="uuid", mid_domain="sakura-net.example")

m15 = b.add("INBOX", "joost-timeline", "2026-09-25 09:40", "Europe/Amsterdam", JOOST, "Re: Thanks for the chat!",
"""Hi Misaki,

Likewise! I'm talking to one more person on Monday. We'll let you know by Friday 2 October
whether we move to the final stage.

Joost""" + gq(m14, "Europe/Amsterdam"), reply=m14, mid="gmail")

b.sent("orei-mensetsu", "2026-09-25 16:52", "本日の一次面接のお礼（佐藤 美咲）",
"""小林様、山田様

本日はお忙しい中、面接のお時間をいただき誠にありがとうございました。
決済基盤の今後の構想について詳しくお伺いでき、ますます貴社で働きたいという気持ちが強くなりました。

引き続きどうぞよろしくお願い申し上げます。

佐藤 美咲""", to=[KOB, YAM], mid="uuid", mid_domain="sakura-net.example")

m17 = b.add("INBOX", "kobayashi-kekka-yotei", "2026-09-25 17:45", TZ, KOB, "Re: 本日の一次面接のお礼（佐藤 美咲）",
"""佐藤 美咲 様

ご丁寧にありがとうございます。
本日はお時間をいただき、ありがとうございました。

選考結果につきましては、1週間以内にメールにてご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。""" + ksig, mid="uuid", mid_domain="alpenrot.example")
b.timeframe(m17, "2026-10-02", KOB[1], False, country="JP")

m18 = b.add("INBOX", "final-stage", "2026-10-01 08:55", "Europe/Amsterdam", JOOST, "Final stage at Grachtwerk",
"""Hi Misaki,

Good news - we'd like to invite you to the final stage! It's a 90-minute panel with our CTO,
Sanne Bakker, and me: Thursday 8 October, 09:00-10:30 CEST, which is 16:00-17:30 in Tokyo.
Same Meet link as before (https://meet.google.com/gwk-jdvr-mso).

We'll do a system-design exercise for about an hour and leave the rest for your questions.

Joost""", mid="gmail")
b.timeframe(m15, "2026-10-02", JOOST[1], True, news=m18)
b.interview(m18, "2026-10-08 09:00", "Europe/Amsterdam", [JOOST[1], "name:Sanne Bakker"])

b.sent("re-final-stage", "2026-10-01 17:20", "Re: Final stage at Grachtwerk",
"""Hi Joost,

Wonderful, thank you! 8 October at 16:00 JST works. See you and Sanne then.

Misaki""" + gq(m18, TZ), to=[JOOST], reply=m18, mid="uuid", mid_domain="sakura-net.example")

b.sent("thanks-final", "2026-10-08 18:40", "Thank you - final interview",
"""Hi Joost,

Thank you, and please pass my thanks on to Sanne as well. I really enjoyed the design
exercise - the partial-refund edge case was a fun one.

Best,
Misaki""", to=[JOOST], mid="uuid", mid_domain="sakura-net.example")

m = b.add("INBOX", "alpenrot-kekka", "2026-10-09 10:30", TZ, KOB, "一次面接の結果について",
"""佐藤 美咲 様

アルペンロート・ジャパン人事部の小林です。
先日はお忙しい中、一次面接にお越しいただき誠にありがとうございました。
また、ご連絡が遅くなりましたことをお詫び申し上げます。

社内で慎重に検討を重ねました結果、誠に残念ながら、今回はご期待に添いかねる結果となりました。

ご応募いただきましたことに心より感謝申し上げますとともに、
佐藤様の今後ますますのご活躍をお祈り申し上げます。""" + ksig, mid="uuid", mid_domain="alpenrot.example")
b.rejection(m, KOB[1])

uid_k = f"{b.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
ev = Event(uid_k, "2026-10-27 09:00", "Europe/Berlin", minutes=75,
           summary="Kranich Pay - Technical interview (Misaki Sato)", organizer=LENA,
           attendees=[(LENA[0], LENA[1], "OPT-PARTICIPANT", True), U, MATT, AYL], stamp="20261014T081500Z")
m23 = google_invite(b, "2026-10-14 10:15", "Europe/Berlin", LENA, ev, label="Central European Time - Berlin",
                    note="Technical interview with Matthias Krüger and Aylin Demir (live coding + architecture). Lena will only join for the first 5 minutes to introduce everyone.",
                    slug="kranich-tech-invite")
b.interview(m23, "2026-10-27 09:00", "Europe/Berlin", [MATT[1], AYL[1]], thank_you=False)

m = b.add("INBOX", "nyukyo-shinsa", "2026-10-16 14:00", TZ, ("さくら不動産 賃貸管理部", "chintai@sakura-fudosan.example"),
          "入居申込審査結果のお知らせ（ルミエール麻布 302号室）",
          text="""佐藤 美咲 様

いつもお世話になっております。さくら不動産 賃貸管理部でございます。

先日お申し込みいただきました「ルミエール麻布 302号室」の入居審査につきまして、
審査が完了いたしましたのでご連絡いたします。

結果：承認

つきましては、ご契約手続きのご案内を別途お送りいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

さくら不動産 賃貸管理部
TEL: 03-5550-0456""", mid="plain", mid_domain="sakura-fudosan.example")
b.silent(m, "landlord's rental-application screening result, not a job application")

offer = """Hi Misaki,

I'm very happy to tell you that we'd like to offer you the position of Senior Backend
Engineer (Payments) at Grachtwerk! Sanne and I were both really impressed.

The attached offer summarises it: EUR 92,000 gross per year plus 8% holiday allowance, full
relocation support to Amsterdam (visa, flights, one month of temporary housing), and we'll
apply for the 30% ruling on your behalf. Ideal start would be 4 January.

Take your time to read it and let's set up a call this week to answer any questions.

Joost"""
m25 = b.add("INBOX", "offer", "2026-10-20 17:30", "Europe/Amsterdam", JOOST, "Your offer from Grachtwerk",
            text=offer, html=html_from_text(offer), cc=[FEM], mid="gmail",
            attach=[("Grachtwerk_offer_Misaki_Sato.pdf", "application/pdf", fakepdf("Grachtwerk B.V. - Offer letter"))])
b.offer(m25)

m26 = b.sent("withdraw-kranich", "2026-10-22 09:00", "Withdrawing my application",
"""Hi Lena,

I wanted to let you know as early as possible: I've received and decided to accept an offer
from another company, so I'd like to withdraw from the Senior Backend Engineer process and
free up the technical interview slot on the 27th.

Thank you very much for your time and kindness - I hope our paths cross again.

Best regards,
Misaki""" + gq(m12, TZ), to=[LENA], reply=m12, mid="uuid", mid_domain="sakura-net.example")

ev = Event(uid_k, "2026-10-27 09:00", "Europe/Berlin", minutes=75,
           summary="Kranich Pay - Technical interview (Misaki Sato)", organizer=LENA,
           attendees=[(LENA[0], LENA[1], "OPT-PARTICIPANT", True), U, MATT, AYL], stamp="20261022T073000Z",
           seq=1, cancel=True)
google_invite(b, "2026-10-22 09:31", "Europe/Berlin", LENA, ev, kind="Canceled event",
              label="Central European Time - Berlin", method="CANCEL",
              note="Misaki has withdrawn - thanks all!", slug="kranich-cancel")

b.add("INBOX", "lena-ack-withdraw", "2026-10-22 09:40", "Europe/Berlin", LENA, "Re: Withdrawing my application",
"""Hi Misaki,

Thanks a lot for letting us know so quickly, and congratulations! I've cancelled the
interview. All the best with the new role - and do keep us in mind in the future.""" + lsig + gq(m26, "Europe/Berlin"),
      reply=m26, mid="gmail")

b.write()
