"""File ▸ Connections…: add, edit, remove, test and choose the shops ImageDeck works on.

The list shows the demo connections (the built-in sandbox, ready to use) and the saved ones;
the form beside it edits the selected one. Secrets go from the form straight to the keyring
(`ConnectionsStore.save`), never to a file. "Test" and the AutoScout24 sign-in run on the
qasync loop, so the dialog stays responsive while the marketplace answers, and report the
marketplace's own message and code.

The sign-in: "Sign In in Browser…" opens AutoScout24's authorization page; after signing in
the browser lands on the redirect URI with ``?code=…`` in its address, which the seller
pastes into "Code or address" and finishes with "Finish Sign-in". The token that comes back
is a refresh token: it is put in the form and, for a saved connection, into the keyring at
once (the rotation hook), since the previous one dies on every refresh.

`open_url` and `ask_secret` are attributes so tests drive the flow without a browser or a
modal prompt.

Texts: `self.tr` here (context "ConnectionsDialog"); what the plain-Python helpers say
(refusals, test results, advice) arrives as marked `Text`s and is shown with `translated` /
`error_text`. One accelerator per letter across the buttons and the form beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from imagedeck.connections.check import (
    PastedCodeError,
    authorization_url,
    check_connection,
    code_from_paste,
    new_state,
    sign_in,
)
from imagedeck.connections.keyring_secrets import KINDS, REFRESH_TOKEN
from imagedeck.connections.store import (
    ConnectionsStore,
    Profile,
    ProfileError,
    connection_for,
    validate_profile,
)
from imagedeck.error_advice import describe
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import (
    AUTOSCOUT24,
    PLENTYMARKETS,
    display_name,
    marketplace_info,
)
from imagedeck.marketplaces.tokens import Tokens
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.ui.common.theme import label_style
from imagedeck.ui.common.translated import error_text, translated
from imagedeck.ui.dialogs.connection_editor import ConnectionEditor
from imagedeck.ui.dialogs.connections_layout import lay_out_connections_dialog
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.dialogs.secret_prompt import (
    ask_save_connection,
    ask_secret_dialog,
    secret_missing,
    secret_question,
)

__all__ = ["ConnectionsDialog", "ask_secret_dialog", "secret_missing", "secret_question"]

ProfileRole = Qt.ItemDataRole.UserRole + 1


class ConnectionsDialog(QDialog):
    connection_chosen = Signal(object)
    """A live `Connection` the user chose with "Use" (its secrets filled in)."""
    buttons: QDialogButtonBox  # made by lay_out_connections_dialog
    sign_in_row: QWidget  # made by lay_out_connections_dialog

    def __init__(self, store: ConnectionsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connections"))
        self.store = store
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.ask_secret: Callable[[str, str], str | None] = lambda name, kind: ask_secret_dialog(
            self, name, kind
        )
        self.ask_save = ask_save_connection  # an attribute, so tests answer without a box
        self.tasks = BackgroundTasks(
            on_error=lambda e: self._say(
                self.tr("Unexpected error: {error}").format(error=e), False
            )
        )
        self._sign_in_state = ""
        self._editing = ""  # name of the saved profile in the form; "" = new / demo

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Connections"))
        self.add_plenty = QPushButton(self.tr("Add &plentymarkets"))
        self.add_as24 = QPushButton(self.tr("Add &AutoScout24"))
        self.remove = QPushButton(self.tr("Remo&ve"))
        self.editor = ConnectionEditor()
        self.sign_in_button = QPushButton(self.tr("Sign In in Bro&wser…"))
        self.pasted_code = QLineEdit()
        self.pasted_code.setPlaceholderText(self.tr("Paste the code or the whole address here"))
        self.pasted_code.setAccessibleName(self.tr("Code or address after signing in"))
        self.finish_sign_in = QPushButton(self.tr("&Finish Sign-in"))
        self.test_button = QPushButton(self.tr("&Test"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.use_button = QPushButton(self.tr("&Use This Connection"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_note = QLabel(
            self.tr(
                "No system keyring is available: secrets you enter are kept only until "
                "ImageDeck quits, and asked for again next time. They are never written to disk."
            )
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not store.secrets.available)
        self._layout()
        self._connect()
        self.reload_list()

    # -- construction ------------------------------------------------------------------
    def _layout(self) -> None:
        lay_out_connections_dialog(self)  # connections_layout.py

    def _connect(self) -> None:
        self.list.currentItemChanged.connect(self._show_current)
        self.add_plenty.clicked.connect(lambda: self.start_new(PLENTYMARKETS))
        self.add_as24.clicked.connect(lambda: self.start_new(AUTOSCOUT24))
        self.remove.clicked.connect(self.remove_current)
        self.editor.marketplace.currentIndexChanged.connect(self._refresh_buttons)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.finish_sign_in.clicked.connect(self.finish_sign_in_clicked)
        self.test_button.clicked.connect(self.test_clicked)
        self.save_button.clicked.connect(self.save_clicked)
        self.use_button.clicked.connect(self.use_clicked)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _r: self.tasks.cancel_all())

    # -- list --------------------------------------------------------------------------
    def reload_list(self, select: str = "") -> None:
        self.list.clear()
        for profile in self.store.profiles():
            # Demo names already say their marketplace.
            label = f"{profile.name} — {display_name(profile.marketplace)}"
            demo = self.tr("{name} (demo)").format(name=profile.name)
            item = QListWidgetItem(demo if profile.demo else label)
            item.setToolTip(f"{label}\n{profile.base_url}")
            item.setData(ProfileRole, profile)
            self.list.addItem(item)
            if profile.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._refresh_buttons()

    def current_profile(self) -> Profile | None:
        item = self.list.currentItem()
        return item.data(ProfileRole) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ProfileRole).name == name:
                self.list.setCurrentRow(row)
                return
        raise ProfileError(
            self.tr("No connection named {name} in the list").format(name=repr(name))
        )

    def _show_current(self, *_args: object) -> None:
        profile = self.current_profile()
        self._clear_message()
        if profile is None:
            return
        stored = {k for k in KINDS if not profile.demo and self.store.secrets.get(profile.name, k)}
        self.editor.load(profile, stored)
        self.editor.setEnabled(not profile.demo)
        self._editing = "" if profile.demo else profile.name
        self._refresh_buttons()

    def start_new(self, marketplace: str) -> None:
        self.list.setCurrentRow(-1)  # no current item
        self.list.clearSelection()
        self._editing = ""
        self.editor.setEnabled(True)
        self.editor.start_new(marketplace)
        self._clear_message()
        self._refresh_buttons()

    def _refresh_buttons(self, *_args: object) -> None:
        profile = self.current_profile()
        demo = profile is not None and profile.demo and not self._editing_new()
        oauth = not marketplace_info(self.editor.current_marketplace()).signs_in_with_password
        self.sign_in_row.setVisible(oauth and not demo)
        self.save_button.setEnabled(not demo)
        self.remove.setEnabled(bool(self._editing))
        self.use_button.setEnabled(profile is not None)

    def _editing_new(self) -> bool:
        return self.list.currentItem() is None

    # -- commands ----------------------------------------------------------------------
    def save_clicked(self) -> Profile | None:
        """Save the form; answers the saved profile, or None after saying what is wrong."""
        try:
            profile = self.store.save(
                self.editor.profile(), self.editor.typed_secrets(), old_name=self._editing
            )
        except ProfileError as error:
            self._say(error_text(error), False)
            return None
        self._editing = profile.name
        self.reload_list(select=profile.name)
        self._say(self.tr("Saved “{name}”.").format(name=profile.name), True)
        return profile

    def remove_current(self) -> None:
        name = self._editing
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Connection"),
            self.tr("Remove “{name}” and delete its secrets from the keyring?").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_named(name)

    def remove_named(self, name: str) -> None:
        self.store.remove(name)
        self._editing = ""
        self.reload_list()
        self._say(self.tr("Removed “{name}”.").format(name=name), True)

    def form_connection(self) -> Connection:
        """A live connection from the form: typed secrets, else the stored ones."""
        profile = self.current_profile()
        if profile is not None and profile.demo:
            return self.store.connection(profile)
        # Test works before the connection has a name: the name only matters for saving.
        typed_profile = self.editor.profile()
        if not typed_profile.name.strip():
            typed_profile = replace(typed_profile, name=self.tr("new connection"))
        profile = validate_profile(typed_profile)
        typed = self.editor.typed_secrets()
        if self._editing and not any(typed.values()):
            saved = self.store.get(self._editing)
            if saved == profile:  # unchanged: share the live connection and its tokens
                return self.store.connection(saved)

        def secret(kind: str) -> str:
            known = self.store.secrets.get(self._editing, kind) if self._editing else ""
            return typed.get(kind) or known

        connection = connection_for(profile, secret)
        connection.tokens.on_rotate = self._token_rotated
        return connection

    def _token_rotated(self, tokens: Tokens) -> None:
        """A new AutoScout24 refresh token: into the form, and into the keyring when this
        connection is already saved (the old token is dead from now on)."""
        oauth = not marketplace_info(self.editor.current_marketplace()).signs_in_with_password
        if not tokens.refresh_token or not oauth:
            return
        self.editor.refresh_token.setText(tokens.refresh_token)
        if self._editing:
            self.store.secrets.set(self._editing, REFRESH_TOKEN, tokens.refresh_token)

    def test_clicked(self) -> None:
        try:
            connection = self.form_connection()
        except ProfileError as error:
            self._say(error_text(error), False)
            return
        self._run(check_connection(connection), self.tr("Testing…"))

    def start_sign_in(self) -> None:
        try:
            profile = validate_profile(self.editor.profile())
        except ProfileError as error:
            self._say(error_text(error), False)
            return
        self._sign_in_state = new_state()
        url = authorization_url(
            profile.base_url, profile.client_id, profile.redirect_uri, self._sign_in_state
        )
        self.open_url(url)
        self.pasted_code.setFocus()
        self._say(
            self.tr(
                "Sign in in the browser, then paste the address it shows (or the code) here "
                "and choose Finish Sign-in."
            ),
            True,
        )

    def finish_sign_in_clicked(self) -> None:
        try:
            code = code_from_paste(self.pasted_code.text(), self._sign_in_state or None)
            connection = self.form_connection()
        except (PastedCodeError, ProfileError) as error:
            self._say(error_text(error), False)
            return
        redirect = self.editor.profile().redirect_uri

        async def exchange() -> str:
            await sign_in(connection, code, redirect)
            self.pasted_code.clear()
            return self.tr("Signed in to AutoScout24. Save the connection to keep the new token.")

        self._run(exchange(), self.tr("Signing in…"))

    def use_clicked(self) -> None:
        """Emit `connection_chosen` with the selected saved or demo connection."""
        profile = self.current_profile()
        if profile is None:
            self._say(self.tr("Save the connection first, then use it."), False)
            return
        connection = self.connection_with_secrets(profile)
        if connection is not None:
            self.connection_chosen.emit(connection)
            self.accept()

    def connection_with_secrets(self, profile: Profile) -> Connection | None:
        """The live connection, asking for missing secrets (no keyring) for this session."""
        for kind in self.store.missing_secrets(profile):
            value = self.ask_secret(profile.name, kind)
            if not value:
                self._say(secret_missing(kind).format(connection=profile.name), False)
                return None
            self.store.secrets.set(profile.name, kind, value)
        return self.store.connection(profile)

    def has_unsaved_form(self) -> bool:
        """Whether the form holds what Save would keep and the store does not have yet:
        a new connection with anything typed, or a saved one that was changed."""
        typed = any(self.editor.typed_secrets().values())
        profile = self.editor.profile()
        if not self.editor.isEnabled():
            return False
        if not self._editing:
            current = self.current_profile()
            if current is not None and current.demo:
                return False
            return typed or any((profile.name.strip(), profile.username, profile.client_id))
        return typed or profile != self.store.get(self._editing)

    def reject(self) -> None:
        """Close; a connection typed but not saved is not thrown away without asking."""
        if self.has_unsaved_form():
            choice = self.ask_save(self, self.editor.profile().name.strip())
            if choice is Choice.CANCEL or (choice is Choice.SAVE and self.save_clicked() is None):
                return  # stay: the seller wants to keep it (or Save said what is missing)
        super().reject()

    # -- messages ----------------------------------------------------------------------
    def _run(self, work: Coroutine[Any, Any, str], busy: str) -> None:
        self._say(busy, True)
        for button in (self.test_button, self.finish_sign_in):
            button.setEnabled(False)

        async def wrapped() -> None:
            try:
                self._say(await work, True)
            except MarketplaceError as error:
                self._say(describe(error), False)
            finally:
                for button in (self.test_button, self.finish_sign_in):
                    button.setEnabled(True)

        self.tasks.spawn(wrapped())

    def _say(self, text: str, ok: bool) -> None:
        """Show `text` (a marked `Text` from the plain-Python helpers is translated here)."""
        text = translated(text)
        self.message.setStyleSheet(label_style("ok" if ok else "error"))  # light or dark
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _clear_message(self) -> None:
        self.message.clear()
