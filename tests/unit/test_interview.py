"""judge and understand_message: which calendar items are job interviews, and with whom."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest

from followupd.domain.model import (
    Attendee,
    CalendarItem,
    CalendarStatus,
    ParsedMessage,
    Person,
    UserIdentity,
)
from followupd.understand import (
    DEFAULT_INTERVIEW_PHRASES,
    InterviewPhrases,
    judge,
    understand_message,
)
from followupd.understand.naming import find_role, strip_subject
from followupd.understand.people import company_name, registrable_domain

INVITES = Path(__file__).parent.parent / "data" / "invites"
EXPECTED = tomllib.loads((INVITES / "EXPECTED.toml").read_text(encoding="utf-8"))
USER = UserIdentity(
    name="Jordan Lee",
    email="jordan.lee@example.org",
    aliases=("jordan@lee.example",),
    timezone="Europe/Berlin",
)
ME = Attendee(person=Person(email="jordan.lee@example.org", name="Jordan Lee"))


def item(summary: str, *, organizer: str = "priya@acme-robotics.com", **kw: object) -> CalendarItem:
    fields: dict[str, object] = {
        "uid": "u1",
        "method": "REQUEST",
        "summary": summary,
        "start": datetime(2026, 3, 10, 16, tzinfo=UTC),
        "end": datetime(2026, 3, 10, 17, tzinfo=UTC),
        "organizer": Person(email=organizer, name="Priya Raman"),
        "attendees": (ME,),
    }
    fields.update(kw)
    return CalendarItem.model_validate(fields)


def test_every_invite_file_has_an_expectation() -> None:
    """EXPECTED.toml lists exactly the .eml files of tests/data/invites."""
    assert sorted(EXPECTED) == sorted(p.name for p in INVITES.glob("*.eml"))
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invites_match_expected(name: str) -> None:
    """Each hand-written message gives the interview, company, role, people and time expected."""
    want = EXPECTED[name]
    got = understand_message((INVITES / name).read_bytes(), user=USER, source=f"test:{name}")
    assert got.problems == ()
    if want["start_utc"]:
        assert got.items[0].start.isoformat() == want["start_utc"]
    else:
        assert got.items == ()
    interviews = [v.interview for v in got.verdicts if v.interview]
    if not want["is_interview"]:
        assert interviews == []
        assert all(v.reason for v in got.verdicts)
        return
    assert len(interviews) == want.get("interviews", 1)
    interview = interviews[0]
    assert interview.company == want["company"]
    assert interview.role == want["role"]
    assert [p.email for p in interview.interviewers] == want["interviewers"]
    assert interview.source == f"test:{name}"
    assert interview.sequence == want.get("sequence", 0)
    assert interview.status.value == want.get("status", "confirmed")
    assert interview.reasons


def test_greenhouse_panel_people() -> None:
    """Room, coordinator (NON-PARTICIPANT), role mailboxes and the user are not interviewers."""
    got = understand_message((INVITES / "04-greenhouse-globex-panel.eml").read_bytes(), user=USER)
    interview = got.verdicts[0].interview
    assert interview is not None
    names = [p.name for p in interview.interviewers]
    assert names == ["Wei Chen", "Aisha Khan", "Tom Becker"]
    assert got.message.reply_to[0].email == "maria.gomez@globex-systems.com"
    assert any("greenhouse.io" in r for r in interview.reasons)


def test_update_supersedes_original_and_cancel_supersedes_update() -> None:
    """SEQUENCE 0 → 1 (moved) → 2 (cancelled) gives interviews that supersede each other."""
    found = []
    for name in (
        "01-google-acme-technical.eml",
        "07-google-acme-update-seq1.eml",
        "08-google-acme-cancel.eml",
    ):
        verdict = understand_message((INVITES / name).read_bytes(), user=USER).verdicts[0]
        assert verdict.interview is not None
        found.append(verdict.interview)
    original, moved, cancelled = found
    assert original.uid == moved.uid == cancelled.uid
    assert moved.supersedes(original) and cancelled.supersedes(moved)
    assert cancelled.status == CalendarStatus.CANCELLED


def test_alias_is_the_user() -> None:
    """The user's alias is never an interviewer."""
    verdict = judge(
        item(
            "Technical Interview",
            attendees=(Attendee(person=Person(email="Jordan@Lee.Example")),),
        ),
        user=USER,
    )
    assert verdict.interview is not None
    assert [p.email for p in verdict.interview.interviewers] == ["priya@acme-robotics.com"]


