"""What `batch add/remove/main --dry-run` says it would do on one listing (reads only)."""

from __future__ import annotations

import asyncio
import fnmatch
from pathlib import Path
from typing import Any

from imagedeck.marketplaces.base import Marketplace
from imagedeck.sync.jobs.steps import _images, names_of
from imagedeck.sync.jobs.store import JobStep
from imagedeck.uploads.validate import UploadRefused, check_file


async def preview_change(
    client: Marketplace, step: JobStep, kind: str, options: dict[str, Any]
) -> str:
    """One line: what the change would do on `step`'s listing, read now."""
    label = step.label
    if kind == "add":
        try:
            checked = await asyncio.to_thread(check_file, Path(options["file"]), client.name)
        except UploadRefused as refused:
            return f"{label}: refused {options['file']}: {refused.reason}"
        images = await _images(client, step.listing, md5s=True)
        twin = next((i for i in images if i.md5.lower() == checked.md5.lower()), None)
        if twin is not None:
            return f"{label}: skip, already has it as image {twin.id}"
        place = min(int(options["at"]), len(images) + 1)
        return f"{label}: would add {checked.path.name} as image {place} of {len(images) + 1}"
    if kind == "remove":
        images = await _images(client, step.listing, md5s=True)
        gone = [i.id for i in images if i.md5.lower() == options["md5"]]
        if not gone:
            return f"{label}: nothing to remove"
        main = " (the main image; the next one becomes main)" if images[0].id in gone else ""
        return f"{label}: would remove image {', '.join(gone)}{main}"
    images = await _images(client, step.listing)
    pattern = str(options["pattern"]).lower()
    chosen = next(
        (i for i in images if any(fnmatch.fnmatchcase(n, pattern) for n in names_of(i))), None
    )
    if chosen is None:
        return f"{label}: no image matches {options['pattern']}"
    if images[0].id == chosen.id:
        return f"{label}: image {chosen.id} is already the main image"
    return f"{label}: image {chosen.id} would become the main image"
