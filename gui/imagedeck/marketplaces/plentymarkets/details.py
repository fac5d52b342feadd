"""plentymarkets image details on the wire: reading them, and one planned call per change.

Contract: ../shared/api/plentymarkets.md (Image names, Image availabilities, Variation links).
Names and availabilities come embedded in the ItemImage records the image list already
returned, and every link of an item comes from one GET of `/rest/items/{id}/variation_images`,
so the details of a whole listing cost one extra call, not one per image.

Writing is one call per changed fact (see model/changes.py). POSTs are not idempotent, so each
carries a `check` (a GET and the values it must show once the POST took effect); DELETEs
treat "already gone" as done. PlannedCall's docstring describes both meta keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.model.changes import (
    AvailabilityAdded,
    AvailabilityRemoved,
    DetailChange,
    NameAdded,
    NameChanged,
    NameRemoved,
    VariationLinked,
    VariationUnlinked,
)
from imagedeck.model.details import ImageDetails, ImageName, details_from_record
from imagedeck.model.image import Image


def links_by_image(links: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Variation ids per image id, from an item's VariationImage records."""
    linked: dict[str, set[str]] = {}
    for link in links:
        if isinstance(link, Mapping) and link.get("imageId") is not None:
            linked.setdefault(str(link["imageId"]), set()).add(str(link.get("variationId")))
    return linked


def details_of_images(
    images: Sequence[Image], links: Iterable[Mapping[str, Any]]
) -> dict[str, ImageDetails]:
    """Every image's details from its own record (`Image.raw`) and the item's links."""
    linked = links_by_image(links)
    return {image.id: details_from_record(image.raw, linked.get(image.id, ())) for image in images}


def plan_detail_calls(
    item_id: str, image_id: str, changes: Sequence[DetailChange]
) -> list[PlannedCall]:
    """Exactly one call per change, in the order given."""
    return [_call(item_id, image_id, change) for change in changes]


def _call(item_id: str, image_id: str, change: DetailChange) -> PlannedCall:
    image_path = f"/rest/items/{item_id}/images/{image_id}"
    prefix = f"image {image_id}: "
    match change:
        case NameAdded(name):
            return PlannedCall(
                "POST",
                f"{image_path}/names",
                json=_name_body(image_id, name),
                label=prefix + change.describe(),
                meta={
                    "check": {
                        "path": f"{image_path}/names/{name.lang}",
                        "match": {
                            "lang": name.lang,
                            "name": name.name,
                            "alternate": name.alternate,
                        },
                    }
                },
            )
        case NameChanged(name):
            return PlannedCall(
                "PUT",
                f"{image_path}/names/{name.lang}",
                json=_name_body(image_id, name),
                label=prefix + change.describe(),
            )
        case NameRemoved(lang):
            return PlannedCall(
                "DELETE",
                f"{image_path}/names/{lang}",
                label=prefix + change.describe(),
                meta={"absent_is_done": True},
            )
        case AvailabilityAdded(availability) | AvailabilityRemoved(availability):
            body = {
                "imageId": int(image_id),
                "type": availability.type,
                "value": availability.value,
            }
            adding = isinstance(change, AvailabilityAdded)
            meta: dict[str, Any] = (
                {
                    "check": {
                        "path": f"{image_path}/availabilities",
                        "match": {"type": availability.type, "value": availability.value},
                    }
                }
                if adding
                else {"absent_is_done": True}
            )
            return PlannedCall(
                "POST" if adding else "DELETE",
                f"{image_path}/availabilities",
                json=body,
                label=prefix + change.describe(),
                meta=meta,
            )
        case VariationLinked(variation_id):
            return PlannedCall(
                "POST",
                f"/rest/items/{item_id}/variations/{variation_id}/variation_images",
                json={
                    "imageId": int(image_id),
                    "itemId": int(item_id),
                    "variationId": int(variation_id),
                },
                label=prefix + change.describe(),
                meta={
                    "check": {
                        "path": f"{image_path}/variation_images",
                        "match": {"variationId": int(variation_id)},
                    }
                },
            )
        case VariationUnlinked(variation_id):
            return PlannedCall(
                "DELETE",
                f"/rest/items/{item_id}/variations/{variation_id}/variation_images/{image_id}",
                label=prefix + change.describe(),
                meta={"absent_is_done": True},
            )
    raise TypeError(f"not a detail change: {change!r}")  # pragma: no cover


def _name_body(image_id: str, name: ImageName) -> dict[str, Any]:
    """The alternate is always sent, so changing it to empty clears it on the server."""
    return {
        "imageId": int(image_id),
        "lang": name.lang,
        "name": name.name,
        "alternate": name.alternate,
    }


def answer_matches(answer: Any, match: Mapping[str, Any]) -> bool:
    """Whether a GET answer (one record or a list of them) holds a record with `match`'s values.

    Numbers compare by value (the server answers availability values as floats: 4 == 4.0),
    and a missing text equals an empty one.
    """
    records = answer if isinstance(answer, list) else [answer]
    return any(
        isinstance(record, Mapping)
        and all(_same(record.get(key), value) for key, value in match.items())
        for record in records
    )


def _same(got: Any, wanted: Any) -> bool:
    numbers = (int, float)
    if isinstance(got, numbers) and isinstance(wanted, numbers):
        return not isinstance(got, bool) and float(got) == float(wanted)
    if got in (None, "") and wanted in (None, ""):
        return True
    return got == wanted
