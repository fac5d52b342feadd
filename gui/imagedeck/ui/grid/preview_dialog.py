"""A large preview of one image, stepping through the listing with the arrow keys.

Tiles are small on purpose; to judge sharpness or spot a wrong photo the seller wants it big
without leaving the grid. The preview shows plentymarkets' middle rendition (600 px; the
one AutoScout24 file otherwise), fetched on the GUI thread's loop and decoded in the
thumbnail pool like every tile, so stepping quickly never blocks: a newer step simply
drops the answer of an older one. With a PreviewCache (the window passes the loader's),
a picture seen once comes back from memory or disk: stepping back makes no request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import Executor

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image
from imagedeck.thumbnails.decode import ThumbnailError, decode_thumbnail
from imagedeck.ui.common.translated import translated
from imagedeck.ui.grid.preview_cache import PreviewCache
from imagedeck.ui.grid.qimage_conversion import decode_to_qimage, pil_to_qimage

PREVIEW_EDGE = 600


class PreviewDialog(QDialog):
    """Shows `images[row]` large; Left/Right (or Space) step, Esc closes."""

    def __init__(
        self,
        client: Marketplace,
        images: Sequence[Image],
        row: int,
        executor: Executor,
        parent: QWidget | None = None,
        *,
        cache: PreviewCache | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._client = client
        self._images = list(images)
        self._executor = executor
        self._task: asyncio.Task[None] | None = None
        self.row = -1
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(PREVIEW_EDGE, PREVIEW_EDGE)
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self.finished.connect(self._stop)
        self.show_row(row)

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    def show_row(self, row: int) -> None:
        """Show image `row` (clamped to the listing), fetching it in the background."""
        row = max(0, min(row, len(self._images) - 1))
        if row == self.row:
            return
        self.row = row
        image = self._images[row]
        place = {"number": row + 1, "count": len(self._images)}
        self.setWindowTitle(self.tr("Image {number} of {count}").format(**place))
        self.caption.setText(
            self.tr("Image {number} of {count}  ·  ← → to step, Esc to close").format(**place)
        )
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Loading…"))
        self._stop()
        self._task = asyncio.ensure_future(self._load(image))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.show_row(self.row + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.show_row(self.row - 1)
        else:
            super().keyPressEvent(event)

    def _stop(self, *_args: object) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _load(self, image: Image) -> None:
        url = image.middle_url or image.preview_url
        try:
            if not url:
                raise ThumbnailError(self.tr("The marketplace offers no picture for this image."))
            picture = await self._cached_or_fetched(image, url)
        except (MarketplaceError, ThumbnailError) as error:
            self.picture.setText(translated(error.message))
            return
        self.picture.setText("")
        self.picture.setPixmap(QPixmap.fromImage(picture))

    async def _cached_or_fetched(self, image: Image, url: str) -> QImage:
        """Memory, then disk (in the pool), then the network; a fetched picture is kept."""
        loop = asyncio.get_running_loop()
        cache = self._cache
        if cache is None:
            data = await self._client.fetch_bytes(url)
            return await loop.run_in_executor(self._executor, decode_to_qimage, data, PREVIEW_EDGE)
        key = cache.key(image, url, PREVIEW_EDGE)
        picture = cache.memory.get(key)
        if picture is None:
            picture = await loop.run_in_executor(self._executor, cache.read, key)
        if picture is None:
            data = await self._client.fetch_bytes(url)
            picture = await loop.run_in_executor(self._executor, _decode_and_keep, cache, key, data)
        cache.memory.put(key, picture)
        return picture


def _decode_and_keep(cache: PreviewCache, key: str, data: bytes) -> QImage:
    """In the pool: decode a downloaded preview and keep it on disk."""
    decoded = decode_thumbnail(data, PREVIEW_EDGE)
    cache.disk.put(key, decoded)
    return pil_to_qimage(decoded)
