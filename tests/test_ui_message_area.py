"""The status bar's one message area (issue 15): an error outranks a passing message
instead of being drawn over by it, and a long error expands in place instead of hiding in
a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from imagedeck.ui.app.status_panel import StatusPanel
from qt_support import shot_path

LONG = (
    "Could not open AutoScout24 vehicle 102: The vehicle was not found (code 404) — Check "
    "the vehicle id: AutoScout24 vehicle ids are long codes like 3f1c9a52-8d4e-4b7a-9c21-"
    "5e6f70a81b24, and the vehicle must belong to this connection's dealer account."
)


def window_with_bar(qtbot: QtBot) -> tuple[QMainWindow, StatusPanel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusPanel(window.statusBar())
    window.resize(700, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def test_an_error_outranks_a_passing_message_and_it_shows_again_after(qtbot: QtBot) -> None:
    window, status = window_with_bar(qtbot)
    area = status.messages
    status.show_error("AutoScout24 allows at most 30 images per vehicle")
    status.bar.showMessage("Adding 1 image…", 8000)
    assert area.shown == "AutoScout24 allows at most 30 images per vehicle"
    assert area.label.text() == area.shown  # one text, not two drawn over each other
    window.grab().save(shot_path("issue15-p7-error-outranks.png"))
    area.dismiss.click()
    assert status.error.text() == "" and area.label.text() == "Adding 1 image…"
    status.bar.clearMessage()
    assert area.label.text() == ""


def test_a_long_error_shows_one_line_and_expands_in_place(qtbot: QtBot) -> None:
    window, status = window_with_bar(qtbot)
    area = status.messages
    status.show_error(LONG)
    qtbot.waitUntil(lambda: area.more.isVisible())
    one_line = status.bar.height()
    assert area.label.text() != LONG and area.label.text().endswith("…")
    assert not area.label.toolTip()
    window.grab().save(shot_path("issue15-p3-long-error-collapsed.png"))
    area.more.click()
    qtbot.waitUntil(lambda: status.bar.height() > one_line)
    assert area.label.text() == LONG and area.expanded
    window.grab().save(shot_path("issue15-p3-long-error-expanded.png"))
    area.more.click()
    assert not area.expanded
    assert status.error.text() == LONG
