"""plentymarkets item images on the sandbox: the list's awkward order, reads, writes, uploads."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import httpx
import pytest

from imagedeck.sandbox.server import SandboxServer

if TYPE_CHECKING:
    from sandbox_fixtures import SpecCheck

pytest_plugins = ["sandbox_fixtures"]

IMAGES = "/rest/items/{id}/images"
IMAGE = "/rest/items/{id}/images/{imageId}"


def test_list_is_a_plain_array_in_neither_position_nor_id_order(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    answer = http.get("/rest/items/101/images", headers=plenty)
    assert answer.status_code == 200
    images = answer.json()
    assert isinstance(images, list) and len(images) == 64
    spec.route(IMAGES, "get", images)
    for image in images:
        spec.image(image)
    positions = [i["position"] for i in images]
    ids = [i["id"] for i in images]
    assert positions != sorted(positions)
    assert ids != sorted(ids) and ids != sorted(ids, reverse=True)
    assert len(set(positions)) < len(positions), "item 101 has duplicate positions"
    by_position = [i["id"] for i in sorted(images, key=lambda i: (i["position"], i["id"]))]
    assert by_position == server.state.plenty_order(101)
    assert http.get("/rest/items/101/images", headers=plenty).json() == images  # stable


def test_demo_items_have_the_documented_shape(server: SandboxServer) -> None:
    state = server.state
    assert sorted(state.items)[:4] == [101, 102, 103, 104]  # then the catalogue (10001-)
    assert len(state.plenty_order(101)) == 64
    assert sorted(state.items[101].variations) == [1011, 1012, 1013]
    subsets = [set(state.plenty_order(101, v)) for v in (1011, 1012, 1013)]
    assert all(0 < len(s) < 64 for s in subsets) and len({frozenset(s) for s in subsets}) == 3
    assert set().union(*subsets) != set(state.plenty_order(101)), "some images are unlinked"
    positions = [state.images[i].position for i in state.plenty_order(101)]
    assert positions[0] == 0 and positions[-1] > 10 * 63, "sparse, with gaps"
    assert len(state.plenty_order(102)) == 12 and len(state.plenty_order(103)) == 4
    assert {state.images[i].position for i in state.plenty_order(103)} == {0}
    assert state.plenty_order(104) == []
    availabilities = {
        (a.type, a.value == -1) for i in state.images.values() for a in i.availabilities
    }
    assert availabilities == {
        (t, b) for t in ("mandant", "marketplace", "listing") for b in (True, False)
    }
    languages = [set(state.images[i].names) for i in state.plenty_order(101)]
    assert {"de", "en"} in languages and {"de"} in languages


def test_get_one_image_and_not_found_errors(http: httpx.Client, plenty: dict, spec: SpecCheck):
    answer = http.get("/rest/items/101/images/2001", headers=plenty)
    assert answer.status_code == 200
    spec.route(IMAGE, "get", answer.json())
    for url in (
        "/rest/items/101/images/2101",
        "/rest/items/101/images/9999",
        "/rest/items/9/images",
    ):
        missing = http.get(url, headers=plenty)
        assert missing.status_code == 404
        assert "No query results" in missing.json()["error"]["message"]


def test_put_moves_one_image_and_its_updated_at(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    before = http.get("/rest/items/101/images/2001", headers=plenty).json()
    last = server.state.plenty_order(101)[-1]
    target = server.state.images[last].position + 10
    answer = http.put(
        "/rest/items/101/images/2001", json={"itemId": 101, "position": target}, headers=plenty
    )
    assert answer.status_code == 200
    spec.route(IMAGE, "put", answer.json())
    assert answer.json()["position"] == target
    assert answer.json()["updatedAt"] != before["updatedAt"]
    assert server.state.plenty_order(101)[-1] == 2001
    assert server.state.count("PUT", "/rest/items/101/images/") == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"itemId": 101, "position": -1}, "position"),
        ({"itemId": 101, "position": "5"}, "position"),
        ({"itemId": 101, "position": 1.5}, "position"),
        ({"itemId": 101, "position": True}, "position"),
        ({"position": 5}, "itemId"),
        ({"itemId": 102, "position": 5}, "itemId"),
        ({"itemId": 101, "fileType": "bmp"}, "fileType"),
    ],
)
def test_put_validates_like_laravel(http: httpx.Client, plenty: dict, body: dict, field: str):
    answer = http.put("/rest/items/101/images/2001", json=body, headers=plenty)
    assert answer.status_code == 422
    error = answer.json()
    assert error["error"]["code"] == 422 and error["error"]["message"]
    assert list(error["validation_errors"]) == [field]
    assert all(isinstance(m, str) for m in error["validation_errors"][field])


def test_delete_removes_image_links_and_files(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    image_id = server.state.plenty_order(101, 1011)[0]
    url = http.get(f"/rest/items/101/images/{image_id}", headers=plenty).json()["urlPreview"]
    answer = http.delete(f"/rest/items/101/images/{image_id}", headers=plenty)
    assert answer.status_code == 200 and answer.json() == {}
    spec.route(IMAGE, "delete", answer.json())
    assert image_id not in [
        i["id"] for i in http.get("/rest/items/101/images", headers=plenty).json()
    ]
    assert image_id not in server.state.plenty_order(101, 1011)
    assert http.get(url).status_code == 404
    assert http.delete(f"/rest/items/101/images/{image_id}", headers=plenty).status_code == 404


def test_variation_images_are_the_linked_subset(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck
) -> None:
    path = "/rest/items/{id}/variations/{variationId}/images"
    answer = http.get("/rest/items/101/variations/1012/images", headers=plenty)
    assert answer.status_code == 200
    spec.route(path, "get", answer.json())
    assert {i["id"] for i in answer.json()} == set(server.state.plenty_order(101, 1012))
    assert all(i["hasLinkedVariations"] == 1 for i in answer.json())
    assert http.get("/rest/items/101/variations/1021/images", headers=plenty).status_code == 404


def test_updated_at_filter_takes_iso_unix_and_phrases(
    http: httpx.Client, plenty: dict, server: SandboxServer
) -> None:
    images = http.get("/rest/items/101/images", headers=plenty).json()
    newest = max(datetime.fromisoformat(i["updatedAt"]) for i in images)
    http.put("/rest/items/101/images/2005", json={"itemId": 101, "position": 3}, headers=plenty)
    for since in (newest.isoformat(), str(int(newest.timestamp())), "-1 day", "today"):
        answer = http.get("/rest/items/101/images", params={"updatedAt": since}, headers=plenty)
        assert [i["id"] for i in answer.json()] == [2005], since
    old = (newest - timedelta(days=3650)).isoformat()
    assert (
        len(http.get("/rest/items/101/images", params={"updatedAt": old}, headers=plenty).json())
        == 64
    )
    bad = http.get("/rest/items/101/images", params={"updatedAt": "soon-ish"}, headers=plenty)
    assert bad.status_code == 422 and "updatedAt" in bad.json()["validation_errors"]


def test_upload_base64_stores_and_serves_the_file(
    http: httpx.Client, plenty: dict, server: SandboxServer, spec: SpecCheck, make_picture
) -> None:
    data = make_picture("JPEG", (640, 480))
    body = {
        "itemId": 104,
        "uploadFileName": "socks_front-1",
        "uploadImageData": base64.b64encode(data).decode(),
        "names": [
            {"lang": "de", "name": "Socken vorn"},
            {"lang": "en", "name": "Socks", "alternate": "x"},
        ],
        "availabilities": [{"type": "mandant", "value": -1}],
    }
    answer = http.post("/rest/items/104/images/upload", json=body, headers=plenty)
    assert answer.status_code == 200, answer.text
    image = answer.json()
    spec.route("/rest/items/{id}/images/upload", "post", image)
    spec.image(image)
    assert (image["width"], image["height"], image["size"]) == (640, 480, len(data))
    assert image["md5Checksum"] == hashlib.md5(data).hexdigest()
    assert image["position"] == 0 and image["fileType"] == "jpg"
    assert image["cleanImageName"] == "104-socks_front-1.jpg"
    assert {n["lang"] for n in image["names"]} == {"de", "en"}
    assert http.get(image["url"]).content == data
    assert len(http.get(image["urlPreview"]).content) < len(data)
    assert server.state.plenty_order(104) == [image["id"]]


def test_upload_without_position_lands_at_zero_beside_the_main_image(
    http: httpx.Client, plenty: dict, server: SandboxServer, make_picture
) -> None:
    data = base64.b64encode(make_picture()).decode()
    body = {"itemId": 101, "uploadFileName": "new", "uploadImageData": data}
    image = http.post("/rest/items/101/images/upload", json=body, headers=plenty).json()
    order = server.state.plenty_order(101)
    assert image["position"] == 0 and order.index(image["id"]) == 1, "(0, id) sorts after (0, main)"
    assert {a["type"] for a in image["availabilities"]} == {"mandant", "marketplace", "listing"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"uploadFileName": "photo.jpg"}, "uploadFileName"),
        ({"uploadFileName": "ümlaut"}, "uploadFileName"),
        (
            {"uploadImageData": base64.b64encode(b"hello, not a picture").decode()},
            "uploadImageData",
        ),
        ({"uploadImageData": "%%% not base64 %%%"}, "uploadImageData"),
        ({"uploadImageData": None}, "uploadImageData"),
        ({"itemId": None}, "itemId"),
        ({"names": [{"lang": "sv", "name": "x"}]}, "names.0.lang"),
        ({"availabilities": [{"type": "shop", "value": 1}]}, "availabilities.0.type"),
    ],
)
def test_upload_rejects_bad_input_with_422(
    http: httpx.Client, plenty: dict, server: SandboxServer, make_picture, change, field
) -> None:
    body = {
        "itemId": 104,
        "uploadFileName": "ok",
        "uploadImageData": base64.b64encode(make_picture()).decode(),
    }
    body = {k: v for k, v in {**body, **change}.items() if v is not None}
    answer = http.post("/rest/items/104/images/upload", json=body, headers=plenty)
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["validation_errors"]
    assert server.state.plenty_order(104) == []


def test_upload_from_url(http: httpx.Client, plenty: dict, server: SandboxServer) -> None:
    source = http.get("/rest/items/103/images/2201", headers=plenty).json()
    body = {"itemId": 104, "uploadUrl": source["urlMiddle"]}
    answer = http.post("/rest/items/104/images/upload", json=body, headers=plenty)
    assert answer.status_code == 200, answer.text
    assert (answer.json()["width"], answer.json()["height"]) == (600, 450)
    assert answer.json()["cleanImageName"].startswith("104-")
