"""How GUI tests drive asyncio code on the qasync loop (qasync 0.28 + pytest-qt), with proof.

In the app, `app.exec()` runs for the whole session inside qasync's run_forever, so the
qasync loop is always "the running loop" while Qt processes events. Tests recreate exactly
that: one `qasync.QEventLoop(qapp)` per process, marked as the running loop for the
duration of a test (the `qasync_loop` fixture), and driven by ordinary Qt event processing:
`qtbot.waitUntil(...)`, `qtbot.waitSignal(...)`, or `run(qtbot, coroutine)` below, which
schedules the coroutine and waits for it with qtbot. Worker-thread signals, asyncio
callbacks and sockets are all served by the same Qt event processing.

What does not work, found the hard way:
* `qtbot.waitUntil` on a task *without* the loop marked running: Qt runs the task's steps,
  but `asyncio.get_running_loop()` inside them (asyncio.sleep, httpx, anyio) raises "no
  running event loop" (shown by the last test below).
* `loop.run_until_complete(...)` per step: it works for one self-contained coroutine, but
  after exec() returns it processes pending events once more with the running loop already
  unset. Tasks that outlive the call (thumbnail downloads) then fail inside httpx/anyio,
  and a failed waiter can leave httpcore's connection lock held, so later downloads hang.

The fixture (in tests/qt_support.py, provided by conftest) unmarks the loop after each test
so plain `asyncio.run` in other tests works. The app must not quit when a test closes its
last window, hence setQuitOnLastWindowClosed(False). Other modules import `run` and
`shown_window` from tests/qt_support.py.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qt_support import run
from qt_support import session_loop as _session_loop


def test_coroutines_see_a_running_loop_and_finish(qasync_loop, qtbot: QtBot) -> None:
    async def which_loop() -> asyncio.AbstractEventLoop:
        await asyncio.sleep(0.001)
        return asyncio.get_running_loop()

    assert run(qtbot, which_loop()) is qasync_loop


def test_tasks_keep_running_between_waits(qasync_loop, qtbot: QtBot) -> None:
    """A background task started in one step is still alive and progressing in the next."""
    ticks: list[int] = []

    async def ticker() -> None:
        for tick in range(5):
            await asyncio.sleep(0.005)
            ticks.append(tick)

    task = asyncio.ensure_future(ticker())
    qtbot.waitUntil(lambda: len(ticks) >= 2)
    QApplication.processEvents()  # unrelated Qt work in between must not break the task
    qtbot.waitUntil(task.done)
    assert task.result() is None and ticks == [0, 1, 2, 3, 4]


def test_without_the_fixture_a_task_has_no_running_loop(qapp, qtbot: QtBot) -> None:
    """Documents why the fixture marks the loop as running."""
    loop = _session_loop(qapp)
    outcome: list[object] = []

    async def needs_running_loop() -> None:
        try:
            outcome.append(asyncio.get_running_loop())
        except RuntimeError as error:
            outcome.append(error)

    task = loop.create_task(needs_running_loop())
    qtbot.waitUntil(lambda: bool(outcome), timeout=2000)
    assert isinstance(outcome[0], RuntimeError)
    assert task.done()
    asyncio.set_event_loop(None)
