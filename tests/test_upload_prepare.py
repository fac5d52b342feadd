"""Preparing photos before upload: downscale, JPEG re-encode, location stripped, file untouched.

Real files: the test images (tests/data/testimages) and large photos made here with Pillow.
Each test looks at what a buyer or the seller would notice in the prepared bytes: their size
in pixels, whether the photo stands upright, whether GPS is still in it, transparent areas.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageChops, ImageOps, ImageStat

from imagedeck.settings import UploadPreferences
from imagedeck.uploads.prepare import prepare_for_upload, refuse_if_too_large
from imagedeck.uploads.validate import CheckedFile, UploadRefused, check_file

IMAGES = Path(__file__).parent / "data" / "testimages"
PLENTY, AS24 = "plentymarkets", "autoscout24"
GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.5),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (13.0, 24.0, 3.25),
}
NOTHING = UploadPreferences(strip_location=False)


def prefs(**changes: object) -> UploadPreferences:
    """Everything off, then `changes` on (the defaults strip location)."""
    return replace(NOTHING, **changes)


def noise_photo(path: Path, size: tuple[int, int], *, exif: Image.Exif | None = None) -> Path:
    """A JPEG of `size` with structure (gradient + noise), like a photo and unlike flat grey."""
    noise = Image.effect_noise(size, 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    photo = Image.blend(noise, gradient, 0.5)
    options = {"exif": exif.tobytes()} if exif is not None else {}
    photo.save(path, "JPEG", quality=92, **options)
    return path


def red_top_photo(path: Path, *, gps: bool) -> Path:
    """A photo that displays red on top and blue below, stored sideways with orientation 6.

    Orientation 6 means "rotate 90° clockwise to display": stored, red is on the left.
    """
    stored = Image.new("RGB", (400, 300), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 200, 300))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "ImageDeckCam"
    if gps:
        exif[ExifTags.IFD.GPSInfo] = GPS
    stored.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def decoded(file: CheckedFile) -> Image.Image:
    assert file.data is not None
    image = Image.open(io.BytesIO(file.data))
    image.load()
    return image


def assert_describes_its_bytes(file: CheckedFile) -> None:
    """md5/size/format/width/height are those of `data`, not of the file on disk."""
    assert file.data is not None
    assert file.md5 == hashlib.md5(file.data).hexdigest()
    assert file.size == len(file.data)
    image = decoded(file)
    assert {"JPEG": "jpg", "PNG": "png"}[image.format or ""] == file.format
    assert (file.width, file.height) == image.size


def displayed(image: Image.Image) -> Image.Image:
    """What a browser shows: EXIF orientation applied."""
    return ImageOps.exif_transpose(image).convert("RGB")


def has_gps(image: Image.Image) -> bool:
    return bool(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def untouched(path: Path):
    """Remember the file's bytes and mtime; the returned check asserts they did not change."""
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)

    def check() -> None:
        assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before

    return check


# --- nothing to do ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "preferences"),
    [
        ("hopper.jpg", NOTHING),
        ("hopper.jpg", UploadPreferences()),  # default strips location: hopper has none
        ("hopper.jpg", prefs(downscale=True, max_long_edge=128)),  # exactly the limit
        ("hopper.png", prefs(downscale=True, max_long_edge=4000)),
        ("benign.svg", prefs(downscale=True, max_long_edge=10, reencode_jpeg=True)),
        ("iss634.gif", prefs(downscale=True, max_long_edge=10, reencode_jpeg=True)),
    ],
)
def test_nothing_to_do_gives_back_the_same_object(name: str, preferences: UploadPreferences):
    checked = check_file(IMAGES / name, PLENTY)
    assert prepare_for_upload(checked, preferences) is checked


