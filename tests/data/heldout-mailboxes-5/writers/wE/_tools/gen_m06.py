#!/usr/bin/env python3
"""m06: Minneapolis design lead; one real process (Juniper & Vale) among look-alikes."""
from mimehelp import Box, Event, calendar, html_from_text
from common import outlook_invite, q, outlook_q, fake_pdf

TZ = "America/Chicago"
PT = "America/Los_Angeles"
ME = ("Rowan Delacroix", "rowan.delacroix@lakemail.example")
TOB = ("Tobias Reinholt", "tobias.reinholt@juniperandvale.example")
ESP = ("Esperanza Lindqvist", "esperanza.lindqvist@juniperandvale.example")
NOAH = ("Noah Feld", "noah.feld@juniperandvale.example")
AMA = ("Ama Mensah", "ama.mensah@juniperandvale.example")
NGO = ("Ngozi Eze", "ngozi.eze@juniperandvale.example")
HAR = ("Harper Quinlan", "harper.quinlan@juniperandvale.example")
GH = ("Juniper & Vale", "no-reply@us.greenhouse-mail.io")
GHE = ("Esperanza Lindqvist", "no-reply@us.greenhouse-mail.io")
PAM = ("Pam Hollister", "pam.hollister@northstarcu.example")
MARC = ("Marcus Ybarra", "marcus.ybarra@inkwell.example")
CO = "jv"

b = Box("m06-minneapolis-design-lookalikes", ME, TZ, "2026-10-05T07:00:00-05:00", "2026-12-04T17:00:00-06:00",
        notes="one real process among look-alikes; user hires a designer for her own team", country="US")
RSIG = "\n\nRowan Delacroix\nProduct design · Minneapolis\nrowandelacroix.example · 612-555-0175"
ESIG = "\n\nEsperanza Lindqvist\nRecruiting Lead, Design & Research\nJuniper & Vale"

t1 = ("Hello Tobias,\n\nI've followed Juniper & Vale's design work since the booking-flow case study you published "
      "last spring (the part about removing the calendar picker entirely still makes me laugh, in a good way). "
      "I'm a design lead at a credit union in Minneapolis, where I built our design system and a four-person "
      "team around it, and I'm looking for my next role.\n\n"
      "I saw the Senior Product Designer opening on your site. I'd love to be considered. Portfolio: "
      "rowandelacroix.example (password: lakes).\n\nThanks for reading,\nRowan" + RSIG)
m1 = b.sent("cold-jv", "2026-10-05 08:15", "Senior Product Designer - hello from Minneapolis", t1, to=[TOB],
            mid="fastmail")

alert = ("Design Jobs Weekly\n\nFresh roles for you:\n\n"
         "Senior Product Designer - Meridian Pay - Remote (US)\n"
         "Lead UX Designer - Prairie Health - Minneapolis, MN · Now interviewing\n"
         "Design Systems Designer - Loonbox - Remote\n\nBrowse 38 more\n\nManage alerts · Unsubscribe\n")
m2 = b.add("INBOX", "design-jobs", "2026-10-06 06:00", TZ, ("FolioBoard Jobs", "jobs@folioboard.example"),
           "Fresh design roles for you this week", html=html_from_text(alert), mid="ses")
b.silent(m2, "job-alert digest")

t3 = ("Rowan, thanks for the kind note - and I'm glad somebody else enjoys the calendar picker saga.\n\n"
      "I had a look at the portfolio, the member-onboarding project in particular. Could you apply formally via "
      "the posting (https://boards.greenhouse.example/juniperandvale/jobs/5521009)? Our recruiter Esperanza will "
      "pick it up from there, and I'll let her know to look out for you.\n\nTobias")
m3 = b.add("INBOX", "re-cold-jv", "2026-10-07 09:40", PT, TOB, "Re: Senior Product Designer - hello from Minneapolis",
           text=t3 + q(t1, m1, ME[0], ME[1], tz=PT), reply=m1, mid="gmail", co=CO)
t4 = "Done - just submitted it. Thanks, Tobias!\n\nRowan"
b.sent("re-re-cold-jv", "2026-10-07 12:02", "Re: Senior Product Designer - hello from Minneapolis",
       t4 + q(t3, m3, TOB[0], TOB[1]), to=[TOB], reply=m3, mid="fastmail")

gh = ("Hi Rowan,\n\nThank you for applying to the Senior Product Designer position at Juniper & Vale! Our team is "
      "reviewing applications and we typically respond within 2-3 weeks.\n\n"
      "We appreciate your interest and wish you the best of luck.\n\nThe Juniper & Vale Talent Team\n")
