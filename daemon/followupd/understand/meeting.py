"""A company meeting the user alone: the shape of a job interview, whatever its title says.

The mailbox belongs to a job seeker. When one company (not free-mail, not the user's
own domain) invites the user to a small, one-off meeting in which every other human
taking part is from that company, and the words speak of getting to know each other
or of assessing work ("Founder chat", "Technical deep dive", "Take-home walkthrough",
"Architecture session - Meridian Bank - Jordan Lee"), the meeting is very likely an
interview. `one_company_meeting` returns that reason in words, or '' with none.

What does not have this shape: meetings with people from several outside domains (a
vendor demo for the user's employer), recurring meetings (standups, committees),
meetings with many people (events), and internal-looking ones (retro, sprint,
1:1, a debrief about candidates): their words veto the rule.
"""

from __future__ import annotations

import re
from functools import cache

from followupd.domain.model import CalendarItem, ParsedMessage, Person, UserIdentity
from followupd.domain.words import WholeWords, whole_words
from followupd.understand import people

MAX_PEOPLE = 6  # interview panels are small; events and all-hands are not

# Words of meeting someone new or having work assessed (regexes, any language).
ACQUAINTANCE: tuple[str, ...] = (
    r"meet(?:ing)?\s+(?:the\s+)?team|meet\s+(?:you|each\s+other)|get\s+to\s+know|chat|"
    r"conversation|call|session|deep[\s-]dive|walk-?through|pairing|pair\s+programming|"
    r"case\s+study|presentation|portfolio|whiteboard|bar\s+raiser|founder|coffee|intro(?:duction)?|"
    r"hire|hiring|role|position|team\s+fit|culture|technical|system\s+design|coding|take-?home|"
    r"Gespräch|Kennenlernen|rencontre|entretien|entrevue|échange|entrevista|charla|colloquio",
)
# Words of a colleague's routine or of the user judging others: never an interview.
INTERNAL: tuple[str, ...] = (
    r"stand-?up|retro(?:spective)?|sprint|daily|weekly|sync|planning|all-?hands|town\s*hall|"
    r"1:1|1-1|one-on-one|committee|debrief|candidates?|onboarding|offsite|demo|training|"
    r"Kandidat(?:in|en)?|Bewerber(?:in|innen)?",
)


@cache
def _pattern(pattern: str) -> WholeWords:
    return whole_words(pattern)


def _first(patterns: tuple[str, ...], text: str) -> str:
    for pattern in patterns:
        match = _pattern(pattern).search(text)
        if match:
            return match.group(0)
    return ""


def _names_both(title: str, company: str, user: UserIdentity) -> bool:
    """The title names the company (its domain label) and the user ("Jordan / Lumen")."""
    squashed = re.sub(r"\W", "", title.casefold())
    label = company.split(".", 1)[0].replace("-", "")
    first = user.name.split()[0].casefold() if user.name.split() else ""
    return bool(label) and label in squashed and bool(first) and first in title.casefold()


def one_company_meeting(
    item: CalendarItem,
    message: ParsedMessage | None,
    user: UserIdentity,
    interviewers: tuple[Person, ...],
) -> str:
    """Why this is one company meeting the user alone about getting acquainted; or ''."""
    if item.recurring or not interviewers or len(interviewers) > MAX_PEOPLE:
        return ""
    own = {people.registrable_domain(people.domain_of(a)) for a in user.addresses()}
    domains = {people.company_domain(p.email) for p in interviewers}
    if len(domains) != 1:
        return ""
    (company,) = domains
    if not company or company in own:
        return ""
    organizer = item.organizer
    human = organizer is not None and not people.is_role_mailbox(organizer.email)
    if human and organizer is not None and people.company_domain(organizer.email) != company:
        return ""  # someone else's meeting the company's people were asked to
    others = [a.person for a in item.attendees if not user.is_me(a.person.email)]
    if any(
        people.company_domain(p.email) not in ("", company) for p in others
    ):  # an outside guest from a third domain: not the company meeting the user alone
        return ""
    texts = (item.summary, item.description, message.subject if message else "")
    internal = next((w for w in (_first(INTERNAL, t) for t in texts) if w), "")
    if internal:
        return ""
    if _names_both(item.summary, company, user):
        return f'{company} meets the user alone; the title names both ("{item.summary}")'
    word = next((w for w in (_first(ACQUAINTANCE, t) for t in texts) if w), "")
    if not word:
        return ""
    return f'{company} meets the user alone ({len(interviewers)} of theirs) about "{word}"'
