"""The thumbnail of a file on the seller's disk, decoded in the pool (never the GUI thread).

Raster files go through the same decoder as downloaded thumbnails (bomb-safe, EXIF upright).
Pillow cannot draw SVG, so an SVG is rendered with QtSvg into a QImage (painting on a QImage
is allowed off the GUI thread) — but only after `svg_size` has accepted it: no DTD, no
entities, no outside references, so rendering can neither expand a bomb nor read a local
file or contact an address the SVG names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from imagedeck.thumbnails.decode import ThumbnailError
from imagedeck.ui.common.translated import error_text
from imagedeck.ui.grid.qimage_conversion import decode_to_qimage
from imagedeck.uploads.svg_check import SvgRefused, svg_size

_SVG_SNIFF = 512


def decode_local_file(path: Path, max_edge: int) -> QImage:
    """A QImage at most `max_edge` on its long side; raises ThumbnailError or OSError."""
    data = path.read_bytes()
    if _looks_like_svg(path, data):
        return _render_svg(path, data, max_edge)
    return decode_to_qimage(data, max_edge)


def _looks_like_svg(path: Path, data: bytes) -> bool:
    head = data[:_SVG_SNIFF].lstrip().lower()
    return path.suffix.lower() == ".svg" or head.startswith(b"<svg") or b"<svg" in head


def _render_svg(path: Path, data: bytes, max_edge: int) -> QImage:
    try:
        svg_size(path)
    except SvgRefused as refused:
        raise ThumbnailError(error_text(refused)) from None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ThumbnailError(
            QCoreApplication.translate("LocalThumbnails", "The SVG could not be drawn.")
        )
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(max_edge, max_edge)
    size.scale(QSize(max_edge, max_edge), Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image
