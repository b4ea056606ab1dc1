"""m02: elementary teacher in Texas. One process: Indeed application -> phone screen -> campus panel -> rejection."""
from common import *  # noqa

TZ = "America/Chicago"
U = ("Brianna Castellanos", "bcastellanos.teach@mailhub.example")
b = Box("", "m02-cedarhollow-teacher", U, TZ, "2026-09-14T08:00:00-05:00", "2026-12-04T18:00:00-06:00",
        langs=("en", "es"), country="US",
        notes="Texas teacher; Indeed relay, school district HR, campus panel named only by name")

RELAY = ("Kendra Benson via Indeed", "kendrabenson-7f3e9a21c4@indeedemail.com")
KB = ("Kendra Benson", "kbenson@cedarhollowisd.example")
ML = ("Marcus Lee", "marcus.lee@cedarhollowisd.example")
MOM = ("Graciela Castellanos", "gracielac1961@correo.example")
KB_SIG = """Kendra Benson
HR Generalist – Certified Staffing
Cedar Hollow Independent School District
1400 W. Bluebonnet Pkwy | Cedar Hollow, TX 78642
(512) 555-0147 | kbenson@cedarhollowisd.example
"Every Student, Every Day\""""

# 001 Indeed application receipt, HTML only
b.add("INBOX", "indeed-application-submitted", "2026-09-15 00:05", "UTC", ("Indeed Apply", "indeedapply@indeed.com"),
      "Application submitted: 4th Grade Teacher - Live Oak Elementary (Mid-Year Vacancy)",
      html=sys_html("indeed", [
          "<b>Your application has been submitted</b>",
          "<b>4th Grade Teacher - Live Oak Elementary (Mid-Year Vacancy)</b><br>Cedar Hollow ISD - Cedar Hollow, TX 78642",
          "The following items were sent to Cedar Hollow ISD. Good luck!\n• Application\n• Resume: Castellanos_Brianna_Resume_2026.pdf\n• Cover letter",
          "Next steps: The employer or job advertiser may reach out to you about your application. Keep an eye on your inbox and your phone.",
          "<a href=\"https://www.indeed.com/myjobs?from=applyconfemail\" style=\"color:#2557a7\">Track this application in My Jobs</a>",
      ], ["You received this email because you applied on Indeed. © 2026 Indeed, Inc., 200 W 6th St, Austin, TX 78701",
          "Privacy Policy · Terms · Unsubscribe"], color="#2557a7"),
      mid="plain", mid_domain="indeed.com")

# 002 job alert
m = b.add("INBOX", "indeed-job-alert", "2026-09-15 13:20", "UTC", ("Indeed", "alert@indeed.com"),
          "12 new elementary teacher jobs near Round Rock, TX",
          html=sys_html("indeed", [
              "<b>Elementary Teacher</b> jobs near Round Rock, TX",
              "<b>3rd Grade Bilingual Teacher (2026-2027)</b><br>Pflugerville Heights Charter · Pflugerville, TX<br>$56,000 - $61,000 a year · Easily apply",
              "<b>Long-Term Substitute - Kindergarten</b><br>Brushy Creek Academy · Round Rock, TX<br>$160 a day",
              "<b>Reading Interventionist</b><br>Hutto Springs ISD · Hutto, TX<br>Urgently hiring",
              "<a href=\"https://www.indeed.com/jobs?q=elementary+teacher&l=Round+Rock\">See all 12 jobs</a>",
          ], ["You are receiving this job alert because you subscribed at Indeed. Unsubscribe · Manage alerts"], color="#2557a7"),
          mid="plain", mid_domain="indeed.com")
b.silent(m, "job-alert digest")

