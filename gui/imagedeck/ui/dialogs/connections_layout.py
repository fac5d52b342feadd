"""How the Connections dialog is laid out: kept apart from its behaviour (one file, one job)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget


def lay_out_connections_dialog(self: Any) -> None:  # noqa: PLR0915
    """The list and its buttons on the left, the form, sign-in and actions on the right,
    for `self`, a ConnectionsDialog with its widgets made (typed Any: no import cycle)."""
    left = QVBoxLayout()
    left.addWidget(self.list)
    for button in (self.add_plenty, self.add_as24, self.remove):
        left.addWidget(button)
    # Two lines: on one, the pasted code's field is too narrow for its hint (in German).
    self.sign_in_row = QWidget()
    sign_in = QVBoxLayout(self.sign_in_row)
    sign_in.setContentsMargins(0, 0, 0, 0)
    paste = QHBoxLayout()
    paste.addWidget(self.sign_in_button)
    paste.addWidget(self.pasted_code, 1)
    finish = QHBoxLayout()
    finish.addStretch(1)
    finish.addWidget(self.finish_sign_in)
    sign_in.addLayout(paste)
    sign_in.addLayout(finish)
    actions = QHBoxLayout()
    actions.addStretch(1)
    for button in (self.test_button, self.save_button, self.use_button):
        actions.addWidget(button)
    right = QVBoxLayout()
    right.addWidget(self.editor)
    right.addWidget(self.sign_in_row)
    right.addLayout(actions)
    right.addWidget(self.message)
    right.addStretch(1)
    columns = QHBoxLayout()
    columns.addLayout(left, 3)
    columns.addLayout(right, 5)
    self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    outer = QVBoxLayout(self)
    outer.addWidget(self.keyring_note)
    outer.addLayout(columns)
    outer.addWidget(self.buttons)
    self.resize(860, 460)
