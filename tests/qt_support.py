"""How GUI tests drive asyncio code on the qasync loop: the `qasync_loop` fixture, `run`
and `shown_window` (see test_ui_async_support.py for why it is done this way, with proof).

In the app, `app.exec()` runs for the whole session inside qasync's run_forever, so the
qasync loop is always "the running loop" while Qt processes events. Tests recreate exactly
that: one `qasync.QEventLoop(qapp)` per process, marked as the running loop for the
duration of a test, and driven by ordinary Qt event processing (`qtbot.waitUntil`,
`qtbot.waitSignal`, or `run` below).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

T = TypeVar("T")


def shot_path(name: str) -> str:
    """Where a test saves a picture of what it showed, for a person to look at: the folder
    in IMAGEDECK_TEST_SHOTS, else the system's temporary folder (not a hard-coded /tmp,
    which Windows lacks)."""
    folder = os.environ.get("IMAGEDECK_TEST_SHOTS") or tempfile.gettempdir()
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


_loop: qasync.QEventLoop | None = None


def session_loop(app: QApplication) -> qasync.QEventLoop:
    """One loop per process: a second QEventLoop on the same QApplication would compete
    for its events."""
    global _loop
    if _loop is None or _loop.is_closed():
        app.setQuitOnLastWindowClosed(False)
        _loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(_loop)
    return _loop


def pending_tasks() -> set[asyncio.Task]:
    """The tasks not yet done on the session's qasync loop (none before it exists)."""
    if _loop is None or _loop.is_closed():
        return set()
    return {task for task in asyncio.all_tasks(_loop) if not task.done()}


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """The session's qasync loop, the running loop for this test (as under app.exec())."""
    loop = session_loop(qapp)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


def run(qtbot: QtBot, awaitable: Awaitable[T], timeout: float = 20) -> T:
    """Run `awaitable` on the qasync loop while Qt processes events; its result."""
    task = asyncio.ensure_future(awaitable)
    try:
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
    except BaseException:
        task.cancel()
        raise
    return task.result()


@contextmanager
def shown_window(qtbot: QtBot, base_url: str) -> Iterator[object]:
    """The real main window on demo connections to `base_url`, shown, closed for good after
    (the same teardown as conftest's `window`)."""
    from conftest import close_for_good
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.ui.app.app import build_main_window

    window = build_main_window(demo_connections(base_url))
    window.ask_resume = lambda *_a, **_k: None
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        close_for_good(qtbot, window)
