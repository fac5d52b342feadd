"""The sandbox server's life cycle, its request record, test helpers and command line."""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from imagedeck.sandbox.demo import VEHICLE_SMALL
from imagedeck.sandbox.main import add_sandbox_arguments, faults_from_args
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]


def test_start_and_stop_leave_no_thread_and_no_open_port() -> None:
    """(How fast they are is benchmarks' business; here: what they leave behind.)"""
    before = set(threading.enumerate())
    with SandboxServer(warm_pictures=False) as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.base_url)
        assert server.base_url.endswith(f":{server.port}") and server.port > 0
        with SandboxServer() as other:
            assert other.port != server.port
            assert httpx.get(other.base_url + "/rest/items").status_code == 401
        # a rendition makes the server use a worker thread; stop() must end it too
        name = server.state.images[2201].clean_name
        preview = httpx.get(f"{server.base_url}/plenty-files/item/images/103/preview/{name}")
        assert preview.status_code == 200
    assert [t.name for t in threading.enumerate() if t not in before] == []
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.base_url + "/rest/items")


def test_requests_are_recorded_and_counted(server: SandboxServer, http: httpx.Client, plenty):
    server.state.clear_requests()
    http.get("/rest/items/101/images", params={"updatedAt": "today"}, headers=plenty)
    http.put("/rest/items/101/images/2001", json={"itemId": 101, "position": 1}, headers=plenty)
    http.put("/rest/items/101/images/2002", json={"itemId": 101, "position": -1}, headers=plenty)
    state = server.state
    assert state.count("PUT", "/rest/items/101/images/") == 2
    assert state.count("PUT", "/rest/items/101/images/", status=422) == 1
    assert state.count("*", re.compile(r"/images/200[12]$")) == 2
    assert state.count("GET", "/rest/items") == 1
    request = state.requests[0]
    assert (request.method, request.query, request.status) == ("GET", "updatedAt=today", 200)
    assert abs(request.time - time.time()) < 60
    state.clear_requests()
    assert state.requests == []


def test_changes_behind_the_clients_back_are_visible(
    server: SandboxServer, http: httpx.Client, plenty, as24
) -> None:
    state = server.state
    last = state.plenty_order(101)[-1]
    state.set_position(101, last, -5)
    images = http.get("/rest/items/101/images", headers=plenty).json()
    assert min(images, key=lambda i: (i["position"], i["id"]))["id"] == last
    new = state.add_plenty_image(101, position=3)
    assert new.id in [i["id"] for i in http.get("/rest/items/101/images", headers=plenty).json()]
    state.remove_plenty_image(101, new.id)
    assert http.get(f"/rest/items/101/images/{new.id}", headers=plenty).status_code == 404
    order = state.vehicle_order(VEHICLE_SMALL)
    state.set_vehicle_order(VEHICLE_SMALL, order[::-1])
    answer = http.get(f"/vehicles/{VEHICLE_SMALL}/imageorder", headers=as24).json()
    assert answer["_data"]["imageOrder"] == order[::-1]


def test_reset_brings_back_the_demo(server: SandboxServer, http: httpx.Client, plenty) -> None:
    server.state.remove_plenty_image(101, 2001)
    server.faults.error_rate = 1.0
    server.reset()
    assert len(server.state.plenty_order(101)) == 64 and server.faults.error_rate == 0
    assert http.get("/rest/items", headers=plenty).status_code == 401, "tokens are forgotten"


def test_command_line_options_become_faults() -> None:
    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    args = parser.parse_args(
        [
            "--port",
            "0",
            "--latency-ms",
            "40",
            "--write-budget",
            "5",
            "--write-period",
            "2",
            "--error-rate",
            "0.1",
            "--drop-rate",
            "0.05",
            "--token-ttl",
            "30",
            "--token-max-calls",
            "9",
            "--seed",
            "1",
        ]
    )
    faults = faults_from_args(args)
    assert (faults.latency_ms, faults.write_budget, faults.write_period_s) == (40, 5, 2)
    assert (faults.error_rate, faults.drop_rate, faults.seed) == (0.1, 0.05, 1)
    assert (faults.token_ttl_s, faults.token_max_calls, args.port) == (30, 9, 0)


def test_the_command_prints_the_url_first_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.fullmatch(r"ImageDeck sandbox running at (http://127\.0\.0\.1:\d+)\n", first)
        assert match, first
        answer = httpx.post(match[1] + "/rest/login", json={"username": "demo", "password": "demo"})
        assert answer.status_code == 200
    finally:
        process.send_signal(signal.SIGINT if sys.platform != "win32" else signal.SIGTERM)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    assert process.returncode == 0 or sys.platform == "win32"


def test_stopping_does_not_wait_for_an_answer_nobody_waits_for(caplog) -> None:
    """Issue 15: quitting the demo while a listing was loading waited for uvicorn's graceful
    shutdown and printed "timeout graceful shutdown exceeded". The sandbox stops at once:
    the abandoned request is dropped, not waited for, and nothing is logged as an error."""
    server = SandboxServer(warm_pictures=False)
    server.start()
    server.faults.latency_ms = 60_000  # a request that will not be answered soon
    failures: list[BaseException] = []

    def ask() -> None:
        try:
            httpx.get(server.base_url + "/rest/items", timeout=120)
        except httpx.HTTPError as error:
            failures.append(error)

    caller = threading.Thread(target=ask)
    caller.start()
    uvicorn_server = server._server
    assert uvicorn_server is not None
    while not uvicorn_server.server_state.tasks:  # the request is in the sandbox's hands
        time.sleep(0.01)
    with caplog.at_level("INFO", logger="uvicorn.error"):
        server.stop()
    caller.join()
    assert failures, "the hanging request must be dropped, not answered"
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
