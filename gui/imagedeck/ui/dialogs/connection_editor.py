"""The form for one connection: the fields its marketplace needs, and nothing else.

plentymarkets: base URL, user name, password. AutoScout24: base URL, client id, client
secret, and a refresh token — pasted from the integration, or obtained by signing in (the
Connections dialog runs that flow and puts the resulting token here). Secret fields are
password fields; when a secret is already stored they stay empty with a placeholder saying
so, and an empty field on save means "keep the stored one", so opening a connection never
reads its secrets into widgets for no reason.

Texts go through `self.tr` (context "ConnectionEditor"); accelerators are chosen together
with the Connections dialog's buttons, which share the window, so none is used twice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from imagedeck.connections.keyring_secrets import CLIENT_SECRET, PASSWORD, REFRESH_TOKEN
from imagedeck.connections.store import AS24_DEFAULT_REDIRECT, AS24_DEFAULT_URL, Profile
from imagedeck.marketplaces.registry import MARKETPLACES, marketplace_info


class ConnectionEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.marketplace = QComboBox()
        for key, label in ((m.name, m.display_name) for m in MARKETPLACES):
            self.marketplace.addItem(label, key)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://yoursystem.plentymarkets-cloud01.com")
        self.username = QLineEdit()
        self.password = _secret_field()
        self.client_id = QLineEdit()
        self.client_secret = _secret_field()
        self.refresh_token = _secret_field()
        self.redirect_uri = QLineEdit(AS24_DEFAULT_REDIRECT)
        form = self.form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Marketplace:"), self.marketplace)
        form.addRow(self.tr("&Base URL:"), self.base_url)
        form.addRow(self.tr("Us&er name:"), self.username)
        form.addRow(self.tr("Passw&ord:"), self.password)
        form.addRow(self.tr("&Client id:"), self.client_id)
        form.addRow(self.tr("Cl&ient secret:"), self.client_secret)
        form.addRow(self.tr("Re&direct URI:"), self.redirect_uri)
        form.addRow(self.tr("&Refresh token:"), self.refresh_token)
        for field, name in (
            (self.name, self.tr("Connection name")),
            (self.base_url, self.tr("Base URL")),
            (self.password, self.tr("Password")),
            (self.client_secret, self.tr("Client secret")),
            (self.refresh_token, self.tr("Refresh token")),
        ):
            field.setAccessibleName(name)
        self.marketplace.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def current_marketplace(self) -> str:
        return str(self.marketplace.currentData())

    def _show_fields(self) -> None:
        plenty = marketplace_info(self.current_marketplace()).signs_in_with_password
        for field in (self.username, self.password):
            self.form.setRowVisible(field, plenty)
        for field in (self.client_id, self.client_secret, self.redirect_uri, self.refresh_token):
            self.form.setRowVisible(field, not plenty)
        if not plenty and not self.base_url.text():
            self.base_url.setText(AS24_DEFAULT_URL)
        if plenty and self.base_url.text() == AS24_DEFAULT_URL:
            self.base_url.clear()

    def start_new(self, marketplace: str) -> None:
        """Empty fields for a new connection of `marketplace`."""
        for field in (self.name, self.base_url, self.username, self.client_id):
            field.clear()
        self.show_stored(set())
        self.redirect_uri.setText(AS24_DEFAULT_REDIRECT)
        self.marketplace.setEnabled(True)
        self.marketplace.setCurrentIndex(self.marketplace.findData(marketplace))
        self._show_fields()
        self.name.setFocus()

    def load(self, profile: Profile, stored: set[str]) -> None:
        """Show `profile`; `stored` names the secret kinds the keyring already holds."""
        self.marketplace.setCurrentIndex(self.marketplace.findData(profile.marketplace))
        self.marketplace.setEnabled(False)  # a connection does not change marketplace
        self.name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.username.setText(profile.username)
        self.client_id.setText(profile.client_id)
        self.redirect_uri.setText(profile.redirect_uri)
        self.show_stored(stored)
        self._show_fields()

    def show_stored(self, stored: set[str]) -> None:
        for kind, field in self.secret_fields().items():
            field.clear()
            field.setPlaceholderText(self.stored_hint() if kind in stored else "")

    def stored_hint(self) -> str:
        """What an empty secret field says when the keyring already holds that secret."""
        return self.tr("(stored in the keyring — type to replace)")

    def secret_fields(self) -> dict[str, QLineEdit]:
        return {
            PASSWORD: self.password,
            CLIENT_SECRET: self.client_secret,
            REFRESH_TOKEN: self.refresh_token,
        }

    def profile(self) -> Profile:
        """The fields as a profile (not validated yet)."""
        return Profile(
            name=self.name.text(),
            marketplace=self.current_marketplace(),
            base_url=self.base_url.text(),
            username=self.username.text(),
            client_id=self.client_id.text(),
            redirect_uri=self.redirect_uri.text().strip() or AS24_DEFAULT_REDIRECT,
        )

    def typed_secrets(self) -> dict[str, str]:
        """Secrets typed into the form for this marketplace (empty = keep the stored one)."""
        wanted = (
            (PASSWORD,)
            if marketplace_info(self.current_marketplace()).signs_in_with_password
            else (CLIENT_SECRET, REFRESH_TOKEN)
        )
        fields = self.secret_fields()
        return {kind: fields[kind].text().strip() for kind in wanted}


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
