"""Upload benchmark: 50 photos of ~8 MB through `imagedeck images add`'s code, memory and speed.

Run:  .venv/bin/python -m benchmarks.upload_bench   (about two minutes; --help for sizes)

The issue's promise: uploading 50 photos of 8 MB keeps the app's memory bounded (a few
times one file, never all 50 at once) and the benchmark reports peak memory and throughput.
So that each figure is the uploading process's own:

- the sandbox runs in a separate process (`imagedeck sandbox --port 0`), so the 400 MB it
  stores is not counted;
- every measured run is a fresh child process (`--child ...`) that reports its resident
  set before uploading (after imports) and its peak (getrusage ru_maxrss), plus Python's
  own allocation peak (tracemalloc) during the upload; the files are made by the parent.

Rows: plentymarkets (item 104, JSON with streamed base64) and AutoScout24 (a vehicle emptied
first, multipart, at most 30 images) through `uploads.adding.add_images`, the function the
CLI calls; then two floors with the same files: a plain stdlib `http.client` POST of the
same JSON body to the sandbox (what the server itself costs), and the raw bytes streamed to
a loopback socket that discards them (what moving the bytes costs).

The photos are random noise at JPEG quality 95 (noise does not compress, so ~8 MB is a
realistic 6-7 MP photo's size). Encoding 50 of them would take a minute on a shared
machine, so a few distinct pictures are made and each file gets its own JPEG comment:
every file has its own bytes and MD5 (no duplicate detection kicks in), as real photos do.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import http.client
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

MB = 1024 * 1024
PLENTY_ITEM = "104"  # the demo item without images
FLOOR_ITEM = "103"  # the plain POSTs land here, not on the measured item
AS24_LIMIT = 30
DISTINCT_PICTURES = 5
RAW_CHUNK = 3 * 64 * 1024  # as plenty_upload.py: whole base64 quanta per chunk


# -- files ---------------------------------------------------------------------------------
def make_photos(folder: Path, count: int, megabytes: float, seed: int = 5) -> list[Path]:
    """`count` JPEGs of about `megabytes` each, each with its own bytes (see module doc)."""
    from PIL import Image

    pixels = int(megabytes * MB / 1.17)  # noise at quality 95: ~1.17 bytes per pixel
    width = int((pixels * 4 / 3) ** 0.5)
    height = pixels // width
    rng = random.Random(seed)
    bases = []
    for _ in range(min(DISTINCT_PICTURES, count)):
        noise = rng.randbytes(width * height * 3)
        out = io.BytesIO()
        Image.frombytes("RGB", (width, height), noise).save(out, "JPEG", quality=95)
        bases.append(out.getvalue())
    paths = []
    for n in range(count):
        base = bases[n % len(bases)]
        comment = f"ImageDeck upload benchmark photo {n + 1}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        path = folder / f"Fahrzeug Foto {n + 1:02d}.jpg"
        path.write_bytes(base[:2] + segment + base[2:])  # a COM segment right after SOI
        paths.append(path)
    return paths


# -- memory --------------------------------------------------------------------------------
def current_rss() -> int:
    """Resident set size now, in bytes (Linux /proc; elsewhere the peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return peak_rss()


def peak_rss() -> int:
    """Peak resident set size of this process, in bytes.

    Linux's VmHWM, because ru_maxrss survives exec: a child started by the parent reports
    at least the parent's size at fork. Elsewhere ru_maxrss (KB on Linux, bytes on macOS).
    """
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1)) * 1024
    except (OSError, AttributeError, ValueError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def measured(run) -> dict:
    """Run `run()` (returns a dict) with its time, RSS growth and tracemalloc peak added."""
    baseline = current_rss()
    tracemalloc.start()
    started = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        **result,
        "seconds": seconds,
        "baseline_rss": baseline,
        "peak_rss": peak_rss(),
        "traced_peak": traced_peak,
    }


