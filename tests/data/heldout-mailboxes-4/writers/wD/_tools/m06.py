"""m06: Welsh council housing officer applicant. One real process (bilingual letters, panel named
only by name, moved by letter, unanswered promise, formal rejection) among look-alikes: tenant
referencing and an 'offer of tenancy', school place offer from the same council, jury summons, GP
appointment, volunteer rota, supermarket offers, council job alerts."""
from common import *  # noqa

TZ = "Europe/London"
U = ("Rhian Prosser", "rhian.prosser@llythyr.example")
b = Box("", "m06-penhallow-council-housing", U, TZ, "2026-09-14T08:00:00+01:00", "2026-12-10T18:00:00+00:00",
        langs=("en", "cy"), country="UK",
        notes="Welsh council applicant; bilingual formal letters; many look-alikes")

NOREPLY = ("Cyngor Sir Penhallow | Penhallow County Council", "noreply-recruitment@penhallow.example")
CP = ("Carys Pritchard", "carys.pritchard@penhallow.example")
CP_SIG = """Yn gywir / Yours sincerely,

Carys Pritchard
Swyddog Recriwtio | Recruitment Officer
Adnoddau Dynol | Human Resources
Cyngor Sir Penhallow | Penhallow County Council
Neuadd y Sir, Heol y Castell, Penhallow PN1 2AB
Ffôn / Tel: 01632 960 322

Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. / We welcome correspondence in Welsh and English."""

# 001 portal acknowledgement (bilingual) with "if you have not heard by..."
ack = """(Please scroll down for English)

Annwyl Rhian Prosser,

Diolch am eich cais am swydd Swyddog Tai - Gwasanaethau Tenantiaeth (Cyf: HOU-0925). Rydym wedi derbyn eich cais.

Dyddiad cau: 27 Medi 2026. Bydd y rhestr fer yn cael ei llunio yn ystod yr wythnos yn dechrau 5 Hydref.

Os na fyddwch wedi clywed gennym erbyn 16 Hydref 2026, dylech gymryd yn ganiataol nad ydych wedi bod yn llwyddiannus y tro hwn.

------------------------------------------------------------

Dear Rhian Prosser,

Thank you for your application for the post of Housing Officer - Tenancy Services (Ref: HOU-0925). Your application has been received.

Closing date: 27 September 2026. Shortlisting will take place during the week commencing 5 October.

If you have not heard from us by 16 October 2026, please assume that on this occasion your application has not been successful.

Tîm Recriwtio / Recruitment Team
Cyngor Sir Penhallow / Penhallow County Council

Neges awtomatig yw hon - peidiwch ag ateb. / This is an automated message - please do not reply."""
b.add("INBOX", "application-acknowledgement", "2026-09-14 10:05", TZ, NOREPLY,
      "Cadarnhad o gais / Application confirmation - HOU-0925", text=ack, mid="uuid", mid_domain="penhallow.example")

# 002 tenant referencing asks for employer details
ref = """Dear Rhian,

Thank you for choosing to rent with Castle Quarter Lettings. As part of your tenancy application for Flat 2, 17 Stryd y Felin, we have instructed our referencing partner to complete your checks.

To continue, please log in and provide:
- your current employer's name and address, and the contact details of someone who can confirm your salary and start date (an employment reference);
- your last three months' payslips;
- a previous landlord reference.

Most references are completed within 48 hours of all information being received.

Kind regards,
The Referencing Team
RentCheck Referencing Services"""
m = b.add("INBOX", "tenant-referencing-request", "2026-09-17 13:44", TZ, ("RentCheck Referencing", "references@rentcheck-referencing.example"),
          "Action required: your tenant referencing application", text=ref,
          html=sys_html("RentCheck", ref.split("\n\n"), ["RentCheck Referencing Services Ltd, registered in England and Wales."], color="#d0462c"),
          mid="ses")
b.silent(m, "tenant referencing asking for employer reference details (not a job application)")

# 003 council job-alert digest
def alert(n, jobs):
    return sys_html("Swyddi Penhallow Jobs", [
        f"Swyddi newydd yr wythnos hon / {n} new vacancies this week"] + jobs +
        ["<a href=\"https://jobs.penhallow.example/search\">Gweld pob swydd / View all vacancies</a>"],
        ["Rydych yn derbyn y neges hon oherwydd i chi gofrestru am hysbysiadau swyddi. / You are receiving this because you signed up for job alerts. Dad-danysgrifio / Unsubscribe"],
        color="#00594f")
