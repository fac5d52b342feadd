"""An import plan as job steps: one per ticked listing with work, its files in upload order
and the image ids it had (so `--replace` knows which are old)."""

from __future__ import annotations

from imagedeck.batch.plan import ImportPlan
from imagedeck.sync.jobs.store import JobStep


def import_steps(plan: ImportPlan) -> list[JobStep]:
    """The steps the job stores and runs; files skipped by the plan come along so that
    `--replace` keeps them and the run reports them."""
    steps: list[JobStep] = []
    for listing in plan.working():
        files = [
            {"path": str(f.path.resolve()), "md5": f.md5}
            for f in listing.files
            if f.status in ("upload", "skip")
        ]
        writes = len(listing.uploads) * (2 if listing.listing.variation_id else 1)
        steps.append(
            JobStep(
                len(steps),
                listing.listing,
                f"{listing.key.key} ({listing.listing.describe()})",
                {"files": files, "old": [image.id for image in listing.current]},
                writes=writes,
            )
        )
    return steps


def import_options(plan: ImportPlan, convert: bool = False) -> dict[str, object]:
    return {"at": plan.at, "replace": plan.replace, "convert": convert,
            "folder": str(plan.folder.resolve())}  # fmt: skip


def import_title(plan: ImportPlan, steps: list[JobStep]) -> str:
    return f"import {plan.folder.name} ({plan.count('upload')} files, {len(steps)} listings)"
