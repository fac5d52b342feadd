"""The upload state drawn over an added image's tile: waiting, uploading NN %, done, failed.

A strip along the bottom of the picture, so the photo stays visible; uploading fills it
like a progress bar. Painted from the model's UploadRole only (never loads anything).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from imagedeck.model.local_images import LocalFile, UploadState
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.common.translated import translated

STRIP_HEIGHT = 20.0
COLOURS = {
    UploadState.WAITING: QColor(60, 60, 60, 200),
    UploadState.UPLOADING: QColor(25, 90, 170, 220),
    UploadState.DONE: QColor(46, 125, 50, 220),
    UploadState.FAILED: QColor(198, 40, 40, 230),
}
LABELS = {
    UploadState.WAITING: QT_TRANSLATE_NOOP("UploadBadge", "waiting"),
    UploadState.DONE: QT_TRANSLATE_NOOP("UploadBadge", "✓ uploaded"),
    UploadState.FAILED: QT_TRANSLATE_NOOP("UploadBadge", "✗ failed"),
}


def paint_upload_state(
    painter: QPainter, picture: QRectF, local: LocalFile | None, font: QFont
) -> None:
    """Draw `local`'s state at the bottom of `picture` (nothing for a server image)."""
    if local is None:
        return
    strip = QRectF(picture.left(), picture.bottom() - STRIP_HEIGHT, picture.width(), STRIP_HEIGHT)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if local.state is UploadState.UPLOADING:
        painter.setBrush(QColor(30, 30, 30, 170))
        painter.drawRect(strip)
        done = QRectF(
            strip.left(), strip.top(), strip.width() * local.percent / 100, strip.height()
        )
        painter.setBrush(COLOURS[UploadState.UPLOADING])
        painter.drawRect(done)
        text = QCoreApplication.translate("UploadBadge", "uploading {percent} %").format(
            percent=local.percent
        )
    else:
        painter.setBrush(COLOURS[local.state])
        painter.drawRect(strip)
        text = translated(LABELS[local.state])
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    small.setBold(True)
    painter.setFont(small)
    painter.setPen(QColor("white"))
    if local.state is UploadState.FAILED and local.reason:  # the reason, as far as it fits
        text = painter.fontMetrics().elidedText(
            f"✗ {translated(local.reason)}", Qt.TextElideMode.ElideRight, int(strip.width()) - 8
        )
    painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