m = b.add("INBOX", "council-job-alert", "2026-09-21 07:00", TZ, ("Swyddi Penhallow Jobs", "jobalerts@penhallow.example"),
          "Hysbysiad swyddi / Job alert: 6 swydd newydd / 6 new jobs",
          html=alert(6, ["<b>Cynorthwyydd Addysgu / Teaching Assistant</b> - Ysgol Gynradd Bryn Celyn - Gradd 3",
                         "<b>Swyddog Cynllunio / Planning Officer</b> - Lleoedd / Place - Gradd 8",
                         "<b>Gweithiwr Cymorth / Support Worker</b> - Gwasanaethau Cymdeithasol / Social Services - Gradd 4"]),
          mid="uuid", mid_domain="penhallow.example", headers=["Precedence: bulk"])
b.silent(m, "council job-alert digest")

# 004 volunteer rota
m = b.add("INBOX", "volunteer-rota", "2026-09-26 18:30", TZ, ("Bae Penhallow 5k", "rota@baepenhallow5k.example"),
          "You're on the volunteer rota for Saturday",
          text="Hi Rhian,\n\nThanks for volunteering! You're rostered as Marshal (point 4, by the boathouse) this Saturday 3 October. Please arrive by 8:40 for the briefing with the run director. Hi-vis provided.\n\nDiolch!\nBae Penhallow 5k volunteer team",
          mid="gmail")
b.silent(m, "volunteer rota for a Saturday run (briefing), not a job")

# 005 offer of tenancy
m = b.add("INBOX", "offer-of-tenancy", "2026-10-02 11:12", TZ, ("Castle Quarter Lettings", "lettings@castlequarterlettings.example"),
          "Offer of tenancy - Flat 2, 17 Stryd y Felin",
          text="Dear Rhian,\n\nGood news - your references have come back satisfactory and the landlord is pleased to offer you a tenancy of Flat 2, 17 Stryd y Felin from 1 November 2026 at £795 pcm.\n\nTo secure the property please sign the tenancy agreement via the link we'll send separately and pay the deposit of £917 within 3 working days.\n\nBest wishes,\nSiân Howells\nLettings Negotiator\nCastle Quarter Lettings\n01632 960 771",
          mid="outlook")
b.silent(m, "letting agent's 'offer' of a tenancy, not a job offer")

# 006 school place offer from the same council
sch = """(Please scroll down for English)

Annwyl Ms Prosser,

Cais derbyn yn ystod y flwyddyn: Elis Prosser

Mae'n bleser gennym gynnig lle i Elis ym Mlwyddyn 2 yn Ysgol Gynradd Bryn Celyn o 2 Tachwedd 2026.

------------------------------------------------------------

Dear Ms Prosser,

In-year admission application: Elis Prosser

We are pleased to offer Elis a place in Year 2 at Ysgol Gynradd Bryn Celyn from 2 November 2026. Please accept or decline this offer within 10 school days using the online admissions portal. The school will then contact you to arrange a settling-in visit and a meeting with the headteacher, Mr Gethin Lloyd.

Tîm Derbyn i Ysgolion / School Admissions Team
Cyngor Sir Penhallow / Penhallow County Council"""
m = b.add("INBOX", "school-place-offer", "2026-10-05 09:30", TZ, ("Derbyn i Ysgolion | School Admissions", "admissions@penhallow.example"),
          "Cynnig lle ysgol / Offer of a school place - Elis Prosser", text=sch, mid="uuid", mid_domain="penhallow.example")
b.silent(m, "school place offer for the user's child from the same council (not a job offer)")

# 007 interview invitation letter, panel by name only
letter = """(Please scroll down for English)

Annwyl Ms Prosser,

Swyddog Tai - Gwasanaethau Tenantiaeth (Cyf: HOU-0925)

Mae'n bleser gennyf eich gwahodd i gyfweliad ar gyfer y swydd uchod.

Dyddiad: Dydd Mercher 21 Hydref 2026
Amser: 10:30yb (gofynnir i chi gyrraedd erbyn 10:00yb ar gyfer ymarfer ysgrifenedig 20 munud)
Lleoliad: Ystafell Bwyllgor 3, Neuadd y Sir, Heol y Castell, Penhallow PN1 2AB

Bydd y panel yn cynnwys:
Mr Owain Jenkins, Rheolwr Gwasanaethau Tai
Mrs Lowri Bevan, Arweinydd Tîm - Gwasanaethau Tenantiaeth
Y Cynghorydd Janet Price, Aelod Cabinet dros Dai

Mae croeso i chi gael eich cyfweld yn Gymraeg neu yn Saesneg.

------------------------------------------------------------

Dear Ms Prosser,

Housing Officer - Tenancy Services (Ref: HOU-0925)

I am pleased to invite you to interview for the above post.

Date: Wednesday 21 October 2026
Time: 10.30am (please arrive by 10.00am for a 20-minute written exercise)
Venue: Committee Room 3, County Hall, Castle Road, Penhallow PN1 2AB

The panel will comprise:
Mr Owain Jenkins, Housing Services Manager
Mrs Lowri Bevan, Team Leader - Tenancy Services
Councillor Janet Price, Cabinet Member for Housing

You are welcome to be interviewed in Welsh or in English; please let me know your preference. Please bring proof of your right to work in the UK and your driving licence, as the post requires travel across the county.

Please confirm your attendance by replying to this email.

""" + CP_SIG
m7 = b.add("INBOX", "interview-invitation", "2026-10-09 11:20", TZ, CP,
           "Gwahoddiad i gyfweliad / Invitation to interview - HOU-0925", text=letter, html=word_html(letter, font="Arial"),
           mid="outlook", headers=outlook_headers(b, "Gwahoddiad i gyfweliad / Invitation to interview - HOU-0925"))
