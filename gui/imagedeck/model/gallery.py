"""The gallery owns the order of a listing's images and the user's unsaved reorders.

The Qt list model is only an adapter: it listens to the events emitted here and turns each
`Moved` into beginMoveRows/endMoveRows. Every reorder is expressed as a sequence of single-row
moves so the adapter never has to reason about non-contiguous selections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from imagedeck.model.image import Image, ListingRef
from imagedeck.model.sequences import longest_ordered_run


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
    """Whether the current order differs from the loaded one changed."""

    dirty: bool


GalleryEvent = Moved | Reset | DirtyChanged
Listener = Callable[[GalleryEvent], None]


@dataclass(frozen=True)
class OrderEdit:
    """One undoable reorder: its label and the full order before and after."""

    label: str
    before: tuple[str, ...]
    after: tuple[str, ...]


class Gallery:
    """Ordered images of one listing plus the edits made since it was loaded."""

    def __init__(self) -> None:
        self.listing: ListingRef | None = None
        self._images: list[Image] = []
        self._loaded_order: tuple[str, ...] = ()
        self._listeners: list[Listener] = []
        self._undo: list[OrderEdit] = []
        self._redo: list[OrderEdit] = []

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
        return self.order != self._loaded_order

    def index_of(self, image_id: str) -> int:
        for index, image in enumerate(self._images):
            if image.id == image_id:
                return index
        raise KeyError(image_id)

    # -- loading -----------------------------------------------------------------------
    def load(self, listing: ListingRef, images: Sequence[Image]) -> None:
        """Replace everything with what the server holds; clears undo history."""
        was_dirty = self.dirty
        self.listing = listing
        self._images = list(images)
        self._loaded_order = self.order
        self._undo.clear()
        self._redo.clear()
        self._emit(Reset())
        if was_dirty:
            self._emit(DirtyChanged(False))

    # -- editing -----------------------------------------------------------------------
    def move(self, rows: Iterable[int], dest: int, label: str = "Move") -> bool:
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
        return self.move(rows, 0, "Make main image")

    def move_to_end(self, rows: Iterable[int]) -> bool:
        return self.move(rows, len(self._images), "Move to end")

    def shift(self, rows: Iterable[int], step: int) -> bool:
        """Move the selection `step` places (−1 = one left) as a block, clamped at the ends."""
        picked = sorted(set(rows))
        if not picked:
            return False
        if step < 0:
            dest = max(0, picked[0] + step)
        else:
            dest = min(len(self._images), picked[-1] + 1 + step)
        label = "Move left" if step < 0 else "Move right"
        return self.move(picked, dest, label)

    def set_order(self, wanted: Sequence[str], label: str = "Reorder") -> bool:
        """Reorder to exactly `wanted` (a permutation of the current ids), as one undo step."""
        before = self.order
        after = tuple(wanted)
        if after == before:
            return False
        if sorted(after) != sorted(before):
            raise ValueError("the wanted order must be a permutation of the gallery's images")
        self._apply(after)
        self._undo.append(OrderEdit(label, before, after))
        self._redo.clear()
        return True

    def _apply(self, wanted: tuple[str, ...]) -> None:
        """Reach `wanted` with one `Moved` per image that must move, and no more.

        Images on a longest run already in the wanted relative order stay put; each other
        image is taken out and put right after its wanted predecessor. Moving one image to
        the end is one event, not n (the Qt adapter turns each into one beginMoveRows).
        """
        was_dirty = self.dirty
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
        if self.dirty != was_dirty:
            self._emit(DirtyChanged(self.dirty))

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
        self._apply(edit.before)
        self._redo.append(edit)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        edit = self._redo.pop()
        self._apply(edit.after)
        self._undo.append(edit)
        return True


def _longest_ordered_run(current: Sequence[str], wanted: Sequence[str]) -> set[str]:
    """Ids forming a longest subsequence of `wanted` whose current order is already right."""
    where = {image_id: index for index, image_id in enumerate(current)}
    run = longest_ordered_run([where[image_id] for image_id in wanted], strict=True)
    return {wanted[i] for i in run}
