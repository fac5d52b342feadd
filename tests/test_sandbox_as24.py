"""AutoScout24 on the sandbox: envelope, version and token errors, images, order, OAuth."""

from __future__ import annotations

import json
import re
import urllib.parse

import httpx
import pytest

from imagedeck.sandbox.demo import VEHICLE_FULL, VEHICLE_SMALL
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
REDIRECT = "imagedeck://oauth/callback"


def _codes(answer: httpx.Response) -> list[int]:
    return [m["code"] for m in answer.json()["_response"].get("messages", [])]


def test_every_answer_is_the_envelope(http: httpx.Client, as24: dict) -> None:
    answer = http.get("/vehicles", headers=as24)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"_links", "_request", "_response", "_data"}
    assert body["_links"]["self"] == {"href": "/vehicles"}
    assert body["_request"] == {"url": "/vehicles", "body": None, "method": "GET"}
    assert body["_response"] == {"type": "Success"}
    vehicles = body["_data"]["vehicles"]
    assert [v["id"] for v in vehicles][:2] == [VEHICLE_FULL, VEHICLE_SMALL]
    assert all(v["_links"]["self"]["href"] == f"/vehicles/{v['id']}" for v in vehicles)
    one = http.get(f"/vehicles/{VEHICLE_SMALL}", headers=as24).json()["_data"]["vehicle"]
    assert one["id"] == VEHICLE_SMALL and one["prices"][0]["currency"] == "EUR"
    unknown = http.get("/vehicles/00000000-0000-4000-8000-000000000000", headers=as24)
    assert unknown.status_code == 403 and _codes(unknown) == [50094]


@pytest.mark.parametrize(
    ("version", "status", "code"), [(None, 400, 99913), ("2.0", 400, 99908), ("1.0", 400, 99906)]
)
def test_version_header_errors(http: httpx.Client, as24: dict, version, status, code) -> None:
    headers = {k: v for k, v in as24.items() if k != "X-AS24-Version"}
    if version is not None:
        headers["X-AS24-Version"] = version
    answer = http.get("/vehicles", headers=headers)
    assert answer.status_code == status
    assert answer.json()["_response"]["type"] == "Error" and _codes(answer) == [code]


def test_token_errors_are_401_with_a_challenge(http: httpx.Client, as24: dict) -> None:
    version = {"X-AS24-Version": "1.1"}
    cases = [
        (version, 99902),
        ({**version, "Authorization": "Bearer 5c4f0e0a-0000-4000-8000-000000000000"}, 99904),
        ([("X-AS24-Version", "1.1"), ("Authorization", as24["Authorization"])] * 2, 99903),
    ]
    for headers, code in cases:
        answer = http.get("/vehicles", headers=headers)
        assert answer.status_code == 401 and _codes(answer) == [code]
        assert 'error="invalid_token"' in answer.headers["www-authenticate"]


def test_images_and_their_separate_order(http: httpx.Client, as24: dict) -> None:
    full = http.get(f"/vehicles/{VEHICLE_FULL}/images", headers=as24).json()
    ids = [i["id"] for i in full["_data"]["images"]]
    assert len(ids) == 30 and all(i.isdigit() for i in ids)
    assert all(i["type"] == "image/jpeg" for i in full["_data"]["images"])
    assert len(full["_links"]["images"]) == 30
    order = http.get(f"/vehicles/{VEHICLE_FULL}/imageorder", headers=as24).json()
    assert sorted(order["_data"]["imageOrder"]) == sorted(ids)
    assert order["_data"]["imageOrder"] != ids, "GET /images is upload order, not display order"
    small = http.get(f"/vehicles/{VEHICLE_SMALL}/images", headers=as24).json()["_data"]["images"]
    assert len(small) == 6 and all(UUID.match(i["id"]) for i in small)
    one = http.get(f"/vehicles/{VEHICLE_SMALL}/images/{small[0]['id']}", headers=as24).json()
    assert one["_data"]["image"] == small[0] and one["_response"]["objectId"] == small[0]["id"]
    missing = http.get(f"/vehicles/{VEHICLE_SMALL}/images/nope", headers=as24)
    assert missing.status_code == 400 and _codes(missing) == [50080]


