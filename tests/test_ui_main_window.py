"""MainWindow flows against an in-memory marketplace: open, keep on error, save on the worker
thread, failures and conflicts, cancelling a save, unfinished saves offered at start, unsaved
changes on close, and no thread left running.

The real-server version of the save flow is in test_ui_sandbox_save.py.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from conftest import close_for_good
from imagedeck.marketplaces.base import Capabilities, PlannedCall, UploadRules
from imagedeck.marketplaces.errors import NotFoundError, ValidationError
from imagedeck.model.image import Image, ListingRef, ListingSummary
from imagedeck.paths import journal_path
from imagedeck.sync.journal import Journal, JournalSave
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.browser.open_listing_dialog import OpenListingDialog
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run, shot_path

HOPPER = (Path(__file__).parent / "data" / "testimages" / "hopper.jpg").read_bytes()
ITEM = ListingRef("plentymarkets", "7")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class FakeServer:
    """What the fake marketplace holds; shared by every client opened from a connection."""

    orders: dict[str, list[str]] = field(default_factory=dict)
    puts: list[PlannedCall] = field(default_factory=list)
    fail_puts_with: Exception | None = None
    put_threads: set[str] = field(default_factory=set)
    put_gate: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.put_gate.set()


class FakeClient:
    name = "plentymarkets"
    # Declares what it offers, as every client does: an order and a first page, nothing more.
    capabilities = Capabilities(
        details=False,
        variations=False,
        search=False,
        upload=UploadRules(frozenset({"jpg"}), 1024),
        upload_positions=False,
        listed_checksums=False,
    )

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.closed = False

    def in_flight_limit(self) -> int:
        return 1

    def listen_status(self, listener) -> None:
        pass

    async def list_listings(self) -> list[ListingSummary]:
        return [
            ListingSummary(ListingRef(self.name, key), f"Item {key}") for key in self.server.orders
        ]

    async def load_images(self, listing: ListingRef) -> list[Image]:
        await asyncio.sleep(0.001)
        if listing.listing_id not in self.server.orders:
            raise NotFoundError(f"Item {listing.listing_id} not found.")
        order = self.server.orders[listing.listing_id]
        return [
            Image(i, position=n, preview_url=f"http://x/{i}.jpg", width=128, height=128)
            for n, i in enumerate(order)
        ]

    def plan_order(self, listing, current, wanted) -> list[PlannedCall]:
        if [i.id for i in current] == list(wanted):
            return []
        return [PlannedCall("PUT", f"/order/{listing.listing_id}", list(wanted), "new order")]

    async def execute(self, call: PlannedCall) -> None:
        self.server.put_threads.add(threading.current_thread().name)
        while not self.server.put_gate.is_set():
            await asyncio.sleep(0.01)
        if self.server.fail_puts_with is not None:
            raise self.server.fail_puts_with
        self.server.puts.append(call)
        self.server.orders[call.path.rsplit("/", 1)[1]] = list(call.json)

    async def fetch_bytes(self, url: str) -> bytes:
        return HOPPER

    async def aclose(self) -> None:
        self.closed = True


@dataclass
class FakeConnection:
    server: FakeServer
    name: str = "fake"
    marketplace: str = "plentymarkets"
    base_url: str = "http://fake"
    username: str = "demo"
    client_id: str = ""
    opened: list[FakeClient] = field(default_factory=list)

    def open_client(self) -> FakeClient:
        client = FakeClient(self.server)
        self.opened.append(client)
        return client


@pytest.fixture
def server() -> FakeServer:
    return FakeServer({"7": ["a", "b", "c", "d"], "8": ["x", "y"]})


@pytest.fixture
def window_connections(server: FakeServer):
    """conftest's `window` is built on the in-memory marketplace."""
    return {"plentymarkets": FakeConnection(server)}


def settled(window: MainWindow) -> MainWindow:
    """Let the window's deferred refresh run (it follows a burst of gallery events)."""
    QApplication.processEvents()
    return window


def open_item(qtbot: QtBot, window: MainWindow, listing: ListingRef = ITEM) -> bool:
    opened = run(qtbot, window.open_listing(listing))
    run(qtbot, window.loader.wait_idle())
    return opened