b.add("INBOX", "greenhouse-ack", "2026-10-07 12:05", TZ, GH, "Thank you for applying to Juniper & Vale", text=gh, html=True,
      mid="sendgrid", co=CO)

pet = ("Thanks, Rowan! We've received your application for Biscuit.\n\nPlan: Accident & Illness, $250 deductible\n"
       "Application ID: WAG-77310\n\nOur team reviews most applications within 1 business day. We'll email you when "
       "Biscuit's coverage is active.\n")
m6 = b.add("INBOX", "pet-insurance", "2026-10-08 10:30", TZ, ("Pawsure Pet Insurance", "hello@pawsure.example"),
           "Application received: Biscuit's coverage", html=html_from_text(pet), mid="sendgrid")
b.silent(m6, "pet insurance 'application received'")

t7 = ("Hi Marcus,\n\nThanks for your application to the Product Designer role at Northstar Credit Union! We'd like "
      "to invite you to a portfolio review on Tuesday, October 13 at 1:00 PM CT (60 minutes, Zoom). You'll meet "
      "me and two of our designers. Pam from our recruiting team will send the calendar invitation.\n\n"
      "Looking forward to it,\nRowan Delacroix\nDesign Lead, Northstar Credit Union")
m7 = b.sent("team-candidate", "2026-10-08 11:10", "Portfolio review - Product Designer, Northstar", t7, to=[MARC],
            cc=[PAM], mid="fastmail")
b.silent(m7, "the user inviting a candidate for her own team")

body = ("Interview for: Marcus Ybarra - Product Designer (REQ 1187)\nStage: Portfolio review\n"
        "Interviewers: Rowan Delacroix, Jonah Sato, Lily Bergstrom\n\n"
        "Please submit your scorecard in the ATS within 24 hours of the interview.\n\n"
        "Join Zoom: https://northstarcu.zoom.example/j/95520183360\n")
m8, _ = outlook_invite(b, "2026-10-08 13:45", PAM, "Interview: Marcus Ybarra - Product Designer - Portfolio review",
                       "2026-10-13 13:00", TZ, 60,
                       [(ME[0], ME[1]), ("Jonah Sato", "jonah.sato@northstarcu.example"),
                        ("Lily Bergstrom", "lily.bergstrom@northstarcu.example"), (MARC[0], MARC[1], "OPT-PARTICIPANT")],
                       body, location="Zoom")
b.silent(m8, "invite for an interview where the user is the interviewer")

t9 = ("Hi Rowan,\n\nTobias passed your application along with a very enthusiastic note! Would you have half "
      "an hour for an intro chat next week? Send me a few times that suit you." + ESIG)
m9 = b.add("INBOX", "jv-intro", "2026-10-09 11:20", PT, ESP, "Juniper & Vale - intro call", text=t9, mid="gmail", co=CO)
t10 = ("Hi Esperanza,\n\nThank you! Tuesday is busy for me, but Thursday 10/15 anytime between 10 and 1 CT works, or "
       "Friday morning.\n\nRowan")
m10 = b.sent("re-jv-intro", "2026-10-09 13:30", "Re: Juniper & Vale - intro call", t10 + q(t9, m9, ESP[0], ESP[1]),
             to=[ESP], reply=m9, mid="fastmail")
t11 = ("Thursday 11am CT works! Noah Feld and Ama Mensah from the design team will join for the last 15 minutes to "
       "say hi and answer questions (cc'ing them here). Zoom: https://juniperandvale.zoom.example/j/86612099034\n\n"
       "Esperanza")
m11 = b.add("INBOX", "re-jv-intro", "2026-10-09 15:05", PT, ESP, "Re: Juniper & Vale - intro call",
            text=t11 + q(t10, m10, ME[0], ME[1], tz=PT), cc=[NOAH, AMA], reply=m10, mid="gmail", co=CO)
b.interview(m11, "2026-10-15 11:00", TZ, [ESP[1], NOAH[1], AMA[1]])

fair = ("TWIN CITIES CREATIVE CAREER FAIR\nThursday, October 22 · 4-8 PM · Northrup King Building\n\n"
        "60+ studios and in-house teams. Free portfolio reviews, resume clinics, and on-the-spot interviews with "
        "hiring teams. Employers: tables are still available - reply to reserve one for Northstar.\n\nRSVP\n")
m12 = b.add("INBOX", "career-fair", "2026-10-12 09:00", TZ, ("Twin Cities Creative Career Fair", "team@tccreativefair.example"),
            "Invitation: Twin Cities Creative Career Fair, Oct 22", html=html_from_text(fair), mid="sendgrid")
b.silent(m12, "career fair invitation")

t13 = ("Hi Rowan,\n\nThank you for interviewing me yesterday! I really enjoyed walking you, Jonah and Lily through the "
       "loan calculator project, and your question about accessibility testing gave me a lot to think about. I'm "
       "even more excited about the role now.\n\nBest,\nMarcus Ybarra")
