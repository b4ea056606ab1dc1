"""m05: Zoho Recruit and JazzHR acknowledgements with and without timeframes; default-silence
processes ("only shortlisted candidates will be contacted"); a Zoho interview notification in
text; a no-reply JazzHR rejection; a nonprofit's explicit date left unanswered."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from mimehelp import Box, gq, oq, iq, html_from_text

TZ = "America/Los_Angeles"
USER = ("Renee Castillo", "renee.castillo@webmail.example")
b = Box("tune", "m05-zoho-jazzhr-silence", USER, TZ, "2026-09-09T08:00:00-07:00",
        "2026-11-06T17:00:00-08:00")
ZOHO = "noreply@zohorecruit.com"
JAZZ = "no-reply@applytojob.com"
KIM = ("Kimberly Osei", "kimberly.osei@pinecresthh.example")
INES = ("Ines Calderon", "ines@bellflowerliteracy.example")

t1 = """Dear Renee,

Thank you for applying for the Client Success Manager position at Pinecrest Home Health. This email confirms that we have received your application.

Our talent team will review your application and get back to you within 10 business days.

Warm regards,
Kimberly Osei
Talent Acquisition, Pinecrest Home Health

--
This email was sent via Zoho Recruit on behalf of Pinecrest Home Health."""
m001 = b.add("INBOX", "zoho-ack-pinecrest", "2026-09-09 10:15", TZ, ("Pinecrest Home Health", ZOHO),
             "Application received - Client Success Manager", text=t1, html=True, reply_to=KIM, mid="uuid",
             mid_domain="zohorecruit.com", headers=["Auto-Submitted: auto-generated"])
b.timeframe(m001, "2026-09-23", KIM[1], True, domains=["zohorecruit.com"])

jz = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<p>Hello Renee,</p>
<p>Thank you for your interest in the <b>Customer Experience Lead</b> position at <b>Sagebrush Outfitters</b>. We have received your application.</p>
<p>Our hiring team is reviewing applications now. If your skills and experience are a match, someone from our team will contact you to schedule an interview. If you are not selected for this position, we will keep your information on file for future openings.</p>
<p>Thank you,<br>Sagebrush Outfitters Hiring Team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#999">This message was sent by JazzHR on behalf of Sagebrush Outfitters. Please do not reply to this email.</p>
</body></html>
"""
m002 = b.add("INBOX", "jazzhr-ack-sagebrush", "2026-09-10 13:02", "America/Denver", ("Sagebrush Outfitters", JAZZ),
             "Thank you for applying to Sagebrush Outfitters", html=jz, mid="uuid", mid_domain="applytojob.com",
             headers=["Auto-Submitted: auto-generated"])
b.silent(m002, "JazzHR acknowledgement; 'if you are not selected' is not a rejection")

jz2 = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<p>Hi Renee,</p>
<p>Thanks for applying for <b>Marketing Operations Coordinator</b> at Marisol Coffee Roasters! We're excited that you want to join the Marisol family.</p>
<p>We review every application by hand, and we will contact you within two weeks regarding next steps.</p>
<p>Questions in the meantime? Write to jobs@marisolcoffee.example.</p>
<p>Cheers,<br>The Marisol People Team</p>
<p style="font-size:11px;color:#999">Sent by JazzHR on behalf of Marisol Coffee Roasters.</p>
</body></html>
"""
m003 = b.add("INBOX", "jazzhr-ack-marisol", "2026-09-14 09:40", TZ, ("Marisol Coffee Roasters", JAZZ),
             "Your application to Marisol Coffee Roasters", html=jz2, mid="uuid", mid_domain="applytojob.com",
             reply_to=("Marisol People Team", "jobs@marisolcoffee.example"), headers=["Auto-Submitted: auto-generated"])
b.timeframe(m003, "2026-09-28", "jobs@marisolcoffee.example", False, domains=["applytojob.com"])

t4 = """Dear Renee Castillo,

Thank you for your application for the position of Member Engagement Specialist (Job ID ZR_2291_JOB) at Coastline Credit Union.

Due to the high volume of applications, only shortlisted candidates will be contacted for an interview. If you do not hear from us within 21 days, please consider your application unsuccessful on this occasion.

We appreciate your interest in Coastline Credit Union.

Human Resources
Coastline Credit Union

This is a system generated email. Please do not reply."""
m004 = b.add("INBOX", "zoho-ack-coastline", "2026-09-16 08:05", TZ, ("Coastline Credit Union HR", ZOHO),
             "Coastline Credit Union - Application Acknowledgement", text=t4, html=True, mid="uuid",
             mid_domain="zohorecruit.com", headers=["Auto-Submitted: auto-generated"])
b.silent(m004, "default-silence acknowledgement ('only shortlisted candidates will be contacted'); not a rejection nor a promise")

t5 = """Hi Renee,

