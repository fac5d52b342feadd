"""plentymarkets login, refresh, logout and token expiry against the sandbox."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from imagedeck.sandbox.server import SandboxServer

if TYPE_CHECKING:
    from sandbox_fixtures import SpecCheck

pytest_plugins = ["sandbox_fixtures"]

DEMO = {"username": "demo", "password": "demo"}


def test_login_answers_token_data(http: httpx.Client, spec: SpecCheck) -> None:
    answer = http.post("/rest/login", json=DEMO)
    assert answer.status_code == 200
    data = answer.json()
    spec.route("/rest/login/refresh", "post", data)  # the TokenData schema
    assert data["tokenType"] == "Bearer"
    assert data["expiresIn"] == 86400
    assert http.get("/rest/items", headers={"Authorization": f"Bearer {data['accessToken']}"})


def test_login_also_takes_a_form(http: httpx.Client) -> None:
    answer = http.post("/rest/login", data=DEMO)
    assert answer.status_code == 200
    assert answer.json()["accessToken"]


def test_bad_credentials_are_401_invalid_credentials(http: httpx.Client) -> None:
    answer = http.post("/rest/login", json={"username": "demo", "password": "wrong"})
    assert answer.status_code == 401
    assert answer.json() == {
        "error": "invalid_credentials",
        "message": "The user credentials were incorrect.",
    }


def test_missing_credentials_are_a_validation_error(http: httpx.Client) -> None:
    answer = http.post("/rest/login", json={"username": "demo"})
    assert answer.status_code == 422
    assert set(answer.json()["validation_errors"]) == {"password"}


def test_routes_need_a_valid_bearer_token(http: httpx.Client) -> None:
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic eDp5"}):
        answer = http.get("/rest/items/101/images", headers=headers)
        assert answer.status_code == 401
        assert answer.json() == {"error": "Unauthenticated.", "message": "Unauthenticated."}


def test_refresh_rotates_the_refresh_token(http: httpx.Client, spec: SpecCheck) -> None:
    first = http.post("/rest/login", json=DEMO).json()
    second = http.post("/rest/login/refresh", json={"refreshToken": first["refreshToken"]})
    assert second.status_code == 200
    spec.route("/rest/login/refresh", "post", second.json())
    again = http.post("/rest/login/refresh", json={"refreshToken": first["refreshToken"]})
    assert again.status_code == 401
    headers = {"Authorization": f"Bearer {second.json()['accessToken']}"}
    assert http.get("/rest/items/101", headers=headers).status_code == 200
    third = http.post("/rest/login/refresh", data={"refresh_token": second.json()["refreshToken"]})
    assert third.status_code == 200


def test_logout_ends_the_session(http: httpx.Client) -> None:
    token = http.post("/rest/login", json=DEMO).json()
    headers = {"Authorization": f"Bearer {token['accessToken']}"}
    assert http.post("/rest/logout", headers=headers).status_code == 200
    assert http.get("/rest/items", headers=headers).status_code == 401
    refresh = http.post("/rest/login/refresh", json={"refreshToken": token["refreshToken"]})
    assert refresh.status_code == 401


def test_tokens_expire_after_the_fault_ttl(server: SandboxServer, http: httpx.Client) -> None:
    server.faults.token_ttl_s = 0.3
    token = http.post("/rest/login", json=DEMO).json()
    assert token["expiresIn"] == 1  # whole seconds, rounded up
    headers = {"Authorization": f"Bearer {token['accessToken']}"}
    assert http.get("/rest/items", headers=headers).status_code == 200
    time.sleep(0.35)
    assert http.get("/rest/items", headers=headers).status_code == 401
    renewed = http.post("/rest/login/refresh", json={"refreshToken": token["refreshToken"]})
    assert renewed.status_code == 200


def test_tokens_die_after_max_calls(server: SandboxServer, http: httpx.Client) -> None:
    server.faults.token_max_calls = 2
    headers = {
        "Authorization": f"Bearer {http.post('/rest/login', json=DEMO).json()['accessToken']}"
    }
    assert [http.get("/rest/items", headers=headers).status_code for _ in range(3)] == [
        200,
        200,
        401,
    ]
