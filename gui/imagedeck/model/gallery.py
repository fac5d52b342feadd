"""The gallery owns the order of a listing's images, their details, and the user's unsaved edits.

The Qt list model is only an adapter: it listens to the events emitted here and turns each
`Moved` into beginMoveRows/endMoveRows. Every reorder is expressed as a sequence of single-row
moves so the adapter never has to reason about non-contiguous selections.

Details (names, availabilities, variation links; see model/details.py) are edited here too,
on the same undo stack as reorders: one undo entry holds the order before and after and the
details before and after of just the images it changed, so undo and redo restore the exact
prior state whatever mix of edits came before. `dirty` covers both, because one Save sends
both. The labelled convenience edits (set a name, make available in all stores, link to a
variation) live in model/detail_edits.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from imagedeck.model.detail_edits import DetailEdits
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.gallery_changes import GalleryChanges
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import LocalFile
from imagedeck.model.sequences import longest_ordered_run
from imagedeck.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Moved:
    """The image at index `source` now sits at index `dest` (indices after the move)."""

    source: int
    dest: int


@dataclass(frozen=True)
class Reset:
    """The whole list was replaced (a listing was loaded or reloaded)."""


@dataclass(frozen=True)
class DirtyChanged:
    """Whether the current state (order or details) differs from the loaded one changed."""

    dirty: bool


@dataclass(frozen=True)
class DetailsChanged:
    """The details of these images changed (an edit, or its undo or redo); rows stay put."""

    image_ids: tuple[str, ...]


@dataclass(frozen=True)
class Inserted:
    """An image now sits at index `row` (the rows from there on moved one down)."""

    row: int


@dataclass(frozen=True)
class Removed:
    """The image at index `row` left the gallery (the rows after it moved one up)."""

    row: int


@dataclass(frozen=True)
class Renamed:
    """The image at `row` got the server's id `new_id` in place of `old_id` (an upload
    finished); same picture, same place: the adapter refreshes that one row."""

    row: int
    old_id: str
    new_id: str


@dataclass(frozen=True)
class UploadChanged:
    """The upload state of the added image `image_id` changed (waiting, percent, …)."""

    image_id: str


@dataclass(frozen=True)
class FailuresChanged:
    """The list of failed uploads (`Gallery.failed_uploads`) changed: one joined or left."""


GalleryEvent = (
    Moved
    | Reset
    | DirtyChanged
    | DetailsChanged
    | Inserted
    | Removed
    | Renamed
    | UploadChanged
    | FailuresChanged
)
Listener = Callable[[GalleryEvent], None]


@dataclass(frozen=True)
class Edit:
    """One undoable edit: its label, the full order before and after, and the details before
    and after of the images it changed (empty for a pure reorder). Not to be mutated."""

    label: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    details_before: Mapping[str, ImageDetails] = field(default_factory=dict)
    details_after: Mapping[str, ImageDetails] = field(default_factory=dict)


class Gallery(GalleryChanges, DetailEdits):
    """Ordered images of one listing plus the edits made since it was loaded.

    Adding and deleting images (model/gallery_changes.py) are edits like reorders: the
    undo entry's order before and after then differ in which ids they hold, and `_apply`
    removes and inserts rows before it moves any.
    """

    def __init__(self) -> None:
        self.listing: ListingRef | None = None
        self._images: list[Image] = []
        self._rows: dict[str, int] = {}  # id → row, a hint checked by index_of
        self._loaded_order: tuple[str, ...] = ()
        self._details: dict[str, ImageDetails] = {}
        self._loaded_details: dict[str, ImageDetails] = {}
        self._details_changed: set[str] = set()  # ids whose details differ from the loaded
        self._listeners: list[Listener] = []
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        # Every image seen since the load, by id, so undoing a delete can bring it back.
        self._known: dict[str, Image] = {}
        self._loaded_images: dict[str, Image] = {}
        self._local: dict[str, LocalFile] = {}  # added from disk, by (temporary) id
        self._uploaded: dict[str, LocalFile] = {}  # added files now on the server, by id
        self._local_listing: ListingRef | None = None  # the listing `_local` belongs to
        # Added files the marketplace refused: not images of the listing (never numbered,
        # counted or saved), kept apart for Retry / Remove; by temporary id, oldest first.
        self._failed: dict[str, LocalFile] = {}

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
        return {i: d for i, d in self._details.items() if i not in self._local}

    @property
    def loaded_details_by_id(self) -> dict[str, ImageDetails]:
        """Every image's loaded details (a copy), for the save engine's `loaded_details`."""
        return {i: d for i, d in self._loaded_details.items() if i not in self._local}

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
        through the seller's edits, and each step is a new unsaved edit against what the
        server holds now. Steps about images the server no longer has (deleted by the save)
        lose those images, and a step left with nothing to do is dropped.

        `details` maps image ids to their details; an image without an entry has none (a
        marketplace without details, or a caller that did not load them).
        """
        kept = (self._undo[:], self._redo[:]) if keep_history and listing == self.listing else None
        was_dirty = self.dirty
        self.listing = listing
        kept_local = [
            (row, image, self._details[image.id], self._loaded_details[image.id])
            for row, image in enumerate(self._images)
            if image.id in self._local
        ]
        self._images = list(images)
        self._loaded_order = self.order
        self._loaded_images = {image.id: image for image in self._images}
        self._known = dict(self._loaded_images)
        given = details or {}
        self._details = {image.id: given.get(image.id, NO_DETAILS) for image in self._images}
        self._loaded_details = dict(self._details)
        self._details_changed.clear()
        self._undo.clear()
        self._redo.clear()
        self._keep_local_after_load(listing, kept_local)
        if kept is not None:
            self._undo[:], self._redo[:] = kept
            in_history = {i for e in [*self._undo, *self._redo] for i in (*e.before, *e.after)}
            for gone in in_history - set(self._known):
                self._forget_in_history(gone)
        self._emit(Reset())
        if was_dirty != self.dirty:
            self._emit(DirtyChanged(self.dirty))

    # -- editing -----------------------------------------------------------------------
    def move(
        self, rows: Iterable[int], dest: int, label: str = QT_TRANSLATE_NOOP("Gallery", "Move")
    ) -> bool:
        """Move the images at `rows` so they sit together, in their current relative order,
        starting at the slot that was before row `dest` (0 = front, len = end).

        This is drop semantics: `dest` indexes the list as it was before the move, like
        Qt's drop row. Returns False (and records nothing) when the order does not change.
        """
        picked = sorted(set(rows))
        if not picked:
            return False
        if picked[0] < 0 or picked[-1] >= len(self._images):
            raise IndexError(f"rows {picked} out of range 0..{len(self._images) - 1}")
        dest = max(0, min(dest, len(self._images)))
        moving = [self._images[row].id for row in picked]
        picked_set = set(picked)
        staying = [image.id for i, image in enumerate(self._images) if i not in picked_set]
        insert_at = dest - sum(1 for row in picked if row < dest)
        wanted = staying[:insert_at] + moving + staying[insert_at:]
        return self.set_order(wanted, label)

    def move_to_front(self, rows: Iterable[int]) -> bool:
        return self.move(rows, 0, QT_TRANSLATE_NOOP("Gallery", "Make main image"))

    def move_to_end(self, rows: Iterable[int]) -> bool:
        return self.move(rows, len(self._images), QT_TRANSLATE_NOOP("Gallery", "Move to end"))

    def shift(self, rows: Iterable[int], step: int) -> bool:
        """Move the selection `step` places (−1 = one left) as a block, clamped at the ends."""
        picked = sorted(set(rows))
        if not picked:
            return False
        if step < 0:
            dest = max(0, picked[0] + step)
        else:
            dest = min(len(self._images), picked[-1] + 1 + step)
        label = (
            QT_TRANSLATE_NOOP("Gallery", "Move left")
            if step < 0
            else QT_TRANSLATE_NOOP("Gallery", "Move right")
        )
        return self.move(picked, dest, label)

    def set_order(
        self, wanted: Sequence[str], label: str = QT_TRANSLATE_NOOP("Gallery", "Reorder")
    ) -> bool:
        """Reorder to exactly `wanted` (a permutation of the current ids), as one undo step."""
        before = self.order
        after = tuple(wanted)
        after = self._with_local_kept(after)
        if after == before:
            return False
        if sorted(after) != sorted(before):
            raise ValueError("the wanted order must be a permutation of the gallery's images")
        self._record(Edit(label, before, after))
        return True

    def edit_details(
        self,
        image_ids: Iterable[str],
        transform: Callable[[ImageDetails], ImageDetails],
        label: str,
    ) -> bool:
        """Apply `transform` to the details of every image in `image_ids`, as one undo step.

        Returns False (and records nothing) when no image's details change.
        """
        return self.edit_each({image_id: transform for image_id in image_ids}, label)

    def edit_each(
        self,
        transforms: Mapping[str, Callable[[ImageDetails], ImageDetails]],
        label: str,
    ) -> bool:
        """Apply a transform of its own to each image, all as ONE undo step — e.g. putting
        different images' kept edits back after a re-read, which the user sees as one act.

        All new details are computed before anything changes, so a transform that raises
        (bad input: an unknown language, a value that is not a number) leaves the gallery as
        it was. Returns False (and records nothing) when no image's details change.
        """
        unknown = [image_id for image_id in transforms if image_id not in self._details]
        if unknown:
            raise KeyError(f"images not in the gallery: {unknown}")
        before = {image_id: self._details[image_id] for image_id in transforms}
        after = {
            image_id: transform(before[image_id]) for image_id, transform in transforms.items()
        }
        changed = [image_id for image_id in transforms if after[image_id] != before[image_id]]
        if not changed:
            return False
        order = self.order
        self._record(
            Edit(
                label,
                order,
                order,
                {image_id: before[image_id] for image_id in changed},
                {image_id: after[image_id] for image_id in changed},
            )
        )
        return True

    def _record(self, edit: Edit) -> None:
        """Make `edit` and put it on the undo stack; a new edit ends the redo branch."""
        self._apply(edit.after, edit.details_after)
        self._undo.append(edit)
        self._redo.clear()

    def _apply(
        self, wanted: tuple[str, ...], details: Mapping[str, ImageDetails] | None = None
    ) -> None:
        """Reach the order `wanted` and set `details`; then say whether `dirty` changed.

        Events come in the order an adapter needs them: the moves, then which images' details
        changed, then DirtyChanged once if the edit as a whole changed it.
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

    def _reorder(self, wanted: tuple[str, ...]) -> None:
        """Reach `wanted` with one `Moved` per image that must move, and no more.

        Images on a longest run already in the wanted relative order stay put; each other
        image is taken out and put right after its wanted predecessor. Moving one image to
        the end is one event, not n (the Qt adapter turns each into one beginMoveRows).
        """
        if wanted == self.order:
            return
        staying = _longest_ordered_run(self.order, wanted)
        ids = list(self.order)
        for target, image_id in enumerate(wanted):
            if image_id in staying:
                continue
            source = ids.index(image_id)
            ids.pop(source)
            dest = 0 if target == 0 else ids.index(wanted[target - 1]) + 1
            ids.insert(dest, image_id)
            self._images.insert(dest, self._images.pop(source))
            if source != dest:
                self._emit(Moved(source, dest))

    # -- undo --------------------------------------------------------------------------
    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> bool:
        if not self._undo:
            return False
        edit = self._undo.pop()
        self._apply(edit.before, edit.details_before)
        self._redo.append(edit)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        edit = self._redo.pop()
        self._apply(edit.after, edit.details_after)
        self._undo.append(edit)
        return True


def _longest_ordered_run(current: Sequence[str], wanted: Sequence[str]) -> set[str]:
    """Ids forming a longest subsequence of `wanted` whose current order is already right."""
    where = {image_id: index for index, image_id in enumerate(current)}
    run = longest_ordered_run([where[image_id] for image_id in wanted], strict=True)
    return {wanted[i] for i in run}
