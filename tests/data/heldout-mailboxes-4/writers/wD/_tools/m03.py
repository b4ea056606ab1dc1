"""m03: retail / warehouse manager in Ontario. Three processes: garden centre (late human no),
Workday DC job (no-reply rejection, bilingual), agency-placed store-manager role (short-notice
phone screen, Outlook invite moved by plain text, offer)."""
from common import *  # noqa

TZ = "America/Toronto"
U = ("Harpreet Sandhu", "harpreet.sandhu@northmail.example")
b = Box("", "m03-ontario-store-manager", U, TZ, "2026-09-03T08:00:00-04:00", "2026-12-01T18:00:00-05:00",
        langs=("en", "fr"), country="CA",
        notes="Ontario retail/warehouse manager; small employer from phone, Workday, agency")

GORD = ("Gord Halloran", "gord@lakeshoregarden.example")
WD = ("Northline Logistics", "northline@myworkday.com")
TK = ("Tanya Kowalczyk", "tkowalczyk@mapleridgestaffing.example")
DM = ("Dave Marchetti", "dave.marchetti@brantwoodhome.example")
MG = ("Melissa Grant", "mgrant@brantwoodhome.example")
TK_SIG = """Tanya Kowalczyk
Senior Recruiter, Retail & Distribution
Maple Ridge Staffing Inc.
905-555-0164 (direct) | 647-555-0121 (cell)
tkowalczyk@mapleridgestaffing.example
www.mapleridgestaffing.example"""

RESUME = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

# 001 cold application to small employer
m1 = b.sent("cold-application-garden-centre", "2026-09-03 21:10", "Assistant Manager - fall/holiday season",
       """Hi Gord,

My neighbour Anita Rao mentioned you're looking for an assistant manager to get Lakeshore through the fall and the Christmas tree season. I'd love to be considered.

I've spent the last six years in retail and distribution: four as assistant store manager at a Canadian Tire-style hardware store in Burlington (team of 35, $11M annual sales) and the last two as shift supervisor at a 3PL warehouse in Milton. I'm comfortable with scheduling, receiving, cash-out and opening/closing, and I have my forklift ticket.

My resume is attached. I'm available right away and happy to pop in whenever suits you.

Thanks very much,
Harpreet Sandhu
416-555-0178""", [GORD], attach=[("Harpreet_Sandhu_Resume.pdf", "application/pdf", RESUME)])

# 002 Workday acknowledgement (bilingual)
ack_en = """Hi Harpreet,

Thank you for applying for the Operations Supervisor - Mississauga DC (R-10482) position at Northline Logistics. We have received your application and our Talent Acquisition team will review it.

If your background is a match, a member of our team will contact you. You can check the status of your application at any time on our careers site.

Regards,
Northline Logistics Talent Acquisition"""
ack_fr = """Bonjour Harpreet,

Merci d'avoir postulé au poste de Superviseur des opérations - CD de Mississauga (R-10482) chez Northline Logistics. Nous avons bien reçu votre candidature et notre équipe d'acquisition de talents l'examinera.

Si votre profil correspond à nos besoins, un membre de notre équipe communiquera avec vous.

Cordialement,
Acquisition de talents, Northline Logistics"""
b.add("INBOX", "workday-acknowledgement", "2026-09-08 18:03", "UTC", WD,
      "Application received / Candidature reçue - Operations Supervisor - Mississauga DC (R-10482)",
      html=sys_html("Northline Logistics", ["(Le français suit)"] + ack_en.split("\n\n") + ["<hr>"] + ack_fr.split("\n\n"),
                    ["This email was sent from an unmonitored mailbox. / Ce courriel a été envoyé d'une boîte non surveillée.",
                     "Powered by Workday"], color="#00426a"),
      mid="plain", mid_domain="myworkday.com")

# 003 small employer, two lines from a phone
t3 = "hi harpreet got ur resume thx. can u come in thurs at 10? ask for Bev at the cash and she'll come find me. Gord\n\nSent from my iPhone"
m3 = b.add("INBOX", "gord-come-in-thursday", "2026-09-09 19:47", TZ, GORD, "Re: Assistant Manager - fall/holiday season",
           text=t3, reply=m1, mid="apple", mid_domain="lakeshoregarden.example")
