"""A text interview as an answer: `TextInterview`, and `Answer`, which builds it.

`Answer.build` makes the `Interview` of a time a message's text fixes: its end (a
written range, a stated duration, else `DEFAULT_TEXT_INTERVIEW_MINUTES`), its zone in
words (and whether that is unclear), the organizer and interviewers (`textpeople`), the
company and role (`naming`). `textkinds.Reader` decides which time that is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

from followupd.domain.model import (
    Attendee,
    CalendarItem,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    UserIdentity,
)
from followupd.understand import people
from followupd.understand.ics import VIDEO_LINK
from followupd.understand.interview import MAX_INTERVIEWERS, InterviewPhrases
from followupd.understand.naming import find_company, find_role, strip_subject
from followupd.understand.textlength import duration
from followupd.understand.textpeople import Named, people_named, titles_of
from followupd.understand.textsentences import REPLY, Sentence, found_phrase, has, sentences_of
from followupd.understand.textwhen import Mention
from followupd.understand.textzones import Zone, default_zone, offset_words

DEFAULT_TEXT_INTERVIEW_MINUTES = 45  # the length of an interview whose text states none


WINDOW_MINUTES = 240  # a longer written range is availability ("9am–5pm"), not a meeting


EVIDENCE_CHARS = 300


# Why a confirmation's interviewers are whom the user wrote to: no one was named.
PEOPLE_WRITTEN_TO = "the people you wrote to are taken as the interviewers"


QUOTED_CHARS = 1500  # of the quoted mail a confirmation answers: its first message


# "Neither works for me", "Unfortunately Tuesday doesn't work": not agreeing.
_DECLINING = re.compile(
    r"(?<!\w)(?:neither|none|not|unfortunately|afraid|cannot|can't|can’t|won't|won’t)(?!\w)"
    r"|n[’']t(?!\w)",
    re.IGNORECASE,
)


Kind = Literal["scheduled", "rescheduled", "cancelled", "uncertain"]


@dataclass(frozen=True)
class TextInterview:
    """An interview as a message's text states it, and how sure that reading is."""

    kind: Kind
    interview: Interview | None  # None only for "uncertain"/"cancelled" without a time
    evidence: str  # the sentence(s) that decided, as written
    uncertain: str = ""  # for "uncertain": what is unclear, in words
    reasons: tuple[str, ...] = ()  # why it was judged an interview, in words
    named_without_address: tuple[str, ...] = ()  # interviewers named, no address found
    confirmed_by_user: bool = False  # the user's own mail confirms the time
    previous_start: datetime | None = None  # "rescheduled": the old time, when given
    day: date | None = None  # the day named when no clock time is (uncertain, cancelled)
    proposed: tuple[datetime, ...] = ()  # "uncertain": the times proposed, UTC
    # "uncertain" with several times proposed: the interview as it would be at the first
    # (its people, company and length), so that accepting one of them can settle it.
    tentative: Interview | None = None
    # The user's reply accepts a time the mail it answers proposed without saying it in
    # full ("No problem, Tuesday works."): kind "uncertain", no interview, confirmed by
    # the user, and the day and clock time it names (each may be None), for the tracker
    # to match against the proposal it knows.
    accepts: tuple[tuple[date | None, time | None], ...] = ()
    accepting: bool = False
    # A schedule of sessions, each with its own people: the sessions after the first
    # (this one), each an interview of its own.
    sessions: tuple[TextInterview, ...] = ()

    def describe(self) -> tuple[str, ...]:
        """What the text says, in lines for a person (`explain`): kind, time, people, why."""
        head = f"interview in the text: {self.kind}"
        iv = self.interview
        if iv is not None:
            head += f", {iv.start:%a %d %b %Y %H:%M}–{iv.end:%H:%M} UTC"
            if iv.company:
                head += f", {iv.company}"
        elif self.day is not None:
            head += f", {self.day:%a %d %b %Y} (no time)"
        lines = [head]
        if self.confirmed_by_user:
            lines.append("confirmed in the user's own mail")
        if self.previous_start is not None:
            lines.append(f"moved from {self.previous_start:%a %d %b %Y %H:%M} UTC")
        if self.proposed:
            lines.append(
                "proposed: " + "; ".join(f"{t:%a %d %b %Y %H:%M} UTC" for t in self.proposed)
            )
        if self.uncertain:
            lines.append(f"unclear: {self.uncertain}")
        if iv is not None and iv.interviewers:
            lines.append("interviewers: " + ", ".join(p.display() for p in iv.interviewers))
        if self.named_without_address:
            lines.append("named without an address: " + ", ".join(self.named_without_address))
        lines.append(f'evidence: "{self.evidence}"')
        lines.append("why: " + "; ".join(self.reasons))
        for number, session in enumerate(self.sessions, start=2):
            lines.extend(f"session {number}: {line}" for line in session.describe())
        return tuple(lines)


