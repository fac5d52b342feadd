"""Pillow image → QImage, for worker threads.

QImage (unlike QPixmap) may be created off the GUI thread. The conversion also settles the
pixel format painting is fastest with, so the GUI thread never converts on every repaint.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage

from imagedeck.thumbnails.decode import decode_thumbnail
from imagedeck.thumbnails.pack_cache import PackedTile


def pil_to_qimage(image: Image.Image) -> QImage:
    """An RGB or RGBA Pillow image as a QImage that owns its pixels."""
    if image.mode == "RGBA":
        source_format, paint_format = (
            QImage.Format.Format_RGBA8888,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
    elif image.mode == "RGB":
        source_format, paint_format = QImage.Format.Format_RGB888, QImage.Format.Format_RGB32
    else:
        raise ValueError(f"expected an RGB or RGBA image, got mode {image.mode}")
    data = image.tobytes()
    width, height = image.size
    bytes_per_line = width * len(image.mode)
    # The QImage borrows `data`; converting makes an owned copy before `data` goes away.
    return QImage(data, width, height, bytes_per_line, source_format).convertToFormat(paint_format)


def decode_to_qimage(data: bytes, max_edge: int) -> QImage:
    """Decode downloaded bytes to a thumbnail QImage (raises ThumbnailError)."""
    return pil_to_qimage(decode_thumbnail(data, max_edge))


def qimage_to_packed(image: QImage) -> PackedTile:
    """A painted tile's pixels for the pack cache, exactly as the QImage holds them."""
    return PackedTile(
        image.format().value,
        image.width(),
        image.height(),
        image.bytesPerLine(),
        bytes(image.constBits()),
    )


def packed_to_qimage(tile: PackedTile) -> QImage:
    """A tile from the pack cache as a QImage that owns its pixels (no decode: one copy)."""
    image = QImage(tile.pixels, tile.width, tile.height, tile.stride, QImage.Format(tile.format))
    return image.copy()
