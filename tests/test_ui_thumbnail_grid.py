"""ThumbnailGrid: keyboard moves, drops at a pixel, and no row removal after a drag.

QTest mouse events never start a QDrag, so drops are sent as QDragEnter/QDragMove/QDrop
events to the viewport, and the drag itself goes through the `_exec_drag` seam.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.grid.gallery_model import GalleryListModel, ImageIdRole
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from qt_support import shot_path

MOVE = Qt.DropAction.MoveAction
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def gallery() -> Gallery:
    gallery = Gallery()
    gallery.load(ListingRef("plentymarkets", "101"), [Image(f"i{n}") for n in range(12)])
    return gallery


@pytest.fixture
def grid(qtbot: QtBot, gallery: Gallery) -> ThumbnailGrid:
    grid = ThumbnailGrid()
    grid.setModel(GalleryListModel(gallery, grid))
    qtbot.addWidget(grid)
    grid.resize(760, 560)  # a few lines of tiles
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(lambda: grid.visualRect(grid.model().index(11, 0)).isValid())
    return grid


def select(grid: ThumbnailGrid, *rows: int) -> None:
    selection = grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(grid.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(grid.model().index(rows[-1], 0), QItemSelectionModel.NoUpdate)


def selected_ids(grid: ThumbnailGrid) -> list[str]:
    return [grid.model().index(row, 0).data(ImageIdRole) for row in grid.selected_rows()]


def ids(*numbers: int) -> list[str]:
    return [f"i{n}" for n in numbers]


@pytest.mark.parametrize(
    ("key", "rows", "expected_front"),
    [
        (Qt.Key.Key_Home, [5], ids(5, 0, 1)),
        (Qt.Key.Key_Left, [5], ids(0, 1, 2, 3, 5, 4)),
        (Qt.Key.Key_Right, [0], ids(1, 0, 2)),
    ],
)
def test_keyboard_moves_and_selection_follows(grid, gallery, qtbot, key, rows, expected_front):
    select(grid, *rows)
    moved = selected_ids(grid)
    qtbot.keyClick(grid, key, CTRL_SHIFT)
    assert list(gallery.order[: len(expected_front)]) == expected_front
    assert selected_ids(grid) == moved
    assert grid.currentIndex().data(ImageIdRole) == moved[-1]


def test_move_to_end_takes_a_non_contiguous_selection_along(grid, gallery, qtbot) -> None:
    select(grid, 1, 3, 4)
    qtbot.keyClick(grid, Qt.Key.Key_End, CTRL_SHIFT)
    assert list(gallery.order[-3:]) == ids(1, 3, 4)
    assert selected_ids(grid) == ids(1, 3, 4)
    assert gallery.undo_label == "Move to end"


def test_move_actions_are_disabled_without_a_selection(grid) -> None:
    grid.selectionModel().clearSelection()
    assert not any(action.isEnabled() for action in grid.move_actions)
    select(grid, 2)
    assert all(action.isEnabled() for action in grid.move_actions)
    assert grid.make_main_action.shortcut().toString() == "Ctrl+Shift+Home"


def _drop_events(grid: ThumbnailGrid, mime: QMimeData, pos: QPoint) -> bool:
    """Send enter, move and drop like a real drag would; returns whether the drop was taken."""
    where = QPointF(pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = grid.viewport()
    enter = QDragEnterEvent(pos, MOVE, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, MOVE, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(where, MOVE, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def tile_point(grid: ThumbnailGrid, row: int, side: str) -> QPoint:
    rect = grid.visualRect(grid.model().index(row, 0))
    x = rect.left() + 10 if side == "left" else rect.right() - 10
    return QPoint(x, rect.center().y())


def test_drop_on_the_left_half_of_a_tile_inserts_before_it(grid, gallery) -> None:
    mime = grid.model().mimeData([grid.model().index(9, 0), grid.model().index(10, 0)])
    assert _drop_events(grid, mime, tile_point(grid, 2, "left"))
    assert list(gallery.order[:5]) == ids(0, 1, 9, 10, 2)


def test_drop_on_the_right_half_of_a_tile_inserts_after_it(grid, gallery) -> None:
    mime = grid.model().mimeData([grid.model().index(0, 0)])
    assert _drop_events(grid, mime, tile_point(grid, 5, "right"))
    assert list(gallery.order[:6]) == ids(1, 2, 3, 4, 5, 0)


def test_drop_positions_between_tiles_at_line_ends_and_below(grid) -> None:
    model = grid.model()
    first, second = grid.visualRect(model.index(0, 0)), grid.visualRect(model.index(1, 0))
    gap = QPoint((first.right() + second.left()) // 2, first.center().y())
    assert grid.drop_row_at(gap) == 1
    per_line = sum(1 for r in range(12) if grid.visualRect(model.index(r, 0)).top() == first.top())
    assert 2 <= per_line < 12
    right_margin = QPoint(grid.viewport().width() - 2, first.center().y())
    assert grid.drop_row_at(right_margin) == per_line, "after the last tile of the line"
    last = grid.visualRect(model.index(11, 0))
    assert grid.drop_row_at(QPoint(10, last.bottom() + 40)) == 12
    assert grid.drop_row_at(QPoint(2, first.center().y())) == 0


def test_indicator_at_a_line_end_stays_on_that_line(grid) -> None:
    model = grid.model()
    first = grid.visualRect(model.index(0, 0))
    per_line = sum(1 for r in range(12) if grid.visualRect(model.index(r, 0)).top() == first.top())
    mime = model.mimeData([model.index(11, 0)])
    pos = QPoint(grid.viewport().width() - 2, first.center().y())
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(grid.viewport(), QDragEnterEvent(pos, MOVE, mime, buttons, mods))
    move = QDragMoveEvent(pos, MOVE, mime, buttons, mods)
    QApplication.sendEvent(grid.viewport(), move)
    target = grid._drop_target_shown
    assert move.isAccepted()
    assert (target.row, target.tile.row(), target.after) == (per_line, per_line - 1, True)
    grid.grab()  # paints the bar without error
    QApplication.sendEvent(grid.viewport(), QDragLeaveEvent())
    assert grid._drop_target_shown is None


def test_foreign_drops_are_ignored(grid, gallery) -> None:
    mime = QMimeData()
    mime.setText("hello")
    assert not _drop_events(grid, mime, tile_point(grid, 2, "left"))
    assert list(gallery.order) == ids(*range(12))


def test_a_finished_move_drag_removes_no_rows(grid, gallery, monkeypatch) -> None:
    """The classic pitfall: after a drop, QAbstractItemView.startDrag removes the source rows
    when exec() returns MoveAction. Here the drop has already moved them; all 12 must stay."""
    select(grid, 7)
    target = tile_point(grid, 1, "left")

    def drop_then_report_move(drag: QDrag) -> Qt.DropAction:
        assert _drop_events(grid, drag.mimeData(), target)
        return MOVE

    monkeypatch.setattr(grid, "_exec_drag", drop_then_report_move)
    grid.startDrag(MOVE)
    assert list(gallery.order[:3]) == ids(0, 7, 1)
    assert grid.model().rowCount() == 12
    assert sorted(gallery.order) == sorted(ids(*range(12)))
    assert selected_ids(grid) == ["i7"]


def test_drag_pixmap_is_painted_for_several_tiles(grid) -> None:
    pixmap = grid._drag_pixmap([grid.model().index(1, 0), grid.model().index(2, 0)])
    assert not pixmap.isNull()


def test_drag_scrolling_speeds_up_toward_the_edge() -> None:
    """Issue 15: auto-scroll crawled at one speed; now it grows with the depth into the
    edge zone, up to FASTEST at the edge and beyond, in both directions."""
    from imagedeck.ui.grid.drag_scroll import FASTEST, SLOWEST, scroll_speed

    height = 560
    assert scroll_speed(280, height) == 0
    down = [scroll_speed(y, height) for y in (500, 520, 540, 559, 600)]
    assert down == sorted(down) and down[0] >= SLOWEST and down[-1] == FASTEST
    assert scroll_speed(0, height) == -FASTEST and scroll_speed(60, height) < 0


def test_a_drag_near_the_bottom_scrolls_the_grid(grid, gallery, qtbot) -> None:
    grid.model().gallery.load(
        ListingRef("plentymarkets", "101"), [Image(f"i{n}") for n in range(64)]
    )
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    mime = grid.model().mimeData([grid.model().index(1, 0)])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    bottom = QPoint(200, grid.viewport().height() - 2)
    QApplication.sendEvent(grid.viewport(), QDragEnterEvent(bottom, MOVE, mime, buttons, mods))
    QApplication.sendEvent(grid.viewport(), QDragMoveEvent(bottom, MOVE, mime, buttons, mods))
    qtbot.waitUntil(lambda: grid.verticalScrollBar().value() > 0)
    QApplication.sendEvent(grid.viewport(), QDragLeaveEvent())
    stopped = grid.verticalScrollBar().value()
    qtbot.wait(50)
    assert grid.verticalScrollBar().value() == stopped  # leaving stops the scrolling


def test_the_drag_picture_is_smaller_see_through_and_beside_the_pointer(
    grid, gallery, monkeypatch
) -> None:
    from imagedeck.ui.grid.drag_visuals import DRAG_PREVIEW_OPACITY

    select(grid, 3, 4)
    seen: list[QDrag] = []
    monkeypatch.setattr(grid, "_exec_drag", lambda drag: seen.append(drag) or MOVE)
    grid.startDrag(MOVE)
    (drag,) = seen
    picture = drag.pixmap()
    logical = picture.size() / picture.devicePixelRatio()
    assert logical.width() < grid.tile_size.width() and logical.height() < grid.tile_size.height()
    hot = drag.hotSpot()
    assert hot.x() < 0 and hot.y() < 0  # the pointer is off the picture: the drop bar shows
    image = picture.toImage()
    centre = image.pixelColor(image.width() // 3, image.height() // 3)
    assert 0 < centre.alpha() < 255 and DRAG_PREVIEW_OPACITY < 1
    badge = image.pixelColor(image.width() - 12, 12)  # the count badge stays, top right
    assert badge.alpha() == 255
    picture.save(shot_path("issue15-p6-drag-picture.png"))
