"""What the save worker runs: saves, uploads and the rest of interrupted saves.

Plain frozen dataclasses with no Qt, so the Qt-free `ListingSession` builds and compares
them and the worker (ui/workers/save_worker.py) only runs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from imagedeck.marketplaces.connection import Connection
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef
from imagedeck.settings import UploadPreferences
from imagedeck.sync.journal import JournalSave
from imagedeck.sync.upload_engine import UploadRequest


@dataclass(frozen=True)
class SaveJob:
    """One save: make `listing` show `wanted` (and `wanted_details`), starting from the
    `loaded` server state (and `loaded_details`).

    Details are by image id; passing every image's is fine, the engine sends only what
    differs. They are left out of comparison and hashing (mappings are not hashable).
    """

    connection: Connection
    listing: ListingRef
    loaded: tuple[Image, ...]
    wanted: tuple[str, ...]
    overwrite: bool = False  # the user chose to apply their changes over a changed listing
    loaded_details: Mapping[str, ImageDetails] = field(default_factory=dict, compare=False)
    wanted_details: Mapping[str, ImageDetails] = field(default_factory=dict, compare=False)
    deleted: tuple[str, ...] = ()  # loaded images the user deleted: one DELETE each


@dataclass(frozen=True, eq=False)
class UploadJob:
    """Upload files the seller added (a drop, or Add Images…), one after another.

    Reported by `upload_state` per file and `uploads_finished` at the end, never by
    `finished`/`failed`/`cancelled`, which belong to saves. Compared by identity.
    """

    connection: Connection
    listing: ListingRef
    requests: tuple[UploadRequest, ...]
    prefs: UploadPreferences | None = None


@dataclass(frozen=True, eq=False)
class ResumeJob:
    """Finish a save the journal holds as unfinished (ImageDeck was closed or crashed).

    Compared by identity: the journal entry it carries is mutable, and two resume requests
    for the same entry are still two jobs.
    """

    connection: Connection
    save: JournalSave

    @property
    def listing(self) -> ListingRef:
        return self.save.listing

    @property
    def wanted(self) -> tuple[str, ...]:
        return tuple(self.save.wanted)

    @property
    def wanted_details(self) -> Mapping[str, ImageDetails]:
        """The details of just the images whose details the save changes."""
        return self.save.wanted_details


Job = SaveJob | ResumeJob
AnyJob = SaveJob | ResumeJob | UploadJob
