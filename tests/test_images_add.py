"""`imagedeck images add` and the upload job behind it, against the real sandbox.

The CLI runs as a script would (real process, real HTTP); the lost-answer cases run the job
in-process so the sandbox's fault injection can be switched on around it.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.sync.add_images import add_images, wanted_order

IMAGES = Path(__file__).parent / "data" / "testimages"
PASSWORD = {"IMAGEDECK_PASSWORD": "demo"}
AS24_ENV = {"IMAGEDECK_CLIENT_ID": "demo", "IMAGEDECK_CLIENT_SECRET": "demo"}
FIVE = ["hopper.jpg", "flower.jpg", "truncated_jpeg.jpg", "hopper.png", "pil_sample_cmyk.jpg"]
UPLOADED = re.compile(r"^uploaded (.+) as image (\S+)$")


def imagedeck(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "imagedeck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def add_plenty(sandbox, *rest: str) -> subprocess.CompletedProcess:
    return imagedeck(
        "images", "add", "plentymarkets", "--base-url", sandbox.base_url,
        "--username", "demo", "--item", "101", *rest, env=PASSWORD,
    )  # fmt: skip


def add_as24(sandbox, vehicle: str, *rest: str) -> subprocess.CompletedProcess:
    return imagedeck(
        "images", "add", "autoscout24", "--base-url", sandbox.base_url,
        "--vehicle", vehicle, *rest, env=AS24_ENV,
    )  # fmt: skip


def copies(tmp_path: Path, names: list[str]) -> list[str]:
    for name in names:
        shutil.copy(IMAGES / name, tmp_path / name)
    return [str(tmp_path / name) for name in names]


def uploaded_ids(stdout: str) -> list[str]:
    return [m[2] for line in stdout.splitlines() if (m := UPLOADED.match(line))]


def distinct_jpegs(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for k in range(count):
        path = tmp_path / f"photo {k:02d}.jpg"
        Image.new("RGB", (64, 48), (k * 9 % 256, 255 - k * 7 % 256, k * 13 % 256)).save(path)
        paths.append(str(path))
    return paths


def vehicle_with(sandbox, count: int) -> str:
    return next(v for v in sandbox.state.vehicles if len(sandbox.state.vehicle_order(v)) == count)


def md5s_of_item(sandbox, item: int) -> list[str]:
    return [image.file.md5() for image in sandbox.state.item_images(item)]


def md5s_of_vehicle(sandbox, vehicle: str) -> list[str]:
    return [image.file.md5() for image in sandbox.state.vehicles[vehicle].images.values()]


def test_wanted_order_inserts_at_a_one_based_place():
    assert wanted_order(["a", "b", "c", "x"], ["x"], 1) == ["x", "a", "b", "c"]
    assert wanted_order(["a", "b", "x", "y"], ["x", "y"], 2) == ["a", "x", "y", "b"]
    assert wanted_order(["a", "x"], ["x"], 99) == ["a", "x"]


def test_adding_five_files_one_broken_uploads_four_at_the_end(sandbox, tmp_path: Path):
    before = [str(i) for i in sandbox.state.plenty_order(101)]
    files = copies(tmp_path, FIVE)
    result = add_plenty(sandbox, *files)
    assert result.returncode != 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 5
    refused = [line for line in lines if line.startswith("refused ")]
    assert len(refused) == 1 and "truncated_jpeg.jpg" in refused[0] and "damaged" in refused[0]
    new = uploaded_ids(result.stdout)
    assert [m[1] for line in lines if (m := UPLOADED.match(line))] == [
        f for f in files if "truncated" not in f
    ]
    assert [str(i) for i in sandbox.state.plenty_order(101)] == before + new
    assert "not uploaded" in result.stderr


def test_at_one_puts_the_new_images_first_in_the_given_order(sandbox, tmp_path: Path):
    before = [str(i) for i in sandbox.state.plenty_order(101)]
    result = add_plenty(sandbox, "--at", "1", *copies(tmp_path, ["flower.jpg", "hopper.png"]))
    assert result.returncode == 0, result.stderr
    new = uploaded_ids(result.stdout)
    assert len(new) == 2
    assert [str(i) for i in sandbox.state.plenty_order(101)] == new + before


def test_a_file_already_on_the_listing_is_skipped(sandbox, tmp_path: Path):
    first = add_plenty(sandbox, *copies(tmp_path, ["hopper.jpg"]))
    (image_id,) = uploaded_ids(first.stdout)
    count = len(sandbox.state.item_images(101))
    again = add_plenty(sandbox, str(tmp_path / "hopper.jpg"))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        f"skipped {tmp_path / 'hopper.jpg'}: already on this listing as image {image_id}"
    )
    assert len(sandbox.state.item_images(101)) == count


def test_autoscout24_add_to_the_six_image_vehicle(sandbox, tmp_path: Path):
    vehicle = vehicle_with(sandbox, 6)
    before = sandbox.state.vehicle_order(vehicle)
    files = copies(tmp_path, ["hopper.jpg", "rgb_trns.png", "iss634.gif", "benign.svg"])
    result = add_as24(sandbox, vehicle, "--convert", *files)
    assert result.returncode != 0  # the SVG
    assert "refused" in result.stdout and "only JPG and PNG" in result.stdout
    new = uploaded_ids(result.stdout)
    assert len(new) == 3
    assert sandbox.state.vehicle_order(vehicle) == before + new


def test_autoscout24_without_convert_refuses_a_gif(sandbox, tmp_path: Path):
    vehicle = vehicle_with(sandbox, 6)
    result = add_as24(sandbox, vehicle, *copies(tmp_path, ["hopper.gif"]))
    assert result.returncode != 0
    assert "AutoScout24 accepts only JPG and PNG" in result.stdout
    assert len(sandbox.state.vehicle_order(vehicle)) == 6


def test_autoscout24_limit_is_checked_before_uploading(sandbox, tmp_path: Path):
    vehicle = vehicle_with(sandbox, 6)
    files = distinct_jpegs(tmp_path, 26)
    sandbox.state.clear_requests()
    result = add_as24(sandbox, vehicle, "--at", "2", *files)
    assert result.returncode != 0
    new = uploaded_ids(result.stdout)
    assert len(new) == 24
    refused = [line for line in result.stdout.splitlines() if line.startswith("refused")]
    assert [line.split(":")[0] for line in refused] == [f"refused {f}" for f in files[24:]]
    assert all("at most 30" in line for line in refused)
    assert sandbox.state.count("POST", re.compile(r"^/vehicles/[^/]+/images$")) == 24
    order = sandbox.state.vehicle_order(vehicle)
    assert len(order) == 30 and order[1:25] == new

    full = add_as24(sandbox, vehicle, str(IMAGES / "flower.jpg"))
    assert full.returncode != 0 and "at most 30" in full.stdout


def run_add(sandbox, listing: ListingRef, files: list[str]):
    connection = demo_connections(sandbox.base_url)[listing.marketplace]

    async def job():
        client = connection.open_client()
        try:
            return await add_images(connection, client, listing, files)
        finally:
            await client.aclose()

    return asyncio.run(job())


@pytest.mark.parametrize("drop_when", ["after", "before"])
def test_lost_upload_answers_create_no_duplicates_plentymarkets(
    sandbox, tmp_path: Path, drop_when: str
):
    files = copies(tmp_path, ["hopper.jpg", "flower.jpg", "hopper.png", "hopper_gray.jpg"])
    count = len(sandbox.state.item_images(101))
    sandbox.state.clear_requests()
    sandbox.faults.seed = 7
    sandbox.faults.drop_when = drop_when
    sandbox.faults.drop_rate = 0.35
    try:
        result = run_add(sandbox, ListingRef("plentymarkets", "101"), files)
    finally:
        sandbox.faults.clear()
    assert [o.status for o in result.outcomes] == ["uploaded"] * 4
    lost = sandbox.state.count("POST", "/rest/items/101/images/upload", status=0)
    assert lost >= 1, "the seed must make at least one upload lose its answer"
    assert len(sandbox.state.item_images(101)) == count + 4
    md5s = md5s_of_item(sandbox, 101)
    for path in files:
        assert md5s.count(hashlib.md5(Path(path).read_bytes()).hexdigest()) == 1
    order = [str(i) for i in sandbox.state.plenty_order(101)]
    assert order[-4:] == result.new_ids


def test_lost_upload_answers_create_no_duplicates_autoscout24(sandbox, tmp_path: Path):
    vehicle = vehicle_with(sandbox, 6)
    files = distinct_jpegs(tmp_path, 5)
    sandbox.state.clear_requests()
    sandbox.faults.seed = 11
    sandbox.faults.drop_when = "after"
    sandbox.faults.drop_rate = 0.35
    try:
        result = run_add(sandbox, ListingRef("autoscout24", vehicle), files)
    finally:
        sandbox.faults.clear()
    assert [o.status for o in result.outcomes] == ["uploaded"] * 5
    lost = sandbox.state.count("POST", re.compile(r"^/vehicles/[^/]+/images$"), status=0)
    assert lost >= 1, "the seed must make at least one upload lose its answer"
    assert len(sandbox.state.vehicle_order(vehicle)) == 11
    md5s = md5s_of_vehicle(sandbox, vehicle)
    assert len(set(md5s)) == len(md5s)
    assert sandbox.state.vehicle_order(vehicle)[-5:] == result.new_ids


def test_the_upload_body_is_streamed_with_its_length(sandbox, tmp_path: Path):
    """A 10 MB-plus PNG goes up as base64 JSON without the client building it whole."""
    path = tmp_path / "noise.png"
    Image.frombytes("RGB", (1900, 1900), os.urandom(1900 * 1900 * 3)).save(path)
    assert path.stat().st_size > 10_000_000
    result = run_add(sandbox, ListingRef("plentymarkets", "101"), [str(path)])
    assert [o.status for o in result.outcomes] == ["uploaded"]
    record = sandbox.state.plenty_image(101, int(result.new_ids[0]))
    assert record.file.md5() == hashlib.md5(path.read_bytes()).hexdigest()


def test_an_expired_token_mid_upload_renews_and_sends_a_fresh_body(sandbox, tmp_path: Path):
    """A 401 repeats the upload with a new token: the streamed body must start over."""
    sandbox.state.clear_requests()
    sandbox.faults.token_max_calls = 2
    try:
        files = copies(tmp_path, ["flower.jpg", "hopper.png", "icc_profile_big.jpg"])
        result = run_add(sandbox, ListingRef("plentymarkets", "101"), files)
    finally:
        sandbox.faults.clear()
    assert [o.status for o in result.outcomes] == ["uploaded"] * 3
    assert sandbox.state.count("POST", "/rest/items/101/images/upload", status=401) >= 1
    for path, image_id in zip(files, result.new_ids, strict=True):
        record = sandbox.state.plenty_image(101, int(image_id))
        assert record.file.md5() == hashlib.md5(Path(path).read_bytes()).hexdigest()


def test_a_file_that_vanishes_after_the_check_fails_alone(sandbox, tmp_path: Path, monkeypatch):
    """Deleted between check and upload: that file fails by name, the others go on."""
    import imagedeck.sync.add_images as adding

    files = copies(tmp_path, ["flower.jpg", "hopper.png"])
    checked = asyncio.run(adding.check_files(files, "plentymarkets"))
    Path(files[0]).unlink()
    monkeypatch.setattr(adding, "check_files", lambda *_a, **_k: _done(checked))
    result = run_add(sandbox, ListingRef("plentymarkets", "101"), files)
    assert [o.status for o in result.outcomes] == ["failed", "uploaded"]
    assert "flower.jpg" in result.outcomes[0].line()
    assert "could not be read" in result.outcomes[0].reason


async def _done(value):
    return value


def test_the_cli_applies_the_upload_preferences_unless_told_original(sandbox, tmp_path: Path):
    """`images add` sends what the window would (Settings ▸ Uploads), journals each upload,
    and `--original` sends the file untouched."""
    from imagedeck.paths import journal_path
    from imagedeck.settings import Settings, save_settings
    from imagedeck.sync.journal import Journal
    from imagedeck.sync.upload_engine import is_upload_save

    settings = Settings()
    settings.uploads.downscale = True
    settings.uploads.max_long_edge = 200
    save_settings(settings)  # the data folder the CLI process sees too
    shrunk = tmp_path / "front.jpg"
    kept = tmp_path / "back.jpg"
    Image.new("RGB", (480, 360), (200, 30, 30)).save(shrunk)
    Image.new("RGB", (480, 360), (30, 30, 200)).save(kept)

    first = add_plenty(sandbox, str(shrunk))
    second = add_plenty(sandbox, "--original", str(kept))

    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    (small_id,) = uploaded_ids(first.stdout)
    (full_id,) = uploaded_ids(second.stdout)
    small = sandbox.state.plenty_image(101, int(small_id)).file
    full = sandbox.state.plenty_image(101, int(full_id)).file
    assert (small.width, small.height) == (200, 150)
    assert (full.width, full.height) == (480, 360)
    assert full.md5() == hashlib.md5(kept.read_bytes()).hexdigest()
    with Journal(journal_path()) as journal:  # this test's own data folder: saves 1 and 2
        saves = [journal.get(save_id) for save_id in (1, 2)]
        assert journal.unfinished() == []
    assert all(save is not None and is_upload_save(save) for save in saves)
    assert [save.state for save in saves] == ["done", "done"]
