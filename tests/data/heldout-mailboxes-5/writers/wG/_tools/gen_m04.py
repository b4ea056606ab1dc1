"""m04: Jakarta data engineer; Tideline (Singapore/US) via Workday + Outlook/Zoom invites, moved twice;
PT Sinar Kelola Digital via Kalibrr + Google Calendar (Indonesian), rejected by Kalibrr with Dewi's Reply-To."""
from mimehelp import Box, Event, calendar
from wg import q, q_outlook, gcal_when, gcal_text, gcal_html

JKT = "Asia/Jakarta"
SGT = "Asia/Singapore"
LA = "America/Los_Angeles"
USER = ("Rizky Pratama Nugroho", "rizky.nugroho@surel-nusantara.example")
MEI = ("Mei Ling Tan", "meiling.tan@tideline.example")
ARJ = ("Arjun Pillai", "arjun.pillai@tideline.example")
SOP = ("Sophie Laurent", "sophie.laurent@tideline.example")
DEW = ("Dewi Anggraini", "dewi.anggraini@sinarkelola.example")
BAM = ("Bambang Sutrisno", "bambang.sutrisno@sinarkelola.example")
PUT = ("Putri Handayani", "putri.handayani@sinarkelola.example")
KAL = "no-reply@kalibrr.com"

b = Box("m04-tideline-sinarkelola", USER, JKT, "2026-09-08T07:00:00+07:00", "2026-12-04T18:00:00+07:00",
        langs=["en", "id"], country="ID",
        notes="two processes: Tideline (Workday, Outlook+Zoom invites, hiring-manager call moved twice; panel in PT at 22:00 WIB) "
              "and Sinar Kelola (Kalibrr, Google Calendar in Indonesian; Kalibrr rejection with Reply-To)")
b.meta["companies"] = {"tideline.example": {"country": "SG", "tz": SGT, "also": ["myworkday.com"]},
                       "sinarkelola.example": {"country": "ID", "tz": JKT, "also": ["kalibrr.com"]}}

MSIG = "\n\nMei Ling Tan\nTalent Acquisition Lead, APAC\nTideline Analytics Pte. Ltd. | 8 Marina View, Singapore\n+65 6955 0142"
DSIG = "\n\nSalam,\nDewi Anggraini\nHR Business Partner\nPT Sinar Kelola Digital\nJl. TB Simatupang Kav. 18, Jakarta Selatan\n+62 21 2955 7710"

wd = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="100%" style="background:#0b3d91"><tr><td style="color:#fff;padding:14px;font-size:18px">Tideline Analytics Careers</td></tr></table>
<p>Dear Rizky,</p>
<p>Thank you for applying for the position of <b>Data Engineer, APAC (R-10482)</b>. We have received your application and our recruiting team will review your qualifications.</p>
<p>You can check the status of your application at any time by signing in to your candidate home account.</p>
<p>Kind regards,<br>Tideline Analytics Talent Acquisition</p>
<p style="font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</p>
</body></html>"""
b.add("INBOX", "workday-application-received", "2026-09-08 08:32", SGT, ("Tideline Analytics", "tideline@myworkday.com"),
      "Thank you for applying: Data Engineer, APAC (R-10482)", html=wd, mid="uuid", mid_domain="myworkday.com")

kal = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Halo Rizky,</p>
<p>Lamaran kamu untuk posisi <b>Data Analyst</b> di <b>PT Sinar Kelola Digital</b> sudah berhasil dikirim! 🎉</p>
<p>Perusahaan ini biasanya merespons lamaran dalam waktu sekitar 14 hari. Pantau status lamaranmu di dashboard Kalibrr.</p>
<p><a href="https://www.kalibrr.com/id-ID/home/applications">Lihat lamaran</a></p>
<p style="font-size:11px;color:#999">Email ini dikirim otomatis oleh Kalibrr. Mohon tidak membalas email ini.</p>
</body></html>"""
b.add("INBOX", "kalibrr-lamaran-terkirim", "2026-09-10 19:41", JKT, ("Kalibrr", KAL), "Lamaran kamu sudah terkirim ke PT Sinar Kelola Digital",
      html=kal, mid="sendgrid")

