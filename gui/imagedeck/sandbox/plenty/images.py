"""Item images: list, get, update (position, file type), delete; and a variation's images.

Lists are plain arrays, deliberately not in position order (see serialize.served_order), and
`updatedAt` filters them to images changed strictly after the given time. A PUT always moves
`updatedAt`, even when nothing else changes. DELETE also drops the image's names,
availabilities and variation links, and its files stop being served.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..records import FILE_TYPES, PlentyImage, PlentyItem
from ..timefmt import parse_since
from .checks import Checks
from .errors import invalid, not_found
from .guard import PlentyContext, json_body
from .serialize import image_json, served_order


def find_item(ctx: PlentyContext, item_id: int) -> PlentyItem:
    item = ctx.state.items.get(item_id)
    if item is None:
        raise not_found("Item", item_id)
    return item


def find_image(ctx: PlentyContext, item_id: int, image_id: int) -> PlentyImage:
    find_item(ctx, item_id)
    image = ctx.state.images.get(image_id)
    if image is None or image.item_id != item_id:
        raise not_found("ItemImage", image_id)
    return image


async def answer_images(
    request: Request, ctx: PlentyContext, images: list[PlentyImage]
) -> list[dict[str, Any]]:
    """ItemImage JSON for `images` (a list) or one image; renders missing digests off-loop."""
    pending = [i.file for i in images if not i.file.digest_known()]
    if pending:
        closing = ctx.state.closing  # the server stops: the client gave up on this answer
        await run_in_threadpool(lambda: [f.md5() for f in pending if not closing.is_set()])
    base = ctx.base_url(request)
    with ctx.state.lock:
        return [image_json(i, base, ctx.state.has_linked_variations(i.id)) for i in images]


async def answer_image(request: Request, ctx: PlentyContext, image: PlentyImage) -> dict:
    return (await answer_images(request, ctx, [image]))[0]


def _since_filter(request: Request, images: list[PlentyImage]) -> list[PlentyImage]:
    raw = request.query_params.get("updatedAt")
    if not raw:
        return images
    try:
        since = parse_since(raw)
    except ValueError:
        raise invalid({"updatedAt": ["The updated at is not a valid date."]}) from None
    return [i for i in images if i.updated_at > since]


async def list_images(request: Request, ctx: PlentyContext) -> Any:
    """All images of the item (optionally only those updated after `updatedAt`)."""
    item_id = request.path_params["id"]
    with ctx.state.lock:
        find_item(ctx, item_id)
        images = served_order(ctx.state.item_images(item_id), item_id)
    return await answer_images(request, ctx, _since_filter(request, images))


async def list_variation_images(request: Request, ctx: PlentyContext) -> Any:
    """The images linked to one variation (not in position order either)."""
    item_id, variation_id = request.path_params["id"], request.path_params["variationId"]
    with ctx.state.lock:
        if variation_id not in find_item(ctx, item_id).variations:
            raise not_found("Variation", variation_id)
        linked = ctx.state.variation_image_ids(item_id, variation_id)
        images = [i for i in ctx.state.item_images(item_id) if i.id in linked]
    return await answer_images(request, ctx, served_order(images, item_id))


async def get_image(request: Request, ctx: PlentyContext) -> Any:
    with ctx.state.lock:
        image = find_image(ctx, request.path_params["id"], request.path_params["imageId"])
    return await answer_image(request, ctx, image)


async def update_image(request: Request, ctx: PlentyContext) -> Any:
    """PUT {itemId, position?, fileType?}: the one way to reorder, one image per call."""
    item_id, image_id = request.path_params["id"], request.path_params["imageId"]
    checks = Checks(await json_body(request))
    checks.same("itemId", checks.integer("itemId", required=True), item_id)
    position = checks.integer("position", minimum=0)
    file_type = checks.text("fileType", choices=FILE_TYPES)
    with ctx.state.lock:
        image = find_image(ctx, item_id, image_id)
        checks.done()
        if position is not None:
            image.position = position
        if file_type is not None:
            image.file_type = file_type
        ctx.state.touch(image)
    return await answer_image(request, ctx, image)


async def delete_image(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id, image_id = request.path_params["id"], request.path_params["imageId"]
    with ctx.state.lock:
        find_image(ctx, item_id, image_id)
        ctx.state.remove_plenty_image(item_id, image_id)
    return {}
