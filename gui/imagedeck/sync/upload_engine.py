"""Uploads from the window: check, prepare, journal, send — one file at a time.

The window has already asked its questions (convert to JPEG? upload a duplicate anyway?)
and placed a tile per file; this runs on the save worker, so the seller keeps arranging.
Each file: checked again by content (it may have changed or vanished since it was
dropped), prepared per the user's upload preferences (uploads/prepare.py; the file on disk
is never modified), journaled with its MD5, sent with progress, marked done. One file's
failure is reported for that file and the next one goes on.

A resumed journal entry (ImageDeck crashed mid-upload) goes through `resume_uploads`: an
upload whose MD5 is already on the listing is marked done, never sent twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from imagedeck.marketplaces.base import Marketplace, PlannedCall
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import UploadState
from imagedeck.sync.journal import Journal, JournalSave
from imagedeck.sync.save_results import SaveProgress, SaveResult, begin_journaled
from imagedeck.sync.upload_calls import (
    arrived,
    is_upload,
    journaled_file,
    send_upload,
    upload_call,
)
from imagedeck.uploads.prepare import prepare_for_upload, refuse_if_too_large
from imagedeck.uploads.validate import CheckedFile, UploadRefused, check_file

if TYPE_CHECKING:
    from imagedeck.settings import UploadPreferences


@dataclass(frozen=True)
class UploadRequest:
    """One file to upload. `key` is the window's temporary id of its tile."""

    key: str
    path: Path
    position: int | None = None  # plentymarkets: where the seller dropped it
    convert: bool = False  # AutoScout24: the seller agreed to convert it to JPEG
    names: tuple[Mapping[str, str], ...] = field(default=(), compare=False)


#: key, state, percent, reason
StateCallback = Callable[[str, UploadState, int, str], None]
#: key, the new image
DoneCallback = Callable[[str, Image], None]


def prepared(
    checked: CheckedFile, prefs: UploadPreferences | None, marketplace: str
) -> CheckedFile:
    """The bytes to send, per the user's preferences (uploads/prepare.py); None sends the
    file as it is. A preparation that makes the file too large for the marketplace (a
    re-encode at high quality can) is refused by name like any other bad file."""
    if prefs is None:
        return checked
    try:
        result = prepare_for_upload(checked, prefs)
    except ValueError as error:  # out-of-range preferences (a hand-edited settings file)
        raise UploadRefused(checked.path, f"upload preferences: {error}") from error
    refuse_if_too_large(result, marketplace)
    return result


class UploadEngine:
    """Uploads for one connection through one client, recorded in one journal."""

    def __init__(
        self, connection: Connection, client: Marketplace, journal: Journal | None = None
    ) -> None:
        self.connection = connection
        self.client = client
        self.journal = journal

    async def upload_all(
        self,
        listing: ListingRef,
        requests: Sequence[UploadRequest],
        prefs: UploadPreferences | None,
        on_state: StateCallback,
        on_done: DoneCallback,
    ) -> int:
        """Upload each file in turn; returns how many arrived."""
        count = 0
        for request in requests:
            image = await self.upload_one(listing, request, prefs, on_state)
            if image is not None:
                on_done(request.key, image)
                count += 1
        return count

    async def upload_one(
        self,
        listing: ListingRef,
        request: UploadRequest,
        prefs: UploadPreferences | None,
        on_state: StateCallback,
    ) -> Image | None:
        """One file; its failure is reported by `on_state` (FAILED + reason), not raised."""
        key = request.key
        on_state(key, UploadState.UPLOADING, 0, "")
        try:
            checked = await asyncio.to_thread(
                check_file, request.path, listing.marketplace, convert=request.convert
            )
            checked = await asyncio.to_thread(prepared, checked, prefs, listing.marketplace)
        except UploadRefused as refused:
            on_state(key, UploadState.FAILED, 0, refused.reason)
            return None
        except OSError as error:  # prepare could not read it any more
            on_state(key, UploadState.FAILED, 0, f"could not be read ({error.strerror or error})")
            return None
        try:
            image = await self.send_prepared(
                listing,
                checked,
                request.position,
                request.names,
                lambda percent: on_state(key, UploadState.UPLOADING, percent, ""),
            )
        except MarketplaceError as error:
            on_state(key, UploadState.FAILED, 0, str(error))
            return None
        except OSError as error:  # vanished between check and send
            reason = f"could not be read any more ({error.strerror or error})"
            on_state(key, UploadState.FAILED, 0, reason)
            return None
        on_state(key, UploadState.DONE, 100, "")
        return image

    async def send_prepared(
        self,
        listing: ListingRef,
        checked: CheckedFile,
        position: int | None,
        names: Sequence[Mapping[str, str]] = (),
        on_percent: Callable[[int], None] | None = None,
    ) -> Image:
        """Journal one checked and prepared file, send it, mark it done: the one upload path
        of the window and of `imagedeck images add`. A failure is recorded in the journal and
        raised (MarketplaceError; OSError when the file vanished before it was sent)."""
        call = upload_call(listing, checked, position, names)
        save_id = self._begin(listing, call)
        try:
            image = await send_upload(self.client, listing, checked, position, names, on_percent)
        except (MarketplaceError, OSError) as error:
            self._close(save_id, "failed", str(error))
            raise
        if self.journal is not None and save_id is not None:
            self.journal.mark_done(save_id, 0)
        self._close(save_id, "done", f"uploaded as image {image.id}")
        return image

    def _begin(self, listing: ListingRef, call: PlannedCall) -> int | None:
        return begin_journaled(self.journal, self.connection, listing, [call])

    def _close(self, save_id: int | None, state: str, message: str) -> None:
        if self.journal is not None and save_id is not None:
            self.journal.finish(save_id, state, message)


async def resume_uploads(
    client: Marketplace,
    journal: Journal | None,
    save: JournalSave,
    report: Callable[[SaveProgress], None],
    prefs: UploadPreferences | None = None,
) -> SaveResult:
    """Finish a journaled upload: skip it if its MD5 is on the listing, else send it,
    prepared with `prefs` (pass the ones the first attempt used, so the bytes match)."""
    sent = 0
    total = len(save.calls)
    for entry in save.pending:
        path, md5, position, names, convert = journaled_file(entry.call)
        report(SaveProgress(total - len(save.pending), total, f"Checking {path.name}…"))
        found = await arrived(client, save.listing, md5)
        if found is None:
            try:
                checked = await asyncio.to_thread(
                    check_file, path, save.listing.marketplace, convert=convert
                )
                checked = await asyncio.to_thread(
                    prepared, checked, prefs, save.listing.marketplace
                )
            except (UploadRefused, OSError) as error:  # gone, changed, unreadable
                reason = (
                    error.reason
                    if isinstance(error, UploadRefused)
                    else f"could not be read any more ({error.strerror or error})"
                )
                if journal is not None:
                    journal.finish(save.id, "failed", reason)
                raise MarketplaceError(f"{path.name}: {reason}") from error
            await send_upload(client, save.listing, checked, position, names)
            sent += 1
        if journal is not None:
            journal.mark_done(save.id, entry.seq)
    if journal is not None:
        journal.finish(save.id, "done", "upload finished after a restart")
    images = await client.load_images(save.listing)
    return SaveResult(sent, True, [], images, save.id, {})


def is_upload_save(save: JournalSave) -> bool:
    return bool(save.calls) and all(is_upload(entry.call) for entry in save.calls)
