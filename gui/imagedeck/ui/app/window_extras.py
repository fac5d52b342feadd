"""What issue 7 adds to the main window: connections, settings, remembered listings, Help.

Kept out of main_window.py so the window's own flows stay readable and the wiring is one
line there. It adds File ▸ Connections…, Edit ▸ Settings… (Ctrl+,) and the Help menu,
and switches the window to a connection the user chooses. Every listing the window shows is
remembered by the listing browser (session/recent_listings.py), which also sets the last
connection, so `imagedeck` without arguments reopens it next time.

Texts use the context "WindowExtras". The File and Edit menus are found by their English
title or its translation under the context "MainWindow" (the window's own `tr`), so this
keeps working once the window's menus are translated.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from imagedeck.connections.store import ConnectionsStore
from imagedeck.marketplaces.connection import Connection, demo_connections
from imagedeck.session.connection_switch import request_switch
from imagedeck.session.listing_session import ListingSession
from imagedeck.settings import Settings, load_settings, save_settings
from imagedeck.ui.app.batch_menu import install_batch
from imagedeck.ui.app.first_day import install_first_day
from imagedeck.ui.app.help_menu import HelpMenu
from imagedeck.ui.app.status_panel import StatusPanel
from imagedeck.ui.app.zoom_control import ZoomControl
from imagedeck.ui.dialogs.connections_dialog import ConnectionsDialog
from imagedeck.ui.dialogs.settings_dialog import SettingsDialog
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader

log = logging.getLogger(__name__)


class WindowExtras(QObject):
    settings_changed = Signal(object)
    """New `Settings` saved by the Settings dialog (the window applies what it can)."""
    connection_changed = Signal(object)
    """The window now works on this `Connection`."""

    def __init__(
        self,
        window: QMainWindow,
        session: ListingSession,
        parts: tuple[ThumbnailLoader, ZoomControl, StatusPanel],
        show_open_dialog: Callable[[], None],
        store: ConnectionsStore | None = None,
    ) -> None:
        """`window` gets the menus and parents the dialogs; `session` is what a switch of
        connection must not lose; `parts` are what settings apply to and where messages go;
        `show_open_dialog` lets the user pick a listing of the new connection."""
        super().__init__(window)
        self.window = window
        self._session = session
        self._loader, self._zoom, self._status = parts
        self._show_open_dialog = show_open_dialog
        self._store = store
        self.settings: Settings = load_settings()
        self.dialog: ConnectionsDialog | SettingsDialog | None = None
        self.connections_action = QAction(self.tr("Co&nnections…"), window)
        self.settings_action = QAction(self.tr("Se&ttings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._add_to_menu("&File", self.connections_action, before_last=True)
        self._add_to_menu("&Edit", self.settings_action)
        self.help = HelpMenu(window)
        # File ▸ Import Folder…, the Batch menu and the Jobs panel (batch_menu.py).
        menus = (self._menu("&File"), self._menu("&View"), self.connections_action)
        self.batch = install_batch(window, session.clients, session.gallery, *menus)
        install_first_day(window)  # failed uploads, small windows, the title's name
        self.connections_action.triggered.connect(self.show_connections)
        self.settings_action.triggered.connect(self.show_settings)

    @property
    def store(self) -> ConnectionsStore:
        """Created on first use: reading the keyring backend list costs a little time."""
        if self._store is None:
            self._store = ConnectionsStore(demo_base_url=self._demo_base_url())
        return self._store

    def _demo_base_url(self) -> str | None:
        """The sandbox's URL when the window runs on the demo (its connections are listed)."""
        for connection in self._session.clients.connections:
            demo = demo_connections(connection.base_url)[connection.marketplace]
            if connection.name == demo.name:
                return connection.base_url
        return None

    def _menu(self, title: str) -> QMenu | None:
        """The window's menu of that English title (or its translation)."""
        titles = {title, QCoreApplication.translate("MainWindow", title)}
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and menu_action.text() in titles:
                return menu
        return None

    def _add_to_menu(self, title: str, action: QAction, *, before_last: bool = False) -> None:
        menu = self._menu(title)
        if menu is None:
            log.warning("menu %s not found; %s not added", title, action.text())
            return
        actions = menu.actions()
        if before_last and actions:
            menu.insertAction(actions[-1], action)  # above Quit
            menu.insertSeparator(actions[-1])
        else:
            menu.addSeparator()
            menu.addAction(action)

    # -- dialogs -----------------------------------------------------------------------
    def show_connections(self) -> ConnectionsDialog:
        dialog = ConnectionsDialog(self.store, self.window)
        current = self._session.clients.connections
        if current:
            # A connection from the command line is not in the list: nothing to select.
            with contextlib.suppress(ValueError):
                dialog.select(current[0].name)
        dialog.connection_chosen.connect(self.use_connection)
        self._open(dialog)
        return dialog

    def show_settings(self) -> SettingsDialog:
        # Read again: the listing browser records recent listings in the same file.
        self.settings = load_settings()
        dialog = SettingsDialog(self.settings, self.window, clear_caches=self._loader.clear_caches)
        dialog.settings_saved.connect(self._settings_saved)
        self._open(dialog)
        return dialog

    def _open(self, dialog: ConnectionsDialog | SettingsDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _settings_saved(self, settings: Settings) -> None:
        """Apply at once what can be: tile size and cache bound (language: on restart)."""
        self.settings = settings
        self._zoom.set_size(settings.thumbnail_size)
        self._loader.set_cache_size(settings.cache_size_mb)
        from imagedeck.marketplaces.waits import configure

        configure(max_wait_s=settings.max_wait_s)  # open clients read it at their next wait
        self.settings_changed.emit(settings)

    # -- connections -------------------------------------------------------------------
    def use_connection(self, connection: Connection) -> None:
        """Work on `connection` from now on; then let the user pick one of its listings.
        What happens to the listing shown, unsaved edits, a running save and the clients is
        decided in session/connection_switch.py."""
        request_switch(
            self._session,
            connection,
            stop_thumbnails=self._loader.cancel,
            switched=self._switched,
        )

    def _switched(self, connection: Connection) -> None:
        self.settings = load_settings()  # the browser may have written recent listings
        self.settings.last_connection = connection.name
        self._save_settings()
        self._status.bar.showMessage(
            self.tr("Using the connection “{name}”.").format(name=connection.name), 8000
        )
        self.connection_changed.emit(connection)
        self._show_open_dialog()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:  # a read-only data folder must not break the window
            log.warning("could not save settings: %s", error)
