"""A job interview fixed in a message's plain text, read as exactly as from a calendar.

    read_text_interview(msg, text, *, user, source="") -> TextInterview | None

`text` is the message's new text (`quoting.new_text`). The answer is None unless the
message is about a job interview *of the user* and names a time for it; otherwise a
`TextInterview` of one of four kinds:

    scheduled     one time is settled ("Your interview is confirmed for Tuesday,
                  17 November at 14:00 CET"; "Date: November 17 / Time: 2:00 PM CST")
    rescheduled   it moves, and the new time is settled ("we need to move your interview
                  to Thursday at 11"); `previous_start` is the old time when given
    cancelled     it is called off ("your interview on Nov 17 has been cancelled"); the
                  Interview (status cancelled) when the old time is given, else `day`
    uncertain     a time is named but not settled, in words in `uncertain`: two or more
                  times are proposed (`proposed`), one is only proposed ("Would Monday at
                  10:00 work?"), a day has no time or a time no day (`day`), the weekday
                  and the date disagree, or no zone is written and the sender's zone
                  (the Date header's) differs from the user's

How it decides, in order (each step a reason or a veto in words):

1. Whose mail: the user's own mail is read only when it confirms a time
   ("Tuesday 3pm ET works for me"): then `confirmed_by_user` is set.
2. Not an interview of the user: mail from the user's own (non-free-mail) domain, a
   newsletter or job alert, a look-alike (webinar, course, media interview, mock
   interview, dentist, lunch) in the subject or in the sentence giving the time, a
   podcast or show having the user as a guest, the user interviewing a candidate, a
   friend's joke (a laugh and no hiring word).
3. About an interview: a word of `InterviewPhrases.interview` in the subject or text,
   or a meeting word next to the time with hiring words (a role, an application) or an
   applicant-tracking sender.
4. The times: every time named in a sentence about the meeting (`textwhen.mentions`),
   without deadlines ("reply by Friday 5pm"), past mentions ("thanks for today"),
   availability windows (a range longer than `WINDOW_MINUTES`) and instructions ("if you
   need to reschedule …"). A request to pick a time (a scheduling link, "please share
   your availability") with no time named is None.
5. The zone: the one written after the time, else one stated for all times ("All times
   Eastern"), else the sender's (the Date header's offset), else the user's; the length:
   a written range, else a stated duration, else `DEFAULT_TEXT_INTERVIEW_MINUTES`.

The Interview: uid "text:" + the Message-ID, sequence 0, dtstamp the message's Date,
the sender as organizer (the Reply-To human for a relay), interviewers from the text
(`textpeople`), company and role as for calendars (`naming.find_company`, `find_role`).
Reading is bounded: the first `MAX_TEXT_CHARS` characters, at most `MAX_SENTENCES`
sentences of at most `MAX_SENTENCE_CHARS` characters each.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timezone, tzinfo

from followupd.domain.model import CalendarItem, ParsedMessage, UserIdentity
from followupd.understand import people
from followupd.understand.interview import (
    DEFAULT_INTERVIEW_PHRASES,
    PRESS_SUBJECT,
    USER_INTERVIEWS,
    InterviewPhrases,
    media_guest,
    spells_domain,
    without_name,
)
from followupd.understand.lexicon import DEFAULT_SIGNAL_LEXICON
from followupd.understand.naming import JOB_TITLE, find_company, find_role, strip_subject
from followupd.understand.quoting import quoted_from
from followupd.understand.textanswer import (
    DEFAULT_TEXT_INTERVIEW_MINUTES,
    Kind,
    TextInterview,
    trim,
)
from followupd.understand.textkinds import Reader
from followupd.understand.textpeople import is_name
from followupd.understand.textsentences import (
    MAX_SENTENCE_CHARS,
    MAX_SENTENCES,
    REPLY,
    URL,
    Sentence,
    calls_off,
    flags_of,
    found_phrase,
    inherit_list_flags,
    relevant,
    rx,
    sentences_of,
    times_named,
)
from followupd.understand.textwhen import Mention
from followupd.understand.tz import iana_zone

__all__ = [
    "DEFAULT_TEXT_INTERVIEW_MINUTES",
    "MAX_SENTENCES",
    "MAX_SENTENCE_CHARS",
    "MAX_TEXT_CHARS",
    "Kind",
    "TextInterview",
    "read_text_interview",
]

MAX_TEXT_CHARS = 20_000  # a scheduling mail is a few hundred words

# "candidate Alex Moreau": a candidate who is not the user (checked by name).
_CANDIDATE_NAMED = re.compile(
    r"(?:candidate|kandidat(?:in)?|bewerber(?:in)?|candidat[eo]?|candidata)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2})",
    re.IGNORECASE,
)


# The user inviting a candidate of their own team to interview, in mail they wrote.
_USER_INVITES = re.compile(
    r"\bthank\s+you\s+(?:for\s+applying|for\s+your\s+application)\b|"
    r"\b(?:we|I)(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+(?:invite\s+you\s+(?:for|to)\s+"
    r"(?:an?\s+)?(?:interview|meet)|interview\s+you\b)",
    re.IGNORECASE,
)


# A friend laughing ("lunch interview friday?? 😂", "haha"): no recruiter writes that of an
# interview they fix, so without any hiring word it is a joke, not an interview.
_JOKING = re.compile(
    r"[\U0001F602\U0001F923\U0001F606\U0001F61C\U0001F61D]|\b(?:lol|lmao|haha+|jk)\b", re.I
)


def read_text_interview(
    msg: ParsedMessage,
    text: str,
    *,
    user: UserIdentity,
    source: str = "",
    phrases: InterviewPhrases = DEFAULT_INTERVIEW_PHRASES,
    known: str = "",
) -> TextInterview | None:
    """The interview the text fixes (see the module docstring), or None. `known`: why
    the message belongs to a hiring conversation already followed, or ''."""
    text = text[:MAX_TEXT_CHARS]
    subject = msg.subject[:500]
    own = msg.sender is not None and user.is_me(msg.sender.email)
    if _vetoed(msg, text, subject, user, own, phrases):
        return None
    user_zone = _zone_of(user)
    sent = _sent_local(msg, user_zone)
    context = f"{subject}\n{text}"
    spoken = sentences_of(text, subject)
    for sentence in spoken:
        sentence.flags = flags_of(sentence.text, phrases)
    inherit_list_flags(spoken)
    # The user's own reply confirms what the mail it quotes proposed ("10:30 tomorrow
    # works perfectly"): what that meeting is comes from the quoted proposal.
    about = f"{text}\n{msg.text[:MAX_TEXT_CHARS]}" if own else text
    interview_word = _interview_word(subject, about, phrases)
    hiring = _hiring(subject, about, msg, phrases) or known
    if not hiring and not own and (msg.in_reply_to or msg.references):
        # "Let's do Tuesday at 11am CT - I'll call you" answering a recruiter's "We're
        # hiring a Director of Engineering - would you be up for a conversation?"
        quoted = _hiring("", msg.text[:MAX_TEXT_CHARS], msg, phrases)
        hiring = f"the thread it answers: {quoted.removeprefix('it ')}" if quoted else ""
    if not hiring and _JOKING.search(f"{subject}\n{text[:2000]}"):
        return None
    if own:
        kept = [s for s in spoken if "confirm" in s.flags and "question" not in s.flags]
    else:
        kept = relevant(spoken)
    found = _without_restatements(times_named(kept, sent, context, user_zone), spoken)
    # The user agreeing in a reply, naming no time ("Works for me, see you then!").
    agrees = own and bool(kept) and bool(msg.in_reply_to or msg.references)
    if not found and not agrees and not (interview_word and not own and calls_off(spoken)):
        return None  # no time, and nothing said of moving or cancelling the interview
    # A meeting said in the time's sentence or next to it ("Does Thursday at 11 work?
    # It'll be a 30-minute phone call").
    timed = {m.sentence for m in found} | {m.line for m in found}
    # Moving something to a time ("Could we push to Tuesday, same time?") is about a
    # meeting too, in a hiring conversation.
    meeting_near_time = any(
        s.flags & {"meeting", "reschedule"}
        for s in spoken
        if any(abs(s.index - i) <= 1 for i in timed)
    )
    if own and msg.in_reply_to:
        # Confirming a time in a reply within a hiring conversation: the time of a meeting.
        meeting_near_time = True
    if not interview_word and not (hiring and meeting_near_time):
        return None
    reasons: list[str] = []
    if interview_word:
        reasons.append(interview_word)
    if hiring:
        reasons.append(hiring)
    company = _company_name(msg, subject, user)
    by_index = {s.index: s.text for s in spoken}
    subject_text = next((s.text for s in spoken if s.subject), subject)
    if subject_text and _lookalike(subject_text, company, phrases):
        return None  # "Webinar: how to ace your interview"
    # A sentence that times something else ("I'll give you a call on Wednesday to prep")
    # is not the interview's; the others still are.
    alike = {
        i for i in {m.sentence for m in found} | {m.line for m in found}
        if i in by_index and _lookalike(by_index[i], company, phrases)
    }  # fmt: skip
    if alike:
        found = [m for m in found if m.sentence not in alike and m.line not in alike]
        if not found:
            return None
    reader = Reader(msg, text, subject, user, source, phrases, spoken, sent, user_zone, reasons)
    if own:
        return reader.confirmed(found)
    return reader.decide(found)


def _vetoed(
    msg: ParsedMessage,
    text: str,
    subject: str,
    user: UserIdentity,
    own: bool,
    phrases: InterviewPhrases,
) -> bool:
    """Mail that never fixes an interview of the user (see step 2 of the docstring)."""
    sender = msg.sender
    if sender is not None and not own:
        mine = {
            people.registrable_domain(people.domain_of(a))
            for a in user.addresses()
            if not people.is_freemail(people.domain_of(a))
        }
        if people.registrable_domain(people.domain_of(sender.email)) in mine:
            return True  # a colleague: an internal meeting
        domain = people.domain_of(sender.email)
        if any(domain == d or domain.endswith("." + d) for d in phrases.marketing_domains):
            return True
    marketing = DEFAULT_SIGNAL_LEXICON.marketing
    if any(p.search(subject) for p in marketing):
        return True
    if msg.auto_submitted and any(p.search(text[:5000]) for p in marketing):
        return True
    if USER_INTERVIEWS.search(f"{subject}\n{text}"):
        return True
    if not own and (msg.in_reply_to or msg.references):
        # A candidate answering the user's own invitation ("Thank you for applying … we'd
        # like to invite you for an interview"): the user is hiring, not interviewing.
        own_addresses = frozenset(a.lower() for a in user.addresses())
        if _USER_INVITES.search(quoted_from(msg.text[:MAX_TEXT_CHARS], own_addresses)):
            return True
    for match in _CANDIDATE_NAMED.finditer(f"{subject}\n{text}"):
        # "candidate Alex Moreau is …", not "the Candidate Portal"
        words = list(itertools.takewhile(lambda w: w[:1].isupper(), match["name"].split()))
        if len(words) >= 2 and is_name(words) and not _names_user(words, user):
            return True
    if PRESS_SUBJECT.search(strip_subject(re.sub(REPLY, "", subject))):
        return True
    return bool(media_guest(subject, text, phrases=phrases))


def _names_user(words: list[str], user: UserIdentity) -> bool:
    mine = {w.casefold() for w in user.name.split()}
    return any(w.casefold() in mine for w in words)


def _company_name(msg: ParsedMessage, subject: str, user: UserIdentity) -> str:
    """The company's name when it spells its domain ("Summit Analytics"), else ''."""
    moment = msg.date or datetime(2000, 1, 1, tzinfo=UTC)
    item = CalendarItem(uid="-", summary=strip_subject(subject), start=moment, end=moment)
    name, domain, _ = find_company(item, (), msg, user)
    return name if domain and spells_domain(name, domain) else ""


