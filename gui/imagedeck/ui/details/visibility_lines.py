"""Dashed lines on the thumbnail grid where AutoScout24's cheaper ad products stop showing photos.

An AutoScout24 ad with the T10 product shows only the first 15 photos, T20 the first 20. A
seller arranging 30 photos needs to see which ones buyers of a cheap ad never get, at the
moment of dragging, not in a help page.

Why an overlay widget and not code in ThumbnailGrid.paintEvent: the grid belongs to the
reordering code and paints its own drop bar; a separate, mouse-transparent child of the
viewport adds the lines without touching it, and can be switched on for AutoScout24 only.

The tiles flow in lines that wrap with the window width, so "after tile 15" is not a row of
the screen. The break is drawn as a staircase of dashes that separates the first 15 from the
rest: along the gap under the line holding tile 15, up through the gap between tile 15 and
tile 16, and along the gap above the rest of that line. When tile 15 ends its line, the
staircase is just the gap between the lines. The label sits in the gap under tile 15, so it
covers neither photo (the tiles keep their corners free for the same reason). Everything is
computed from `visualRect` at paint time, so it follows resizes, scrolling and moves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLine, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from imagedeck.marketplaces.registry import capabilities_of
from imagedeck.ui.common.theme import is_dark
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid


@dataclass(frozen=True)
class AdProduct:
    """An ad product that shows only the first `shown` photos, drawn in `colour`."""

    name: str
    shown: int
    colour: QColor

    @property
    def label(self) -> str:
        """E.g. "T10 ad: photos 1–15", in the interface language: short enough for the gap
        under one tile, in words a seller reads without knowing the product codes."""
        return QCoreApplication.translate(
            "VisibilityLines", "{product} ad: photos 1–{count}"
        ).format(product=self.name, count=self.shown)

    @property
    def explanation(self) -> str:
        """The label's tooltip: what the line means, in a whole sentence."""
        return QCoreApplication.translate(
            "VisibilityLines",
            "An AutoScout24 ad with the {product} product shows only the first {count} "
            "photos: buyers of such an ad never see the photos after this line.",
        ).format(product=self.name, count=self.shown)


#: AutoScout24's products with a photo limit (the full product shows all 30).
AD_PRODUCTS = (
    AdProduct("T10", 15, QColor("#d9480f")),  # orange-red: the tighter cut
    AdProduct("T20", 20, QColor("#6741d9")),  # violet: distinct from the amber MAIN badge
)
LINE_WIDTH = 2


def line_colour(colour: QColor, palette: QPalette) -> QColor:
    """The product's colour, lightened on a dark window: a violet dashed line on dark grey
    would vanish (the labels keep the full colour under white text, which reads on both)."""
    return colour.lighter(160) if is_dark(palette) else colour


LABEL_PADDING = 4
LABEL_POINT_SIZE = 8


@dataclass(frozen=True)
class Break:
    """Where one product's cut is drawn, in viewport coordinates.

    `lines` form the staircase (see the module docstring); `divider` is its vertical part
    between the last shown tile and the first hidden one (None when the cut falls at the
    end of a line of tiles); `label_rect` is where the label is painted.
    """

    product: AdProduct
    lines: tuple[QLine, ...]
    divider: QLine | None
    label_rect: QRect


