"""The save engine: turn the wanted order and image details into API calls, send them durably,
check the result.

One save: re-read the listing (a change made elsewhere is never overwritten silently), plan
the fewest calls, write the plan to the journal, send the calls — a bounded number at a time,
as many as the reported rate budget allows — marking each done in the journal, then re-read
and compare. A crash at any point leaves the journal saying what is left; `resume` finishes
it. Cancelling stops between calls; what was done stays done and recorded.

Details (names, availabilities, variation links) travel with the order in the same save:
`save_changes` checks the details of the images the user changed for changes made elsewhere,
plans one call per changed fact, and verifies them with the order. A resumed save first asks
the server whether each unsent POST already took effect (its answer may have been lost with
the crash) and skips it if so; see `PlannedCall.meta`. Comparing details lives in
details_sync.py.

The same engine runs in the GUI's save worker and behind `imagedeck order` / `resume`.
Sending the planned calls is sending.py; progress, results, conflicts and their texts are
save_results.py; an interrupted upload is resumed by upload_engine.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from imagedeck.marketplaces.base import Marketplace, PlannedCall
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import ValidationError
from imagedeck.marketplaces.waits import SaveStopped, WaitTooLong
from imagedeck.model.changes import detail_changes
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.place_changes import changed_places
from imagedeck.sync.deletions import plan_deletes
from imagedeck.sync.details_sync import (
    changed_details,
    details_conflicts,
    details_differences,
    merge_details,
    visible_order,
)
from imagedeck.sync.journal import Journal, JournalCall, JournalSave
from imagedeck.sync.save_lock import SaveLocks
from imagedeck.sync.save_results import (
    ProgressCallback,
    SaveConflict,
    SaveProgress,
    SaveResult,
    begin_journaled,
    describe_changes,
    order_differences,
    reconcile,
)
from imagedeck.sync.sending import send_all
from imagedeck.sync.upload_engine import is_upload_save, resume_uploads
from imagedeck.texts import QT_TRANSLATE_NOOP

#: The save's vocabulary, importable from here as before the split (save_results.py).
__all__ = [
    "ProgressCallback",
    "SaveConflict",
    "SaveEngine",
    "SaveProgress",
    "SaveResult",
    "begin_journaled",
    "reconcile",
]

if TYPE_CHECKING:
    from imagedeck.settings import UploadPreferences

log = logging.getLogger(__name__)


class SaveEngine:
    """Saves for one connection, through one client, recorded in one journal."""

    def __init__(
        self,
        connection: Connection,
        client: Marketplace,
        journal: Journal | None = None,
        *,
        upload_prefs: UploadPreferences | None = None,
    ) -> None:
        """`upload_prefs` shape the bytes of an interrupted upload that `resume` sends
        again: the caller passes the ones the first attempt used (the user's settings);
        None sends the file as it is."""
        self.connection = connection
        self.client = client
        self.journal = journal
        self.upload_prefs = upload_prefs
        self.locks = SaveLocks(journal)  # the saves this engine sends now: one writer each

    async def save_order(
        self,
        listing: ListingRef,
        loaded: Sequence[Image],
        wanted: Sequence[str],
        progress: ProgressCallback | None = None,
        *,
        overwrite: bool = False,
    ) -> SaveResult:
        """Make the server show `wanted` (image ids, first = main image).

        `loaded` is the server state the user edited; if the server no longer matches it,
        SaveConflict is raised before anything is written, unless `overwrite` is set (the
        user chose to apply their order over the new state).
        """
        return await self.save_changes(
            listing, loaded, {}, wanted, {}, progress, overwrite=overwrite
        )

    async def save_changes(
        self,
        listing: ListingRef,
        loaded_images: Sequence[Image],
        loaded_details: Mapping[str, ImageDetails],
        wanted_order: Sequence[str],
        wanted_details: Mapping[str, ImageDetails],
        progress: ProgressCallback | None = None,
        *,
        overwrite: bool = False,
        deleted: Sequence[str] = (),
    ) -> SaveResult:
        """Make the server show `wanted_order` and `wanted_details` (by image id; passing
        every image's details is fine, only those that differ from `loaded_details` are sent).

        Conflicts: the order as in `save_order`, and for each image whose details the user
        changed, its details on the server against `loaded_details`. With `overwrite` the
        user's changes are made on top of the server's new state, fact by fact.

        `deleted`: ids of loaded images the user deleted. Each still on the server costs
        one DELETE, sent before the order is written (AutoScout24's order must name exactly
        the images the vehicle holds), and they are left out of the order.
        """
        report = progress or (lambda _p: None)
        # Waits while checking the server are shown too (sending re-points it with counts).
        self.client.listen_status(lambda text: report(SaveProgress(0, 0, text)))
        changed = changed_details(loaded_details, wanted_details)
        if changed and not self._supports_details():
            raise ValidationError(
                f"{listing.describe()}: this marketplace keeps no image names, "
                "availabilities or variation links"
            )
        report(
            SaveProgress(
                0,
                0,
                QT_TRANSLATE_NOOP("SaveEngine", "Checking {listing} on the server…").format(
                    listing=listing.describe()
                ),
            )
        )
        current = await self.client.load_images(listing)
        # Details can only conflict or need merging for images the user changed; an
        # order-only save does not read them before writing.
        current_details = await self._load_details(listing, current) if changed else {}
        changes = describe_changes(loaded_images, current)
        changes += details_conflicts(loaded_details, current_details, list(changed))
        if changes and not overwrite:
            conflict = SaveConflict(listing, changes, current, current_details)
            conflict.places = changed_places(loaded_images, current)
            raise conflict
        gone = set(deleted)
        to_delete = [image.id for image in current if image.id in gone]
        current_kept = [image for image in current if image.id not in gone]
        target = reconcile(wanted_order, current_kept)
        target_details = merge_details(loaded_details, changed, current_details)
        calls = plan_deletes(self.client, listing, to_delete)
        calls += self.client.plan_order(listing, current_kept, target)
        for image_id, details in target_details.items():
            facts = detail_changes(current_details[image_id], details)
            calls += self.client.plan_details(listing, image_id, facts)
        if not calls:
            if not changed:  # the window shows the result: it needs the details too
                current_details = await self._load_details(listing, current)
            return SaveResult(0, True, [], current, None, current_details)
        save_id = self._begin(listing, target, calls, target_details)
        pending = [JournalCall(seq, call, False) for seq, call in enumerate(calls)]
        try:
            return await self._finish(
                save_id, listing, target, pending, len(calls), report, target_details
            )
        finally:
            self.locks.release(save_id)

    async def resume(
        self, save: JournalSave, progress: ProgressCallback | None = None
    ) -> SaveResult:
        """Send what an interrupted save left unsent, then verify against what was wanted.

        A POST may have reached the server just before the interruption without being
        marked done; each unsent POST is therefore checked on the server first and skipped
        (marked done) if it already took effect. PUTs and DELETEs are simply sent again.
        """
        report = progress or (lambda _p: None)
        save = self.locks.hold(save)  # or SaveInProgress: another live process sends it
        try:
            return await self._resume_held(save, report)
        finally:
            self.locks.release(save.id)

    async def _resume_held(self, save: JournalSave, report: ProgressCallback) -> SaveResult:
        if is_upload_save(save):  # an upload: checked by MD5, never sent twice
            return await resume_uploads(self.client, self.journal, save, report, self.upload_prefs)
        report(
            SaveProgress(
                0,
                0,
                QT_TRANSLATE_NOOP("SaveEngine", "Checking what reached {listing}…").format(
                    listing=save.listing.describe()
                ),
            )
        )
        pending = await self._skip_applied(save.id, save.pending)
        return await self._finish(
            save.id,
            save.listing,
            save.wanted,
            pending,
            len(save.calls),
            report,
            save.wanted_details,
        )

    async def _skip_applied(
        self, save_id: int | None, pending: Sequence[JournalCall]
    ) -> list[JournalCall]:
        """The pending calls minus the POSTs the server shows as already done."""
        left = []
        for entry in pending:
            call = entry.call
            checkable = call.method == "POST" and call.meta.get("check")
            if checkable and await self.client.already_applied(call):
                log.info("resume: %s already reached the server", call.label or call.path)
                if self.journal is not None and save_id is not None:
                    self.journal.mark_done(save_id, entry.seq)
                continue
            left.append(entry)
        return left

    def _supports_details(self) -> bool:
        return self.client.capabilities.details

    async def _load_details(
        self, listing: ListingRef, images: Sequence[Image]
    ) -> dict[str, ImageDetails]:
        """The server's details of `images`, or {} (no call) for a marketplace without them."""
        if not self._supports_details():
            return {}
        return await self.client.load_details(listing, images)

    def _begin(
        self,
        listing: ListingRef,
        wanted: Sequence[str],
        calls: list[PlannedCall],
        wanted_details: Mapping[str, ImageDetails] | None = None,
    ) -> int | None:
        return begin_journaled(
            self.journal,
            self.connection,
            listing,
            calls,
            wanted,
            wanted_details,
            claim=self.locks.claimer(listing),
        )

    async def _finish(
        self,
        save_id: int | None,
        listing: ListingRef,
        wanted: Sequence[str],
        pending: Sequence[JournalCall],
        total: int,
        report: ProgressCallback,
        wanted_details: Mapping[str, ImageDetails] | None = None,
    ) -> SaveResult:
        already = total - len(pending)
        try:
            await send_all(self.client, self.journal, save_id, pending, already, total, report)
        except asyncio.CancelledError:
            self._close(save_id, "cancelled", "cancelled by the user")
            raise
        except WaitTooLong as exc:
            # Not slept: the journal keeps the save 'running' for a resume after that time.
            log.warning("save of %s stopped: %s", listing.describe(), exc)
            raise SaveStopped(exc) from exc
        except Exception as exc:
            # The journal keeps the save 'running': the unsent calls can be resumed.
            log.warning("save of %s stopped: %s", listing.describe(), exc)
            raise
        # Every call is on the server now: a cancel or failure while checking must not leave
        # the save "running" (there is nothing left to resume), so the check closes it too.
        try:
            differences, after, after_details = await self._verify(
                listing, wanted, wanted_details, total, report
            )
        except BaseException:
            self._close(save_id, "done", "all calls sent; the final check was interrupted")
            raise
        self._close(save_id, "done", "; ".join(differences[:5]))
        return SaveResult(len(pending), not differences, differences, after, save_id, after_details)

    async def _verify(
        self,
        listing: ListingRef,
        wanted: Sequence[str],
        wanted_details: Mapping[str, ImageDetails] | None,
        total: int,
        report: ProgressCallback,
    ) -> tuple[list[str], list[Image], dict[str, ImageDetails]]:
        """Re-read the listing and say, in words, where it differs from what was wanted."""
        report(SaveProgress(total, total, QT_TRANSLATE_NOOP("SaveEngine", "Checking the result…")))
        after = await self.client.load_images(listing)
        after_details = await self._load_details(listing, after)
        wanted_details = wanted_details or {}
        expected = visible_order(listing, wanted, wanted_details)
        differences = order_differences(expected, [image.id for image in after])
        if wanted_details:
            differences += details_differences(
                wanted_details,
                await self._details_for_verify(listing, wanted_details, after_details),
            )
        return differences, after, after_details

    async def _details_for_verify(
        self,
        listing: ListingRef,
        wanted: Mapping[str, ImageDetails],
        after: dict[str, ImageDetails],
    ) -> dict[str, ImageDetails]:
        """On a variation's page an image the save unlinked from it is no longer listed, so
        its details are read from the whole item instead (only then)."""
        if not listing.variation_id or all(image_id in after for image_id in wanted):
            return after
        item = ListingRef(listing.marketplace, listing.listing_id)
        return {**await self.client.load_details(item), **after}

    def _close(self, save_id: int | None, state: str, message: str) -> None:
        if self.journal is not None and save_id is not None:
            self.journal.finish(save_id, state, message)