@pytest.mark.parametrize("method", ["REPLY", "COUNTER", "PUBLISH"])
def test_responses_and_publications_are_not_invitations(method: str) -> None:
    """REPLY, COUNTER and PUBLISH never give an interview, whatever the title says."""
    verdict = judge(item("Technical Interview", method=method), user=USER)
    assert verdict.interview is None
    assert method in verdict.reason


def test_declined_event_is_not_an_interview() -> None:
    """An event the user declined gives no interview."""
    declined = Attendee(person=ME.person, partstat="DECLINED")
    verdict = judge(item("Technical Interview", attendees=(declined,)), user=USER)
    assert verdict.interview is None and "declined" in verdict.reason


def test_own_block_without_other_people() -> None:
    """An event organized by the user with nobody else is the user's own block."""
    verdict = judge(item("Acme Technical Interview", organizer="jordan.lee@example.org"), user=USER)
    assert verdict.interview is None and "own calendar block" in verdict.reason


@pytest.mark.parametrize(
    "title",
    [
        "Mock interview with Sam",
        "Interview practice",
        "Dr. Weber",
        "Press interview with Tech Daily",
    ],
)
def test_lookalike_titles(title: str) -> None:
    """Practice, doctors and press interviews are look-alikes, each with a reason."""
    verdict = judge(item(title), user=USER)
    assert verdict.interview is None and verdict.reason


def test_job_title_words_do_not_trigger_lookalikes() -> None:
    """A role such as "Social Media Manager" does not make an interview a media event."""
    verdict = judge(item("Social Media Manager Interview"), user=USER)
    assert verdict.interview is not None
    assert verdict.interview.role == "Social Media Manager"


def test_weak_title_needs_support_from_the_mail() -> None:
    """ "Chat with Jordan" with guests from two outside domains is an interview only when
    the mail says interview. (With one company meeting the user alone, the shape itself
    is evidence: see test_structural.py.)"""
    guests = (ME, Attendee(person=Person(email="sam@partner-agency.com", name="Sam Ode")))
    bare = judge(item("Chat with Jordan", attendees=guests), user=USER)
    assert bare.interview is None and "score" in bare.reason
    message = ParsedMessage(
        subject="Next step: interview for the Backend Engineer role",
        text="We'd love to set up an interview for the Backend Engineer role.",
    )
    supported = judge(item("Chat with Jordan", attendees=guests), user=USER, message=message)
    assert supported.interview is not None
    assert supported.interview.role == "Backend Engineer"


def test_cancellation_with_few_details_still_withdraws() -> None:
    """A METHOD:CANCEL of an interview-looking event gives a CANCELLED interview."""
    cancelled = item(
        "Phone screen", method="CANCEL", status=CalendarStatus.CANCELLED, attendees=(ME,)
    )
    verdict = judge(cancelled, user=USER)
    assert verdict.interview is not None
    assert verdict.interview.status == CalendarStatus.CANCELLED


def test_company_from_title_when_domains_say_nothing() -> None:
    """With free-mail and ATS addresses only, the company comes from the title."""
    for title, company in [
        ("Interview: Backend Engineer at Acme", "Acme"),
        ("Acme | Onsite", "Acme"),
        ("Acme - Technical Interview", "Acme"),
        ("Interview with Acme", "Acme"),
    ]:
        verdict = judge(item(title, organizer="no-reply@ashbyhq.com"), user=USER)
        assert verdict.interview is not None, title
        assert verdict.interview.company == company, title
        assert verdict.interview.company_domain == ""


