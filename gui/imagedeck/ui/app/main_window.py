"""The main window: one listing's images as a grid, reordered, described and saved back.

The window wires the parts together and owns the flows that span them:

* opening a listing reads it with the GUI thread's client (async, never blocking): its
  images and, for plentymarkets, their details (names, availabilities, variation links)
  and the item's variations for the details panel; a failure leaves the current gallery
  untouched;
* the details panel beside the grid edits the selected images through the gallery, so
  its edits share undo, the unsaved marker and Save with reorders;
* saving hands a snapshot (loaded state + wanted order and details) to the save worker
  thread; the grid stays usable meanwhile, and an edit made during the save is kept on
  top of what the server shows afterwards;
* cancelling a save (Esc, or Cancel beside the progress bar) stops it between calls; the
  window then re-reads the listing, so the grid starts from what the marketplace really
  holds, and puts the seller's order and detail edits back on top as unsaved changes
  (undo takes them off again: the order is one step, detail edits one step per kind of
  change), so a cancel never loses an edit;
* when the window first shows, saves the journal holds as unfinished (ImageDeck quit or
  crashed mid-save) are offered for finishing, on the same worker and progress bar;
* anything that would drop unsaved changes (close, open, reload) asks first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QWidget

from imagedeck.error_advice import explain
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.details import ImageDetails
from imagedeck.model.gallery import DirtyChanged, Gallery, GalleryEvent, Reset
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.kept_edits import Edits, edits_between, reapply
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.listing_reader import read_listing, supports_details
from imagedeck.session.unfinished_saves import UnfinishedSave, unfinished_saves
from imagedeck.sync.engine import SaveResult, reconcile
from imagedeck.sync.journal import Journal
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.app.cache_action import install_clear_cache
from imagedeck.ui.app.gui_clients import GuiClients, NoConnectionError
from imagedeck.ui.app.image_actions import create_image_actions
from imagedeck.ui.app.message_area import MessageStatusBar
from imagedeck.ui.app.panel_room import PanelRoom
from imagedeck.ui.app.status_panel import StatusPanel
from imagedeck.ui.app.translated import error_text, plural, translated
from imagedeck.ui.app.window_actions import create_window_actions, describe_undo
from imagedeck.ui.app.window_extras import WindowExtras
from imagedeck.ui.app.zoom_control import ZoomControl
from imagedeck.ui.browser.listing_browser import BROWSER_WIDTH, ListingBrowserDock, window_title
from imagedeck.ui.browser.open_listing_dialog import OpenListingDialog, directory_fetchers
from imagedeck.ui.details.details_panel import PANEL_WIDTH, DetailsDock
from imagedeck.ui.details.visibility_lines import VisibilityLines
from imagedeck.ui.dialogs import questions
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.grid.conflict_pictures import conflict_pictures
from imagedeck.ui.grid.failed_uploads import FailedUploadsDock
from imagedeck.ui.grid.gallery_model import GalleryListModel, ImageRole
from imagedeck.ui.grid.image_adding import ImageAdder
from imagedeck.ui.grid.image_deleting import ImageDeleter
from imagedeck.ui.grid.preview_dialog import PreviewDialog
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader, thumbnail_edge
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from imagedeck.ui.workers.save_worker import Job, ResumeJob, SaveJob, SaveWorker

APP_TITLE = "ImageDeck"
NO_LISTING_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "Open a listing with File ▸ Open Listing… (Ctrl+O)"
)
# The undo labels of edits kept on top of a re-read (see `_load_keeping`), by `why`.
KEPT_LABELS = {
    "during save": (
        QT_TRANSLATE_NOOP("MainWindow", "Reorder during save"),
        QT_TRANSLATE_NOOP("MainWindow", "Edit details during save"),
    ),
    "(not saved)": (
        QT_TRANSLATE_NOOP("MainWindow", "Reorder (not saved)"),
        QT_TRANSLATE_NOOP("MainWindow", "Edit details (not saved)"),
    ),
}
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
        self.setStatusBar(MessageStatusBar(self))  # one message area (ui/app/message_area.py)
        self.status = StatusPanel(self.statusBar(), self.commands.cancel_save)
        self.tasks = BackgroundTasks(
            on_error=lambda e: self._show_error(
                self.tr("Unexpected error: {error}").format(error=error_text(e))
            )
        )
        # The questions are attributes so tests can answer them without a dialog.
        self.ask_unsaved = questions.ask_unsaved_changes
        self.ask_conflict = questions.ask_conflict
        self.ask_resume = questions.ask_resume
        self.error_box: QMessageBox | None = None
        self.preview: PreviewDialog | None = None

        self._loading: ListingRef | None = None
        self._open_generation = 0
        self._save_job: Job | None = None
        self._save_progress = (0, 0)  # done, total of the running job, as last reported
        self._cancelling = False
        self._resumes: list[UnfinishedSave] = []  # journaled saves still to finish, in order
        self._offered_resume = False
        self._after_save: Callable[[], None] | None = None
        self._shut_down = False
        self._variations_generation = 0
        # Gallery events come in bursts (one per moved row) and before the gallery has
        # recorded the edit for undo; refreshing once, right after the burst, sees it all.
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self._refresh)

        self.adder = ImageAdder(self)
        self.deleter = ImageDeleter(self)
        self.image_actions = create_image_actions(self, self.grid)

        self._build_menus_and_toolbar()
        self.zoom = ZoomControl(self)
        self.clear_cache_action = install_clear_cache(self)
        self._connect()
        self._connect_adding_and_deleting()
        self._refresh()
        # Connections, settings, remembered listings, Help menu (see window_extras.py).
        self.extras = WindowExtras(self)
        # Small windows: the panels give way before the grid drops below 3 columns.
        self.panel_room = PanelRoom(self, self.grid, [self.details_dock, self.browser_dock])

    def _connect_adding_and_deleting(self) -> None:
        """Add Images… / drops / Delete (ui/image_adding.py, ui/image_deleting.py)."""
        actions = self.image_actions
        file_menu, edit_menu = (
            self.menuBar().actions()[0].menu(),
            self.menuBar().actions()[1].menu(),
        )
        file_menu.insertAction(self.commands.reload, actions.add_images)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.delete)
        toolbar = self.findChild(QToolBar, "main-toolbar")
        toolbar.addSeparator()
        toolbar.addActions([actions.add_images, actions.delete])
        actions.add_images.triggered.connect(self.adder.choose_files)
        actions.delete.triggered.connect(self.deleter.delete_selected)
        self.grid.files_dropped.connect(self.adder.add)
        self.failed_uploads = FailedUploadsDock(self.gallery, self.adder.add, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.failed_uploads)
        # AutoScout24's T10/T20 cut lines (first 15 / 20 shown), on AS24 listings only.
        self.visibility_lines = VisibilityLines(self.grid, marketplace="autoscout24")
        self.grid.selectionModel().selectionChanged.connect(self._refresh_image_actions)
        self._refresh_image_actions()

    def _refresh_image_actions(self, *_args: object) -> None:
        self.image_actions.delete.setEnabled(self.grid.selectionModel().hasSelection())
        self.image_actions.add_images.setEnabled(self.gallery.listing is not None)

    # -- construction ------------------------------------------------------------------
    def _build_menus_and_toolbar(self) -> None:
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

    def _connect(self) -> None:
        a = self.commands
        a.open.triggered.connect(self.show_open_dialog)
        a.reload.triggered.connect(self.reload)
        a.save.triggered.connect(self.save)
        a.cancel_save.triggered.connect(self.cancel_save)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.gallery.undo)
        a.redo.triggered.connect(self.gallery.redo)
        self.gallery.subscribe(self._on_gallery_event)
        self.grid.selectionModel().selectionChanged.connect(self._show_selected)
        self.grid.visible_rows_changed.connect(self._fetch_visible_first)
        self.grid.doubleClicked.connect(self._retry_or_preview)
        self.commands.preview.triggered.connect(self.preview_current)
        self.commands.retry_thumbnails.triggered.connect(self.retry_failed_thumbnails)
        self.details.typing_changed.connect(lambda _typing: self._refresh())
        self.browser_dock.browser.titles_changed.connect(self._refresh)  # the title's name
        worker = self.save_worker
        worker.progress.connect(self._save_progressed)
        worker.finished.connect(self._save_finished)
        worker.failed.connect(self._save_failed)
        worker.conflict.connect(self._save_conflict)
        worker.cancelled.connect(self._save_cancelled)

    # -- state shown -------------------------------------------------------------------
    def _on_gallery_event(self, event: GalleryEvent) -> None:
        if isinstance(event, DirtyChanged):
            self._refresh()  # Save must be available the moment there is something to save
        elif isinstance(event, Reset):
            # A reload clears the grid's selection without a signal (Qt's selection model
            # resets silently); the panel must not keep editing images of the old state.
            self._show_selected()
        self._refresh_soon.start()

    def _show_selected(self, *_args: object) -> None:
        """Show the grid's selection in the details panel, in grid order."""
        order = self.gallery.order
        self.details.show_images([order[row] for row in self.grid.selected_rows()])

    def _refresh(self) -> None:
        """Bring title, status bar and actions in line with the gallery and the save."""
        listing = self.gallery.listing
        job = self._save_job
        saving = job is not None
        self.setWindowTitle(window_title(listing, self.browser_dock.browser, APP_TITLE))
        self.setWindowModified(self.gallery.dirty)
        self.status.show_listing(listing, len(self.gallery))
        # "Unsaved changes" beside a running save of exactly those changes reads as if the
        # save were not happening; the marker returns if the seller edits meanwhile.
        being_saved = job is not None and job.listing == listing and self._is_being_saved(job)
        self.status.show_dirty(self.gallery.dirty and not being_saved)
        a = self.commands
        # A name still being typed counts: Save commits it first.
        a.save.setEnabled((self.gallery.dirty or self.details.typing) and not saving)
        a.cancel_save.setEnabled(saving and not self._cancelling)
        a.open.setEnabled(not saving)
        a.reload.setEnabled(listing is not None and not saving)
        describe_undo(a.undo, "Undo", self.gallery.undo_label)
        describe_undo(a.redo, "Redo", self.gallery.redo_label)
        if hasattr(self, "image_actions"):
            self._refresh_image_actions()
        if self._loading is not None:
            loading = translated(self._loading.describe())
            self.grid.set_empty_text(self.tr("Loading {listing}…").format(listing=loading))
        elif listing is None:
            self.grid.set_empty_text(translated(NO_LISTING_TEXT))
        else:
            self.grid.set_empty_text(self.tr("This listing has no images."))

    def _show_error(self, message: str, *, dialog: bool = False) -> None:
        """In the status bar always; for failed saves also in a message box, since the
        seller must not walk away believing the marketplace has the new order."""
        self.status.show_error(message)
        if dialog:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, self
            )
            self.error_box.open()

    # -- thumbnails --------------------------------------------------------------------
    def _fetch_visible_first(self, first: int, last: int) -> None:
        self.loader.set_visible(self.gallery.order[first : last + 1])

    def _retry_or_preview(self, index: QModelIndex) -> None:
        """Double-clicking an error tile fetches its thumbnail again; any other tile opens
        the large preview."""
        image = index.data(ImageRole)
        if image is None:
            return
        if self.model.thumbnail_state(image.id) == ThumbnailState.FAILED:
            self.loader.retry([image])
        else:
            self.preview_row(index.row())

    def preview_current(self) -> None:
        """Space: the current tile, large."""
        index = self.grid.currentIndex()
        if index.isValid():
            self.preview_row(index.row())

    def preview_row(self, row: int) -> None:
        listing = self.gallery.listing
        if listing is None or not 0 <= row < len(self.gallery):
            return
        if self.preview is not None:
            self.preview.close()
        client = self.clients.client(listing.marketplace)
        self.preview = PreviewDialog(
            client, self.gallery.images, row, self.loader.executor, self, cache=self.loader.previews
        )
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()

    def _preview_closed(self, *_args: object) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    def retry_failed_thumbnails(self) -> None:
        """Fetch every failed thumbnail again (after the network came back, say)."""
        failed = [
            image
            for image in self.gallery
            if self.model.thumbnail_state(image.id) == ThumbnailState.FAILED
        ]
        self.loader.retry(failed)

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

    def open_from_browser(self, listing: ListingRef) -> None:
        """Open what the listing browser picked, asking about unsaved changes as File ▸ Open
        does; not while a save runs (Open is disabled then too)."""
        if self.saving:
            self.status.bar.showMessage(
                self.tr("Wait for the save to finish, then open it."), MESSAGE_MS
            )
            return
        self._open_unless_cancelled(listing)

    def _open_unless_cancelled(self, listing: ListingRef | None) -> None:
        if listing is not None:
            self._unless_cancelled(lambda: self.request_open(listing))

    async def open_listing(self, listing: ListingRef) -> bool:
        """Load `listing` and show it; on failure say why and keep what is shown."""
        self._open_generation += 1
        generation = self._open_generation
        self._loading = listing
        self._refresh()
        self.status.bar.showMessage(
            self.tr("Loading {listing}…").format(listing=translated(listing.describe()))
        )
        try:
            client = self.clients.client(listing.marketplace)
            images, details = await read_listing(client, listing)
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._open_generation:
                self._loading = None
                self.status.bar.clearMessage()
                self._show_error(
                    self.tr("Could not open {listing}: {reason}").format(
                        listing=translated(listing.describe()), reason=translated(explain(error))
                    )
                )
                self._refresh()
            return False
        if generation != self._open_generation:
            return False  # a later open superseded this one
        self._loading = None
        self._show(listing, images, details)
        self.status.bar.showMessage(
            self.tr("Opened {listing}.").format(listing=translated(listing.describe())), MESSAGE_MS
        )
        return True

    def _show(
        self, listing: ListingRef, images: list[Image], details: dict[str, ImageDetails]
    ) -> None:
        self.status.clear_error()
        client = self.clients.client(listing.marketplace)
        has_details = supports_details(client)
        self.details.set_listing(listing, has_details)
        self.gallery.load(listing, images, details)
        self.loader.load(client, images)
        if has_details:
            self._load_variations(listing)
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        self.grid.setFocus()
        self._refresh()

    def _load_variations(self, listing: ListingRef) -> None:
        """Fetch the item's variations for the panel's check list, in the background."""
        self._variations_generation += 1
        self.details.variations.set_loading()
        self.tasks.spawn(self._fetch_variations(listing, self._variations_generation))

    async def _fetch_variations(self, listing: ListingRef, generation: int) -> None:
        client = self.clients.client(listing.marketplace)
        fetch = getattr(client, "list_variations", None)
        try:
            variations = await fetch(listing.listing_id) if fetch is not None else []
        except MarketplaceError as error:
            if generation == self._variations_generation:
                self.details.variations.set_failed(error_text(error))
            return
        if generation == self._variations_generation and self.gallery.listing == listing:
            self.details.variations.set_variations(variations, listing.variation_id)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Send the new order and detail edits to the marketplace on the save worker;
        returns at once."""
        if self._save_job is not None or self.gallery.listing is None:
            return
        self.details.finish_editing()  # a name still being typed is part of what to save
        if self.adder.wait_before_save():  # saved once the uploads have finished
            return
        if not self.gallery.dirty:
            self.status.bar.showMessage(
                self.tr("Nothing to save: the marketplace has this listing.")
            )
            self._run_after_save()
            return
        self._start_save(overwrite=False)

    @property
    def saving(self) -> bool:
        return self._save_job is not None

    def _start_save(self, *, overwrite: bool) -> None:
        listing = self.gallery.listing
        assert listing is not None
        job = SaveJob(
            connection=self.clients.connection(listing.marketplace),
            listing=listing,
            loaded=self.gallery.loaded_images,  # deleted images included
            wanted=self.gallery.saveable_order,  # files still uploading are not on the server
            overwrite=overwrite,
            loaded_details=self.gallery.loaded_details_by_id,
            wanted_details=self.gallery.details_by_id,
            deleted=self.gallery.deleted_ids,
        )
        self.save_worker.submit(job)
        self._begin_job(
            job, self.tr("Saving {listing}…").format(listing=translated(listing.describe()))
        )

    def _is_being_saved(self, job: Job) -> bool:
        """Whether the gallery shows exactly what `job` is saving (no edit since)."""
        if self.gallery.saveable_order != job.wanted:
            return False
        if isinstance(job, SaveJob):
            return self.gallery.details_by_id == dict(job.wanted_details)
        return all(
            image_id in self.gallery.order and self.gallery.details(image_id) == details
            for image_id, details in job.wanted_details.items()
        )

    def _begin_job(self, job: Job, message: str) -> None:
        self._save_job = job
        self._save_progress = (0, 0)
        self._cancelling = False
        self.status.clear_error()
        self.status.show_progress(0, 0, message)
        self._refresh()

    def _end_job(self) -> None:
        self._save_job = None
        self._cancelling = False
        self.status.hide_progress()

    def _save_progressed(self, done: int, total: int, message: str) -> None:
        """Bar, count and the engine's latest words ("rate limit: waiting 42 s") in the
        status bar, so a save that stands still says why."""
        if self._save_job is None:
            return
        self._save_progress = (done, total)
        shown = self.tr("Cancelling…") if self._cancelling else translated(message)
        self.status.show_progress(done, total, shown)

    def cancel_save(self) -> None:
        """Stop the running save (Esc, or Cancel beside the progress bar); returns at once.

        The worker answers with `cancelled`, or with `finished` when the last call had
        already been answered; either way the window then shows the server's state.
        """
        if self._save_job is None or self._cancelling:
            return
        self._cancelling = True
        self.save_worker.cancel(self._save_job)
        self.status.bar.showMessage(self.tr("Cancelling…"))
        self._refresh()

    def _save_finished(self, job: Job, result: SaveResult) -> None:
        """Show what the server holds now (the engine re-read it after writing)."""
        self._end_job()
        if isinstance(job, ResumeJob):
            self._resume_finished(job, result)
            return
        details_saved = isinstance(job, SaveJob) and bool(
            edits_between(job.loaded_details, job.wanted_details)
        )
        self._show_saved_state(job, result.images, result.details)
        if result.verified:
            n = result.calls_made
            if details_saved:
                text = self.tr("Saved: %n change(s) sent; {listing} shows your changes.", "", n)
            else:
                text = self.tr("Saved: %n change(s) sent; {listing} shows your order.", "", n)
            shown = plural(text, n).format(listing=translated(job.listing.describe()))
            self.status.bar.showMessage(shown, MESSAGE_MS)
            self._run_after_save()
        else:
            self._after_save = None
            differences = "; ".join(translated(d) for d in result.differences[:3])
            if details_saved:
                text = self.tr("Saved, but the marketplace shows something else: {differences}")
            else:
                text = self.tr("Saved, but the marketplace shows a different order: {differences}")
            self._show_error(text.format(differences=differences), dialog=True)
        self._refresh()

    def _show_saved_state(
        self, job: SaveJob, images: list[Image], details: dict[str, ImageDetails]
    ) -> None:
        """Load the server's state; if the seller kept editing during the save, put those
        newer edits back on top (as unsaved changes) instead of losing them."""
        newer = self.gallery.order if self.gallery.order != job.wanted else None
        edits = edits_between(job.wanted_details, self.gallery.details_by_id)
        self._load_keeping(job.listing, images, details, newer, edits, "during save")

    def _load_keeping(
        self,
        listing: ListingRef,
        images: list[Image],
        details: dict[str, ImageDetails],
        keep: Sequence[str] | None,
        edits: Edits,
        why: str,
    ) -> None:
        """Show the server's `images` and `details`, then put the seller's order `keep` back
        on top as one undoable, unsaved edit: images gone from the server are dropped,
        images new there go last (the engine's `reconcile`); then the detail `edits`, fact
        by fact (kept_edits.py). Reading the server never loses an edit, and Undo steps back
        to exactly what the server holds. The selection survives too, so Make Main Image and
        the details panel still apply to what the seller had picked. `why` ends the undo
        labels: "Reorder during save", "Edit details (not saved)"."""
        selected, current = self._selection()
        # After a save the seller can still undo what they did (a new unsaved edit).
        self.gallery.load(listing, images, details, keep_history=why == "during save")
        self._select(selected, current)
        if keep is not None:
            order = reconcile(keep, images)
            if tuple(order) != self.gallery.order:
                self.gallery.set_order(order, KEPT_LABELS[why][0])
        reapply(self.gallery, edits, KEPT_LABELS[why][1])
        self.loader.load(self.clients.client(listing.marketplace), images)

    def _selection(self) -> tuple[list[str], str | None]:
        """Ids of the selected images and of the current one (a reload resets rows)."""
        order = self.gallery.order
        current = self.grid.currentIndex()
        current_id = order[current.row()] if current.isValid() else None
        return [order[row] for row in self.grid.selected_rows()], current_id

    def _select(self, image_ids: Sequence[str], current_id: str | None) -> None:
        """Select `image_ids` and make `current_id` current, where they still exist."""
        rows = {image.id: row for row, image in enumerate(self.gallery)}
        selection = self.grid.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        for image_id in image_ids:
            if image_id in rows:
                selection.select(self.model.index(rows[image_id]), flags.Select)
        if current_id is not None and current_id in rows:
            selection.setCurrentIndex(self.model.index(rows[current_id]), flags.NoUpdate)

    def _save_failed(self, job: Job, message: str) -> None:
        self._end_job()
        self._after_save = None
        if isinstance(job, ResumeJob):
            self._resumes.clear()  # likely the same cause; they stay in the journal
            waiting = self._journal_state(job.save.id) == "running"
            text = self.tr("Finishing the save of {listing} failed: {reason}")
            if waiting:
                text += "\n" + self.tr(
                    "It stays in the journal; ImageDeck offers it again at the next start."
                )
            shown = text.format(
                listing=translated(job.listing.describe()), reason=translated(message)
            )
            self._show_error(shown, dialog=True)
        else:
            text = self.tr(
                "Saving {listing} failed: {reason}\nYour new order is kept; try Save again."
            )
            shown = text.format(
                listing=translated(job.listing.describe()), reason=translated(message)
            )
            self._show_error(shown, dialog=True)
        self._refresh()

    def _save_conflict(self, job: SaveJob, message: str, places: Sequence = ()) -> None:
        self._end_job()
        pictures = conflict_pictures(self.model, places)
        choice = self.ask_conflict(self, translated(message), pictures)
        if choice is Choice.OVERWRITE:
            self._start_save(overwrite=True)
        else:
            self._after_save = None
            if choice is Choice.RELOAD:
                self.request_open(job.listing)
            else:
                self.status.bar.showMessage(self.tr("Not saved."), MESSAGE_MS)
        self._refresh()

    def _save_cancelled(self, job: Job) -> None:
        """Say how far the save got, then show what the server holds now, with the
        seller's order kept on top as unsaved changes (see `_reread_after_cancel`)."""
        done, total = self._save_progress
        self._end_job()
        self._after_save = None  # what waited for this save (close, open) waits no longer
        resuming = isinstance(job, ResumeJob)
        if resuming:
            self._resumes.clear()  # the ones not started stay in the journal
        listing = translated(job.listing.describe())
        if total and done and resuming:
            text = self.tr(
                "Finishing the save of {listing} cancelled — {done} of {total} changes were saved"
            )
        elif total and done:
            text = self.tr("Save cancelled — {done} of {total} changes were saved")
        elif resuming:  # nothing answered yet (the engine may or may not have told the total)
            text = self.tr(
                "Finishing the save of {listing} cancelled before any change was confirmed"
            )
        else:
            text = self.tr("Save cancelled before any change was confirmed")
        summary = text.format(listing=listing, done=done, total=total)
        if self.gallery.listing == job.listing:
            self.status.bar.showMessage(
                self.tr("{summary}; reading what the server holds now…").format(summary=summary)
            )
            # A resumed save's changes were never in this gallery: keep them unless the
            # seller has made changes of their own since.
            fallback = job if isinstance(job, ResumeJob) else None
            self.tasks.spawn(self._reread_after_cancel(job.listing, summary, fallback))
        else:
            self.status.bar.showMessage(self.tr("{summary}.").format(summary=summary))
        self._refresh()

    async def _reread_after_cancel(
        self, listing: ListingRef, summary: str, fallback: ResumeJob | None
    ) -> None:
        """A cancelled save leaves the server part-way between the old and the new state,
        and the gallery's "loaded" state no longer matches it. Read it again, so the next
        Save plans from the truth, and keep the seller's order and detail edits (as they
        are once the answer is in, including edits made meanwhile) as unsaved changes on
        top. A cancelled resumed save's changes (`fallback`) are kept the same way, unless
        the seller has changes of their own."""
        self._open_generation += 1
        generation = self._open_generation
        try:
            client = self.clients.client(listing.marketplace)
            images, details = await read_listing(client, listing)
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._open_generation:
                text = self.tr(
                    "{summary}, but reading {listing} again failed: {reason}. "
                    "Your changes are kept; Save asks before overwriting anything."
                )
                shown = text.format(
                    summary=summary,
                    listing=translated(listing.describe()),
                    reason=error_text(error),
                )
                self._show_error(shown)
            return
        if generation != self._open_generation or self.gallery.listing != listing:
            return  # another listing was opened meanwhile
        if fallback is None or self.gallery.dirty:
            keep = self.gallery.order
            edits = edits_between(self.gallery.loaded_details_by_id, self.gallery.details_by_id)
        else:
            keep = fallback.wanted
            edits = edits_between(details, fallback.wanted_details)
        self._load_keeping(listing, images, details, keep, edits, "(not saved)")
        self.status.bar.showMessage(
            self.tr("{summary}; the listing shows what the server holds now.").format(
                summary=summary
            )
        )
        self._refresh()

    def _run_after_save(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    # -- unfinished saves from an earlier session -------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first show asks about unfinished saves, once the window is on screen (the
        question is a dialog over it) and the event loop runs (the answer starts jobs)."""
        super().showEvent(event)
        if not self._offered_resume:
            QTimer.singleShot(0, self, self.offer_unfinished_saves)

    def offer_unfinished_saves(self) -> None:
        """Ask what to do with saves the journal holds as unfinished: finish them on the
        save worker now, leave them for later, or discard them. Asks once per window."""
        if self._offered_resume or self._shut_down or self.saving:
            return
        self._offered_resume = True
        try:
            with Journal(self.save_worker.journal_file) as journal:
                saves = journal.unfinished()
        except sqlite3.Error as error:
            self._show_error(
                self.tr("Could not read the save journal: {error}").format(error=error)
            )
            return
        if not saves:
            return
        entries = unfinished_saves(self.clients.connections, saves)
        choice = self.ask_resume(self, entries)
        if choice is Choice.FINISH:
            self._resumes = [entry for entry in entries if entry.resumable]
            if self._resumes:
                self._next_resume()
            else:
                self.status.bar.showMessage(
                    self.tr(
                        "No saved connection can finish these saves; they stay in the journal."
                    ),
                    MESSAGE_MS,
                )
        elif choice is Choice.DISCARD:
            self._discard(entries)
        else:
            if len(saves) == 1:
                text = self.tr(
                    "1 unfinished save waits in the journal; ImageDeck asks again at the next "
                    "start."
                )
            else:
                text = self.tr(
                    "{count} unfinished saves wait in the journal; ImageDeck asks again at the "
                    "next start."
                ).format(count=len(saves))
            self.status.bar.showMessage(text, MESSAGE_MS)

    def _next_resume(self) -> None:
        """Start the next journaled save, unless something (closing) waits for the end."""
        if self._after_save is not None:
            self._resumes.clear()
            self._run_after_save()
            return
        if self._resumes:
            entry = self._resumes.pop(0)
            assert entry.connection is not None
            job = self.save_worker.resume(entry.connection, entry.save)
            listing = translated(job.listing.describe())
            self._begin_job(
                job, self.tr("Finishing the save of {listing}…").format(listing=listing)
            )

    def _resume_finished(self, job: ResumeJob, result: SaveResult) -> None:
        """Show the listing's new state if it is the one open, say so, and go on."""
        listing = job.listing
        if self._loading == listing:
            self.request_open(listing)  # that read may have seen the half-saved order
        elif self.gallery.listing == listing:
            keep = self.gallery.order if self.gallery.dirty else None
            edits = edits_between(self.gallery.loaded_details_by_id, self.gallery.details_by_id)
            self._load_keeping(listing, result.images, result.details, keep, edits, "during save")
        n = result.calls_made
        if result.verified:
            text = self.tr(
                "Finished saving {listing}: %n change(s) sent; it shows the order you wanted.",
                "",
                n,
            )
            self.status.bar.showMessage(
                plural(text, n).format(listing=translated(listing.describe())), MESSAGE_MS
            )
        else:
            details = "; ".join(translated(d) for d in result.differences[:3])
            text = self.tr(
                "Finished saving {listing}, but the marketplace shows a different order: {details}"
            )
            self._show_error(
                text.format(listing=translated(listing.describe()), details=details), dialog=True
            )
        self._next_resume()
        self._refresh()

    def _discard(self, entries: Sequence[UnfinishedSave]) -> None:
        try:
            with Journal(self.save_worker.journal_file) as journal:
                for entry in entries:
                    journal.finish(entry.save.id, "cancelled", "discarded by the user")
        except sqlite3.Error as error:
            self._show_error(
                self.tr("Could not update the save journal: {error}").format(error=error)
            )
            return
        n = len(entries)
        text = plural(self.tr("Discarded %n unfinished save(s).", "", n), n)
        self.status.bar.showMessage(text, MESSAGE_MS)

    def _journal_state(self, save_id: int) -> str | None:
        """'running', 'done', 'cancelled', 'failed', or None if unknown or unreadable."""
        try:
            with Journal(self.save_worker.journal_file) as journal:
                save = journal.get(save_id)
        except sqlite3.Error:
            return None
        return save.state if save is not None else None

    # -- unsaved changes and closing ---------------------------------------------------
    def _unless_cancelled(self, proceed: Callable[[], None]) -> None:
        """Run `proceed` now, or after saving, or not at all, as the seller decides."""
        self.details.finish_editing()
        if not self.gallery.dirty or self.gallery.listing is None:
            proceed()
            return
        choice = self.ask_unsaved(self, translated(self.gallery.listing.describe()))
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
            self.status.bar.showMessage(self.tr("ImageDeck will close when the save has finished."))
            event.ignore()
            return
        self.details.finish_editing()
        if self.gallery.dirty and self.gallery.listing is not None:
            choice = self.ask_unsaved(self, translated(self.gallery.listing.describe()))
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
        if self.preview is not None:
            self.preview.reject()
        self.tasks.cancel_all()
        self.zoom.flush()
        self.browser_dock.shutdown()
        self.loader.close()
        self.save_worker.stop()

    async def aclose(self) -> None:
        """Close the GUI thread's connections (after the window has closed)."""
        await self.clients.aclose()
