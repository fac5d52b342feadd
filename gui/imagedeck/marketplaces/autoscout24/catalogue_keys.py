"""AutoScout24 keys of a whole catalogue: vehicle ids and the dealer's own references.

The vehicle list is read page by page (100 per page, the most the sandbox's [guess] paging
allows); each vehicle is known by its id and, where it carries one, the dealer's reference
`identifier.offerReference`. That field is **[guess]**: the LCA documentation in
../shared/api says nothing about a dealer reference; `offerReference` is how AutoScout24's
listing data has been seen to spell it, and the sandbox serves it that way. Vehicles
without it are still found by id.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.catalogue import DEALER_REFERENCE, VEHICLE_ID, CatalogueKey
from imagedeck.model.image import ListingRef

if TYPE_CHECKING:
    from imagedeck.marketplaces.autoscout24.client import AutoScout24Client

NAME = "autoscout24"
PER_PAGE = 100


async def catalogue_keys(client: AutoScout24Client, wanted: Collection[str]) -> list[CatalogueKey]:
    """The keys among `wanted` (any case) that name one of the account's vehicles."""
    from imagedeck.marketplaces.autoscout24.client import vehicle_title

    lowered = {w.lower() for w in wanted}
    keys: list[CatalogueKey] = []
    page = 1
    while True:
        envelope = await client.call("GET", "/vehicles", params={"page": page, "size": PER_PAGE})
        data = envelope.get("_data") if isinstance(envelope, dict) else None
        vehicles = data.get("vehicles") if isinstance(data, dict) else None
        if not isinstance(vehicles, list):
            raise MarketplaceError("AutoScout24 sent an unexpected answer for the vehicle list")
        for vehicle in vehicles:
            keys += _keys(vehicle, vehicle_title(vehicle) if isinstance(vehicle, dict) else "")
        if "next" not in (envelope.get("_links") or {}) or not vehicles:
            break
        page += 1
    return [key for key in keys if key.key.lower() in lowered]


def _keys(vehicle: Any, title: str) -> list[CatalogueKey]:
    if not isinstance(vehicle, dict) or not vehicle.get("id"):
        return []
    ref = ListingRef(NAME, str(vehicle["id"]))
    keys = [CatalogueKey(str(vehicle["id"]), ref, VEHICLE_ID, title)]
    identifier = vehicle.get("identifier")
    reference = identifier.get("offerReference") if isinstance(identifier, dict) else None
    if isinstance(reference, str) and reference.strip():
        keys.append(CatalogueKey(reference.strip(), ref, DEALER_REFERENCE, title))
    return keys
