"""Putting the seller's detail edits back on top after the window re-read the server.

A re-read (after a cancelled save, or when the seller kept editing while a save ran) replaces
the gallery's state with the server's. Edits must not be lost, so the facts the seller changed
(model/changes.py: "set the English name", "link to variation 1012") are made again on the new
state, leaving whatever else changed on the server alone — the same rule the save engine's
overwrite follows. They go back on as gallery edits, so they show as unsaved and Undo takes
them off again.
"""

from __future__ import annotations

from collections.abc import Mapping

from imagedeck.model.changes import DetailChange, apply_changes, detail_changes
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.gallery import Gallery

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
    """Make `edits` again on the gallery's images that still exist, as ONE undo step (the
    seller sees one act: "my edits are back"); returns the number of steps (0 or 1)."""
    present = set(gallery.order)
    transforms = {
        image_id: (lambda details, facts=facts: apply_changes(details, facts))
        for image_id, facts in edits.items()
        if image_id in present
    }
    return 1 if gallery.edit_each(transforms, label) else 0
