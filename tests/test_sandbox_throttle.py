"""plentymarkets call limits on the sandbox: headers on every answer, 429 beyond the budget."""

from __future__ import annotations

import time

import httpx

from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]

HEADERS = [
    f"X-Plenty-Global-{span}-Period-{part}"
    for span in ("Short", "Long")
    for part in ("Limit", "Calls-Left", "Decay")
] + ["X-Plenty-Route-Calls-Left", "X-Plenty-Route-Decay"]


def _numbers(answer: httpx.Response) -> dict[str, int]:
    return {name: int(answer.headers[name]) for name in HEADERS}


def test_every_plenty_answer_carries_the_headers(http: httpx.Client, plenty: dict) -> None:
    answers = [
        http.post("/rest/login", json={"username": "demo", "password": "demo"}),
        http.post("/rest/login", json={"username": "demo", "password": "nope"}),
        http.get("/rest/items/101/images", headers=plenty),
        http.get("/rest/items/101/images"),  # 401
        http.get("/rest/items/101/images/1", headers=plenty),  # 404
        http.put("/rest/items/101/images/2001", json={"position": -3}, headers=plenty),  # 422
        http.get("/rest/no/such/route", headers=plenty),  # 404 from the router
    ]
    assert [a.status_code for a in answers] == [200, 401, 200, 401, 404, 422, 404]
    for answer in answers:
        numbers = _numbers(answer)
        assert numbers["X-Plenty-Global-Short-Period-Limit"] > 0
        assert numbers["X-Plenty-Global-Long-Period-Calls-Left"] >= 0
        assert numbers["X-Plenty-Global-Long-Period-Decay"] >= 1


def test_calls_left_count_down(http: httpx.Client, plenty: dict) -> None:
    lefts = [
        _numbers(http.get("/rest/items", headers=plenty))["X-Plenty-Global-Long-Period-Calls-Left"]
        for _ in range(3)
    ]
    assert lefts[0] > lefts[1] > lefts[2]


def test_write_budget_gives_429_and_reads_go_on(
    server: SandboxServer, http: httpx.Client, plenty: dict
) -> None:
    server.faults.write_budget, server.faults.write_period_s = 3, 60
    lefts = []
    for position in (1, 2, 3):
        body = {"itemId": 101, "position": position}
        answer = http.put("/rest/items/101/images/2001", json=body, headers=plenty)
        assert answer.status_code == 200
        numbers = _numbers(answer)
        assert numbers["X-Plenty-Global-Short-Period-Limit"] == 3
        lefts.append(numbers["X-Plenty-Global-Short-Period-Calls-Left"])
    assert lefts == [2, 1, 0]
    refused = http.put(
        "/rest/items/101/images/2001", json={"itemId": 101, "position": 9}, headers=plenty
    )
    assert refused.status_code == 429
    assert refused.json()["error"]["message"] == "short period write limit reached"
    assert 1 <= int(refused.headers["X-Plenty-Global-Short-Period-Decay"]) <= 60
    assert server.state.images[2001].position == 3, "a refused write is not applied"
    assert http.get("/rest/items/101/images/2001", headers=plenty).status_code == 200


def test_the_window_refills_after_its_period(
    server: SandboxServer, http: httpx.Client, plenty: dict
) -> None:
    server.faults.read_budget, server.faults.read_period_s = 2, 0.3
    codes = [http.get("/rest/items", headers=plenty).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert http.get("/rest/items", headers=plenty).json()["error"]["message"] == (
        "short period read limit reached"
    )
    time.sleep(0.35)
    assert http.get("/rest/items", headers=plenty).status_code == 200
