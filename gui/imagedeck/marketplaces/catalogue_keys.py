"""Which listings a set of names means, on any marketplace (see the per-marketplace modules).

One entry point so that callers never name a marketplace: the client's `name` picks the
module that knows its search routes.
"""

from __future__ import annotations

from collections.abc import Collection

from imagedeck.marketplaces.base import Marketplace
from imagedeck.model.catalogue import CatalogueKey


async def catalogue_keys(client: Marketplace, wanted: Collection[str]) -> list[CatalogueKey]:
    """The keys among `wanted` (compared case-insensitively) that name a listing."""
    if not wanted:
        return []
    if client.name == "plentymarkets":
        from imagedeck.marketplaces.plentymarkets.catalogue_keys import catalogue_keys as plenty

        return await plenty(client, wanted)  # type: ignore[arg-type]
    from imagedeck.marketplaces.autoscout24.catalogue_keys import catalogue_keys as as24

    return await as24(client, wanted)  # type: ignore[arg-type]
