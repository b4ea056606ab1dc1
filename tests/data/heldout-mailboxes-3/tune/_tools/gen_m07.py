"""m07: London user; two agency recruiters relaying clients' answers ("I expect to hear from them
by Thursday", "end of next week"), interviews fixed through the agency in text (interviewers
named only), a client's Outlook invite with a Windows TZID, a verbal offer relayed by the agency,
and a direct Workable process with a no-reply rejection."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, Event, calendar, gq, oq, iq, stamp, outlook_headers, teams_block, html_from_text

TZ = "Europe/London"
USER = ("Nadia Rahman", "nadia.rahman@mailhub.example")
b = Box("tune", "m07-agency-london", USER, TZ, "2026-09-07T08:00:00+01:00", "2026-11-20T18:00:00+00:00",
        country="UK")
JAMIE = ("Jamie Fairclough", "jamie.fairclough@brockwelltalent.example")
NEHA = ("Neha Varma", "neha.varma@harrowlane.example")
OLU = ("Olu Adebayo", "oadebayo@meridale.example")
CLAIRE = ("Claire Whitfield", "cwhitfield@meridale.example")
WK = ("Thornbury Foods", "noreply@candidates.workablemail.com")
EXCH = "Microsoft Exchange Server 2010"

t1 = """Hi Nadia,

Hope you don't mind the direct email - I came across your profile and your work on pricing analytics at your current place caught my eye.

I'm working exclusively with a Series B fintech in Shoreditch who are hiring a Senior Data Analyst to sit between their risk and product teams. Salary up to £75k + options, hybrid (2 days in office). It's a small, sharp team and the Head of Data is one of the best people I've placed candidates with.

Would you be open to a quick chat this week? Happy to work around you.

Cheers,
Jamie

Jamie Fairclough
Senior Consultant - Data & Analytics
Brockwell Talent | 020 7946 0321 | 07700 900 412
brockwelltalent.example"""
m001 = b.add("INBOX", "agency-outreach", "2026-09-07 10:12", TZ, JAMIE, "Senior Data Analyst - Series B fintech, Shoreditch",
             text=t1, mid="outlook")

t2 = """Hi Jamie,

Thanks for reaching out - I'd be open to hearing more. I'm free for a call Friday lunchtime if that works, my number is 07700 900 887.

Nadia"""
m002 = b.sent("re-agency-outreach", "2026-09-08 08:40", "Re: Senior Data Analyst - Series B fintech, Shoreditch",
              t2 + gq(m001, TZ), to=[JAMIE], reply=m001)

wk = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p>Hi Nadia,</p>
<p>Thank you for applying for the <b>Commercial Insights Analyst</b> position at <b>Thornbury Foods</b>.</p>
<p>We've received your application and the hiring team will review it soon.</p>
<p>Kind regards,<br>Thornbury Foods Recruitment</p>
<p style="font-size:12px;color:#999">This email was sent by Workable on behalf of Thornbury Foods. Replies to this address are not monitored.</p>
</body></html>
"""
m003 = b.add("INBOX", "workable-ack", "2026-09-10 14:25", TZ, WK, "Thornbury Foods: application received",
             html=wk, mid="uuid", mid_domain="workablemail.com", headers=["Auto-Submitted: auto-generated"])

t4 = """Hi Nadia,

Great to speak on Friday. As discussed, I've now submitted your CV to the client - they're called Lanternpay, and I've sent over the notes from our call too.

I expect to hear from them by Thursday. I'll let you know as soon as I do.

Cheers,
Jamie"""
m004 = b.add("INBOX", "cv-submitted", "2026-09-14 09:35", TZ, JAMIE, "Lanternpay - CV submitted", text=t4, mid="outlook")
b.timeframe(m004, "2026-09-17", JAMIE[1], True)

t5 = """Hi Nadia,

Good news - Lanternpay would like to meet you! They've proposed Tuesday 22nd September at 2pm at their office (Great Eastern Street, I'll send the exact address). You'd be meeting Dev Chaudhary, their Head of Data, and Sophie Lam, one of the senior analysts. About an hour, a mix of competency questions and a walk-through of a dashboard you've built.

Does that work for you?

Jamie"""
m005 = b.add("INBOX", "lanternpay-wants-to-meet", "2026-09-16 11:50", TZ, JAMIE, "RE: Lanternpay - CV submitted",
             text=t5 + oq(m004, TZ), reply=m004, mid="outlook")

t6 = """Hi Jamie,

Brilliant! Tuesday at 2pm works for me, thanks for sorting it so quickly

Nadia

Sent from my iPhone"""
m006 = b.sent("re-lanternpay", "2026-09-16 12:14", "Re: Lanternpay - CV submitted", t6 + iq(m005, TZ), to=[JAMIE],
              reply=m005, mid="apple", mid_domain="mailhub.example")

