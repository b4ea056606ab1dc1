"""Which bodies are fetched, decided from headers and structure alone (`pipeline.selector`).

These pin the selector's present policy: a calendar part, a known application's
domain or contact, an applicant-tracking sender, a known thread, a reply to one of
our own notes, or a hiring subject is fetched; anything else is not.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.domain.model import Application, MessageRef, Person
from followupd.domain.ports import Candidate
from followupd.pipeline.selector import Selector, selector
from followupd.understand.conversation import ApplicationIndex

ME = frozenset({"jordan.lee@example.org", "jordan@alias.example"})
ACME = Application(
    id="acme.example",
    company="Acme",
    domains=("acme.example",),
    contact=Person(email="dana@talent-partners.example", name="Dana"),
    contacts=(Person(email="sam@freelance-recruiter.example"),),
)
INDEX = ApplicationIndex(
    applications={ACME.id: ACME}, by_message={"<thread-1@acme.example>": ACME.id}
)
REF = MessageRef(account="work", folder="INBOX", uidvalidity=1, uid=7)


def candidate(
    *,
    sender: str = "Pat <pat@shop.example>",
    to: str = "Jordan Lee <jordan.lee@example.org>",
    subject: str = "Your order has shipped",
    extra: str = "",
    content_types: tuple[str, ...] = ("text/plain",),
    filenames: tuple[str, ...] = (),
) -> Candidate:
    headers = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n{extra}\r\n").encode()
    return Candidate(ref=REF, headers=headers, content_types=content_types, filenames=filenames)


def wanted(c: Candidate, index: ApplicationIndex = INDEX) -> bool:
    return selector(index, ME)(c)


def test_an_ordinary_message_is_not_fetched() -> None:
    """A shop's mail, no known party, no hiring words: headers only."""
    assert not wanted(candidate())


@pytest.mark.parametrize(
    ("content_types", "filenames"),
    [
        (("multipart/mixed", "text/plain", "text/calendar"), ()),
        (("multipart/mixed", "application/ics"), ()),
        (("multipart/mixed", "application/octet-stream"), ("invite.ics",)),
        (("multipart/mixed", "application/octet-stream"), ("meeting.vcs",)),
    ],
)
def test_a_calendar_part_is_always_fetched(
    content_types: tuple[str, ...], filenames: tuple[str, ...]
) -> None:
    """A text/calendar or application/ics part, or an .ics/.vcs file, is fetched, whoever sent it."""
    assert wanted(candidate(content_types=content_types, filenames=filenames))
    assert wanted(candidate(content_types=content_types, filenames=filenames), ApplicationIndex())


def test_the_known_company_domain_is_fetched_also_from_a_subdomain() -> None:
    """An address of an application's domain (or a subdomain of it) is fetched."""
    assert wanted(candidate(sender="Dana <dana@acme.example>"))
    assert wanted(candidate(sender="HR <people@mail.acme.example>"))
    assert not wanted(candidate(sender="Dana <dana@acme.example>"), ApplicationIndex())


@pytest.mark.parametrize("header", ["From", "Reply-To", "To", "Cc"])
def test_a_known_contact_in_any_address_header_is_fetched(header: str) -> None:
    """The primary contact or another known contact, in From, Reply-To, To or Cc."""
    if header == "From":
        assert wanted(candidate(sender="Dana <dana@talent-partners.example>"))
    elif header == "To":
        headers = b"From: Pat <pat@shop.example>\r\nTo: sam@freelance-recruiter.example\r\nSubject: hi\r\n\r\n"
        assert wanted(Candidate(ref=REF, headers=headers))
    else:
        assert wanted(candidate(extra=f"{header}: sam@freelance-recruiter.example\r\n"))


def test_an_applicant_tracking_sender_is_fetched_with_no_application_known() -> None:
    """Greenhouse, Lever, a Workday tenant: fetched even before any application exists."""
    empty = ApplicationIndex()
    assert wanted(candidate(sender="Acme <no-reply@greenhouse.io>"), empty)
    assert wanted(candidate(sender="Acme via Lever <notifications@hire.lever.co>"), empty)
    assert wanted(candidate(sender="Acme <acme@myworkday.com>"), empty)