Thanks again for applying for our Client Success Manager role. I'd love to set up a 30-minute phone screen to learn more about your background.

Friday, September 25 at 11:00 AM Pacific - I'll call you at (562) 555-0126.

If you need a different time, just reply here.

Best,
Kimberly

Kimberly Osei
Talent Acquisition Specialist
Pinecrest Home Health | (714) 555-0190"""
m005 = b.add("INBOX", "pinecrest-phone-screen", "2026-09-17 14:22", TZ, KIM, "Phone screen - Client Success Manager",
             text=t5, mid="outlook")
b.interview(m005, "2026-09-25 11:00", TZ, [KIM[1]])

t6 = """Hi Kimberly,

Thnak you! Friday the 25th at 11 works great. Talk to you then.

Renee"""
m006 = b.sent("re-phone-screen", "2026-09-17 15:05", "Re: Phone screen - Client Success Manager", t6 + gq(m005, TZ),
              to=[KIM], reply=m005)

t7 = """New jobs for "customer success" in Long Beach, CA

Customer Success Manager - Harborline Software - Long Beach, CA - $85K-$100K
Client Success Associate - Pacific Benefits Group - Remote
Customer Success Lead - Verde Solar - Irvine, CA - Easy Apply

See all 27 new jobs: https://jobfinder.example/alerts/cs-longbeach

You're receiving this because you created a job alert. Manage alerts: https://jobfinder.example/alerts"""
m007 = b.add("INBOX", "job-alert", "2026-09-18 06:00", "America/Chicago", ("JobFinder Alerts", "alerts@jobfinder.example"),
             "27 new jobs for \"customer success\" near Long Beach", text=t7, html=True, mid="ses",
             headers=["Precedence: bulk"])
b.silent(m007, "job alert")

t8 = """Dear Ms. Calderon,

I'm writing to apply for the Program & Volunteer Coordinator position posted on the Bellflower Literacy Project website. I've volunteered as a reading tutor with a literacy nonprofit in Long Beach for three years, and professionally I've spent six years in client success, where most of my job has been onboarding, training and keeping people engaged - which feels very close to what this role asks for.

My resume and a cover letter are attached. Thank you for your consideration.

Sincerely,
Renee Castillo
(562) 555-0126"""
m008 = b.sent("application-bellflower", "2026-09-21 19:44", "Application: Program & Volunteer Coordinator", t8,
              to=[INES], attach=[("Renee_Castillo_Resume.pdf", "application/pdf", b"%PDF-1.4\n%r\n%%EOF\n"),
                                 ("Renee_Castillo_Cover_Letter.pdf", "application/pdf", b"%PDF-1.4\n%c\n%%EOF\n")])

t9 = """Hi Renee,

Thank you so much for applying - and for your tutoring work! We'll review applications after the posting closes on Friday, October 2, and we'll contact all candidates by Friday, October 9.

Ines

Ines Calderon
Executive Director, Bellflower Literacy Project"""
m009 = b.add("INBOX", "re-application-bellflower", "2026-09-22 09:10", TZ, INES,
             "Re: Application: Program & Volunteer Coordinator", text=t9 + gq(m008, TZ), reply=m008)
b.timeframe(m009, "2026-10-09", INES[1], False)

t10 = """Hi Renee,

Thanks for the great conversation today. I've shared my notes with Gabriel Fontaine, our Director of Client Services, and he'd like to meet you. You'll receive an interview confirmation from our system shortly.

Best,
Kimberly"""
m010 = b.add("INBOX", "pinecrest-next", "2026-09-25 15:12", TZ, KIM, "Next step - Pinecrest Home Health", text=t10,
             mid="outlook")

zn = """Dear Renee Castillo,

Your interview has been scheduled. Please find the details below.

Interview Name : Hiring Manager Interview
Job Opening    : Client Success Manager
Date           : Oct 01, 2026
Time           : 02:00 PM - 03:00 PM (PDT)
Interviewer(s) : Gabriel Fontaine, Tessa Marr
Location       : Zoom - https://pinecresthh.zoom.example/j/88150734429

If you need to reschedule, please contact Kimberly Osei at kimberly.osei@pinecresthh.example.

Regards,
Pinecrest Home Health Talent Team"""
m011 = b.add("INBOX", "zoho-interview-scheduled", "2026-09-28 09:30", TZ, ("Pinecrest Home Health", ZOHO),
             "Interview Scheduled - Client Success Manager", text=zn, html=True, mid="uuid",
             mid_domain="zohorecruit.com", reply_to=KIM, headers=["Auto-Submitted: auto-generated"])
