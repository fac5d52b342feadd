"""The grid of thumbnails the seller reorders by dragging or with the keyboard.

Two things QListView would do on its own are switched off on purpose:

* In icon mode with a movable layout, QListView treats a drop as "put the icon at this
  pixel" (free positioning, model untouched) and, after QDrag.exec() returns MoveAction,
  removes the source rows from the model. Here a drop means "insert before this image",
  computed by `drop_row_at` and carried out by the model through `Gallery.move`; nothing is
  ever removed after a drag. Hence the own startDrag / dragMoveEvent / dropEvent.
* Qt's drop indicator is not drawn in icon mode; the grid paints its own insertion bar.

Keyboard moves are QActions (so menus show their shortcuts) bound to this widget: the
shortcuts act only while the grid has focus and never steal Ctrl+Shift+arrows from a text
field elsewhere in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QWidget,
)

from imagedeck.model.gallery import Gallery
from imagedeck.ui.common.shortcut_areas import GRID_AREA, mark_area
from imagedeck.ui.common.shortcut_tips import shortcut_tip
from imagedeck.ui.grid.drag_scroll import DragScroller
from imagedeck.ui.grid.drag_visuals import drag_pixmap, paint_drop_bar
from imagedeck.ui.grid.file_drops import dropped_paths, has_local_files
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.tile_delegate import TILE_SIZE, TileDelegate

MIN_GAP = 10
"""Least horizontal room between tiles; spare width is spread over the columns."""
ROW_GAP = 8
PROBE_STEP = 4
DRAG_HOTSPOT = QPoint(-14, -14)  # the pointer sits above left of the picture, not on it
VISIBLE_DEBOUNCE_MS = 60
"""Scrolling fires many value changes a second; the loader hears only where it settles."""


@dataclass(frozen=True)
class _DropTarget:
    """Where a drop lands: before `row`, shown beside `tile` (after it or before it)."""

    row: int
    tile: QModelIndex
    after: bool


class ThumbnailGrid(QListView):
    """Icon-mode list of a GalleryListModel, with reordering by drag and keyboard."""

    visible_rows_changed = Signal(int, int)
    """First and last row (inclusive) on screen after a scroll, resize or reload settled;
    (0, -1) when none. The thumbnail loader fetches these first."""
    files_dropped = Signal(list, int)
    """Local files or folders (list of Path) dropped from the file manager, and the row
    they were dropped before (see file_drops.py); the window adds them there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_area(self, GRID_AREA)  # Help ▸ Keyboard Shortcuts groups its keys
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setUniformItemSizes(True)  # measured: 10,000 tiles lay out in ~20 ms, not ~1.8 s
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.tile_size = QSize(TILE_SIZE)  # the zoom changes it: set_tile_size
        self.setGridSize(TILE_SIZE + QSize(MIN_GAP, ROW_GAP))  # see _fit_columns
        self.setMovement(QListView.Movement.Snap)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(True)  # hover highlight
        self.setAutoScroll(False)  # Qt's crawls at a fixed speed: drag_scroll.py speeds up
        self.drag_scroller = DragScroller(self)
        self.setItemDelegate(TileDelegate(self))
        self._drop_target_shown: _DropTarget | None = None
        self._empty_text = ""
        self._visible_soon = QTimer(self, singleShot=True, interval=VISIBLE_DEBOUNCE_MS)
        self._visible_soon.timeout.connect(self._report_visible_rows)
        # Not connected to start() directly: its int overload would take the scroll value
        # as the interval.
        self.verticalScrollBar().valueChanged.connect(self._report_visible_soon)

        icons = QStyle.StandardPixmap
        self.make_main_action = self._move_action(
            self.tr("Make &Main Image"),
            "Ctrl+Shift+Home",
            icons.SP_MediaSkipBackward,
            lambda gallery, rows: gallery.move_to_front(rows),
        )
        self.move_left_action = self._move_action(
            self.tr("Move &Left"),
            "Ctrl+Shift+Left",
            icons.SP_ArrowLeft,
            lambda gallery, rows: gallery.shift(rows, -1),
        )
        self.move_right_action = self._move_action(
            self.tr("Move Ri&ght"),
            "Ctrl+Shift+Right",
            icons.SP_ArrowRight,
            lambda gallery, rows: gallery.shift(rows, 1),
        )
        self.move_to_end_action = self._move_action(
            self.tr("Move to &End"),
            "Ctrl+Shift+End",
            icons.SP_MediaSkipForward,
            lambda gallery, rows: gallery.move_to_end(rows),
        )
        # The toolbar's words for these two: German's full texts ("Als Hauptbild festlegen")
        # would push the toolbar's last buttons into its overflow menu at 1200 px.
        self.make_main_action.setIconText(self.tr("Make Main Image"))
        self.move_to_end_action.setIconText(self.tr("Move to End"))
        self._update_actions()

    # -- model -------------------------------------------------------------------------
    @property
    def move_actions(self) -> list[QAction]:
        return [
            self.make_main_action,
            self.move_left_action,
            self.move_right_action,
            self.move_to_end_action,
        ]

    def gallery_model(self) -> GalleryListModel:
        model = self.model()
        assert isinstance(model, GalleryListModel), "ThumbnailGrid shows a GalleryListModel"
        return model

    def setModel(self, model: GalleryListModel) -> None:  # type: ignore[override]
        super().setModel(model)
        self.selectionModel().selectionChanged.connect(self._update_actions)
        model.modelReset.connect(self._update_actions)
        for signal in (model.modelReset, model.rowsMoved, model.layoutChanged):
            signal.connect(self._report_visible_soon)
        self._update_actions()

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedIndexes())

    def set_empty_text(self, text: str) -> None:
        """What an empty grid says ("Loading…", "Open a listing…"), centred in the view."""
        self._empty_text = text
        self.viewport().update()

    # -- keyboard moves ----------------------------------------------------------------
    def _move_action(
        self,
        text: str,
        shortcut: str,
        icon: QStyle.StandardPixmap,
        move: Callable[[Gallery, list[int]], bool],
    ) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(shortcut_tip(text, shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self._move_selection(move))
        self.addAction(action)
        return action

    def _move_selection(self, move: Callable[[Gallery, list[int]], bool]) -> None:
        """Move the selected images; the selection and current item follow them because
        the model reports moves (not resets), so Qt's persistent indexes travel along."""
        rows = self.selected_rows()
        if rows and move(self.gallery_model().gallery, rows):
            self.scrollTo(self.currentIndex())

    def _update_actions(self) -> None:
        has_selection = self.model() is not None and self.selectionModel().hasSelection()
        for action in self.move_actions:
            action.setEnabled(has_selection)

    # -- dragging out ------------------------------------------------------------------
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Start a move drag of the selection. The drop itself reorders the gallery, so the
        drag's outcome is deliberately ignored: unlike QAbstractItemView.startDrag, nothing
        is removed from the model when the drag reports MoveAction."""
        indexes = [i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        drag.setPixmap(self._drag_pixmap(indexes))
        drag.setHotSpot(DRAG_HOTSPOT)  # the picture hangs below right: the drop line shows
        self._exec_drag(drag)

    def _drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        """The tile under the pointer (or the first selected), with a count if several."""
        under_pointer = self.indexAt(self.viewport().mapFromGlobal(self.cursor().pos()))
        index = under_pointer if under_pointer in indexes else min(indexes, key=QModelIndex.row)
        return drag_pixmap(self, index, len(indexes))

    def _exec_drag(self, drag: QDrag) -> Qt.DropAction:
        """Run the platform drag loop (a seam for tests: QTest cannot start a real drag)."""
        return drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    # -- dropping in -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        QAbstractItemView.dragEnterEvent(self, event)  # enters DraggingState for auto-scroll
        self._accept_if_ours(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # QAbstractItemView's handler (not QListView's icon-mode one); scrolling near the
        # edges is the DragScroller's, the accept/ignore decision and the indicator ours.
        QAbstractItemView.dragMoveEvent(self, event)
        self.drag_scroller.follow(event.position().toPoint())
        self._accept_if_ours(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        QAbstractItemView.dragLeaveEvent(self, event)
        self.drag_scroller.stop()
        self._set_drop_target(None)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drag_scroller.stop()
        row = self.drop_row_at(event.position().toPoint())
        if has_local_files(event.mimeData()):  # from the file manager: new images
            QAbstractItemView.dragLeaveEvent(self, QDragLeaveEvent())
            self._set_drop_target(None)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(dropped_paths(event.mimeData()), row)
            return
        QAbstractItemView.dragLeaveEvent(self, QDragLeaveEvent())  # stop auto-scroll, state
        self._set_drop_target(None)
        model = self.gallery_model()
        if model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.scrollTo(self.currentIndex())
        else:
            event.ignore()

    def _accept_if_ours(self, event: QDragMoveEvent) -> None:
        model = self.model()
        target = self._drop_target(event.position().toPoint())
        if model is not None and has_local_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)  # files are copied, never moved
            event.accept()
            self._set_drop_target(target)
            return
        if isinstance(model, GalleryListModel) and model.canDropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, target.row, 0, QModelIndex()
        ):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_target(target)
        else:
            event.ignore()
            self._set_drop_target(None)

    def drop_row_at(self, pos: QPoint) -> int:
        """The row a drop at viewport point `pos` inserts before (len = at the end)."""
        return self._drop_target(pos).row

    def _drop_target(self, pos: QPoint) -> _DropTarget:
        """Over a tile: before it if on its left half, after it if on its right half. In
        the gaps between tiles and at the ends of lines, the nearest tile on the same line
        decides; above everything means the front, below everything the end."""
        model = self.model()
        count = model.rowCount() if model else 0
        if count == 0:
            return _DropTarget(0, QModelIndex(), after=False)
        for dy in (0, -2 * PROBE_STEP, 2 * PROBE_STEP):
            probe = QPoint(pos.x(), pos.y() + dy)
            index = self._first_tile_towards(probe, -PROBE_STEP)
            if index.isValid():
                after = pos.x() > self.visualRect(index).center().x()
                return _DropTarget(index.row() + int(after), index, after)
            index = self._first_tile_towards(probe, PROBE_STEP)
            if index.isValid():
                return _DropTarget(index.row(), index, after=False)
        if pos.y() < self.visualRect(model.index(0, 0)).top():
            return _DropTarget(0, model.index(0, 0), after=False)
        return _DropTarget(count, model.index(count - 1, 0), after=True)

    def _first_tile_towards(self, start: QPoint, step: int) -> QModelIndex:
        x, width = start.x(), self.viewport().width()
        while 0 <= x <= width:
            index = self.indexAt(QPoint(x, start.y()))
            if index.isValid():
                return index
            x += step
        return QModelIndex()

    def _set_drop_target(self, target: _DropTarget | None) -> None:
        if target != self._drop_target_shown:
            self._drop_target_shown = target
            self.viewport().update()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        target = self._drop_target_shown
        if target is None and (self.model() is None or self.model().rowCount() > 0):
            return
        painter = QPainter(self.viewport())
        if target is not None and target.tile.isValid():
            paint_drop_bar(self, painter, target.tile, after=target.after)
        elif target is None and self._empty_text:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            # Wrapped: German runs ~30 % longer than English and the grid may be narrow.
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            area = self.viewport().rect().adjusted(16, 0, -16, 0)
            painter.drawText(area, flags, self._empty_text)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._report_visible_soon()

    # -- what is on screen -------------------------------------------------------------
    def visible_rows(self) -> tuple[int, int]:
        """First and last row whose tile intersects the viewport; (0, -1) if none.

        Tiles sit on a uniform grid in row order, so the range follows from the scroll
        offset; the estimate is widened by a line each way and then checked tile by tile,
        which stays exact whatever the spacing or scroll bar does."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if count == 0:
            return 0, -1
        cell = self.gridSize()
        columns = max(1, self.viewport().width() // max(1, cell.width()))
        top_line = max(0, self.verticalOffset() // max(1, cell.height()) - 1)
        lines = self.viewport().height() // max(1, cell.height()) + 3
        start = min(count - 1, top_line * columns)
        stop = min(count, (top_line + lines) * columns)
        area = self.viewport().rect()
        rows = range(start, stop)
        shown = [row for row in rows if self.visualRect(model.index(row, 0)).intersects(area)]
        return (shown[0], shown[-1]) if shown else (0, -1)

    def _report_visible_soon(self, *_args: object) -> None:
        self._visible_soon.start()

    def _report_visible_rows(self) -> None:
        self.visible_rows_changed.emit(*self.visible_rows())

    def _fit_columns(self) -> None:
        """Spread spare width evenly over the columns (tiles are centred in their grid
        cells) instead of leaving a ragged empty strip on the right. The width assumes a
        vertical scroll bar, so showing or hiding it never makes the layout flip."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.width() - 2 * self.frameWidth() - scroll_bar
        columns = max(1, (width - 1) // (self.tile_size.width() + MIN_GAP))
        # QListView wraps a line that would end exactly at the edge, hence width - 1.
        cell_width = max(self.tile_size.width() + MIN_GAP, (width - 1) // columns)
        cell = QSize(cell_width, self.tile_size.height() + ROW_GAP)
        if cell != self.gridSize():
            self.setGridSize(cell)

    def set_tile_size(self, size: QSize) -> None:
        """Zoom: every tile becomes `size`; the layout is redone at once (uniform sizes
        keep that cheap for thousands of tiles) and the loader hears what is now visible."""
        if size == self.tile_size:
            return
        self.tile_size = QSize(size)
        delegate = self.itemDelegate()
        if isinstance(delegate, TileDelegate):
            delegate.tile_size = QSize(size)
        self._fit_columns()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()
        self._report_visible_soon()

    def sizeHint(self) -> QSize:
        columns, lines = 6, 3
        cell = self.tile_size + QSize(MIN_GAP, ROW_GAP)
        return QSize(columns * cell.width() + 24, lines * cell.height())
