"""The whole GUI against the real sandbox server, as a seller would use it: open a listing,
wait for the thumbnails, make an image the main one with the keyboard, press Ctrl+S, and
check what the marketplace received — one PUT for plentymarkets, one imageorder PUT for
AutoScout24 — and that no thread is left running. Then the slow paths: cancelling a save
half-way, a rate-limit wait shown while it lasts, and an interrupted save finished at start."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.connection import Connection, demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.paths import journal_path
from imagedeck.sandbox.demo import VEHICLE_FULL
from imagedeck.sync.journal import Journal
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.grid.gallery_model import ImageIdRole
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run, shot_path

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ITEM_101 = ListingRef("plentymarkets", "101")
SAVING_SCREENSHOT = shot_path("imagedeck-saving.png")


def open_and_wait_for_thumbnails(qtbot: QtBot, window: MainWindow, listing: ListingRef) -> None:
    assert run(qtbot, window.open_listing(listing)), window.status.error.text()
    run(qtbot, window.loader.wait_idle(), timeout=60)
    states = {window.model.thumbnail_state(image.id) for image in window.gallery}
    assert states == {ThumbnailState.READY}


def make_main_with_keyboard_and_save(qtbot: QtBot, window: MainWindow, row: int) -> str:
    grid = window.grid
    index = window.model.index(row)
    grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    picked = index.data(ImageIdRole)
    assert grid.hasFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Home, CTRL_SHIFT)
    assert window.gallery.order[0] == picked
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saving, "Ctrl+S should have started the save"
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert not window.status.error.text(), window.status.error.text()
    return picked


def test_plentymarkets_item_101_new_main_image_costs_one_put(qasync_loop, qtbot, window, sandbox):
    open_and_wait_for_thumbnails(qtbot, window, ListingRef("plentymarkets", "101"))
    assert window.model.rowCount() == 64
    sandbox.state.clear_requests()
    picked = make_main_with_keyboard_and_save(qtbot, window, row=40)
    assert str(sandbox.state.plenty_order(101)[0]) == picked
    assert sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$")) == 1
    assert window.gallery.order[0] == picked and not window.gallery.dirty
    assert window.save_worker.thread.isRunning()
    window.close()
    assert window.save_worker.thread.isFinished()


def test_autoscout24_vehicle_new_main_image_is_one_imageorder_put(
    qasync_loop, qtbot, window, sandbox
):
    open_and_wait_for_thumbnails(qtbot, window, ListingRef("autoscout24", VEHICLE_FULL))
    sandbox.state.clear_requests()
    picked = make_main_with_keyboard_and_save(qtbot, window, row=7)
    assert sandbox.state.vehicle_order(VEHICLE_FULL)[0] == picked
    assert sandbox.state.count("PUT", re.compile(r"/imageorder$")) == 1
    # Undo after the save (issue 15): a new unsaved edit, and Save sends it back.
    before = window.gallery.loaded_order
    assert window.commands.undo.isEnabled() and not window.gallery.dirty
    window.commands.undo.trigger()
    assert window.gallery.dirty and window.gallery.order[7] == picked
    window.save()
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert sandbox.state.vehicle_order(VEHICLE_FULL)[7] == picked != before[7]
    window.close()
    assert window.save_worker.thread.isFinished()


def test_screenshot_of_the_demo_item_renders(qasync_loop, window, tmp_path, qtbot) -> None:
    """The window after loading demo item 101 grabs to a real picture (see the README's
    screenshot; scripts use the same build_main_window + grab path)."""
    open_and_wait_for_thumbnails(qtbot, window, ListingRef("plentymarkets", "101"))
    window.grid.selectionModel().select(
        window.model.index(2), QItemSelectionModel.SelectionFlag.Select
    )
    picture = window.grab()
    assert picture.width() >= 1200 and picture.height() >= 800
    assert picture.save(str(tmp_path / "main.png"))


def reverse_item_101(qtbot: QtBot, window: MainWindow) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Open item 101 and reverse it (63 position PUTs); (original order, wanted order)."""
    open_and_wait_for_thumbnails(qtbot, window, ITEM_101)
    original = window.gallery.order
    wanted = tuple(reversed(original))
    window.gallery.set_order(wanted, "Reverse")
    return original, wanted


def unfinished_saves_in_journal() -> list:
    journal = Journal(journal_path())
    try:
        return journal.unfinished()
    finally:
        journal.close()