t7 = """Perfect, I've confirmed with them: Tuesday 22nd at 2pm, Lanternpay, 3rd floor, 88 Great Eastern Street, EC2A 3JL. Ask for Dev at reception.

Good luck - not that you'll need it!
Jamie"""
m007 = b.add("INBOX", "lanternpay-confirmed", "2026-09-16 14:02", TZ, JAMIE, "RE: Lanternpay - CV submitted",
             text=t7 + oq(m006, TZ), reply=m006, mid="outlook")
b.interview(m007, "2026-09-22 14:00", TZ, ["name:Dev Chaudhary", "name:Sophie Lam"])

t8 = """Hi Jamie,

Thanks for setting that up - I thought it went well, Dev and Sophie were lovely and the dashboard walk-through turned into a proper conversation.

Nadia"""
m008 = b.sent("after-lanternpay", "2026-09-22 16:30", "Lanternpay - how it went", t8, to=[JAMIE])

t9 = """Great to hear! I've just spoken to Dev, he said they enjoyed it too. They've got two more people to see, and they'll come back to me by end of next week.

Jamie"""
m009 = b.add("INBOX", "re-how-it-went", "2026-09-22 17:45", TZ, JAMIE, "RE: Lanternpay - how it went",
             text=t9 + oq(m008, TZ), reply=m008, mid="outlook")
b.timeframe(m009, "2026-10-02", JAMIE[1], False)

t10 = """Hi Nadia,

I'm Neha from Harrow & Lane - we specialise in insurance and financial services analytics. I'm working on an Analytics Lead role with Meridale Insurance in the City (£80-90k + 15% bonus, hybrid) and from your background I think you'd be a strong fit.

Would you be interested? If so, could you send me an up-to-date CV?

Kind regards,
Neha Varma
Principal Consultant | Harrow & Lane Recruitment
T: 020 7946 0558"""
m010 = b.add("INBOX", "harrowlane-outreach", "2026-09-24 09:05", TZ, NEHA, "Analytics Lead - Meridale Insurance",
             text=t10, mid="outlook")

t11 = """Hi Neha,

Thanks for thinking of me - yes, I'd be interested. CV attached.

Best,
Nadia"""
m011 = b.sent("re-harrowlane", "2026-09-24 19:20", "Re: Analytics Lead - Meridale Insurance", t11 + gq(m010, TZ),
              to=[NEHA], reply=m010, attach=[("Nadia_Rahman_CV.pdf", "application/pdf", b"%PDF-1.4\n%cv\n%%EOF\n")])

t12 = """Hi Nadia,

Meridale have reviewed your CV and would like a first-stage video interview. Olu Adebayo, their Head of Analytics, will send you a Teams invite directly.

Neha"""
m012 = b.add("INBOX", "meridale-first-stage", "2026-09-28 15:10", TZ, NEHA, "RE: Analytics Lead - Meridale Insurance",
             text=t12, reply=m011, mid="outlook")

