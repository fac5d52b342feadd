"""plentymarkets image names, availabilities, variation links and items on the sandbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
import pytest

from imagedeck.sandbox.server import SandboxServer

if TYPE_CHECKING:
    from sandbox_fixtures import SpecCheck

pytest_plugins = ["sandbox_fixtures"]

NAMES = "/rest/items/{id}/images/{imageId}/names"
NAME = "/rest/items/{id}/images/{imageId}/names/{lang}"
AVAILABILITIES = "/rest/items/{id}/images/{imageId}/availabilities"
LINKS = "/rest/items/{id}/variations/{variationId}/variation_images"


def test_names_crud(http: httpx.Client, plenty: dict, spec: SpecCheck) -> None:
    base = "/rest/items/101/images/2001/names"
    listed = http.get(base, headers=plenty)
    spec.route(NAMES, "get", listed.json())
    assert {n["lang"] for n in listed.json()} >= {"de"}
    created = http.post(base, json={"imageId": 2001, "lang": "fr", "name": "Vue"}, headers=plenty)
    assert created.status_code == 200
    spec.route(NAMES, "post", created.json())
    twice = http.post(base, json={"imageId": 2001, "lang": "fr", "name": "Encore"}, headers=plenty)
    assert twice.status_code == 422
    body = {"imageId": 2001, "lang": "fr", "name": "Vue de face", "alternate": "face"}
    updated = http.put(f"{base}/fr", json=body, headers=plenty)
    spec.route(NAME, "put", updated.json())
    got = http.get(f"{base}/fr", headers=plenty)
    spec.route(NAME, "get", got.json())
    assert got.json() == {**body, "imageId": 2001}
    deleted = http.delete(f"{base}/fr", headers=plenty)
    assert deleted.status_code == 200
    spec.route(NAME, "delete", deleted.json())
    assert http.get(f"{base}/fr", headers=plenty).status_code == 404
    assert http.put(f"{base}/fr", json=body, headers=plenty).status_code == 404


@pytest.mark.parametrize("lang", ["sv", "cs", "zh", "EN", "xx"])
def test_unknown_language_codes_are_422(http: httpx.Client, plenty: dict, lang: str) -> None:
    base = "/rest/items/101/images/2001/names"
    body = {"imageId": 2001, "lang": lang, "name": "x"}
    assert http.post(base, json=body, headers=plenty).status_code == 422
    assert http.get(f"{base}/{lang}", headers=plenty).status_code == 422
    assert http.put(f"{base}/{lang}", json=body, headers=plenty).status_code == 422


def test_plenty_language_codes_are_accepted(http: httpx.Client, plenty: dict) -> None:
    for lang in ("se", "cz", "cn", "vn", "nn"):
        body = {"imageId": 2001, "lang": lang, "name": f"name {lang}"}
        answer = http.post("/rest/items/101/images/2001/names", json=body, headers=plenty)
        assert answer.status_code == 200, lang


def test_availabilities_post_and_delete_with_body(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    url = "/rest/items/101/images/2001/availabilities"
    listed = http.get(url, headers=plenty)
    spec.each(AVAILABILITIES, "get", listed.json())
    body = {"imageId": 2001, "type": "marketplace", "value": 9}
    created = http.post(url, json=body, headers=plenty)
    spec.route(AVAILABILITIES, "post", created.json())
    assert created.json() == {**body, "value": 9.0}
    http.post(url, json=body, headers=plenty)  # the same pair again: nothing duplicated
    pairs = [(a["type"], a["value"]) for a in http.get(url, headers=plenty).json()]
    assert pairs.count(("marketplace", 9.0)) == 1
    deleted = http.request("DELETE", url, json=body, headers=plenty)
    assert deleted.status_code == 200
    spec.route(AVAILABILITIES, "delete", deleted.json())
    assert ("marketplace", 9.0) not in [
        (a.type, a.value) for a in server.state.images[2001].availabilities
    ]
    assert http.request("DELETE", url, json=body, headers=plenty).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"imageId": 2001, "type": "shop", "value": 1},
        {"imageId": 2001, "type": "listing", "value": "one"},
        {"imageId": 2001, "value": 1},
        {"type": "listing", "value": 1},
    ],
)
def test_availability_validation(http: httpx.Client, plenty: dict, body: dict) -> None:
    url = "/rest/items/101/images/2001/availabilities"
    assert http.post(url, json=body, headers=plenty).status_code == 422


def test_variation_links(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    unlinked = next(
        i for i in server.state.plenty_order(101) if not server.state.has_linked_variations(i)
    )
    image = http.get(f"/rest/items/101/images/{unlinked}", headers=plenty).json()
    assert image["hasLinkedVariations"] == 0
    for url, path in (
        ("/rest/items/101/variation_images", "/rest/items/{id}/variation_images"),
        (
            "/rest/items/101/images/2001/variation_images",
            "/rest/items/{id}/images/{imageId}/variation_images",
        ),
        ("/rest/items/101/variations/1013/variation_images", LINKS),
    ):
        answer = http.get(url, headers=plenty)
        assert answer.status_code == 200 and answer.json()
        spec.each(path, "get", answer.json())
    body = {"imageId": unlinked, "itemId": 101, "variationId": 1013}
    created = http.post(
        "/rest/items/101/variations/1013/variation_images", json=body, headers=plenty
    )
    assert created.status_code == 200
    spec.route(LINKS, "post", created.json())
    assert unlinked in server.state.plenty_order(101, 1013)
    image = http.get(f"/rest/items/101/images/{unlinked}", headers=plenty).json()
    assert image["hasLinkedVariations"] == 1
    link = f"/rest/items/101/variations/1013/variation_images/{unlinked}"
    deleted = http.delete(link, headers=plenty)
    assert deleted.status_code == 200
    spec.route(LINKS + "/{imageId}", "delete", deleted.json())
    assert http.delete(link, headers=plenty).status_code == 404
    wrong = {"imageId": unlinked, "itemId": 101, "variationId": 1012}
    mismatch = http.post(
        "/rest/items/101/variations/1013/variation_images", json=wrong, headers=plenty
    )
    assert mismatch.status_code == 422


def test_items_are_paged_and_filtered(http: httpx.Client, plenty: dict) -> None:
    demo = {"id": "101,102,103,104"}  # the picture items; test_sandbox_listings pages the rest
    page = http.get("/rest/items", params={**demo, "itemsPerPage": 3}, headers=plenty).json()
    assert set(page) == {
        "page",
        "totalsCount",
        "isLastPage",
        "lastPageNumber",
        "firstOnPage",
        "lastOnPage",
        "itemsPerPage",
        "entries",
    }
    assert (page["totalsCount"], page["lastPageNumber"], page["isLastPage"]) == (4, 2, False)
    second = http.get(
        "/rest/items", params={**demo, "itemsPerPage": 3, "page": 2}, headers=plenty
    ).json()
    assert [e["id"] for e in second["entries"]] == [104] and second["isLastPage"]
    found = http.get("/rest/items", params={"name": "LUMO"}, headers=plenty).json()
    assert [e["id"] for e in found["entries"]] == [103]
    assert (
        http.get("/rest/items", params={"id": "101,102"}, headers=plenty).json()["totalsCount"] == 2
    )
    item = http.get("/rest/items/101", params={"with": "variations"}, headers=plenty).json()
    assert item["mainVariationId"] == 1011
    assert {t["lang"] for t in item["texts"]} == {"de", "en"}
    assert [v["id"] for v in item["variations"]] == [1011, 1012, 1013]
    variations = http.get("/rest/items/101/variations", headers=plenty).json()
    assert [(v["id"], v["isMain"]) for v in variations["entries"]] == [
        (1011, True),
        (1012, False),
        (1013, False),
    ]
    assert http.get("/rest/items/999", headers=plenty).status_code == 404
    assert http.get("/rest/items", params={"page": "x"}, headers=plenty).status_code == 422
