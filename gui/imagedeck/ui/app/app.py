"""Start the GUI: the QApplication, the qasync loop on the main thread, the main window.

The loop runs until the window has closed *and* its connections are closed, so no HTTP
client is left dangling at exit; the app therefore does not quit on "last window closed"
but when the window says it is done.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping

import qasync
from PySide6.QtWidgets import QApplication

from imagedeck import __version__
from imagedeck.connections.store import ConnectionsStore, Profile
from imagedeck.logs import configure_logging
from imagedeck.marketplaces.connection import Connection
from imagedeck.model.image import ListingRef
from imagedeck.session.listing_session import MESSAGE_MS
from imagedeck.ui.app.app_icon import app_icon
from imagedeck.ui.app.demo_notice import show_demo_notice
from imagedeck.ui.app.interface_language import use_interface_language
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.app.other_windows import note_other_windows
from imagedeck.ui.dialogs.error_report import ErrorReporter
from imagedeck.ui.dialogs.secret_prompt import ask_secret_dialog

WINDOW_SIZE = (1200, 800)


def create_application() -> QApplication:
    """The process's QApplication, named so settings and data land in "ImageDeck"."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ImageDeck")
    app.setOrganizationName("ImageDeck")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    use_interface_language()  # before any window exists, so every widget is built translated
    app.setWindowIcon(app_icon())
    return app


def build_main_window(connections: Mapping[str, Connection]) -> MainWindow:
    """A ready 1200×800 window, not shown and not running anything yet.

    Needs a QApplication and, before a listing is opened, a current qasync loop; tests and
    the screenshot script call this instead of `run_app`, which would block in exec().
    When first shown, the window asks about saves the journal holds as unfinished
    (`MainWindow.ask_resume`; set it before `show()` to answer without a dialog).
    """
    window = MainWindow(connections)
    window.resize(*WINDOW_SIZE)
    # Waits while reading a listing are announced as they start, like a save's.
    window.clients.on_status = lambda text: window.display.say(text, MESSAGE_MS)
    return window


def fit_to_screen(window: MainWindow, share: float = 0.85) -> None:
    """Most of the screen: with the listing browser and the details panel docked, the
    grid needs the room (1200 × 800 leaves it two columns). Never larger than the screen."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(room.width(), max(WINDOW_SIZE[0], int(room.width() * share)))
    height = min(room.height(), max(WINDOW_SIZE[1], int(room.height() * share)))
    window.resize(width, height)


def run_app(
    connections: Mapping[str, Connection],
    initial: ListingRef | None = None,
    *,
    demo: bool = False,
) -> int:
    """Show the main window (opening `initial` if given) until the user quits; `demo` says
    in the window that the demo starts fresh."""
    app = create_application()
    configure_logging()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = build_main_window(connections)
    if demo:
        show_demo_notice(window)
    fit_to_screen(window)
    instance = note_other_windows(window)  # held while this window runs
    # Unexpected exceptions show a copyable report; the app keeps running.
    ErrorReporter(lambda: window).install(loop)

    async def main() -> None:
        closed = asyncio.Event()
        window.closed.connect(closed.set)
        window.show()
        if initial is not None:
            window.request_open(initial)
        else:
            window.show_open_dialog()
        await closed.wait()
        await window.aclose()

    with loop:
        loop.run_until_complete(main())
    instance.release()
    return 0


def run_saved_connection(
    store: ConnectionsStore, profile: Profile, initial: ListingRef | None
) -> int:
    """Open the window on a saved connection (plain `imagedeck`, or `--connection NAME`).

    Secrets the keyring does not hold (no keyring on this machine) are asked for before the
    window opens and kept for this session only; cancelling the question ends the start. The
    interface language is installed first, so that question is in it too."""
    create_application()
    use_interface_language()  # the secret question below already in the seller's language
    for kind in store.missing_secrets(profile):
        value = ask_secret_dialog(None, profile.name, kind)
        if not value:
            return 1
        store.secrets.set(profile.name, kind, value)
    connection = store.connection(profile)
    return run_app({profile.marketplace: connection}, initial)
