"""One save, one writer, across processes: a save in flight in one ImageDeck process and
`imagedeck resume` in another; an owner killed with SIGKILL and its save taken over; the
window's offer to finish a save another process is sending.

The save in flight is a real `imagedeck order set` subprocess whose PUTs the hostile server
holds at a gate; the second process is this one (the real `main`, so no second interpreter
start races the first one's timeouts). Waiting for the subprocess to reach the gate is a
poll with a generous limit, not a timed assertion.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from hostile_server import plenty, readable_by_others
from imagedeck.paths import journal_path
from imagedeck.sync.journal import Journal
from imagedeck.sync.save_lock import SaveLock, save_holder

pytest_plugins = ["hostile_fixtures"]

PASSWORD = "pw-SECRET-987654"
PUT = r"/rest/items/101/images/\d+"


def _gate(hostile):
    """Hold every PUT until `open.set()`; answers (event, the list of PUTs held so far)."""
    opened = threading.Event()
    held: list[str] = []

    def script(seen):
        held.append(seen.path)
        opened.wait(60)
        return hostile._default(seen)

    hostile.on("PUT", PUT, script)
    return opened, held


def _wait_for(condition, what: str, limit_s: float = 60.0) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def _start_save(hostile, *ids: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "imagedeck",
            "order",
            "set",
            *plenty(hostile, "--item", "101", *ids),
        ],
        env={**os.environ, "IMAGEDECK_PASSWORD": PASSWORD},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _order(hostile) -> list[int]:
    return [r["id"] for r in sorted(hostile.images, key=lambda r: (r["position"], r["id"]))]


def test_resume_leaves_a_save_in_flight_to_its_owner(hostile, run_cli):
    opened, held = _gate(hostile)
    owner = _start_save(hostile, "13", "12")
    try:
        _wait_for(lambda: bool(held), "the first PUT of the save in flight")
        code, out, _err = run_cli("resume", password=PASSWORD)
        assert code == 0
        assert f"in progress in ImageDeck process {owner.pid}; left alone" in out
        puts_while_busy = hostile.count("PUT")
    finally:
        opened.set()
        out, err = owner.communicate(timeout=120)
    assert owner.returncode == 0, err
    assert puts_while_busy == len(held) <= int(out.strip())  # the resume sent none
    assert hostile.count("PUT") == int(out.strip())  # each planned PUT exactly once
    assert _order(hostile) == [13, 12, 11]
    with Journal(journal_path()) as journal:
        assert journal.unfinished() == []


def test_a_killed_owner_is_taken_over_by_resume(hostile, run_cli):
    opened, held = _gate(hostile)
    owner = _start_save(hostile, "13", "12")
    _wait_for(lambda: bool(held), "the first PUT of the save in flight")
    (save,) = Journal(journal_path()).unfinished()
    assert save_holder(journal_path(), save.id) == owner.pid
    owner.send_signal(signal.SIGKILL)
    owner.communicate(timeout=60)
    opened.set()
    assert save_holder(journal_path(), save.id) is None  # the kernel dropped its lock
    code, out, err = run_cli("resume", password=PASSWORD)
    assert code == 0, err
    assert "plentymarkets item 101: finished" in out
    assert _order(hostile) == [13, 12, 11]
    with Journal(journal_path()) as journal:
        assert journal.unfinished() == []
    assert not any(journal_path().parent.joinpath("locks").glob("save-*.lock"))
    assert readable_by_others(journal_path().parent) == []


@pytest.fixture
def other_process_holding():
    """holding(save_id) -> the pid of a process that holds that save's lock until the end."""
    started: list[subprocess.Popen] = []

    def holding(save_id: int) -> int:
        code = (
            "import sys; from pathlib import Path; from imagedeck.sync.save_lock import SaveLock;"
            f"lock = SaveLock(Path(sys.argv[1]), {save_id}).claim('x'); print('held', flush=True);"
            "sys.stdin.read()"
        )
        process = subprocess.Popen(
            [sys.executable, "-c", code, str(journal_path())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout.readline().strip() == "held"
        return process.pid

    yield holding
    for process in started:
        process.communicate(input="", timeout=30)


def _journaled_save() -> int:
    from imagedeck.marketplaces.base import PlannedCall
    from imagedeck.model.image import ListingRef

    with Journal(journal_path()) as journal:
        return journal.begin(
            marketplace="plentymarkets", base_url="http://127.0.0.1:9", account="seller",
            connection="shop", listing=ListingRef("plentymarkets", "101"), wanted=["13"],
            calls=[PlannedCall("PUT", "/rest/items/101/images/13", {"position": 0})],
        )  # fmt: skip


def test_the_window_does_not_offer_a_save_another_process_sends(other_process_holding):
    from imagedeck.session.unfinished_saves import split_in_progress

    save_id = _journaled_save()
    pid = other_process_holding(save_id)
    with Journal(journal_path()) as journal:
        free, busy = split_in_progress(journal_path(), journal.unfinished())
    assert free == []
    assert busy == f"The save of plentymarkets item 101 is in progress in ImageDeck process {pid}."


def test_the_window_resume_job_leaves_a_held_save_alone(qtbot, other_process_holding):
    from imagedeck.marketplaces.connection import Connection
    from imagedeck.ui.workers.save_worker import SaveWorker

    save_id = _journaled_save()
    pid = other_process_holding(save_id)
    worker = SaveWorker()
    failed: list[str] = []
    worker.failed.connect(lambda _job, message: failed.append(str(message)))
    try:
        with Journal(journal_path()) as journal:
            (save,) = journal.unfinished()
        connection = Connection("shop", "plentymarkets", "http://127.0.0.1:9", "seller", "pw-1")
        worker.resume(connection, save)
        qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    finally:
        worker.stop()
    assert failed == [f"plentymarkets item 101: in progress in ImageDeck process {pid}; left alone"]


def test_a_second_lock_in_the_same_process_is_refused_too(tmp_path):
    first = SaveLock(tmp_path / "journal.sqlite3", 5).claim("item")
    with pytest.raises(Exception, match=f"process {os.getpid()}"):
        SaveLock(tmp_path / "journal.sqlite3", 5).claim("item")
    first.release()
    SaveLock(tmp_path / "journal.sqlite3", 5).claim("item").release()
