"""The questions adding images asks: convert for AutoScout24? upload a duplicate anyway?
delete these images? which image becomes main?

Each is a plain function returning the answer, and the window keeps them as attributes, so
tests answer them without a dialog (as with ui/dialogs/questions.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from imagedeck.ui.common.translated import plural


class UploadQuestions(QObject):
    """The translation context of these questions. Its `tr` is what plurals need: lupdate
    makes a numerus entry of `UploadQuestions.tr(text, "", n)`, not of
    `QCoreApplication.translate(context, text, "", n)`."""


def _list(lines: Sequence[str], limit: int = 8) -> str:
    shown = list(lines[:limit])
    if len(lines) > limit:
        more = len(lines) - limit
        shown.append(plural(UploadQuestions.tr("… and %n more", "", more), more))  # type: ignore[arg-type]
    return "\n".join(f"• {line}" for line in shown)


def _ask(
    parent: QWidget, title: str, text: str, details: str, *, yes: str, no: str, default_yes: bool
) -> bool:
    """A question with two verb buttons; True only when the seller clicks `yes` (closing
    the box is `no`, so nothing is converted or uploaded twice without a yes)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept if default_yes else reject)
    box.exec()
    return box.clickedButton() is accept


def ask_convert(parent: QWidget, names: Sequence[str]) -> bool:
    """AutoScout24 takes only JPG and PNG: convert these files to JPEG (in memory; the
    files stay as they are) or skip them?"""
    return _ask(
        parent,
        QCoreApplication.translate("UploadQuestions", "Convert to JPEG?"),
        QCoreApplication.translate(
            "UploadQuestions",
            "AutoScout24 accepts only JPG and PNG. Convert these files to JPEG for the upload?",
        ),
        _list(names)
        + "\n\n"
        + QCoreApplication.translate("UploadQuestions", "Your files on disk are not changed."),
        yes=QCoreApplication.translate("UploadQuestions", "Convert to JPEG"),
        no=QCoreApplication.translate("UploadQuestions", "Skip Them"),
        default_yes=True,
    )


def ask_upload_duplicates(parent: QWidget, lines: Sequence[str]) -> bool:
    """Files already on the listing: upload them anyway (True) or skip them (False)."""
    return _ask(
        parent,
        QCoreApplication.translate("UploadQuestions", "Already on This Listing"),
        QCoreApplication.translate(
            "UploadQuestions", "These pictures are already on this listing:"
        ),
        _list(lines),
        yes=QCoreApplication.translate("UploadQuestions", "Upload Anyway"),
        no=QCoreApplication.translate("UploadQuestions", "Skip Them"),
        default_yes=False,
    )


def delete_question(parent: QWidget, count: int) -> QMessageBox:
    """The question before deleting `count` images: a real plural in each language (Qt's
    %n numerus forms, so never "Delete 1 image? They are…"), and verb buttons, Delete and
    Cancel, with Cancel the default. Worded so it is true for an image the marketplace does
    not hold yet (an upload still on its way)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UploadQuestions", "Delete Images"))
    question = UploadQuestions.tr("Delete %n image(s)?", "", count)  # type: ignore[arg-type]
    box.setText(plural(question, count))
    box.setInformativeText(
        QCoreApplication.translate(
            "UploadQuestions",
            "Nothing changes on the marketplace until you save; until then Undo (Ctrl+Z) "
            "brings back what you delete.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("UploadQuestions", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    delete.setObjectName("delete-button")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_delete(parent: QWidget, count: int) -> bool:
    """Confirm deleting `count` images (they go from the marketplace on Save)."""
    box = delete_question(parent, count)
    box.exec()
    return box.clickedButton() is box.findChild(QPushButton, "delete-button")


def ask_new_main(parent: QWidget, choices: Sequence[str]) -> int | None:
    """The main image is being deleted: which of `choices` becomes main? The first (the
    next image) is the default; None if the seller cancels."""
    item, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("UploadQuestions", "New Main Image"),
        QCoreApplication.translate(
            "UploadQuestions",
            "You are deleting the main image. Which image becomes the main image?",
        ),
        list(choices),
        0,
        False,
    )
    return list(choices).index(item) if ok and item in choices else None
