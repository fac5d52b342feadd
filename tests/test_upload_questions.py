"""The two yes-or-no questions of adding images (one helper since the review): closing the
box is a no, the verb button is the yes, and the duplicates question defaults to skipping."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from imagedeck.ui.grid.upload_questions import ask_convert, ask_upload_duplicates


def _answer(qtbot: QtBot, question: Callable[[QWidget], bool], act: str) -> tuple[bool, str]:
    """Show the question, then close it ("close") or press its default button ("default");
    the answer and the default button's text."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            default = box.defaultButton()
            seen.append(default.text())
            if act == "close":
                box.reject()
            else:
                default.click()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    answer = question(parent)
    timer.stop()
    return answer, seen[0]


@pytest.mark.parametrize(
    ("question", "default_text", "default_answer"),
    [
        (lambda parent: ask_convert(parent, ["car.gif"]), "Convert to JPEG", True),
        (lambda parent: ask_upload_duplicates(parent, ["front.jpg: image 3"]), "Skip Them", False),
    ],
)
def test_closing_is_no_and_the_default_button_is_kept(
    qtbot: QtBot, question: Callable[[QWidget], bool], default_text: str, default_answer: bool
) -> None:
    assert _answer(qtbot, question, "close")[0] is False
    assert _answer(qtbot, question, "default") == (default_answer, default_text)
