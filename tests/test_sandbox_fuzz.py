"""The sandbox answers bad input with 4xx, never 500: every route of the plentymarkets images
API, fuzzed with schemathesis from the OpenAPI subset in tests/data (positive and negative
data), as generated and once more aimed at a real item and image, so the generated bodies
reach the validation code behind the 404 of an unknown id.

The official subset is wrong in one place, patched here rather than the route skipped:
SPEC_PATCHES (documented per entry). Run time stays small: few examples per route, no
deadline (the sandbox runs on a busy machine), a fixed seed so CI sees the same cases.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings

pytest_plugins = ["sandbox_fixtures"]

SPEC_FILE = Path(__file__).parent / "data" / "plentymarkets-images.openapi.json"

#: (path, method, what to change, why). Kept small: each entry is a place where the official
#: subset contradicts plentymarkets' own documentation (../shared/api/plentymarkets.md).
SPEC_PATCHES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "/rest/items/{id}/images/upload",
        "post",
        {"required": ["itemId"]},
        "the subset's body lists lang, name, type and value as required at the top level; "
        "they belong to the names[] and availabilities[] entries, and uploadFileName is only "
        "required together with uploadImageData",
    ),
]

EXAMPLES_PER_ROUTE = 3


def patched_spec() -> dict[str, Any]:
    spec = copy.deepcopy(json.loads(SPEC_FILE.read_text(encoding="utf-8")))
    for path, method, change, _why in SPEC_PATCHES:
        schema = spec["paths"][path][method]["requestBody"]["content"]["application/json"]
        schema["schema"].update(change)
    return spec


schema = schemathesis.openapi.from_dict(patched_spec())


@pytest.fixture(scope="module")
def session() -> requests.Session:
    with requests.Session() as session:
        yield session


def _aimed(case: Any, server: Any) -> dict[str, Any]:
    """The case's path parameters pointed at item 101 and one of its images."""
    item = 101
    image = server.state.item_images(item)[0]
    image_id = getattr(image, "id", image)
    aimed = dict(case.path_parameters or {})
    for name in aimed:
        if name == "id":
            aimed[name] = item
        elif name == "imageId":
            aimed[name] = image_id
    return aimed


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_ROUTE,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_route_answers_500(case, server, plenty, session) -> None:
    if isinstance(case.body, dict) and isinstance(case.body.get("uploadUrl"), str):
        # The sandbox downloads uploadUrl like plentymarkets would: keep that on loopback
        # (a generated host would cost a DNS lookup or a 10 s timeout per example).
        case.body["uploadUrl"] = f"{server.base_url}/no-such-picture.jpg"
    for attempt in ("as generated", "aimed at item 101"):
        if attempt != "as generated":
            case.path_parameters = _aimed(case, server)
        answer = case.call(base_url=server.base_url, session=session, headers=plenty, timeout=10)
        assert answer.status_code < 500, (
            f"{case.method} {case.formatted_path} ({attempt}) answered {answer.status_code}: "
            f"{answer.text[:300]}\nbody: {str(case.body)[:300]}"
        )


def test_an_upload_whose_name_language_is_an_object_is_a_422(http, plenty) -> None:
    """The case the issue found by hand: `names[0].lang` = {} was an HTTP 500 (unhashable)."""
    body = {
        "itemId": 101,
        "uploadFileName": "x",
        "uploadImageData": "aGVsbG8=",
        "names": [{"lang": {}, "name": "x"}],
        "availabilities": [{"type": [], "value": 1}],
    }
    answer = http.post("/rest/items/101/images/upload", json=body, headers=plenty)
    assert answer.status_code == 422, answer.text
    errors = answer.json()["validation_errors"]
    assert "names.0.lang" in errors and "availabilities.0.type" in errors
