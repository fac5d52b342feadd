"""The JSON plentymarkets answers with, built from the sandbox's records.

File URLs are absolute and use the base URL the client reached the server at, shaped like
plentymarkets' CDN: `{base}/plenty-files/item/images/{itemId}/{size}/{cleanImageName}` with the
sizes `full`, `middle`, `secondPreview` and `preview`.
"""

from __future__ import annotations

import math
import random
from typing import Any

from ..records import Availability, ImageName, PlentyImage, PlentyItem, VariationLink
from ..timefmt import plenty_time

FILE_SIZES: dict[str, tuple[int, int] | None] = {
    "full": None,
    "middle": (600, 600),
    "secondPreview": (300, 300),
    "preview": (150, 150),
}
"""Boxes the renditions fit into; the demo's 1200x900 gives 600x450, 300x225, 150x112."""


def file_url(base: str, image: PlentyImage, size: str) -> str:
    return f"{base}/plenty-files/item/images/{image.item_id}/{size}/{image.clean_name}"


def image_json(image: PlentyImage, base: str, linked: bool) -> dict[str, Any]:
    """An ItemImage with every field of the spec plus what real answers carry besides."""
    md5 = image.file.md5()
    return {
        "id": image.id,
        "itemId": image.item_id,
        "type": "internal",
        "fileType": image.file_type,
        "path": f"S3:{image.item_id}:{image.clean_name}",
        "position": image.position,
        "createdAt": plenty_time(image.created_at),
        "updatedAt": plenty_time(image.updated_at),
        "md5Checksum": md5,
        "md5ChecksumOriginal": md5,
        "hasLinkedVariations": 1 if linked else 0,
        "size": image.file.byte_size(),
        "width": image.file.width,
        "height": image.file.height,
        "storageProviderId": 2,
        "cleanImageName": image.clean_name,
        "url": file_url(base, image, "full"),
        "urlMiddle": file_url(base, image, "middle"),
        "urlPreview": file_url(base, image, "preview"),
        "urlSecondPreview": file_url(base, image, "secondPreview"),
        "names": [name_json(image.id, n) for n in image.names.values()],
        "availabilities": [availability_json(image.id, a) for a in image.availabilities],
    }


def name_json(image_id: int, name: ImageName) -> dict[str, Any]:
    return {"imageId": image_id, "lang": name.lang, "name": name.name, "alternate": name.alternate}


def availability_json(image_id: int, availability: Availability) -> dict[str, Any]:
    """`value` is a float, as the spec types it (-1.0 = all of that type)."""
    return {"imageId": image_id, "type": availability.type, "value": float(availability.value)}


def link_json(link: VariationLink) -> dict[str, Any]:
    return {
        "id": link.id,
        "itemId": link.item_id,
        "variationId": link.variation_id,
        "imageId": link.image_id,
        "createdAt": plenty_time(link.created_at),
        "updatedAt": plenty_time(link.updated_at),
    }


def item_json(item: PlentyItem, with_variations: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.id,
        "position": 0,
        "itemType": "default",
        "mainVariationId": item.main_variation_id,
        "createdAt": plenty_time(item.created_at),
        "updatedAt": plenty_time(item.updated_at),
        "texts": [
            {"lang": lang, "name1": name, "name2": "", "name3": "", "shortDescription": ""}
            for lang, name in item.names.items()
        ],
    }
    if with_variations:
        data["variations"] = variations_json(item)
    return data


def variations_json(item: PlentyItem) -> list[dict[str, Any]]:
    return [
        {
            "id": v.id,
            "itemId": v.item_id,
            "number": v.number,
            "name": v.name,
            "isMain": v.is_main,
            "isActive": True,
            "mainVariationId": None if v.is_main else item.main_variation_id,
            "position": k,
        }
        for k, v in enumerate(item.variations.values())
    ]


def paged(entries: list[Any], page: int, per_page: int) -> dict[str, Any]:
    """plentymarkets' paging envelope around one page of `entries`."""
    total = len(entries)
    last = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    chunk = entries[start : start + per_page]
    return {
        "page": page,
        "totalsCount": total,
        "isLastPage": page >= last,
        "lastPageNumber": last,
        "firstOnPage": start + 1,
        "lastOnPage": start + len(chunk),
        "itemsPerPage": per_page,
        "entries": chunk,
    }


def served_order(images: list[PlentyImage], item_id: int) -> list[PlentyImage]:
    """The order lists are answered in: stable per item, but neither by position nor by id.

    A public connector had to add its own (position, id) sort because the real list is not in
    position order; a fixed shuffle makes sure a client here cannot get away without it.
    """
    shuffled = sorted(images, key=lambda i: i.id)
    random.Random(item_id * 7919).shuffle(shuffled)
    return shuffled