m13 = b.add("INBOX", "candidate-thanks", "2026-10-14 08:12", TZ, MARC, "Thank you!", text=t13, mid="gmail")
b.silent(m13, "a candidate's thank-you to the user, who was the interviewer")

pod = ("Hey Rowan!\n\nI co-host Pixel & Pine, a podcast about design in unglamorous industries. We'd love to interview "
       "you about building a design system inside a credit union. We're recording in early November - would "
       "Wednesday Nov 4 at 2pm CT work? About 45 minutes over Zoom.\n\nThanks!\nSkye Halvorsen\nPixel & Pine\n")
m14 = b.add("INBOX", "podcast", "2026-10-14 14:40", TZ, ("Skye Halvorsen", "skye@pixelandpine.example"),
            "Interview request for Pixel & Pine", text=pod, mid="gmail")
b.silent(m14, "podcast asking to interview the user")

t15 = ("Hi Rowan,\n\nSo great chatting today - Noah and Ama were both really excited afterwards. Next step is a "
       "90-minute portfolio presentation with Tobias and a couple of folks from the product team. You'll get a "
       "confirmation from Greenhouse shortly with all the details." + ESIG)
b.add("INBOX", "jv-next", "2026-10-16 10:00", PT, ESP, "Next step: portfolio presentation", text=t15, mid="gmail", co=CO)

uid = f"{b.hexid(24)}@greenhouse.io"
att = [(ME[0], ME[1]), (TOB[0], TOB[1]), (NGO[0], NGO[1]), (HAR[0], HAR[1])]


def gh_pres(start, seq):
    ev = Event(uid, start, PT, 90, summary="Juniper & Vale: Portfolio Presentation (Rowan Delacroix)",
               organizer=ESP, attendees=att, seq=seq, location="https://juniperandvale.zoom.example/j/86612099777",
               description="Portfolio presentation (45 min) followed by Q&A.", stamp="20261016173000Z" if not seq else "20261020163000Z")
    return calendar("REQUEST", [ev], prodid="-//Greenhouse//Greenhouse Scheduler//EN")


gh2 = ("Hi Rowan,\n\nHere are the details for your upcoming interview with Juniper & Vale.\n\n"
       "Interview: Portfolio Presentation\n"
       "Date: Thursday, October 22, 2026\n"
       "Time: 1:00 PM - 2:30 PM Pacific Time (US & Canada)\n"
       "Location: Zoom - https://juniperandvale.zoom.example/j/86612099777\n\n"
       "You'll meet with:\n"
       "Tobias Reinholt - Design Director\n"
       "Ngozi Eze - Staff Product Designer\n"
       "Harper Quinlan - Senior Product Manager\n\n"
       "Please plan to present 2 projects in about 45 minutes, leaving time for questions. A calendar invitation "
       "is attached.\n\nBest,\nEsperanza")
m16 = b.add("INBOX", "gh-confirmation", "2026-10-16 10:30", PT, GHE, "Interview Confirmation: Juniper & Vale - Portfolio Presentation",
            text=gh2, html=True, reply_to=ESP, ics=gh_pres("2026-10-22 13:00", 0), ics_as="attach", mid="sendgrid", co=CO)
b.interview(m16, "2026-10-22 14:00", PT, [TOB[1], NGO[1], HAR[1]], moved_by_text=True)

t17 = ("Hi Rowan - Tobias has a conflict that just came up at 1 on Thursday. Could we do 2pm PT instead? Sorry for "
       "the shuffle!\n\nEsperanza")
m17 = b.add("INBOX", "jv-move", "2026-10-20 08:50", PT, ESP, "Re: Interview Confirmation: Juniper & Vale - Portfolio Presentation",
            text=t17 + q(gh2, m16, GHE[0], ESP[1], tz=PT), reply=m16, mid="gmail", co=CO)
t18 = "2pm PT is fine!"
b.sent("re-jv-move", "2026-10-20 11:15", "Re: Interview Confirmation: Juniper & Vale - Portfolio Presentation",
       t18 + q(t17, m17, ESP[0], ESP[1]), to=[ESP], reply=m17, mid="fastmail")
gh3 = gh2.replace("1:00 PM - 2:30 PM", "2:00 PM - 3:30 PM").replace("Here are the details", "Your interview has been "
                                                                      "updated. Here are the new details")
b.add("INBOX", "gh-updated", "2026-10-20 09:40", PT, GHE, "Updated Interview Confirmation: Juniper & Vale - Portfolio Presentation",
      text=gh3, html=True, reply_to=ESP, ics=gh_pres("2026-10-22 14:00", 1), ics_as="attach", mid="sendgrid", co=CO)

