"""POST /rest/items/{id}/images/upload: a new image from base64 data or from a URL.

JSON, not multipart. `uploadFileName` may only hold a-z, A-Z, 0-9, '-' and '_' (so no
extension: "photo.jpg" is refused, as the spec's character list says). The file is decoded
completely before it is stored, so empty, damaged, fake and oversized files get a 422 naming
the problem. Without `position` the image lands at position 0 (what plentymarkets stores when
none is sent), and without `availabilities` it is available everywhere. SVG is stored as it is
and never parsed (the sandbox reads only its declared size).
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
import urllib.request
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..image_check import ImageFacts, ImageRejected, inspect_image
from ..picture_files import UploadedFile
from ..records import AVAILABILITY_TYPES, FILE_TYPES, PLENTY_LANGUAGES, Availability, ImageName
from .checks import Checks
from .errors import invalid
from .guard import PlentyContext, json_body
from .images import answer_image, find_item

FILE_NAME = r"[A-Za-z0-9_-]+"
MAX_FILE_BYTES = 25 * 1024 * 1024
ALLOWED_KINDS = frozenset({"jpeg", "png", "gif", "svg"})


async def upload_image(request: Request, ctx: PlentyContext) -> Any:
    """Store a new image for the item and answer it as an ItemImage."""
    item_id = request.path_params["id"]
    checks = Checks(await json_body(request))
    checks.same("itemId", checks.integer("itemId", required=True), item_id)
    position = checks.integer("position", minimum=0)
    file_type = checks.text("fileType", choices=FILE_TYPES | {t.upper() for t in FILE_TYPES})
    data_b64 = checks.text("uploadImageData")
    url = checks.text("uploadUrl")
    file_name = checks.text("uploadFileName", required=data_b64 is not None, pattern=FILE_NAME)
    if data_b64 is None and url is None:
        checks.fail(
            "uploadImageData", "The upload image data field is required without upload url."
        )
    names = _names(checks)
    availabilities = _availabilities(checks)
    with ctx.state.lock:
        find_item(ctx, item_id)
    checks.done()

    field = "uploadImageData" if data_b64 is not None else "uploadUrl"
    try:
        data = _decode(data_b64) if data_b64 is not None else await _download(url or "")
        facts: ImageFacts = await run_in_threadpool(inspect_image, data, ALLOWED_KINDS)
    except ImageRejected as error:
        raise invalid({field: [str(error)]}) from None
    stem = file_name or _stem_from_url(url or "") or "image"
    kind = (file_type or ("jpg" if facts.kind == "jpeg" else facts.kind)).lower()
    with ctx.state.lock:
        find_item(ctx, item_id)
        image = ctx.state.add_plenty_image(
            item_id,
            position=position or 0,
            file=UploadedFile(data, facts),
            file_type=kind,
            stem=stem,
            names=names,
            availabilities=availabilities,
        )
    return await answer_image(request, ctx, image)


def _names(checks: Checks) -> list[ImageName]:
    raw = checks.body.get("names") or []
    if not isinstance(raw, list):
        checks.fail("names", "The names must be an array.")
        return []
    names = []
    for k, entry in enumerate(raw):
        entry = entry if isinstance(entry, dict) else {}
        lang, name = entry.get("lang"), entry.get("name")
        if not isinstance(lang, str) or lang not in PLENTY_LANGUAGES:  # {} or [] too: a 422
            checks.fail(f"names.{k}.lang", "The selected names.lang is invalid.")
        elif not isinstance(name, str) or not name:
            checks.fail(f"names.{k}.name", "The names.name field is required.")
        else:
            alternate = entry.get("alternate")
            names.append(ImageName(lang, name, alternate if isinstance(alternate, str) else ""))
    return names


def _availabilities(checks: Checks) -> list[Availability] | None:
    raw = checks.body.get("availabilities")
    if raw is None:
        return None
    if not isinstance(raw, list):
        checks.fail("availabilities", "The availabilities must be an array.")
        return None
    result = []
    for k, entry in enumerate(raw):
        entry = entry if isinstance(entry, dict) else {}
        kind, value = entry.get("type"), entry.get("value")
        if not isinstance(kind, str) or kind not in AVAILABILITY_TYPES:
            checks.fail(f"availabilities.{k}.type", "The selected availabilities.type is invalid.")
        elif isinstance(value, bool) or not isinstance(value, int | float):
            checks.fail(f"availabilities.{k}.value", "The availabilities.value must be a number.")
        else:
            result.append(Availability(kind, float(value)))
    return result


def _decode(text: str) -> bytes:
    try:
        data = base64.b64decode(re.sub(r"\s+", "", text), validate=True)
    except (binascii.Error, ValueError):
        raise ImageRejected("not_an_image", "The upload image data is not valid base64.") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageRejected("too_large", "The image file is larger than 25 MB.")
    return data


async def _download(url: str) -> bytes:
    """Fetch `uploadUrl` (http or https only) as plentymarkets' server would."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ImageRejected("not_an_image", "The upload url must be an http or https URL.")

    def fetch() -> bytes:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (scheme checked)
            data = answer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ImageRejected("too_large", "The image file is larger than 25 MB.")
        return data

    try:
        return await run_in_threadpool(fetch)
    except OSError as error:
        raise ImageRejected("not_an_image", f"The image could not be downloaded: {error}") from None


def _stem_from_url(url: str) -> str:
    """The file name of a URL, cut down to the characters plentymarkets allows."""
    last = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "-", last).strip("-")
