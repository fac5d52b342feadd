"""The plan of a folder import: which file goes to which listing, and what becomes of it.

Built before anything is sent, from reads only: the folder's files are matched to the
catalogue's keys (matching.py, keys looked up in bulk), checked by content with the same
checks and words as a drop (uploads/validate.py), compared by MD5 with the images each
listing already has (skipped, never sent twice), and held to AutoScout24's 30 images. The
same plan is what `--dry-run` prints, what the window's review table shows, and what the
job stores and runs; a row the seller unticks is left out of the job.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from imagedeck.batch.matching import KeyIndex, Match, all_candidates, ordered
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.catalogue_keys import catalogue_keys
from imagedeck.model.catalogue import CatalogueKey
from imagedeck.model.image import Image, ListingRef
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.uploads.duplicates import with_md5s
from imagedeck.uploads.validate import CheckedFile, UploadRefused, check_file

FileStatus = Literal["upload", "skip", "refused", "limit", "unmatched"]
Placement = Literal["end", "start"]
PARALLEL_READS = 4
PARALLEL_CHECKS = 4


@dataclass
class PlannedFile:
    """One file of the folder and what the plan does with it (`reason` for all but uploads)."""

    path: Path
    status: FileStatus
    reason: str = ""
    sequence: str = ""
    md5: str = ""
    image_id: str = ""  # a skipped file: the image that already holds it


@dataclass
class ListingPlan:
    """One listing of the import: its key, what it holds now, its files in upload order."""

    key: CatalogueKey
    current: list[Image]
    files: list[PlannedFile] = field(default_factory=list)
    ticked: bool = True

    @property
    def listing(self) -> ListingRef:
        return self.key.listing

    @property
    def uploads(self) -> list[PlannedFile]:
        return [f for f in self.files if f.status == "upload"]


@dataclass
class ImportPlan:
    marketplace: str
    folder: Path
    at: Placement
    replace: bool
    listings: list[ListingPlan] = field(default_factory=list)
    unmatched: list[PlannedFile] = field(default_factory=list)
    reads: int = 0  # calls the plan itself cost
    limit: int | None = None  # the most images a listing may hold (AutoScout24: 30)
    whole_order: bool = False  # the order is written in one call (no upload positions)

    def files(self) -> list[PlannedFile]:
        return [f for plan in self.listings for f in plan.files] + self.unmatched

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files() if f.status == status)

    @property
    def has_problems(self) -> bool:
        """A file refused, over a limit or matched to nothing: the command exits 1."""
        return any(f.status in ("refused", "limit", "unmatched") for f in self.files())

    def working(self) -> list[ListingPlan]:
        """The ticked listings with something to do."""
        return [p for p in self.listings if p.ticked and (p.uploads or self._replaces(p))]

    def _replaces(self, plan: ListingPlan) -> bool:
        kept = {f.image_id for f in plan.files if f.status == "skip"}
        return self.replace and any(image.id not in kept for image in plan.current)

    def write_calls(self) -> int:
        """The writes the job will send (uploads, variation links, moves, deletes): an
        estimate made the way the save engine plans, so the time shown is honest."""
        total = 0
        for plan in self.working():
            new = len(plan.uploads)
            total += new
            if plan.listing.variation_id:
                total += new  # each new image is linked to its variation
            if self.at == "start" and plan.current and new:
                total += 1 if self.whole_order else min(new, len(plan.current))
            if self.replace:
                kept = {f.image_id for f in plan.files if f.status == "skip"}
                total += sum(1 for image in plan.current if image.id not in kept)
        return total

    def read_calls(self) -> int:
        """Reads the job adds, as measured on the sandbox: a listing is read before and after
        its uploads; a variation's item is read to link the new images (a save: check,
        details, verify); a reorder or a replacement is one more save (check and verify)."""
        total = 0
        for plan in self.working():
            total += 12 if plan.listing.variation_id else 5
            if self.replace or (self.at == "start" and plan.current):
                total += 3
        return total


def folder_files(folder: Path) -> list[Path]:
    """The folder's visible files (not its subfolders), by name."""
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name.lower(),
    )


