"""m05: senior accountant in Los Angeles. One real process (iCIMS ack, phone screen, Outlook panel
moved by an Outlook update, offer) among look-alikes: rental application, jury summons, doctor's
appointment .ics, food-bank shift, store offer, a Spanish-language school admission interview for
the user's son, job alerts."""
from common import *  # noqa

TZ = "America/Los_Angeles"
U = ("Gabriel Ortega", "gabe.ortega@sunmail.example")
b = Box("", "m05-pasadena-accountant", U, TZ, "2026-09-09T07:00:00-07:00", "2026-12-08T18:00:00-08:00",
        langs=("en", "es"), country="US",
        notes="LA accountant; CPA firm via iCIMS; many look-alikes incl. Spanish school interview")

IC = ("Halvorsen & Pike Careers", "halvorsenpike@talent.icims.com")
LF = ("Lauren Fischbach", "lfischbach@halvorsenpike.example")
MZ = ("Mei-Ling Zhou", "mzhou@halvorsenpike.example")
RA = ("Robert Acheampong", "racheampong@halvorsenpike.example")
DANI = ("Daniela Ortega", "dani.ortega.rn@sunmail.example")
LF_SIG = """Lauren Fischbach
Senior Talent Acquisition Partner
Halvorsen & Pike LLP | Certified Public Accountants
1200 E. Colorado Blvd., Suite 900, Pasadena, CA 91106
d: 626.555.0138 | lfischbach@halvorsenpike.example"""

# 001 iCIMS acknowledgement, HTML only, no timeframe
b.add("INBOX", "icims-acknowledgement", "2026-09-09 17:44", "UTC", IC,
      "Thank you for your application to Halvorsen & Pike LLP",
      html=sys_html("Halvorsen & Pike LLP", [
          "Dear Gabriel,",
          "Thank you for applying for the <b>Senior Accountant – Client Accounting Services (Req #2026-1187)</b> position with Halvorsen & Pike LLP. We have received your application and our recruiting team is reviewing your qualifications.",
          "If your experience is a strong match, a member of our team will reach out to discuss next steps. In the meantime, you can log in to our career portal to check your application status.",
          "Sincerely,\nThe Halvorsen & Pike Recruiting Team",
      ], ["Please do not reply to this message. This mailbox is not monitored.", "Powered by iCIMS"], color="#143d59"),
      mid="plain", mid_domain="talent.icims.com")

# 002/003 rental application: acknowledgement with "2 business days" and approval
m = b.add("INBOX", "rental-application-received", "2026-09-10 09:31", TZ, ("Arroyo Vista Property Management", "leasing@arroyovistapm.example"),
          "Rental Application Received - 418 N. Catalina Ave #3",
          text="Hi Gabriel,\n\nThank you for submitting your rental application for 418 N. Catalina Ave, Unit 3. Our leasing team will review your application, credit report and rental history within 2 business days and contact you with a decision.\n\nApplication ID: AVP-55120\nApplicants: Gabriel Ortega, Daniela Ortega\nApplication fee paid: $45.00 x 2\n\nArroyo Vista Property Management\n(626) 555-0111",
          mid="ses")
b.silent(m, "rental application acknowledgement with a 2-business-day review promise (not a job)")
m = b.add("INBOX", "rental-application-approved", "2026-09-11 15:02", TZ, ("Arroyo Vista Property Management", "leasing@arroyovistapm.example"),
          "Congratulations! Your application has been approved",
          html=sys_html("Arroyo Vista Property Management", [
              "Hi Gabriel,",
              "Great news - your application for <b>418 N. Catalina Ave, Unit 3</b> has been approved!",
              "Next steps:\n1. Sign your lease electronically (link expires in 48 hours)\n2. Pay your security deposit of $3,150\n3. Schedule your move-in walkthrough with our property manager",
              "<a href=\"https://portal.arroyovistapm.example/lease/AVP-55120\">Review and sign lease</a>",
          ], ["Arroyo Vista Property Management · Equal Housing Opportunity"], color="#2f6b3b"),
          mid="ses")
b.silent(m, "landlord approving a rental application")

