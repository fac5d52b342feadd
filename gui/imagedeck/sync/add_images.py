"""Adding files to a listing: check all, skip what is already there, upload, place them.

`imagedeck images add`'s batch, in front of the one upload orchestrator (`UploadEngine` in
upload_engine.py) that the window's save worker drives too. Every file is checked first (a
broken file is reported by name and the others go on), files already on the listing are
skipped by MD5, the marketplace's image limit (`Capabilities.image_limit`) is applied before
anything is sent (the files that do not fit are refused, not half-uploaded), the rest are
prepared per the upload preferences the caller passes and uploaded one by one in the given
order, appended at the end, through `UploadEngine.send_prepared`. When a position is asked
for, the new images are then moved there by the ordinary save engine, so that move is
journaled and verified like any other reorder.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError, ValidationError
from imagedeck.marketplaces.upload_file import CheckedFile, find_duplicate
from imagedeck.model.image import Image, ListingRef
from imagedeck.sync.engine import SaveEngine
from imagedeck.sync.journal import Journal
from imagedeck.sync.upload_engine import UploadEngine, prepared
from imagedeck.sync.upload_plan import AnsweredQuestions, UploadPlan, plan_upload
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.uploads.duplicates import with_md5s
from imagedeck.uploads.validate import UploadRefused, check_file

if TYPE_CHECKING:
    from imagedeck.settings import UploadPreferences

Status = Literal["uploaded", "skipped", "refused", "failed"]


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file; `line()` is the one-line report the CLI prints."""

    path: Path
    status: Status
    image_id: str = ""
    reason: str = ""

    def line(self) -> str:
        if self.status == "uploaded":
            return f"uploaded {self.path} as image {self.image_id}"
        if self.status == "skipped":
            return f"skipped {self.path}: {self.reason}"
        return f"{self.status} {self.path}: {self.reason}"


@dataclass
class AddResult:
    outcomes: list[FileOutcome] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)  # the listing afterwards, display order

    @property
    def new_ids(self) -> list[str]:
        return [o.image_id for o in self.outcomes if o.status == "uploaded"]

    @property
    def all_fine(self) -> bool:
        """No file was refused or failed (skipped duplicates are fine)."""
        return all(o.status in ("uploaded", "skipped") for o in self.outcomes)


OutcomeListener = Callable[[FileOutcome], None]


def wanted_order(existing: Sequence[str], new: Sequence[str], at: int) -> list[str]:
    """`existing` with `new` inserted at place `at` (1 = first; beyond the end = last)."""
    new_set = set(new)
    others = [image_id for image_id in existing if image_id not in new_set]
    index = min(max(at - 1, 0), len(others))
    return others[:index] + list(new) + others[index:]


CHECKS_AT_ONCE = 2
"""Files checked at once: as many as the cores a desktop surely has; each holds at most one
file's converted bytes (a convert for AutoScout24), so memory stays bounded."""


async def check_files(
    paths: Sequence[str | Path], marketplace: str, *, convert: bool = False
) -> list[CheckedFile | UploadRefused]:
    """Each file checked in a thread (decoding must not hold up the event loop), in order,
    CHECKS_AT_ONCE at a time: Pillow's decode and the MD5 release the GIL, so two cores
    check two files (issue 16: the checks were the largest part of the gap to a plain POST)."""
    gate = asyncio.Semaphore(CHECKS_AT_ONCE)

    async def one(path: str | Path) -> CheckedFile | UploadRefused:
        async with gate:
            try:
                return await asyncio.to_thread(check_file, path, marketplace, convert=convert)
            except UploadRefused as refused:
                return refused

    return list(await asyncio.gather(*(one(path) for path in paths)))


