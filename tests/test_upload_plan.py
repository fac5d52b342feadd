"""The pre-checks of an upload (`sync/upload_plan.py`), without Qt, and the CLI using them.

The window answers the plan's questions with dialogs, `imagedeck images add` from its
options; both get their refusals from the same plan, so a file is refused with the same
words in both.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from imagedeck.marketplaces.registry import capabilities_of
from imagedeck.sync.add_images import check_files
from imagedeck.sync.upload_plan import (
    AnsweredQuestions,
    Duplicate,
    Refusal,
    UploadPlan,
    beyond_limit_reason,
    plan_upload,
)
from imagedeck.uploads.validate import check_file

IMAGES = Path(__file__).parent / "data" / "testimages"
PLENTY, AS24 = "plentymarkets", "autoscout24"


class Asked:
    """Questions answered as a seller would, remembering what was asked."""

    def __init__(self, *, convert: bool = False, duplicates: bool = False) -> None:
        self.answers = (convert, duplicates)
        self.convert_names: list[list[str]] = []
        self.duplicate_lines: list[list[str]] = []

    def convert(self, names: Sequence[str]) -> bool:
        self.convert_names.append(list(names))
        return self.answers[0]

    def upload_duplicates(self, duplicates: Sequence[Duplicate[Any]]) -> bool:
        self.duplicate_lines.append([dupe.line() for dupe in duplicates])
        return self.answers[1]


def files_in(tmp_path: Path, *names: str) -> list[tuple[str, Path]]:
    for name in names:
        shutil.copy(IMAGES / name, tmp_path / name)
    return [(f"key-{k}", tmp_path / name) for k, name in enumerate(names)]


def plan(marketplace: str, files, questions, **kwargs) -> UploadPlan[str]:
    async def check(paths, convert: bool):
        return await check_files(paths, marketplace, convert=convert)

    return asyncio.run(
        plan_upload(
            marketplace,
            capabilities_of(marketplace),
            files,
            check=check,
            questions=questions,
            **kwargs,
        )
    )


def test_a_broken_file_is_refused_by_name_and_the_others_go_on(tmp_path: Path) -> None:
    files = files_in(tmp_path, "hopper.jpg", "truncated_jpeg.jpg", "hopper.png")
    heard: list[Refusal[str]] = []
    result = plan(PLENTY, files, Asked(), on_refused=heard.append)
    assert [key for key, _ in result.accepted] == ["key-0", "key-2"]
    assert [(r.key, r.path.name) for r in result.refused] == [("key-1", "truncated_jpeg.jpg")]
    assert heard == result.refused and result.refused[0].reason


def test_a_gif_for_autoscout24_is_converted_only_when_the_answer_is_yes(tmp_path: Path) -> None:
    files = files_in(tmp_path, "hopper.gif", "hopper.jpg")
    yes = Asked(convert=True)
    converted = plan(AS24, files, yes)
    assert yes.convert_names == [["hopper.gif"]]
    assert [key for key, _ in converted.accepted] == ["key-0", "key-1"]  # the given order
    assert converted.accepted[0][1].format == "jpg" and not converted.refused

    no = Asked(convert=False)
    declined = plan(AS24, files, no)
    assert [key for key, _ in declined.accepted] == ["key-1"]
    [refusal] = declined.refused
    assert refusal.reason.startswith("AutoScout24 accepts only JPG and PNG")


def test_plentymarkets_is_never_asked_to_convert(tmp_path: Path) -> None:
    asked = Asked(convert=True)
    result = plan(PLENTY, files_in(tmp_path, "hopper.gif"), asked)
    assert asked.convert_names == [] and len(result.accepted) == 1


def test_duplicates_are_asked_about_then_skipped_or_kept(tmp_path: Path) -> None:
    files = files_in(tmp_path, "hopper.jpg", "flower.jpg")
    twin = tmp_path / "again.jpg"
    shutil.copy(IMAGES / "flower.jpg", twin)
    files.append(("key-2", twin))
    md5 = check_file(files[0][1], PLENTY).md5
    listed = [("1001", "aa"), ("1002", md5.upper())]  # checksums compare without case

    skip = Asked(duplicates=False)
    skipped = plan(PLENTY, files, skip, listed=listed)
    assert skip.duplicate_lines == [
        [
            "hopper.jpg: already on this listing as image 2",
            "again.jpg: the same picture as flower.jpg",
        ]
    ]
    assert [key for key, _ in skipped.accepted] == ["key-1"]
    assert [(d.key, d.existing, d.place) for d in skipped.skipped] == [
        ("key-0", "1002", 2),
        ("key-2", "", 0),
    ]

    keep = plan(PLENTY, files, Asked(duplicates=True), listed=listed)
    assert [key for key, _ in keep.accepted] == ["key-0", "key-1", "key-2"] and not keep.skipped


def test_the_image_limit_refuses_the_files_beyond_it(tmp_path: Path) -> None:
    paths = []
    for k in range(4):
        path = tmp_path / f"photo {k}.jpg"
        Image.new("RGB", (32, 24), (k * 40, 10, 200 - k * 40)).save(path)
        paths.append((f"key-{k}", path))
    listed = [(str(n), "") for n in range(27)]  # 27 of AutoScout24's 30, 1 more on its way
    result = plan(AS24, paths, AnsweredQuestions(), listed=listed, queued=1)
    assert [key for key, _ in result.accepted] == ["key-0", "key-1"]
    reason = beyond_limit_reason(AS24, 30, 27, 2)
    assert (
        str(reason) == "AutoScout24 allows at most 30 images per listing: it has 27, so 2 more fit"
    )
    assert [(r.key, r.reason) for r in result.refused] == [("key-2", reason), ("key-3", reason)]


def test_the_cli_refuses_a_file_as_the_window_does(sandbox, tmp_path: Path) -> None:
    """A GIF the seller does not let convert: the window's plan (the dialog answers no)
    and `imagedeck images add` without --convert refuse it with the same words."""
    vehicle = next(v for v in sandbox.state.vehicles if len(sandbox.state.vehicle_order(v)) == 6)
    [(_, gif)] = files_in(tmp_path, "hopper.gif")
    [window_refusal] = plan(AS24, [("tile", gif)], Asked(convert=False)).refused
    result = subprocess.run(
        [sys.executable, "-m", "imagedeck", "images", "add", "autoscout24"]
        + ["--base-url", sandbox.base_url, "--vehicle", vehicle, str(gif)],
        capture_output=True,
        text=True,
        env={**os.environ, "IMAGEDECK_CLIENT_ID": "demo", "IMAGEDECK_CLIENT_SECRET": "demo"},
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"refused {gif}: {window_refusal.reason}"]
    assert len(sandbox.state.vehicle_order(vehicle)) == 6
