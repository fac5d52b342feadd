"""One upload as a journaled call, and sending it with per-file progress.

An upload is a POST that must never be sent twice blindly: if the answer was lost (crash,
network), the file may already be on the listing. So each upload is journaled before it is
sent, with the file's path and the MD5 of exactly the bytes that go out; a resumed save asks
the listing whether an image with that MD5 is there (`arrived`) and sends only if not.

Progress: plentymarkets takes the file as base64 inside JSON, streamed (plenty_upload.py);
PlentyClient.upload counts the bytes handed to the network, which is what the tile's
"uploading NN %" shows. AutoScout24's multipart body goes out in one piece (at most 10 MB),
so it jumps from 0 to 100.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from imagedeck.marketplaces.base import Marketplace, PlannedCall
from imagedeck.marketplaces.registry import marketplace_info
from imagedeck.marketplaces.upload_file import CheckedFile
from imagedeck.model.image import Image, ListingRef
from imagedeck.uploads.duplicates import with_md5s

log = logging.getLogger(__name__)

UPLOAD_META = "upload"


PercentCallback = Callable[[int], None]


def upload_call(
    listing: ListingRef,
    checked: CheckedFile,
    position: int | None,
    names: Sequence[Mapping[str, str]] = (),
) -> PlannedCall:
    """The journal's record of one upload: enough to check for it and to send it again."""
    path = marketplace_info(listing.marketplace).upload_path(listing)
    meta: dict[str, Any] = {
        UPLOAD_META: {
            "file": str(checked.path),
            "md5": checked.md5,
            "position": position,
            "names": [dict(name) for name in names],
            "convert": bool(checked.original_format and checked.original_format != checked.format),
        }
    }
    return PlannedCall("POST", path, label=f"upload {checked.path.name}", meta=meta)


def is_upload(call: PlannedCall) -> bool:
    return UPLOAD_META in call.meta


async def arrived(client: Marketplace, listing: ListingRef, md5: str) -> Image | None:
    """The listing's image whose bytes have this MD5, if any (the upload already arrived)."""
    item = ListingRef(listing.marketplace, listing.listing_id)  # uploads are item-wide
    images = await client.load_images(item)
    if not client.capabilities.listed_checksums:
        images = await with_md5s(client, images)
    wanted = md5.lower()
    return next((i for i in images if i.md5 and i.md5.lower() == wanted), None)


async def send_upload(
    client: Marketplace,
    listing: ListingRef,
    checked: CheckedFile,
    position: int | None,
    names: Sequence[Mapping[str, str]] = (),
    on_percent: PercentCallback | None = None,
) -> Image:
    """Upload one checked (and prepared) file; answers the new image."""
    report = on_percent or (lambda _p: None)
    if not client.capabilities.upload_positions:
        report(0)
        image = await client.upload(listing, checked)  # type: ignore[attr-defined]
        report(100)
        return image
    return await client.upload(  # type: ignore[attr-defined]
        listing, checked, position, names, on_percent=report
    )


def journaled_file(call: PlannedCall) -> tuple[Path, str, int | None, list[dict[str, str]], bool]:
    """(path, md5, position, names, convert) of a journaled upload."""
    meta = call.meta[UPLOAD_META]
    return (
        Path(meta["file"]),
        str(meta["md5"]),
        meta.get("position"),
        list(meta.get("names") or []),
        bool(meta.get("convert")),
    )
