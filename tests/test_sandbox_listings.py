"""The sandbox's list routes as a listing browser pages through them: plentymarkets' item
list, an item's variations and the variation search by number, all in the paging envelope;
AutoScout24's vehicle list with HAL paging links. Sizes, last pages, totals and filters are
checked against the demo catalogue (234 items, 40 vehicles)."""

from __future__ import annotations

import httpx
import pytest

from imagedeck.sandbox.catalogue import CATALOGUE_ITEMS, CATALOGUE_VEHICLES, FIRST_ITEM_ID
from imagedeck.sandbox.demo import VEHICLE_FULL, VEHICLE_SMALL
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]

ITEMS = 4 + CATALOGUE_ITEMS
ENVELOPE = {
    "page",
    "totalsCount",
    "isLastPage",
    "lastPageNumber",
    "firstOnPage",
    "lastOnPage",
    "itemsPerPage",
    "entries",
}


def _get(http: httpx.Client, path: str, headers: dict, **params) -> dict:
    # No `params` at all for a link's href: httpx would replace its query with an empty one.
    answer = (
        http.get(path, params=params, headers=headers)
        if params
        else http.get(path, headers=headers)
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def _frame(page: dict) -> tuple:
    return tuple(page[k] for k in ("page", "totalsCount", "isLastPage", "lastPageNumber"))


def test_item_pages_cover_the_catalogue_once(server: SandboxServer, http, plenty) -> None:
    first = _get(http, "/rest/items", plenty)
    assert set(first) == ENVELOPE
    assert _frame(first) == (1, ITEMS, False, 5)
    assert (first["itemsPerPage"], first["firstOnPage"], first["lastOnPage"]) == (50, 1, 50)
    seen = [e["id"] for e in first["entries"]]
    for number in range(2, 6):
        page = _get(http, "/rest/items", plenty, page=number)
        assert page["isLastPage"] == (number == 5)
        assert page["firstOnPage"] == (number - 1) * 50 + 1
        seen += [e["id"] for e in page["entries"]]
    assert (len(page["entries"]), page["lastOnPage"]) == (ITEMS - 200, ITEMS)
    assert seen == sorted(server.state.items) and len(set(seen)) == ITEMS
    assert seen[:4] == [101, 102, 103, 104] and seen[4] == FIRST_ITEM_ID


def test_item_page_size_is_capped_and_pages_past_the_end_are_empty(http, plenty) -> None:
    everything = _get(http, "/rest/items", plenty, itemsPerPage=1000)
    assert everything["itemsPerPage"] == 250 and len(everything["entries"]) == ITEMS
    assert _frame(everything) == (1, ITEMS, True, 1)
    beyond = _get(http, "/rest/items", plenty, page=9)
    assert beyond["entries"] == [] and beyond["isLastPage"] and beyond["lastPageNumber"] == 5
    bad = http.get("/rest/items", params={"itemsPerPage": 0}, headers=plenty)
    assert bad.status_code == 422
    assert bad.json()["validation_errors"] == {
        "itemsPerPage": ["The itemsPerPage must be a positive integer."]
    }


def test_item_search_by_name_and_id(http, plenty) -> None:
    shirts = _get(http, "/rest/items", plenty, name="t-shirt", itemsPerPage=10)
    assert _frame(shirts) == (1, 16, False, 2)
    names = [t["name1"] for e in shirts["entries"] for t in e["texts"] if t["lang"] == "de"]
    assert len(names) == 10 and all("T-Shirt" in n for n in names)
    assert _get(http, "/rest/items", plenty, name="Pfanne", lang="en")["totalsCount"] == 0
    assert _get(http, "/rest/items", plenty, name="Pfanne", lang="de")["totalsCount"] == 7
    one = _get(http, "/rest/items", plenty, id="10023")
    assert [e["id"] for e in one["entries"]] == [10023] and _frame(one) == (1, 1, True, 1)
    embedded = _get(http, "/rest/items", plenty, id="10001", **{"with": "variations"})
    numbers = [v["number"] for v in embedded["entries"][0]["variations"]]
    assert numbers == ["A-10001", "A-10001-M", "A-10001-L", "A-10001-XL"]
    bad = http.get("/rest/items", params={"id": "A-10023"}, headers=plenty)
    assert bad.status_code == 422 and "id" in bad.json()["validation_errors"]


def test_variations_of_an_item_are_paged_the_same_way(http, plenty) -> None:
    first = _get(http, "/rest/items/10001/variations", plenty, itemsPerPage=3)
    assert set(first) == ENVELOPE and _frame(first) == (1, 4, False, 2)
    assert [(v["number"], v["isMain"]) for v in first["entries"]] == [
        ("A-10001", True),
        ("A-10001-M", False),
        ("A-10001-L", False),
    ]
    second = _get(http, "/rest/items/10001/variations", plenty, itemsPerPage=3, page=2)
    assert [v["name"] for v in second["entries"]] == ["XL"] and second["isLastPage"]
    assert http.get("/rest/items/99999/variations", headers=plenty).status_code == 404


def test_variation_search_by_number(http, plenty) -> None:
    fuzzy = _get(http, "/rest/items/variations", plenty, numberFuzzy="a-1002", itemsPerPage=5)
    assert set(fuzzy) == ENVELOPE and not fuzzy["isLastPage"]
    assert all("A-1002" in v["number"] for v in fuzzy["entries"])
    everything = _get(
        http, "/rest/items/variations", plenty, numberFuzzy="a-1002", itemsPerPage=250
    )
    assert {v["itemId"] for v in everything["entries"]} == set(range(10020, 10030))
    exact = _get(http, "/rest/items/variations", plenty, numberExact="A-10023")
    assert [(v["itemId"], v["isMain"]) for v in exact["entries"]] == [(10023, True)]
    mains = _get(http, "/rest/items/variations", plenty, itemId="10001", isMain="false")
    assert [v["number"] for v in mains["entries"]] == ["A-10001-M", "A-10001-L", "A-10001-XL"]
    by_name = _get(http, "/rest/items/variations", plenty, itemName="lumo")
    assert [v["id"] for v in by_name["entries"]] == [1031]
    bad = http.get("/rest/items/variations", params={"isMain": "maybe"}, headers=plenty)
    assert bad.status_code == 422 and "isMain" in bad.json()["validation_errors"]


def test_demo_items_keep_their_names(http, plenty) -> None:
    page = _get(http, "/rest/items", plenty, id="101,104")
    names = {e["id"]: {t["lang"]: t["name1"] for t in e["texts"]} for e in page["entries"]}
    assert names[101]["en"] == "Outdoor gift set “Summit”"
    assert names[104]["de"] == "Wandersocken Merino"


def test_vehicle_list_is_paged_with_links(server: SandboxServer, http, as24) -> None:
    total = 2 + CATALOGUE_VEHICLES
    first = _get(http, "/vehicles", as24)
    data, links = first["_data"], first["_links"]
    assert first["_response"] == {"type": "Success"}
    assert data["page"] == {"number": 1, "size": 20, "totalElements": total, "totalPages": 2}
    assert [v["id"] for v in data["vehicles"]][:2] == [VEHICLE_FULL, VEHICLE_SMALL]
    assert links["next"] == {"href": "/vehicles?page=2&size=20"} and "prev" not in links
    assert len(links["vehicles"]) == 20
    seen = []
    href = "/vehicles?page=1&size=7"
    while href and len(seen) <= total:
        page = _get(http, href, as24)
        seen += [v["id"] for v in page["_data"]["vehicles"]]
        href = page["_links"].get("next", {}).get("href")
    assert page["_data"]["page"]["number"] == 6 and len(page["_data"]["vehicles"]) == 5
    assert page["_links"]["prev"] == {"href": "/vehicles?page=5&size=7"}
    assert seen == list(server.state.vehicles) and len(seen) == total


@pytest.mark.parametrize(("params", "field"), [({"size": 0}, "size"), ({"page": "x"}, "page")])
def test_vehicle_paging_errors_name_the_parameter(http, as24, params, field) -> None:
    answer = http.get("/vehicles", params=params, headers=as24)
    assert answer.status_code == 400
    message = answer.json()["_response"]["messages"][0]
    assert message["code"] == 99905 and field in message["text"]