# --- downscale --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [((6000, 4000), (2560, 1707)), ((3000, 4500), (1707, 2560)), ((2561, 10), (2560, 10))],
)
def test_downscale_keeps_aspect_ratio_and_long_edge(tmp_path, size, expected):
    path = noise_photo(tmp_path / "large.jpg", size)
    check_unchanged = untouched(path)
    checked = check_file(path, PLENTY)

    prepared = prepare_for_upload(checked, prefs(downscale=True, max_long_edge=2560))

    assert_describes_its_bytes(prepared)
    assert (prepared.width, prepared.height) == expected
    assert abs(prepared.width / prepared.height - size[0] / size[1]) < 0.01 * size[0] / size[1]
    assert prepared.format == "jpg" and prepared.path == path
    assert prepared.size < checked.size
    check_unchanged()


def test_downscaled_jpeg_keeps_its_own_quality_when_not_reencoding(tmp_path):
    path = noise_photo(tmp_path / "large.jpg", (3000, 2000))
    original = Image.open(path)

    prepared = prepare_for_upload(
        check_file(path, PLENTY), prefs(downscale=True, max_long_edge=1000)
    )

    assert decoded(prepared).quantization == original.quantization


def test_downscaled_picture_looks_like_the_original(tmp_path):
    path = noise_photo(tmp_path / "large.jpg", (3000, 2000))
    prepared = prepare_for_upload(
        check_file(path, PLENTY), prefs(downscale=True, max_long_edge=600)
    )
    reference = Image.open(path).convert("RGB").resize((600, 400), Image.Resampling.LANCZOS)
    difference = ImageStat.Stat(ImageChops.difference(decoded(prepared).convert("RGB"), reference))
    assert max(difference.mean) < 8  # the same picture, blurred noise differing a little


def test_downscaled_png_stays_png_with_its_transparency(tmp_path):
    path = tmp_path / "cutout.png"
    picture = Image.new("RGBA", (800, 400), (0, 0, 0, 0))
    picture.paste((200, 30, 30, 255), (0, 0, 400, 400))
    picture.save(path)

    prepared = prepare_for_upload(check_file(path, AS24), prefs(downscale=True, max_long_edge=200))

    assert_describes_its_bytes(prepared)
    image = decoded(prepared)
    assert (prepared.format, image.size, image.mode) == ("png", (200, 100), "RGBA")
    assert image.getpixel((190, 50))[3] == 0 and image.getpixel((10, 50)) == (200, 30, 30, 255)


def test_still_gif_downscaled_becomes_png(tmp_path):
    checked = check_file(IMAGES / "hopper.gif", PLENTY)
    prepared = prepare_for_upload(checked, prefs(downscale=True, max_long_edge=64))
    assert_describes_its_bytes(prepared)
    assert (prepared.format, prepared.width, prepared.height) == ("png", 64, 64)
    assert prepared.original_format == "gif"


# --- JPEG re-encode -----------------------------------------------------------------------


@pytest.mark.parametrize("quality", [30, 75, 95])
def test_reencode_uses_the_chosen_quality(tmp_path, quality: int):
    path = noise_photo(tmp_path / "photo.jpg", (640, 480))
    prepared = prepare_for_upload(
        check_file(path, PLENTY), prefs(reencode_jpeg=True, jpeg_quality=quality)
    )
    assert_describes_its_bytes(prepared)
    reference = io.BytesIO()
    Image.open(path).save(reference, "JPEG", quality=quality)
    assert decoded(prepared).quantization == Image.open(reference).quantization


def test_lower_quality_gives_a_smaller_file(tmp_path):
    path = noise_photo(tmp_path / "photo.jpg", (1200, 900))
    checked = check_file(path, PLENTY)
    low = prepare_for_upload(checked, prefs(reencode_jpeg=True, jpeg_quality=40))
    high = prepare_for_upload(checked, prefs(reencode_jpeg=True, jpeg_quality=95))
    assert low.size < high.size


