"""Paints one tile of the thumbnail grid: picture, place number, MAIN badge, state.

Every tile has the same size (the grid relies on uniform item sizes to lay out thousands of
images without freezing), and everything drawn comes from model roles; painting never
loads or decodes anything.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from imagedeck.ui.grid.gallery_model import (
    ImageRole,
    IsMainRole,
    PositionRole,
    ThumbnailErrorRole,
    ThumbnailStateRole,
    UploadRole,
)
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from imagedeck.ui.grid.tile_colours import (
    MAIN_BADGE_COLOUR,
    MAIN_BADGE_TEXT,
    TileColours,
    tile_colours,
)
from imagedeck.ui.grid.upload_badge import paint_upload_state

TILE_SIZE = QSize(168, 168)
"""Whole tile; the picture area is the tile minus padding and the caption line."""
PADDING = 7
CAPTION_HEIGHT = 26
"""Below the picture: place number, MAIN badge, pixel size. Badges never cover the photo
(a product photo may carry its own text or numbers in the corners)."""
RADIUS = 6.0

# Placeholder, error and badge colours depend on the palette: see tile_colours.py.

ModelIndex = QModelIndex | QPersistentModelIndex


class TileDelegate(QStyledItemDelegate):
    """Draws tiles for GalleryListModel rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tile_size = QSize(TILE_SIZE)
        """Every tile's size (the zoom sets it; the grid keeps it uniform)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(self.tile_size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        tile = QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5)
        picture = _picture_rect(option.rect)
        is_main = bool(index.data(IsMainRole))
        colours = tile_colours(option.palette)
        self._paint_frame(painter, option, tile, is_main)
        state = index.data(ThumbnailStateRole)
        if state == ThumbnailState.READY:
            image = index.data(Qt.ItemDataRole.DecorationRole)
            _paint_picture(painter, picture, image, colours)
        elif state == ThumbnailState.FAILED:
            _paint_error(painter, picture, index.data(ThumbnailErrorRole) or "", colours)
        else:
            _paint_placeholder(painter, picture, colours)
        caption = _caption_rect(option.rect)
        self._paint_caption(painter, option, index, caption, is_main, colours)
        paint_upload_state(painter, picture, index.data(UploadRole), option.font)
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, option: QStyleOptionViewItem, tile: QRectF, is_main: bool
    ) -> None:
        """Selected tiles get the palette's highlight as a thick frame and a tint, so the
        selection stays obvious on top of any photo; the main image an amber frame; the
        current tile a dashed outline."""
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(60)
            painter.setBrush(tint)
            painter.setPen(QPen(highlight, 3))
        else:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            border = palette.color(QPalette.ColorRole.Mid)
            if is_main:
                painter.setPen(QPen(MAIN_BADGE_COLOUR, 2))
            else:
                painter.setPen(QPen(highlight if hovered else border, 1))
        painter.drawRoundedRect(tile, RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(tile.adjusted(2, 2, -2, -2), RADIUS, RADIUS)

    def _paint_caption(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        caption: QRectF,
        is_main: bool,
        colours: TileColours,
    ) -> None:
        """Place number, "★ MAIN" on the first image, and the pixel size on the right
        (marketplaces reject or downrank small photos)."""
        number = str(index.data(PositionRole))
        left = _paint_number_badge(painter, caption, number, option.font, colours)
        if is_main:
            after_number = caption.adjusted(left - caption.left() + 4, 0, 0, 0)
            left = _paint_main_badge(painter, after_number, option.font)
            # At the smallest zoom the badge may be shortened to the star: never clipped.
        image = index.data(ImageRole)
        if image is None or not (image.width and image.height):
            return
        painter.setFont(_smaller(option.font, bold=False))
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        size_area = caption.adjusted(left - caption.left() + 4, 0, 0, 0)
        text = f"{image.width} × {image.height}"
        if painter.fontMetrics().horizontalAdvance(text) <= size_area.width():  # else omit
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(size_area, align, text)


def _picture_rect(tile: QRect) -> QRectF:
    """Where the picture goes inside a tile."""
    return QRectF(tile).adjusted(PADDING, PADDING, -PADDING, -PADDING - CAPTION_HEIGHT)


def _caption_rect(tile: QRect) -> QRectF:
    """The line under the picture: number, MAIN badge, pixel size."""
    picture = _picture_rect(tile)
    return QRectF(picture.left(), picture.bottom() + 3, picture.width(), CAPTION_HEIGHT - 3)


def _paint_picture(
    painter: QPainter, area: QRectF, image: QImage | None, colours: TileColours
) -> None:
    """Aspect-fit and centred; never upscaled beyond 2× so tiny images stay honest."""
    if image is None or image.isNull():
        _paint_placeholder(painter, area, colours)
        return
    size = QSize(image.size()).toSizeF()
    size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    scale = min(size.width() / image.width(), 2.0)
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
    painter.drawImage(target, image)


def _paint_placeholder(painter: QPainter, area: QRectF, colours: TileColours) -> None:
    """A soft grey box with a still spinner arc: clearly "coming", without animating
    (an animation would repaint every tile of a large listing many times a second)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.placeholder)
    painter.drawRoundedRect(area, 4, 4)
    centre = area.center() - QPointF(0, 8)
    painter.setPen(
        QPen(colours.placeholder_text, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), 90 * 16, -270 * 16)
    painter.drawText(
        QRectF(area.left(), centre.y() + 14, area.width(), 18),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("TileDelegate", "Loading…"),
    )