async def plan_import(
    client: Marketplace,
    folder: Path,
    *,
    at: Placement = "end",
    replace: bool = False,
    convert: bool = False,
    on_progress: Callable[[str], None] | None = None,
) -> ImportPlan:
    """Read what the plan needs (keys in bulk, each matched listing's images) and plan."""
    say = on_progress or (lambda _text: None)
    marketplace = client.name
    capabilities = client.capabilities
    plan = ImportPlan(marketplace, folder, at, replace)
    plan.limit = capabilities.image_limit
    plan.whole_order = not capabilities.upload_positions
    paths = folder_files(folder)
    say(f"looking up the keys of {len(paths)} files")
    index = KeyIndex(await catalogue_keys(client, all_candidates(paths)))
    groups, unmatched = match_all(index, paths)
    plan.unmatched = unmatched
    say(f"reading {len(groups)} listings and checking {len(paths) - len(unmatched)} files")
    checked, images = await asyncio.gather(
        _check_all([m.path for ms in groups.values() for m in ms], marketplace, convert),
        _read_all(client, [ms[0].key.listing for ms in groups.values()]),
    )
    for listing, matches in groups.items():
        listing_plan = ListingPlan(matches[0].key, images[listing])
        listing_plan.files = plan_files(matches, images[listing], checked, plan.limit)
        plan.listings.append(listing_plan)
    return plan


def match_all(
    index: KeyIndex, paths: Sequence[Path]
) -> tuple[dict[ListingRef, list[Match]], list[PlannedFile]]:
    """Files grouped by listing (each group in upload order) and the unmatched ones."""
    groups: dict[ListingRef, list[Match]] = {}
    unmatched = []
    for path in paths:
        found = index.match(path)
        if found is None:
            unmatched.append(PlannedFile(path, "unmatched", _no_key(path)))
        else:
            groups.setdefault(found.key.listing, []).append(found)
    return {listing: ordered(matches) for listing, matches in groups.items()}, unmatched


def plan_files(
    matches: Sequence[Match],
    current: Sequence[Image],
    checked: dict[Path, CheckedFile | UploadRefused],
    limit: int | None,
) -> list[PlannedFile]:
    """Each matched file's fate on its listing: refused, skipped (same MD5), over the limit
    or uploaded; in upload order."""
    by_md5 = {image.md5.lower(): image for image in current if image.md5}
    seen: dict[str, Path] = {}
    room = limit - len(current) if limit is not None else None
    files = []
    for match in matches:
        result = checked[match.path]
        if isinstance(result, UploadRefused):
            files.append(PlannedFile(match.path, "refused", str(result.reason), match.sequence))
            continue
        md5 = result.md5.lower()
        twin = by_md5.get(md5)
        if twin is not None:
            files.append(
                PlannedFile(match.path, "skip", _already(twin.id), match.sequence, md5, twin.id)
            )
            continue
        if md5 in seen:
            files.append(PlannedFile(match.path, "skip", _same_as(seen[md5]), match.sequence, md5))
            continue
        seen[md5] = match.path
        if room is not None:
            if room <= 0:
                files.append(
                    PlannedFile(
                        match.path,
                        "limit",
                        _over_limit(limit or 0, len(current)),
                        match.sequence,
                        md5,
                    )
                )
                continue
            room -= 1
        files.append(PlannedFile(match.path, "upload", "", match.sequence, md5))
    return files


async def _check_all(
    paths: Sequence[Path], marketplace: str, convert: bool
) -> dict[Path, CheckedFile | UploadRefused]:
    """Every file checked by content, a few at a time in threads (decoding is slow)."""
    gate = asyncio.Semaphore(PARALLEL_CHECKS)

    async def one(path: Path) -> CheckedFile | UploadRefused:
        async with gate:
            try:
                return await asyncio.to_thread(check_file, path, marketplace, convert=convert)
            except UploadRefused as refused:
                return refused

    results = await asyncio.gather(*(one(p) for p in paths))
    return dict(zip(paths, results, strict=True))


async def _read_all(
    client: Marketplace, listings: Sequence[ListingRef]
) -> dict[ListingRef, list[Image]]:
    """Each listing's images (AutoScout24's with their MD5s, downloaded), a few at a time."""
    gate = asyncio.Semaphore(PARALLEL_READS)

    async def one(listing: ListingRef) -> list[Image]:
        async with gate:
            images = await client.load_images(listing)
            if not client.capabilities.listed_checksums:  # AutoScout24: downloaded, hashed
                images = await with_md5s(client, images)
            return images

    results = await asyncio.gather(*(one(listing) for listing in listings))
    return dict(zip(listings, results, strict=True))


def _no_key(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "BatchPlan", "no listing is known by the start of this name ({name})"
    ).format(name=path.stem)


def _already(image_id: str) -> str:
    return QT_TRANSLATE_NOOP("AddImages", "already on this listing as image {id}").format(
        id=image_id
    )


def _same_as(path: Path) -> str:
    return QT_TRANSLATE_NOOP("AddImages", "same picture as {path}").format(path=str(path))


def _over_limit(limit: int, count: int) -> str:
    return QT_TRANSLATE_NOOP(
        "BatchPlan",
        "the marketplace allows at most {limit} images per listing ({count} there already)",
    ).format(limit=limit, count=count)