def test_a_message_of_a_known_thread_is_fetched() -> None:
    """In-Reply-To or References naming a message already in an application."""
    assert wanted(candidate(extra="In-Reply-To: <thread-1@acme.example>\r\n"))
    assert wanted(candidate(extra="References: <x@y.example> <thread-1@acme.example>\r\n"))
    assert not wanted(candidate(extra="In-Reply-To: <other@y.example>\r\n"))


def test_a_reply_to_one_of_our_own_notes_is_fetched() -> None:
    """A Message-ID of ours (<followupd.…>) in the references: the user's debrief, say."""
    ours = "<followupd.0123456789abcdef01234567@example.org>"
    assert wanted(candidate(extra=f"In-Reply-To: {ours}\r\n"), ApplicationIndex())
    assert wanted(candidate(extra=f"References: {ours}\r\n"), ApplicationIndex())


@pytest.mark.parametrize(
    "subject",
    [
        "Your application for Backend Engineer",
        "Interview invitation",
        "Next steps",
        "Ihre Bewerbung bei Acme",
        "Absage",
        "Votre candidature",
        "An offer from Acme",
        "Recruiting update",
    ],
)
def test_a_hiring_subject_is_fetched(subject: str) -> None:
    """Words of applications and interviews in the subject (English, German, French)."""
    assert wanted(candidate(subject=subject), ApplicationIndex())


@pytest.mark.parametrize(
    "subject", ["Weekly digest", "Lunch on Friday?", "Roles and responsibilities doc"]
)
def test_subjects_without_hiring_words_are_not_fetched(subject: str) -> None:
    """Whole words only: 'Roles' is not 'role'; a digest or a lunch is not hiring."""
    assert not wanted(candidate(subject=subject), ApplicationIndex())


def test_the_users_own_addresses_never_make_a_message_wanted() -> None:
    """The user's address at a known domain is not the company's (their aliases are skipped)."""
    me_at_acme = ApplicationIndex(
        applications={
            "alias.example": Application(
                id="alias.example", company="Alias", domains=("alias.example",)
            )
        }
    )
    assert not wanted(candidate(sender="Jordan <jordan@alias.example>"), me_at_acme)


def test_a_free_mail_sender_is_not_a_company_domain() -> None:
    """A gmail.com address matches no application by domain (only as a known contact)."""
    gmail = ApplicationIndex(
        applications={"x": Application(id="x", company="X", domains=("gmail.com",))}
    )
    assert not wanted(candidate(sender="Alex <alex.morgan@gmail.com>"), gmail)


# -- recall-safe reading (issue 10) --------------------------------------------


def test_an_encoded_subject_is_decoded_before_it_is_tested() -> None:
    """RFC 2047: "=?ISO-8859-1?Q?Ihre_Bewerbung?=" is "Ihre Bewerbung", a hiring subject."""
    assert wanted(candidate(sender="Eva <eva@kontor.example>",
                            subject="=?ISO-8859-1?Q?Ihre_Bewerbung_bei_uns?="))  # fmt: skip
    assert wanted(candidate(subject="=?UTF-8?B?UmU6IEVudHJldGllbiBkJ2VtYmF1Y2hl?="))  # Entretien


def test_a_job_title_in_the_subject_is_read() -> None:
    assert wanted(candidate(subject="Re: Senior Backend Engineer – status?"))
    assert wanted(candidate(subject="Senior Data Scientist – Jordan Lee"))
    assert not wanted(candidate(subject="Re: dinner on Friday?"))


def test_a_reply_to_the_users_own_mail_is_read() -> None:
    """A human answering what the user sent (their application from Sent) is read, though
    no application knows the thread yet."""
    reply = candidate(subject="Re: quick question", extra="In-Reply-To: <mine.1@example.org>\r\n")
    assert not selector(INDEX, ME)(reply)
    assert selector(INDEX, ME, own_threads={"<mine.1@example.org>"})(reply)


