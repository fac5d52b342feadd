"""Adding files to and deleting images from a `Gallery`, as undoable edits.

Kept apart from gallery.py so the order/undo core stays readable; `Gallery` mixes this in.

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

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import LocalFile, UploadState, new_temp_id
from imagedeck.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from imagedeck.model.gallery import Edit, GalleryEvent


class GalleryChanges:
    """Insert, remove and upload bookkeeping; see the module docstring."""

    listing: ListingRef | None
    _images: list[Image]
    _known: dict[str, Image]
    _loaded_images: dict[str, Image]
    _loaded_order: tuple[str, ...]
    _local: dict[str, LocalFile]
    _uploaded: dict[str, LocalFile]
    _local_listing: ListingRef | None
    _failed: dict[str, LocalFile]
    _details: dict[str, ImageDetails]
    _loaded_details: dict[str, ImageDetails]
    _details_changed: set[str]
    _undo: list[Edit]
    _redo: list[Edit]

    if TYPE_CHECKING:

        @property
        def order(self) -> tuple[str, ...]: ...
        @property
        def dirty(self) -> bool: ...
        def _emit(self, event: GalleryEvent) -> None: ...
        def _record(self, edit: Edit) -> None: ...

    # -- reading -----------------------------------------------------------------------
    @property
    def saveable_order(self) -> tuple[str, ...]:
        """The order without added files the marketplace does not hold (yet): what a Save
        can send."""
        return tuple(image_id for image_id in self.order if image_id not in self._local)

    @property
    def uploads_pending(self) -> bool:
        """Whether an added file in the grid is still waiting or uploading."""
        present = set(self.order)
        return any(f.pending for i, f in self._local.items() if i in present)

    @property
    def pending_uploads(self) -> list[str]:
        """Temporary ids of added files in the grid still waiting or uploading."""
        return [i for i in self.order if i in self._local and self._local[i].pending]

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
        """The added file behind `image_id` (a temporary id, or the server id it got, or
        a failed upload's id)."""
        return (
            self._local.get(image_id) or self._uploaded.get(image_id) or self._failed.get(image_id)
        )

    @property
    def failed_uploads(self) -> tuple[tuple[str, LocalFile], ...]:
        """Added files the marketplace refused or that could not be sent, oldest first.

        They are not images of the listing: they left the grid when they failed, so they
        are never numbered, counted, given details or saved; the window lists them apart
        with Retry and Remove."""
        return tuple(self._failed.items())

    def take_failed(self, image_id: str) -> LocalFile | None:
        """Take a failed upload off the list (Remove, or Retry which adds its file again);
        None for an unknown id."""
        local = self._failed.pop(image_id, None)
        if local is not None:
            self._emit(_failures_changed())
        return local

    # -- adding ------------------------------------------------------------------------
    def insert_files(
        self,
        row: int,
        paths: Sequence[str | Path],
        details: Sequence[ImageDetails] = (),
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
            self._local[image_id] = LocalFile(Path(path))
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
        self._record(_edit(label, before, after))
        return ids

    def set_upload_state(
        self, image_id: str, state: UploadState, percent: int = 0, reason: str = ""
    ) -> None:
        """Record how an added file's upload goes; ignored for an unknown id. A failed one
        leaves the grid and the history for `failed_uploads` (when it was still in the
        grid: one the seller deleted meanwhile is simply forgotten)."""
        local = self._local.get(image_id)
        if local is None:
            return
        was_dirty = self.dirty
        updated = LocalFile(local.path, state, max(0, min(percent, 100)), reason)
        if state is UploadState.FAILED:
            if self._drop_local(image_id):
                self._failed[image_id] = updated
                self._emit(_failures_changed())
        else:
            self._local[image_id] = updated
            self._emit(_upload_changed(image_id))
        if self.dirty != was_dirty:
            self._emit(_dirty_changed(self.dirty))

    def upload_finished(self, temp_id: str, image: Image) -> None:
        """The file behind `temp_id` is on the server as `image`: the tile (wherever it is
        now, or in the undo history if deleted meanwhile) becomes that image, and the
        loaded state gains it at the place the server shows it."""
        local = self._local.pop(temp_id, None)
        if local is None:
            return
        was_dirty = self.dirty
        new_id = image.id
        self._uploaded[new_id] = LocalFile(local.path, UploadState.DONE, 100)
        self._known.pop(temp_id, None)
        self._known[new_id] = image
        self._details[new_id] = self._details.pop(temp_id, NO_DETAILS)
        self._loaded_details[new_id] = self._loaded_details.pop(temp_id, NO_DETAILS)
        if temp_id in self._details_changed:
            self._details_changed.discard(temp_id)
            self._details_changed.add(new_id)
        self._loaded_images[new_id] = image
        self._loaded_order = _server_order(self._loaded_order, self._loaded_images, new_id)
        self._rename_in_history(temp_id, new_id)
        row = self._row_or_none(temp_id)  # None: deleted meanwhile, only in the history
        if row is not None:
            self._images[row] = image
            self._emit(_renamed(row, temp_id, new_id))
        if self.dirty != was_dirty:
            self._emit(_dirty_changed(self.dirty))

    def discard_files(self, image_ids: Iterable[str]) -> None:
        """Take added files out for good, without an undo step (a skipped duplicate):
        they leave the grid and every undo entry."""
        for image_id in list(image_ids):
            if image_id not in self._local:
                continue
            was_dirty = self.dirty
            self._drop_local(image_id)
            if self.dirty != was_dirty:
                self._emit(_dirty_changed(self.dirty))

    def _drop_local(self, image_id: str) -> bool:
        """Take an added file out of the grid, its bookkeeping and every undo entry;
        returns whether it was in the grid."""
        row = self._row_or_none(image_id)
        if row is not None:
            self._images.pop(row)
            self._emit(_removed(row))
        del self._local[image_id]
        self._known.pop(image_id, None)
        self._details.pop(image_id, None)
        self._loaded_details.pop(image_id, None)
        self._details_changed.discard(image_id)
        self._forget_in_history(image_id)
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
        self._record(_edit(label, self.order, tuple(after)))
        return True

    # -- used by Gallery -------------------------------------------------------------------
    def _remove_missing(self, wanted: Sequence[str]) -> None:
        """Take out the images `wanted` lacks, from the back so rows stay valid."""
        keep = set(wanted)
        for row in range(len(self._images) - 1, -1, -1):
            if self._images[row].id not in keep:
                self._images.pop(row)
                self._emit(_removed(row))

    def _insert_missing(self, wanted: Sequence[str]) -> None:
        """Put back the images `wanted` holds and the gallery lacks, each right after its
        wanted predecessor (the moves that follow then have the least to do)."""
        present = {image.id for image in self._images}
        for index, image_id in enumerate(wanted):
            if image_id in present:
                continue
            row = 0 if index == 0 else self.index_of(wanted[index - 1]) + 1
            self._images.insert(row, self._known[image_id])
            present.add(image_id)
            self._emit(_inserted(row))

    def _with_local_kept(self, wanted: tuple[str, ...]) -> tuple[str, ...]:
        """`wanted` with the added files it leaves out put back at their current places.

        Orders computed from the server (a reload keeping the seller's order, `reconcile`)
        know nothing of files still uploading; those must not vanish from the grid."""
        missing = [
            (row, image.id)
            for row, image in enumerate(self._images)
            if image.id in self._local and image.id not in wanted
        ]
        if not missing:
            return wanted
        result = list(wanted)
        for row, image_id in missing:
            result.insert(min(row, len(result)), image_id)
        return tuple(result)

    def _keep_local_after_load(
        self,
        listing: ListingRef,
        kept: Sequence[tuple[int, Image, ImageDetails, ImageDetails]],
    ) -> None:
        """After a (re)load of the same listing, added files still in the grid stay where
        they were; another listing drops them (their uploads are for the old one)."""
        if listing != self._local_listing and self._failed:
            self._failed.clear()
            self._emit(_failures_changed())
        if not kept or listing != self._local_listing:
            self._local.clear()
            self._uploaded.clear()
            self._local_listing = listing
            return
        for row, image, wanted, loaded in kept:
            self._images.insert(min(row, len(self._images)), image)
            self._known[image.id] = image
            self._details[image.id] = wanted
            self._loaded_details[image.id] = loaded
            if wanted != loaded:
                self._details_changed.add(image.id)

    def _row_or_none(self, image_id: str) -> int | None:
        try:
            return self.index_of(image_id)
        except KeyError:
            return None

    def _rename_in_history(self, old: str, new: str) -> None:
        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(new if i == old else i for i in ids)

        def swap_keys(details: Mapping[str, Any]) -> dict[str, Any]:
            return {(new if k == old else k): v for k, v in details.items()}

        for stack in (self._undo, self._redo):
            stack[:] = [
                dataclasses.replace(
                    e,
                    before=swap(e.before),
                    after=swap(e.after),
                    details_before=swap_keys(e.details_before),
                    details_after=swap_keys(e.details_after),
                )
                for e in stack
            ]

    def _forget_in_history(self, gone: str) -> None:
        for stack in (self._undo, self._redo):
            edits = [
                dataclasses.replace(
                    e,
                    before=tuple(i for i in e.before if i != gone),
                    after=tuple(i for i in e.after if i != gone),
                    details_before={k: v for k, v in e.details_before.items() if k != gone},
                    details_after={k: v for k, v in e.details_after.items() if k != gone},
                )
                for e in stack
            ]
            stack[:] = [e for e in edits if e.before != e.after or e.details_after]


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


# Event and edit constructors imported late: gallery.py imports this module.
def _edit(label: str, before: tuple[str, ...], after: tuple[str, ...]) -> Edit:
    from imagedeck.model.gallery import Edit

    return Edit(label, before, after)


def _inserted(row: int) -> GalleryEvent:
    from imagedeck.model.gallery import Inserted

    return Inserted(row)


def _removed(row: int) -> GalleryEvent:
    from imagedeck.model.gallery import Removed

    return Removed(row)


def _renamed(row: int, old: str, new: str) -> GalleryEvent:
    from imagedeck.model.gallery import Renamed

    return Renamed(row, old, new)


def _upload_changed(image_id: str) -> GalleryEvent:
    from imagedeck.model.gallery import UploadChanged

    return UploadChanged(image_id)


def _failures_changed() -> GalleryEvent:
    from imagedeck.model.gallery import FailuresChanged

    return FailuresChanged()


def _dirty_changed(dirty: bool) -> GalleryEvent:
    from imagedeck.model.gallery import DirtyChanged

    return DirtyChanged(dirty)
