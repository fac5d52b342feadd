"""The body of a plentymarkets image upload, streamed: JSON whose `uploadImageData` is base64.

plentymarkets takes uploads as JSON, not multipart, so a 25 MB photo becomes a 33 MB string.
Building that string (and the JSON around it) in memory for each file of a drop of twenty
would cost hundreds of megabytes; instead the body is produced chunk by chunk from the file
(or from the in-memory JPEG of a converted file), and its exact length is computed up front
so it goes out with a Content-Length rather than chunked.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from imagedeck.marketplaces.http import BodyStream
from imagedeck.marketplaces.plentymarkets.file_names import upload_file_name
from imagedeck.marketplaces.upload_file import CheckedFile
from imagedeck.model.details import ALL, AVAILABILITY_TYPES, Availability, ImageDetails, ImageName

#: Raw bytes read per chunk: a multiple of 3, so each chunk's base64 needs no padding.
RAW_CHUNK = 3 * 64 * 1024


def details_after_upload(names: Sequence[Mapping[str, str]] = ()) -> ImageDetails:
    """The details plentymarkets gives an upload ImageDeck sends (names, no availabilities):
    the names sent, and shown in every store, marketplace and listing ("available for all
    clients and referrers" is plentymarkets' default). The window shows this for a file still
    on its way, so the details panel says before Save what the shop will have after it."""
    return ImageDetails(
        names=tuple(ImageName(n["lang"], n["name"], n.get("alternate", "")) for n in names),
        availabilities=frozenset(Availability(kind, ALL) for kind in AVAILABILITY_TYPES),
    )


def upload_fields(
    item_id: str,
    checked: CheckedFile,
    position: int | None,
    names: Sequence[Mapping[str, str]] = (),
) -> dict[str, Any]:
    """Every field of the upload except the image data."""
    fields: dict[str, Any] = {
        "itemId": int(item_id),
        "uploadFileName": upload_file_name(checked.path),
        "fileType": checked.format,
    }
    if position is not None:
        fields["position"] = position
    if names:
        fields["names"] = [dict(name) for name in names]
    return fields


def upload_body(fields: Mapping[str, Any], checked: CheckedFile) -> tuple[BodyStream, int]:
    """(stream factory, byte length) of `{...fields, "uploadImageData": "<base64>"}`."""
    head = json.dumps(dict(fields))[:-1] + (", " if fields else "") + '"uploadImageData": "'
    prefix, suffix = head.encode(), b'"}'
    length = len(prefix) + 4 * ((checked.size + 2) // 3) + len(suffix)

    async def chunks() -> AsyncIterator[bytes]:
        yield prefix
        async for raw in _raw_chunks(checked):
            yield base64.b64encode(raw)
        yield suffix

    return chunks, length


async def _raw_chunks(checked: CheckedFile) -> AsyncIterator[bytes]:
    if checked.data is not None:
        for start in range(0, len(checked.data), RAW_CHUNK):
            yield checked.data[start : start + RAW_CHUNK]
        return
    with checked.path.open("rb") as stream:
        while True:
            # A full chunk unless at the end: read() may return less, which would put
            # base64 padding in the middle of the string.
            raw = await asyncio.to_thread(_read_exactly, stream, RAW_CHUNK)
            if not raw:
                return
            yield raw


def _read_exactly(stream: Any, size: int) -> bytes:
    parts, left = [], size
    while left:
        part = stream.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)
