"""Fault injection on the sandbox: latency, error pages, dropped connections, dying tokens."""

from __future__ import annotations

import time

import httpx
import pytest

from imagedeck.sandbox.demo import VEHICLE_SMALL
from imagedeck.sandbox.faults import Faults
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]


def test_latency_is_added_to_every_request(server: SandboxServer, http: httpx.Client, plenty):
    server.faults.latency_ms = 150
    started = time.perf_counter()
    assert http.get("/rest/items", headers=plenty).status_code == 200
    assert time.perf_counter() - started >= 0.15
    server.faults.latency_ms = 0
    assert server.faults.latency_s() == 0  # switched off: no request is held any more
    assert http.get("/rest/items", headers=plenty).status_code == 200


def test_error_rate_answers_html_error_pages(server: SandboxServer, http: httpx.Client, plenty):
    server.faults.error_rate = 1.0
    answers = [http.get("/rest/items/101/images", headers=plenty) for _ in range(6)]
    assert {a.status_code for a in answers} <= {500, 502, 503}
    assert all(a.headers["content-type"].startswith("text/html") for a in answers)
    assert "<html>" in answers[0].text
    server.faults.error_rate = 0.0
    assert http.get("/rest/items/101/images", headers=plenty).status_code == 200
    assert server.state.count("GET", "/rest/items/101/images", status=200) == 1


def test_as24_errors_use_the_envelope_with_50000_sometimes(
    server: SandboxServer, http: httpx.Client, as24: dict
) -> None:
    server.faults.seed, server.faults.error_rate = 7, 1.0
    answers = [http.get(f"/vehicles/{VEHICLE_SMALL}/images", headers=as24) for _ in range(12)]
    assert all(a.status_code >= 500 for a in answers)
    enveloped = [a for a in answers if a.headers["content-type"] == "application/json"]
    assert enveloped and len(enveloped) < len(answers)
    messages = enveloped[0].json()["_response"]["messages"]
    assert messages[0]["code"] == 50000 and messages[0]["messageType"] == "Error"


def test_seeded_faults_repeat(server: SandboxServer, http: httpx.Client, plenty) -> None:
    def statuses() -> list[int]:
        server.faults.seed = None
        server.faults.seed, server.faults.error_rate = 3, 0.5
        return [http.get("/rest/items", headers=plenty).status_code for _ in range(12)]

    first = statuses()
    assert first == statuses() and 200 in first and len(set(first)) > 1


def test_a_dropped_connection_is_a_transport_error(
    server: SandboxServer, http: httpx.Client, plenty
) -> None:
    server.faults.drop_rate = 1.0
    with pytest.raises(httpx.TransportError):
        http.get("/rest/items/101/images", headers=plenty)
    assert server.state.requests[-1].status == 0
    server.faults.drop_rate = 0.0
    assert http.get("/rest/items/101/images", headers=plenty).status_code == 200


@pytest.mark.parametrize(("when", "applied"), [("before", False), ("after", True)])
def test_drop_before_or_after_applying_a_write(
    server: SandboxServer, http: httpx.Client, plenty, when: str, applied: bool
) -> None:
    server.faults.drop_rate, server.faults.drop_when = 1.0, when
    with pytest.raises(httpx.TransportError):
        http.put(
            "/rest/items/101/images/2001", json={"itemId": 101, "position": 777}, headers=plenty
        )
    assert (server.state.images[2001].position == 777) is applied


def test_token_max_calls_kills_tokens_clients_hold(
    server: SandboxServer, http: httpx.Client, plenty, as24
) -> None:
    assert http.get("/rest/items", headers=plenty).status_code == 200
    server.faults.token_max_calls = 2  # this token has answered one call already
    codes = [http.get("/rest/items", headers=plenty).status_code for _ in range(2)]
    assert codes == [200, 401]
    codes = [http.get("/vehicles", headers=as24).status_code for _ in range(3)]
    assert codes == [200, 200, 401]


def test_faults_clear_switches_everything_off() -> None:
    faults = Faults(latency_ms=5, error_rate=1, drop_rate=1, write_budget=1, token_ttl_s=1, seed=4)
    faults.clear()
    assert faults == Faults(seed=4)
