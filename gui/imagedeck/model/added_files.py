"""Files the user added from disk, tracked from the drop until the marketplace holds them.

A composed part of `Gallery` (it owns its own state; the gallery asks it questions): an
added file has a temporary id while it waits or uploads, and keeps its `LocalFile` under
the server's id once the upload finished, so the grid can still show where it came from.
The files belong to one listing: a reload of that listing keeps them, another listing's
load forgets them (their uploads were for the old one).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from imagedeck.model.image import ListingRef
from imagedeck.model.local_images import LocalFile, UploadState


class AddedFiles:
    """The added files of one listing, by temporary id until uploaded, then by server id."""

    def __init__(self) -> None:
        self._waiting: dict[str, LocalFile] = {}  # not on the server yet, by temporary id
        self._uploaded: dict[str, LocalFile] = {}  # on the server now, by its id
        # Refused or failed: not images of the listing (never numbered, counted or saved),
        # kept apart for Retry / Remove; by temporary id, oldest first.
        self._failed: dict[str, LocalFile] = {}
        self._listing: ListingRef | None = None

    def __contains__(self, image_id: object) -> bool:
        """Whether `image_id` is a temporary id: a file the marketplace does not hold."""
        return image_id in self._waiting

    def file(self, image_id: str) -> LocalFile | None:
        """The added file behind `image_id` (a temporary id, or the server id it got)."""
        return (
            self._waiting.get(image_id)
            or self._uploaded.get(image_id)
            or self._failed.get(image_id)
        )

    @property
    def failed(self) -> tuple[tuple[str, LocalFile], ...]:
        return tuple(self._failed.items())

    def fail(self, image_id: str, local: LocalFile) -> None:
        """The file left the grid as failed: list it apart."""
        self._failed[image_id] = local

    def take_failed(self, image_id: str) -> LocalFile | None:
        return self._failed.pop(image_id, None)

    def pending(self, order: Iterable[str]) -> list[str]:
        """Those of `order` still waiting or uploading, in that order."""
        return [i for i in order if i in self._waiting and self._waiting[i].pending]

    def add(self, image_id: str, path: str | Path) -> None:
        """A new file under its temporary id; it starts as WAITING."""
        self._waiting[image_id] = LocalFile(Path(path))

    def set_state(self, image_id: str, state: UploadState, percent: int, reason: str) -> bool:
        """Record how the upload goes; False for an id that is not waiting."""
        local = self._waiting.get(image_id)
        if local is None:
            return False
        self._waiting[image_id] = LocalFile(local.path, state, max(0, min(percent, 100)), reason)
        return True

    def finish(self, temp_id: str, new_id: str) -> bool:
        """The file behind `temp_id` is on the server as `new_id`; False if unknown."""
        local = self._waiting.pop(temp_id, None)
        if local is None:
            return False
        self._uploaded[new_id] = LocalFile(local.path, UploadState.DONE, 100)
        return True

    def drop(self, image_id: str) -> bool:
        """Forget a waiting file for good (a skipped duplicate); False if unknown."""
        return self._waiting.pop(image_id, None) is not None

    def keeps_for(self, listing: ListingRef, any_left: bool) -> bool:
        """Whether the files survive a load of `listing`: only a reload of their own
        listing with some of them still in the grid keeps them; otherwise all go."""
        if listing != self._listing:
            self._failed.clear()  # another listing's refusals mean nothing here
        if any_left and listing == self._listing:
            return True
        self._waiting.clear()
        self._uploaded.clear()
        self._listing = listing
        return False
