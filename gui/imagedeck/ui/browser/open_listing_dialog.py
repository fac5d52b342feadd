"""The "Open listing" dialog: pick a marketplace and a listing (and, for plentymarkets,
optionally one variation).

The list of listings is a convenience filled in the background; the seller can always type
an id, and the dialog says plainly what is wrong with what was typed instead of failing
later with a server error.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import PLENTYMARKETS, display_name
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.listing_sources import ListingsFetch, VariationsFetch
from imagedeck.ui.common.theme import label_style
from imagedeck.ui.common.translated import plural, translated
from imagedeck.ui.common.translations import interface_language

PLENTY = PLENTYMARKETS
_DIGITS = re.compile(r"\d+")
_VEHICLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def validate(marketplace: str, listing_id: str, variation_id: str) -> str:
    """What is wrong with the input, in words for the user; "" if it can be opened."""
    if not listing_id:
        return QCoreApplication.translate(
            "OpenListingDialog", "Pick a listing from the list or type its id."
        )
    if marketplace == PLENTY:
        if not _DIGITS.fullmatch(listing_id):
            return QCoreApplication.translate(
                "OpenListingDialog", "A plentymarkets item id is a number, e.g. 101."
            )
        if variation_id and not _DIGITS.fullmatch(variation_id):
            return QCoreApplication.translate(
                "OpenListingDialog", "A variation id is a number, e.g. 1011 (or leave it empty)."
            )
    elif _DIGITS.fullmatch(listing_id):
        # "102" is a plentymarkets item number left in the field, not a vehicle: AutoScout24
        # would answer "not allowed", which sends the seller looking for a missing right.
        return QCoreApplication.translate(
            "OpenListingDialog",
            "An AutoScout24 vehicle id is a long code like 3f1c9a52-8d4e-…, not a number; "
            "pick the vehicle from the list.",
        )
    elif not _VEHICLE_ID.fullmatch(listing_id):
        return QCoreApplication.translate(
            "OpenListingDialog", "A vehicle id has only letters, digits, dashes and underscores."
        )
    return ""


class OpenListingDialog(QDialog):
    def __init__(
        self,
        marketplaces: list[str],
        fetch_listings: ListingsFetch,
        fetch_variations: VariationsFetch,
        current: ListingRef | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Listing"))
        self._fetch_listings = fetch_listings
        self._fetch_variations = fetch_variations
        self._tasks = BackgroundTasks()
        # What was typed per marketplace: an item number must not stay in the field as a
        # vehicle id when the marketplace changes (nor the other way round).
        self._typed: dict[str, str] = {}
        self._shown_marketplace = ""
        self._build(marketplaces)
        if current is not None and current.marketplace in marketplaces:
            self.marketplace.setCurrentIndex(marketplaces.index(current.marketplace))
            self.listing_id.setText(current.listing_id)
            self.variation.setEditText(current.variation_id or "")
        self._marketplace_changed()
        self.finished.connect(self._tasks.cancel_all)

    def _build(self, marketplaces: list[str]) -> None:
        self.marketplace = QComboBox()
        for name in marketplaces:
            self.marketplace.addItem(display_name(name), name)
        self.listings = QListWidget()
        self.listings.setMinimumSize(420, 220)
        self.listing_id = QLineEdit()
        self.listing_id.setPlaceholderText(self.tr("e.g. 101"))
        self.variation = QComboBox()
        self.variation.setEditable(True)
        variation_edit = self.variation.lineEdit()
        assert variation_edit is not None  # the combo box is editable
        variation_edit.setPlaceholderText(self.tr("all variations (optional)"))
        self.problem = QLabel()
        self.problem.setStyleSheet(label_style("error"))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Marketplace:"), self.marketplace)
        form.addRow(self.tr("&Listings:"), self.listings)
        form.addRow(self.tr("Listing &id:"), self.listing_id)
        self._variation_label = QLabel(self.tr("&Variation:"))
        self._variation_label.setBuddy(self.variation)
        form.addRow(self._variation_label, self.variation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.marketplace.currentIndexChanged.connect(self._marketplace_changed)
        self.listings.currentItemChanged.connect(self._listing_picked)
        self.listings.itemDoubleClicked.connect(lambda _item: self._accept_if_valid())
        self.listing_id.textChanged.connect(self._validate)
        self.listing_id.editingFinished.connect(self._load_variations)
        self.variation.editTextChanged.connect(self._validate)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

    # -- reading the input -------------------------------------------------------------
    def selected_marketplace(self) -> str:
        return self.marketplace.currentData()

    def listing_ref(self) -> ListingRef | None:
        """The listing to open, or None while the input is not valid."""
        marketplace = self.selected_marketplace()
        listing_id, variation_id = self._typed_ids()
        if validate(marketplace, listing_id, variation_id):
            return None
        return ListingRef(marketplace, listing_id, variation_id or None)

    def _typed_ids(self) -> tuple[str, str]:
        listing_id = self.listing_id.text().strip()
        variation = ""
        if self.selected_marketplace() == PLENTY:
            # Entries read "1011 Size M"; the id is the first word.
            variation = (self.variation.currentText().strip().split() or [""])[0]
        return listing_id, variation

    def _validate(self) -> None:
        problem = validate(self.selected_marketplace(), *self._typed_ids())
        # An empty field is not an error yet; say nothing until something was typed.
        self.problem.setText(problem if self.listing_id.text().strip() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(not problem)

    def _accept_if_valid(self) -> None:
        if self.listing_ref() is not None:
            self.accept()

    # -- filling the lists -------------------------------------------------------------
    def _marketplace_changed(self) -> None:
        marketplace = self.selected_marketplace()
        if self._shown_marketplace and self._shown_marketplace != marketplace:
            self._typed[self._shown_marketplace] = self.listing_id.text()
            self.listing_id.setText(self._typed.get(marketplace, ""))
            self.variation.setEditText("")
        self._shown_marketplace = marketplace
        is_plenty = marketplace == PLENTY
        self.variation.setVisible(is_plenty)
        self._variation_label.setVisible(is_plenty)
        self.listing_id.setPlaceholderText(
            self.tr("e.g. 101") if is_plenty else self.tr("vehicle id")
        )
        self._show_note(self.tr("Loading listings…"))
        self._tasks.spawn(self._fill_listings(self.selected_marketplace()))
        self._validate()

    async def _fill_listings(self, marketplace: str) -> None:
        try:
            summaries = await self._fetch_listings(marketplace)
        except (MarketplaceError, LookupError) as error:
            note = self.tr("Could not load the listings ({error}). You can type an id.")
            summaries, note = [], note.format(error=error)
        else:
            note = "" if summaries else self.tr("No listings found. You can type an id.")
        if marketplace != self.selected_marketplace():
            return
        self.listings.clear()
        language = interface_language()
        for summary in summaries:
            title = translated(summary.title_in(language))
            # A plentymarkets item number is short and known by heart; a vehicle id is a
            # UUID that would push the name out of sight: the name goes first there.
            if marketplace == PLENTY:
                text = f"{summary.ref.listing_id} — {title}"
            else:
                text = f"{title} — {summary.ref.listing_id}"
            if summary.image_count is not None:
                count = summary.image_count
                text += " " + plural(self.tr("(%n image(s))", "", count), count)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, summary)
            self.listings.addItem(item)
        if note:
            self._show_note(note)

    def _show_note(self, text: str) -> None:
        self.listings.clear()
        note = QListWidgetItem(text)
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        self.listings.addItem(note)

    def _listing_picked(self, item: QListWidgetItem | None) -> None:
        summary = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not isinstance(summary, ListingSummary):
            return
        self.listing_id.setText(summary.ref.listing_id)
        self._set_variations(list(summary.variations))
        self.variation.setEditText("")  # a variation of the previous pick means nothing here
        self._load_variations()

    def _load_variations(self) -> None:
        listing_id, _ = self._typed_ids()
        if self.selected_marketplace() == PLENTY and _DIGITS.fullmatch(listing_id):
            self._tasks.spawn(self._fill_variations(listing_id))

    async def _fill_variations(self, listing_id: str) -> None:
        try:
            variations = await self._fetch_variations(PLENTY, listing_id)
        except (MarketplaceError, LookupError):
            return  # the variation stays optional and typeable
        if self._typed_ids()[0] == listing_id:
            self._set_variations(variations)

    def _set_variations(self, variations: list[tuple[str, str]]) -> None:
        typed = self.variation.currentText()
        self.variation.clear()
        self.variation.addItem("")
        for _variation_id, label in variations:
            self.variation.addItem(label)
        self.variation.setEditText(typed)
