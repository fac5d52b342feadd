"""The state under a `Gallery`: its rows, details, loaded state, undo history and events.

This is the part every edit goes through. An edit (in gallery.py) computes the order and
details it wants and hands them to `_record`; `_apply` then reaches that state row by row
(removals, insertions, then single-row moves), announcing each change in two phases
(model/gallery_events.py) so the Qt adapter can keep Qt's row contract. Reading, loading
and undo live here too, because they touch the same state and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from imagedeck.model.added_files import AddedFiles
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.edit_history import Edit, EditHistory
from imagedeck.model.gallery_events import (
    AboutToInsert,
    AboutToMove,
    AboutToRemove,
    AboutToReset,
    DetailsChanged,
    DirtyChanged,
    FailuresChanged,
    GalleryEvent,
    Inserted,
    Listener,
    Moved,
    Removed,
    Reset,
)
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import LocalFile
from imagedeck.model.sequences import longest_ordered_run


class GalleryState:
    """Ordered images of one listing, their details, the loaded state and the history."""

    def __init__(self) -> None:
        self.listing: ListingRef | None = None
        self._images: list[Image] = []
        self._rows: dict[str, int] = {}  # id → row, a hint checked by index_of
        self._loaded_order: tuple[str, ...] = ()
        self._details: dict[str, ImageDetails] = {}
        self._loaded_details: dict[str, ImageDetails] = {}
        self._details_changed: set[str] = set()  # ids whose details differ from the loaded
        self._listeners: list[Listener] = []
        self._history = EditHistory()
        # Every image seen since the load, by id, so undoing a delete can bring it back.
        self._known: dict[str, Image] = {}
        self._loaded_images: dict[str, Image] = {}
        self._added = AddedFiles()

    # -- observation -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, event: GalleryEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- reading -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._images)

    def __getitem__(self, index: int) -> Image:
        return self._images[index]

    def __iter__(self) -> Iterator[Image]:
        return iter(self._images)

    @property
    def images(self) -> tuple[Image, ...]:
        return tuple(self._images)

    @property
    def order(self) -> tuple[str, ...]:
        """Image ids in the order the user wants buyers to see them."""
        return tuple(image.id for image in self._images)

    @property
    def loaded_order(self) -> tuple[str, ...]:
        """Image ids in the order the server held them when loaded."""
        return self._loaded_order

    @property
    def dirty(self) -> bool:
        """Whether there is anything to save: the order or any image's details changed, or
        an added file is still on its way (a failed one is not: nothing would be saved)."""
        return bool(self._details_changed) or self.order_dirty

    @property
    def order_dirty(self) -> bool:
        return self.saveable_order != self._loaded_order or self.uploads_pending

    @property
    def details_dirty(self) -> bool:
        return bool(self._details_changed)

    @property
    def saveable_order(self) -> tuple[str, ...]:
        """The order without added files the marketplace does not hold (yet): what a Save
        can send."""
        return tuple(image_id for image_id in self.order if image_id not in self._added)

    @property
    def uploads_pending(self) -> bool:
        """Whether an added file in the grid is still waiting or uploading."""
        return bool(self.pending_uploads)

    @property
    def pending_uploads(self) -> list[str]:
        """Temporary ids of added files in the grid still waiting or uploading."""
        return self._added.pending(self.order)

    @property
    def deleted_ids(self) -> tuple[str, ...]:
        """Ids the server holds (as loaded) that the user deleted: Save deletes these."""
        present = set(self.order)
        return tuple(i for i in self._loaded_order if i not in present)

    @property
    def loaded_images(self) -> tuple[Image, ...]:
        """The server's images as loaded (deleted ones included), in the server's order."""
        return tuple(self._loaded_images[i] for i in self._loaded_order)

    def local_file(self, image_id: str) -> LocalFile | None:
        """The added file behind `image_id` (a temporary id, the server id it got, or a
        failed upload's id)."""
        return self._added.file(image_id)

    @property
    def failed_uploads(self) -> tuple[tuple[str, LocalFile], ...]:
        """Added files the marketplace refused or that could not be sent, oldest first.

        They are not images of the listing: they left the grid when they failed, so they
        are never numbered, counted, given details or saved; the window lists them apart
        with Retry and Remove."""
        return self._added.failed

    def details(self, image_id: str) -> ImageDetails:
        """The image's names, availabilities and links as the user wants them."""
        return self._details[image_id]

    def loaded_details(self, image_id: str) -> ImageDetails:
        """The image's details as the server held them when loaded."""
        return self._loaded_details[image_id]

    @property
    def details_by_id(self) -> dict[str, ImageDetails]:
        """Every image's wanted details (a copy), for the save engine's `wanted_details`.

        Added files not on the server yet are left out: a save cannot send details for an
        image the marketplace does not hold; they travel with the id once it arrives."""
        return {i: d for i, d in self._details.items() if i not in self._added}

    @property
    def loaded_details_by_id(self) -> dict[str, ImageDetails]:
        """Every image's loaded details (a copy), for the save engine's `loaded_details`."""
        return {i: d for i, d in self._loaded_details.items() if i not in self._added}

    @property
    def changed_details(self) -> dict[str, ImageDetails]:
        """The wanted details of only the images whose details differ from the loaded ones."""
        changed = self._details_changed
        return {image_id: self._details[image_id] for image_id in self.order if image_id in changed}

    def index_of(self, image_id: str) -> int:
        """The image's row. Constant time: the thumbnail loader asks once per thumbnail, and
        a linear search took 11 s of GUI-thread time over a 5,000-image listing (measured
        with benchmarks/grid_bench.py). The id → row map is checked on every answer and
        rebuilt when a move or load made it wrong, so no mutation needs to maintain it."""
        rows = self._rows
        row = rows.get(image_id)
        if row is not None and row < len(self._images) and self._images[row].id == image_id:
            return row
        rows.clear()
        rows.update((image.id, index) for index, image in enumerate(self._images))
        if image_id in rows:
            return rows[image_id]
        raise KeyError(image_id)

    def _row_or_none(self, image_id: str) -> int | None:
        try:
            return self.index_of(image_id)
        except KeyError:
            return None

    # -- loading -----------------------------------------------------------------------
    def load(
        self,
        listing: ListingRef,
        images: Sequence[Image],
        details: Mapping[str, ImageDetails] | None = None,
        *,
        keep_history: bool = False,
    ) -> None:
        """Replace everything with what the server holds; clears undo history, unless
        `keep_history` (the state a save of this listing left): then Undo still steps back
        through the seller's edits, each step a new unsaved edit against what the server
        holds now; steps about images the server no longer has lose those images.

        `details` maps image ids to their details; an image without an entry has none (a
        marketplace without details, or a caller that did not load them). Added files
        still in the grid stay where they were after a reload of the same listing.
        """
        was_dirty = self.dirty
        failures = len(self._added.failed)
        history = self._history.snapshot() if keep_history and listing == self.listing else None
        self._emit(AboutToReset())
        self.listing = listing
        kept = [
            (row, image, self._details[image.id], self._loaded_details[image.id])
            for row, image in enumerate(self._images)
            if image.id in self._added
        ]
        self._images = list(images)
        self._loaded_order = self.order
        self._loaded_images = {image.id: image for image in self._images}
        self._known = dict(self._loaded_images)
        given = details or {}
        self._details = {image.id: given.get(image.id, NO_DETAILS) for image in self._images}
        self._loaded_details = dict(self._details)
        self._details_changed.clear()
        self._history.clear()
        if self._added.keeps_for(listing, bool(kept)):
            for row, image, wanted, loaded in kept:
                self._images.insert(min(row, len(self._images)), image)
                self._known[image.id] = image
                self._details[image.id] = wanted
                self._loaded_details[image.id] = loaded
                if wanted != loaded:
                    self._details_changed.add(image.id)
        if history is not None:
            self._history.restore(history)
            for gone in self._history.ids() - set(self._known):
                self._history.forget(gone)
        self._emit(Reset())
        if len(self._added.failed) != failures:
            self._emit(FailuresChanged())
        if was_dirty != self.dirty:
            self._emit(DirtyChanged(self.dirty))

    # -- applying edits ----------------------------------------------------------------
    def _record(self, edit: Edit) -> None:
        """Make `edit` and put it on the undo stack; a new edit ends the redo branch."""
        self._apply(edit.after, edit.details_after)
        self._history.record(edit)

    def _apply(
        self, wanted: tuple[str, ...], details: Mapping[str, ImageDetails] | None = None
    ) -> None:
        """Reach the order `wanted` and set `details`; then say whether `dirty` changed.

        Events come in the order an adapter needs them: the row changes (removals,
        insertions, moves, each in two phases), then which images' details changed, then
        DirtyChanged once if the edit as a whole changed it.
        """
        was_dirty = self.dirty
        self._remove_missing(wanted)
        self._insert_missing(wanted)
        self._reorder(wanted)
        if details:
            for image_id, new in details.items():
                self._details[image_id] = new
                if new == self._loaded_details[image_id]:
                    self._details_changed.discard(image_id)
                else:
                    self._details_changed.add(image_id)
            self._emit(DetailsChanged(tuple(details)))
        if self.dirty != was_dirty:
            self._emit(DirtyChanged(self.dirty))

    def _remove_row(self, row: int) -> None:
        """Take one row out, announced before and after."""
        self._emit(AboutToRemove(row))
        self._images.pop(row)
        self._emit(Removed(row))

    def _remove_missing(self, wanted: Sequence[str]) -> None:
        """Take out the images `wanted` lacks, from the back so rows stay valid."""
        keep = set(wanted)
        for row in range(len(self._images) - 1, -1, -1):
            if self._images[row].id not in keep:
                self._remove_row(row)

    def _insert_missing(self, wanted: Sequence[str]) -> None:
        """Put back the images `wanted` holds and the gallery lacks, each right after its
        wanted predecessor (the moves that follow then have the least to do)."""
        present = {image.id for image in self._images}
        for index, image_id in enumerate(wanted):
            if image_id in present:
                continue
            row = 0 if index == 0 else self.index_of(wanted[index - 1]) + 1
            self._emit(AboutToInsert(row))
            self._images.insert(row, self._known[image_id])
            present.add(image_id)
            self._emit(Inserted(row))

    def _reorder(self, wanted: tuple[str, ...]) -> None:
        """Reach `wanted` with one move per image that must move, and no more.

        Images on a longest run already in the wanted relative order stay put; each other
        image is taken out and put right after its wanted predecessor. Moving one image to
        the end is one event pair, not n (the Qt adapter turns each into one beginMoveRows).
        """
        if wanted == self.order:
            return
        where = {image_id: index for index, image_id in enumerate(self.order)}
        run = longest_ordered_run([where[image_id] for image_id in wanted], strict=True)
        staying = {wanted[i] for i in run}
        ids = list(self.order)
        for target, image_id in enumerate(wanted):
            if image_id in staying:
                continue
            source = ids.index(image_id)
            ids.pop(source)
            dest = 0 if target == 0 else ids.index(wanted[target - 1]) + 1
            ids.insert(dest, image_id)
            if source == dest:
                continue
            self._emit(AboutToMove(source, dest))
            self._images.insert(dest, self._images.pop(source))
            self._emit(Moved(source, dest))

    # -- undo --------------------------------------------------------------------------
    @property
    def undo_label(self) -> str | None:
        return self._history.undo_label

    @property
    def redo_label(self) -> str | None:
        return self._history.redo_label

    def undo(self) -> bool:
        edit = self._history.take_undo()
        if edit is None:
            return False
        self._apply(edit.before, edit.details_before)
        return True

    def redo(self) -> bool:
        edit = self._history.take_redo()
        if edit is None:
            return False
        self._apply(edit.after, edit.details_after)
        return True