b.interview(m011, "2026-10-01 14:00", TZ, ["name:Gabriel Fontaine", "name:Tessa Marr"])

zr = """Dear Renee Castillo,

This is a reminder of your upcoming interview.

Interview Name : Hiring Manager Interview
Date           : Oct 01, 2026
Time           : 02:00 PM - 03:00 PM (PDT)
Location       : Zoom - https://pinecresthh.zoom.example/j/88150734429

Regards,
Pinecrest Home Health Talent Team"""
m012 = b.add("INBOX", "zoho-interview-reminder", "2026-09-30 14:00", TZ, ("Pinecrest Home Health", ZOHO),
             "Reminder: Interview tomorrow - Client Success Manager", text=zr, html=True, mid="uuid",
             mid_domain="zohorecruit.com", headers=["Auto-Submitted: auto-generated"])

zs = """Dear Renee,

Thank you for interviewing with Pinecrest Home Health. We'd love to hear about your experience - it takes less than two minutes.

Take the survey: https://survey.zohopublic.example/zs/Pc8Kq1

Pinecrest Home Health Talent Team"""
m013 = b.add("INBOX", "zoho-candidate-survey", "2026-10-02 10:00", TZ, ("Pinecrest Home Health", ZOHO),
             "How was your interview experience?", text=zs, html=True, mid="uuid", mid_domain="zohorecruit.com",
             headers=["Auto-Submitted: auto-generated"])

t14 = """Hi Renee,

Thank you for volunteering with Harbor Food Bank! Your shift is confirmed:

Saturday, October 10, 8:30 AM - 12:00 PM
Warehouse sort & pack - 1420 W. Anaheim St.

Please wear closed-toe shoes. Reply to this email if you can't make it.

Harbor Food Bank Volunteer Team"""
m014 = b.add("INBOX", "volunteer-shift", "2026-10-03 12:15", TZ, ("Harbor Food Bank", "volunteer@harborfoodbank.example"),
             "Your volunteer shift is confirmed - Sat Oct 10", text=t14, mid="plain", mid_domain="harborfoodbank.example")
b.silent(m014, "a volunteer shift confirmation")

rj = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<p>Hi Renee,</p>
<p>Thank you for your interest in the <b>Marketing Operations Coordinator</b> position at Marisol Coffee Roasters and for taking the time to apply.</p>
<p>After reviewing your application, we have decided to pursue other applicants at this time. We wish you the very best in your search.</p>
<p>The Marisol People Team</p>
<p style="font-size:11px;color:#999">Sent by JazzHR on behalf of Marisol Coffee Roasters. This mailbox is not monitored.</p>
</body></html>
"""
m015 = b.add("INBOX", "jazzhr-marisol-update", "2026-10-05 16:30", TZ, ("Marisol Coffee Roasters", JAZZ),
             "Update on your application to Marisol Coffee Roasters", html=rj, mid="uuid", mid_domain="applytojob.com",
             headers=["Auto-Submitted: auto-generated"])
b.rejection(m015, "")

t16 = """Hi Renee,

Thank you for taking the time to meet with Gabriel and Tessa last week, and for your patience while we finished interviews.

I'm sorry to let you know that we've decided to pursue other candidates whose experience aligns more closely with the clinical side of the role. This was not an easy decision - the team enjoyed getting to know you.

I'd be glad to keep your information for future client success openings, if that's OK with you.

All the best,
Kimberly

Kimberly Osei
Talent Acquisition Specialist
Pinecrest Home Health | (714) 555-0190"""
m016 = b.add("INBOX", "pinecrest-decision", "2026-10-08 11:05", TZ, KIM, "Client Success Manager - update", text=t16,
             mid="outlook")
b.rejection(m016, KIM[1])

t17 = """Hi Renee,

I wanted to follow up with you personally. We had an overwhelming response to the Program & Volunteer Coordinator posting, and I'm sorry it took us longer than planned to get through everything.

The position has now been filled. We were truly moved by your tutoring experience, and I'd love for you to stay involved with us as a volunteer if you're interested.

With gratitude,
Ines"""
m017 = b.add("INBOX", "bellflower-update", "2026-10-20 17:40", TZ, INES,
             "Re: Application: Program & Volunteer Coordinator", text=t17 + gq(m009, TZ), reply=m009)
b.rejection(m017, INES[1])

b.write()
