"""From two states of an image's details to the calls that save the difference: one fact, one
call, and exactly the route, method and body the plentymarkets contract names for it."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

from imagedeck.marketplaces.autoscout24.client import AutoScout24Client
from imagedeck.marketplaces.errors import ValidationError
from imagedeck.marketplaces.plentymarkets.details import answer_matches, plan_detail_calls
from imagedeck.model.changes import (
    AvailabilityAdded,
    AvailabilityRemoved,
    NameAdded,
    NameChanged,
    NameRemoved,
    VariationLinked,
    VariationUnlinked,
    apply_changes,
    detail_changes,
)
from imagedeck.model.details import Availability, ImageDetails, ImageName
from imagedeck.model.image import ListingRef

ALL_STORES = Availability("mandant")
MARKET_4 = Availability("marketplace", 4)

BEFORE = ImageDetails(
    (ImageName("de", "Vorne"), ImageName("en", "Front"), ImageName("it", "Davanti")),
    {ALL_STORES, Availability("listing")},
    {"1011", "1012"},
)
AFTER = ImageDetails(
    (ImageName("de", "Vorne", "Vorderseite"), ImageName("en", "Front"), ImageName("fr", "Face")),
    {ALL_STORES, MARKET_4},
    {"1012", "1013"},
)


def test_every_changed_fact_is_one_change_and_nothing_else_is() -> None:
    assert detail_changes(BEFORE, AFTER) == [
        NameRemoved("it"),
        NameChanged(ImageName("de", "Vorne", "Vorderseite")),
        NameAdded(ImageName("fr", "Face")),
        AvailabilityRemoved(Availability("listing")),
        AvailabilityAdded(MARKET_4),
        VariationUnlinked("1011"),
        VariationLinked("1013"),
    ]
    assert detail_changes(BEFORE, BEFORE) == []


def test_changes_describe_themselves() -> None:
    words = [change.describe() for change in detail_changes(BEFORE, AFTER)]
    assert words == [
        "remove the Italian name",
        "change the German name 'Vorne' (alt 'Vorderseite')",
        "add the French name 'Face'",
        "remove it from all listings",
        "make it available in marketplace 4",
        "unlink it from variation 1011",
        "link it to variation 1013",
    ]


names = st.lists(
    st.builds(ImageName, st.sampled_from(["de", "en", "fr", "cz"]), st.sampled_from(["a", "b"])),
    unique_by=lambda n: n.lang,
    max_size=4,
)
details = st.builds(
    ImageDetails,
    names.map(tuple),
    st.frozensets(
        st.builds(
            Availability,
            st.sampled_from(["mandant", "marketplace", "listing"]),
            st.integers(-1, 3),
        )
    ),
    st.frozensets(st.sampled_from(["1011", "1012", "1013"])),
)


@given(details, details)
def test_applying_the_changes_reaches_the_target(before: ImageDetails, after: ImageDetails) -> None:
    changes = detail_changes(before, after)
    assert apply_changes(before, changes) == after
    assert len(changes) == _facts(before, after)  # one change per differing fact


def _facts(before: ImageDetails, after: ImageDetails) -> int:
    old = {n.lang: n for n in before.names}
    new = {n.lang: n for n in after.names}
    langs = sum(1 for lang in old.keys() | new.keys() if old.get(lang) != new.get(lang))
    return (
        langs
        + len(before.availabilities ^ after.availabilities)
        + len(before.variations ^ after.variations)
    )


def test_the_calls_are_the_contracts_routes_with_their_bodies() -> None:
    calls = plan_detail_calls("101", "2001", detail_changes(BEFORE, AFTER))
    image = "/rest/items/101/images/2001"
    assert [(c.method, c.path, c.json) for c in calls] == [
        ("DELETE", f"{image}/names/it", None),
        (
            "PUT",
            f"{image}/names/de",
            {"imageId": 2001, "lang": "de", "name": "Vorne", "alternate": "Vorderseite"},
        ),
        (
            "POST",
            f"{image}/names",
            {"imageId": 2001, "lang": "fr", "name": "Face", "alternate": ""},
        ),
        ("DELETE", f"{image}/availabilities", {"imageId": 2001, "type": "listing", "value": -1}),
        ("POST", f"{image}/availabilities", {"imageId": 2001, "type": "marketplace", "value": 4}),
        ("DELETE", "/rest/items/101/variations/1011/variation_images/2001", None),
        (
            "POST",
            "/rest/items/101/variations/1013/variation_images",
            {"imageId": 2001, "itemId": 101, "variationId": 1013},
        ),
    ]
    assert all(c.label.startswith("image 2001: ") for c in calls)


def test_posts_say_how_to_check_them_and_deletes_accept_absence() -> None:
    calls = plan_detail_calls("101", "2001", detail_changes(BEFORE, AFTER))
    for call in calls:
        if call.method == "POST":
            assert call.meta["check"]["path"].startswith("/rest/items/101/images/2001/")
        elif call.method == "DELETE":
            assert call.meta == {"absent_is_done": True}
        else:
            assert call.meta == {}
    checks = {c.path: c.meta["check"] for c in calls if c.method == "POST"}
    assert checks["/rest/items/101/images/2001/names"] == {
        "path": "/rest/items/101/images/2001/names/fr",
        "match": {"lang": "fr", "name": "Face", "alternate": ""},
    }


@pytest.mark.parametrize(
    ("answer", "match", "expected"),
    [
        ([{"type": "marketplace", "value": 4.0}], {"type": "marketplace", "value": 4}, True),
        ([{"type": "marketplace", "value": 5.0}], {"type": "marketplace", "value": 4}, False),
        ({"lang": "fr", "name": "Face", "alternate": None}, {"lang": "fr", "alternate": ""}, True),
        ({"lang": "fr", "name": "Autre"}, {"lang": "fr", "name": "Face"}, False),
        ([{"variationId": 1013}, {"variationId": 1011}], {"variationId": 1013}, True),
        ([], {"variationId": 1013}, False),
        (None, {"variationId": 1013}, False),
    ],
)
def test_answer_matches(answer: object, match: dict, expected: bool) -> None:
    assert answer_matches(answer, match) is expected


def test_autoscout24_has_no_details() -> None:
    async def check() -> None:
        client = AutoScout24Client("http://127.0.0.1:9", client_id="x", client_secret="y")
        try:
            assert client.supports_details is False
            vehicle = ListingRef("autoscout24", "v1")
            assert await client.load_details(vehicle) == {}
            assert client.plan_details(vehicle, "i1", []) == []
            with pytest.raises(ValidationError, match="AutoScout24 images have no names"):
                client.plan_details(vehicle, "i1", [NameRemoved("de")])
        finally:
            await client.aclose()

    asyncio.run(check())


SPEC = json.loads(
    (Path(__file__).parent / "data" / "plentymarkets-images.openapi.json").read_text("utf-8")
)


def _operation(method: str, path: str) -> dict:
    """The spec's operation for a concrete path, by matching its templates."""
    for template, operations in SPEC["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in operations:
            return operations[method.lower()]
    raise AssertionError(f"{method} {path} is not a route of the contract")


def test_every_planned_call_is_a_route_of_the_contract_with_a_valid_body() -> None:
    calls = plan_detail_calls("101", "2001", detail_changes(BEFORE, AFTER))
    for call in calls:
        operation = _operation(call.method, call.path)
        schema = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
        if schema is None:
            assert call.json is None, call
        else:
            OAS30Validator(schema["schema"]).validate(call.json)
