"""Large plentymarkets items (hundreds to thousands of images) for benchmarks and tests.

The demo data stays small and hand-made; a grid benchmark needs items of 500 and 5,000
images. Drawing 5,000 distinct pictures would make the *server* the bottleneck (each is a
Pillow render on the same two cores the client runs on), so a bulk item's records share a
few dozen drawn pictures: every record still has its own URL, id, position and MD5, and
every download is a real JPEG of realistic size, so the client does all the work it would
do for a real listing — only the server is spared.

Records are created directly instead of through `SandboxState.add_plenty_image`, which
checks file-name uniqueness against the whole item on every call (quadratic: seconds for
5,000 images).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .picture_files import RenderedFile
from .pictures import PictureSpec, Size
from .records import Availability, ImageName, PlentyImage, PlentyItem, PlentyVariation
from .state import PLENTY_FULL_SIZE, SandboxState

DISTINCT_PICTURES = 48
"""How many pictures a bulk item's records share (one server-side render each per size)."""
_EPOCH = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SharedPictureFile:
    """One of the shared drawn pictures behind a record, with an MD5 of its own.

    The MD5 is that of the picture plus the record's serial: unique per record as a
    client expects, though not the digest of the bytes served (nothing checks that)."""

    picture: RenderedFile
    serial: int

    @property
    def mime(self) -> str:
        return self.picture.mime

    @property
    def width(self) -> int:
        return self.picture.width

    @property
    def height(self) -> int:
        return self.picture.height

    def rendition(self, box: Size | None = None) -> tuple[bytes, str]:
        return self.picture.rendition(box)

    def md5(self) -> str:
        return hashlib.md5(f"{self.picture.md5()}:{self.serial}".encode()).hexdigest()

    def byte_size(self) -> int:
        return self.picture.byte_size()

    def digest_known(self) -> bool:
        return self.picture.digest_known()


def add_bulk_item(state: SandboxState, item_id: int, count: int) -> PlentyItem:
    """Add item `item_id` with `count` images at positions 1..count (ids from 100,000 ×
    item_id's order up), one main variation linked to none. Raises ValueError if the item or
    an image id exists already, or `count` is negative."""
    if count < 0:
        raise ValueError(f"an item cannot have {count} images")
    with state.lock:
        if item_id in state.items:
            raise ValueError(f"item {item_id} exists already")
        variation_id = item_id * 10 + 1
        item = PlentyItem(
            item_id,
            {"de": f"Großes Sortiment {count}", "en": f"Large assortment {count}"},
            variation_id,
            _EPOCH,
            _EPOCH + timedelta(days=1),
        )
        item.variations[variation_id] = PlentyVariation(
            variation_id, item_id, f"{item_id}-ALL", "All", True
        )
        state.add_item(item)
        pictures = [
            RenderedFile(PictureSpec(n, seed=item_id, caption=f"Item {item_id}"), *PLENTY_FULL_SIZE)
            for n in range(1, DISTINCT_PICTURES + 1)
        ]
        first_id = max(state._next_image_id, item_id * 100_000)
        everywhere = [Availability(t, -1.0) for t in ("mandant", "marketplace", "listing")]
        for serial in range(count):
            image_id = first_id + serial
            if image_id in state.images:
                raise ValueError(f"image {image_id} exists already")
            moment = _EPOCH + timedelta(seconds=serial)
            state.images[image_id] = PlentyImage(
                id=image_id,
                item_id=item_id,
                file_type="jpg",
                clean_name=f"{item_id}-bulk-{serial + 1:05d}.jpg",
                position=serial + 1,
                created_at=moment,
                updated_at=moment,
                file=SharedPictureFile(pictures[serial % DISTINCT_PICTURES], serial),
                names={"de": ImageName("de", f"Ansicht {serial + 1}")},
                availabilities=list(everywhere),
            )
        state._next_image_id = max(state._next_image_id, first_id + count)
        return item
