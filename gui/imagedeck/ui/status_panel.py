"""The status bar's permanent parts: which listing, how many images, unsaved or not, and
the progress of a running save with its Cancel button. Transient messages use
QStatusBar.showMessage; a running save's latest message ("rate limit: waiting 42 s") is
one of them, so the seller sees why the bar stands still."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from imagedeck.model.image import ListingRef
from imagedeck.ui.translated import plural

UNSAVED_STYLE = "QLabel { color: #b35900; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #c62828; }"


class StatusPanel:
    """Adds its widgets to `bar` and keeps them current."""

    def __init__(self, bar: QStatusBar, cancel: QAction | None = None) -> None:
        self.bar = bar
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(False)
        self.error.hide()
        self.listing = QLabel(_no_listing())
        self.count = QLabel()
        self.unsaved = QLabel(QCoreApplication.translate("StatusPanel", "● Unsaved changes"))
        self.unsaved.setStyleSheet(UNSAVED_STYLE)
        self.unsaved.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        # Right next to the bar it stops, and only while there is something to stop.
        self.cancel = QToolButton()
        self.cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if cancel is not None:
            self.cancel.setDefaultAction(cancel)
        self.cancel.hide()
        bar.addWidget(self.error, 1)
        for widget in (self.progress, self.cancel, self.unsaved, self.count, self.listing):
            widget.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(widget)

    def show_listing(self, listing: ListingRef | None, image_count: int) -> None:
        self.listing.setText(listing.describe() if listing else _no_listing())
        self.count.setText(_images(image_count) if listing else "")

    def show_dirty(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)

    def show_error(self, message: str) -> None:
        """A lasting, red line (until the next success) and the same text as a tooltip,
        since long marketplace messages may not fit the bar."""
        self.error.setText(message)
        self.error.setToolTip(message)
        self.error.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error("")

    def show_progress(self, done: int, total: int, message: str) -> None:
        """total 0 means "working, amount unknown" (a busy bar)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(
            f"{done}/{total}" if total else QCoreApplication.translate("StatusPanel", "Saving…")
        )
        self.progress.setToolTip(message)
        self.progress.show()
        self.cancel.show()
        self.bar.showMessage(message)

    def hide_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.bar.clearMessage()


def _images(count: int) -> str:
    return plural(QCoreApplication.translate("StatusPanel", "%n image(s)", "", count), count)


def _no_listing() -> str:
    return QCoreApplication.translate("StatusPanel", "No listing open")
