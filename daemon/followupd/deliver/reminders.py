"""How reminders reach the user: `[reminders] delivery`.

`inbox` (the default) needs nothing here: the outbox appends a flagged note to INBOX.
`smtp` sends the note through the user's own server (`[smtp]`), to the user only —
`followupd.deliver.smtp` refuses any other recipient in the sending code itself.

    Runner(settings, ruleset, store, smtp=smtp_sender(settings))
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from email.message import EmailMessage

from followupd.config import Settings
from followupd.deliver.smtp import send_to_self_sync

Sender = Callable[[EmailMessage], None]


def smtp_sender(settings: Settings) -> Sender | None:
    """The sender for reminders, or None when they go to INBOX (the Runner's default)."""
    if settings.reminders.delivery != "smtp":
        return None
    config = settings.smtp
    if config is None:  # Settings refuses this; stay safe if built by hand
        return None
    user = settings.user.identity()

    def send(message: EmailMessage) -> None:
        # send_to_self_sync runs its own event loop: fine on a worker thread, but not
        # inside a running loop, so from there it goes to a short-lived thread.
        failure: list[BaseException] = []

        def work() -> None:
            try:
                send_to_self_sync(message, user=user, config=config)
            except BaseException as exc:  # re-raised in the caller's thread
                failure.append(exc)

        if _loop_running():
            thread = threading.Thread(target=work, name="followupd-smtp")
            thread.start()
            thread.join()
        else:
            work()
        if failure:
            raise failure[0]

    return send


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