def save_and_wait(qtbot: QtBot, window: MainWindow) -> None:
    window.save()
    qtbot.waitUntil(lambda: not window.saving)


def test_opening_shows_the_listing_with_focus_on_the_grid(qasync_loop, window, qtbot) -> None:
    assert open_item(qtbot, window)
    assert window.model.rowCount() == 4
    assert window.grid.hasFocus()
    assert "plentymarkets item 7[*]" in window.windowTitle()
    assert window.status.listing.text() == "plentymarkets item 7"
    assert window.status.count.text() == "4 images"
    assert window.model.thumbnail_state("a") == ThumbnailState.READY
    assert not window.commands.save.isEnabled()


def test_failed_open_keeps_the_current_gallery(qasync_loop, window, qtbot) -> None:
    open_item(qtbot, window)
    assert not run(qtbot, window.open_listing(ListingRef("plentymarkets", "999")))
    assert list(window.gallery.order) == ["a", "b", "c", "d"]
    assert "Item 999 not found." in window.status.error.text()
    assert not run(qtbot, window.open_listing(ListingRef("autoscout24", "v1")))
    assert "No AutoScout24 connection" in window.status.error.text()


def test_edits_show_as_unsaved_with_named_undo(qasync_loop, window, qtbot) -> None:
    open_item(qtbot, window)
    select_only(window, 2)
    qtbot.keyClick(window.grid, Qt.Key.Key_Home, CTRL_SHIFT)
    assert list(window.gallery.order) == ["c", "a", "b", "d"]
    assert settled(window).isWindowModified()
    assert window.status.unsaved.isVisibleTo(window)
    assert window.commands.undo.text() == "&Undo Make main image"
    assert window.commands.save.isEnabled()
    window.commands.undo.trigger()
    assert not settled(window).isWindowModified()
    assert window.commands.redo.text() == "&Redo Make main image"


def test_save_runs_on_the_worker_and_shows_the_server_state(qasync_loop, window, server, qtbot):
    open_item(qtbot, window)
    window.gallery.move_to_front([3])
    progress: list[tuple[int, int, str]] = []
    window.save_worker.progress.connect(lambda *args: progress.append(args))
    save_and_wait(qtbot, window)
    assert server.orders["7"] == ["d", "a", "b", "c"]
    assert len(server.puts) == 1
    assert threading.main_thread().name not in server.put_threads
    assert list(window.gallery.order) == ["d", "a", "b", "c"]
    assert not window.gallery.dirty
    assert not window.status.progress.isVisible()
    assert "shows your order" in window.status.bar.currentMessage()
    assert progress and progress[-1][0] == progress[-1][1] == 1


def test_reorder_during_a_save_is_kept_as_unsaved(qasync_loop, window, server, qtbot) -> None:
    open_item(qtbot, window)
    window.gallery.move_to_front([3])  # d a b c: being saved
    server.put_gate.clear()
    window.save()
    assert window.status.progress.isVisible()
    qtbot.waitUntil(lambda: bool(server.put_threads))
    window.gallery.move_to_end([1])  # d b c a: made while saving
    server.put_gate.set()
    qtbot.waitUntil(lambda: not window.saving)
    assert server.orders["7"] == ["d", "a", "b", "c"]
    assert list(window.gallery.order) == ["d", "b", "c", "a"]
    assert window.gallery.dirty


def test_failed_save_keeps_the_order_and_shows_the_marketplace_message(
    qasync_loop, window, server, qtbot
):
    open_item(qtbot, window)
    window.gallery.move_to_front([2])
    server.fail_puts_with = ValidationError("Position must be a positive number.", status=422)
    save_and_wait(qtbot, window)
    assert "Position must be a positive number." in window.status.error.text()
    assert window.error_box is not None and window.error_box.isVisible()
    assert list(window.gallery.order) == ["c", "a", "b", "d"]
    assert window.gallery.dirty and window.commands.save.isEnabled()
    window.error_box.close()


