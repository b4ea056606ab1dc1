"""The service: the pipeline pass, the outbox, and the supervisor that runs them."""

from datetime import UTC, datetime

from daemon.service.runner import Mailbox, Runner, RunReport, open_mailbox
from daemon.service.supervisor import Supervisor, serve

__all__ = ["Mailbox", "RunReport", "Runner", "Supervisor", "open_mailbox", "serve", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)
