"""Reading a listing the way the window shows it: its images and, where the marketplace has
them, their details (names, availabilities, variation links).

One place decides whether a client has details, so opening, re-reading after a cancelled save
and the panel agree; a marketplace whose `Capabilities` declare no details simply has none.
"""

from __future__ import annotations

from imagedeck.marketplaces.base import Marketplace
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef


def supports_details(client: Marketplace) -> bool:
    """Whether the marketplace keeps image names, availabilities and variation links."""
    return client.capabilities.details


async def read_listing(
    client: Marketplace, listing: ListingRef
) -> tuple[list[Image], dict[str, ImageDetails]]:
    """The listing's images in display order and their details by image id ({} without)."""
    images = await client.load_images(listing)
    if not supports_details(client):
        return images, {}
    return images, await client.load_details(listing, images)
