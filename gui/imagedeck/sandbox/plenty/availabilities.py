"""Where an image is shown: /rest/items/{id}/images/{imageId}/availabilities.

An availability has no id and no PUT; it is the pair (type, value), value -1 meaning "all of
this type". GET answers an array (the spec says one object; real answers are lists). POST of a
pair that exists answers the existing one (nothing is duplicated); a missing `value` means -1.
DELETE carries the same JSON body and removes the matching pair, or every pair of the type
when the body has no value; 404 when nothing matches.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..records import AVAILABILITY_TYPES, Availability
from .checks import Checks
from .errors import not_found
from .guard import PlentyContext, json_body
from .images import find_image
from .serialize import availability_json


async def _read(request: Request, image_id: int) -> tuple[str, float | None]:
    checks = Checks(await json_body(request))
    checks.same("imageId", checks.integer("imageId", required=True), image_id)
    kind = checks.text("type", required=True, choices=AVAILABILITY_TYPES)
    value = checks.number("value")
    checks.done()
    return kind or "", value


async def list_availabilities(request: Request, ctx: PlentyContext) -> list[dict[str, Any]]:
    with ctx.state.lock:
        image = find_image(ctx, request.path_params["id"], request.path_params["imageId"])
        return [availability_json(image.id, a) for a in image.availabilities]


async def create_availability(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id, image_id = request.path_params["id"], request.path_params["imageId"]
    with ctx.state.lock:
        find_image(ctx, item_id, image_id)
    kind, value = await _read(request, image_id)
    availability = Availability(kind, -1.0 if value is None else value)
    with ctx.state.lock:
        image = find_image(ctx, item_id, image_id)
        if availability not in image.availabilities:
            image.availabilities.append(availability)
            ctx.state.touch(image)
        return availability_json(image.id, availability)


async def delete_availability(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id, image_id = request.path_params["id"], request.path_params["imageId"]
    with ctx.state.lock:
        find_image(ctx, item_id, image_id)
    kind, value = await _read(request, image_id)
    with ctx.state.lock:
        image = find_image(ctx, item_id, image_id)
        keep = [
            a
            for a in image.availabilities
            if not (a.type == kind and (value is None or a.value == value))
        ]
        if len(keep) == len(image.availabilities):
            raise not_found("ItemImageAvailability", f"{kind}:{value}")
        image.availabilities = keep
        ctx.state.touch(image)
    return {}
