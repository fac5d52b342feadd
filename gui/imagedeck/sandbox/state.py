"""Everything the sandbox holds, behind one lock, with helpers tests use to look and meddle.

The server's handlers run on the server thread while a test thread inspects the state or
changes a listing "behind the client's back" (another user reordering in the back end), so
every read-modify-write takes `lock`. The helpers here are the vocabulary tests speak:
`plenty_order`, `vehicle_order`, `set_position`, `add_plenty_image`, `count("PUT", ...)`.
"""

from __future__ import annotations

import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from .item_table import ItemTable
from .picture_files import PictureFile, RenderedFile
from .pictures import PictureSpec
from .records import (
    Availability,
    ImageName,
    PlentyImage,
    PlentyItem,
    RecordedRequest,
    VariationLink,
    Vehicle,
    VehicleImage,
)
from .timefmt import now_utc
from .tokens import TokenStore

PLENTY_FULL_SIZE = (1200, 900)
AS24_FULL_SIZE = (1024, 768)
MAX_VEHICLE_IMAGES = 30


class SandboxState:
    """In-memory data of both marketplaces plus the record of every request."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, seed: int = 24) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        # Set while the server stops: picture work still running in a handler gives up
        # (its client is gone), so stopping never waits for a page of renders.
        self.closing = threading.Event()
        self.items: dict[int, PlentyItem] = {}
        self.images: ItemTable[PlentyImage] = ItemTable()
        self.links: ItemTable[VariationLink] = ItemTable()
        self.vehicles: dict[str, Vehicle] = {}
        self.tokens = TokenStore(clock)
        self.requests: list[RecordedRequest] = []
        self.plenty_users: dict[str, str] = {"demo": "demo"}
        self.oauth_clients: dict[str, str] = {"demo": "demo"}
        self.rng = random.Random(seed)
        self._next_image_id = 1
        self._next_link_id = 1

    def load(self, other: SandboxState) -> None:
        """Take over `other`'s data (tokens and request record included), keeping this lock
        and clock, so a running server can start over without a restart."""
        with self.lock:
            for key, value in vars(other).items():
                if key not in ("lock", "clock"):
                    setattr(self, key, value)
            self.tokens.clock = self.clock

    # -- request record ---------------------------------------------------------------------

    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def count(
        self, method: str, path: str | re.Pattern[str] = "", *, status: int | None = None
    ) -> int:
        """Requests with `method` ("*" for any) whose path starts with `path` (a str) or
        matches it (a compiled regex, searched), optionally only those answered with `status`."""
        with self.lock:
            return sum(
                1
                for r in self.requests
                if method in ("*", r.method)
                and (
                    path.search(r.path) if isinstance(path, re.Pattern) else r.path.startswith(path)
                )
                and status in (None, r.status)
            )

    def clear_requests(self) -> None:
        with self.lock:
            self.requests.clear()

    # -- plentymarkets: reading -------------------------------------------------------------

    def item_images(self, item_id: int) -> list[PlentyImage]:
        """The item's images in id order (storage order, *not* display order)."""
        with self.lock:
            return sorted(self.images.of_item(item_id), key=_id)

    def variation_image_ids(self, item_id: int, variation_id: int) -> set[int]:
        with self.lock:
            return {
                link.image_id
                for link in self.links.of_item(item_id)
                if link.variation_id == variation_id
            }

    def has_linked_variations(self, image_id: int) -> bool:
        with self.lock:
            image = self.images.get(image_id)
            links = self.links.of_item(image.item_id) if image is not None else self.links.values()
            return any(link.image_id == image_id for link in links)

    def plenty_order(self, item_id: int, variation_id: int | None = None) -> list[int]:
        """Image ids in display order, sorted by (position, id) as a correct client sorts."""
        with self.lock:
            images = self.item_images(item_id)
            if variation_id is not None:
                linked = self.variation_image_ids(item_id, variation_id)
                images = [i for i in images if i.id in linked]
            return [i.id for i in sorted(images, key=lambda i: (i.position, i.id))]

    def plenty_image(self, item_id: int, image_id: int) -> PlentyImage:
        """The image, or KeyError if it does not exist or belongs to another item."""
        with self.lock:
            image = self.images[image_id]
            if image.item_id != item_id:
                raise KeyError(image_id)
            return image

    # -- plentymarkets: changing ------------------------------------------------------------

    def add_item(self, item: PlentyItem) -> PlentyItem:
        with self.lock:
            self.items[item.id] = item
            return item

    def add_plenty_image(
        self,
        item_id: int,
        *,
        position: int = 0,
        file: PictureFile | None = None,
        file_type: str = "jpg",
        stem: str | None = None,
        names: Iterable[ImageName] = (),
        availabilities: Iterable[Availability] | None = None,
        image_id: int | None = None,
        created_at: datetime | None = None,
    ) -> PlentyImage:
        """Store a new image of `item_id` (a drawn picture unless `file` is given).

        Without `availabilities` the image is available everywhere, as plentymarkets makes an
        upload "available for all clients and referrers" by default.
        """
        with self.lock:
            if item_id not in self.items:
                raise KeyError(item_id)
            new_id = image_id if image_id is not None else self._next_image_id
            if new_id in self.images:
                raise ValueError(f"image {new_id} exists")
            self._next_image_id = max(self._next_image_id, new_id + 1)
            if file is None:
                number = len(self.item_images(item_id)) + 1
                spec = PictureSpec(number, seed=item_id, caption=f"Item {item_id} · image {new_id}")
                file = RenderedFile(spec, *PLENTY_FULL_SIZE)
            if availabilities is None:
                availabilities = [
                    Availability(t, -1.0) for t in ("mandant", "marketplace", "listing")
                ]
            moment = created_at or now_utc()
            image = PlentyImage(
                id=new_id,
                item_id=item_id,
                file_type=file_type,
                clean_name=self._unique_clean_name(item_id, stem or f"image-{new_id}", file_type),
                position=position,
                created_at=moment,
                updated_at=moment,
                file=file,
                names={n.lang: n for n in names},
                availabilities=list(dict.fromkeys(availabilities)),
            )
            self.images[new_id] = image
            return image

    def set_position(self, item_id: int, image_id: int, position: int) -> None:
        """Change a position as another back-end user would (updatedAt moves too)."""
        with self.lock:
            image = self.plenty_image(item_id, image_id)
            image.position = position
            self.touch(image)

    def remove_plenty_image(self, item_id: int, image_id: int) -> None:
        """Delete an image with its names, availabilities and variation links."""
        with self.lock:
            self.plenty_image(item_id, image_id)
            del self.images[image_id]
            for link in [v for v in self.links.of_item(item_id) if v.image_id == image_id]:
                del self.links[link.id]

    def link_variation(self, item_id: int, variation_id: int, image_id: int) -> VariationLink:
        """Show the image for the variation; returns the existing link if there is one."""
        with self.lock:
            image = self.plenty_image(item_id, image_id)
            if variation_id not in self.items[item_id].variations:
                raise KeyError(variation_id)
            for link in self.links.of_item(item_id):
                if link.variation_id == variation_id and link.image_id == image_id:
                    return link
            moment = now_utc()
            link = VariationLink(
                self._next_link_id, item_id, variation_id, image_id, moment, moment
            )
            self._next_link_id += 1
            self.links[link.id] = link
            self.touch(image)
            return link

    def unlink_variation(self, item_id: int, variation_id: int, image_id: int) -> None:
        """Remove the link; KeyError if there is none."""
        with self.lock:
            for link in self.links.of_item(item_id):
                if (link.variation_id, link.image_id) == (variation_id, image_id):
                    del self.links[link.id]
                    self.touch(self.images[image_id])
                    return
            raise KeyError(image_id)

    def touch(self, image: PlentyImage) -> None:
        """Any change of an image or its names, availabilities or links moves its updatedAt."""
        image.updated_at = now_utc()

    def _unique_clean_name(self, item_id: int, stem: str, file_type: str) -> str:
        """'{itemId}-{stem}.{ext}' as plentymarkets names files, made unique per item."""
        taken = {i.clean_name for i in self.item_images(item_id)}
        candidate, n = f"{item_id}-{stem}.{file_type}", 1
        while candidate in taken:
            candidate, n = f"{item_id}-{stem}_{n}.{file_type}", n + 1
        return candidate

    # -- AutoScout24 ------------------------------------------------------------------------

    def add_vehicle(self, vehicle: Vehicle) -> Vehicle:
        with self.lock:
            self.vehicles[vehicle.id] = vehicle
            return vehicle

    def vehicle_order(self, vehicle_id: str) -> list[str]:
        """The vehicle's image ids in display order (first = main image)."""
        with self.lock:
            return list(self.vehicles[vehicle_id].order)

    def new_vehicle_image_id(self) -> str:
        """A UUID, as AutoScout24 has handed out since 2018 (older images have numbers)."""
        with self.lock:
            return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add_vehicle_image(
        self,
        vehicle_id: str,
        *,
        file: PictureFile | None = None,
        image_id: str | None = None,
        created_at: datetime | None = None,
    ) -> VehicleImage:
        """Append an image to the vehicle (uploads are appended in the order they succeed)."""
        with self.lock:
            vehicle = self.vehicles[vehicle_id]
            if len(vehicle.images) >= MAX_VEHICLE_IMAGES:
                raise ValueError("too many images")
            image_id = image_id or self.new_vehicle_image_id()
            if file is None:
                number = len(vehicle.images) + 1
                seed = sum(vehicle_id.encode())
                file = RenderedFile(PictureSpec(number, seed, "vehicle"), *AS24_FULL_SIZE)
            image = VehicleImage(image_id, file, created_at or now_utc())
            vehicle.images[image_id] = image
            vehicle.order.append(image_id)
            return image

    def remove_vehicle_image(self, vehicle_id: str, image_id: str) -> None:
        with self.lock:
            vehicle = self.vehicles[vehicle_id]
            del vehicle.images[image_id]
            vehicle.order.remove(image_id)

    def set_vehicle_order(self, vehicle_id: str, order: Iterable[str]) -> None:
        """Replace the order; it must be a permutation of the vehicle's image ids."""
        with self.lock:
            vehicle = self.vehicles[vehicle_id]
            wanted = list(order)
            if sorted(wanted) != sorted(vehicle.images):
                raise ValueError("not a permutation of the vehicle's images")
            vehicle.order = wanted


def _id(image: PlentyImage) -> int:
    return image.id
