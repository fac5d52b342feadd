"""The window's side of a hostile shop: the save worker's signals carry the announced wait
to the status line before the wait starts, and a wait beyond the ceiling stops the save with
a message that says when the shop accepts calls again, the journal kept for the offer to
finish it. The save runs on the real SaveWorker thread against the loopback hostile server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from hostile_server import Reply, readable_by_others  # noqa: E402
from imagedeck.marketplaces.connection import Connection  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.paths import journal_path  # noqa: E402
from imagedeck.sync.journal import Journal  # noqa: E402
from imagedeck.ui.workers.save_worker import SaveJob, SaveWorker  # noqa: E402

pytest_plugins = ["hostile_fixtures"]

IMAGES = "/rest/items/101/images"


@pytest.fixture
def worker() -> Iterator[SaveWorker]:
    worker = SaveWorker()
    try:
        yield worker
    finally:
        worker.stop()


def _job(server) -> SaveJob:
    connection = Connection("hostile", "plentymarkets", server.base_url, "seller", "pw-123456789")
    loaded = tuple(Image(str(r["id"]), position=r["position"]) for r in server.images)
    return SaveJob(connection, ListingRef("plentymarkets", "101"), loaded, ("13", "11", "12"))


def test_a_wait_beyond_the_ceiling_stops_the_save_and_keeps_it(qtbot, worker, hostile, fake_time):
    hostile.on("PUT", IMAGES + r"/\d+", Reply(429, {}, {"Retry-After": "86400"}))
    failed: list[str] = []
    worker.failed.connect(lambda _job, message: failed.append(str(message)))
    worker.submit(_job(hostile))
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert "accepts calls again at" in failed[0] and "offers to finish" in failed[0]
    assert fake_time.slept == []
    with Journal(journal_path()) as journal:
        assert len(journal.unfinished()) == 1
    assert readable_by_others(journal_path().parent) == []


def test_a_wait_is_shown_on_the_status_line_before_it_starts(qtbot, worker, hostile, fake_time):
    hostile.on("PUT", IMAGES + r"/\d+", _once_then_default(hostile, {"Retry-After": "42"}))
    lines: list[str] = []
    done: list[object] = []
    worker.progress.connect(lambda _d, _t, message: lines.append(str(message)))
    worker.finished.connect(lambda _job, result: done.append(result))
    worker.submit(_job(hostile))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert fake_time.slept == [42.0]
    waiting = lines.index("rate limit: waiting 42 s")
    assert any(line.startswith("Saved image") for line in lines[waiting:])
    assert done[0].verified


def _once_then_default(server, headers):
    """A 429 with `headers` for the first request, then the server's normal answers."""
    answered = []

    def script(seen):
        if not answered:
            answered.append(seen)
            return Reply(429, {}, headers)
        return server._default(seen)

    return script


def test_a_second_window_is_allowed_and_says_so(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from imagedeck.paths import data_dir
    from imagedeck.sync.save_lock import InstanceLock
    from imagedeck.ui.app.app import build_main_window
    from imagedeck.ui.app.other_windows import note_other_windows

    first, others = InstanceLock.claim_any(data_dir())  # the window already open
    assert others == []
    window = build_main_window({})
    qtbot.addWidget(window)
    second = note_other_windows(window)
    try:
        note = window.findChild(QLabel, "other-windows-note")
        assert note is not None
        assert note.text().startswith(f"ImageDeck is already open (process {os.getpid()})")
        window.statusBar().showMessage("Opened plentymarkets item 101.")
        assert note.isVisibleTo(window)  # a permanent widget: later messages do not hide it
    finally:
        second.release()
        first.release()
    alone = build_main_window({})
    qtbot.addWidget(alone)
    lock = note_other_windows(alone)
    lock.release()
    assert alone.findChild(QLabel, "other-windows-note") is None


@pytest.fixture
def hostile_window(qasync_loop, qtbot, hostile):
    from imagedeck.ui.app.app import build_main_window
    from test_ui_main_window import close_for_good

    connection = Connection("hostile", "plentymarkets", hostile.base_url, "seller", "pw-12345678")
    window = build_main_window({"plentymarkets": connection})
    window.ask_resume = lambda *_a, **_k: pytest.fail("nothing to resume")
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        close_for_good(qtbot, window)


def test_opening_a_listing_shows_a_wait_then_the_images(qtbot, hostile, hostile_window, fake_time):
    from qt_support import run

    said: list[str] = []
    hostile_window.status.bar.messageChanged.connect(said.append)
    hostile.on("GET", IMAGES, _once_then_default(hostile, {"Retry-After": "7"}))
    assert run(qtbot, hostile_window.open_listing(ListingRef("plentymarkets", "101")))
    assert "rate limit: waiting 7 s" in said and fake_time.slept == [7.0]
    assert hostile_window.model.rowCount() == 3


def test_a_listing_of_unusable_data_is_a_message_in_the_window(qtbot, hostile, hostile_window):
    from qt_support import run

    hostile.on("GET", IMAGES, Reply(200, [None]))
    assert not run(qtbot, hostile_window.open_listing(ListingRef("plentymarkets", "101")))
    shown = hostile_window.status.error.text()
    assert "Could not open plentymarkets item 101" in shown and "image record 1 is null" in shown
