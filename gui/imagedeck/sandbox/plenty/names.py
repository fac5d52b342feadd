"""Image names, one per language: /rest/items/{id}/images/{imageId}/names[/{lang}].

`lang` must be one of plentymarkets' codes (se, cz, cn, vn... not sv, cs, zh, vi) or the call
fails with 422. POST creates and refuses a language that already has a name (422: use PUT);
PUT and DELETE of a language without a name answer 404. Every change moves the image's
updatedAt.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..records import PLENTY_LANGUAGES, ImageName, PlentyImage
from .checks import Checks
from .errors import invalid, not_found
from .guard import PlentyContext, json_body
from .images import find_image
from .serialize import name_json


def _image(request: Request, ctx: PlentyContext) -> PlentyImage:
    return find_image(ctx, request.path_params["id"], request.path_params["imageId"])


def _path_lang(request: Request) -> str:
    lang = request.path_params["lang"]
    if lang not in PLENTY_LANGUAGES:
        raise invalid({"lang": ["The selected lang is invalid."]})
    return lang


async def _read_name(request: Request, image_id: int, lang: str | None) -> ImageName:
    """Validate a name body; `lang` from the path wins (a body lang must agree with it)."""
    checks = Checks(await json_body(request))
    checks.same("imageId", checks.integer("imageId", required=True), image_id)
    body_lang = checks.text("lang", required=lang is None, choices=PLENTY_LANGUAGES)
    if lang is not None and body_lang not in (None, lang):
        checks.fail("lang", f"The lang must be {lang}.")
    name = checks.text("name", required=True)
    alternate = checks.text("alternate")
    checks.done()
    return ImageName(lang or body_lang or "", name or "", alternate or "")


async def list_names(request: Request, ctx: PlentyContext) -> list[dict[str, Any]]:
    with ctx.state.lock:
        image = _image(request, ctx)
        return [name_json(image.id, n) for n in image.names.values()]


async def create_name(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    with ctx.state.lock:
        image_id = _image(request, ctx).id
    name = await _read_name(request, image_id, None)
    with ctx.state.lock:
        image = _image(request, ctx)
        if name.lang in image.names:
            message = "A name in this language exists already; update it with PUT."
            raise invalid({"lang": [message]})
        image.names[name.lang] = name
        ctx.state.touch(image)
        return name_json(image.id, name)


async def get_name(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    lang = _path_lang(request)
    with ctx.state.lock:
        image = _image(request, ctx)
        if lang not in image.names:
            raise not_found("ItemImageName", lang)
        return name_json(image.id, image.names[lang])


async def update_name(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    lang = _path_lang(request)
    with ctx.state.lock:
        image_id = _image(request, ctx).id
    name = await _read_name(request, image_id, lang)
    with ctx.state.lock:
        image = _image(request, ctx)
        if lang not in image.names:
            raise not_found("ItemImageName", lang)
        image.names[lang] = name
        ctx.state.touch(image)
        return name_json(image.id, name)


async def delete_name(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    lang = _path_lang(request)
    with ctx.state.lock:
        image = _image(request, ctx)
        if image.names.pop(lang, None) is None:
            raise not_found("ItemImageName", lang)
        ctx.state.touch(image)
    return {}
