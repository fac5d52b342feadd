"""Cold decode on two cores: the thread pool (Pillow releases the GIL) against a process pool.

Run:  .venv/bin/python -m benchmarks.decode_pool_bench [--images 200] [--edge 154]

Decodes the same downloaded renditions (the sandbox's bulk pictures at the 300 px preview a
default tile fetches) to tile size the way the loader does (decode_thumbnail + the QImage
conversion's `tobytes`), and prints images per second for one thread, the loader's pool
(min(4, cores) threads), and a process pool of as many workers (which must ship the bytes in
and the pixels back). Each figure is the median of three rounds, in one run, so the load
of the shared machine falls on all alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from imagedeck.thumbnails.decode import decode_thumbnail


def renditions(count: int) -> list[bytes]:
    """`count` preview JPEGs as the sandbox serves them (a few dozen distinct pictures)."""
    from imagedeck.sandbox.bulk_listing import DISTINCT_PICTURES, add_bulk_item
    from imagedeck.sandbox.plenty.serialize import FILE_SIZES
    from imagedeck.sandbox.state import SandboxState

    state = SandboxState()
    add_bulk_item(state, 1, DISTINCT_PICTURES)
    box = FILE_SIZES["secondPreview"]
    files = [image.file for image in state.item_images(1)]
    blobs = [file.rendition(box)[0] for file in files]
    return [blobs[n % len(blobs)] for n in range(count)]


def tile(data: bytes, edge: int) -> int:
    """What a pool worker does per image, up to the pixels the QImage is made from."""
    return len(decode_thumbnail(data, edge).tobytes())


def rate(executor: Executor | None, blobs: list[bytes], edge: int) -> float:
    started = time.perf_counter()
    if executor is None:
        for blob in blobs:
            tile(blob, edge)
    else:
        list(executor.map(tile, blobs, [edge] * len(blobs), chunksize=1))
    return len(blobs) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--edge", type=int, default=154)
    args = parser.parse_args()
    blobs = renditions(args.images)
    workers = min(4, os.cpu_count() or 1)
    print(f"{len(blobs)} renditions of ~{statistics.mean(map(len, blobs)) / 1024:.0f} KB → "
          f"{args.edge} px; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    pools: dict[str, Callable[[], Executor | None]] = {
        "one thread (GUI-style)": lambda: None,
        f"thread pool ({workers})": lambda: ThreadPoolExecutor(workers),
        f"process pool ({workers})": lambda: ProcessPoolExecutor(workers),
    }
    for name, make in pools.items():
        executor = make()
        try:
            if executor is not None:
                rate(executor, blobs[:8], args.edge)  # start the workers, import Pillow
            rates = [rate(executor, blobs, args.edge) for _ in range(3)]
        finally:
            if executor is not None:
                executor.shutdown()
        print(f"{name:<24} {statistics.median(rates):7.0f} images/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
