"""What the grid knows about one image's thumbnail: still loading, ready, or failed (and why).

Kept per image id (not per row) so a thumbnail stays with its image through every reorder,
and tagged with the file it was made from so a reload only refetches images that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtGui import QImage

from imagedeck.model.image import Image


class ThumbnailState(IntEnum):
    LOADING = 0
    READY = 1
    FAILED = 2


ThumbnailSource = tuple[str, str]


def thumbnail_source(image: Image) -> ThumbnailSource:
    """Which file a thumbnail shows: same URL and checksum means the same picture. Without
    a checksum, updatedAt stands in (it also moves on name edits: a refetch too many, never
    a stale picture), as in the disk cache's key."""
    return (image.preview_url, image.md5 or image.updated_at)


@dataclass(frozen=True)
class Thumbnail:
    """A finished attempt (READY or FAILED); an image without one is still LOADING."""

    state: ThumbnailState
    source: ThumbnailSource
    image: QImage | None = None
    reason: str = ""