def test_put_imageorder_takes_a_full_permutation(
    http: httpx.Client, as24: dict, server: SandboxServer
) -> None:
    url = f"/vehicles/{VEHICLE_SMALL}/imageorder"
    order = http.get(url, headers=as24).json()["_data"]["imageOrder"]
    raw = json.dumps(order[::-1], indent=2)
    answer = http.put(url, content=raw, headers={**as24, "Content-Type": "application/json"})
    assert answer.status_code == 200
    assert "_data" not in answer.json() and answer.json()["_response"] == {"type": "Success"}
    assert answer.json()["_request"] == {"url": url, "body": raw, "method": "PUT"}
    assert server.state.vehicle_order(VEHICLE_SMALL) == order[::-1]
    assert http.get(url, headers=as24).json()["_data"]["imageOrder"] == order[::-1]


@pytest.mark.parametrize(
    ("make_body", "code"),
    [
        (lambda ids: json.dumps(ids[:-1]), 50081),
        (lambda ids: json.dumps([*ids, "1234"]), 50081),
        (lambda ids: json.dumps([*ids[:-1], ids[0]]), 50081),
        (lambda ids: json.dumps({"imageOrder": ids}), 50081),
        (lambda ids: "[" + ",".join(ids), 50028),
        (lambda ids: "", 50103),
    ],
)
def test_put_imageorder_errors(
    http: httpx.Client, as24: dict, server: SandboxServer, make_body, code
):
    url = f"/vehicles/{VEHICLE_SMALL}/imageorder"
    before = server.state.vehicle_order(VEHICLE_SMALL)
    answer = http.put(
        url, content=make_body(before), headers={**as24, "Content-Type": "application/json"}
    )
    assert answer.status_code == 400 and _codes(answer) == [code]
    assert server.state.vehicle_order(VEHICLE_SMALL) == before


def test_upload_appends_and_deduplicates_by_md5(
    http: httpx.Client, as24: dict, server: SandboxServer, make_picture
) -> None:
    url = f"/vehicles/{VEHICLE_SMALL}/images"
    data = make_picture("JPEG", (800, 600))
    answer = http.post(url, files={"file": ("car.jpg", data, "image/jpeg")}, headers=as24)
    assert answer.status_code == 201
    new_id = answer.json()["_response"]["objectId"]
    assert UUID.match(new_id) and answer.json()["_request"]["body"] is None
    assert answer.json()["_links"]["self"]["href"] == f"{url}/{new_id}"
    assert server.state.vehicle_order(VEHICLE_SMALL)[-1] == new_id
    again = http.post(url, files={"file": ("same.jpg", data, "image/jpeg")}, headers=as24)
    assert again.status_code == 200 and again.json()["_response"]["objectId"] == new_id
    assert len(server.state.vehicle_order(VEHICLE_SMALL)) == 7
    existing = http.get(http.get(url, headers=as24).json()["_data"]["images"][0]["href"]).content
    known = http.post(url, files={"file": ("x.jpg", existing, "image/jpeg")}, headers=as24)
    assert known.status_code == 200 and len(server.state.vehicle_order(VEHICLE_SMALL)) == 7
    png = http.post(url, files={"file": ("p.png", make_picture("PNG"), "image/png")}, headers=as24)
    assert png.status_code == 201
    image = http.get(f"{url}/{png.json()['_response']['objectId']}", headers=as24).json()
    assert image["_data"]["image"]["type"] == "image/png"


def test_upload_errors(http: httpx.Client, as24: dict, server: SandboxServer, make_picture) -> None:
    url = f"/vehicles/{VEHICLE_SMALL}/images"
    jpeg = make_picture()
    cases = [
        ({"file": ("anim.gif", make_picture("GIF"), "image/gif")}, 50022),
        ({"file": ("fake.jpg", b"not a picture at all", "image/jpeg")}, 50022),
        ({"file": ("empty.jpg", b"", "image/jpeg")}, 50082),
        ({"photo": ("a.jpg", jpeg, "image/jpeg")}, 50082),
        ([("file", ("a.jpg", jpeg, "image/jpeg")), ("file", ("b.jpg", jpeg, "image/jpeg"))], 50085),
    ]
    for files, code in cases:
        answer = http.post(url, files=files, headers=as24)
        assert answer.status_code == 400 and _codes(answer) == [code], files
    not_multipart = http.post(url, content=jpeg, headers={**as24, "Content-Type": "image/jpeg"})
    assert _codes(not_multipart) == [50201]
    full = http.post(
        f"/vehicles/{VEHICLE_FULL}/images",
        files={"file": ("c.jpg", jpeg, "image/jpeg")},
        headers=as24,
    )
    assert full.status_code == 400 and _codes(full) == [50084]
    assert len(server.state.vehicle_order(VEHICLE_SMALL)) == 6