# 004 job alert
m = b.add("INBOX", "linkedin-job-alert", "2026-09-16 14:05", "UTC", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
          "\u201csenior accountant\u201d: 21 new jobs in Los Angeles Metropolitan Area",
          html=sys_html("LinkedIn", [
              "Your job alert for senior accountant in Los Angeles Metropolitan Area",
              "<b>Senior Accountant, Revenue</b><br>Foothill Media Group · Burbank, CA (Hybrid)<br>$95K/yr - $115K/yr",
              "<b>Senior Staff Accountant</b><br>Crestline Biologics · Irvine, CA<br>Actively recruiting",
              "<b>Accounting Manager</b><br>Sunset Row Hospitality · West Hollywood, CA<br>3 school alumni work here",
              "<a href=\"https://www.linkedin.com/jobs/search/?alertId=902\">See all jobs</a>",
          ], ["You are receiving Job Alert emails. Unsubscribe · Help", "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]),
          mid="plain", mid_domain="linkedin.com")
b.silent(m, "job-alert digest")

# 005 recruiter asks for availability
t5 = f"""Hi Gabriel,

Thank you for applying for our Senior Accountant opening in Client Accounting Services. Your background in month-end close for multi-entity clients is exactly what the team is looking for.

I'd like to schedule a 30-minute phone conversation to tell you more about the role and learn about your goals. What does your availability look like next week?

Best,

{LF_SIG}"""
m5 = b.add("INBOX", "recruiter-phone-screen-request", "2026-09-21 10:15", TZ, LF, "Senior Accountant - Halvorsen & Pike",
           text=t5, html=word_html(t5, lang="EN-US"), mid="outlook", headers=outlook_headers(b, "Senior Accountant - Halvorsen & Pike"))

# 006 user proposes
m6 = b.sent("propose-times", "2026-09-21 12:30", "RE: Senior Accountant - Halvorsen & Pike",
            "Hi Lauren,\n\nThanks for reaching out! Tuesday 9/29 at 3pm would work best for me, or Wednesday 9/30 any time before 11am.\n\nMy cell is (323) 555-0187.\n\nThanks,\nGabriel Ortega, CPA"
            + quote(t5, "Lauren Fischbach <lfischbach@halvorsenpike.example>", "Mon, Sep 21, 2026 at 10:15 AM"),
            [LF], reply=m5)

# 007 recruiter confirms
t7 = f"""Perfect - let's do Tuesday 9/29 at 3:00 PT. I'll call you at (323) 555-0187.

Talk then,

{LF_SIG}"""
m7 = b.add("INBOX", "recruiter-confirms-tuesday", "2026-09-21 14:05", TZ, LF, "RE: Senior Accountant - Halvorsen & Pike",
           text=t7 + oquote("Hi Lauren,\n\nThanks for reaching out! Tuesday 9/29 at 3pm would work best for me, or Wednesday 9/30 any time before 11am.",
                            "Gabriel Ortega <gabe.ortega@sunmail.example>", "Monday, September 21, 2026 12:30 PM",
                            "Lauren Fischbach <lfischbach@halvorsenpike.example>", "RE: Senior Accountant - Halvorsen & Pike"),
           reply=m6, mid="outlook")
b.interview(m7, "2026-09-29 15:00", TZ, ["lfischbach@halvorsenpike.example"])

# 008 school admission interview for the son, Spanish, with a Google invite
esc_ev = Event(b.hexid(26) + "@google.com", "2026-11-05 16:00", TZ, minutes=30,
               summary="Entrevista de admisión - Mateo Ortega (Kínder 2027-28)",
               organizer=("Admisiones Escuela Luna Nueva", "admisiones@escuelalunanueva.example"),
               attendees=[("Gabriel Ortega", U[1]), ("Daniela Ortega", DANI[1])],
               location="Escuela Luna Nueva, 950 N. Lake Ave, Pasadena, CA 91104 - Salón 4",
               description="Entrevista de admisión y visita para familias. Mateo participará en una breve actividad de juego con la maestra de kínder mientras los padres conversan con la directora.",
               stamp="20260925T193000Z")
school_ics = calendar("REQUEST", [esc_ev])
school_txt = """Estimada familia Ortega:

Gracias por su solicitud de admisión al programa de inmersión dual de Escuela Luna Nueva para el ciclo escolar 2027-2028.

Nos complace invitarles a una entrevista de admisión con la directora, la Mtra. Leticia Baca, el jueves 5 de noviembre a las 4:00 p.m. Mateo participará en una breve actividad de juego con la maestra de kínder mientras ustedes conversan con la directora. La entrevista dura unos 30 minutos.

Por favor confirmen su asistencia respondiendo a este correo.

Atentamente,
Oficina de Admisiones
Escuela Luna Nueva
(626) 555-0150"""
m8 = b.add("INBOX", "escuela-entrevista-admision", "2026-09-25 12:30", TZ, ("Admisiones Escuela Luna Nueva", "admisiones@escuelalunanueva.example"),
           "Invitación: Entrevista de admisión - Mateo Ortega (Kínder 2027-28) @ jue 5 nov 2026 4pm - 4:30pm (PST)",
           text=school_txt, html=html_from_text(school_txt), ics=school_ics, to=[U, DANI], mid="google-cal")
b.silent(m8, "admission interview for the user's son at a school (Spanish), not a job interview")

b.sent("confirmar-escuela", "2026-09-25 20:14", "Re: Invitación: Entrevista de admisión - Mateo Ortega (Kínder 2027-28)",
       "Buenas tardes,\n\nConfirmamos nuestra asistencia el jueves 5 de noviembre a las 4:00. Muchas gracias.\n\nSaludos,\nGabriel y Daniela Ortega",
       [("Admisiones Escuela Luna Nueva", "admisiones@escuelalunanueva.example")], cc=[DANI], reply=m8)

# 010 after the phone screen
t10 = f"""Hi Gabriel,

Thanks again for the great conversation yesterday. I shared my notes with the hiring team and they'd like to bring you in for a panel interview with Mei-Ling Zhou, our Controller, and Robert Acheampong, Senior Manager in Client Accounting Services. I'm sending a calendar invitation separately.

The interview will be about 90 minutes and includes a short technical case (a bank reconciliation and a revenue cut-off question). No preparation needed.

Best,

{LF_SIG}"""
b.add("INBOX", "panel-next-step", "2026-09-30 09:40", TZ, LF, "Next step - panel interview", text=t10,
      html=word_html(t10, lang="EN-US"), cc=[MZ, RA], mid="outlook")

# 011 Outlook panel invitation
uid = "040000008200E00074C5B7101A82E00800000000" + b.hexid(32).upper()
pan = dict(uid=uid, tz=TZ, minutes=90, summary="Interview: Gabriel Ortega - Senior Accountant (CAS)",
           organizer=("Lauren Fischbach", LF[1]),
           attendees=[("Gabriel Ortega", U[1]), ("Mei-Ling Zhou", MZ[1]), ("Robert Acheampong", RA[1])],
           location="Halvorsen & Pike LLP, 1200 E. Colorado Blvd., Suite 900, Pasadena - Conference Room Arroyo",
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
ev1 = Event(start="2026-10-13 10:00", seq=0, stamp="20260930T165200Z",
            description="Please check in with reception on the 9th floor. Validated parking is available in the structure on Lake Ave.", **pan)
inv_txt = "Please check in with reception on the 9th floor. Validated parking is available in the structure on Lake Ave.\n\nLauren"
m11 = b.add("INBOX", "outlook-panel-invite", "2026-09-30 09:52", TZ, LF, "Interview: Gabriel Ortega - Senior Accountant (CAS)",
            text=inv_txt, html=word_html(inv_txt, lang="EN-US"), to=[U, MZ, RA],
            ics=calendar("REQUEST", [ev1], prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
            mid="outlook", headers=outlook_headers(b, "Interview: Gabriel Ortega - Senior Accountant (CAS)"))
b.interview(m11, "2026-10-14 13:00", TZ, ["mzhou@halvorsenpike.example", "racheampong@halvorsenpike.example"])

# 012 jury summons
jury = """SUMMONS FOR JURY SERVICE

Juror ID: 771-204-5581
Name: GABRIEL ORTEGA

You have been summoned for jury service. Your service week begins Monday, November 9, 2026.

Please confirm your service online within 5 days. The evening before your service date, check the juror status line or website after 5:00 p.m. to learn whether you must report. If instructed to report, arrive by 7:45 a.m. at the Jury Assembly Room, 2nd floor, and bring this summons and photo ID. Jury selection may take one or more days; you may be questioned by the judge and attorneys as part of the panel selection process.

Requests to postpone may be made once online.

Jury Services Office
San Gabriel Valley Superior Court"""
m = b.add("INBOX", "jury-summons", "2026-10-02 06:15", TZ, ("Jury Services", "noreply@jury.sgvcourts.example"),
          "Jury Service Summons - Please Confirm Your Service", text=jury, mid="uuid", mid_domain="jury.sgvcourts.example")
b.silent(m, "jury duty summons (panel selection, questioning), not a job interview")

# 013 Outlook update moving the panel
ev2 = Event(start="2026-10-14 13:00", seq=1, stamp="20261007T232000Z",
            description="Rescheduled - Mei-Ling has an audit committee meeting on Tuesday morning. Same room.", **pan)
upd_txt = "Hi Gabriel - Mei-Ling has an audit committee meeting that moved onto Tuesday morning, so I've moved us to Wednesday 10/14 at 1:00 PM. Same room, same panel. Apologies for the change!\n\nLauren"
m13 = b.add("INBOX", "outlook-panel-update", "2026-10-07 16:20", TZ, LF, "Updated: Interview: Gabriel Ortega - Senior Accountant (CAS)",
            text=upd_txt, html=word_html(upd_txt, lang="EN-US"), to=[U, MZ, RA],
            ics=calendar("REQUEST", [ev2], prodid="Microsoft Exchange Server 2010", tzstyle="windows"),
            mid="outlook")
b.sent("ok-wednesday", "2026-10-07 16:45", "RE: Updated: Interview: Gabriel Ortega - Senior Accountant (CAS)",
       "No problem, Wednesday at 1 works. See you then!\n\nGabriel" + IPHONE, [LF], reply=m13, mid="apple", mid_domain="sunmail.example")

# 015 volunteer shift
m = b.add("INBOX", "food-bank-shift", "2026-10-09 12:00", TZ, ("Foothill Community Food Bank", "volunteer@foothillfoodbank.example"),
          "You're confirmed! Volunteer shift Sat Oct 24",
          text="Hi Gabriel,\n\nThanks for signing up to volunteer! You're confirmed for:\n\nWarehouse Sort & Pack\nSaturday, October 24, 2026, 8:30 AM - 12:00 PM\n1420 E. Walnut St, Pasadena\n\nFirst-time volunteers: please arrive 15 minutes early for a short orientation with our volunteer coordinator, Deb. Closed-toe shoes required.\n\nThank you for helping us fight hunger in the San Gabriel Valley!",
          mid="sendgrid")
b.silent(m, "volunteer shift confirmation with an orientation, not a job")

# 016 doctor's appointment with .ics
dr_ev = Event("appt-88120-" + b.hexid(8), "2026-11-03 09:20", TZ, minutes=30, summary="Annual physical - Dr. Sara Shapiro",
              location="Colorado Family Medicine, 65 N. Madison Ave, Suite 200, Pasadena", stamp="20261013T160000Z",
              description="Please arrive 15 minutes early and bring your insurance card.")
m = b.add("INBOX", "doctor-appointment", "2026-10-13 09:00", TZ, ("Colorado Family Medicine", "appointments@coloradofamilymed.example"),
          "Appointment reminder: Tue, Nov 3 at 9:20 AM",
          text="Hi Gabriel, this is a reminder of your upcoming appointment with Dr. Sara Shapiro on Tuesday, November 3 at 9:20 AM. Reply C to confirm or call (626) 555-0177 to reschedule. An invitation for your calendar is attached.",
          ics=calendar("PUBLISH", [dr_ev], prodid="-//Colorado Family Medicine//Patient Reminders//EN"), ics_as="attach",
          ics_name="appointment.ics", mid="ses")
b.silent(m, "doctor's appointment reminder with a calendar attachment")

# 017 post-interview timeframe
t17 = f"""Hi Gabriel,

Thank you for coming in this afternoon - Mei-Ling and Robert both mentioned how much they enjoyed the conversation, and you made quick work of the cut-off case.

We're wrapping up our last interview later this week. We get back to every finalist within 5 business days of the interview, so you'll hear from me either way.

Best,

{LF_SIG}"""
m17 = b.add("INBOX", "after-panel", "2026-10-14 17:30", TZ, LF, "Thank you for coming in", text=t17,
            html=word_html(t17, lang="EN-US"), mid="outlook")
b.timeframe(m17, "2026-10-21", "lfischbach@halvorsenpike.example", True)

# 018 store coupon
m = b.add("INBOX", "store-offer", "2026-10-16 05:00", TZ, ("Marlowe & Finch", "offers@e.marloweandfinch.example"),
          "Gabriel, your exclusive offer ends tonight",
          html=sys_html("MARLOWE & FINCH", [
              "<b>An offer just for you, Gabriel</b>",
              "Take an extra 30% off men's suiting and dress shirts - in stores and online. Use code FALL30 at checkout.",
              "Looking sharp for the big interview? Our stylists can help you pick the perfect look.",
              "<a href=\"https://www.marloweandfinch.example/offers\">Shop the offer</a>",
          ], ["Offer valid through 11:59 PM PT 10/16/2026. Exclusions apply. Unsubscribe."], color="#111111"),
          mid="sendgrid", headers=["List-Unsubscribe: <https://e.marloweandfinch.example/unsub>", "Precedence: bulk"])
b.silent(m, "retail discount 'offer' mentioning interviews")

# 019 offer
t19 = f"""Hi Gabriel,

It was great speaking with you just now - as promised, here it is in writing! On behalf of Halvorsen & Pike, I'm delighted to offer you the position of Senior Accountant, Client Accounting Services.

- Base salary: $112,000
- Eligible for annual discretionary bonus
- 20 days PTO plus firm holidays; hybrid schedule (3 days in office)
- Proposed start date: Monday, November 16, 2026

This offer is contingent upon a satisfactory background check and verification of your active California CPA license. Your formal offer letter is attached; please sign and return it by Friday, October 23.

We're really excited about the possibility of you joining the team.

Best,

{LF_SIG}"""
m19 = b.add("INBOX", "offer", "2026-10-20 11:10", TZ, LF, "Offer of Employment - Senior Accountant", text=t19,
            html=word_html(t19, lang="EN-US"), cc=[MZ], mid="outlook",
            attach=[("Ortega_Gabriel_Offer_Letter.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])
b.offer(m19)

b.sent("fwd-offer-to-dani", "2026-10-20 11:32", "Fwd: Offer of Employment - Senior Accountant",
       "!!!!! call me when you're on break" + fwd(t19, "Lauren Fischbach <lfischbach@halvorsenpike.example>", "Tue, Oct 20, 2026 at 11:10 AM",
                                                   "Offer of Employment - Senior Accountant", "Gabriel Ortega <gabe.ortega@sunmail.example>"),
       [DANI])

m21 = b.sent("accept-offer", "2026-10-21 08:05", "RE: Offer of Employment - Senior Accountant",
             "Hi Lauren,\n\nThank you again - I'm thrilled to accept. The signed offer letter is attached, and I'm happy to start on November 16.\n\nPlease let me know what you need for the background check.\n\nBest regards,\nGabriel"
             + quote(t19, "Lauren Fischbach <lfischbach@halvorsenpike.example>", "Tue, Oct 20, 2026 at 11:10 AM"),
             [LF], reply=m19, attach=[("Ortega_Gabriel_Offer_Letter_signed.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")])

b.add("INBOX", "background-check", "2026-10-21 10:48", TZ, LF, "RE: Offer of Employment - Senior Accountant",
      text="Wonderful news, Gabriel - welcome aboard! You'll get an email from ClearPath Screening today with a link to start your background check; it usually takes 3-5 days. I'll reach out once it clears with onboarding details.\n\nLauren" + oquote(
          "Hi Lauren,\n\nThank you again - I'm thrilled to accept. The signed offer letter is attached, and I'm happy to start on November 16.",
          "Gabriel Ortega <gabe.ortega@sunmail.example>", "Wednesday, October 21, 2026 8:05 AM",
          "Lauren Fischbach <lfischbach@halvorsenpike.example>", "RE: Offer of Employment - Senior Accountant"),
      reply=m21, mid="outlook")

# 023 school reminder, Spanish, plain text
m = b.add("INBOX", "escuela-recordatorio", "2026-11-04 15:00", TZ, ("Admisiones Escuela Luna Nueva", "admisiones@escuelalunanueva.example"),
          "Recordatorio: entrevista de admisión mañana",
          text="Estimada familia Ortega:\n\nLes recordamos su entrevista de admisión mañana jueves 5 de noviembre a las 4:00 p.m. en el Salón 4. Favor de traer el acta de nacimiento de Mateo y su cartilla de vacunación.\n\n¡Los esperamos!\nOficina de Admisiones",
          mid="gmail")
b.silent(m, "reminder of the son's school admission interview (Spanish)")

b.write()
