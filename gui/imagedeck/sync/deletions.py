"""The DELETE calls a save sends for images the seller deleted in the window.

Each client plans its own (`Marketplace.plan_delete`: the path is marketplace knowledge);
the engine journals them like any other call. `absent_is_done` in their meta: a 404 on a
resumed save means an earlier attempt already deleted the image, which is what was wanted.
"""

from __future__ import annotations

from collections.abc import Iterable

from imagedeck.marketplaces.base import Marketplace, PlannedCall
from imagedeck.model.image import ListingRef


def plan_deletes(
    client: Marketplace, listing: ListingRef, image_ids: Iterable[str]
) -> list[PlannedCall]:
    """One DELETE per image id, in the given order."""
    return [client.plan_delete(listing, image_id) for image_id in image_ids]
