"""Asking for a connection's secret (password, client secret, refresh token) when the
keyring cannot hold it: the question, the refusal, and the prompt itself.

Used by the Connections dialog ("Use" without a stored secret) and at start-up. Texts keep
the context "ConnectionsDialog", where the catalogue has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from imagedeck.connections.keyring_secrets import CLIENT_SECRET, PASSWORD, REFRESH_TOKEN
from imagedeck.session.choices import Choice
from imagedeck.ui.dialogs.questions import save_discard_or_cancel


def secret_question(kind: str) -> str:
    """The prompt for one secret; a whole sentence per kind, so German grammar fits."""
    translate = QCoreApplication.translate
    questions = {
        PASSWORD: translate(
            "ConnectionsDialog", "The password of “{connection}” (kept until ImageDeck quits):"
        ),
        CLIENT_SECRET: translate(
            "ConnectionsDialog", "The client secret of “{connection}” (kept until ImageDeck quits):"
        ),
        REFRESH_TOKEN: translate(
            "ConnectionsDialog", "The refresh token of “{connection}” (kept until ImageDeck quits):"
        ),
    }
    return questions[kind]


def secret_missing(kind: str) -> str:
    """Why "Use" stopped: the secret the user did not give (a sentence per kind)."""
    translate = QCoreApplication.translate
    problems = {
        PASSWORD: translate("ConnectionsDialog", "“{connection}” needs its password."),
        CLIENT_SECRET: translate("ConnectionsDialog", "“{connection}” needs its client secret."),
        REFRESH_TOKEN: translate("ConnectionsDialog", "“{connection}” needs its refresh token."),
    }
    return problems[kind]


def ask_secret_dialog(parent: QWidget | None, connection: str, kind: str) -> str | None:
    """Ask for one secret for this session (no keyring); None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ConnectionsDialog", "Secret Needed"),
        secret_question(kind).format(connection=connection),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def ask_save_connection(parent: QWidget | None, name: str) -> Choice:
    """Closing with a connection typed but not saved: save it, discard it, or stay."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ConnectionsDialog", "Unsaved Connection"))
    box.setText(
        translate("ConnectionsDialog", "Save the connection “{name}” before closing?").format(
            name=name
        )
        if name
        else translate("ConnectionsDialog", "Save the new connection before closing?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return save_discard_or_cancel(box)
