"""Checking files before upload, by content: every test image, both marketplaces.

The expected outcome per file is the table in tests/data/testimages/README.md.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image

from imagedeck.marketplaces.autoscout24.client import MAX_UPLOAD_BYTES as AS24_MAX_BYTES
from imagedeck.marketplaces.plentymarkets.client import MAX_UPLOAD_BYTES as PLENTY_MAX_BYTES
from imagedeck.marketplaces.plentymarkets.file_names import upload_file_name
from imagedeck.marketplaces.plentymarkets.upload import upload_body, upload_fields
from imagedeck.marketplaces.upload_file import CheckedFile, find_duplicate
from imagedeck.model.image import Image as ListingImage
from imagedeck.uploads.validate import UploadRefused, check_file

IMAGES = Path(__file__).parent / "data" / "testimages"
PLENTY, AS24 = "plentymarkets", "autoscout24"

# file -> (plentymarkets outcome, AutoScout24 outcome): a format, or a part of the reason.
EXPECTED: dict[str, tuple[str, str]] = {
    "hopper.jpg": ("jpg", "jpg"),
    "hopper.png": ("png", "png"),
    "hopper.gif": ("gif", "only JPG and PNG"),
    "flower.jpg": ("jpg", "jpg"),
    "hopper_orientation_3.jpg": ("jpg", "jpg"),
    "hopper_orientation_6.jpg": ("jpg", "jpg"),
    "pil_sample_cmyk.jpg": ("jpg", "jpg"),
    "hopper_gray.jpg": ("jpg", "jpg"),
    "rgb_trns.png": ("png", "png"),
    "p_trns_single.png": ("png", "png"),
    "iss634.gif": ("gif", "only JPG and PNG"),
    "icc_profile_big.jpg": ("jpg", "jpg"),
    "broken.png": ("damaged", "damaged"),
    "truncated_jpeg.jpg": ("damaged", "damaged"),
    "decompression_bomb.gif": ("pixels", "pixels"),
    "benign.svg": ("svg", "only JPG and PNG"),
    "external_href.svg": ("outside file or address", "only JPG and PNG"),
    "entity_expansion.svg": ("DTD or entities", "only JPG and PNG"),
    "not_an_image.jpg": ("not an image", "not an image"),
    "empty.png": ("empty", "empty"),
}
FORMATS = {"jpg", "png", "gif", "svg"}


def test_every_test_image_has_an_expectation():
    files = {p.name for p in IMAGES.iterdir() if p.name != "README.md"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("marketplace", [PLENTY, AS24])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_test_image(name: str, marketplace: str):
    expected = EXPECTED[name][0 if marketplace == PLENTY else 1]
    path = IMAGES / name
    if expected in FORMATS:
        checked = check_file(path, marketplace)
        assert checked.format == expected
        assert checked.md5 == hashlib.md5(path.read_bytes()).hexdigest()
        assert checked.size == path.stat().st_size
        assert checked.width > 0 and checked.height > 0
    else:
        with pytest.raises(UploadRefused) as refused:
            check_file(path, marketplace)
        assert refused.value.path == path
        assert expected in refused.value.reason
        assert name in str(refused.value)


def test_the_format_comes_from_the_content_not_the_extension(tmp_path: Path):
    disguised = tmp_path / "photo.jpg"
    disguised.write_bytes((IMAGES / "hopper.png").read_bytes())
    assert check_file(disguised, AS24).format == "png"


def test_entity_bomb_is_refused_quickly_with_bounded_memory():
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(UploadRefused):
        check_file(IMAGES / "entity_expansion.svg", PLENTY)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.5 and peak < 5_000_000


def test_external_references_are_never_followed(monkeypatch: pytest.MonkeyPatch):
    import socket
    import urllib.request

    def forbidden(*_args, **_kwargs):
        raise AssertionError("the check tried to reach outside the file")

    monkeypatch.setattr(socket, "create_connection", forbidden)
    monkeypatch.setattr(urllib.request, "urlopen", forbidden)
    with pytest.raises(UploadRefused, match="file:///etc/hostname"):
        check_file(IMAGES / "external_href.svg", PLENTY)


@pytest.mark.parametrize(
    "reference",
    ["http://example.com/x.png", "https://x/y", "/etc/passwd", "../secret.png", "//host/x"],
)
def test_svg_references_outside_the_file_are_refused(tmp_path: Path, reference: str):
    svg = tmp_path / "ref.svg"
    svg.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5">'
        f'<image href="{reference}"/></svg>'
    )
    with pytest.raises(UploadRefused, match="outside"):
        check_file(svg, PLENTY)


def test_svg_css_url_outside_is_refused_but_fragments_and_data_pass(tmp_path: Path):
    svg = tmp_path / "css.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
        '<rect style="fill: url(#g)"/><image href="data:image/png;base64,AAAA"/></svg>'
    )
    checked = check_file(svg, PLENTY)
    assert (checked.width, checked.height) == (40, 30)
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://x/t.png)"/></svg>'
    )
    with pytest.raises(UploadRefused, match="outside"):
        check_file(svg, PLENTY)


def test_xml_that_is_not_svg_is_refused(tmp_path: Path):
    path = tmp_path / "data.svg"
    path.write_text('<?xml version="1.0"?><html/>')
    with pytest.raises(UploadRefused, match="not an SVG"):
        check_file(path, PLENTY)


def test_a_huge_canvas_is_refused_before_decoding(tmp_path: Path, monkeypatch):
    path = tmp_path / "wide.png"
    Image.new("1", (10_000, 6_000)).save(path)  # 60 MP, a few kB on disk
    monkeypatch.setattr(Image.Image, "load", lambda *_a: pytest.fail("decoded"))
    with pytest.raises(UploadRefused, match="10000 x 6000"):
        check_file(path, PLENTY)


def test_size_limits_per_marketplace(tmp_path: Path):
    path = tmp_path / "big.jpg"
    with path.open("wb") as out:
        out.write((IMAGES / "hopper.jpg").read_bytes())
        out.truncate(AS24_MAX_BYTES + 1)  # a sparse tail: a JPEG with trailing zeros
    with pytest.raises(UploadRefused, match="larger than 10 MB"):
        check_file(path, AS24)
    assert check_file(path, PLENTY).format == "jpg"
    with path.open("r+b") as out:
        out.truncate(PLENTY_MAX_BYTES + 1)
    with pytest.raises(UploadRefused, match="larger than 25 MB"):
        check_file(path, PLENTY)


def test_a_vanished_file_is_reported(tmp_path: Path):
    with pytest.raises(UploadRefused, match="gone"):
        check_file(tmp_path / "nowhere.jpg", PLENTY)


def test_an_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "secret.jpg"
    path.write_bytes((IMAGES / "hopper.jpg").read_bytes())
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: pretend the permission is missing
        monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with pytest.raises(UploadRefused, match="permission denied"):
        check_file(path, PLENTY)


def test_a_folder_is_refused(tmp_path: Path):
    with pytest.raises(UploadRefused, match="not a file"):
        check_file(tmp_path, PLENTY)


def test_convert_makes_a_jpeg_of_the_first_frame_for_autoscout24():
    checked = check_file(IMAGES / "iss634.gif", AS24, convert=True)
    assert (checked.format, checked.original_format, checked.mime) == ("jpg", "gif", "image/jpeg")
    assert checked.data is not None and checked.md5 == hashlib.md5(checked.data).hexdigest()
    with Image.open(io.BytesIO(checked.data)) as image:
        assert image.format == "JPEG" and image.size == (245, 245)
    with pytest.raises(UploadRefused, match="only JPG and PNG"):
        check_file(IMAGES / "benign.svg", AS24, convert=True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fahrzeug Front (1) ü.jpg", "Fahrzeug_Front_1_u"),
        ("Straße  vorne.png", "Strasse_vorne"),
        ("a__b--c.jpeg", "a_b-c"),
        ("Été à Paris.JPG", "Ete_a_Paris"),
        ("(((.jpg", "image"),
        ("dir/with space/IMG_0001.jpg", "IMG_0001"),
    ],
)
def test_upload_file_name(name: str, expected: str):
    assert upload_file_name(name) == expected


def _body(checked: CheckedFile) -> tuple[bytes, int, list[bytes]]:
    stream, length = upload_body(upload_fields("101", checked, 7), checked)

    async def collect() -> list[bytes]:
        return [chunk async for chunk in stream()]

    chunks = asyncio.run(collect())
    return b"".join(chunks), length, chunks


@pytest.mark.parametrize("name", ["icc_profile_big.jpg", "hopper.png"])
def test_streamed_upload_body_is_the_json_plentymarkets_expects(name: str):
    checked = check_file(IMAGES / name, PLENTY)
    body, length, chunks = _body(checked)
    assert len(body) == length
    fields = json.loads(body)
    assert base64.b64decode(fields.pop("uploadImageData")) == (IMAGES / name).read_bytes()
    assert fields == {
        "itemId": 101,
        "uploadFileName": Path(name).stem,
        "fileType": checked.format,
        "position": 7,
    }
    if name == "icc_profile_big.jpg":
        assert max(len(c) for c in chunks) < checked.size  # never the whole file at once


def test_streamed_body_of_a_converted_file_carries_the_jpeg():
    checked = check_file(IMAGES / "iss634.gif", AS24, convert=True)
    body, length, _ = _body(checked)
    assert len(body) == length
    assert base64.b64decode(json.loads(body)["uploadImageData"]) == checked.data


def test_find_duplicate_by_md5():
    checked = check_file(IMAGES / "hopper.jpg", PLENTY)
    images = [
        ListingImage("1", md5="0" * 32),
        ListingImage("2"),
        ListingImage("3", md5=checked.md5.upper()),
    ]
    found = find_duplicate(checked, images)
    assert found is not None and found.id == "3"
    assert find_duplicate(checked, images[:2]) is None
