"""The service: the pipeline pass, the outbox, and the loop that runs them."""

from daemon.service.loop import run_forever, utc_now
from daemon.service.runner import Mailbox, Runner, RunReport, open_mailbox

__all__ = ["Mailbox", "RunReport", "Runner", "open_mailbox", "run_forever", "utc_now"]
