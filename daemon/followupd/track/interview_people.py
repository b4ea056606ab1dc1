"""Who takes part in an interview, as later mail tells it: a name the invitation gave
without an address, found among the application's contacts or writing from their own
address; someone who said they would stay off a meeting, staying off its rebooking; an
interviewer the text says is out ("Wei is out, so Anjali will run it"), off the meeting."""

from __future__ import annotations

import re
from datetime import datetime

from followupd.domain.model import Application, Interview, ParsedMessage, Person, UserIdentity
from followupd.track.changes import merge_people
from followupd.track.facts import Folding
from followupd.track.state import KnownInterview
from followupd.track.text_interviews import held_interviews
from followupd.understand.people import company_domain
from followupd.understand.textpeople import HONORIFICS, people_absent, people_named, titles_of


def with_known_people(
    fold: Folding, app_id: str, iv: Interview, names: tuple[str, ...]
) -> Interview:
    """Interviewers the text names without an address, found among the application's
    contacts by their full name (never guessed: an unknown name stays without a letter)."""
    app = fold.state.application(app_id)
    if app is None:
        return iv
    people = (*app.contacts, *((app.contact,) if app.contact else ()))
    known = {p.name.casefold(): p for p in people if p.name}
    # "Kestrelbahn | Misaki Sato <> Jonas Weber": the company's name is nobody's first
    # name, nor is a company sender ("Kestrelbahn Engineering") anybody named alone.
    company = {w.casefold() for w in f"{app.company} {iv.company}".split() if len(w) > 2}
    firsts: dict[str, set[str]] = {}
    lasts: dict[str, set[str]] = {}
    for p in people:
        parts = p.name.split()
        if parts and parts[0].casefold() not in company:
            firsts.setdefault(parts[0].casefold(), set()).add(p.email)
        if len(parts) >= 2:
            lasts.setdefault(parts[-1].casefold(), set()).add(p.email)
    by_email = {p.email: p for p in people}
    found_list: list[Person] = []
    for name in names:
        words = name.split()
        if name.casefold() in known:
            found_list.append(known[name.casefold()])
        elif " " not in name.strip() and len(firsts.get(name.casefold(), ())) == 1:
            # "Nina" alone, and one contact of the application is called Nina.
            found_list.append(by_email[next(iter(firsts[name.casefold()]))])
        elif (
            len(words) == 2
            and words[0].casefold().strip(".") in HONORIFICS
            and len(lasts.get(words[1].casefold(), ())) == 1
        ):
            # "Herrn Tiedemann", "Ms Hyland": one contact of the application by that name.
            found_list.append(by_email[next(iter(lasts[words[1].casefold()]))])
    missing = [n for n in names if len(n.split()) >= 2 and n.casefold() not in known]
    found_list.extend(_known_anywhere(fold, missing))
    found = tuple(found_list)
    if not found:
        return iv
    return iv.model_copy(update={"interviewers": merge_people(iv.interviewers, found)})


