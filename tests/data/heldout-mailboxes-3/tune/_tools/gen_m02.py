"""m02: Outlook/Teams invitations with Windows TZIDs, a "tomorrow at 4" phone screen, an
Outlook reschedule (SEQUENCE 1), a text-then-calendar interview, an offer, and a withdrawal that
cancels a later interview."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import (Box, Event, calendar, gq, oq, iq, stamp, outlook_headers, teams_block,
                      html_from_text)

TZ = "America/New_York"
USER = ("Marcus Feldman", "marcus.feldman@inbox.example")
b = Box("tune", "m02-outlook-teams-offer", USER, TZ,
        "2026-09-08T08:00:00-04:00", "2026-11-13T18:00:00-05:00")
EXCH = "Microsoft Exchange Server 2010"

JENNA = ("Jenna Kowalczyk", "jkowalczyk@halvorsencap.example")
ROBERT = ("Robert Achebe", "rachebe@halvorsencap.example")
LINH = ("Linh Tran", "ltran@halvorsencap.example")
PAT = ("Patricia Weingart", "pweingart@halvorsencap.example")
ANDRE = ("Andre Solis", "asolis@halvorsencap.example")
DEREK = ("Derek Yamamoto", "dyamamoto@orrinmutual.example")
CAMILLE = ("Camille Ostrander", "costrander@orrinmutual.example")
VICTOR = ("Victor Haldane", "vhaldane@orrinmutual.example")
WD = ("Halvorsen Capital", "halvorsen@myworkday.com")


def ouid():
    return "040000008200E00074C5B7101A82E00800000000" + b.hexid(16).upper() + "00000000000000001000000" + b.hexid(32).upper()


def xms(url, seq=0):
    return [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]


ack = """Hi Marcus,

Thank you for your interest in Halvorsen Capital. We have received your application for:

Senior FP&A Analyst (R-10482) - New York, NY

You can review the status of your application at any time by signing in to our Candidate Home:
https://halvorsen.wd5.myworkdayjobs.example/en-US/Careers/userHome

Kind regards,
Halvorsen Capital Talent Acquisition

This message was sent from an unmonitored mailbox."""
m001 = b.add("INBOX", "workday-ack", "2026-09-08 09:14", TZ, WD,
             "Thank you for applying to Halvorsen Capital - Senior FP&A Analyst", text=ack, html=True,
             mid="plain", mid_domain="myworkday.com", headers=["Auto-Submitted: auto-generated"])

app = """Hi Derek,

I'm applying for the Financial Planning Analyst position (req. 2026-118) posted on Orrin Mutual's careers site. Nadia Brooks on your actuarial team mentioned you're the recruiter on it and said it was fine to write to you directly.

I've spent four years in FP&A at a regional insurer in New Jersey - monthly reforecasts, the annual plan for a $340M expense base, and a lot of driver-based modeling in Anaplan. I'm based in New York and open to the hybrid arrangement described in the posting.

Resume and a short cover letter are attached. Thank you for considering me.

Best regards,
Marcus Feldman
(212) 555-0163"""
m002 = b.sent("application-orrin", "2026-09-10 20:05", "Application - Financial Planning Analyst (2026-118)", app,
              to=[DEREK], attach=[("Marcus_Feldman_Resume.pdf", "application/pdf", b"%PDF-1.4\n%placeholder\n%%EOF\n"),
                                   ("Marcus_Feldman_Cover_Letter.pdf", "application/pdf", b"%PDF-1.4\n%cl\n%%EOF\n")])

t3 = """Hi Marcus,

I'm the recruiter supporting our Senior FP&A Analyst opening and I'd love to find out a bit more about you. I've put you down for a quick phone screen tomorrow at 4 - I'll call the number on your application, (212) 555-0163. It should take about 20-25 minutes.

If that time doesn't work, just reply and we'll move it.

Thanks,
Jenna

Jenna Kowalczyk
Talent Acquisition Partner
Halvorsen Capital
T +1 (646) 555-0177"""
m003 = b.add("INBOX", "phone-screen-tomorrow", "2026-09-14 15:22", TZ, JENNA, "Halvorsen Capital - quick call",
             text=t3, mid="outlook", headers=outlook_headers(b, "Halvorsen Capital - quick call"))
b.interview(m003, "2026-09-15 16:00", TZ, [JENNA[1]])

t4 = """Hi Jenna,

