"""Finding plentymarkets items: by id, by item number or by name, one page at a time.

What the seller types decides the route, because plentymarkets keeps the item number on the
variation, not on the item:

* nothing: every item, `GET /rest/items` page by page;
* digits only ("10023"): the item with that id first, then every item whose variation number
  contains the digits (`GET /rest/items/variations?numberFuzzy=`), since sellers type
  numbers without their prefix as often as ids;
* a word with a digit and no space ("A-10023"): the number search alone;
* anything else: the name search (`GET /rest/items?name=`).

Items are read `with=variations`, so one call gives a page of items with their variations
(and their numbers); reads are rate-limited, and expanding an item then costs nothing.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any, Protocol

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.http import HttpResponse
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.texts import QT_TRANSLATE_NOOP, Text


class Calls(Protocol):
    """What the look-ups need of the client: an authorised call (typed here so this module
    need not import the client, which imports it)."""

    async def call(self, method: str, path: str, **kwargs: Any) -> HttpResponse: ...


NAME = "plentymarkets"
PER_PAGE = 50
_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"\S*\d\S*")


def search_kind(query: str) -> str:
    """How `query` is searched: "all", "id" (digits: id, then numbers), "number" or "name"."""
    query = query.strip()
    if not query:
        return "all"
    if _DIGITS.fullmatch(query):
        return "id"
    if _NUMBER.fullmatch(query):
        return "number"
    return "name"


async def search_items(
    client: Calls, query: str = "", page: int = 1, per_page: int = PER_PAGE
) -> ListingPage:
    """Page `page` of the items matching `query` (see the module docstring)."""
    query = query.strip()
    kind = search_kind(query)
    if kind in ("all", "name"):
        params: dict[str, Any] = {"page": page, "itemsPerPage": per_page, "with": "variations"}
        if query:
            params["name"] = query
        body = await _envelope(
            client, "/rest/items", params, QT_TRANSLATE_NOOP("PlentyListings", "the item list")
        )
        entries = tuple(_item_summary(e) for e in body["entries"] if isinstance(e, dict))
        return _page(body, entries)
    if kind == "id" and page == 1:
        # The id look-up and the number search at once: one round trip less to wait for.
        by_id, found = await asyncio.gather(
            _envelope(
                client,
                "/rest/items",
                {"id": query, "with": "variations"},
                QT_TRANSLATE_NOOP("PlentyListings", "item {id}").format(id=query),
            ),
            _number_search(client, query, page, per_page),
        )
        hits = tuple(_item_summary(e) for e in by_id["entries"] if isinstance(e, dict))
        known = {hit.ref for hit in hits}
        others = tuple(e for e in found.entries if e.ref not in known)
        return ListingPage(hits + others, found.page, found.is_last, None)
    return await _number_search(client, query, page, per_page)


async def variations_page(
    client: Calls, item_id: str, page: int = 1, per_page: int = PER_PAGE
) -> ListingPage:
    """Page `page` of one item's variations, each as a listing that opens that variation."""
    body = await _envelope(
        client,
        f"/rest/items/{item_id}/variations",
        {"page": page, "itemsPerPage": per_page},
        QT_TRANSLATE_NOOP("PlentyListings", "the variations of item {id}").format(id=item_id),
    )
    entries = tuple(
        ListingSummary(ListingRef(NAME, item_id, str(v.get("id"))), variation_label(v))
        for v in body["entries"]
        if isinstance(v, dict)
    )
    return _page(body, entries)


def variation_label(variation: dict[str, Any]) -> str:
    """ "A-10023-M · M (main)": number, name, and whether it is the main variation."""
    parts = [str(p) for p in (variation.get("number"), variation.get("name")) if p]
    label: str = " · ".join(parts) or QT_TRANSLATE_NOOP("PlentyListings", "Variation {id}").format(
        id=str(variation.get("id"))
    )
    if variation.get("isMain"):
        return QT_TRANSLATE_NOOP("PlentyListings", "{label} (main)").format(label=label)
    return label


