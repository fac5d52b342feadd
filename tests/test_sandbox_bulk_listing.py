"""Bulk items for large-listing tests and the grid benchmark: every record a real JPEG at
each rendition, with its own URL and checksum, found in constant time, gone when deleted."""

from __future__ import annotations

import httpx
import pytest

from imagedeck.sandbox.bulk_listing import add_bulk_item
from imagedeck.sandbox.server import SandboxServer

pytest_plugins = ["sandbox_fixtures"]


def test_bulk_item_lists_and_serves_every_image(
    server: SandboxServer, http: httpx.Client, plenty: dict[str, str]
) -> None:
    add_bulk_item(server.state, 960, 120)
    records = http.get("/rest/items/960/images", headers=plenty).json()
    assert len(records) == 120
    assert sorted(r["position"] for r in records) == list(range(1, 121))
    assert len({r["md5Checksum"] for r in records}) == 120
    assert len({r["urlPreview"] for r in records}) == 120
    for record in (records[0], records[57], records[-1]):
        for key in ("urlPreview", "urlSecondPreview", "urlMiddle", "url"):
            answer = http.get(record[key])
            assert answer.status_code == 200, (key, answer.text)
            assert answer.content[:2] == b"\xff\xd8", "a JPEG"


def test_deleted_bulk_image_file_is_gone(
    server: SandboxServer, http: httpx.Client, plenty: dict[str, str]
) -> None:
    add_bulk_item(server.state, 961, 5)
    record = http.get("/rest/items/961/images", headers=plenty).json()[2]
    assert http.get(record["urlPreview"]).status_code == 200
    deleted = http.delete(f"/rest/items/961/images/{record['id']}", headers=plenty)
    assert deleted.status_code == 200, deleted.text
    assert http.get(record["urlPreview"]).status_code == 404


def test_bulk_item_refuses_bad_input(server: SandboxServer) -> None:
    with pytest.raises(ValueError, match="item 101 exists"):
        add_bulk_item(server.state, 101, 3)
    with pytest.raises(ValueError, match="cannot have -1 images"):
        add_bulk_item(server.state, 962, -1)