t3 = f"""Selamat siang Mas Rizky,

Terima kasih sudah melamar posisi Data Analyst di PT Sinar Kelola Digital melalui Kalibrr.

Kami ingin mengundang Mas Rizky untuk interview HR secara online (Google Meet, sekitar 45 menit). Mohon pilih salah satu jadwal berikut:

1. Senin, 21 September 2026, pukul 10.00 WIB
2. Selasa, 22 September 2026, pukul 14.00 WIB
3. Rabu, 23 September 2026, pukul 09.30 WIB

Mohon konfirmasinya dengan membalas email ini ya.
{DSIG}"""
m3 = b.add("INBOX", "undangan-interview-hr", "2026-09-16 11:05", JKT, DEW, "Undangan Interview HR - Data Analyst", text=t3, mid="gmail")
t4 = "Selamat siang Bu Dewi,\n\nTerima kasih atas undangannya. Selasa, 22 September pukul 14.00 WIB bisa, Bu.\n\nSalam,\nRizky" + \
     q("id", t3, m3.when, f"Dewi Anggraini <{DEW[1]}>")
m4 = b.sent("re-undangan-interview-hr", "2026-09-16 12:40", "Re: Undangan Interview HR - Data Analyst", t4, to=[DEW], reply=m3)

ID_DAY = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]


def gcal_id(slug, when, ev, title_kind, note, guests, meet, reply=None):
    s = ev.dtstart()
    import datetime as _d
    e = s + _d.timedelta(minutes=ev.minutes)
    subj = f"{title_kind}: {ev.summary} @ {ID_DAY[s.weekday()]} {s.day} {['Jan','Feb','Mar','Apr','Mei','Jun','Jul','Agu','Sep','Okt','Nov','Des'][s.month-1]} {s.year} {s.strftime('%H.%M')} - {e.strftime('%H.%M')} (WIB) ({USER[1]})"
    txt = "\n".join([ev.summary, "", "Bergabung dengan Google Meet", meet, "",
                     "Kapan", f"{['Senin','Selasa','Rabu','Kamis','Jumat','Sabtu','Minggu'][s.weekday()]}, {s.day} {['Januari','Februari','Maret','April','Mei','Juni','Juli','Agustus','September','Oktober','November','Desember'][s.month-1]} {s.year} ⋅ {s.strftime('%H.%M')} – {e.strftime('%H.%M')} (Waktu Indonesia Barat - Jakarta)", "",
                     "Tamu"] + guests + ["Lihat semua info tamu", "", note, "",
                     f"Balas untuk {USER[1]}", "Ya", "Tidak", "Mungkin", "Opsi lainnya", "",
                     "Undangan dari Google Kalender", "",
                     "Anda menerima email ini karena Anda adalah tamu dalam acara ini."]) + "\n"
    ics = calendar("REQUEST", [ev])
    return b.add("INBOX", slug, when, JKT, DEW, subj, text=txt, html=gcal_html(txt), ics=ics, ics_as="both",
                 sender="calendar-notification@google.com", reply_to=DEW, mid="google-cal", reply=reply)


note5 = "Baik Mas Rizky, sampai jumpa hari Selasa. Interview akan dilakukan oleh saya sendiri. - Dewi"
ev5 = Event("5hb2ka9s1qv7n3mdu0frl8eczp@google.com", "2026-09-22 14:00", JKT, 45, "Interview HR - Rizky Pratama Nugroho (Data Analyst)",
            organizer=DEW, attendees=[(DEW[0], DEW[1], "REQ-PARTICIPANT", True), USER], location="https://meet.google.com/upc-hwkm-sbe",
            stamp="20260917T023002Z", description=note5)
m5 = gcal_id("undangan-kalender-interview-hr", "2026-09-17 09:30", ev5, "Undangan", note5,
             ["Dewi Anggraini - penyelenggara", USER[1]], "meet.google.com/upc-hwkm-sbe")
b.interview(m5, "2026-09-22 14:00", JKT, [DEW[1]])

t6 = f"""Hi Rizky,

Thanks for your application for the Data Engineer, APAC role. Your experience with Airflow and BigQuery at a marketplace caught our eye.

Would you be available for a 45-minute call with Arjun Pillai, our Data Engineering Manager? How about Wednesday 30 Sep at 10:00 SGT (9:00 your time in Jakarta)?

Best regards,{MSIG}"""
m6 = b.add("INBOX", "tideline-call-with-hiring-manager", "2026-09-18 10:14", SGT, MEI, "Tideline Analytics - call with our hiring manager",
           text=t6, mid="outlook")
t7 = "Hi Mei Ling,\n\nThank you! Wednesday 30 Sep at 9:00 WIB works for me.\n\nBest regards,\nRizky Pratama Nugroho\n+62 812 5550 3391" + \
     q("en", t6, m6.when, f"Mei Ling Tan <{MEI[1]}>")