def with_text_people(
    old: Interview, more: tuple[Person, ...], text: str, msg: ParsedMessage, user: UserIdentity
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """The people of `old` once a message about it is read: those its text names joined,
    those it says are out ("Wei is out unexpectedly, so Anjali will run it") taken off —
    never everyone. Returns (interviewers, absent addresses)."""
    gone = people_absent(text, msg, user, old.interviewers)
    # A name the interview has without an address, copied on this mail under that name
    # ("Ruud staat in de cc"): their address.
    heading = [*((msg.sender,) if msg.sender else ()), *msg.to, *msg.cc]
    copied = tuple(
        p
        for p in heading
        if p.name
        and p.name.casefold() in {n.casefold() for n in old.unnamed}
        and not user.is_me(p.email)
    )
    merged = merge_people(old.interviewers, (*more, *copied))
    kept = tuple(p for p in merged if p.email.lower() not in gone) or merged
    off = {p.email.lower() for p in merged} - {p.email.lower() for p in kept}
    return kept, tuple(sorted({*old.absent, *off}))


# A job title of someone who recruits or arranges interviews rather than holds them.
_RECRUITING_TITLE = re.compile(
    r"recruit|talent|sourc(?:er|ing)\b|\bHR\b|human\s+resources|people\s+(?:partner|operations)|"
    r"coordinat|scheduler|reclut|recrut|selecci[oó]n|personalreferent|werving|"
    # an assistant who sends it on someone's behalf ("Assistenz des Vorstandsvorsitzenden")
    r"assist(?:ant|enz|ente)|\bPA\s+to\b|office\s+manager|secretar|sekretari|secrétariat",
    re.IGNORECASE,
)


def without_recruiter(
    app: Application | None, iv: Interview, msg: ParsedMessage | None, user: UserIdentity
) -> Interview:
    """A recruiter invited to a meeting with others of the company ("Lauren Fischbach,
    Senior Talent Acquisition Partner", known from her earlier mail) — sending it, or
    copied in as a guest — arranges it and takes no part, unless the mail says she does
    ("Sam and I", or names her among those the user meets)."""
    if iv.uid.startswith("text:"):
        return iv
    # Titles known from earlier mail, then those the invitation's own mail signs with
    # (the first mail of an application has only those).
    said = titles_of(iv.interviewers, msg.text[:20_000]) if msg is not None else ()
    titles = (*(app.titles if app is not None else ()), *said)
    if not titles and not iv.titles:
        return iv

    def title(email: str) -> str:
        return next((t for e, t in titles if e.lower() == email), iv.title_of(email))

    recruiters = {
        p.email.lower() for p in iv.interviewers if _RECRUITING_TITLE.search(title(p.email.lower()))
    }
    holders = [p for p in iv.interviewers if p.email.lower() not in recruiters]
    if not recruiters or not holders:
        return iv
    named = people_named(msg.text[:20_000], msg, user) if msg is not None else None
    speaking = {
        (iv.organizer.email.lower() if iv.organizer else ""),
        (msg.sender.email.lower() if msg is not None and msg.sender else ""),
    }
    gone: set[str] = set()
    for email in recruiters:
        own = company_domain(email)
        if not own or not any(company_domain(h.email) == own for h in holders):
            continue  # nobody else of the company: she is the one the user meets
        if named is not None and (
            (email in speaking and named.sender_takes_part)
            or email in {p.email.lower() for p in named.people}
        ):
            continue
        gone.add(email)
    if not gone:
        return iv
    kept = tuple(p for p in iv.interviewers if p.email.lower() not in gone)
    return iv.model_copy(
        update={"interviewers": kept, "absent": tuple(sorted({*iv.absent, *gone}))}
    )


def _known_anywhere(fold: Folding, names: list[str]) -> list[Person]:
    """People named in full whom one interviewer or contact of any application is
    (an agency's client interviewer, known from the client's own invitation)."""
    if not names:
        return []
    by_name: dict[str, set[str]] = {}
    people: dict[str, Person] = {}
    everyone = [p for app in fold.state.index.applications.values() for p in app.contacts]
    everyone += [p for k in fold.state.interviews.values() for p in k.interview.interviewers]
    for p in everyone:
        if p.name:
            by_name.setdefault(p.name.casefold(), set()).add(p.email)
            people[p.email] = p
    return [
        people[next(iter(by_name[n.casefold()]))]
        for n in names
        if len(by_name.get(n.casefold(), ())) == 1
    ]


def still_absent(fold: Folding, app_id: str, iv: Interview) -> Interview:
    """A new invitation for the same meeting (rebooked after a cancellation, with a new
    UID): whoever said they would stay off it stays off this one too, as long as the
    people taking part are the same."""
    for k in fold.state.interviews.values():
        old = k.interview
        if k.application != app_id or not old.absent or old.uid == iv.uid:
            continue
        taking_part = {p.email.lower() for p in old.interviewers}
        new = {p.email.lower() for p in iv.interviewers}
        gone = set(old.absent) & new
        if gone and taking_part and taking_part <= new and new - gone == taking_part:
            kept = tuple(p for p in iv.interviewers if p.email.lower() not in gone)
            return iv.model_copy(
                update={"interviewers": kept, "absent": tuple(sorted({*iv.absent, *gone}))}
            )
    return iv


def named_writes(
    fold: Folding, app_id: str, msg: ParsedMessage, user: UserIdentity, at: datetime
) -> list[Interview]:
    """An interviewer named without an address ("Who: Luis Ortega") writes from theirs
    ("Luis Ortega" <luis.ortega@…>), or is copied on a mail of the application under
    that name ("I'm copying in Orla and Helen", Cc: Orla Brennan <orla.brennan@…>):
    they join the interviews of this application that named them, held or ahead (never
    guessed: the full name, or a first name named alone and shown first in the display
    name)."""
    heading = (*((msg.sender,) if msg.sender else ()), *msg.to, *msg.cc)
    people = tuple(p for p in heading if p.name and not user.is_me(p.email))
    if not people or (msg.sender is not None and user.is_me(msg.sender.email)):
        return []
    return named_people(held_interviews(fold, app_id), people, at)


def named_people(
    known: list[KnownInterview], people: tuple[Person, ...], at: datetime
) -> list[Interview]:
    """The interviews read from text that named one of `people` without an address, each
    with those people joined: a sender who writes from their address, or the attendees of
    a calendar hold over an agenda ("7:00 Greg Halvorsen, 8:00 Priya Nair")."""
    revised: list[Interview] = []
    for k in known:
        iv = k.interview
        if not iv.uid.startswith("text:"):
            continue
        joined: list[Person] = []
        named: set[str] = set()
        for person in people:
            shown = person.name.casefold().split()
            if not shown or person.email in {p.email for p in iv.interviewers}:
                continue
            these = [
                n for n in iv.unnamed
                if n.casefold().split() == shown
                or (" " not in n.strip() and shown[0] == n.casefold())
            ]  # fmt: skip
            if these:
                joined.append(person)
                named.update(these)
        if not joined:
            continue
        more = iv.model_copy(
            update={
                "interviewers": merge_people(iv.interviewers, tuple(joined)),
                "unnamed": tuple(n for n in iv.unnamed if n not in named),
                "sequence": iv.sequence + 1,
                "dtstamp": at,
            }
        )
        revised.append(more)
    return revised