# 003 employer message relayed by Indeed, proposing three slots
t3 = """Hi Brianna,

Thank you for applying for the mid-year 4th grade position at Live Oak Elementary. I'd like to set up a short phone screen (20 minutes or so) to talk about your experience and certification.

These are the times I have open, all Central:

- Wednesday 9/23 at 1:00 pm
- Thursday 9/24 at 10:30 am
- Friday 9/25 at 2:00 pm

Just reply with whichever works best and the best number to reach you at.

Thanks,
Kendra Benson
HR Generalist, Cedar Hollow ISD"""
m3 = b.add("INBOX", "indeed-employer-message", "2026-09-21 15:12", "UTC", RELAY,
           "Cedar Hollow ISD sent you a message about 4th Grade Teacher - Live Oak Elementary (Mid-Year Vacancy)",
           text=t3 + "\n\n--\nReply directly to this email to respond to Cedar Hollow ISD. Messages are delivered through Indeed; please do not include sensitive information such as your Social Security number.\n© 2026 Indeed",
           html=sys_html("indeed", t3.split("\n\n") + ["<span style=\"color:#767676\">Reply directly to this email to respond to Cedar Hollow ISD.</span>"],
                         ["Messages are delivered through Indeed; please do not include sensitive information such as your Social Security number.", "© 2026 Indeed, Inc."],
                         color="#2557a7"),
           reply_to=RELAY, mid="plain", mid_domain="indeedemail.com")

# 004 user's reply: only "Thursday works"
m4 = b.sent("reply-thursday-works", "2026-09-21 12:47",
            "Re: Cedar Hollow ISD sent you a message about 4th Grade Teacher - Live Oak Elementary (Mid-Year Vacancy)",
            "Hi Kendra,\n\nThursday works! Best number is (512) 555-0193.\n\nThank you,\nBrianna Castellanos"
            + quote(t3, "Kendra Benson via Indeed <kendrabenson-7f3e9a21c4@indeedemail.com>", "Mon, Sep 21, 2026 at 10:12 AM"),
            [RELAY], reply=m3)
b.interview(m4, "2026-09-24 10:30", TZ, ["kendrabenson-7f3e9a21c4@indeedemail.com"])

# 005 campus interview invitation from district address, panel by name only
t5 = f"""Hi Brianna,

It was great speaking with you this morning. I'm pleased to invite you to a campus interview for the 4th grade position.

Date: Tuesday, October 6, 2026
Time: 4:15 pm
Location: Live Oak Elementary, 2201 Pecan Valley Dr., Cedar Hollow, TX 78642 (check in at the front office)

You will meet with the campus interview team:
- Dr. Angela Whitcomb, Principal
- Marcus Lee, Assistant Principal
- Rosa Delgado, 4th Grade Team Lead

As part of the interview, please prepare a 10-minute mini-lesson on a 4th grade reading TEKS of your choice. The panel will play the students. The whole visit should take about an hour.

Please reply to confirm, and let me know if you have any questions.

{KB_SIG}"""
m5 = b.add("INBOX", "campus-interview-invite", "2026-09-24 14:02", TZ, KB,
           "Campus Interview - Live Oak Elementary 4th Grade", text=t5, html=word_html(t5), mid="outlook",
           headers=outlook_headers(b, "Campus Interview - Live Oak Elementary 4th Grade"))
b.interview(m5, "2026-10-06 16:15", TZ, ["name:Angela Whitcomb", "marcus.lee@cedarhollowisd.example", "name:Rosa Delgado"])

# 006 confirm with question
m6 = b.sent("confirm-campus-interview", "2026-09-24 16:30", "RE: Campus Interview - Live Oak Elementary 4th Grade",
            "Hi Kendra,\n\nThank you so much, I enjoyed our conversation too. I'm confirmed for Tuesday 10/6 at 4:15.\n\nQuick question - will there be a projector or smartboard for the mini-lesson, or should I plan on printed materials only?\n\nBest,\nBrianna"
            + quote(t5, "Kendra Benson <kbenson@cedarhollowisd.example>", "Thu, Sep 24, 2026 at 2:02 PM"),
            [KB], reply=m5)

