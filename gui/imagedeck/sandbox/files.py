"""The picture files behind every URL the two APIs hand out.

plentymarkets: `/plenty-files/item/images/{itemId}/{full|middle|secondPreview|preview}/{name}`;
AutoScout24: `/as24-files/{vehicleId}/{imageId}.{jpg|png}` (any query string is ignored, like a
CDN's cache buster). Renditions are produced off the event loop on first request. Files of
deleted images are gone (404), as on a CDN after its cache expired. No token is needed, as for
the real CDN links.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from .file_index import plenty_file_index
from .picture_files import PictureFile
from .plenty.serialize import FILE_SIZES
from .state import SandboxState


async def _serve(file: PictureFile, box: tuple[int, int] | None) -> Response:
    data, mime = await run_in_threadpool(file.rendition, box)
    headers = {"Cache-Control": "public, max-age=31536000", "ETag": f'"{file.md5()}"'}
    return Response(data, media_type=mime, headers=headers)


async def plenty_file(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    item_id, size, name = (request.path_params[k] for k in ("itemId", "size", "name"))
    if size not in FILE_SIZES:
        return PlainTextResponse("Not Found", 404)
    image = plenty_file_index(state).find(item_id, name)
    if image is None:
        return PlainTextResponse("Not Found", 404)
    return await _serve(image.file, FILE_SIZES[size])


async def as24_file(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    vehicle_id, file_name = request.path_params["vehicleId"], request.path_params["fileName"]
    image_id = file_name.rsplit(".", 1)[0]
    with state.lock:
        vehicle = state.vehicles.get(vehicle_id)
        image = vehicle.images.get(image_id) if vehicle else None
    if image is None:
        return PlainTextResponse("Not Found", 404)
    return await _serve(image.file, None)


def file_routes() -> list[Route]:
    return [
        Route("/plenty-files/item/images/{itemId:int}/{size}/{name}", plenty_file),
        Route("/as24-files/{vehicleId}/{fileName}", as24_file),
    ]
