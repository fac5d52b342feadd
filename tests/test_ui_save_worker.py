"""SaveWorker: its own thread and loop, one job at a time, cancel, resume, and a clean stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.model.image import Image, ListingRef
from imagedeck.paths import journal_path
from imagedeck.sync.engine import SaveResult
from imagedeck.sync.journal import Journal
from imagedeck.ui.workers.save_worker import ResumeJob, SaveJob, SaveWorker
from test_ui_main_window import FakeConnection, FakeServer


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


def test_cancel_stops_the_running_job_and_reports_it(qasync_loop, qtbot: QtBot, worker) -> None:
    server = FakeServer({"7": ["a", "b"]})
    server.put_gate.clear()  # the save hangs at its PUT until cancelled
    cancelled: list[SaveJob] = []
    worker.cancelled.connect(cancelled.append)
    worker.finished.connect(lambda *_a: pytest.fail("a cancelled job must not finish"))
    submitted = job(FakeConnection(server), ["a", "b"], ["b", "a"])
    worker.submit(submitted)
    qtbot.waitUntil(lambda: bool(server.put_threads))
    worker.cancel()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert cancelled == [submitted]
    assert server.orders["7"] == ["a", "b"]
    assert worker.thread.isRunning(), "cancelling a job leaves the worker ready for the next"
    journal = Journal(journal_path())
    try:
        assert journal.unfinished() == []
        assert journal.get(1) is not None and journal.get(1).state == "cancelled"
    finally:
        journal.close()


def test_cancel_right_after_submit_is_still_reported(qasync_loop, qtbot: QtBot, worker) -> None:
    """Esc straight after Ctrl+S: the job's task is cancelled before it ever ran."""
    server = FakeServer({"7": ["a", "b"]})
    cancelled: list[SaveJob] = []
    worker.cancelled.connect(cancelled.append)
    submitted = job(FakeConnection(server), ["a", "b"], ["b", "a"])
    worker.submit(submitted)
    worker.cancel(submitted)
    qtbot.waitUntil(lambda: bool(cancelled))
    assert cancelled == [submitted] and server.puts == []


def test_cancel_picks_the_given_job_and_leaves_the_others(qasync_loop, qtbot: QtBot, worker):
    server = FakeServer({"7": ["a", "b", "c"]})
    connection = FakeConnection(server)
    server.put_gate.clear()
    first = job(connection, ["a", "b", "c"], ["c", "a", "b"])
    second = job(connection, ["c", "a", "b"], ["b", "c", "a"])
    cancelled: list[SaveJob] = []
    finished: list[SaveJob] = []
    worker.cancelled.connect(cancelled.append)
    worker.finished.connect(lambda done, _result: finished.append(done))
    worker.submit(first)
    worker.submit(second)
    qtbot.waitUntil(lambda: bool(server.put_threads))
    worker.cancel(second)  # still waiting for its turn
    qtbot.waitUntil(lambda: bool(cancelled))
    server.put_gate.set()
    qtbot.waitUntil(lambda: bool(finished))
    assert cancelled == [second] and finished == [first]
    assert server.orders["7"] == ["c", "a", "b"]


def test_cancel_with_nothing_running_does_nothing(qasync_loop, qtbot: QtBot, worker) -> None:
    cancelled: list[SaveJob] = []
    worker.cancelled.connect(cancelled.append)
    worker.cancel()  # never started
    worker.start()
    worker.cancel()
    qtbot.wait(50)
    assert cancelled == []
    assert worker.stop()
    worker.cancel()  # stopped: still harmless


def test_resume_sends_what_the_journal_left_and_reports_finished(qasync_loop, qtbot, worker):
    server = FakeServer({"7": ["a", "b", "c"]})
    journal = Journal(journal_path())
    try:
        save_id = journal.begin(
            marketplace="plentymarkets",
            base_url="http://fake",
            account="demo",
            connection="fake",
            listing=ListingRef("plentymarkets", "7"),
            wanted=["c", "b", "a"],
            calls=[
                PlannedCall("PUT", "/order/7", ["b", "a", "c"], "step one"),
                PlannedCall("PUT", "/order/7", ["c", "b", "a"], "step two"),
            ],
        )
        journal.mark_done(save_id, 0)  # sent before ImageDeck was closed
        save = journal.get(save_id)
    finally:
        journal.close()
    assert save is not None
    progress: list[tuple[int, int, str]] = []
    finished: list[tuple[ResumeJob, SaveResult]] = []
    worker.progress.connect(lambda *args: progress.append(args))
    worker.finished.connect(lambda done, result: finished.append((done, result)))
    resumed = worker.resume(FakeConnection(server), save)
    qtbot.waitUntil(lambda: bool(finished))
    assert finished[0][0] is resumed and resumed.listing == ListingRef("plentymarkets", "7")
    assert finished[0][1].verified and finished[0][1].calls_made == 1
    assert [call.label for call in server.puts] == ["step two"]
    assert server.orders["7"] == ["c", "b", "a"]
    assert (2, 2) in [(done, total) for done, total, _message in progress]
    journal = Journal(journal_path())
    try:
        assert journal.unfinished() == []
    finally:
        journal.close()


def test_resume_of_a_save_finished_elsewhere_fails_clearly(qasync_loop, qtbot, worker) -> None:
    server = FakeServer({"7": ["a", "b"]})
    journal = Journal(journal_path())
    try:
        save_id = journal.begin(
            marketplace="plentymarkets",
            base_url="http://fake",
            account="demo",
            connection="fake",
            listing=ListingRef("plentymarkets", "7"),
            wanted=["b", "a"],
            calls=[PlannedCall("PUT", "/order/7", ["b", "a"], "swap")],
        )
        save = journal.get(save_id)
        journal.finish(save_id, "done")  # e.g. `imagedeck resume` got there first
    finally:
        journal.close()
    failures: list[str] = []
    worker.failed.connect(lambda _job, message: failures.append(message))
    worker.resume(FakeConnection(server), save)
    qtbot.waitUntil(lambda: bool(failures))
    assert "no longer waiting in the journal" in failures[0]
    assert server.puts == []
