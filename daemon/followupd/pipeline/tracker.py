"""The tracker: one understood message → the state of the hiring processes it belongs to.

It joins the message to an application (or starts one), records the message,
moves the stage, keeps contacts, timeframes and next steps, and records the
happenings rules trigger on — each exactly once, by a stable id, so reading a
message again (a restart, a UIDVALIDITY resync) never fires anything twice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime

from followupd.domain.intents import IntentKind
from followupd.domain.model import (
    Application,
    CalendarStatus,
    Interview,
    ParsedMessage,
    Person,
    Stage,
    UserIdentity,
)
from followupd.domain.signals import Signal, SignalKind
from followupd.rules.world import Happening, MessageFact
from followupd.store import Store
from followupd.understand.conversation import (
    ApplicationIndex,
    Assignment,
    application_for_interview,
    assign,
    slug,
)
from followupd.understand.debrief import parse_debrief
from followupd.understand.people import company_domain, human_contacts, is_role_mailbox
from followupd.understand.quoting import new_text

# Our own Message-IDs: <followupd.KEY@domain> (see compose.message.message_id).
_OURS = re.compile(r"<followupd\.([0-9a-f]{24})@")
_TEXT_KEPT = 4000
_STAGE_BY_SIGNAL = {SignalKind.REJECTION: Stage.REJECTED, SignalKind.OFFER: Stage.OFFER}
_HAPPENING_BY_SIGNAL = {
    SignalKind.REJECTION: "rejection.received",
    SignalKind.OFFER: "offer.received",
    SignalKind.TIMEFRAME: "timeframe.stated",
}


@dataclass
class Tracked:
    """What one message changed, for the log line and explain."""

    application: str = ""
    reason: str = ""
    happenings: list[str] = field(default_factory=list)
    interviews: dict[str, str] = field(default_factory=dict)


class Tracker:
    def __init__(self, store: Store, user: UserIdentity) -> None:
        self.store = store
        self.user = user
        self.index: ApplicationIndex = store.index()

    def refresh(self) -> None:
        self.index = self.store.index()

    # -- interviews -----------------------------------------------------------

    def interview(
        self, account: str, iv: Interview, msg: ParsedMessage | None, now: datetime
    ) -> tuple[str, str]:
        """Record an interview; returns (application id, change)."""
        existing = self.store.interview(iv.uid)
        app_id = application_for_interview(iv, self.index)
        if existing is not None:
            row = [a for _, a, i in self.store.interviews_with_application() if i.uid == iv.uid]
            app_id = row[0] if row and row[0] else app_id
        app = self.index.applications.get(app_id) or Application(
            id=app_id,
            company=iv.company or iv.title,
            role=iv.role,
            domains=(iv.company_domain,) if iv.company_domain else (),
        )
        contact = app.contact
        if contact is None and msg is not None:
            # An ATS relays for a coordinator: the human in Reply-To is the contact.
            humans = human_contacts(msg.reply_to) or human_contacts(
                (msg.sender,) if msg.sender else ()
            )
            humans = tuple(p for p in humans if not self.user.is_me(p.email))
            contact = humans[0] if humans else None
        contacts = _merge(
            app.contacts, (*iv.interviewers, *(() if contact is None else (contact,)))
        )
        stage = app.stage
        if iv.status != CalendarStatus.CANCELLED and stage in (Stage.APPLIED, Stage.WAITING):
            stage = Stage.INTERVIEWING
        app = app.model_copy(
            update={
                "role": app.role or iv.role,
                "contact": contact,
                "contacts": contacts,
                "stage": stage,
                "domains": _merge_domains(app.domains, iv.company_domain),
            }
        )
        self.store.put_application(app, now)
        change = self.store.upsert_interview(account, iv, now, application=app_id)
        kind = {
            "new": "interview.scheduled",
            "rescheduled": "interview.rescheduled",
            "cancelled": "interview.cancelled",
        }.get(change)
        if kind is not None:
            at = msg.date if msg and msg.date else now
            self.store.add_happening(
                Happening(
                    id=f"{iv.uid}#{iv.sequence}:{kind}",
                    kind=kind,
                    at=at,
                    application=app_id,
                    account=account,
                    interview_uid=iv.uid,
                    message=self._fact(msg, app_id, account, now) if msg else None,
                ),
                now,
            )
        self.refresh()
        return app_id, change

    # -- messages -------------------------------------------------------------

    def message(
        self,
        account: str,
        msg: ParsedMessage,
        signals: list[Signal],
        now: datetime,
        *,
        interview_app: str = "",
    ) -> Tracked:
        """Join a message to its application and record what it means."""
        out = Tracked()
        from_user = msg.sender is not None and self.user.is_me(msg.sender.email)
        if from_user and self._debrief(account, msg, now, out):
            return out
        found = assign(msg, user=self.user, index=self.index, from_user=from_user)
        app_id = found.application or interview_app
        hiring = any(s.kind != SignalKind.AUTOMATED for s in signals)
        if not app_id and hiring and found.company_domain:
            app_id = self._new_application(found, now)
        if not app_id:
            out.reason = found.reason
            return out
        out.application, out.reason = app_id, found.reason or "the invitation's application"
        fact = self._fact(msg, app_id, account, now)
        if not self.store.add_message(fact):
            out.reason += " (already known)"
            return out
        self._update_application(app_id, fact, signals, now)
        if not from_user:
            self._happenings(account, app_id, fact, signals, now, out)
        self.refresh()
        return out

    def _fact(self, msg: ParsedMessage, app_id: str, account: str, now: datetime) -> MessageFact:
        sender = msg.sender or Person(email="")
        from_user = bool(msg.sender and self.user.is_me(msg.sender.email))
        automated = msg.auto_submitted or (not from_user and is_role_mailbox(sender.email))
        return MessageFact(
            message_id=msg.message_id or synthetic_id(msg),
            application=app_id,
            account=account,
            at=msg.date or now,
            sender=sender,
            to=(*msg.to, *msg.cc),
            reply_to=msg.reply_to,
            subject=msg.subject,
            text=new_text(msg.text)[:_TEXT_KEPT],
            references=msg.references,
            from_user=from_user,
            automated=automated,
        )

    def _new_application(self, found: Assignment, now: datetime) -> str:
        if found.agency:
            # An agency recruiter: the process is the client's; the agency is noted, and
            # its domain is not taken for the company's (the recruiter joins as a contact).
            client = found.client or f"a client of {found.company}"
            app = Application(
                id=f"{found.company_domain}/{slug(found.client) or 'client'}",
                company=client,
                stage=Stage.APPLIED,
                agency=found.company,
            )
        else:
            app = Application(
                id=found.company_domain,
                company=found.company,
                domains=(found.company_domain,),
                stage=Stage.APPLIED,
            )
        self.store.put_application(app, now)
        self.refresh()
        return app.id

    def _update_application(
        self, app_id: str, fact: MessageFact, signals: list[Signal], now: datetime
    ) -> None:
        app = self.index.applications.get(app_id) or self.store.application(app_id)
        if app is None:
            return
        update: dict[str, object] = {}
        if fact.from_user:
            update["last_from_me"] = max(filter(None, (app.last_from_me, fact.at)))
        elif not fact.automated:
            update["last_from_them"] = max(filter(None, (app.last_from_them, fact.at)))
            people = human_contacts((*fact.reply_to, fact.sender))
            people = tuple(p for p in people if not self.user.is_me(p.email))
            if people:
                update["contacts"] = _merge(app.contacts, people)
                if app.contact is None:
                    update["contact"] = people[0]
                domain = company_domain(people[0].email)
                if domain and not app.agency:
                    update["domains"] = _merge_domains(app.domains, domain)
        for s in signals:
            latest = app.last_from_them is None or fact.at >= app.last_from_them
            if s.kind in _STAGE_BY_SIGNAL and latest:
                update["stage"] = _STAGE_BY_SIGNAL[s.kind]
            elif s.kind == SignalKind.TIMEFRAME and s.due is not None:
                if app.timeframe_due is None or fact.at >= (app.last_from_them or fact.at):
                    update["timeframe_due"] = s.due
                    update["timeframe"] = s.evidence
                    update["timeframe_at"] = fact.at
            elif s.kind == SignalKind.NEXT_STEPS and s.detail:
                update["next_steps"] = (*app.next_steps, s.detail)[-5:]
        if update:
            self.store.put_application(app.model_copy(update=update), now)

    def _happenings(
        self,
        account: str,
        app_id: str,
        fact: MessageFact,
        signals: list[Signal],
        now: datetime,
        out: Tracked,
    ) -> None:
        def add(kind: str, at: datetime, evidence: str = "", due: datetime | None = None) -> None:
            h = Happening(
                id=f"{fact.message_id}:{kind}",
                kind=kind,
                at=at,
                application=app_id,
                account=account,
                message=fact,
                evidence=evidence,
                due=due,
            )
            if self.store.add_happening(h, now):
                out.happenings.append(kind)

        if not fact.automated:
            add("reply.received", fact.at)
        for s in signals:
            kind = _HAPPENING_BY_SIGNAL.get(s.kind)
            if kind is None:
                continue
            if s.kind == SignalKind.TIMEFRAME:
                if s.due is not None:
                    add(kind, s.due, s.evidence, s.due)
            else:
                add(kind, fact.at, s.evidence)

    # -- debriefs -------------------------------------------------------------

    def _debrief(self, account: str, msg: ParsedMessage, now: datetime, out: Tracked) -> bool:
        """The user's reply to one of our reminders about an interview: their debrief notes."""
        for ref in (msg.in_reply_to, *msg.references):
            m = _OURS.search(ref or "")
            if not m:
                continue
            stored = self.store.intent(m.group(1))
            if stored is None or stored.intent.kind != IntentKind.REMIND:
                continue
            iv = self.store.interview(stored.intent.subject_ref)
            if iv is None:
                continue
            note = parse_debrief(
                msg.text,
                interviewers=list(iv.interviewers),
                sent=msg.date or now,
                tz=self.user.timezone,
            )
            app_id = stored.intent.application
            h = Happening(
                id=f"{msg.message_id or ref}:debrief.received",
                kind="debrief.received",
                at=msg.date or now,
                application=app_id,
                account=account,
                interview_uid=iv.uid,
                message=self._fact(msg, app_id, account, now),
                debrief=note,
            )
            if self.store.add_happening(h, now):
                out.happenings.append("debrief.received")
            app = self.store.application(app_id)
            if app is not None and (note.timeframe_due or note.check_back):
                self.store.put_application(
                    app.model_copy(
                        update={
                            "timeframe_due": note.timeframe_due or app.timeframe_due,
                            "timeframe": note.timeframe or app.timeframe,
                            "check_back": note.check_back or app.check_back,
                            "timeframe_at": msg.date or now,
                        }
                    ),
                    now,
                )
            out.application, out.reason = app_id, "your debrief notes"
            self.refresh()
            return True
        return False


def synthetic_id(msg: ParsedMessage) -> str:
    """A stable id for a message without Message-ID, so it is still recorded only once."""
    seed = f"{msg.date}|{msg.sender.email if msg.sender else ''}|{msg.subject}|{msg.text[:200]}"
    return f"<no-id.{hashlib.sha256(seed.encode()).hexdigest()[:20]}@followupd.invalid>"


def _merge(old: tuple[Person, ...], more: tuple[Person, ...]) -> tuple[Person, ...]:
    seen = {p.email: p for p in old}
    for p in more:
        if p.email and p.email not in seen:
            seen[p.email] = p
    return tuple(seen.values())


def _merge_domains(old: tuple[str, ...], domain: str) -> tuple[str, ...]:
    return old if not domain or domain in old else (*old, domain)