class VisibilityLines(QWidget):
    """A transparent overlay on `grid`'s viewport with the T10 and T20 cut lines.

    Hidden until `set_enabled(True)`. With `follow=True` it enables itself whenever the
    grid's gallery holds a listing of a marketplace whose `Capabilities.visibility_cuts`
    says so (and hides otherwise), so the window needs one line:
    `VisibilityLines(self.grid, follow=True)`.
    Create it after the grid has its model.
    """

    def __init__(self, grid: ThumbnailGrid, *, follow: bool = False) -> None:
        super().__init__(grid.viewport())
        self._grid = grid
        self._follow = follow
        self._enabled = False
        self.setObjectName("visibilityLines")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.font())
        font.setPointSize(LABEL_POINT_SIZE)
        font.setBold(True)
        self.setFont(font)
        # After a model change the grid lays its tiles out on a zero timer; repainting on a
        # later zero timer paints the lines where the tiles have gone.
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._refresh)
        grid.viewport().installEventFilter(self)
        for bar in (grid.verticalScrollBar(), grid.horizontalScrollBar()):
            bar.valueChanged.connect(self._refresh_soon)
            bar.rangeChanged.connect(self._refresh_soon)
        model = grid.model()
        if isinstance(model, GalleryListModel):
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.layoutChanged,
            ):
                signal.connect(self._refresh_soon)
            model.modelReset.connect(self._follow_marketplace)
        self.setVisible(False)
        self._follow_marketplace()

    # -- switching -----------------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        """Show the lines (AutoScout24 listings) or hide them (every other listing)."""
        self._enabled = enabled
        self.setVisible(enabled)
        if enabled:
            self.raise_()
            self._refresh()

    def is_enabled(self) -> bool:
        return self._enabled

    def _follow_marketplace(self) -> None:
        if not self._follow:
            return
        model = self._grid.model()
        listing = model.gallery.listing if isinstance(model, GalleryListModel) else None
        self.set_enabled(
            listing is not None and capabilities_of(listing.marketplace).visibility_cuts
        )

    # -- geometry --------------------------------------------------------------------------
    def breaks(self) -> list[Break]:
        """The cuts to draw now: one per product whose limit is below the number of tiles."""
        model = self._grid.model()
        count = model.rowCount() if model is not None else 0
        found = []
        for product in AD_PRODUCTS:
            if count <= product.shown:
                continue  # every photo is shown: nothing to mark
            last = self._grid.visualRect(model.index(product.shown - 1, 0))
            first_hidden = self._grid.visualRect(model.index(product.shown, 0))
            if last.isValid() and first_hidden.isValid():
                found.append(self._break(product, last, first_hidden))
        return found

    def _break(self, product: AdProduct, last: QRect, hidden: QRect) -> Break:
        width = self.width()
        gap = max(2, self._grid.gridSize().height() - last.height())
        below = last.bottom() + (gap + 1) // 2
        label = self._label_rect(product, last, below)
        if hidden.top() > last.top():  # tile 15 ends its line: the gap between lines
            return Break(product, (QLine(0, below, width, below),), None, label)
        x = (last.right() + hidden.left() + 1) // 2
        above = max(LINE_WIDTH, last.top() - gap // 2)
        divider = QLine(x, above, x, below)
        lines = (QLine(0, below, x, below), divider, QLine(x, above, width, above))
        return Break(product, lines, divider, label)

    def _label_rect(self, product: AdProduct, last: QRect, y: int) -> QRect:
        """In the gap under the last shown tile, right-aligned with it."""
        metrics = QFontMetrics(self.font())
        text_width = metrics.horizontalAdvance(product.label)
        height = metrics.height() + 2
        width = text_width + 2 * LABEL_PADDING + 2
        right = min(last.right() - LABEL_PADDING, self.width() - 1)
        return QRect(max(0, right - width), y - height // 2, width, height)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        breaks = self.breaks()
        if not breaks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cut in reversed(breaks):  # the tighter cut on top where both share a gap
            pen = QPen(
                line_colour(cut.product.colour, self.palette()), LINE_WIDTH, Qt.PenStyle.DashLine
            )
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLines(list(cut.lines))
        for cut in breaks:  # labels over every line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(cut.product.colour)
            painter.drawRoundedRect(cut.label_rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(cut.label_rect, Qt.AlignmentFlag.AlignCenter, cut.product.label)
        painter.end()

    # -- following the viewport ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._grid.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._grid.viewport().rect())
            self._refresh_soon()
        if (
            watched is self._grid.viewport()
            and event.type() == QEvent.Type.ToolTip
            and self._enabled
            and isinstance(event, QHelpEvent)
        ):
            text = self.tooltip_at(event.pos())
            if text:  # the overlay lets the mouse through: its labels explain themselves here
                QToolTip.showText(event.globalPos(), text, self._grid.viewport())
                return True
        return False

    def tooltip_at(self, point: QPoint) -> str:
        """The explanation of the label under `point` (viewport coordinates), or ""."""
        for cut in self.breaks():
            if cut.label_rect.contains(point):
                return cut.product.explanation
        return ""

    def moveEvent(self, event: QMoveEvent) -> None:
        """Scrolling moves the viewport's children with its pixels; the overlay stays put."""
        super().moveEvent(event)
        if self.pos() != QPoint(0, 0):
            self.move(0, 0)

    def _refresh_soon(self, *_args: object) -> None:
        self.update()
        self._soon.start()

    def _refresh(self) -> None:
        self.setGeometry(self._grid.viewport().rect())
        self.update()
