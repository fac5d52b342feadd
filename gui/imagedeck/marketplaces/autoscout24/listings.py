"""Finding AutoScout24 vehicles: the account's vehicle list, one page at a time.

The list route has no documented search and no documented paging; the sandbox implements
paging in the envelope's own HAL style (`page`, `size`, `_links.next`; a guess, see
sandbox/as24/vehicles.py). A server that ignores the parameters answers every vehicle at
once without a `next` link, which reads here as a single last page, so the guess costs
nothing where it is wrong. The seller's query is matched here, on each page, against what
they recognise a vehicle by: its model version, their own offer reference and its id.
"""

from __future__ import annotations

from typing import Any, Protocol

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.texts import QT_TRANSLATE_NOOP

NAME = "autoscout24"
PER_PAGE = 20


class Calls(Protocol):
    """What the look-ups need of the client: an authorised call answering the envelope's
    data (typed here so this module need not import the client, which imports it)."""

    async def call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]: ...


def vehicle_title(vehicle: dict[str, Any]) -> str:
    """A readable label: the model version and the dealer's own reference.

    The API gives make and model as numeric ids only (names need a lookup route), so the
    free-text `modelVersion` and `identifier.offerReference` are what a dealer recognises.
    """
    parts = [str(vehicle.get("modelVersion") or "").strip()]
    reference = (vehicle.get("identifier") or {}).get("offerReference")
    if reference:
        parts.append(f"({reference})")
    return " ".join(p for p in parts if p)


async def search_vehicles(
    client: Calls, query: str = "", page: int = 1, per_page: int = PER_PAGE
) -> ListingPage:
    """Page `page` of the vehicle list, keeping the vehicles that match `query`.

    A page may hold no match and still not be the last: the caller asks for the next one.
    """
    envelope = await client.call("GET", "/vehicles", params={"page": page, "size": per_page})
    data = envelope.get("_data") if isinstance(envelope, dict) else None
    vehicles = data.get("vehicles") if isinstance(data, dict) else None
    if not isinstance(vehicles, list):
        raise MarketplaceError(
            QT_TRANSLATE_NOOP(
                "As24Listings", "AutoScout24 sent an unexpected answer for the vehicle list"
            )
        )
    needle = query.strip().lower()
    entries = []
    for vehicle in vehicles:
        if not isinstance(vehicle, dict) or not vehicle.get("id"):
            continue
        vehicle_id = str(vehicle["id"])
        title = vehicle_title(vehicle) or vehicle_id
        if needle and needle not in f"{title} {vehicle_id}".lower():
            continue
        entries.append(ListingSummary(ListingRef(NAME, vehicle_id), _describe(vehicle, title)))
    links = envelope.get("_links") or {}
    paging = data.get("page") if isinstance(data.get("page"), dict) else {}
    total = paging.get("totalElements") if not needle else None
    return ListingPage(tuple(entries), page, "next" not in links, _int(total))


def _describe(vehicle: dict[str, Any], title: str) -> str:
    """The title plus first registration and mileage, which tell two equal models apart."""
    extra = [str(vehicle.get("firstRegistration") or "")]
    mileage = _int(vehicle.get("mileage"))
    if mileage is not None:
        extra.append(f"{mileage:,} km".replace(",", "."))
    details = ", ".join(p for p in extra if p)
    return f"{title} — {details}" if details else title


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