def test_interview_with_a_person_is_not_a_company() -> None:
    """ "Interview with Sam Ortiz" does not name Sam as the company."""
    sam = Attendee(person=Person(email="sam.ortiz@gmail.com", name="Sam Ortiz"))
    verdict = judge(
        item("Interview with Sam Ortiz", organizer="sam.ortiz@gmail.com", attendees=(ME, sam)),
        user=USER,
        message=ParsedMessage(text="Looking forward to the interview for the Designer role."),
    )
    assert verdict.interview is not None
    assert verdict.interview.company == ""


def test_custom_lexicon() -> None:
    """An InterviewPhrases with an extra phrase recognises titles the built-in one does not."""
    title = "Fika with the team"
    assert judge(item(title), user=USER).interview is None
    custom = InterviewPhrases(interview=(*DEFAULT_INTERVIEW_PHRASES.interview, "fika"))
    assert judge(item(title), user=USER, phrases=custom).interview is not None


def test_domain_helpers() -> None:
    """Subdomains are stripped and hyphenated labels become company names."""
    assert registrable_domain("mail.eu.acme-robotics.com") == "acme-robotics.com"
    assert registrable_domain("hr.acme.co.uk") == "acme.co.uk"
    assert company_name("corp.acme-robotics.com") == "Acme Robotics"
    assert (
        strip_subject("Updated invitation: Acme | Onsite @ Wed Nov 18, 2026 3pm") == "Acme | Onsite"
    )
    assert find_role("for the Senior Backend Engineer position") == "Senior Backend Engineer"


def test_demo_data() -> None:
    """The bundled demo mail has one interview (Northwind Robotics panel) and four non-events."""
    files = sorted(
        f for f in resources.files("followupd.demo_data").iterdir() if f.name.endswith(".eml")
    )
    assert next(f.name for f in files) == "01-invitation.eml"
    assert len(files) == 5
    first = understand_message(files[0].read_bytes(), user=USER, source="demo")
    interview = first.verdicts[0].interview
    assert interview is not None
    assert interview.company == "Northwind Robotics"
    assert interview.company_domain == "northwind-robotics.example"
    assert interview.role == "Senior Backend Engineer"
    assert interview.start == datetime(2026, 11, 18, 14, tzinfo=UTC)
    assert interview.end == datetime(2026, 11, 18, 15, 30, tzinfo=UTC)
    assert [p.name for p in interview.interviewers] == ["Zoë Müller", "Ken Okafor", "Lena Fischer"]
    for other in files[1:]:
        got = understand_message(other.read_bytes(), user=USER, source="demo")
        assert not any(v.interview for v in got.verdicts), other.name


def _colleague(email: str, name: str) -> Attendee:
    return Attendee(person=Person(email=email, name=name))


def test_company_meeting_about_a_role_is_an_interview() -> None:
    """No word "interview", but a company invites only the user and speaks of the role."""
    lin = _colleague("lin.park@quarrytech.example", "Lin Park")
    verdict = judge(
        item("Lin / Jordan", organizer="sam.reyes@quarrytech.example", attendees=(ME, lin),
             description="Let's walk through the Platform Engineer role and your background."),
        user=USER,
    )  # fmt: skip
    assert verdict.interview is not None
    assert any("only outsider" in reason for reason in verdict.interview.reasons)


def test_german_intro_talk_from_hr_is_an_interview() -> None:
    """ "Kennenlernen" from a company, with the application named, is an interview."""
    message = ParsedMessage(text="Wir freuen uns auf das Gespräch zu Ihrer Bewerbung.")
    verdict = judge(
        item("Kennenlernen Jordan Lee", organizer="hr.team.lead@moorwerk.example"),
        user=USER,
        message=message,
    )
    assert verdict.interview is not None


def test_colleagues_meeting_without_hiring_words_is_not_an_interview() -> None:
    """A sprint planning from the user's colleagues speaks of no role or application."""
    mate = _colleague("kai@currentco.example", "Kai Berg")
    verdict = judge(
        item("Sprint planning", organizer="ana@currentco.example", attendees=(ME, mate),
             description="Chat with the team about the next iteration's tickets."),
        user=USER,
    )  # fmt: skip
    assert verdict.interview is None