b.interview(m7, "2026-10-22 14:00", TZ, ["name:Owain Jenkins", "name:Lowri Bevan", "name:Janet Price"])

m8 = b.sent("confirm-interview", "2026-10-09 19:40", "RE: Gwahoddiad i gyfweliad / Invitation to interview - HOU-0925",
            "Annwyl Carys,\n\nDiolch yn fawr am y gwahoddiad. Rwy'n cadarnhau y byddaf yn bresennol ddydd Mercher 21 Hydref am 10:00. Hoffwn gael y cyfweliad yn Gymraeg, os gwelwch yn dda.\n\nCofion,\nRhian Prosser\n07700 900 557"
            + quote(letter.split("------------------------------------------------------------")[1], "Carys Pritchard <carys.pritchard@penhallow.example>", "Fri 9 Oct 2026 at 11:20"),
            [CP], reply=m7)

m9 = b.add("INBOX", "confirmation-noted", "2026-10-12 09:15", TZ, CP, "RE: Gwahoddiad i gyfweliad / Invitation to interview - HOU-0925",
           text="Bore da Rhian,\n\nDiolch - rwyf wedi nodi y bydd y cyfweliad yn Gymraeg. Thank you, I've noted your preference for a Welsh-medium interview.\n\nCofion,\nCarys"
           + oquote("Annwyl Carys,\n\nDiolch yn fawr am y gwahoddiad. Rwy'n cadarnhau y byddaf yn bresennol ddydd Mercher 21 Hydref am 10:00.",
                    "Rhian Prosser <rhian.prosser@llythyr.example>", "09 October 2026 19:40",
                    "Carys Pritchard <carys.pritchard@penhallow.example>", "RE: Gwahoddiad i gyfweliad / Invitation to interview - HOU-0925"),
           reply=m8, mid="outlook")

# 010 supermarket offers
m = b.add("INBOX", "supermarket-offers", "2026-10-14 06:00", "UTC", ("Morgan's Fresh Market", "offers@morgansfresh.example"),
          "Rhian, your personalised offers are ready",
          html=sys_html("Morgan's Fresh Market", ["Hi Rhian,", "This week's offers picked just for you: <b>£2 off</b> when you spend £20 on fresh produce, double points on Welsh cheeses, and 3 for 2 on school lunchbox snacks.",
                                                  "<a href=\"https://morgansfresh.example/offers\">Load your offers</a>"],
                    ["Offers valid until Sunday. Unsubscribe from marketing emails."], color="#3a7d2c"),
          mid="sendgrid", headers=["Precedence: bulk"])
b.silent(m, "supermarket 'personalised offers' marketing")

# 011 rescheduled by letter (plain text)
mv = """(Please scroll down for English)

Annwyl Ms Prosser,

Oherwydd nad yw un o aelodau'r panel ar gael, mae'n ddrwg gennyf orfod aildrefnu eich cyfweliad. Bydd eich cyfweliad nawr yn cael ei gynnal ddydd Iau 22 Hydref 2026 am 2:00yp (cyrraedd erbyn 1:30yp ar gyfer yr ymarfer ysgrifenedig), yn Ystafell Bwyllgor 3.

------------------------------------------------------------

Dear Ms Prosser,

Due to the unavailability of a panel member, I am sorry to have to rearrange your interview. Your interview will now take place on Thursday 22 October 2026 at 2.00pm (please arrive by 1.30pm for the written exercise), in Committee Room 3, County Hall. The panel is otherwise unchanged.

Please accept my apologies for any inconvenience, and let me know if the new time causes you any difficulty.

""" + CP_SIG
m11 = b.add("INBOX", "interview-rearranged", "2026-10-16 14:02", TZ, CP,
            "Aildrefnu cyfweliad / Interview rearranged - HOU-0925", text=mv, html=word_html(mv, font="Arial"), mid="outlook")
