"""The whole GUI against the real sandbox server, as a seller would use it: open a listing,
wait for the thumbnails, make an image the main one with the keyboard, press Ctrl+S, and
check what the marketplace received — one PUT for plentymarkets, one imageorder PUT for
AutoScout24 — and that no thread is left running."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

import test_ui_async_support as async_support  # noqa: E402
from imagedeck.marketplaces.connection import demo_connections  # noqa: E402
from imagedeck.model.image import ListingRef  # noqa: E402
from imagedeck.sandbox.demo import VEHICLE_FULL  # noqa: E402
from imagedeck.ui.app import build_main_window  # noqa: E402
from imagedeck.ui.gallery_model import ImageIdRole  # noqa: E402
from imagedeck.ui.main_window import MainWindow  # noqa: E402
from imagedeck.ui.questions import Choice  # noqa: E402
from imagedeck.ui.thumbnail_state import ThumbnailState  # noqa: E402
from test_ui_async_support import run  # noqa: E402

qasync_loop = async_support.qasync_loop  # the shared fixture, see its module docstring
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qasync_loop, qtbot: QtBot, sandbox):
    window = build_main_window(demo_connections(sandbox.base_url))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        yield window
    finally:
        window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
        if window.saving:
            qtbot.waitUntil(lambda: not window.saving)
        window.close()
        run(qtbot, window.aclose())
        thread = window.save_worker.thread
        assert thread.isFinished() or not thread.isRunning()
        window.deleteLater()


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