Tomorrow at 4 works great. Talk to you than.

Best,
Marcus"""
m004 = b.sent("re-phone-screen", "2026-09-14 16:01", "RE: Halvorsen Capital - quick call", t4 + gq(m003, TZ),
              to=[JENNA], reply=m003)

t5 = """Hi Marcus,

Thanks again for the time today. Based on our conversation I'd like to move you forward to a Teams interview with Robert Achebe (Director, FP&A) and Linh Tran (Senior Manager, Planning). I'll send the invite over in a few minutes.

Jenna"""
m005 = b.add("INBOX", "next-step", "2026-09-15 16:48", TZ, JENNA, "Next step - Halvorsen Capital", text=t5,
             mid="outlook", headers=outlook_headers(b, "Next step - Halvorsen Capital"))

tb, url1 = teams_block(b)
uid1 = ouid()
desc1 = f"""Hi Marcus,

Please find a Teams interview with Robert Achebe and Linh Tran below. I won't be joining the call myself, but I'm around if anything comes up beforehand.

Jenna

{tb}
"""
ev1 = Event(uid1, "2026-09-22 11:00", TZ, 60, "Halvorsen Capital Interview - Marcus Feldman",
            organizer=JENNA, attendees=[("Marcus Feldman", USER[1]), ROBERT + ("REQ-PARTICIPANT", True),
                                        LINH + ("REQ-PARTICIPANT", True)],
            location="Microsoft Teams Meeting", description=desc1, stamp=stamp("2026-09-15 17:03", TZ),
            extra=["CLASS:PUBLIC", "PRIORITY:5"] + xms(url1))
ics1 = calendar("REQUEST", [ev1], prodid=EXCH, tzstyle="windows")
m006 = b.add("INBOX", "teams-invite", "2026-09-15 17:03", TZ, JENNA,
             "Halvorsen Capital Interview - Marcus Feldman", text=desc1, html=html_from_text(desc1),
             to=[USER, ROBERT, LINH], ics=ics1, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Halvorsen Capital Interview - Marcus Feldman"))
b.interview(m006, "2026-09-23 14:00", TZ, [ROBERT[1], LINH[1]])

t7 = """Hi Marcus,

Thanks for your application and for the note - Nadia speaks highly of you.

I'd like to set up a 45-minute conversation with Camille Ostrander, who leads our FP&A group, and me. We're booked for Thursday, October 1 at 10:00am Pacific (1:00pm your time) on Teams. You'll get a calendar invite from me shortly.

Best,
Derek

Derek Yamamoto | Talent Acquisition
Orrin Mutual
1200 Fourth Avenue, Seattle, WA 98101
(206) 555-0114"""
m007 = b.add("INBOX", "re-application-orrin", "2026-09-17 12:30", "America/Los_Angeles", DEREK,
             "RE: Application - Financial Planning Analyst (2026-118)",
             text=t7 + oq(m002, "America/Los_Angeles"), reply=m002, mid="outlook",
             headers=outlook_headers(b, "Application - Financial Planning Analyst (2026-118)"))
b.interview(m007, "2026-10-01 10:00", "America/Los_Angeles", [CAMILLE[1], DEREK[1]])

tb2, url2 = teams_block(b)
desc2 = f"""Interview for Financial Planning Analyst (2026-118)
Camille Ostrander and Derek Yamamoto

{tb2}
"""
ev2 = Event(ouid(), "2026-10-01 10:00", "America/Los_Angeles", 45, "Orrin Mutual | Marcus Feldman - Financial Planning Analyst",
            organizer=DEREK, attendees=[("Marcus Feldman", USER[1]), CAMILLE + ("REQ-PARTICIPANT", True)],
            location="Microsoft Teams Meeting", description=desc2, stamp=stamp("2026-09-17 12:41", "America/Los_Angeles"),
            extra=["CLASS:PUBLIC", "PRIORITY:5"] + xms(url2))
ics2 = calendar("REQUEST", [ev2], prodid=EXCH, tzstyle="windows")
m008 = b.add("INBOX", "orrin-invite", "2026-09-17 12:41", "America/Los_Angeles", DEREK,
             "Orrin Mutual | Marcus Feldman - Financial Planning Analyst", text=desc2, html=html_from_text(desc2),
             to=[USER, CAMILLE], ics=ics2, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Orrin Mutual | Marcus Feldman - Financial Planning Analyst"))

t9 = """Hi Marcus,