async def add_images(
    connection: Connection,
    client: Marketplace,
    listing: ListingRef,
    paths: Sequence[str | Path],
    *,
    at: int | None = None,
    convert: bool = False,
    journal: Journal | None = None,
    on_outcome: OutcomeListener | None = None,
    prefs: UploadPreferences | None = None,
) -> AddResult:
    """Upload the files at `paths` to `listing` in that order; see the module docstring.

    `at` is the 1-based place the first new image should take (None: at the end).
    `prefs` (downscale, re-encode, strip location) shape the bytes sent; None sends each
    file as it is. Each upload goes through the window's `UploadEngine`: journaled with the
    MD5 of what is sent, so an interrupted run is finished by `imagedeck resume` without a
    second copy.
    Raises MarketplaceError only for failures that concern the whole listing (reading it,
    the final reorder); a single file's failure becomes its outcome.
    """
    result = AddResult()

    def report(outcome: FileOutcome) -> None:
        result.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    # The listing is read while the files are checked: neither waits for the other.
    marketplace = listing.marketplace
    checking = asyncio.ensure_future(check_files(paths, marketplace))
    try:
        current = await client.load_images(listing)
        if not client.capabilities.listed_checksums:
            current = await with_md5s(client, current)
    except BaseException:
        checking.cancel()
        raise
    first_pass = await checking

    async def check(files: Sequence[Path], may_convert: bool) -> list[CheckedFile | UploadRefused]:
        if not may_convert:  # the pass already run beside the listing's read
            return first_pass
        return await check_files(files, marketplace, convert=True)

    plan = await plan_upload(
        marketplace,
        client.capabilities,
        [(index, Path(path)) for index, path in enumerate(paths)],
        check=check,
        questions=AnsweredQuestions(may_convert=convert),
        listed=[(image.id, image.md5 or "") for image in current],
    )
    _report_plan(plan, current, report)
    to_upload = [file for _, file in plan.accepted]

    engine = UploadEngine(connection, client, journal)
    next_position = _after_last(current)
    known = list(current)
    for file in to_upload:
        try:
            sending = await asyncio.to_thread(prepared, file, prefs, listing.marketplace)
        except UploadRefused as refused:  # too large after a re-encode, bad preferences
            report(FileOutcome(file.path, "refused", reason=refused.reason))
            continue
        except OSError as error:  # moved or deleted since it was checked
            report(FileOutcome(file.path, "failed", reason=_unreadable(error)))
            continue
        twin = find_duplicate(sending, known) if sending is not file else None
        if twin is not None:  # the prepared bytes are already there (an earlier run)
            report(FileOutcome(file.path, "skipped", twin.id, _already(twin.id)))
            continue
        try:
            image = await engine.send_prepared(listing, sending, next_position)
        except MarketplaceError as error:  # the marketplace's own words, per file
            status: Status = "refused" if isinstance(error, ValidationError) else "failed"
            report(FileOutcome(file.path, status, reason=str(error)))
            continue
        except OSError as error:  # moved or deleted since it was checked
            report(FileOutcome(file.path, "failed", reason=_unreadable(error)))
            continue
        if any(image.id == old.id for old in known):  # AS24 collapsed it onto an old image
            report(FileOutcome(file.path, "skipped", image.id, _already(image.id)))
            continue
        known.append(image)
        report(FileOutcome(file.path, "uploaded", image.id))
        if next_position is not None:
            next_position += 1

    result.images = await client.load_images(listing)
    if at is not None and result.new_ids:
        order = wanted_order([i.id for i in result.images], result.new_ids, at)
        saved = await SaveEngine(connection, client, journal).save_order(
            listing, result.images, order
        )
        result.images = saved.images or await client.load_images(listing)
    return result


def _already(image_id: str) -> str:
    return QT_TRANSLATE_NOOP("AddImages", "already on this listing as image {id}").format(
        id=image_id
    )


def _report_plan(plan: UploadPlan[int], current: Sequence[Image], report: OutcomeListener) -> None:
    """The plan's refusals and skipped duplicates as outcomes, in the order of the files."""
    outcomes: list[tuple[int, FileOutcome]] = [
        (refusal.key, FileOutcome(refusal.path, "refused", reason=refusal.reason))
        for refusal in plan.refused
    ]
    for dupe in plan.skipped:
        if dupe.twin is not None:
            reason = QT_TRANSLATE_NOOP("AddImages", "same picture as {path}").format(
                path=str(dupe.twin)
            )
            outcomes.append((dupe.key, FileOutcome(dupe.file.path, "skipped", reason=reason)))
        else:
            outcomes.append(
                (
                    dupe.key,
                    FileOutcome(dupe.file.path, "skipped", dupe.existing, _already(dupe.existing)),
                )
            )
    for _, outcome in sorted(outcomes, key=lambda pair: pair[0]):
        report(outcome)


def _after_last(images: Sequence[Image]) -> int | None:
    """The plentymarkets position after the last image (None for AutoScout24's list order)."""
    positions = [i.position for i in images if i.position is not None]
    if not images or positions:
        return max(positions, default=-1) + 1
    return None


def _unreadable(error: OSError) -> str:
    return QT_TRANSLATE_NOOP("AddImages", "could not be read any more ({error})").format(
        error=error.strerror or str(error)
    )