def inner_pixel(image: Image.Image, alpha: int) -> tuple[int, int]:
    """A pixel whose 7 x 7 neighbourhood all has `alpha` (away from JPEG's ringing at edges)."""
    channel = image.getchannel("A")
    return next(
        (x, y)
        for y in range(3, image.height - 3)
        for x in range(3, image.width - 3)
        if channel.crop((x - 3, y - 3, x + 4, y + 4)).getextrema() == (alpha, alpha)
    )


@pytest.mark.parametrize("name", ["rgb_trns.png", "p_trns_single.png"])
def test_reencode_flattens_transparency_onto_white(name: str):
    original = Image.open(IMAGES / name).convert("RGBA")
    transparent = inner_pixel(original, 0)
    opaque = inner_pixel(original, 255)
    checked = check_file(IMAGES / name, AS24)

    prepared = prepare_for_upload(checked, prefs(reencode_jpeg=True, jpeg_quality=95))

    assert_describes_its_bytes(prepared)
    image = decoded(prepared)
    assert (prepared.format, image.mode, prepared.original_format) == ("jpg", "RGB", "png")
    assert min(image.getpixel(transparent)) > 235  # white, give or take JPEG's blur
    expected = original.getpixel(opaque)[:3]
    assert all(abs(a - b) < 40 for a, b in zip(image.getpixel(opaque), expected, strict=True))


def test_reencode_turns_cmyk_into_rgb_with_the_same_colours():
    checked = check_file(IMAGES / "pil_sample_cmyk.jpg", PLENTY)
    prepared = prepare_for_upload(checked, prefs(reencode_jpeg=True, jpeg_quality=95))
    image = decoded(prepared)
    assert image.mode == "RGB"
    reference = Image.open(IMAGES / "pil_sample_cmyk.jpg").convert("RGB")
    assert max(ImageStat.Stat(ImageChops.difference(image, reference)).mean) < 4


def test_reencode_keeps_grey_grey_and_the_icc_profile():
    grey = prepare_for_upload(
        check_file(IMAGES / "hopper_gray.jpg", PLENTY), prefs(reencode_jpeg=True)
    )
    assert decoded(grey).mode == "L"
    icc_file = IMAGES / "icc_profile_big.jpg"
    with_icc = prepare_for_upload(check_file(icc_file, PLENTY), prefs(reencode_jpeg=True))
    assert decoded(with_icc).info["icc_profile"] == Image.open(icc_file).info["icc_profile"]


def test_converted_gif_held_in_memory_is_prepared_from_its_bytes():
    """AutoScout24's GIF→JPEG conversion leaves the JPEG in `data`; that is the source."""
    converted = check_file(IMAGES / "hopper.gif", AS24, convert=True)
    prepared = prepare_for_upload(converted, prefs(downscale=True, max_long_edge=32))
    assert_describes_its_bytes(prepared)
    assert (prepared.format, prepared.width, prepared.original_format) == ("jpg", 32, "gif")


# --- location and orientation -------------------------------------------------------------


def test_stripping_location_alone_keeps_every_pixel_and_the_rest_of_the_exif(tmp_path):
    path = red_top_photo(tmp_path / "yard.jpg", gps=True)
    check_unchanged = untouched(path)
    assert has_gps(Image.open(path))

    prepared = prepare_for_upload(check_file(path, PLENTY), prefs(strip_location=True))

    assert_describes_its_bytes(prepared)
    image = decoded(prepared)
    assert not has_gps(image)
    assert image.getexif()[ExifTags.Base.Orientation] == 6
    assert image.getexif()[ExifTags.Base.Make] == "ImageDeckCam"
    assert image.tobytes() == Image.open(path).tobytes()  # the scan data was copied
    assert prepared.data is not None
    assert prepared.data.endswith(path.read_bytes()[-1000:])
    check_unchanged()