def _lookalike(sentence: str, company: str, phrases: InterviewPhrases) -> bool:
    """A webinar, a course, a media or mock interview, a dentist or a lunch, said in the
    sentence (a company's name aside: "Summit Analytics")."""
    sentence = URL.sub(" ", sentence)
    role = find_role(sentence)
    bare = without_name(sentence.replace(role, " ") if role else sentence, company)
    says_interview = found_phrase(phrases.interview, bare)
    for category, words in phrases.lookalikes:
        if category.startswith("a medical") and says_interview:
            continue  # "an interview with Dr. Weber": the doctor is the interviewer
        if found_phrase(words, bare):
            return True
    return bool(found_phrase(phrases.social, bare)) and not says_interview


def _interview_word(subject: str, text: str, phrases: InterviewPhrases) -> str:
    for label, where in (("subject", strip_subject(subject)), ("text", URL.sub(" ", text))):
        if not found_phrase(phrases.interview, where):
            continue  # the usual case: one search, not one per phrase
        for phrase in phrases.interview:
            m = rx(re.escape(phrase)).search(where)
            if m:
                return f'the {label} says "{trim(m.group(0))}"'
    return ""


def _hiring(subject: str, text: str, msg: ParsedMessage, phrases: InterviewPhrases) -> str:
    for person in (msg.sender, *msg.reply_to):
        domain = people.domain_of(person.email) if person is not None else ""
        generic = people.registrable_domain(domain) in people.GENERIC_SCHEDULERS
        if person is not None and people.is_ats_domain(domain) and not generic:
            return f"sent through a hiring system ({domain})"
    for pattern in phrases.hiring:
        m = rx(pattern).search(f"{subject}\n{text}")
        if m:
            return f'it speaks of hiring ("{trim(m.group(0))}")'
    title = JOB_TITLE.search(strip_subject(re.sub(REPLY, "", subject)))
    if title:
        return f"the subject names a job (“{trim(title.group(0))}”)"
    return ""


