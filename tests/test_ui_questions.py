"""The questions that decide whether work is lost, answered the way a user answers them: by
clicking a button, pressing Enter (the default button) or Escape, in the real modal dialog.

Each test starts `ask_*` (which blocks in exec()) and answers from a timer once the dialog
is on screen. The safe choice is the default everywhere; Escape always means Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from imagedeck.ui.dialogs.questions import Choice, ask_conflict, ask_unsaved_changes

Answer = Callable[[QMessageBox], None]


def answered(qtbot: QtBot, ask: Callable[[QWidget], Choice], answer: Answer) -> Choice:
    """What `ask` returns when the user answers its dialog with `answer`."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, respond)  # not shown yet
            return
        seen.append(box)
        answer(box)

    QTimer.singleShot(0, respond)
    choice = ask(parent)
    assert seen, "the question was never shown"
    return choice


def button(text: str) -> Answer:
    """Click the button whose text (without the & accelerator) is `text`."""

    def click(box: QMessageBox) -> None:
        [found] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        found.click()

    return click


def key(which: Qt.Key) -> Answer:
    """Press `which` in the dialog (Enter: the default button; Escape: the escape button)."""
    return lambda box: QTest.keyClick(box, which)


def unsaved(can_save: bool = True) -> Callable[[QWidget], Choice]:
    return lambda parent: ask_unsaved_changes(parent, "plentymarkets item 101", can_save=can_save)


def conflict(parent: QWidget) -> Choice:
    return ask_conflict(parent, "Someone else changed item 101.")


@pytest.mark.parametrize(
    ("clicked", "choice"),
    [("Save", Choice.SAVE), ("Discard", Choice.DISCARD), ("Cancel", Choice.CANCEL)],
)
def test_unsaved_changes_buttons_mean_what_they_say(qtbot, clicked, choice) -> None:
    assert answered(qtbot, unsaved(), button(clicked)) is choice


def test_unsaved_changes_enter_saves_and_escape_cancels(qtbot) -> None:
    assert answered(qtbot, unsaved(), key(Qt.Key.Key_Return)) is Choice.SAVE
    assert answered(qtbot, unsaved(), key(Qt.Key.Key_Escape)) is Choice.CANCEL


def test_unsaved_changes_that_cannot_be_saved_default_to_cancel(qtbot) -> None:
    """Without Save (the marketplace cannot take them), Enter must not discard."""
    box_texts: list[list[str]] = []

    def texts_then_enter(box: QMessageBox) -> None:
        box_texts.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    assert answered(qtbot, unsaved(can_save=False), texts_then_enter) is Choice.CANCEL
    assert box_texts == [["Cancel", "Discard"]]
    assert answered(qtbot, unsaved(can_save=False), key(Qt.Key.Key_Escape)) is Choice.CANCEL


@pytest.mark.parametrize(
    ("clicked", "choice"),
    [("Reload", Choice.RELOAD), ("Save My Changes", Choice.OVERWRITE), ("Cancel", Choice.CANCEL)],
)
def test_conflict_buttons_mean_what_they_say(qtbot, clicked, choice) -> None:
    assert answered(qtbot, conflict, button(clicked)) is choice


def test_conflict_enter_and_escape_lose_nothing(qtbot) -> None:
    """Reload discards the seller's changes, Save My Changes overwrites the other side's:
    neither may be what a stray Enter or Escape does."""
    defaults: list[str] = []

    def default_then_enter(box: QMessageBox) -> None:
        defaults.append(box.defaultButton().text().replace("&", ""))
        QTest.keyClick(box, Qt.Key.Key_Return)

    assert answered(qtbot, conflict, default_then_enter) is Choice.CANCEL
    assert defaults == ["Cancel"]
    assert answered(qtbot, conflict, key(Qt.Key.Key_Escape)) is Choice.CANCEL
