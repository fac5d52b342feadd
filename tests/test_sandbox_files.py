"""The sandbox serves a real picture at every URL its APIs hand out, in the promised sizes."""

from __future__ import annotations

import base64
import hashlib
import io

import httpx
from PIL import Image

from imagedeck.sandbox.byte_cache import ByteLRU
from imagedeck.sandbox.demo import VEHICLE_FULL
from imagedeck.sandbox.pictures import PICTURE_CACHE, PictureSpec, render_jpeg
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]


def _open(answer: httpx.Response) -> Image.Image:
    assert answer.status_code == 200, answer.url
    image = Image.open(io.BytesIO(answer.content))
    image.load()  # a truncated file fails here
    return image


def test_plenty_files_in_four_sizes(http: httpx.Client, plenty: dict) -> None:
    image = http.get("/rest/items/101/images/2001", headers=plenty).json()
    sizes = {}
    for key in ("url", "urlMiddle", "urlSecondPreview", "urlPreview"):
        answer = http.get(image[key])
        assert answer.headers["content-type"] == "image/jpeg"
        picture = _open(answer)
        assert picture.format == "JPEG"
        sizes[key] = picture.size
    assert sizes == {
        "url": (1200, 900),
        "urlMiddle": (600, 450),
        "urlSecondPreview": (300, 225),
        "urlPreview": (150, 112),
    }
    full = http.get(image["url"]).content
    assert hashlib.md5(full).hexdigest() == image["md5Checksum"] and len(full) == image["size"]
    assert (image["width"], image["height"]) == (1200, 900)


def test_uploaded_png_gets_png_renditions(http: httpx.Client, plenty: dict, make_picture) -> None:
    data = make_picture("PNG", (900, 900))
    body = {
        "itemId": 104,
        "uploadFileName": "square",
        "uploadImageData": base64.b64encode(data).decode(),
    }
    image = http.post("/rest/items/104/images/upload", json=body, headers=plenty).json()
    assert http.get(image["url"]).content == data
    middle = _open(http.get(image["urlMiddle"]))
    assert (middle.format, middle.size, middle.mode) == ("PNG", (600, 600), "RGBA")
    assert _open(http.get(image["urlPreview"])).size == (150, 150)


def test_as24_href_is_the_picture(http: httpx.Client, as24: dict) -> None:
    images = http.get(f"/vehicles/{VEHICLE_FULL}/images", headers=as24).json()["_data"]["images"]
    assert len(images) == 30
    picture = _open(http.get(images[0]["href"]))
    assert (picture.format, picture.size) == ("JPEG", (1024, 768))
    assert "?" in images[0]["href"], "a cache-busting query, as on AutoScout24's CDN"


def test_unknown_files_are_404(http: httpx.Client, server: SandboxServer) -> None:
    assert http.get("/plenty-files/item/images/101/full/nope.jpg").status_code == 404
    assert http.get("/plenty-files/item/images/101/huge/101-lamp-09.jpg").status_code == 404
    assert http.get(f"/as24-files/{VEHICLE_FULL}/123.jpg").status_code == 404


def test_pictures_are_deterministic_and_distinct() -> None:
    spec = PictureSpec(7, seed=101)
    first = render_jpeg(spec, (300, 225))
    PICTURE_CACHE.clear()
    assert render_jpeg(spec, (300, 225)) == first
    assert render_jpeg(PictureSpec(8, seed=101), (300, 225)) != first
    colours = {PictureSpec(n, seed=101).hue for n in range(1, 65)}
    assert len(colours) == 64
    shapes = [PictureSpec(n, seed=101).shape_name for n in range(1, 9)]
    assert len(set(shapes)) == 8


def test_byte_lru_is_bounded_by_bytes_and_count() -> None:
    cache = ByteLRU(max_bytes=10, max_items=3)
    for key in "abcd":
        cache.put(key, b"xx")
    assert len(cache) == 3 and cache.total_bytes == 6
    assert cache.get_or_create("a", lambda: b"new") == b"new", "a was evicted first"
    cache.put("big", b"0123456789")
    assert list(cache._entries) == ["big"] and cache.total_bytes == 10
