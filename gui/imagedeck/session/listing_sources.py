"""Where the listing browser's pages and the open-listing dialog's look-ups come from: the
GUI thread's client of one marketplace. Plain coroutine functions, no Qt: the tree model and
the dialog (ui/browser/) are given them.

A client with `search_listings` pages through the whole catalogue; one without it (an older
or a test client) still gives its first page through `list_listings`, the look-up the
open-listing dialog uses (`directory_fetchers`), so the browser never shows less than the
dialog. Only plentymarkets items have children (their variations).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.session.ports import Clients
from imagedeck.texts import QT_TRANSLATE_NOOP

SearchPage = Callable[[str, int], Awaitable[ListingPage]]
ChildrenPage = Callable[[ListingRef, int], Awaitable[ListingPage]]
ListingsFetch = Callable[[str], Awaitable[list[ListingSummary]]]
VariationsFetch = Callable[[str, str], Awaitable[list[tuple[str, str]]]]

#: The results' heading per marketplace; the browser shows them with `translated()`.
RESULT_HEADINGS = {
    "plentymarkets": QT_TRANSLATE_NOOP("ListingSources", "Items"),
    "autoscout24": QT_TRANSLATE_NOOP("ListingSources", "Vehicles"),
}


def browser_fetchers(clients: Clients, marketplace: str) -> tuple[SearchPage, ChildrenPage | None]:
    """The browser's search and (for plentymarkets) variation look-ups for `marketplace`.

    The client is looked up on every call, not now, so a connection that cannot be opened
    shows its error in the tree (with retry) instead of breaking the window.
    """
    listings, _variations = directory_fetchers(clients)

    async def search(query: str, page: int) -> ListingPage:
        client = clients.client(marketplace)
        paged = getattr(client, "search_listings", None)
        if paged is not None:
            return await paged(query, page)
        needle = query.strip().lower()
        entries = [
            s
            for s in await listings(marketplace)
            if needle in f"{s.ref.listing_id} {s.title}".lower()
        ]
        return ListingPage(tuple(entries), 1, True, len(entries))

    async def children(ref: ListingRef, page: int) -> ListingPage:
        client = clients.client(marketplace)
        paged = getattr(client, "variations_page", None)
        if paged is None:
            return ListingPage((), page, True, 0)
        return await paged(ref.listing_id, page)

    return search, (children if marketplace == "plentymarkets" else None)


def directory_fetchers(clients: Clients) -> tuple[ListingsFetch, VariationsFetch]:
    """The dialog's two look-ups, served by the GUI thread's clients."""

    async def listings(marketplace: str) -> list[ListingSummary]:
        return await clients.client(marketplace).list_listings()

    async def variations(marketplace: str, listing_id: str) -> list[tuple[str, str]]:
        fetch = getattr(clients.client(marketplace), "list_variations", None)
        return await fetch(listing_id) if fetch is not None else []

    return listings, variations
