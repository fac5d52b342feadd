"""What a `Gallery` tells its listeners, in two phases for every change of rows.

A structural change comes as a pair: `AboutToInsert` / `Inserted`, `AboutToRemove` /
`Removed`, `AboutToMove` / `Moved`, `AboutToReset` / `Reset`. The first is sent while the
gallery still holds the old rows, the second once it holds the new ones. That is exactly
Qt's row contract (beginInsertRows before the change, endInsertRows after it), so the Qt
list model can be a thin adapter and views, selections and proxies never see a row count
or an image that disagrees with what they were told. napari's evented lists do the same
(`inserting` / `inserted`).

The other events describe data of rows that stay put and come once, after the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class AboutToMove:
    """The image at index `source` is about to move to index `dest` (indices after the
    move); the gallery still holds the order before it."""

    source: int
    dest: int


@dataclass(frozen=True)
class Moved:
    """The image at index `source` now sits at index `dest` (indices after the move)."""

    source: int
    dest: int


@dataclass(frozen=True)
class AboutToReset:
    """The whole list is about to be replaced (a listing is being loaded or reloaded)."""


@dataclass(frozen=True)
class Reset:
    """The whole list was replaced (a listing was loaded or reloaded)."""


@dataclass(frozen=True)
class AboutToInsert:
    """An image is about to be put at index `row`; the gallery does not hold it yet."""

    row: int


@dataclass(frozen=True)
class Inserted:
    """An image now sits at index `row` (the rows from there on moved one down)."""

    row: int


@dataclass(frozen=True)
class AboutToRemove:
    """The image at index `row` is about to leave; the gallery still holds it."""

    row: int


@dataclass(frozen=True)
class Removed:
    """The image at index `row` left the gallery (the rows after it moved one up)."""

    row: int


@dataclass(frozen=True)
class DirtyChanged:
    """Whether the current state (order or details) differs from the loaded one changed."""

    dirty: bool


@dataclass(frozen=True)
class DetailsChanged:
    """The details of these images changed (an edit, or its undo or redo); rows stay put."""

    image_ids: tuple[str, ...]


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


RowsAboutToChange = AboutToMove | AboutToReset | AboutToInsert | AboutToRemove
"""The first phase of a structural change: the rows are still the old ones."""


@dataclass(frozen=True)
class FailuresChanged:
    """The list of failed uploads (`Gallery.failed_uploads`) changed: one joined or left."""


GalleryEvent = (
    RowsAboutToChange
    | Moved
    | Reset
    | Inserted
    | Removed
    | DirtyChanged
    | DetailsChanged
    | Renamed
    | UploadChanged
    | FailuresChanged
)
Listener = Callable[[GalleryEvent], None]
