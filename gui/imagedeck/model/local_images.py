"""Images the user added from disk that the marketplace does not hold yet.

A dropped photo must show up in the grid at once, at the place it was dropped, long before
its upload has finished (or even started). It therefore takes part in the gallery's order
under a temporary id ("new-1", "new-2", …) that can never clash with a marketplace id
(plentymarkets ids are digits, AutoScout24's are UUIDs), and carries its file and its upload
state here. When the upload answers, the gallery swaps the temporary id for the server's in
place (see `Gallery.upload_finished`), so the tile, its place and every undo step that
mentions it stay the same image.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

TEMP_PREFIX = "new-"


class UploadState(Enum):
    """Where one added file is on its way to the marketplace."""

    WAITING = "waiting"  # checked or being checked; queued for the save worker
    UPLOADING = "uploading"  # bytes are being sent (percent says how far)
    DONE = "done"  # the marketplace holds it; the id is the server's now
    FAILED = "failed"  # refused, skipped or broken: `reason` says why, in words


@dataclass(frozen=True)
class LocalFile:
    """One added file: where it is on disk and how its upload is going."""

    path: Path
    state: UploadState = UploadState.WAITING
    percent: int = 0
    reason: str = ""

    @property
    def pending(self) -> bool:
        """Still to be uploaded (waiting or uploading): there is unsaved work."""
        return self.state in (UploadState.WAITING, UploadState.UPLOADING)

    def describe(self) -> str:
        """The state in a few words, for the tile's caption and tooltip."""
        if self.state is UploadState.UPLOADING:
            return f"uploading {self.percent} %"
        if self.state is UploadState.FAILED:
            return f"failed: {self.reason}" if self.reason else "failed"
        return self.state.value


_counter = itertools.count(1)


def new_temp_id() -> str:
    """A fresh temporary id, unique for the life of the process."""
    return f"{TEMP_PREFIX}{next(_counter)}"


def is_temp_id(image_id: str) -> bool:
    return image_id.startswith(TEMP_PREFIX)
