"""The variables a template sees, built from an occurrence (documented in templates.VARIABLES)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from followupd.domain.model import Application, Interview, Person
from followupd.rules.conditions import interview_kind
from followupd.rules.triggers import Occurrence
from followupd.rules.world import MessageFact, World

# Day and month names for letters in the conversation's language (strftime speaks the
# C locale's English whatever the user's locale is).
_DAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}


def first_name(person: Person) -> str:
    name = person.name.strip()
    if "," in name:  # "Last, First" as Exchange writes it
        name = name.split(",", 1)[1].strip()
    return name.split()[0] if name else ""


def person_vars(p: Person | None, iv: Interview | None = None) -> dict[str, str]:
    """A person for templates; `title` is their job title when the interview gives it."""
    if p is None:
        return {"name": "", "first_name": "", "email": "", "title": ""}
    title = iv.title_of(p.email) if iv is not None else ""
    return {"name": p.name or p.email, "first_name": first_name(p), "email": p.email,
            "title": title}  # fmt: skip


def _fmt(moment: datetime | None, zone: ZoneInfo, pattern: str) -> str:
    return moment.astimezone(zone).strftime(pattern) if moment else ""


def interview_vars(iv: Interview | None, zone: ZoneInfo, company: str = "") -> dict[str, Any]:
    """The interview's fields; `company` is the application's name for the company when
    known (as its people spell it: "Halvorsen & Pike", not the domain's "Halvorsenpike")."""
    if iv is None:
        return {
            "title": "", "company": "", "role": "", "kind": "", "start": "", "end": "", "date": "",
            "time": "", "weekday": "", "interviewers": [], "join_url": "", "location": "",
        }  # fmt: skip
    return {
        "title": iv.title,
        "company": company or iv.company,
        "role": iv.role,
        "kind": interview_kind(iv.title),
        "start": _fmt(iv.start, zone, "%A, %d %B %Y, %H:%M"),
        "end": _fmt(iv.end, zone, "%H:%M"),
        "date": _fmt(iv.start, zone, "%d %B %Y"),
        "time": _fmt(iv.start, zone, "%H:%M"),
        "weekday": _fmt(iv.start, zone, "%A"),
        "interviewers": [person_vars(p, iv) for p in iv.interviewers],
        "join_url": iv.join_url,
        "location": iv.location,
    }


def application_vars(
    app: Application | None, iv: Interview | None, world: World, zone: ZoneInfo
) -> dict[str, Any]:
    company = (app.company if app else "") or (iv.company if iv else "")
    role = (app.role if app else "") or (iv.role if iv else "")
    domains = set(app.domains) if app else set()
    # People of the company the user corresponded with: for networking reminders.
    known: dict[str, Person] = {}
    for m in world.messages if app else ():
        if m.application != app.id:  # type: ignore[union-attr]
            continue
        for p in (m.sender, *m.to):
            if p.email.rpartition("@")[2] in domains and not world.user.is_me(p.email):
                known.setdefault(p.email, p)
    return {
        "company": company,
        "role": role,
        "stage": app.stage.value if app else "",
        "contact": person_vars(app.contact if app else None),
        "contacts": [person_vars(p) for p in known.values()],
        "timeframe": app.timeframe if app else "",
        "timeframe_due": _fmt(app.timeframe_due if app else None, zone, "%A, %d %B %Y"),
        "check_back": _fmt(app.check_back if app else None, zone, "%A, %d %B %Y"),
        "next_steps": list(app.next_steps) if app else [],
    }


def conversation_language(msg: MessageFact | None, app: Application | None, world: World) -> str:
    """The language to write in: the trigger's message's, else that of the company's
    latest message (a person's before a machine's), else English."""
    if msg is not None and msg.language and not msg.from_user:
        return msg.language
    mail = [m for m in world.messages if app is not None and m.application == app.id]
    mail.sort(key=lambda m: m.at, reverse=True)
    # A person of the company first, then their machines, then the user's own letters.
    for rank in range(3):
        for m in mail:
            if m.language and _rank(m) <= rank:
                return m.language
    return "en"


def _rank(m: MessageFact) -> int:
    if m.from_user:
        return 2
    return 1 if m.automated else 0


def local_dates(
    language: str, iv: Interview | None, app: Application | None, zone: ZoneInfo
) -> dict[str, str]:
    """The interview's day and date and the application's dates, in `language`."""

    def day(moment: datetime | None) -> str:
        if moment is None:
            return ""
        if language not in _DAYS:
            return _fmt(moment, zone, "%A")
        return _DAYS[language].split()[moment.astimezone(zone).weekday()]

    def date(moment: datetime | None) -> str:
        if moment is None:
            return ""
        if language not in _MONTHS:
            return _fmt(moment, zone, "%d %B %Y")
        local = moment.astimezone(zone)
        month = _MONTHS[language].split()[local.month - 1]
        return {
            "de": f"{local.day}. {month} {local.year}",
            "fr": f"{'1er' if local.day == 1 else local.day} {month} {local.year}",
            "es": f"{local.day} de {month} de {local.year}",
        }[language]

    start = iv.start if iv else None
    return {
        "weekday": day(start),
        "date": date(start),
        "time": _fmt(start, zone, "%H:%M"),
        "timeframe_due": date(app.timeframe_due if app else None),
        "check_back": date(app.check_back if app else None),
    }


def template_context(
    occ: Occurrence, world: World, person: Person | None, now: datetime
) -> dict[str, Any]:
    user = world.user
    zone = ZoneInfo(user.timezone)
    happening = occ.happening
    msg = happening.message if happening else None
    debrief = happening.debrief if happening else None
    if debrief is None and occ.interview is not None:
        for h in world.happenings:
            if h.kind == "debrief.received" and h.interview_uid == occ.interview.uid:
                debrief = h.debrief
    topics: list[str] = []
    if debrief is not None and person is not None:
        for who, points in debrief.topics.items():
            if who in (person.email.lower(), person.name.lower(), first_name(person).lower()):
                topics.extend(points)
    language = conversation_language(msg, occ.application, world)
    return {
        "language": language,
        "local": local_dates(language, occ.interview, occ.application, zone),
        "user": {
            **person_vars(Person(email=user.email, name=user.name)),
            "name": user.name or user.email,
        },
        "interview": interview_vars(
            occ.interview, zone, occ.application.company if occ.application else ""
        ),
        "application": application_vars(occ.application, occ.interview, world, zone),
        "interviewer": person_vars(person, occ.interview),
        "person": person_vars(person, occ.interview),
        "message": {
            "subject": msg.subject if msg else "",
            "sender": person_vars(msg.sender if msg else None),
            "date": _fmt(msg.at if msg else None, zone, "%A, %d %B %Y"),
            "text": msg.text if msg else "",
            "quoted": "\n".join(
                f"> {line}" if line else ">" for line in (msg.text if msg else "").splitlines()
            ),
            "evidence": happening.evidence if happening else "",
            "offers_feedback": bool(msg and msg.offers_feedback),
        },
        "debrief": {
            "topics": topics,
            "general": list(debrief.general) if debrief else [],
            "timeframe": debrief.timeframe if debrief else "",
        },
        "now": _fmt(now, zone, "%A, %d %B %Y, %H:%M"),
    }


def sample_context() -> dict[str, Any]:
    """A realistic context of every variable, for checking templates at load time.

    Built through `template_context` itself, so it has exactly the shape templates see
    when they are rendered for real; a misspelt attribute fails here, in `check`.
    """
    from datetime import UTC

    from followupd.domain.model import Stage, UserIdentity
    from followupd.domain.signals import DebriefNote
    from followupd.rules.world import Happening, MessageFact

    start = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
    ana = Person(email="ana.ruiz@acme.example", name="Ana Ruiz")
    iv = Interview(
        uid="sample",
        title="Technical interview",
        start=start,
        end=start.replace(hour=15),
        interviewers=(ana,),
        company="Acme",
        company_domain="acme.example",
        role="Backend Engineer",
    )
    app = Application(
        id="acme.example",
        company="Acme",
        role="Backend Engineer",
        domains=("acme.example",),
        stage=Stage.WAITING,
        contact=ana,
        contacts=(ana,),
        timeframe="by Friday",
        timeframe_due=start,
        check_back=start,
        next_steps=("a final round",),
    )
    msg = MessageFact(
        message_id="<m@acme.example>",
        application=app.id,
        account="sample",
        at=start,
        sender=ana,
        subject="Next steps",
        text="We will get back to you by Friday. Happy to share feedback if you like.",
        offers_feedback=True,
    )
    happening = Happening(
        id="sample",
        kind="reply.received",
        at=start,
        application=app.id,
        account="sample",
        interview_uid=iv.uid,
        message=msg,
        evidence="We will get back to you by Friday.",
        debrief=DebriefNote(topics={"ana": ("caching",)}, general=("Kafka",), timeframe="a week"),
    )
    world = World(
        user=UserIdentity(name="Jordan Lee", email="jordan.lee@example.org"),
        now=start,
        applications={app.id: app},
        interviews=[("sample", app.id, iv)],
        happenings=[happening],
        messages=[msg],
    )
    occ = Occurrence(
        trigger="reply.received",
        ref="sample",
        moment=start,
        account="sample",
        application=app,
        interview=iv,
        happening=happening,
    )
    return template_context(occ, world, ana, start)