def test_outside_attendee_from_elsewhere_is_no_hiring_context() -> None:
    """When another outsider is invited too, the meeting is not the company meeting the user."""
    guest = _colleague("ola@partnerfirm.example", "Ola Nilsen")
    verdict = judge(
        item("Chat with Quarry", organizer="sam.reyes@quarrytech.example", attendees=(ME, guest),
             description="About the integration role of our API."),
        user=USER,
    )  # fmt: skip
    assert verdict.interview is None


def test_user_interviewing_a_candidate_is_not_their_interview() -> None:
    """A title naming a candidate other than the user: the user sits on the other side."""
    verdict = judge(item("Technical interview – candidate Alex Moreau"), user=USER)
    assert verdict.interview is None and "candidate" in verdict.reason
    mine = judge(item("Candidate call: Jordan Lee, Backend Engineer interview"), user=USER)
    assert mine.interview is not None


def test_skills_webinar_stays_a_webinar() -> None:
    """A course on interviewing, even from a company that names recruiters, is no interview."""
    verdict = judge(
        item("Webinar: interviewing skills for engineers", organizer="ines@careerpath.example",
             description="Our recruiter explains what happens in the hiring process."),
        user=USER,
    )  # fmt: skip
    assert verdict.interview is None


def test_company_name_spelled_in_the_text() -> None:
    """A domain without separators takes the spelling the invitation uses for it."""
    verdict = judge(
        item("Intro call – Silver Fern Analytics | Data Engineer interview",
             organizer="kate@silverfernanalytics.example"),
        user=USER,
    )  # fmt: skip
    assert verdict.interview is not None
    assert verdict.interview.company == "Silver Fern Analytics"


def _to_user(subject: str = "Your interview schedule", sender: str = "scheduling@goodtime.io",
             to: tuple[Person, ...] = (ME.person,), cc: tuple[Person, ...] = ()) -> ParsedMessage:  # fmt: skip
    return ParsedMessage(subject=subject, sender=Person(email=sender), to=to, cc=cc)


def test_a_published_schedule_mailed_to_the_user_is_an_interview() -> None:
    """METHOD:PUBLISH sent to the user (in To) about their interview is judged like an
    invitation; its people come from the description when it lists no attendees."""
    published = item(
        "Interview: System design (Acme Robotics)", method="PUBLISH", attendees=(),
        organizer="scheduling@goodtime.io",
        description="Interviewer: Sam Ortiz <sam.ortiz@acme-robotics.com>",
    )  # fmt: skip
    verdict = judge(published, user=USER, message=_to_user())
    assert verdict.interview is not None
    assert [p.email for p in verdict.interview.interviewers] == ["sam.ortiz@acme-robotics.com"]


@pytest.mark.parametrize(
    "message",
    [
        None,  # a published event with no mail around it
        _to_user(to=(Person(email="someone@example.net"),), cc=(ME.person,)),  # the user in Cc
        _to_user(sender="jordan.lee@example.org"),  # the user's own mail
    ],
)
def test_other_published_events_stay_announcements(message: ParsedMessage | None) -> None:
    """PUBLISH not mailed to the user by someone else is still no invitation."""
    published = item("Interview: System design", method="PUBLISH", attendees=())
    verdict = judge(published, user=USER, message=message)
    assert verdict.interview is None and "PUBLISH" in verdict.reason


def test_a_published_event_needs_its_own_words_of_an_interview() -> None:
    """A parking booking mailed in an interview thread is not the interview."""
    parking = item(
        "Parking spot P2", method="PUBLISH", attendees=(), organizer="no-reply@park.example"
    )
    verdict = judge(parking, user=USER, message=_to_user(subject="Your interview with Acme"))
    assert verdict.interview is None and "own title or description" in verdict.reason


def test_the_sessions_of_a_published_schedule_are_interviews_with_their_people() -> None:
    """A session of "Your interview schedule with Acme" that names its people is an
    interview even when its own title does not say so; one with nobody stays out."""
    session = item(
        "Acme - Technical deep dive: frontend architecture", method="PUBLISH",
        attendees=(ME, Attendee(person=Person(email="anika.roy@acme-robotics.com", name="Anika Roy"))),
        organizer="no-reply@greenhouse.io",
    )  # fmt: skip
    message = _to_user(subject="Your interview schedule with Acme", sender="no-reply@greenhouse.io")
    verdict = judge(session, user=USER, message=message)
    assert verdict.interview is not None, verdict.reason
    assert [p.email for p in verdict.interview.interviewers] == ["anika.roy@acme-robotics.com"]
    lunch_alone = item("Acme - Break", method="PUBLISH", attendees=(ME,),
                       organizer="no-reply@greenhouse.io")  # fmt: skip
    assert judge(lunch_alone, user=USER, message=message).interview is None