def _paint_error(painter: QPainter, area: QRectF, reason: str, colours: TileColours) -> None:
    """A red warning sign and the reason, shortened to what fits (full text in the tooltip)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.error_background)
    painter.drawRoundedRect(area, 4, 4)
    top = area.top() + 12
    sign = QPainterPath()
    sign.moveTo(area.center().x(), top)
    sign.lineTo(area.center().x() + 14, top + 24)
    sign.lineTo(area.center().x() - 14, top + 24)
    sign.closeSubpath()
    painter.setBrush(colours.error)
    painter.drawPath(sign)
    painter.setPen(QPen(colours.error_sign_text))
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(
        QRectF(area.center().x() - 7, top + 8, 14, 16), Qt.AlignmentFlag.AlignCenter, "!"
    )
    text_area = QRectF(area.left() + 6, top + 30, area.width() - 12, area.bottom() - top - 32)
    painter.setPen(colours.error)
    painter.setFont(_smaller(painter.font(), bold=False))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(text_area, flags, _elide_lines(painter, _first_sentence(reason), text_area))


def _paint_number_badge(
    painter: QPainter, caption: QRectF, number: str, font: QFont, colours: TileColours
) -> float:
    """The place number on a pill that stands out from the tile; returns where it ends."""
    painter.setFont(_smaller(font, bold=True))
    width = max(24.0, painter.fontMetrics().horizontalAdvance(number) + 14.0)
    badge = QRectF(caption.left(), caption.center().y() - 10, width, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.number_badge)
    painter.drawRoundedRect(badge, 10, 10)
    painter.setPen(colours.number_text)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
    return badge.right()


def _paint_main_badge(painter: QPainter, caption: QRectF, font: QFont) -> float:
    """The star and MAIN in dark text on amber, next to the number; returns where it ends."""
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    label = QCoreApplication.translate("TileDelegate", "★ MAIN")
    width = painter.fontMetrics().horizontalAdvance(label) + 14.0
    if width > caption.width():  # smallest tiles: the star alone, still amber and obvious
        label = QCoreApplication.translate("TileDelegate", "★")
        width = painter.fontMetrics().horizontalAdvance(label) + 12.0
    badge = QRectF(caption.left(), caption.center().y() - 11, width, 22)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MAIN_BADGE_COLOUR)
    painter.drawRoundedRect(badge, 4, 4)
    painter.setPen(MAIN_BADGE_TEXT)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
    return badge.right()


def _smaller(font: QFont, *, bold: bool) -> QFont:
    smaller = QFont(font)
    smaller.setBold(bold)
    if smaller.pointSizeF() > 0:
        smaller.setPointSizeF(max(7.0, smaller.pointSizeF() * 0.9))
    return smaller


def _first_sentence(text: str) -> str:
    """Tiles show the gist ("The image is damaged…"); details stay in the tooltip."""
    head, dot, _rest = text.partition(". ")
    return head + dot.strip()


def _elide_lines(painter: QPainter, text: str, area: QRectF) -> str:
    """Cut `text` so the wrapped result fits `area`, ending in an ellipsis if shortened."""
    metrics = painter.fontMetrics()
    box = area.toRect()

    def fits(candidate: str) -> bool:
        return (
            metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, candidate).height() <= box.height()
        )

    if fits(text):
        return text
    words = text.split()
    while words and not fits(" ".join(words) + "…"):
        words.pop()
    return " ".join(words) + "…"