Apologies for the shuffle - Robert has a board-prep conflict on the 22nd. I've moved your interview to Wednesday 9/23 at 2:00pm, same Teams link. The updated invite should already be in your inbox.

Jenna"""
ev1b = Event(uid1, "2026-09-23 14:00", TZ, 60, "Halvorsen Capital Interview - Marcus Feldman",
             organizer=JENNA, attendees=ev1.attendees, location="Microsoft Teams Meeting",
             description=desc1, seq=1, stamp=stamp("2026-09-18 10:09", TZ),
             extra=["CLASS:PUBLIC", "PRIORITY:5"] + xms(url1, 1))
ics1b = calendar("REQUEST", [ev1b], prodid=EXCH, tzstyle="windows")
m009 = b.add("INBOX", "teams-invite-updated", "2026-09-18 10:09", TZ, JENNA,
             "Updated: Halvorsen Capital Interview - Marcus Feldman", text=desc1, html=html_from_text(desc1),
             to=[USER, ROBERT, LINH], ics=ics1b, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Halvorsen Capital Interview - Marcus Feldman"))
m010 = b.add("INBOX", "moved-to-wednesday", "2026-09-18 10:12", TZ, JENNA, "Interview moved to Wed 9/23",
             text=t9, mid="outlook", headers=outlook_headers(b, "Interview moved to Wed 9/23"))

t11 = """No problem at all - Wednesday at 2 works. Thanks Jenna.

Marcus

Sent from my iPhone"""
m011 = b.sent("re-moved", "2026-09-18 12:26", "Re: Interview moved to Wed 9/23", t11 + iq(m010, TZ),
              to=[JENNA], reply=m010, mid="apple", mid_domain="inbox.example")

tw = """You're invited: "Interviewing for Finance Roles in 2027" - a live alumni webinar

Join recruiters from three Manhattan firms for a 60-minute session on case interviews, modeling tests and how to talk about your comp expectations.

Tuesday, September 29, 6:30-7:30 PM ET, on Microsoft Teams. Add it to your calendar with the attached invitation.

Hudson State University Alumni Association
alumni.hudsonstate.example"""
tbw, urlw = teams_block(b)
evw = Event(ouid(), "2026-09-29 18:30", TZ, 60, "Alumni Webinar: Interviewing for Finance Roles in 2027",
            organizer=("Hudson State Alumni Events", "events@alumni.hudsonstate.example"),
            location="Microsoft Teams Meeting", description=tw + "\n" + tbw,
            stamp=stamp("2026-09-21 11:00", TZ), extra=["CLASS:PUBLIC"] + xms(urlw))
icsw = calendar("PUBLISH", [evw], prodid=EXCH, tzstyle="windows")
m012 = b.add("INBOX", "alumni-webinar", "2026-09-21 11:00", TZ,
             ("Hudson State Alumni Events", "events@alumni.hudsonstate.example"),
             "Webinar: Interviewing for Finance Roles in 2027", text=tw, html=True, ics=icsw, ics_as="attach",
             ics_name="webinar.ics", mid="outlook", headers=["Precedence: bulk"])
b.silent(m012, "alumni webinar about interviewing, with a PUBLISH calendar")

tb3, url3 = teams_block(b)
desc3 = f"""Hi Marcus,

Robert and Linh really enjoyed speaking with you today. We'd like to invite you to a final conversation with Patricia Weingart (CFO) and Andre Solis (VP, Finance) next Tuesday. Please accept the invite below - and feel free to reach out with any questions.

Jenna

