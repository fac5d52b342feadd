"""Where the listing browser's pages and the open-listing dialog's look-ups come from: the
GUI thread's client of one marketplace. Plain coroutine functions, no Qt: the tree model and
the dialog (ui/browser/) are given them.

A client whose `Capabilities` declare search pages through the whole catalogue; one without
it still gives its first page through `list_listings`, the look-up the open-listing dialog
uses (`directory_fetchers`), so the browser never shows less than the dialog. Listings have
children (variations) where the marketplace's capabilities say so.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from imagedeck.marketplaces.registry import MARKETPLACES, capabilities_of
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.session.ports import Clients

SearchPage = Callable[[str, int], Awaitable[ListingPage]]
ChildrenPage = Callable[[ListingRef, int], Awaitable[ListingPage]]
ListingsFetch = Callable[[str], Awaitable[list[ListingSummary]]]
VariationsFetch = Callable[[str, str], Awaitable[list[tuple[str, str]]]]

#: The results' heading per marketplace; the browser shows them with `translated()`.
RESULT_HEADINGS = {info.name: info.listings_heading for info in MARKETPLACES}


def browser_fetchers(clients: Clients, marketplace: str) -> tuple[SearchPage, ChildrenPage | None]:
    """The browser's search and (for plentymarkets) variation look-ups for `marketplace`.

    The client is looked up on every call, not now, so a connection that cannot be opened
    shows its error in the tree (with retry) instead of breaking the window.
    """
    listings, _variations = directory_fetchers(clients)

    async def search(query: str, page: int) -> ListingPage:
        client = clients.client(marketplace)
        if client.capabilities.search:
            return await client.search_listings(query, page)
        needle = query.strip().lower()
        entries = [
            s
            for s in await listings(marketplace)
            if needle in f"{s.ref.listing_id} {s.title}".lower()
        ]
        return ListingPage(tuple(entries), 1, True, len(entries))

    async def children(ref: ListingRef, page: int) -> ListingPage:
        client = clients.client(marketplace)
        if not client.capabilities.variations:
            return ListingPage((), page, True, 0)
        return await client.variations_page(ref.listing_id, page)

    return search, (children if capabilities_of(marketplace).variations else None)


def directory_fetchers(clients: Clients) -> tuple[ListingsFetch, VariationsFetch]:
    """The dialog's two look-ups, served by the GUI thread's clients."""

    async def listings(marketplace: str) -> list[ListingSummary]:
        return await clients.client(marketplace).list_listings()

    async def variations(marketplace: str, listing_id: str) -> list[tuple[str, str]]:
        client = clients.client(marketplace)
        return await client.list_variations(listing_id) if client.capabilities.variations else []

    return listings, variations