@pytest.mark.parametrize("answer", [Choice.OVERWRITE, Choice.RELOAD])
def test_conflict_lets_the_user_overwrite_or_reload(
    qasync_loop, window, server, answer, qtbot
) -> None:
    open_item(qtbot, window)
    window.gallery.move_to_front([3])  # wants d a b c
    server.orders["7"] = ["b", "a", "c", "d"]  # someone else reordered meanwhile
    questions: list[str] = []
    shown: list = []
    window.ask_conflict = lambda _parent, message, pictures=(): (
        shown.extend(pictures) or questions.append(message) or answer
    )
    window.save()
    qtbot.waitUntil(lambda: bool(questions) and not window.saving)
    run(qtbot, window.tasks.wait())
    assert "changed elsewhere" in questions[0]
    # In places the seller sees, with the picture's place change under it (issue 15).
    assert "image 2 moved to place 1" in questions[0] and "position" not in questions[0]
    assert [caption for _picture, caption in shown] == ["2 → 1"]
    if answer is Choice.OVERWRITE:
        assert server.orders["7"] == ["d", "a", "b", "c"]
    else:
        assert server.puts == []
        assert list(window.gallery.order) == ["b", "a", "c", "d"]


def test_close_with_unsaved_changes_asks_and_can_cancel_or_save(qasync_loop, window, server, qtbot):
    open_item(qtbot, window)
    window.gallery.move_to_front([1])
    window.ask_unsaved = lambda *_a, **_k: Choice.CANCEL
    assert not window.close()
    assert window.isVisible()
    window.ask_unsaved = lambda *_a, **_k: Choice.SAVE
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()  # saves first, then closes
    qtbot.waitUntil(lambda: bool(closed))
    assert server.orders["7"] == ["b", "a", "c", "d"]
    assert window.save_worker.thread.isFinished()


def test_closing_stops_the_worker_thread_and_clients(qasync_loop, window, qtbot) -> None:
    open_item(qtbot, window)
    window.gallery.move_to_front([1])
    save_and_wait(qtbot, window)
    assert window.save_worker.thread.isRunning()
    assert window.close()
    assert window.save_worker.thread.isFinished()
    run(qtbot, window.aclose())
    connection = window.clients.connection("plentymarkets")
    assert connection.opened and all(client.closed for client in connection.opened)


def test_open_dialog_opens_the_chosen_listing(qasync_loop, window, qtbot) -> None:
    window.commands.open.trigger()
    dialog = window.findChild(OpenListingDialog)
    qtbot.waitUntil(lambda: dialog.listings.count() == 2)
    dialog.listing_id.setText("8")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: window.gallery.listing == ListingRef("plentymarkets", "8"))
    run(qtbot, window.loader.wait_idle())
    assert list(window.gallery.order) == ["x", "y"]
    assert window.focusWidget() is window.grid


def test_opening_another_listing_with_unsaved_changes_asks_first(qasync_loop, window, qtbot):
    open_item(qtbot, window)
    window.gallery.move_to_front([2])
    asked: list[str] = []
    window.ask_unsaved = lambda _parent, listing: asked.append(listing) or Choice.CANCEL
    window.reload()
    assert asked == ["plentymarkets item 7"]
    assert window.gallery.dirty, "cancel keeps the edit"
    window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
    window.reload()
    qtbot.waitUntil(lambda: not window.gallery.dirty)
    run(qtbot, window.tasks.wait())
    assert list(window.gallery.order) == ["a", "b", "c", "d"]


