"""Connection profiles: validated, saved without secrets, secrets in the keyring and
following the profile through rename and removal; a broken file never stops the app."""

from __future__ import annotations

import json

import pytest

from imagedeck.connections.keyring_secrets import (
    CLIENT_SECRET,
    PASSWORD,
    REFRESH_TOKEN,
    SERVICE,
    SecretStore,
)
from imagedeck.connections.store import (
    ConnectionsStore,
    Profile,
    ProfileError,
    validate_base_url,
)
from imagedeck.marketplaces.tokens import Tokens

pytest_plugins = ["memory_keyring"]

SHOP = Profile("My shop", "plentymarkets", "https://shop.example.com/", username="editor")
DEALER = Profile("Dealer", "autoscout24", "https://api.autoscout24.com", client_id="cid")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://shop.example.com/", ""),
        ("http://127.0.0.1:8123", ""),
        ("http://localhost:8000", ""),
        ("http://[::1]:8000", ""),
        ("http://shop.example.com", "must use https://"),
        ("ftp://shop.example.com", "not a web address"),
        ("shop.example.com", "not a web address"),
        ("", "enter your system's address"),
    ],
)
def test_base_url_rules(url: str, problem: str) -> None:
    if problem:
        with pytest.raises(ProfileError, match=problem) as refused:
            validate_base_url(url)
        assert str(refused.value).startswith("Base URL")
    else:
        assert validate_base_url(url) == url.rstrip("/")


def test_secrets_go_to_the_keyring_and_never_to_the_file(memory_keyring, private_data_dir):
    store = ConnectionsStore(SecretStore())
    store.save(SHOP, {PASSWORD: "pw-123456"})
    store.save(DEALER, {CLIENT_SECRET: "cs-123456", REFRESH_TOKEN: "rt-123456"})
    text = (private_data_dir / "connections.json").read_text()
    assert "123456" not in text and json.loads(text)["connections"][0]["name"] == "My shop"
    assert memory_keyring.values == {
        (SERVICE, "My shop:password"): "pw-123456",
        (SERVICE, "Dealer:client_secret"): "cs-123456",
        (SERVICE, "Dealer:refresh_token"): "rt-123456",
    }
    again = ConnectionsStore(SecretStore())  # next start
    assert [p.name for p in again.profiles()] == ["Dealer", "My shop"]
    assert again.connection("My shop").password == "pw-123456"
    assert again.connection("My shop").base_url == "https://shop.example.com"


def test_rotated_refresh_token_replaces_the_stored_one(memory_keyring):
    store = ConnectionsStore(SecretStore())
    store.save(DEALER, {CLIENT_SECRET: "cs", REFRESH_TOKEN: "rt-old"})
    connection = store.connection("Dealer")
    connection.tokens.set(Tokens("access-1", "rt-new"))
    assert memory_keyring.values[(SERVICE, "Dealer:refresh_token")] == "rt-new"


def test_rename_moves_secrets_and_remove_deletes_them(memory_keyring):
    store = ConnectionsStore(SecretStore())
    store.save(SHOP, {PASSWORD: "pw"})
    store.save(Profile("Shop DE", **_rest(SHOP)), {PASSWORD: ""}, old_name="My shop")
    assert [p.name for p in store.profiles()] == ["Shop DE"]
    assert memory_keyring.values == {(SERVICE, "Shop DE:password"): "pw"}
    store.remove("Shop DE")
    assert store.profiles() == [] and memory_keyring.values == {}
    with pytest.raises(ProfileError, match="No saved connection named 'Shop DE'"):
        store.remove("Shop DE")


def test_names_must_be_unique_and_fields_complete(memory_keyring):
    store = ConnectionsStore(SecretStore(), demo_base_url="http://127.0.0.1:9")
    store.save(SHOP, {})
    with pytest.raises(ProfileError, match="exists already"):
        store.save(Profile("My shop", **_rest(SHOP)), {}, old_name="Other")
    with pytest.raises(ProfileError, match="built-in demo"):
        store.save(Profile("Demo plentymarkets", **_rest(SHOP)), {})
    with pytest.raises(ProfileError, match="User name"):
        store.save(Profile("X", "plentymarkets", "https://a.example"), {})
    with pytest.raises(ProfileError, match="Client id"):
        store.save(Profile("Y", "autoscout24", "https://a.example"), {})
    with pytest.raises(ProfileError, match="No connection named 'Nope'"):
        store.get("Nope")


def test_demo_profiles_need_no_secrets(memory_keyring):
    store = ConnectionsStore(SecretStore(), demo_base_url="http://127.0.0.1:9")
    demo = store.get("Demo AutoScout24")
    assert demo.demo and store.missing_secrets(demo) == []
    assert store.connection(demo).client_secret == "demo"
    assert memory_keyring.values == {}


def test_a_damaged_file_gives_no_profiles(memory_keyring, private_data_dir):
    (private_data_dir / "connections.json").write_text('{"connections": [{"name": 3}, "x"]')
    assert ConnectionsStore(SecretStore()).profiles() == []
    (private_data_dir / "connections.json").write_text(
        '{"connections": [{"name": "A", "marketplace": "plentymarkets",'
        ' "base_url": "http://evil.example", "username": "u"}]}'
    )
    assert ConnectionsStore(SecretStore()).profiles() == []


def test_without_keyring_secrets_stay_in_memory(no_keyring, private_data_dir):
    secrets = SecretStore()
    assert not secrets.available and "keyring" in secrets.problem
    store = ConnectionsStore(secrets)
    store.save(SHOP, {PASSWORD: "pw-in-memory"})
    assert store.connection("My shop").password == "pw-in-memory"
    assert not any(b"pw-in-memory" in p.read_bytes() for p in private_data_dir.rglob("*.*"))
    assert ConnectionsStore(SecretStore()).missing_secrets(SHOP) == [PASSWORD]


def _rest(profile: Profile) -> dict:
    return {
        "marketplace": profile.marketplace,
        "base_url": profile.base_url,
        "username": profile.username,
        "client_id": profile.client_id,
    }
