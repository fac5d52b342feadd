"""Reading a listing into the gallery: opening one, and re-reading it keeping edits.

Part of `ListingSession` (composed): it owns which read is the current one, so a slow
answer for a listing opened earlier, or a re-read superseded by an open, never lands in
the gallery; and it loads the item's variations for the details panel. Re-reading keeps
the seller's unsaved order and detail edits on top of what the server holds
(`load_keeping`, model/kept_edits.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from imagedeck.error_advice import explain
from imagedeck.marketplaces.base import HasVariations
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.details import ImageDetails
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.kept_edits import Edits, reapply
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.listing_reader import read_listing, supports_details
from imagedeck.session.ports import Clients, NoConnectionError, SessionView
from imagedeck.session.save_texts import error_text
from imagedeck.sync.engine import reconcile
from imagedeck.texts import QT_TRANSLATE_NOOP

MESSAGE_MS = 8000
# The undo labels of edits kept on top of a re-read (see `load_keeping`), by `why`.
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


class ListingOpener:
    """Reads listings for one gallery; the latest read wins."""

    def __init__(
        self, gallery: Gallery, clients: Clients, view: SessionView, tasks: BackgroundTasks
    ) -> None:
        self.gallery = gallery
        self.clients = clients
        self.view = view
        self.tasks = tasks
        self.loading: ListingRef | None = None
        self._open_generation = 0
        self._variations_generation = 0

    async def open_listing(self, listing: ListingRef) -> bool:
        """Load `listing` and show it; on failure say why and keep what is shown."""
        self._open_generation += 1
        generation = self._open_generation
        self.loading = listing
        self.view.refresh()
        self.view.say(
            QT_TRANSLATE_NOOP("MainWindow", "Loading {listing}…").format(listing=listing.describe())
        )
        try:
            client = self.clients.client(listing.marketplace)
            images, details = await read_listing(client, listing)
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._open_generation:
                self.loading = None
                self.view.clear_message()
                self.view.show_error(
                    QT_TRANSLATE_NOOP("MainWindow", "Could not open {listing}: {reason}").format(
                        listing=listing.describe(), reason=explain(error)
                    )
                )
                self.view.refresh()
            return False
        if generation != self._open_generation:
            return False  # a later open superseded this one
        self.loading = None
        self._show(listing, images, details)
        self.view.say(
            QT_TRANSLATE_NOOP("MainWindow", "Opened {listing}.").format(listing=listing.describe()),
            MESSAGE_MS,
        )
        return True

    def _show(
        self, listing: ListingRef, images: list[Image], details: dict[str, ImageDetails]
    ) -> None:
        self.view.clear_error()
        client = self.clients.client(listing.marketplace)
        has_details = supports_details(client)
        self.view.opening(listing, has_details)
        self.gallery.load(listing, images, details)
        self.view.show_thumbnails(client, images)
        if has_details:
            self._load_variations(listing)
        self.view.opened()
        self.view.refresh()

    def _load_variations(self, listing: ListingRef) -> None:
        """Fetch the item's variations for the panel's check list, in the background."""
        self._variations_generation += 1
        self.view.variations_loading()
        self.tasks.spawn(self._fetch_variations(listing, self._variations_generation))

    async def _fetch_variations(self, listing: ListingRef, generation: int) -> None:
        client = self.clients.client(listing.marketplace)
        try:
            variations = (
                await cast(HasVariations, client).list_variations(listing.listing_id)
                if client.capabilities.variations
                else []
            )
        except MarketplaceError as error:
            if generation == self._variations_generation:
                self.view.variations_failed(error_text(error))
            return
        if generation == self._variations_generation and self.gallery.listing == listing:
            self.view.variations_loaded(variations, listing.variation_id)

    def load_keeping(
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
        restore_selection = self.view.remember_selection()
        # After a save the seller can still undo what they did (a new unsaved edit).
        self.gallery.load(listing, images, details, keep_history=why == "during save")
        restore_selection()
        if keep is not None:
            order = reconcile(keep, images)
            if tuple(order) != self.gallery.order:
                self.gallery.set_order(order, KEPT_LABELS[why][0])
        reapply(self.gallery, edits, KEPT_LABELS[why][1])
        self.view.show_thumbnails(self.clients.client(listing.marketplace), images)

    async def reread(
        self, listing: ListingRef
    ) -> tuple[list[Image], dict[str, ImageDetails]] | None:
        """The listing as the server holds it now, or None when another open or re-read
        superseded this one (or another listing is shown by the time the answer is in).
        A failed read raises only while it is still the current one."""
        self._open_generation += 1
        generation = self._open_generation
        try:
            client = self.clients.client(listing.marketplace)
            answer = await read_listing(client, listing)
        except (MarketplaceError, NoConnectionError):
            if generation == self._open_generation:
                raise
            return None
        if generation != self._open_generation or self.gallery.listing != listing:
            return None
        return answer