@pytest.mark.parametrize(
    ("title", "subject", "organizer"),
    [
        # a webinar sent as an invitation: its title and the mail say so
        (
            "Live: Acing the System Design Interview",
            "You're registered: Acing the System Design Interview (Oct 20)",
            "events@hirecraft.example",
        ),
        # a paid mock interview booked with a coach: only the subject says what it is
        (
            "Ethan Brooks and Coach Renee Alston",
            "Confirmed: Mock Interview Session (paid coaching) with Coach Renee Alston",
            "renee@careerlift.example",
        ),
    ],
    ids=["webinar", "mock-interview"],
)
def test_lookalikes_said_in_the_title_or_the_mail_subject(
    title: str, subject: str, organizer: str
) -> None:
    """A webinar or a coach's mock interview is no job interview, whether its title or
    only the mail's subject says so."""
    message = ParsedMessage(
        subject=subject, sender=Person(email="notifications@calendly.com"), to=(ME.person,)
    )
    verdict = judge(item(title, organizer=organizer), user=USER, message=message)
    assert verdict.interview is None
    assert "a webinar, course or event" in verdict.reason or "preparation" in verdict.reason


def test_an_event_word_inside_a_company_name_is_no_lookalike() -> None:
    """ "Summit Analytics" and "Conference Partners" are companies; a one-word "Summit"
    stays as likely the event it names."""
    for title, organizer in (
        ("Interview - Summit Analytics", "kim@summit-analytics.example"),
        ("Technical interview – Conference Partners Inc", "helen@conferencepartners.example"),
    ):
        verdict = judge(item(title, organizer=organizer), user=USER)
        assert verdict.interview is not None, (title, verdict.reason)
    summit = judge(item("Summit 2026: interview skills", organizer="events@summit.example"),
                   user=USER)  # fmt: skip
    assert summit.interview is None and "Summit" in summit.reason


def test_the_guest_of_a_show_is_no_candidate() -> None:
    """ "Interview: Jordan Lee" recorded for a podcast episode is a media interview; a job
    interview at a radio station (a role is named) stays a job interview."""
    guest = item(
        "Interview: Jordan Lee", organizer="marcus@datapod.example",
        description="Recording session for The Data Pod, episode 57. You'll be our guest.",
    )  # fmt: skip
    verdict = judge(guest, user=USER)
    assert verdict.interview is None and "media interview" in verdict.reason
    job = item(
        "Interview: Jordan Lee", organizer="hr@radio-nord.example",
        description="Interview for the Audio Engineer position; you'd work on our show's studio.",
    )  # fmt: skip
    assert judge(job, user=USER).interview is not None


def test_entrevue_is_an_interview_word() -> None:
    """A French "Entrevue" from a personal (free-mail) organizer about the poste is one."""
    entrevue = item(
        "Entrevue", organizer="claire.martin@icloud.com",
        description="Entrevue pour le poste de développeur backend.",
    )  # fmt: skip
    verdict = judge(entrevue, user=USER)
    assert verdict.interview is not None
    assert verdict.interview.role == "développeur backend"


@pytest.mark.parametrize(
    "title",
    [
        "一次面接：佐藤美咲様（iOSエンジニア）",
        "最終面接のご案内",
        "Intervju Elin Lindqvist – Projektledare",
    ],
)
def test_interview_words_of_unspaced_and_nordic_scripts(title: str) -> None:
    """ "一次面接" (first interview) inside a Japanese title, where no space bounds a word,
    and the Swedish "Intervju", are interview words as "Interview" is."""
    verdict = judge(item(title), user=USER)
    assert verdict.interview is not None, verdict.reason
