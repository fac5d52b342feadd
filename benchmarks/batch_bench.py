"""Whole-catalogue benchmark: `batch import` and `batch main` on a shop-sized sandbox.

Run:  .venv/bin/python -m benchmarks.batch_bench            (several minutes)
      .venv/bin/python -m benchmarks.batch_bench --sizes 200 (a quick look)

The sandbox runs in this process with a catalogue of N items, 20 ms added latency and a
write budget (default 200 writes per second); the commands run as a seller runs them, in
a child process, so its peak memory (ru_maxrss of the child) is the command's alone.

For each size N it measures
* `batch import` of a folder with 4 photos for each of N listings (named by variation
  number, "A-10001-1.jpg" …; each upload is linked to its variation: 2 writes per photo);
* `batch main --match '*front*' --all` over N listings with 3 images each, the "front" one
  second (1 position PUT per listing);
and prints calls (all and writes), wall time, the floor the write budget sets (writes ÷
budget), their ratio, and the child's peak memory. Then the dry run's matching: 10,000 file
names against the keys of a 10,000-item catalogue, read once (the read time apart).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from imagedeck.sandbox.catalogue import FIRST_ITEM_ID
from imagedeck.sandbox.faults import Faults
from imagedeck.sandbox.image_check import inspect_image
from imagedeck.sandbox.picture_files import UploadedFile
from imagedeck.sandbox.server import SandboxServer

LATENCY_MS = 20.0
WRITE_METHODS = ("POST", "PUT", "DELETE")
ENV = {"IMAGEDECK_PASSWORD": "demo"}


def jpeg(seed: int, size: tuple[int, int] = (32, 24)) -> bytes:
    out = io.BytesIO()
    colour = (seed * 37 % 256, seed * 91 % 256, seed * 53 % 256)
    Image.new("RGB", size, colour).save(out, "JPEG", quality=70)
    return out.getvalue()


def make_folder(folder: Path, listings: int, per_listing: int = 4) -> int:
    """`per_listing` distinct photos for each of the first `listings` catalogue items."""
    for k in range(listings):
        for j in range(1, per_listing + 1):
            (folder / f"A-{FIRST_ITEM_ID + k}-{j}.jpg").write_bytes(jpeg(k * 8 + j))
    return listings * per_listing


def give_images(server: SandboxServer, listings: int) -> None:
    """Three images on each catalogue item: side, front, back (front second)."""
    files = [
        UploadedFile(data, inspect_image(data, frozenset({"jpeg"})))
        for data in map(jpeg, (1, 2, 3))
    ]
    state = server.state
    with state.lock:
        for k in range(listings):
            item = FIRST_ITEM_ID + k
            for position, (stem, file) in enumerate(
                zip(("side", "front", "back"), files, strict=True)
            ):
                state.add_plenty_image(item, position=position, file=file, stem=stem)


def run_child(args: list[str], data_dir: str) -> tuple[float, int, int, str]:
    """Run `imagedeck …`; (wall seconds, peak RSS in MB, exit status, last output line)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **ENV, "IMAGEDECK_DATA_DIR": data_dir},
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)  # this child's own peak, not all children's
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    peak_kb = usage.ru_maxrss
    status = process.returncode
    lines = output.decode(errors="replace").strip().splitlines()
    return wall, peak_kb // 1024, status, lines[-1] if lines else ""


def counted(server: SandboxServer) -> tuple[int, int]:
    with server.state.lock:
        requests = list(server.state.requests)
    writes = sum(r.method in WRITE_METHODS and r.path.startswith("/rest/items") for r in requests)
    return len(requests), writes


def measure(name: str, server: SandboxServer, args: list[str], budget: int) -> dict[str, object]:
    before_calls, before_writes = counted(server)
    with tempfile.TemporaryDirectory() as data_dir:
        wall, peak_mb, status, last = run_child(args, data_dir)
    calls, writes = counted(server)
    calls, writes = calls - before_calls, writes - before_writes
    floor = writes / budget
    return {"name": name, "calls": calls, "writes": writes, "wall": wall, "floor": floor,
            "ratio": wall / floor if floor else float("nan"), "peak_mb": peak_mb,
            "status": status, "last": last}  # fmt: skip


