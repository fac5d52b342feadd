"""Which files a drop from the file manager (or the Add Images dialog) means.

File managers hand over URLs; only local files count (a browser's http:// image is not a
file we can check or upload). A folder stands for the image files directly inside it,
sorted by name the way sellers number their photos ("IMG_0001", "IMG_0002"); hidden files
are skipped. Which of them really are images is decided later, by content (uploads/
validate.py): a text file named .jpg still arrives here and is refused by name there.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff", ".heic"}
)


def has_local_files(mime: QMimeData) -> bool:
    """Whether `mime` carries at least one local file or folder (drag-enter decides here)."""
    return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local paths in `mime`, in the order the file manager gave them."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def expand_folders(paths: Iterable[Path]) -> list[Path]:
    """Files as given; each folder replaced by its image files, sorted by name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                inside = sorted(path.iterdir(), key=lambda p: p.name.casefold())
            except OSError:
                files.append(path)  # reported as unreadable by the check, by name
                continue
            files += [
                p
                for p in inside
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in IMAGE_SUFFIXES
            ]
        else:
            files.append(path)
    return files
