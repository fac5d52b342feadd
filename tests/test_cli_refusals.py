"""What the `imagedeck` command says when it cannot start the work: one line on stderr
naming what is missing, exit status 2, nothing sent (no server is even needed)."""

from __future__ import annotations

import pytest

from imagedeck.cli.main import main

NOWHERE = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def no_secrets_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "IMAGEDECK_PASSWORD",
        "IMAGEDECK_TOKEN",
        "IMAGEDECK_CLIENT_ID",
        "IMAGEDECK_CLIENT_SECRET",
        "IMAGEDECK_REFRESH_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("imagedeck: ") and err.count("\n") == 1
    return err.removeprefix("imagedeck: ").strip()


def test_plentymarkets_needs_an_address_and_a_user(capsys) -> None:
    message = refused(capsys, "order", "show", "plentymarkets", "--item", "101")
    assert message == "give --base-url and --username, or --connection NAME"


def test_plentymarkets_password_comes_from_the_environment_only(capsys) -> None:
    argv = ["order", "show", "plentymarkets", "--item", "101"]
    message = refused(capsys, *argv, "--base-url", NOWHERE, "--username", "demo")
    assert "IMAGEDECK_PASSWORD" in message


def test_autoscout24_needs_a_token_or_client_credentials(capsys) -> None:
    message = refused(capsys, "order", "show", "autoscout24", "--vehicle", "v1")
    assert message == (
        "set IMAGEDECK_TOKEN, or IMAGEDECK_CLIENT_ID + IMAGEDECK_CLIENT_SECRET + "
        "IMAGEDECK_REFRESH_TOKEN"
    )


def test_images_add_counts_places_from_one(capsys, tmp_path) -> None:
    picture = tmp_path / "a.jpg"
    picture.write_bytes(b"not read: the place is checked first")
    argv = ["images", "add", "plentymarkets", "--item", "101", "--at", "0", str(picture)]
    assert refused(capsys, *argv) == "--at counts from 1 (the first place)"


def test_a_listing_for_the_window_needs_a_connection(capsys) -> None:
    assert refused(capsys, "--item", "101") == "--item and --vehicle need --connection NAME"