b.interview(m3, "2026-09-10 10:00", TZ, ["gord@lakeshoregarden.example"])

b.sent("see-you-thursday", "2026-09-09 20:05", "Re: Assistant Manager - fall/holiday season",
       "Perfect, I'll be there at 10 tomorrow. Thanks Gord!\n\nHarpreet" + quote(t3, "Gord Halloran <gord@lakeshoregarden.example>", "Wed, Sep 9, 2026 at 7:47 PM"),
       [GORD], reply=m3)

# 005 after the visit: "by tues latest"
m5 = b.add("INBOX", "gord-by-tuesday", "2026-09-10 16:30", TZ, GORD, "today",
           text="thx for coming in this morning, good chat. I've got 2 more people to see, I'll let u know by tues latest\n\nG\n\nSent from my iPhone",
           mid="apple", mid_domain="lakeshoregarden.example")
b.timeframe(m5, "2026-09-15", "gord@lakeshoregarden.example", False)

# 006 job alert
m = b.add("INBOX", "indeed-alert", "2026-09-14 12:00", "UTC", ("Indeed", "alert@indeed.com"),
          "Store Manager jobs in Oakville, ON: 9 new jobs",
          html=sys_html("indeed", [
              "<b>Store Manager</b> jobs in Oakville, ON",
              "<b>Store Manager - Home Décor</b><br>Harbourfront Living · Oakville, ON<br>$70,000 - $82,000 a year",
              "<b>Warehouse Operations Manager</b><br>Trafalgar Cold Storage · Milton, ON<br>Responds within 3 days",
              "<b>Assistant Store Manager</b><br>PetWorld Outfitters · Burlington, ON",
              "<a href=\"https://ca.indeed.com/jobs?q=store+manager&l=Oakville\">View all jobs</a>",
          ], ["Unsubscribe from these alerts · Indeed Canada Corp."], color="#2557a7"),
          mid="plain", mid_domain="indeed.com")
b.silent(m, "job-alert digest")

# 007 late, gentle no from the owner
m7 = b.add("INBOX", "gord-went-another-way", "2026-09-24 08:12", TZ, GORD, "Re: today",
           text="Harpreet sorry for the slow reply, its been nuts with the mums and the pumpkins. We ended up going with Karen who's done a few seasons with us already, felt like the safer bet for Xmas. Really appreciated you coming in and I'll keep ur resume for spring\n\nGord\n\nSent from my iPhone",
           reply=m5, mid="apple", mid_domain="lakeshoregarden.example")
b.rejection(m7, "gord@lakeshoregarden.example")

# 008 agency outreach
t8 = f"""Hi Harpreet,

I hope you don't mind me reaching out directly - I came across your profile on LinkedIn and your mix of hardware retail and warehouse experience caught my eye.

I'm recruiting a Store Manager for one of our clients, a regional home and hardware chain, for their Oakville location (approx. 40 staff, big contractor desk and garden centre). It's a permanent, full-time role, base in the high $70Ks plus bonus and benefits.

Would you be open to a quick chat this week? If so, could you send me an up-to-date resume?

Best regards,

{TK_SIG}"""
m8 = b.add("INBOX", "agency-outreach", "2026-10-05 09:15", TZ, TK, "Store Manager opportunity - Oakville",
           text=t8, html=word_html(t8), mid="outlook")

m9 = b.sent("reply-agency-interested", "2026-10-06 07:55", "RE: Store Manager opportunity - Oakville",
            "Hi Tanya,\n\nThanks for reaching out, yes I'm definitely interested. My resume is attached. I'm generally free after 11am most days this week.\n\nHarpreet Sandhu\n416-555-0178"
            + quote(t8, "Tanya Kowalczyk <tkowalczyk@mapleridgestaffing.example>", "Mon, Oct 5, 2026 at 9:15 AM"),
            [TK], reply=m8, attach=[("Harpreet_Sandhu_Resume_Oct2026.pdf", "application/pdf", RESUME)])

# 010 short-notice phone screen
t10 = """Hi Harpreet,

Thanks for sending this over so quickly. I've had a look and would love to chat - I'll give you a ring today at 2:30 on 416-555-0178, it should take about 20-25 minutes. If that doesn't work just let me know and we'll find another time.

Tanya

Sent from my mobile"""
m10 = b.add("INBOX", "agency-call-today", "2026-10-07 12:40", TZ, TK, "RE: Store Manager opportunity - Oakville",
            text=t10, reply=m9, mid="outlook")