m7 = b.sent("re-tideline-call", "2026-09-18 10:02", "Re: Tideline Analytics - call with our hiring manager", t7, to=[MEI], reply=m6)


ZOOM = """
Mei Ling Tan is inviting you to a scheduled Zoom meeting.

Join Zoom Meeting
https://tideline.zoom.us/j/92281173046?pwd=UnJ6eWt5QXJqdW5EYXRh

Meeting ID: 922 8117 3046
Passcode: 558210
"""


def outlook(slug, when, ev, subject, note, to, reply=None):
    txt = note.strip() + "\n" + ZOOM
    ev.description = txt.strip()
    ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows")
    return b.add("INBOX", slug, when, SGT, MEI, subject, text=txt, html=True, to=to, ics=ics, mid="outlook", reply=reply)


UID = "040000008200E00074C5B7101A82E008000000005E7F3A0B6B4FDC010000000000000000100000009A1C44E2D0A5884B8D1B7E52C1C0F7A1"
ev8 = Event(UID, "2026-09-30 10:00", SGT, 45, "Tideline | Rizky Pratama Nugroho <> Arjun Pillai", organizer=MEI,
            attendees=[USER, ARJ], location="Zoom", stamp="20260919T013322Z")
m8 = outlook("invite-arjun", "2026-09-19 09:33", ev8, "Tideline | Rizky Pratama Nugroho <> Arjun Pillai",
             "Hi Rizky, sending the invite for your call with Arjun. I won't be joining, it'll be just the two of you. Mei Ling",
             [USER, ARJ])
b.interview(m8, "2026-10-06 09:00", SGT, [ARJ[1]])

t9 = f"""Mas Rizky,

Terima kasih atas waktunya untuk interview HR hari ini. Hasilnya akan kami kabarkan paling lambat Jumat, 2 Oktober 2026.
{DSIG}"""
m9 = b.add("INBOX", "terima-kasih-interview-hr", "2026-09-22 16:10", JKT, DEW, "Terima kasih - Interview HR", text=t9, mid="gmail")
b.timeframe(m9, "2026-10-02", DEW[1], True)

web = """Hai Rizky!

Mau lolos interview kerja di startup unicorn? Ikuti webinar GRATIS kami:

"Tips Lolos Interview Kerja: Dari HR sampai User"
📅 Sabtu, 3 Oktober 2026
⏰ 10.00 - 12.00 WIB
📍 Zoom

Daftar sekarang: https://karirhebat.example/webinar/lolos-interview

Salam,
Tim KarirHebat"""
m = b.add("INBOX", "webinar-tips-interview", "2026-09-24 12:00", JKT, ("KarirHebat", "info@karirhebat.example"),
          "[Webinar Gratis] Tips Lolos Interview Kerja 🚀", text=web, mid="ses")
b.silent(m, "webinar about passing job interviews, not an interview")

psi = """<html><body style="font-family:Arial,sans-serif">
<p>Yth. Rizky Pratama Nugroho,</p>
<p>Anda diundang oleh <b>PT Sinar Kelola Digital</b> untuk mengikuti <b>Psikotes Online</b> (tes kognitif dan kepribadian, &plusmn;75 menit).</p>
<p>Silakan kerjakan sebelum <b>Minggu, 27 September 2026 pukul 23.59 WIB</b>.</p>
<p><a href="https://asesmen-karir.example/t/SKD-44812">Mulai tes</a></p>
<p style="font-size:11px;color:#888">AsesmenKarir - platform asesmen kandidat</p>
</body></html>"""
b.add("INBOX", "undangan-psikotes", "2026-09-25 08:15", JKT, ("AsesmenKarir", "noreply@asesmen-karir.example"),
      "Undangan Psikotes Online - PT Sinar Kelola Digital", html=psi, mid="ses")

ev12 = Event(UID, "2026-10-02 15:00", SGT, 45, ev8.summary, organizer=MEI, attendees=[USER, ARJ], location="Zoom",
             seq=1, stamp="20260928T022141Z")
m12 = outlook("updated-invite-arjun", "2026-09-28 10:21", ev12, "Updated: Tideline | Rizky Pratama Nugroho <> Arjun Pillai",
              "Hi Rizky, Arjun's flight back from Sydney was moved, so I've shifted your call to Friday 2 Oct, 15:00 SGT (14:00 WIB). Hope that still works! Mei Ling",
              [USER, ARJ])

