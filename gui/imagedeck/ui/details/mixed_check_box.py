"""A check box that can say "some of the selected images" without letting the user pick that.

Qt's tri-state check box cycles Unchecked → Partially → Checked when clicked, which would let
a seller "choose" the mixed state. Here partially checked is only ever shown (set from the
model); a click on it means "make it so for all" and checks it, a click on a checked box
unchecks it, as in file managers' attribute dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from imagedeck.session.detail_summary import Share


class MixedCheckBox(QCheckBox):
    """Shows a Share: checked (all), partially checked (some), unchecked (none)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)

    def show_share(self, share: Share) -> None:
        """Show `share` without emitting `clicked` (only the user's clicks edit)."""
        if share.partly:
            self.setCheckState(Qt.CheckState.PartiallyChecked)  # makes the box tri-state
        else:
            self.setTristate(False)
            self.setChecked(share.everywhere)

    def nextCheckState(self) -> None:  # noqa: N802
        """Partially checked → checked; otherwise toggle. Never into the mixed state."""
        checked = self.checkState() != Qt.CheckState.Checked
        self.setTristate(False)
        self.setChecked(checked)