# 007 answer
b.add("INBOX", "smartboard-answer", "2026-09-25 08:10", TZ, KB, "RE: Campus Interview - Live Oak Elementary 4th Grade",
      text="Good morning! There's a smartboard in the library conference room, so feel free to bring a slide deck on a flash drive. Please also bring 3 printed copies of your lesson plan for the panel.\n\nKendra"
      + oquote("Hi Kendra,\n\nThank you so much, I enjoyed our conversation too. I'm confirmed for Tuesday 10/6 at 4:15.",
               "Brianna Castellanos <bcastellanos.teach@mailhub.example>", "Thursday, September 24, 2026 4:30 PM",
               "Kendra Benson <kbenson@cedarhollowisd.example>", "RE: Campus Interview - Live Oak Elementary 4th Grade"),
      reply=m6, mid="outlook")

# 008 district job-fair newsletter (before the promise)
jf = """CEDAR HOLLOW ISD - STAFF & COMMUNITY NEWS

Save the date: Cedar Hollow ISD Educator Job Fair
Saturday, November 7, 9:00 am - 1:00 pm, Bluebonnet High School gym

Principals from all 14 campuses will be conducting on-site interviews, and qualified candidates may leave with a contingent offer the same day. Bring copies of your resume and certification.

Also in this issue: bond election info session, new bell schedule at the middle schools, and the Fall Festival volunteer sign-up."""
m = b.add("INBOX", "district-newsletter-job-fair", "2026-10-02 07:00", TZ, ("Cedar Hollow ISD", "news@cedarhollowisd.example"),
          "Cedar Hollow ISD News: Educator Job Fair Nov 7, bond info session", text=jf,
          html=sys_html("Cedar Hollow ISD News", jf.split("\n\n")[1:], ["You are receiving this because you are subscribed to Cedar Hollow ISD community news. Unsubscribe."], color="#7a1f1f"),
          mid="sendgrid", headers=["List-Unsubscribe: <mailto:unsubscribe@news.cedarhollowisd.example>", "Precedence: bulk"])
b.silent(m, "district newsletter about a job fair with on-site interviews")

# 009 applicant-system nudge
b.add("INBOX", "complete-profile", "2026-10-02 11:31", TZ, ("Cedar Hollow ISD Applicant Tracking", "no-reply@applicants.cedarhollowisd.example"),
      "Action needed: complete your district application",
      html=sys_html("Cedar Hollow ISD - Online Application", [
          "Dear Brianna Castellanos,",
          "Our records show that your online application for Certified (Teacher) positions is incomplete. Please log in and upload the following before your application can be routed to a campus:",
          "• Copy of Texas educator certificate\n• Official or unofficial transcripts\n• Three professional references",
          "<a href=\"https://applicants.cedarhollowisd.example/login\">Log in to your application</a>",
      ], ["Please do not reply to this automated message."], color="#7a1f1f"),
      mid="uuid", mid_domain="applicants.cedarhollowisd.example")

# 010 assistant principal writes the day before
t10 = """Hi Ms. Castellanos,

Looking forward to meeting you tomorrow afternoon. A couple of things: visitor parking is right in front of the building, and you'll need to buzz in at the front office and show your driver's license (we run all visitors through the sign-in system). We'll be in the library conference room.

See you at 4:15,
Marcus

Marcus Lee, M.Ed.
Assistant Principal | Live Oak Elementary
marcus.lee@cedarhollowisd.example | (512) 555-0310

Get Outlook for iOS"""
m10 = b.add("INBOX", "ap-logistics", "2026-10-05 17:22", TZ, ML, "Tomorrow's interview", text=t10, mid="outlook")

b.sent("reply-ap", "2026-10-05 18:04", "Re: Tomorrow's interview",
       "Thank you, Mr. Lee! See you tomorrow.\n\nBrianna" + IPHONE, [ML], reply=m10, mid="apple", mid_domain="mailhub.example")

# 012 post-interview timeframe
t12 = f"""Hi Brianna,

Thank you for taking the time to interview with the Live Oak team yesterday. The campus is finishing up interviews this week, and we expect to make a decision by Friday, October 16. I'll reach out to you either way once I hear from Dr. Whitcomb.

Have a great rest of your week.

{KB_SIG}"""
m12 = b.add("INBOX", "after-interview-update", "2026-10-07 11:30", TZ, KB, "Live Oak Elementary - next steps", text=t12,
            html=word_html(t12), mid="outlook")