def test_a_skipped_message_keeps_what_finds_it_again() -> None:
    """Not read, but remembered: its id, its thread, its people and their company domain —
    never the user's own addresses, never a free-mail domain as a company."""
    chooser = Selector(INDEX, ME)
    c = candidate(
        sender="Rosa <rosa@globex.example>",
        subject="A quick update",
        extra="Message-ID: <u1@globex.example>\r\nReferences: <a@x.example> <b@x.example>\r\n"
        "Cc: friend@gmail.com\r\n",
    )
    assert not chooser.wanted(c)
    judged = chooser.take(c.ref)
    assert judged is not None and not judged.wanted
    assert set(judged.keys) == {
        "m:<u1@globex.example>",
        "r:<a@x.example>",
        "r:<b@x.example>",
        "a:rosa@globex.example",
        "d:globex.example",
        "a:friend@gmail.com",
    }
    assert "no hiring word" in judged.reason
    assert chooser.take(c.ref) is None  # taken once


def test_what_a_batch_taught_counts_for_the_next() -> None:
    """A new application's domain, learnt from one batch, makes its mail wanted in the next."""
    index = ApplicationIndex()
    chooser = Selector(index, ME)
    c = candidate(sender="Rosa <rosa@globex.example>", subject="A quick update")
    assert not chooser.wanted(c)
    index.applications["globex.example"] = Application(
        id="globex.example", company="Globex", domains=("globex.example",)
    )
    chooser.refresh()
    assert chooser.wanted(c)
    judged = chooser.take(c.ref)
    assert judged is not None and judged.reason == "globex.example is the domain of an application"


@given(st.binary(max_size=400), st.text(max_size=200))
def test_the_selector_never_raises(headers: bytes, subject: str) -> None:
    """Any header bytes, any subject: a judgement, never an exception."""
    chooser = Selector(INDEX, ME)
    raw = headers + f"\r\nSubject: {subject}\r\n\r\n".encode("utf-8", "surrogateescape")
    judged = chooser.judge(Candidate(ref=REF, headers=raw))
    assert isinstance(judged.wanted, bool) and judged.reason


# --- the header splitter the selector reads every message of a first sync with ----------

from email.parser import BytesHeaderParser  # noqa: E402
from email.utils import getaddresses  # noqa: E402

from followupd.pipeline.selector import header_fields, message_keys  # noqa: E402