note13 = ("Selamat Mas Rizky, Mas lolos ke tahap Interview User! Interview akan dilakukan oleh Pak Bambang Sutrisno (Head of Data) "
          "dan Mbak Putri Handayani (Lead Data Analyst). Mohon siapkan studi kasus singkat dari pekerjaan sebelumnya. - Dewi")
ev13 = Event("2rt8wq0fb5ym1kez6cjv4nlsh3@google.com", "2026-10-07 10:00", JKT, 60, "Interview User - Rizky Pratama Nugroho (Data Analyst)",
             organizer=DEW, attendees=[(BAM[0], BAM[1], "REQ-PARTICIPANT", True), (PUT[0], PUT[1], "REQ-PARTICIPANT", True), USER],
             location="https://meet.google.com/xgo-fqdn-amr", stamp="20260930T041511Z", description=note13)
m13 = gcal_id("undangan-interview-user", "2026-09-30 11:15", ev13, "Undangan", note13,
              ["Dewi Anggraini - penyelenggara", "Bambang Sutrisno", "Putri Handayani", USER[1]], "meet.google.com/xgo-fqdn-amr")
b.interview(m13, "2026-10-07 10:00", JKT, [BAM[1], PUT[1]])

ev14 = Event(UID, "2026-10-06 09:00", SGT, 45, ev8.summary, organizer=MEI, attendees=[USER, ARJ], location="Zoom",
             seq=2, stamp="20261001T065808Z")
m14 = outlook("updated-invite-arjun-2", "2026-10-01 14:58", ev14, "Updated: Tideline | Rizky Pratama Nugroho <> Arjun Pillai",
              "Hi Rizky, apologies again! Arjun now has a leadership offsite on Friday. Could we do Tuesday 6 Oct at 9:00 SGT (8:00 WIB)? I've updated the invite. Mei Ling",
              [USER, ARJ])
t15 = "Hi Mei Ling, no worries at all. Tuesday 8am Jakarta time is fine, I've accepted the new invite.\n\nRizky\n\nSent from my iPhone"
b.sent("re-updated-invite-2", "2026-10-01 16:20", "RE: Updated: Tideline | Rizky Pratama Nugroho <> Arjun Pillai", t15, to=[MEI], reply=m14,
       mid="apple", mid_domain="surel-nusantara.example")

t16 = f"""Hi Rizky,

Thank you for making the early start work this morning, and for your patience with all the moving around. Arjun enjoyed the conversation, especially the part about your backfill strategy.

We'll come back to you by end of next week on next steps.

Best regards,{MSIG}"""
m16 = b.add("INBOX", "after-arjun-call", "2026-10-06 11:20", SGT, MEI, "Thank you - call with Arjun", text=t16, mid="outlook")
b.timeframe(m16, "2026-10-16", MEI[1], True)

t17 = f"""Mas Rizky,

Terima kasih sudah mengikuti interview user tadi pagi bersama Pak Bambang dan Mbak Putri.

Kami akan memberikan kabar dalam 5 hari kerja setelah interview hari ini.
{DSIG}"""
m17 = b.add("INBOX", "terima-kasih-interview-user", "2026-10-07 13:05", JKT, DEW, "Terima kasih - Interview User", text=t17, mid="gmail")
b.timeframe(m17, "2026-10-14", DEW[1], True)

rej = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222;font-size:14px">
<p>Halo Rizky Pratama Nugroho,</p>
<p>Terima kasih atas waktu dan minat Anda untuk bergabung bersama PT Sinar Kelola Digital sebagai <b>Data Analyst</b>, serta atas partisipasi Anda dalam seluruh tahapan seleksi.</p>
<p>Setelah melalui pertimbangan yang matang, dengan berat hati kami sampaikan bahwa kami belum dapat melanjutkan proses lamaran Anda ke tahap berikutnya.</p>
<p>Data Anda akan tetap kami simpan untuk kesempatan lain di masa mendatang. Semoga sukses selalu.</p>
<p>Hormat kami,<br>Dewi Anggraini<br>HR Business Partner - PT Sinar Kelola Digital</p>
<p style="font-size:11px;color:#999">Dikirim melalui Kalibrr.</p>
</body></html>"""
m = b.add("INBOX", "kalibrr-hasil-seleksi", "2026-10-13 15:30", JKT, ("PT Sinar Kelola Digital via Kalibrr", KAL),
          "Informasi Hasil Seleksi - Data Analyst", html=rej, reply_to=DEW, mid="sendgrid")
b.rejection(m, DEW[1])

t19 = f"""Hi Rizky,

