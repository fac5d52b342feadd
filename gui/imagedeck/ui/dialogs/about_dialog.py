"""Help ▸ About: the versions support asks for first, in text the user can copy.

The version lines stay as they are in every language (support reads them); the title and
the one-line description are translated (context "AboutDialog").
"""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.versions)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)  # the description on one or two lines, not a narrow column