{tb3}
"""
ev3 = Event(ouid(), "2026-09-29 10:00", TZ, 60, "Final Interview - Marcus Feldman (Senior FP&A Analyst)",
            organizer=JENNA, attendees=[("Marcus Feldman", USER[1]), PAT + ("REQ-PARTICIPANT", True),
                                        ANDRE + ("REQ-PARTICIPANT", True)],
            location="Microsoft Teams Meeting", description=desc3, stamp=stamp("2026-09-23 15:40", TZ),
            extra=["CLASS:PUBLIC", "PRIORITY:5"] + xms(url3))
ics3 = calendar("REQUEST", [ev3], prodid=EXCH, tzstyle="windows")
m013 = b.add("INBOX", "final-round-invite", "2026-09-23 15:40", TZ, JENNA,
             "Final Interview - Marcus Feldman (Senior FP&A Analyst)", text=desc3, html=html_from_text(desc3),
             to=[USER, PAT, ANDRE], ics=ics3, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Final Interview - Marcus Feldman (Senior FP&A Analyst)"))
b.interview(m013, "2026-09-29 10:00", TZ, [PAT[1], ANDRE[1]])

t14 = """Hi Marcus,

Thank you for meeting with Patricia and Andre yesterday. They're meeting with Robert on Friday to wrap up, and we expect to have a decision by Wednesday, October 7. I'll call you as soon as I know more.

Best,
Jenna

Jenna Kowalczyk
Talent Acquisition Partner
Halvorsen Capital
T +1 (646) 555-0177"""
m014 = b.add("INBOX", "after-final", "2026-09-30 09:10", TZ, JENNA, "Thank you - next steps", text=t14,
             mid="outlook", headers=outlook_headers(b, "Thank you - next steps"))
b.timeframe(m014, "2026-10-07", JENNA[1], True, domains=["myworkday.com"])

t15 = """Hi Marcus,

Thanks for your time this morning - Camille was impressed by your walkthrough of the reforecast process. She'd like you to meet Victor Haldane, our VP of Corporate Finance, as the last step. Victor is traveling next week, so I'll send an invite for the week of the 19th.

Derek"""
m015 = b.add("INBOX", "orrin-next", "2026-10-01 14:05", "America/Los_Angeles", DEREK,
             "Next step - Orrin Mutual", text=t15, mid="outlook", headers=outlook_headers(b, "Next step - Orrin Mutual"))

tb4, url4 = teams_block(b)
uid4 = ouid()
desc4 = f"""Final interview - Financial Planning Analyst (2026-118)
with Victor Haldane, VP Corporate Finance

{tb4}
"""
ev4 = Event(uid4, "2026-10-20 11:00", "America/Los_Angeles", 45, "Orrin Mutual | Marcus Feldman / Victor Haldane",
            organizer=DEREK, attendees=[("Marcus Feldman", USER[1]), VICTOR + ("REQ-PARTICIPANT", True)],
            location="Microsoft Teams Meeting", description=desc4, stamp=stamp("2026-10-02 09:30", "America/Los_Angeles"),
            extra=["CLASS:PUBLIC", "PRIORITY:5"] + xms(url4))
ics4 = calendar("REQUEST", [ev4], prodid=EXCH, tzstyle="windows")
m016 = b.add("INBOX", "orrin-final-invite", "2026-10-02 09:30", "America/Los_Angeles", DEREK,
             "Orrin Mutual | Marcus Feldman / Victor Haldane", text=desc4, html=html_from_text(desc4),
             to=[USER, VICTOR], ics=ics4, ics_cte="base64", mid="outlook",
             headers=outlook_headers(b, "Orrin Mutual | Marcus Feldman / Victor Haldane"))
b.interview(m016, "2026-10-20 11:00", "America/Los_Angeles", [VICTOR[1]], thank_you=False)

t17 = """Hi Marcus,

I'm thrilled to let you know that Halvorsen Capital would like to offer you the position of Senior FP&A Analyst! Patricia, Andre and Robert were unanimous.

As we discussed on the phone just now, the offer includes a base salary of $128,000, a target bonus of 15%, and a start date of Monday, November 2. The formal offer letter is attached - please review it and let me know if you have any questions. We'd love to have your answer by Friday, October 9.