# -- children: the measured processes ------------------------------------------------------
def child_imagedeck(marketplace: str, base_url: str, paths: Sequence[str]) -> dict:
    """Upload through uploads.adding.add_images, as `imagedeck images add` does."""
    from imagedeck.marketplaces.base import PlannedCall
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.model.image import ListingRef
    from imagedeck.sandbox.demo import VEHICLE_SMALL
    from imagedeck.sync.add_images import add_images

    connection = demo_connections(base_url)[marketplace]
    listing = (
        ListingRef("plentymarkets", PLENTY_ITEM)
        if marketplace == "plentymarkets"
        else ListingRef("autoscout24", VEHICLE_SMALL)
    )

    async def empty_vehicle(client) -> None:
        for image in await client.load_images(listing):
            path = f"/vehicles/{listing.listing_id}/images/{image.id}"
            await client.execute(PlannedCall("DELETE", path))

    async def upload() -> dict:
        client = connection.open_client()
        try:
            result = await add_images(connection, client, listing, paths)
        finally:
            await client.aclose()
        bad = [o.line() for o in result.outcomes if o.status != "uploaded"]
        return {"uploaded": len(result.new_ids), "problems": bad[:3]}

    if marketplace == "autoscout24":

        async def prepare() -> None:
            client = connection.open_client()
            try:
                await empty_vehicle(client)
            finally:
                await client.aclose()

        asyncio.run(prepare())
    return measured(lambda: asyncio.run(upload()))


