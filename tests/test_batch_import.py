"""`imagedeck batch import` against the sandbox over real HTTP, run as a seller runs it.

Files named by item number go to the right listing (hyphenated numbers, variation numbers,
item ids, a vehicle's dealer reference), in the right order, once: a second run uploads
nothing, a dry run changes nothing, AutoScout24's 30 images hold, `--replace` deletes the
old images only after the new ones are in, and a run killed mid-job is finished by
`imagedeck resume` with no duplicate.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from imagedeck.sandbox.catalogue import FIRST_ITEM_ID
from imagedeck.sandbox.demo import VEHICLE_FULL

ENV = {
    "IMAGEDECK_PASSWORD": "demo",
    "IMAGEDECK_CLIENT_ID": "demo",
    "IMAGEDECK_CLIENT_SECRET": "demo",
}
UPLOADS = re.compile(r"/images/upload$|^/vehicles/[^/]+/images$")
A = f"A-{FIRST_ITEM_ID}"  # the first catalogue item's number; its size variations: A-…-M


def imagedeck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "imagedeck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
        timeout=300,
    )


def batch_import(
    sandbox, folder: Path, *rest: str, market: str = "plentymarkets"
) -> subprocess.CompletedProcess:
    login = ["--username", "demo"] if market == "plentymarkets" else []
    return imagedeck(
        "batch", "import", market, "--base-url", sandbox.base_url, *login, str(folder), *rest
    )


def photos(folder: Path, *names: str) -> dict[str, str]:
    """Distinct small JPEGs under these names; name -> MD5."""
    folder.mkdir(exist_ok=True)
    md5s = {}
    for name in names:
        seed = int(hashlib.md5(name.encode()).hexdigest()[:6], 16)
        path = folder / name
        Image.new("RGB", (64, 48), (seed % 256, seed // 256 % 256, seed // 65536 % 256)).save(
            path, "JPEG"
        )
        md5s[name] = hashlib.md5(path.read_bytes()).hexdigest()
    return md5s


def md5_order(sandbox, item: int, variation: int | None = None) -> list[str]:
    state = sandbox.state
    with state.lock:
        return [state.images[i].file.md5() for i in state.plenty_order(item, variation)]


def uploads(sandbox) -> int:
    return sandbox.state.count("POST", UPLOADS)


def test_files_go_to_their_variation_in_order_and_the_longest_number_wins(sandbox, tmp_path):
    names = [f"{A}-10.jpg", f"{A}-2.jpg", f"{A}_front.jpg", f"{A}-back.jpg", f"{A}.jpg",
             f"{A}-M-1.jpg", f"{A.lower()}-m-2.jpg", "102-1.jpg"]  # fmt: skip
    md5 = photos(tmp_path / "in", *names)
    result = batch_import(sandbox, tmp_path / "in")
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(re.findall(r"^uploaded ", result.stdout, re.M)) == 8
    main_variation = FIRST_ITEM_ID * 10
    assert md5_order(sandbox, FIRST_ITEM_ID, main_variation) == [
        md5[n] for n in (f"{A}.jpg", f"{A}-2.jpg", f"{A}-10.jpg", f"{A}-back.jpg", f"{A}_front.jpg")
    ]
    assert md5_order(sandbox, FIRST_ITEM_ID, main_variation + 1) == [
        md5[f"{A}-M-1.jpg"],
        md5[f"{A.lower()}-m-2.jpg"],
    ]
    assert md5_order(sandbox, 102)[-1] == md5["102-1.jpg"]  # an item id, at the end
    assert "job 1 done: 3 listings done, 0 failed" in result.stdout


def test_the_dry_run_prints_the_plan_and_sends_nothing(sandbox, tmp_path):
    photos(tmp_path, f"{A}-1.jpg", f"{A}-2.jpg", "Z-404-1.jpg")
    (tmp_path / f"{A}-3.jpg").write_bytes(b"not a picture")
    before = md5_order(sandbox, FIRST_ITEM_ID)
    result = batch_import(sandbox, tmp_path, "--dry-run")
    assert result.returncode == 1  # a refused and an unmatched file
    out = result.stdout
    assert f"{A} (variation number, plentymarkets item {FIRST_ITEM_ID}, variation" in out
    assert f"  upload {tmp_path / f'{A}-1.jpg'}" in out
    assert f"  refused {tmp_path / f'{A}-3.jpg'}: " in out
    assert f"unmatched {tmp_path / 'Z-404-1.jpg'}: no listing is known by the start" in out
    assert "uploads: 2; skips: 0; refused: 1; over the limit: 0; unmatched: 1" in out
    assert re.search(r"API calls: 4 writes and about \d+ reads", out)
    assert re.search(r"rate budget: \d+ calls per \d+ s; \d+ calls take at least", out)
    assert uploads(sandbox) == 0 and md5_order(sandbox, FIRST_ITEM_ID) == before == []
    assert sandbox.state.count("PUT") == sandbox.state.count("DELETE") == 0


def test_a_second_run_uploads_nothing_and_a_file_already_there_is_skipped(sandbox, tmp_path):
    md5 = photos(tmp_path, "103-1.jpg", "103-2.jpg")
    first = batch_import(sandbox, tmp_path, "--at", "start")
    assert first.returncode == 0, first.stderr
    sent = uploads(sandbox)
    assert sent == 2 and md5_order(sandbox, 103)[:2] == [md5["103-1.jpg"], md5["103-2.jpg"]]
    second = batch_import(sandbox, tmp_path, "--at", "start")
    assert second.returncode == 0, second.stderr
    assert uploads(sandbox) == sent
    assert "nothing to upload: every matched file is already there" in second.stdout
    dry = batch_import(sandbox, tmp_path, "--dry-run")
    assert re.search(r"  skip .*103-1\.jpg: already on this listing as image \d+", dry.stdout)


def test_new_images_at_the_start_keep_the_old_ones_after_them(sandbox, tmp_path):
    old = md5_order(sandbox, 102)
    md5 = photos(tmp_path, "102-b.jpg", "102-a.jpg", "102-1.jpg")
    result = batch_import(sandbox, tmp_path, "--at", "start")
    assert result.returncode == 0, result.stderr
    assert md5_order(sandbox, 102) == [md5["102-1.jpg"], md5["102-a.jpg"], md5["102-b.jpg"], *old]


def test_autoscout24_keeps_its_30_image_limit_and_finds_dealer_references(sandbox, tmp_path):
    md5 = photos(tmp_path, f"{VEHICLE_FULL}-1.jpg", "FZ-24100-1.jpg", "fz-24100-2.jpg")
    result = batch_import(sandbox, tmp_path, market="autoscout24")
    assert result.returncode == 1
    assert re.search(
        rf"^over the limit .*{VEHICLE_FULL}-1\.jpg: the marketplace allows at most 30 images",
        result.stdout,
        re.M,
    )
    assert len(sandbox.state.vehicle_order(VEHICLE_FULL)) == 30
    catalogue_vehicle = next(
        v
        for v, rec in sandbox.state.vehicles.items()
        if rec.data.get("identifier", {}).get("offerReference") == "FZ-24100"
    )
    vehicle = sandbox.state.vehicles[catalogue_vehicle]
    got = [vehicle.images[i].file.md5() for i in sandbox.state.vehicle_order(catalogue_vehicle)]
    assert got == [md5["FZ-24100-1.jpg"], md5["fz-24100-2.jpg"]]


def test_replace_deletes_the_old_images_only_after_all_new_ones_are_in(sandbox, tmp_path):
    old = md5_order(sandbox, 103)
    md5 = photos(tmp_path, "103-1.jpg", "103-2.jpg")
    result = batch_import(sandbox, tmp_path, "--replace")
    assert result.returncode == 0, result.stderr
    assert md5_order(sandbox, 103) == [md5["103-1.jpg"], md5["103-2.jpg"]]
    with sandbox.state.lock:
        calls = [
            (r.method, r.path)
            for r in sandbox.state.requests
            if r.path.startswith("/rest/items/103/images")
        ]
    last_upload = max(k for k, (m, p) in enumerate(calls) if m == "POST")
    deletes = [k for k, (m, _p) in enumerate(calls) if m == "DELETE"]
    assert len(deletes) == len(old) and min(deletes) > last_upload


def test_a_killed_import_is_finished_by_resume_without_a_duplicate(sandbox, tmp_path):
    names = [f"10{n:03d}-{k}.jpg" for n in range(2, 6) for k in (1, 2, 3)]
    md5 = photos(tmp_path, *names)
    sandbox.faults.latency_ms = 60  # slow enough to be killed in the middle
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "batch", "import", "plentymarkets", "--base-url",
         sandbox.base_url, "--username", "demo", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **ENV},
    )  # fmt: skip
    try:
        while uploads(sandbox) < 4 and process.poll() is None:
            time.sleep(0.02)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode != 0, "the import finished before it could be killed"
    sandbox.faults.latency_ms = 0
    assert 4 <= uploads(sandbox) < len(names)
    result = imagedeck("resume")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "resuming job 1" in result.stdout
    for n in range(2, 6):
        item = FIRST_ITEM_ID + n - 1
        assert md5_order(sandbox, item) == [md5[f"10{n:03d}-{k}.jpg"] for k in (1, 2, 3)], item
    again = imagedeck("resume")
    assert again.returncode == 0 and "resuming" not in again.stdout
