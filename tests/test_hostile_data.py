"""Unexpected data is an error message, never a traceback: `imagedeck order show|set` against
a shop whose answers do not fit (nulls in the image list, string ids, wrong shapes, cut-off
JSON, HTML pages), for both marketplaces. Each message names the listing, the field and what
was expected; none is a traceback, and a save that cannot be planned sends nothing.
"""

from __future__ import annotations

import asyncio

import pytest

from hostile_server import Reply, as24, image, plenty
from imagedeck.model.image import ListingRef

pytest_plugins = ["hostile_fixtures"]

IMAGES = "/rest/items/101/images"


def _one_clean_line(code: int, err: str) -> str:
    assert code == 1, err
    assert "Traceback" not in err and "Error:" not in err.split("imagedeck:")[0]
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        ([image(11, 0), None], "image record 2 is null; expected an image record"),
        ([image(11, 0), 5], "image record 2 is 5"),
        (["x", image(11, 0)], "image record 1 is 'x'"),
        ([image("11", 0)], "image record 1, field 'id': expected a whole number, got '11'"),
        ([image(11, "first")], "field 'position': expected a whole number or null"),
        ([{**image(11, 0), "names": 5}], "field 'names': expected a list or null, got 5"),
        ([{**image(11, 0), "names": ["de"]}], "names entry 1: expected an object"),
        ({"entries": []}, "sent an object for the images of plentymarkets item 101"),
    ],
)
def test_image_lists_that_do_not_fit_are_named(hostile, run_cli, records, expected):
    hostile.on("GET", IMAGES, Reply(200, records))
    code, out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    line = _one_clean_line(code, err)
    assert expected in line and "item 101" in line and out == ""


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(200, b'[{"id": 11, "position": 0', {"Content-Type": "application/json"}),
         "cut-off or invalid JSON"),
        (Reply(200, "<html><body>Please log in</body></html>", {"Content-Type": "text/html"}),
         "a web page (HTML)"),
        (Reply(200, b""), "an empty answer"),
    ],
)  # fmt: skip
def test_cut_off_json_html_and_empty_answers_are_named(hostile, run_cli, reply, expected):
    hostile.on("GET", IMAGES, reply)
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    line = _one_clean_line(code, err)
    assert expected in line and "images of plentymarkets item 101" in line


def test_string_ids_then_order_set_sends_nothing(hostile, run_cli):
    hostile.on("GET", IMAGES, Reply(200, [image("11", 0), image("12", 1)]))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "12"))
    assert "field 'id': expected a whole number" in _one_clean_line(code, err)
    assert hostile.count("PUT") == 0


def test_wrong_variation_links_are_named(hostile, run_cli):
    hostile.on("GET", "/rest/items/101/variation_images", Reply(200, [{"imageId": "x"}]))

    from imagedeck.marketplaces.plentymarkets.client import PlentyClient

    async def read():
        client = PlentyClient(hostile.base_url, "seller", "pw-1234567")
        try:
            return await client.load_with_details(ListingRef("plentymarkets", "101"))
        finally:
            await client.aclose()

    from imagedeck.marketplaces.errors import DataError

    with pytest.raises(
        DataError, match="variation link 1 of plentymarkets item 101 with field 'imageId'"
    ):
        asyncio.run(read())


AS24_ENV = {"IMAGEDECK_CLIENT_ID": "dealer", "IMAGEDECK_CLIENT_SECRET": "cs-SECRET-5555555"}


@pytest.mark.parametrize(
    ("route", "reply", "expected"),
    [
        ("/vehicles/7/images", Reply(200, {"_data": {"images": [None]}}), "image record 1 is null"),
        ("/vehicles/7/images", Reply(200, {"_data": {"images": [{"id": 5.5}]}}), "field 'id'"),
        ("/vehicles/7/images", Reply(200, {"_data": {"images": "x"}}), "expected a list"),
        ("/vehicles/7/imageorder", Reply(200, {"_data": {"imageOrder": [None]}}),
         "place 1 is null"),
        ("/vehicles/7/imageorder", Reply(200, {"_data": 5}), "expected an object"),
        ("/vehicles/7/imageorder", Reply(200, "<html>proxy</html>", {"Content-Type": "text/html"}),
         "a web page (HTML)"),
        ("/vehicles/7/imageorder", Reply(200, b'{"_data": {"imageOr'), "cut-off or invalid JSON"),
        ("/vehicles/7/imageorder", Reply(200, [1, 2]), "no envelope"),
    ],
)  # fmt: skip
def test_autoscout24_data_that_does_not_fit_is_named(
    hostile, run_cli, monkeypatch, route, reply, expected
):
    for name, value in AS24_ENV.items():
        monkeypatch.setenv(name, value)
    hostile.on("GET", route, reply)
    code, _out, err = run_cli("order", "show", *as24(hostile, "--vehicle", "7"))
    line = _one_clean_line(code, err)
    assert expected in line


@pytest.mark.expected_errors(r"unexpected error")
def test_a_bug_is_one_line_not_a_traceback(hostile, run_cli, monkeypatch):
    from imagedeck.marketplaces.plentymarkets import client

    def broken(_records):
        raise KeyError("boom")

    monkeypatch.setattr(client, "display_order", broken)
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    line = _one_clean_line(code, err)
    assert line.startswith("imagedeck: unexpected error (KeyError")


@pytest.mark.expected_errors(r"unexpected error")
def test_the_window_error_report_shows_a_marketplace_error_without_traceback(qtbot):
    from imagedeck.marketplaces.errors import DataError
    from imagedeck.ui.dialogs.error_report import ErrorReporter

    reporter = ErrorReporter()
    try:
        raise DataError("plentymarkets sent image data ImageDeck cannot use for item 101")
    except DataError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    text = reporter.dialog.report.toPlainText()
    reporter.dialog.close()
    assert "item 101" in text and "Traceback" not in text
