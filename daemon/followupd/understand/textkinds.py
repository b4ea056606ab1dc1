"""The kind of a text interview, decided, and the answer built: `Reader`.

Once `textinterview` knows that a message is about an interview of the user and names
times, `Reader.decide` sorts them out (scheduled, rescheduled, cancelled, uncertain) and
`Reader.build` makes the `Interview`: its end (a written range, a stated duration, else
`DEFAULT_TEXT_INTERVIEW_MINUTES`), its zone in words (and whether that is unclear), the
organizer and interviewers (`textpeople`), the company and role (`naming`).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
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
from followupd.understand.textpeople import Named, people_named
from followupd.understand.textsentences import REPLY, Sentence, found_phrase, has
from followupd.understand.textwhen import Mention, instant
from followupd.understand.textzones import Zone, default_zone, offset_words

DEFAULT_TEXT_INTERVIEW_MINUTES = 45  # the length of an interview whose text states none


WINDOW_MINUTES = 240  # a longer written range is availability ("9am–5pm"), not a meeting


EVIDENCE_CHARS = 300


MAX_SESSIONS = 8  # a day's schedule; more times than this are not sessions of one loop


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


_OLD = frozenset({"from", "von", "du", "del", "originally", "ursprünglich", "initialement"})


_NEW = frozenset({"to", "for", "auf", "à", "au", "a", "para", "instead", "now", "nun", "jetzt"})


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


class Reader:
    """The decision for one message, once it is about an interview and names times."""

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

    # The times a message names, sorted out.

    def usable(self, found: list[Mention]) -> list[Mention]:
        """Not deadlines, instructions, or a weekday of something that already happened."""
        out: list[Mention] = []
        for m in found:
            flags = self.flags(m)
            if m.deadline or flags & {"conditional", "elsewhere"}:
                continue
            if m.weekday_only and "past" in flags and "future" not in flags:
                continue
            out.append(m)
        return out

    def resolve(self, mention: Mention) -> Time | None:
        if mention.day is None or mention.clock is None:
            return None
        zone = mention.zone or self.written
        reading = zone.tz if zone else self.sender_zone()
        try:
            start = instant(mention.day, mention.clock, reading)
            end = instant(mention.day, mention.until, reading) if mention.until else None
        except (OverflowError, ValueError):
            return None
        if end is not None and not timedelta(0) < end - start <= timedelta(minutes=WINDOW_MINUTES):
            if end - start > timedelta(minutes=WINDOW_MINUTES):
                return None  # availability ("9am–5pm"), not a meeting
            end = None
        if self.msg.date is not None and start < self.msg.date - timedelta(hours=1):
            return None  # a past mention
        return Time(mention, start, end, zone, reading)

    def sender_zone(self) -> tzinfo:
        if self.msg.sent_offset is not None:
            return timezone(self.msg.sent_offset)
        return self.user_zone

    def day_only(self, found: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        today = self.sent.date() if self.sent else None
        for m in self.usable(found):
            if m.day is None or m.clock is not None:
                continue
            if today is not None and (
                m.day < today or (m.day == today and "thanks" in self.flags(m))
            ):
                continue
            out.append(m)
        return out

    def clock_only(self, found: list[Mention]) -> list[Mention]:
        return [m for m in self.usable(found) if m.clock is not None and m.day is None]

    # The kinds.

    def decide(self, found: list[Mention]) -> TextInterview | None:
        usable = self.usable(found)
        times = [t for t in (self.resolve(m) for m in usable) if t is not None]
        cancel = [s for s in self.spoken if "cancel" in s.flags and self.about_meeting(s)]
        moving = [s for s in self.spoken if "reschedule" in s.flags and self.about_meeting(s)]
        if moving:
            moved = self.rescheduled(moving, times, found, cancelled=bool(cancel))
            if moved is not None:
                return moved
        if cancel:
            return self.cancelled(cancel, times, found)
        return self.scheduled(times, found)

    def about_meeting(self, sentence: Sentence) -> bool:
        subject_says = interview_in(self.subject, self.phrases)
        return bool(sentence.flags & {"meeting", "interview"}) or subject_says

    def scheduled(self, times: list[Time], found: list[Mention]) -> TextInterview | None:
        settled = [t for t in times if "proposal" not in self.flags(t.mention)]
        proposed = [t for t in times if "proposal" in self.flags(t.mention)]
        settled = _distinct(settled)
        if len(settled) == 1:
            return self.build("scheduled", settled[0], "the time is stated as fixed")
        if len(settled) > 1:
            sessions = self.sessions(settled)
            if sessions is not None:
                return sessions
            loop = _loop(settled)
            if loop is not None:
                return self.build("scheduled", loop, f"{len(settled)} back-to-back sessions")
            return self.unsure(settled, f"{_count(len(settled))} different times are given")
        proposed = _distinct(proposed)
        if len(proposed) == 1:
            return self.build(
                "uncertain",
                proposed[0],
                "",
                unsure=f"{_when(proposed[0])} is proposed, not yet settled",
            )
        if len(proposed) > 1:
            return self.unsure(proposed, f"{_count(len(proposed))} times are proposed")
        return self.partial(found)

    def sessions(self, times: list[Time]) -> TextInterview | None:
        """A schedule whose sessions each have a line and their own people ("8:00–9:00
        System design with Omar", "9:15–10:00 Values with Nina"): one interview each."""
        if len(times) > MAX_SESSIONS or any(t.end is None for t in times):
            return None
        lines = [t.mention.line for t in times]
        if len(set(lines)) != len(lines) or times[-1].start - times[0].start > timedelta(hours=9):
            return None
        named = [
            people_named(self.by_index[i].text, self.msg, self.user, schedule_line=True)
            for i in lines
        ]
        if sum(1 for n in named if n.people or n.without_address) < 2:
            return None
        of = len(times)
        built = [
            self.build("scheduled", t, f"session {k + 1} of {of}, its people on its line",
                       named=n, part=k + 1,
                       also=(t.mention.line,))
            for k, (t, n) in enumerate(zip(times, named, strict=True))
        ]  # fmt: skip
        return replace(built[0], sessions=tuple(built[1:]))

    def partial(self, found: list[Mention]) -> TextInterview | None:
        """A day without a time or a time without a day: uncertain, in words."""
        if any("availability" in s.flags for s in self.spoken):
            return None  # the user is asked to pick a time
        # Only a sentence that fixes something ("is confirmed for Monday") makes a day or a
        # time alone worth saying: "good luck with the interview on Thursday" fixes nothing.
        settled = [m for m in found if self.flags(m) & {"settled", "label"}]
        settled = [m for m in settled if "proposal" not in self.flags(m)]
        days = self.day_only(settled)
        distinct_days = sorted({m.day for m in days if m.day is not None})
        if distinct_days:
            named = ", ".join(f"{d:%A, %d %B %Y}" for d in distinct_days)
            what = "the day" if len(distinct_days) == 1 else "the days"
            return self.empty(
                "uncertain", days, f"no time is given, only {what} ({named})",
                day=distinct_days[0] if len(distinct_days) == 1 else None,
            )  # fmt: skip
        clocks = self.clock_only(settled)
        if clocks and self.sent is None and any(m.day_words for m in clocks):
            named = clocks[0].day_words
            return self.empty(
                "uncertain", clocks, f'the message has no Date to count "{named}" from'
            )
        if clocks:
            named = ", ".join(dict.fromkeys(m.clock_words for m in clocks))
            return self.empty("uncertain", clocks, f"no day is given, only the time ({named})")
        return None

    def rescheduled(
        self,
        moving: list[Sentence],
        times: list[Time],
        found: list[Mention],
        *,
        cancelled: bool = False,
    ) -> TextInterview | None:
        indexes = {s.index for s in moving}
        near = {i + k for i in indexes for k in (0, 1, 2)}
        candidates = [t for t in times if t.mention.sentence in near]
        split = self.split_ranges(candidates, indexes)
        old = [t for t in split if t.mention.lead in _OLD]
        new = [t for t in split if t not in old]
        if len(new) > 1 and not old:
            firsts = [
                t
                for t in new
                if t.mention.sentence in indexes and t.mention.lead in ("on", "am", "le", "el")
            ]
            if firsts:
                old, new = firsts[:1], [t for t in new if t is not firsts[0]]
        if (
            len(new) == 1
            and not old
            and new[0].mention.lead in ("on", "am", "le", "el")
            and not _after_move_word(self.by_index[new[0].mention.sentence].text, new[0].mention)
        ):
            old, new = new, []  # "reschedule your interview on Thursday": the old day
        previous = old[0].start if old else None
        settled = _distinct([t for t in new if "proposal" not in self.flags(t.mention)])
        proposed = _distinct([t for t in new if "proposal" in self.flags(t.mention)])
        also = tuple(sorted(indexes))
        if len(settled) == 1:
            return self.build("rescheduled", settled[0], "the interview is moved to a new time",
                              previous=previous, extra=old, also=also)  # fmt: skip
        if len(settled) > 1 or len(proposed) > 1:
            choices = settled or proposed
            said = f"the interview is being moved; {_count(len(choices))} new times are proposed"
            return self.unsure(choices, said, previous=previous)
        if len(proposed) == 1:
            said = (
                f"the interview is being moved; {_when(proposed[0])} is proposed, not yet settled"
            )
            return self.build(
                "uncertain", proposed[0], "", unsure=said, previous=previous, extra=old, also=also
            )
        if cancelled:
            return None  # "cancelled; we'll send new times": read as a cancellation
        clocks = [m for m in self.clock_only(found) if m.sentence in near]
        if clocks:
            return self.empty(
                "uncertain", clocks,
                f"the interview is being moved to {clocks[0].clock_words}, but no day is given",
                previous=previous,
            )  # fmt: skip
        days = [m for m in self.day_only(found) if m.sentence in near]
        evidence = [m for m in found if m.sentence in indexes] or days
        return self.empty(
            "uncertain",
            evidence or found,
            "the interview is being moved, but no new time is given",
            day=days[0].day if days else None,
            previous=previous,
        )

    def split_ranges(self, times: list[Time], moving: set[int]) -> list[Time]:
        """ "move it from 2pm to 4pm": in a sentence about moving, two times, not a range."""
        out: list[Time] = []
        for t in times:
            m = t.mention
            if (
                t.end is not None
                and m.sentence in moving
                and m.range_word in ("to", "auf", "à", "a")
            ):
                old = replace(t, mention=replace(m, lead="from", until=None), end=None)
                new_start = (
                    instant(m.day, m.until, t.reading_zone) if m.day and m.until else t.start
                )
                new = replace(
                    t, mention=replace(m, lead="to", until=None), start=new_start, end=None
                )
                out.extend((old, new))
            else:
                out.append(t)
        return out

    def cancelled(
        self, cancel: list[Sentence], times: list[Time], found: list[Mention]
    ) -> TextInterview:
        indexes = {s.index for s in cancel}
        old = [t for t in times if t.mention.sentence in indexes]
        if not old and self.subject_index() in indexes:
            old = [t for t in times if t.mention.sentence == self.subject_index()]
        if old:
            return self.build("cancelled", old[0], "the interview is called off")
        days = [m for m in found if m.day is not None and m.sentence in indexes]
        evidence = [m for m in found if m.sentence in indexes] or found
        return self.empty(
            "cancelled", evidence, "", day=days[0].day if days else None,
            said="the interview is called off; its time is not given",
        )  # fmt: skip

    def subject_index(self) -> int:
        return 0 if self.spoken and self.spoken[0].subject else -1

    def confirmed(self, found: list[Mention]) -> TextInterview | None:
        times = _distinct([t for t in (self.resolve(m) for m in self.usable(found)) if t])
        if len(times) != 1:
            return None
        self.reasons.append("the user confirms the time in their own mail")
        return self.build("scheduled", times[0], "", confirmed=True)

    # Building the answer.

    def unsure(
        self, times: list[Time], said: str, previous: datetime | None = None
    ) -> TextInterview:
        listed = "; ".join(_when(t) for t in times)
        return TextInterview(
            kind="uncertain",
            interview=None,
            evidence=self.words(*(t.mention for t in times)),
            uncertain=f"{said}: {listed}",
            reasons=tuple(self.reasons),
            previous_start=previous,
            proposed=tuple(t.start for t in times),
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
        if zone_unclear:
            unclear.append(zone_unclear)
        if mention.guessed_half:
            reasons.append(f'"{mention.clock_words}" without am/pm read as afternoon')
        end, length_reason = self.end_of(when)
        reasons.append(length_reason)
        if unclear and kind != "cancelled":
            kind = "uncertain"
        status = {
            "cancelled": CalendarStatus.CANCELLED,
            "uncertain": CalendarStatus.TENTATIVE,
        }.get(kind, CalendarStatus.CONFIRMED)
        if named is None:
            named = people_named(self.text, self.msg, self.user)
        organizer = self.organizer()
        interviewers = list(named.people)
        if named.sender_takes_part:
            taking_part = self.counterpart()
            if taking_part is not None and taking_part.email not in {p.email for p in interviewers}:
                interviewers.insert(0, taking_part)
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
            reasons.append(f"role {role!r} stated")
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

    def end_of(self, when: Time) -> tuple[datetime, str]:
        if when.end is not None:
            return when.end, f'the range "{when.mention.clock_words}" sets the end'
        own = self.by_index[when.mention.sentence].text
        stated = duration(own)
        if stated is None:
            for s in self.spoken:
                if has(_DURATION_CONTEXT, s.text) and "thanks" not in s.flags:
                    stated = duration(s.text)
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


def _after_move_word(sentence: str, mention: Mention) -> bool:
    """Whether a time comes after the word that moves something ("move it to Monday on …")."""
    before = sentence[: mention.at]
    return bool(re.search(r"(?:to|auf|à|au|para|instead|now)\s+(?:\S+\s+){0,3}$", before, re.I))


def _distinct(times: list[Time]) -> list[Time]:
    seen: dict[datetime, Time] = {}
    for t in times:
        if t.start not in seen or (t.end and not seen[t.start].end):
            seen[t.start] = t
    return sorted(seen.values(), key=lambda t: t.start)


def _loop(times: list[Time]) -> Time | None:
    """Sessions back to back on one day (an onsite loop): one interview from first to last."""
    if any(t.end is None for t in times):
        return None
    for before, after in itertools.pairwise(times):
        assert before.end is not None
        if not timedelta(0) <= after.start - before.end <= timedelta(minutes=30):
            return None
    last = times[-1]
    first = times[0]
    if last.end is None or last.end - first.start > timedelta(hours=9):
        return None
    return replace(first, end=last.end)


def _when(t: Time) -> str:
    zone = (
        t.zone.words
        if t.zone
        else f"UTC{offset_words(t.start.astimezone(t.reading_zone).utcoffset() or timedelta(0))}"
    )
    local = t.start.astimezone(t.reading_zone)
    return f"{local:%A, %d %B %Y %H:%M} {zone}"


def _count(number: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(number, str(number))


def names_company(name: str, company: str, domain: str) -> bool:
    """ "Acme" or "Acme Robotics" for the company Acme Robotics (acme-robotics.com)."""
    folded = re.sub(r"\W", "", name.casefold())
    known = (company, domain.split(".", 1)[0])
    return bool(folded) and any(folded in re.sub(r"\W", "", k.casefold()) for k in known if k)


def trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1].rstrip() + "…"
