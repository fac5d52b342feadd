"""`python -m benchmarks`: every benchmark in its quick form, one table against issue 16's targets.

Run:  .venv/bin/python -m benchmarks [--large 2000] [--upload-files 20] [--starts 3]

A few minutes. Each row is one measure: ImageDeck's figure, the reference it is held
against (the naive loader or a floor) measured in the same run, their ratio, and ✓ or ✗
against the target. The last line says how many targets are met. The machine is shared,
so absolute times swing with its load; the ratios are what the targets are about.

Ratios are "reference time / ImageDeck time" (or ImageDeck's throughput / the reference's),
so 1.0 means "as fast as the reference" and higher is better for every row.

Quick forms (the full forms stay in their own modules):
* grid (benchmarks.grid_bench's child processes, 20 ms latency): 50 and 500 images, and
  `--large` images (default 2,000) for the "5,000 cold" row: the full form is
  `python -m benchmarks.grid_bench`; the first thumbnail is the median of `--first-runs`
  fresh processes each for ImageDeck and the naive loader, alternating (one run each swung
  2-3x on the shared machine), each stopped soon after its first picture;
* upload (benchmarks.upload_bench): `--upload-files` photos of 8 MB to plentymarkets and the
  plain stdlib POST of the same bodies, each in a fresh process, the sandbox in its own;
* save (benchmarks.save_bench): the random shuffle of 100 only, budget 10 per second;
* start-up: `imagedeck --self-test` from source (no bundle here), median of `--starts` runs:
  process start to window shown and to the demo grid painted (its embedded sandbox drawing
  the 64 demo pictures included).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks import grid_bench, save_bench, upload_bench

FIRST_THUMB_TARGET_S = 0.060
WARM_500_TARGET_S = 0.300
WINDOW_TARGET_S = 0.5
GRID_PAINTED_TARGET_S = 1.0


@dataclass
class Row:
    """One line of the table; `ratio` is reference / ImageDeck (higher is better)."""

    measure: str
    ours: str
    reference: str
    ratio: float | None
    met: bool
    target: str


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# -- grid -----------------------------------------------------------------------------------
def grid_rows(large: int, first_runs: int) -> list[Row]:
    from imagedeck.sandbox.bulk_listing import add_bulk_item
    from imagedeck.sandbox.demo import build_demo_state
    from imagedeck.sandbox.server import SandboxServer

    sizes = [50, 500, large] if large else [50, 500]
    state = build_demo_state()
    for size in sizes:
        add_bulk_item(state, grid_bench.item_id(size), size)
    grid_bench.warm_server(state, sizes)
    latency = 0.020
    rows: list[Row] = []
    with SandboxServer(state) as server:
        server.faults.latency_ms = latency * 1000
        results = {}
        firsts: dict[int, tuple[list[float], list[float]]] = {}
        for size in sizes:
            results[size] = grid_bench.run_child(server.base_url, size, "ours", 0)
        for size in (50, 500):
            ours_first, naive_first = firsts.setdefault(size, ([], []))
            for _ in range(first_runs):  # alternating, so both see the same load
                child = grid_bench.run_child(server.base_url, size, "ours-first", 0.3)
                ours_first.append(float(child["first"]))
                child = grid_bench.run_child(server.base_url, size, "naive", 0.3)
                naive_first.append(float(child["first"]))
    for size in (50, 500):
        first, naive_first = (statistics.median(values) for values in firsts[size])
        rows.append(
            Row(
                f"first thumbnail after the listing's answer, {size} images "
                f"(median of {first_runs})",
                ms(first),
                f"naive {ms(naive_first)}",
                naive_first / first,
                first <= naive_first and first <= FIRST_THUMB_TARGET_S,
                "≤ naive and ≤ 60 ms",
            )
        )
    warm = float(results[500]["warm_all"])
    rows.append(
        Row(
            "500 decoded, warm cache (reopen)",
            ms(warm),
            "–",
            None,
            warm <= WARM_500_TARGET_S,
            "≤ 300 ms",
        )
    )
    for size, target in ((500, 0.85), (large, 0.8))[: 2 if large else 1]:
        ours = results[size]
        cold = float(ours["all"])
        floor = grid_bench.floor_s(size, latency, float(ours["bytes_per_image"]), 100.0)
        label = f"{size:,} decoded, cold" + ("" if size != large else " (quick form of 5,000)")
        rows.append(
            Row(label, ms(cold), f"floor {ms(floor)}", floor / cold, floor / cold >= target,
                f"≥ {target} of floor")
        )  # fmt: skip
    return rows


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# -- upload ---------------------------------------------------------------------------------
def upload_rows(files: int, megabytes: float) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="imagedeck-bench-upload-") as folder:
        paths = upload_bench.make_photos(Path(folder), files, megabytes)
        total = sum(p.stat().st_size for p in paths) / upload_bench.MB
        sandbox, base_url = upload_bench.start_sandbox()
        try:
            ours = upload_bench.run_child("plentymarkets", base_url, paths)
            plain = upload_bench.run_child("plain", base_url, paths)
        finally:
            sandbox.terminate()
            sandbox.wait(timeout=30)
    if ours["uploaded"] != files or plain["uploaded"] != files:
        raise SystemExit(f"upload: not every file arrived: {ours} / {plain}")
    ours_rate, plain_rate = total / ours["seconds"], total / plain["seconds"]
    growth = max(0, ours["peak_rss"] - ours["baseline_rss"]) / upload_bench.MB
    return [
        Row(
            f"plentymarkets upload, {files} × {megabytes:g} MB (RSS growth {growth:.0f} MB)",
            f"{ours_rate:.1f} MB/s",
            f"plain POST {plain_rate:.1f} MB/s",
            ours_rate / plain_rate,
            ours_rate / plain_rate >= 0.9,
            "≥ 0.9 of floor",
        )
    ]


# -- save -----------------------------------------------------------------------------------
def save_rows() -> list[Row]:
    from imagedeck.marketplaces.plentymarkets.client import PlentyClient
    from imagedeck.sandbox.server import SandboxServer

    budget, period = 10, 1.0
    with SandboxServer() as server:
        server.faults.latency_ms = 50
        server.faults.write_budget = budget
        server.faults.write_period_s = period
        shuffle = save_bench.scenarios(random.Random(11))["random shuffle"]
        save_bench.reset_item(server)
        saving = save_bench.one_save(server, PlentyClient, shuffle)
        calls, refused, seconds, ok = asyncio.run(saving)
    if not ok:
        raise SystemExit("save: the server does not show the wanted order")
    floor = save_bench.floor_s(calls, budget, period)
    return [
        Row(
            f"save of a random shuffle of 100 ({calls} PUTs, {refused} refused, budget 10/s)",
            f"{seconds:.2f} s",
            f"rate floor {floor:.2f} s",
            floor / seconds,
            floor / seconds >= 0.95,
            "≥ 0.95 of floor",
        )
    ]


# -- start-up -------------------------------------------------------------------------------
STEP = re.compile(r"\[\s*([\d.]+) s\] (window shown|grid painted)")


def start_rows(runs: int) -> list[Row]:
    shown, painted = [], []
    env = {k: v for k, v in os.environ.items() if k != "IMAGEDECK_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "imagedeck", "--self-test"],
            capture_output=True, text=True, env=env, timeout=300, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"start-up: the self-test failed:\n{done.stderr[-2000:]}")
        steps = {name: float(seconds) for seconds, name in STEP.findall(done.stdout)}
        shown.append(steps["window shown"])
        painted.append(steps["grid painted"])
    window, grid = statistics.median(shown), statistics.median(painted)
    return [
        Row(
            f"start to window shown (from source, median of {runs})",
            f"{window:.2f} s",
            "–",
            None,
            window <= WINDOW_TARGET_S,
            "≤ 0.5 s",
        ),
        Row(
            "start to grid painted (demo item, 64 images)",
            f"{grid:.2f} s",
            "–",
            None,
            grid <= GRID_PAINTED_TARGET_S,
            "≤ 1.0 s",
        ),
    ]


def print_table(rows: list[Row]) -> None:
    header = ("measure", "ImageDeck", "reference", "ratio", "", "target")
    cells = [
        (r.measure, r.ours, r.reference, f"{r.ratio:.2f}" if r.ratio else "–",
         "✓" if r.met else "✗", r.target)
        for r in rows
    ]  # fmt: skip
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(len(header))]
    for cell in [header, *cells]:
        print("  ".join(text.ljust(width) for text, width in zip(cell, widths, strict=True)))
    print(f"{sum(r.met for r in rows)} of {len(rows)} targets met")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--large", type=int, default=2000, help="images for the 5,000 row (0: leave it out)"
    )
    parser.add_argument(
        "--first-runs", type=int, default=3, help="first-thumbnail runs each (median)"
    )
    parser.add_argument("--upload-files", type=int, default=20)
    parser.add_argument("--upload-mb", type=float, default=8.0)
    parser.add_argument("--starts", type=int, default=3, help="self-test runs (median)")
    parser.add_argument(
        "--only", default="grid,upload,save,start", help="comma-separated parts to run"
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    print(f"load average before: {load_average()}", flush=True)
    rows: list[Row] = []
    if "grid" in parts:
        rows += grid_rows(args.large, args.first_runs)
    if "upload" in parts:
        rows += upload_rows(args.upload_files, args.upload_mb)
    if "save" in parts:
        rows += save_rows()
    if "start" in parts:
        rows += start_rows(args.starts)
    print(f"load average after: {load_average()}\n")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
