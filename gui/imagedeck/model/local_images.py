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

from imagedeck.texts import QT_TRANSLATE_NOOP, Text

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

    def describe(self) -> Text:
        """The state in a few words, for the tile's caption and tooltip (a `Text`: the
        interface shows it translated; `reason` may be one too)."""
        if self.state is UploadState.UPLOADING:
            return QT_TRANSLATE_NOOP("LocalFile", "uploading {percent} %").format(
                percent=self.percent
            )
        if self.state is UploadState.FAILED:
            if self.reason:
                return QT_TRANSLATE_NOOP("LocalFile", "failed: {reason}").format(reason=self.reason)
            return QT_TRANSLATE_NOOP("LocalFile", "failed")
        return _STATE_WORDS[self.state]


_STATE_WORDS = {
    UploadState.WAITING: QT_TRANSLATE_NOOP("LocalFile", "waiting"),
    UploadState.UPLOADING: QT_TRANSLATE_NOOP("LocalFile", "uploading"),
    UploadState.DONE: QT_TRANSLATE_NOOP("LocalFile", "done"),
    UploadState.FAILED: QT_TRANSLATE_NOOP("LocalFile", "failed"),
}

_counter = itertools.count(1)


def new_temp_id() -> str:
    """A fresh temporary id, unique for the life of the process."""
    return f"{TEMP_PREFIX}{next(_counter)}"


def is_temp_id(image_id: str) -> bool:
    return image_id.startswith(TEMP_PREFIX)