@pytest.mark.parametrize(
    "preferences",
    [
        prefs(strip_location=True),
        prefs(strip_location=True, downscale=True, max_long_edge=200),
        prefs(strip_location=True, reencode_jpeg=True, jpeg_quality=80),
    ],
)
def test_photo_with_orientation_6_still_displays_upright(tmp_path, preferences):
    path = red_top_photo(tmp_path / "sideways.jpg", gps=True)
    assert displayed(Image.open(path)).size == (300, 400)

    prepared = prepare_for_upload(check_file(path, PLENTY), preferences)

    shown = displayed(decoded(prepared))
    assert shown.height > shown.width  # portrait, as the seller took it
    top = shown.getpixel((shown.width // 2, shown.height // 8))
    bottom = shown.getpixel((shown.width // 2, shown.height * 7 // 8))
    assert top[0] > 200 and top[2] < 60, top  # red on top
    assert bottom[2] > 200 and bottom[0] < 60, bottom  # blue below
    assert not has_gps(decoded(prepared))


def test_real_orientation_6_photo_reencoded_matches_the_upright_original():
    path = IMAGES / "hopper_orientation_6.jpg"
    prepared = prepare_for_upload(check_file(path, PLENTY), prefs(reencode_jpeg=True))
    difference = ImageChops.difference(displayed(decoded(prepared)), displayed(Image.open(path)))
    assert max(ImageStat.Stat(difference).mean) < 4


def test_gps_is_kept_when_the_user_does_not_ask_to_strip_it(tmp_path):
    path = red_top_photo(tmp_path / "yard.jpg", gps=True)
    prepared = prepare_for_upload(check_file(path, PLENTY), prefs(reencode_jpeg=True))
    assert has_gps(decoded(prepared))


def test_xmp_with_a_location_is_dropped_with_the_gps(tmp_path):
    path = tmp_path / "xmp.jpg"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        b"<exif:GPSLatitude>52,31N</exif:GPSLatitude></x:xmpmeta>"
    )
    Image.new("RGB", (64, 48), (10, 120, 10)).save(path, "JPEG", xmp=xmp)

    prepared = prepare_for_upload(check_file(path, PLENTY), prefs(strip_location=True))

    assert prepared.data is not None and b"GPSLatitude" not in prepared.data
    assert decoded(prepared).size == (64, 48)


def test_gps_in_a_png_is_stripped(tmp_path):
    path = tmp_path / "screen.png"
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = GPS
    Image.new("RGB", (50, 40), (1, 2, 3)).save(path, "PNG", exif=exif.tobytes())
    assert has_gps(Image.open(path))

    prepared = prepare_for_upload(check_file(path, PLENTY), prefs(strip_location=True))

    assert_describes_its_bytes(prepared)
    assert prepared.format == "png" and not has_gps(decoded(prepared))
    assert decoded(prepared).getpixel((5, 5)) == (1, 2, 3)


# --- every test image, everything on ------------------------------------------------------

ACCEPTED = [
    "hopper.jpg",
    "hopper.png",
    "hopper.gif",
    "flower.jpg",
    "hopper_orientation_3.jpg",
    "hopper_orientation_6.jpg",
    "pil_sample_cmyk.jpg",
    "hopper_gray.jpg",
    "rgb_trns.png",
    "p_trns_single.png",
    "icc_profile_big.jpg",
]


@pytest.mark.parametrize("name", ACCEPTED)
def test_every_accepted_test_image_prepares_with_everything_on(name: str):
    path = IMAGES / name
    check_unchanged = untouched(path)
    everything = UploadPreferences(
        downscale=True, max_long_edge=100, reencode_jpeg=True, jpeg_quality=85
    )
    prepared = prepare_for_upload(check_file(path, PLENTY), everything)
    assert_describes_its_bytes(prepared)
    assert prepared.format == "jpg" and max(prepared.width, prepared.height) <= 100
    upright = displayed(Image.open(path))
    assert (prepared.width > prepared.height) == (upright.width > upright.height) or (
        upright.width == upright.height
    )
    check_unchanged()


# --- bad input ----------------------------------------------------------------------------


def test_file_gone_since_it_was_checked_is_refused_by_name(tmp_path):
    path = noise_photo(tmp_path / "gone.jpg", (300, 200))
    checked = check_file(path, PLENTY)
    path.unlink()
    with pytest.raises(UploadRefused) as refused:
        prepare_for_upload(checked, prefs(reencode_jpeg=True))
    assert refused.value.path == path and "gone" in refused.value.reason


def test_file_damaged_since_it_was_checked_is_refused_by_name(tmp_path):
    path = noise_photo(tmp_path / "damaged.jpg", (300, 200))
    checked = check_file(path, PLENTY)
    path.write_bytes(path.read_bytes()[:400])
    with pytest.raises(UploadRefused) as refused:
        prepare_for_upload(checked, prefs(reencode_jpeg=True))
    assert refused.value.path == path and "could not be prepared" in refused.value.reason


@pytest.mark.parametrize(
    ("preferences", "named"),
    [
        (prefs(downscale=True, max_long_edge=0), "max_long_edge"),
        (prefs(reencode_jpeg=True, jpeg_quality=0), "jpeg_quality"),
        (prefs(reencode_jpeg=True, jpeg_quality=101), "jpeg_quality"),
    ],
)
def test_preference_out_of_range_is_named(preferences: UploadPreferences, named: str):
    checked = check_file(IMAGES / "hopper.jpg", PLENTY)
    with pytest.raises(ValueError, match=named):
        prepare_for_upload(checked, preferences)


def test_prepared_file_too_large_for_the_marketplace_is_refused_by_name():
    checked = check_file(IMAGES / "hopper.jpg", AS24)
    refuse_if_too_large(checked, AS24)  # small: fine
    huge = replace(checked, size=11 * 1024 * 1024)
    with pytest.raises(UploadRefused, match="larger than 10 MB") as refused:
        refuse_if_too_large(huge, AS24)
    assert refused.value.path == checked.path


# --- what the marketplace receives (real HTTP to the sandbox) -----------------------------


def test_prepared_photo_arrives_on_plentymarkets_smaller_upright_and_without_gps(tmp_path, sandbox):
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.model.image import ListingRef

    path = red_top_photo(tmp_path / "Hof Foto.jpg", gps=True)
    check_unchanged = untouched(path)
    preferences = UploadPreferences(downscale=True, max_long_edge=200, strip_location=True)
    prepared = prepare_for_upload(check_file(path, PLENTY), preferences)

    async def upload() -> None:
        client = demo_connections(sandbox.base_url)["plentymarkets"].open_client()
        try:
            await client.upload(ListingRef(PLENTY, "104"), prepared, 1)
        finally:
            await client.aclose()

    asyncio.run(upload())

    (stored,) = sandbox.state.item_images(104)
    assert stored.file.md5() == prepared.md5 and stored.file_type == "jpg"
    received = Image.open(io.BytesIO(stored.file.data))
    assert not has_gps(received)
    shown = displayed(received)
    assert shown.size == (150, 200)  # portrait, long edge 200
    assert shown.getpixel((75, 20))[0] > 200 and shown.getpixel((75, 180))[2] > 200
    check_unchanged()


def test_png_reencoded_arrives_on_autoscout24_as_the_prepared_jpeg(sandbox):
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.model.image import ListingRef
    from imagedeck.sandbox.demo import VEHICLE_SMALL

    prepared = prepare_for_upload(
        check_file(IMAGES / "rgb_trns.png", AS24), prefs(reencode_jpeg=True, jpeg_quality=80)
    )

    async def upload() -> str:
        client = demo_connections(sandbox.base_url)["autoscout24"].open_client()
        try:
            return (await client.upload(ListingRef(AS24, VEHICLE_SMALL), prepared)).id
        finally:
            await client.aclose()

    image_id = asyncio.run(upload())

    stored = sandbox.state.vehicles[VEHICLE_SMALL].images[image_id].file
    assert stored.md5() == prepared.md5
    assert Image.open(io.BytesIO(stored.data)).format == "JPEG"
