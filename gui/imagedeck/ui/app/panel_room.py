"""Small windows: the side panels give way before the grid does.

QMainWindow keeps its docks at their width and squeezes the central widget, so at 1100×700
the Listings and Image Details panels kept 300 and 430 pixels and the grid shrank to one
column of thumbnails: the one thing the window is for. Here, whenever the window is
resized, the grid is given room for at least `LEAST_COLUMNS` columns: first the panels get
narrower (the widest first, down to their narrow width), then the Listings panel folds away
(View ▸ Listing Browser and Ctrl+L bring it back). Below that the grid gets what is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle

from imagedeck.ui.grid.thumbnail_grid import MIN_GAP, ThumbnailGrid

LEAST_COLUMNS = 3
NARROW_PANEL = 240
"""How narrow a side panel may become before one folds away (its texts wrap down to this)."""


def width_for_columns(grid: ThumbnailGrid, columns: int) -> int:
    """The grid width that holds `columns` tiles at its zoom (ThumbnailGrid._fit_columns)."""
    scroll_bar = grid.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return columns * (grid.tile_size.width() + MIN_GAP) + 1 + 2 * grid.frameWidth() + scroll_bar


class PanelRoom(QObject):
    """Keeps `grid` at least LEAST_COLUMNS wide in `window` by narrowing `panels`, then
    folding away the last of them (the Listings panel; the details stay at hand)."""

    def __init__(
        self, window: QMainWindow, grid: ThumbnailGrid, panels: Sequence[QDockWidget]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._grid = grid
        self._panels = list(panels)
        for panel in self._panels:
            inner = panel.widget()
            if inner is not None:
                inner.setMinimumWidth(min(inner.minimumWidth(), NARROW_PANEL))
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.make_room)
        window.installEventFilter(self)
        grid.installEventFilter(self)
        # A zoom changes how wide three columns are; it shows as a new scroll range.
        grid.verticalScrollBar().rangeChanged.connect(lambda *_: self._soon.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._soon.start()  # after the layout has settled
        return False

    def make_room(self) -> None:
        """Narrow the panels (widest first), then fold the last one away, until the grid
        holds LEAST_COLUMNS columns (or no panel is left to give way)."""
        short = width_for_columns(self._grid, LEAST_COLUMNS) - self._grid.width()
        if short <= 0:
            return
        docked = [p for p in self._panels if p.isVisible() and not p.isFloating()]
        widths = {panel: panel.width() for panel in docked}
        for panel in sorted(docked, key=lambda p: -widths[p]):
            give = max(0, min(short, widths[panel] - NARROW_PANEL))
            widths[panel] -= give
            short -= give
        if docked:
            self._window.resizeDocks(docked, [widths[p] for p in docked], Qt.Orientation.Horizontal)
        last = self._panels[-1] if self._panels else None
        if short > 0 and last in docked:  # only the last folds: the details stay at hand
            last.hide()
