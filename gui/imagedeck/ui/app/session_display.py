"""How the window shows a `ListingSession`: title, status line, actions, questions, errors.

The Qt side of session/ports.py's `SessionView`. It gets the narrow parts it shows things
in (the window for its title and as the parent of dialogs, the status panel, the actions,
the grid, the details panel, the thumbnail loader), never the whole window, so the window
itself stays layout and wiring. Texts keep the context "MainWindow": the window worded
them before, and the German catalogue holds them there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from imagedeck.marketplaces.base import Marketplace
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.place_changes import PlaceChange
from imagedeck.session.choices import Choice
from imagedeck.session.listing_session import ListingSession
from imagedeck.session.ports import Counted, Shown
from imagedeck.session.unfinished_saves import UnfinishedSave
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.app.status_panel import StatusPanel
from imagedeck.ui.app.window_actions import WindowActions, describe_undo
from imagedeck.ui.common.translated import translated
from imagedeck.ui.details.details_panel import DetailsPanel
from imagedeck.ui.grid.conflict_pictures import conflict_pictures
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader

APP_TITLE = "ImageDeck"
NO_LISTING_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow", "Open a listing with File ▸ Open Listing… (Ctrl+O)"
)


class Asker(Protocol):
    """The window's side: it answers the session's questions (attributes, so tests answer
    without dialogs) and words the texts with a count (see MainWindow.counted_text)."""

    ask_unsaved: Callable[..., Choice]
    ask_conflict: Callable[..., Choice]
    ask_resume: Callable[..., Choice]

    def counted_text(self, counted: Counted) -> str:
        """A count's text in the interface language, with Qt's numerus form."""


class SessionDisplay:
    """Implements `SessionView` for the main window."""

    def __init__(
        self,
        window: QMainWindow,
        asker: Asker,
        status: StatusPanel,
        commands: WindowActions,
        grid: ThumbnailGrid,
        details: DetailsPanel,
        loader: ThumbnailLoader,
    ) -> None:
        self._window = window
        self._asker = asker
        self.status = status
        self._commands = commands
        self._grid = grid
        self._details = details
        self._loader = loader
        self.session: ListingSession | None = None  # set once the session exists
        self.error_box: QMessageBox | None = None
        self.listing_name: Callable[[ListingRef], str] = lambda _listing: ""
        """The open listing's name for the title (the Listings panel knows it)."""
        self.refreshed: list[Callable[[], None]] = []
        """Called after each refresh (actions of window features that follow the state)."""

    @property
    def _parent(self) -> QWidget:
        return self._window

    def _shown(self, text: Shown) -> str:
        if isinstance(text, Counted):
            return self._asker.counted_text(text)
        return translated(text)

    # -- state shown -------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring title, status bar and actions in line with the gallery and the save."""
        session = self.session
        if session is None:
            return
        gallery = session.gallery
        listing = gallery.listing
        saving = session.saving
        self._window.setWindowTitle(window_title(listing, self.listing_name, APP_TITLE))
        self._window.setWindowModified(gallery.dirty)
        self.status.show_listing(listing, len(gallery))
        # "Unsaved changes" beside a running save of exactly those changes reads as if the
        # save were not happening; the marker returns if the seller edits meanwhile.
        self.status.show_dirty(gallery.dirty and not session.being_saved)
        a = self._commands
        # A name still being typed counts: Save commits it first.
        a.save.setEnabled((gallery.dirty or self._details.typing) and not saving)
        a.cancel_save.setEnabled(saving and not session.cancelling)
        a.open.setEnabled(not saving)
        a.reload.setEnabled(listing is not None and not saving)
        describe_undo(a.undo, "Undo", gallery.undo_label)
        describe_undo(a.redo, "Redo", gallery.redo_label)
        for follow in self.refreshed:
            follow()
        translate = QCoreApplication.translate
        if session.loading is not None:
            loading = translated(session.loading.describe())
            text = translate("MainWindow", "Loading {listing}…").format(listing=loading)
            self._grid.set_empty_text(text)
        elif listing is None:
            self._grid.set_empty_text(translated(NO_LISTING_TEXT))
        else:
            self._grid.set_empty_text(translate("MainWindow", "This listing has no images."))

    def say(self, text: Shown, timeout_ms: int = 0) -> None:
        self.status.bar.showMessage(self._shown(text), timeout_ms)

    def clear_message(self) -> None:
        self.status.bar.clearMessage()

    def show_error(self, text: Shown, *, dialog: bool = False) -> None:
        """In the status bar always; for failed saves also in a message box, since the
        seller must not walk away believing the marketplace has the new order."""
        message = self._shown(text)
        self.status.show_error(message)
        if dialog:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_TITLE,
                message,
                QMessageBox.StandardButton.Ok,
                self._parent,
            )
            self.error_box.open()

    def clear_error(self) -> None:
        self.status.clear_error()

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.status.show_progress(done, total, translated(text))

    def hide_progress(self) -> None:
        self.status.hide_progress()

    def finish_editing(self) -> None:
        self._details.finish_editing()

    # -- questions ---------------------------------------------------------------------
    def ask_unsaved(self, listing: ListingRef) -> Choice:
        return self._asker.ask_unsaved(self._parent, translated(listing.describe()))

    def ask_conflict(self, message: str, places: Sequence[PlaceChange] = ()) -> Choice:
        pictures = conflict_pictures(
            cast(GalleryListModel, self._grid.model()), places
        )  # places and thumbnails
        return self._asker.ask_conflict(self._parent, translated(message), pictures)

    def ask_resume(self, entries: Sequence[UnfinishedSave]) -> Choice:
        return self._asker.ask_resume(self._parent, entries)

    # -- the listing -------------------------------------------------------------------
    def opening(self, listing: ListingRef, has_details: bool) -> None:
        self._details.set_listing(listing, has_details)

    def opened(self) -> None:
        model = self._grid.model()
        if model.rowCount():
            self._grid.setCurrentIndex(model.index(0, 0))
        self._grid.setFocus()

    def show_thumbnails(self, client: Marketplace, images: Sequence[Image]) -> None:
        self._loader.load(client, images)

    def remember_selection(self) -> Callable[[], None]:
        """Ids of the selected images and of the current one (a reload resets rows); what
        is returned selects them again and makes the current one current, where they
        still exist."""
        assert self.session is not None
        gallery, grid = self.session.gallery, self._grid
        order = gallery.order
        current = grid.currentIndex()
        current_id = order[current.row()] if current.isValid() else None
        selected = [order[row] for row in grid.selected_rows()]

        def restore() -> None:
            rows = {image.id: row for row, image in enumerate(gallery)}
            selection, model = grid.selectionModel(), grid.model()
            flags = QItemSelectionModel.SelectionFlag
            for image_id in selected:
                if image_id in rows:
                    selection.select(model.index(rows[image_id], 0), flags.Select)
            if current_id is not None and current_id in rows:
                selection.setCurrentIndex(model.index(rows[current_id], 0), flags.NoUpdate)

        return restore

    def variations_loading(self) -> None:
        self._details.variations.set_loading()

    def variations_failed(self, reason: str) -> None:
        self._details.variations.set_failed(translated(reason))

    def variations_loaded(self, variations: list[Any], current: str | None) -> None:
        self._details.variations.set_variations(variations, current)


def window_title(listing: ListingRef | None, name_of: Callable[[ListingRef], str], app: str) -> str:
    """ "Outdoor-Geschenkset „Gipfel“ — plentymarkets item 101[*] — ImageDeck": the name
    the seller knows first, then which listing it is; the bare app name without one."""
    if listing is None:
        return app
    described = translated(listing.describe())
    name = name_of(listing)
    return f"{name} — {described}[*] — {app}" if name else f"{described}[*] — {app}"
