"""The decisions the app asks the user for, each a single blocking question.

Kept apart from the window so tests can answer them without a dialog popping up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from imagedeck.session.choices import Choice
from imagedeck.session.unfinished_saves import UnfinishedSave
from imagedeck.ui.common.translated import translated

PICTURE_EDGE = 72

__all__ = ["Choice", "ask_conflict", "ask_resume", "ask_unsaved_changes", "resume_box"]


def ask_unsaved_changes(parent: QWidget, listing: str, *, can_save: bool = True) -> Choice:
    """Save, discard or cancel before the changes to `listing` (its order, names, where
    images are shown, variation links) would be lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Questions", "Your changes to {listing} have not been saved."
        ).format(listing=listing)
    )
    box.setInformativeText(
        QCoreApplication.translate("Questions", "Save them to the marketplace now?")
        if can_save
        else QCoreApplication.translate("Questions", "Discard your changes?")
    )
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if can_save:
        buttons |= QMessageBox.StandardButton.Save
    box.setStandardButtons(buttons)
    box.setDefaultButton(
        QMessageBox.StandardButton.Save if can_save else QMessageBox.StandardButton.Cancel
    )
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)  # Escape keeps the changes
    return save_discard_or_cancel(box)


def save_discard_or_cancel(box: QMessageBox) -> Choice:
    """Show a Save / Discard / Cancel question and answer with the button pressed."""
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def conflict_box(
    parent: QWidget | None, message: str, pictures: Sequence[tuple[QImage | None, str]] = ()
) -> tuple[QMessageBox, dict[QAbstractButton, Choice]]:
    """The question of `ask_conflict`, built but not shown (tests read it). `pictures` are
    the changed images' thumbnails with their places ("26 → 1"), shown in a row."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Listing changed elsewhere"))
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "Questions",
            "Nothing was saved. Reload to see the listing as it is now (your changes are "
            "discarded), or save your changes over theirs.",
        )
    )
    if pictures:
        _put_above_buttons(box, _picture_strip(pictures))
    reload = box.addButton(
        QCoreApplication.translate("Questions", "Reload"), QMessageBox.ButtonRole.DestructiveRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("Questions", "Save My Changes"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    # Enter and Escape both mean Cancel: nothing is lost, and the seller decides with a
    # click (Reload would discard their changes, Save My Changes overwrite someone else's).
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, {reload: Choice.RELOAD, overwrite: Choice.OVERWRITE, cancel: Choice.CANCEL}


def ask_conflict(
    parent: QWidget, message: str, pictures: Sequence[tuple[QImage | None, str]] = ()
) -> Choice:
    """The listing changed elsewhere: reload it (losing the seller's changes) or apply them
    over it; nothing has been written yet either way."""
    box, choices = conflict_box(parent, message, pictures)
    box.exec()
    return choices.get(box.clickedButton(), Choice.CANCEL)


def _put_above_buttons(box: QMessageBox, widget: QWidget) -> None:
    """Add `widget` to the message box's grid between its texts and its buttons."""
    grid = box.layout()
    buttons = box.findChild(QDialogButtonBox)
    if not isinstance(grid, QGridLayout) or buttons is None:
        return
    position = cast(tuple[int, int, int, int], grid.getItemPosition(grid.indexOf(buttons)))
    row, column, _rows, columns = position
    grid.removeWidget(buttons)
    grid.addWidget(widget, row, 0, 1, max(columns + column, grid.columnCount()))
    grid.addWidget(buttons, row + 1, column, 1, columns)


def _picture_strip(pictures: Sequence[tuple[QImage | None, str]]) -> QWidget:
    strip = QWidget()
    strip.setObjectName("conflict-pictures")
    row = QHBoxLayout(strip)
    row.setContentsMargins(0, 8, 0, 0)
    for picture, caption in pictures:
        cell = QVBoxLayout()
        image = QLabel()
        image.setFixedSize(PICTURE_EDGE, PICTURE_EDGE)
        image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if picture is not None:
            image.setPixmap(
                QPixmap.fromImage(picture).scaled(
                    PICTURE_EDGE,
                    PICTURE_EDGE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            image.setText("?")
            image.setFrameShape(QFrame.Shape.Box)
        text = QLabel(caption)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cell.addWidget(image)
        cell.addWidget(text)
        row.addLayout(cell)
    row.addStretch(1)
    return strip


def resume_box(
    parent: QWidget | None, saves: Sequence[UnfinishedSave]
) -> tuple[QMessageBox, dict[QAbstractButton, Choice]]:
    """The question of `ask_resume`, built but not shown (tests read its text and buttons)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Unfinished saves"))
    one = len(saves) == 1
    box.setText(
        QCoreApplication.translate("Questions", "A save was interrupted before it had finished:")
        if one
        # Never fewer than two here, so no numerus forms are needed.
        else QCoreApplication.translate(
            "Questions", "{count} saves were interrupted before they had finished:"
        ).format(count=len(saves))
    )
    lines = "\n".join(f"• {translated(entry.describe())}" for entry in saves)
    explanation = QCoreApplication.translate(
        "Questions",
        "Until the rest is sent, the marketplace shows a mix of the old and the new order. "
        "Finish saving now, decide later (ImageDeck asks again at the next start), or discard "
        "the rest (the marketplace keeps the mix).",
    )
    box.setInformativeText(f"{lines}\n\n{explanation}")
    finish = box.addButton(
        QCoreApplication.translate("Questions", "Finish Saving"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Questions", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Questions", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    finish.setEnabled(any(entry.resumable for entry in saves))
    box.setDefaultButton(finish if finish.isEnabled() else later)
    box.setEscapeButton(later)
    return box, {finish: Choice.FINISH, later: Choice.LATER, discard: Choice.DISCARD}


def ask_resume(parent: QWidget, saves: Sequence[UnfinishedSave]) -> Choice:
    """FINISH, LATER or DISCARD the saves the journal holds as unfinished. Saves without a
    connection stay in the journal on FINISH (they are listed with what to do instead)."""
    box, choices = resume_box(parent, saves)
    box.exec()
    return choices.get(box.clickedButton(), Choice.LATER)
