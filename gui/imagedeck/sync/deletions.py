"""The DELETE calls a save sends for images the seller deleted in the window.

Planned here (not in the clients) because they are the same kind of fact for both
marketplaces — one DELETE per image, paths as in ../shared/api — and the engine journals
them like any other call. `absent_is_done`: a 404 on a resumed save means an earlier attempt
already deleted the image, which is what was wanted.
"""

from __future__ import annotations

from collections.abc import Iterable

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.model.image import ListingRef

AUTOSCOUT24 = "autoscout24"


def plan_deletes(listing: ListingRef, image_ids: Iterable[str]) -> list[PlannedCall]:
    """One DELETE per image id, in the given order."""
    return [plan_delete(listing, image_id) for image_id in image_ids]


def plan_delete(listing: ListingRef, image_id: str) -> PlannedCall:
    """plentymarkets: DELETE /rest/items/{id}/images/{imageId} (item-wide: a variation's
    page shows the item's images). AutoScout24: DELETE /vehicles/{id}/images/{imageId}."""
    if listing.marketplace == AUTOSCOUT24:
        path = f"/vehicles/{listing.listing_id}/images/{image_id}"
    else:
        path = f"/rest/items/{listing.listing_id}/images/{image_id}"
    return PlannedCall(
        "DELETE",
        path,
        label=f"delete image {image_id}",
        meta={"absent_is_done": True, "deletes_image": True},
    )
