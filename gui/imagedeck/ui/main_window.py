"""The main window: one listing's images as a grid, reordered and saved back.

The window wires the parts together and owns the flows that span them:

* opening a listing reads it with the GUI thread's client (async, never blocking), then
  replaces the gallery; a failure leaves the current gallery untouched;
* saving hands a snapshot (loaded state + wanted order) to the save worker thread; the
  grid stays usable meanwhile, and a reorder made during the save is kept on top of what
  the server shows afterwards;
* anything that would drop unsaved changes (close, open, reload) asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QWidget

from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.gallery import DirtyChanged, Gallery, GalleryEvent
from imagedeck.model.image import Image, ListingRef
from imagedeck.sync.engine import SaveResult
from imagedeck.ui import questions
from imagedeck.ui.background_tasks import BackgroundTasks
from imagedeck.ui.gallery_model import GalleryListModel
from imagedeck.ui.gui_clients import GuiClients, NoConnectionError
from imagedeck.ui.open_listing_dialog import OpenListingDialog, directory_fetchers
from imagedeck.ui.questions import Choice
from imagedeck.ui.save_worker import SaveJob, SaveWorker
from imagedeck.ui.status_panel import StatusPanel
from imagedeck.ui.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.thumbnail_loader import ThumbnailLoader
from imagedeck.ui.window_actions import create_window_actions, describe_undo

APP_TITLE = "ImageDeck"
NO_LISTING_TEXT = "Open a listing with File ▸ Open Listing… (Ctrl+O)"
MESSAGE_MS = 8000


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
        self.loader = ThumbnailLoader(self.model)
        self.save_worker = SaveWorker(self)
        self.status = StatusPanel(self.statusBar())
        self.tasks = BackgroundTasks(on_error=lambda e: self._show_error(f"Unexpected error: {e}"))
        self.commands = create_window_actions(self)
        # The questions are attributes so tests can answer them without a dialog.
        self.ask_unsaved = questions.ask_unsaved_changes
        self.ask_conflict = questions.ask_conflict
        self.error_box: QMessageBox | None = None

        self._loading: ListingRef | None = None
        self._open_generation = 0
        self._save_job: SaveJob | None = None
        self._after_save: Callable[[], None] | None = None
        self._shut_down = False
        # Gallery events come in bursts (one per moved row) and before the gallery has
        # recorded the edit for undo; refreshing once, right after the burst, sees it all.
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self._refresh)

        self._build_menus_and_toolbar()
        self._connect()
        self._refresh()

    # -- construction ------------------------------------------------------------------
    def _build_menus_and_toolbar(self) -> None:
        a = self.commands
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([a.open, a.reload, a.save])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(self.grid.move_actions)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.open, a.reload, a.save])
        toolbar.addSeparator()
        toolbar.addActions([a.undo, a.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.grid.make_main_action, self.grid.move_to_end_action])
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a = self.commands
        a.open.triggered.connect(self.show_open_dialog)
        a.reload.triggered.connect(self.reload)
        a.save.triggered.connect(self.save)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.gallery.undo)
        a.redo.triggered.connect(self.gallery.redo)
        self.gallery.subscribe(self._on_gallery_event)
        worker = self.save_worker
        worker.progress.connect(self.status.show_progress)
        worker.finished.connect(self._save_finished)
        worker.failed.connect(self._save_failed)
        worker.conflict.connect(self._save_conflict)

    # -- state shown -------------------------------------------------------------------
    def _on_gallery_event(self, event: GalleryEvent) -> None:
        if isinstance(event, DirtyChanged):
            self._refresh()  # Save must be available the moment there is something to save
        self._refresh_soon.start()

    def _refresh(self) -> None:
        """Bring title, status bar and actions in line with the gallery and the save."""
        listing = self.gallery.listing
        saving = self._save_job is not None
        self.setWindowTitle(f"{listing.describe()}[*] — {APP_TITLE}" if listing else APP_TITLE)
        self.setWindowModified(self.gallery.dirty)
        self.status.show_listing(listing, len(self.gallery))
        self.status.show_dirty(self.gallery.dirty)
        a = self.commands
        a.save.setEnabled(self.gallery.dirty and not saving)
        a.open.setEnabled(not saving)
        a.reload.setEnabled(listing is not None and not saving)
        describe_undo(a.undo, "Undo", self.gallery.undo_label)
        describe_undo(a.redo, "Redo", self.gallery.redo_label)
        if self._loading is not None:
            self.grid.set_empty_text(f"Loading {self._loading.describe()}…")
        elif listing is None:
            self.grid.set_empty_text(NO_LISTING_TEXT)
        else:
            self.grid.set_empty_text("This listing has no images.")

    def _show_error(self, message: str, *, dialog: bool = False) -> None:
        """In the status bar always; for failed saves also in a message box, since the
        seller must not walk away believing the marketplace has the new order."""
        self.status.show_error(message)
        if dialog:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, self
            )
            self.error_box.open()

    # -- opening -----------------------------------------------------------------------
    def show_open_dialog(self) -> None:
        listings, variations = directory_fetchers(self.clients)
        dialog = OpenListingDialog(
            self.clients.marketplaces, listings, variations, self.gallery.listing, self
        )
        dialog.accepted.connect(lambda: self._open_unless_cancelled(dialog.listing_ref()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def reload(self) -> None:
        """Show what the server holds now (asks first if that would drop changes)."""
        self._open_unless_cancelled(self.gallery.listing)

    def request_open(self, listing: ListingRef) -> None:
        """Open `listing` in the background, without asking (start-up, tests)."""
        self.tasks.spawn(self.open_listing(listing))

    def _open_unless_cancelled(self, listing: ListingRef | None) -> None:
        if listing is not None:
            self._unless_cancelled(lambda: self.request_open(listing))

    async def open_listing(self, listing: ListingRef) -> bool:
        """Load `listing` and show it; on failure say why and keep what is shown."""
        self._open_generation += 1
        generation = self._open_generation
        self._loading = listing
        self._refresh()
        self.status.bar.showMessage(f"Loading {listing.describe()}…")
        try:
            client = self.clients.client(listing.marketplace)
            images = await client.load_images(listing)
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._open_generation:
                self._loading = None
                self.status.bar.clearMessage()
                self._show_error(f"Could not open {listing.describe()}: {error}")
                self._refresh()
            return False
        if generation != self._open_generation:
            return False  # a later open superseded this one
        self._loading = None
        self._show(listing, images)
        self.status.bar.showMessage(f"Opened {listing.describe()}.", MESSAGE_MS)
        return True

    def _show(self, listing: ListingRef, images: list[Image]) -> None:
        self.status.clear_error()
        self.gallery.load(listing, images)
        self.loader.load(self.clients.client(listing.marketplace), images)
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        self.grid.setFocus()
        self._refresh()

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Send the new order to the marketplace on the save worker; returns at once."""
        if self._save_job is not None or self.gallery.listing is None:
            return
        if not self.gallery.dirty:
            self.status.bar.showMessage("Nothing to save: the marketplace has this order.")
            self._run_after_save()
            return
        self._start_save(overwrite=False)

    @property
    def saving(self) -> bool:
        return self._save_job is not None

    def _start_save(self, *, overwrite: bool) -> None:
        listing = self.gallery.listing
        assert listing is not None
        by_id = {image.id: image for image in self.gallery}
        job = SaveJob(
            connection=self.clients.connection(listing.marketplace),
            listing=listing,
            loaded=tuple(by_id[image_id] for image_id in self.gallery.loaded_order),
            wanted=self.gallery.order,
            overwrite=overwrite,
        )
        self._save_job = job
        self.status.clear_error()
        self.status.show_progress(0, 0, f"Saving {listing.describe()}…")
        self.save_worker.submit(job)
        self._refresh()

    def _save_finished(self, job: SaveJob, result: SaveResult) -> None:
        """Show what the server holds now (the engine re-read it after writing)."""
        self._save_job = None
        self.status.hide_progress()
        self._show_saved_state(job, result.images)
        if result.verified:
            sent = "1 change" if result.calls_made == 1 else f"{result.calls_made} changes"
            self.status.bar.showMessage(
                f"Saved: {sent} sent; {job.listing.describe()} shows your order.", MESSAGE_MS
            )
            self._run_after_save()
        else:
            self._after_save = None
            details = "; ".join(result.differences[:3])
            self._show_error(
                f"Saved, but the marketplace shows a different order: {details}", dialog=True
            )
        self._refresh()

    def _show_saved_state(self, job: SaveJob, images: list[Image]) -> None:
        """Load the server's state; if the seller kept reordering during the save, put
        that newer order back on top (as an unsaved change) instead of losing it."""
        newer = self.gallery.order if self.gallery.order != job.wanted else None
        self.gallery.load(job.listing, images)
        if newer is not None and sorted(newer) == sorted(self.gallery.order):
            self.gallery.set_order(newer, "Reorder during save")
        self.loader.load(self.clients.client(job.listing.marketplace), images)

    def _save_failed(self, job: SaveJob, message: str) -> None:
        self._save_job = None
        self._after_save = None
        self.status.hide_progress()
        self._show_error(
            f"Saving {job.listing.describe()} failed: {message}\n"
            "Your new order is kept; try Save again.",
            dialog=True,
        )
        self._refresh()

    def _save_conflict(self, job: SaveJob, message: str) -> None:
        self._save_job = None
        self.status.hide_progress()
        choice = self.ask_conflict(self, message)
        if choice is Choice.OVERWRITE:
            self._start_save(overwrite=True)
        else:
            self._after_save = None
            if choice is Choice.RELOAD:
                self.request_open(job.listing)
            else:
                self.status.bar.showMessage("Not saved.", MESSAGE_MS)
        self._refresh()

    def _run_after_save(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    # -- unsaved changes and closing ---------------------------------------------------
    def _unless_cancelled(self, proceed: Callable[[], None]) -> None:
        """Run `proceed` now, or after saving, or not at all, as the seller decides."""
        if not self.gallery.dirty or self.gallery.listing is None:
            proceed()
            return
        choice = self.ask_unsaved(self, self.gallery.listing.describe())
        if choice is Choice.DISCARD:
            proceed()
        elif choice is Choice.SAVE:
            self._after_save = proceed
            self.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._shut_down:
            event.accept()
            return
        if self.saving:
            self._after_save = self.close
            self.status.bar.showMessage("ImageDeck will close when the save has finished.")
            event.ignore()
            return
        if self.gallery.dirty and self.gallery.listing is not None:
            choice = self.ask_unsaved(self, self.gallery.listing.describe())
            if choice is Choice.CANCEL:
                event.ignore()
                return
            if choice is Choice.SAVE:
                self._after_save = self.close
                self.save()
                event.ignore()
                return
        self._shutdown()
        event.accept()
        self.closed.emit()

    def _shutdown(self) -> None:
        """Stop everything that runs on its own: loads, thumbnails, the save thread."""
        self._shut_down = True
        self.tasks.cancel_all()
        self.loader.close()
        self.save_worker.stop()

    async def aclose(self) -> None:
        """Close the GUI thread's connections (after the window has closed)."""
        await self.clients.aclose()
