"""plentymarkets keys of a whole catalogue: variation numbers, variation ids, item ids.

Whole-catalogue jobs ask "which listings do these names mean?" for thousands of file names
at once. Two ways to answer, and the cheaper one is taken:

* per key: `GET /rest/items/variations?numberExact=…` for each candidate spelling (and
  `?id=` in lists, `?itemId=` for candidates made of digits) — a few calls for a few files;
* in bulk: the whole variation list, `GET /rest/items/variations` page by page (250 per
  page), which answers every key at once — for a folder of thousands of files this is a
  few dozen calls instead of thousands.

The first page of the bulk read is always fetched: its `totalsCount` says what the bulk read
would cost. Only keys that some candidate asks for are kept, so memory follows the folder,
not the catalogue. The filters `numberExact`, `id` and `itemId` are [clients] (see the
sandbox's variation_search.py); numberExact compares exactly, so a per-key look-up asks for
the spelling in the file name and its upper-case form.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.catalogue import ITEM_ID, VARIATION_ID, VARIATION_NUMBER, CatalogueKey
from imagedeck.model.image import ListingRef

if TYPE_CHECKING:
    from imagedeck.marketplaces.plentymarkets.client import PlentyClient

NAME = "plentymarkets"
PER_PAGE = 250
ID_LIST = 50  # ids per `?id=` look-up
PARALLEL = 4


async def catalogue_keys(client: PlentyClient, wanted: Collection[str]) -> list[CatalogueKey]:
    """The keys among `wanted` (any case) that name a variation or an item."""
    lowered = {w.lower() for w in wanted}
    first = await _variations(client, {"page": 1, "itemsPerPage": PER_PAGE})
    pages = max(1, math.ceil(int(first.get("totalsCount") or 0) / PER_PAGE))
    digits = sorted({w for w in wanted if w.isdigit()})
    spellings = sorted({s for w in wanted if not w.isdigit() for s in (w, w.upper())})
    per_key = len(spellings) + len(digits) + math.ceil(len(digits) / ID_LIST)
    if per_key < pages:
        entries = await _per_key(client, spellings, digits)
    else:
        entries = list(first["entries"])
        rest = [{"page": p, "itemsPerPage": PER_PAGE} for p in range(2, pages + 1)]
        for body in await _gathered(client, rest):
            entries += body["entries"]
    return [key for key in keys_of(entries) if key.key.lower() in lowered]


def keys_of(variations: Iterable[Any]) -> list[CatalogueKey]:
    """Each variation's number and id, and its item's id, as keys."""
    keys = []
    for entry in variations:
        if not isinstance(entry, dict) or entry.get("id") is None or entry.get("itemId") is None:
            continue
        item, variation = str(entry["itemId"]), str(entry["id"])
        number = str(entry.get("number") or "")
        ref = ListingRef(NAME, item, variation)
        if number:
            keys.append(CatalogueKey(number, ref, VARIATION_NUMBER, number))
        keys.append(CatalogueKey(variation, ref, VARIATION_ID, number))
        keys.append(CatalogueKey(item, ListingRef(NAME, item), ITEM_ID, number))
    return keys


async def _per_key(
    client: PlentyClient, spellings: list[str], digits: list[str]
) -> list[dict[str, Any]]:
    queries: list[dict[str, Any]] = [
        {"numberExact": s, "itemsPerPage": PER_PAGE} for s in spellings
    ]
    queries += [{"itemId": d, "itemsPerPage": PER_PAGE} for d in digits]
    queries += [
        {"id": ",".join(digits[k : k + ID_LIST]), "itemsPerPage": PER_PAGE}
        for k in range(0, len(digits), ID_LIST)
    ]
    entries: list[dict[str, Any]] = []
    for body in await _gathered(client, queries):
        entries += body["entries"]
    return entries


async def _gathered(client: PlentyClient, queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answers to `queries`, a few at a time (the client's throttle paces them)."""
    gate = asyncio.Semaphore(PARALLEL)

    async def one(params: dict[str, Any]) -> dict[str, Any]:
        async with gate:
            return await _variations(client, params)

    return list(await asyncio.gather(*(one(q) for q in queries)))


async def _variations(client: PlentyClient, params: dict[str, Any]) -> dict[str, Any]:
    answer = await client.call("GET", "/rest/items/variations", params=params)
    body = answer.json()
    if not isinstance(body, dict) or not isinstance(body.get("entries"), list):
        raise MarketplaceError(
            "plentymarkets sent an unexpected answer for the variation search (no paged list)",
            status=answer.status,
        )
    return body