_LOCATION = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:location|where|address|venue|ort|adresse|lieu|dirección|direccion|"
    r"ubicación|place)\s*:\s*(?P<where>.{2,200})$",
    re.IGNORECASE | re.MULTILINE,
)


_DURATION_CONTEXT = (
    r"duration|dauer|durée|duración|last(?:s|ing)?|dauert|durera|durará|long|minutes?|hours?|"
    r"\d+-minute|interview|call|chat|session|screen|Gespräch|entretien|entrevista"
)


@dataclass(frozen=True)
class Time:
    """A complete mention resolved to an instant, with how its zone was chosen."""

    mention: Mention
    start: datetime
    end: datetime | None
    zone: Zone | None  # written (next to it, or for all times); None: the sender's or user's
    reading_zone: tzinfo


class Answer:
    """What one message's text says of an interview, built into a `TextInterview`."""

    def __init__(
        self,
        msg: ParsedMessage,
        text: str,
        subject: str,
        user: UserIdentity,
        source: str,
        phrases: InterviewPhrases,
        spoken: list[Sentence],
        sent: datetime | None,
        user_zone: tzinfo,
        reasons: list[str],
    ) -> None:
        self.msg, self.text, self.subject, self.user = msg, text, subject, user
        self.source, self.phrases, self.spoken, self.sent = source, phrases, spoken, sent
        self.user_zone, self.reasons = user_zone, reasons
        self.by_index = {s.index: s for s in spoken}
        self.written = default_zone(text, f"{subject}\n{text}", user_zone)

    def flags(self, mention: Mention) -> set[str]:
        return self.by_index[mention.sentence].flags

    def words(self, *found: Mention, also: tuple[int, ...] = ()) -> str:
        seen = sorted({*(m.sentence for m in found), *also})
        return " … ".join(trim(self.by_index[i].text) for i in seen)

    def sender_zone(self) -> tzinfo:
        """The zone the sender writes from: yours when their Date has your offset at that
        moment (then with your daylight saving time), else their Date's fixed offset."""
        if self.msg.sent_offset is not None and not self.sender_in_my_zone():
            return timezone(self.msg.sent_offset)
        return self.user_zone

    def sender_in_my_zone(self) -> bool:
        if self.msg.sent_offset is None or self.msg.date is None:
            return False
        try:
            return self.msg.date.astimezone(self.user_zone).utcoffset() == self.msg.sent_offset
        except (OverflowError, ValueError):
            return False

    def unsure(
        self, times: list[Time], said: str, previous: datetime | None = None
    ) -> TextInterview:
        listed = "; ".join(when_words(t) for t in times)
        return TextInterview(
            kind="uncertain",
            interview=None,
            evidence=self.words(*(t.mention for t in times)),
            uncertain=f"{said}: {listed}",
            reasons=tuple(self.reasons),
            previous_start=previous,
            proposed=tuple(t.start for t in times),
            tentative=self.build("uncertain", times[0], "").interview if times else None,
        )

    def accepted(self, found: list[Mention]) -> TextInterview | None:
        """The user's reply accepts a proposed time it does not state in full ("No problem,
        Tuesday works."; "Works for me, see you then!"): which one, the tracker decides
        from the proposal of the mail it answers."""
        agreeing = [
            s
            for s in self.spoken
            if "confirm" in s.flags
            and "question" not in s.flags
            and not s.subject
            and not _DECLINING.search(s.text)
        ]
        if not agreeing or not (self.msg.in_reply_to or self.msg.references):
            return None
        named = tuple(
            (m.day, m.clock)
            for m in found
            if not m.deadline and (m.day is not None or m.clock is not None)
        )
        return TextInterview(
            kind="uncertain",
            interview=None,
            evidence=" ".join(s.text for s in agreeing)[:EVIDENCE_CHARS],
            uncertain="you accept a time the mail you answer proposed",
            reasons=(*self.reasons, "the user agrees in their own reply"),
            confirmed_by_user=True,
            accepts=named,
            accepting=True,
        )

    def empty(
        self,
        kind: Kind,
        evidence: list[Mention],
        unsure: str,
        *,
        day: date | None = None,
        previous: datetime | None = None,
        said: str = "",
    ) -> TextInterview:
        reasons = [*self.reasons, said] if said else list(self.reasons)
        return TextInterview(
            kind=kind,
            interview=None,
            evidence=self.words(*evidence) if evidence else "",
            uncertain=unsure,
            reasons=tuple(reasons),
            previous_start=previous,
            day=day,
        )

    def build(
        self,
        kind: Kind,
        when: Time,
        said: str,
        *,
        unsure: str = "",
        previous: datetime | None = None,
        extra: list[Time] | None = None,
        confirmed: bool = False,
        also: tuple[int, ...] = (),
        named: Named | None = None,
        part: int = 0,
    ) -> TextInterview:
        reasons = list(self.reasons)
        if said:
            reasons.append(said)
        unclear = [unsure] if unsure else []
        mention = when.mention
        if mention.mismatch:
            unclear.append(mention.mismatch)
        reasons.append(f'time "{mention.words}"')
        zone_reason, zone_unclear = self.zone_words(when)
        reasons.append(zone_reason)
        if zone_unclear and not confirmed:  # the user's own words: they know the zone
            unclear.append(zone_unclear)
        if mention.guessed_half:
            reasons.append(f'"{mention.clock_words}" without am/pm read as afternoon')
        end, length_reason = self.end_of(when, quoted=confirmed)
        reasons.append(length_reason)
        if unclear and kind != "cancelled":
            kind = "uncertain"
        status = {
            "cancelled": CalendarStatus.CANCELLED,
            "uncertain": CalendarStatus.TENTATIVE,
        }.get(kind, CalendarStatus.CONFIRMED)
        if named is None:
            # The user's confirmation: the people are those of the proposal it quotes.
            named = people_named(self.msg.text if confirmed else self.text, self.msg, self.user)
        organizer = self.organizer()
        interviewers = list(named.people)
        if named.sender_takes_part:
            taking_part = self.counterpart()
            if taking_part is not None and taking_part.email not in {p.email for p in interviewers}:
                interviewers.insert(0, taking_part)
        if (
            confirmed
            and (not interviewers or named.sender_only_implied)
            and not named.people
            and not named.without_address
        ):
            # The proposal named no one (its sender at most, implied: "Let's do Tuesday"):
            # the user wrote to the people they will meet — whom they answer; those copied
            # in only when no one else is addressed (a colleague who "passed your note
            # along" is copied, not meeting).
            interviewers = [p for p in self.msg.to if not self.user.is_me(p.email)]
            interviewers = interviewers or list(self.msg.cc)
            reasons.append(PEOPLE_WRITTEN_TO)
        elif confirmed:
            # Someone copied in and named in the thread ("I've copied Tom in", "Tom's free
            # tomorrow") takes part too.
            for person in self.msg.cc:
                first = person.name.split()[0] if person.name.split() else ""
                if (
                    len(first) > 1
                    and person.email not in {p.email for p in interviewers}
                    and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", self.msg.text[:20_000])
                ):
                    interviewers.append(person)
        interviewers = [
            p
            for p in interviewers
            if not self.user.is_me(p.email) and not people.is_role_mailbox(p.email)
        ][: MAX_INTERVIEWERS + 1]
        if len(interviewers) > MAX_INTERVIEWERS:
            reasons.append(f"more than {MAX_INTERVIEWERS} people named: only the first kept")
            interviewers = interviewers[:MAX_INTERVIEWERS]
        uid = self.uid() + (f"#{part}" if part > 1 else "")
        item = CalendarItem(
            uid=uid,
            summary=strip_subject(self.subject),
            description=self.text[:5000],
            start=when.start,
            end=end,
            organizer=organizer,
            attendees=tuple(Attendee(person=p) for p in interviewers),
        )
        company, company_domain, company_reason = find_company(
            item, tuple(interviewers), self.msg, self.user
        )
        if company_reason:
            reasons.append(company_reason)
        role = find_role(strip_subject(self.subject), self.text[:5000])
        if role:
            reasons.append(f"role “{role}” stated")
        unnamed = tuple(
            n for n in named.without_address if not names_company(n, company, company_domain)
        )
        if unnamed:
            reasons.append(f"named without an address: {', '.join(unnamed)}")
        evidence = self.words(*(t.mention for t in (extra or [])), mention, also=also)
        interview = Interview(
            uid=uid,
            sequence=0,
            dtstamp=self.msg.date,
            status=status,
            title=self.title(company, role),
            start=when.start,
            end=end,
            interviewers=tuple(interviewers),
            organizer=organizer,
            company=company,
            company_domain=company_domain,
            role=role,
            join_url=self.join_url(),
            location=self.location(),
            source=self.source,
            reasons=tuple(reasons),
            titles=titles_of(tuple(interviewers), self.msg.text),
            unnamed=unnamed,
        )
        return TextInterview(
            kind=kind,
            interview=interview,
            evidence=evidence,
            uncertain="; ".join(unclear) if kind == "uncertain" else "",
            reasons=tuple(reasons),
            named_without_address=unnamed,
            confirmed_by_user=confirmed,
            previous_start=previous,
        )

    def zone_words(self, when: Time) -> tuple[str, str]:
        """(how the zone was chosen, what is unclear about it or '')."""
        if when.zone is not None:
            return f"time zone {when.zone.note}", ""
        if self.msg.sent_offset is None:
            return ("no time zone written and the message's Date gives none: read in your zone"
                    f" ({self.user.timezone})"), ""  # fmt: skip
        sender = offset_words(self.msg.sent_offset)
        if self.sender_in_my_zone():
            return ("no time zone written: read in your zone, the sender's too (their Date"
                    f" has its offset, UTC{sender})"), ""  # fmt: skip
        mine = when.start.astimezone(self.user_zone).utcoffset() or timedelta(0)
        said = (
            f"no time zone written: read in the sender's zone (UTC{sender}, from the Date header)"
        )
        if mine != self.msg.sent_offset:
            return said, (
                f"the time zone is not given and the sender's zone (UTC{sender}) differs from"
                f" yours ({self.user.timezone}, UTC{offset_words(mine)})"
            )
        return said, ""

    def end_of(self, when: Time, *, quoted: bool = False) -> tuple[datetime, str]:
        """The end: a written range, a stated duration (for `quoted`, the user's
        confirmation, also one the mail it answers states), else the default."""
        if when.end is not None:
            return when.end, f'the range "{when.mention.clock_words}" sets the end'
        own = self.by_index[when.mention.sentence].text
        stated = duration(own)
        texts = [s.text for s in self.spoken if "thanks" not in s.flags]
        if quoted:
            texts += [s.text for s in sentences_of(self.msg.text[: QUOTED_CHARS * 4], "")]
        for text in texts if stated is None else ():
            if has(_DURATION_CONTEXT, text):
                stated = duration(text)
                if stated is not None:
                    break
        if stated is not None:
            return when.start + timedelta(minutes=stated[0]), f'duration "{stated[1]}" stated'
        return (
            when.start + timedelta(minutes=DEFAULT_TEXT_INTERVIEW_MINUTES),
            f"no duration stated: {DEFAULT_TEXT_INTERVIEW_MINUTES} minutes assumed",
        )

    def organizer(self) -> Person | None:
        sender = self.msg.sender
        if sender is not None and self.user.is_me(sender.email):
            return self.counterpart()
        if sender is not None and people.is_role_mailbox(sender.email):
            humans = people.human_contacts(self.msg.reply_to)
            if humans:
                return humans[0]
        return sender

    def counterpart(self) -> Person | None:
        """Who the user speaks with: the sender, or for the user's own mail, the addressee."""
        sender = self.msg.sender
        if sender is not None and not self.user.is_me(sender.email):
            return None if people.is_role_mailbox(sender.email) else sender
        for person in (*self.msg.to, *self.msg.cc):
            if not self.user.is_me(person.email) and not people.is_role_mailbox(person.email):
                return person
        return None

    def uid(self) -> str:
        message_id = self.msg.message_id.strip().strip("<>")
        if message_id:
            return f"text:{message_id}"
        seed = "\x1f".join((
            self.msg.sender.email if self.msg.sender else "",
            self.msg.date.isoformat() if self.msg.date else "",
            self.subject,
        ))  # fmt: skip
        return "text:" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:24]

    def title(self, company: str, role: str) -> str:
        if company:
            return f"Interview with {company}" + (f" – {role}" if role else "")
        stripped = strip_subject(re.sub(REPLY, "", self.subject)).strip()
        if stripped and interview_in(stripped, self.phrases):
            return stripped[:200]
        return "Interview" + (f" – {role}" if role else "")

    def join_url(self) -> str:
        match = VIDEO_LINK.search(self.text)
        return match.group(0).rstrip(".,;") if match else ""

    def location(self) -> str:
        match = _LOCATION.search(self.text)
        return re.sub(r"\s+", " ", match["where"]).strip() if match else ""


def interview_in(text: str, phrases: InterviewPhrases) -> bool:
    return found_phrase(phrases.interview, text)


def when_words(t: Time) -> str:
    zone = (
        t.zone.words
        if t.zone
        else f"UTC{offset_words(t.start.astimezone(t.reading_zone).utcoffset() or timedelta(0))}"
    )
    local = t.start.astimezone(t.reading_zone)
    return f"{local:%A, %d %B %Y %H:%M} {zone}"


def count_words(number: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(number, str(number))


def names_company(name: str, company: str, domain: str) -> bool:
    """ "Acme" or "Acme Robotics" for the company Acme Robotics (acme-robotics.com)."""
    folded = re.sub(r"\W", "", name.casefold())
    known = (company, domain.split(".", 1)[0])
    return bool(folded) and any(folded in re.sub(r"\W", "", k.casefold()) for k in known if k)


def trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1].rstrip() + "…"