def test_cancel_shows_only_while_saving_and_esc_keeps_the_order_unsaved(
    qasync_loop, window, server, qtbot
) -> None:
    open_item(qtbot, window)
    cancel = window.commands.cancel_save
    assert not cancel.isEnabled() and not window.status.cancel.isVisible()
    window.gallery.move_to_front([3])  # wants d a b c
    select_only(window, 2)  # b
    server.put_gate.clear()  # the save hangs at its PUT
    window.save()
    assert window.status.cancel.isVisible() and window.status.progress.isVisible()
    assert not window.status.unsaved.isVisible(), "no 'Unsaved' beside the save of it"
    assert cancel.isEnabled()
    qtbot.waitUntil(lambda: bool(server.put_threads))
    qtbot.keyClick(window.grid, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.saving)
    run(qtbot, window.tasks.wait())
    assert server.orders["7"] == ["a", "b", "c", "d"] and server.puts == []
    assert list(window.gallery.loaded_order) == ["a", "b", "c", "d"]
    assert list(window.gallery.order) == ["d", "a", "b", "c"] and window.gallery.dirty
    assert not window.status.cancel.isVisible() and not window.status.progress.isVisible()
    assert not cancel.isEnabled() and window.commands.save.isEnabled()
    assert window.status.unsaved.isVisible()
    assert [window.gallery.order[row] for row in window.grid.selected_rows()] == ["b"]
    assert window.grid.currentIndex().row() == 2, "the selection survives the re-read"
    message = window.status.bar.currentMessage()
    assert message.startswith("Save cancelled before any change was confirmed"), message
    assert message.endswith("the listing shows what the server holds now.")
    window.commands.undo.trigger()
    assert list(window.gallery.order) == ["a", "b", "c", "d"]
    assert journal_saves() == []


def test_reorder_made_while_cancelling_is_kept(qasync_loop, window, server, qtbot) -> None:
    open_item(qtbot, window)
    window.gallery.move_to_front([3])  # d a b c
    server.put_gate.clear()
    window.save()
    qtbot.waitUntil(lambda: bool(server.put_threads))
    window.cancel_save()
    window.gallery.move_to_end([1])  # d b c a, before the cancel is reported
    qtbot.waitUntil(lambda: not window.saving)
    run(qtbot, window.tasks.wait())
    assert list(window.gallery.order) == ["d", "b", "c", "a"] and window.gallery.dirty


def unfinished_save(connection: str = "fake", base_url: str = "http://fake") -> int:
    """An interrupted save of item 7 in the journal: d a b c wanted, nothing sent yet."""
    journal = Journal(journal_path())
    try:
        return journal.begin(
            marketplace="plentymarkets",
            base_url=base_url,
            account="demo",
            connection=connection,
            listing=ITEM,
            wanted=["d", "a", "b", "c"],
            calls=[PlannedCall("PUT", "/order/7", ["d", "a", "b", "c"], "new order")],
        )
    finally:
        journal.close()


def journal_saves(state: str = "running") -> list[JournalSave]:
    journal = Journal(journal_path())
    try:
        if state == "running":
            return journal.unfinished()
        return [s for s in (journal.get(i) for i in range(1, 10)) if s and s.state == state]
    finally:
        journal.close()


def started_window(qtbot: QtBot, server: FakeServer, answer: Choice, asked: list) -> MainWindow:
    """A window whose start-up question about unfinished saves is answered with `answer`."""
    window = build_main_window({"plentymarkets": FakeConnection(server)})
    window.ask_resume = lambda _parent, saves: asked.append(saves) or answer
    window.ask_unsaved = lambda *_a, **_k: pytest.fail("unexpected question")
    window.show()
    qtbot.waitExposed(window)
    # The journal is read and written off the GUI thread: wait until the answer is acted on.
    qtbot.waitUntil(lambda: bool(asked) and window._offered_resume)
    return window


def test_unfinished_save_is_finished_at_start_and_the_open_listing_reloads(
    qasync_loop, server, qtbot
) -> None:
    unfinished_save()
    asked: list = []
    window = build_main_window({"plentymarkets": FakeConnection(server)})
    window.ask_resume = lambda _parent, saves: asked.append(saves) or Choice.FINISH
    try:
        open_item(qtbot, window)  # the listing is open before the window shows
        window.show()
        qtbot.waitUntil(lambda: bool(asked) and not window.saving)
        run(qtbot, window.tasks.wait())
        assert len(asked) == 1 and asked[0][0].resumable
        assert asked[0][0].describe().startswith("plentymarkets item 7: 1 of 1 calls left")
        assert server.orders["7"] == ["d", "a", "b", "c"]
        assert list(window.gallery.order) == ["d", "a", "b", "c"] and not window.gallery.dirty
        assert "Finished saving plentymarkets item 7" in window.status.bar.currentMessage()
        assert journal_saves() == []
        window.offer_unfinished_saves()
        assert len(asked) == 1, "asked once per window"
    finally:
        close_for_good(qtbot, window)