b.timeframe(m12, "2026-10-16", "kbenson@cedarhollowisd.example", False)

# 013 mother, in Spanish
m = b.add("INBOX", "mama-como-te-fue", "2026-10-10 20:16", TZ, MOM, "como te fue??",
          text="Mija, no me has contado como te fue en la entrevista del martes! Tu papá dice que seguro te dan el trabajo. Llámame mañana después de misa.\n\nTe quiero mucho,\nMamá",
          mid="plain", mid_domain="correo.example", cte="8bit")
b.silent(m, "mother asking in Spanish how the interview went")

# 014 substitute-agency marketing
sub = """Hi Brianna,

School's in full swing and districts across Williamson County need great substitutes! Join the Bright Path Educators sub pool:

• Same-week onboarding - interview with a recruiter in 15 minutes, online
• Daily pay up to $185
• Choose your schools and days in our app

Apply today and get a $50 bonus after your first 5 assignments.

Bright Path Educators | 9800 N Lamar Blvd, Austin, TX
Unsubscribe"""
m = b.add("INBOX", "sub-agency-promo", "2026-10-13 09:45", TZ, ("Bright Path Educators", "hello@brightpath-educators.example"),
          "Brianna, become a substitute this fall - interview in 15 minutes", text=sub,
          html=sys_html("Bright Path Educators", sub.split("\n\n")[1:-1], ["Bright Path Educators | 9800 N Lamar Blvd, Austin, TX · Unsubscribe"], color="#1b7f5e"),
          mid="sendgrid")
b.silent(m, "substitute-staffing marketing email")

# 015 receipt (noise, unlabelled)
b.add("INBOX", "order-shipped", "2026-10-17 10:02", TZ, ("Lone Star Teacher Supply", "orders@lonestarteachersupply.example"),
      "Your order #TS-448120 has shipped",
      text="Good news! Your order has shipped.\n\n1 x Anchor chart paper pad, 25 sheets\n1 x Flair pens, 24 ct\n\nTracking: 9400 1000 0000 4481 2000 17\n\nThanks for shopping with Lone Star Teacher Supply!",
      mid="ses")

# 016 rejection a week after the promised date
t16 = f"""Dear Brianna,

Thank you for your patience while the Live Oak Elementary team completed their interviews.

After careful consideration, the campus has decided to move forward with another candidate for the mid-year 4th grade position. This was a difficult decision; the team enjoyed your mini-lesson and spoke highly of your classroom management answers.

Your application will remain active in our system for the rest of the 2026-27 school year, and I would encourage you to apply for other openings as they are posted, especially our spring reading interventionist positions.

We appreciate your interest in Cedar Hollow ISD and wish you the very best.

Sincerely,

{KB_SIG}"""
m16 = b.add("INBOX", "decision", "2026-10-23 15:40", TZ, KB, "Live Oak Elementary 4th Grade - Update", text=t16,
            html=word_html(t16), mid="outlook")
b.rejection(m16, "kbenson@cedarhollowisd.example")

# 017 job alert
m = b.add("INBOX", "indeed-job-alert-2", "2026-10-28 13:20", "UTC", ("Indeed", "alert@indeed.com"),
          "8 new elementary teacher jobs near Round Rock, TX",
          html=sys_html("indeed", [
              "<b>Elementary Teacher</b> jobs near Round Rock, TX",
              "<b>4th Grade ELAR Teacher - Spring 2027</b><br>Georgetown Lakes ISD · Georgetown, TX<br>Easily apply",
              "<b>Dyslexia Specialist</b><br>Brushy Creek Academy · Round Rock, TX<br>Hiring multiple candidates",
              "<a href=\"https://www.indeed.com/jobs?q=elementary+teacher&l=Round+Rock\">See all 8 jobs</a>",
          ], ["You are receiving this job alert because you subscribed at Indeed. Unsubscribe · Manage alerts"], color="#2557a7"),
          mid="plain", mid_domain="indeed.com")
b.silent(m, "job-alert digest")

b.write()