b.sent("confirm-new-time", "2026-10-16 17:30", "RE: Aildrefnu cyfweliad / Interview rearranged - HOU-0925",
       "Diolch Carys, dim problem - bydda i yno ddydd Iau am 1:30.\n\nRhian" + IPHONE, [CP], reply=m11,
       mid="apple", mid_domain="llythyr.example")

# 013 friend, Welsh, good luck
m = b.add("INBOX", "ffrind-pob-lwc", "2026-10-22 07:48", TZ, ("Nia Haf", "niahaf.jones@gwenol.example"), "pob lwc!!",
          text="Pob lwc heddiw cariad! Ti'n mynd i fod yn wych. Tecstia fi wedyn a awn ni am goffi dydd Sadwrn xx",
          mid="gmail", cte="8bit")
b.silent(m, "friend wishing good luck (Welsh), not from the employer")

# 014 timeframe after the interview
post = """Annwyl Rhian,

Diolch am ddod i'r cyfweliad ddoe. Ein nod yw rhoi gwybod i bob ymgeisydd am y canlyniad erbyn dydd Gwener 6 Tachwedd.

Dear Rhian,

Thank you for attending interview yesterday. We aim to notify all candidates of the outcome by Friday 6 November.

""" + CP_SIG
m14 = b.add("INBOX", "after-interview", "2026-10-23 15:10", TZ, CP, "Cyfweliad / Interview - HOU-0925", text=post, html=word_html(post, font="Arial"), mid="outlook")
b.timeframe(m14, "2026-11-06", "carys.pritchard@penhallow.example", False)

# 015 GP appointment
m = b.add("INBOX", "gp-appointment", "2026-10-27 16:20", TZ, ("Meddygfa Heol Las Surgery", "noreply@heollassurgery.example"),
          "Appointment confirmation", text="Meddygfa Heol Las Surgery: your appointment with Dr Alun Rees is booked for Tue 3 Nov at 08:40. To cancel, reply CANCEL or call 01632 960 900. Please do not attend if you have a fever.",
          mid="uuid", mid_domain="heollassurgery.example")
b.silent(m, "GP appointment confirmation")

# 016 jury summons
jury = """JURY SUMMONS

Juror number: 4417 0932

You have been selected for jury service at Penhallow Crown Court, starting Monday 30 November 2026 at 9.30am. You will normally be required for up to 10 working days.

You must reply within 7 days to confirm whether you can attend. If you are selected to sit on a jury panel, the court will tell you on the day.

Jury Summoning Office"""
m = b.add("INBOX", "jury-summons", "2026-11-02 08:00", TZ, ("Jury Summoning Office", "no-reply@jury-summoning.example"),
          "Jury summons - reply within 7 days", text=jury, mid="uuid", mid_domain="jury-summoning.example")
b.silent(m, "jury summons, not an interview")

# 017 formal rejection, a week after the promised date
rej = """(Please scroll down for English)

Annwyl Ms Prosser,

Swyddog Tai - Gwasanaethau Tenantiaeth (Cyf: HOU-0925)

Diolch am fynychu cyfweliad ar gyfer y swydd uchod. Ymddiheuraf am yr oedi wrth ysgrifennu atoch. Yn anffodus, ni fuoch yn llwyddiannus y tro hwn.

------------------------------------------------------------

Dear Ms Prosser,

Housing Officer - Tenancy Services (Ref: HOU-0925)

Thank you for attending interview for the above post, and please accept my apologies for the delay in writing to you.

The panel was impressed with the standard of candidates, and I regret to inform you that on this occasion you have not been successful.

If you would like feedback on your interview, Mr Owain Jenkins would be happy to speak with you; please contact me and I will arrange a convenient time. We would encourage you to apply for future vacancies with the Council.

Thank you for your interest in working for Penhallow County Council.

""" + CP_SIG
m17 = b.add("INBOX", "outcome-letter", "2026-11-13 10:30", TZ, CP, "Canlyniad cyfweliad / Interview outcome - HOU-0925",
            text=rej, html=word_html(rej, font="Arial"), mid="outlook")
b.rejection(m17, "carys.pritchard@penhallow.example")

# 018 job alert again
m = b.add("INBOX", "council-job-alert-2", "2026-11-23 07:00", TZ, ("Swyddi Penhallow Jobs", "jobalerts@penhallow.example"),
          "Hysbysiad swyddi / Job alert: 4 swydd newydd / 4 new jobs",
          html=alert(4, ["<b>Swyddog Tai Cynorthwyol / Assistant Housing Officer</b> - Tai / Housing - Gradd 5",
                         "<b>Glanhawr / Cleaner</b> - Neuadd y Sir / County Hall - Gradd 1"]),
          mid="uuid", mid_domain="penhallow.example", headers=["Precedence: bulk"])
b.silent(m, "council job-alert digest")

b.write()
