"""The pipeline: one pass — read → understand → track → plan → reconcile → carry out."""

from datetime import UTC, datetime

from followupd.pipeline.runner import Mailbox, Runner, RunReport, open_mailbox

__all__ = ["Mailbox", "RunReport", "Runner", "open_mailbox", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)