news = ("PrepLoop Weekly · Kickstart your interview prep\n\n"
        "This week: 5 portfolio presentation mistakes that cost designers the offer\n\n"
        "1. Showing the final screens first\n2. Skipping the constraints\n3. Ten projects instead of two\n"
        "4. No numbers\n5. Forgetting to leave time for questions\n\n"
        "Book a mock interview with a FAANG design manager - 20% off this week.\n\nUnsubscribe\n")
m20 = b.add("INBOX", "preploop", "2026-10-21 07:00", TZ, ("PrepLoop", "weekly@preploop.example"),
            "Kickstart your interview prep: 5 portfolio presentation mistakes", html=html_from_text(news), mid="ses")
b.silent(m20, "interview-prep newsletter")

t21 = ("Hi Esperanza,\n\nThank you for organizing last Thursday - I really enjoyed presenting to Tobias, Ngozi and "
       "Harper, and Harper's questions about the loan-status redesign were great. Do you have a sense of the "
       "timeline from here?\n\nBest,\nRowan" + RSIG)
m21 = b.sent("jv-checkin", "2026-10-27 10:05", "Checking in - Senior Product Designer", t21, to=[ESP], mid="fastmail")
t22 = ("Hi Rowan,\n\nThanks for checking in! Tobias is out at a conference this week, so the debrief is pushed to "
       "early next week. You'll hear from us by Friday, November 6." + ESIG)
m22 = b.add("INBOX", "re-jv-checkin", "2026-10-28 09:15", PT, ESP, "Re: Checking in - Senior Product Designer",
            text=t22 + q(t21, m21, ME[0], ME[1], tz=PT), reply=m21, mid="gmail", co=CO)
b.timeframe(m22, "2026-11-06", ESP[1], answered=False)

t23 = ("Hi Skye,\n\nThanks for thinking of me! I'd be glad to - Wednesday Nov 4 at 2pm CT works.\n\nRowan")
b.sent("re-podcast", "2026-10-28 20:10", "Re: Interview request for Pixel & Pine", t23 + q(pod, m14, "Skye Halvorsen", "skye@pixelandpine.example"),
       to=[("Skye Halvorsen", "skye@pixelandpine.example")], reply=m14, mid="fastmail")

mom = ("Hi honey, we booked the cabin for Thanksgiving weekend. Dad says bring the good snow boots this time. "
       "Love you!\n\nMom")
b.add("INBOX", "mom", "2026-11-03 18:30", TZ, ("Claire Delacroix", "claire.delacroix@prairiemail.example"),
      "Thanksgiving", text=mom, mid="apple", mid_domain="prairiemail.example", cte="7bit")

t25 = ("Hi Esperanza,\n\nI hope the debrief went well! I just wanted to check in, since I haven't heard anything yet. "
       "I'm still very excited about the role.\n\nThanks,\nRowan")
m25 = b.sent("jv-checkin-2", "2026-11-10 09:30", "Re: Checking in - Senior Product Designer",
             t25 + q(t22, m22, ESP[0], ESP[1]), to=[ESP], reply=m22, mid="fastmail")

t26 = ("Hi Rowan,\n\nI owe you an apology for going quiet - the debrief slipped twice, and I should have told you. "
       "But I have good news to make up for it: we'd love for you to join Juniper & Vale as a Senior Product "
       "Designer!\n\n"
       "  Base salary: $158,000\n  Equity: 0.06% (options), 4-year vest with 1-year cliff\n"
       "  Remote (US), with two team offsites a year\n  Proposed start: Monday, January 4, 2027\n\n"
       "The formal offer letter is attached. Tobias would love to talk through the team and first projects - let "
       "me know when suits and I'll set it up." + ESIG)
m26 = b.add("INBOX", "jv-offer", "2026-11-17 10:00", PT, ESP, "Re: Checking in - Senior Product Designer",
            text=t26 + q(t25, m25, ME[0], ME[1], tz=PT), cc=[TOB], reply=m25, mid="gmail", co=CO,
            attach=[("JuniperVale_Offer_Rowan_Delacroix.pdf", "application/pdf", fake_pdf("offer"))])
b.offer(m26)
t27 = ("Esperanza, this made my week - thank you! No apology needed. I'll read through the letter tonight and get back "
       "to you by Monday.\n\nRowan\n\nSent from my iPhone")
b.sent("re-jv-offer", "2026-11-17 12:48", "Re: Checking in - Senior Product Designer", t27 + q(t26, m26, ESP[0], ESP[1], "apple"),
       to=[ESP], cc=[TOB], reply=m26, mid="apple", mid_domain="lakemail.example")

b.write()