Good news: Arjun would like you to meet Sophie Laurent, our VP of Data, for the final round. The calendar invite will follow in a moment.

Sophie is based in San Francisco, so the only overlap we could find is Thursday 22 Oct, 8:00 AM PT / 10:00 PM WIB. I know that's late for you, and I really appreciate the flexibility. Arjun will join as well.

Best,{MSIG}"""
m19t = b.add("INBOX", "final-round-sophie", "2026-10-15 09:50", SGT, MEI, "Tideline - final round with Sophie Laurent", text=t19, mid="outlook")
b.interview(m19t, "2026-10-22 08:00", LA, [SOP[1], ARJ[1]])
ev19 = Event("040000008200E00074C5B7101A82E00800000000C1D0E6AF19A6DC01000000000000000010000000E43B6F0A92D7C94C9B3F1A7D5E2C6B80",
             "2026-10-22 08:00", LA, 60, "Tideline | Final round - Rizky Pratama Nugroho", organizer=MEI,
             attendees=[USER, SOP, ARJ], location="Zoom", stamp="20261015T020233Z")
outlook("invite-final-round", "2026-10-15 10:02", ev19, "Tideline | Final round - Rizky Pratama Nugroho",
        "Final round with Sophie Laurent (VP Data) and Arjun Pillai. 8:00 AM Pacific = 10:00 PM Jakarta.", [USER, SOP, ARJ])

js = """Rizky, ada 4 lowongan baru yang cocok untukmu

Data Engineer - PT Armada Logistik Nusantara - Jakarta Barat
Analytics Engineer - Bayar Cepat - Remote
Senior Data Analyst - Kopi Pagi Group - Bandung
BI Developer - Rumah Sakit Sehat Sentosa - Tangerang

Lihat semua: https://lokerindo.example/alerts/rizky

Kamu menerima email ini karena mengaktifkan notifikasi lowongan."""
m = b.add("INBOX", "lokerindo-alert", "2026-10-16 07:00", JKT, ("Lokerindo", "alert@lokerindo.example"),
          "4 lowongan baru untuk: data engineer", text=js, html=True, mid="ses")
b.silent(m, "job alert")

bank = """<html><body style="font-family:Arial,sans-serif">
<p>Yth. Bapak Rizky,</p>
<p><b>Penawaran spesial</b> untuk Anda: Kartu Kredit Platinum dengan limit hingga Rp50.000.000 dan bebas iuran tahunan seumur hidup.</p>
<p>Penawaran berlaku hingga 31 Oktober 2026. <a href="https://bank-samudra.example/penawaran">Ajukan sekarang</a></p>
<p style="font-size:10px;color:#999">PT Bank Samudra Tbk berizin dan diawasi oleh OJK.</p>
</body></html>"""
m = b.add("INBOX", "bank-penawaran-kartu-kredit", "2026-10-19 10:30", JKT, ("Bank Samudra", "promo@bank-samudra.example"),
          "Penawaran Spesial: Kartu Kredit Platinum untuk Anda", html=bank, mid="ses")
b.silent(m, "credit card 'offer' from a bank")

t21 = f"""Hi Rizky,

Thank you for staying up late for the final round last night! Sophie and Arjun both said it was a great conversation.

We're wrapping up the last interviews for this role, and you'll hear from us within two weeks.

Best,{MSIG}"""
m21 = b.add("INBOX", "after-final-round", "2026-10-23 09:12", SGT, MEI, "Thank you - final round", text=t21, mid="outlook")
b.timeframe(m21, "2026-11-06", MEI[1], False)

b.add("INBOX", "ibu-pulang", "2026-10-31 19:45", JKT, ("Sri Wahyuni", "sri.wahyuni@surel-nusantara.example"), "Pulang ke Solo?",
      text="Le, jadi pulang ke Solo akhir bulan? Bapak tanya terus. Kabari ya.\n\nIbu", mid="plain", mid_domain="surel-nusantara.example")

t22 = f"""Hi Rizky,

I'm sorry for going quiet, I wanted to have something concrete to tell you.

Our regional leadership has put the APAC data engineering headcount on hold until at least the first quarter of next year, so we can't move forward with any hire for this role right now. Your application stays in the process, and Arjun has asked me to reach out to you first if the role opens again.

I'll keep you posted as soon as I hear more.

Best regards,{MSIG}"""
b.add("INBOX", "update-headcount-on-hold", "2026-11-18 16:40", SGT, MEI, "Update on Data Engineer, APAC", text=t22, mid="outlook")

b.write()
