"""Putting the seller's detail edits back on top after the window re-read the server.

A re-read (after a cancelled save, or when the seller kept editing while a save ran) replaces
the gallery's state with the server's. Edits must not be lost, so the facts the seller changed
(model/changes.py: "set the English name", "link to variation 1012") are made again on the new
state, leaving whatever else changed on the server alone — the same rule the save engine's
overwrite follows. They go back on as gallery edits, so they show as unsaved and Undo takes
them off again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from imagedeck.model.changes import DetailChange, apply_changes, detail_changes
from imagedeck.model.details import ImageDetails
from imagedeck.model.gallery import Gallery

NO_DETAILS = ImageDetails()
Edits = dict[str, tuple[DetailChange, ...]]


def edits_between(before: Mapping[str, ImageDetails], after: Mapping[str, ImageDetails]) -> Edits:
    """Per image, the facts that turn `before` into `after` (images without any left out)."""
    edits: Edits = {}
    for image_id, wanted in after.items():
        facts = tuple(detail_changes(before.get(image_id, NO_DETAILS), wanted))
        if facts:
            edits[image_id] = facts
    return edits


def reapply(gallery: Gallery, edits: Edits, label: str) -> int:
    """Make `edits` again on the gallery's images that still exist; the number of undo steps.

    The gallery edits many images by one transform per step, so images that had the same
    facts changed (the usual case: one edit applied to a multi-selection) share one step;
    images with different facts get one step per kind of change.
    """
    present = set(gallery.order)
    groups: dict[tuple[DetailChange, ...], list[str]] = defaultdict(list)
    for image_id, facts in edits.items():
        if image_id in present:
            groups[facts].append(image_id)
    steps = 0
    for facts, image_ids in groups.items():
        if gallery.edit_details(image_ids, lambda d, f=facts: apply_changes(d, f), label):
            steps += 1
    return steps