def child_plain_post(base_url: str, paths: Sequence[str]) -> dict:
    """The same JSON bodies, streamed by the standard library to the sandbox."""
    address = urlsplit(base_url)
    login = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    login.request(
        "POST",
        "/rest/login",
        json.dumps({"username": "demo", "password": "demo"}),
        {"Content-Type": "application/json"},
    )
    token = json.loads(login.getresponse().read())["accessToken"]
    login.close()

    def run() -> dict:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
        done = 0
        for path in map(Path, paths):
            head = json.dumps(
                {"itemId": int(FLOOR_ITEM), "uploadFileName": f"floor_{done}", "fileType": "jpg"}
            )[:-1]
            prefix = (head + ', "uploadImageData": "').encode()
            size = path.stat().st_size
            length = len(prefix) + 4 * ((size + 2) // 3) + 2
            headers = {
                "Content-Type": "application/json",
                "Content-Length": str(length),
                "Authorization": f"Bearer {token}",
            }
            body = _json_chunks(prefix, path)
            connection.request("POST", f"/rest/items/{FLOOR_ITEM}/images/upload", body, headers)
            answer = connection.getresponse()
            answer.read()
            done += answer.status == 200
        connection.close()
        return {"uploaded": done, "problems": []}

    return measured(run)


def _json_chunks(prefix: bytes, path: Path) -> Iterator[bytes]:
    yield prefix
    with path.open("rb") as stream:
        while raw := stream.read(RAW_CHUNK):
            yield base64.b64encode(raw)
    yield b'"}'


def child_sink(sink_url: str, paths: Sequence[str]) -> dict:
    """The files' raw bytes streamed to a socket that discards them: the transport floor."""
    address = urlsplit(sink_url)

    def run() -> dict:
        connection = http.client.HTTPConnection(
            address.hostname, address.port, timeout=120, blocksize=RAW_CHUNK
        )
        done = 0
        for path in map(Path, paths):
            with path.open("rb") as stream:
                headers = {"Content-Length": str(path.stat().st_size)}
                connection.request("POST", "/sink", stream, headers)
                answer = connection.getresponse()
                answer.read()
                done += answer.status == 200
        connection.close()
        return {"uploaded": done, "problems": []}

    return measured(run)


# -- the parent ----------------------------------------------------------------------------
class _Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        left = int(self.headers.get("Content-Length", "0"))
        while left:
            left -= len(self.rfile.read(min(left, MB)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return


def start_sandbox() -> tuple[subprocess.Popen, str]:
    """`imagedeck sandbox --port 0` in its own process; answers it and its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"https?://\S+", line)
    if not found:
        process.kill()
        raise SystemExit(f"the sandbox did not start: {line!r}")
    # Keep reading its output so a full pipe never blocks it.
    threading.Thread(target=process.stdout.read, daemon=True).start()
    base_url = found.group(0)
    warm_up(base_url)
    return process, base_url


def warm_up(base_url: str) -> None:
    """One login and one read, so the first measured run does not pay the server's start."""
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    body = json.dumps({"username": "demo", "password": "demo"})
    connection.request("POST", "/rest/login", body, {"Content-Type": "application/json"})
    token = json.loads(connection.getresponse().read())["accessToken"]
    headers = {"Authorization": f"Bearer {token}"}
    connection.request("GET", f"/rest/items/{PLENTY_ITEM}/images", headers=headers)
    connection.getresponse().read()
    connection.close()


def run_child(mode: str, url: str, paths: Sequence[Path]) -> dict:
    args = [sys.executable, "-m", "benchmarks.upload_bench", "--child", mode, "--url", url]
    done = subprocess.run(
        [*args, *map(str, paths)], capture_output=True, text=True, check=False, timeout=3600
    )
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_table(rows: list[tuple[str, list[Path], dict]]) -> None:
    header = (
        f"{'run':<34} {'files':>5} {'MB':>6} {'s':>6} {'MB/s':>6} | {'base RSS':>8} "
        f"{'peak RSS':>8} {'growth':>7} {'/total':>6} {'/file':>5} {'py peak':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, paths, figures in rows:
        total = sum(p.stat().st_size for p in paths)
        largest = max(p.stat().st_size for p in paths)
        growth = max(0, figures["peak_rss"] - figures["baseline_rss"])
        print(
            f"{name:<34} {figures['uploaded']:>5} {total / MB:>6.0f} {figures['seconds']:>6.1f} "
            f"{total / MB / figures['seconds']:>6.1f} | {figures['baseline_rss'] / MB:>8.0f} "
            f"{figures['peak_rss'] / MB:>8.0f} {growth / MB:>7.0f} {growth / total:>6.2f} "
            f"{growth / largest:>5.1f} {figures['traced_peak'] / MB:>7.1f}"
        )
        for problem in figures.get("problems", []):
            print(f"    ! {problem}")
    print(
        "\nMB = total size of the files; RSS in MB (base = before uploading, after imports);"
        "\ngrowth = peak RSS - base; /total and /file = growth over the files' total size and"
        "\nover one file's size; py peak = tracemalloc's peak of Python allocations, MB."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50, help="photos for plentymarkets")
    parser.add_argument("--mb", type=float, default=8.0, help="size of each photo")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = {
            "plentymarkets": lambda: child_imagedeck("plentymarkets", args.url, args.paths),
            "autoscout24": lambda: child_imagedeck("autoscout24", args.url, args.paths),
            "plain": lambda: child_plain_post(args.url, args.paths),
            "sink": lambda: child_sink(args.url, args.paths),
        }[args.child]()
        print(json.dumps(figures))
        return

    with tempfile.TemporaryDirectory(prefix="imagedeck-upload-bench-") as folder:
        print(f"making {args.files} photos of ~{args.mb:g} MB …", flush=True)
        paths = make_photos(Path(folder), args.files, args.mb)
        as24_paths = paths[:AS24_LIMIT]
        sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
        threading.Thread(target=sink.serve_forever, daemon=True).start()
        sandbox, base_url = start_sandbox()
        try:
            print(f"sandbox (own process) at {base_url}; uploading …\n", flush=True)
            sink_url = f"http://127.0.0.1:{sink.server_address[1]}"
            rows = [
                ("ImageDeck → plentymarkets", paths, run_child("plentymarkets", base_url, paths)),
                (
                    "ImageDeck → AutoScout24",
                    as24_paths,
                    run_child("autoscout24", base_url, as24_paths),
                ),
                ("floor: plain POST → plentymarkets", paths, run_child("plain", base_url, paths)),
                ("floor: loopback sink (raw bytes)", paths, run_child("sink", sink_url, paths)),
            ]
        finally:
            sandbox.terminate()
            sandbox.wait(timeout=30)
            sink.shutdown()
        print_table(rows)


if __name__ == "__main__":
    main()
