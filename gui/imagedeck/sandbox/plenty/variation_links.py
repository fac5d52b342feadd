"""Which variations show an image: the variation_images routes.

A link has no position; a variation's images are ordered by the item-level position. GETs
answer arrays (the spec says one object). POST of an existing link answers that link.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..records import VariationLink
from ..timefmt import parse_since
from .checks import Checks
from .errors import invalid, not_found
from .guard import PlentyContext, json_body
from .images import find_image, find_item
from .serialize import link_json


def _links(ctx: PlentyContext, **match: int) -> list[VariationLink]:
    return sorted(
        (
            link
            for link in ctx.state.links.values()
            if all(getattr(link, key) == value for key, value in match.items())
        ),
        key=lambda link: link.id,
    )


def _variation(ctx: PlentyContext, item_id: int, variation_id: int) -> None:
    if variation_id not in find_item(ctx, item_id).variations:
        raise not_found("Variation", variation_id)


async def item_links(request: Request, ctx: PlentyContext) -> list[dict[str, Any]]:
    item_id = request.path_params["id"]
    with ctx.state.lock:
        find_item(ctx, item_id)
        return [link_json(link) for link in _links(ctx, item_id=item_id)]


async def image_links(request: Request, ctx: PlentyContext) -> list[dict[str, Any]]:
    item_id, image_id = request.path_params["id"], request.path_params["imageId"]
    with ctx.state.lock:
        find_image(ctx, item_id, image_id)
        return [link_json(link) for link in _links(ctx, item_id=item_id, image_id=image_id)]


async def variation_links(request: Request, ctx: PlentyContext) -> list[dict[str, Any]]:
    """Links of one variation, optionally only those updated after `updatedAt`."""
    item_id, variation_id = request.path_params["id"], request.path_params["variationId"]
    raw = request.query_params.get("updatedAt")
    try:
        since = parse_since(raw) if raw else None
    except ValueError:
        raise invalid({"updatedAt": ["The updated at is not a valid date."]}) from None
    with ctx.state.lock:
        _variation(ctx, item_id, variation_id)
        links = _links(ctx, item_id=item_id, variation_id=variation_id)
        return [link_json(li) for li in links if since is None or li.updated_at > since]


async def create_link(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id, variation_id = request.path_params["id"], request.path_params["variationId"]
    checks = Checks(await json_body(request))
    image_id = checks.integer("imageId", required=True)
    checks.same("itemId", checks.integer("itemId", required=True), item_id)
    checks.same("variationId", checks.integer("variationId", required=True), variation_id)
    with ctx.state.lock:
        _variation(ctx, item_id, variation_id)
        checks.done()
        find_image(ctx, item_id, image_id or 0)
        return link_json(ctx.state.link_variation(item_id, variation_id, image_id or 0))


async def delete_link(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id, variation_id = request.path_params["id"], request.path_params["variationId"]
    image_id = request.path_params["imageId"]
    with ctx.state.lock:
        _variation(ctx, item_id, variation_id)
        try:
            ctx.state.unlink_variation(item_id, variation_id, image_id)
        except KeyError:
            raise not_found("VariationImage", image_id) from None
    return {}
