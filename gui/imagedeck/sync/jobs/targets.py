"""The listings a batch change applies to: given ids, a search's hits, or every listing.

The same for the CLI's `--items/--search/--all` and the window's Batch dialogs. A search
pages through the marketplace's own listing search to its end (100 per page), so a job
over a whole catalogue reads it once, in pages, never one call per listing.
"""

from __future__ import annotations

from imagedeck.marketplaces.base import Marketplace
from imagedeck.model.image import ListingRef

PER_PAGE = 100


class NoListings(ValueError):
    """The ids given name no listing."""


async def listings_of(
    client: Marketplace, *, items: str = "", search: str = "", everything: bool = False
) -> list[tuple[ListingRef, str]]:
    """(listing, label) for `items` (comma-separated ids), else `search`'s hits, else all
    listings when `everything`."""
    if items:
        ids = [part.strip() for part in items.split(",") if part.strip()]
        if not ids:
            raise NoListings("no listing id given")
        refs = [ListingRef(client.name, i) for i in dict.fromkeys(ids)]
        return [(ref, str(ref.describe())) for ref in refs]
    query = "" if everything else search
    found: dict[ListingRef, str] = {}
    page = 1
    while True:
        answer = await client.search_listings(query, page, PER_PAGE)  # type: ignore[attr-defined]
        for entry in answer.entries:
            found.setdefault(entry.ref, f"{entry.ref.describe()} ({entry.title})")
        if answer.is_last or not answer.entries:
            break
        page += 1
    return list(found.items())
