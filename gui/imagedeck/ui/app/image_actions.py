"""The window's commands for adding and deleting images, shared by menu and toolbar.

Apart from window_actions.py so the two features merge without touching its dataclass.
Delete is bound to the grid only (like Preview's Space), so pressing Delete in a name field
deletes text, never images.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


@dataclass(frozen=True)
class ImageActions:
    add_images: QAction
    delete: QAction


def create_image_actions(window: QWidget, grid: QWidget) -> ImageActions:
    style = window.style()
    add_images = QAction(
        style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
        QCoreApplication.translate("ImageActions", "&Add Images…"),
        window,
    )
    add_images.setShortcut(QKeySequence("Ctrl+I"))
    add_images.setToolTip(
        QCoreApplication.translate(
            "ImageActions", "Add images from files (Ctrl+I); or drop files on the grid"
        )
    )
    delete = QAction(
        style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
        QCoreApplication.translate("ImageActions", "&Delete"),
        grid,
    )
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete.setToolTip(
        QCoreApplication.translate(
            "ImageActions",
            "Delete the selected images (Del); Save removes them from the marketplace",
        )
    )
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    grid.addAction(delete)
    return ImageActions(add_images, delete)
