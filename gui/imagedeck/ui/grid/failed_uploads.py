"""The failed uploads, listed apart from the grid with Retry and Remove.

A file the marketplace refused (or that could not be checked, converted or sent) is not an
image of the listing: the gallery takes it out of the order the moment it fails
(`Gallery.failed_uploads`), so it is never numbered, counted, given details or saved. The
seller still needs to see which file failed and why, and to try again once they fixed it:
that is this dock, at the bottom of the window, shown only while something failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imagedeck.model.gallery import FailuresChanged, Gallery, GalleryEvent
from imagedeck.ui.common.translated import plural, translated

IdRole = Qt.ItemDataRole.UserRole


class FailedUploadsDock(QDockWidget):
    """Lists `gallery.failed_uploads`; Retry hands the files to `add(paths, row)` again
    (a new upload at the end of the grid), Remove forgets them."""

    def __init__(
        self,
        gallery: Gallery,
        add: Callable[[Sequence[Path], int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gallery = gallery
        self._add = add
        self.setObjectName("failed-uploads-dock")
        self.setWindowTitle(self.tr("Failed Uploads"))
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)  # a few lines: the grid keeps the room
        self.list.setAccessibleName(self.tr("Files that could not be added"))
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Add the selected files again and upload them"))
        self.remove_button = QPushButton(self.tr("Re&move from List"))
        self.remove_button.setToolTip(self.tr("Forget the selected files (nothing is uploaded)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.retry_button.clicked.connect(self.retry_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._enable_buttons)
        gallery.subscribe(self._on_gallery_event)
        self.hide()

    def _on_gallery_event(self, event: GalleryEvent) -> None:
        if isinstance(event, FailuresChanged):
            self.refresh()

    def refresh(self) -> None:
        """Show the current failures (newest selected); hide the dock when there are none."""
        failures = self._gallery.failed_uploads
        selected = set(self.selected_ids())
        known = {self.list.item(row).data(IdRole) for row in range(self.list.count())}
        self.list.clear()
        for image_id, local in failures:
            item = QListWidgetItem(f"{local.path.name} — {translated(local.reason)}")
            item.setData(IdRole, image_id)
            item.setToolTip(str(local.path))
            self.list.addItem(item)
            if image_id in selected or image_id not in known:
                item.setSelected(True)
        count = len(failures)
        self.heading.setText(
            plural(self.tr("%n file(s) could not be added to the listing:", "", count), count)
        )
        self._enable_buttons()
        self.setVisible(count > 0)

    def selected_ids(self) -> list[str]:
        return [item.data(IdRole) for item in self.list.selectedItems()]

    def retry_selected(self) -> None:
        """Add the selected files again, at the end of the grid: a new check and upload."""
        paths = []
        for image_id in self.selected_ids():
            local = self._gallery.take_failed(image_id)
            if local is not None:
                paths.append(local.path)
        if paths:
            self._add(paths, len(self._gallery))

    def remove_selected(self) -> None:
        for image_id in self.selected_ids():
            self._gallery.take_failed(image_id)

    def _enable_buttons(self) -> None:
        has = bool(self.list.selectedItems())
        self.retry_button.setEnabled(has)
        self.remove_button.setEnabled(has)
