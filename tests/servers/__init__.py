"""Real servers on 127.0.0.1 for integration tests (private instances in temp folders)."""

import os

import pytest


def server_missing(what: str, install: str) -> None:
    """A fixture's server is not installed: fail under CI=true (never a green run that
    tested nothing), skip on a developer machine. `install` says how to get it."""
    message = f"{what} is not installed ({install})"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)
