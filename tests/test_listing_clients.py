"""The clients' paged listing searches against the real sandbox: plentymarkets by id, item
number or name with its variations; AutoScout24's vehicles page by page and filtered; errors
arrive as MarketplaceError with the marketplace's own message."""

from __future__ import annotations

import asyncio

import pytest

from imagedeck.marketplaces.connection import Connection, demo_connections
from imagedeck.marketplaces.errors import AuthError, MarketplaceError
from imagedeck.marketplaces.plentymarkets.listings import search_kind
from imagedeck.model.image import ListingRef
from imagedeck.sandbox.catalogue import CATALOGUE_VEHICLES


def run(connection: Connection, work):
    async def main():
        client = connection.open_client()
        try:
            return await work(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


def plenty(sandbox) -> Connection:
    return demo_connections(sandbox.base_url)["plentymarkets"]


def as24(sandbox) -> Connection:
    return demo_connections(sandbox.base_url)["autoscout24"]


@pytest.mark.parametrize(
    ("query", "kind"),
    [("", "all"), ("  ", "all"), ("10023", "id"), ("A-10023", "number"), ("T-Shirt", "name")],
)
def test_what_is_typed_decides_the_search(query: str, kind: str) -> None:
    assert search_kind(query) == kind


def test_all_items_page_by_page(sandbox) -> None:
    async def pages(client):
        return [await client.search_listings("", n) for n in (1, 5)]

    first, last = run(plenty(sandbox), pages)
    assert (first.page, first.is_last, first.total, len(first.entries)) == (1, False, 234, 50)
    assert first.entries[0].ref == ListingRef("plentymarkets", "101")
    assert first.entries[0].title == "101-CLA · Outdoor-Geschenkset „Gipfel“"
    assert [v[0] for v in first.entries[0].variations] == ["1011", "1012", "1013"]
    assert (last.page, last.is_last, len(last.entries)) == (5, True, 34)
    assert last.entries[-1].ref.listing_id == "10230"
    assert sandbox.state.count("GET", "/rest/items") == 2


def test_search_by_name_number_and_id(sandbox) -> None:
    async def searches(client):
        return [await client.search_listings(q) for q in ("t-shirt", "A-10023", "10023", "zzz")]

    by_name, by_number, by_id, nothing = run(plenty(sandbox), searches)
    assert by_name.total == 16 and all("T-Shirt" in s.title for s in by_name.entries)
    assert [s.ref.listing_id for s in by_number.entries] == ["10023"]
    assert by_number.entries[0].title == "A-10023 · Schneidebrett Eiche, schwarz"
    assert by_id.entries[0].ref.listing_id == "10023" and by_id.is_last
    assert nothing.entries == () and nothing.is_last


def test_digits_find_the_id_first_then_matching_numbers(sandbox) -> None:
    page = run(plenty(sandbox), lambda c: c.search_listings("101"))
    ids = [s.ref.listing_id for s in page.entries]
    assert ids[0] == "101" and ids.count("101") == 1
    assert "10101" in ids and all("101" in s.title for s in page.entries[1:])


def test_variations_of_an_item_open_one_variation_each(sandbox) -> None:
    page = run(plenty(sandbox), lambda c: c.variations_page("10001", 1, 3))
    assert [s.ref for s in page.entries] == [
        ListingRef("plentymarkets", "10001", "100010"),
        ListingRef("plentymarkets", "10001", "100011"),
        ListingRef("plentymarkets", "10001", "100012"),
    ]
    assert page.entries[0].title == "A-10001 · S (main)" and not page.is_last


def test_vehicles_page_by_page_and_filtered(sandbox) -> None:
    async def pages(client):
        return [
            await client.search_listings("", 1),
            await client.search_listings("", 2),
            await client.search_listings("golf", 1),
            await client.search_listings("VW-GOLF-4711", 1),
        ]

    first, second, golfs, reference = run(as24(sandbox), pages)
    assert (len(first.entries), first.is_last, first.total) == (20, False, 2 + CATALOGUE_VEHICLES)
    assert first.entries[0].title.startswith("320d Touring M Sport (BMW-320D-0815) — 2019-06")
    assert (len(second.entries), second.is_last) == (20, True)
    assert all("Golf" in s.title for s in golfs.entries) and not golfs.is_last
    assert [s.title.split(" — ")[0] for s in reference.entries] == [
        "Golf 1.5 TSI Life (VW-GOLF-4711)"
    ]


def test_errors_carry_the_marketplaces_message(sandbox) -> None:
    wrong = Connection("x", "plentymarkets", sandbox.base_url, username="demo", password="nope")
    with pytest.raises(AuthError, match="demo"):
        run(wrong, lambda c: c.search_listings("shirt"))
    with pytest.raises(MarketplaceError, match="Item"):
        run(plenty(sandbox), lambda c: c.variations_page("99999"))
    with pytest.raises(MarketplaceError, match="size must be a whole number"):
        run(as24(sandbox), lambda c: c.search_listings("", 1, 500))


def test_errors_are_advised_for_the_marketplace_that_answered(sandbox) -> None:
    """Issue 15: AutoScout24's "not allowed" for vehicle 102 came with plentymarkets' advice
    ("give this user the right to edit item images"). Each marketplace's own next step."""
    from imagedeck.error_advice import explain

    with pytest.raises(AuthError) as refused:
        run(as24(sandbox), lambda c: c.load_images(ListingRef("autoscout24", "102")))
    assert refused.value.marketplace == "autoscout24"
    advice = explain(refused.value)
    assert "Check the vehicle id" in advice and "item images" not in advice

    with pytest.raises(MarketplaceError) as missing:
        run(plenty(sandbox), lambda c: c.variations_page("99999"))
    assert missing.value.marketplace == "plentymarkets"
    assert "vehicle" not in explain(missing.value)
