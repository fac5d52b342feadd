"""View → Clear Thumbnail Cache: empties the disk and memory caches and says what it freed.

For a seller who suspects a stale picture or wants the disk space back. What is on screen
stays (those pictures are already decoded); the next listing opened fetches afresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar

from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader

MESSAGE_MS = 8000


def install_clear_cache(menu: QMenu, loader: ThumbnailLoader, bar: QStatusBar) -> QAction:
    """Add the action to the View `menu`; returns it (tests trigger it)."""
    action = QAction(QCoreApplication.translate("ClearCache", "Clear Thumbnail &Cache"), menu)
    action.setToolTip(
        QCoreApplication.translate(
            "ClearCache", "Delete the cached thumbnails and previews on disk and in memory"
        )
    )
    action.triggered.connect(lambda: clear_thumbnail_cache(loader, bar))
    menu.addAction(action)
    return action


def clear_thumbnail_cache(loader: ThumbnailLoader, bar: QStatusBar) -> int:
    """Empty the caches; reports the freed size in the status `bar` and returns it."""
    freed = loader.clear_caches()
    bar.showMessage(
        QCoreApplication.translate("ClearCache", "Thumbnail cache cleared: {size} freed.").format(
            size=describe_size(freed)
        ),
        MESSAGE_MS,
    )
    return freed


def describe_size(size: int) -> str:
    """Bytes as people read them: "0 bytes", "512 KB", "12.3 MB"."""
    if size < 1024:
        return QCoreApplication.translate("ClearCache", "{count} bytes").format(count=size)
    locale = QLocale()  # "12,3 MB" in German
    if size < 1024 * 1024:
        return QCoreApplication.translate("ClearCache", "{size} KB").format(
            size=locale.toString(size / 1024, "f", 0)
        )
    return QCoreApplication.translate("ClearCache", "{size} MB").format(
        size=locale.toString(size / (1024 * 1024), "f", 1)
    )
