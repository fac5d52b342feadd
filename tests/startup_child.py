"""Run in a child process by tests/test_ui_startup.py: starts the app for real, through the
same `main` as the `imagedeck` command (`imagedeck demo`, or `imagedeck --connection NAME` on
a saved connection with no keyring), answers the secret question as a user would, waits for
the listing on screen, closes the window, and prints what it saw as JSON (last line).

A child process, because `run_app` owns the process as a user's start does: its own qasync
loop (closed at the end), the error-report hook, the log file.

    python startup_child.py demo|saved|saved-cancel BASE_URL
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog  # noqa: E402

from imagedeck.cli.main import main as imagedeck  # noqa: E402
from imagedeck.connections.keyring_secrets import SecretStore  # noqa: E402
from imagedeck.connections.store import ConnectionsStore, Profile  # noqa: E402
from imagedeck.ui.app.main_window import MainWindow  # noqa: E402

seen: dict = {"asked": [], "images": None, "title": None, "listing": None}


def shown_window() -> MainWindow | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return next((w for w in found if w.isVisible()), None)


def when(condition: Callable[[], object], then: Callable[[], None]) -> None:
    """Run `then` once `condition` holds, checking while the app's own loop runs."""

    def check() -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def close_when_listing_shown() -> None:
    def opened() -> bool:
        window = shown_window()
        return window is not None and window.gallery.listing is not None and not window.saving

    def close() -> None:
        window = shown_window()
        assert window is not None
        seen["images"] = len(window.gallery.order)
        seen["listing"] = window.gallery.listing.listing_id
        seen["title"] = window.windowTitle()
        window.close()

    when(opened, close)


def answer_secret(text: str | None) -> None:
    """Type `text` into the secret question and press OK (None: press Cancel)."""

    def dialog() -> QInputDialog | None:
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, QInputDialog) else None

    def answer() -> None:
        box = dialog()
        assert box is not None
        seen["asked"].append(box.labelText())
        if text is None:
            box.reject()
        else:
            box.setTextValue(text)
            box.accept()

    when(dialog, answer)


def main(mode: str, base_url: str) -> int:
    QApplication(sys.argv)
    if mode == "demo":
        close_when_listing_shown()
        code = imagedeck(["demo"])  # its own sandbox, in this process
    else:
        keyring.set_keyring(fail.Keyring())  # no keyring on this machine
        ConnectionsStore(SecretStore()).save(
            Profile("My shop", "plentymarkets", base_url, "editor"), {}
        )
        answer_secret(None if mode == "saved-cancel" else "editor-pw-1")
        close_when_listing_shown()
        code = imagedeck(["--connection", "My shop", "--item", "101"])
    seen["window_left"] = shown_window() is not None
    print(json.dumps(seen))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
