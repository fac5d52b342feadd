"""A vehicle's images: list, get, upload (multipart, one file per request), delete.

GET /images lists them in upload order; the display order is only in /imageorder. An upload
whose MD5 equals an image the vehicle already has answers that image's id (200, nothing is
created); a new image gets a UUID, is appended to the order and answers 201. Limits: JPG or
PNG by content (50022), 30 images (50084), one file (50085), some data (50082), at most 10 MB
(50083; the real limit is not documented).
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request

from ..image_check import ImageRejected, inspect_image
from ..picture_files import UploadedFile
from ..records import Vehicle, VehicleImage
from ..state import MAX_VEHICLE_IMAGES
from .envelope import As24Error, Reply, message
from .guard import As24Context
from .vehicles import find_vehicle

MAX_FILE_BYTES = 10 * 1024 * 1024
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


def image_href(base: str, vehicle_id: str, image: VehicleImage) -> str:
    """The picture itself, with a cache-busting query like AutoScout24's CDN links."""
    stamp = f"{image.id}{image.created_at.isoformat()}".encode()
    extension = EXTENSIONS.get(image.file.mime, "jpg")
    tag = hashlib.md5(stamp).hexdigest()[:12]
    return f"{base}/as24-files/{vehicle_id}/{image.id}.{extension}?{tag}"


def image_json(base: str, vehicle_id: str, image: VehicleImage) -> dict[str, Any]:
    return {"id": image.id, "href": image_href(base, vehicle_id, image), "type": image.file.mime}


def _find_image(vehicle: Vehicle, image_id: str) -> VehicleImage:
    image = vehicle.images.get(image_id)
    if image is None:
        raise As24Error(400, 50080)
    return image


async def list_images(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id, base = request.path_params["vehicleId"], ctx.base_url(request)
    with ctx.state.lock:
        vehicle = find_vehicle(ctx, vehicle_id)
        images = [image_json(base, vehicle_id, i) for i in vehicle.images.values()]
    return Reply({"images": images}, links={"images": [{"href": i["href"]} for i in images]})


async def get_image(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id, image_id = request.path_params["vehicleId"], request.path_params["imageId"]
    with ctx.state.lock:
        image = _find_image(find_vehicle(ctx, vehicle_id), image_id)
        data = image_json(ctx.base_url(request), vehicle_id, image)
    return Reply({"image": data}, object_id=image_id)


async def delete_image(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id, image_id = request.path_params["vehicleId"], request.path_params["imageId"]
    with ctx.state.lock:
        _find_image(find_vehicle(ctx, vehicle_id), image_id)
        ctx.state.remove_vehicle_image(vehicle_id, image_id)
    return Reply(messages=[message(10001, image_id)], self_href=None)


async def _the_one_file(request: Request) -> tuple[bytes, str]:
    """The bytes and file name of the single `file` part, or the documented error."""
    if "multipart/form-data" not in request.headers.get("content-type", ""):
        raise As24Error(400, 50201)
    async with request.form(max_files=8, max_fields=8) as form:
        files = [(key, v) for key, v in form.multi_items() if isinstance(v, UploadFile)]
        if len(files) > 1:
            raise As24Error(400, 50085)
        if not files or files[0][0] != "file":
            raise As24Error(400, 50082)
        upload = files[0][1]
        data = await upload.read(MAX_FILE_BYTES + 1)
        return data, upload.filename or "file"


async def upload_image(request: Request, ctx: As24Context, body: str | None) -> Reply:
    """POST one picture; answers its id in `_response.objectId`."""
    vehicle_id = request.path_params["vehicleId"]
    with ctx.state.lock:
        find_vehicle(ctx, vehicle_id)
    data, filename = await _the_one_file(request)
    if not data:
        raise As24Error(400, 50082)
    if len(data) > MAX_FILE_BYTES:
        raise As24Error(400, 50083)
    digest = hashlib.md5(data).hexdigest()
    with ctx.state.lock:
        existing = list(find_vehicle(ctx, vehicle_id).images.values())
    known = await run_in_threadpool(lambda: {i.file.md5(): i.id for i in existing})
    if digest in known:
        return Reply(object_id=known[digest], self_href=_href(vehicle_id, known[digest]))
    if len(existing) >= MAX_VEHICLE_IMAGES:
        raise As24Error(400, 50084)
    try:
        facts = await run_in_threadpool(inspect_image, data, frozenset({"jpeg", "png"}))
    except ImageRejected as error:
        if error.reason == "too_large":
            raise As24Error(400, 50083) from None
        raise As24Error(400, 50022, filename) from None
    with ctx.state.lock:
        try:
            image = ctx.state.add_vehicle_image(vehicle_id, file=UploadedFile(data, facts))
        except ValueError:  # another upload took the last place meanwhile
            raise As24Error(400, 50084) from None
    return Reply(status=201, object_id=image.id, self_href=_href(vehicle_id, image.id))


def _href(vehicle_id: str, image_id: str) -> str:
    return f"/vehicles/{vehicle_id}/images/{image_id}"
