"""A one-line message under an editor: why the last input was refused, in the seller's words.

Refusals are shown where the seller is looking (next to the field they typed in) rather than
in a dialog or only in the status bar, and they stay until the next attempt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from imagedeck.ui.common.theme import label_style


class InlineMessage(QLabel):
    """Hidden until there is something to say; word-wrapped, selectable, read by screen
    readers as the editor's message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setStyleSheet(label_style("error"))
        self.setText(as_sentence(message))
        self.setAccessibleDescription(self.text())
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def as_sentence(message: str) -> str:
    """The model's messages start in lower case (they are also used mid-sentence)."""
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