def _zone_of(user: UserIdentity) -> tzinfo:
    return iana_zone(user.timezone) or UTC


def _sent_local(msg: ParsedMessage, user_zone: tzinfo) -> datetime | None:
    if msg.date is None:
        return None
    zone = timezone(msg.sent_offset) if msg.sent_offset is not None else user_zone
    try:
        return msg.date.astimezone(zone)
    except (OverflowError, ValueError):
        return None


# Between a time and its restatement in another zone: "3pm UK time (4pm in Berlin)",
# "14:00 Irish time (15:00 for you in Milan)", "10:00 CEST / 17:00 Tokyo".
_RESTATED = re.compile(r"^[^\d()/]{0,30}(?:\(|/)[^\d()]{0,20}$")


def _without_restatements(found: list[Mention], spoken: list[Sentence]) -> list[Mention]:
    """The times named, without a time restated right after another in another zone (in
    parentheses or after a slash): the same moment said twice, not two times."""
    texts = {s.index: s.text for s in spoken}
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.sentence == m.sentence
            and m.clock is not None
            and before.clock is not None
            and (m.day is None or m.day == before.day)
        ):
            end = before.at + len(before.words)
            if m.at == before.at and m.words.startswith(before.words):
                # the day carried over to the second clock: "…at 3pm UK time (4pm"
                between = re.sub(r"\d.*$", "", m.words[len(before.words) :])
            else:  # (overlapping mentions leave nothing between: no restatement)
                between = texts.get(m.sentence, "")[end : m.at]
            if _RESTATED.match(between):
                continue
        out.append(m)
    return out
