"""The kind of a text interview, decided: `Reader`.

Once `textinterview` knows that a message is about an interview of the user and names
times, `Reader.decide` sorts them out (scheduled, rescheduled, cancelled, uncertain, a
schedule of sessions) and `textanswer.Answer.build` makes each `Interview`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import datetime, timedelta

from followupd.domain.model import CalendarStatus
from followupd.understand.quoting import CLOCK_LINE
from followupd.understand.textanswer import (
    QUOTED_CHARS,
    WINDOW_MINUTES,
    Answer,
    TextInterview,
    Time,
    count_words,
    interview_in,
    when_words,
)
from followupd.understand.textpeople import GROUP_WORDS, Named, people_named
from followupd.understand.textsentences import Sentence, flags_of, sentences_of
from followupd.understand.textwhen import Mention, instant, mentions

MAX_SESSIONS = 8  # a day's schedule; more times than this are not sessions of one loop


_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


_OLD = frozenset({"from", "von", "du", "del", "originally", "ursprünglich", "initialement"})


_NEW = frozenset({"to", "for", "auf", "à", "au", "a", "para", "instead", "now", "nun", "jetzt"})


# A schedule's pause is no session: "11:45 AM - 12:45 PM Lunch break", nor is getting
# there and away ("Arrival, welcome and site tour", "Car to the airport", "Close").
_BREAK = re.compile(
    r"\b(?:lunch|break|pause|mittagspause|mittagessen|déjeuner|almuerzo|comida|breakfast|"
    r"dinner|arrival|arrive|welcome|registration|check-in|tour|car|taxi|shuttle|airport|"
    r"close|departure|depart|wrap-up|ankunft|begrüßung|rundgang|accueil|visite|"
    r"llegada|bienvenida|recorrido|chegada|boas-vindas)\b",
    re.I,
)
# A group named once with its members ("the search committee (Dr. …)") and again alone.
_GROUP = re.compile(rf"\b(?:{GROUP_WORDS})\b", re.IGNORECASE)


def _has(named: Named) -> bool:
    return bool(named.people or named.without_address)


class Reader(Answer):
    """The decision for one message, once it is about an interview and names times."""

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
            end = None
            if mention.until is not None:
                # "11:30pm - 12:15am": the end is on the next day
                past_midnight = mention.until < mention.clock
                end_day = mention.day + timedelta(days=1) if past_midnight else mention.day
                end = instant(end_day, mention.until, reading)
        except (OverflowError, ValueError):
            return None
        if end is not None and not timedelta(0) < end - start <= timedelta(minutes=WINDOW_MINUTES):
            if end - start > timedelta(minutes=WINDOW_MINUTES):
                return None  # availability ("9am–5pm"), not a meeting
            end = None
        if self.msg.date is not None and start < self.msg.date - timedelta(hours=1):
            return None  # a past mention
        return Time(mention, start, end, zone, reading)

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
            return self.unsure(settled, f"{count_words(len(settled))} different times are given")
        proposed = _distinct(proposed)
        if len(proposed) == 1:
            return self.build(
                "uncertain",
                proposed[0],
                "",
                unsure=f"{when_words(proposed[0])} is proposed, not yet settled",
            )
        if len(proposed) > 1:
            # "Could you do Tuesday? 11:00 Sam, 12:00 Dana": a day's schedule proposed.
            sessions = self.sessions(proposed)
            if sessions is not None:
                n = 1 + len(sessions.sessions)
                unsure = (
                    f"a schedule of {count_words(n)} sessions from {when_words(proposed[0])}"
                    " is proposed, not yet settled"
                )
                first = _unsettled(sessions, unsure)
                return replace(
                    first, sessions=tuple(_unsettled(s, unsure) for s in sessions.sessions)
                )
            return self.unsure(proposed, f"{count_words(len(proposed))} times are proposed")
        return self.partial(found)

    def sessions(self, times: list[Time]) -> TextInterview | None:
        """A schedule whose sessions each have a line and their own people ("8:00–9:00
        System design with Omar", "9:15–10:00 Values with Nina", or "11:30 Competency
        interview - Orla Brennan (QA Manager)" below "Date: Thursday 5 November"): one
        interview each. A session's people may follow on the lines after its time
        ("Observed by the search committee (Dr. …)"); a line that gives only its start ends
        where the next begins; arrival, meals, tours and the car to the airport are none."""
        lines = [t.mention.line for t in times]
        if len(set(lines)) != len(lines) or len(times) > 2 * MAX_SESSIONS:
            return None
        if times[-1].start - times[0].start > timedelta(hours=10):
            return None
        timed_lines = set(lines)
        blocks: list[str] = []
        for i in lines:
            own = self.by_index[i]
            parts = [own.text]
            for j in range(i + 1, i + 4):  # the lines after it, up to the next time
                after = self.by_index.get(j)
                if after is None or j in timed_lines or after.paragraph != own.paragraph:
                    break
                if CLOCK_LINE.match(after.text):
                    break  # the next item ("12:30 Lunch"), even one that is no session
                parts.append(after.text)
            blocks.append(" ".join(parts))
        kept: list[tuple[Time, str]] = []
        for k, (t, text) in enumerate(zip(times, blocks, strict=True)):
            if _BREAK.search(self.by_index[t.mention.line].text):
                continue
            if t.end is None:
                later = times[k + 1].start if k + 1 < len(times) else None
                if later is None or not timedelta(0) < later - t.start <= timedelta(hours=3):
                    later = None
                # Until the next item begins, an hour at most (a meal may go unlisted).
                t = replace(t, end=min(later, t.start + timedelta(hours=1)) if later else None)
            kept.append((t, text))
        if not kept or len(kept) > MAX_SESSIONS:
            return None
        named = [people_named(block, self.msg, self.user, schedule_line=True) for _t, block in kept]
        # "Interview with the search committee": the committee named on another line.
        group = next(
            (n for (_t, b), n in zip(kept, named, strict=True) if _GROUP.search(b) and _has(n)),
            None,
        )
        if group is not None:
            named = [
                group if not _has(n) and _GROUP.search(b) else n
                for (_t, b), n in zip(kept, named, strict=True)
            ]
        if sum(1 for n in named if _has(n)) < 2:
            return None
        # A start alone, nobody named and no interview word ("10:15 Online aptitude
        # tests"): an item of the day, no session.
        chosen = [
            (t, n)
            for (t, _b), n in zip(kept, named, strict=True)
            if _has(n)
            or t.mention.until is not None
            or "interview" in self.by_index[t.mention.line].flags
        ]
        of = len(chosen)
        built = [
            self.build("scheduled", t, f"session {k + 1} of {of}, its people on its line",
                       named=n, part=k + 1,
                       also=(t.mention.line,))
            for k, (t, n) in enumerate(chosen)
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
            said = (
                f"the interview is being moved; {count_words(len(choices))} new times are proposed"
            )
            return self.unsure(choices, said, previous=previous)
        if len(proposed) == 1:
            when = when_words(proposed[0])
            said = f"the interview is being moved; {when} is proposed, not yet settled"
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
        usable = [self.dated_by_quote(m) for m in self.usable(found)]
        times = _distinct([t for t in (self.resolve(m) for m in usable) if t])
        if not times and not any(m.complete for m in usable):
            # Agreeing to a time said only in part, or not at all ("Tuesday works").
            return self.accepted(usable)
        if len(times) != 1:
            return None
        self.reasons.append("the user confirms the time in their own mail")
        if self.quotes_a_move():
            return self.build(
                "rescheduled", times[0], "the mail it answers moves the interview", confirmed=True
            )
        return self.build("scheduled", times[0], "", confirmed=True)

    def quoted(self) -> str:
        """The start of the mail the user answers (its first quoted message), unquoted."""
        at = self.msg.text.find(self.text[:200].strip()) if self.text.strip() else -1
        quoted = self.msg.text[at + len(self.text) :] if at >= 0 else self.msg.text
        return _QUOTE_MARK.sub("", quoted[:QUOTED_CHARS])

    def dated_by_quote(self, mention: Mention) -> Mention:
        """ "Tuesday at 2 works" answering "I've held Tuesday 10/6 at 2:00 pm": the
        weekday is the one the quoted mail dates, not the next Tuesday."""
        if not mention.weekday_only or mention.day is None:
            return mention
        for sentence in sentences_of(self.quoted(), ""):
            for q in mentions(sentence.text, sentence.index, self.sent, user_zone=self.user_zone):
                if (
                    q.day is not None
                    and not q.weekday_only
                    and q.day.weekday() == mention.day.weekday()
                    and timedelta(0) <= q.day - mention.day <= timedelta(weeks=4)
                    and _same_clock(q, mention)
                ):
                    return replace(mention, day=q.day, weekday_only=False)
        return mention

    def quotes_a_move(self) -> bool:
        """Whether the mail the user answers (the first one quoted) moves the meeting:
        "Could we push to Wednesday at 11 instead?" — "Wednesday at 11 is perfect"."""
        for sentence in sentences_of(self.quoted(), ""):
            flags = flags_of(sentence.text, self.phrases)
            if "reschedule" in flags and flags & {"meeting", "proposal", "interview"}:
                return True
        return False


def _same_clock(quoted: Mention, own: Mention) -> bool:
    """Whether two mentions name the same clock time, or one names none ("2" is "2:00 pm")."""
    if quoted.clock is None or own.clock is None:
        return True
    return quoted.clock.minute == own.clock.minute and quoted.clock.hour % 12 == own.clock.hour % 12


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


def _unsettled(found: TextInterview, unsure: str) -> TextInterview:
    """A session of a schedule only proposed: uncertain, its interview tentative."""
    iv = found.interview
    if iv is not None:
        iv = iv.model_copy(update={"status": CalendarStatus.TENTATIVE})
    return replace(found, kind="uncertain", interview=iv, uncertain=unsure)
