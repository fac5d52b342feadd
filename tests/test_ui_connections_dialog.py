"""The Connections dialog against the real sandbox: add a connection, test it (right and wrong
password, with the server's own message), sign in to AutoScout24 through the code flow, and
check where the secrets went: into the keyring backend, never into a file."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

import qt_support as async_support
from imagedeck.connections.keyring_secrets import SERVICE, SecretStore
from imagedeck.connections.store import ConnectionsStore
from imagedeck.ui.dialogs.connections_dialog import ConnectionsDialog
from imagedeck.ui.dialogs.questions import Choice

pytest_plugins = ["memory_keyring"]

PASSWORD = "s3cret-Pa55word!"


def files_containing(folder: Path, text: str) -> list[Path]:
    return [
        path for path in folder.rglob("*") if path.is_file() and text.encode() in path.read_bytes()
    ]


@pytest.fixture
def dialog(qasync_loop, qtbot: QtBot, sandbox, memory_keyring):
    store = ConnectionsStore(SecretStore(), demo_base_url=sandbox.base_url)
    dialog = ConnectionsDialog(store)
    dialog.ask_save = lambda *_a: Choice.DISCARD  # closing never waits on a real question
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_plenty(dialog: ConnectionsDialog, base_url: str, password: str) -> None:
    dialog.add_plenty.click()
    editor = dialog.editor
    editor.name.setText("My shop")
    editor.base_url.setText(base_url)
    editor.username.setText("editor")
    editor.password.setText(password)


def test_added_connection_tests_ok_and_its_password_is_only_in_the_keyring(
    qtbot, dialog, sandbox, memory_keyring, private_data_dir
) -> None:
    add_plenty(dialog, sandbox.base_url, "demo")
    dialog.editor.username.setText("demo")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Logged in" in dialog.message.text(), timeout=20000)
    assert dialog.save_clicked() is not None
    assert memory_keyring.values[(SERVICE, "My shop:password")] == "demo"
    assert "My shop — plentymarkets" in [
        dialog.list.item(row).text() for row in range(dialog.list.count())
    ]
    dialog.editor.password.setText(PASSWORD)
    dialog.save_clicked()
    assert memory_keyring.values[(SERVICE, "My shop:password")] == PASSWORD
    assert files_containing(private_data_dir, PASSWORD) == []
    saved = (private_data_dir / "connections.json").read_text()
    assert '"username": "demo"' in saved and "password" not in saved


def test_wrong_password_shows_the_servers_message(qtbot, dialog, sandbox) -> None:
    add_plenty(dialog, sandbox.base_url, "wrong")
    dialog.editor.username.setText("demo")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "incorrect" in dialog.message.text(), timeout=20000)
    text = dialog.message.text()
    assert "The user credentials were incorrect" in text and "invalid_credentials" in text
    assert "Check the connection's credentials" in text


def test_plain_http_is_refused_except_on_loopback(dialog) -> None:
    add_plenty(dialog, "http://shop.example.com", "x")
    assert dialog.save_clicked() is None
    assert "Base URL" in dialog.message.text() and "https" in dialog.message.text()


def test_as24_sign_in_stores_the_refresh_token_and_rotation_replaces_it(
    qasync_loop, qtbot, dialog, sandbox, memory_keyring, private_data_dir
) -> None:
    opened: list[str] = []
    dialog.open_url = opened.append
    dialog.add_as24.click()
    editor = dialog.editor
    editor.name.setText("Dealer")
    editor.base_url.setText(sandbox.base_url)
    editor.client_id.setText("demo")
    editor.client_secret.setText("demo")
    dialog.sign_in_button.click()
    assert opened and "/auth/oauth/v2/authorize?" in opened[0]
    # The browser's part: the sandbox signs in at once and redirects with the code.
    answer = httpx.get(opened[0], follow_redirects=False)
    assert answer.status_code == 302
    dialog.pasted_code.setText(answer.headers["location"])
    dialog.finish_sign_in.click()
    qtbot.waitUntil(lambda: "Signed in" in dialog.message.text(), timeout=20000)
    assert dialog.save_clicked() is not None
    first = memory_keyring.values[(SERVICE, "Dealer:refresh_token")]
    assert first and memory_keyring.values[(SERVICE, "Dealer:client_secret")] == "demo"

    # Using it refreshes: AutoScout24 rotates the token, the keyring must follow.
    connection = dialog.store.connection("Dealer")
    async_support.run(qtbot, _list_vehicles(connection))
    second = memory_keyring.values[(SERVICE, "Dealer:refresh_token")]
    assert second and second != first
    assert files_containing(private_data_dir, second) == []
    assert files_containing(private_data_dir, first) == []


async def _list_vehicles(connection) -> None:
    client = connection.open_client()
    try:
        await client.list_listings()
    finally:
        await client.aclose()


def test_pasted_address_of_another_sign_in_is_refused(dialog, sandbox) -> None:
    dialog.open_url = lambda _url: None
    dialog.add_as24.click()
    dialog.editor.name.setText("Dealer")
    dialog.editor.base_url.setText(sandbox.base_url)
    dialog.editor.client_id.setText("demo")
    dialog.sign_in_button.click()
    dialog.pasted_code.setText("https://localhost/imagedeck/signed-in?code=abc&state=other")
    dialog.finish_sign_in.click()
    assert "another sign-in" in dialog.message.text()


def test_demo_connections_are_listed_and_usable(qtbot, dialog) -> None:
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert names[:2] == [
        "Demo plentymarkets (demo)",
        "Demo AutoScout24 (demo)",
    ]
    dialog.select("Demo AutoScout24")
    with qtbot.waitSignal(dialog.connection_chosen) as chosen:
        dialog.use_button.click()
    assert chosen.args[0].marketplace == "autoscout24"


def test_without_a_keyring_the_secret_is_asked_for_and_not_written(
    qtbot, sandbox, no_keyring, private_data_dir
) -> None:
    store = ConnectionsStore(SecretStore(), demo_base_url=sandbox.base_url)
    dialog = ConnectionsDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.keyring_note.isHidden()
    add_plenty(dialog, sandbox.base_url, PASSWORD)
    assert dialog.save_clicked() is not None
    assert files_containing(private_data_dir, PASSWORD) == []
    # Next session: a fresh store knows the profile but not the password; "Use" asks.
    dialog2 = ConnectionsDialog(ConnectionsStore(SecretStore(), demo_base_url=sandbox.base_url))
    qtbot.addWidget(dialog2)
    asked: list[tuple[str, str]] = []
    dialog2.ask_secret = lambda name, kind: asked.append((name, kind)) or PASSWORD
    dialog2.select("My shop")
    with qtbot.waitSignal(dialog2.connection_chosen) as chosen:
        dialog2.use_button.click()
    assert asked == [("My shop", "password")]
    assert chosen.args[0].password == PASSWORD


def test_test_works_before_a_name_and_network_errors_are_words(qtbot, dialog, sandbox) -> None:
    """Issue 15: Test first asked for a name, and an unreachable server read
    "ConnectError"."""
    add_plenty(dialog, sandbox.base_url, "demo")
    dialog.editor.name.clear()
    dialog.editor.username.setText("demo")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Logged in" in dialog.message.text(), timeout=20000)
    dialog.editor.base_url.setText("http://127.0.0.1:9")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Could not reach" in dialog.message.text(), timeout=20000)
    text = dialog.message.text()
    assert "no connection" in text and "Error" not in text.split("\n")[0]


def test_closing_asks_before_throwing_away_a_new_connection(qtbot, dialog, sandbox) -> None:
    asked: list[str] = []
    answers = [Choice.CANCEL, Choice.SAVE]
    dialog.ask_save = lambda _parent, name: asked.append(name) or answers.pop(0)
    add_plenty(dialog, sandbox.base_url, "demo")
    dialog.reject()  # Close, Escape or the window's ✕
    assert asked == ["My shop"] and dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.store.get("My shop").username == "editor"
    dialog.editor.password.clear()  # the saved password stays in the keyring
    dialog.show()
    dialog.reject()  # nothing unsaved now: closes without asking
    assert asked == ["My shop", "My shop"] and not dialog.isVisible()
