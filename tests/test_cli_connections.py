"""Saved connections on the command line: `order` commands with `--connection NAME` (secrets
from the keyring, or the environment without one), and which connection and listing plain
`imagedeck` opens."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from imagedeck.cli.connections import ConnectionChoiceError, window_choice
from imagedeck.cli.main import main
from imagedeck.connections.keyring_secrets import CLIENT_SECRET, PASSWORD, SecretStore
from imagedeck.connections.store import ConnectionsStore, Profile
from imagedeck.model.image import ListingRef
from imagedeck.settings import RecentListing, Settings

pytest_plugins = ["memory_keyring"]


def save_shop(base_url: str, password: str = "demo") -> ConnectionsStore:
    store = ConnectionsStore(SecretStore())
    store.save(Profile("My shop", "plentymarkets", base_url, username="demo"), {PASSWORD: password})
    return store


def test_order_show_with_a_saved_connection_reads_the_keyring(
    sandbox, memory_keyring, capsys, monkeypatch
) -> None:
    monkeypatch.delenv("IMAGEDECK_PASSWORD", raising=False)
    save_shop(sandbox.base_url)
    code = main(["order", "show", "plentymarkets", "--connection", "My shop", "--item", "101"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [int(x) for x in out.split()] == sandbox.state.plenty_order(101)


def test_order_set_with_a_saved_as24_connection(sandbox, memory_keyring, capsys) -> None:
    from imagedeck.sandbox.demo import VEHICLE_FULL

    store = ConnectionsStore(SecretStore())
    store.save(
        Profile("Dealer", "autoscout24", sandbox.base_url, client_id="demo"),
        {CLIENT_SECRET: "demo"},
    )
    order = sandbox.state.vehicle_order(VEHICLE_FULL)
    args = ["order", "set", "autoscout24", "--connection", "Dealer", "--vehicle", VEHICLE_FULL]
    assert main([*args, order[-1]]) == 0, capsys.readouterr().err
    assert sandbox.state.vehicle_order(VEHICLE_FULL)[0] == order[-1]


def test_unknown_or_mismatched_connection_is_reported_by_name(
    sandbox, memory_keyring, capsys
) -> None:
    save_shop(sandbox.base_url)
    assert main(["order", "show", "plentymarkets", "--connection", "Nope", "--item", "1"]) == 2
    assert "No connection named 'Nope' (known: My shop)" in capsys.readouterr().err
    args = ["order", "show", "autoscout24", "--connection", "My shop", "--vehicle", "v"]
    assert main(args) == 2
    assert "is a plentymarkets connection, not autoscout24" in capsys.readouterr().err


def test_without_a_keyring_the_environment_supplies_the_secret(sandbox, private_data_dir):
    """A real process on this machine (no secret service): the profile is saved, the
    password comes from IMAGEDECK_PASSWORD as for the other commands."""
    script = (
        "from imagedeck.connections.store import *\n"
        "from imagedeck.connections.keyring_secrets import *\n"
        "import keyring; from keyring.backends import fail; keyring.set_keyring(fail.Keyring())\n"
        f"ConnectionsStore().save(Profile('My shop', 'plentymarkets', {sandbox.base_url!r},"
        " username='demo'), {})\n"
    )
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    command = [sys.executable, "-m", "imagedeck", "order", "show", "plentymarkets"]
    command += ["--connection", "My shop", "--item", "101"]
    missing = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 2
    assert "no password for 'My shop'" in missing.stderr and "IMAGEDECK_PASSWORD" in missing.stderr
    env["IMAGEDECK_PASSWORD"] = "demo"
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [int(x) for x in result.stdout.split()] == sandbox.state.plenty_order(101)


def _args(**values) -> argparse.Namespace:
    base = {"connection": None, "item": None, "variation": None, "vehicle": None}
    return argparse.Namespace(**{**base, **values})


def test_plain_start_opens_the_last_connection_and_its_last_listing(memory_keyring) -> None:
    store = save_shop("https://shop.example.com")
    settings = Settings()
    assert window_choice(_args(), store, settings) is None  # nothing used yet: the demo
    settings.remember_listing(RecentListing("My shop", "plentymarkets", "7", "70"))
    settings.remember_listing(RecentListing("Demo plentymarkets", "plentymarkets", "101"))
    assert window_choice(_args(), store, settings) is None  # the demo was used last
    settings.remember_listing(RecentListing("My shop", "plentymarkets", "8"))
    profile, listing = window_choice(_args(), store, settings)
    assert profile.name == "My shop" and listing == ListingRef("plentymarkets", "8")


def test_connection_and_listing_from_options(memory_keyring) -> None:
    store = save_shop("https://shop.example.com")
    settings = Settings()
    profile, listing = window_choice(
        _args(connection="My shop", item="5", variation="51"), store, settings
    )
    assert listing == ListingRef("plentymarkets", "5", "51")
    with pytest.raises(ConnectionChoiceError, match="is plentymarkets: use --item"):
        window_choice(_args(connection="My shop", vehicle="v1"), store, settings)
    with pytest.raises(ConnectionChoiceError, match="need --connection"):
        window_choice(_args(item="5"), store, settings)
    with pytest.raises(ConnectionChoiceError, match="No connection named 'X'"):
        window_choice(_args(connection="X"), store, settings)


def test_resume_of_a_save_made_on_a_saved_connection_reads_the_keyring(
    sandbox, memory_keyring, capsys, monkeypatch
) -> None:
    """A save the window started on "My shop" is finished by `imagedeck resume` with the
    password from the keyring; no environment variable is needed."""
    import asyncio

    from imagedeck.model.image import ListingRef
    from imagedeck.paths import journal_path
    from imagedeck.sync.engine import begin_journaled
    from imagedeck.sync.journal import Journal

    monkeypatch.delenv("IMAGEDECK_PASSWORD", raising=False)
    store = save_shop(sandbox.base_url)
    connection = store.connection("My shop")
    item = ListingRef("plentymarkets", "101")

    async def journal_a_save() -> list[str]:
        client = connection.open_client()
        try:
            loaded = await client.load_images(item)
            wanted = [i.id for i in loaded][::-1]
            with Journal(journal_path()) as journal:
                begin_journaled(
                    journal, connection, item, client.plan_order(item, loaded, wanted), wanted
                )
            return wanted
        finally:
            await client.aclose()

    wanted = asyncio.run(journal_a_save())
    code = main(["resume"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "finished" in out
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted
