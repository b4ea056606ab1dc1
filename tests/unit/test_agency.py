"""Agency recruiters: tracked as such, writing about a client company."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from followupd.domain.model import Application, ParsedMessage, Person, UserIdentity
from followupd.domain.signals import Signal, SignalKind
from followupd.pipeline.tracker import Tracker
from followupd.store import Store
from followupd.understand.conversation import ApplicationIndex, agency_client, assign

USER = UserIdentity(name="Jordan Lee", email="jordan.lee@example.org")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def agency_mail(text: str) -> ParsedMessage:
    return ParsedMessage(
        message_id="<a1@talentbridge.example>",
        subject="Senior Backend role",
        sender=Person(email="maya@talentbridge.example", name="Maya Stone"),
        to=(Person(email=USER.email),),
        date=NOW,
        text=text,
    )


def test_client_names_are_read_from_agency_phrasing() -> None:
    """'my client, Acme Robotics, …', 'on behalf of Globex Corp.', German 'für unseren Kunden'."""
    assert agency_client("Hi Jordan, my client, Acme Robotics, is hiring.") == "Acme Robotics"
    assert agency_client("I write on behalf of Globex Corp. They loved your CV") == "Globex Corp."
    assert (
        agency_client("Für unseren Kunden Müller Logistik GmbH suchen wir")
        == "Müller Logistik GmbH"
    )
    assert agency_client("on behalf of the whole team") == ""


def test_agency_mail_about_a_known_company_joins_its_application() -> None:
    """An agency recruiter writing about a company already followed joins that application."""
    acme = Application(
        id="acme-robotics.example", company="Acme Robotics", domains=("acme-robotics.example",)
    )
    index = ApplicationIndex(applications={acme.id: acme})
    found = assign(
        agency_mail("Hi Jordan, my client, Acme Robotics, would like a second interview."),
        user=USER,
        index=index,
        from_user=False,
    )
    assert found.application == acme.id
    assert "agency" in found.reason


def test_new_agency_process_is_the_clients_with_the_agency_noted(tmp_path: Path) -> None:
    """A rejection from an agency about an unknown client starts an application named after
    the client, with the agency noted and its domain not taken for the company's."""
    with Store(tmp_path / "s.db") as store:
        tracker = Tracker(store, USER)
        msg = agency_mail(
            "Hi Jordan, I'm a recruitment agency consultant. Sadly my client, Initech, "
            "has decided to move forward with other candidates."
        )
        signals = [
            Signal(
                kind=SignalKind.REJECTION, evidence="decided to move forward with other candidates"
            )
        ]
        out = tracker.message("work", msg, signals, NOW)
        app = store.application(out.application)
        assert app is not None
        assert app.company == "Initech"
        assert app.agency == "Talentbridge"
        assert "talentbridge.example" not in app.domains
        assert app.contact is not None and app.contact.email == "maya@talentbridge.example"
        assert "rejection.received" in out.happenings


def test_an_applicant_tracking_footer_on_behalf_of_the_company_is_no_agency() -> None:
    """ "This email was sent via Zoho Recruit on behalf of Pinecrest Home Health": the
    company's own notice through its ATS, not an agency writing about a client."""
    notice = ParsedMessage(
        message_id="<z1@zohorecruit.com>",
        subject="Application received - Client Success Manager",
        sender=Person(email="noreply@zohorecruit.com", name="Pinecrest Home Health"),
        to=(Person(email=USER.email),),
        date=NOW,
        text="Thank you for applying.\n\n--\nThis email was sent via Zoho Recruit on behalf of "
        "Pinecrest Home Health.",
    )
    found = assign(notice, user=USER, index=ApplicationIndex(), from_user=False)
    assert not found.agency
