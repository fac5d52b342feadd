"""The one interface every marketplace client offers to the rest of the app.

Saving is split in two so the save engine can journal it: `plan_order` and `plan_details`
turn a wanted state into plain, serialisable `PlannedCall`s (no I/O), and `execute` sends one
of them. PUTs and DELETEs may simply be sent again by a resumed save. A POST (a new name, an
availability, a variation link) may not: it carries a `check` in its meta saying how to see
on the server whether it already took effect, and `already_applied` asks that question before
a resumed save sends it again.

What a marketplace can do is declared, not probed: every client carries a frozen
`Capabilities` value, and callers read it (`client.capabilities.variations`) instead of asking
`getattr(client, "list_variations", None)`. The list of marketplaces itself, with their
display names and connection fields, is `marketplaces.registry` (it imports the clients, which
import this module, so it cannot live here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from imagedeck.model.changes import DetailChange
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage


@dataclass(frozen=True)
class PlannedCall:
    """One HTTP call of a save plan, as data: method, path relative to the base URL, body.

    `json` is sent as the body for every method, DELETE included (plentymarkets' availability
    DELETE names the pair to remove in its body). `meta` is JSON-ready and journaled with the
    call; the keys in use:

    - ``check``: for a POST, ``{"path": <GET path>, "match": {field: value}}`` — the POST has
      taken effect when that GET answers a record (or a list holding one) with those values.
    - ``absent_is_done``: for a DELETE, a 404 means the thing is already gone (for instance
      because an earlier attempt reached the server but its answer was lost), which is the
      state the call wanted.
    """

    method: str
    path: str
    json: Any = None
    label: str = ""  # for progress and the journal, e.g. "image 17 → position 3"
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


def delete_image_call(path: str, image_id: str) -> PlannedCall:
    """The DELETE of one image at `path`: a 404 on a resumed save means an earlier attempt
    already did it (`absent_is_done`), and the engine lets it finish before the order that
    names the images left (`deletes_image`)."""
    return PlannedCall(
        "DELETE",
        path,
        label=f"delete image {image_id}",
        meta={"absent_is_done": True, "deletes_image": True},
    )


@dataclass(frozen=True)
class UploadRules:
    """What a marketplace accepts as an uploaded file, checked before anything is sent.

    `formats` are `CheckedFile.format` values (jpg, png, gif, svg); `convertible` are formats
    that may be re-encoded to JPEG in memory when the user agrees (AutoScout24 takes no GIF).
    """

    formats: frozenset[str]
    max_bytes: int
    convertible: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Capabilities:
    """What one marketplace client offers beyond the common `Marketplace` calls.

    - `details`: image names, availabilities and variation links (`load_details`,
      `plan_details` do something).
    - `variations`: a listing has child listings (`list_variations`, `variations_page`).
    - `search`: `search_listings` pages through the whole catalogue; without it only
      `list_listings`' first page exists.
    - `upload`: the files it accepts; `upload_positions`: an upload can name its place
      (otherwise new images are appended and the order is written afterwards).
    - `listed_checksums`: image records carry an MD5, so duplicate checks cost no download.
    - `image_limit`: the most images one listing may hold (None: no documented limit).
    - `delete_plan`: how `plan_delete` removes an image, for the docs and the journal's
      reader ("one DELETE per image" for both today).
    - `visibility_cuts`: the marketplace's paid placements show only a listing's first
      images (AutoScout24's T10 and T20), so the grid draws where they are cut off.
    """

    details: bool
    variations: bool
    search: bool
    upload: UploadRules
    upload_positions: bool
    listed_checksums: bool
    image_limit: int | None = None
    delete_plan: str = "one DELETE per image"
    visibility_cuts: bool = False


StatusListener = Callable[[str], None]


class Marketplace(Protocol):
    """What the UI, CLI and save engine need from a marketplace.

    Besides these, a client offers what its `capabilities` declare, and callers check the
    flag before the call: `search_listings(query, page)` (search), `list_variations(id)` and
    `variations_page(id, page)` (variations). Every client has `upload(listing, checked, ...)`;
    `upload_positions` says whether it takes a position and names.
    """

    name: str  # the registry key, e.g. the one in ListingRef.marketplace
    capabilities: Capabilities

    def in_flight_limit(self) -> int:
        """How many calls the save engine may have in flight at once (learnt pacing)."""

    def listen_status(self, listener: StatusListener | None) -> None:
        """Hear announcements of long waits (rate limits) while a save runs; None: stop."""

    def plan_delete(self, listing: ListingRef, image_id: str) -> PlannedCall:
        """The call that deletes one image of the listing (a 404 on resume counts as done)."""

    async def list_listings(self) -> list[ListingSummary]:
        """The listings the account can open (first page is enough for a picker)."""

    async def load_images(self, listing: ListingRef) -> list[Image]:
        """The listing's images in display order (first = main image)."""

    def plan_order(
        self, listing: ListingRef, current: Sequence[Image], wanted: Sequence[str]
    ) -> list[PlannedCall]:
        """The fewest calls that turn `current` (server state, display order) into `wanted`."""

    async def load_details(
        self, listing: ListingRef, images: Sequence[Image] | None = None
    ) -> dict[str, ImageDetails]:
        """Names, availabilities and variation links by image id ({} without details).

        Pass the `images` just loaded to save reading them again."""

    def plan_details(
        self, listing: ListingRef, image_id: str, changes: Sequence[DetailChange]
    ) -> list[PlannedCall]:
        """One call per change of one image's details."""

    async def already_applied(self, call: PlannedCall) -> bool:
        """Whether a journaled POST already took effect on the server (see PlannedCall)."""

    async def execute(self, call: PlannedCall) -> None:
        """Send one planned call; raises a MarketplaceError subclass on failure."""

    async def fetch_bytes(self, url: str) -> bytes:
        """Download an image file the API pointed at (thumbnails, previews)."""

    async def aclose(self) -> None:
        """Close the connection pool; the client must not be used afterwards."""


class SearchesListings(Protocol):
    """What a client whose `capabilities.search` is true offers besides `Marketplace`
    (callers check the capability, then `cast` to this, so mypy checks the call)."""

    async def search_listings(self, query: str = "", page: int = 1) -> ListingPage:
        """Page `page` of the listings matching `query` ("" = all)."""


class HasVariations(Protocol):
    """What a client whose `capabilities.variations` is true offers besides `Marketplace`."""

    async def list_variations(self, item_id: str) -> list[tuple[str, str]]:
        """(variation id, label) pairs of one listing."""

    async def variations_page(self, item_id: str, page: int = 1) -> ListingPage:
        """Page `page` of a listing's variations, each a listing of its own."""
