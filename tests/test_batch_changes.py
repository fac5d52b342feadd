"""`imagedeck batch add|remove|main` over many listings, against the sandbox over real HTTP:
the same change on each listing, one line each, skipped where already done, exit 1 where a
listing could not take it, and nothing sent by a dry run."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from imagedeck.sandbox.demo import VEHICLE_FULL, VEHICLE_SMALL

ENV = {
    "IMAGEDECK_PASSWORD": "demo",
    "IMAGEDECK_CLIENT_ID": "demo",
    "IMAGEDECK_CLIENT_SECRET": "demo",
}


def batch(
    sandbox, action: str, *rest: str, market: str = "plentymarkets"
) -> subprocess.CompletedProcess:
    login = ["--username", "demo"] if market == "plentymarkets" else []
    return subprocess.run(
        [sys.executable, "-m", "imagedeck", "batch", action, market, "--base-url",
         sandbox.base_url, *login, *rest],
        capture_output=True, text=True, env={**os.environ, **ENV}, timeout=300,
    )  # fmt: skip


def chart(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "size-chart.png"
    Image.new("RGB", (90, 60), (30, 160, 90)).save(path)
    return path, hashlib.md5(path.read_bytes()).hexdigest()


def md5_order(sandbox, item: int) -> list[str]:
    with sandbox.state.lock:
        return [sandbox.state.images[i].file.md5() for i in sandbox.state.plenty_order(item)]


def test_add_puts_the_file_at_place_n_once_per_listing(sandbox, tmp_path):
    path, md5 = chart(tmp_path)
    before = {item: md5_order(sandbox, item) for item in (102, 103)}
    dry = batch(sandbox, "add", str(path), "--at", "2", "--items", "102,103", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "plentymarkets item 102: would add size-chart.png as image 2 of 13" in dry.stdout
    assert sandbox.state.count("POST", "/rest/items/102/images/upload") == 0
    run = batch(sandbox, "add", str(path), "--at", "2", "--items", "102,103")
    assert run.returncode == 0, run.stderr
    for item in (102, 103):
        assert md5_order(sandbox, item) == [before[item][0], md5, *before[item][1:]]
    again = batch(sandbox, "add", str(path), "--at", "2", "--items", "102,103")
    assert again.returncode == 0
    assert again.stdout.count(": skipped ") == 2 and ": uploaded " not in again.stdout
    assert md5_order(sandbox, 102).count(md5) == 1


def test_add_on_autoscout24_refuses_a_full_vehicle_and_exits_1(sandbox, tmp_path):
    path, _md5 = chart(tmp_path)
    result = batch(sandbox, "add", str(path), "--at", "1", "--items",
                   f"{VEHICLE_SMALL},{VEHICLE_FULL}", market="autoscout24")  # fmt: skip
    assert result.returncode == 1
    assert f"AutoScout24 vehicle {VEHICLE_FULL}: refused" in result.stdout
    assert f"AutoScout24 vehicle {VEHICLE_SMALL}: uploaded" in result.stdout
    assert len(sandbox.state.vehicle_order(VEHICLE_SMALL)) == 7
    assert "1 failed" in result.stdout


def test_remove_deletes_it_everywhere_and_the_next_image_becomes_main(sandbox, tmp_path):
    path, md5 = chart(tmp_path)
    before = md5_order(sandbox, 102)
    assert batch(sandbox, "add", str(path), "--at", "1", "--items", "102,103").returncode == 0
    assert md5_order(sandbox, 102)[0] == md5
    dry = batch(sandbox, "remove", "--md5", md5.upper(), "--items", "102,103,104", "--dry-run")
    assert "plentymarkets item 102: would remove image" in dry.stdout
    assert "(the main image; the next one becomes main)" in dry.stdout
    assert "plentymarkets item 104: nothing to remove" in dry.stdout
    assert sandbox.state.count("DELETE") == 0
    run = batch(sandbox, "remove", "--md5", md5, "--items", "102,103,104")
    assert run.returncode == 0, run.stderr
    assert md5_order(sandbox, 102) == before and md5 not in md5_order(sandbox, 103)


def test_remove_names_a_bad_hash(sandbox):
    result = batch(sandbox, "remove", "--md5", "xyz", "--all")
    assert result.returncode == 2 and "--md5 'xyz' is not an MD5" in result.stderr


def test_main_picks_the_first_image_whose_name_matches_in_any_language(sandbox):
    with sandbox.state.lock:
        wanted = next(
            i.id for i in sandbox.state.item_images(102)
            if any(n.name.endswith("Ansicht 5") for n in i.names.values())
        )  # fmt: skip
    result = batch(sandbox, "main", "--match", "*ANSICHT 5", "--search", "Becher")
    assert result.returncode == 0, result.stderr
    assert "plentymarkets item 102 (" in result.stdout and "is now the main image" in result.stdout
    assert sandbox.state.plenty_order(102)[0] == wanted
    again = batch(sandbox, "main", "--match", "*ansicht 5", "--items", "102,103")
    assert f"image {wanted} is already the main image" in again.stdout
    assert "plentymarkets item 103: no image matches *ansicht 5" in again.stdout