Congratulations!
Jenna"""
m017 = b.add("INBOX", "offer", "2026-10-06 16:20", TZ, JENNA, "Offer - Senior FP&A Analyst", text=t17,
             mid="outlook", headers=outlook_headers(b, "Offer - Senior FP&A Analyst"),
             attach=[("Halvorsen_Offer_Letter_MFeldman.pdf", "application/pdf", b"%PDF-1.4\n%offer letter\n%%EOF\n")])
b.offer(m017)

t18 = """Hi Jenna,

Thank you so much - I'm delighted to accept! I've signed the letter and attached it here. November 2 works well for me.

Please thank Patricia, Andre, Robert and Linh for me.

Best,
Marcus"""
m018 = b.sent("accept-offer", "2026-10-08 09:02", "RE: Offer - Senior FP&A Analyst", t18 + gq(m017, TZ),
              to=[JENNA], reply=m017,
              attach=[("Halvorsen_Offer_Letter_MFeldman_signed.pdf", "application/pdf", b"%PDF-1.4\n%signed\n%%EOF\n")])

ob = """Hi Marcus,

Welcome to Halvorsen Capital! You have new onboarding tasks waiting in Workday:

- Complete Form I-9, Section 1
- Set up direct deposit
- Review and acknowledge the Code of Conduct

Sign in: https://halvorsen.wd5.myworkday.example/

This message was sent from an unmonitored mailbox."""
m019 = b.add("INBOX", "workday-onboarding", "2026-10-09 07:45", TZ, WD, "Action required: your onboarding tasks",
             text=ob, html=True, mid="plain", mid_domain="myworkday.com", headers=["Auto-Submitted: auto-generated"])

t20 = """Hi Derek,

I wanted to let you know as soon as possible: I've accepted an offer elsewhere, so I need to withdraw from the Financial Planning Analyst process. I'm sorry to do this before meeting Victor - I really enjoyed talking with you and Camille, and I'd be glad to stay in touch.

Thank you for everything,
Marcus"""
m020 = b.sent("withdraw-orrin", "2026-10-12 10:15", "RE: Next step - Orrin Mutual", t20 + gq(m015, TZ),
              to=[DEREK], reply=m015)

t21 = """Hi Marcus,

Congratulations - and thanks for the heads-up, that's much appreciated. I've cancelled the meeting with Victor. Best of luck in the new role, and do keep in touch.

Derek"""
ev4c = Event(uid4, "2026-10-20 11:00", "America/Los_Angeles", 45, "Canceled: Orrin Mutual | Marcus Feldman / Victor Haldane",
             organizer=DEREK, attendees=[("Marcus Feldman", USER[1]), VICTOR + ("REQ-PARTICIPANT", True)],
             location="Microsoft Teams Meeting", seq=1, cancel=True,
             stamp=stamp("2026-10-12 09:40", "America/Los_Angeles"), extra=["CLASS:PUBLIC", "PRIORITY:1"])
ics4c = calendar("CANCEL", [ev4c], prodid=EXCH, tzstyle="windows")
m021 = b.add("INBOX", "orrin-cancel", "2026-10-12 09:40", "America/Los_Angeles", DEREK,
             "Canceled: Orrin Mutual | Marcus Feldman / Victor Haldane", text=t21 + oq(m020, "America/Los_Angeles"),
             to=[USER, VICTOR], ics=ics4c, ics_cte="base64", mid="outlook", reply=m020,
             headers=outlook_headers(b, "Orrin Mutual | Marcus Feldman / Victor Haldane"))

t22 = """Your exclusive offer is inside, Marcus.

Get 3 months of StreamPass Premium for $0.99/month - no ads, offline downloads, and 4K on up to four screens.

Claim your offer: https://streampass.example/offer/MF99

Offer valid for new Premium subscribers until October 31, 2026."""
m022 = b.add("INBOX", "streaming-offer", "2026-10-14 12:00", "America/Los_Angeles",
             ("StreamPass", "no-reply@streampass.example"), "Marcus, your exclusive offer is inside", text=t22,
             html=True, mid="ses")
b.silent(m022, "a subscription discount 'offer'")

b.write()
