"""The one interface every marketplace client offers to the rest of the app.

Saving is split in two so the save engine can journal it: `plan_order` turns a wanted order
into plain, serialisable `PlannedCall`s (no I/O), and `execute` sends one of them. Every
planned call is idempotent (a PUT of a position or of the full order), so a resumed save may
simply send the calls that were not yet marked done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from imagedeck.model.image import Image, ListingRef, ListingSummary


@dataclass(frozen=True)
class PlannedCall:
    """One HTTP call of a save plan, as data: method, path relative to the base URL, body."""

    method: str
    path: str
    json: Any = None
    label: str = ""  # for progress and the journal, e.g. "image 17 → position 3"
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


class Marketplace(Protocol):
    """What the UI, CLI and save engine need from a marketplace."""

    name: str  # "plentymarkets" | "autoscout24"

    async def list_listings(self) -> list[ListingSummary]:
        """The listings the account can open (first page is enough for a picker)."""

    async def load_images(self, listing: ListingRef) -> list[Image]:
        """The listing's images in display order (first = main image)."""

    def plan_order(
        self, listing: ListingRef, current: Sequence[Image], wanted: Sequence[str]
    ) -> list[PlannedCall]:
        """The fewest calls that turn `current` (server state, display order) into `wanted`."""

    async def execute(self, call: PlannedCall) -> None:
        """Send one planned call; raises a MarketplaceError subclass on failure."""

    async def fetch_bytes(self, url: str) -> bytes:
        """Download an image file the API pointed at (thumbnails, previews)."""

    async def aclose(self) -> None:
        """Close the connection pool; the client must not be used afterwards."""
