"""Save benchmark: minimal-write plan vs. "renumber everything", under a real rate limit.

Run:  .venv/bin/python -m benchmarks.save_bench   (about a minute)

A 100-image plentymarkets item on the sandbox with 50 ms added latency and a write budget
of 10 calls per second. For four edits it prints calls made and wall time of ImageDeck's
save beside the naive plan (one PUT per image), their ratio, and the floor the rate limit
sets for that many calls (whole windows of the budget, see floor_s).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.marketplaces.connection import demo_connections
from imagedeck.marketplaces.plentymarkets.client import PlentyClient
from imagedeck.model.image import Image, ListingRef
from imagedeck.sandbox.records import PlentyItem
from imagedeck.sandbox.server import SandboxServer
from imagedeck.sync.engine import SaveEngine

ITEM_ID = 900
IMAGES = 100
PUTS = re.compile(rf"^/rest/items/{ITEM_ID}/images/\d+$")


class NaivePlentyClient(PlentyClient):
    """What a simple tool does: rewrite every image's position as its index."""

    def plan_order(
        self, listing: ListingRef, current: Sequence[Image], wanted: Sequence[str]
    ) -> list[PlannedCall]:
        return [
            PlannedCall(
                "PUT",
                f"/rest/items/{listing.listing_id}/images/{image_id}",
                json={"itemId": int(listing.listing_id), "position": index},
                label=f"image {image_id} → {index}",
            )
            for index, image_id in enumerate(wanted)
        ]


def scenarios(rng: random.Random) -> dict[str, Callable[[list[str]], list[str]]]:
    def shuffle(ids: list[str]) -> list[str]:
        ids = list(ids)
        rng.shuffle(ids)
        return ids

    return {
        "move one to front": lambda ids: [ids[57], *ids[:57], *ids[58:]],
        "swap two": lambda ids: [*ids[:20], ids[70], *ids[21:70], ids[20], *ids[71:]],  # fmt: skip
        "random shuffle": shuffle,
        "reverse": lambda ids: list(reversed(ids)),
    }


def reset_item(server: SandboxServer) -> None:
    """The item as a shop has it: 100 images at positions 10, 20, … 1000."""
    state = server.state
    with state.lock:
        if ITEM_ID not in state.items:
            moment = datetime(2024, 1, 1, tzinfo=UTC)
            state.add_item(PlentyItem(ITEM_ID, {"en": "Benchmark item"}, 9000, moment, moment))
            for n in range(IMAGES):
                state.add_plenty_image(ITEM_ID, position=(n + 1) * 10, image_id=90_000 + n)
        for n in range(IMAGES):
            state.set_position(ITEM_ID, 90_000 + n, (n + 1) * 10)


async def one_save(server: SandboxServer, client_class: type, edit) -> tuple[int, int, float, bool]:
    connection = demo_connections(server.base_url)["plentymarkets"]
    client = client_class(connection.base_url, connection.username, connection.password)
    listing = ListingRef("plentymarkets", str(ITEM_ID))
    try:
        loaded = await client.load_images(listing)
        wanted = edit([i.id for i in loaded])
        server.state.clear_requests()
        started = time.perf_counter()
        result = await SaveEngine(connection, client).save_order(listing, loaded, wanted)
        elapsed = time.perf_counter() - started
    finally:
        await client.aclose()
    accepted = server.state.count("PUT", PUTS, status=200)
    refused = server.state.count("PUT", PUTS, status=429)
    return accepted, refused, elapsed, result.verified


def floor_s(calls: int, budget: int, period: float) -> float:
    """Least time the write budget allows for `calls` PUTs: plentymarkets' windows are fixed
    (each starts with its first call and refills whole after `period`), so `calls` need
    ceil(calls / budget) windows and the last one cannot start before the others' periods
    have passed. (calls - budget) / budget, a sliding window's figure, is not reachable:
    85 PUTs at 10 per second need nine windows, eight whole periods, 8 s, not 7.5 s.)"""
    return max(0, math.ceil(calls / budget) - 1) * period


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--write-budget", type=int, default=10)
    parser.add_argument("--write-period", type=float, default=1.0)
    args = parser.parse_args()

    with SandboxServer() as server:
        server.faults.latency_ms = args.latency_ms
        server.faults.write_budget = args.write_budget
        server.faults.write_period_s = args.write_period
        print(
            f"{IMAGES}-image plentymarkets item, {args.latency_ms:.0f} ms latency, "
            f"write budget {args.write_budget} per {args.write_period:g} s\n"
        )
        header = (
            f"{'edit':<18} {'calls':>5} {'429s':>4} {'time s':>7} {'floor s':>7} | "
            f"{'naive calls':>11} {'naive s':>8} | {'calls ratio':>11} {'time ratio':>10}"
        )
        print(header)
        print("-" * len(header))
        for name, edit in scenarios(random.Random(11)).items():
            reset_item(server)
            calls, refused, seconds, ok = asyncio.run(one_save(server, PlentyClient, edit))
            reset_item(server)
            naive_calls, _, naive_s, naive_ok = asyncio.run(
                one_save(server, NaivePlentyClient, edit)
            )
            assert ok and naive_ok, "a save did not reach the wanted order"
            floor = floor_s(calls, args.write_budget, args.write_period)
            print(
                f"{name:<18} {calls:>5} {refused:>4} {seconds:>7.2f} {floor:>7.2f} | "
                f"{naive_calls:>11} {naive_s:>8.2f} | "
                f"{naive_calls / max(calls, 1):>10.1f}x {naive_s / max(seconds, 1e-9):>9.1f}x"
            )
        print(
            "\ncalls = PUTs the server accepted; 429s = PUTs it refused for the rate limit;"
            "\nratio = naive / ImageDeck (higher is better); floor = the rate limit's minimum"
        )


if __name__ == "__main__":
    main()
