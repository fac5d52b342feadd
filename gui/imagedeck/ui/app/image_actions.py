"""The window's commands for adding and deleting images, shared by menu and toolbar.

Apart from window_actions.py so the two features merge without touching its dataclass.
Delete is bound to the grid only (like Preview's Space), so pressing Delete in a name field
deletes text, never images.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QWidget

from imagedeck.model.gallery import Gallery
from imagedeck.ui.grid.image_adding import ImageAdder
from imagedeck.ui.grid.image_deleting import ImageDeleter
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid


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


def place_image_actions(
    actions: ImageActions,
    menus: tuple[QMenu, QMenu, QToolBar],
    before: QAction,
    adder: ImageAdder,
    deleter: ImageDeleter,
    grid: ThumbnailGrid,
) -> None:
    """Add Images… in the File menu (`before` Reload), Delete in the Edit menu, both on the
    toolbar; connected to `adder` and `deleter`, drops on `grid` added too. Delete is
    enabled with a selection, Add Images… with a listing (`follow_state`)."""
    file_menu, edit_menu, toolbar = menus
    file_menu.insertAction(before, actions.add_images)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.delete)
    toolbar.addSeparator()
    toolbar.addActions([actions.add_images, actions.delete])
    actions.add_images.triggered.connect(adder.choose_files)
    actions.delete.triggered.connect(deleter.delete_selected)
    grid.files_dropped.connect(adder.add)
    grid.selectionModel().selectionChanged.connect(
        lambda *_: follow_state(actions, grid, adder.gallery)
    )


def follow_state(actions: ImageActions, grid: ThumbnailGrid, gallery: Gallery) -> None:
    actions.delete.setEnabled(grid.selectionModel().hasSelection())
    actions.add_images.setEnabled(gallery.listing is not None)
