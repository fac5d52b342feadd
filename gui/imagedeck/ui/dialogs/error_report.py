"""Unexpected exceptions: a dialog with a copyable report, and the app keeps running.

`sys.excepthook` (exceptions in Qt slots and callbacks) and the qasync loop's exception
handler (exceptions in tasks and loop callbacks) both end here. The exception is logged in
full (redacted, see `imagedeck.logs`) and shown as a report the seller can copy into an
e-mail to support: what happened, the versions, the traceback — with secrets redacted, since
a report is even more likely to be pasted somewhere than a log.

The dialog speaks the interface language (context "ErrorReportDialog"); the report itself
stays English, since support reads it.

Several exceptions in a burst (a failing paint handler fires on every repaint) share one
dialog: later reports are appended instead of stacking dialogs.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imagedeck.error_advice import describe
from imagedeck.logs import redact
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.ui.dialogs.about_dialog import version_lines

log = logging.getLogger(__name__)


def format_report(exc_type: type[BaseException], exc: BaseException, tb: Any) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return redact("\n".join(version_lines()) + "\n\n" + "".join(lines).rstrip())


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ImageDeck — unexpected error"))
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong. ImageDeck keeps running and your unsaved "
                "changes are still there; saving them now is a good idea. Copy this report and "
                "send it to support."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.copy_button = QPushButton(self.tr("&Copy Report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)

    def add_report(self, report: str) -> None:
        self.report.appendPlainText("\n" + "-" * 40 + "\n" + report)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class ErrorReporter:
    """Installs the hooks; `dialog` is the open report (tests look at it)."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self.dialog: ErrorReportDialog | None = None
        self._previous_hook = sys.excepthook

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self.excepthook
        if loop is not None:
            loop.set_exception_handler(self.loop_exception)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if isinstance(exc, MarketplaceError):  # the shop's doing, not a bug: no traceback
            self.show(redact(str(describe(exc))))
            return
        self.show(format_report(exc_type, exc, tb))

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            log.error("event loop: %s", context.get("message"))
            return
        self.excepthook(type(exc), exc, exc.__traceback__)

    def show(self, report: str) -> None:
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_report(report)
                return
            self.dialog = ErrorReportDialog(report, self._parent())
            self.dialog.open()
        except Exception:  # the report must never raise into the hook that called it
            log.exception("could not show the error report")