def test_discarding_unfinished_saves_closes_them_in_the_journal(qasync_loop, server, qtbot):
    save_id = unfinished_save()
    asked: list = []
    window = started_window(qtbot, server, Choice.DISCARD, asked)
    try:
        assert not window.saving
        assert journal_saves() == []
        [discarded] = journal_saves("cancelled")
        assert discarded.id == save_id and discarded.message == "discarded by the user"
        assert server.puts == []
    finally:
        close_for_good(qtbot, window)


def test_later_keeps_unfinished_saves_for_the_next_start(qasync_loop, server, qtbot) -> None:
    unfinished_save()
    asked: list = []
    window = started_window(qtbot, server, Choice.LATER, asked)
    try:
        assert not window.saving and server.puts == []
        assert len(journal_saves()) == 1
        assert "asks again at the next start" in window.status.bar.currentMessage()
    finally:
        close_for_good(qtbot, window)


def test_a_save_without_a_matching_connection_stays_in_the_journal(qasync_loop, server, qtbot):
    unfinished_save(connection="Shop in Berlin", base_url="https://shop.example")
    asked: list = []
    window = started_window(qtbot, server, Choice.FINISH, asked)
    try:
        [entry] = asked[0]
        assert not entry.resumable
        assert "no saved connection for “Shop in Berlin”" in entry.describe()
        assert "run `imagedeck resume` with the secrets in the environment" in entry.describe()
        assert not window.saving and server.puts == []
        assert len(journal_saves()) == 1
    finally:
        close_for_good(qtbot, window)


def select_only(window, row: int) -> None:
    """Select exactly `row`. Not `grid.setCurrentIndex`: that asks Qt for the keyboard
    modifiers, and a Ctrl left "held" by an earlier test's key click would toggle instead."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    window.grid.selectionModel().setCurrentIndex(window.model.index(row), flags)


def test_the_conflict_question_shows_the_changed_pictures_with_their_places(qtbot) -> None:
    from PySide6.QtGui import QColor, QImage

    from imagedeck.ui.dialogs.questions import conflict_box

    red = QImage(120, 90, QImage.Format.Format_RGB32)
    red.fill(QColor("firebrick"))
    box, choices = conflict_box(
        None,
        "plentymarkets item 101 was changed elsewhere since it was loaded: image 26 moved "
        "to place 1; a new image appeared at place 64",
        [(red, "26 → 1"), (None, "new at 64")],
    )
    qtbot.addWidget(box)
    box.show()
    strip = box.findChild(QWidget, "conflict-pictures")
    assert strip is not None and strip.isVisible()
    texts = [label.text() for label in strip.findChildren(QLabel)]
    assert "26 → 1" in texts and "new at 64" in texts
    assert sorted(choice.value for choice in choices.values()) == ["cancel", "overwrite", "reload"]
    box.grab().save(shot_path("issue15-p5-conflict.png"))
    box.close()


def test_a_small_window_keeps_three_columns_of_thumbnails(qasync_loop, window, qtbot) -> None:
    """Issue 15: at 1100×700 the panels kept their width and the grid shrank to one column.
    The panels give way first (narrower, then the Listings panel folds away)."""
    from imagedeck.ui.app.panel_room import LEAST_COLUMNS

    def columns() -> int:
        return window.grid.viewport().width() // window.grid.gridSize().width()

    open_item(qtbot, window)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: columns() >= LEAST_COLUMNS)
    assert window.details_dock.isVisible()
    window.grab().save(shot_path("issue15-p9-1100x700.png"))
    window.resize(800, 600)
    qtbot.waitUntil(lambda: columns() >= LEAST_COLUMNS or not window.browser_dock.isVisible())
    qtbot.waitUntil(lambda: columns() >= 2)
    window.grab().save(shot_path("issue15-p9-800x600.png"))