def test_delete_answers_info_10001(http: httpx.Client, as24: dict, server: SandboxServer) -> None:
    image_id = server.state.vehicle_order(VEHICLE_FULL)[0]
    answer = http.delete(f"/vehicles/{VEHICLE_FULL}/images/{image_id}", headers=as24)
    assert answer.status_code == 200
    assert answer.json()["_links"]["self"]["href"] is None
    assert answer.json()["_response"]["messages"] == [
        {
            "code": 10001,
            "messageType": "Info",
            "text": f"Image with id {image_id} was succesfully deleted.",
        }
    ]
    assert image_id not in server.state.vehicle_order(VEHICLE_FULL)
    again = http.delete(f"/vehicles/{VEHICLE_FULL}/images/{image_id}", headers=as24)
    assert again.status_code == 400 and _codes(again) == [50080]


def test_unsupported_accept_language_adds_warning_20500(http: httpx.Client, as24: dict) -> None:
    answer = http.get("/vehicles", headers={**as24, "Accept-Language": "tlh-KL"})
    assert answer.status_code == 200 and answer.json()["_response"]["type"] == "Success"
    assert answer.json()["_response"]["messages"][0]["messageType"] == "Warning"
    assert _codes(answer) == [20500]
    assert (
        "messages"
        not in http.get("/vehicles", headers={**as24, "Accept-Language": "de-DE"}).json()[
            "_response"
        ]
    )


def _authorize(http: httpx.Client, **params: str) -> httpx.Response:
    query = {"response_type": "code", "client_id": "demo", "redirect_uri": REDIRECT, **params}
    return http.get("/auth/oauth/v2/authorize", params=query, follow_redirects=False)


def _code(http: httpx.Client) -> str:
    location = _authorize(http, state="xyz").headers["location"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
    assert query["state"] == ["xyz"]
    return query["code"][0]


def _token(http: httpx.Client, **form: str) -> httpx.Response:
    return http.post(
        "/auth/oauth/v2/token", data={"client_id": "demo", "client_secret": "demo", **form}
    )


def test_oauth_code_flow_and_refresh_rotation(http: httpx.Client) -> None:
    redirect = _authorize(http, state="xyz")
    assert redirect.status_code == 302 and redirect.headers["location"].startswith(REDIRECT + "?")
    code = _code(http)
    grant = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    tokens = _token(http, **grant)
    assert tokens.status_code == 200
    body = tokens.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["access_token"] and body["refresh_token"]
    reused = _token(http, **grant)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    headers = {"X-AS24-Version": "1.1", "Authorization": f"Bearer {body['access_token']}"}
    assert http.get("/vehicles", headers=headers).status_code == 200
    refreshed = _token(http, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert refreshed.status_code == 200
    assert refreshed.json()["refresh_token"] != body["refresh_token"]
    old = _token(http, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert old.status_code == 400 and old.json()["error"] == "invalid_grant"
    newer = _token(
        http, grant_type="refresh_token", refresh_token=refreshed.json()["refresh_token"]
    )
    assert newer.status_code == 200


def test_oauth_errors(http: httpx.Client) -> None:
    code = _code(http)
    wrong_uri = _token(http, grant_type="authorization_code", code=code, redirect_uri="x://y")
    assert wrong_uri.json()["error"] == "invalid_grant"
    secret = http.post(
        "/auth/oauth/v2/token",
        data={"grant_type": "client_credentials", "client_id": "demo", "client_secret": "x"},
    )
    assert secret.status_code == 400 and secret.json()["error"] == "invalid_client"
    as_json = http.post("/auth/oauth/v2/token", json={"grant_type": "client_credentials"})
    assert as_json.json()["error"] == "invalid_request"
    assert _token(http, grant_type="password").json()["error"] == "unsupported_grant_type"
    assert _authorize(http, client_id="who").json()["error"] == "invalid_client"
    denied = _authorize(http, response_type="token", state="s").headers["location"]
    assert "error=unsupported_response_type" in denied and "state=s" in denied
    basic = http.post(
        "/auth/oauth/v2/token", data={"grant_type": "client_credentials"}, auth=("demo", "demo")
    )
    assert basic.status_code == 200 and "refresh_token" not in basic.json()