def test_cancel_mid_save_shows_the_server_state_and_keeps_the_wanted_order(
    qasync_loop, qtbot, window, sandbox
):
    original, wanted = reverse_item_101(qtbot, window)
    sandbox.faults.latency_ms = 80  # about 2 s for the whole save: room to cancel mid-way
    sandbox.state.clear_requests()
    window.save()
    qtbot.waitUntil(lambda: window.status.progress.value() >= 4, timeout=30_000)
    assert window.status.progress.maximum() == 63
    assert window.status.cancel.isVisible()
    qtbot.keyClick(window.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)
    run(qtbot, window.tasks.wait())
    server_order = tuple(str(i) for i in sandbox.state.plenty_order(101))
    puts = sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$"))
    assert 4 <= puts < 63, "cancelled mid-way"
    assert server_order not in (original, wanted)
    assert window.gallery.loaded_order == server_order, "the window re-read the server"
    assert window.gallery.dirty and window.gallery.order == wanted, "the wanted order stays"
    message = window.status.bar.currentMessage()
    assert re.match(r"Save cancelled — \d+ of 63 changes were saved; the listing shows", message)
    assert unfinished_saves_in_journal() == []
    window.commands.undo.trigger()  # one step back: exactly what the server holds
    assert window.gallery.order == server_order
    QApplication.processEvents()  # the window refreshes its actions after the edit
    window.commands.redo.trigger()
    QApplication.processEvents()
    sandbox.faults.latency_ms = 0
    qtbot.keyClick(window.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saving, "Ctrl+S saves what the cancelled save left"
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert tuple(str(i) for i in sandbox.state.plenty_order(101)) == wanted


def test_rate_limit_wait_shows_in_the_status_bar_and_can_be_cancelled(
    qasync_loop, qtbot, window, sandbox
):
    open_and_wait_for_thumbnails(qtbot, window, ListingRef("plentymarkets", "102"))
    shuffled = tuple(random.Random(102).sample(window.gallery.order, len(window.gallery)))
    window.gallery.set_order(shuffled, "Shuffle")
    sandbox.faults.write_budget = 3
    sandbox.faults.write_period_s = 4
    window.save()
    qtbot.waitUntil(
        lambda: "rate limit: waiting" in window.status.bar.currentMessage(), timeout=20_000
    )
    assert window.saving and window.status.progress.isVisible()
    window.status.cancel.click()
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)
    run(qtbot, window.tasks.wait())
    assert "Save cancelled" in window.status.bar.currentMessage()
    assert window.gallery.order == shuffled and window.gallery.dirty
    assert unfinished_saves_in_journal() == []


async def interrupted_reverse_of_101(connection: Connection) -> tuple[list[str], int]:
    """What a save cut off half-way leaves behind: the journal holds the plan to reverse
    item 101 with its first half sent and marked done. (wanted order, number of calls)."""
    client = connection.open_client()
    journal = Journal(journal_path())
    try:
        images = await client.load_images(ITEM_101)
        wanted = [image.id for image in reversed(images)]
        calls = client.plan_order(ITEM_101, images, wanted)
        save_id = journal.begin(
            marketplace=connection.marketplace,
            base_url=connection.base_url,
            account=connection.username,
            connection=connection.name,
            listing=ITEM_101,
            wanted=wanted,
            calls=calls,
        )
        for seq, call in enumerate(calls[: len(calls) // 2]):
            await client.execute(call)
            journal.mark_done(save_id, seq)
    finally:
        journal.close()
        await client.aclose()
    return wanted, len(calls)


def test_unfinished_save_is_offered_at_start_and_finished(qasync_loop, qtbot, sandbox) -> None:
    wanted, total = run(
        qtbot, interrupted_reverse_of_101(demo_connections(sandbox.base_url)["plentymarkets"])
    )
    assert [str(i) for i in sandbox.state.plenty_order(101)] != wanted
    sandbox.state.clear_requests()
    asked: list = []
    window = build_main_window(demo_connections(sandbox.base_url))
    window.ask_resume = lambda _parent, saves: asked.append(saves) or Choice.FINISH
    try:
        window.show()
        window.request_open(ITEM_101)  # as `imagedeck demo` does
        qtbot.waitUntil(lambda: bool(asked) and not window.saving, timeout=60_000)
        run(qtbot, window.tasks.wait())
        [entry] = asked[0]
        left = total - total // 2
        assert entry.save.summary() == f"plentymarkets item 101: {left} of {total} calls left"
        assert entry.connection is window.clients.connection("plentymarkets")
        assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted
        assert sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$")) == left
        assert unfinished_saves_in_journal() == []
        qtbot.waitUntil(lambda: list(window.gallery.order) == wanted)
        assert not window.gallery.dirty
    finally:
        window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
        window.close()
        run(qtbot, window.aclose())
        window.deleteLater()


def test_screenshot_while_saving_shows_progress_and_cancel(qasync_loop, qtbot, window, sandbox):
    """The window mid-save, rendered offscreen to /tmp/imagedeck-saving.png for a look."""
    reverse_item_101(qtbot, window)
    sandbox.faults.latency_ms = 80
    window.save()
    qtbot.waitUntil(lambda: window.status.progress.value() >= 3, timeout=30_000)
    assert window.status.progress.isVisible() and window.status.cancel.isVisible()
    picture = window.grab()
    assert picture.save(SAVING_SCREENSHOT)
    window.cancel_save()
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)
    run(qtbot, window.tasks.wait())
