"""SaveWorker: its own thread and loop, one job at a time, and a clean stop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

import test_ui_async_support as async_support  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.ui.save_worker import SaveJob, SaveWorker  # noqa: E402
from test_ui_main_window import FakeConnection, FakeServer  # noqa: E402

qasync_loop = async_support.qasync_loop  # the shared fixture, see its module docstring


def job(connection: FakeConnection, loaded: list[str], wanted: list[str]) -> SaveJob:
    images = tuple(Image(i, position=n) for n, i in enumerate(loaded))
    return SaveJob(connection, ListingRef("plentymarkets", "7"), images, tuple(wanted))


@pytest.fixture
def worker() -> Iterator[SaveWorker]:
    """A worker that is stopped whatever the test did: a QThread destroyed while running
    aborts the whole process."""
    worker = SaveWorker()
    try:
        yield worker
    finally:
        worker.stop()


def test_a_worker_that_never_ran_stops_at_once(worker: SaveWorker) -> None:
    assert worker.stop()
    assert not worker.thread.isRunning()


def test_jobs_run_one_at_a_time_on_the_worker_thread(qasync_loop, qtbot: QtBot, worker) -> None:
    server = FakeServer({"7": ["a", "b", "c"]})
    connection = FakeConnection(server)
    done: list[list[str]] = []
    worker.finished.connect(lambda _job, result: done.append([i.id for i in result.images]))
    server.put_gate.clear()
    worker.submit(job(connection, ["a", "b", "c"], ["c", "a", "b"]))
    worker.submit(job(connection, ["c", "a", "b"], ["b", "c", "a"]))
    qtbot.waitUntil(lambda: bool(server.put_threads))
    qtbot.wait(50)
    assert done == [], "the first job is held at its PUT, the second must wait"
    server.put_gate.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done == [["c", "a", "b"], ["b", "c", "a"]]
    assert server.put_threads == {"ImageDeck save worker"}
    assert worker.stop()
    assert worker.thread.isFinished()
    assert all(client.closed for client in connection.opened)


def test_stop_cancels_a_running_save_and_ends_the_thread(qasync_loop, qtbot: QtBot, worker):
    server = FakeServer({"7": ["a", "b"]})
    server.put_gate.clear()  # the save hangs at its PUT
    worker.submit(job(FakeConnection(server), ["a", "b"], ["b", "a"]))
    qtbot.waitUntil(lambda: bool(server.put_threads))
    assert worker.stop(timeout_ms=5000)
    assert worker.thread.isFinished()
    assert server.orders["7"] == ["a", "b"]
