"""The gallery owns the order of a listing's images, their details, and the user's unsaved edits.

The Qt list model is only an adapter: it listens to the events the gallery emits
(model/gallery_events.py, two phases per row change) and turns each pair into Qt's
begin*/end* calls. Every reorder is expressed as a sequence of single-row moves so the
adapter never has to reason about non-contiguous selections.

This file holds the edits, each one undo step: reorders, detail edits (on the same undo
stack: one entry holds the order before and after and the details before and after of
just the images it changed), adding files and deleting images. The state they change,
loading and undo live in model/gallery_state.py; the labelled convenience edits (set a
name, make available in all stores, link to a variation) in model/detail_edits.py; the
bookkeeping of added files' uploads in model/added_files.py, a composed object.

Why deletes are edits and not calls: the seller must be able to change their mind. A delete
takes the rows out of the grid at once and records one undo step; nothing reaches the
marketplace before Save, which sends one DELETE per image the loaded state has and the
wanted order lacks (`deleted_ids`). Adding works the same way in the grid (one undo step
per drop), but the upload itself starts at once in the background, because sellers expect
"dropped" to mean "on its way". An upload that finishes swaps the temporary id for the
server's id everywhere, undo history included (`upload_finished`), and the new image joins
the loaded state where the server put it — so a deleted-then-uploaded file is simply a
loaded image the wanted order lacks, and Save deletes it like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from imagedeck.model.detail_edits import DetailEdits
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.edit_history import Edit
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
    Renamed,
    Reset,
    RowsAboutToChange,
    UploadChanged,
)
from imagedeck.model.gallery_state import GalleryState
from imagedeck.model.image import Image
from imagedeck.model.local_images import LocalFile, UploadState, new_temp_id
from imagedeck.texts import QT_TRANSLATE_NOOP

__all__ = [
    "AboutToInsert",
    "AboutToMove",
    "AboutToRemove",
    "AboutToReset",
    "DetailsChanged",
    "DirtyChanged",
    "FailuresChanged",
    "Edit",
    "Gallery",
    "GalleryEvent",
    "Inserted",
    "Listener",
    "Moved",
    "Removed",
    "Renamed",
    "Reset",
    "RowsAboutToChange",
    "UploadChanged",
]


class Gallery(GalleryState, DetailEdits):
    """Ordered images of one listing plus the edits made since it was loaded.

    Adding and deleting images are edits like reorders: the undo entry's order before and
    after then differ in which ids they hold, and `_apply` removes and inserts rows before
    it moves any.
    """

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

    # -- adding ------------------------------------------------------------------------
    def insert_files(
        self, row: int, paths: Sequence[str | Path], details: Sequence[ImageDetails] = ()
    ) -> list[str]:
        """Put one new tile per file before `row` (len = at the end), as ONE undo step;
        returns their temporary ids, in order. Each starts as WAITING.

        `details` (one per file) are what the marketplace will give each file when it
        arrives (plentymarkets: shown everywhere, named as sent): they count as loaded, so
        the panel shows the truth before Save, and an edit made meanwhile is saved as a
        change once the file is on the server."""
        if not paths:
            return []
        row = max(0, min(row, len(self._images)))
        ids = [new_temp_id() for _ in paths]
        given = list(details) or [NO_DETAILS] * len(paths)
        for image_id, path, fresh in zip(ids, paths, given, strict=True):
            self._added.add(image_id, path)
            self._known[image_id] = Image(id=image_id)
            self._details[image_id] = fresh
            self._loaded_details[image_id] = fresh
        before = self.order
        after = before[:row] + tuple(ids) + before[row:]
        label = (
            QT_TRANSLATE_NOOP("Gallery", "Add image")
            if len(ids) == 1
            else QT_TRANSLATE_NOOP("Gallery", "Add {count} images").format(count=len(ids))
        )
        self._record(Edit(label, before, after))
        return ids

    def set_upload_state(
        self, image_id: str, state: UploadState, percent: int = 0, reason: str = ""
    ) -> None:
        """Record how an added file's upload goes; ignored for an unknown id. A failed one
        leaves the grid and the history for `failed_uploads` (when it was still in the
        grid: one the seller deleted meanwhile is simply forgotten)."""
        was_dirty = self.dirty
        if not self._added.set_state(image_id, state, percent, reason):
            return
        if state is UploadState.FAILED:
            local = self._added.file(image_id)
            if self._drop_local(image_id) and local is not None:
                self._added.fail(image_id, local)
                self._emit(FailuresChanged())
        else:
            self._emit(UploadChanged(image_id))
        if self.dirty != was_dirty:
            self._emit(DirtyChanged(self.dirty))

    def take_failed(self, image_id: str) -> LocalFile | None:
        """Take a failed upload off the list (Remove, or Retry which adds its file again);
        None for an unknown id."""
        local = self._added.take_failed(image_id)
        if local is not None:
            self._emit(FailuresChanged())
        return local

    def upload_finished(self, temp_id: str, image: Image) -> None:
        """The file behind `temp_id` is on the server as `image`: the tile (wherever it is
        now, or in the undo history if deleted meanwhile) becomes that image, and the
        loaded state gains it at the place the server shows it."""
        was_dirty = self.dirty
        new_id = image.id
        if not self._added.finish(temp_id, new_id):
            return
        self._known.pop(temp_id, None)
        self._known[new_id] = image
        self._details[new_id] = self._details.pop(temp_id, NO_DETAILS)
        self._loaded_details[new_id] = self._loaded_details.pop(temp_id, NO_DETAILS)
        if temp_id in self._details_changed:
            self._details_changed.discard(temp_id)
            self._details_changed.add(new_id)
        self._loaded_images[new_id] = image
        self._loaded_order = _server_order(self._loaded_order, self._loaded_images, new_id)
        self._history.rename(temp_id, new_id)
        row = self._row_or_none(temp_id)  # None: deleted meanwhile, only in the history
        if row is not None:
            self._images[row] = image
            self._emit(Renamed(row, temp_id, new_id))
        if self.dirty != was_dirty:
            self._emit(DirtyChanged(self.dirty))

    def discard_files(self, image_ids: Iterable[str]) -> None:
        """Take added files out for good, without an undo step (a skipped duplicate):
        they leave the grid and every undo entry."""
        for image_id in list(image_ids):
            if image_id not in self._added:
                continue
            was_dirty = self.dirty
            self._drop_local(image_id)
            if self.dirty != was_dirty:
                self._emit(DirtyChanged(self.dirty))

    def _drop_local(self, image_id: str) -> bool:
        """Take an added file out of the grid, its bookkeeping and every undo entry;
        returns whether it was in the grid."""
        row = self._row_or_none(image_id)
        if row is not None:
            self._remove_row(row)
        self._added.drop(image_id)
        self._known.pop(image_id, None)
        self._details.pop(image_id, None)
        self._loaded_details.pop(image_id, None)
        self._details_changed.discard(image_id)
        self._history.forget(image_id)
        return row is not None

    # -- deleting ----------------------------------------------------------------------
    def remove(self, rows: Iterable[int], new_main: str | None = None) -> bool:
        """Delete the images at `rows` as ONE undo step. When the main image goes,
        `new_main` (an id that stays) becomes the main image in the same step; without
        it the next image does, as the marketplace itself would show."""
        picked = sorted(set(rows))
        if not picked:
            return False
        if picked[0] < 0 or picked[-1] >= len(self._images):
            raise IndexError(f"rows {picked} out of range 0..{len(self._images) - 1}")
        gone = {self._images[row].id for row in picked}
        after = [i for i in self.order if i not in gone]
        if new_main is not None:
            if new_main not in after:
                raise ValueError(f"image {new_main} cannot become the main image: it is deleted")
            after.remove(new_main)
            after.insert(0, new_main)
        label = (
            QT_TRANSLATE_NOOP("Gallery", "Delete image")
            if len(picked) == 1
            else QT_TRANSLATE_NOOP("Gallery", "Delete {count} images").format(count=len(picked))
        )
        self._record(Edit(label, self.order, tuple(after)))
        return True

    def _with_local_kept(self, wanted: tuple[str, ...]) -> tuple[str, ...]:
        """`wanted` with the added files it leaves out put back at their current places.

        Orders computed from the server (a reload keeping the seller's order, `reconcile`)
        know nothing of files still uploading; those must not vanish from the grid."""
        missing = [
            (row, image.id)
            for row, image in enumerate(self._images)
            if image.id in self._added and image.id not in wanted
        ]
        if not missing:
            return wanted
        result = list(wanted)
        for row, image_id in missing:
            result.insert(min(row, len(result)), image_id)
        return tuple(result)


def _server_order(
    order: tuple[str, ...], images: Mapping[str, Image], new_id: str
) -> tuple[str, ...]:
    """Where the server shows a new image: by (position, id) for plentymarkets, at the end
    for AutoScout24 (which appends uploads to its image order)."""
    ids = [i for i in order if i != new_id] + [new_id]
    if all(images[i].position is not None for i in ids):
        return tuple(sorted(ids, key=lambda i: (images[i].position or 0, _numeric(i))))
    return tuple(ids)


def _numeric(image_id: str) -> int:
    return int(image_id) if image_id.isdigit() else 0
