"""Listing search benchmark: what finding a listing costs in calls and time, per search kind.

Run:  .venv/bin/python -m benchmarks.listing_bench   (a few seconds)

The sandbox with the demo catalogue (234 items, 40 vehicles) and 50 ms added latency per
request, as a shop across the internet answers. For each kind of search the browser makes
it prints the calls and wall time of its first page (what the seller waits for before the
list shows anything) and of reading every page (what scrolling to the very end costs):
all items, a name, an item number, a bare number (id, then numbers), and the vehicles.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.sandbox.server import SandboxServer

PLENTY_CALLS = re.compile(r"^/rest/items")


async def measure(client, query: str, server: SandboxServer, calls: re.Pattern[str]) -> str:
    """Calls and milliseconds for the first page and for all pages of `query`."""
    await client.search_listings("", 1)  # log in and warm the connection first
    server.state.clear_requests()
    started = time.perf_counter()
    page = await client.search_listings(query, 1)
    first_ms = (time.perf_counter() - started) * 1000
    first_calls = server.state.count("GET", calls)
    found = len(page.entries)
    while not page.is_last:
        page = await client.search_listings(query, page.page + 1)
        found += len(page.entries)
    all_ms = (time.perf_counter() - started) * 1000
    all_calls = server.state.count("GET", calls)
    return (
        f"{query or '(everything)':>14} | first page {first_calls} call(s) {first_ms:6.0f} ms"
        f" | all pages {all_calls:2d} calls {all_ms:6.0f} ms | {found} found"
    )


async def run(latency_ms: float) -> None:
    with SandboxServer() as server:
        server.faults.latency_ms = latency_ms
        connections = demo_connections(server.base_url)
        plenty = connections["plentymarkets"].open_client()
        as24 = connections["autoscout24"].open_client()
        try:
            print(f"plentymarkets, {len(server.state.items)} items, {latency_ms:.0f} ms latency")
            for query in ("", "T-Shirt", "A-10023", "1002"):
                print(await measure(plenty, query, server, PLENTY_CALLS))
            print(f"AutoScout24, {len(server.state.vehicles)} vehicles")
            for query in ("", "Golf"):
                print(await measure(as24, query, server, re.compile(r"^/vehicles$")))
        finally:
            await plenty.aclose()
            await as24.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latency-ms", type=float, default=50.0)
    asyncio.run(run(parser.parse_args().latency_ms))


if __name__ == "__main__":
    main()
