"""A test fails if something logs an ERROR it did not declare (pytest marker
``expected_errors``), so failures that the app only logs (a background task that died, a
search that outlived its client) cannot pass silently.

    @pytest.mark.expected_errors(r"Could not read the save journal")
    def test_...

Each pattern is a regular expression searched in the formatted message (with the exception
text); records from every thread count (the save worker logs from its own). Uvicorn's and
asyncio's loggers are watched too: "Task was destroyed but it is pending" is an error.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator

import pytest


class ErrorCollector(logging.Handler):
    """Keeps every ERROR-or-worse record emitted while installed on the root logger."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self._lock_records = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_records:
            self.records.append(record)

    def texts(self) -> list[str]:
        with self._lock_records:
            records = list(self.records)
        formatter = logging.Formatter("%(name)s: %(message)s")
        return [formatter.format(record) for record in records]


class ExpectedErrors:
    """The patterns a test declared; `unexpected` filters the collected texts."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = [re.compile(pattern) for pattern in patterns]

    def unexpected(self, texts: list[str]) -> list[str]:
        return [t for t in texts if not any(p.search(t) for p in self.patterns)]


@pytest.fixture(autouse=True)
def no_unexpected_errors(request: pytest.FixtureRequest) -> Iterator[ErrorCollector]:
    """Fails the test (at teardown) for every ERROR record it did not expect."""
    patterns = [p for mark in request.node.iter_markers("expected_errors") for p in mark.args]
    collector = ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
    unexpected = ExpectedErrors(patterns).unexpected(collector.texts())
    if unexpected:
        shown = "\n".join(text[:2000] for text in unexpected)
        pytest.fail(f"unexpected errors were logged:\n{shown}", pytrace=False)