_names = st.sampled_from(["From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "Date"])
_values = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=0, max_size=60
).map(str.strip)


@given(st.lists(st.tuples(_names, _values), min_size=1, max_size=8))
def test_header_fields_reads_what_the_email_package_reads(fields: list[tuple[str, str]]) -> None:
    """Well-formed fields: the first of each name, its value as the email package has it
    (folded lines unfolded; runs of spaces, which no judgement reads, aside)."""
    block = "".join(f"{name}: {value}\r\n" for name, value in fields).encode()
    theirs = BytesHeaderParser().parsebytes(block)
    ours = header_fields(block)
    for name, _ in fields:
        assert " ".join(ours[name.lower()].split()) == " ".join(str(theirs.get(name, "")).split())


def test_header_fields_unfolds_continuations_and_keeps_the_first_of_a_name() -> None:
    block = (
        b"Subject: Interview\r\n  schedule for\r\n\tnext week\r\nTo: a@x.example\r\n"
        b"Subject: second\r\nX-Broken line without colon\r\n  stray continuation\r\n"
    )
    fields = header_fields(block)
    assert fields["subject"] == "Interview schedule for next week"
    assert fields["to"] == "a@x.example"


def test_a_field_folded_over_many_lines_is_read_whole() -> None:
    """A hostile References folded over 50,000 lines is joined (in linear time) and
    the fields after it are still read."""
    folded = b"".join(b"\r\n <r%d@x.example>" % i for i in range(50_000))
    fields = header_fields(b"References:" + folded + b"\r\nSubject: Interview\r\n")
    assert fields["references"].count("@x.example>") == 50_000
    assert fields["subject"] == "Interview"


@given(st.binary(max_size=400))
def test_header_fields_never_raises(block: bytes) -> None:
    assert isinstance(header_fields(block), dict)


@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdefg ,.'", max_size=12),
            st.from_regex(r"[a-z][a-z0-9.+-]{0,8}@[a-z]{1,8}\.example", fullmatch=True),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_address_getaddresses_finds_is_a_key(people: list[tuple[str, str]]) -> None:
    """The filter may find more addresses than the email package (one written in a
    display name), never fewer: a contact of an application is never missed."""
    value = ", ".join(f'"{name}" <{addr}>' for name, addr in people)
    keys = message_keys({"from": value}, ())
    for _, addr in getaddresses([value]):
        assert f"a:{addr.lower()}" in keys


def test_a_domain_spelling_an_application_known_by_name_is_read() -> None:
    """ "Saguaro Market" was learnt through an ATS, with no domain: mail from
    saguaromarket.example (and not from saguaro-bank.example's neighbour) is read."""
    named = Application(id="name:saguaro-market", company="Saguaro Market")
    index = ApplicationIndex(applications={named.id: named})
    sender = "Luis Ortega <luis.ortega@saguaromarket.example>"
    assert wanted(candidate(sender=sender, subject="Great meeting you"), index)
    assert not wanted(candidate(sender="Mo <mo@saguarobank.example>", subject="Hello"), index)


def test_a_domain_cutting_the_name_short_spells_it_too() -> None:
    """Saguaro Payments writes from saguaropay.example, Mesa Verde Insurance from
    mesaverdeins.example: both read once the ATS named the company; a domain that only
    shares the first word and goes on otherwise (saguarobank) is not."""
    apps = [
        Application(id="name:saguaro-payments", company="Saguaro Payments"),
        Application(id="name:mesa-verde-insurance", company="Mesa Verde Insurance"),
    ]
    index = ApplicationIndex(applications={a.id: a for a in apps})
    for sender in ("Leah <leah@saguaropay.example>", "Jo <jo@mesaverdeins.example>"):
        assert wanted(candidate(sender=sender, subject="let's chat"), index)
    assert not wanted(candidate(sender="Mo <mo@saguarobank.example>", subject="Hello"), index)
    assert not wanted(candidate(sender="Al <al@mesavet.example>", subject="Hello"), index)


def test_the_users_own_mail_to_a_company_is_read_whatever_its_subject() -> None:
    """An outreach starts a process ("Operations at Monsoon Robotics?"): the user's own
    mail to a few people of a company is read; to friends on free mail, or to a crowd,
    it is not."""
    index = ApplicationIndex()
    me = "Jordan Lee <jordan.lee@example.org>"
    to_company = candidate(sender=me, to="Eli <eli@monsoonrobotics.example>", subject="Hi")
    assert wanted(to_company, index)
    assert not wanted(candidate(sender=me, to="Mo <mo@gmail.com>", subject="Hi"), index)
    crowd = ", ".join(f"p{i} <p{i}@bigcorp.example>" for i in range(6))
    assert not wanted(candidate(sender=me, to=crowd, subject="Minutes"), index)


def test_a_domain_by_the_names_initials_spells_it() -> None:
    """Pinecrest Home Health (named by a Zoho notice) writes from pinecresthh.example."""
    app = Application(id="name:pinecrest-home-health", company="Pinecrest Home Health")
    index = ApplicationIndex(applications={app.id: app})
    assert wanted(candidate(sender="Kim <kim@pinecresthh.example>", subject="Phone screen"), index)
    assert index.by_label("pinecresthh.example") == app.id


def test_an_oversized_company_name_spells_no_label_longer_than_a_domain_label() -> None:
    """A hostile 4,000-letter company name costs at most a domain label's worth of
    prefixes (63 characters), not megabytes at every refresh."""
    app = Application(id="name:huge", company="Saguaro " + "P" * 4000)
    ((_, spelt),) = ApplicationIndex(applications={app.id: app}).name_labels()
    assert max(len(label) for label in spelt if label != "saguaro" + "p" * 4000) <= 63
    assert len(spelt) < 70
