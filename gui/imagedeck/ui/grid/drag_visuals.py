"""How a drag in the grid looks: the picture under the pointer and the insertion bar.

Painting only, apart from thumbnail_grid.py (which decides where a drop lands and what it
does): the dragged tile drawn by the grid's own delegate, with a badge counting the images
carried, and the bar in the gap where they will land.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

DRAG_PREVIEW_OPACITY = 0.6  # see-through: what is under it stays readable
DRAG_PREVIEW_SCALE = 0.6  # smaller than a tile, so it hides less of the grid (issue 15)


def drag_pixmap(view: QListView, index: QModelIndex, count: int) -> QPixmap:
    """`index`'s tile as `view` paints it, selected and translucent, with `count` on a
    badge when the drag carries several images."""
    tile_size = view.tile_size  # type: ignore[attr-defined]
    ratio = view.devicePixelRatioF()
    pixmap = QPixmap(tile_size * ratio * DRAG_PREVIEW_SCALE)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(DRAG_PREVIEW_SCALE, DRAG_PREVIEW_SCALE)
    painter.setOpacity(DRAG_PREVIEW_OPACITY)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(QPoint(0, 0), tile_size)
    option.state |= QStyle.StateFlag.State_Selected
    view.itemDelegate().paint(painter, option, index)
    if count > 1:
        _paint_count(painter, option.rect, count, view.palette())
    painter.end()
    return pixmap


def paint_drop_bar(view: QListView, painter: QPainter, tile: QModelIndex, *, after: bool) -> None:
    """A bar in the gap beside `tile`, on the side where the dragged images will land (so
    at a line end it stays on the line being pointed at)."""
    rect = view.visualRect(tile)
    tile_width = view.tile_size.width()  # type: ignore[attr-defined]
    half_gap = max(3, (view.gridSize().width() - tile_width) // 2)
    x = rect.right() + half_gap if after else rect.left() - half_gap
    colour = view.palette().color(QPalette.ColorRole.Highlight)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(x, rect.top() + 4, x, rect.bottom() - 4)


def _paint_count(painter: QPainter, tile: QRect, count: int, palette: QPalette) -> None:
    """A round badge with how many images the drag carries, top right."""
    painter.setOpacity(1.0)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRect(tile.right() - 34, tile.top() + 4, 30, 30)
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawEllipse(badge)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
