"""Help ▸ About: the versions support asks for first, in text the user can copy.

The version lines stay as they are in every language (support reads them); the title and
the one-line description are translated (context "AboutDialog"). Beside Close: "About Qt"
(Qt's own box: its version and licence, which the LGPL asks to show) and, in an installed
build, "Third-party licences", which shows the THIRD-PARTY-NOTICES.txt the installer
carries (packaging/third_party_notices.py: every bundled package with its licence text and
where Qt's source is). A pip install has no such file: there each package's licence sits in
its own metadata, so the button is left out.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imagedeck import __version__


def app_version() -> str:
    """The installed distribution's version; the package constant when run from source."""
    try:
        return metadata.version("imagedeck")
    except metadata.PackageNotFoundError:
        return __version__


def version_lines() -> list[str]:
    return [
        f"ImageDeck {app_version()}",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"Python {platform.python_version()} ({platform.system()} {platform.machine()})",
    ]


NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"


def third_party_notices(bundle: str | None = None) -> Path | None:
    """The installed build's notices file (at the root of the frozen bundle), if any."""
    root = bundle if bundle is not None else getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    path = Path(root) / NOTICES_NAME
    return path if path.is_file() else None


class NoticesDialog(QDialog):
    """The third-party notices, read-only and selectable (they are long: licence texts)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-party licences"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as error:
            self.text.setPlainText(
                self.tr("{path} cannot be read: {reason}").format(
                    path=str(path), reason=error.strerror or str(error)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ImageDeck"))
        self.title = QLabel(
            "<h2>ImageDeck</h2>"
            + self.tr("Arrange, name and upload marketplace listing images.").replace("<", "&lt;")
        )
        self.title.setWordWrap(True)
        self.versions = QLabel("\n".join(version_lines()))
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setAccessibleName(self.tr("Versions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.about_qt_button = QPushButton(self.tr("About &Qt"))
        self.about_qt_button.clicked.connect(lambda: QApplication.aboutQt())
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.notices_path = third_party_notices()
        self.notices_button: QPushButton | None = None
        if self.notices_path is not None:
            self.notices_button = QPushButton(self.tr("Third-party &licences…"))
            self.notices_button.clicked.connect(self.show_notices)
            buttons.addButton(self.notices_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.versions)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)  # the description on one or two lines, not a narrow column

    def show_notices(self) -> NoticesDialog | None:
        """Opens the notices beside About (non-modal, so both can be read at once)."""
        if self.notices_path is None:
            return None
        dialog = NoticesDialog(self.notices_path, self)
        dialog.show()
        return dialog
