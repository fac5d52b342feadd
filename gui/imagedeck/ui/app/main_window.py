"""The main window: one listing's images as a grid, reordered, described and saved back.

Layout and wiring only. The flows (open, re-read keeping edits, save, cancel, conflicts,
finishing unfinished saves) run in the Qt-free `ListingSession` (session/); the window
shows it through a `SessionDisplay` (title, status line, actions, questions). Each feature
gets the narrow parts it needs, never the window: tiles' preview and retry (TileActions),
adding and deleting images, zoom, the cache action, and connections/settings/Help
(WindowExtras).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from imagedeck.marketplaces.connection import Connection
from imagedeck.model.gallery import DirtyChanged, Gallery, GalleryEvent, Reset
from imagedeck.model.image import ListingRef
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.close_flow import may_close
from imagedeck.session.listing_session import MESSAGE_MS, ListingSession
from imagedeck.session.listing_sources import directory_fetchers
from imagedeck.session.ports import Counted
from imagedeck.ui.app.cache_action import install_clear_cache
from imagedeck.ui.app.image_actions import create_image_actions, follow_state, place_image_actions
from imagedeck.ui.app.session_display import SessionDisplay
from imagedeck.ui.app.status_panel import StatusPanel
from imagedeck.ui.app.window_actions import create_window_actions
from imagedeck.ui.app.window_extras import WindowExtras
from imagedeck.ui.app.zoom_control import ZoomControl
from imagedeck.ui.browser.listing_browser import BROWSER_WIDTH, ListingBrowserDock
from imagedeck.ui.browser.open_listing_dialog import OpenListingDialog
from imagedeck.ui.common.gui_clients import GuiClients
from imagedeck.ui.common.translated import plural, translated
from imagedeck.ui.details.details_panel import PANEL_WIDTH, DetailsDock
from imagedeck.ui.details.visibility_lines import VisibilityLines
from imagedeck.ui.dialogs import questions
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.image_adding import ImageAdder
from imagedeck.ui.grid.image_deleting import ImageDeleter
from imagedeck.ui.grid.preview_dialog import PreviewDialog
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader, thumbnail_edge
from imagedeck.ui.grid.tile_actions import TileActions
from imagedeck.ui.workers.save_worker import SaveWorker


class MainWindow(QMainWindow):
    closed = Signal()
    """The window has closed for good and stopped its threads; `aclose()` is next."""

    def __init__(
        self, connections: Mapping[str, Connection], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.gallery = Gallery()
        self.clients = GuiClients(connections)
        self.model = GalleryListModel(self.gallery, self)
        self.grid = ThumbnailGrid()
        self.grid.setModel(self.model)
        self.setCentralWidget(self.grid)
        self.loader = ThumbnailLoader(self.model, max_edge=thumbnail_edge(self.grid))
        self.details_dock = DetailsDock(self.gallery, self)
        self.details = self.details_dock.panel
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.details_dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.browser_dock = ListingBrowserDock(
            self.clients, self.gallery, self.open_from_browser, self
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.browser_dock)
        self.resizeDocks([self.browser_dock], [BROWSER_WIDTH], Qt.Orientation.Horizontal)
        self.save_worker = SaveWorker(self)
        self.commands = create_window_actions(self)
        self.status = StatusPanel(self.statusBar(), self.commands.cancel_save)
        # The questions are attributes so tests can answer them without a dialog.
        self.ask_unsaved = questions.ask_unsaved_changes
        self.ask_conflict = questions.ask_conflict
        self.ask_resume = questions.ask_resume
        parts = (self.status, self.commands, self.grid, self.details, self.loader)
        self.display = SessionDisplay(self, self, *parts)
        self.session = ListingSession(self.clients, self.save_worker, self.display, self.gallery)
        self.display.session = self.session
        self.tiles = TileActions(self.grid, self.loader, self.gallery, self.clients.client, self)
        # Gallery events come in bursts, before the edit is on the undo stack: refresh after.
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.display.refresh)
        self.adder = ImageAdder(self.session, self.save_worker, self.grid, self.loader, self.status)
        self.session.wait_for_uploads = self.adder.wait_before_save
        self.deleter = ImageDeleter(self.gallery, self.grid, self.status)
        self.image_actions = create_image_actions(self, self.grid)
        file_menu, edit_menu, view_menu, toolbar = self._build_menus_and_toolbar()
        self.zoom = ZoomControl(self, view_menu, self.grid, self.loader, self.gallery)
        self.clear_cache_action = install_clear_cache(view_menu, self.loader, self.statusBar())
        self._connect()
        menus = (file_menu, edit_menu, toolbar)
        image_parts = (self.adder, self.deleter, self.grid)
        place_image_actions(self.image_actions, menus, self.commands.reload, *image_parts)
        self.display.refreshed.append(
            lambda: follow_state(self.image_actions, self.grid, self.gallery)
        )
        # AutoScout24's T10/T20 cut lines (first 15 / 20 shown), on AS24 listings only.
        self.visibility_lines = VisibilityLines(self.grid, follow=True)
        self.display.refresh()
        extras_parts = (self.loader, self.zoom, self.status)
        self.extras = WindowExtras(self, self.session, extras_parts, self.show_open_dialog)

    def counted_text(self, counted: Counted) -> str:
        """A count's text with Qt's numerus form; here because lupdate marks numerus
        forms only in `self.tr` (and the catalogue keeps them under "MainWindow")."""
        n, kind = counted.count, counted.kind
        if kind == "saved details":
            text = self.tr("Saved: %n change(s) sent; {listing} shows your changes.", "", n)
        elif kind == "saved order":
            text = self.tr("Saved: %n change(s) sent; {listing} shows your order.", "", n)
        elif kind == "finished":
            text = self.tr(
                "Finished saving {listing}: %n change(s) sent; it shows the order you wanted.",
                "",
                n,
            )
        else:
            text = self.tr("Discarded %n unfinished save(s).", "", n)
        values = {key: translated(value) for key, value in counted.values.items()}
        return plural(text, n).format(**values)

    # -- what tests and the app reach through the window ---------------------------------
    @property
    def tasks(self) -> BackgroundTasks:
        return self.session.tasks

    @property
    def saving(self) -> bool:
        return self.session.saving

    @property
    def error_box(self) -> QMessageBox | None:
        return self.display.error_box

    @property
    def preview(self) -> PreviewDialog | None:
        return self.tiles.preview

    @property
    def _offered_resume(self) -> bool:
        return self.session.resumes.answered

    def save(self) -> None:
        self.session.save()

    def cancel_save(self) -> None:
        self.session.cancel_save()

    def reload(self) -> None:
        """Show what the server holds now (asks first if that would drop changes)."""
        self.session.open_unless_cancelled(self.gallery.listing)

    def request_open(self, listing: ListingRef) -> None:
        self.session.request_open(listing)

    async def open_listing(self, listing: ListingRef) -> bool:
        return await self.session.open_listing(listing)

    def preview_row(self, row: int) -> None:
        self.tiles.preview_row(row)

    def offer_unfinished_saves(self) -> None:
        self.session.resumes.offer()

    # -- construction ------------------------------------------------------------------
    def _build_menus_and_toolbar(self) -> tuple[QMenu, QMenu, QMenu, QToolBar]:
        a = self.commands
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.open, a.reload, a.save, a.cancel_save])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(self.grid.move_actions)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.details_dock.toggleViewAction())
        view_menu.addActions([self.browser_dock.toggleViewAction(), self.browser_dock.find_action])
        view_menu.addActions([a.preview, a.retry_thumbnails])
        a.preview.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.grid.addAction(a.preview)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.open, a.reload, a.save])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.grid.make_main_action, self.grid.move_to_end_action])
        self.addToolBar(toolbar)
        return file_menu, edit_menu, view_menu, toolbar

    def _connect(self) -> None:
        a, session, worker = self.commands, self.session, self.save_worker
        a.open.triggered.connect(self.show_open_dialog)
        a.reload.triggered.connect(self.reload)
        a.save.triggered.connect(session.save)
        a.cancel_save.triggered.connect(session.cancel_save)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.gallery.undo)
        a.redo.triggered.connect(self.gallery.redo)
        a.preview.triggered.connect(self.tiles.preview_current)
        a.retry_thumbnails.triggered.connect(self.tiles.retry_failed_thumbnails)
        self.gallery.subscribe(self._on_gallery_event)
        self.grid.selectionModel().selectionChanged.connect(self._show_selected)
        self.details.typing_changed.connect(lambda _typing: self.display.refresh())
        worker.progress.connect(session.save_progressed)
        worker.finished.connect(session.save_finished)
        worker.failed.connect(session.save_failed)
        worker.conflict.connect(session.save_conflict)
        worker.cancelled.connect(session.save_cancelled)

    # -- state shown -------------------------------------------------------------------
    def _on_gallery_event(self, event: GalleryEvent) -> None:
        if isinstance(event, DirtyChanged):
            self.display.refresh()  # Save must be available the moment there is something
        elif isinstance(event, Reset):
            # A reload clears the grid's selection without a signal (Qt's selection model
            # resets silently); the panel must not keep editing images of the old state.
            self._show_selected()
        self._refresh_soon.start()

    def _show_selected(self, *_args: object) -> None:
        """Show the grid's selection in the details panel, in grid order."""
        order = self.gallery.order
        self.details.show_images([order[row] for row in self.grid.selected_rows()])

    # -- opening -----------------------------------------------------------------------
    def show_open_dialog(self) -> None:
        dialog = OpenListingDialog(
            self.clients.marketplaces, *directory_fetchers(self.clients), self.gallery.listing, self
        )
        self.closed.connect(dialog.reject)  # its reads use the clients aclose() closes
        dialog.accepted.connect(lambda: self.session.open_unless_cancelled(dialog.listing_ref()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_from_browser(self, listing: ListingRef) -> None:
        """Open what the listing browser picked, asking about unsaved changes as File ▸ Open
        does; not while a save runs (Open is disabled then too)."""
        if self.saving:
            text = self.tr("Wait for the save to finish, then open it.")
            self.status.bar.showMessage(text, MESSAGE_MS)
            return
        self.session.open_unless_cancelled(listing)

    # -- showing and closing -----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first show asks about unfinished saves, once the window is on screen (the
        question is a dialog over it) and the event loop runs (the answer starts jobs)."""
        super().showEvent(event)
        if not self.session.resumes.offered:
            QTimer.singleShot(0, self, self.offer_unfinished_saves)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The decision is the session's (`session/close_flow.py`); the window stops its
        threads and tells the app."""
        if self.session.closed:
            event.accept()
        elif may_close(self.session, self.close):
            self._shutdown()
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    def _shutdown(self) -> None:
        """Stop everything that runs on its own: loads, thumbnails, the save thread."""
        self.session.close()
        self.tiles.close_preview()
        self.zoom.flush()
        self.browser_dock.shutdown()
        self.loader.close()
        self.save_worker.stop()

    async def aclose(self) -> None:
        """Close the GUI thread's connections (after the window has closed)."""
        await self.clients.aclose()
