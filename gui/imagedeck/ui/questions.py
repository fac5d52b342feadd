"""The decisions the app asks the user for, each a single blocking question.

Kept apart from the window so tests can answer them without a dialog popping up.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    RELOAD = "reload"
    OVERWRITE = "overwrite"


def ask_unsaved_changes(parent: QWidget, listing: str, *, can_save: bool = True) -> Choice:
    """Save, discard or cancel before the changed order of `listing` would be lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"The new image order of {listing} has not been saved.")
    box.setInformativeText(
        "Save it to the marketplace now?" if can_save else "Discard the new order?"
    )
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if can_save:
        buttons |= QMessageBox.StandardButton.Save
    box.setStandardButtons(buttons)
    box.setDefaultButton(
        QMessageBox.StandardButton.Save if can_save else QMessageBox.StandardButton.Cancel
    )
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_conflict(parent: QWidget, message: str) -> Choice:
    """The listing changed elsewhere: reload it (losing the new order) or apply the new
    order over it; nothing has been written yet either way."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Listing changed elsewhere")
    box.setText(message)
    box.setInformativeText(
        "Nothing was saved. Reload to see the listing as it is now (your new order is "
        "discarded), or save your order over the changes."
    )
    reload = box.addButton("Reload", QMessageBox.ButtonRole.DestructiveRole)
    overwrite = box.addButton("Save My Order", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return Choice.RELOAD
    if clicked is overwrite:
        return Choice.OVERWRITE
    return Choice.CANCEL
