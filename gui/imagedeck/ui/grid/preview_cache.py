"""Large previews kept on disk and in memory, so stepping back and forth never refetches.

A seller flips between neighbouring images to compare them; each 600 px rendition is a
download and a decode. The same two-level cache as the thumbnails (checksummed disk files
bounded by Settings.cache_size_mb, a memory LRU bounded by bytes and count) in its own folder,
keyed like the thumbnails so a changed image (new md5Checksum) is never shown stale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from imagedeck.model.image import Image
from imagedeck.paths import cache_dir
from imagedeck.settings import load_settings
from imagedeck.thumbnails.cache_bounds import preview_bytes
from imagedeck.thumbnails.disk_cache import DiskThumbnailCache, cache_key
from imagedeck.thumbnails.memory_cache import MemoryLRU
from imagedeck.ui.grid.qimage_conversion import pil_to_qimage

PREVIEW_MEMORY_BYTES = 48 * 1024 * 1024
PREVIEW_MEMORY_COUNT = 40


class PreviewCache:
    """url+checksum → decoded preview; `memory` is for the GUI thread, `read`/`store` for
    the decode pool."""

    def __init__(self, disk: DiskThumbnailCache | None = None) -> None:
        if disk is None:
            bound = preview_bytes(load_settings().cache_size_mb)
            disk = DiskThumbnailCache(Path(cache_dir()) / "previews", bound)
        self.disk = disk
        self.memory: MemoryLRU[QImage] = MemoryLRU(
            QImage.sizeInBytes, max_bytes=PREVIEW_MEMORY_BYTES, max_count=PREVIEW_MEMORY_COUNT
        )

    @staticmethod
    def key(image: Image, url: str, edge: int) -> str:
        return cache_key(url, image.md5, "" if image.md5 else image.updated_at, edge)

    def read(self, key: str) -> QImage | None:
        """In the pool: the disk copy as a QImage, or None."""
        cached = self.disk.get(key)
        return pil_to_qimage(cached) if cached is not None else None

    def clear(self) -> int:
        """Empty both levels; the bytes the disk folder held."""
        freed = self.disk.total_bytes()
        self.disk.clear()
        self.memory.clear()
        return freed
