"""Where the first thumbnail's time goes: a timeline of one cold open, and the sandbox's share.

Run:  .venv/bin/python -m benchmarks.first_thumbnail_profile [--size 50] [--runs 3]

The sandbox runs in this process with 20 ms latency (as in grid_bench); each run is a fresh
child process with an empty data folder that opens the bulk item in the real window and
records, relative to the listing's answer reaching the thumbnail loader (t0):

* start / answer of every thumbnail request (the client's `fetch_bytes`);
* start / end of every decode in the pool (thread time too);
* when the GUI thread stores the picture in the model (the hop back);
* the first READY tile painted.

It prints the first painted image's path through those stages, how many requests were in
flight when its answer came, and the server's own time per answer measured here without
latency (sequential GETs of the same renditions), which shares the two cores with the client.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlsplit

from benchmarks import grid_bench


def child(base_url: str, item: str, size: int) -> None:
    """In the child: open the item once and print the timeline as JSON."""
    import asyncio

    import qasync

    from benchmarks.grid_bench_child import Probe, close, instrument, new_window
    from imagedeck.model.image import ListingRef
    from imagedeck.ui.app.app import create_application

    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    events: list[tuple[str, str, float]] = []
    import cProfile

    profiler = cProfile.Profile()

    async def run() -> dict:
        window = new_window(base_url, "ours")
        probe = Probe()
        instrument(window, probe)
        loader = window.loader
        original_load = loader.load

        def load(client, images):  # type: ignore[no-untyped-def]
            fetch = client.fetch_bytes

            async def timed(url: str) -> bytes:
                if not any(e[0] == "fetch-start" for e in events):
                    events.append(("cpu-first-request", "", time.thread_time()))
                events.append(("fetch-start", url, time.perf_counter()))
                data = await fetch(url)
                events.append(("fetch-end", url, time.perf_counter()))
                return data

            client.fetch_bytes = timed
            if os.environ.get("PROFILE_GUI"):
                profiler.enable()
            events.append(("cpu-t0", "", time.thread_time()))
            original_load(client, images)

        loader.load = load  # type: ignore[method-assign]
        decode = loader._decode_and_store

        def timed_decode(data: bytes, key: str):  # type: ignore[no-untyped-def]
            started, cpu = time.perf_counter(), time.thread_time()
            picture = decode(data, key)
            events.append(("decode", key, started))
            events.append(("decode-end", key, time.perf_counter()))
            events.append(("decode-cpu", key, time.thread_time() - cpu))
            return picture

        loader._decode_and_store = timed_decode  # type: ignore[method-assign]
        show = loader._show

        def timed_show(image_id: str, picture) -> None:  # type: ignore[no-untyped-def]
            events.append(("show", image_id, time.perf_counter()))
            show(image_id, picture)

        loader._show = timed_show  # type: ignore[method-assign]
        listing = ListingRef("plentymarkets", item)
        began = time.perf_counter()
        await window.open_listing(listing)
        while probe.first is None:
            await asyncio.sleep(0.001)
        profiler.disable()
        events.append(("cpu-first-paint", "", time.thread_time()))
        if os.environ.get("PROFILE_GUI"):
            import pstats

            stats = pstats.Stats(profiler, stream=sys.stderr)
            stats.sort_stats("cumulative").print_stats(45)
        while loader.busy:
            await asyncio.sleep(0.005)
        await close(window)
        assert probe.t0 is not None
        return {
            "t0": probe.t0,
            "read": probe.t0 - began,
            "first_paint": probe.first,
            "events": events,
        }

    with loop:
        result = loop.run_until_complete(run())
    print(json.dumps(result))


def run_child(base_url: str, size: int) -> dict:
    env = dict(os.environ)
    env["IMAGEDECK_DATA_DIR"] = tempfile.mkdtemp(prefix="imagedeck-profile-")
    env["QT_QPA_PLATFORM"] = "offscreen"
    item = str(grid_bench.item_id(size))
    module = "benchmarks.first_thumbnail_profile"
    command = [sys.executable, "-m", module, "--child", base_url, item]
    done = subprocess.run(
        [*command, str(size)], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    if os.environ.get("PROFILE_GUI"):
        print(done.stderr[-12000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarise(result: dict) -> None:
    t0 = result["t0"]
    fetches: dict[str, dict[str, float]] = {}
    for kind, key, when in result["events"]:
        if kind.startswith("fetch"):
            fetches.setdefault(key, {})[kind] = (when - t0) * 1000
    starts = sorted(v["fetch-start"] for v in fetches.values())
    ends = sorted(v["fetch-end"] for v in fetches.values() if "fetch-end" in v)
    decodes = [e for e in result["events"] if e[0] == "decode"]
    decode_ends = [e for e in result["events"] if e[0] == "decode-end"]
    cpus = [e[2] * 1000 for e in result["events"] if e[0] == "decode-cpu"]
    shows = [e for e in result["events"] if e[0] == "show"]
    first_end = ends[0]
    in_flight = sum(1 for s in starts if s <= first_end)
    cpu = {kind: when for kind, _key, when in result["events"] if kind.startswith("cpu-")}
    to_request = (cpu["cpu-first-request"] - cpu["cpu-t0"]) * 1000
    to_paint = (cpu["cpu-first-paint"] - cpu["cpu-t0"]) * 1000
    print(
        f"  GUI-thread CPU from t0: to the first request {to_request:.0f} ms, "
        f"to the first paint {to_paint:.0f} ms"
    )
    print(
        f"  listing read {result['read'] * 1000:.0f} ms; then (from t0): "
        f"first request sent {starts[0]:.1f} ms, 8th {starts[min(7, len(starts) - 1)]:.1f} ms; "
        f"first answer {first_end:.1f} ms ({in_flight} in flight); "
        f"first decode {(decodes[0][2] - t0) * 1000:.1f}–{(decode_ends[0][2] - t0) * 1000:.1f} ms "
        f"(median decode CPU {statistics.median(cpus):.1f} ms); "
        f"first shown {(shows[0][2] - t0) * 1000:.1f} ms; "
        f"first painted {result['first_paint'] * 1000:.1f} ms"
    )


def server_share(base_url: str, size: int) -> float:
    """Median ms the sandbox takes per thumbnail answer, without latency, one at a time."""
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    connection.request("POST", "/rest/login", json.dumps({"username": "demo", "password": "demo"}),
                       {"Content-Type": "application/json"})  # fmt: skip
    token = json.loads(connection.getresponse().read())["accessToken"]
    connection.request("GET", f"/rest/items/{grid_bench.item_id(size)}/images",
                       headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    records = json.loads(connection.getresponse().read())
    urls = [urlsplit(r["urlPreview"]).path for r in records[:50]]
    times = []
    for url in urls:
        started = time.perf_counter()
        connection.request("GET", url)
        connection.getresponse().read()
        times.append(time.perf_counter() - started)
    connection.close()
    return statistics.median(times) * 1000


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from imagedeck.sandbox.bulk_listing import add_bulk_item
    from imagedeck.sandbox.demo import build_demo_state
    from imagedeck.sandbox.server import SandboxServer

    state = build_demo_state()
    add_bulk_item(state, grid_bench.item_id(args.size), args.size)
    grid_bench.warm_server(state, [args.size])
    with SandboxServer(state) as server:
        share = server_share(server.base_url, args.size)
        print(f"sandbox's own time per thumbnail answer: {share:.1f} ms (no latency)")
        server.faults.latency_ms = 20
        for _ in range(args.runs):
            summarise(run_child(server.base_url, args.size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