async def _number_search(client: Calls, number: str, page: int, per_page: int) -> ListingPage:
    """Items whose variation numbers contain `number`; a page of variations names at most
    `per_page` items, read with one more call (names are on the item, not the variation)."""
    body = await _envelope(
        client,
        "/rest/items/variations",
        {"numberFuzzy": number, "page": page, "itemsPerPage": per_page},
        _numbered(number),
    )
    numbers: dict[str, str] = {}  # item id -> the matching number, first match wins
    for variation in body["entries"]:
        if isinstance(variation, dict) and variation.get("itemId") is not None:
            numbers.setdefault(str(variation["itemId"]), str(variation.get("number") or ""))
    entries: tuple[ListingSummary, ...] = ()
    if numbers:
        items = await _envelope(
            client,
            "/rest/items",
            {"id": ",".join(numbers), "with": "variations", "itemsPerPage": len(numbers)},
            _numbered(number),
        )
        by_id = {str(e.get("id")): e for e in items["entries"] if isinstance(e, dict)}
        entries = tuple(_item_summary(by_id[i], numbers[i]) for i in numbers if i in by_id)
    found = _page(body, entries)
    return ListingPage(found.entries, found.page, found.is_last, None)  # totalsCount: variations


def _numbered(number: str) -> Text:
    return QT_TRANSLATE_NOOP("PlentyListings", "items numbered {number}").format(
        number=repr(number)
    )


async def _envelope(client: Calls, path: str, params: dict[str, Any], what: str) -> dict[str, Any]:
    """The paging envelope at `path`; a reply of another shape is an error naming `what`."""
    answer = await client.call("GET", path, params=params)
    body = answer.json()
    if not isinstance(body, dict) or not isinstance(body.get("entries"), list):
        raise MarketplaceError(
            QT_TRANSLATE_NOOP(
                "PlentyListings",
                "plentymarkets sent an unexpected answer for {what} (no paged list)",
            ).format(what=what),
            status=answer.status,
        )
    return body


def _page(body: dict[str, Any], entries: tuple[ListingSummary, ...]) -> ListingPage:
    page = _int(body.get("page")) or 1
    last = body.get("isLastPage")
    if not isinstance(last, bool):  # older answers: compare with lastPageNumber
        last = page >= (_int(body.get("lastPageNumber")) or page)
    return ListingPage(entries, page, last, _int(body.get("totalsCount")))


def _item_summary(entry: dict[str, Any], number: str = "") -> ListingSummary:
    """An item as a browser entry: its name, the main (or matching) number, its variations."""
    item_id = str(entry.get("id"))
    names = item_names(entry)
    name = names[0][1] if names else ""  # the window picks its language (title_in)
    raw_variations = [v for v in entry.get("variations") or [] if isinstance(v, dict)]
    if not number:
        main = next((v for v in raw_variations if v.get("isMain")), None)
        number = str((main or {}).get("number") or "")
    title: str = " · ".join(p for p in (number, name) if p)
    if not name:  # the id stands in for the name, in the seller's language
        title = (
            QT_TRANSLATE_NOOP("PlentyListings", "{number} · Item {id}").format(
                number=number, id=item_id
            )
            if number
            else QT_TRANSLATE_NOOP("PlentyListings", "Item {id}").format(id=item_id)
        )
    variations = tuple((str(v.get("id")), variation_label(v)) for v in raw_variations)
    return ListingSummary(
        ListingRef(NAME, item_id), title, variations=variations, names=names, number=number
    )


def item_names(entry: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """(language, name) of an item, in the shop's order, without empty names."""
    texts = entry.get("texts") or []
    return tuple(
        (str(t.get("lang")), str(t.get("name1")))
        for t in texts
        if isinstance(t, dict) and t.get("lang") and t.get("name1")
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
