"""Shared test setup: headless Qt, a private data folder, a running sandbox, the main window.

Every test runs with QT_QPA_PLATFORM=offscreen (set here, once, before anything imports Qt)
and IMAGEDECK_DATA_DIR pointing at a fresh temporary folder, so no test touches the user's
real journal or cache.

What one test leaves behind must not decide another's outcome (the suite runs in random
order, pytest-randomly): Qt's keyboard-modifier and mouse-button state is reset after every
test (a QTest key click with Ctrl leaves Qt believing Ctrl is still held, and the next
window's `setCurrentIndex` then toggles instead of selecting), and every window test uses the
one `window` fixture below, with one teardown.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from log_guard import no_unexpected_errors  # noqa: E402, F401
from qt_support import qasync_loop  # noqa: E402, F401

# The in-memory keyring's fixtures, for every module (and its class importable with asserts
# rewritten).
pytest_plugins = ["memory_keyring"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expected_errors(*patterns): the test expects ERROR log records matching these "
        "regular expressions (any other logged error fails it)",
    )


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test gets its own app-data folder (journal, cache)."""
    path = tmp_path_factory.mktemp("imagedeck-data")
    monkeypatch.setenv("IMAGEDECK_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """A test fails if it leaves a non-daemon thread running (cf. napari's conftest)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture(autouse=True)
def released_keys_and_buttons() -> Iterator[None]:
    """After each test no key modifier and no mouse button counts as held.

    QTest updates Qt's global modifier state from the events it sends, and a click with
    Ctrl leaves it at Ctrl; the next test's selection calls then behave as Ctrl-clicks.
    Sending a release with no modifiers (to a throw-away widget) resets that state.
    """
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if (
        QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
    ):
        return
    target = QWidget()
    try:
        QTest.keyRelease(target, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
        for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            if QGuiApplication.mouseButtons() & button:
                QTest.mouseRelease(target, button)
    finally:
        target.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def no_leftover_tasks() -> Iterator[None]:
    """A test fails if it leaves an asyncio task pending on the shared qasync loop (plain
    `asyncio.run` loops cancel their own tasks on exit)."""
    import qt_support

    before = qt_support.pending_tasks()
    yield
    leftover = [task for task in qt_support.pending_tasks() if task not in before]
    for task in leftover:
        task.cancel()
    names = [repr(task.get_coro()) for task in leftover]
    assert not names, f"test left asyncio tasks pending: {names}"


@pytest.fixture
def sandbox():
    """A fresh sandbox with the demo data on a free loopback port."""
    from imagedeck.sandbox.server import SandboxServer

    server = SandboxServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def window_connections(sandbox) -> dict[str, Any]:
    """The connections `window` is built on: the demo ones on this test's sandbox. A module
    overrides this fixture to build the window on other connections."""
    from imagedeck.marketplaces.connection import demo_connections

    return demo_connections(sandbox.base_url)


@pytest.fixture
def window(qasync_loop, qtbot, window_connections):  # noqa: F811 (qasync_loop: imported)
    """The real main window on `window_connections`, shown and active; closed for good after.

    Start-up asks nothing (unfinished saves: Later), and an unexpected question about
    unsaved changes fails the test (a real dialog would block the run). A module that needs
    more (a size, preferences) overrides `window` and asks for this one.
    """
    from imagedeck.ui.app.app import build_main_window
    from imagedeck.ui.dialogs.questions import Choice

    window = build_main_window(window_connections)
    window.ask_resume = lambda *_a, **_k: Choice.LATER
    window.ask_unsaved = lambda *_a, **_k: pytest.fail("unexpected question about unsaved changes")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        yield window
    finally:
        close_for_good(qtbot, window)


def close_for_good(qtbot, window) -> None:
    """Close whatever state a test left the window in: finish a running save or upload,
    discard unsaved changes, close, await the window's tasks; its save thread must end."""
    from imagedeck.ui.dialogs.questions import Choice
    from qt_support import run

    window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
    qtbot.waitUntil(lambda: not window.saving and not window.adder.busy, timeout=60_000)
    window.close()
    run(qtbot, window.aclose())
    run(qtbot, window.tasks.wait())
    assert not window.save_worker.thread.isRunning()
    window.deleteLater()
