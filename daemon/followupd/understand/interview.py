"""Is this calendar item a job interview? An explainable score, and the Interview it describes.

`judge` first rules out what is never an invitation to an interview (responses,
published events, declined ones, cancellations of something else) and the
look-alikes (a dentist, an "Interview tips" webinar, a podcast interview, lunch
with a friend, the user's own prep block). It then adds up positive evidence,
each piece a reason in words, and decides against `REQUIRED_SCORE`.
The phrase lists live in `InterviewPhrases` so that users can extend them later.
An invitation with more than `MAX_INTERVIEWERS` people besides the user is an
event (a town hall, a webinar), not an interview: it never gets per-person drafts.
One that scores as an interview on everything else comes back as the verdict's
`crowded` interview, so that the user gets one note about it instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from followupd.domain.model import (
    CalendarItem,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    UserIdentity,
    Verdict,
)
from followupd.domain.words import WholeWords, whole_words
from followupd.understand import people
from followupd.understand.ics import MAX_ATTENDEES_READ
from followupd.understand.meeting import one_company_meeting
from followupd.understand.naming import JOB_TITLE, find_company, find_role, normalize, strip_subject
from followupd.understand.textpeople import people_absent, people_named, titles_of

REQUIRED_SCORE = 4
# The most people (besides the user) an interview has: a panel or an onsite loop stays
# below it; above it, the invitation is an event and nobody gets a thank-you draft.
MAX_INTERVIEWERS = 12
REQUIRED_SCORE_CANCELLED = 3  # a cancellation carries fewer details; the tracker matches by uid
# METHOD:PUBLISH is an announcement, not an invitation, except for a schedule sent to the
# user themself about their interview (ModernLoop, GoodTime): see `_published_to_user`.
NOT_INVITATIONS = {
    "REPLY": "METHOD:REPLY is an attendee's answer, not an invitation",
    "COUNTER": "METHOD:COUNTER proposes a new time; it is not an invitation",
    "DECLINECOUNTER": "METHOD:DECLINECOUNTER answers a counter-proposal; it is not an invitation",
    "REFRESH": "METHOD:REFRESH asks for the latest version; it is not an invitation",
    "PUBLISH": "METHOD:PUBLISH publishes an event (a booking or announcement); nobody is invited",
}


# The user sits on the other side of the table: an interviewer, not the candidate.
_USER_IS_INTERVIEWER = (
    r"as\s+(?:an?\s+)?interviewer|interviewer\s+training|scorecard|"
    r"(?:you(?:'ll|’ll|\s+will)\s+be|you(?:'re|’re|\s+are))\s+interviewing|"
    r"you(?:'re|’re|\s+are)\s+(?:the|an|one\s+of\s+the)\s+interviewers?\b|interview\s+kit|"
    r"(?:scheduled|asked|invited|booked)\s+to\s+interview\s+(?!you\b)|interview\s+a\s+candidate|"
    r"Interviewer(?:in)?\s+für|en\s+tant\s+qu['’]intervieweur|como\s+entrevistador"
)
# An invitation's mail says so (a candidate's own schedule says "interview schedule for").
USER_IS_INTERVIEWER = re.compile(_USER_IS_INTERVIEWER, re.IGNORECASE)
USER_INTERVIEWS = re.compile(
    rf"{_USER_IS_INTERVIEWER}|interview\s+panel\s+for|feedback\s+form|please\s+interview|"
    r"interview\s+(?:loop|schedule)\s+for\s+(?!you)",
    re.IGNORECASE,
)


# A session's title naming its people: "Case Study mit Felix Wagner und Aylin Demir".
_SESSION_WITH = re.compile(r"\s(?:with|mit|avec|con|met)\s+(\S.{0,200})$", re.IGNORECASE)


@dataclass(frozen=True)
class InterviewPhrases:
    """The phrases `judge` looks for in calendar items, lower-case (not the mail signal
    phrases of `understand.lexicon`); a later version reads user additions."""

    interview: tuple[str, ...] = (
        "interview", "interviews", "phone screen", "phone screening", "screening call",
        "screening interview", "recruiter call", "recruiter screen", "technical screen",
        "tech screen", "onsite", "on-site", "final round", "final loop", "interview loop",
        "onsite loop", "virtual onsite", "hiring manager", "coding exercise",
        "coding challenge review", "pair programming session", "pair programming",
        "system design", "take-home review", "job interview", "vorstellungsgespräch",
        "vorstellungsgespräche", "bewerbungsgespräch", "bewerbungsinterview", "jobinterview",
        "entretien", "entretiens", "entretien d'embauche", "entretien d’embauche", "entrevue",
        "entrevues", "entrevue d'embauche", "entrevista", "entrevistas", "entrevista de trabajo",
        "colloquio", "colloquio di lavoro", "sollicitatiegesprek", "vor-ort-termin",
        "vor-ort-gespräch", "vorstellungstermin", "kennismakingsgesprek", "tweede gesprek",
        "vervolggesprek", "selectiegesprek", "colloqui", "entrevista de emprego",
        # Swedish, Danish, Norwegian, Polish, Japanese
        "intervju", "intervjun", "anställningsintervju", "jobintervju", "jobbintervju",
        "rekrutteringssamtale", "ansættelsessamtale", "rozmowa kwalifikacyjna",
        "rozmowę kwalifikacyjną", "面接", "一次面接", "二次面接", "最終面接", "カジュアル面談",
    )  # fmt: skip
    supporting: tuple[str, ...] = (
        "panel", "chat with", "intro call", "introductory call", "meet the team",
        "conversation with", "call with", "culture fit", "team fit", "loop", "kennenlernen",
        "kennenlerngespräch", "next steps", "culture add", "values fit", "fachgespräch",
        "technical round", "intro chat", "coffee with", "get to know", "rencontre",
        "premier échange", "échange avec", "appel avec", "charla", "conversación con",
        "llamada con",
    )  # fmt: skip
    # Words saying a meeting is about hiring the user (see `_hiring_context`): regexes.
    hiring: tuple[str, ...] = (
        r"(?:the|this|that|our|a)\s+(?:[\w/+-]+\s+){0,4}(?:role|position|opening|vacancy)"
        r"(?!\s+to\b)",
        r"your\s+(?:application|candidacy|background|cv|resume|résumé)",
        r"(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+interest\s+in\s+(?:the|our|joining))|"
        r"you\s+(?:recently\s+)?applied\s+(?:for|to)|(?<!\w)applied\s+for\s+(?:the|our|a)\b",
        r"(?:step|stage|round)\s+(?:in|of)\s+(?:our|the|your)\s+(?:\w+\s+)?process",
        r"(?:hiring|recruiting|recruitment|interview|selection|application)\s+process",
        r"hiring\s+(?:manager|team)|we(?:'re|\s+are)\s+hiring",
        r"recruiter|talent\s+acquisition|human\s+resources|(?-i:HR)",
        r"Bewerbung|Ihre\s+Kandidatur|(?:die|der|unsere)\s+(?:offene\s+)?(?:Stelle|Position)|"
        r"Personalabteilung|Bewerbungsprozess|Auswahlprozess",
        r"(?:votre\s+)?candidature|le\s+poste|recrutement|ressources\s+humaines",
        r"(?:tu|su)\s+candidatura|el\s+puesto|proceso\s+de\s+selección|sollicitatie|vacature",
    )  # fmt: skip
    # A title naming a candidate other than the user: the user interviews someone.
    candidate: tuple[str, ...] = ("candidate", "kandidat", "kandidatin", "bewerber", "bewerberin",
                                  "candidat", "candidata", "candidato")  # fmt: skip
    lookalikes: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("a medical or personal appointment", (
            "dentist", "dental", "doctor", "dr.", "physician", "clinic", "check-up", "checkup",
            "hygienist", "zahnarzt", "arzt", "arzttermin", "médecin", "dentiste", "therapy",
            "therapist", "physio", "optician", "vet", "haircut", "hairdresser", "friseur",
        )),
        ("a webinar, course or event", (
            "webinar", "tips", "workshop", "masterclass", "course", "bootcamp", "training",
            "seminar", "info session", "career fair", "job fair", "meetup", "conference",
            "office hours", "live q&a", "livestream", "summit", "tipps", "live:",
            "you're registered", "you’re registered", "you are registered", "registration",
            "acing", "how to ace", "ace your", "ask me anything", "webinaire", "webinario",
            "conseils", "consejos", "réussir son", "réussir votre", "atelier", "taller",
            "speaking slot", "speaker", "your talk",
        )),
        ("an interview that is not for a job (admissions, membership, volunteering)", (
            "admissions", "admission interview", "mba", "membership", "co-op board", "coop board",
            "volunteer", "volunteering", "docent", "scholarship", "visa", "citizenship",
            "parent-teacher", "tenant", "housing", "admisión", "admission",
        )),
        ("a media interview (podcast, press)", (
            "podcast", "press", "media", "journalist", "radio", "tv", "episode", "magazine",
            "newspaper", "blog", "reporter", "on air", "documentary", "a feature on",
            "doing a feature", "for a story", "for an article", "our readers", "our listeners",
        )),
        ("the user's own preparation", (
            "interview prep", "prep for", "preparation", "mock interview", "practice",
            "rehearsal", "prep session", "vorbereitung", "prep", "coaching", "career coach",
            "interview coach", "mock",
        )),
    )  # fmt: skip
    social: tuple[str, ...] = (
        "lunch", "dinner", "breakfast", "brunch", "drinks", "birthday", "party", "bbq",
        "wedding", "game night", "catch up", "catch-up", "mittagessen", "abendessen",
    )  # fmt: skip
    marketing_domains: tuple[str, ...] = (
        "on24.com", "gotowebinar.com", "goto.com", "hubspot.com", "hubspotemail.net",
        "mailchimp.com", "mcsv.net", "eventbrite.com", "livestorm.co", "bigmarker.com",
        "hopin.com", "sendgrid.net", "mailgun.org", "constantcontact.com", "campaign-archive.com",
        "webinarjam.com", "demio.com", "airmeet.com", "luma-mail.com", "lu.ma", "meetup.com",
    )  # fmt: skip


DEFAULT_INTERVIEW_PHRASES = InterviewPhrases()


@cache
def _phrase(phrase: str) -> WholeWords:
    return whole_words(re.escape(phrase))


def _found(phrases: tuple[str, ...], text: str) -> str:
    """The first phrase found in text (word-bounded, case-insensitive), or ''."""
    for phrase in phrases:
        match = _phrase(phrase).search(text)
        if match:
            return match.group(0)
    return ""


@dataclass
class _Evidence:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    interview_words: bool = False

    def add(self, points: int, reason: str, *, interview: bool = False) -> None:
        self.score += points
        self.reasons.append(reason)
        self.interview_words = self.interview_words or interview


def judge(
    item: CalendarItem,
    *,
    user: UserIdentity,
    message: ParsedMessage | None = None,
    source: str = "",
    phrases: InterviewPhrases = DEFAULT_INTERVIEW_PHRASES,
    known: str = "",
) -> Verdict:
    """Decide whether `item` is a job interview for `user`; explain why or why not.
    `known`: why its message belongs to a hiring conversation already followed, or ''."""
    title = item.summary.strip()
    subject = strip_subject(message.subject) if message else ""
    interviewers = _interviewers(item, user)
    published = item.method == "PUBLISH" and not item.attendees and message is not None
    session = _SESSION_WITH.search(title[:300]) if published else None
    if message is not None and session:
        # A session of a published schedule invites no one; its title names its people
        # ("Case Study mit Felix Wagner und Aylin Demir"), their addresses in the mail.
        found = people_named(f"Meeting with {session.group(1)}", message, user)
        named = tuple(p for p in found.people if not people.is_role_mailbox(p.email))
        if named or found.without_address:  # someone named without an address: no one else
            interviewers = named
    absent: tuple[str, ...] = ()
    if message is not None and len(interviewers) > 1:
        gone = people_absent(message.text, message, user, interviewers)
        kept = tuple(p for p in interviewers if p.email.lower() not in gone)
        if kept:
            absent = tuple(sorted(p.email.lower() for p in interviewers if p not in kept))
            interviewers = kept
    arranger = _arranger_only(item, message, user, interviewers)
    if arranger:
        absent = tuple(sorted({*absent, arranger}))
        interviewers = tuple(p for p in interviewers if p.email.lower() != arranger)
    if not interviewers and item.method == "PUBLISH" and message is not None:
        # A published schedule names no attendees: its description names the people.
        named = people_named(item.description, message, user).people
        interviewers = tuple(p for p in named if not people.is_role_mailbox(p.email))
    company, company_domain, company_reason = find_company(item, interviewers, message, user)
    spelled = company if company_domain and spells_domain(company, company_domain) else ""
    no = _ruled_out(item, user, message, title, phrases, spelled)
    if no:
        return Verdict(item_uid=item.uid, reason=no)
    # A session of an interview schedule ("Your interview schedule with Acme") need not
    # say "interview" itself: the mail says it, and the session has its people.
    schedule = bool(
        interviewers
        and _found(phrases.interview, subject)
        and _published_to_user(item, message, user)
    )
    if (
        item.method == "PUBLISH"
        and not schedule
        and not _found(phrases.interview, f"{title}\n{item.description}")
    ):
        return Verdict(
            item_uid=item.uid,
            reason="METHOD:PUBLISH: a published event is an interview only when its own title or"
            " description says so, or it is a session with people of a schedule the mail's"
            " subject calls an interview",
        )
    # A crowd is never an interview, but it is judged all the same: one that scores as
    # an interview on everything else is `Verdict.crowded` (the user gets a note).
    crowd = too_many_people(item, interviewers)
    if item.organizer and user.is_me(item.organizer.email) and not interviewers:
        return Verdict(
            item_uid=item.uid,
            reason="the user's own calendar block: organized by the user, no other human invited",
        )
    evidence = _evidence(item, message, title, subject, phrases)
    hiring = _hiring_context(item, message, user, interviewers, phrases)
    if hiring:
        evidence.add(2, hiring, interview=True)
    elif known and interviewers:
        evidence.add(3, known, interview=True)
    alone = one_company_meeting(item, message, user, interviewers)
    if alone:
        evidence.add(2 if hiring else 3, alone, interview=True)
    role = find_role(title, subject, message.text if message else "", item.description)
    if company_reason:
        evidence.add(1, company_reason)
    if role:
        evidence.add(1, f"role “{role}” stated")
    cancelled = item.status == CalendarStatus.CANCELLED
    needed = REQUIRED_SCORE_CANCELLED if cancelled else REQUIRED_SCORE
    if not evidence.interview_words or evidence.score < needed:
        if crowd:
            return Verdict(item_uid=item.uid, reason=crowd)
        said = "; ".join(evidence.reasons) or "no evidence"
        return Verdict(
            item_uid=item.uid,
            reason=f"not enough evidence of a job interview (score {evidence.score} < {needed}:"
            f" {said})",
        )
    interview = Interview(
        uid=item.uid,
        sequence=item.sequence,
        dtstamp=item.dtstamp,
        status=item.status,
        title=title or subject,
        start=item.start,
        end=item.end,
        interviewers=interviewers,
        organizer=item.organizer,
        company=company,
        company_domain=company_domain,
        role=role,
        join_url=item.join_url,
        location=item.location,
        source=source,
        reasons=(*evidence.reasons, f"score {evidence.score} ≥ {needed}"),
        absent=absent,
        titles=titles_of(interviewers, item.description, message.text if message else ""),
    )
    if crowd:
        # A cancelled crowd needs no note: there is nobody to thank for it.
        return Verdict(item_uid=item.uid, reason=crowd, crowded=None if cancelled else interview)
    return Verdict(item_uid=item.uid, interview=interview)


def as_interview(
    item: CalendarItem,
    *,
    user: UserIdentity,
    message: ParsedMessage | None = None,
    source: str = "",
    reason: str = "marked as an interview by you",
) -> Interview | None:
    """The item as an interview, whatever `judge` said: the user says it is one
    (`followupd mark MESSAGE interview`). None for an item the user declined."""
    if any(user.is_me(a.person.email) and a.partstat == "DECLINED" for a in item.attendees):
        return None
    interviewers = _interviewers(item, user)[:MAX_INTERVIEWERS]
    company, company_domain, _ = find_company(item, interviewers, message, user)
    subject = strip_subject(message.subject) if message else ""
    return Interview(
        uid=item.uid,
        sequence=item.sequence,
        dtstamp=item.dtstamp,
        status=item.status,
        title=item.summary.strip() or subject,
        start=item.start,
        end=item.end,
        interviewers=interviewers,
        organizer=item.organizer,
        company=company,
        company_domain=company_domain,
        role=find_role(item.summary, subject, item.description),
        join_url=item.join_url,
        location=item.location,
        source=source,
        reasons=(reason,),
    )


def _published_to_user(
    item: CalendarItem, message: ParsedMessage | None, user: UserIdentity
) -> bool:
    """A METHOD:PUBLISH event mailed to the user themself (in To), by someone else, and
    inviting nobody else: a schedule of the user's own (an interview loop from a
    scheduling service). It is then judged like an invitation."""
    if item.method != "PUBLISH" or message is None or message.sender is None:
        return False
    if user.is_me(message.sender.email) or not any(user.is_me(p.email) for p in message.to):
        return False
    others = [a for a in item.attendees if not user.is_me(a.person.email)]
    listed_me = any(user.is_me(a.person.email) for a in item.attendees)
    return not item.attendees or listed_me or len(others) <= MAX_INTERVIEWERS


def without_name(text: str, name: str) -> str:
    """`text` without a company's name of two or more words ("Summit Analytics"): the
    words of a name are no look-alike ("summit"). A one-word name stays: "Summit" alone
    is as likely the event as the company."""
    if len(name.split()) < 2:
        return text
    return re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)


def spells_domain(name: str, domain: str) -> bool:
    """The name is its domain spelled out: "Summit Analytics" for summit-analytics.com
    (not "Summit 2026", an event's name, for summit.example)."""
    return normalize(name) == normalize(domain.split(".", 1)[0])


# A production the user would take part in as a guest: strong words name one alone
# ("podcast", "episode"); weak ones ("our show", "listeners") need a guest's words.
_PRODUCTION_STRONG = (
    r"podcasts?|episodes?|épisode|episodio|Sendung|émission|livestream|live\s+stream|"
    r"broadcast|on\s+air|radio\s+show|"
    # the press: "a features writer at Pharmacy Practice Today"
    r"features?\s+(?:writer|editor)|journalist|reporter|magazine|newspaper|Zeitschrift|"
    r"Redakteur(?:in)?|periodista|revista|jornalista"
)
_PRODUCTION = (
    r"(?:our|the|this|my|your)\s+(?:show|channel|programme|program|series|audience)|listeners|"
    r"viewers|recording(?:\s+session)?|YouTube|studio|"
    r"(?:our|the|next|upcoming|this)\s+(?:\w+\s+)?(?:issue|edition)|our\s+readers|"
    r"(?:a|an|the)\s+(?:piece|article|story|feature)\s+(?:for|on|about|in)"
)
_GUEST = (
    r"(?:our|a|as\s+(?:a|our|the))\s+guest|guests?\s+(?:on|appearance|speaker|slot|list)|"
    r"(?:have|feature|host)\s+you\s+(?:on|as)|hosted\s+by|your\s+host|als\s+Gast|"
    r"comme\s+invité(?:e)?|como\s+invitad[oa]|interview\s+you\s+(?:on|for)\s+(?:our|the|my)|"
    r"(?:the|a)\s+person\s+to\s+(?:talk|speak)\s+to|your\s+(?:views|perspective|expertise)|"
    r"(?:quote|interview)\s+you\b"
)
# "Interview request - oral chemo feature": a press interview said in the subject.
PRESS_SUBJECT = re.compile(
    r"(?<!\w)interview(?:\s+request)?\b.{0,60}\b(?:feature|article|story|column|magazine|"
    r"newspaper|podcast|episode|documentary)(?!\w)|(?<!\w)(?:feature|article|story|podcast|"
    r"magazine)\b.{0,60}\binterview(?!\w)",
    re.IGNORECASE,
)


def media_guest(*texts: str, phrases: InterviewPhrases = DEFAULT_INTERVIEW_PHRASES) -> str:
    """Why the texts show the user as the guest of a show, podcast or episode; or ''.

    A production (a podcast, an episode) and the user as its guest ("our guest", "have
    you on"), or two words of a production; never when the texts also speak of hiring
    (a role, an application: a job at a radio station is still a job).
    """
    joined = "\n".join(t[:20_000] for t in texts)
    strong = _pattern(_PRODUCTION_STRONG).search(joined)
    weak = _pattern(_PRODUCTION).search(joined)
    guest = _pattern(_GUEST).search(joined)
    words = [m.group(0) for m in (strong, weak, guest) if m]
    if not ((strong and (weak or guest)) or (weak and guest)):
        return ""
    if any(_pattern(p).search(joined) for p in phrases.hiring):
        return ""
    return "it speaks of " + " and ".join(f'"{w}"' for w in words)


def too_many_people(item: CalendarItem, interviewers: tuple[Person, ...]) -> str:
    """Why an invitation with more than `MAX_INTERVIEWERS` people is an event; or ''."""
    if len(interviewers) <= MAX_INTERVIEWERS:
        return ""
    count = f"{len(interviewers)}"
    if len(item.attendees) >= MAX_ATTENDEES_READ:
        count = f"more than {len(interviewers)}"
    return (
        f"{count} attendees: an event, not an interview (an interview has at most"
        f" {MAX_INTERVIEWERS} people besides the user)"
    )


def _ruled_out(
    item: CalendarItem,
    user: UserIdentity,
    message: ParsedMessage | None,
    title: str,
    phrases: InterviewPhrases,
    company: str = "",
) -> str:
    """The reason this item can never be an interview, or ''."""
    if item.method in NOT_INVITATIONS and not _published_to_user(item, message, user):
        return NOT_INVITATIONS[item.method]
    for attendee in item.attendees:
        if user.is_me(attendee.person.email) and attendee.partstat == "DECLINED":
            return "the user declined this event"
    # A job title or a company's name may contain look-alike words ("Social Media
    # Manager", "Summit Analytics"): judge the rest.
    role = find_role(title)
    bare = without_name(title.replace(role, " ") if role else title, company)
    if role or JOB_TITLE.search(title):
        # "Kennenlernen mit Dr. Miriam Vogt (Head of Product)": a doctorate, no doctor.
        bare = re.sub(r"(?<!\w)dr\.?(?=\s)", " ", bare, flags=re.IGNORECASE)
    for category, alike in phrases.lookalikes:
        word = _found(alike, bare)
        if word:
            return f'title "{title}" says "{word}": {category}'
    # The mail's subject says what the event is when its title is only names
    # ("Ethan Brooks and Coach Renee": "Confirmed: Mock Interview Session").
    subject = strip_subject(message.subject) if message else ""
    subject_role = find_role(subject)
    bare_subject = without_name(subject.replace(subject_role, " ") if subject_role else subject,
                                company)  # fmt: skip
    for category, alike in phrases.lookalikes:
        word = _found(alike, bare_subject) if not category.startswith("a medical") else ""
        if word:
            return f'the mail subject "{subject}" says "{word}": {category}'
    said = f"{item.description[:5000]}\n{message.text[:5000] if message else ''}"
    if USER_IS_INTERVIEWER.search(said):
        return "the mail says the user is the interviewer, not the candidate"
    if _found(phrases.candidate, bare) and not _names_user(title, user):
        return (
            f'title "{title}" names a candidate who is not the user: the user interviews'
            " someone else"
        )
    social = _found(phrases.social, bare)
    if social and not _found(phrases.interview, title):
        return f'title "{title}" says "{social}" and nothing says interview: a social event'
    media = media_guest(
        title, item.description, message.subject if message else "",
        message.text if message else "", phrases=phrases,
    )  # fmt: skip
    if media:
        return f"{media}: a media interview (the user is a guest), not a job interview"
    senders = [item.organizer] if item.organizer else []
    if message and message.sender:
        senders.append(message.sender)
    for person in senders:
        domain = people.domain_of(person.email)
        if any(domain == d or domain.endswith("." + d) for d in phrases.marketing_domains):
            return f"sent by a marketing or webinar platform ({domain})"
    return ""


def _evidence(
    item: CalendarItem,
    message: ParsedMessage | None,
    title: str,
    subject: str,
    phrases: InterviewPhrases,
) -> _Evidence:
    evidence = _Evidence()
    word = _found(phrases.interview, title)
    if word:
        evidence.add(3, f'title says "{title}"', interview=True)
    else:
        weak = _found(phrases.supporting, title)
        if weak:
            evidence.add(1, f'title mentions "{weak}"')
    if subject and normalize(subject) != normalize(title):
        word = _found(phrases.interview, subject)
        if word:
            evidence.add(2, f'mail subject says "{subject}"', interview=True)
    for label, text in (
        ("description", item.description),
        ("mail text", message.text if message else ""),
    ):
        word = _found(phrases.interview, text)
        if word:
            evidence.add(1, f'{label} mentions "{word}"', interview=True)
    ats = _ats_domain(item, message)
    if ats and people.registrable_domain(ats) in people.GENERIC_SCHEDULERS:
        evidence.add(1, f"booked through a scheduling tool ({ats})")
    elif ats:
        evidence.add(3, f"scheduled through a hiring system ({ats})", interview=True)
    return evidence


def _names_user(text: str, user: UserIdentity) -> bool:
    words = {w.casefold() for w in re.findall(r"\w+", user.name) if len(w) > 1}
    words |= {re.split(r"[._-]", a.split("@")[0])[0].casefold() for a in user.addresses()}
    return any(w in words for w in re.findall(r"\w+", text.casefold()))


def _hiring_context(
    item: CalendarItem,
    message: ParsedMessage | None,
    user: UserIdentity,
    interviewers: tuple[Person, ...],
    phrases: InterviewPhrases,
) -> str:
    """Why this meeting is about hiring the user, without the word interview; or ''.

    A company (not free-mail, not the user's own domain) organises it, every other
    person taking part is from that company (the user is the only outsider), and
    its words speak of hiring: a role, an application, the process, "your background",
    a recruiter. Colleagues' meetings at the user's employer do not speak of these.
    """
    if item.organizer is None or not interviewers:
        return ""
    domain = people.company_domain(item.organizer.email)
    own = {people.registrable_domain(people.domain_of(a)) for a in user.addresses()}
    if not domain or domain in own:
        return ""
    if any(people.company_domain(p.email) != domain for p in interviewers):
        return ""
    texts = (item.summary, item.description, message.subject if message else "",
             message.text if message else "")  # fmt: skip
    for text in texts:
        for pattern in phrases.hiring:
            match = _pattern(pattern).search(text)
            if match:
                return (
                    f"a meeting of {domain} with the user as the only outsider, about hiring"
                    f' ("{match.group(0)}")'
                )
    return ""


@cache
def _pattern(pattern: str) -> WholeWords:
    return whole_words(pattern)


def _ats_domain(item: CalendarItem, message: ParsedMessage | None) -> str:
    candidates: list[Person] = [a.person for a in item.attendees]
    if item.organizer:
        candidates.insert(0, item.organizer)
    if message:
        candidates[:0] = [p for p in (message.sender, *message.reply_to) if p]
    for person in candidates:
        domain = people.domain_of(person.email)
        if people.is_ats_domain(domain):
            return domain
    return ""


def _interviewers(item: CalendarItem, user: UserIdentity) -> tuple[Person, ...]:
    """Organizer and attendees who are humans taking part, not the user, rooms or robots."""
    silent = {a.person.email for a in item.attendees if a.role == "NON-PARTICIPANT"}
    silent |= {a.person.email for a in item.attendees if people.looks_like_room(a)}
    candidates: list[Person] = []
    if item.organizer:
        candidates.append(item.organizer)
    candidates.extend(a.person for a in item.attendees)
    found: dict[str, Person] = {}
    for person in candidates:
        email = person.email.lower()
        if user.is_me(email) or email in silent or people.is_role_mailbox(email):
            continue
        if email not in found or (person.name and not found[email].name):
            found[email] = person
    return _without_arranger(item, tuple(found.values()))


_COORDINATOR = re.compile(
    r"(?<!\w)(?:(?:interview|recruiting|recruitment|talent|scheduling)\s+coordinat(?:or|ion)|"
    r"coordinator|scheduler|koordinator(?:in)?|coordinat(?:rice|eur)|coordinadora?)(?!\w)"
)


def _arranger_only(
    item: CalendarItem,
    message: ParsedMessage | None,
    user: UserIdentity,
    interviewers: tuple[Person, ...],
) -> str:
    """The organizer's address when the mail names the interviewers and not them
    ("Interviewers: Priyanka Das, Tomasz Wilk" from the coordinator; "Your interview
    with Rosa Delgado" from the recruiter), else ''."""
    organizer = item.organizer.email.lower() if item.organizer else ""
    if message is None or organizer not in {p.email.lower() for p in interviewers}:
        return ""
    named = people_named(message.text[:20_000], message, user)
    if named.sender_takes_part:
        return ""
    emails = {p.email.lower() for p in named.people}
    names = {n.casefold() for n in (*named.without_address, *(p.name for p in named.people))}

    def said(person: Person) -> bool:
        return person.email.lower() in emails or (
            bool(person.name) and person.name.casefold() in names
        )

    text = " ".join(message.text[:20_000].split()).casefold()
    coordinated = _COORDINATOR.search(text) is not None  # "Interview Coordinator" signs it

    def written(person: Person) -> bool:
        """Named anywhere in the mail by their full name ("10:00 - 10:45 Coding - Ravi
        Chandran, Senior Engineer" on a schedule's line)."""
        full = " ".join(person.name.split()).casefold()
        return said(person) or (len(full.split()) >= 2 and full in text and coordinated)

    others = [p for p in interviewers if p.email.lower() != organizer]
    mine = next(p for p in interviewers if p.email.lower() == organizer)
    if said(mine):
        return ""
    if not others:  # an agency's entry for "a second interview with Hannah Lowe and …"
        first = mine.name.split()[0].casefold() if mine.name.split() else ""
        return organizer if names and first not in {n.split()[0] for n in names} else ""
    return organizer if any(written(p) for p in others) else ""


def _without_arranger(item: CalendarItem, found: tuple[Person, ...]) -> tuple[Person, ...]:
    """An organizer from another organisation than everyone else taking part (an agency
    recruiter inviting the user to meet a client's people) arranges the meeting; the
    others are the interviewers."""
    if item.organizer is None or len(found) < 2:
        return found
    organizer = item.organizer.email.lower()
    own = people.company_domain(organizer)
    others = {people.company_domain(p.email) for p in found if p.email.lower() != organizer}
    if not own or len(others) != 1 or own in others or "" in others:
        return found
    return tuple(p for p in found if people.company_domain(p.email) != own)
