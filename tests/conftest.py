"""Shared test set-up: every test starts with structlog's default configuration."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import structlog


@pytest.fixture(autouse=True)
def _fresh_structlog() -> Iterator[None]:
    # The CLI configures structlog globally; a test that runs it must not change how
    # later tests capture logs.
    yield
    structlog.reset_defaults()
