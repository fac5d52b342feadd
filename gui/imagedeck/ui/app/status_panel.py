"""The status bar's permanent parts: which listing, how many images, unsaved or not, and
the progress of a running save with its Cancel button. Transient messages use
QStatusBar.showMessage; a running save's latest message ("rate limit: waiting 42 s") is
one of them, so the seller sees why the bar stands still. Errors and transient messages
share one place, the bar's `MessageArea` (ui/app/message_area.py), where an error outranks
a passing message and a long one can be expanded."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from imagedeck.model.image import ListingRef
from imagedeck.ui.app.message_area import MessageArea, install_message_area
from imagedeck.ui.common.theme import label_style
from imagedeck.ui.common.translated import plural, translated


class StatusPanel(QObject):
    """Adds its widgets to `bar` and keeps them current. A QObject (child of the bar) only
    so its texts translate with `self.tr`, plural forms included."""

    def __init__(self, bar: QStatusBar, cancel: QAction | None = None) -> None:
        super().__init__(bar)
        self.bar = bar
        self.messages = install_message_area(bar)  # errors and passing messages, one place
        area = self.messages
        self.error = _ErrorText(area)
        self.listing = QLabel(self.tr("No listing open"))
        self.count = QLabel()
        self.unsaved = QLabel(self.tr("● Unsaved changes"))
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
        for widget in (self.progress, self.cancel, self.unsaved, self.count, self.listing):
            widget.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(widget)

    def show_listing(self, listing: ListingRef | None, image_count: int) -> None:
        self.listing.setText(
            translated(listing.describe()) if listing else self.tr("No listing open")
        )
        count = plural(self.tr("%n image(s)", "", image_count), image_count)
        self.count.setText(count if listing else "")

    def show_dirty(self, dirty: bool) -> None:
        self.unsaved.setStyleSheet(label_style("warning", bold=True))
        self.unsaved.setVisible(dirty)

    def show_error(self, message: str) -> None:
        """A lasting, red message (until the next success or dismissed); a long one shows
        its first line with "More…" to expand it in place."""
        self.messages.show_error(message)

    def clear_error(self) -> None:
        self.show_error("")

    def show_progress(self, done: int, total: int, message: str) -> None:
        """total 0 means "working, amount unknown" (a busy bar)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}" if total else self.tr("Saving…"))
        self.progress.setToolTip(message)
        self.progress.show()
        self.cancel.show()
        self.bar.showMessage(message)

    def hide_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.bar.clearMessage()


class _ErrorText:
    """`status.error.text()`: the error shown now ("" when none), whole."""

    def __init__(self, area: MessageArea) -> None:
        self._area = area

    def text(self) -> str:
        return self._area.error