def one_size(
    listings: int, budget: int, importing: bool = True, main: bool = True
) -> list[dict[str, object]]:
    faults = Faults(latency_ms=LATENCY_MS, write_budget=budget, write_period_s=1.0)
    rows = []
    if importing:
        rows.append(import_run(listings, budget, faults))
    if main:
        rows.append(main_run(listings, budget, faults))
    return rows


def import_run(listings: int, budget: int, faults: Faults) -> dict[str, object]:
    with (
        SandboxServer(catalogue=listings, vehicles=0, faults=faults, warm_pictures=False) as server,
        tempfile.TemporaryDirectory() as folder,
    ):
        make_folder(Path(folder), listings)
        command = ["batch", "import", "plentymarkets", *base_of(server), folder]
        return measure(f"import {listings} × 4", server, command, budget)


def main_run(listings: int, budget: int, faults: Faults) -> dict[str, object]:
    with SandboxServer(
        catalogue=listings, vehicles=0, faults=faults, warm_pictures=False
    ) as server:
        give_images(server, listings)
        command = [
            "batch",
            "main",
            "plentymarkets",
            *base_of(server),
            "--match",
            "*front*",
            "--all",
        ]
        return measure(f"main over {listings + 4}", server, command, budget)


def base_of(server: SandboxServer) -> list[str]:
    return ["--base-url", server.base_url, "--username", "demo"]


def matching_figures(catalogue: int = 10_000, files: int = 10_000) -> tuple[float, float, int]:
    """(seconds to read the keys, seconds to match, files matched) for a dry run's matching."""
    from imagedeck.batch.matching import KeyIndex, all_candidates
    from imagedeck.batch.plan import match_all
    from imagedeck.marketplaces.catalogue_keys import catalogue_keys
    from imagedeck.marketplaces.connection import demo_connections

    paths = [Path(f"/photos/A-{FIRST_ITEM_ID + k % catalogue}-{k // catalogue + 1}.jpg")
             for k in range(files)]  # fmt: skip

    async def read_keys(base_url: str) -> list:
        client = demo_connections(base_url)["plentymarkets"].open_client()
        try:
            return await catalogue_keys(client, all_candidates(paths))
        finally:
            await client.aclose()

    with SandboxServer(catalogue=catalogue, vehicles=0, warm_pictures=False) as server:
        started = time.perf_counter()
        keys = asyncio.run(read_keys(server.base_url))
        read_s = time.perf_counter() - started
    started = time.perf_counter()
    groups, _unmatched = match_all(KeyIndex(keys), paths)
    match_s = time.perf_counter() - started
    return read_s, match_s, sum(len(g) for g in groups.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument(
        "--import-sizes", type=int, nargs="+", default=[1000], help="listings of the import runs"
    )
    parser.add_argument("--budget", type=int, default=50, help="writes per second")
    parser.add_argument("--skip-matching", action="store_true")
    args = parser.parse_args()
    print(
        f"sandbox: {LATENCY_MS:g} ms latency, {args.budget} writes/s; CPUs: {os.cpu_count()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print("| run | calls | writes | wall | floor (writes ÷ budget) | wall ÷ floor | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for size in sorted(set(args.sizes) | set(args.import_sizes)):
        for row in one_size(size, args.budget, size in args.import_sizes, size in args.sizes):
            print(
                f"| {row['name']} | {row['calls']} | {row['writes']} | {row['wall']:.1f} s | "
                f"{row['floor']:.1f} s | {row['ratio']:.2f} | {row['peak_mb']} MB |",
                flush=True,
            )
            if row["status"] != 0:
                print(f"  (exit {row['status']}: {row['last']})")
    if not args.skip_matching:
        read_s, match_s, matched = matching_figures()
        print(f"matching 10,000 files to a 10,000-item catalogue: keys read in {read_s:.2f} s, "
              f"matched in {match_s * 1000:.0f} ms ({matched} files matched)")  # fmt: skip


if __name__ == "__main__":
    main()
