"""Grid benchmark: how fast the real window fills with 50, 500 and 5,000 thumbnails.

Run:  .venv/bin/python -m benchmarks.grid_bench [--latency-ms 20] [--sizes 50,500,5000]

Not part of the test run (several minutes). The sandbox runs in this process with
`--latency-ms` added to every request and three bulk items (sandbox/bulk_listing.py); each
measurement runs in a fresh child process with an empty data folder, so peak memory (RSS)
and the cold disk cache belong to that one measurement. A child opens the item in the real
MainWindow (offscreen), then closes the window and opens the item in a new window (new
memory cache, warm disk cache). It records, from the moment the listing's answer reaches
the thumbnail loader:

* first: the first READY tile painted (a recording subclass of the tile delegate);
* visible: every tile on screen painted READY;
* all: every image's thumbnail finished (decoded, or read from the disk cache when warm);
* stall: the longest gap between beats of a 5 ms QTimer on the GUI thread while loading;
* RSS: the child's peak resident memory (ru_maxrss);
* requests: thumbnail downloads the client made (and the server counted).

Each figure is printed beside the naive loader (sequential fetch, decode on the GUI thread,
no cache: benchmarks/naive_loader.py) as ours/naive, and beside the floor that latency and
bandwidth set: ceil(n / connections) round trips plus the bytes at `--bandwidth-mbit`.
The naive loader is stopped after `--naive-limit-s` and its total extrapolated (marked ~).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

from imagedeck.sandbox.bulk_listing import DISTINCT_PICTURES, add_bulk_item
from imagedeck.sandbox.demo import build_demo_state
from imagedeck.sandbox.plenty.serialize import FILE_SIZES
from imagedeck.sandbox.server import SandboxServer
from imagedeck.sandbox.state import SandboxState

ITEM_FOR_SIZE_BASE = 900
FILES_PATH = "/plenty-files/"
CONNECTIONS = 8
"""The client's connection pool (marketplaces/http.py): the floor's parallelism."""


def item_id(size: int) -> int:
    return ITEM_FOR_SIZE_BASE + len(str(size)) * 10 + int(str(size)[0])


def run_child(base_url: str, size: int, mode: str, naive_limit: float) -> dict[str, object]:
    env = dict(os.environ)
    env["IMAGEDECK_DATA_DIR"] = tempfile.mkdtemp(prefix=f"imagedeck-grid-{size}-{mode}-")
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [
        sys.executable,
        "-m",
        "benchmarks.grid_bench_child",
        base_url,
        str(item_id(size)),
        str(size),
        mode,
        str(naive_limit),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} {size} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def warm_server(state: SandboxState, sizes: list[int]) -> None:
    """Draw the shared pictures' renditions before measuring: the sandbox renders on
    first request, which a real marketplace's CDN does not make a client wait for."""
    for size in sizes:
        files = [image.file for image in state.item_images(item_id(size))[:DISTINCT_PICTURES]]
        for file in files:
            file.md5()  # the ETag: the full-size picture's digest
            for box in FILE_SIZES.values():
                if box is not None:
                    file.rendition(box)


def floor_s(count: int, latency_s: float, bytes_each: float, bandwidth_mbit: float) -> float:
    """The least time `count` downloads take on `CONNECTIONS` connections."""
    round_trips = math.ceil(count / CONNECTIONS) * latency_s
    return round_trips + count * bytes_each * 8 / (bandwidth_mbit * 1e6)


def ms(value: float | None, approx: bool = False) -> str:
    if value is None:
        return "—"
    return f"{'~' if approx else ''}{value * 1000:.0f} ms"


def ratio(ours: float | None, naive: float | None) -> str:
    if not ours or not naive:
        return ""
    return f"({ours / naive:.2f}×)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--sizes", default="50,500,5000")
    parser.add_argument("--bandwidth-mbit", type=float, default=100.0)
    parser.add_argument("--naive-limit-s", type=float, default=30.0)
    parser.add_argument("--no-naive", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    state = build_demo_state()
    for size in sizes:
        add_bulk_item(state, item_id(size), size)
    warm_server(state, sizes)
    latency = args.latency_ms / 1000
    with open("/proc/loadavg") as file:  # noqa: PTH123 - Linux only, informative
        load = file.read().split()[:3]
    print(f"sandbox latency {args.latency_ms:.0f} ms; load average before: {' '.join(load)}")
    rows: list[tuple[str, ...]] = []
    with SandboxServer(state) as server:
        server.faults.latency_ms = args.latency_ms
        for size in sizes:
            before = state.count("GET", FILES_PATH)
            ours = run_child(server.base_url, size, "ours", args.naive_limit_s)
            server_requests = state.count("GET", FILES_PATH) - before
            naive = {} if args.no_naive else run_child(server.base_url, size, "naive", 0)
            naive = naive or {}
            bytes_each = float(ours["bytes_per_image"])  # type: ignore[arg-type]
            visible = int(ours["visible_count"])  # type: ignore[arg-type]
            floors = {
                "first": floor_s(1, latency, bytes_each, args.bandwidth_mbit),
                "visible": floor_s(visible, latency, bytes_each, args.bandwidth_mbit),
                "all": floor_s(size, latency, bytes_each, args.bandwidth_mbit),
            }
            approx = bool(naive.get("truncated"))
            for label, key, floor in (
                ("first thumbnail", "first", floors["first"]),
                (f"all visible ({visible})", "visible", floors["visible"]),
                ("all decoded, cold", "all", floors["all"]),
            ):
                rows.append(
                    (
                        str(size),
                        label,
                        ms(ours[key]),  # type: ignore[arg-type]
                        ms(naive.get(key), approx and key == "all"),  # type: ignore[arg-type]
                        ratio(ours[key], naive.get(key)),  # type: ignore[arg-type]
                        ms(floor),
                    )
                )
            rows.append(
                (str(size), "all decoded, warm", ms(ours["warm_all"]), "(no cache)", "", "0 ms")  # type: ignore[arg-type]
            )
            stall = ("longest GUI stall", "stall", ratio(ours["stall"], naive.get("stall")))  # type: ignore[arg-type]
            for label, key, shown_ratio in (stall, ("  GUI-thread CPU in it", "stall_cpu", "")):
                rows.append(
                    (str(size), label, ms(ours[key]), ms(naive.get(key)), shown_ratio, "0 ms")  # type: ignore[arg-type]
                )
            rows.append(
                (
                    str(size),
                    "peak RSS",
                    f"{ours['rss_mb']:.0f} MB",
                    f"{naive['rss_mb']:.0f} MB" if naive else "—",
                    "",
                    "",
                )
            )
            rows.append(
                (
                    str(size),
                    "requests cold / warm",
                    f"{ours['requests']} / {ours['warm_requests']} (server {server_requests})",
                    f"{naive.get('requests', '—')}",
                    "",
                    f"{size} / 0",
                )
            )
    header = ("images", "measure", "ImageDeck", "naive", "ratio", "floor")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    with open("/proc/loadavg") as file:  # noqa: PTH123
        print(f"load average after: {' '.join(file.read().split()[:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