b.interview(m10, "2026-10-07 14:30", TZ, ["tkowalczyk@mapleridgestaffing.example"])

b.sent("ok-2-30", "2026-10-07 12:52", "RE: Store Manager opportunity - Oakville",
       "2:30 is great, talk soon." + IPHONE, [TK], reply=m10, mid="apple", mid_domain="northmail.example")

# 012 client wants to meet
t12 = f"""Hi Harpreet,

Great speaking with you yesterday! I've shared your resume with my client, Brantwood Home & Hardware, and they'd like to meet you in person.

You'll be meeting Dave Marchetti, the District Manager (he looks after six stores in Halton), and Melissa Grant from their HR team. Dave will send you a calendar invite directly. Dress is business casual - they're a practical bunch.

Let me know if you have any questions before then.

{TK_SIG}"""
b.add("INBOX", "client-wants-to-meet", "2026-10-08 10:20", TZ, TK, "Brantwood Home & Hardware - interview", text=t12,
      html=word_html(t12), mid="outlook")

# 013 Outlook invitation from district manager
ev = Event("040000008200E00074C5B7101A82E00800000000" + b.hexid(32).upper(), "2026-10-20 10:00", TZ, minutes=60,
           summary="Interview - Harpreet Sandhu - Store Manager, Oakville", organizer=("Dave Marchetti", DM[1]),
           attendees=[("Harpreet Sandhu", U[1]), ("Melissa Grant", MG[1])],
           location="Brantwood Home & Hardware #118, 2450 Speers Rd, Oakville, ON L6L 2X9",
           description="Harpreet - looking forward to meeting you. Melissa Grant (HR) will join us. Ask for me at the customer service desk when you arrive.",
           stamp="20261009T150200Z", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
ics = calendar("REQUEST", [ev], prodid="Microsoft Exchange Server 2010", tzstyle="windows")
inv_text = """Harpreet - looking forward to meeting you. Melissa Grant (HR) will join us. Ask for me at the customer service desk when you arrive.

Dave Marchetti
District Manager, Halton
Brantwood Home & Hardware
905-555-0192"""
m13 = b.add("INBOX", "outlook-invite-dm", "2026-10-09 11:02", TZ, DM, "Interview - Harpreet Sandhu - Store Manager, Oakville",
            text=inv_text, html=word_html(inv_text), ics=ics, to=[U], cc=[MG], mid="outlook",
            headers=outlook_headers(b, "Interview - Harpreet Sandhu - Store Manager, Oakville"))
b.interview(m13, "2026-10-22 10:00", TZ, ["dave.marchetti@brantwoodhome.example", "mgrant@brantwoodhome.example"],
            moved_by_text=True)

m14 = b.sent("reply-dm-accept", "2026-10-09 12:15", "RE: Interview - Harpreet Sandhu - Store Manager, Oakville",
             "Hi Dave,\n\nThanks for the invite - accepted, and I'll see you and Melissa at the store on the 20th.\n\nBest,\nHarpreet",
             [DM], reply=m13)

# 015 moved by plain text
t15 = """Harpreet - apologies for the shuffle, I have to be up in Barrie Tuesday for an inventory issue. Can we move to Thursday Oct 22 at 10, same place? Melissa can still make it.

Dave

Sent from my iPhone"""
m15 = b.add("INBOX", "dm-move-to-thursday", "2026-10-16 15:47", TZ, DM, "RE: Interview - Harpreet Sandhu - Store Manager, Oakville",
            text=t15, reply=m14, cc=[MG], mid="apple", mid_domain="brantwoodhome.example")

b.sent("ok-thursday-22", "2026-10-16 16:05", "RE: Interview - Harpreet Sandhu - Store Manager, Oakville",
       "No problem at all, Thursday the 22nd at 10 works for me. See you then.\n\nHarpreet" + quote(t15, "Dave Marchetti <dave.marchetti@brantwoodhome.example>", "Fri, Oct 16, 2026 at 3:47 PM"),
       [DM], cc=[MG], reply=m15)

# 017 agency debrief with a timeframe (said on Friday -> end of next week = Fri Oct 30)
t17 = f"""Hi Harpreet,

Just got off the phone with Dave - he and Melissa really enjoyed meeting you yesterday. They liked your answers on shrink and on scheduling around the contractor desk hours.

They have one more candidate to see on Monday, and Dave said they'll have a decision by end of next week. I'll call you as soon as I hear anything.

Have a great weekend,

{TK_SIG}"""
m17 = b.add("INBOX", "agency-debrief", "2026-10-23 13:10", TZ, TK, "Brantwood - feedback", text=t17, html=word_html(t17), mid="outlook")
b.timeframe(m17, "2026-10-30", "tkowalczyk@mapleridgestaffing.example", True)

# 018 Workday rejection, no-reply, bilingual
rj_en = """Hi Harpreet,

Thank you for your interest in the Operations Supervisor - Mississauga DC (R-10482) position at Northline Logistics and for the time you invested in applying.

After careful review, we have decided to move forward with other candidates whose qualifications more closely match the needs of this role. We encourage you to continue to visit our careers site and apply to future opportunities.

We wish you every success in your search.

Northline Logistics Talent Acquisition"""
rj_fr = """Bonjour Harpreet,

Nous vous remercions de l'intérêt que vous portez au poste de Superviseur des opérations - CD de Mississauga (R-10482) chez Northline Logistics.

Après un examen attentif, nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage aux exigences du poste. Nous vous invitons à consulter régulièrement notre site carrières.

Nous vous souhaitons beaucoup de succès.

Acquisition de talents, Northline Logistics"""
m18 = b.add("INBOX", "workday-status-update", "2026-10-27 10:02", "UTC", WD,
            "Update on your application / Mise à jour de votre candidature - R-10482",
            html=sys_html("Northline Logistics", ["(Le français suit)"] + rj_en.split("\n\n") + ["<hr>"] + rj_fr.split("\n\n"),
                          ["This email was sent from an unmonitored mailbox. / Ce courriel a été envoyé d'une boîte non surveillée.",
                           "Powered by Workday"], color="#00426a"),
            mid="plain", mid_domain="myworkday.com")
b.rejection(m18, "")

# 019 offer via agency
t19 = f"""Hi Harpreet,

I tried calling but went to voicemail - great news! Brantwood Home & Hardware would like to offer you the Store Manager position at the Oakville store.

Headlines:
- Base salary $78,500
- Annual bonus target 15% (store and district KPIs)
- Benefits from day one, 3 weeks vacation
- Proposed start date Monday November 16

Melissa will send the formal paperwork and the background check consent once you confirm you're happy to proceed. Give me a call when you get a minute!

{TK_SIG}"""
m19 = b.add("INBOX", "agency-offer", "2026-10-28 16:35", TZ, TK, "Brantwood - OFFER!", text=t19, html=word_html(t19), mid="outlook")
b.offer(m19)

m20 = b.sent("accept-offer", "2026-10-28 19:20", "RE: Brantwood - OFFER!",
             "Tanya,\n\nSorry I missed your call, I was at my son's hockey practice. This is fantastic news - yes, I'm happy to accept. Nov 16 works.\n\nThank you so much for all your help!\n\nHarpreet"
             + quote(t19, "Tanya Kowalczyk <tkowalczyk@mapleridgestaffing.example>", "Wed, Oct 28, 2026 at 4:35 PM"),
             [TK], reply=m19)

# 021 HR onboarding
t21 = """Hi Harpreet,

Welcome to Brantwood! Tanya let us know you've accepted - we're thrilled.

You'll receive two emails from us today: your employment agreement through our e-signature system, and a link from our screening provider to complete the background and credit check consent. Once both are done, I'll send your first-week schedule (you'll spend days 1-3 at our Burlington store for training).

Warm regards,
Melissa

Melissa Grant, CHRL
HR Business Partner - Halton District
Brantwood Home & Hardware
mgrant@brantwoodhome.example | 905-555-0147"""
b.add("INBOX", "hr-onboarding", "2026-10-29 09:40", TZ, MG, "Welcome to Brantwood - next steps", text=t21, cc=[TK, DM], mid="outlook")

b.write()
