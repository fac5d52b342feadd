"""One listing's work in a job: import its files, add one file, remove by MD5, pick a main.

Every step starts from what the server holds now and is idempotent, so the runner may run
a listing again after a kill: files already there are found by MD5 and skipped, an order
that is already right costs no call. The writes go through the existing paths: uploads
through `add_images` (each journaled with its MD5 before it is sent), reorders, variation
links and deletes through the save engine (journaled, re-read, verified). Pacing and
retries are the client's, as for any save.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.model.image import Image, ListingRef
from imagedeck.sync.add_images import FileOutcome, add_images
from imagedeck.sync.engine import SaveEngine
from imagedeck.sync.jobs.store import JobStep
from imagedeck.sync.journal import Journal
from imagedeck.uploads.duplicates import with_md5s

if TYPE_CHECKING:
    from imagedeck.settings import UploadPreferences


@dataclass
class StepContext:
    connection: Connection
    client: Marketplace
    journal: Journal | None
    prefs: UploadPreferences | None
    on_line: Callable[[str], None]


@dataclass
class StepResult:
    """How one listing went: 'done' or 'failed'; `problems` counts refused/failed files."""

    state: str
    message: str = ""
    outcomes: list[FileOutcome] = field(default_factory=list)
    problems: int = 0


async def import_step(ctx: StepContext, step: JobStep, options: dict[str, Any]) -> StepResult:
    """Upload the listing's planned files (skipping those already there), place them at the
    end or the start, and with `replace` delete the old images once all new ones are in."""
    listing = step.listing
    paths = [Path(f["path"]) for f in step.plan["files"]]
    old = set(step.plan.get("old", []))
    result = StepResult("done")
    linked: dict[Path, str] = {}
    if listing.variation_id:
        paths, linked = await _on_item_already(ctx, listing, paths, step.plan["files"])
        for path, image_id in linked.items():
            ctx.on_line(f"linked {path} (already image {image_id} of the item)")

    def heard(outcome: FileOutcome) -> None:
        result.outcomes.append(outcome)
        ctx.on_line(outcome.line())

    added = await add_images(
        ctx.connection,
        ctx.client,
        listing,
        paths,
        convert=bool(options.get("convert")),
        journal=ctx.journal,
        on_outcome=heard,
        prefs=ctx.prefs,
    )
    ids = dict(linked)
    ids.update({o.path: o.image_id for o in added.outcomes if o.image_id})
    bad = [o for o in added.outcomes if o.status in ("refused", "failed")]
    result.problems = len(bad)
    reasons = "; ".join(f"{o.path.name}: {o.reason}" for o in bad[:3])
    ours = list(
        dict.fromkeys(ids[Path(f["path"])] for f in step.plan["files"] if Path(f["path"]) in ids)
    )
    if listing.variation_id:
        await _link(ctx, listing, [i for i in ours if i not in old])
    current = await _images(ctx.client, listing)
    present = [image.id for image in current]
    deleted: list[str] = []
    if options.get("replace"):
        if result.problems:
            result.message = (
                f"kept the old images, {result.problems} new did not arrive ({reasons})"
            )
            wanted = present
        else:
            deleted = [i for i in present if i in old and i not in ours]
            wanted = [i for i in ours if i in present]
            wanted += [i for i in present if i not in wanted and i not in deleted]
    else:
        new = [i for i in ours if i not in old and i in present]
        others = [i for i in present if i not in new]
        wanted = new + others if options.get("at") == "start" else others + new
    if wanted != present or deleted:
        saved = await SaveEngine(ctx.connection, ctx.client, ctx.journal).save_changes(
            listing, current, {}, wanted, {}, overwrite=True, deleted=deleted
        )
        if deleted:
            ctx.on_line(f"{listing.describe()}: deleted {len(deleted)} old images")
        if not saved.verified:
            return StepResult("failed", "; ".join(saved.differences[:3]), result.outcomes)
    if result.problems:
        result.state = "failed"
        result.message = result.message or reasons
    return result


async def add_step(ctx: StepContext, step: JobStep, options: dict[str, Any]) -> StepResult:
    """Add one file as image N (skipped where the listing already has it)."""
    outcomes: list[FileOutcome] = []

    def heard(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        ctx.on_line(f"{step.label}: {outcome.line()}")

    await add_images(
        ctx.connection,
        ctx.client,
        step.listing,
        [Path(options["file"])],
        at=int(options["at"]) if options.get("at") else None,
        journal=ctx.journal,
        on_outcome=heard,
        prefs=ctx.prefs,
    )
    problems = sum(o.status in ("refused", "failed") for o in outcomes)
    return StepResult("failed" if problems else "done", "", outcomes, problems)


async def remove_step(ctx: StepContext, step: JobStep, options: dict[str, Any]) -> StepResult:
    """Delete every image with this MD5; the next image becomes main where it was main."""
    md5 = str(options["md5"]).lower()
    current = await _images(ctx.client, step.listing, md5s=True)
    gone = [image.id for image in current if image.md5.lower() == md5]
    if not gone:
        ctx.on_line(f"{step.label}: no image with MD5 {md5}")
        return StepResult("done", "nothing to remove")
    wanted = [image.id for image in current if image.id not in gone]
    saved = await SaveEngine(ctx.connection, ctx.client, ctx.journal).save_changes(
        step.listing, current, {}, wanted, {}, overwrite=True, deleted=gone
    )
    ctx.on_line(f"{step.label}: removed image {', '.join(gone)}")
    return StepResult("done" if saved.verified else "failed", "; ".join(saved.differences[:3]))


async def main_step(ctx: StepContext, step: JobStep, options: dict[str, Any]) -> StepResult:
    """Make main the first image whose file name or image name (any language) matches."""
    pattern = str(options["pattern"]).lower()
    current = await _images(ctx.client, step.listing)
    chosen = next(
        (i for i in current if any(fnmatch.fnmatchcase(n, pattern) for n in names_of(i))), None
    )
    if chosen is None:
        ctx.on_line(f"{step.label}: no image matches {options['pattern']}")
        return StepResult("done", "no image matches")
    if current[0].id == chosen.id:
        ctx.on_line(f"{step.label}: image {chosen.id} is already the main image")
        return StepResult("done", "already main")
    wanted = [chosen.id] + [image.id for image in current if image.id != chosen.id]
    saved = await SaveEngine(ctx.connection, ctx.client, ctx.journal).save_order(
        step.listing, current, wanted, overwrite=True
    )
    ctx.on_line(f"{step.label}: image {chosen.id} is now the main image")
    return StepResult("done" if saved.verified else "failed", "; ".join(saved.differences[:3]))


def names_of(image: Image) -> list[str]:
    """The names a pattern is matched against, lower-case: the file name the image was
    uploaded as (from its URL or path) and its names and alternative texts per language."""
    raw = image.raw or {}
    found = [str(raw.get(k) or "").rsplit("/", 1)[-1] for k in ("path", "cleanImageName", "url")]
    found.append(image.full_url.rsplit("/", 1)[-1].split("?", 1)[0])
    for entry in raw.get("names") or []:
        if isinstance(entry, dict):
            found += [str(entry.get("name") or ""), str(entry.get("alternate") or "")]
    return [n.lower() for n in found if n]


STEPS = {"import": import_step, "add": add_step, "remove": remove_step, "main": main_step}


async def _images(client: Marketplace, listing: ListingRef, *, md5s: bool = False) -> list[Image]:
    images = await client.load_images(listing)
    if md5s and not client.capabilities.listed_checksums:
        images = await with_md5s(client, images)
    return images


async def _on_item_already(
    ctx: StepContext, listing: ListingRef, paths: Sequence[Path], files: Sequence[dict[str, Any]]
) -> tuple[list[Path], dict[Path, str]]:
    """For a variation: files whose MD5 the item already holds but the variation does not
    show (uploaded by an earlier, interrupted run) are linked, not uploaded again."""
    item = ListingRef(listing.marketplace, listing.listing_id)
    shown = {image.id for image in await ctx.client.load_images(listing)}
    by_md5 = {i.md5.lower(): i.id for i in await ctx.client.load_images(item) if i.md5}
    md5_of = {Path(f["path"]): str(f.get("md5") or "").lower() for f in files}
    linked = {}
    rest = []
    for path in paths:
        image_id = by_md5.get(md5_of.get(path, ""))
        if image_id is not None and image_id not in shown:
            linked[path] = image_id
        else:
            rest.append(path)
    return rest, linked


async def _link(ctx: StepContext, listing: ListingRef, image_ids: Sequence[str]) -> None:
    """Link new images to the variation they were meant for (one journaled, verified save
    on the item), so they show on that variation's listing as a drop there would."""
    if not image_ids or not listing.variation_id:
        return
    item = ListingRef(listing.marketplace, listing.listing_id)
    images = await ctx.client.load_images(item)
    details = await ctx.client.load_details(item, images)
    variation = listing.variation_id
    wanted = {
        i: dataclasses.replace(details[i], variations=details[i].variations | {variation})
        for i in image_ids
        if i in details and variation not in details[i].variations
    }
    if wanted:
        await SaveEngine(ctx.connection, ctx.client, ctx.journal).save_changes(
            item, images, details, [i.id for i in images], {**details, **wanted}, overwrite=True
        )