tb, url = teams_block(b)
desc = f"""Hi Nadia,

Looking forward to meeting you. Claire Whitfield from our pricing team will join me.

Olu

{tb}
"""
ev = Event("040000008200E00074C5B7101A82E00800000000" + b.hexid(48).upper(), "2026-10-05 10:00", TZ, 60,
           "Meridale - Analytics Lead - first interview (Nadia Rahman)", organizer=OLU,
           attendees=[("Nadia Rahman", USER[1]), CLAIRE + ("REQ-PARTICIPANT", True)], location="Microsoft Teams Meeting",
           description=desc, stamp=stamp("2026-09-29 10:22", TZ),
           extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                  "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
ics = calendar("REQUEST", [ev], prodid=EXCH, tzstyle="windows")
m013 = b.add("INBOX", "meridale-teams-invite", "2026-09-29 10:22", TZ, OLU,
             "Meridale - Analytics Lead - first interview (Nadia Rahman)", text=desc, html=html_from_text(desc),
             to=[USER, CLAIRE], ics=ics, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Meridale - Analytics Lead - first interview (Nadia Rahman)", "en-GB"))
b.interview(m013, "2026-10-05 10:00", TZ, [OLU[1], CLAIRE[1]])

wr = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p>Hi Nadia,</p>
<p>Thank you for your interest in the Commercial Insights Analyst role at Thornbury Foods.</p>
<p>We have now reviewed all applications and unfortunately we have decided not to proceed with your application on this occasion.</p>
<p>We wish you every success in your job search.</p>
<p>Kind regards,<br>Thornbury Foods Recruitment</p>
<p style="font-size:12px;color:#999">This email was sent by Workable on behalf of Thornbury Foods. Replies to this address are not monitored.</p>
</body></html>
"""
m014 = b.add("INBOX", "workable-outcome", "2026-09-30 16:02", TZ, WK, "Thornbury Foods: your application",
             html=wr, mid="uuid", mid_domain="workablemail.com", headers=["Auto-Submitted: auto-generated"])
b.rejection(m014, "")

t15 = """Hi Nadia,

Meridale were really impressed this morning - Olu called me straight afterwards. They'd like you back for a final interview with their Chief Data Officer. I'm just confirming a date with them and will come back to you.

Neha"""
m015 = b.add("INBOX", "meridale-final-coming", "2026-10-05 13:05", TZ, NEHA, "Meridale - great feedback!", text=t15,
             mid="outlook")

t16 = """Hi Nadia,

Final interview is confirmed:

Wednesday 14 October, 11:30am
Meridale Insurance, 40 Leadenhall Street, EC3A 2BJ (sign in at the ground-floor security desk)
You'll meet Richard Osei (Chief Data Officer) and Olu again.

It'll be around 75 minutes, including a short presentation: "how would you set up analytics for a new commercial lines product". 10 minutes max, slides optional.

Neha"""
m016 = b.add("INBOX", "meridale-final-confirmed", "2026-10-07 11:40", TZ, NEHA, "Meridale final interview - Wed 14 Oct",
             text=t16, mid="outlook")
b.interview(m016, "2026-10-14 11:30", TZ, ["name:Richard Osei", OLU[1]])

t17 = """Thanks Neha, that's great - I'll be there. I'll prep the presentation this weekend.

Nadia"""
m017 = b.sent("re-meridale-final", "2026-10-07 12:55", "Re: Meridale final interview - Wed 14 Oct", t17 + gq(m016, TZ),
              to=[NEHA], reply=m016)

t18 = """Hi Nadia,

Sorry for the radio silence - I was chasing Lanternpay all last week and only got a proper answer from Dev this morning.

Unfortunately they've decided to go with another candidate, who had a couple more years of payments-specific experience. Dev was keen that I pass on that you were a very close second and that he'd happily talk to you again if anything opens up.

Sorry it's not better news. Let's catch up next week - I've got a couple of other roles that might interest you.

Jamie"""
m018 = b.add("INBOX", "lanternpay-outcome", "2026-10-08 10:20", TZ, JAMIE, "RE: Lanternpay - how it went",
             text=t18 + oq(m009, TZ), reply=m009, mid="outlook")
b.rejection(m018, JAMIE[1])

t19 = """Hi Nadia,

Olu just messaged to say the presentation went down really well. They're meeting on Friday to make a decision and I'll call you by Monday 19th at the latest.

Fingers crossed!
Neha"""
m019 = b.add("INBOX", "after-meridale-final", "2026-10-14 15:35", TZ, NEHA, "After today", text=t19, mid="outlook")
b.timeframe(m019, "2026-10-19", NEHA[1], True, domains=["meridale.example"])

t20 = """Hi Nadia,

Lovely to speak just now - congratulations again!

To confirm what we discussed: Meridale Insurance would like to offer you the Analytics Lead position at a base salary of £86,000, 15% target bonus, 28 days' holiday plus bank holidays and the usual pension and healthcare. They're flexible on the start date given your three-month notice period.

The written offer will come through from Meridale HR via DocuSign early next week. Any questions in the meantime, just call me.

Neha"""
m020 = b.add("INBOX", "meridale-offer", "2026-10-16 16:10", TZ, NEHA, "Meridale - offer!", text=t20, mid="outlook")
b.offer(m020)

t21 = """Hi Neha,

Thank you so much - I'm delighted! Happy to accept in principle; I'll look out for the written offer.

Nadia"""
m021 = b.sent("re-offer", "2026-10-16 17:02", "Re: Meridale - offer!", t21 + gq(m020, TZ), to=[NEHA], reply=m020)

t22 = """Dear Nadia,

Your appointment has been booked:

Practice: Highbury Grove Medical Centre
Clinician: Dr A. Mensah
Date: Thursday 22 October 2026, 08:50

To cancel, reply CANCEL or call 020 7946 0199.

Please do not reply to this message with medical questions."""
m022 = b.add("INBOX", "gp-appointment", "2026-10-19 08:00", TZ, ("Highbury Grove Medical Centre", "noreply@highburygrovemc.example"),
             "Appointment confirmation - Thu 22 Oct 08:50", text=t22, mid="plain", mid_domain="highburygrovemc.example")
b.silent(m022, "a GP appointment confirmation")

b.write()
