"""A shop-sized sandbox: `imagedeck sandbox --catalogue N` and the routes whole-catalogue jobs
use on it (variation search by exact number and by id, paged to the end; the budget headers
on an upload and a delete), over real HTTP."""

from __future__ import annotations

import base64
import io
import subprocess
import sys

import httpx
from PIL import Image

from imagedeck.sandbox.catalogue import FIRST_ITEM_ID
from imagedeck.sandbox.server import SandboxServer

BUDGET_HEADERS = (
    "x-plenty-global-short-period-calls-left",
    "x-plenty-global-short-period-decay",
    "x-plenty-global-long-period-calls-left",
    "x-plenty-route-calls-left",
)


def _login(http: httpx.Client) -> dict[str, str]:
    answer = http.post("/rest/login", json={"username": "demo", "password": "demo"})
    return {"Authorization": f"Bearer {answer.json()['accessToken']}"}


def test_a_5000_item_catalogue_pages_to_its_end_and_finds_numbers_exactly() -> None:
    with (
        SandboxServer(catalogue=5000, vehicles=0, warm_pictures=False) as server,
        httpx.Client(base_url=server.base_url, timeout=30) as http,
    ):
        assert len(server.state.items) == 5004 and len(server.state.vehicles) == 2
        auth = _login(http)
        last = FIRST_ITEM_ID + 4999
        hit = http.get("/rest/items/variations", params={"numberExact": f"A-{last}"}, headers=auth)
        assert [v["itemId"] for v in hit.json()["entries"]] == [last]
        # A size variation's number extends its item's: exact means exact.
        sizes = http.get(
            "/rest/items/variations", params={"numberExact": f"A-{FIRST_ITEM_ID}-M"}, headers=auth
        ).json()["entries"]
        assert [(v["itemId"], v["number"]) for v in sizes] == [
            (FIRST_ITEM_ID, f"A-{FIRST_ITEM_ID}-M")
        ]
        by_id = http.get(
            "/rest/items/variations", params={"id": f"{last * 10},1011"}, headers=auth
        ).json()["entries"]
        assert sorted(v["id"] for v in by_id) == [1011, last * 10]
        seen, page = 0, 1
        while True:
            body = http.get(
                "/rest/items/variations", params={"page": page, "itemsPerPage": 250}, headers=auth
            ).json()
            seen += len(body["entries"])
            if body["isLastPage"]:
                break
            page += 1
        assert seen == body["totalsCount"] > 5000 and page == -(-seen // 250)


def test_uploads_and_deletes_carry_the_budget_headers(sandbox) -> None:
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(picture, "JPEG")
    with httpx.Client(base_url=sandbox.base_url, timeout=30) as http:
        auth = _login(http)
        upload = http.post(
            "/rest/items/10001/images/upload",
            json={
                "itemId": 10001,
                "uploadFileName": "A-10001-1",
                "fileType": "jpg",
                "uploadImageData": base64.b64encode(picture.getvalue()).decode(),
            },
            headers=auth,
        )
        assert upload.status_code == 200, upload.text
        gone = http.delete(f"/rest/items/10001/images/{upload.json()['id']}", headers=auth)
        assert gone.status_code == 200, gone.text
        for answer in (upload, gone):
            assert all(answer.headers.get(name) for name in BUDGET_HEADERS), answer.headers


def test_the_sandbox_command_refuses_a_bad_catalogue_size() -> None:
    answer = subprocess.run(
        [sys.executable, "-m", "imagedeck", "sandbox", "--catalogue", "lots"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert answer.returncode == 2 and "'lots' is not a whole number" in answer.stderr
